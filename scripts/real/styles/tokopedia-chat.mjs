// The Tokopedia app's chat with a shop (Indonesia): the white title bar with the back arrow, the
// shop's name with the green "Power Merchant"-like badge and "Online" / last-seen line, the product
// or invoice card pinned under it (thumbnail, product, the invoice number INV/…/MPL/…, price and the
// order status in Tokopedia green), the pale page, the buyer's light-green bubbles and the shop's
// white ones with the time and ticks inside, the platform's yellow safety notice, and the input bar
// ("Tulis pesan…"). Indonesian chrome as the app shows it; the messages come from the scene.
// `scene.dark` gives the dark theme. Layout reconstructed.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const pin = (fg, bg, sub) => (scene) => scene.pin
  ? `<div style="background:${bg};border-bottom:1px solid ${sub}33;padding:9px 12px;display:flex;gap:10px;align-items:center;font-size:13px;color:${fg}">
<div style="width:48px;height:48px;border-radius:8px;background:linear-gradient(135deg,#03AC0E,#8BD48F);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'value', scene.pin.title, 'style="line-height:1.35;font-weight:600"')}${t('div', 'value', scene.pin.order, `style="color:${sub};font-size:11.5px;margin-top:3px;overflow-wrap:anywhere"`)}${t('div', 'value', scene.pin.price, 'style="font-size:13px;font-weight:700;margin-top:3px"')}</div>
${t('div', 'status', scene.pin.status, 'style="flex:none;color:#03AC0E;background:#03AC0E1A;font-size:11.5px;font-weight:700;border-radius:4px;padding:3px 6px"')}</div>`
  : '';

const light = {
  bg: '#F3F4F5', fg: '#212121', titleBg: '#FFFFFF', titleFg: '#212121', titleWeight: 700, titleSize: 16, titleBorder: '1px solid #E5E7E9',
  selfBg: '#D6F5D8', selfFg: '#212121', otherBg: '#FFFFFF', otherFg: '#212121', radius: 12, pad: '8px 11px',
  sepFg: '#6D7588', sepBg: '#E5E7E9', inputBg: '#FFFFFF', inputBorder: '#E5E7E9', inputBoxBg: '#F3F4F5', iconFg: '#03AC0E', inputRadius: 18,
  subFg: '#03AC0E', maxW: 252, fontSize: 15, inTime: true, ticks: '✓✓', back: '←', more: '⋮', noAvatar: true,
  banner: pin('#212121', '#FFFFFF', '#6D7588'),
  inputHtml: '<div class="ic"></div><div class="box" style="display:flex;align-items:center;padding-left:12px;color:#9FA6B0;font-size:14px">Tulis pesan…</div><div class="ic" style="background:#03AC0E;border-color:#03AC0E"></div>',
  extraCss: '.notice span{background:#FFF6D5;color:#6D5A16;padding:6px 10px;border-radius:8px;text-align:left}.title>span:nth-child(2)>span:first-child::before{content:"✓";display:inline-flex;width:15px;height:15px;border-radius:50%;background:#03AC0E;color:#fff;font-size:10px;align-items:center;justify-content:center;margin-right:5px;vertical-align:1px}',
};
const dark = {
  ...light, dark: true, bg: '#121517', fg: '#E8E8E8', titleBg: '#1C1F22', titleFg: '#E8E8E8', titleBorder: '1px solid #2B2F33',
  selfBg: '#1E4D24', selfFg: '#E8F5E9', otherBg: '#25292D', otherFg: '#E8E8E8', sepFg: '#A0A7B0', sepBg: '#25292D',
  inputBg: '#1C1F22', inputBorder: '#2B2F33', inputBoxBg: '#25292D', banner: pin('#E8E8E8', '#1C1F22', '#A0A7B0'),
  extraCss: light.extraCss.replace('#FFF6D5;color:#6D5A16', '#3A3315;color:#E6D38A'),
};

export default {
  name: 'tokopedia-chat',
  kind: 'chat',
  render(scene) {
    return phoneChat({ subtitle: 'Online', ...scene }, scene.dark ? dark : light);
  },
};
