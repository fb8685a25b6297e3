// 快手小店 订单详情 (Kuaishou app, the buyer's order details of a 快手小店 shop) on a phone: the
// white nav bar "订单详情" with the back arrow and the 客服 headset, an orange-to-white status band
// (the state in large type, a line under it), the 充值信息 card of a direct top-up (充值账号 …)
// when the goods carry one, the shop row with the small "快手小店" mark and 进店, the goods card
// (picture, title, spec, ¥price ×n), 实付款 in Kuaishou orange, the 订单信息 card of label–value
// rows (订单编号 with 复制, 下单时间, 支付方式, 支付时间, 发货时间 …), an optional 商品须知 block and
// the bottom buttons (联系商家, 申请售后 …, the last one orange-outlined). Light, or the app's
// dark theme (`scene.dark`). Layout reconstructed from the app; the texts come from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'ks-shop-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const card = d ? '#1E1F24' : '#fff';
    const sub = d ? '#8E8F95' : '#999';
    const css = `
body{background:${d ? '#111216' : '#F5F5F5'};color:${d ? '#E6E6E6' : '#222'}}
.app{display:flex;flex-direction:column;height:100vh}
.top{background:${d ? 'linear-gradient(180deg,#3A2114,#111216)' : 'linear-gradient(180deg,#FFE3CF,#FFF4EC 70%,#F5F5F5)'};flex:none}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.nav .b{position:absolute;left:12px;font-size:24px;font-weight:400}
.nav .k{position:absolute;right:14px;font-size:13px;font-weight:400;color:${sub}}
.st{padding:10px 18px 18px}.s1{font-size:21px;font-weight:700;color:${d ? '#FF8A4C' : '#FF4906'}}
.s2{font-size:13px;color:${d ? '#B8B9BE' : '#666'};margin-top:6px;line-height:1.5}
.body{flex:1;overflow:hidden}
.card{margin:0 10px 10px;background:${card};border-radius:10px;padding:12px 13px}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}
.shop{display:flex;align-items:center;gap:6px;font-size:14.5px;font-weight:600;margin-bottom:10px}
.shop .m{font-size:10.5px;font-weight:500;color:#fff;background:#FF4906;border-radius:3px;padding:1px 4px}
.shop .in{margin-left:auto;font-size:12.5px;font-weight:400;color:${sub}}
.it{display:flex;gap:10px}.pic{width:76px;height:76px;border-radius:6px;flex:none;background:linear-gradient(135deg,${scene.cover ?? '#FF9A3C,#FF3D3D'})}
.mid{flex:1;min-width:0}.tt{font-size:14px;line-height:1.4;overflow-wrap:anywhere}.sp{font-size:12px;color:${sub};margin-top:4px;background:${d ? '#2A2B31' : '#F6F6F6'};display:inline-block;padding:1px 6px;border-radius:3px}
.pr{text-align:right;flex:none}.pr div:first-child{font-size:14px}.pr div:last-child{font-size:12px;color:${sub};margin-top:3px}
.pay{display:flex;justify-content:flex-end;align-items:baseline;gap:6px;margin-top:10px;font-size:13px}
.pay b{font-size:17px;color:${d ? '#FF8A4C' : '#FF4906'}}
.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;font-size:13.5px}
.k{color:${sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.cp{font-size:11px;border:1px solid ${d ? '#45464C' : '#DDD'};border-radius:10px;padding:1px 7px;margin-left:6px;color:${sub}}
.txt{font-size:12.5px;line-height:1.6;color:${d ? '#B8B9BE' : '#666'}}
.foot{flex:none;background:${card};padding:9px 12px ${scene._device.os === 'ios' ? 28 : 10}px;display:flex;justify-content:flex-end;gap:9px;border-top:1px solid ${d ? '#26272D' : '#EEE'}}
.foot span{border:1px solid ${d ? '#4A4B51' : '#CCC'};border-radius:16px;padding:5px 13px;font-size:13.5px}
.foot span:last-child{border-color:#FF4906;color:#FF4906}
`;
    const rows = (list) => list.map(([k, v, copy]) => `<div class="row">${t('span', 'label', k, 'class="k"')}<span>${t('span', 'value', v, 'class="v"')}${copy ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `<div class="app"><div class="top">${topBar(scene, { dark: d, bg: 'transparent' })}
<div class="nav"><span class="b">‹</span>${t('span', 'title', '订单详情')}<span class="k">客服</span></div>
<div class="st">${t('div', 'status', o.status, 'class="s1"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="s2"') : ''}</div></div>
<div class="body">
${o.topup ? `<div class="card">${t('div', 'title', o.topupTitle ?? '充值信息', 'class="h"')}${rows(o.topup)}</div>` : ''}
<div class="card"><div class="shop"><span class="m">快手小店</span>${t('span', 'value', o.shop)}<span class="in">进店 ›</span></div>
<div class="it"><div class="pic"></div><div class="mid">${t('div', 'value', o.title, 'class="tt"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}</div><div class="pr">${t('div', 'value', o.price)}<div>×${o.qty ?? 1}</div></div></div>
<div class="pay">${t('span', 'label', '实付款')}${t('b', 'value', o.paid ?? o.price)}</div></div>
<div class="card">${t('div', 'title', '订单信息', 'class="h"')}${rows(o.rows)}</div>
${o.notice ? `<div class="card">${t('div', 'title', o.noticeTitle ?? '商品须知', 'class="h"')}${o.notice.map((l) => t('div', 'body', l, 'class="txt"')).join('')}</div>` : ''}
</div>
<div class="foot">${(o.buttons ?? ['联系商家', '申请售后']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body);
  },
};
