// QQ mobile chat: blue self (buyer) bubbles with white text, white other bubbles, round avatars,
// light blue-grey page, rounded 12px bubbles; `scene.dark` gives QQ's dark theme.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#F1F2F6', fg: '#111', titleBg: '#F1F2F6', titleFg: '#111', titleWeight: 600,
  selfBg: '#0099FF', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#111', radius: 12, pad: '9px 13px',
  sepFg: '#999', inputBg: '#F5F6FA', inputBorder: '#E6E6E6', inputBoxBg: '#FFFFFF', iconFg: '#555', inputRadius: 18,
  buyerAvatar: ['🐧', '#ffd24d'], merchantAvatar: ['卡', '#7a5cff'], avatarRadius: 20, showNames: true,
  nameFg: '#8a8a8a', quoteBg: '#00000012',
  extraCss: '.right .quote{color:#e6f4ff;background:#ffffff26}',
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#E5E5E5', titleBg: '#0F0F0F', titleFg: '#E5E5E5',
  selfBg: '#1F7FD8', selfFg: '#FFFFFF', otherBg: '#262626', otherFg: '#E5E5E5', sepFg: '#777',
  inputBg: '#141414', inputBorder: '#222', inputBoxBg: '#262626', iconFg: '#AAA', nameFg: '#777',
  cardBg: '#262626', cardFg: '#E5E5E5',
};

export default {
  name: 'qq-mobile',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
