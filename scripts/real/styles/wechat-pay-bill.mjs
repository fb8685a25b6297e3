// WeChat Pay 账单详情 (the bill of one payment, reached from 我 › 服务 › 钱包 › 账单), drawn as the
// app draws it: a plain navigation bar, the merchant's round logo and name centred, the amount in
// large digits with a minus sign, then label–value rows (当前状态, 支付时间, 商品, 商户全称, 收单机构,
// 支付方式, 交易单号 — the 28-digit WeChat Pay number — and 商户单号, the shop's own order number),
// and the 账单服务 list below. Light, or WeChat's dark mode (`scene.dark`).
// Fields as listed in WeChat Pay's order query API (微信支付订单号 transaction_id, 商户订单号
// out_trade_no: https://wechatpay.im/openapi/v3/pay/transactions/out-trade-no/%7Bout_trade_no%7D);
// the page layout is reconstructed from the app.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'wechat-pay-bill',
  kind: 'order',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#111111', card: '#191919', fg: '#D5D5D5', sub: '#7F7F7F', line: '#262626', link: '#7D90A9', logo: '#2B2B2B' }
      : { bg: '#EDEDED', card: '#FFFFFF', fg: '#191919', sub: '#8C8C8C', line: '#EFEFEF', link: '#576B95', logo: '#F2F2F2' };
    const b = scene.bill;
    const rows = b.rows
      .map(([k, v, role]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`)
      .join('');
    const services = (b.services ?? ['申请转账电子凭证', '对订单有疑惑', '在此商户的交易'])
      .map((s) => `<div class="sv">${t('span', 'button', s)}<span class="ar">›</span></div>`)
      .join('');
    const css = `
body{background:${c.bg};color:${c.fg}}
.nav{height:46px;display:flex;align-items:center;padding:0 14px;font-size:24px;background:${c.card}}
.head{background:${c.card};text-align:center;padding:18px 0 26px}
.logo{width:54px;height:54px;border-radius:50%;margin:0 auto 10px;background:${c.logo};display:flex;align-items:center;justify-content:center}
.logo i{display:block;width:30px;height:30px;border-radius:50%;background:${scene.logoColor ?? '#3D7FE0'}}
.mer{font-size:16px}
.amt{font-size:40px;font-weight:600;margin-top:12px;font-family:"Liberation Sans","DejaVu Sans",sans-serif;letter-spacing:.5px}
.box{background:${c.card};padding:2px 18px 8px;border-top:1px solid ${c.line}}
.kv{display:flex;font-size:14.5px;padding:9px 0;line-height:1.5}
.k{width:86px;flex:none;color:${c.sub}}
.v{flex:1;overflow-wrap:anywhere}
.tip{font-size:12px;color:${c.sub};padding:0 0 8px 86px;margin-top:-6px}
.svh{font-size:13px;color:${c.sub};padding:18px 18px 8px}
.sv{background:${c.card};display:flex;justify-content:space-between;align-items:center;padding:14px 18px;font-size:15.5px;border-bottom:1px solid ${c.line}}
.ar{color:${c.sub};font-size:18px}
`;
    const body = `<div style="background:${c.card}">${topBar(scene, { dark, bg: c.card })}</div><div class="nav">‹</div>
<div class="head"><div class="logo"><i></i></div>${t('div', 'title', b.merchant, 'class="mer"')}${t('div', 'value', b.amount, 'class="amt"')}</div>
<div class="box">${rows}${b.tip ? t('div', 'body', b.tip, 'class="tip"') : ''}</div>
<div class="svh">账单服务</div>${services}`;
    return page(css, body);
  },
};
