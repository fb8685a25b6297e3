// 百度贴吧 私信 (Baidu Tieba private message, Android / iOS app): white title bar with "‹", the
// other user's name and a "···" menu, the grey-white page, round avatars on both sides, own
// bubbles in Tieba blue with white text, others white; centred grey time lines; under the title the
// app's yellow safety strip (`scene.notice`, truth: it is on screen). `scene.dark` gives the app's
// night mode (夜间模式: near-black page, dim blue bubbles). Layout reconstructed from the app.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const light = {
  bg: '#F5F6F8', fg: '#141414', titleBg: '#FFFFFF', titleFg: '#141414', titleWeight: 600, titleSize: 17, titleBorder: '1px solid #EEEEEE',
  selfBg: '#3385FF', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#141414', radius: 14, pad: '9px 13px', fontSize: 15.5,
  sepFg: '#A2A6AE', inputBg: '#FFFFFF', inputBorder: '#EEEEEE', inputBoxBg: '#F3F4F6', iconFg: '#8A8E96', inputRadius: 18,
  avatarRadius: 20, avatarSize: 38, buyerAvatar: ['吧', '#7fa7e0'], merchantAvatar: ['卡', '#e0913a'], maxW: 246, more: '···',
};
const dark = {
  ...light, dark: true, bg: '#0F0F12', fg: '#B8BCC4', titleBg: '#18181C', titleFg: '#C9CCD2', titleBorder: '1px solid #222228',
  selfBg: '#2A5CA8', selfFg: '#D8E4F8', otherBg: '#202026', otherFg: '#B8BCC4', sepFg: '#63666E',
  inputBg: '#18181C', inputBorder: '#222228', inputBoxBg: '#24242A', iconFg: '#5A5E66',
};

export default {
  name: 'tieba-pm',
  kind: 'chat',
  render(scene) {
    const k = scene.dark ? dark : light;
    const skin = {
      ...k,
      banner: (s) => (s.notice
        ? `<div style="background:${s.dark ? '#2A2416' : '#FFF7E0'};color:${s.dark ? '#B59A5E' : '#9A6B00'};font-size:12.5px;line-height:1.5;padding:7px 14px;flex:none">${t('span', 'system', s.notice)}</div>`
        : ''),
    };
    return phoneChat(scene, skin);
  },
};
