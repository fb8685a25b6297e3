// A WooCommerce store's order e-mail opened in Apple Mail on an iPhone: the Mail navigation bar
// (‹ Inbox, the up/down arrows), the sender block (round initials, the shop's name, "To: …", the
// date), the subject in bold, then the message in WooCommerce's default e-mail template: the
// coloured header band with the heading ("Thank you for your order", "Your order is complete"),
// "Hi Name," and the template's paragraph(s), the "[Order #1234] (date)" line in the base colour,
// the Product / Quantity / Price table, the totals rows (Subtotal, Payment method, Total), the
// billing-address box and the footer line; and the Mail toolbar at the bottom. Light, or dark
// (`scene.dark`: Mail inverts its chrome, the template keeps its white body as Mail does for
// HTML mail with set colours). Layout of Mail reconstructed; the template's layout follows
// WooCommerce's default e-mail templates. `scene.mail` = { from, to, date, subject, color,
// heading, hi, paras, number, orderDate, items: [[product, qty, price]], totals: [[k, v]],
// billing, footer, after? }.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'woo-order-mail',
  kind: 'order',
  render(scene) {
    const m = scene.mail;
    const dark = Boolean(scene.dark);
    const base = m.color ?? '#7F54B3';
    const c = dark ? { bg: '#000', fg: '#fff', sub: '#98989f', line: '#38383a', tint: '#0A84FF', wrap: '#1c1c1e' } : { bg: '#fff', fg: '#000', sub: '#8a8a8e', line: '#e5e5ea', tint: '#007AFF', wrap: '#f7f7f7' };
    const rows = m.items.map(([p, q, pr]) => `<tr>${t('td', 'value', p)}${t('td', 'value', String(q))}${t('td', 'value', pr)}</tr>`).join('');
    const tots = (m.totals ?? []).map(([k, v]) => `<tr>${t('th', 'label', k, 'colspan="2"')}${t('td', 'value', v)}</tr>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:15px}
.app{display:flex;flex-direction:column;${scene.long ? 'min-height:100vh' : 'height:100vh'}}
.nb{display:flex;justify-content:space-between;align-items:center;padding:6px 14px 8px;color:${c.tint};font-size:17px;flex:none}
.nb .ar{letter-spacing:18px;font-size:18px}
.scroll{flex:1;overflow:hidden}
.snd{display:flex;gap:10px;padding:8px 16px 10px;border-bottom:1px solid ${c.line};align-items:flex-start}
.av{width:40px;height:40px;border-radius:50%;background:linear-gradient(#a1a1a8,#85858c);color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px;font-weight:600;flex:none}
.sn{font-weight:600;font-size:16px}
.to{color:${c.sub};font-size:13.5px;margin-top:2px}
.dt{margin-left:auto;color:${c.sub};font-size:13.5px;white-space:nowrap}
.sj{font-weight:700;font-size:19px;padding:12px 16px 10px;line-height:1.3}
.wrapper{background:${c.wrap};padding:14px 10px 20px}
.ct{background:#fff;color:#3c3c3c;border-radius:3px;overflow:hidden;box-shadow:0 1px 4px rgba(0,0,0,.1)}
.hb{background:${base};color:#fff;padding:22px 20px;font-size:24px;font-weight:300;line-height:1.25}
.bd{padding:18px 18px 8px;font-size:14px;line-height:1.55}
.bd p{margin:0 0 12px}
.oh{color:${base};font-size:16px;font-weight:700;margin:16px 0 10px}
table{width:100%;border-collapse:collapse;font-size:13.5px;color:#636363}
td,th{border:1px solid #e5e5e5;padding:8px;text-align:left;vertical-align:middle;overflow-wrap:anywhere}
th{font-weight:700}
tbody td:last-child{white-space:nowrap}
table{table-layout:fixed}
thead th{color:#636363;white-space:nowrap;overflow-wrap:normal}
.ad{border:1px solid #e5e5e5;padding:10px;font-style:italic;color:#636363;white-space:pre-line;font-size:13.5px;margin-bottom:12px}
.ft{text-align:center;color:#8a8a8a;font-size:12px;padding:14px 10px 4px}
.tb{flex:none;display:flex;justify-content:space-around;padding:10px 0 28px;border-top:1px solid ${c.line};color:${c.tint};font-size:20px;background:${c.bg}}
`;
    const body = `<div class="app">${topBar(scene, { dark, bg: c.bg })}<div class="nb"><span>‹ ${esc(m.box ?? 'Inbox')}</span><span class="ar">⌃⌄</span></div>
<div class="scroll"><div class="snd"><div class="av">${esc(m.from.slice(0, 2).toUpperCase())}</div><div>${t('div', 'label', m.from, 'class="sn"')}${t('div', 'label', `To: ${m.to}`, 'class="to"')}</div>${t('div', 'value', m.date, 'class="dt"')}</div>
${t('div', 'title', m.subject, 'class="sj"')}
<div class="wrapper"><div class="ct">${t('div', 'title', m.heading, 'class="hb"')}<div class="bd">${t('p', 'body', m.hi)}${m.paras.map((p) => t('p', 'body', p)).join('')}
${t('div', 'value', `[Order #${m.number}] (${m.orderDate})`, 'class="oh"')}
<table><colgroup><col style="width:52%"><col style="width:20%"><col style="width:28%"></colgroup><thead><tr><th>Product</th><th>Quantity</th><th>Price</th></tr></thead><tbody>${rows}</tbody><tfoot>${tots}</tfoot></table>
${(m.after ?? []).map((p) => t('p', 'body', p, 'style="margin-top:14px"')).join('')}
${m.billing ? `<div class="oh">Billing address</div>${t('div', 'value', m.billing, 'class="ad"')}` : ''}</div></div>
${t('div', 'label', m.footer ?? `${m.from} — Built with WooCommerce`, 'class="ft"')}</div></div>
<div class="tb"><span>⚑</span><span>▭</span><span>⇩</span><span>↩</span><span>✎</span></div></div>`;
    return page(css, body, LATIN);
  },
};
