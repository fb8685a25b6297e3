// U7BUY order detail (browser, English): the white header with the blue U7BUY wordmark and the
// account menu, the blue "Order Detail" band with the order number and the big status line, the
// status message under it, the product card (icon, title, server / region, quantity, unit price),
// the label–value rows (Order No., Order Time, Payment Method, Character / account, Total) and the
// Live Chat button. Phone or desktop. Layout reconstructed from the site's look.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'u7buy-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#12B76A', wait: '#F79009', bad: '#F04438' }[o.tone ?? 'wait'];
    const css = `
body{background:#F2F5FA;color:#101828;font-size:14px}
.hd{background:#fff;height:${narrow ? 50 : 60}px;display:flex;align-items:center;gap:20px;padding:0 ${narrow ? 12 : 40}px;border-bottom:1px solid #E4E7EC}
.logo{font-size:${narrow ? 21 : 24}px;font-weight:900;color:#1660F5;font-style:italic;letter-spacing:-.5px}
.hd .nav{display:flex;gap:18px;font-size:14px;color:#344054}.hd .sp{flex:1}.hd .me{font-size:13px;color:#475467}
.band{background:linear-gradient(90deg,#1660F5,#3E8BFF);color:#fff;padding:${narrow ? '14px 14px' : '20px 40px'}}
.band .on{font-size:12.5px;opacity:.9}.band .st{font-size:${narrow ? 20 : 24}px;font-weight:800;margin-top:4px;display:flex;align-items:center;gap:8px}
.band .st i{display:inline-block;width:11px;height:11px;border-radius:50%;background:${tone};border:2px solid #fff}
.band .ms{font-size:13.5px;margin-top:6px;line-height:1.5;opacity:.95}
.wrap{max-width:960px;margin:${narrow ? 10 : 18}px auto;padding:0 ${narrow ? 10 : 0}px}
.card{background:#fff;border-radius:10px;border:1px solid #E4E7EC;padding:14px 16px;margin-bottom:12px}
.pr{display:flex;gap:12px}.ic{flex:none;width:54px;height:54px;border-radius:10px;background:linear-gradient(135deg,#107C10,#5DC21E)}
.pt{font-size:15px;font-weight:700;line-height:1.35}.pm{font-size:12.5px;color:#667085;margin-top:4px}
.row{display:flex;justify-content:space-between;gap:14px;padding:8px 0;border-bottom:1px solid #F2F4F7}.row:last-child{border:0}
.k{color:#667085;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:500}
.btns{display:flex;gap:10px;justify-content:flex-end}.btns span{border-radius:8px;padding:9px 16px;font-weight:700;border:1px solid #D0D5DD;background:#fff}
.btns span:first-child{background:#1660F5;color:#fff;border-color:#1660F5}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#fff' })}<div class="hd"><span class="logo">U7BUY</span>${narrow ? '' : '<span class="nav"><span>Games</span><span>Gift Cards</span><span>Top Up</span><span>Items</span></span>'}<span class="sp"></span><span class="me">${narrow ? '☰' : 'My Orders ▾'}</span></div>
<div class="band">${t('div', 'value', `Order No. ${o.id}`, 'class="on"')}<div class="st"><i></i>${t('span', 'status', o.status)}</div>${o.message ? t('div', 'body', o.message, 'class="ms"') : ''}</div>
<div class="wrap"><div class="card"><div class="pr"><div class="ic"></div><div>${t('div', 'value', o.product, 'class="pt"')}${t('div', 'value', o.meta, 'class="pm"')}</div></div></div>
<div class="card">${rows}</div>
<div class="btns">${(o.buttons ?? ['Live Chat', 'Apply for Refund']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
