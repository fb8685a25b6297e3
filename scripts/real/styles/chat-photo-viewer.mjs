// A screenshot received as a picture in a chat app and opened full screen in that app's photo
// viewer, then captured again on the phone (the buyer's friend or the buyer's other phone sent
// the chat screenshots on, and what reaches the case is a capture of the viewer): the phone's
// status bar over a black stage, the picture fitted to the width (a whole phone screenshot with
// its own status bar: lib/shot.mjs), and the viewer's own chrome, which differs by app
// (`scene.skin`):
//   'telegram': the translucent top bar with the back arrow, the sender's name and "12 Sep at
//     21:14" (or "Photo 2 of 3"), "⋮", and the bottom bar with the caption (`scene.caption`) and
//     the share / forward / delete icons;
//   'wechat': no top bar; the bottom row with the "查看原图 (…)" pill on the left and the
//     download and "···" icons on the right;
//   'signal': the top bar with the back arrow, the sender and the date, and the bottom bar with
//     the share, forward and "⋮" icons.
// `scene.shot` is the picture ({ kind, clock, … } as in lib/mini-screens.mjs); `scene.sender`,
// `scene.when` the top bar's lines; `scene.zoom` enlarges the picture (pinched, its edges cut).
// Layout reconstructed from the apps.
import { esc, t, page, statusBar, topBar } from '../lib/common.mjs';
import { SKINS, paneCss } from '../lib/mini-screens.mjs';
import { SHOT_CSS, shotBox } from '../lib/shot.mjs';

export default {
  name: 'chat-photo-viewer',
  kind: 'other',
  render(scene) {
    const dev = scene._device;
    const skin = scene.skin ?? 'telegram';
    const zoom = scene.zoom ?? 1;
    // fitted to the stage (the screen under the status bar) as the viewers do, then pinched by `zoom`
    const availH = dev.height - (dev.os === 'ios' ? 47 : 28);
    const w = Math.round(Math.min(dev.width - (skin === 'wechat' ? 0 : 8), (availH * 360) / (scene.shot.h ?? 760)) * zoom);
    const hasTop = skin !== 'wechat';
    const top = hasTop
      ? `<div class="tp${skin === 'signal' ? ' sg' : ''}"><span class="bk">←</span><div class="tt">${t('div', 'label', scene.sender, 'class="t1"')}${scene.when ? t('div', 'label', scene.when, 'class="t2"') : ''}</div><span class="mo">${skin === 'signal' ? '' : '⋮'}</span></div>`
      : '';
    const bottom = skin === 'wechat'
      ? `<div class="bt wx"><span class="pill">${esc(scene.original ?? '查看原图(1.1M)')}</span><span class="ics"><span>⤓</span><span>···</span></span></div>`
      : `<div class="bt">${scene.caption ? t('div', 'body', scene.caption, 'class="cap"') : ''}<div class="ics"><span>⇪</span><span>↪</span><span>${skin === 'signal' ? '⋮' : '🗑'}</span></div></div>`;
    const css = `${paneCss(SKINS.wechat)}${SHOT_CSS}
body{background:#000;color:#fff}
.app{position:relative;height:100vh;display:flex;flex-direction:column}
.stage{flex:1;display:flex;align-items:center;justify-content:center;overflow:hidden;position:relative}
.tp{position:absolute;z-index:3;left:0;right:0;top:0;height:58px;background:linear-gradient(#000000b3,#00000066);display:flex;align-items:center;gap:14px;padding:0 14px;font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.tp.sg{background:#000000cc}
.tp .bk{font-size:22px}
.tp .t1{font-size:16px;font-weight:600}
.tp .t2{font-size:12.5px;color:#d0d0d0;margin-top:1px}
.tp .mo{margin-left:auto;font-size:20px}
.bt{position:absolute;z-index:3;left:0;right:0;bottom:0;background:linear-gradient(#00000033,#000000b3);padding:10px 18px ${dev.os === 'ios' ? 30 : 14}px}
.bt .cap{font-size:14.5px;line-height:1.4;margin-bottom:10px}
.bt .ics{display:flex;justify-content:space-around;font-size:21px}
.bt.wx{background:none;display:flex;justify-content:space-between;align-items:center}
.bt.wx .pill{font-size:13px;border:1px solid #ffffff99;border-radius:4px;padding:4px 10px;color:#eee}
.bt.wx .ics{gap:26px}
`;
    const sb = skin === 'wechat' ? topBar(scene, { dark: true, bg: '#000' }) : statusBar({ time: scene.clock, battery: scene.battery, os: dev.os, dark: true, bg: '#000' });
    const body = `<div class="app">${sb}<div class="stage">${top}${shotBox(scene.shot, w, { radius: 0 })}${bottom}</div></div>`;
    return page(css, body);
  },
};
