// A Shopify store's order status page (the "Thank you" / order status page a buyer reaches from
// the checkout or the confirmation e-mail): the shop's name in the header, the round check mark,
// "Order #1057" and "Thank you, Ana!", the status box ("Your order is confirmed" and its line),
// an order-updates box (fulfilment state and notes, `order.updates`), the customer-information
// box (contact, payment method with the last digits and the amount, billing address) and the
// order summary (line items with quantity badge, subtotal, taxes, total with the currency code).
// On a phone the summary collapses (or is opened, `scene.expanded`) into the "Show order summary" bar at the top with the total.
// English, Simplified or Traditional Chinese chrome (`scene.lang`: en | zh | zh-Hant). Light only.
// Layout reconstructed from Shopify's checkout pages; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { order: 'Order', thanks: 'Thank you', info: 'Customer information', contact: 'Contact information', pay: 'Payment method', bill: 'Billing address', sub: 'Subtotal', tax: 'Taxes', total: 'Total', show: 'Show order summary', hide: 'Hide order summary', help: 'Need help?', contactUs: 'Contact us', cont: 'Continue shopping' },
  zh: { order: '订单', thanks: '谢谢您', info: '客户信息', contact: '联系信息', pay: '付款方式', bill: '账单地址', sub: '小计', tax: '税费', total: '总计', show: '显示订单摘要', hide: '隐藏订单摘要', help: '需要帮助？', contactUs: '联系我们', cont: '继续购物' },
  'zh-Hant': { order: '訂單', thanks: '謝謝您', info: '顧客資訊', contact: '聯絡資訊', pay: '付款方式', bill: '帳單地址', sub: '小計', tax: '稅金', total: '總計', show: '顯示訂單摘要', hide: '隱藏訂單摘要', help: '需要協助？', contactUs: '與我們聯絡', cont: '繼續購物' },
};

export default {
  name: 'shopify-order-status',
  kind: 'order',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const brand = scene.brandColor ?? '#1773B0';
    const items = o.items.map(([name, qty, price, variant]) => `<div class="it"><div class="th"><span class="q">${esc(qty)}</span></div><div class="in">${t('div', 'value', name, 'class="inm"')}${variant ? t('div', 'label', variant, 'class="iv"') : ''}</div>${t('div', 'value', price, 'class="ip"')}</div>`).join('');
    const sums = `<div class="sm">${t('span', 'label', x.sub)}${t('span', 'value', o.subtotal ?? o.total)}</div>${o.tax ? `<div class="sm">${t('span', 'label', x.tax)}${t('span', 'value', o.tax)}</div>` : ''}
<div class="tot">${t('span', 'label', x.total)}<span><span class="cur">${esc(o.currency ?? '')}</span> ${t('span', 'value', o.total)}</span></div>`;
    const summary = `<div class="sum">${items}<div class="line"></div>${sums}</div>`;
    const info = [[x.contact, o.email], [x.pay, o.payment], [x.bill, o.billing]].filter(([, v]) => v)
      .map(([k, v]) => `<div class="ci">${t('div', 'label', k, 'class="ck"')}${t('div', 'value', v, 'class="cv"')}</div>`).join('');
    const css = `
body{background:#fff;color:#000;font-size:14px}
.wrap{display:flex;min-height:100vh}
.left{flex:1;padding:${narrow ? '14px 16px 30px' : '36px 56px 40px 12%'};max-width:${narrow ? 'none' : '58%'}}
.right{flex:1;background:#F5F5F5;border-left:1px solid #DEDEDE;padding:36px 12% 40px 44px}
.shop{font-size:${narrow ? 20 : 24}px;font-weight:600;margin:${narrow ? '6px 0 14px' : '0 0 24px'};color:#111}
.mob{background:#F5F5F5;border-top:1px solid #DEDEDE;border-bottom:1px solid #DEDEDE;margin:0 -16px 18px;padding:14px 16px;display:flex;justify-content:space-between;color:${brand};font-size:14px}
.mob b{color:#000;font-size:17px}
.hd{display:flex;align-items:center;gap:14px;margin-bottom:18px}
.ok{width:46px;height:46px;border-radius:50%;border:2px solid ${brand};color:${brand};display:flex;align-items:center;justify-content:center;font-size:24px;flex:none}
.on{font-size:13px;color:#707070}
.ty{font-size:${narrow ? 20 : 22}px;font-weight:600}
.box{border:1px solid #DEDEDE;border-radius:6px;padding:16px 18px;margin-bottom:14px}
.bh{font-size:17px;font-weight:600;margin-bottom:6px}
.bp{color:#444;line-height:1.5;margin:4px 0;overflow-wrap:anywhere}
.st{display:inline-block;font-size:12px;border-radius:10px;padding:2px 10px;margin-bottom:6px;background:${o.updates?.stateTone === 'ok' ? '#E4F5E8' : '#FFF3D6'};color:${o.updates?.stateTone === 'ok' ? '#0B6B2D' : '#7A4F01'}}
.cis{display:grid;grid-template-columns:${narrow ? '1fr' : '1fr 1fr'};gap:14px}
.ck{font-weight:600;margin-bottom:4px}
.cv{color:#444;line-height:1.5;white-space:pre-line;overflow-wrap:anywhere}
.foot{display:flex;justify-content:space-between;align-items:center;margin-top:18px;font-size:14px}
.foot a{color:${brand}}
.btn{background:${brand};color:#fff;border-radius:5px;padding:14px 20px;font-weight:600}
.it{display:flex;align-items:center;gap:14px;margin-bottom:14px}
.th{width:64px;height:64px;border-radius:8px;border:1px solid #DEDEDE;background:linear-gradient(135deg,#e8e8ee,#c9ccd6);position:relative;flex:none}
.q{position:absolute;right:-8px;top:-8px;background:#666;color:#fff;border-radius:10px;font-size:12px;padding:1px 7px}
.in{flex:1;min-width:0}.inm{font-weight:500;line-height:1.35}.iv{font-size:12px;color:#707070;margin-top:2px}
.ip{font-weight:500;white-space:nowrap}
.line{border-top:1px solid #DEDEDE;margin:16px 0}
.sm{display:flex;justify-content:space-between;margin:8px 0;color:#333}
.tot{display:flex;justify-content:space-between;align-items:baseline;margin-top:14px;font-size:19px;font-weight:600}
.sumM{background:#F5F5F5;margin:-18px -16px 18px;padding:16px 16px 14px;border-bottom:1px solid #DEDEDE}
.cur{font-size:12px;color:#707070;font-weight:400}
`;
    const left = `<div class="left">${t('div', 'title', scene.shop, 'class="shop"')}
${narrow ? `<div class="mob">${t('span', 'button', scene.expanded ? x.hide : x.show)}<b>${t('span', 'value', o.total)}</b></div>${scene.expanded ? `<div class="sumM">${summary}</div>` : ''}` : ''}
<div class="hd"><div class="ok">✓</div><div>${t('div', 'value', `${x.order} ${o.number}`, 'class="on"')}${t('div', 'title', `${x.thanks}, ${o.name}!`, 'class="ty"')}</div></div>
<div class="box">${t('div', 'title', o.headline, 'class="bh"')}${(o.lines ?? []).map((l) => t('p', 'body', l, 'class="bp"')).join('')}</div>
${o.updates ? `<div class="box">${t('div', 'title', o.updates.title, 'class="bh"')}${o.updates.state ? t('span', 'status', o.updates.state, 'class="st"') : ''}${o.updates.lines.map((l) => t('p', 'body', l, 'class="bp"')).join('')}</div>` : ''}
<div class="box">${t('div', 'title', x.info, 'class="bh"')}<div class="cis">${info}</div></div>
<div class="foot"><span>${x.help} <a>${x.contactUs}</a></span><span class="btn">${x.cont}</span></div></div>`;
    return page(css, `${topBar(scene)}<div class="wrap">${left}${narrow ? '' : `<div class="right">${summary}</div>`}</div>`, LATIN);
  },
};
