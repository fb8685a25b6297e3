// OPay's transaction details / receipt screen on an Android phone (Nigeria): the back arrow and
// "Transaction Details" title, the round green mark, the big naira amount and the status word
// (Successful green, Pending amber, Failed red, Reversed blue, `receipt.tone` ok|wait|bad|rev), a
// white card of label–value rows (transaction type, merchant or recipient, the card or wallet
// used, the merchant's reference, "Transaction No.", the date in OPay's "Mar 12th, 2028 19:05:32"
// form), an optional grey note and the two green buttons "Report Issue" and "Share Receipt".
// Light, or the app's dark mode (`scene.dark`). Layout reconstructed; texts from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'opay-receipt',
  kind: 'order',
  render(scene) {
    const r = scene.receipt;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#101214', card: '#1B1E21', fg: '#F1F3F4', sub: '#9AA3A8', line: '#2A2F33' } : { bg: '#F4F6F5', card: '#FFFFFF', fg: '#111817', sub: '#6B7672', line: '#EEF1F0' };
    const tone = { ok: ['#1DCF9F', 'Successful'], wait: ['#F5A623', 'Pending'], bad: ['#E5484D', 'Failed'], rev: ['#3B82F6', 'Reversed'] }[r.tone ?? 'ok'];
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:50px;display:flex;align-items:center;padding:0 14px;gap:14px;font-size:17px;font-weight:700}
.tb span:first-child{font-size:22px;font-weight:400}
.top{text-align:center;padding:8px 16px 14px}
.mk{width:54px;height:54px;border-radius:50%;background:${tone[0]};margin:0 auto 10px;display:flex;align-items:center;justify-content:center;color:#fff;font-size:26px;font-weight:800}
.ti{font-size:14px;color:${c.sub}}
.am{font-size:32px;font-weight:800;margin:6px 0 4px}
.st{font-size:14px;font-weight:700;color:${tone[0]}}
.card{background:${c.card};border-radius:12px;margin:6px 12px 0;padding:4px 14px}
.r{display:flex;justify-content:space-between;gap:14px;padding:11px 0;border-bottom:1px solid ${c.line};font-size:13.5px}.r:last-child{border:0}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.note{margin:10px 16px 0;font-size:12px;color:${c.sub};line-height:1.5}
.bt{display:flex;gap:10px;margin:16px 12px 0}.bt div{flex:1;height:44px;border-radius:22px;display:flex;align-items:center;justify-content:center;font-weight:700}
.bt div:first-child{border:1.5px solid #1DCF9F;color:#1DCF9F}.bt div:last-child{background:#1DCF9F;color:#fff}
`;
    const rows = r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { dark: d, bg: c.bg })}<div class="tb"><span>←</span>${t('span', 'title', 'Transaction Details')}</div>
<div class="top"><div class="mk">₦</div>${t('div', 'label', r.title, 'class="ti"')}${t('div', 'value', r.amount, 'class="am"')}${t('div', 'status', r.status ?? tone[1], 'class="st"')}</div>
<div class="card">${rows}</div>${r.note ? t('div', 'body', r.note, 'class="note"') : ''}
<div class="bt">${t('div', 'button', 'Report Issue')}${t('div', 'button', 'Share Receipt')}</div>`;
    return page(css, body, LATIN);
  },
};
