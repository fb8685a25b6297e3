// Dcard 私訊 (Taiwan, phone app): the white (or dark, `scene.dark`) title bar with the other
// card holder's 卡稱 and school line, the grey safety notice at the top, round-cornered bubbles
// with the time inside (own in Dcard blue with white text, others light grey under the small
// round avatar), "已讀" beside own messages, centred date lines and the input bar (輸入訊息).
// Layout reconstructed from the app; texts from the scene.
import { phoneChat } from '../lib/chat.mjs';

const light = {
  bg: '#FFFFFF', fg: '#1a1a1a', titleBg: '#FFFFFF', titleFg: '#1a1a1a', titleWeight: 700, titleBorder: '1px solid #ececec', subFg: '#8c8c8c',
  selfBg: '#0B6FB0', selfFg: '#FFFFFF', otherBg: '#F0F1F3', otherFg: '#1a1a1a', radius: 18, pad: '9px 13px', fontSize: 15.5,
  sepFg: '#8c8c8c', sepBg: '#F3F3F3', inputBg: '#FFFFFF', inputBorder: '#ececec', inputBoxBg: '#F3F4F6', iconFg: '#0B6FB0', inputRadius: 18,
  buyerAvatar: ['我', '#9aa9b8'], merchantAvatar: ['卡', '#6c8fb5'], avatarRadius: 16, avatarSize: 32, noSelfAvatar: true,
  inTime: true, readMark: ['已讀', ''], readFg: '#8c8c8c', back: '‹', more: '⋯',
  inputHtml: '<div class="ic" style="border-radius:6px"></div><div class="box" style="display:flex;align-items:center;padding:0 14px;color:#9a9a9a;font-size:14px">輸入訊息</div><div style="color:#0B6FB0;font-size:15px;font-weight:600">傳送</div>',
};
const dark = {
  ...light, dark: true, bg: '#161719', fg: '#e8e8e8', titleBg: '#1f2023', titleFg: '#f0f0f0', titleBorder: '1px solid #2c2d31', subFg: '#9b9ca1',
  otherBg: '#2b2d31', otherFg: '#e8e8e8', selfBg: '#1C7FC2', sepFg: '#a0a0a5', sepBg: '#242528', inputBg: '#1f2023', inputBorder: '#2c2d31', inputBoxBg: '#2b2d31',
  inputHtml: light.inputHtml.replace('#9a9a9a', '#8a8a8f'),
};

export default {
  name: 'dcard-chat',
  kind: 'chat',
  render: (scene) => phoneChat(scene, scene.dark ? { ...dark } : { ...light }),
};
