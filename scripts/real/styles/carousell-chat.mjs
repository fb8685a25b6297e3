// Carousell chat (phone app, Singapore / Hong Kong / Taiwan / Malaysia / Philippines): white title
// bar with the other user's name and rating, the listing strip under it (photo, title, price, the
// deal's status and a button), an optional yellow dispute banner, a white page, red own bubbles
// and light-grey others, the time at the foot of each bubble. `scene.lang` 'zh-Hant' gives the Chinese
// chrome. Layout reconstructed; the texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const strip = (scene) => {
  const l = scene.listing;
  if (!l) return '';
  const warn = scene.warning ? t('div', 'system', scene.warning, 'style="background:#FFF4CE;color:#5C4A00;font-size:12.5px;line-height:1.45;padding:8px 14px;border-bottom:1px solid #F0E2A8"') : '';
  return `<div style="background:#FFF;border-bottom:1px solid #E8E8E8;padding:9px 14px;display:flex;gap:10px;align-items:center">
<div style="width:48px;height:48px;border-radius:6px;background:linear-gradient(135deg,#5B6CFF,#35D0BA);flex:none"></div>
<div style="flex:1;min-width:0;font-size:13.5px;color:#2C2C2C">${t('div', 'value', l.title, 'style="line-height:1.3"')}${t('div', 'value', l.price, 'style="font-weight:700;margin-top:2px"')}${l.status ? t('div', 'status', l.status, 'style="font-size:12px;color:#008F5D;margin-top:2px"') : ''}</div>
${l.button ? t('span', 'button', l.button, 'style="flex:none;border:1px solid #D2232A;color:#D2232A;border-radius:16px;padding:5px 12px;font-size:12.5px;font-weight:600"') : ''}</div>${warn}`;
};

const skin = {
  bg: '#FFFFFF', fg: '#2C2C2C', titleBg: '#FFFFFF', titleFg: '#2C2C2C', titleWeight: 700, titleSize: 16.5, titleBorder: '1px solid #EEE',
  selfBg: '#D2232A', selfFg: '#FFFFFF', otherBg: '#F0F1F2', otherFg: '#2C2C2C', radius: 16, pad: '9px 13px',
  sepFg: '#8C8C8C', sepBg: '', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F0F1F2', iconFg: '#8C8C8C', inputRadius: 20,
  subFg: '#8C8C8C', maxW: 258, fontSize: 15, noAvatar: true, back: '←', more: '⋮', banner: strip, inTime: true,
  extraCss: '.notice span{color:#8C8C8C;font-size:12px;line-height:1.5}.at{display:block;float:none!important;margin:4px 0 -2px!important;text-align:right;font-size:10.5px}',
};

export default {
  name: 'carousell-chat',
  kind: 'chat',
  render: (scene) => phoneChat({ subtitle: scene.lang === 'zh-Hant' ? '★ 4.9 · 2 小時前上線' : '★ 4.9 · Active 2 hours ago', ...scene }, skin),
};
