// 支付宝 订单详情 / 账单详情 (Alipay app): white or dark page, back arrow and 账单详情 title, the
// merchant's round mark and name, the amount in large type (-128.00), the status line (交易成功 /
// 等待对方发货 / 退款成功), then label–value rows (支付时间, 付款方式, 商品说明, 收单机构, 订单号,
// 商家订单号) and the bottom links (对此订单有疑问, 联系商家); `scene.dark` gives the dark theme.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'alipay-order',
  kind: 'order',
  render(scene) {
    const dark = Boolean(scene.dark);
    const b = scene.bill;
    const c = dark ? { bg: '#0F0F0F', card: '#1C1C1E', fg: '#EDEDED', sub: '#8E8E93', line: '#2C2C2E' } : { bg: '#F5F5F5', card: '#FFFFFF', fg: '#333', sub: '#999', line: '#F0F0F0' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;position:relative;background:${c.card}}
.hd .b{position:absolute;left:14px;font-size:22px}
.top{background:${c.card};text-align:center;padding:20px 16px 18px;margin-bottom:10px}
.mk{width:44px;height:44px;border-radius:22px;background:#1677FF;color:#fff;margin:0 auto;display:flex;align-items:center;justify-content:center;font-size:20px}
.mn{font-size:15px;margin-top:8px}
.am{font-size:34px;font-weight:600;margin-top:8px;font-family:"DejaVu Sans",sans-serif}
.st{font-size:14px;color:${b.tone === 'wait' ? '#FF8F1F' : c.sub};margin-top:6px}
.card{background:${c.card};padding:4px 16px}
.row{display:flex;gap:16px;padding:11px 0;border-bottom:1px solid ${c.line};font-size:14px}
.row:last-child{border:0}.k{color:${c.sub};width:84px;flex:none}.v{flex:1;overflow-wrap:anywhere;line-height:1.4}
.links{background:${c.card};margin-top:10px;padding:0 16px}
.links div{padding:13px 0;border-bottom:1px solid ${c.line};font-size:14px;display:flex;justify-content:space-between}
.links div:last-child{border:0}
`;
    const body = `${topBar(scene, { dark, bg: c.card })}<div class="hd"><span class="b">‹</span>${t('span', 'title', b.title ?? '账单详情')}</div>
<div class="top"><div class="mk">${b.mark ?? '商'}</div>${t('div', 'value', b.merchant, 'class="mn"')}${t('div', 'value', b.amount, 'class="am"')}${t('div', 'status', b.status, 'class="st"')}</div>
<div class="card">${b.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>
<div class="links">${(b.links ?? ['对此订单有疑问', '联系商家']).map((l) => `<div>${t('span', 'button', l)}<span style="color:${c.sub}">›</span></div>`).join('')}</div>`;
    return page(css, body);
  },
};
