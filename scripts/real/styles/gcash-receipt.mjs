// A GCash-like payment receipt (Philippines) on a phone: the blue GCash bar with the back arrow and
// the word mark, a white receipt card with the merchant's round initial, the kind of payment
// ("Payment to merchant", "Express Send"), the merchant or recipient with the masked number, the
// big peso amount, label–value rows (amount, total amount sent, message or reference the payer
// typed), the "Ref No." with its 13 digits and the date and time in GCash's "May 12, 2028 8:14 PM"
// form, then the blue "Done" button and the "Save receipt" link. English chrome, as the app is.
// Light only. Layout reconstructed; the texts come from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'gcash-receipt',
  kind: 'order',
  render(scene) {
    const r = scene.receipt;
    const css = `
body{background:#EEF3FB;color:#1B2B44;font-size:14px}
.hd{background:#005CE6;color:#fff;height:54px;display:flex;align-items:center;gap:14px;padding:0 16px}
.hd .b{font-size:22px}.wm{font-weight:800;font-size:20px;letter-spacing:.2px}.wm i{font-style:normal;font-weight:400;opacity:.85;font-size:14px;margin-left:8px}
.band{background:#005CE6;height:46px}
.card{background:#fff;margin:-36px 14px 0;border-radius:14px;padding:18px 18px 12px;box-shadow:0 2px 8px #0B2A5E1F}
.kind{display:flex;align-items:center;gap:11px;margin-bottom:12px}
.av{width:42px;height:42px;border-radius:50%;background:${scene.avatarColor ?? '#F5A623'};color:#fff;font-weight:700;font-size:18px;display:flex;align-items:center;justify-content:center;flex:none}
.kn{font-size:12.5px;color:#6B7A90}.mn{font-size:16px;font-weight:700;margin-top:2px}.mp{font-size:12.5px;color:#6B7A90;margin-top:2px}
.am{font-size:30px;font-weight:800;color:#0B1F3B;margin:6px 0 12px}
.row{display:flex;justify-content:space-between;gap:14px;padding:9px 0;border-top:1px solid #EDF0F5;font-size:13.5px}
.k{color:#6B7A90;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.ref{display:flex;justify-content:space-between;margin-top:10px;padding-top:12px;border-top:1px dashed #CBD3DF;font-size:13px;color:#6B7A90}
.ref b{color:#1B2B44;font-weight:600}
.note{font-size:11.5px;color:#8A96A8;text-align:center;margin:14px 20px 0;line-height:1.45}
.done{margin:22px 14px 0;height:48px;border-radius:24px;background:#005CE6;color:#fff;font-weight:700;font-size:16px;display:flex;align-items:center;justify-content:center}
.save{text-align:center;color:#005CE6;font-weight:600;margin-top:14px}
`;
    const rows = (r.rows ?? []).map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#005CE6', dark: true })}<div class="hd"><span class="b">←</span><span class="wm">GCash<i>Receipt</i></span></div><div class="band"></div>
<div class="card"><div class="kind"><div class="av">${r.initial ?? 'M'}</div><div>${t('div', 'label', r.kind ?? 'Payment to merchant', 'class="kn"')}${t('div', 'value', r.to, 'class="mn"')}${r.toSub ? t('div', 'value', r.toSub, 'class="mp"') : ''}</div></div>
${t('div', 'value', r.amount, 'class="am"')}${rows}
<div class="ref"><span>${t('span', 'label', 'Ref No.')} ${t('b', 'value', r.ref)}</span>${t('span', 'value', r.date)}</div></div>
${r.note ? t('div', 'body', r.note, 'class="note"') : ''}
${t('div', 'button', 'Done', 'class="done"')}${t('div', 'button', 'Save receipt', 'class="save"')}`;
    return page(css, body, LATIN);
  },
};
