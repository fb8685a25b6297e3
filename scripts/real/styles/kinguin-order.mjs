// Kinguin order page (browser, English): dark navy top bar with the orange wordmark, "My orders"
// crumb, the order header (Order no., date, status badge), the product line (picture, title,
// platform and region, quantity, price), the key box (revealed keys masked, or "Key not
// available yet"), totals and a short notice; phone or tablet width.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'kinguin-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#1BB55C', wait: '#F7A21B', bad: '#E5484D' }[o.tone ?? 'wait'];
    const css = `
body{background:#F2F3F7;color:#15172B;font-size:14px}
.nav{height:52px;background:#0F1125;display:flex;align-items:center;padding:0 14px;gap:12px}
.brand{color:#FF9B21;font-weight:800;font-size:21px;letter-spacing:.5px}
.nav .s{flex:1;height:30px;border-radius:4px;background:#24273F}
.wrap{max-width:900px;margin:0 auto;padding:${narrow ? 12 : 24}px}
.crumb{font-size:12.5px;color:#6D7085;margin-bottom:10px}
.hd{background:#fff;border-radius:6px;padding:14px 16px;margin-bottom:10px}
.hd .no{font-size:17px;font-weight:700;overflow-wrap:anywhere}
.hd .dt{font-size:13px;color:#6D7085;margin-top:4px}
.badge{display:inline-block;margin-top:8px;font-size:12.5px;font-weight:700;color:${tone};background:${tone}1f;border-radius:4px;padding:3px 8px}
.card{background:#fff;border-radius:6px;padding:12px 16px;margin-bottom:10px}
.pl{display:flex;gap:12px}.pic{width:60px;height:80px;border-radius:4px;background:linear-gradient(160deg,#3b3f63,#FF9B21);flex:none}
.pt{font-size:14.5px;font-weight:600;line-height:1.4}.pm{font-size:12.5px;color:#6D7085;margin-top:4px}.pp{font-size:15px;font-weight:700;margin-top:6px}
.key{margin-top:12px;border:1px dashed #C9CBD8;border-radius:6px;padding:10px 12px;background:#FAFAFD}
.kl{font-size:12px;color:#6D7085}.kv{font-size:15px;font-family:"DejaVu Sans Mono",monospace;margin-top:4px;overflow-wrap:anywhere}
.r{display:flex;justify-content:space-between;gap:12px;padding:7px 0;border-bottom:1px solid #F0F1F5}.r:last-child{border:0}
.k{color:#6D7085}.v{text-align:right;overflow-wrap:anywhere}
.note{font-size:13px;color:#4A4D63;line-height:1.6;margin:6px 0}
`;
    const body = `${topBar(scene, { bg: '#0F1125', dark: true })}<div class="nav"><span class="brand">kinguin</span><span class="s"></span></div>
<div class="wrap"><div class="crumb">My account › My orders › Order details</div>
<div class="hd">${t('div', 'value', `Order no. ${o.id}`, 'class="no"')}${t('div', 'value', o.date, 'class="dt"')}${t('span', 'status', o.status, 'class="badge"')}</div>
<div class="card"><div class="pl"><div class="pic"></div><div>${t('div', 'value', o.product, 'class="pt"')}${t('div', 'value', o.meta, 'class="pm"')}${t('div', 'value', o.price, 'class="pp"')}</div></div>
<div class="key">${t('div', 'label', o.keyLabel ?? 'Your key', 'class="kl"')}${t('div', 'value', o.key, 'class="kv"')}</div></div>
<div class="card">${o.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>
${o.note ? `<div class="card">${o.note.map((n) => t('div', 'body', n, 'class="note"')).join('')}</div>` : ''}</div>`;
    return page(css, body, LATIN);
  },
};
