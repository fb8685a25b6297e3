// Douyin (抖音) private message with a shop's customer service (抖音电商 / 抖店 飞鸽): a white (or
// near-black, `scene.dark`) title bar with the shop name and "官方客服" tag, a goods card from the
// order on top, own bubbles in Douyin's blue-violet with white text, shop bubbles in light grey,
// round avatars, centred grey times. Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#FFFFFF', fg: '#161823', titleBg: '#FFFFFF', titleFg: '#161823', titleWeight: 600, titleSize: 16.5,
  titleBorder: '1px solid #F0F0F0', selfBg: '#3E7BFA', selfFg: '#FFFFFF', otherBg: '#F2F2F4', otherFg: '#161823',
  radius: 12, pad: '9px 12px', sepFg: '#A0A1A7', inputBg: '#FFFFFF', inputBorder: '#F0F0F0', inputBoxBg: '#F2F2F4',
  iconFg: '#161823', inputRadius: 18, buyerAvatar: ['我', '#7B8BD6'], merchantAvatar: ['店', '#25F4EE'], avatarRadius: 20, avatarSize: 38,
  subFg: '#FE2C55', back: '‹', more: '···', cardBg: '#F8F8F8', cardFg: '#161823',
  extraCss: '.card .cp{color:#FE2C55}.card .th{background:linear-gradient(135deg,#25F4EE,#FE2C55)}',
};
const dark = {
  ...light, dark: true, bg: '#161823', fg: '#E8E8EA', titleBg: '#161823', titleFg: '#E8E8EA', titleBorder: '1px solid #22242F',
  otherBg: '#2A2C37', otherFg: '#E8E8EA', sepFg: '#7D7E85', inputBg: '#161823', inputBorder: '#22242F', inputBoxBg: '#2A2C37',
  iconFg: '#C8C8CC', cardBg: '#22242F', cardFg: '#E8E8EA',
};

export default {
  name: 'douyin-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
