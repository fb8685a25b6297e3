// 微店 (weidian.com) buyer-side chat with a shop (the 微店 app or its WeChat page): white title bar
// with the shop's name and a 「进店」 link, the goods strip the chat was opened from (picture, title,
// price in 微店 red, a 「发送」 pill), grey page, 微店-red own bubbles with white text, white other
// bubbles, round avatars, grey centred times and notices; `scene.dark` gives the dark theme.
// Layout reconstructed from the app's look (helper b32); `scene.item` { title, price, note? }.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const strip = (dark) => (scene) =>
  scene.item
    ? `<div style="background:${dark ? '#1C1C1E' : '#fff'};margin:8px 10px 0;border-radius:10px;padding:9px 11px;display:flex;gap:10px;align-items:center">
<div style="width:52px;height:52px;border-radius:6px;background:linear-gradient(135deg,#ffd0c9,#f0453a);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'system', scene.item.title, `style="font-size:13px;line-height:1.38;color:${dark ? '#ddd' : '#222'}"`)}<div style="display:flex;gap:8px;align-items:baseline;margin-top:3px">${t('span', 'system', scene.item.price, 'style="font-size:14.5px;color:#F2382B;font-weight:700"')}${scene.item.note ? t('span', 'system', scene.item.note, `style="font-size:11.5px;color:${dark ? '#999' : '#888'}"`) : ''}</div></div>
<span style="font-size:12px;color:#fff;background:#F2382B;border-radius:12px;padding:3px 11px;flex:none">发送</span></div>`
    : '';

const light = {
  bg: '#F2F2F4', fg: '#222', titleBg: '#FFFFFF', titleFg: '#1a1a1a', titleWeight: 600, titleH: 48, titleBorder: '1px solid #EEE',
  selfBg: '#F2382B', selfFg: '#fff', otherBg: '#FFFFFF', otherFg: '#222', radius: 12, pad: '9px 12px', tail: false,
  sepFg: '#9A9A9A', inputBg: '#FAFAFA', inputBorder: '#E8E8E8', inputBoxBg: '#FFFFFF', iconFg: '#777', inputRadius: 6,
  buyerAvatar: ['我', '#8FA9C6'], merchantAvatar: ['店', '#F2382B'], avatarRadius: 20, avatarSize: 38, subFg: '#999', more: '进店',
  banner: strip(false),
};
const dark = {
  ...light, dark: true, bg: '#000000', fg: '#ddd', titleBg: '#161618', titleFg: '#EAEAEA', titleBorder: '1px solid #222',
  selfBg: '#C8342A', otherBg: '#232325', otherFg: '#E2E2E2', sepFg: '#808080',
  inputBg: '#161618', inputBorder: '#262628', inputBoxBg: '#2A2A2C', iconFg: '#999', banner: strip(true),
};

export default {
  name: 'weidian-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? dark : light),
};
