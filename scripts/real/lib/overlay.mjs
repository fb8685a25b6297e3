// Things drawn over a phone screen by the system, not by the app (used by the blind7 styles):
// a notification banner sliding over the top of the screen (`scene.notify`) and the on-screen
// keyboard raised under the input bar (`scene.keyboard`, with the half-typed draft in
// `scene.draft`). The banner's text is truth (role `system`); the keys are not.
import { esc, t } from './common.mjs';

/**
 * A heads-up notification over the top of the screen.
 * notify: { app, title, text, when?, icon?: [char, colour] }
 */
export function notificationBanner(notify, os, dark = false) {
  if (!notify) return '';
  const [ch, col] = notify.icon ?? [notify.app.slice(0, 1), '#07C160'];
  const ios = os === 'ios';
  const bg = ios ? (dark ? 'rgba(48,48,52,.94)' : 'rgba(242,242,246,.96)') : dark ? '#2B2D31' : '#FFFFFF';
  const fg = dark ? '#F2F2F2' : '#111';
  const sub = dark ? '#A8A8AD' : '#6B6B70';
  return `<div style="position:absolute;z-index:20;left:8px;right:8px;top:${ios ? 8 : 6}px;background:${bg};border-radius:${ios ? 20 : 16}px;box-shadow:0 6px 22px rgba(0,0,0,.28);padding:${ios ? '11px 14px' : '10px 14px 12px'};display:flex;gap:10px;align-items:flex-start;font-family:'Noto Sans CJK SC',sans-serif">
<div style="flex:none;width:${ios ? 36 : 20}px;height:${ios ? 36 : 20}px;border-radius:${ios ? 8 : 10}px;background:${col};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${ios ? 17 : 11}px;margin-top:${ios ? 1 : 0}px">${esc(ch)}</div>
<div style="flex:1;min-width:0">
<div style="display:flex;justify-content:space-between;font-size:12px;color:${sub};${ios ? 'display:none' : ''}"><span>${esc(notify.app)} · ${esc(notify.when ?? '现在')}</span><span>⌄</span></div>
<div style="display:flex;justify-content:space-between;align-items:baseline">${t('div', 'system', notify.title, `style="font-size:${ios ? 15 : 14}px;font-weight:600;color:${fg}"`)}${ios ? `<span style="font-size:12px;color:${sub}">${esc(notify.when ?? 'now')}</span>` : ''}</div>
${t('div', 'system', notify.text, `style="font-size:${ios ? 14.5 : 13.5}px;color:${fg};line-height:1.35;margin-top:1px;overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical"`)}
</div></div>`;
}

const ROWS = {
  en: [['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'], ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'], ['⇧', 'z', 'x', 'c', 'v', 'b', 'n', 'm', '⌫'], ['?123', ',', 'English', '.', '↵']],
  zh: [['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'], ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'], ['⇧', 'z', 'x', 'c', 'v', 'b', 'n', 'm', '⌫'], ['123', '，', '空格', '。', '发送']],
};

/**
 * The on-screen keyboard (Gboard-like on Android, the system keyboard on iOS). Its keys are not
 * truth. `candidates` (a Chinese IME's candidate strip) is not truth either.
 */
export function keyboard(kind = 'en', os = 'android', dark = false, candidates = []) {
  const bg = dark ? '#1F1F1F' : os === 'ios' ? '#D1D3D9' : '#E8EAED';
  const key = dark ? '#3C3C3C' : '#FFFFFF';
  const fg = dark ? '#EDEDED' : '#1A1A1A';
  const rows = ROWS[kind] ?? ROWS.en;
  const strip = candidates.length
    ? `<div style="height:40px;display:flex;align-items:center;gap:18px;padding:0 14px;font-size:17px;color:${fg}">${candidates.map((c) => `<span>${esc(c)}</span>`).join('')}</div>`
    : `<div style="height:40px;display:flex;align-items:center;justify-content:space-around;color:${dark ? '#9AA0A6' : '#5F6368'};font-size:18px"><span>☺</span><span>⚙</span><span>◫</span><span>🎤</span></div>`;
  const r = rows.map((row, i) => `<div style="display:flex;gap:6px;padding:0 ${i === 1 ? 20 : 4}px;margin-bottom:10px">${row.map((k) => {
    const wide = k.length > 1 && k !== '⌫' && k !== '⇧';
    const grow = k === 'English' || k === '空格' ? 4.5 : wide ? 1.5 : 1;
    return `<div style="flex:${grow};height:44px;border-radius:${os === 'ios' ? 6 : 8}px;background:${wide || k === '⇧' || k === '⌫' ? (dark ? '#2A2A2A' : '#D3D6DB') : key};color:${fg};display:flex;align-items:center;justify-content:center;font-size:${wide ? 13 : 20}px;box-shadow:0 1px 0 rgba(0,0,0,.25)">${esc(k)}</div>`;
  }).join('')}</div>`).join('');
  return `<div style="flex:none;background:${bg};padding:0 3px ${os === 'ios' ? 34 : 14}px">${strip}${r}</div>`;
}

/** Adds the banner (after <body>) and the keyboard (at the end of the app's column) to a page. */
export function withOverlays(html, scene, dark = false) {
  let out = html;
  if (scene.keyboard) {
    const at = out.lastIndexOf('</div></body>');
    if (at >= 0) out = out.slice(0, at) + keyboard(scene.keyboard, scene._device.os, dark, scene.candidates ?? []) + out.slice(at);
  }
  if (scene.notify) out = out.replace('<body>', `<body>${notificationBanner(scene.notify, scene._device.os, dark)}`);
  return out;
}
