// 转转 订单详情 (Zhuanzhuan order details) on a phone: a red gradient head with the order's state in
// large white type and a line under it (what happens next, the time left), the seller row with the
// 转转号, the goods card (picture, title, red price, a 官方验 tag when the listing carries one), the
// 订单信息 card of label–value rows (订单编号 with 复制, 下单时间, 付款时间, 发货时间, 支付方式, 实付款)
// and the bottom bar (联系卖家, 申请退款, 确认收货 …). Light, or dark (`scene.dark`). Layout
// reconstructed from the app; the texts come from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'zhuanzhuan-order',
  kind: 'order',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#121212', card: '#1E1E1E', fg: '#E0E0E0', sub: '#8A8A8A', line: '#2A2A2A', btn: '#444' }
      : { bg: '#F4F4F4', card: '#FFFFFF', fg: '#222222', sub: '#999999', line: '#F2F2F2', btn: '#DDDDDD' };
    const o = scene.order;
    const rows = o.rows.map(([k, v, copy]) => `<div class="row">${t('span', 'label', k, 'class="k"')}<span class="vv">${t('span', 'value', v, 'class="v"')}${copy ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg}}
.head{background:linear-gradient(160deg,#FF6A3D,#FF3B3B);color:#fff;padding-bottom:34px}
.nav{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative}
.nav .b{position:absolute;left:14px;font-size:24px}
.st{padding:6px 20px 0}.st1{font-size:21px;font-weight:700}.st2{font-size:13px;opacity:.92;margin-top:6px;line-height:1.5}
.card{margin:0 12px 10px;background:${c.card};border-radius:10px;padding:12px 14px;position:relative}
.first{margin-top:-24px}
.sel{display:flex;align-items:center;gap:8px;font-size:14px;font-weight:600;margin-bottom:10px}
.sel .av{width:24px;height:24px;border-radius:12px;background:#9fb4d3}.sel .zz{font-size:11.5px;color:${c.sub};font-weight:400}
.it{display:flex;gap:10px}.pic{width:78px;height:78px;border-radius:8px;background:linear-gradient(135deg,#ffcf9a,#ff6a4d);flex:none}
.tt{font-size:14px;line-height:1.45}.pr{font-size:17px;color:#FF4D3A;font-weight:700;margin-top:8px}
.tag{font-size:10.5px;color:#FF4D3A;border:1px solid #FF4D3A;border-radius:3px;padding:0 3px;margin-left:6px;vertical-align:2px}
.ch{font-size:14.5px;font-weight:600;margin-bottom:4px}
.row{display:flex;justify-content:space-between;gap:12px;padding:8px 0;font-size:13.5px;border-bottom:1px solid ${c.line}}
.row:last-child{border-bottom:0}
.k{color:${c.sub};white-space:nowrap}.vv{text-align:right}.v{overflow-wrap:anywhere}
.cp{font-size:11px;border:1px solid ${c.btn};border-radius:10px;padding:1px 7px;margin-left:6px;color:${c.sub}}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid ${c.line}}
.foot span{border:1px solid ${c.btn};border-radius:16px;padding:6px 14px;font-size:13.5px}
.foot span:last-child{background:#FF4D3A;border-color:#FF4D3A;color:#fff}
`;
    const body = `<div class="head">${topBar(scene, { dark: true, bg: 'transparent' })}<div class="nav"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
<div class="st">${t('div', 'status', o.status, 'class="st1"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="st2"') : ''}</div></div>
<div class="card first"><div class="sel"><span class="av"></span>${t('span', 'value', o.seller)}${o.sellerNo ? `<span class="zz">转转号 ${o.sellerNo}</span>` : ''}</div>
<div class="it"><div class="pic"></div><div>${t('div', 'value', o.title, 'class="tt"')}<div>${t('span', 'value', o.price, 'class="pr"')}${o.verified ? '<span class="tag">官方验</span>' : ''}</div></div></div></div>
<div class="card"><div class="ch">订单信息</div>${rows}</div>
${o.note ? `<div class="card">${t('div', 'body', o.note, `style="font-size:12.5px;color:${c.sub};line-height:1.6"`)}</div>` : ''}
<div class="foot">${(o.buttons ?? ['联系卖家', '申请退款']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
