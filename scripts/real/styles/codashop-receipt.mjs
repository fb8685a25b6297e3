// Codashop (codashop.com) order result page on a phone browser: the purple site bar with the
// Codashop word mark and the country pill, a white receipt card headed by the status badge
// (Successful green / Processing amber / Failed red, `receipt.tone` ok|wait|bad) and a thank-you
// line, the game and item, label–value rows (Transaction ID, User ID, Zone ID, payment, price,
// date), then an optional grey note box and the purple button. Layout reconstructed; texts come
// from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'codashop-receipt',
  kind: 'order',
  render(scene) {
    const r = scene.receipt;
    const tone = { ok: ['#E6F6EC', '#0F8A46'], wait: ['#FFF3D6', '#A56A00'], bad: ['#FDE8E8', '#C62828'] }[r.tone ?? 'ok'];
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#16121F', card: '#221C30', fg: '#EEEAF6', sub: '#A79FBA', line: '#332B45', note: '#2A2339' } : { bg: '#F1EEF7', card: '#FFFFFF', fg: '#1E1633', sub: '#6F6785', line: '#EEEAF4', note: '#F7F5FB' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.bar{height:54px;background:#4A2A8C;display:flex;align-items:center;justify-content:space-between;padding:0 14px;color:#fff}
.logo{font-weight:800;font-size:21px;letter-spacing:.2px}.logo i{font-style:normal;color:#FFCF3F}
.pill{font-size:12px;border:1px solid #ffffff66;border-radius:12px;padding:3px 9px}
.card{margin:14px 12px;background:${c.card};border-radius:12px;padding:16px;box-shadow:0 1px 3px #0000001a}
.st{display:inline-block;font-size:12.5px;font-weight:700;padding:4px 10px;border-radius:12px;background:${tone[0]};color:${tone[1]}}
.ty{font-size:18px;font-weight:700;margin:10px 0 4px}
.tl{font-size:13px;color:${c.sub};line-height:1.5}
.item{display:flex;gap:12px;align-items:center;margin:14px 0 6px;padding:10px;border-radius:10px;background:${c.note}}
.ic{width:46px;height:46px;border-radius:10px;background:linear-gradient(135deg,#1d4ed8,#f59e0b);flex:none}
.gn{font-size:12.5px;color:${c.sub}}.in{font-size:15px;font-weight:700;margin-top:2px}
.row{display:flex;justify-content:space-between;gap:14px;padding:9px 0;border-bottom:1px solid ${c.line};font-size:13.5px}
.row:last-child{border-bottom:0}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.note{margin:0 12px;background:${c.note};border-left:3px solid #4A2A8C;border-radius:6px;padding:10px 12px;font-size:12.5px;line-height:1.55;color:${c.sub}}
.btn{margin:16px 12px;height:44px;border-radius:8px;background:#4A2A8C;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:15px}
`;
    const rows = r.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#4A2A8C', dark: true })}<div class="bar"><span class="logo">coda<i>shop</i></span>${t('span', 'body', scene.country ?? 'Malaysia', 'class="pill"')}</div>
<div class="card">${t('span', 'status', r.status, 'class="st"')}${t('div', 'title', r.title, 'class="ty"')}${r.line ? t('div', 'body', r.line, 'class="tl"') : ''}
<div class="item"><div class="ic"></div><div>${t('div', 'value', r.game, 'class="gn"')}${t('div', 'value', r.item, 'class="in"')}</div></div>${rows}</div>
${(r.note ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}
${t('div', 'button', r.button ?? 'Buy again', 'class="btn"')}`;
    return page(css, body, LATIN);
  },
};
