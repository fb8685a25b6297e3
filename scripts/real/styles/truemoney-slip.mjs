// A TrueMoney-Wallet-like payment e-slip (Thailand) on a phone: the orange header with the wallet
// word mark and the close ✕, a white slip card with a torn-paper lower edge: the green tick, the
// result line ("Payment successful"), the amount in baht, then label–value rows (paid to, from
// the masked phone number, transaction ID, date and time, note) and a small line at the bottom
// ("This e-slip is issued by the wallet…"); the grey "Save slip" / "Share" buttons under the card.
// English chrome (as the app shows it in English). Light only. Layout reconstructed; the texts come
// from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'truemoney-slip',
  kind: 'order',
  render(scene) {
    const s = scene.slip;
    const css = `
body{background:#F4F4F4;color:#222;font-size:14px}
.hd{background:#FF8200;color:#fff;height:52px;display:flex;align-items:center;justify-content:space-between;padding:0 16px}
.wm{font-weight:800;font-size:19px;letter-spacing:.2px}.wm i{font-style:normal;font-weight:500}
.hd .x{font-size:20px}
.wrap{background:#FF8200;padding:6px 14px 0}
.slip{background:#fff;border-radius:12px 12px 0 0;padding:20px 18px 14px;position:relative}
.slip::after{content:"";position:absolute;left:0;right:0;bottom:-10px;height:10px;background:radial-gradient(circle at 8px -2px,#0000 7px,#fff 7.5px) 0 0/16px 10px repeat-x}
.tk{width:48px;height:48px;border-radius:50%;background:#19B66A;color:#fff;font-size:26px;display:flex;align-items:center;justify-content:center;margin:0 auto 8px}
.rs{text-align:center;font-size:16px;font-weight:700}
.am{text-align:center;font-size:30px;font-weight:800;margin:6px 0 14px;color:#111}
.row{display:flex;justify-content:space-between;gap:14px;padding:9px 0;border-top:1px dashed #E2E2E2;font-size:13.5px}
.k{color:#8A8A8A;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.fn{font-size:11px;color:#9A9A9A;text-align:center;margin-top:12px;line-height:1.45}
.bt{display:flex;gap:12px;margin:26px 14px 0}
.bt span{flex:1;height:44px;border-radius:22px;background:#fff;border:1px solid #DADADA;display:flex;align-items:center;justify-content:center;font-weight:600;color:#444}
`;
    const rows = s.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#FF8200', dark: true })}<div class="hd"><span class="wm">TrueMoney <i>Wallet</i></span><span class="x">✕</span></div>
<div class="wrap"><div class="slip"><div class="tk">✓</div>${t('div', 'status', s.title ?? 'Payment successful', 'class="rs"')}${t('div', 'value', s.amount, 'class="am"')}${rows}
${s.foot ? t('div', 'body', s.foot, 'class="fn"') : ''}</div></div>
<div class="bt">${t('span', 'button', 'Save slip')}${t('span', 'button', 'Share')}</div>`;
    return page(css, body, LATIN);
  },
};
