// Alipay (支付宝) 账单详情: the bill of one payment (我的 › 账单 › one entry), drawn as the app draws
// it: the navigation bar "账单详情", the merchant's round logo and name, the amount with a minus
// sign, 交易成功, then label–value rows (支付时间, 付款方式, 商品说明, 收单机构, 订单号 — Alipay's own
// 28-digit trade number — and 商家订单号, the shop's order number), and the service links below.
// Light, or Alipay's dark mode (`scene.dark`). Fields after Alipay's bill page as described at
// https://www.rlut.cn/news/zhi-fu-bao-fu-kuan-ding-dan-xiang-xi-xin-xi-cha-xun-fang-fa-yu-chang-jian-wen-ti-jie-xi.html
// (订单号 = 支付宝交易号, 支付方式, 交易状态); the layout is reconstructed from the app.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'alipay-bill',
  kind: 'order',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#0F0F0F', card: '#1C1C1E', fg: '#E5E5E5', sub: '#8A8A8E', line: '#2A2A2C', link: '#4A8CFF', logo: '#2C2C2E' }
      : { bg: '#F5F5F5', card: '#FFFFFF', fg: '#333333', sub: '#999999', line: '#F0F0F0', link: '#1677FF', logo: '#F2F6FF' };
    const b = scene.bill;
    const rows = b.rows
      .map(([k, v, role]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`)
      .join('');
    const links = (b.links ?? ['对此订单有疑问', '联系商家', '申请电子回单'])
      .map((s) => `<div class="ln">${t('span', 'button', s)}<span class="ar">›</span></div>`)
      .join('');
    const css = `
body{background:${c.bg};color:${c.fg}}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;background:${c.card}}
.nav .bk{position:absolute;left:14px;font-size:24px}
.nav .mr{position:absolute;right:16px;font-size:18px;color:${c.sub}}
.head{background:${c.card};text-align:center;padding:22px 0 20px;margin-top:8px}
.logo{width:46px;height:46px;border-radius:50%;margin:0 auto 10px;background:${c.logo};display:flex;align-items:center;justify-content:center}
.logo i{display:block;width:26px;height:26px;border-radius:6px;background:${scene.logoColor ?? '#1677FF'}}
.mer{font-size:15px;color:${c.fg}}
.amt{font-size:36px;font-weight:600;margin-top:10px;font-family:"Liberation Sans","DejaVu Sans",sans-serif}
.st{font-size:14px;color:${c.sub};margin-top:6px}
.box{background:${c.card};padding:6px 16px 10px;border-top:1px solid ${c.line}}
.kv{display:flex;font-size:14px;padding:8px 0;line-height:1.5}
.k{width:84px;flex:none;color:${c.sub}}
.v{flex:1;text-align:right;overflow-wrap:anywhere}
.ln{background:${c.card};display:flex;justify-content:space-between;align-items:center;padding:14px 16px;font-size:15px;border-top:1px solid ${c.line}}
.ln:first-of-type{margin-top:10px}
.ar{color:${c.sub};font-size:18px}
`;
    const body = `<div style="background:${c.card}">${topBar(scene, { dark, bg: c.card })}</div><div class="nav"><span class="bk">‹</span>${t('span', 'title', '账单详情')}<span class="mr">···</span></div>
<div class="head"><div class="logo"><i></i></div>${t('div', 'title', b.merchant, 'class="mer"')}${t('div', 'value', b.amount, 'class="amt"')}${t('div', 'status', b.status ?? '交易成功', 'class="st"')}</div>
<div class="box">${rows}</div>${links}`;
    return page(css, body);
  },
};
