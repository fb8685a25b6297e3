// 得物 (Dewu / Poizon) app 订单详情 of a virtual good (游戏点卡, 会员兑换码, 直充): a plain white page in
// 得物's black-and-white look, the back arrow and a "···" on top, the order's state in large black
// type with a grey line under it (预计发货时间 / 已发货 / 交易成功), the teal "虚拟商品" notice, the
// goods card (square grey picture, title, spec, ¥price), the price rows (商品金额, 实付款 in bold), the
// 订单信息 list (订单编号 with 复制, 创建时间, 支付时间, 支付方式, 发货时间 …), an optional 卡密信息 block
// (masked) and the bottom bar of outlined buttons with the last one filled black (联系客服 / 申请退款
// / 确认收货). Light, or the app's dark theme (`scene.dark`). Layout reconstructed from the app;
// texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'dewu-order',
  kind: 'order',
  render(scene) {
    const d = Boolean(scene.dark);
    const o = scene.order;
    const c = d
      ? { bg: '#101010', card: '#1A1A1A', fg: '#EDEDED', sub: '#8A8A8A', line: '#2A2A2A', pic: '#2A2A2A', btn: '#EDEDED', btnFg: '#111' }
      : { bg: '#F5F5F9', card: '#FFFFFF', fg: '#14151A', sub: '#7F7F8E', line: '#F1F1F5', pic: '#F5F5F9', btn: '#14151A', btnFg: '#fff' };
    const teal = '#01C2C3';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px;font-family:"Noto Sans CJK SC",sans-serif}
.nav{height:44px;display:flex;align-items:center;justify-content:space-between;padding:0 14px;background:${c.card};font-size:22px}
.nav .m{font-size:18px;letter-spacing:1px}
.st{background:${c.card};padding:6px 18px 16px}
.st .s{font-size:22px;font-weight:700}.st .p{font-size:12.5px;color:${c.sub};margin-top:6px;line-height:1.5}
.vt{margin:10px 12px 0;border-radius:6px;background:${d ? '#0E2A2A' : '#E9FAFA'};color:${d ? '#6FD8D8' : '#00979A'};font-size:12.5px;padding:8px 12px;line-height:1.55}
.card{margin:10px 12px 0;border-radius:6px;background:${c.card};padding:4px 14px}
.gd{display:flex;gap:12px;padding:14px 0}
.gd .th{flex:none;width:72px;height:72px;border-radius:2px;background:${c.pic};display:flex;align-items:center;justify-content:center}
.gd .th i{width:40px;height:28px;border-radius:4px;background:linear-gradient(135deg,${scene.cover ?? '#6b7280,#111827'})}
.gd .ti{font-size:14px;line-height:1.45}.gd .sp{font-size:12px;color:${c.sub};margin-top:5px}
.gd .pr{font-size:15px;font-weight:700;margin-top:6px}
.ch{font-weight:600;font-size:14.5px;padding:12px 0 6px}
.r{display:flex;justify-content:space-between;gap:14px;padding:8px 0;font-size:13px}
.r .k{color:${c.sub};flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.r .v.pay{font-weight:700;font-size:15px}
.cp{font-size:11px;color:${c.sub};border:1px solid ${c.line};border-radius:2px;padding:0 4px;margin-left:6px}
.nt{font-size:12.5px;color:${c.sub};line-height:1.7;padding:2px 0 10px}
.sp0{height:80px}
.bar{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};display:flex;justify-content:flex-end;gap:10px;padding:10px 14px ${scene._device.os === 'ios' ? 28 : 12}px}
.bar span{border:1px solid ${d ? '#555' : '#C8C8D0'};border-radius:2px;padding:7px 14px;font-size:13.5px}
.bar span.pri{background:${c.btn};border-color:${c.btn};color:${c.btnFg}}
`;
    const rows = (list) => list.map(([k, v, cls]) => `<div class="r">${t('span', 'label', k, 'class="k"')}<span class="v ${cls === 'copy' ? '' : cls ?? ''}">${t('span', 'value', v)}${cls === 'copy' ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `${topBar(scene, { bg: c.card, dark: d })}<div class="nav"><span>‹</span><span class="m">···</span></div>
<div class="st">${t('div', 'status', o.status, 'class="s"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="p"') : ''}</div>
${o.notice ? t('div', 'body', o.notice, `class="vt" style="border-left:3px solid ${teal}"`) : ''}
<div class="card"><div class="gd"><div class="th"><i></i></div><div>${t('div', 'value', o.product, 'class="ti"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}${t('div', 'value', o.price, 'class="pr"')}</div></div>
${rows(o.money ?? [])}</div>
<div class="card">${t('div', 'title', '订单信息', 'class="ch"')}${rows(o.info)}</div>
${o.secret ? `<div class="card">${t('div', 'title', o.secretTitle ?? '卡密信息', 'class="ch"')}${rows(o.secret)}</div>` : ''}
${o.note ? `<div class="card">${t('div', 'title', o.noteTitle ?? '购买须知', 'class="ch"')}${o.note.map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div>` : ''}
<div class="sp0"></div>
<div class="bar">${(o.buttons ?? ['联系客服']).map((b, i, a) => t('span', 'button', b, i === a.length - 1 ? 'class="pri"' : '')).join('')}</div>`;
    return page(css, body);
  },
};
