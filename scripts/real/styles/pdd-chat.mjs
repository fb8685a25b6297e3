// Pinduoduo (拼多多) chat with a shop: white title bar, light grey page, red own bubbles with
// white text, white shop bubbles, a goods card on top, the shop's avatar only.
import { phoneChat } from '../lib/chat.mjs';

const skin = {
  bg: '#F4F4F4', fg: '#151516', titleBg: '#FFFFFF', titleFg: '#151516', titleWeight: 600, titleBorder: '1px solid #eee',
  selfBg: '#E02E24', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#151516', radius: 8, pad: '9px 12px',
  sepFg: '#9C9C9C', inputBg: '#FFFFFF', inputBorder: '#EEEEEE', inputBoxBg: '#F4F4F4', iconFg: '#777', inputRadius: 18,
  buyerAvatar: ['拼', '#f5a19b'], merchantAvatar: ['店', '#E02E24'], avatarRadius: 20, avatarSize: 38,
  back: '‹', more: '···', cardBg: '#FFFFFF', cardFg: '#151516', extraCss: '.card .cp{color:#E02E24}',
};

export default {
  name: 'pdd-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skin),
};
