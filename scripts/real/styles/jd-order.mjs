// JD (京东) app 订单详情 of a virtual order (game top-up / 充值): the red gradient header with the
// order status and its note, the 充值信息 card (充值账号, 游戏/区服), the goods card with the shop
// name, title, price and quantity, the 商品总额/实付款 block, then 订单编号 (with 复制), 下单时间,
// 支付方式 and the bottom buttons (联系客服, 申请售后 / 取消订单). Light only (the app's default).
// Layout reconstructed from the app.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'jd-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const kv = (rows) => rows.map(([k, v, role]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}${k === '订单编号' ? '<span class="cp">复制</span>' : ''}</div>`).join('');
    const css = `
body{background:#F2F2F2;color:#1A1A1A;font-size:14px}
.hd{background:linear-gradient(100deg,#F2270C,#FF5A36);color:#fff;padding:0 0 46px}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px}
.nav .b{position:absolute;left:12px;font-size:24px}
.st{padding:14px 18px 0;font-size:21px;font-weight:600}
.sn{padding:6px 18px 0;font-size:12.5px;opacity:.92;line-height:1.5}
.card{background:#fff;border-radius:10px;margin:10px 10px 0;padding:12px 12px}
.lift{margin-top:-36px}
.ch{font-size:14px;font-weight:600;margin-bottom:8px}
.shop{font-size:14px;font-weight:600;margin-bottom:10px}
.shop .tag{font-size:10px;background:#F2270C;color:#fff;border-radius:3px;padding:1px 3px;margin-right:5px;font-weight:400}
.g{display:flex;gap:10px}
.g .th{flex:none;width:72px;height:72px;border-radius:6px;background:linear-gradient(135deg,#ffb199,#ff0844)}
.g .gt{font-size:13.5px;line-height:1.4}
.g .gs{font-size:12px;color:#999;margin-top:4px}
.g .gp{margin-left:auto;text-align:right;font-size:13px;white-space:nowrap}
.kv{display:flex;padding:6px 0;font-size:13px;align-items:baseline}
.kv .k{width:78px;flex:none;color:#8C8C8C}
.kv .v{overflow-wrap:anywhere}
.kv .cp{margin-left:8px;font-size:11px;border:1px solid #ccc;border-radius:9px;padding:0 6px;color:#666}
.sum .kv .v{margin-left:auto}
.pay{display:flex;justify-content:flex-end;align-items:baseline;gap:4px;padding-top:6px;font-size:13px}
.pay b{color:#F2270C;font-size:18px}
.bar{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:9px 12px 14px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid #eee}
.bar span{border:1px solid #ccc;border-radius:16px;padding:6px 14px;font-size:13px}
.bar span:last-child{border-color:#F2270C;color:#F2270C}
`;
    const body = `${topBar(scene, { dark: true, bg: '#F2270C' })}<div class="hd"><div class="nav"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
${t('div', 'status', o.status, 'class="st"')}${o.statusNote ? t('div', 'body', o.statusNote, 'class="sn"') : ''}</div>
${o.topup ? `<div class="card lift">${t('div', 'title', '充值信息', 'class="ch"')}${kv(o.topup)}</div>` : ''}
<div class="card ${o.topup ? '' : 'lift'}"><div class="shop"><span class="tag">${o.selfRun ? '自营' : '店铺'}</span>${t('span', 'value', o.shop)}</div>
<div class="g"><div class="th"></div><div>${t('div', 'value', o.product, 'class="gt"')}${o.spec ? t('div', 'value', o.spec, 'class="gs"') : ''}</div><div class="gp">${t('div', 'value', o.price)}<div style="color:#999">×${o.qty ?? 1}</div></div></div></div>
<div class="card sum">${kv([['商品总额', o.price]])}${o.discount ? kv([['优惠', o.discount]]) : ''}<div class="pay"><span>实付款</span>${t('b', 'value', o.paid)}</div></div>
<div class="card">${kv(o.rows)}</div>
<div class="bar">${(o.buttons ?? ['联系客服']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
