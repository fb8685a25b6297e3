// WeChat chat, dark mode: #111 page, #3EB575 self bubbles, #2C2C2C other bubbles.
import { phoneChat } from '../lib/chat.mjs';

export const skin = {
  dark: true, bg: '#111111', fg: '#D5D5D5', titleBg: '#191919', titleFg: '#D5D5D5',
  selfBg: '#3EB575', selfFg: '#0B0B0B', otherBg: '#2C2C2C', otherFg: '#D5D5D5', tail: true, radius: 4,
  sepFg: '#6A6A6A', inputBg: '#1E1E1E', inputBorder: '#2A2A2A', inputBoxBg: '#2C2C2C', iconFg: '#BBB',
  buyerAvatar: ['🐶', '#4a5a6a'], merchantAvatar: ['客', '#2d6a4f'], avatarRadius: 4,
  cardBg: '#2C2C2C', cardFg: '#D5D5D5', quoteBg: '#262626', quoteFg: '#8A8A8A',
};

export default {
  name: 'wechat-dark',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skin),
};
