// The Lazada app's chat with a seller (Philippines, Malaysia, Singapore…): the white title bar with
// the back arrow, the shop's name with the "LazMall" or "Official" tag and its response line, the
// order card pinned under it (thumbnail, product, order number, the price and the order status in
// Lazada orange such as "To Ship", "Delivered", "Completed"), the grey page, the buyer's blue
// bubbles and the seller's white ones with the time inside, centred system notices, and the input
// bar with the "+" and the emoji. `scene.dark` gives the app's dark theme; `scene.lang` 'zh' gives
// Chinese chat text only (the chrome stays English, as the app in Malaysia shows it). Layout
// reconstructed; the texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const pin = (fg, bg, sub) => (scene) => scene.pin
  ? `<div style="background:${bg};border-bottom:1px solid ${sub}33;padding:9px 12px;display:flex;gap:10px;align-items:center;font-size:13px;color:${fg}">
<div style="width:48px;height:48px;border-radius:6px;background:linear-gradient(135deg,#0F146D,#F36F21);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'value', scene.pin.title, 'style="line-height:1.35"')}${t('div', 'value', scene.pin.order, `style="color:${sub};font-size:11.5px;margin-top:3px"`)}</div>
<div style="text-align:right;flex:none">${t('div', 'value', scene.pin.price, 'style="color:#F36F21;font-size:13.5px;font-weight:700"')}${t('div', 'status', scene.pin.status, 'style="color:#F36F21;font-size:11.5px;margin-top:4px;border:1px solid #F36F21;border-radius:3px;padding:0 4px"')}</div></div>`
  : '';

const light = {
  bg: '#F2F3F7', fg: '#222', titleBg: '#FFFFFF', titleFg: '#222', titleWeight: 700, titleSize: 16, titleBorder: '1px solid #ECECEC',
  selfBg: '#D9ECFF', selfFg: '#1A1A1A', otherBg: '#FFFFFF', otherFg: '#1A1A1A', radius: 12, pad: '8px 11px',
  sepFg: '#9A9A9A', sepBg: '', inputBg: '#FFFFFF', inputBorder: '#ECECEC', inputBoxBg: '#F2F3F7', iconFg: '#0F146D', inputRadius: 18,
  subFg: '#7A7A7A', maxW: 252, fontSize: 15, inTime: true, back: '←', more: '⋯', avatarRadius: 20, avatarSize: 32, noSelfAvatar: true,
  merchantAvatar: ['L', '#0F146D'], banner: pin('#222', '#FFFFFF', '#888'),
  extraCss: '.notice span{background:#FFF3E8;color:#8A5A2B;padding:5px 10px;border-radius:6px}.title>span:nth-child(2)>span:first-child::after{content:"LazMall";margin-left:6px;font-size:10px;font-weight:700;color:#fff;background:#D6006E;border-radius:3px;padding:1px 4px;vertical-align:2px}',
};
const dark = {
  ...light, dark: true, bg: '#111317', fg: '#EEE', titleBg: '#1B1D22', titleFg: '#EEE', titleBorder: '1px solid #2A2C31',
  selfBg: '#1F3A5C', selfFg: '#EAF2FF', otherBg: '#24262B', otherFg: '#E8E8E8', sepFg: '#8D8D8D',
  inputBg: '#1B1D22', inputBorder: '#2A2C31', inputBoxBg: '#24262B', iconFg: '#8FA3FF', banner: pin('#E8E8E8', '#1B1D22', '#8D8D8D'),
  extraCss: light.extraCss.replace('#FFF3E8;color:#8A5A2B', '#2A2218;color:#D8B98A'),
};

export default {
  name: 'lazada-chat',
  kind: 'chat',
  render(scene) {
    const skin = scene.dark ? dark : light;
    const s = scene.mall === false ? { ...skin, extraCss: skin.extraCss.replace(/\.title>span[^}]*\}/, '') } : skin;
    return phoneChat({ subtitle: 'Usually replies within 1 hour', ...scene }, s);
  },
};
