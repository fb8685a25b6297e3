// The Android notification shade pulled down (Android 13/14, Pixel-like): the quick-settings
// tiles, the clock and date, then the notification cards: app icon, app name, "• time", the
// title in bold and the text (a message preview, a payment notice, a game's push), grouped by
// app, over the dimmed wallpaper; "Manage"/"Clear all" at the foot. `scene.dark` gives the dark
// shade. Chinese or English texts come from the scene. Layout reconstructed.
import { t, page, statusBar } from '../lib/common.mjs';

export default {
  name: 'android-shade',
  kind: 'other',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#1B1B1F', card: '#2A2A30', fg: '#E6E1E5', sub: '#A9A4AD', tile: '#3A3A42', tileOn: '#A8C7FA', tileOnFg: '#062E6F' } : { bg: '#E9E7EF', card: '#FAF8FF', fg: '#1B1B1F', sub: '#5E5A66', tile: '#D8D5E0', tileOn: '#3D5BA9', tileOnFg: '#FFFFFF' };
    const tiles = (scene.tiles ?? ['Wi-Fi', '移动数据', '蓝牙', '勿扰', '手电筒', '自动旋转'])
      .map((x, i) => `<div class="tile${i < 2 ? ' on' : ''}"><i></i><span>${x}</span></div>`).join('');
    const notifs = scene.notifs
      .map((n) => `<div class="nt"><div class="nh"><span class="ai" style="background:${n.color ?? '#4285F4'}">${n.app.slice(0, 1)}</span>${t('span', 'label', n.app, 'class="an"')}${t('span', 'label', `• ${n.when}`, 'class="aw"')}</div>
${n.title ? t('div', n.role ?? 'body', n.title, 'class="ntt"') : ''}${(Array.isArray(n.text) ? n.text : [n.text]).filter(Boolean).map((x) => t('div', n.role ?? 'body', x, 'class="ntx"')).join('')}</div>`)
      .join('');
    const css = `
body{background:${c.bg};color:${c.fg}}
.qs{padding:6px 14px 10px}
.clock{display:flex;align-items:baseline;justify-content:space-between;padding:4px 6px 12px}
.clock .tm{font-size:34px;font-weight:400}.clock .dt{font-size:13px;color:${c.sub}}
.tiles{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.tile{height:52px;border-radius:18px;background:${c.tile};display:flex;align-items:center;gap:10px;padding:0 14px;font-size:13.5px;color:${c.fg}}
.tile i{width:18px;height:18px;border-radius:9px;border:2px solid currentColor;display:block}
.tile.on{background:${c.tileOn};color:${c.tileOnFg}}
.bright{height:34px;border-radius:17px;background:${c.tile};margin:10px 0 4px;position:relative;overflow:hidden}
.bright::before{content:"";position:absolute;left:0;top:0;bottom:0;width:62%;background:${c.tileOn};border-radius:17px}
.list{padding:4px 10px}
.nt{background:${c.card};border-radius:22px;padding:12px 16px 13px;margin-bottom:4px}
.nt:first-child{border-radius:22px 22px 8px 8px}.nt:last-child{border-radius:8px 8px 22px 22px}
.nh{display:flex;align-items:center;gap:7px;font-size:12.5px;color:${c.sub};margin-bottom:5px}
.ai{width:20px;height:20px;border-radius:10px;color:#fff;font-size:11px;display:flex;align-items:center;justify-content:center}
.an{color:${c.fg}}
.ntt{font-size:14.5px;font-weight:600;line-height:1.4}
.ntx{font-size:14px;line-height:1.45;color:${d ? '#CFCAD3' : '#3b3842'};overflow-wrap:anywhere}
.foot{display:flex;justify-content:space-between;padding:8px 22px;font-size:14px}
.foot span{background:${c.tile};padding:7px 16px;border-radius:16px}
`;
    const body = `${statusBar({ time: scene.clock, battery: scene.battery, os: 'android', dark: d, bg: c.bg })}
<div class="qs"><div class="clock">${t('span', 'body', scene.clock, 'class="tm"')}${t('span', 'body', scene.date, 'class="dt"')}</div><div class="tiles">${tiles}</div><div class="bright"></div></div>
<div class="list">${notifs}</div><div class="foot">${t('span', 'button', scene.manage ?? '管理')}${t('span', 'button', scene.clearAll ?? '全部清除')}</div>`;
    return page(css, body);
  },
};
