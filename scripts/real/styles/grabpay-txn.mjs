// The Grab app's transaction details for a GrabPay wallet payment (Singapore, Malaysia, the
// Philippines): the white bar with the back arrow and "Transaction details", the merchant's round
// initial, the merchant name and the kind ("GrabPay · Paid at merchant", "Transfer"), the big amount
// with its currency (S$ / RM / ₱), the status chip (Successful green, Refunded grey, Pending amber;
// `txn.tone` ok|off|wait), then label–value rows (Transaction ID, Date & time, Paid with, the
// merchant's reference), an optional note and the "Get help" link, and the green "Done" button.
// English chrome; `scene.dark` gives the app's dark theme. Layout reconstructed; texts from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'grabpay-txn',
  kind: 'order',
  render(scene) {
    const x = scene.txn;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#121212', card: '#1E1E1E', fg: '#F2F2F2', sub: '#A3A3A3', line: '#2C2C2C' } : { bg: '#F6F6F6', card: '#FFFFFF', fg: '#1C1C1C', sub: '#6F6F6F', line: '#EEEEEE' };
    const tone = { ok: ['#E3F6EA', '#00803D'], off: [d ? '#2C2C2C' : '#EEEEEE', c.sub], wait: ['#FFF3D6', '#9A6200'] }[x.tone ?? 'ok'];
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.bar{height:54px;background:${c.card};display:flex;align-items:center;gap:16px;padding:0 16px;font-size:17px;font-weight:700;border-bottom:1px solid ${c.line}}
.bar span:first-child{font-size:22px;font-weight:400}
.hero{background:${c.card};text-align:center;padding:22px 16px 18px}
.av{width:56px;height:56px;border-radius:50%;margin:0 auto 10px;background:${scene.avatarColor ?? '#00B14F'};color:#fff;font-weight:700;font-size:22px;display:flex;align-items:center;justify-content:center}
.mn{font-size:16.5px;font-weight:700}.kd{font-size:12.5px;color:${c.sub};margin-top:3px}
.am{font-size:34px;font-weight:800;margin:12px 0 8px}
.chip{display:inline-block;font-size:12.5px;font-weight:700;padding:4px 12px;border-radius:14px;background:${tone[0]};color:${tone[1]}}
.card{background:${c.card};margin-top:10px;padding:4px 16px}
.row{display:flex;justify-content:space-between;gap:14px;padding:12px 0;border-bottom:1px solid ${c.line};font-size:13.5px}
.row:last-child{border-bottom:0}.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.note{font-size:12px;color:${c.sub};line-height:1.5;padding:12px 16px 0}
.help{color:#00A5CF;font-weight:700;padding:14px 16px 0;font-size:14px}
.done{margin:22px 16px 0;height:48px;border-radius:10px;background:#00B14F;color:#fff;font-weight:700;font-size:16px;display:flex;align-items:center;justify-content:center}
`;
    const rows = x.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: c.card, dark: d })}<div class="bar"><span>←</span>${t('span', 'title', 'Transaction details')}</div>
<div class="hero"><div class="av">${(x.merchant ?? 'M').slice(0, 1)}</div>${t('div', 'value', x.merchant, 'class="mn"')}${t('div', 'label', x.kind ?? 'GrabPay · Paid at merchant', 'class="kd"')}${t('div', 'value', x.amount, 'class="am"')}${t('span', 'status', x.status ?? 'Successful', 'class="chip"')}</div>
<div class="card">${rows}</div>${x.note ? t('div', 'body', x.note, 'class="note"') : ''}${t('div', 'button', 'Get help with this transaction', 'class="help"')}${t('div', 'button', 'Done', 'class="done"')}`;
    return page(css, body, LATIN);
  },
};
