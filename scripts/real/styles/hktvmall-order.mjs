// The HKTVmall app's order details (訂單詳情) on a phone, Hong Kong: the green title bar with ‹ and
// the title, the order number and time, the status strip (已確認 Confirmed › 處理中 Processing ›
// 已發送 Sent / 已完成 Completed) with the current step in green, the merchant block (商戶 …), the
// item with its e-voucher line (電子換領券 e-Voucher: 待發送 / 已發送), the price breakdown, the
// payment row and the buttons (聯絡商戶 Contact Merchant, 申請退款 Request refund). Chinese with
// English as the app mixes them; `scene.dark` gives the dark theme. Layout reconstructed; texts from
// the scene.
import { t, page, statusBar } from '../lib/common.mjs';

const G = '#6CB33F';

export default {
  name: 'hktvmall-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#101010', card: '#1C1C1C', fg: '#EEE', sub: '#A0A0A0', line: '#2C2C2C' } : { bg: '#F2F2F2', card: '#FFF', fg: '#222', sub: '#808080', line: '#EEE' };
    const steps = o.steps.map((s, i) => `<div class="sp ${i <= o.step ? 'on' : ''}"><i></i>${t('span', i === o.step ? 'status' : 'label', s)}</div>`).join('');
    const rows = (list) => list.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.hd{background:${G};color:#fff}.tl{height:50px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}.tl .bk{position:absolute;left:14px;font-size:24px}.tl .hp{position:absolute;right:14px;font-size:13px}
.card{background:${c.card};margin:10px;border-radius:8px;padding:14px}
.no{font-weight:700;font-size:15px}.dt{color:${c.sub};font-size:12.5px;margin-top:3px}
.steps{display:flex;margin-top:14px}.sp{flex:1;display:flex;flex-direction:column;align-items:center;gap:6px;font-size:11.5px;color:${c.sub};text-align:center;position:relative}
.sp i{width:12px;height:12px;border-radius:50%;background:#ccc;z-index:1}.sp.on i{background:${G}}.sp.on{color:${c.fg}}
.sp::before{content:"";position:absolute;top:5px;left:-50%;width:100%;height:2px;background:#ddd}.sp:first-child::before{display:none}.sp.on::before{background:${G}}
.mer{display:flex;align-items:center;gap:8px;font-weight:600;border-bottom:1px solid ${c.line};padding-bottom:10px;margin-bottom:10px}.mer b{background:#FF6F00;color:#fff;font-size:11px;padding:1px 5px;border-radius:3px}
.item{display:flex;gap:10px}.th{width:64px;height:64px;border-radius:6px;flex:none;background:linear-gradient(140deg,#3b82f6,#1e3a8a)}.nm{line-height:1.45;overflow-wrap:anywhere}.pr{font-weight:700;margin-top:4px}
.ev{margin-top:10px;background:${d ? '#23301C' : '#F1F8EC'};border-radius:6px;padding:8px 10px;font-size:13px;line-height:1.55}
.r{display:flex;justify-content:space-between;gap:12px;padding:7px 0;font-size:13.5px}.k{color:${c.sub};flex:none}.v{text-align:right;overflow-wrap:anywhere}
.tot{border-top:1px solid ${c.line};margin-top:4px;padding-top:8px;display:flex;justify-content:space-between;font-weight:700;font-size:15px}.tot span:last-child{color:#E4002B}
.btns{display:flex;gap:10px;margin:4px 10px 14px}.btns span{flex:1;text-align:center;padding:10px 0;border-radius:22px;border:1px solid ${G};color:${G};font-size:14px;background:${c.card}}.btns .pri{background:${G};color:#fff}
.note{margin:0 16px 8px;color:${c.sub};font-size:12px;line-height:1.6}
`;
    const body = `<div class="hd">${statusBar({ time: scene.clock, battery: scene.battery, os: scene._device.os, dark: true, bg: G })}<div class="tl"><span class="bk">‹</span>${t('span', 'title', '訂單詳情')}<span class="hp">幫助</span></div></div>
<div class="card">${t('div', 'value', `訂單編號 Order No. ${o.number}`, 'class="no"')}${t('div', 'value', `下單時間 ${o.date}`, 'class="dt"')}<div class="steps">${steps}</div></div>
<div class="card"><div class="mer"><b>商戶</b>${t('span', 'value', o.merchant)}<span style="margin-left:auto;color:${c.sub}">›</span></div>
${o.items.map(([n, p, q]) => `<div class="item"><div class="th"></div><div>${t('div', 'value', n, 'class="nm"')}${t('div', 'value', `${p}\u3000x${q}`, 'class="pr"')}</div></div>`).join('')}
${o.voucher ? `<div class="ev">${o.voucher.map((l) => t('div', 'status', l)).join('')}</div>` : ''}</div>
<div class="card">${rows(o.rows)}<div class="tot">${t('span', 'label', '總計 Total')}${t('span', 'value', o.total)}</div></div>
${(o.note ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}
<div class="btns">${(o.buttons ?? ['聯絡商戶 Contact Merchant']).map((b, i) => t('span', 'button', b, i === (o.buttons ?? []).length - 1 && i > 0 ? 'class="pri"' : '')).join('')}</div>`;
    return page(css, body);
  },
};
