// A DANA-like e-wallet transaction detail (Indonesia) on a phone: the DANA-blue header with the back
// arrow and "Detail Transaksi" (or "Transaction Details"), a white card with the merchant's round
// logo and name, the amount in rupiah ("Rp150.000"), the status pill ("Berhasil" green, "Diproses"
// amber, "Dana Dikembalikan" grey), then label–value rows (Metode Pembayaran, Waktu, ID Transaksi,
// ID Pesanan Merchant, Keterangan …), a dashed rule and the "Butuh bantuan?" / "Need help?" link with
// the "Bagikan" button. Indonesian chrome by default, `scene.lang` 'en' for English. Light only.
// Layout reconstructed; the texts come from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  id: { title: 'Detail Transaksi', help: 'Butuh bantuan dengan transaksi ini?', share: 'Bagikan', kind: 'Pembayaran' },
  en: { title: 'Transaction Details', help: 'Need help with this transaction?', share: 'Share', kind: 'Payment' },
};
const TONE = { ok: ['#0E8A4F', '#E3F6EC'], wait: ['#B26A00', '#FFF3DC'], back: ['#5C6B7A', '#EDF0F3'] };

export default {
  name: 'dana-txn',
  kind: 'order',
  render(scene) {
    const x = TXT[scene.lang ?? 'id'];
    const r = scene.txn;
    const [fg, bg] = TONE[r.tone ?? 'ok'];
    const css = `
body{background:#F1F5FA;color:#26323D;font-size:14px}
.hd{background:#118EEA;color:#fff;height:56px;display:flex;align-items:center;gap:16px;padding:0 16px;font-size:17px;font-weight:700}
.hd .b{font-size:22px;font-weight:400}
.band{background:#118EEA;height:40px}
.card{background:#fff;margin:-30px 14px 0;border-radius:12px;padding:18px 16px 10px;box-shadow:0 1px 6px #0A3D6B1A}
.top{display:flex;align-items:center;gap:12px}
.lg{width:44px;height:44px;border-radius:50%;background:${r.logoColor ?? '#F57224'};color:#fff;font-weight:700;font-size:18px;display:flex;align-items:center;justify-content:center;flex:none}
.kd{font-size:12.5px;color:#7A8896}.mn{font-size:16px;font-weight:700;margin-top:2px}
.am{font-size:28px;font-weight:800;margin:16px 0 8px;color:#1A2630}
.st{display:inline-block;font-size:12.5px;font-weight:700;color:${fg};background:${bg};border-radius:12px;padding:3px 12px;margin-bottom:12px}
.row{display:flex;justify-content:space-between;gap:16px;padding:10px 0;border-top:1px solid #EEF1F4;font-size:13.5px}
.k{color:#7A8896;white-space:nowrap}
.row.lg2{flex-direction:column;gap:4px}.row.lg2 .v{text-align:left;letter-spacing:.2px}.v{text-align:right;font-weight:600;overflow-wrap:anywhere}
.dash{border-top:1px dashed #C9D3DD;margin:6px 0 10px}
.help{color:#118EEA;font-weight:600;font-size:13.5px;padding:4px 0 6px}
.sh{margin:18px 14px 0;height:46px;border-radius:23px;border:1.5px solid #118EEA;color:#118EEA;font-weight:700;display:flex;align-items:center;justify-content:center}
`;
    // a long id goes under its label, as the app sets it, instead of wrapping at the right
    const rows = r.rows.map(([k, v]) => `<div class="row${String(v).length > 22 ? ' lg2' : ''}">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#118EEA', dark: true })}<div class="hd"><span class="b">←</span>${t('span', 'title', x.title)}</div><div class="band"></div>
<div class="card"><div class="top"><div class="lg">${esc(r.merchant[0])}</div><div>${t('div', 'label', r.kind ?? x.kind, 'class="kd"')}${t('div', 'value', r.merchant, 'class="mn"')}</div></div>
${t('div', 'value', r.amount, 'class="am"')}${t('span', 'status', r.status, 'class="st"')}${rows}<div class="dash"></div>${t('div', 'button', x.help, 'class="help"')}</div>
${t('div', 'button', x.share, 'class="sh"')}`;
    return page(css, body, LATIN);
  },
};
