// 飞书 (Feishu / Lark) mobile chat with an external contact: a white title bar with the back arrow,
// the name with the blue "外部" tag and the company below it; a light grey background, round
// avatars, own bubbles in Feishu's light blue (#CCE0FF, dark #1F3A66) and the other side's white
// (dark #2B2B2B), no tails; the small grey "已读" / blue ring "未读" mark beside own messages
// (`read` on a message); the input bar with the "发送给 …" hint and the +, emoji, microphone icons.
// Light and dark (`scene.dark`). Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const light = {
  bg: '#F5F6F7', fg: '#1F2329', titleBg: '#FFFFFF', titleFg: '#1F2329', titleWeight: 600, titleSize: 17,
  titleBorder: '1px solid #E5E6EB', selfBg: '#CCE0FF', selfFg: '#1F2329', otherBg: '#FFFFFF', otherFg: '#1F2329',
  radius: 10, pad: '9px 12px', sepFg: '#8F959E', inputBg: '#FFFFFF', inputBorder: '#E5E6EB', inputBoxBg: '#F2F3F5',
  iconFg: '#646A73', inputRadius: 8, merchantAvatar: ['店', '#3370FF'], buyerAvatar: ['我', '#7F3BF5'], avatarRadius: 20, avatarSize: 38,
  subFg: '#8F959E', back: '‹', more: '☰', maxW: 236, fontSize: 15.5, readMark: ['已读', '未读'], readFg: '#8F959E',
};
const dark = {
  ...light, dark: true, bg: '#1A1A1A', fg: '#EBEBEB', titleBg: '#232323', titleFg: '#EBEBEB', titleBorder: '1px solid #333',
  selfBg: '#1F3A66', selfFg: '#EBEBEB', otherBg: '#2B2B2B', otherFg: '#EBEBEB', sepFg: '#8A8A8A', inputBg: '#232323',
  inputBorder: '#333', inputBoxBg: '#2F2F2F', iconFg: '#A6A6A6', subFg: '#8A8A8A', readFg: '#8A8A8A',
};

function skinFor(scene) {
  const base = scene.dark ? dark : light;
  return {
    ...base,
    inputHtml: `<div class="box fs">${esc(scene.placeholder ?? `发送给 ${scene.title}`)}</div><div class="ic2">☺</div><div class="ic2">⊕</div>`,
    extraCss: `
.title .sub{font-size:11.5px}
.title>span:nth-child(2)>span:first-child::after{content:"外部";display:inline-block;margin-left:6px;font-size:11px;font-weight:500;padding:1px 5px;border-radius:4px;color:#3370FF;background:${scene.dark ? '#1F2F4D' : '#E1EAFF'};vertical-align:2px}
.rd{font-size:11px}
.box.fs{display:flex;align-items:center;padding:0 12px;color:${base.subFg};font-size:15px}
.ic2{font-size:22px;color:${base.iconFg};width:28px;text-align:center}
`,
  };
}

export default {
  name: 'feishu-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skinFor(scene)),
};
