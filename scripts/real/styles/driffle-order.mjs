// Driffle order page (browser, the site's dark theme): the near-black header with the driffle
// wordmark and the search field, "Order details" with the order number and date, the status
// pill, the product row (cover, title, platform and region chips, price), the key box (a
// "Reveal key" button, or the revealed key masked with the time it was revealed), the payment
// summary rows and a notice box (`order.note`). Phone or desktop. Reconstructed from the site's
// look; the wording is the scene's.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'driffle-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#3DDC97', wait: '#FFB547', bad: '#FF6B6B' }[o.tone ?? 'ok'];
    const css = `
body{background:#0D0F17;color:#ECEDF3;font-size:14px}
.hd{height:${narrow ? 52 : 62}px;display:flex;align-items:center;gap:18px;padding:0 ${narrow ? 12 : 40}px;background:#141726;border-bottom:1px solid #22263A}
.logo{font-size:${narrow ? 21 : 24}px;font-weight:800;letter-spacing:-.6px}.logo b{color:#9B7BFF}
.sr{flex:1;max-width:460px;height:36px;border-radius:8px;background:#1D2133;color:#7D82A0;font-size:13px;display:flex;align-items:center;padding:0 12px}
.wrap{max-width:900px;margin:${narrow ? 12 : 26}px auto;padding:0 ${narrow ? 10 : 0}px}
h1{font-size:${narrow ? 19 : 23}px;margin:0 0 4px}.sub{font-size:12.5px;color:#8C91AE;margin-bottom:12px}
.pill{display:inline-block;border:1px solid ${tone};color:${tone};border-radius:20px;padding:2px 11px;font-size:12.5px;font-weight:700;margin-bottom:12px}
.card{background:#151827;border:1px solid #23273B;border-radius:12px;padding:14px 16px;margin-bottom:12px}
.pr{display:flex;gap:12px;align-items:flex-start}.cv{flex:none;width:${narrow ? 52 : 64}px;height:${narrow ? 70 : 86}px;border-radius:6px;background:linear-gradient(160deg,#3A2F7A,#D0486B)}
.pt{font-size:15px;font-weight:700;line-height:1.35}.ch{margin-top:6px;display:flex;gap:6px;flex-wrap:wrap}.ch span{font-size:11.5px;background:#22263A;color:#C7CAE0;border-radius:4px;padding:2px 7px}
.pp{margin-left:auto;font-weight:800;font-size:15px;white-space:nowrap}
.kl{font-size:12px;color:#8C91AE;margin-bottom:6px}
.key{font-family:"DejaVu Sans Mono",monospace;font-size:15px;background:#0D0F17;border:1px solid #2D3250;border-radius:8px;padding:10px 12px;letter-spacing:.5px}
.kt{font-size:12px;color:#8C91AE;margin-top:6px}
.rv{display:inline-block;background:#9B7BFF;color:#0D0F17;font-weight:800;border-radius:8px;padding:9px 16px}
.row{display:flex;justify-content:space-between;gap:14px;padding:7px 0;border-bottom:1px solid #20243A}.row:last-child{border:0}
.k{color:#8C91AE;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.nt{font-size:12.5px;line-height:1.55;color:#C7CAE0;background:#1B1730;border:1px solid #3A2F6B;border-radius:10px;padding:10px 12px;margin-bottom:12px}
.btns{display:flex;gap:10px;justify-content:flex-end}.btns span{border:1px solid #3A3F5C;border-radius:8px;padding:8px 14px;font-weight:600}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const keyBox = o.key
      ? `${t('div', 'label', o.keyLabel ?? 'Your key', 'class="kl"')}${t('div', 'value', o.key, 'class="key"')}${o.keyNote ? t('div', 'system', o.keyNote, 'class="kt"') : ''}`
      : `${t('div', 'label', o.keyLabel ?? 'Your key', 'class="kl"')}${t('span', 'button', 'Reveal key', 'class="rv"')}${o.keyNote ? t('div', 'system', o.keyNote, 'class="kt"') : ''}`;
    const body = `${topBar(scene, { bg: '#141726', dark: true })}<div class="hd"><span class="logo">driffle<b>.</b></span>${narrow ? '' : '<span class="sr">Search for games, gift cards, software…</span>'}</div>
<div class="wrap">${t('h1', 'title', 'Order details')}${t('div', 'value', `Order ${o.id} · ${o.date}`, 'class="sub"')}${t('span', 'status', o.status, 'class="pill"')}
<div class="card"><div class="pr"><div class="cv"></div><div>${t('div', 'value', o.product, 'class="pt"')}<div class="ch">${(o.chips ?? []).map((x) => t('span', 'value', x)).join('')}</div></div>${t('span', 'value', o.price, 'class="pp"')}</div></div>
<div class="card">${keyBox}</div>
<div class="card">${rows}</div>
${(o.note ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}
${o.buttons ? `<div class="btns">${o.buttons.map((b) => t('span', 'button', b)).join('')}</div>` : ''}</div>`;
    return page(css, body, LATIN);
  },
};
