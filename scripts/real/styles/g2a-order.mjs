// A G2A-like marketplace order page (English): the dark header with the orange mark, "My orders",
// the order number and date line, the product row with platform, region and price, the status
// pill, the key box (hidden, revealed and masked, or missing), the seller line and the buttons.
// Layout reconstructed; the texts come from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'g2a-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#2E9E44', wait: '#E08A00', bad: '#D93025' }[o.tone ?? 'ok'];
    const rows = o.rows.map(([k, v]) => `<div class="r">${t('div', 'label', k, 'class="k"')}${t('div', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:#F5F5F5;color:#1D1D1D;font-size:14px}
.nav{height:${narrow ? 54 : 64}px;background:#1E1E2A;display:flex;align-items:center;gap:18px;padding:0 ${narrow ? 14 : 48}px}
.logo{font-weight:900;font-size:${narrow ? 22 : 26}px;color:#FF6B00;letter-spacing:.5px}
.srch{flex:1;height:34px;border-radius:4px;background:#fff;max-width:520px}
.wrap{max-width:980px;margin:${narrow ? 12 : 28}px auto;padding:0 ${narrow ? 10 : 0}px}
.crumb{font-size:13px;color:#777;margin-bottom:10px}
.card{background:#fff;border:1px solid #E6E6E6;border-radius:4px;margin-bottom:14px}
.top{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;padding:14px 18px;border-bottom:1px solid #EEE}
.on{font-weight:700;font-size:15px}
.dt{color:#777;font-size:13px}
.pill{margin-left:auto;background:${tone}1a;color:${tone};font-weight:700;padding:4px 10px;border-radius:12px;font-size:13px}
.prod{display:flex;gap:14px;padding:14px 18px;align-items:center}
.th{width:${narrow ? 56 : 72}px;height:${narrow ? 56 : 72}px;border-radius:4px;background:linear-gradient(135deg,#3a3f5c,#FF6B00);flex:none}
.pt{font-weight:600;line-height:1.4}
.pp{margin-left:auto;font-weight:700;font-size:16px;white-space:nowrap}
.r{display:flex;gap:12px;padding:${narrow ? 8 : 10}px 18px;border-top:1px solid #F2F2F2}
.k{width:${narrow ? 108 : 170}px;flex:none;color:#777}
.v{overflow-wrap:anywhere}
.key{margin:4px 18px 14px;border:1px dashed #bbb;border-radius:4px;padding:12px;background:#FAFAFA}
.key .kv{font-family:"Liberation Mono","DejaVu Sans Mono",monospace;font-size:15px;margin-top:4px;overflow-wrap:anywhere}
.btns{display:flex;gap:10px;padding:0 18px 16px;flex-wrap:wrap}
.btns span{padding:9px 16px;border-radius:4px;font-weight:600}
.btns span:first-child{background:#FF6B00;color:#fff}
.btns span+span{border:1px solid #ccc}
.note{padding:10px 18px;color:#555;font-size:13px;line-height:1.6}
`;
    const body = `${topBar(scene, { bg: '#1E1E2A', dark: true })}<div class="nav">${t('span', 'title', 'G2A', 'class="logo"')}${narrow ? '' : '<span class="srch"></span>'}</div>
<div class="wrap">${t('div', 'label', 'My account › My orders', 'class="crumb"')}
<div class="card"><div class="top">${t('span', 'value', o.number, 'class="on"')}${t('span', 'value', o.date, 'class="dt"')}${t('span', 'status', o.status, 'class="pill"')}</div>
<div class="prod"><div class="th"></div><div>${t('div', 'value', o.product, 'class="pt"')}${o.meta ? t('div', 'label', o.meta, 'class="dt"') : ''}</div>${t('span', 'value', o.price, 'class="pp"')}</div>
${rows}
${o.key ? `<div class="key">${t('div', 'label', o.key[0])}${t('div', 'value', o.key[1], 'class="kv"')}</div>` : ''}
<div class="btns">${(o.buttons ?? []).map((b) => t('span', 'button', b)).join('')}</div></div>
${o.note ? `<div class="card">${o.note.map((n) => t('div', 'body', n, 'class="note"')).join('')}</div>` : ''}</div>`;
    return page(css, body, LATIN);
  },
};
