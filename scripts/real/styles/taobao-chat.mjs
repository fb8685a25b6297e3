// Taobao 旺旺 / 千牛 chat: orange buyer bubbles, white shop bubbles, order cards, image bubbles,
// a shop banner under the title. `scene.self = 'merchant'` renders the seller's 千牛 view
// (buyer on the left, still orange-tinted).
import { phoneChat } from '../lib/chat.mjs';
import { esc, t } from '../lib/common.mjs';

const skin = {
  bg: '#F4F4F4', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 600, titleBorder: '1px solid #eee',
  selfBg: '#FF7A2F', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#222', radius: 10, pad: '9px 12px',
  sepFg: '#999', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F4F4F4', iconFg: '#666', inputRadius: 18,
  buyerAvatar: ['买', '#ffb27a'], merchantAvatar: ['淘', '#ff5000'], avatarRadius: 20, avatarSize: 36,
  back: '‹', more: '⋯',
  banner: (scene) =>
    scene.banner
      ? `<div style="background:#FFF6EE;color:#A15A1F;font-size:12px;padding:7px 14px;display:flex;justify-content:space-between">${t('span', 'system', scene.banner)}<span style="color:#FF5000">${esc('进店 ›')}</span></div>`
      : '',
};
const sellerSkin = { ...skin, selfBg: '#E8F1FF', selfFg: '#1a1a1a', otherBg: '#FFE9DC', otherFg: '#222', merchantAvatar: ['我', '#2f7cf6'], buyerAvatar: ['买', '#ff8a3d'] };

export default {
  name: 'taobao-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.self === 'merchant' ? sellerSkin : skin),
};
