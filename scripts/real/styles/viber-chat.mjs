// Viber chat (Android): white header with back arrow, name and "online", purple call icons, a
// light wallpaper, light-purple own bubbles and grey others with the time (and ticks) inside,
// date pills centred; `scene.dark` gives the dark theme.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#FFFFFF', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 600, titleSize: 17, titleBorder: '1px solid #EEE',
  selfBg: '#E6E0FF', selfFg: '#1c1c1c', otherBg: '#F1F1F4', otherFg: '#1c1c1c', radius: 16, pad: '7px 11px',
  sepFg: '#7E7E8A', sepBg: '#F1F1F4', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F1F1F4', iconFg: '#7360F2', inputRadius: 20,
  noSelfAvatar: true, merchantAvatar: ['S', '#7360F2'], avatarRadius: 18, avatarSize: 32, inTime: true, ticks: '✓✓',
  back: '←', more: '⋮', subFg: '#7360F2', maxW: 262, fontSize: 15.5,
};
const dark = {
  ...light, dark: true, bg: '#17171C', fg: '#eee', titleBg: '#1F1F26', titleFg: '#EEE', titleBorder: '1px solid #2a2a33',
  selfBg: '#4B3DA8', selfFg: '#F2F0FF', otherBg: '#2A2A33', otherFg: '#EEE', sepBg: '#2A2A33', sepFg: '#A0A0AE',
  inputBg: '#1F1F26', inputBorder: '#2a2a33', inputBoxBg: '#2A2A33',
};

export default {
  name: 'viber-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
