// LINE chat: blue-grey page, green own bubbles with the time and "既読" / "Read" outside on
// their left, white other bubbles under the other side's round avatar and name.
import { phoneChat } from '../lib/chat.mjs';

const skin = {
  bg: '#8CABD9', fg: '#111', titleBg: '#8CABD9', titleFg: '#111', titleWeight: 600,
  selfBg: '#86D97B', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', radius: 16, pad: '8px 12px',
  sepFg: '#FFFFFF', sepBg: '#00000026', inputBg: '#FFFFFF', inputBorder: '#DDDDDD', inputBoxBg: '#F2F2F2', iconFg: '#666', inputRadius: 18,
  buyerAvatar: ['M', '#aab'], merchantAvatar: ['S', '#3a7'], avatarRadius: 20, avatarSize: 36, noSelfAvatar: true,
  showNames: true, nameFg: '#203050', readMark: ['Read', ''], readFg: '#203050', back: '‹', more: '≡',
};

export default {
  name: 'line-chat',
  kind: 'chat',
  // `scene.readMark` gives the read mark of another UI language (e.g. ['已讀', ''])
  render: (scene) => phoneChat(scene, scene.readMark ? { ...skin, readMark: scene.readMark } : skin),
};
