// A Paytm-style UPI payment receipt on an Android phone (India): the light-blue top with the close
// cross, the share and help icons, the round status mark (green tick "Paid Successfully", amber clock
// "Payment Pending", or blue arrow "Refund Processed", `receipt.tone` ok|wait|refund), the big rupee
// amount, "Paid to" with the merchant's round initial, name and UPI ID, then a white card of
// label–value rows (UPI Ref No., Order ID given by the merchant, From account, date and time in
// Paytm's "08:14 PM, 12 Apr 2028" form), an optional grey note, the "Check Balance" / "View History"
// buttons and the "Paytm · UPI" footer. English chrome, as the app's default. Light only. Layout
// reconstructed; texts come from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'paytm-receipt',
  kind: 'order',
  render(scene) {
    const r = scene.receipt;
    const tone = { ok: ['#21C17A', '✓', 'Paid Successfully'], wait: ['#F5A623', '◷', 'Payment Pending'], refund: ['#00B9F5', '↺', 'Refund Processed'] }[r.tone ?? 'ok'];
    const css = `
body{background:#EAF6FD;color:#101828;font-size:14px}
.hd{display:flex;justify-content:space-between;align-items:center;padding:10px 16px;font-size:20px;color:#1D2939}
.hd span:last-child{font-size:14px;font-weight:700;color:#00B9F5}
.mk{width:64px;height:64px;border-radius:50%;background:${tone[0]};color:#fff;font-size:34px;display:flex;align-items:center;justify-content:center;margin:4px auto 8px}
.stt{text-align:center;font-size:17px;font-weight:700}
.am{text-align:center;font-size:38px;font-weight:800;margin:6px 0 2px}
.tm{text-align:center;font-size:12.5px;color:#667085}
.to{margin:16px 14px 0;background:#fff;border-radius:14px;padding:14px;display:flex;gap:12px;align-items:center}
.av{width:44px;height:44px;border-radius:50%;background:${scene.avatarColor ?? '#002E6E'};color:#fff;font-weight:700;font-size:18px;display:flex;align-items:center;justify-content:center;flex:none}
.pl{font-size:12px;color:#667085}.mn{font-size:16px;font-weight:700;margin-top:2px}.up{font-size:12.5px;color:#667085;margin-top:2px;overflow-wrap:anywhere}
.card{margin:10px 14px 0;background:#fff;border-radius:14px;padding:4px 14px}
.row{display:flex;justify-content:space-between;gap:14px;padding:11px 0;border-bottom:1px solid #F2F4F7;font-size:13.5px}
.row:last-child{border-bottom:0}.k{color:#667085;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.note{margin:10px 18px 0;font-size:12px;color:#667085;line-height:1.5;text-align:center}
.btns{display:flex;gap:10px;margin:16px 14px 0}.btns div{flex:1;height:44px;border-radius:22px;border:1.5px solid #00B9F5;color:#00B9F5;font-weight:700;display:flex;align-items:center;justify-content:center;background:#fff}
.ft{text-align:center;margin-top:18px;font-weight:800;color:#002E6E;font-size:18px}.ft i{font-style:normal;color:#00B9F5}.ft small{font-weight:600;color:#98A2B3;font-size:12px;margin-left:6px}
`;
    const rows = r.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#EAF6FD' })}<div class="hd"><span>✕</span><span>Help</span></div>
<div class="mk">${tone[1]}</div>${t('div', 'status', r.status ?? tone[2], 'class="stt"')}${t('div', 'value', r.amount, 'class="am"')}${t('div', 'value', r.date, 'class="tm"')}
<div class="to"><div class="av">${(r.to ?? 'M').slice(0, 1)}</div><div>${t('div', 'label', r.toLabel ?? 'Paid to', 'class="pl"')}${t('div', 'value', r.to, 'class="mn"')}${r.upi ? t('div', 'value', r.upi, 'class="up"') : ''}</div></div>
<div class="card">${rows}</div>${r.note ? t('div', 'body', r.note, 'class="note"') : ''}
<div class="btns">${t('div', 'button', 'Check Balance')}${t('div', 'button', 'View History')}</div>
<div class="ft">pay<i>tm</i><small>UPI</small></div>`;
    return page(css, body, LATIN);
  },
};
