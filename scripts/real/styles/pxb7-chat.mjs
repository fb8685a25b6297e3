// 螃蟹账号 (pxb7) 交易聊天 (Android / iOS): a white title bar with the other side's name and a small
// orange role tag, the order card pinned under it (商品, 订单编号, 状态), the platform's grey safety
// notice, light-grey background, orange own bubbles and white others, round avatars; `scene.dark`
// gives the dark theme. Layout reconstructed from the app's look; the pinned card's fields are the
// scene's (`scene.pin`: { title, price, order, status }).
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const light = {
  bg: '#F4F5F7', fg: '#1a1a1a', titleBg: '#FFFFFF', titleFg: '#1a1a1a', titleWeight: 600, titleSize: 17, titleBorder: '1px solid #EEE',
  selfBg: '#FF6A2C', selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#1a1a1a', radius: 12, pad: '9px 12px',
  sepFg: '#9A9DA4', inputBg: '#FFFFFF', inputBorder: '#EEE', inputBoxBg: '#F4F5F7', iconFg: '#9A9DA4', inputRadius: 18,
  merchantAvatar: ['蟹', '#FF6A2C'], buyerAvatar: ['我', '#5B8DEF'], avatarRadius: 20, avatarSize: 38, maxW: 236, fontSize: 15.5,
  subFg: '#FF6A2C', pinBg: '#FFFFFF', pinFg: '#1a1a1a', pinSub: '#8A8F99', noteBg: '#FFF4EC', noteFg: '#B25A1E',
};
const dark = {
  ...light, dark: true, bg: '#121317', fg: '#E8E8EA', titleBg: '#1C1D22', titleFg: '#EEE', titleBorder: '1px solid #26272d',
  selfBg: '#E05A20', otherBg: '#26272D', otherFg: '#E8E8EA', sepFg: '#7D808A', inputBg: '#1C1D22', inputBorder: '#26272d', inputBoxBg: '#26272D',
  pinBg: '#1C1D22', pinFg: '#E8E8EA', pinSub: '#8A8F99', noteBg: '#2A2019', noteFg: '#E0A070',
};

function banner(skin) {
  return (scene) => {
    const p = scene.pin;
    if (!p) return '';
    return `<div style="background:${skin.pinBg};color:${skin.pinFg};padding:10px 12px;display:flex;gap:10px;border-bottom:1px solid ${skin.dark ? '#26272d' : '#EEE'}">
<div style="flex:none;width:54px;height:54px;border-radius:6px;background:linear-gradient(135deg,#ffb36b,#e0531c)"></div>
<div style="flex:1;min-width:0;font-size:13px;line-height:1.45">${t('div', 'value', p.title, 'style="font-size:14px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis"')}
<div style="display:flex;justify-content:space-between;gap:8px">${t('span', 'value', p.order, `style="color:${skin.pinSub}"`)}${t('span', 'status', p.status, 'style="color:#FF6A2C;white-space:nowrap"')}</div>
${t('div', 'value', p.price, 'style="color:#FF6A2C;font-weight:600"')}</div></div>
${scene.notice ? `<div style="background:${skin.noteBg};color:${skin.noteFg};font-size:12px;line-height:1.5;padding:6px 12px">${t('span', 'system', scene.notice)}</div>` : ''}`;
  };
}

export default {
  name: 'pxb7-chat',
  kind: 'chat',
  render: (scene) => {
    const skin = scene.dark ? dark : light;
    return phoneChat(scene, { ...skin, banner: banner(skin) });
  },
};
