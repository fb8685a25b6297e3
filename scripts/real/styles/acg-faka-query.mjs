// 异次元发卡 (acg-faka, lizhipay/acg-faka 3.6) order lookup in its default "Cartoon" theme, as a buyer
// sees it after 查询订单: the dark photo background under a white frosted navbar (brand, 购物 / 订单查询,
// language switch), the 订单查询 glass panel with the keyword box, then the 查询结果 panel with one
// order item: the gradient strip on top, the status pill (待付款 amber / 已付款 green), "#trade_no",
// 下单时间 / 付款时间 / 支付方式, the 订单金额 on the right, the goods box with its badges (商品类型,
// 数量), and, once paid, the 宝贝内容 section with the 已发货 / 等待发货 badge, the card box (masked)
// and the shop's leave_message. Labels follow the theme's zh-cn / en / zh-tw language packs
// (`scene.lang`: 'zh' | 'en' | 'tw'); `scene.scrolled` leaves out the lookup panel (the page scrolled down). Layout after assets/user/controller/index/query.js and
// assets/user/css/_index.css; texts of the order come from the scene. Phone and desktop.
import { t, page, topBar, esc } from '../lib/common.mjs';

const L = {
  zh: { shop: '购物', lookup: '订单查询', results: '查询结果', kw: '订单号/联系方式', find: '查询订单', unpaid: '待付款', paid: '已付款', ordered: '下单时间：', paidAt: '付款时间：', method: '支付方式：', amount: '订单金额', type: '商品类型', qty: '数量', content: '宝贝内容', waiting: '等待发货', shipped: '已发货', lang: '简体中文' },
  en: { shop: 'Shop', lookup: 'Order Lookup', results: 'Results', kw: 'Order No. / Contact', find: 'Find Order', unpaid: 'Awaiting Payment', paid: 'Paid', ordered: 'Ordered at:', paidAt: 'Paid at:', method: 'Payment Method:', amount: 'Order Amount', type: 'Product Type', qty: 'Quantity', content: 'Item Content', waiting: 'Awaiting Delivery', shipped: 'Delivered', lang: 'EN' },
  tw: { shop: '購物', lookup: '訂單查詢', results: '查詢結果', kw: '訂單號/聯繫方式', find: '查詢訂單', unpaid: '待付款', paid: '已付款', ordered: '下單時間：', paidAt: '付款時間：', method: '支付方式：', amount: '訂單金額', type: '商品類型', qty: '數量', content: '寶貝內容', waiting: '等待發貨', shipped: '已發貨', lang: '繁體中文' },
};

export default {
  name: 'acg-faka-query',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const l = L[scene.lang ?? 'zh'];
    const narrow = scene._device.width < 700;
    const paid = o.status !== 'unpaid';
    const shipped = o.delivery === 'shipped';
    const badges = [[l.type, o.race ?? (scene.lang === 'en' ? 'Auto Delivery' : '自动发货'), 'ok'], ...(o.sku ?? []).map(([k, v]) => [k, v, 'pri']), [l.qty, String(o.qty ?? 1), 'warn']]
      .map(([k, v, c]) => t('span', 'value', `${k}: ${v}`, `class="bd ${c}"`)).join('');
    const card = paid ? `<div class="cs"><div class="ch">${t('span', 'label', l.content, 'class="ct"')}${t('span', 'status', shipped ? l.shipped : l.waiting, `class="sb ${shipped ? 'sp' : 'sw'}"`)}</div>
${o.secret ? `<div class="cc">${t('div', 'value', o.secret, 'class="cd"')}</div>` : ''}${(o.leave ?? []).map((x) => t('div', 'body', x, 'class="lv"')).join('')}</div>` : '';
    const css = `
body{background:linear-gradient(180deg,rgba(10,12,28,.45),rgba(10,12,28,.6)),linear-gradient(135deg,#6f86c9 0%,#c59bd6 45%,#f0b8a8 100%);background-attachment:fixed;color:#1f2937;font-size:13px;min-height:100vh}
.nb{background:rgba(255,255,255,.82);border-bottom:1px solid rgba(255,255,255,.08);box-shadow:0 10px 30px rgba(82,63,105,.05);padding:${narrow ? '10px 14px' : '10px 0'};}
.nbi{max-width:1140px;margin:0 auto;display:flex;align-items:center;gap:${narrow ? 10 : 22}px;padding:0 ${narrow ? 0 : 12}px}
.brand{font-size:${narrow ? 16 : 19}px;font-weight:600;color:#222;display:flex;align-items:center;gap:7px}
.brand i{width:22px;height:22px;border-radius:4px;background:linear-gradient(135deg,#7a8cff,#b88cff);display:inline-block}
.nl{font-size:${narrow ? 14 : 15.5}px;color:#898989}.nl.on{color:#479afb;font-weight:600}
.lg{margin-left:auto;font-size:12px;color:#6b7280;border-radius:10px;padding:4px 8px}
.wrap{max-width:1140px;margin:0 auto;padding:${narrow ? '16px 10px' : '24px 12px'}}
.panel{border-radius:16px;background:rgba(255,255,255,.5);box-shadow:0 10px 30px rgba(82,63,105,.05);backdrop-filter:blur(20px)}
.panel+.panel{margin-top:14px}
.ph{display:flex;align-items:center;gap:6px;padding:14px 16px;margin-bottom:12px;box-shadow:rgba(149,157,165,.2) 0 8px 24px;font-size:15px;color:#111827;font-weight:600}
.pb{padding:0 16px 16px}
.qf{display:flex;justify-content:center;gap:10px}
.qf .in{width:${narrow ? 190 : 300}px;height:44px;border:2px solid #e5e7eb;border-radius:12px;background:rgba(255,255,255,.9);display:flex;align-items:center;padding:0 12px;font-size:13.5px;overflow:hidden;white-space:nowrap}
.qf .bt{height:44px;border-radius:12px;background:linear-gradient(135deg,#7a8cff,#b88cff);color:#fff;font-weight:600;font-size:14px;display:flex;align-items:center;padding:0 16px;box-shadow:0 4px 12px rgba(122,140,255,.25)}
.oi{background:rgba(255,255,255,.55);border:1px solid rgba(255,255,255,.2);border-radius:16px;padding:${narrow ? 18 : 24}px;position:relative;overflow:hidden;box-shadow:0 8px 32px rgba(0,0,0,.1)}
.oi::before{content:"";position:absolute;top:0;left:0;right:0;height:4px;background:linear-gradient(90deg,#7a8cff,#b88cff)}
.oh{display:flex;${narrow ? 'flex-direction:column;gap:12px' : 'justify-content:space-between;align-items:flex-start'};padding-bottom:${narrow ? 14 : 20}px;margin-bottom:${narrow ? 14 : 20}px;border-bottom:1px solid #f1f5f9}
.ol{display:flex;${narrow ? 'flex-direction:column;gap:10px' : 'gap:16px;align-items:flex-start'}}
.st{display:inline-block;padding:7px 14px;border-radius:24px;font-size:12px;font-weight:700;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.1);align-self:flex-start}
.st.pend{background:linear-gradient(135deg,#fbbf24,#f59e0b)}.st.paid{background:linear-gradient(135deg,#10b981,#059669)}
.no{font-size:${narrow ? 16 : 18}px;font-weight:700;color:#1f2937;margin-bottom:8px;overflow-wrap:anywhere}
.ln{font-size:${narrow ? 13 : 14}px;color:#374151;margin-bottom:4px}
.pm{color:#21c44d}
.or{display:flex;flex-direction:column;align-items:${narrow ? 'flex-start' : 'flex-end'}}
.al{font-size:12px;color:#6b7280;margin-bottom:4px}.av{font-size:24px;font-weight:800;color:#ff6b88;line-height:1}
.gs{display:flex;gap:12px;padding:12px;background:rgba(255,255,255,.35);border-radius:12px;border:1px solid rgba(255,255,255,.25)}
.gt{flex:none;width:72px;height:72px;border-radius:12px;border:2px solid #fff;background:linear-gradient(135deg,${scene.cover ?? '#ffb1b1,#ab57ff'});box-shadow:0 4px 12px rgba(0,0,0,.1)}
.gn{font-size:${narrow ? 14.5 : 16}px;font-weight:700;color:#1f2937;margin:0 0 8px;line-height:1.4}
.gm{display:flex;gap:4px;flex-wrap:wrap}
.bd{font-size:11.5px;padding:3px 7px;border-radius:6px;color:#fff;font-weight:600}
.bd.ok{background:#198754}.bd.pri{background:#0d6efd}.bd.warn{background:#ffc107;color:#222}
.cs{margin-top:18px;padding-top:18px;border-top:1px solid #f1f5f9}
.ch{display:flex;align-items:center;gap:8px;margin-bottom:12px}
.ct{font-weight:700;font-size:${narrow ? 15 : 16.5}px;color:#1f2937}
.sb{padding:3px 6px;border-radius:6px;font-size:11.5px;font-weight:600}
.sp{background:rgba(34,197,94,.2);color:#16a34a;border:1px solid rgba(34,197,94,.3)}.sw{background:rgba(245,158,11,.2);color:#d97706;border:1px solid rgba(245,158,11,.3)}
.cc{background:rgba(255,255,255,.7);border:1px solid #e5e7eb;border-radius:8px;padding:14px}
.cd{white-space:pre-line;font-family:"Liberation Mono","Noto Sans Mono CJK SC",monospace;font-size:${narrow ? 13 : 14}px;overflow-wrap:anywhere}
.lv{margin-top:10px;font-size:${narrow ? 13 : 13.5}px;line-height:1.7;color:#374151}
.ft{text-align:center;color:#d8d8e0;padding:14px 0;font-size:12px}
`;
    const body = `${topBar(scene, { bg: 'rgba(255,255,255,.82)' })}<div class="nb"><div class="nbi"><span class="brand"><i></i>${t('span', 'title', scene.shop)}</span>
${narrow ? '' : `<span class="nl">${esc(l.shop)}</span><span class="nl on">${esc(l.lookup)}</span>`}<span class="lg">🌐 ${esc(l.lang)}</span></div></div>
<div class="wrap">${scene.scrolled ? '' : `<div class="panel"><div class="ph">🔍 ${t('span', 'title', l.lookup)}</div><div class="pb"><div class="qf"><div class="in">${t('span', 'value', o.query)}</div>${t('span', 'button', l.find, 'class="bt"')}</div></div></div>`}
<div class="panel"><div class="ph">📋 ${t('span', 'title', l.results)}</div><div class="pb"><div class="oi">
<div class="oh"><div class="ol">${t('span', 'status', paid ? `✓ ${l.paid}` : `◷ ${l.unpaid}`, `class="st ${paid ? 'paid' : 'pend'}"`)}<div>
${t('div', 'value', `#${o.no}`, 'class="no"')}${t('div', 'value', `${l.ordered}${o.created}`, 'class="ln"')}${t('div', 'value', `${l.paidAt}${o.paidAt ?? '-'}`, 'class="ln"')}
<div class="ln">${t('span', 'label', l.method)}${t('span', 'value', o.pay, 'class="pm"')}</div></div></div>
<div class="or">${t('span', 'label', l.amount, 'class="al"')}${t('span', 'value', `¥${o.amount}`, 'class="av"')}</div></div>
<div class="gs"><div class="gt"></div><div>${t('h6', 'value', o.product, 'class="gn"')}<div class="gm">${badges}</div></div></div>${card}</div></div></div>
<div class="ft">${esc(scene.footer ?? `© ${scene.shop}`)}</div></div>`;
    return page(css, body);
  },
};
