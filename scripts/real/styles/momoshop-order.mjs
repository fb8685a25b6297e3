// The momo購物網 (Taiwan) app's 訂單查詢 detail on a phone (Traditional Chinese): the magenta title
// bar, the order header (訂單編號, 訂購日期, 付款方式), the item card (thumbnail, 品名, 規格, 數量,
// price) with its status chip (已出貨 / 處理中 / 序號已發送 …) and an optional 序號/票券 box (the
// serial masked as the app shows it, with the sending time), the 付款明細 (商品金額, 折抵, 實付金額),
// an optional 注意事項 card (the listing's terms) and the bottom buttons (聯絡客服, 申請退貨 …).
// Light only (the app has no dark theme). Layout reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const MG = '#E4007F';

export default {
  name: 'momoshop-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const chip = { ok: '#2F9E44', wait: '#F08C00', bad: '#868E96' }[o.tone ?? 'ok'];
    const head = o.head.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const pay = o.pay.map(([k, v], i) => `<div class="r${i === o.pay.length - 1 ? ' tot' : ''}">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const serial = o.serial ? `<div class="sn">${o.serial.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>` : '';
    const css = `
body{background:#f2f2f2;color:#222;font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.tb{height:48px;background:${MG};color:#fff;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:700}
.tb .b{position:absolute;left:12px;font-size:24px;font-weight:400;top:5px}.tb .h{position:absolute;right:12px;font-size:19px}
.box{background:#fff;margin-top:8px;padding:4px 0}
.r{display:flex;justify-content:space-between;gap:14px;padding:7px 14px;font-size:13.5px}
.r .k{color:#888;flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.hd{padding:10px 14px 4px;font-weight:700;font-size:14.5px;border-left:3px solid ${MG};margin:6px 0 2px}
.it{display:flex;gap:10px;padding:10px 14px}
.it .th{width:72px;height:72px;flex:none;border-radius:4px;background:linear-gradient(135deg,#ff8fab,#7048e8)}
.it .tt{line-height:1.45;overflow-wrap:anywhere}.it .sp{color:#888;font-size:12.5px;margin-top:3px}
.it .pr{display:flex;justify-content:space-between;align-items:center;margin-top:6px}
.it .pr .p{color:${MG};font-weight:700}
.chip{display:inline-block;font-size:12px;color:#fff;background:${chip};border-radius:3px;padding:1px 7px}
.sn{margin:2px 14px 10px;background:#fff5fa;border:1px dashed ${MG}88;border-radius:4px;padding:4px 0}
.tot .v{color:${MG};font-weight:700;font-size:16px}
.nt{padding:4px 14px 10px;font-size:12.5px;color:#555;line-height:1.65;white-space:pre-wrap}
.bt{display:flex;gap:8px;justify-content:flex-end;padding:12px 14px;background:#fff;margin-top:8px}
.bt span{border:1px solid #bbb;border-radius:3px;padding:6px 12px;font-size:13.5px}.bt span.p{border-color:${MG};color:${MG}}
`;
    const body = `${topBar(scene, { bg: MG, dark: true })}<div class="tb"><span class="b">‹</span>${t('span', 'title', scene.title ?? '訂單明細')}<span class="h">⌂</span></div>
<div class="box">${head}</div>
<div class="box"><div class="hd">${o.shop ? t('span', 'value', o.shop) : '商品資訊'}</div><div class="it"><div class="th"></div><div style="flex:1">${t('div', 'value', o.product, 'class="tt"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}<div class="pr">${t('span', 'status', o.status, 'class="chip"')}${t('span', 'value', o.price, 'class="p"')}</div></div></div>${serial}</div>
<div class="box"><div class="hd">付款明細</div>${pay}</div>
${o.terms ? `<div class="box"><div class="hd">注意事項</div>${t('div', 'body', o.terms, 'class="nt"')}</div>` : ''}
<div class="bt">${(o.buttons ?? ['聯絡客服']).map((b, i) => t('span', 'button', b, i === 0 ? 'class="p"' : '')).join('')}</div>`;
    return page(css, body);
  },
};
