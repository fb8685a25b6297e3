// 支付宝 在线客服 (Alipay's in-app customer-service chat of a 小程序 merchant): the title "在线客服"
// with the merchant's name under it, a light-grey page, white bubbles for the service, Alipay-blue
// own bubbles, the round merchant logo, grey time pills and the quick-reply chips above the input
// (scene.chips); `scene.dark` gives Alipay's dark mode. Reconstructed from the app's look.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const light = {
  bg: '#F5F5F5', fg: '#333', titleBg: '#FFFFFF', titleFg: '#333', titleWeight: 500, titleSize: 17, titleBorder: '1px solid #EEE',
  selfBg: '#1677FF', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#333', radius: 10, pad: '9px 12px',
  sepFg: '#999', inputBg: '#F7F7F7', inputBorder: '#E5E5E5', inputBoxBg: '#FFFFFF', iconFg: '#666', inputRadius: 6,
  merchantAvatar: ['客', '#1677FF'], avatarRadius: 20, avatarSize: 38, noSelfAvatar: true, subFg: '#999', maxW: 246, fontSize: 15.5,
  chipBg: '#FFFFFF', chipFg: '#1677FF', chipBorder: '#D6E4FF',
};
const dark = {
  ...light, dark: true, bg: '#0F0F0F', fg: '#D6D6D6', titleBg: '#1A1A1A', titleFg: '#E0E0E0', titleBorder: '1px solid #262626',
  selfBg: '#1463D6', otherBg: '#232323', otherFg: '#D6D6D6', sepFg: '#777', inputBg: '#1A1A1A', inputBorder: '#262626', inputBoxBg: '#2A2A2A',
  iconFg: '#888', chipBg: '#232323', chipFg: '#5B9BFF', chipBorder: '#2E3A52',
};

export default {
  name: 'alipay-chat',
  kind: 'chat',
  render: (scene) => {
    const s = scene.dark ? dark : light;
    const chips = (scene.chips ?? ['查订单', '申请退款', '转人工']).map((c) => `<span style="flex:none;font-size:13px;color:${s.chipFg};background:${s.chipBg};border:1px solid ${s.chipBorder};border-radius:14px;padding:4px 11px">${esc(c)}</span>`).join('');
    const inputHtml = `<div style="display:flex;flex-direction:column;gap:8px;width:100%"><div style="display:flex;gap:8px;overflow:hidden">${chips}</div>
<div style="display:flex;gap:8px;align-items:center"><div class="ic"></div><div class="box"></div><div class="ic"></div></div></div>`;
    return phoneChat(scene, { ...s, inputHtml });
  },
};
