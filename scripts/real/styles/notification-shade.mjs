// The Android notification shade pulled down (Pixel / Material You look): the clock and date,
// the quick-settings tiles, then notification cards (small app icon, app name, "·" age, title in
// bold, the text of the message, expanded to a few lines), "Manage" / "Clear all" at the foot.
// `scene.dark` for the dark system theme. Layout reconstructed; texts from the scene.
import { esc, t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'notification-shade',
  kind: 'other',
  render(scene) {
    const d = scene.dark !== false;
    const c = d ? { bg: '#1B1B1F', tile: '#303036', on: '#A8C7FA', onFg: '#062E6F', card: '#2B2B31', fg: '#E3E2E6', sub: '#C4C6D0' } : { bg: '#EEF1F8', tile: '#DCE2F0', on: '#0B57D0', onFg: '#FFFFFF', card: '#FFFFFF', fg: '#1B1B1F', sub: '#44474F' };
    const tiles = (scene.tiles ?? ['Internet', 'Bluetooth', 'Do Not Disturb', 'Flashlight']).map((x, i) => `<div class="tl ${i < 2 ? 'on' : ''}"><i></i><span>${esc(x)}</span></div>`).join('');
    const cards = scene.notifications.map((n) => `<div class="nc"><div class="nh"><span class="ai" style="background:${n.color ?? '#0B57D0'}">${esc(n.icon ?? n.app.slice(0, 1))}</span>${t('span', 'label', n.app, 'class="an"')}${t('span', 'system', `· ${n.at}`, 'class="na"')}</div>${n.title ? t('div', 'title', n.title, 'class="nt"') : ''}${n.lines.map((l) => t('div', 'body', l, 'class="nb"')).join('')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.top{display:flex;justify-content:space-between;align-items:flex-end;padding:14px 20px 6px}
.clk{font-size:34px;font-weight:400}.dt{font-size:14px;color:${c.sub};margin-top:2px}
.sb{font-size:13px;color:${c.sub}}
.tiles{display:grid;grid-template-columns:1fr 1fr;gap:8px;padding:10px 14px}
.tl{height:56px;border-radius:20px;background:${c.tile};display:flex;align-items:center;gap:10px;padding:0 16px;font-size:14px}
.tl i{width:20px;height:20px;border-radius:50%;border:2px solid currentColor;display:block}
.tl.on{background:${c.on};color:${c.onFg}}
.br{margin:6px 22px 10px;height:6px;border-radius:3px;background:${c.tile};position:relative}
.br::before{content:"";position:absolute;left:0;top:0;bottom:0;width:62%;border-radius:3px;background:${c.on}}
.ns{padding:4px 10px}
.nc{background:${c.card};border-radius:22px;padding:14px 16px;margin-bottom:4px}
.nh{display:flex;align-items:center;gap:8px;font-size:12px;color:${c.sub}}
.ai{width:22px;height:22px;border-radius:50%;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-size:12px;font-weight:700}
.nt{font-weight:700;font-size:15px;margin-top:8px}
.nb{font-size:14px;line-height:1.45;color:${c.sub};margin-top:3px;overflow-wrap:anywhere}
.ft{display:flex;justify-content:space-between;padding:12px 22px;font-size:14px;color:${c.fg}}
.ft span{background:${c.tile};border-radius:16px;padding:7px 14px}
`;
    const body = `<div data-statusbar class="top"><div><div class="clk">${esc(scene.clock)}</div><div class="dt">${esc(scene.date ?? '')}</div></div><div class="sb">${esc(scene.carrier ?? '')} ${esc(String(scene.battery))}%</div></div>
<div class="tiles">${tiles}</div><div class="br"></div>
<div class="ns">${cards}</div><div class="ft">${(scene.footer ?? ['Manage', 'Clear all']).map((x) => `<span>${esc(x)}</span>`).join('')}</div>`;
    return page(css, body, LATIN);
  },
};
