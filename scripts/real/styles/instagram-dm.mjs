// Instagram Direct (Android/iOS): a plain title bar with the back arrow, the other side's round
// profile picture, the name and the username below it, the call / video icons; own bubbles in
// Instagram's purple-blue (#3797F0 into #7A3CF0) with white text, the other side's bubbles light
// grey (#EFEFEF, dark #262626) with the small round avatar beside the last one, centred grey time
// labels, and the rounded "Message..." input with the camera button. Light and dark
// (`scene.dark`). Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const light = {
  bg: '#FFFFFF', fg: '#000000', titleBg: '#FFFFFF', titleFg: '#000000', titleWeight: 600, titleSize: 16,
  titleBorder: '1px solid #DBDBDB', selfBg: 'linear-gradient(160deg,#3797F0,#7A3CF0)', selfFg: '#FFFFFF', otherBg: '#EFEFEF', otherFg: '#000000',
  radius: 22, pad: '9px 14px', sepFg: '#737373', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#FFFFFF',
  iconFg: '#000000', inputRadius: 22, noSelfAvatar: true, merchantAvatar: ['S', '#C13584'], avatarRadius: 14, avatarSize: 28,
  subFg: '#737373', back: '←', more: '', maxW: 250, fontSize: 15, titleH: 58,
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#F5F5F5', titleBg: '#000000', titleFg: '#F5F5F5', titleBorder: '1px solid #262626',
  otherBg: '#262626', otherFg: '#F5F5F5', sepFg: '#A8A8A8', inputBg: '#000000', inputBorder: '#000000', inputBoxBg: '#000000', iconFg: '#F5F5F5',
  subFg: '#A8A8A8',
};

function skinFor(scene) {
  const base = scene.dark ? dark : light;
  const [ini, col] = scene.contactAvatar ?? [(scene.title ?? '?').slice(0, 1).toUpperCase(), '#C13584'];
  return {
    ...base,
    merchantAvatar: [ini, col],
    inputHtml: `<div class="box ig"><span class="cam">◉</span><span>${esc(scene.placeholder ?? 'Message...')}</span><span class="r">🎤 ▣ ☺</span></div>`,
    extraCss: `
.title{justify-content:flex-start;padding-left:94px}
.title::before{content:"${esc(ini)}";position:absolute;left:46px;top:50%;transform:translateY(-50%);width:36px;height:36px;border-radius:50%;background:linear-gradient(45deg,#F9CE34,#EE2A7B,#6228D7);color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;font-weight:700;font-family:"Liberation Sans",sans-serif}
.title::after{content:"✆  ▭";position:absolute;right:18px;font-size:20px;letter-spacing:8px;color:${base.titleFg}}
.title .sub{text-align:left;font-size:12px}
.right .bub{background:${base.selfBg}}
.row{padding:2px 12px}
.right+.left,.left+.right{margin-top:10px}
.sep{margin:16px 0 8px}.sep span{font-size:12px;font-weight:600}
.input{border-top:none;padding-top:6px}
.box.ig{display:flex;align-items:center;gap:10px;padding:0 6px;height:46px;border-radius:23px;border:1px solid ${scene.dark ? '#363636' : '#DBDBDB'};color:${base.subFg};font-size:15px;background:${base.inputBoxBg}}
.box.ig .cam{width:34px;height:34px;border-radius:50%;background:#3797F0;color:#fff;display:flex;align-items:center;justify-content:center;font-size:17px}
.box.ig .r{margin-left:auto;margin-right:10px;color:${base.iconFg};letter-spacing:6px;font-size:16px}
`,
  };
}

export default {
  name: 'instagram-dm',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skinFor(scene)),
};
