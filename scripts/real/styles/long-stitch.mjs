// A stitched long screenshot (长截图 / 滚动截屏) of a phone chat, about three screens tall or more, as
// MIUI, HarmonyOS and ColorOS make it by scrolling and gluing frames: the status bar and the
// chat's title bar once at the top, the input bar once at the bottom, and at each seam (`scene.seams`:
// indexes of messages after which a frame was glued) the tell-tale of a stitch: a hair-line of a
// slightly different tone and the lower half of the last row repeated (a fragment, no truth) when
// the phone guessed the overlap wrong. Skins: `scene.skin` 'wechat' | 'wechatDark' | 'qq' |
// 'taobao' | 'whatsapp' | 'telegram' (lib/mini-screens.mjs). Render with `long: true`.
import { page, statusBar } from '../lib/common.mjs';
import { SKINS, paneCss, chatRows, rt } from '../lib/mini-screens.mjs';

export default {
  name: 'long-stitch',
  kind: 'chat',
  render(scene) {
    const k = SKINS[scene.skin ?? 'wechat'];
    const seams = new Set(scene.seams ?? []);
    const parts = [];
    scene.messages.forEach((m, i) => {
      parts.push(chatRows([m], k, scene.names));
      if (seams.has(i)) {
        // the repeated lower half of the row just above (no data-role: a fragment, not a line)
        const frag = chatRows([m], k, scene.names).replace(/ data-role="[a-z]+"/g, '');
        parts.push(`<div class="seam"></div><div class="dup">${frag}</div>`);
      }
    });
    const css = `${paneCss(k)}
body{background:${k.bg}}
.mp{min-height:100vh}
.mp .ms{overflow:visible}
.seam{height:1px;background:${k.dark ? '#2a2a2a' : '#d8d8d8'};margin:2px 0 0;opacity:.9}
.dup{height:19px;overflow:hidden;position:relative;filter:brightness(${k.dark ? 1.08 : 0.985})}
.dup>.rw{margin-top:-22px}
.banner{background:${k.dark ? '#1c1c1c' : '#FFF7E8'};color:${k.dark ? '#bbb' : '#8A5A00'};font-size:12px;padding:7px 14px}
`;
    const sub = scene.subtitle ? rt('span', 'title', scene.subtitle, 'class="sub"') : '';
    const body = `<div class="mp">${statusBar({ time: scene.clock, battery: scene.battery, os: scene._device.os, dark: Boolean(k.dark) || k.bar === '#008069', bg: k.bar })}
<div class="tb"><span class="bk">‹</span><span>${rt('span', 'title', scene.title)}${sub}</span><span class="mo">···</span></div>
${scene.banner ? rt('div', 'system', scene.banner, 'class="banner"') : ''}
<div class="ms">${parts.join('\n')}</div><div class="ip"><i></i><b></b><i></i><i></i></div></div>`;
    return page(css, body);
  },
};
