// WeChat Pay HK 帳單詳情 (the Hong Kong wallet inside WeChat: 我 › 服務 › 錢包 › 帳單 › one payment),
// Traditional Chinese: a plain navigation bar with the title 帳單詳情, the merchant's round mark and
// name, the amount as "-HK$188.00", the state in green under it, then label–value rows (當前狀態,
// 支付時間, 商品, 商戶全稱, 支付方式, 交易單號, 商戶單號) and the 帳單服務 list (對訂單有疑問,
// 聯絡商戶, 查看此商戶的交易). `scene.dark` gives WeChat's dark mode. Layout reconstructed (helper
// b44) after the mainland bill page's fields (wechat-pay-bill); texts from the scene:
// `scene.bill` { merchant, amount, state, rows: [[k, v, role?]], services? }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'wechatpay-hk-bill',
  kind: 'order',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#111111', card: '#191919', fg: '#D5D5D5', sub: '#7F7F7F', line: '#262626', logo: '#2B2B2B' }
      : { bg: '#EDEDED', card: '#FFFFFF', fg: '#191919', sub: '#888888', line: '#EFEFEF', logo: '#F2F2F2' };
    const b = scene.bill;
    const rows = b.rows.map(([k, v, role]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`).join('');
    const services = (b.services ?? ['對訂單有疑問', '聯絡商戶', '查看此商戶的交易']).map((s) => `<div class="sv">${t('span', 'button', s)}<span class="ar">›</span></div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif}
.nav{height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:500;background:${c.card}}
.nav .bk{position:absolute;left:14px;font-size:24px;top:6px}
.head{background:${c.card};text-align:center;padding:16px 0 22px;border-top:1px solid ${c.line}}
.logo{width:52px;height:52px;border-radius:50%;margin:0 auto 9px;background:${c.logo};display:flex;align-items:center;justify-content:center}
.logo i{display:block;width:28px;height:28px;border-radius:50%;background:${scene.logoColor ?? '#E0703D'}}
.mer{font-size:15.5px}
.amt{font-size:36px;font-weight:600;margin-top:10px;font-family:"Liberation Sans","DejaVu Sans",sans-serif}
.st{font-size:13.5px;color:#07C160;margin-top:6px}
.box{background:${c.card};padding:4px 18px 10px;border-top:1px solid ${c.line}}
.kv{display:flex;font-size:14.5px;padding:9px 0;line-height:1.5}
.k{width:90px;flex:none;color:${c.sub}}
.v{flex:1;overflow-wrap:anywhere}
.svh{font-size:13px;color:${c.sub};padding:16px 18px 8px}
.sv{background:${c.card};display:flex;justify-content:space-between;align-items:center;padding:13px 18px;font-size:15.5px;border-bottom:1px solid ${c.line}}
.ar{color:${c.sub};font-size:18px}
`;
    const body = `<div style="background:${c.card}">${topBar(scene, { dark, bg: c.card })}</div>
<div class="nav"><span class="bk">‹</span>${t('span', 'title', '帳單詳情')}</div>
<div class="head"><div class="logo"><i></i></div>${t('div', 'title', b.merchant, 'class="mer"')}${t('div', 'value', b.amount, 'class="amt"')}${b.state ? t('div', 'status', b.state, 'class="st"') : ''}</div>
<div class="box">${rows}</div>
<div class="svh">帳單服務</div>${services}`;
    return page(css, body);
  },
};
