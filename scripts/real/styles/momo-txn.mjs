// A MoMo-wallet-like transaction detail screen (Vietnam) on a phone: the magenta bar with the back
// arrow and "Transaction details" / "Chi tiết giao dịch", a white card with the merchant's round
// logo, the service line, the signed amount in đồng and the green status pill, then label–value
// rows (time, transaction ID, merchant order ID, payment source, fee, total) and a pink "Need help
// with this transaction?" strip; the "Share" and "Back to home" buttons at the bottom. English or
// Vietnamese chrome (`scene.lang`). Light only. Layout reconstructed; the texts come from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { title: 'Transaction details', help: 'Need help with this transaction?', share: 'Share', home: 'Back to home' },
  vi: { title: 'Chi tiết giao dịch', help: 'Bạn cần hỗ trợ giao dịch này?', share: 'Chia sẻ', home: 'Về trang chủ' },
};

export default {
  name: 'momo-txn',
  kind: 'order',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const m = scene.txn;
    const css = `
body{background:#F5F5F7;color:#1F1F1F;font-size:14px}
.bar{height:50px;background:#A50064;color:#fff;display:flex;align-items:center;gap:14px;padding:0 14px;font-size:17px;font-weight:600}
.bar .b{font-size:24px;line-height:1}
.card{background:#fff;margin:12px;border-radius:14px;padding:18px 16px 6px}
.top{text-align:center}
.lg{width:52px;height:52px;border-radius:50%;margin:0 auto 8px;background:${scene.logoColor ?? '#1D4ED8'};color:#fff;display:flex;align-items:center;justify-content:center;font-weight:800;font-size:20px}
.sv{font-size:14px;color:#555}
.am{font-size:28px;font-weight:800;margin:6px 0}
.pl{display:inline-block;font-size:12.5px;font-weight:700;padding:3px 12px;border-radius:12px;background:#E6F7EE;color:#0E8F4E}
.rows{margin-top:14px}
.row{display:flex;justify-content:space-between;gap:14px;padding:11px 0;border-top:1px solid #F0F0F2;font-size:13.5px}
.k{color:#8B8B92;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.help{margin:0 12px;background:#FCE9F3;color:#A50064;border-radius:10px;padding:12px 14px;font-size:13.5px;font-weight:600;display:flex;justify-content:space-between}
.bt{position:absolute;left:0;right:0;bottom:0;background:#fff;padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;gap:10px;border-top:1px solid #EEE}
.bt span{flex:1;height:44px;border-radius:10px;display:flex;align-items:center;justify-content:center;font-weight:700}
.bt .s{background:#FCE9F3;color:#A50064}.bt .h{background:#A50064;color:#fff}
`;
    const rows = m.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#A50064', dark: true })}<div class="bar"><span class="b">‹</span>${t('span', 'title', x.title)}</div>
<div class="card"><div class="top"><div class="lg">${esc(m.logo ?? 'G')}</div>${t('div', 'value', m.service, 'class="sv"')}${t('div', 'value', m.amount, 'class="am"')}${t('span', 'status', m.status, 'class="pl"')}</div>
<div class="rows">${rows}</div></div>
<div class="help">${t('span', 'body', x.help)}<span>›</span></div>
<div class="bt">${t('span', 'button', x.share, 'class="s"')}${t('span', 'button', x.home, 'class="h"')}</div>`;
    return page(css, body, LATIN);
  },
};
