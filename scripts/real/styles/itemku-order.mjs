// itemku (Indonesian game-item marketplace) on a phone, two screens of one order:
// `scene.view` 'order' (default): the white bar "Detail Pesanan", the coloured status strip
// ("Menunggu Pengiriman", "Sedang Diproses", "Pesanan Selesai", "Dibatalkan") with its line, the
// seller card (shop name, the "Penjual Terverifikasi"-like badge), the product card (game, item,
// quantity, price), label–value rows (No. Pesanan, Waktu Pembayaran, Metode Pembayaran, Total
// Pembayaran, the buyer's in-game ID), an optional "Informasi Pengiriman" box with the delivered
// code masked, and the "Chat Penjual" / "Ajukan Komplain" buttons.
// `scene.view` 'chat': the order's chat with the seller (the order's number and status in a strip
// under the title, blue own bubbles, white seller bubbles with the time inside).
// Indonesian chrome as the app shows it; the texts come from the scene. Light only. Layout
// reconstructed.
import { phoneChat } from '../lib/chat.mjs';
import { t, page, topBar, LATIN } from '../lib/common.mjs';

const BLUE = '#1463F3';
const TONE = { wait: ['#FFF4E0', '#B26A00'], proc: ['#E8F0FE', BLUE], done: ['#E6F6EA', '#1E8E3E'], cancel: ['#FDECEC', '#C5221F'] };

const chatSkin = {
  bg: '#F4F6FA', fg: '#1C2433', titleBg: '#FFFFFF', titleFg: '#1C2433', titleWeight: 700, titleSize: 16, titleBorder: '1px solid #E6E9EF',
  selfBg: BLUE, selfFg: '#FFFFFF', otherBg: '#FFFFFF', otherFg: '#1C2433', radius: 14, pad: '8px 12px', sepFg: '#7A8499', sepBg: '#E6E9EF',
  inputBg: '#FFFFFF', inputBorder: '#E6E9EF', inputBoxBg: '#F4F6FA', iconFg: BLUE, inputRadius: 18, subFg: '#1E8E3E', maxW: 252, fontSize: 15,
  inTime: true, back: '←', more: '⋮', noAvatar: true,
  inputHtml: '<div class="ic"></div><div class="box" style="display:flex;align-items:center;padding-left:12px;color:#9AA3B5;font-size:14px">Ketik pesan</div><div class="ic" style="background:#1463F3;border-color:#1463F3"></div>',
  extraCss: '.notice span{background:#FFF8E1;color:#6B5400;padding:6px 10px;border-radius:8px}',
};

export default {
  name: 'itemku-order',
  kind: 'order',
  render(scene) {
    if (scene.view === 'chat') {
      const strip = (sc) => sc.strip
        ? `<div style="background:#fff;border-bottom:1px solid #E6E9EF;padding:8px 14px;display:flex;justify-content:space-between;gap:10px;font-size:12.5px;color:#4A5468">${t('span', 'value', sc.strip.order)}${t('span', 'status', sc.strip.status, `style="color:${BLUE};font-weight:700;white-space:nowrap"`)}</div>`
        : '';
      return phoneChat({ subtitle: 'Online', ...scene }, { ...chatSkin, banner: strip });
    }
    const o = scene.order;
    const [tbg, tfg] = TONE[o.tone ?? 'proc'];
    const css = `
body{background:#F4F6FA;color:#1C2433;font-size:14px}
.hd{background:#fff;height:52px;display:flex;align-items:center;gap:14px;padding:0 16px;font-weight:700;font-size:17px;border-bottom:1px solid #E6E9EF}
.hd .b{font-size:21px;font-weight:400}.hd .h{margin-left:auto;color:${BLUE};font-size:13px;font-weight:600}
.stt{background:${tbg};padding:12px 16px}
.stt .a{font-weight:800;color:${tfg};font-size:15.5px}.stt .b{font-size:12.5px;color:#4A5468;margin-top:3px;line-height:1.45}
.card{background:#fff;margin:10px 12px 0;border-radius:10px;padding:12px 14px}
.sel{display:flex;align-items:center;gap:10px}.sav{width:34px;height:34px;border-radius:50%;background:#7C4DFF;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.sn{font-weight:700}.sb{font-size:11.5px;color:#1E8E3E;margin-top:2px}
.prod{display:flex;gap:11px}.th{width:58px;height:58px;border-radius:8px;background:linear-gradient(135deg,${scene.gameColor ?? '#FF7043'},#5E35B1);flex:none}
.pg{font-size:12px;color:#7A8499}.pn{font-weight:600;line-height:1.35;margin-top:2px}.pq{font-size:12.5px;color:#4A5468;margin-top:4px}
.row{display:flex;justify-content:space-between;gap:14px;padding:8px 0;border-top:1px solid #EEF0F4;font-size:13.5px}
.row:first-child{border-top:0}
.k{color:#7A8499;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.ct{font-weight:700;margin-bottom:6px}.dl{font-size:13.5px;line-height:1.5;color:#2B3447;overflow-wrap:anywhere}
.bt{display:flex;gap:10px;margin:14px 12px 0}
.bt span{flex:1;height:44px;border-radius:8px;display:flex;align-items:center;justify-content:center;font-weight:700}
.bt .a{border:1.5px solid ${BLUE};color:${BLUE};background:#fff}.bt .c{background:${BLUE};color:#fff}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#FFFFFF' })}<div class="hd"><span class="b">←</span><span>Detail Pesanan</span><span class="h">Bantuan</span></div>
<div class="stt">${t('div', 'status', o.status, 'class="a"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="b"') : ''}</div>
<div class="card"><div class="sel"><div class="sav">${o.seller.slice(0, 1)}</div><div>${t('div', 'value', o.seller, 'class="sn"')}<div class="sb">✓ Penjual Terverifikasi</div></div></div></div>
<div class="card"><div class="prod"><div class="th"></div><div>${t('div', 'value', o.game, 'class="pg"')}${t('div', 'value', o.product, 'class="pn"')}${t('div', 'value', o.qty, 'class="pq"')}</div></div></div>
<div class="card">${rows}</div>
${o.delivery ? `<div class="card">${t('div', 'label', 'Informasi Pengiriman', 'class="ct"')}${o.delivery.map((l) => t('div', 'body', l, 'class="dl"')).join('')}</div>` : ''}
<div class="bt">${t('span', 'button', 'Chat Penjual', 'class="a"')}${t('span', 'button', o.action ?? 'Ajukan Komplain', 'class="c"')}</div>`;
    return page(css, body, LATIN);
  },
};
