// A system-themed dialog on a Chinese Android phone, over the app page that raised it (a game's
// or an app's 兑换 / 激活 / 充值 form, lib/mini-screens.mjs): the dialog follows the phone's skin,
// not the app's. `scene.rom`:
//   'harmony'  HarmonyOS: a floating card 16px from the bottom edge, 32px corners, the title and
//              body left-aligned, two blue text buttons split by a short vertical rule;
//   'miui'     MIUI / HyperOS: a sheet at the bottom, large rounded top corners, title and body
//              centred, two wide pill buttons (grey cancel, blue confirm) side by side;
//   'coloros'  ColorOS: a centred card, 24px corners, title centred, body centred grey, the
//              buttons as full-width text rows stacked with hair-lines (accent green).
// `scene.dark` gives the dark theme of each. `scene.screen` is the page behind (redeem or list
// pane); `scene.dialog` = { title, body: [..], buttons: [..] } (the last button is the accent one).
// Layouts reconstructed from the three systems.
import { page, statusBar, esc } from '../lib/common.mjs';
import { SKINS, paneCss, anyPane, rt } from '../lib/mini-screens.mjs';

const ROMS = {
  harmony: { l: { card: '#FFFFFF', fg: '#182431', sub: '#5E6A75', acc: '#0A59F7', dim: '#00000066' }, d: { card: '#2A2A2C', fg: '#E5E5E5', sub: '#A3A3A8', acc: '#317AF7', dim: '#000000a0' } },
  miui: { l: { card: '#FFFFFF', fg: '#000000', sub: '#666666', acc: '#3482FF', dim: '#00000066', btn: '#F0F0F0' }, d: { card: '#242424', fg: '#E6E6E6', sub: '#9A9A9A', acc: '#2D7BF0', dim: '#000000a8', btn: '#3A3A3A' } },
  coloros: { l: { card: '#FFFFFF', fg: '#000000', sub: '#7A7A7A', acc: '#00A862', dim: '#00000059', line: '#EDEDED' }, d: { card: '#2B2B2B', fg: '#EAEAEA', sub: '#A0A0A0', acc: '#2AC97E', dim: '#000000a0', line: '#3A3A3A' } },
};

export default {
  name: 'rom-dialog',
  kind: 'error',
  render(scene) {
    const rom = scene.rom ?? 'harmony';
    const c = ROMS[rom][scene.dark ? 'd' : 'l'];
    const d = scene.dialog;
    const btns = d.buttons ?? ['取消', '确定'];
    const titleH = rt('div', 'title', d.title, 'class="dt"');
    const bodyH = d.body.map((b) => rt('div', 'body', b, 'class="db"')).join('');
    let dlg;
    if (rom === 'harmony') {
      dlg = `<div class="dlg hm">${titleH}${bodyH}<div class="bs">${btns.map((b, i) => `${i ? '<i></i>' : ''}<span data-role="button">${esc(b)}</span>`).join('')}</div></div>`;
    } else if (rom === 'miui') {
      dlg = `<div class="dlg mi">${titleH}${bodyH}<div class="bs">${btns.map((b, i) => `<span data-role="button" class="${i === btns.length - 1 ? 'ac' : ''}">${esc(b)}</span>`).join('')}</div></div>`;
    } else {
      dlg = `<div class="dlg co">${titleH}${bodyH}<div class="bs">${[...btns].reverse().map((b, i) => `<span data-role="button" class="${i === 0 ? 'ac' : ''}">${esc(b)}</span>`).join('')}</div></div>`;
    }
    const css = `${paneCss(SKINS.wechat)}
body{background:#F4F5F9}
.app{display:flex;flex-direction:column;height:100vh}
.mask{position:fixed;inset:0;background:${c.dim}}
.dlg{position:fixed;background:${c.card};color:${c.fg}}
.dt{font-size:19px;font-weight:600;line-height:1.4}
.db{font-size:15px;line-height:1.55;color:${c.sub};margin-top:8px;overflow-wrap:anywhere}
.hm{left:16px;right:16px;bottom:16px;border-radius:32px;padding:24px 24px 8px}
.hm .bs{display:flex;align-items:center;margin-top:14px;height:52px}
.hm .bs span{flex:1;text-align:center;color:${c.acc};font-size:16px;font-weight:500}
.hm .bs i{width:1px;height:24px;background:${c.sub}55}
.mi{left:12px;right:12px;bottom:12px;border-radius:32px;padding:28px 24px 24px;text-align:center}
.mi .dt{font-size:18px}
.mi .bs{display:flex;gap:12px;margin-top:26px}
.mi .bs span{flex:1;height:48px;border-radius:24px;background:${c.btn};display:flex;align-items:center;justify-content:center;font-size:16px;color:${c.fg}}
.mi .bs span.ac{background:${c.acc};color:#fff}
.co{left:24px;right:24px;top:50%;transform:translateY(-50%);border-radius:24px;padding:24px 0 0;text-align:center}
.co .dt,.co .db{padding:0 24px}
.co .dt{font-size:17px}
.co .db{font-size:14px}
.co .bs{margin-top:20px}
.co .bs span{display:block;height:52px;line-height:52px;border-top:1px solid ${c.line};font-size:16px;color:${c.fg}}
.co .bs span.ac{color:${c.acc};font-weight:500}
`;
    const barBg = scene.screen.color ?? '#2B6DE8';
    const body = `<div class="app">${statusBar({ time: scene.clock, battery: scene.battery, os: 'android', dark: true, bg: barBg })}${anyPane(scene.screen)}</div>
<div class="mask"></div>${dlg}`;
    return page(css, body);
  },
};
