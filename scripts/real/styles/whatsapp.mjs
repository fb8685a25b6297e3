// WhatsApp chat (Android): green title bar, the beige doodle wallpaper, no avatars in a private
// chat, light green own bubbles with time and ticks inside, yellow encryption notice and date
// pills centred; `scene.dark` gives the dark theme.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#EFEAE2', fg: '#111', titleBg: '#008069', titleFg: '#FFFFFF', titleWeight: 500, titleSize: 18,
  selfBg: '#D9FDD3', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', radius: 8, pad: '6px 9px',
  sepFg: '#54656F', sepBg: '#FFFFFFEE', inputBg: '#EFEAE2', inputBorder: '#EFEAE2', inputBoxBg: '#FFFFFF', iconFg: '#54656F', inputRadius: 20,
  noAvatar: true, inTime: true, ticks: '✓✓', subFg: '#d9fdd3', back: '←', more: '⋮', maxW: 270, fontSize: 15.5,
  wallpaper: 'repeating-linear-gradient(45deg,#efeae2 0 18px,#e9e2d8 18px 20px)',
  extraCss: '.notice span{background:#FFEECD!important;color:#54656F!important}',
};
const dark = {
  ...light, dark: true, bg: '#0B141A', fg: '#E9EDEF', titleBg: '#1F2C34', titleFg: '#E9EDEF',
  selfBg: '#005C4B', selfFg: '#E9EDEF', otherBg: '#1F2C34', otherFg: '#E9EDEF', sepFg: '#8696A0', sepBg: '#182229',
  inputBg: '#0B141A', inputBorder: '#0B141A', inputBoxBg: '#1F2C34', iconFg: '#8696A0', subFg: '#8696A0',
  wallpaper: 'repeating-linear-gradient(45deg,#0b141a 0 18px,#0f1a21 18px 20px)',
  extraCss: '.notice span{background:#182229!important;color:#FFD279!important}',
};

export default {
  name: 'whatsapp',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
