// 得物 (Dewu / Poizon) 在线客服 on a phone: the white title bar "得物客服" (or the shop's name for a
// 商家客服 chat) with a grey line under it, the order card pinned on top (picture, title, ¥price, 订单号,
// the state), a light grey page, the buyer's bubbles in 得物 teal with white text, the service's white
// bubbles with the agent's name above them (the 小得 assistant, then a human agent), round avatars,
// centred grey times and system notices ("客服 xx 为您服务"), the quick-question chips and the input
// bar. Light, or the app's dark theme (`scene.dark`). Layout reconstructed; texts from the scene.
import { phoneChat } from '../lib/chat.mjs';
import { t } from '../lib/common.mjs';

const TEAL = '#01C2C3';
const light = {
  bg: '#F5F5F9', fg: '#14151A', titleBg: '#FFFFFF', titleFg: '#14151A', titleWeight: 600, titleSize: 16.5, subFg: '#7F7F8E',
  titleBorder: '1px solid #F1F1F5', selfBg: TEAL, selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#14151A', radius: 10,
  pad: '9px 12px', sepFg: '#A1A1B3', inputBg: '#FFFFFF', inputBorder: '#F1F1F5', inputBoxBg: '#F5F5F9', iconFg: '#7F7F8E',
  inputRadius: 18, avatarRadius: 20, avatarSize: 36, back: '‹', more: '···', showNames: true, nameFg: '#A1A1B3',
  stripBg: '#FFFFFF', chipBg: '#FFFFFF',
};
const dark = {
  ...light, dark: true, bg: '#101010', fg: '#E6E6E6', titleBg: '#1A1A1A', titleFg: '#EDEDED', titleBorder: '1px solid #262626',
  selfBg: '#0A9FA0', otherBg: '#242424', otherFg: '#E0E0E0', sepFg: '#6E6E7A', inputBg: '#1A1A1A', inputBorder: '#262626',
  inputBoxBg: '#262626', iconFg: '#999', stripBg: '#1A1A1A', chipBg: '#242424', nameFg: '#777',
};

export default {
  name: 'dewu-chat',
  kind: 'chat',
  render(scene) {
    const s = scene.dark ? dark : light;
    const it = scene.item;
    const chips = (scene.chips ?? ['查询物流', '申请售后', '催发货', '转人工']).map((q) => `<span class="chip">${q}</span>`).join('');
    return phoneChat(scene, {
      ...s,
      buyerAvatar: ['我', '#9AA0AE'],
      merchantAvatar: ['得', '#14151A'],
      banner: () => it
        ? `<div style="background:${s.stripBg};margin:8px 10px 0;border-radius:8px;padding:10px;display:flex;gap:10px;align-items:center">
<div style="width:48px;height:48px;border-radius:4px;background:${scene.dark ? '#2A2A2A' : '#F5F5F9'};flex:none;display:flex;align-items:center;justify-content:center"><i style="width:28px;height:20px;border-radius:3px;background:linear-gradient(135deg,${it.cover ?? '#6b7280,#111827'})"></i></div>
<div style="flex:1;min-width:0">${t('div', 'system', it.title, `style="font-size:13px;color:${s.fg};white-space:nowrap;overflow:hidden;text-overflow:ellipsis"`)}
${t('div', 'system', it.order, `style="font-size:11.5px;color:${s.subFg};margin-top:3px"`)}
${t('div', 'system', it.price, `style="font-size:14px;color:${s.fg};font-weight:700;margin-top:2px"`)}</div>
${t('div', 'status', it.status, `style="font-size:12px;color:${TEAL};flex:none"`)}</div>`
        : '',
      inputHtml: `<div style="flex:1;display:flex;flex-direction:column;gap:8px"><div style="display:flex;gap:8px;font-size:12px">${chips}</div><div style="display:flex;gap:8px;align-items:center"><div class="box"></div><div class="ic"></div><div class="ic"></div></div></div>`,
      extraCss: `.chip{border-radius:12px;padding:4px 10px;color:${s.fg};background:${s.chipBg};border:1px solid ${s.inputBorder}}
.notice span{background:${scene.dark ? '#1F1F1F' : '#ECECF2'};padding:4px 10px;border-radius:10px}`,
    });
  },
};
