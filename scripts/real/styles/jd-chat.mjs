// JD (京东) customer-service chat (京东咚咚 in the app): white page, pale red own bubbles, white
// other bubbles with a thin border, the agent's name over its messages, a product/order card,
// "客服 xx 为您服务" notices and the red JD accent in the title bar.
import { phoneChat } from '../lib/chat.mjs';

const skin = {
  bg: '#F5F5F5', fg: '#262626', titleBg: '#FFFFFF', titleFg: '#262626', titleWeight: 600, titleSize: 17,
  selfBg: '#FFE4E1', selfFg: '#262626', otherBg: '#FFFFFF', otherFg: '#262626', radius: 10, pad: '9px 12px',
  sepFg: '#999', inputBg: '#FFFFFF', inputBorder: '#EEEEEE', inputBoxBg: '#F5F5F5', iconFg: '#666', inputRadius: 18,
  buyerAvatar: ['J', '#f0b7b0'], merchantAvatar: ['京', '#E1251B'], avatarRadius: 20, avatarSize: 36,
  showNames: true, nameFg: '#999', subFg: '#999', back: '‹', more: '···', cardBg: '#FFFFFF', cardFg: '#262626',
  extraCss: '.left .bub{border:1px solid #ececec}.title{border-bottom:2px solid #E1251B}.card .cp{color:#E1251B}',
};

export default {
  name: 'jd-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skin),
};
