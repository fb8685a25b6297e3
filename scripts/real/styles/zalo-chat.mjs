// Zalo chat (Android): blue gradient header with back arrow, the contact's name and a small
// "Active now"/"Vừa mới truy cập" line, call and menu icons; a pale blue-grey wallpaper, own
// bubbles in light blue, the other side's in white with a round avatar, the time inside each
// bubble, centred date pills; the input bar with the sticker and image icons. `scene.dark`
// gives Zalo's dark theme. Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#E2E9F1', fg: '#081C36', titleBg: 'linear-gradient(90deg,#0068FF,#0190F3)', titleFg: '#FFFFFF', titleWeight: 600, titleSize: 16.5,
  selfBg: '#E5EFFF', selfFg: '#081C36', otherBg: '#FFFFFF', otherFg: '#081C36', radius: 10, pad: '8px 11px',
  sepFg: '#FFFFFF', sepBg: '#8A9AAD99', inputBg: '#FFFFFF', inputBorder: '#DDE3EA', inputBoxBg: '#FFFFFF', iconFg: '#0068FF', inputRadius: 4,
  noSelfAvatar: true, merchantAvatar: ['S', '#F08C00'], avatarRadius: 18, avatarSize: 32, inTime: true,
  back: '←', more: '☰', subFg: '#DCEBFF', maxW: 258, fontSize: 15.5,
};
const dark = {
  ...light, dark: true, bg: '#0E1217', fg: '#E4E7EB', titleBg: '#1C2229', titleFg: '#E4E7EB', subFg: '#8D98A5',
  selfBg: '#0B3A75', selfFg: '#E6EEFA', otherBg: '#242A31', otherFg: '#E4E7EB', sepBg: '#242A31', sepFg: '#9AA4B0',
  inputBg: '#1C2229', inputBorder: '#2A3139', inputBoxBg: '#1C2229', iconFg: '#4D9BFF',
};

export default {
  name: 'zalo-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
