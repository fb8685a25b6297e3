// 抖音商城 订单详情 (Douyin mall order details): a light-grey page, the status in large type with a
// line under it (预计发货时间 / 已完成 / 退款), the shop and goods card (picture, title, spec, price,
// ×qty), the order facts (订单编号 with 复制, 下单时间, 支付方式, 支付时间 …), 实付款, and the
// bottom buttons in Douyin's rounded style (the main one in Douyin red). `scene.dark` gives the
// dark theme. Layout reconstructed from the app.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'douyin-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#111216', fg: '#E8E8EA', card: '#1D1E24', sub: '#8A8B91', line: '#2A2B31' } : { bg: '#F5F5F7', fg: '#161823', card: '#FFFFFF', sub: '#86878C', line: '#F0F0F2' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative}
.hd .b{position:absolute;left:14px;font-size:24px}
.st{padding:8px 18px 16px}.st1{font-size:21px;font-weight:700}.st2{font-size:13px;color:${c.sub};margin-top:6px;line-height:1.5}
.card{margin:0 10px 10px;background:${c.card};border-radius:10px;padding:12px 14px}
.shop{font-size:14px;font-weight:600;margin-bottom:10px;display:flex;align-items:center;gap:6px}
.shop i{display:inline-block;width:18px;height:18px;border-radius:4px;background:linear-gradient(135deg,#25F4EE,#FE2C55)}
.it{display:flex;gap:10px}.pic{width:72px;height:72px;border-radius:6px;background:linear-gradient(135deg,#ffb38a,#fe2c55);flex:none}
.tt{font-size:14px;line-height:1.4}.sp{font-size:12px;color:${c.sub};margin-top:4px}
.pr{display:flex;justify-content:space-between;margin-top:6px;font-size:14px}
.row{display:flex;justify-content:space-between;gap:12px;padding:7px 0;font-size:13.5px}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.cp{font-size:11px;border:1px solid ${c.line};border-radius:10px;padding:1px 7px;margin-left:6px;color:${c.sub}}
.pay{display:flex;justify-content:flex-end;gap:6px;align-items:baseline;padding-top:8px;border-top:1px solid ${c.line};margin-top:6px;font-size:13.5px}
.pay b{font-size:18px;color:#FE2C55}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid ${c.line}}
.foot span{border:1px solid ${d ? '#44454B' : '#D8D8DC'};border-radius:16px;padding:6px 14px;font-size:13.5px}
.foot span:last-child{border-color:#FE2C55;color:#FE2C55}
`;
    const rows = o.rows.map(([k, v, copy]) => `<div class="row">${t('span', 'label', k, 'class="k"')}<span>${t('span', 'value', v, 'class="v"')}${copy ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `${topBar(scene, { dark: d })}<div class="hd"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
<div class="st">${t('div', 'status', o.status, 'class="st1"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="st2"') : ''}</div>
<div class="card"><div class="shop"><i></i>${t('span', 'value', o.shop)}</div><div class="it"><div class="pic"></div><div style="flex:1">${t('div', 'value', o.title, 'class="tt"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}<div class="pr">${t('span', 'value', o.price)}${t('span', 'value', o.qty ?? '×1')}</div></div></div>
<div class="pay">${t('span', 'label', '实付款')}${t('b', 'value', o.paid)}</div></div>
<div class="card">${rows}</div>
<div class="foot">${(o.buttons ?? ['联系客服', '再买一单']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
