// PhonePe's transaction details screen on an Android phone (India, UPI): the purple header
// (#5F259F) with the back arrow and "Transaction Successful" (or "Payment Pending" / "Payment
// Failed", `txn.tone` ok|wait|bad) beside the round status mark and the date line under it, then
// white cards: "Paid to" with the merchant's round initial, name and UPI ID or merchant line and
// the amount on the right; "Transfer Details" with the Transaction ID and label–value rows (the
// merchant's order reference, `txn.rows`), "Debited from" with the bank's masked account and the
// UTR; an optional grey note (`txn.note`); the "Contact PhonePe Support" and "Share" buttons and the
// "Powered by UPI" footer. English chrome, light only. Layout reconstructed; texts from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'phonepe-txn',
  kind: 'order',
  render(scene) {
    const x = scene.txn;
    const tone = { ok: ['#1BA672', '✓', 'Transaction Successful'], wait: ['#E0A100', '◷', 'Payment Pending'], bad: ['#D64545', '✕', 'Payment Failed'] }[x.tone ?? 'ok'];
    const css = `
body{background:#F1EEF6;color:#1F1A2B;font-size:14px}
.hd{background:#5F259F;color:#fff;padding:6px 16px 18px}
.hd .tp{display:flex;align-items:center;gap:14px;height:44px;font-size:21px}
.hd .st{display:flex;align-items:center;gap:12px;margin-top:6px}
.mk{width:38px;height:38px;border-radius:50%;background:${tone[0]};display:flex;align-items:center;justify-content:center;font-size:21px;font-weight:700;flex:none;border:2px solid #fff}
.hd .s1{font-size:18px;font-weight:700}.hd .s2{font-size:12.5px;opacity:.85;margin-top:3px}
.card{background:#fff;margin:10px 12px 0;border-radius:10px;padding:14px}
.ct{font-size:12.5px;color:#7A7287;margin-bottom:10px}
.to{display:flex;align-items:center;gap:12px}
.av{width:42px;height:42px;border-radius:50%;background:${scene.avatarColor ?? '#0A7A6B'};color:#fff;font-weight:700;font-size:18px;display:flex;align-items:center;justify-content:center;flex:none}
.nm{font-size:15.5px;font-weight:700}.up{font-size:12px;color:#7A7287;margin-top:2px;overflow-wrap:anywhere}
.am{margin-left:auto;font-size:18px;font-weight:800;white-space:nowrap}
.r{display:flex;justify-content:space-between;gap:12px;padding:8px 0;font-size:13.5px;border-top:1px solid #F0ECF5}
.r:first-of-type{border-top:0}.k{color:#7A7287;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.note{margin:10px 18px 0;font-size:12px;color:#6F6780;line-height:1.5}
.bt{display:flex;gap:10px;margin:14px 12px 0}.bt div{flex:1;height:42px;border-radius:8px;display:flex;align-items:center;justify-content:center;text-align:center;font-weight:700;font-size:13px;background:#fff;color:#5F259F;border:1px solid #D9CCEA}
.ft{text-align:center;margin-top:16px;font-size:11.5px;color:#9A92A8;letter-spacing:.3px}
`;
    const rows = (list) => list.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#5F259F', dark: true })}<div class="hd"><div class="tp"><span>←</span></div>
<div class="st"><div class="mk">${tone[1]}</div><div>${t('div', 'status', x.status ?? tone[2], 'class="s1"')}${t('div', 'value', x.time, 'class="s2"')}</div></div></div>
<div class="card">${t('div', 'label', x.toLabel ?? 'Paid to', 'class="ct"')}<div class="to"><div class="av">${(x.to ?? 'M').slice(0, 1)}</div><div>${t('div', 'value', x.to, 'class="nm"')}${x.toSub ? t('div', 'value', x.toSub, 'class="up"') : ''}</div>${t('div', 'value', x.amount, 'class="am"')}</div></div>
<div class="card">${t('div', 'label', 'Transfer Details', 'class="ct"')}${rows([['Transaction ID', x.id], ...(x.rows ?? [])])}</div>
<div class="card">${t('div', 'label', 'Debited from', 'class="ct"')}${rows([[x.bank, x.amount], ['UTR', x.utr]])}</div>
${x.note ? t('div', 'body', x.note, 'class="note"') : ''}
<div class="bt">${t('div', 'button', 'Contact PhonePe Support')}${t('div', 'button', 'Share')}</div>
<div class="ft">POWERED BY UPI</div>`;
    return page(css, body, LATIN);
  },
};
