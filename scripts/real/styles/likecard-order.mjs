// A Gulf digital-card store's app in the Like Card manner (Saudi Arabia, the UAE: gift cards, game
// cards and top-up codes sold for SAR / AED), the order details screen on a phone: the store's bar
// with its word mark (`scene.shop`), the order number and date, the status chip (Completed green,
// Processing amber, Cancelled grey; `order.tone` ok|wait|off), the product card (thumbnail, name,
// region, quantity, price), for a completed order the delivered card box (serial and code masked as
// the app masks them until "Show" is tapped, a "Copy" button, the redeem hint), the payment summary
// (payment method, subtotal, VAT, total) and the "Contact support" / "Reorder" buttons. English
// chrome; `scene.dark` gives the dark theme. Layout reconstructed; texts come from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'likecard-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#111318', card: '#1B1E26', fg: '#ECEEF3', sub: '#9CA3B4', line: '#2A2E39', box: '#232734' } : { bg: '#F4F5F9', card: '#FFFFFF', fg: '#1A1D26', sub: '#6B7285', line: '#EEF0F4', box: '#F7F5FF' };
    const tone = { ok: ['#E4F7EC', '#12864A'], wait: ['#FFF2D8', '#A06000'], off: [d ? '#2A2E39' : '#EEEEEE', c.sub] }[o.tone ?? 'ok'];
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.bar{height:56px;background:#5B2D90;color:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 16px}
.bar .l{display:flex;gap:14px;align-items:center;font-size:17px;font-weight:700}.bar .l span:first-child{font-size:22px;font-weight:400}
.wm{font-weight:800;letter-spacing:.5px;font-size:14px;background:#fff;color:#5B2D90;border-radius:6px;padding:3px 8px}
.sec{background:${c.card};margin:10px 12px 0;border-radius:12px;padding:12px 14px}
.oh{display:flex;justify-content:space-between;align-items:flex-start;gap:10px}
.on{font-size:15px;font-weight:700;overflow-wrap:anywhere}.od{font-size:12.5px;color:${c.sub};margin-top:3px}
.chip{flex:none;font-size:12.5px;font-weight:700;padding:4px 10px;border-radius:12px;background:${tone[0]};color:${tone[1]}}
.pr{display:flex;gap:12px;align-items:center}.th{width:58px;height:58px;border-radius:10px;background:linear-gradient(135deg,${scene.cardColor ?? '#1F6FEB'},#7C3AED);flex:none}
.pn{font-size:14.5px;font-weight:700;line-height:1.35}.ps{font-size:12.5px;color:${c.sub};margin-top:3px}.pp{font-weight:700;margin-left:auto;flex:none}
.code{margin-top:12px;background:${c.box};border:1px dashed ${d ? '#4B4F63' : '#C9BDF0'};border-radius:10px;padding:10px 12px}
.cr{display:flex;justify-content:space-between;align-items:center;gap:10px;padding:4px 0;font-size:13.5px}
.ck{color:${c.sub}}.cv{font-family:"DejaVu Sans Mono",monospace;font-weight:700;overflow-wrap:anywhere}
.cp{font-size:12px;font-weight:700;color:#5B2D90;background:${d ? '#ECEEF3' : '#ECE4FA'};border-radius:12px;padding:3px 10px;flex:none}
.hint{font-size:12px;color:${c.sub};margin-top:6px;line-height:1.5}
.row{display:flex;justify-content:space-between;gap:14px;padding:8px 0;font-size:13.5px;border-bottom:1px solid ${c.line}}
.row:last-child{border-bottom:0;font-weight:700;font-size:15px}.k{color:${c.sub}}.row:last-child .k{color:${c.fg}}.v{text-align:right;overflow-wrap:anywhere}
.btns{display:flex;gap:10px;margin:14px 12px}.btns div{flex:1;height:46px;border-radius:10px;display:flex;align-items:center;justify-content:center;font-weight:700}
.b1{border:1.5px solid #5B2D90;color:${d ? '#C4A8F0' : '#5B2D90'}}.b2{background:#5B2D90;color:#fff}
`;
    const codes = (o.codes ?? []).map((cd) => `<div class="code">${cd.rows.map(([k, v], i) => `<div class="cr">${t('span', 'label', k, 'class="ck"')}${t('span', 'value', v, 'class="cv"')}${i === cd.rows.length - 1 ? '<span class="cp">Copy</span>' : ''}</div>`).join('')}${cd.hint ? t('div', 'body', cd.hint, 'class="hint"') : ''}</div>`).join('');
    const pay = o.pay.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#5B2D90', dark: true })}<div class="bar"><span class="l"><span>←</span>${t('span', 'title', 'Order details')}</span><span class="wm">${scene.shop ?? 'CARD STORE'}</span></div>
<div class="sec"><div class="oh"><div>${t('div', 'value', o.number, 'class="on"')}${t('div', 'value', o.date, 'class="od"')}</div>${t('span', 'status', o.status, 'class="chip"')}</div></div>
<div class="sec"><div class="pr"><div class="th"></div><div>${t('div', 'value', o.product, 'class="pn"')}${t('div', 'value', o.sub, 'class="ps"')}</div>${t('span', 'value', o.price, 'class="pp"')}</div>${codes}${o.note ? t('div', 'body', o.note, 'class="hint"') : ''}</div>
<div class="sec">${pay}</div>
<div class="btns">${t('div', 'button', 'Contact support', 'class="b1"')}${t('div', 'button', 'Reorder', 'class="b2"')}</div>`;
    return page(css, body, LATIN);
  },
};
