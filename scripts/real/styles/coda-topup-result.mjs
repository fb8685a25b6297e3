// A game top-up site's transaction page on a phone (Codashop-like): the purple header with the
// wordmark, the status block (a round icon, the headline such as "Payment Successful" /
// "Processing" / 儲值處理中 and a line under it), the detail card (transaction ID, item, the
// player's User ID and server, payment channel, price, date), an info note and buttons. Labels come
// from the scene, so the same page serves English and 繁體中文. `scene.dark` darkens it (the
// browser's forced dark mode). Layout reconstructed; texts from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'coda-topup-result',
  kind: 'order',
  render(scene) {
    const o = scene.result;
    const d = Boolean(scene.dark);
    const tone = { ok: '#16A34A', wait: '#F59E0B', bad: '#DC2626' }[o.tone ?? 'ok'];
    const c = d ? { bg: '#17121F', card: '#241D30', fg: '#EDE9F5', sub: '#A59DB5', line: '#342B43' } : { bg: '#F4F1F8', card: '#FFFFFF', fg: '#1F1630', sub: '#6B6280', line: '#ECE7F3' };
    const rows = o.rows.map(([k, v]) => `<div class="r">${t('div', 'label', k, 'class="k"')}${t('div', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.hd{height:54px;background:${d ? '#2A1747' : '#4A1E8F'};display:flex;align-items:center;padding:0 16px;gap:12px;color:#fff}
.wm{font-weight:900;font-size:21px;letter-spacing:-.3px}.wm b{color:#FFC83D}
.hd .sp{margin-left:auto;width:22px;height:16px;border-top:2px solid #fff;border-bottom:2px solid #fff;position:relative}
.st{text-align:center;padding:22px 18px 10px}
.ic{width:58px;height:58px;border-radius:50%;background:${tone};margin:0 auto 12px;color:#fff;font-size:30px;line-height:58px;font-weight:700}
.h{font-size:20px;font-weight:700}.sl{font-size:13px;color:${c.sub};margin-top:6px;line-height:1.5}
.card{background:${c.card};margin:12px 14px;border-radius:12px;padding:4px 14px;box-shadow:0 1px 3px #0000000f}
.r{display:flex;justify-content:space-between;gap:12px;padding:11px 0;border-bottom:1px solid ${c.line}}
.r:last-child{border-bottom:0}
.k{color:${c.sub};flex:none}.v{text-align:right;font-weight:600;overflow-wrap:anywhere}
.nt{margin:4px 14px 0;background:${d ? '#3A2E12' : '#FFF7E0'};color:${d ? '#F5D48A' : '#7A5A00'};border-radius:10px;padding:10px 12px;font-size:13px;line-height:1.5}
.bt{margin:16px 14px 0;height:44px;border-radius:22px;background:#4A1E8F;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.bt.g{background:transparent;border:1.5px solid ${d ? '#8B6AD0' : '#4A1E8F'};color:${d ? '#C9B4F5' : '#4A1E8F'};margin-top:10px}
`;
    const body = `${topBar(scene, { bg: d ? '#2A1747' : '#4A1E8F', dark: true })}<div class="hd">${t('span', 'title', scene.brand ?? 'codashop', 'class="wm"')}<span class="sp"></span></div>
<div class="st"><div class="ic">${o.tone === 'bad' ? '!' : o.tone === 'wait' ? '…' : '✓'}</div>${t('div', 'status', o.headline, 'class="h"')}${o.sub ? t('div', 'body', o.sub, 'class="sl"') : ''}</div>
<div class="card">${rows}</div>
${(o.notes ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}
${(o.buttons ?? []).map((b, i) => t('div', 'button', b, `class="bt ${i ? 'g' : ''}"`)).join('')}`;
    return page(css, body, LATIN);
  },
};
