// Eneba's order details page (eneba.com › Account › Orders › one order) in a browser, desktop or
// phone: the dark-purple site header with the "eneba" wordmark, the search field and the account
// icons; the crumbs; "Order" with the order number and date, the status badge (Completed,
// Processing, Refunded …); the product card (the cover, the title, the platform / region line, the
// seller "Sold by …", the price); the key box (the key masked after "Reveal", or a waiting line);
// the summary rows (item price, service fee, total, payment method) and the "Need help with this
// order?" line with its button. Light or dark theme (`scene.dark`). English. `scene.order` = {
// id, date, status, tone: ok|wait|bad, product, meta, seller, price, key?, keyNote?, rows:
// [[k, v]], help? }. Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'eneba-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const narrow = scene._device.width < 700;
    const tone = { ok: '#19B46B', wait: '#F5A524', bad: '#EF4B5B' }[o.tone ?? 'ok'];
    const c = d
      ? { bg: '#120B24', card: '#1E1438', fg: '#ECE8F7', sub: '#A79DC7', line: '#30254F', key: '#281C4A' }
      : { bg: '#F4F2FA', card: '#FFFFFF', fg: '#1E1532', sub: '#6C6384', line: '#E6E1F4', key: '#F7F5FD' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.nav{height:${narrow ? 54 : 64}px;background:#2D1B5A;display:flex;align-items:center;gap:18px;padding:0 ${narrow ? 14 : 40}px;color:#fff}
.wm{font-size:${narrow ? 22 : 26}px;font-weight:800;letter-spacing:-.5px}
.sr{flex:1;max-width:560px;height:${narrow ? 34 : 40}px;border-radius:8px;background:#43307A;color:#B9AEDB;display:flex;align-items:center;padding:0 12px;font-size:13.5px}
.ic{display:flex;gap:16px;font-size:18px}
.wrap{max-width:980px;margin:0 auto;padding:${narrow ? '12px 12px 30px' : '24px 24px 40px'}}
.cr{font-size:12.5px;color:${c.sub};margin-bottom:12px}
.hd{display:flex;flex-wrap:wrap;align-items:center;gap:10px;margin-bottom:14px}
.hd .no{font-size:${narrow ? 18 : 22}px;font-weight:700;overflow-wrap:anywhere}
.bd{font-size:12px;font-weight:700;color:#fff;background:${tone};border-radius:12px;padding:3px 10px}
.dt{width:100%;font-size:13px;color:${c.sub}}
.grid{display:${narrow ? 'block' : 'grid'};grid-template-columns:1.5fr 1fr;gap:16px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:12px;padding:16px;margin-bottom:12px}
.pl{display:flex;gap:14px}
.cv{width:${narrow ? 64 : 84}px;height:${narrow ? 86 : 112}px;border-radius:8px;flex:none;background:linear-gradient(160deg,#6B3EF5,#FF9F1C)}
.pt{font-size:15.5px;font-weight:700;line-height:1.35}
.pm{font-size:12.5px;color:${c.sub};margin-top:5px}
.sl{font-size:12.5px;color:${c.sub};margin-top:5px}
.pp{font-size:16px;font-weight:800;margin-top:8px}
.kb{margin-top:14px;background:${c.key};border:1px dashed ${c.line === '#30254F' ? '#4B3C7A' : '#CFC6EE'};border-radius:10px;padding:12px 14px}
.kl{font-size:12px;color:${c.sub}}
.kv{font-family:"DejaVu Sans Mono",monospace;font-size:15px;margin-top:5px;overflow-wrap:anywhere;white-space:pre-line;line-height:1.5}
.kn{font-size:13px;margin-top:6px;line-height:1.45}
.r{display:flex;justify-content:space-between;gap:14px;padding:8px 0;border-bottom:1px solid ${c.line}}.r:last-child{border:0}
.r .k{color:${c.sub}}.r .v{text-align:right;overflow-wrap:anywhere}
.hp{font-size:13.5px;line-height:1.5}
.btn{display:inline-block;margin-top:10px;background:#6B3EF5;color:#fff;border-radius:8px;padding:9px 16px;font-weight:700;font-size:13.5px}
`;
    const key = o.key || o.keyNote ? `<div class="kb">${t('div', 'label', o.keyLabel ?? 'Your key', 'class="kl"')}${o.key ? t('div', 'value', o.key, 'class="kv"') : ''}${o.keyNote ? t('div', 'body', o.keyNote, 'class="kn"') : ''}</div>` : '';
    const prod = `<div class="card"><div class="pl"><div class="cv"></div><div>${t('div', 'value', o.product, 'class="pt"')}${t('div', 'value', o.meta, 'class="pm"')}${o.seller ? t('div', 'value', `Sold by ${o.seller}`, 'class="sl"') : ''}${t('div', 'value', o.price, 'class="pp"')}</div></div>${key}</div>`;
    const sum = `<div class="card">${o.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>`;
    const help = `<div class="card">${t('div', 'body', o.help ?? 'Need help with this order?', 'class="hp"')}<span class="btn">Get help</span></div>`;
    const body = `${topBar(scene, { dark: true, bg: '#2D1B5A' })}<div class="nav"><span class="wm">eneba</span>${narrow ? '<span style="flex:1"></span>' : '<div class="sr">Search games, gift cards, software…</div>'}<div class="ic"><span>♡</span><span>🛒</span><span>👤</span></div></div>
<div class="wrap"><div class="cr">Account › Orders › ${esc(o.id)}</div><div class="hd">${t('span', 'value', `Order ${o.id}`, 'class="no"')}${t('span', 'status', o.status, 'class="bd"')}${t('span', 'value', o.date, 'class="dt"')}</div>
<div class="grid"><div>${prod}</div><div>${sum}${help}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
