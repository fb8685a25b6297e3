// 闲鱼 订单详情 (Xianyu order details): yellow gradient header with the order's status in large
// type and a line under it, the seller row, the item card (picture, title, price), the order
// facts (订单编号 with 复制, 支付宝交易号, 创建时间, 付款时间, 实付款) and the bottom buttons.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'xianyu-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const css = `
body{background:#F6F6F6;color:#111}
.top{background:linear-gradient(180deg,#FFE60F,#FFF0A0 75%,#F6F6F6)}
.hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative}
.hd .b{position:absolute;left:14px;font-size:22px}
.st{padding:10px 18px 22px}.st1{font-size:22px;font-weight:700}.st2{font-size:13px;color:#555;margin-top:6px;line-height:1.5}
.card{margin:0 12px 10px;background:#fff;border-radius:12px;padding:12px 14px}
.sel{display:flex;align-items:center;gap:8px;font-size:14px;font-weight:600;margin-bottom:10px}
.av{width:24px;height:24px;border-radius:12px;background:#ffd34d}
.it{display:flex;gap:10px}.pic{width:76px;height:76px;border-radius:8px;background:linear-gradient(135deg,#9ad0ff,#3d7bd9);flex:none}
.tt{font-size:14px;line-height:1.4}.pr{font-size:16px;color:#FF4400;font-weight:700;margin-top:8px}
.row{display:flex;justify-content:space-between;gap:12px;padding:8px 0;font-size:13.5px}
.k{color:#999;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.cp{font-size:11px;border:1px solid #ddd;border-radius:10px;padding:1px 7px;margin-left:6px;color:#666}
.foot{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid #eee}
.foot span{border:1px solid #ccc;border-radius:16px;padding:6px 14px;font-size:13.5px}
.foot span:last-child{background:#FFE60F;border-color:#FFE60F}
`;
    const rows = o.rows.map(([k, v, copy]) => `<div class="row">${t('span', 'label', k, 'class="k"')}<span>${t('span', 'value', v, 'class="v"')}${copy ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `<div class="top">${topBar(scene, { bg: '#FFE60F' })}<div class="hd"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
<div class="st">${t('div', 'status', o.status, 'class="st1"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="st2"') : ''}</div></div>
<div class="card"><div class="sel"><span class="av"></span>${t('span', 'value', o.seller)}</div><div class="it"><div class="pic"></div><div>${t('div', 'value', o.title, 'class="tt"')}${t('div', 'value', o.price, 'class="pr"')}</div></div></div>
<div class="card">${rows}</div>
<div class="foot">${(o.buttons ?? ['联系卖家', '再次购买']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
