// CDKeys.com's "My Orders" order view (the shop runs on Magento), desktop or phone browser: the
// black header with the CDKeys.com wordmark, search and the account / basket icons, the crumbs,
// on the desktop the account menu on the left (My Account, My Orders, My Digital Keys, Account
// Information, Address Book), then "Order # …" with the status badge (Processing, Complete,
// Pending, Canceled), the order date, the "Items Ordered" table (Product Name, SKU, Price, Qty,
// Subtotal), the key box (keys masked, or the waiting line), the totals and the payment method.
// `scene.order` = { number, status, tone, date, items: [[name, sku, price, qty, subtotal]], keys?,
// keyNote?, totals: [[k, v]], payment }. English, light. Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'cdkeys-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#2E8540', wait: '#D97706', bad: '#B91C1C' }[o.tone ?? 'wait'];
    const css = `
body{background:#fff;color:#333;font-size:14px}
.hd{background:#111;color:#fff;display:flex;align-items:center;gap:${narrow ? 10 : 26}px;padding:0 ${narrow ? 12 : 40}px;height:${narrow ? 54 : 70}px}
.logo{font-weight:800;font-size:${narrow ? 20 : 26}px;letter-spacing:-.5px}.logo b{color:#1F9BFF}
.srch{flex:1;height:${narrow ? 32 : 40}px;border-radius:3px;background:#fff;color:#999;padding:0 12px;display:flex;align-items:center;font-size:13px}
.ic{font-size:${narrow ? 18 : 22}px}
.strip{background:#1F9BFF;color:#fff;font-size:12.5px;text-align:center;padding:6px}
.crumb{font-size:12px;color:#777;padding:12px ${narrow ? 12 : 40}px}
.wrap{display:flex;gap:34px;padding:0 ${narrow ? 12 : 40}px 20px}
.side{width:230px;flex:none;background:#f7f7f7;padding:14px 0;align-self:flex-start}
.side div{padding:8px 18px;font-size:14px;color:#555}.side .on{border-left:3px solid #1F9BFF;font-weight:700;color:#111;padding-left:15px}
.main{flex:1;min-width:0}
.ttl{display:flex;align-items:center;gap:14px;flex-wrap:wrap}
.ttl h1{font-size:${narrow ? 22 : 30}px;font-weight:300;margin:0;color:#111}
.badge{border:1px solid ${tone};color:${tone};font-size:12px;padding:3px 9px;border-radius:2px;letter-spacing:.5px}
.dt{margin:8px 0 4px;font-size:13.5px}
.acts{font-size:13px;color:#1F9BFF;margin-bottom:16px}
.tab{border-bottom:1px solid #ccc;margin-bottom:12px}.tab span{display:inline-block;padding:9px 16px;border:1px solid #ccc;border-bottom:0;background:#fff;font-weight:700;font-size:13.5px;margin-bottom:-1px}
table{width:100%;border-collapse:collapse;font-size:13.5px}
th{text-align:left;font-weight:700;border-bottom:1px solid #ddd;padding:8px 6px}
td{padding:10px 6px;border-bottom:1px solid #eee;vertical-align:top;overflow-wrap:anywhere}
.it{border-bottom:1px solid #eee;padding:10px 0}.it .n{font-weight:700}.it .m{display:flex;justify-content:space-between;color:#555;margin-top:4px;font-size:13px}
.keys{margin:16px 0;border:1px dashed #1F9BFF;background:#F3F9FF;padding:12px 14px}
.keys .h{font-weight:700;margin-bottom:6px;color:#111}
.keys .k{font-family:"DejaVu Sans Mono",monospace;font-size:14px;margin:4px 0}
.tot{margin-left:auto;width:${narrow ? '100%' : '340px'};font-size:14px}
.tot div{display:flex;justify-content:space-between;padding:5px 0}.tot div:last-child{font-weight:700;font-size:16px;border-top:1px solid #ddd;padding-top:8px}
.pay{margin-top:16px;font-size:13.5px}.pay b{display:block;font-size:15px;margin-bottom:5px;border-bottom:1px solid #ddd;padding-bottom:5px}
`;
    const items = narrow
      ? o.items.map(([n, sku, pr, q, sub]) => `<div class="it">${t('div', 'value', n, 'class="n"')}<div class="m">${t('span', 'value', `SKU: ${sku}`)}${t('span', 'value', `Qty ${q} × ${pr}`)}${t('span', 'value', sub)}</div></div>`).join('')
      : `<table><thead><tr><th style="width:44%">Product Name</th><th>SKU</th><th>Price</th><th>Qty</th><th>Subtotal</th></tr></thead><tbody>${o.items.map((r) => `<tr>${r.map((c) => t('td', 'value', String(c))).join('')}</tr>`).join('')}</tbody></table>`;
    const keys = `<div class="keys">${t('div', 'label', o.keyTitle ?? 'Your Digital Keys', 'class="h"')}${(o.keys ?? []).map((k) => t('div', 'value', k, 'class="k"')).join('')}${o.keyNote ? t('div', 'body', o.keyNote) : ''}</div>`;
    const main = `<div class="main"><div class="ttl">${t('h1', 'title', `Order # ${o.number}`)}${t('span', 'status', o.status, 'class="badge"')}</div>
${t('div', 'value', `Order Date: ${o.date}`, 'class="dt"')}<div class="acts">Reorder &nbsp;|&nbsp; Print Order</div>
<div class="tab"><span>Items Ordered</span></div>${items}${keys}
<div class="tot">${o.totals.map(([k, v]) => `<div>${t('span', 'label', k)}${t('span', 'value', v)}</div>`).join('')}</div>
<div class="pay"><b>Payment Method</b>${t('div', 'value', o.payment)}</div></div>`;
    const side = narrow ? '' : `<div class="side"><div>My Account</div><div class="on">My Orders</div><div>My Digital Keys</div><div>My Wish List</div><div>Account Information</div><div>Address Book</div><div>Newsletter Subscriptions</div></div>`;
    const body = `${topBar(scene, { dark: true, bg: '#111' })}<div class="hd"><span class="logo">CD<b>Keys</b>.com</span><span class="srch">Search entire store here...</span><span class="ic">👤</span><span class="ic">🛒</span></div>
<div class="strip">${esc(scene.strip ?? 'Instant delivery on thousands of digital keys')}</div>
<div class="crumb">Home › My Account › My Orders</div><div class="wrap">${side}${main}</div>`;
    return page(css, body, LATIN);
  },
};
