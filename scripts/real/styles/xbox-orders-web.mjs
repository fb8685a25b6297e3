// The Microsoft account "Order history" page in a desktop browser (account.microsoft.com ›
// Payment & billing): the account header (Microsoft wordmark, Your info, Privacy, Security,
// Rewards, Payment & billing, Services & subscriptions, Devices), the page title, the filter line,
// and order cards (date, "Order #…", product line with a tile, the price or "Redeemed", the
// device, links). `scene.dark` gives the dark theme. Layout reconstructed; texts from the scene.
import { esc, t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'xbox-orders-web',
  kind: 'order',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#1F1F1F', card: '#2B2B2B', fg: '#FFFFFF', sub: '#C8C8C8', line: '#3B3B3B', link: '#4CC2FF', nav: '#202020' } : { bg: '#F3F3F3', card: '#FFFFFF', fg: '#1B1B1B', sub: '#616161', line: '#E5E5E5', link: '#0067B8', nav: '#FFFFFF' };
    const orders = scene.orders.map((o) => `<div class="oc"><div class="oh">${t('span', 'value', o.date, 'class="od"')}${t('span', 'value', o.number, 'class="on"')}${o.total ? t('span', 'value', o.total, 'class="ot"') : ''}</div>
${o.items.map((it) => `<div class="it"><div class="tile" style="background:${it.color ?? '#107C10'}"></div><div class="ib">${t('div', 'value', it.name, 'class="in"')}${it.meta ? t('div', 'label', it.meta, 'class="im"') : ''}</div>${t('div', it.status ? 'status' : 'value', it.price, 'class="ip"')}</div>`).join('')}
<div class="ol">${(o.links ?? ['Order details', 'Request a refund']).map((l) => `<span>${esc(l)}</span>`).join('')}</div></div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Liberation Sans","DejaVu Sans",sans-serif;font-size:15px}
.chrome{height:74px;background:${d ? '#2B2B2B' : '#DEE1E6'};display:flex;flex-direction:column}
.tabs{height:36px;display:flex;align-items:flex-end;padding-left:10px}
.tab{height:30px;width:240px;background:${d ? '#3B3B3B' : '#fff'};border-radius:8px 8px 0 0;font-size:12px;padding:8px 12px;color:${c.sub}}
.url{flex:1;background:${d ? '#3B3B3B' : '#fff'};display:flex;align-items:center;padding:0 14px}
.url span{background:${d ? '#2B2B2B' : '#F1F3F4'};border-radius:14px;padding:5px 14px;font-size:13px;color:${c.sub};width:560px}
.nav{height:54px;background:${c.nav};border-bottom:1px solid ${c.line};display:flex;align-items:center;gap:26px;padding:0 32px;font-size:14px}
.ms{display:flex;align-items:center;gap:8px;font-weight:600;font-size:17px;margin-right:18px}
.ms i{display:grid;grid-template-columns:9px 9px;gap:2px}.ms i b{display:block;width:9px;height:9px}
.nav .on{border-bottom:2px solid ${c.fg};padding:16px 0;font-weight:600}
.wrap{max-width:1100px;margin:28px auto;padding:0 24px}
.ti{font-size:28px;font-weight:600;margin-bottom:8px}
.fl{color:${c.sub};font-size:14px;margin-bottom:18px}
.oc{background:${c.card};border-radius:8px;margin-bottom:14px;box-shadow:0 1px 2px #0000001a}
.oh{display:flex;gap:24px;padding:14px 20px;border-bottom:1px solid ${c.line};font-size:14px;color:${c.sub}}
.ot{margin-left:auto;color:${c.fg};font-weight:600}
.it{display:flex;align-items:center;gap:16px;padding:14px 20px}
.tile{width:56px;height:56px;border-radius:4px;flex:none}
.ib{flex:1}.in{font-weight:600}.im{font-size:13px;color:${c.sub};margin-top:3px}
.ip{font-weight:600;white-space:nowrap}
.ol{display:flex;gap:22px;padding:0 20px 14px 92px;color:${c.link};font-size:14px}
`;
    const body = `<div class="chrome"><div class="tabs"><div class="tab">Order history</div></div><div class="url"><span>account.microsoft.com/billing/orders</span></div></div>
<div class="nav"><span class="ms"><i><b style="background:#F25022"></b><b style="background:#7FBA00"></b><b style="background:#00A4EF"></b><b style="background:#FFB900"></b></i>Microsoft account</span><span>Your info</span><span>Privacy</span><span>Security</span><span>Rewards</span><span class="on">Payment &amp; billing</span><span>Services &amp; subscriptions</span><span>Devices</span></div>
<div class="wrap">${t('div', 'title', scene.heading ?? 'Order history', 'class="ti"')}${t('div', 'label', scene.filter ?? 'Showing orders from the last 3 months', 'class="fl"')}${orders}</div>`;
    return page(css, body, LATIN);
  },
};
