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
  if (scene.call) out = out.replace('<body>', `<body>${callFloat(scene.call, dark)}`);
  return out;
}

/**
 * A floating call window left on top of the chat (blind51): a minimised voice call (WeChat / 企业微信
 * / QQ: a small rounded tile at the screen's right edge with a green handset and the running
 * time) or a video call's picture-in-picture (a small portrait video of the other person, the
 * running time under it). call: { kind: 'voice'|'video', time, top?, label? }. The running time is
 * truth (role `system`); the picture is not. It sits over the avatars' column at the right edge.
 */
export function callFloat(call, dark = false) {
  if (!call) return '';
  const top = call.top ?? 150;
  if (call.kind === 'video') {
    return `<div style="position:absolute;z-index:19;right:6px;top:${top}px;width:54px;height:96px;border-radius:10px;overflow:hidden;box-shadow:0 4px 14px rgba(0,0,0,.35);background:linear-gradient(170deg,#4b5563,#1f2937)">
<div style="position:absolute;left:14px;top:16px;width:26px;height:26px;border-radius:50%;background:#c9b8a6"></div>
<div style="position:absolute;left:7px;top:44px;width:40px;height:40px;border-radius:20px 20px 6px 6px;background:#3b6ea5"></div>
${t('div', 'system', call.time, 'style="position:absolute;left:0;right:0;bottom:3px;text-align:center;font-size:10px;color:#fff;font-family:\'Liberation Sans\',sans-serif;text-shadow:0 1px 2px #000"')}</div>`;
  }
  const bg = dark ? '#2C2C2C' : '#FFFFFF';
  return `<div style="position:absolute;z-index:19;right:4px;top:${top}px;width:54px;height:66px;border-radius:12px;background:${bg};box-shadow:0 3px 12px rgba(0,0,0,.22);display:flex;flex-direction:column;align-items:center;justify-content:center;gap:4px">
<svg width="22" height="22" viewBox="0 0 24 24"><path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" fill="#07C160"/></svg>
${t('div', 'system', call.time, 'style="font-size:11px;color:#07C160;font-family:\'Liberation Sans\',sans-serif"')}</div>`;
}
