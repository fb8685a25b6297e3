// Reddit chat (Android app): header with back arrow, the other user's u/name with a snoo-coloured
// round avatar, no bubbles for others but grey cards, own messages in Reddit-blue bubbles; dates as
// small centred text; a "Message" bar with the image button. `scene.dark` gives the dark theme
// (black background, #1A1A1B cards) that most Reddit users keep.
import { phoneChat } from '../lib/chat.mjs';
import { LATIN } from '../lib/common.mjs';

const light = {
  bg: '#FFFFFF', fg: '#1c1c1c', titleBg: '#FFFFFF', titleFg: '#1c1c1c', titleWeight: 700, titleSize: 16, titleBorder: '1px solid #EDEFF1',
  selfBg: '#0079D3', selfFg: '#FFFFFF', otherBg: '#EDEFF1', otherFg: '#1c1c1c', radius: 18, pad: '8px 13px',
  sepFg: '#7C7C7C', inputBg: '#FFFFFF', inputBorder: '#EDEFF1', inputBoxBg: '#F6F7F8', iconFg: '#878A8C', inputRadius: 20,
  noSelfAvatar: true, merchantAvatar: ['u', '#FF4500'], avatarRadius: 16, avatarSize: 32, inTime: true,
  back: '←', more: '⋯', subFg: '#7C7C7C', maxW: 262, fontSize: 15,
  inputHtml: '<div class="ic"></div><div class="box" style="display:flex;align-items:center;padding-left:14px;color:#878A8C;font-size:14px">Message</div>',
};
const dark = {
  ...light, dark: true, bg: '#030303', fg: '#D7DADC', titleBg: '#1A1A1B', titleFg: '#D7DADC', titleBorder: '1px solid #343536',
  selfBg: '#0079D3', selfFg: '#FFFFFF', otherBg: '#272729', otherFg: '#D7DADC', sepFg: '#818384',
  inputBg: '#1A1A1B', inputBorder: '#343536', inputBoxBg: '#272729', iconFg: '#818384',
};

export default {
  name: 'reddit-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light).replace(/font-family:[^;}]*sans-serif/, `font-family:${LATIN}`),
};
