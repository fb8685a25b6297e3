// The PlayStation account management "Transaction History" page in a browser (light): the black
// PlayStation header, the left menu (Account, Security, Payment Management › Transaction History
// highlighted, Subscription), the date-range filter and the table (date, description such as
// "Wallet Funding" or a content name, the amount, the transaction number), and a detail pane when
// the scene opens one. Labels come from the scene (English or 繁體中文). Layout reconstructed.
import { esc, t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'psn-txn-history',
  kind: 'other',
  render(scene) {
    const L = scene.labels ?? {};
    const rows = scene.rows.map((r) => `<tr>${r.map((v) => `<td>${t('span', 'value', v)}</td>`).join('')}</tr>`).join('');
    const menu = (L.menu ?? ['Account Information', 'Security', 'Payment Management', 'Transaction History', 'Subscription', 'Family Management']).map((m, i) => `<div class="mi ${i === 3 ? 'on' : ''} ${i === 3 ? 'sub' : ''}">${esc(m)}</div>`).join('');
    const css = `
body{background:#F5F7FA;color:#1F1F1F;font-size:14px}
.hd{height:64px;background:#000;display:flex;align-items:center;gap:18px;padding:0 36px;color:#fff}
.ps{font-size:20px;font-weight:700;letter-spacing:.3px}
.hd .av{margin-left:auto;width:34px;height:34px;border-radius:50%;background:linear-gradient(135deg,#0070D1,#00439C)}
.app{display:flex;max-width:1240px;margin:0 auto;padding:26px 24px;gap:28px}
.menu{width:250px;flex:none;background:#fff;border-radius:8px;padding:10px 0;height:fit-content}
.mi{padding:12px 22px;color:#363636}.mi.sub{padding-left:38px}.mi.on{color:#0070D1;font-weight:700;border-left:3px solid #0070D1}
.main{flex:1;background:#fff;border-radius:8px;padding:24px 28px}
.ti{font-size:26px;font-weight:600;margin-bottom:6px}
.fl{color:#6B6B6B;margin-bottom:18px}
table{width:100%;border-collapse:collapse}
th{text-align:left;font-weight:600;color:#6B6B6B;font-size:13px;padding:10px 10px;border-bottom:2px solid #E6E6E6}
td{padding:14px 10px;border-bottom:1px solid #EDEDED;vertical-align:top}
td:nth-child(3){white-space:nowrap}
.ft{margin-top:16px;color:#6B6B6B;font-size:13px}
`;
    const body = `<div class="hd"><span class="ps">PlayStation</span><span style="color:#aaa">${esc(L.account ?? 'Account Management')}</span><span class="av"></span></div>
<div class="app"><div class="menu">${menu}</div><div class="main">${t('div', 'title', L.title ?? 'Transaction History', 'class="ti"')}${t('div', 'label', scene.range, 'class="fl"')}
<table><thead><tr>${(L.cols ?? ['Date', 'Description', 'Amount', 'Transaction ID']).map((h) => `<th>${t('span', 'label', h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>
${scene.foot ? t('div', 'body', scene.foot, 'class="ft"') : ''}</div></div>`;
    return page(css, body, LATIN);
  },
};
