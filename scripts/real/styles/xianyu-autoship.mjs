// A Xianyu (闲鱼) chat with a seller who ships through an auto-delivery tool (闲管家-style 自动发货):
// the Xianyu chat (yellow own bubbles, white ones opposite, the item strip under the title with the
// price and 状态) where the seller's side holds the tool's delivery message drawn as these tools
// send it: a white card with an orange 自动发货 tag and the tool's name, the heading line, the
// delivered code (masked) in a grey mono box with 复制, and the usage lines under it. Messages with
// `auto: { head, code, lines, tool }` become such a card; the rest are ordinary Xianyu rows
// (text, time separators, the trade-state notices in grey). Light, or dark (`scene.dark`).
// Layout reconstructed from Xianyu and such tools' messages; texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const light = {
  bg: '#F6F6F6', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 600,
  selfBg: '#FFE60F', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', radius: 12, pad: '9px 13px',
  sepFg: '#A0A0A0', sepBg: '', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F3F3F3', iconFg: '#444', inputRadius: 18,
  buyerAvatar: ['🐟', '#ffe98a'], merchantAvatar: ['店', '#6B7280'], avatarRadius: 20, avatarSize: 38,
};
const dark = {
  ...light, dark: true, bg: '#111111', fg: '#EEE', titleBg: '#1C1C1C', titleFg: '#EEE', selfBg: '#D9C400', selfFg: '#111',
  otherBg: '#262626', otherFg: '#EEE', sepFg: '#777', inputBg: '#1C1C1C', inputBorder: '#2A2A2A', inputBoxBg: '#2A2A2A', iconFg: '#AAA',
};

function strip(scene, d) {
  if (!scene.item) return '';
  return `<div style="background:${d ? '#1C1C1C' : '#fff'};padding:8px 12px;display:flex;gap:10px;align-items:center;border-top:1px solid ${d ? '#2A2A2A' : '#f0f0f0'}">
<div style="width:44px;height:44px;border-radius:6px;background:linear-gradient(135deg,#b9f0c9,#2fae64);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'system', scene.item.title, 'style="font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis"')}${t('div', 'system', scene.item.price, 'style="font-size:14px;color:#FF4400;font-weight:600;margin-top:2px"')}</div>
${t('div', 'status', scene.item.status, 'style="font-size:12px;color:#111;background:#FFE60F;border-radius:14px;padding:5px 12px;flex:none"')}</div>`;
}

function card(a, d) {
  const fg = d ? '#EEE' : '#111';
  return `<div style="width:258px;background:${d ? '#262626' : '#fff'};border-radius:12px;padding:11px 13px;color:${fg}">
<div style="display:flex;align-items:center;gap:6px;margin-bottom:7px"><span style="font-size:11px;color:#fff;background:#FF7A00;border-radius:4px;padding:1px 6px">自动发货</span><span style="font-size:11px;color:#999">${a.tool ?? ''}</span></div>
${t('div', 'merchant', a.head, 'style="font-size:14.5px;line-height:1.45;font-weight:600"')}
<div style="margin:8px 0;background:${d ? '#1A1A1A' : '#F4F5F7'};border-radius:8px;padding:8px 10px;display:flex;align-items:center;gap:8px">${t('span', 'merchant', a.code, 'style="flex:1;font-family:Liberation Mono,DejaVu Sans Mono,monospace;font-size:13.5px;overflow-wrap:anywhere"')}<span style="font-size:12px;color:#FF7A00;flex:none">复制</span></div>
${(a.lines ?? []).map((l) => t('div', 'merchant', l, 'style="font-size:13px;line-height:1.5;color:' + (d ? '#BBB' : '#555') + '"')).join('')}</div>`;
}

export default {
  name: 'xianyu-autoship',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const autos = [];
    const messages = scene.messages.map((m) => {
      if (!m.auto) return m;
      autos.push(m.auto);
      return { from: m.from ?? 'merchant', text: `@@AUTO${autos.length - 1}@@` };
    });
    let html = phoneChat({ ...scene, messages }, { ...(d ? dark : light), banner: (s) => strip(s, d) });
    autos.forEach((a, i) => {
      html = html.replace(new RegExp(`<div class="bub"><span data-role="merchant" >@@AUTO${i}@@</span></div>`), card(a, d));
    });
    if (html.includes('@@AUTO')) throw new Error('xianyu-autoship: card placeholder not replaced');
    return html;
  },
};
