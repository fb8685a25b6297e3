// WeChat chat, light: green self bubbles (#95EC69), white other bubbles, grey #EDEDED page.
import { phoneChat } from '../lib/chat.mjs';

export const skin = {
  bg: '#EDEDED', fg: '#111', titleBg: '#EDEDED', titleFg: '#111', titleWeight: 500,
  selfBg: '#95EC69', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', tail: true, radius: 4,
  sepFg: '#B2B2B2', inputBg: '#F7F7F7', inputBorder: '#E0E0E0', inputBoxBg: '#FFFFFF', iconFg: '#333',
  buyerAvatar: ['🐱', '#c9d6e3'], merchantAvatar: ['店', '#3b7dd8'], avatarRadius: 4,
  back: '‹', more: '···',
};

export default {
  name: 'wechat-light',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skin),
};
