// Facebook Marketplace conversation (Messenger's Marketplace thread, Android/iOS look): a title
// bar with the seller's name and the listing under it, a pinned listing strip (photo, title ·
// price, "View listing"), round 18px bubbles, own bubbles in Marketplace blue, the other side's
// round avatar, "Seen" under the last own message; light or dark (`scene.dark`).
// `scene.listing`: { title, price }. Layout reconstructed from the app (helper h17f).
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const strip = (c) => (scene) => scene.listing
  ? `<div style="display:flex;align-items:center;gap:10px;padding:8px 12px;background:${c.stripBg};border-bottom:1px solid ${c.line}"><div style="width:40px;height:40px;border-radius:8px;background:linear-gradient(135deg,#4b6cb7,#182848);flex:none"></div><div style="flex:1;font-size:13.5px;line-height:1.35">${t('div', 'value', `${scene.listing.title} · ${scene.listing.price}`)}<div style="color:${c.sub};font-size:12px">${scene.listing.note ?? 'Marketplace'}</div></div><div style="font-size:12.5px;font-weight:600;background:${c.btn};border-radius:6px;padding:6px 9px">${scene.listing.button ?? 'View listing'}</div></div>`
  : '';
const light = {
  bg: '#FFFFFF', fg: '#050505', titleBg: '#FFFFFF', titleFg: '#050505', titleWeight: 600, titleSize: 16,
  titleBorder: '1px solid #E4E6EB', selfBg: '#0866FF', selfFg: '#FFFFFF', otherBg: '#F0F2F5', otherFg: '#050505',
  radius: 18, pad: '8px 12px', sepFg: '#65676B', inputBg: '#FFFFFF', inputBorder: '#FFFFFF', inputBoxBg: '#F0F2F5',
  iconFg: '#0866FF', inputRadius: 20, noSelfAvatar: true, merchantAvatar: ['M', '#1877F2'], avatarRadius: 14, avatarSize: 28,
  subFg: '#65676B', back: '←', more: 'ⓘ', maxW: 250, fontSize: 15,
  readMark: ['Seen', 'Sent'], readFg: '#65676B',
  extraCss: '.title{justify-content:flex-start;padding-left:46px}.title .sub{text-align:left}.title .back,.title .more{color:#0866FF}.row{padding:3px 12px}.rd{font-size:10.5px}',
  banner: strip({ stripBg: '#FFFFFF', line: '#E4E6EB', sub: '#65676B', btn: '#E4E6EB' }),
};
const dark = {
  ...light, dark: true, bg: '#18191A', fg: '#E4E6EB', titleBg: '#242526', titleFg: '#E4E6EB', titleBorder: '1px solid #3A3B3C',
  otherBg: '#3A3B3C', otherFg: '#E4E6EB', sepFg: '#B0B3B8', inputBg: '#18191A', inputBorder: '#18191A', inputBoxBg: '#3A3B3C',
  subFg: '#B0B3B8', readFg: '#B0B3B8',
  banner: strip({ stripBg: '#242526', line: '#3A3B3C', sub: '#B0B3B8', btn: '#3A3B3C' }),
};

export default {
  name: 'fb-marketplace-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
