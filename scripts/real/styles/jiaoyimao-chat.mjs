// 交易猫 (jiaoyimao.com, game account and item trading) chat: white title bar with the other
// side's name and a 「交易猫担保」 line, a goods strip under it (picture, title, price, status pill in
// the brand orange), orange own bubbles with white text, white other bubbles, round avatars, a
// safety notice as a grey system line; `scene.dark` gives the dark theme.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const strip = (dark) => (scene) =>
  scene.item
    ? `<div style="background:${dark ? '#1E1E1E' : '#fff'};padding:8px 12px;display:flex;gap:10px;align-items:center;border-top:1px solid ${dark ? '#2c2c2c' : '#f2f2f2'};border-bottom:1px solid ${dark ? '#2c2c2c' : '#f2f2f2'}">
<div style="width:46px;height:46px;border-radius:6px;background:linear-gradient(135deg,#ffb36b,#ff6a00);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'system', scene.item.title, `style="font-size:13px;line-height:1.35;color:${dark ? '#ddd' : '#222'};display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden"`)}${t('div', 'system', scene.item.price, 'style="font-size:14px;color:#FF6A00;font-weight:700;margin-top:2px"')}</div>
${t('div', 'status', scene.item.status, 'style="font-size:12px;color:#FF6A00;border:1px solid #FF6A00;border-radius:12px;padding:3px 10px;flex:none"')}</div>`
    : '';

const light = {
  bg: '#F4F5F7', fg: '#222', titleBg: '#FFFFFF', titleFg: '#222', titleWeight: 600, titleH: 52,
  selfBg: '#FF7A1A', selfFg: '#fff', otherBg: '#FFFFFF', otherFg: '#222', radius: 10, pad: '9px 12px', tail: false,
  sepFg: '#9A9A9A', sepBg: '#E6E7EA', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F4F5F7', iconFg: '#666', inputRadius: 18,
  buyerAvatar: ['我', '#7aa7d9'], merchantAvatar: ['卖', '#FF8A2A'], avatarRadius: 20, avatarSize: 38, subFg: '#FF6A00',
  banner: strip(false),
};
const dark = {
  ...light, dark: true, bg: '#121212', fg: '#ddd', titleBg: '#1E1E1E', titleFg: '#E8E8E8',
  selfBg: '#D9641A', selfFg: '#fff', otherBg: '#2A2A2A', otherFg: '#E3E3E3', sepFg: '#8A8A8A', sepBg: '#262626',
  inputBg: '#1E1E1E', inputBorder: '#2a2a2a', inputBoxBg: '#2A2A2A', iconFg: '#999', banner: strip(true),
};

export default {
  name: 'jiaoyimao-chat',
  kind: 'chat',
  render: (scene) => phoneChat({ subtitle: '交易猫担保交易 · 请勿脱离平台交易', ...scene }, scene.dark ? dark : light),
};
