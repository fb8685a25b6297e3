// A consumer security app's activation page on the Windows desktop (antivirus suites such as ESET,
// Kaspersky or Norton, and VPN clients draw it much alike): the app window with its own title bar
// (brand mark, app name, caption buttons), the left navigation (Overview, Scan, Update, Tools …,
// the open item marked), and the activation page: the heading, the licence-key field with the
// typed key (masked), then the result — a round state icon (red ✕, amber !, green ✓), the bold
// result title, the message lines and, small in the lower right corner, the error code as these
// apps print it (`code`), and the buttons. On a phone (`_device.width` < 700) the window becomes the
// app's full screen with a top bar. Brand colour, labels and texts come from the scene, so English,
// Simplified or Traditional Chinese apps can be drawn; light or dark (`scene.dark`). Layout
// reconstructed from such apps; no vendor artwork.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'av-activation',
  kind: 'error',
  render(scene) {
    const a = scene.app;
    const d = Boolean(scene.dark);
    const narrow = scene._device.width < 700;
    const c = d
      ? { bg: '#16181D', win: '#1F2228', side: '#181A1F', fg: '#E8EAED', sub: '#9AA3AF', line: '#2E323A', field: '#14161A' }
      : { bg: '#CDD6E0', win: '#FFFFFF', side: '#F3F5F8', fg: '#1F2933', sub: '#6B7785', line: '#E2E6EB', field: '#FFFFFF' };
    const r = scene.result;
    const tone = { error: ['#D93A3A', '✕'], warn: ['#E39B12', '!'], ok: ['#2E9E5B', '✓'] }[r.tone ?? 'error'];
    const nav = (a.nav ?? []).map((n, i) => `<div class="ni ${i === a.navOn ? 'on' : ''}"><i></i>${t('span', 'label', n)}</div>`).join('');
    const css = `
body{background:${narrow ? c.win : `linear-gradient(135deg,${c.bg},${d ? '#0E1014' : '#AFBCCB'})`};color:${c.fg};font-size:14px;height:100vh}
.win{${narrow ? 'height:100vh;display:flex;flex-direction:column' : `position:absolute;left:50%;top:46%;transform:translate(-50%,-50%);width:${scene.winW ?? 940}px;height:${scene.winH ?? 600}px;border-radius:8px;box-shadow:0 18px 50px #0006;overflow:hidden;display:flex;flex-direction:column`};background:${c.win}}
.tb{height:${narrow ? 54 : 40}px;flex:none;display:flex;align-items:center;gap:10px;padding:0 14px;background:${a.barBg ?? a.color};color:#fff;font-weight:600}
.tb .mk{width:22px;height:22px;border-radius:${a.round ? '50%' : '5px'};background:#ffffffd9;flex:none}
.tb .cap{margin-left:auto;font-weight:400;letter-spacing:22px;font-size:12px;opacity:.9}
.bd{flex:1;display:flex;min-height:0}
.side{width:210px;flex:none;background:${c.side};border-right:1px solid ${c.line};padding:14px 10px}
.ni{display:flex;align-items:center;gap:10px;padding:10px 12px;border-radius:6px;color:${c.sub};margin-bottom:2px}
.ni i{width:16px;height:16px;border-radius:4px;border:1.6px solid currentColor;flex:none}
.ni.on{background:${a.color}22;color:${d ? '#fff' : a.color};font-weight:600}
.main{flex:1;padding:${narrow ? '18px 16px' : '28px 40px'};position:relative;overflow:hidden}
h1{font-size:${narrow ? 20 : 23}px;margin:0 0 16px;font-weight:650}
.lbl{font-size:12.5px;color:${c.sub};margin-bottom:6px}
.fld{border:1.5px solid ${r.tone === 'ok' ? c.line : tone[0]};border-radius:6px;padding:10px 12px;background:${c.field};font-family:"Liberation Mono","DejaVu Sans Mono",monospace;margin-bottom:22px;overflow-wrap:anywhere}
.res{display:flex;gap:16px;align-items:flex-start;background:${tone[0]}14;border:1px solid ${tone[0]}55;border-radius:8px;padding:16px 18px;max-width:640px}
.ri{width:40px;height:40px;border-radius:50%;background:${tone[0]};color:#fff;font-size:20px;font-weight:700;display:flex;align-items:center;justify-content:center;flex:none}
.rt{font-weight:700;font-size:16px;margin-bottom:6px}
.rl{line-height:1.55;margin-bottom:4px}
.btns{display:flex;gap:10px;margin-top:22px;${narrow ? 'flex-direction:column' : ''}}
.btn{padding:9px 20px;border-radius:6px;border:1px solid ${c.line};text-align:center}
.btn.pri{background:${a.color};border-color:${a.color};color:#fff;font-weight:600}
.code{position:absolute;right:${narrow ? 16 : 22}px;bottom:14px;font-size:12px;color:${c.sub}}
`;
    const main = `${t('h1', 'title', scene.heading)}${scene.keyLabel ? t('div', 'label', scene.keyLabel, 'class="lbl"') : ''}${scene.key ? t('div', 'value', scene.key, 'class="fld"') : ''}
<div class="res"><div class="ri">${tone[1]}</div><div>${t('div', 'title', r.title, 'class="rt"')}${r.lines.map((l) => t('div', 'body', l, 'class="rl"')).join('')}</div></div>
<div class="btns">${(scene.buttons ?? []).map((b, i) => t('span', 'button', b, `class="btn ${i === 0 ? 'pri' : ''}"`)).join('')}</div>
${r.code ? t('div', 'value', r.code, 'class="code"') : ''}`;
    const body = narrow
      ? `${topBar(scene, { dark: true, bg: a.barBg ?? a.color })}<div class="win"><div class="tb"><span class="mk"></span>${t('span', 'title', a.name)}<span class="cap">⋮</span></div><div class="main">${main}</div></div>`
      : `<div class="win"><div class="tb"><span class="mk"></span>${t('span', 'title', a.name)}<span class="cap">–▢✕</span></div><div class="bd"><div class="side">${nav}</div><div class="main">${main}</div></div></div>${scene.taskbar === false ? '' : `<div style="position:absolute;left:0;right:0;bottom:0;height:44px;background:${d ? '#202020' : '#EEF1F5'}e8;display:flex;align-items:center;justify-content:flex-end;padding:0 16px;font-size:12px;color:${d ? '#fff' : '#111'};line-height:1.3;text-align:right"><div>${esc(scene.clock ?? '')}<br>${esc(scene.date ?? '')}</div></div>`}`;
    return page(css, body, LATIN);
  },
};
