// PChome 24h購物's 訂單查詢 › 訂單明細 (desktop browser or the phone's web page): the red header with
// the white "PChome 24h購物" word mark and the search box, the member-centre menu on the left
// (desktop), then the order: 訂單編號, 訂購日期, the progress steps (訂單成立 › 付款完成 › 序號發送 /
// 出貨 › 完成) with the current one highlighted, the item row (name, spec, qty, price), 付款方式,
// 配送方式 (電子序號), the 應付金額 line, the status box the page shows for this order, the buttons
// (申請退貨, 聯絡客服 …) and the small print under the item (`scene.order.terms`). Layout
// reconstructed; texts from the scene.
import { t, page, esc, topBar } from '../lib/common.mjs';

const RED = '#E3001B';

export default {
  name: 'pchome-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const desk = scene._device.os === 'desktop';
    const steps = o.steps.map((s, i) => `<div class="sp ${i < o.step ? 'done' : i === o.step ? 'cur' : ''}"><i>${i + 1}</i>${t('span', i === o.step ? 'status' : 'label', s)}</div>`).join('<div class="sl"></div>');
    const rows = o.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const menu = ['訂單查詢', '退貨/退款查詢', '電子序號', '我的優惠券', 'P幣', '會員資料'].map((m) => `<div class="${m === (scene.menuOn ?? '訂單查詢') ? 'on' : ''}">${esc(m)}</div>`).join('');
    const css = `
body{background:#F2F2F2;color:#333;font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.browser{display:${desk ? 'block' : 'none'};background:#DEE1E6}.tabsb{height:34px;display:flex;align-items:flex-end;padding:0 10px}.tabsb span{background:#fff;border-radius:8px 8px 0 0;height:28px;width:230px;padding:6px 12px;font-size:12px}
.addr{background:#fff;height:36px;display:flex;align-items:center;padding:0 14px;gap:12px;color:#666;border-bottom:1px solid #ccc}.addr .u{flex:1;background:#F1F3F4;border-radius:16px;padding:4px 14px;color:#222;font-size:13px}
header{background:${RED};color:#fff;display:flex;align-items:center;gap:18px;padding:${desk ? '0 12%' : '0 12px'};height:${desk ? 58 : 48}px}
.logo{font-weight:800;font-size:${desk ? 24 : 19}px;font-family:"Liberation Sans","Noto Sans CJK TC",sans-serif;white-space:nowrap}.logo small{font-size:.7em;font-weight:700;margin-left:2px}
.search{flex:1;max-width:520px;height:32px;background:#fff;border-radius:3px;display:${desk ? 'block' : 'none'}}
.hu{margin-left:auto;font-size:13px}
.wrap{display:flex;gap:18px;padding:${desk ? '16px 12%' : '10px'}}
.menu{width:170px;flex:none;background:#fff;display:${desk ? 'block' : 'none'};align-self:flex-start}.menu div{padding:11px 16px;border-bottom:1px solid #eee;color:#555}.menu .on{color:${RED};font-weight:700;border-left:3px solid ${RED}}
.main{flex:1;min-width:0}
.card{background:#fff;padding:${desk ? '18px 22px' : '14px 12px'};margin-bottom:12px}
.h{display:flex;flex-wrap:wrap;gap:6px 22px;align-items:baseline;border-bottom:1px solid #eee;padding-bottom:10px;margin-bottom:12px}
.h .no{font-size:${desk ? 17 : 15}px;font-weight:700}.h .dt{color:#888;font-size:13px}
.steps{display:flex;align-items:center;margin:8px 0 14px}.sp{display:flex;flex-direction:column;align-items:center;gap:4px;font-size:${desk ? 13 : 11.5}px;color:#999;flex:none;width:${desk ? 92 : 62}px;text-align:center}
.sp i{font-style:normal;width:24px;height:24px;border-radius:50%;background:#ddd;color:#fff;display:flex;align-items:center;justify-content:center;font-size:12px}
.sp.done i{background:#9CA3AF}.sp.done{color:#666}.sp.cur i{background:${RED}}.sp.cur{color:${RED};font-weight:700}.sl{flex:1;height:2px;background:#ddd;margin-bottom:20px}
.item{display:flex;gap:12px;padding:10px 0;border-top:1px solid #eee;border-bottom:1px solid #eee}.th{width:${desk ? 72 : 56}px;height:${desk ? 72 : 56}px;flex:none;background:linear-gradient(135deg,#ffb36b,#f0563a);border-radius:3px}
.in{flex:1;min-width:0}.nm{line-height:1.45;overflow-wrap:anywhere}.spc{color:#888;font-size:12.5px;margin-top:3px}.pr{white-space:nowrap;color:${RED};font-weight:700}
.r{display:flex;gap:12px;padding:7px 0;font-size:13.5px}.k{color:#888;width:${desk ? 96 : 76}px;flex:none}.v{flex:1;overflow-wrap:anywhere}
.tot{display:flex;justify-content:flex-end;gap:10px;align-items:baseline;padding-top:8px;border-top:1px dashed #ddd;margin-top:4px}.tot b{color:${RED};font-size:20px}
.stbox{background:#FFF6E5;border:1px solid #F5D9A8;color:#8A5A00;padding:10px 12px;font-size:13.5px;line-height:1.6;margin-top:10px}
.terms{font-size:12px;color:#888;line-height:1.7;margin-top:8px}
.btns{display:flex;gap:10px;justify-content:flex-end;margin-top:12px}.btns span{border:1px solid #ccc;padding:7px 16px;border-radius:3px;font-size:13.5px;background:#fff}.btns .pri{border-color:${RED};color:${RED}}
`;
    const body = `${topBar(scene, { dark: true, bg: RED })}<div class="browser"><div class="tabsb"><span>訂單明細 - PChome 24h購物</span></div><div class="addr"><span>←</span><span>⟳</span><div class="u">${esc(scene.url ?? 'ecvip.pchome.com.tw/web/order/detail')}</div></div></div>
<header><span class="logo">PChome<small> 24h購物</small></span><div class="search"></div><span class="hu">${esc(scene.user ?? '會員中心')}</span></header>
<div class="wrap"><div class="menu">${menu}</div><div class="main"><div class="card">
<div class="h">${t('span', 'value', `訂單編號 ${o.number}`, 'class="no"')}${t('span', 'value', `訂購日期 ${o.date}`, 'class="dt"')}</div>
<div class="steps">${steps}</div>
${o.items.map(([n, spec, q, p]) => `<div class="item"><div class="th"></div><div class="in">${t('div', 'value', n, 'class="nm"')}${t('div', 'value', `${spec}\u3000數量 ${q}`, 'class="spc"')}</div>${t('div', 'value', p, 'class="pr"')}</div>`).join('')}
${(o.terms ?? []).map((x) => t('div', 'body', x, 'class="terms"')).join('')}
${rows}
<div class="tot">${t('span', 'label', '應付金額')}${t('b', 'value', o.total)}</div>
${o.status ? t('div', 'status', o.status, 'class="stbox"') : ''}
<div class="btns">${(o.buttons ?? ['聯絡客服']).map((b, i) => t('span', 'button', b, i === 0 ? 'class="pri"' : '')).join('')}</div>
</div></div></div>`;
    return page(css, body);
  },
};
