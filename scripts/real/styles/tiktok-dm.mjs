// TikTok direct messages on a phone (Android or iPhone look): the title bar with the back arrow,
// the other side's round picture, the display name with "@handle" under it, the flag and more
// icons; centred grey time labels; the other side's bubbles light grey (#F1F1F2; dark #2F2F2F)
// with the small round picture beside them, own bubbles TikTok's blue (#2C9BF0-like) with white
// text and no avatar, "Seen" under the last own one (`m.seen`); the rounded "Send a message..."
// input with the emoji, @ and picture icons. Light and dark (`scene.dark`). Layout reconstructed
// from the app; texts from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const light = {
  bg: '#FFFFFF', fg: '#161823', titleBg: '#FFFFFF', titleFg: '#161823', titleWeight: 600, titleSize: 16,
  titleBorder: '1px solid #EDEDEE', selfBg: '#2C9BF0', selfFg: '#FFFFFF', otherBg: '#F1F1F2', otherFg: '#161823',
  radius: 16, pad: '9px 13px', sepFg: '#8A8B91', inputBg: '#FFFFFF', inputBorder: '#EDEDEE', inputBoxBg: '#F1F1F2',
  iconFg: '#161823', inputRadius: 20, noSelfAvatar: true, avatarRadius: 16, avatarSize: 32,
  subFg: '#8A8B91', back: '‹', more: '', maxW: 246, fontSize: 15, titleH: 56,
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#E8E8EA', titleBg: '#121212', titleFg: '#F1F1F2', titleBorder: '1px solid #2A2A2A',
  otherBg: '#2F2F2F', otherFg: '#F1F1F2', sepFg: '#8A8B91', inputBg: '#121212', inputBorder: '#2A2A2A', inputBoxBg: '#2F2F2F', iconFg: '#F1F1F2',
};

function skinFor(scene) {
  const base = scene.dark ? dark : light;
  const [ini, col] = scene.contactAvatar ?? [(scene.title ?? '?').slice(0, 1).toUpperCase(), '#FE2C55'];
  return {
    ...base,
    merchantAvatar: [ini, col],
    inputHtml: `<div class="box tt"><span>${esc(scene.placeholder ?? 'Send a message...')}</span><span class="r">☺ @ ▣</span></div>`,
    extraCss: `
.title{justify-content:flex-start;padding-left:88px}
.title .back{font-size:32px}
.title::before{content:"${esc(ini)}";position:absolute;left:40px;top:50%;transform:translateY(-50%);width:38px;height:38px;border-radius:50%;background:${col};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;font-weight:700;font-family:"Liberation Sans",sans-serif}
.title::after{content:"⚑  ···";position:absolute;right:16px;font-size:17px;color:${base.titleFg}}
.title .sub{text-align:left;font-size:12.5px}
.row{padding:3px 12px}
.right+.left,.left+.right{margin-top:10px}
.sep{margin:14px 0 8px}.sep span{font-size:12px}
.rd{font-size:11.5px;color:${base.subFg};padding-right:2px}
.input{border-top:1px solid ${base.inputBorder};padding-top:8px}
.box.tt{display:flex;align-items:center;padding:0 14px;height:42px;border-radius:21px;color:${base.subFg};font-size:15px;background:${base.inputBoxBg}}
.box.tt .r{margin-left:auto;color:${base.iconFg};letter-spacing:8px;font-size:16px}
`,
    readMark: ['Seen', 'Sent'], readFg: base.subFg,
  };
}

export default {
  name: 'tiktok-dm',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skinFor(scene)),
};
