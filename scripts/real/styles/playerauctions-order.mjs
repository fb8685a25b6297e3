// PlayerAuctions order page (browser, English): the navy header with the orange "PA" mark and
// the PlayerAuctions name, the "Order Details" heading with the order number, a four-step
// progress line (Paid › Delivering › Delivered › Completed, the reached steps orange), the
// offer box (title, game and server, the seller with their feedback), the label–value table,
// the PA Protection note and the buttons. Phone or desktop. Layout reconstructed from the
// site's look; the wording is the scene's.
import { t, page, topBar, LATIN, esc } from '../lib/common.mjs';

const STEPS = ['Paid', 'Delivering', 'Delivered', 'Completed'];

export default {
  name: 'playerauctions-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const css = `
body{background:#F4F5F7;color:#222;font-size:14px}
.hd{background:#0B2447;color:#fff;height:${narrow ? 50 : 58}px;display:flex;align-items:center;gap:10px;padding:0 ${narrow ? 12 : 36}px}
.hd i{font-style:normal;background:#F7941D;color:#0B2447;font-weight:900;border-radius:4px;padding:2px 5px;font-size:15px}
.hd b{font-size:${narrow ? 17 : 20}px}.hd .nav{margin-left:24px;display:flex;gap:20px;font-size:13.5px;opacity:.85}
.wrap{max-width:920px;margin:${narrow ? 10 : 22}px auto;padding:0 ${narrow ? 10 : 0}px}
h1{font-size:${narrow ? 18 : 22}px;margin:0 0 4px}.no{font-size:13px;color:#666;margin-bottom:12px}
.st{display:flex;margin:6px 0 14px}
.st div{flex:1;text-align:center;font-size:12px;color:#999;position:relative;padding-top:22px}
.st div::before{content:"";position:absolute;top:4px;left:50%;transform:translateX(-50%);width:14px;height:14px;border-radius:50%;background:#D5D8DE}
.st div::after{content:"";position:absolute;top:10px;left:-50%;width:100%;height:2px;background:#D5D8DE;z-index:-1}
.st div:first-child::after{display:none}
.st div.on{color:#E07B00;font-weight:700}.st div.on::before,.st div.on::after{background:#F7941D}
.box{background:#fff;border:1px solid #E3E5EA;border-radius:6px;margin-bottom:12px;padding:12px 14px}
.ti{font-size:15px;font-weight:700;color:#0B2447;line-height:1.4}.mt{font-size:12.5px;color:#666;margin-top:5px}
.stt{display:inline-block;margin-top:8px;font-size:12.5px;font-weight:700;color:#fff;background:${o.tone === 'wait' ? '#E07B00' : o.tone === 'bad' ? '#C62828' : '#2E7D32'};padding:2px 8px;border-radius:3px}
table{width:100%;border-collapse:collapse;font-size:${narrow ? 13 : 14}px}
td{padding:8px 6px;border-bottom:1px solid #EEF0F3;vertical-align:top;overflow-wrap:anywhere}
td.k{color:#777;width:${narrow ? 40 : 30}%;white-space:nowrap}
tr:last-child td{border-bottom:0}
.nt{font-size:12.5px;line-height:1.55;color:#444;background:#FFF6EA;border:1px solid #FBD9A8;border-radius:6px;padding:9px 12px;margin-bottom:12px}
.btns{display:flex;gap:10px;justify-content:flex-end;flex-wrap:wrap}.btns span{border:1px solid #C5CAD3;border-radius:4px;padding:8px 14px;font-weight:600;background:#fff}
.btns span:last-child{background:#F7941D;border-color:#F7941D;color:#fff}
`;
    const reached = o.step ?? 1;
    const steps = STEPS.map((s, i) => `<div class="${i < reached ? 'on' : ''}">${esc(s)}</div>`).join('');
    const rows = o.rows.map(([k, v]) => `<tr>${t('td', 'label', k, 'class="k"')}${t('td', 'value', v)}</tr>`).join('');
    const body = `${topBar(scene, { bg: '#0B2447', dark: true })}<div class="hd"><i>PA</i><b>PlayerAuctions</b>${narrow ? '' : '<span class="nav"><span>Gold</span><span>Accounts</span><span>Items</span><span>Boosting</span><span>Top Up</span></span>'}</div>
<div class="wrap">${t('h1', 'title', 'Order Details')}${t('div', 'value', `Order #${o.id}`, 'class="no"')}
<div class="st">${steps}</div>
<div class="box">${t('div', 'value', o.offer, 'class="ti"')}${t('div', 'value', o.meta, 'class="mt"')}${t('span', 'status', o.status, 'class="stt"')}</div>
<div class="box"><table>${rows}</table></div>
${(o.note ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}
<div class="btns">${(o.buttons ?? ['Open a Dispute', 'Confirm Receipt']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
