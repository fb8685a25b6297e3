// Skype chat (Android): header with back arrow, round avatar initial, the contact's name and
// "Active now", blue call icons; own messages in light-blue bubbles on the right, the other's in
// grey with a round avatar; the time inside each bubble; date separators as plain grey text;
// a "Type a message" bar. `scene.dark` gives Skype's dark theme (navy-black, blue own bubbles).
import { phoneChat } from '../lib/chat.mjs';
import { LATIN } from '../lib/common.mjs';

const light = {
  bg: '#FFFFFF', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 600, titleSize: 16.5, titleBorder: '1px solid #E8E8E8',
  selfBg: '#D9ECFF', selfFg: '#0b1f33', otherBg: '#F0F0F0', otherFg: '#111', radius: 14, pad: '8px 12px',
  sepFg: '#6E6E6E', inputBg: '#FFFFFF', inputBorder: '#E8E8E8', inputBoxBg: '#F3F3F3', iconFg: '#0078D4', inputRadius: 18,
  noSelfAvatar: true, merchantAvatar: ['S', '#0078D4'], avatarRadius: 16, avatarSize: 32, inTime: true,
  back: '←', more: '⋮', subFg: '#3BA55C', maxW: 258, fontSize: 15,
  inputHtml: '<div class="ic"></div><div class="box" style="display:flex;align-items:center;padding-left:12px;color:#8a8a8a;font-size:14px">Type a message</div><div class="ic"></div>',
};
const dark = {
  ...light, dark: true, bg: '#0F1115', fg: '#EEE', titleBg: '#16181D', titleFg: '#F2F2F2', titleBorder: '1px solid #23262d',
  selfBg: '#1C5FA8', selfFg: '#F4F9FF', otherBg: '#262A31', otherFg: '#ECECEC', sepFg: '#9AA0A8',
  inputBg: '#16181D', inputBorder: '#23262d', inputBoxBg: '#262A31', iconFg: '#4BA3F2',
};

export default {
  name: 'skype-chat',
  kind: 'chat',
  render: (scene) => {
    const html = phoneChat({ subtitle: scene.subtitle ?? 'Active now', ...scene }, scene.dark ? dark : light);
    return /[\u4e00-\u9fff]/.test(JSON.stringify(scene.messages)) ? html : html.replace(/font-family:[^;}]*sans-serif/, `font-family:${LATIN}`);
  },
};
