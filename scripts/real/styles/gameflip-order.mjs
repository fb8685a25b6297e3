// Gameflip purchase page (browser, English): the dark blue site bar with the gameflip wordmark
// and the search box, "My purchases › Purchase details", the item card (thumbnail, title,
// platform, the seller with their rating), the status chip and line, the digital-code box (code
// masked, or a "waiting for the seller" note), the purchase's label–value rows (Purchase ID,
// Purchased, Delivered, Price, Total …), a note on Gameflip's escrow and the buttons. Phone or
// desktop widths. Layout reconstructed from the site's look; the wording is the scene's.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'gameflip-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const tone = { ok: '#18A058', wait: '#E08A00', bad: '#D93636' }[o.tone ?? 'ok'];
    const css = `
body{background:#EEF1F6;color:#1B2433;font-size:14px}
.hd{background:#0F1E3D;color:#fff;height:${narrow ? 52 : 60}px;display:flex;align-items:center;gap:18px;padding:0 ${narrow ? 14 : 40}px}
.logo{font-weight:800;font-size:${narrow ? 20 : 23}px;letter-spacing:-.5px;display:flex;align-items:center;gap:7px}
.logo i{display:inline-block;width:22px;height:22px;border-radius:6px;background:linear-gradient(135deg,#23C1F2,#6B4DF6)}
.sr{flex:1;max-width:420px;height:34px;border-radius:17px;background:#1E2E52;color:#8C9AB8;font-size:13px;display:flex;align-items:center;padding:0 14px}
.wrap{max-width:900px;margin:${narrow ? 10 : 24}px auto;padding:0 ${narrow ? 10 : 0}px}
.cr{font-size:12.5px;color:#6A7590;margin-bottom:8px}
h1{font-size:${narrow ? 19 : 23}px;margin:0 0 12px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 2px #0000000f;margin-bottom:12px;padding:14px 16px}
.it{display:flex;gap:12px;align-items:flex-start}
.th{flex:none;width:${narrow ? 56 : 72}px;height:${narrow ? 56 : 72}px;border-radius:8px;background:linear-gradient(140deg,#FF5A5F,#FFB347)}
.ti{font-size:15.5px;font-weight:700;line-height:1.35}
.mt{font-size:12.5px;color:#6A7590;margin-top:5px}
.chip{display:inline-block;color:#fff;background:${tone};border-radius:4px;padding:2px 9px;font-size:12.5px;font-weight:700}
.sl{font-size:13.5px;color:#3B465C;margin-top:8px;line-height:1.5}
.code{margin-top:10px;border:1px dashed #9AA6BF;border-radius:8px;padding:9px 12px;font-family:"DejaVu Sans Mono",monospace;font-size:15px;background:#F7F9FC}
.cl{font-size:12px;color:#6A7590;margin-top:10px}
.row{display:flex;justify-content:space-between;gap:14px;padding:8px 0;border-bottom:1px solid #EEF1F6}
.row:last-child{border-bottom:0}.k{color:#6A7590;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.nt{font-size:12.5px;color:#3B465C;line-height:1.55;background:#E8F4FF;border-radius:8px;padding:9px 12px;margin-bottom:12px}
.btns{display:flex;gap:10px;justify-content:flex-end;flex-wrap:wrap}.btns span{border:1px solid #B9C2D6;border-radius:6px;padding:8px 14px;font-weight:600;background:#fff}
.btns span:last-child{background:#2F6BFF;border-color:#2F6BFF;color:#fff}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#0F1E3D', dark: true })}<div class="hd"><span class="logo"><i></i>gameflip</span>${narrow ? '' : '<span class="sr">Search items, games, gift cards</span>'}</div>
<div class="wrap"><div class="cr">My purchases › Purchase details</div>${t('h1', 'title', 'Purchase details')}
<div class="card"><div class="it"><div class="th"></div><div>${t('div', 'value', o.item, 'class="ti"')}${t('div', 'value', o.meta, 'class="mt"')}</div></div>
<div style="margin-top:12px">${t('span', 'status', o.status, 'class="chip"')}</div>${o.statusNote ? t('div', 'body', o.statusNote, 'class="sl"') : ''}
${o.code ? `${t('div', 'label', o.codeLabel ?? 'Digital code', 'class="cl"')}${t('div', 'value', o.code, 'class="code"')}` : ''}</div>
<div class="card">${rows}</div>
${(o.note ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}
<div class="btns">${(o.buttons ?? ['Report a problem', 'Accept item']).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
