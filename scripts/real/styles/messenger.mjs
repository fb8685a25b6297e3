// Facebook Messenger one-to-one chat (Android/iOS look): a white (or black, `scene.dark`) title
// bar with the round profile picture, the name and "Active now" beside a back arrow and the
// call/video icons; round 18px bubbles, the other side's small round avatar, own bubbles in
// Messenger blue with white text, grey time separators ("TODAY AT 19:42") centred.
// Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#FFFFFF', fg: '#050505', titleBg: '#FFFFFF', titleFg: '#050505', titleWeight: 600, titleSize: 16.5,
  titleBorder: '1px solid #E4E6EB', selfBg: '#0A7CFF', selfFg: '#FFFFFF', otherBg: '#F0F0F0', otherFg: '#050505',
  radius: 18, pad: '8px 12px', sepFg: '#65676B', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#F0F2F5',
  iconFg: '#0A7CFF', inputRadius: 20, noSelfAvatar: true, merchantAvatar: ['S', '#8E44AD'], avatarRadius: 14, avatarSize: 28,
  subFg: '#65676B', back: '←', more: '✆ ⓘ', maxW: 250, fontSize: 15.5,
  extraCss: '.title{justify-content:flex-start;padding-left:48px}.title .sub{text-align:left}.title .more{color:#0A7CFF;letter-spacing:8px}.title .back{color:#0A7CFF}.row{padding:3px 12px}.sep span{font-size:11.5px;letter-spacing:.3px}',
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#E4E6EB', titleBg: '#000000', titleFg: '#E4E6EB', titleBorder: '1px solid #242526',
  otherBg: '#303030', otherFg: '#E4E6EB', sepFg: '#B0B3B8', inputBg: '#000000', inputBorder: '#000000', inputBoxBg: '#242526',
  subFg: '#B0B3B8',
};

export default {
  name: 'messenger',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
