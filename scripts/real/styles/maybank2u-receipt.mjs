// A Maybank2u-like transfer receipt (Malaysia, the MAE / M2U app on a phone): the yellow bar with
// the close ✕ and "Maybank2u", the green tick and "Transfer successful", the amount in ringgit,
// then label–value rows (reference number, date and time, from account masked, to the recipient's
// name and bank, transfer type "DuitNow Transfer", recipient reference, other payment details),
// the small "This receipt is computer generated" line and the yellow "Share receipt" / black
// "Done" buttons. English chrome. Light only. Layout reconstructed; the texts come from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'maybank2u-receipt',
  kind: 'order',
  render(scene) {
    const r = scene.receipt;
    const css = `
body{background:#F6F6F4;color:#1E1E1E;font-size:14px}
.hd{background:#FFC83D;height:54px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;font-weight:800;font-size:18px;color:#111}
.hd .x{font-size:20px;font-weight:400}
.top{background:#FFC83D;padding:10px 16px 26px;text-align:center}
.tk{width:50px;height:50px;border-radius:50%;background:#24A148;color:#fff;font-size:27px;display:flex;align-items:center;justify-content:center;margin:0 auto 8px;border:3px solid #fff}
.st{font-size:17px;font-weight:700}
.am{font-size:30px;font-weight:800;margin-top:6px}
.card{background:#fff;margin:-12px 14px 0;border-radius:12px;padding:6px 16px 10px;box-shadow:0 1px 4px #0000001a}
.row{display:flex;justify-content:space-between;gap:14px;padding:10px 0;border-bottom:1px solid #EFEFEF;font-size:13.5px}
.row:last-child{border-bottom:0}
.k{color:#7A7A7A;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600;white-space:pre-line}
.fn{font-size:11.5px;color:#999;text-align:center;margin:12px 24px 0}
.bt{display:flex;gap:12px;margin:18px 14px 0}
.bt span{flex:1;height:46px;border-radius:23px;display:flex;align-items:center;justify-content:center;font-weight:700}
.bt .a{background:#FFC83D;color:#111}.bt .b{background:#1E1E1E;color:#fff}
`;
    const rows = r.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#FFC83D' })}<div class="hd"><span>Maybank2u</span><span class="x">✕</span></div>
<div class="top"><div class="tk">✓</div>${t('div', 'status', r.title ?? 'Transfer successful', 'class="st"')}${t('div', 'value', r.amount, 'class="am"')}</div>
<div class="card">${rows}</div>
${t('div', 'body', r.foot ?? 'This receipt is computer generated and no signature is required.', 'class="fn"')}
<div class="bt">${t('span', 'button', 'Share receipt', 'class="a"')}${t('span', 'button', 'Done', 'class="b"')}</div>`;
    return page(css, body, LATIN);
  },
};
