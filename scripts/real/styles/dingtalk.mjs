// DingTalk (钉钉) chat: light grey page, blue own bubbles with white text and a 已读 / 未读 mark
// beside them, white other bubbles, round avatars that show the person's name in two
// characters, names over the other side's messages.
import { phoneChat } from '../lib/chat.mjs';

const skin = {
  bg: '#F2F3F5', fg: '#171A1D', titleBg: '#FFFFFF', titleFg: '#171A1D', titleWeight: 600, titleBorder: '1px solid #ebebeb',
  selfBg: '#3296FA', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#171A1D', radius: 8, pad: '9px 12px',
  sepFg: '#A2A3A4', inputBg: '#FFFFFF', inputBorder: '#EBEBEB', inputBoxBg: '#F2F3F5', iconFg: '#555', inputRadius: 6,
  buyerAvatar: ['小林', '#5C8DF6'], merchantAvatar: ['客服', '#FF943E'], avatarRadius: 20, avatarSize: 38,
  showNames: true, nameFg: '#A2A3A4', readMark: ['已读', '未读'], readFg: '#3296FA', back: '‹', more: '···',
  extraCss: '.row>div:first-child{font-size:12px!important}',
};

export default {
  name: 'dingtalk',
  kind: 'chat',
  render: (scene) => phoneChat(scene, skin),
};
