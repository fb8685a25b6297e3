// 企业微信 (WeCom) on Android: a grey-white header with the contact's name and the orange
// "@企业名" tag of a contact in another company (green "@微信" for a WeChat user), the
// grey #F0F0F0 chat background, rounded-square avatars on both sides, white bubbles for the
// other side and WeCom's light blue (#C9E0FF) own bubbles, the blue "已读" / grey "未读" mark
// beside each own message, centred grey time stamps and system notices, and the input bar with
// the voice, emoji and "+" icons. Light and dark (`scene.dark`). With lib/overlay.mjs: a
// notification banner (`scene.notify`) or the keyboard (`scene.keyboard`). Layout reconstructed
// from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';
import { withOverlays } from '../lib/overlay.mjs';

const light = {
  bg: '#F0F0F0', fg: '#191919', titleBg: '#F7F7F7', titleFg: '#191919', titleWeight: 500, titleSize: 16.5,
  titleBorder: '0.5px solid #DADADA', selfBg: '#C9E0FF', selfFg: '#191919', otherBg: '#FFFFFF', otherFg: '#191919',
  radius: 5, pad: '9px 11px', tail: true, sepFg: '#9B9B9B', inputBg: '#F7F7F7', inputBorder: '#DADADA',
  inputBoxBg: '#FFFFFF', iconFg: '#4D4D4D', avatarSize: 40, avatarRadius: 5, maxW: 232, fontSize: 16,
  readMark: ['已读', '未读'], readFg: '#3975C6', back: '‹', more: '≡', subFg: '#888',
};
const dark = {
  ...light, dark: true, bg: '#111111', fg: '#D5D5D5', titleBg: '#1A1A1A', titleFg: '#D5D5D5', titleBorder: '0.5px solid #2A2A2A',
  selfBg: '#2B4A75', selfFg: '#E3E3E3', otherBg: '#2C2C2C', otherFg: '#D5D5D5', sepFg: '#6F6F6F', inputBg: '#1A1A1A',
  inputBorder: '#2A2A2A', inputBoxBg: '#2C2C2C', iconFg: '#A0A0A0', readFg: '#5A8FDB',
};

function skinFor(scene) {
  const base = scene.dark ? dark : light;
  const tag = scene.corp ? `@${scene.corp}` : '@微信';
  const tagCol = scene.corp ? '#F08A24' : '#18B566';
  return {
    ...base,
    merchantAvatar: ['客', '#3975C6'],
    buyerAvatar: ['我', '#8A9BB0'],
    inputHtml: '<div class="ic"></div><div class="box"></div><div class="ic"></div><div class="ic plus">+</div>',
    extraCss: `
.title > span:nth-child(2)::after{content:"${esc(tag)}";font-size:12.5px;color:${tagCol};margin-left:5px;font-weight:400}
.rd{margin:0 0 4px;font-size:11.5px}
.input .ic.plus{display:flex;align-items:center;justify-content:center;font-size:22px;color:${base.iconFg}}
.notice span{background:${scene.dark ? '#1E1E1E' : '#E2E2E2'};padding:3px 9px;border-radius:4px;color:${base.sepFg}}
`,
  };
}

export default {
  name: 'wecom',
  kind: 'chat',
  render(scene) {
    return withOverlays(phoneChat(scene, skinFor(scene)), scene, Boolean(scene.dark));
  },
};
