// X (Twitter) direct message (Android): the conversation header with name and @handle, no
// bubbles' tails, blue own bubbles with white text, grey others with the round avatar, time
// under the last bubble as X shows it, "Start a new message" bar; dark (the default look many
// use, `scene.dark`) or light.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#FFFFFF', fg: '#0F1419', titleBg: '#FFFFFF', titleFg: '#0F1419', titleWeight: 700, titleSize: 17, titleBorder: '1px solid #EFF3F4',
  selfBg: '#1D9BF0', selfFg: '#FFFFFF', otherBg: '#EFF3F4', otherFg: '#0F1419', radius: 22, pad: '10px 14px',
  sepFg: '#536471', inputBg: '#FFFFFF', inputBorder: '#EFF3F4', inputBoxBg: '#EFF3F4', iconFg: '#1D9BF0', inputRadius: 16,
  noSelfAvatar: true, merchantAvatar: ['G', '#333'], avatarRadius: 20, avatarSize: 36, back: '←', more: 'ⓘ', subFg: '#536471', maxW: 260, fontSize: 15,
  inputHtml: '<div class="ic" style="border-radius:4px"></div><div class="box" style="display:flex;align-items:center;padding-left:12px;font-size:14px;color:#536471">Start a new message</div><div class="ic"></div>',
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#E7E9EA', titleBg: '#000000', titleFg: '#E7E9EA', titleBorder: '1px solid #2F3336',
  otherBg: '#2F3336', otherFg: '#E7E9EA', sepFg: '#71767B', inputBg: '#000000', inputBorder: '#2F3336', inputBoxBg: '#202327', subFg: '#71767B',
  inputHtml: '<div class="ic" style="border-radius:4px"></div><div class="box" style="display:flex;align-items:center;padding-left:12px;font-size:14px;color:#71767B">Start a new message</div><div class="ic"></div>',
};

export default {
  name: 'x-dm',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
