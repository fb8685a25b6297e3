// 小红书 (Xiaohongshu/RED) 私信 chat (Android/iOS): white page, a centred title with the shop's
// name and a small "商家" tag line under it, round avatars on both sides, light-grey (#F5F5F5)
// bubbles for the other side, RED-red (#FF2442) own bubbles with white text, grey centred times,
// the bottom bar with a rounded "发消息…" field, emoji and plus icons. Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';

export default {
  name: 'xiaohongshu-chat',
  kind: 'chat',
  render(scene) {
    return phoneChat(scene, {
      bg: '#FFFFFF', fg: '#333', titleBg: '#FFFFFF', titleFg: '#333', titleWeight: 600, titleSize: 16,
      titleBorder: '1px solid #F0F0F0', subFg: '#999',
      selfBg: '#FF2442', selfFg: '#FFFFFF', otherBg: '#F5F5F5', otherFg: '#333', radius: 16, pad: '9px 13px',
      sepFg: '#B4B4B4', inputBg: '#FFFFFF', inputBorder: '#F0F0F0', inputBoxBg: '#F5F5F5', inputRadius: 18, iconFg: '#333',
      buyerAvatar: ['薯', '#F7B5BE'], merchantAvatar: ['店', '#FF2442'], avatarRadius: 20, avatarSize: 38,
      back: '‹', more: '···', maxW: 236, fontSize: 15,
      cardBg: '#F5F5F5',
      extraCss: '.right .bub{border-top-right-radius:4px}.left .bub{border-top-left-radius:4px}.sep span{font-size:11.5px}',
      inputHtml: '<div class="box"></div><div class="ic"></div><div class="ic"></div>',
    });
  },
};
