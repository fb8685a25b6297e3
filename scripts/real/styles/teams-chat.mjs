// Microsoft Teams chat (mobile app): purple-grey header with the back arrow, the other person's
// name and "External" tag line, messages with the sender's name and time above each, others in
// white cards with a round initial avatar, own messages on the right in light lavender, date
// dividers centred; `scene.dark` gives the dark theme. Names and times ride in `m.name`.
import { phoneChat } from '../lib/chat.mjs';
import { LATIN } from '../lib/common.mjs';

const light = {
  bg: '#F5F5F5', fg: '#242424', titleBg: '#FFFFFF', titleFg: '#242424', titleWeight: 600, titleSize: 16, titleBorder: '1px solid #E0E0E0',
  selfBg: '#E8EBFA', selfFg: '#242424', otherBg: '#FFFFFF', otherFg: '#242424', radius: 6, pad: '8px 12px',
  sepFg: '#616161', inputBg: '#FFFFFF', inputBorder: '#E0E0E0', inputBoxBg: '#F5F5F5', iconFg: '#5B5FC7', inputRadius: 4,
  noSelfAvatar: true, merchantAvatar: ['S', '#5B5FC7'], avatarRadius: 16, avatarSize: 32, showNames: true, nameFg: '#616161',
  back: '←', more: '⋯', subFg: '#616161', maxW: 262, fontSize: 15,
  extraCss: `body{font-family:"Segoe UI",${LATIN}} .bub{box-shadow:0 1px 2px #00000014}`,
};
const dark = {
  ...light, dark: true, bg: '#1F1F1F', fg: '#EDEDED', titleBg: '#292929', titleFg: '#FFFFFF', titleBorder: '1px solid #3d3d3d',
  selfBg: '#3D3E66', selfFg: '#FFFFFF', otherBg: '#2E2E2E', otherFg: '#EDEDED', sepFg: '#ADADAD', nameFg: '#ADADAD',
  inputBg: '#292929', inputBorder: '#3d3d3d', inputBoxBg: '#1F1F1F', iconFg: '#7F85F5', subFg: '#ADADAD',
};

export default {
  name: 'teams-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
