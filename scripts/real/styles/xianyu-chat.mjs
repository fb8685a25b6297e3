// Xianyu (闲鱼) chat: yellow self bubbles (#FFE60F) with dark text, white other bubbles, an item
// strip under the title with price and 状态, round avatars.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const skin = {
  bg: '#F6F6F6', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 600,
  selfBg: '#FFE60F', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', radius: 12, pad: '9px 13px',
  sepFg: '#A0A0A0', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F3F3F3', iconFg: '#444', inputRadius: 18,
  buyerAvatar: ['🐟', '#ffe98a'], merchantAvatar: ['闲', '#444'], avatarRadius: 20, avatarSize: 38,
  banner: (scene) =>
    scene.item
      ? `<div style="background:#fff;margin:0 0 2px;padding:8px 12px;display:flex;gap:10px;align-items:center;border-top:1px solid #f0f0f0">
<div style="width:44px;height:44px;border-radius:6px;background:linear-gradient(135deg,#9ad0ff,#3d7bd9);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'system', scene.item.title, 'style="font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis"')}${t('div', 'system', scene.item.price, 'style="font-size:14px;color:#FF4400;font-weight:600;margin-top:2px"')}</div>
${t('div', 'status', scene.item.status, 'style="font-size:12px;color:#111;background:#FFE60F;border-radius:14px;padding:5px 12px;flex:none"')}</div>`
      : '',
};

export default {
  name: 'xianyu-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skin),
};
