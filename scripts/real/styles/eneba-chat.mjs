// Eneba order support chat (eneba.com "Orders › Order details › Get help" on a phone): the
// dark-purple Eneba bar, the order card pinned on top (order number, product, price, status
// badge), then the support conversation: agent messages on the left with the agent's name, the
// buyer's in Eneba purple on the right, times inside the bubbles, and the "Write a message" bar.
// Light (`scene.dark` false) or dark. Layout reconstructed from the site.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const orderCard = (scene) => {
  const o = scene.order;
  if (!o) return '';
  const d = Boolean(scene.dark);
  const tone = { ok: '#19B46B', wait: '#F5A524', bad: '#EF4B5B' }[o.tone ?? 'wait'];
  return `<div style="margin:8px 10px 2px;padding:10px 12px;border-radius:10px;background:${d ? '#241A3D' : '#FFFFFF'};border:1px solid ${d ? '#34285A' : '#E6E1F4'};font-family:'Liberation Sans','Noto Sans CJK SC',sans-serif">
<div style="display:flex;justify-content:space-between;gap:8px;align-items:center"><span data-role="value" style="font-size:12.5px;color:${d ? '#B9AEDB' : '#6C6384'}">${esc(o.idLabel ?? 'Order')} ${esc(o.id)}</span><span data-role="status" style="font-size:11.5px;font-weight:700;color:#fff;background:${tone};border-radius:10px;padding:2px 8px;white-space:nowrap">${esc(o.status)}</span></div>
<div data-role="value" style="font-size:14px;font-weight:600;margin-top:5px;line-height:1.35">${esc(o.product)}</div>
<div style="display:flex;justify-content:space-between;margin-top:4px;font-size:13px"><span data-role="value" style="color:${d ? '#B9AEDB' : '#6C6384'}">${esc(o.date ?? '')}</span><span data-role="value" style="font-weight:700">${esc(o.price)}</span></div></div>`;
};

const light = {
  bg: '#F4F2FA', fg: '#1E1532', titleBg: '#2D1B5A', titleFg: '#FFFFFF', titleWeight: 700, titleSize: 16,
  selfBg: '#6B3EF5', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#1E1532', radius: 14, pad: '8px 12px',
  sepFg: '#857C9E', inputBg: '#FFFFFF', inputBorder: '#E6E1F4', inputBoxBg: '#F4F2FA', iconFg: '#6B3EF5', inputRadius: 18,
  noSelfAvatar: true, merchantAvatar: ['E', '#FF9F1C'], avatarRadius: 16, avatarSize: 30, inTime: true, showNames: true, nameFg: '#857C9E',
  back: '←', more: '⋮', subFg: '#C8B8FF', maxW: 260, fontSize: 15, banner: orderCard,
};
const dark = {
  ...light, dark: true, bg: '#140D26', fg: '#ECE8F7', titleBg: '#1E1438', otherBg: '#2A1F47', otherFg: '#ECE8F7',
  sepFg: '#8F86AD', inputBg: '#1E1438', inputBorder: '#2F2450', inputBoxBg: '#2A1F47', nameFg: '#8F86AD',
};

export default {
  name: 'eneba-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
