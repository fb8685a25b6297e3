// 7881 游戏交易平台 trade chat (Android app): blue header with the counterpart's name and the
// 交易中 tag, an order strip under it (商品, 订单号, status), the platform's system notices in
// grey pills, own messages in blue bubbles, the seller's in white with a round avatar; the input
// bar with 常用语. `scene.dark` gives the dark theme.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const strip = (dark) => (scene) => scene.item ? `<div style="display:flex;gap:10px;align-items:center;padding:9px 12px;background:${dark ? '#1E2127' : '#fff'};border-bottom:1px solid ${dark ? '#2b2f36' : '#eee'}">
<div style="width:46px;height:46px;border-radius:6px;background:linear-gradient(135deg,#3a8dff,#1352c7);flex:none"></div>
<div style="flex:1;min-width:0;font-size:13px;line-height:1.45;color:${dark ? '#ddd' : '#333'}">${t('div', 'value', scene.item.title)}${t('div', 'value', scene.item.order, `style="color:${dark ? '#999' : '#888'};font-size:12px"`)}</div>
${t('span', 'status', scene.item.status, 'style="font-size:12.5px;color:#FF6A00;white-space:nowrap"')}</div>` : '';

const light = {
  bg: '#F2F4F7', fg: '#111', titleBg: '#1E6FFF', titleFg: '#FFFFFF', titleWeight: 500, titleSize: 17,
  selfBg: '#1E6FFF', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#222', radius: 10, pad: '9px 12px',
  sepFg: '#8C8C8C', sepBg: '#E4E7EC', inputBg: '#FFFFFF', inputBorder: '#E5E5E5', inputBoxBg: '#F2F4F7', iconFg: '#8C8C8C', inputRadius: 18,
  merchantAvatar: ['卖', '#FF8A00'], buyerAvatar: ['我', '#5B8FF9'], avatarRadius: 20, avatarSize: 38, tail: true, subFg: '#D6E4FF',
  inputHtml: '<span style="font-size:13px;color:#1E6FFF;flex:none">常用语</span><div class="box"></div><div class="ic"></div>',
  banner: strip(false),
};
const dark = {
  ...light, dark: true, bg: '#121418', fg: '#ddd', titleBg: '#1B2A4A', titleFg: '#E6ECF8', selfBg: '#2F6BDB', otherBg: '#23262C', otherFg: '#E2E2E2',
  sepFg: '#9A9A9A', sepBg: '#23262C', inputBg: '#1A1C21', inputBorder: '#2b2f36', inputBoxBg: '#23262C', banner: strip(true), subFg: '#9DB4E0',
};

export default {
  name: '7881-chat',
  kind: 'chat',
  render: (scene) => phoneChat({ subtitle: scene.subtitle ?? '交易中', ...scene }, scene.dark ? dark : light),
};
