// Telegram private chat (Android/iOS look): no avatars in a one-to-one chat, a wallpaper behind
// the messages, the time and read ticks inside each bubble, date pills centred; light green
// own bubbles (light theme) or blue-grey ones (night theme, `scene.dark`).
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#DCE6C8', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 600, titleBorder: '1px solid #e3e3e3',
  selfBg: '#EFFEDD', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', radius: 14, pad: '7px 11px',
  sepFg: '#FFFFFF', sepBg: '#00000030', inputBg: '#FFFFFF', inputBorder: '#E5E5E5', inputBoxBg: '#FFFFFF', iconFg: '#8a8a8a',
  noAvatar: true, inTime: true, ticks: '✓✓', subFg: '#8a8a8a', back: '←', more: '⋮',
  wallpaper: 'linear-gradient(160deg,#d5e3b8,#b9d39b 60%,#a9c98e)', maxW: 270, fontSize: 15.5,
};
const dark = {
  ...light, dark: true, bg: '#0E1621', fg: '#F5F5F5', titleBg: '#17212B', titleFg: '#F5F5F5', titleBorder: '1px solid #0b1118',
  selfBg: '#2B5278', selfFg: '#F5F5F5', otherBg: '#182533', otherFg: '#F5F5F5', sepBg: '#ffffff1f',
  inputBg: '#17212B', inputBorder: '#0b1118', inputBoxBg: '#17212B', iconFg: '#6c7883', subFg: '#6c7883',
  wallpaper: 'linear-gradient(160deg,#0e1621,#13202e)', cardBg: '#182533', cardFg: '#F5F5F5',
};

export default {
  name: 'telegram',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
