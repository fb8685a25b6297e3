// A CDKeys-like key shop's "My Orders" page (browser, English): the black header with the shop's
// wordmark and the basket, the account side menu (My Orders selected) on desktop, the order block
// (order number, placed date, status, total), the item line (title, platform, region, quantity,
// price) with its key box (masked key and "Copy", or "Your code will appear here once the order
// is complete"), and a small terms line under it (`order.note`). Phone or desktop. Layout
// reconstructed from such shops' account pages; the shop name and wording are the scene's.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'keyshop-orders',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#2E9F4B', wait: '#D98C00', bad: '#C8372D' }[o.tone ?? 'ok'];
    const css = `
body{background:#F2F2F2;color:#1A1A1A;font-size:14px}
.hd{background:#000;color:#fff;height:${narrow ? 52 : 62}px;display:flex;align-items:center;gap:18px;padding:0 ${narrow ? 12 : 40}px}
.logo{font-size:${narrow ? 20 : 24}px;font-weight:900;letter-spacing:-.5px}.logo b{color:${scene.accent ?? '#F5A623'}}
.hd .sp{flex:1}.hd .bk{font-size:13px;opacity:.85}
.main{display:flex;gap:20px;max-width:1040px;margin:${narrow ? 10 : 24}px auto;padding:0 ${narrow ? 10 : 0}px}
.side{flex:none;width:200px;background:#fff;border-radius:4px;padding:8px 0;align-self:flex-start}
.side div{padding:9px 16px;font-size:14px;color:#444}.side div.on{border-left:3px solid ${scene.accent ?? '#F5A623'};font-weight:700;color:#000;background:#FAFAFA}
.ct{flex:1;min-width:0}
h1{font-size:${narrow ? 19 : 22}px;margin:0 0 10px}
.blk{background:#fff;border-radius:4px;margin-bottom:12px}
.oh{display:flex;flex-wrap:wrap;gap:${narrow ? '4px 14px' : '4px 28px'};padding:12px 14px;border-bottom:1px solid #EEE;font-size:13px;color:#555}
.oh b{color:#111}.st{color:${tone};font-weight:700}
.il{padding:12px 14px}.it{font-size:15px;font-weight:700;line-height:1.35}.im{font-size:12.5px;color:#666;margin-top:4px}
.kb{display:flex;align-items:center;gap:10px;margin-top:10px;background:#F7F7F7;border:1px solid #E2E2E2;border-radius:4px;padding:9px 12px}
.kb .k{flex:1;font-family:"DejaVu Sans Mono",monospace;font-size:14.5px;overflow-wrap:anywhere}.kb .cp{font-size:12.5px;font-weight:700;color:#0A66C2}
.nt{font-size:12px;color:#666;padding:0 14px 12px;line-height:1.5}
`;
    const head = o.head.map(([k, v]) => `<span>${t('span', 'label', k)} ${t('b', k === 'Status' ? 'status' : 'value', v, k === 'Status' ? 'class="st"' : '')}</span>`).join('');
    const body = `${topBar(scene, { bg: '#000', dark: true })}<div class="hd"><span class="logo">${scene.shopHtml ?? 'KEY<b>DEN</b>'}</span><span class="sp"></span><span class="bk">${narrow ? '☰' : 'My Account · Basket (0)'}</span></div>
<div class="main">${narrow ? '' : '<div class="side"><div>Account Dashboard</div><div class="on">My Orders</div><div>My Wishlist</div><div>Account Information</div><div>Newsletter</div></div>'}
<div class="ct">${t('h1', 'title', 'My Orders')}<div class="blk"><div class="oh">${head}</div>
<div class="il">${t('div', 'value', o.item, 'class="it"')}${t('div', 'value', o.meta, 'class="im"')}
<div class="kb">${t('span', 'value', o.key, 'class="k"')}${o.copy === false ? '' : '<span class="cp">Copy</span>'}</div></div>
${(o.note ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
