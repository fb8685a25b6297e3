// Eldorado.gg order page (English): the dark navy site header with the eldorado.gg mark, then
// "Order details" with a coloured status chip and line, the offer card (title, seller with
// rating, quantity, price), the order's label–value rows (Order ID, Order date, Delivery time,
// Payment, Total), the TradeShield note and the buttons. Phone or desktop widths. Reconstructed
// from the site's look; the wording of the rows is the scene's.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'eldorado-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#16A34A', wait: '#D97706', bad: '#DC2626' }[o.tone ?? 'ok'];
    const css = `
body{background:#F3F4F8;color:#151728;font-size:14px}
.hd{background:#14162B;color:#fff;height:${narrow ? 52 : 64}px;display:flex;align-items:center;gap:22px;padding:0 ${narrow ? 14 : 48}px}
.logo{font-weight:800;font-size:${narrow ? 19 : 22}px;letter-spacing:-.3px}.logo b{color:#FFC21A}
.hd a{font-size:14px;opacity:.8}
.wrap{max-width:880px;margin:${narrow ? 12 : 28}px auto;padding:0 ${narrow ? 10 : 0}px}
h1{font-size:${narrow ? 19 : 24}px;margin:4px 0 12px}
.chip{display:inline-block;color:#fff;background:${tone};border-radius:14px;padding:3px 12px;font-size:13px;font-weight:600}
.sl{font-size:13.5px;color:#4B5068;margin:8px 0 14px;line-height:1.5}
.card{background:#fff;border-radius:10px;border:1px solid #E4E6EE;margin-bottom:12px;padding:14px 16px}
.ot{font-size:15.5px;font-weight:700;line-height:1.4}
.sel{font-size:13px;color:#5A5F78;margin-top:6px}.sel b{color:#FFB800}
.row{display:flex;justify-content:space-between;gap:14px;padding:8px 0;border-bottom:1px solid #F0F1F5;font-size:${narrow ? 13.5 : 14}px}
.row:last-child{border-bottom:0}.k{color:#7A7F96;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.ts{font-size:12.5px;color:#4B5068;line-height:1.6;background:#EEF6FF;border-radius:8px;padding:9px 12px;margin-bottom:12px}
.btns{display:flex;gap:10px;justify-content:flex-end}.btns span{border:1px solid #C9CCDA;border-radius:8px;padding:8px 14px;font-size:14px;font-weight:600;background:#fff}
.btns span:last-child{background:#FFC21A;border-color:#FFC21A}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#14162B', dark: true })}<div class="hd"><span class="logo">eldorado<b>.gg</b></span>${narrow ? '' : '<a>Currency</a><a>Accounts</a><a>Items</a><a>Boosting</a><a>Gift Cards</a>'}</div>
<div class="wrap">${t('h1', 'title', 'Order details')}${t('span', 'status', o.status, 'class="chip"')}${o.statusNote ? t('div', 'body', o.statusNote, 'class="sl"') : ''}
<div class="card">${t('div', 'value', o.offer, 'class="ot"')}<div class="sel">${t('span', 'value', `Seller: ${o.seller}`)} <b>★</b> ${o.rating ?? '99.1%'}</div></div>
<div class="card">${rows}</div>
${o.note ? o.note.map((n) => t('div', 'body', n, 'class="ts"')).join('') : ''}
<div class="btns">${(o.buttons ?? ['Open dispute', 'Confirm received']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
