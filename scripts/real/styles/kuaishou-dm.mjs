// 快手私信 (Kuaishou direct message with a 快手小店 seller): white title bar with the shop's name
// and an orange "商家" tag line, a goods card pinned under it, round avatars, own bubbles in
// Kuaishou orange with white text, the other side's in light grey, centred grey times, and the
// input bar "发消息…" with emoji and plus icons. `scene.dark` gives the dark theme. Layout
// reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { esc } from '../lib/common.mjs';

const goods = (scene) => (scene.item
  ? `<div style="display:flex;gap:10px;align-items:center;margin:8px 12px 2px;padding:9px 10px;border-radius:10px;background:${scene.dark ? '#23242A' : '#FFF6F1'}">
<div style="width:46px;height:46px;border-radius:6px;background:linear-gradient(135deg,#FF7A00,#FF3B30);flex:none"></div>
<div style="flex:1;min-width:0"><div data-role="value" style="font-size:13px;line-height:1.35;overflow-wrap:anywhere">${esc(scene.item.title)}</div>
<div data-role="value" style="font-size:14px;color:#FF4906;font-weight:600;margin-top:3px">${esc(scene.item.price)}</div></div>
<div style="font-size:12px;color:#FF4906;border:1px solid #FF4906;border-radius:12px;padding:2px 8px;flex:none">${esc(scene.item.action ?? '去看看')}</div></div>`
  : '');

const light = {
  bg: '#F7F7F7', fg: '#222', titleBg: '#FFFFFF', titleFg: '#222', titleWeight: 600, titleSize: 16.5, titleBorder: '1px solid #EFEFEF',
  selfBg: '#FF5A1F', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#222', radius: 14, pad: '9px 12px',
  sepFg: '#A3A3A3', inputBg: '#FFFFFF', inputBorder: '#EFEFEF', inputBoxBg: '#F3F3F3', iconFg: '#333', inputRadius: 18,
  buyerAvatar: ['我', '#8C9EFF'], merchantAvatar: ['店', '#FF7A00'], avatarRadius: 20, avatarSize: 38,
  subFg: '#FF4906', back: '‹', more: '···', banner: goods,
};
const dark = {
  ...light, dark: true, bg: '#121317', fg: '#E6E6E6', titleBg: '#17181C', titleFg: '#E6E6E6', titleBorder: '1px solid #24252B',
  otherBg: '#26272D', otherFg: '#E6E6E6', sepFg: '#7B7C82', inputBg: '#17181C', inputBorder: '#24252B', inputBoxBg: '#26272D', iconFg: '#C9C9CC',
};

export default {
  name: 'kuaishou-dm',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
