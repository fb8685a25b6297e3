// 转转 (Zhuanzhuan, a second-hand marketplace) chat on a phone: a white title bar with the other
// side's name and a grey "转转号" line, the goods strip under it (picture, title, red price, the
// order's state and a red-outlined 官方验 tag when the listing carries one), a light grey page,
// the buyer's own bubbles in 转转 red with white text, the seller's white bubbles, round avatars,
// centred grey times and system notices in a white pill, and the input bar with the "+" and the
// quick-reply row (`scene.quick`). Light, or the app's dark mode (`scene.dark`). Layout
// reconstructed from the app; the texts come from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const RED = '#FF4D3A';
const light = {
  bg: '#F4F4F4', fg: '#222', titleBg: '#FFFFFF', titleFg: '#222', titleWeight: 600, titleSize: 16.5, subFg: '#999',
  selfBg: RED, selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#222', radius: 14, pad: '9px 13px',
  sepFg: '#A3A3A3', inputBg: '#FFFFFF', inputBorder: '#EEEEEE', inputBoxBg: '#F4F4F4', iconFg: '#555', inputRadius: 18,
  avatarRadius: 20, avatarSize: 38, back: '‹', more: '···', stripBg: '#FFFFFF', stripLine: '#F0F0F0', noteBg: '#FFFFFF',
};
const dark = {
  ...light, dark: true, bg: '#121212', fg: '#DDD', titleBg: '#1C1C1C', titleFg: '#E6E6E6', subFg: '#777',
  selfBg: '#D9402F', selfFg: '#FFF', otherBg: '#2A2A2A', otherFg: '#DDD', sepFg: '#6E6E6E', inputBg: '#1C1C1C',
  inputBorder: '#2A2A2A', inputBoxBg: '#2A2A2A', iconFg: '#AAA', stripBg: '#1C1C1C', stripLine: '#262626', noteBg: '#242424',
};

export default {
  name: 'zhuanzhuan-chat',
  kind: 'chat',
  render(scene) {
    const s = scene.dark ? dark : light;
    const it = scene.item;
    const quick = (scene.quick ?? ['发货了吗', '可以便宜吗', '查看订单']).map((q) => `<span class="qk">${q}</span>`).join('');
    return phoneChat(scene, {
      ...s,
      buyerAvatar: ['转', '#f3b4a8'],
      merchantAvatar: ['卖', '#5B7BA8'],
      banner: () => it
        ? `<div style="background:${s.stripBg};border-top:1px solid ${s.stripLine};padding:9px 12px;display:flex;gap:10px;align-items:center">
<div style="width:46px;height:46px;border-radius:6px;background:linear-gradient(135deg,#ffcf9a,#ff6a4d);flex:none"></div>
<div style="flex:1;min-width:0">${t('div', 'system', it.title, `style="font-size:13px;color:${s.fg};white-space:nowrap;overflow:hidden;text-overflow:ellipsis"`)}
<div style="display:flex;align-items:center;gap:6px;margin-top:3px">${t('span', 'system', it.price, `style="font-size:15px;color:${RED};font-weight:700"`)}${it.verified ? `<span style="font-size:10.5px;color:${RED};border:1px solid ${RED};border-radius:3px;padding:0 3px">官方验</span>` : ''}</div></div>
${t('div', 'status', it.status, `style="font-size:12.5px;color:${RED};border:1px solid ${RED};border-radius:14px;padding:4px 11px;flex:none"`)}</div>`
        : '',
      inputHtml: `<div style="flex:1;display:flex;flex-direction:column;gap:8px"><div style="display:flex;gap:8px;font-size:12px">${quick}</div><div style="display:flex;gap:8px;align-items:center"><div class="ic"></div><div class="box"></div><div class="ic"></div><div class="ic"></div></div></div>`,
      extraCss: `.qk{border:1px solid ${s.inputBorder};border-radius:12px;padding:3px 9px;color:${s.fg};background:${s.inputBoxBg}}
.notice span{background:${s.noteBg};padding:4px 10px;border-radius:10px}`,
    });
  },
};
