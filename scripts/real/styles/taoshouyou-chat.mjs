// 淘手游 (taoshouyou.com, game account and top-up trading) chat in the app: white title bar with the
// other side's name (卖家 or 客服) and a grey line under it, an order strip (订单号, goods title,
// price, the order state as an orange pill), a yellow safety bar, #F5F6F8 page, orange own
// bubbles with white text, white other bubbles with a thin border, square-round avatars with a
// 「客服」 badge colour; `scene.dark` gives the dark theme. Layout reconstructed from the app's look
// (helper b32); `scene.order` { no?, title, price, status }, `scene.safety` (a line).
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const strip = (dark) => (scene) => {
  const o = scene.order;
  const bar = scene.safety ? `<div style="background:${dark ? '#2A2415' : '#FFF7E0'};color:${dark ? '#D9B766' : '#B7862A'};font-size:12px;padding:6px 12px;line-height:1.45">${t('span', 'system', scene.safety)}</div>` : '';
  if (!o) return bar;
  return `<div style="background:${dark ? '#1B1C1F' : '#fff'};padding:9px 12px;display:flex;gap:10px;align-items:center;border-bottom:1px solid ${dark ? '#2a2a2d' : '#EFEFEF'}">
<div style="width:48px;height:48px;border-radius:6px;background:linear-gradient(135deg,#ffd36e,#ff8a00);flex:none"></div>
<div style="flex:1;min-width:0">${o.no ? t('div', 'system', o.no, `style="font-size:11.5px;color:${dark ? '#8c8c8c' : '#999'}"`) : ''}${t('div', 'system', o.title, `style="font-size:13px;line-height:1.35;color:${dark ? '#ddd' : '#222'}"`)}${t('div', 'system', o.price, 'style="font-size:14px;color:#FF6F00;font-weight:700;margin-top:1px"')}</div>
${t('div', 'status', o.status, 'style="font-size:12px;color:#fff;background:#FF8A00;border-radius:4px;padding:3px 8px;flex:none"')}</div>${bar}`;
};

const light = {
  bg: '#F5F6F8', fg: '#222', titleBg: '#FFFFFF', titleFg: '#222', titleWeight: 600, titleH: 50,
  selfBg: '#FF8A00', selfFg: '#fff', otherBg: '#FFFFFF', otherFg: '#222', radius: 8, pad: '9px 12px', tail: true,
  sepFg: '#A0A0A0', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F5F6F8', iconFg: '#888', inputRadius: 4,
  buyerAvatar: ['我', '#6C9BD2'], merchantAvatar: ['客', '#FF8A00'], avatarRadius: 8, avatarSize: 38, subFg: '#999',
  extraCss: '.left .bub{border:1px solid #ECECEC}',
  banner: strip(false),
};
const dark = {
  ...light, dark: true, bg: '#111214', fg: '#ddd', titleBg: '#1B1C1F', titleFg: '#E6E6E6',
  selfBg: '#D97400', otherBg: '#25262A', otherFg: '#E0E0E0', sepFg: '#7d7d7d',
  inputBg: '#1B1C1F', inputBorder: '#2a2a2d', inputBoxBg: '#25262A', iconFg: '#999', extraCss: '.left .bub{border:1px solid #2e2f33}',
  banner: strip(true),
};

export default {
  name: 'taoshouyou-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
