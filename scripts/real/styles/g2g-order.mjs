// A game-goods marketplace's order page (G2G / Eneba look, English): a status banner on top,
// then the order's label–value rows (Order ID, Offer, Seller, Quantity, Total, Delivery), the
// Confirm Received / Did Not Receive buttons and a short delivery note.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'g2g-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#19A974', wait: '#F5A623', bad: '#E5484D' }[o.tone ?? 'wait'];
    const rows = o.rows.map(([k, v]) => `<div class="r">${t('div', 'label', k, 'class="k"')}${t('div', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:#F3F4F8;color:#1c1f2e;font-size:14px}
.nav{height:${narrow ? 52 : 60}px;background:#1B1F3B;color:#fff;display:flex;align-items:center;padding:0 ${narrow ? 14 : 48}px;gap:26px}
.brand{font-weight:800;font-size:${narrow ? 20 : 24}px;letter-spacing:1px;color:#F04E4E}
.nav a{opacity:.8;font-size:14px}
.wrap{max-width:960px;margin:${narrow ? 12 : 28}px auto;padding:0 ${narrow ? 10 : 0}px}
.crumb{font-size:13px;color:#6b7080;margin-bottom:10px}
.banner{border-radius:8px;background:${tone}1c;border-left:5px solid ${tone};padding:14px 16px;margin-bottom:14px}
.bt{font-size:${narrow ? 18 : 20}px;font-weight:700;color:${tone}}
.bn{font-size:13.5px;color:#40455a;margin-top:4px;line-height:1.5}
.card{background:#fff;border-radius:8px;box-shadow:0 1px 4px #0000000f;padding:4px 0;margin-bottom:14px}
.card h3{margin:0;padding:12px 18px;font-size:16px;border-bottom:1px solid #eef0f4}
.r{display:flex;gap:12px;padding:${narrow ? 9 : 11}px 18px;border-bottom:1px solid #f4f5f8}
.k{width:${narrow ? 110 : 180}px;flex:none;color:#7b8093}
.v{overflow-wrap:anywhere}
.btns{display:flex;gap:10px;padding:14px 18px}
.btns span{padding:9px 16px;border-radius:6px;font-weight:600;font-size:14px}
.btns span:first-child{background:#F04E4E;color:#fff}
.btns span+span{border:1px solid #c9ccd6;color:#40455a}
.note{padding:10px 18px 14px;color:#5d6274;font-size:13px;line-height:1.7}
`;
    const body = `${topBar(scene, { bg: '#1B1F3B', dark: true })}<div class="nav">${t('span', 'title', scene.shop ?? 'G2G', 'class="brand"')}${narrow ? '' : '<a>Buy</a><a>Sell</a><a>Orders</a><a>Help</a>'}</div>
<div class="wrap"><div class="crumb">My Orders › Purchase</div>
<div class="banner">${t('div', 'status', o.status, 'class="bt"')}${o.statusNote ? t('div', 'body', o.statusNote, 'class="bn"') : ''}</div>
<div class="card">${t('h3', 'title', o.heading ?? 'Order Details')}${rows}<div class="btns">${(o.buttons ?? []).map((b) => t('span', 'button', b)).join('')}</div></div>
${o.note ? `<div class="card">${o.note.map((n) => t('div', 'body', n, 'class="note"')).join('')}</div>` : ''}</div>`;
    return page(css, body, LATIN);
  },
};
