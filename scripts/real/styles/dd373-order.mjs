// DD373 游戏交易平台 订单详情 (the mobile web page): an orange-red top bar with the DD373 mark, the
// trade steps (买家付款 › 卖家发货 › 交易完成) with the current one lit, the order card of
// label–value rows (订单编号, 商品标题, 游戏/区服, 单价, 购买数量, 订单金额, 交易状态, times), the
// 商品描述 the seller wrote, and the bottom buttons. Light only. Layout reconstructed from the site.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'dd373-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const steps = o.steps ?? ['买家付款', '卖家发货', '交易完成'];
    const at = o.step ?? 1;
    const css = `
body{background:#F2F3F5;color:#333;font-size:14px}
.bar{height:48px;background:#FF5A00;color:#fff;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.bar .b{position:absolute;left:12px;font-size:24px}.bar .m{position:absolute;right:12px;font-size:12px;font-weight:800;letter-spacing:1px;background:#fff;color:#FF5A00;border-radius:3px;padding:1px 5px}
.steps{display:flex;background:#fff;padding:14px 8px 12px;margin-bottom:8px}
.steps div{flex:1;text-align:center;font-size:12.5px;color:#aaa;position:relative}
.steps div b{display:block;width:20px;height:20px;border-radius:10px;background:#ddd;color:#fff;margin:0 auto 5px;font-size:12px;line-height:20px}
.steps div.on{color:#FF5A00}.steps div.on b{background:#FF5A00}
.card{background:#fff;margin:0 0 8px;padding:4px 14px}
.card h4{margin:0;padding:11px 0;font-size:15px;border-bottom:1px solid #f0f0f0}
.row{display:flex;gap:12px;padding:9px 0;border-bottom:1px solid #f6f6f6;font-size:13.5px}
.row:last-child{border:0}
.k{width:76px;flex:none;color:#999}.v{overflow-wrap:anywhere;flex:1}
.st{color:#FF5A00;font-weight:600}
.desc{font-size:13px;line-height:1.7;color:#555;padding:8px 0 12px}
.foot{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid #eee}
.foot span{border:1px solid #ccc;border-radius:4px;padding:6px 14px;font-size:13.5px}
.foot span:last-child{background:#FF5A00;border-color:#FF5A00;color:#fff}
`;
    const rows = o.rows.map(([k, v, role]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, `class="v${role === 'status' ? ' st' : ''}"`)}</div>`).join('');
    const body = `${topBar(scene, { bg: '#FF5A00', dark: true })}<div class="bar"><span class="b">‹</span>${t('span', 'title', '订单详情')}<span class="m">DD373</span></div>
<div class="steps">${steps.map((s, i) => `<div class="${i < at ? 'on' : ''}"><b>${i + 1}</b>${t('span', 'body', s)}</div>`).join('')}</div>
<div class="card">${t('h4', 'title', '订单信息')}${rows}</div>
${o.desc ? `<div class="card">${t('h4', 'title', '商品描述')}${o.desc.map((x) => t('div', 'body', x, 'class="desc"')).join('')}</div>` : ''}
<div class="foot">${(o.buttons ?? ['联系客服', '确认收货']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
