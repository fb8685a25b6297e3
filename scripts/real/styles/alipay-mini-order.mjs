// A 支付宝小程序 (Alipay mini program) 订单详情 page of a top-up / card shop, as the buyer sees it
// inside the Alipay app: the mini program's nav bar with the back arrow, the title left of centre
// and Alipay's capsule (··· | ⊙) on the right, a blue status band (status, a line under it), the
// goods card (thumbnail, title, spec, ¥price ×n), the 订单信息 card of label–value rows (订单编号 with
// 复制, 下单时间, 支付时间, 支付方式 "支付宝", 实付款), an optional 发货信息 card (what was delivered, codes
// masked) and 购买须知, the grey "服务由…小程序提供" line and the bottom buttons (联系客服, 申请退款 …).
// Light, or Alipay's dark mode (`scene.dark`). Layout reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'alipay-mini-order',
  kind: 'order',
  render(scene) {
    const d = Boolean(scene.dark);
    const o = scene.order;
    const acc = scene.accent ?? '#1677FF';
    const c = d
      ? { bg: '#0F0F0F', card: '#1B1B1B', fg: '#E3E3E3', sub: '#8C8C8C', line: '#2A2A2A', cap: '#262626', capB: '#3A3A3A', band: '#12345E' }
      : { bg: '#F5F5F5', card: '#FFFFFF', fg: '#333333', sub: '#999999', line: '#F2F2F2', cap: '#FFFFFF', capB: '#E0E0E0', band: acc };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.nav{height:44px;display:flex;align-items:center;position:relative;background:${d ? c.card : acc};color:${d ? c.fg : '#fff'};font-size:17px;font-weight:500}
.nav .b{font-size:24px;margin:0 10px 0 12px;line-height:1}
.cap{position:absolute;right:8px;top:7px;width:80px;height:30px;border-radius:15px;background:${d ? c.cap : '#ffffff33'};border:1px solid ${d ? c.capB : '#ffffff66'};display:flex;align-items:center;justify-content:space-around;font-size:14px;color:${d ? c.fg : '#fff'}}
.cap i{width:1px;height:16px;background:${d ? c.capB : '#ffffff77'}}
.band{background:${c.band};color:#fff;padding:14px 18px 30px}
.band .s{font-size:20px;font-weight:600}.band .p{font-size:12.5px;margin-top:6px;opacity:.9;line-height:1.5}
.card{margin:10px 12px 0;border-radius:10px;background:${c.card};padding:4px 14px}
.band + .card{margin-top:-18px}
.gd{display:flex;gap:10px;padding:12px 0}
.gd .th{flex:none;width:64px;height:64px;border-radius:6px;background:linear-gradient(135deg,${scene.cover ?? '#69b1ff,#1677ff'})}
.gd .ti{font-size:14px;line-height:1.4}.gd .sp{font-size:12px;color:${c.sub};margin-top:4px}
.gd .pr{margin-left:auto;text-align:right;flex:none;font-size:13.5px}.gd .pr div:last-child{color:${c.sub};font-size:12px;margin-top:3px}
.shop{font-size:13.5px;font-weight:600;padding:12px 0 0}
.ch{font-weight:600;font-size:14.5px;padding:12px 0 6px}
.r{display:flex;justify-content:space-between;gap:14px;padding:8px 0;border-top:1px solid ${c.line};font-size:13.5px}
.r:first-of-type{border-top:0}
.r .k{color:${c.sub};flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.r .v.money{color:#FF5000;font-weight:600}
.cp{font-size:11px;color:${acc};border:1px solid ${acc};border-radius:3px;padding:0 4px;margin-left:6px}
.nt{font-size:12.5px;color:${c.sub};line-height:1.7;padding:2px 0 10px}
.by{text-align:center;color:${c.sub};font-size:11.5px;margin:14px 0 90px}
.bar{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};display:flex;justify-content:flex-end;gap:10px;padding:10px 14px ${scene._device.os === 'ios' ? 28 : 12}px}
.bar span{border:1px solid ${d ? '#444' : '#D9D9D9'};border-radius:16px;padding:6px 15px;font-size:13.5px}
.bar span.pri{background:${acc};border-color:${acc};color:#fff}
`;
    const rows = (list) => list.map(([k, v, cls]) => `<div class="r">${t('span', 'label', k, 'class="k"')}<span class="v ${cls === 'copy' ? '' : cls ?? ''}">${t('span', 'value', v)}${cls === 'copy' ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `${topBar(scene, { bg: d ? c.card : acc, dark: true })}<div class="nav"><span class="b">‹</span>${t('span', 'title', scene.title ?? '订单详情')}<span class="cap">···<i></i>⊙</span></div>
<div class="band">${t('div', 'status', o.status, 'class="s"')}${o.hint ? t('div', 'body', o.hint, 'class="p"') : ''}</div>
<div class="card">${o.shop ? t('div', 'label', o.shop, 'class="shop"') : ''}<div class="gd"><div class="th"></div><div>${t('div', 'value', o.product, 'class="ti"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}</div><div class="pr">${t('div', 'value', o.price)}<div>×${o.qty ?? 1}</div></div></div></div>
<div class="card">${t('div', 'title', '订单信息', 'class="ch"')}${rows(o.info)}</div>
${o.delivery ? `<div class="card">${t('div', 'title', o.deliveryTitle ?? '发货信息', 'class="ch"')}${rows(o.delivery)}</div>` : ''}
${o.note ? `<div class="card">${t('div', 'title', o.noteTitle ?? '购买须知', 'class="ch"')}${o.note.map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div>` : ''}
<div class="by">服务由「${scene.mini ?? o.shop ?? ''}」小程序提供</div>
<div class="bar">${(o.buttons ?? ['联系客服']).map((b, i, a) => t('span', 'button', b, i === a.length - 1 ? 'class="pri"' : '')).join('')}</div>`;
    return page(css, body);
  },
};
