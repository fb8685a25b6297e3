// Signal (Android): a plain header with the back arrow, the contact's round avatar (initials on a
// colour), the name and the call / video icons; own bubbles in Signal's ultramarine (#2C6BED)
// with white text, the other side's bubbles grey (#E9E9EB, dark #303133), no avatars in a
// one-to-one chat, the time and the delivery ticks small inside each bubble's lower right,
// centred date labels ("Today", "Yesterday"), and the rounded "Signal message" input with the
// emoji, camera and microphone icons. Light and dark (`scene.dark`, Signal's near-black
// #121212). With lib/overlay.mjs: a notification banner (`scene.notify`) or the keyboard
// (`scene.keyboard`, the draft in `scene.draft`); `scene.placeholder` for a translated input hint. Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';
import { withOverlays } from '../lib/overlay.mjs';

const light = {
  bg: '#FFFFFF', fg: '#1B1B1D', titleBg: '#FFFFFF', titleFg: '#1B1B1D', titleWeight: 500, titleSize: 17,
  selfBg: '#2C6BED', selfFg: '#FFFFFF', otherBg: '#E9E9EB', otherFg: '#1B1B1D', radius: 18, pad: '8px 12px 6px',
  sepFg: '#5E5E66', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#F0F0F2', iconFg: '#5E5E66',
  inputRadius: 20, noAvatar: true, subFg: '#5E5E66', back: '←', more: '', maxW: 258, fontSize: 15.5, titleH: 56,
  inTime: true, ticks: '✓✓',
};
const dark = {
  ...light, dark: true, bg: '#121212', fg: '#E9E9E9', titleBg: '#121212', titleFg: '#E9E9E9', otherBg: '#303133',
  otherFg: '#E9E9E9', sepFg: '#A7A7AE', inputBg: '#121212', inputBorder: '#121212', inputBoxBg: '#2A2A2C', iconFg: '#A7A7AE',
  subFg: '#A7A7AE',
};

function skinFor(scene) {
  const base = scene.dark ? dark : light;
  const [ini, col] = scene.contactAvatar ?? [(scene.title ?? '?').slice(0, 2).toUpperCase(), '#D7E6FA'];
  const draft = scene.draft ? `<span style="color:${base.fg}">${esc(scene.draft)}</span><span style="display:inline-block;width:1.5px;height:18px;background:#2C6BED;vertical-align:middle;margin-left:1px"></span>` : `<span>${esc(scene.placeholder ?? 'Signal message')}</span>`;
  return {
    ...base,
    inputHtml: `<div class="box sg"><span class="emo">☺</span>${draft}</div><div class="ic cam">◎</div><div class="ic mic">${scene.draft ? '➤' : '🎙'}</div>`,
    extraCss: `
.title{justify-content:flex-start;padding-left:92px}
.title .back{font-size:22px;left:16px}
.title::before{content:"${esc(ini)}";position:absolute;left:46px;top:50%;transform:translateY(-50%);width:36px;height:36px;border-radius:50%;background:${col};color:#1B3A6B;display:flex;align-items:center;justify-content:center;font-size:14px;font-weight:600;font-family:"Liberation Sans",sans-serif}
.title::after{content:"☏  ▭";position:absolute;right:18px;font-size:19px;letter-spacing:6px;color:${base.titleFg}}
.title .sub{text-align:left}
.row{padding:2px 12px}
.right+.left,.left+.right{margin-top:8px}
.sep{margin:14px 0 8px}.sep span{font-size:12.5px;font-weight:500}
.at{opacity:.72!important;font-size:11px!important;margin:6px -2px -2px 10px!important}
.right .at{color:#E3EBFD;opacity:1!important}
.input{border-top:none;gap:12px;padding-top:6px}
.box.sg{display:flex;align-items:center;gap:10px;padding:0 14px;color:${base.subFg};font-size:15.5px;height:42px;border-radius:21px;background:${base.inputBoxBg};overflow:hidden;white-space:nowrap}
.box.sg .emo{font-size:20px}
.input .ic{border:none;display:flex;align-items:center;justify-content:center;color:${base.iconFg};font-size:20px;width:30px}
.input .ic.mic{${scene.draft ? 'background:#2C6BED;color:#fff;width:40px;height:40px;border-radius:50%;font-size:17px' : ''}}
`,
  };
}

export default {
  name: 'signal',
  kind: 'chat',
  render(scene) {
    return withOverlays(phoneChat(scene, skinFor(scene)), scene, Boolean(scene.dark));
  },
};
