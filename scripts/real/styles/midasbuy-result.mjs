// Midasbuy (midasbuy.com, PUBG MOBILE top-up) payment result page on a phone browser: the black
// site header with the MIDASBUY word mark, the game strip (icon, PUBG MOBILE, server), a dark
// result card with the yellow tick (or a grey clock / red cross, `result.tone` ok|wait|bad),
// the title and a line under it, the order facts as label–value rows (Player ID, item, amount,
// order number, time), then the yellow "back to shop" button and a grey help line. The site's own
// dark look; the texts (English or Traditional Chinese) come from the scene. Layout reconstructed.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'midasbuy-result',
  kind: 'order',
  render(scene) {
    const r = scene.result;
    const tone = r.tone ?? 'ok';
    const mk = { ok: ['#FFC107', '✓', '#111'], wait: ['#6B7280', '…', '#fff'], bad: ['#E5484D', '✕', '#fff'] }[tone];
    const css = `
body{background:#0D0D10;color:#F2F2F2;font-size:14px;font-family:${LATIN.replace('"Liberation Sans", "DejaVu Sans", ', '"Liberation Sans", "Noto Sans CJK TC", ')}}
.hd{height:52px;background:#000;display:flex;align-items:center;justify-content:space-between;padding:0 14px;border-bottom:1px solid #1E1E24}
.logo{font-weight:900;font-size:19px;letter-spacing:1.5px;color:#fff}.logo b{color:#FFC107}
.hd .r{display:flex;gap:14px;font-size:12.5px;color:#B8B8C0;align-items:center}
.ava{width:26px;height:26px;border-radius:13px;background:linear-gradient(135deg,#3a3a48,#6a6a7c)}
.game{display:flex;align-items:center;gap:10px;padding:12px 14px;background:linear-gradient(90deg,#1B1B22,#141418)}
.gi{width:40px;height:40px;border-radius:9px;background:linear-gradient(135deg,#d9a43c,#6b4a12);flex:none}
.gn{font-weight:700;font-size:15px;letter-spacing:.5px}.gs{font-size:12px;color:#9a9aa6;margin-top:2px}
.card{margin:14px 12px;background:#17171C;border:1px solid #24242C;border-radius:10px;padding:20px 16px 8px}
.res{text-align:center;margin-bottom:12px}
.mk{width:56px;height:56px;border-radius:28px;background:${mk[0]};color:${mk[2]};font-size:32px;font-weight:800;display:flex;align-items:center;justify-content:center;margin:0 auto 10px}
.rt{font-size:19px;font-weight:700}
.rs{font-size:13px;color:#A6A6B0;margin-top:6px;line-height:1.5;padding:0 6px}
.row{display:flex;justify-content:space-between;gap:14px;padding:10px 0;border-top:1px solid #24242C;font-size:13.5px}
.k{color:#8E8E99;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.v.hl{color:#FFC107;font-weight:700}
.btn{margin:16px 12px 8px;height:44px;border-radius:6px;background:#FFC107;color:#111;font-weight:700;font-size:15px;display:flex;align-items:center;justify-content:center}
.btn2{margin:0 12px;height:42px;border-radius:6px;border:1px solid #3a3a44;color:#D0D0D8;font-size:14px;display:flex;align-items:center;justify-content:center}
.help{font-size:12px;color:#7c7c88;text-align:center;margin:14px 20px;line-height:1.6}
`;
    const rows = r.rows.map(([k, v, hl]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, `class="v${hl ? ' hl' : ''}"`)}</div>`).join('');
    const body = `${topBar(scene, { bg: '#000', dark: true })}<div class="hd"><span class="logo">MIDAS<b>BUY</b></span><span class="r"><span>${scene.region ?? 'HK'}</span><span class="ava"></span></span></div>
<div class="game"><div class="gi"></div><div>${t('div', 'title', scene.game ?? 'PUBG MOBILE', 'class="gn"')}${scene.server ? t('div', 'body', scene.server, 'class="gs"') : ''}</div></div>
<div class="card"><div class="res"><div class="mk">${mk[1]}</div>${t('div', 'status', r.title, 'class="rt"')}${r.sub ? t('div', 'body', r.sub, 'class="rs"') : ''}</div>${rows}</div>
${t('div', 'button', r.button ?? 'Back to shop', 'class="btn"')}${r.button2 ? t('div', 'button', r.button2, 'class="btn2"') : ''}
${r.help ? t('div', 'body', r.help, 'class="help"') : ''}`;
    return page(css, body, LATIN);
  },
};
