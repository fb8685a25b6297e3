// SEAGM order details (mobile web, en): dark-navy top bar with the SEAGM mark and the menu, the
// "Order Details" heading, a status chip (Delivered green, Processing amber, Refunded grey), the
// product card, then label/value rows (Order ID, Order Date, Payment Method, Total), and a
// delivered-PIN box with the PIN masked. `scene.dark` gives the site's dark theme.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'seagm-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const tone = { ok: ['#E7F7EE', '#14834A'], wait: ['#FFF4DC', '#A86A00'], off: ['#EEE', '#666'] }[o.tone ?? 'ok'];
    const css = `
body{background:${d ? '#0E1420' : '#F3F5F9'};color:${d ? '#E4E8F0' : '#1b2330'}}
.nav{background:#14213D;color:#fff;height:50px;display:flex;align-items:center;justify-content:space-between;padding:0 14px}
.logo{font-weight:800;font-size:20px;letter-spacing:1px}.logo b{color:#F5A623}
.h1{font-size:19px;font-weight:700;padding:16px 16px 8px;display:flex;align-items:center;justify-content:space-between}
.chip{font-size:12.5px;font-weight:600;padding:3px 10px;border-radius:12px;background:${tone[0]};color:${tone[1]}}
.box{margin:8px 12px;background:${d ? '#172033' : '#fff'};border-radius:10px;padding:12px 14px;box-shadow:0 1px 2px #0000000f}
.prod{display:flex;gap:12px;align-items:center}.pic{width:56px;height:56px;border-radius:8px;background:linear-gradient(135deg,#2f80ed,#56ccf2);flex:none}
.pt{font-size:14.5px;font-weight:600;line-height:1.35}.pq{font-size:12.5px;color:${d ? '#9aa6bb' : '#6b7588'};margin-top:4px}
.row{display:flex;justify-content:space-between;gap:14px;padding:8px 0;font-size:14px;border-bottom:1px solid ${d ? '#22304a' : '#F0F2F5'}}
.row:last-child{border-bottom:0}.k{color:${d ? '#9aa6bb' : '#6b7588'};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.pin{font-family:"DejaVu Sans Mono",monospace;font-size:14px;background:${d ? '#0E1420' : '#F6F8FB'};border:1px dashed ${d ? '#3a4a6a' : '#c9d2e0'};border-radius:6px;padding:8px 10px;margin-top:6px}
.note{font-size:12.5px;color:${d ? '#9aa6bb' : '#6b7588'};line-height:1.5;padding:4px 16px}
`;
    const rows = o.rows.map(([k, v, role]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#14213D', dark: true })}<div class="nav"><span class="logo">SEA<b>GM</b></span><span style="font-size:20px">☰</span></div>
<div class="h1">${t('span', 'title', 'Order Details')}${t('span', 'status', o.status, 'class="chip"')}</div>
<div class="box"><div class="prod"><div class="pic"></div><div>${t('div', 'value', o.product, 'class="pt"')}${o.qty ? t('div', 'value', o.qty, 'class="pq"') : ''}</div></div></div>
<div class="box">${rows}</div>
${o.pin ? `<div class="box">${t('div', 'label', o.pinLabel ?? 'Card PIN', 'style="font-size:13px;font-weight:600"')}${t('div', 'value', o.pin, 'class="pin"')}</div>` : ''}
${o.note ? t('div', 'body', o.note, 'class="note"') : ''}`;
    return page(css, body, LATIN);
  },
};
