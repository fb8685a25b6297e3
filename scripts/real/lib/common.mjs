// Shared pieces of the real-looking screenshot templates: escaping, fonts, the phone status
// bar, seeded randomness and the `data-role` convention the renderer reads truth from.
//
// Every element that carries visible text a reader should see gets `data-role="<role>"`
// (buyer | merchant | system | title | label | value | button | status | body). render.mjs
// collects those elements, their text and their boxes; nothing else becomes truth.

/** HTML-escapes a string. */
export function esc(s) {
  return String(s)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A truth-bearing element. */
export function t(tag, role, text, attrs = '') {
  return `<${tag} data-role="${role}" ${attrs}>${esc(text)}</${tag}>`;
}

export const CJK = `"Noto Sans CJK SC", "Noto Color Emoji", sans-serif`;
export const LATIN = `"Liberation Sans", "DejaVu Sans", "Noto Sans CJK SC", "Noto Color Emoji", sans-serif`;

/** Base CSS: no animation, no caret, no scrollbars, fixed fonts. */
export function baseCss(font = CJK) {
  return `
*,*::before,*::after{box-sizing:border-box;animation:none!important;transition:none!important;caret-color:transparent!important}
html,body{margin:0;padding:0;-webkit-font-smoothing:antialiased;text-rendering:geometricPrecision}
body{font-family:${font};overflow:hidden}
::-webkit-scrollbar{display:none}
`;
}

export function page(css, body, font = CJK) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${baseCss(font)}${css}</style></head><body>${body}</body></html>`;
}

/**
 * Phone status bar (time, signal, wifi, battery). `os` is 'ios' or 'android'.
 * It is marked `data-statusbar` so the renderer records it apart from the blocks.
 */
export function statusBar({ time = '14:32', battery = 76, os = 'android', dark = false, bg = 'transparent', carrier = '' } = {}) {
  const fg = dark ? '#fff' : '#111';
  const bars = [4, 7, 10, 13]
    .map((h, i) => `<span style="display:inline-block;width:3px;height:${h}px;margin-right:1.5px;background:${i < 3 ? fg : fg + '66'};border-radius:1px;vertical-align:bottom"></span>`)
    .join('');
  const wifi = `<svg width="15" height="11" viewBox="0 0 15 11" style="vertical-align:bottom;margin:0 4px"><path d="M7.5 11 0.4 3.6a10 10 0 0 1 14.2 0z" fill="${fg}"/></svg>`;
  const batt = `<span style="display:inline-flex;align-items:center;vertical-align:bottom"><span style="display:inline-block;width:22px;height:11px;border:1.2px solid ${fg}99;border-radius:3px;padding:1px"><span style="display:block;height:100%;width:${battery}%;background:${fg};border-radius:1px"></span></span><span style="display:inline-block;width:1.5px;height:4px;background:${fg}99;margin-left:1px"></span></span>`;
  const h = os === 'ios' ? 47 : 28;
  const pad = os === 'ios' ? '14px 26px 0 34px' : '0 14px';
  const timeStyle = os === 'ios' ? 'font-weight:600;font-size:16px' : 'font-size:13px';
  const left = `<span style="${timeStyle}">${esc(time)}</span>${carrier ? `<span style="font-size:12px;margin-left:6px">${esc(carrier)}</span>` : ''}`;
  const right = os === 'ios'
    ? `${bars}${wifi}${batt}`
    : `<span style="font-size:11px;margin-right:3px">4G</span>${bars}${wifi}<span style="font-size:12px;margin-right:3px">${battery}</span>${batt}`;
  return `<div data-statusbar style="height:${h}px;display:flex;align-items:center;justify-content:space-between;padding:${pad};color:${fg};background:${bg};font-family:${CJK};flex:none">
<div>${left}</div><div style="display:flex;align-items:center">${right}</div></div>`;
}

/** mulberry32: a small seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed from a string. */
export function seedOf(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619);
  return h >>> 0;
}

/** An avatar: a coloured rounded square with one character (no truth). */
export function avatar(ch, color, size = 40, radius = 4) {
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:${radius}px;background:${color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.45)}px">${esc(ch)}</div>`;
}

/** A picture placeholder: gradient with shapes, no text (for image bubbles). */
export function picture(w, h, hue = 200) {
  return `<div style="width:${w}px;height:${h}px;border-radius:6px;background:linear-gradient(160deg,hsl(${hue} 40% 70%),hsl(${(hue + 40) % 360} 45% 40%));position:relative;overflow:hidden">
<div style="position:absolute;left:12%;top:30%;width:76%;height:34%;background:#fff;border-radius:6px;opacity:.92"></div>
<div style="position:absolute;left:20%;top:40%;width:60%;height:5%;background:#c33;opacity:.5"></div>
<div style="position:absolute;left:20%;top:50%;width:40%;height:5%;background:#999;opacity:.5"></div></div>`;
}

/** Masks a card code: keeps the first and last group. */
export function maskCode(code) {
  const parts = code.split('-');
  if (parts.length > 2) return parts.map((p, i) => (i === 0 || i === parts.length - 1 ? p : '*'.repeat(p.length))).join('-');
  return code.slice(0, 4) + '*'.repeat(Math.max(4, code.length - 8)) + code.slice(-4);
}

/** The status bar on phone and tablet shots; nothing on desktop captures. */
export function topBar(scene, opts = {}) {
  if (scene._device.os === 'desktop') return '';
  return statusBar({ time: scene.clock, battery: scene.battery, os: scene._device.os, ...opts });
}
