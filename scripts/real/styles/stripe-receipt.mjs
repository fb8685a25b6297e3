// A Stripe-hosted e-mail receipt ("Receipt from <shop>") opened in a mail app: the mail app's top
// bar, the subject and sender lines, then the receipt as Stripe draws it: the grey page, the
// shop's round mark and name, the large amount and "Paid <date>", the three-column strip (receipt
// number, date paid, payment method; stacked on a phone), the SUMMARY list of items with the
// amount charged, the shop's notes (delivery time, terms) and the grey footer lines. All labels
// come from the scene (`scene.mail.labels`), so English and Chinese receipts can be drawn.
// Light only (Stripe receipts keep their light design in dark mail apps). Layout reconstructed.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

const EN = { receipt: 'Receipt from', paid: 'Paid', number: 'RECEIPT NUMBER', date: 'DATE PAID', method: 'PAYMENT METHOD', summary: 'SUMMARY', charged: 'Amount charged', download: 'Download receipt' };

export default {
  name: 'stripe-receipt',
  kind: 'order',
  render(scene) {
    const m = scene.mail;
    const L = { ...EN, ...(m.labels ?? {}) };
    const narrow = scene._device.width < 700;
    const css = `
body{background:#fff;color:#1a1f36;font-size:14px}
.bar{height:${narrow ? 50 : 46}px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;color:#5f6368;font-size:${narrow ? 20 : 16}px;border-bottom:${narrow ? 'none' : '1px solid #e5e7eb'}}
.subj{font-size:${narrow ? 19 : 20}px;line-height:1.35;padding:${narrow ? '2px 16px 10px' : '16px 24px 10px'}}
.from{display:flex;gap:10px;align-items:center;padding:0 ${narrow ? 16 : 24}px 12px;border-bottom:1px solid #e6e6e6}
.fa{width:36px;height:36px;border-radius:50%;background:${m.color};color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;flex:none}
.fn{font-size:14px;font-weight:600}.ft{font-size:12.5px;color:#6b7280}
.pg{background:#f6f9fc;padding:${narrow ? '18px 12px 30px' : '28px 0 40px'}}
.card{background:#fff;max-width:560px;margin:0 auto;border-radius:6px;padding:${narrow ? '22px 18px' : '32px 40px'};box-shadow:0 1px 3px #32325d1a}
.logo{width:52px;height:52px;border-radius:50%;background:${m.color};margin:0 auto 12px;display:flex;align-items:center;justify-content:center;color:#fff;font-weight:700;font-size:22px}
.rf{text-align:center;color:#697386;font-size:15px}
.amt{text-align:center;font-size:${narrow ? 30 : 34}px;font-weight:600;margin:6px 0 2px}
.pd{text-align:center;color:#697386;font-size:14px;margin-bottom:18px}
.strip{display:flex;${narrow ? 'flex-direction:column;gap:10px' : 'gap:24px'};margin:10px 0 22px}
.strip div{flex:1}
.sk{font-size:11px;color:#8792a2;font-weight:600;letter-spacing:.4px;margin-bottom:3px}
.sv{font-size:14px;overflow-wrap:anywhere}
.sh{font-size:11px;color:#8792a2;font-weight:600;letter-spacing:.4px;margin:6px 0 8px}
.box{background:#f6f9fc;border-radius:4px;padding:4px 14px}
.li{display:flex;justify-content:space-between;gap:14px;padding:10px 0;border-bottom:1px solid #e6ebf1;line-height:1.4}
.li:last-child{border-bottom:0}
.li .v{white-space:nowrap}
.tot{font-weight:600}
.note{color:#414552;line-height:1.55;margin-top:14px;font-size:13.5px}
.dl{display:inline-block;margin-top:16px;color:#635bff;font-weight:600;font-size:13.5px}
.foot{max-width:560px;margin:18px auto 0;color:#8792a2;font-size:12px;line-height:1.6;padding:0 6px}
`;
    const strip = [[L.number, m.number], [L.date, m.date], [L.method, m.method]]
      .map(([k, v]) => `<div>${t('div', 'label', k, 'class="sk"')}${t('div', 'value', v, 'class="sv"')}</div>`).join('');
    const items = m.items.map(([k, v]) => `<div class="li">${t('span', 'value', k)}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene)}<div class="bar"><span>${narrow ? '‹' : '← Inbox'}</span><span>${narrow ? '⤺ ⋮' : '⤺ ⤻ 🗑 ⋮'}</span></div>
${t('div', 'title', m.subject, 'class="subj"')}
<div class="from"><div class="fa">${m.shop[0]}</div><div>${t('div', 'value', m.from, 'class="fn"')}${t('div', 'value', m.time, 'class="ft"')}</div></div>
<div class="pg"><div class="card"><div class="logo">${m.shop[0]}</div>${t('div', 'title', `${L.receipt} ${m.shop}`, 'class="rf"')}
${t('div', 'value', m.amount, 'class="amt"')}${t('div', 'value', `${L.paid} ${m.date}`, 'class="pd"')}
<div class="strip">${strip}</div>${t('div', 'label', L.summary, 'class="sh"')}<div class="box">${items}
<div class="li tot">${t('span', 'label', L.charged)}${t('span', 'value', m.amount, 'class="v"')}</div></div>
${(m.notes ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}${t('span', 'button', L.download, 'class="dl"')}</div>
${(m.foot ?? []).map((f) => t('div', 'body', f, 'class="foot"')).join('')}</div>`;
    return page(css, body, LATIN);
  },
};
