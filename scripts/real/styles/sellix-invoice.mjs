// A Sellix invoice page (a Discord-era key shop's storefront at <shop>.mysellix.io/invoice/…)
// in a browser: the shop's top bar (its round logo and name, "Products", "Feedback", "Contact"),
// then the invoice: "Invoice" with the invoice id and the status pill (Completed / Pending /
// Processing / Voided), the product line (title, "× quantity", price), the detail rows (e-mail
// masked, gateway, created at, total) and the delivery box: the delivered serials (masked), or a
// notice such as the seller's manual-delivery text (`invoice.delivery`), then the buttons
// ("Contact seller", "Leave feedback"). Desktop (two columns) or phone (one column, status bar
// and address pill). Dark (default, the common storefront theme) or light (`scene.light`).
// Layout reconstructed from the storefront; the wording is the scene's.
import { t, page, LATIN } from '../lib/common.mjs';
import { chrome, chromeCss } from '../lib/browser-chrome.mjs';

export default {
  name: 'sellix-invoice',
  kind: 'order',
  render(scene) {
    const v = scene.invoice;
    const light = Boolean(scene.light);
    const narrow = scene._device.width < 700;
    const brand = scene.brandColor ?? '#7B61FF';
    const tone = { ok: '#22C55E', wait: '#F59E0B', bad: '#EF4444' }[v.tone ?? 'ok'];
    const c = light
      ? { bg: '#F5F6FA', card: '#FFFFFF', line: '#E5E7EE', fg: '#161A2B', sub: '#6B7189', box: '#F7F8FB' }
      : { bg: '#0E0F14', card: '#17181F', line: '#262833', fg: '#EDEEF3', sub: '#8C90A3', box: '#111218' };
    const css = `${chromeCss(!light)}
body{background:${c.bg};color:${c.fg};font-size:14px}
.app{display:flex;flex-direction:column;min-height:100vh}
.tb{flex:none;height:${narrow ? 54 : 64}px;border-bottom:1px solid ${c.line};display:flex;align-items:center;gap:26px;padding:0 ${narrow ? 14 : 60}px}
.sn{display:flex;align-items:center;gap:10px;font-weight:800;font-size:${narrow ? 16 : 18}px}.sn i{width:34px;height:34px;border-radius:50%;background:${brand};display:inline-block}
.tb span.m{color:${c.sub};font-size:14px}
.wrap{width:${narrow ? '100%' : '1000px'};margin:0 auto;padding:${narrow ? '14px 12px' : '30px 0'};display:flex;gap:20px;${narrow ? 'flex-direction:column' : 'align-items:flex-start'}}
.col{flex:1;min-width:0}
.card{background:${c.card};border:1px solid ${c.line};border-radius:12px;padding:${narrow ? '14px' : '18px 20px'};margin-bottom:${narrow ? 0 : 14}px}
.h{display:flex;align-items:center;gap:10px;flex-wrap:wrap}.h h1{font-size:${narrow ? 19 : 22}px;margin:0}
.pill{font-size:12px;font-weight:700;color:${tone};background:${tone}22;border-radius:20px;padding:3px 11px}
.id{font-family:"DejaVu Sans Mono",monospace;font-size:12.5px;color:${c.sub};margin:6px 0 14px;overflow-wrap:anywhere}
.pl{display:flex;gap:12px;align-items:center;padding:10px 0;border-top:1px solid ${c.line};border-bottom:1px solid ${c.line};margin-bottom:6px}
.pi{flex:none;width:46px;height:46px;border-radius:8px;background:linear-gradient(140deg,${brand},#22D3EE)}
.pn{font-weight:700;line-height:1.35}.pq{font-size:12.5px;color:${c.sub};margin-top:2px}.pp{margin-left:auto;font-weight:800;white-space:nowrap}
.row{display:flex;justify-content:space-between;gap:14px;padding:7px 0}.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.dh{font-weight:700;margin-bottom:10px}
.sr{font-family:"DejaVu Sans Mono",monospace;background:${c.box};border:1px solid ${c.line};border-radius:8px;padding:9px 12px;margin-bottom:7px;overflow-wrap:anywhere}
.dn{background:${c.box};border:1px solid ${c.line};border-radius:8px;padding:10px 12px;line-height:1.55;color:${light ? '#3A3F55' : '#C9CCDA'};margin-bottom:8px;white-space:pre-wrap}
.bts{display:flex;gap:10px;margin-top:12px;flex-wrap:wrap}.bts span{border-radius:8px;padding:9px 14px;font-weight:700;border:1px solid ${c.line}}.bts span:first-child{background:${brand};border-color:${brand};color:#fff}
`;
    const rows = v.rows.map(([k, val]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', val, 'class="v"')}</div>`).join('');
    const serials = (v.serials ?? []).map((s) => t('div', 'value', s, 'class="sr"')).join('');
    const notes = (v.delivery ?? []).map((n) => t('div', 'body', n, 'class="dn"')).join('');
    const body = `<div class="app">${chrome(scene, { url: `${scene.domain ?? 'shop.mysellix.io'}/invoice/${v.id}`, tab: `Invoice ${v.id.slice(0, 10)}… | ${scene.shop}`, fav: brand, dark: !light })}
<div class="tb"><span class="sn"><i></i>${t('span', 'title', scene.shop)}</span>${narrow ? '' : '<span class="m">Products</span><span class="m">Feedback</span><span class="m">Contact</span>'}</div>
<div class="wrap"><div class="col"><div class="card"><div class="h">${t('h1', 'title', 'Invoice')}${t('span', 'status', v.status, 'class="pill"')}</div>${t('div', 'value', v.id, 'class="id"')}
<div class="pl"><span class="pi"></span><div>${t('div', 'value', v.product, 'class="pn"')}${t('div', 'value', `× ${v.qty ?? 1}`, 'class="pq"')}</div>${t('span', 'value', v.price, 'class="pp"')}</div>${rows}</div></div>
<div class="col"><div class="card">${t('div', 'label', v.deliveryTitle ?? 'Delivered goods', 'class="dh"')}${serials}${notes}<div class="bts">${(v.buttons ?? ['Contact seller', 'Leave feedback']).map((b) => t('span', 'button', b)).join('')}</div></div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
