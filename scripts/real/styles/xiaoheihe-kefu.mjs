// 小黑盒 (xiaoheihe.cn, Steam / game community app) 商城 在线客服 chat: the app's near-black title bar
// with 「商城客服」 and a grey 「工作时间 …」 line, a pinned order card (cover, title, 实付, 订单号),
// light grey page (or the app's dark theme with `scene.dark`), the app's dark own bubbles with
// white text (light theme) or blue-grey ones (dark), white other bubbles, round avatars and
// grey centred times. Layout reconstructed from the app's look (helper b32); `scene.card`
// { title, price, no }.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const pin = (dark) => (scene) =>
  scene.card
    ? `<div style="background:${dark ? '#1A1D23' : '#fff'};margin:8px 10px 0;border-radius:8px;padding:9px 10px;display:flex;gap:10px;align-items:center;box-shadow:0 1px 3px #0000000f">
<div style="width:78px;height:44px;border-radius:4px;background:linear-gradient(120deg,#2b3a55,#6b4bd8);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'system', scene.card.title, `style="font-size:13px;line-height:1.35;color:${dark ? '#E3E6EB' : '#1a1a1a'}"`)}<div style="display:flex;justify-content:space-between;gap:8px;margin-top:3px">${t('span', 'system', scene.card.no, `style="font-size:11px;color:${dark ? '#7E8694' : '#999'}"`)}${t('span', 'system', scene.card.price, `style="font-size:12.5px;color:${dark ? '#E3E6EB' : '#111'};font-weight:700"`)}</div></div></div>`
    : '';

const light = {
  dark: true, // white status-bar text over the black title bar (the page stays light)
  bg: '#F3F4F6', fg: '#222', titleBg: '#14171C', titleFg: '#FFFFFF', titleWeight: 600, titleH: 52, subFg: '#8A919C',
  selfBg: '#1F242C', selfFg: '#fff', otherBg: '#FFFFFF', otherFg: '#1a1a1a', radius: 12, pad: '9px 12px', tail: false,
  sepFg: '#A3A8B0', inputBg: '#FFFFFF', inputBorder: '#E9EAED', inputBoxBg: '#F3F4F6', iconFg: '#666', inputRadius: 18,
  buyerAvatar: ['我', '#5E7CE2'], merchantAvatar: ['盒', '#14171C'], avatarRadius: 20, avatarSize: 36,
  banner: pin(false),
};
const dark = {
  ...light, dark: true, bg: '#0D0F12', fg: '#ddd', titleBg: '#14171C', selfBg: '#34507A', otherBg: '#1E2229', otherFg: '#E3E6EB',
  sepFg: '#6F7682', inputBg: '#14171C', inputBorder: '#22262D', inputBoxBg: '#1E2229', iconFg: '#8A919C', merchantAvatar: ['盒', '#3B4250'],
  banner: pin(true),
};

export default {
  name: 'xiaoheihe-kefu',
  kind: 'chat',
  render: (scene) => phoneChat({ subtitle: '商城客服 · 工作时间 09:00-24:00', ...scene }, scene.dark ? dark : light),
};
