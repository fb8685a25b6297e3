// The Lazada app's order details screen (Philippines, Malaysia, Vietnam, Indonesia …) for a digital
// item: the white title bar with the back arrow and "Order Details", the status card in Lazada's
// dark-blue gradient with the status ("Processing", "To Ship", "Delivered", "Đang xử lý", "Diproses")
// and the line under it, the digital-delivery box (where the code will appear, or the delivered code
// masked), the shop row with the LazMall tag and "Chat" / "Chat ngay" / "Chat Penjual", the item
// row (orange thumbnail, title, variation, ×1, price in orange), the totals (subtotal, voucher,
// total) and the order facts (order number, placed and paid times, payment method), then the grey
// bottom bar with the outlined buttons. Chrome in English, Vietnamese or Indonesian (`scene.lang`
// en | vi | id). Light only. Layout reconstructed; the texts come from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { title: 'Order Details', chat: 'Chat', sub: 'Subtotal', total: 'Total', no: 'Order No.', placed: 'Placed on', paid: 'Paid on', pay: 'Payment Method', digital: 'Digital delivery', copy: 'COPY' },
  vi: { title: 'Chi tiết đơn hàng', chat: 'Chat ngay', sub: 'Tạm tính', total: 'Tổng cộng', no: 'Mã đơn hàng', placed: 'Đặt lúc', paid: 'Thanh toán lúc', pay: 'Phương thức thanh toán', digital: 'Giao hàng kỹ thuật số', copy: 'SAO CHÉP' },
  id: { title: 'Rincian Pesanan', chat: 'Chat Penjual', sub: 'Subtotal', total: 'Total', no: 'No. Pesanan', placed: 'Dibuat pada', paid: 'Dibayar pada', pay: 'Metode Pembayaran', digital: 'Pengiriman digital', copy: 'SALIN' },
};

export default {
  name: 'lazada-order',
  kind: 'order',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const o = scene.order;
    const css = `
body{background:#F4F4F6;color:#212121;font-size:14px}
.tb{background:#fff;height:50px;display:flex;align-items:center;gap:16px;padding:0 14px;font-size:17px;font-weight:700;border-bottom:1px solid #ECECEC}
.tb .b{font-size:22px;font-weight:400}
.stc{background:linear-gradient(100deg,#0F146D,#2E37B8);color:#fff;padding:16px 16px 18px}
.sts{font-size:19px;font-weight:700}.stl{font-size:13px;opacity:.88;margin-top:5px;line-height:1.4}
.box{background:#fff;margin:8px 0 0;padding:12px 14px}
.dg{font-size:13px;color:#757575;margin-bottom:6px}
.code{display:flex;justify-content:space-between;align-items:center;background:#FFF6EF;border:1px dashed #F57224;border-radius:6px;padding:9px 10px;font-size:14px;font-weight:600;letter-spacing:.3px}
.code b{color:#F57224;font-size:12px}
.dnote{font-size:13px;color:#616161;line-height:1.45}
.shop{display:flex;align-items:center;gap:8px;font-weight:700;font-size:14.5px}
.shop .lm{font-size:10px;color:#fff;background:#D6006E;border-radius:3px;padding:1px 4px;font-weight:700}
.shop .ch{margin-left:auto;color:#1A9CB7;font-weight:600;font-size:13.5px}
.it{display:flex;gap:10px;margin-top:12px}
.th{width:70px;height:70px;border-radius:6px;background:linear-gradient(135deg,#F57224,#FFB37A);flex:none}
.in{flex:1;min-width:0}.nm{line-height:1.35}.va{font-size:12.5px;color:#9E9E9E;margin-top:4px}
.pq{display:flex;justify-content:space-between;margin-top:6px}.pr{color:#F57224;font-weight:700}.qt{color:#757575}
.row{display:flex;justify-content:space-between;gap:14px;padding:6px 0;font-size:13.5px}
.k{color:#757575;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.tot .v{color:#F57224;font-weight:700;font-size:16px}
.bar{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:1px solid #E0E0E0;padding:10px 14px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px}
.bt{border:1px solid #BDBDBD;border-radius:4px;padding:7px 14px;font-size:13.5px}
.bt.m{border-color:#F57224;color:#F57224}
`;
    const kv = (rows, cls = '') => rows.map(([k, v]) => `<div class="row ${cls}">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const dig = o.code
      ? `<div class="code">${t('span', 'value', o.code)}<b>${x.copy}</b></div>${o.codeNote ? t('div', 'body', o.codeNote, 'class="dnote" style="margin-top:6px"') : ''}`
      : t('div', 'body', o.digitalNote, 'class="dnote"');
    const body = `${topBar(scene)}<div class="tb"><span class="b">←</span>${t('span', 'title', x.title)}</div>
<div class="stc">${t('div', 'status', o.status, 'class="sts"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="stl"') : ''}</div>
<div class="box">${t('div', 'label', x.digital, 'class="dg"')}${dig}</div>
<div class="box"><div class="shop">${t('span', 'value', o.shop)}${o.mall === false ? '' : '<span class="lm">LazMall</span>'}<span class="ch">${esc(x.chat)} ›</span></div>
<div class="it"><div class="th"></div><div class="in">${t('div', 'value', o.product, 'class="nm"')}${o.variation ? t('div', 'value', o.variation, 'class="va"') : ''}<div class="pq">${t('span', 'value', o.price, 'class="pr"')}<span class="qt">×${esc(o.qty ?? 1)}</span></div></div></div></div>
<div class="box">${kv([[x.sub, o.subtotal ?? o.price], ...(o.extra ?? [])])}${kv([[x.total, o.total ?? o.price]], 'tot')}</div>
<div class="box">${kv([[x.no, o.number], [x.placed, o.placed], ...(o.paid ? [[x.paid, o.paid]] : []), [x.pay, o.payment], ...(o.rows ?? [])])}</div>
<div class="bar">${(o.buttons ?? []).map((b, i) => t('span', 'button', b, `class="bt${i === o.buttons.length - 1 ? ' m' : ''}"`)).join('')}</div>`;
    return page(css, body, LATIN);
  },
};
