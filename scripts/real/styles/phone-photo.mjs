// A photo of another phone's screen, taken with a second phone (the chat is on a family member's
// or an old phone, so the buyer photographs it instead of capturing it): a 4:3 landscape photo of
// a desk (wood grain, a shadow), the phone lying on it turned a few degrees and tilted away from
// the camera, black bezel and rounded corners, the screen lit a little unevenly with a diagonal
// reflection over it. The screen shows a phone chat: status bar, the title bar, bubbles left and
// right in the app's colours (`scene.skin`: 'wechat' or 'qq'), centred time lines. Rendered at
// the iPad 4:3 size and then degraded (`fwd:W:Q`) as a messenger would. `scene.messages` as in the
// chat styles; `scene.title`; `scene.tilt` = [rotateZ, rotateX] in degrees. Reconstructed.
import { t, page, statusBar, avatar } from '../lib/common.mjs';

const SKINS = {
  wechat: { bg: '#EDEDED', bar: '#EDEDED', barFg: '#111', self: '#95EC69', other: '#FFFFFF', fg: '#111', sep: '#9A9A9A' },
  qq: { bg: '#F2F3F5', bar: '#FFFFFF', barFg: '#111', self: '#0099FF', selfFg: '#fff', other: '#FFFFFF', fg: '#111', sep: '#A0A0A0' },
};

export default {
  name: 'phone-photo',
  kind: 'chat',
  render(scene) {
    const k = SKINS[scene.skin ?? 'wechat'];
    const [rz, rx] = scene.tilt ?? [-6, 14];
    const css = `
body{background:#6b4a2f;width:100vw;height:100vh;position:relative;overflow:hidden}
.desk{position:absolute;inset:0;background:repeating-linear-gradient(88deg,#7a5535 0 14px,#6e4b2e 14px 22px,#83603f 22px 41px,#704d30 41px 50px);filter:saturate(.9)}
.desk::after{content:"";position:absolute;inset:0;background:radial-gradient(ellipse at 45% 40%,rgba(255,240,220,.18),rgba(0,0,0,.45) 75%)}
.hold{position:absolute;left:50%;top:50%;width:380px;height:760px;margin:-380px 0 0 -190px;perspective:1400px}
.ph{width:100%;height:100%;border-radius:46px;background:#0c0c0c;padding:14px;box-shadow:18px 26px 40px rgba(0,0,0,.55);transform:rotateZ(${rz}deg) rotateX(${rx}deg) scale(.93);transform-origin:50% 50%;position:relative}
.scr{width:352px;height:732px;border-radius:34px;overflow:hidden;background:${k.bg};position:relative;display:flex;flex-direction:column;filter:brightness(1.04) contrast(.92)}
.scr::after{content:"";position:absolute;inset:0;background:linear-gradient(118deg,rgba(255,255,255,0) 38%,rgba(255,255,255,.22) 46%,rgba(255,255,255,0) 58%),radial-gradient(ellipse at 30% 20%,rgba(255,255,255,.08),rgba(0,0,0,.12));pointer-events:none}
.tb{height:44px;display:flex;align-items:center;justify-content:center;font-size:16px;font-weight:500;color:${k.barFg};background:${k.bar};position:relative;flex:none}
.tb .bk{position:absolute;left:12px;font-size:21px}
.tb .mo{position:absolute;right:14px;font-size:18px}
.ms{flex:1;overflow:hidden;padding:4px 0}
.rw{display:flex;gap:8px;padding:6px 10px;align-items:flex-start}
.rw.me{flex-direction:row-reverse}
.bb{max-width:228px;padding:8px 11px;border-radius:6px;font-size:14.5px;line-height:1.45;background:${k.other};color:${k.fg};white-space:pre-wrap;overflow-wrap:anywhere}
.rw.me .bb{background:${k.self};color:${k.selfFg ?? k.fg}}
.sp{text-align:center;font-size:11.5px;color:${k.sep};margin:8px 0 4px}
.ip{height:50px;flex:none;background:#F7F7F7;border-top:1px solid #DDD}
`;
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sp">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const [ch, col] = me ? scene.buyerAvatar ?? ['她', '#c58aa5'] : scene.merchantAvatar ?? ['店', '#d9822b'];
      return `<div class="rw${me ? ' me' : ''}">${avatar(ch, col, 34, 4)}${t('div', m.from, m.text, 'class="bb"')}</div>`;
    }).join('\n');
    const body = `<div class="desk"></div><div class="hold"><div class="ph"><div class="scr">
${statusBar({ time: scene.clock, battery: scene.battery, os: 'android', bg: k.bar })}
<div class="tb"><span class="bk">‹</span>${t('span', 'title', scene.title)}<span class="mo">···</span></div>
<div class="ms" data-scroll>${rows}</div><div class="ip"></div></div></div></div>`;
    return page(css, body);
  },
};
