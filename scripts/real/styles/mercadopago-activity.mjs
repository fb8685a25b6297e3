// Mercado Pago's activity detail for a payment (the Mercado Pago app, Latin America), in its
// Spanish (Mexico, Argentina) or Portuguese (Brazil) chrome (`scene.lang` es|pt): the light-blue bar
// with the back arrow and the heading ("Detalle del movimiento" / "Detalhe da atividade"), the
// counterpart's round initial, the kind and the name ("Pagaste a" / "Você pagou a"), the big amount,
// the status line with its dot ("Aprobado" / "Aprovado", `payment.tone` ok|wait|off), then a white
// card of label–value rows (description the seller gave, means of payment, date, operation number)
// and the "Ver comprobante" / "Ver comprovante" and "Ayuda" / "Ajuda" buttons. Light only. Layout
// reconstructed; the chrome words are the app's ordinary labels, the texts come from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

const CHROME = {
  es: { head: 'Detalle del movimiento', receipt: 'Ver comprobante', help: 'Ayuda con este pago' },
  pt: { head: 'Detalhe da atividade', receipt: 'Ver comprovante', help: 'Ajuda com este pagamento' },
};

export default {
  name: 'mercadopago-activity',
  kind: 'order',
  render(scene) {
    const p = scene.payment;
    const L = CHROME[scene.lang ?? 'es'];
    const dot = { ok: '#00A650', wait: '#FF7733', off: '#999999' }[p.tone ?? 'ok'];
    const css = `
body{background:#EDEDED;color:#333;font-size:14px}
.bar{background:#009EE3;color:#fff;height:56px;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:17px;font-weight:600}
.bar span:first-child{font-size:22px;font-weight:400}
.hero{background:#fff;padding:22px 18px 18px;display:flex;gap:14px;align-items:flex-start}
.av{width:48px;height:48px;border-radius:50%;background:${scene.avatarColor ?? '#3483FA'};color:#fff;font-weight:700;font-size:20px;display:flex;align-items:center;justify-content:center;flex:none}
.kd{font-size:13px;color:#737373}.nm{font-size:17px;font-weight:600;margin-top:2px}
.am{font-size:32px;font-weight:600;margin-top:8px;color:#333}
.st{display:flex;align-items:center;gap:6px;margin-top:6px;font-size:13.5px;color:${dot};font-weight:600}
.st i{width:8px;height:8px;border-radius:50%;background:${dot}}
.card{background:#fff;margin:10px 0 0;padding:4px 18px}
.row{padding:11px 0;border-bottom:1px solid #EEE}.row:last-child{border-bottom:0}
.k{font-size:12.5px;color:#737373}.v{font-size:15px;margin-top:3px;overflow-wrap:anywhere}
.btn{margin:12px 16px 0;height:48px;border-radius:6px;display:flex;align-items:center;justify-content:center;font-weight:600;font-size:15px}
.b1{background:#009EE3;color:#fff}.b2{background:#E3F1FB;color:#009EE3}
`;
    const rows = p.rows.map(([k, v]) => `<div class="row">${t('div', 'label', k, 'class="k"')}${t('div', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#009EE3', dark: true })}<div class="bar"><span>←</span>${t('span', 'title', L.head)}</div>
<div class="hero"><div class="av">${(p.to ?? 'M').slice(0, 1)}</div><div>${t('div', 'label', p.kind, 'class="kd"')}${t('div', 'value', p.to, 'class="nm"')}${t('div', 'value', p.amount, 'class="am"')}<div class="st"><i></i>${t('span', 'status', p.status)}</div></div></div>
<div class="card">${rows}</div>${t('div', 'button', L.receipt, 'class="btn b1"')}${t('div', 'button', L.help, 'class="btn b2"')}`;
    return page(css, body, LATIN);
  },
};
