// Shopee 聊聊 / Shopee Chat (phone app, Taiwan or Southeast Asia): white title bar with the shop's
// name and its last-active line, the order card pinned under it (thumbnail, product, order
// number, status), a light-grey background, peach own bubbles and white others with the time
// inside, the platform's grey notices. `scene.dark` gives the dark theme; `scene.lang` 'en' gives
// the English chrome. Layout reconstructed; the texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const pin = (fg, bg, sub) => (scene) => scene.pin
  ? `<div style="background:${bg};border-bottom:1px solid ${sub}33;padding:9px 12px;display:flex;gap:10px;align-items:center;font-size:13px;color:${fg}">
<div style="width:46px;height:46px;border-radius:4px;background:linear-gradient(135deg,#EE4D2D,#FF9D6C);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'value', scene.pin.title, 'style="line-height:1.35"')}${t('div', 'value', scene.pin.order, `style="color:${sub};font-size:11.5px;margin-top:3px"`)}</div>
<div style="text-align:right;flex:none">${t('div', 'value', scene.pin.price, 'style="color:#EE4D2D;font-size:13px"')}${t('div', 'status', scene.pin.status, 'style="color:#26AA99;font-size:12px;margin-top:3px"')}</div></div>`
  : '';

const light = {
  bg: '#F5F5F5', fg: '#222', titleBg: '#FFFFFF', titleFg: '#222', titleWeight: 600, titleSize: 16.5, titleBorder: '1px solid #EEE',
  selfBg: '#FFE8DF', selfFg: '#222', otherBg: '#FFFFFF', otherFg: '#222', radius: 10, pad: '8px 11px',
  sepFg: '#999', sepBg: '', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F5F5F5', iconFg: '#EE4D2D', inputRadius: 4,
  subFg: '#26AA99', maxW: 250, fontSize: 15, inTime: true, back: '←', more: '⋮', avatarRadius: 20, avatarSize: 34, noSelfAvatar: true,
  merchantAvatar: ['蝦', '#EE4D2D'], banner: pin('#222', '#FFFFFF', '#888'),
  extraCss: '.notice span{background:#FFF7E6;color:#8A6D3B;padding:5px 10px;border-radius:4px}',
};
const dark = {
  ...light, dark: true, bg: '#121212', fg: '#EEE', titleBg: '#1C1C1C', titleFg: '#EEE', titleBorder: '1px solid #2A2A2A',
  selfBg: '#5A2A1C', selfFg: '#F6E9E4', otherBg: '#242424', otherFg: '#E8E8E8', sepFg: '#8D8D8D',
  inputBg: '#1C1C1C', inputBorder: '#2A2A2A', inputBoxBg: '#242424', banner: pin('#E8E8E8', '#1C1C1C', '#8D8D8D'),
  extraCss: '.notice span{background:#2A2418;color:#D8C08A;padding:5px 10px;border-radius:4px}',
};

export default {
  name: 'shopee-chat',
  kind: 'chat',
  render(scene) {
    const en = scene.lang === 'en';
    const skin = scene.dark ? dark : light;
    return phoneChat({ subtitle: en ? 'Active 5 minutes ago' : '5 分鐘前上線', ...scene }, en ? { ...skin, merchantAvatar: ['S', '#EE4D2D'] } : skin);
  },
};
