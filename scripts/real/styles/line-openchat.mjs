// A LINE 社群 (LINE OpenChat) room on a phone, as Taiwanese shops run them for 代儲 and point
// cards (Traditional Chinese): the title bar with the room's name and member count, the pinned
// 公告 strip under it (`scene.notice`), members' nicknames above their bubbles (the room shows
// nicknames, not friends' names; admins carry a 管理員 tag in the name), own green bubbles with
// 已讀 and the time outside, and the input bar. `scene.dark` gives LINE's dark theme. Built on the
// shared phone chat; layout reconstructed from the app, texts from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const light = {
  bg: '#7FA3C9', fg: '#111', titleBg: '#FFFFFF', titleFg: '#111', titleWeight: 700, titleBorder: '1px solid #E6E6E6',
  selfBg: '#86D97B', selfFg: '#111', otherBg: '#FFFFFF', otherFg: '#111', radius: 16, pad: '8px 12px',
  sepFg: '#FFFFFF', sepBg: '#00000030', inputBg: '#FFFFFF', inputBorder: '#DDDDDD', inputBoxBg: '#F2F2F2', iconFg: '#777', inputRadius: 18,
  avatarRadius: 20, avatarSize: 34, noSelfAvatar: true, showNames: true, nameFg: '#1d2d44', readMark: ['已讀', ''], readFg: '#1d2d44',
  back: '‹', more: '☰', subFg: '#8a8a8a', noticeBg: '#FFFFFF', noticeFg: '#222', noticeSub: '#06C755',
};
const dark = {
  ...light, bg: '#22262B', fg: '#eee', titleBg: '#1B1D21', titleFg: '#F1F1F1', titleBorder: '1px solid #2B2E33',
  selfBg: '#5BC46A', selfFg: '#0e160f', otherBg: '#34383E', otherFg: '#ECECEC', sepFg: '#D6D6D6', sepBg: '#FFFFFF1A',
  inputBg: '#1B1D21', inputBorder: '#2B2E33', inputBoxBg: '#2C3035', iconFg: '#9a9a9a', nameFg: '#B9C2CC', readFg: '#B9C2CC',
  subFg: '#8d949c', noticeBg: '#2A2D32', noticeFg: '#ECECEC', dark: true,
};

export default {
  name: 'line-openchat',
  kind: 'chat',
  render(scene) {
    const s = scene.dark ? dark : light;
    const skin = {
      ...s,
      banner: (sc) => (sc.notice
        ? `<div style="flex:none;background:${s.noticeBg};color:${s.noticeFg};padding:8px 14px;display:flex;gap:8px;align-items:flex-start;border-bottom:1px solid ${s.inputBorder};font-size:13px;line-height:1.45"><span style="flex:none;color:${s.noticeSub};font-weight:700">公告</span>${t('span', 'system', sc.notice)}<span style="flex:none;color:${s.subFg}">⌄</span></div>`
        : ''),
      extraCss: '.app{height:100vh}',
    };
    return phoneChat({ ...scene, subtitle: scene.members ? `成員 ${scene.members}` : scene.subtitle }, skin);
  },
};
