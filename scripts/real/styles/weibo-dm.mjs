// 微博私信 (Weibo direct messages, Android): white title bar with the account name and a small
// orange "V" for a verified shop account, grey background, round avatars, orange own bubbles with
// white text, white others; `scene.dark` gives the dark theme.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#F2F2F2', fg: '#111', titleBg: '#FFFFFF', titleFg: '#333', titleWeight: 600, titleSize: 17, titleBorder: '1px solid #E6E6E6',
  selfBg: '#FF8200', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#333', radius: 14, pad: '9px 13px',
  sepFg: '#999', inputBg: '#F9F9F9', inputBorder: '#E6E6E6', inputBoxBg: '#FFFFFF', iconFg: '#666', inputRadius: 18,
  buyerAvatar: ['我', '#8fb6e3'], merchantAvatar: ['店', '#f58a1f'], avatarRadius: 20, avatarSize: 38, more: '⚙',
  extraCss: '.title span span:first-child::after{content:"V";display:inline-block;margin-left:4px;width:14px;height:14px;border-radius:7px;background:#F7B500;color:#fff;font-size:10px;line-height:14px;text-align:center;vertical-align:2px}',
};
const dark = {
  ...light, dark: true, bg: '#121212', fg: '#ddd', titleBg: '#1E1E1E', titleFg: '#DDDDDD', titleBorder: '1px solid #2a2a2a',
  selfBg: '#D96F00', otherBg: '#2A2A2A', otherFg: '#DDDDDD', sepFg: '#777', inputBg: '#1E1E1E', inputBorder: '#2a2a2a', inputBoxBg: '#2A2A2A', iconFg: '#999',
};

export default {
  name: 'weibo-dm',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
