// A MooGold-style top-up site's order page in a phone browser (moogold.com look): the white bar
// with the menu, the round cow-gold mark and "MooGold" wordmark and the cart, then "My Account ›
// Orders", the line "Order #… was placed on … and is currently …" with the status in a coloured
// chip (Processing amber, Completed green, Refunded grey, Pending payment blue, `order.tone`
// ok|wait|grey|info), the "Order details" table (product × qty, total; subtotal, payment method,
// total), the top-up fields the buyer typed (User ID, Server, `order.fields`), an optional
// "Delivery notes" box (`order.notes`, e.g. the codes with stars) and the yellow "Live Chat" pill.
// Light, or the site's dark mode (`scene.dark`). Layout reconstructed; texts from the scene.
import { t, page, LATIN } from '../lib/common.mjs';
import { chrome, chromeCss } from '../lib/browser-chrome.mjs';

export default {
  name: 'moogold-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#121316', card: '#1C1D22', fg: '#ECECEF', sub: '#9A9CA5', line: '#2A2C33', bar: '#18191D' }
      : { bg: '#F6F6F4', card: '#FFFFFF', fg: '#1D1D1F', sub: '#6E6E73', line: '#ECECEA', bar: '#FFFFFF' };
    const tone = { ok: '#16A34A', wait: '#D97706', grey: '#6B7280', info: '#2563EB' }[o.tone ?? 'wait'];
    const css = `${chromeCss(d)}
body{background:${c.bg};color:${c.fg};font-size:14px}
.bar{height:54px;background:${c.bar};border-bottom:1px solid ${c.line};display:flex;align-items:center;padding:0 14px;gap:10px}
.bar .mn{font-size:22px;color:${c.sub}}.logo{width:30px;height:30px;border-radius:50%;background:radial-gradient(circle at 35% 35%,#FFE27A,#F2B705 60%,#C98F00)}
.bar b{font-size:19px;letter-spacing:.2px}.bar b i{font-style:normal;color:#E0A800}.bar .ct{margin-left:auto;font-size:18px;color:${c.sub}}
.wrap{padding:12px}
.crumb{font-size:12px;color:${c.sub};margin-bottom:8px}
.h1{font-size:20px;font-weight:700;margin:2px 0 8px}
.pl{font-size:13.5px;line-height:1.6;color:${c.fg}}
.chip{display:inline-block;font-weight:700;font-size:12px;color:${tone};background:${tone}22;border-radius:10px;padding:1px 8px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:8px;margin-top:12px;padding:4px 12px}
.ch{font-weight:700;font-size:15px;padding:10px 0 6px;border-bottom:1px solid ${c.line}}
.r{display:flex;justify-content:space-between;gap:12px;padding:9px 0;border-bottom:1px solid ${c.line};font-size:13.5px}.r:last-child{border:0}
.r .k{color:${c.sub}}.r .v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.r.it .k{color:${c.fg};font-weight:600;line-height:1.4}.r.it .v{white-space:nowrap}
.note{font-size:13px;line-height:1.55;padding:8px 0;overflow-wrap:anywhere;font-family:"DejaVu Sans Mono",monospace}
.lc{position:fixed;right:14px;bottom:18px;background:#F2B705;color:#1D1D1F;font-weight:700;border-radius:22px;padding:10px 16px;font-size:13.5px;box-shadow:0 4px 12px #0003}
`;
    const row = ([k, v], cls = '') => `<div class="r ${cls}">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`;
    const body = `${chrome(scene, { url: 'moogold.com/my-account/view-order/', dark: d })}
<div class="bar"><span class="mn">☰</span><span class="logo"></span><b>Moo<i>Gold</i></b><span class="ct">🛒</span></div>
<div class="wrap">${t('div', 'label', 'My Account › Orders', 'class="crumb"')}${t('div', 'title', `Order #${o.number}`, 'class="h1"')}
<div class="pl">${t('span', 'body', `Order #${o.number} was placed on ${o.date} and is currently`)} ${t('span', 'status', o.status, 'class="chip"')}</div>
<div class="card">${t('div', 'title', 'Order details', 'class="ch"')}${o.items.map(([p, q, v]) => row([`${p} × ${q}`, v], 'it')).join('')}${o.totals.map((x) => row(x)).join('')}</div>
${o.fields ? `<div class="card">${t('div', 'title', 'Top-up details', 'class="ch"')}${o.fields.map((x) => row(x)).join('')}</div>` : ''}
${o.notes ? `<div class="card">${t('div', 'title', o.notesTitle ?? 'Delivery notes', 'class="ch"')}${o.notes.map((n) => t('div', 'value', n, 'class="note"')).join('')}</div>` : ''}
</div><div class="lc">💬 Live Chat</div>`;
    return page(css, body, LATIN);
  },
};
