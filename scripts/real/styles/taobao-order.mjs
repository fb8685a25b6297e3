// Mobile order detail pages: Taobao (orange status banner, shop and item rows, 实付款, 订单信息
// with 订单编号 and the 28-digit 支付宝交易号), Xianyu (yellow banner) and Alipay's 账单详情.
import { t, page, topBar } from '../lib/common.mjs';

const THEMES = {
  taobao: { banner: 'linear-gradient(90deg,#FF9000,#FF5000)', accent: '#FF5000', bg: '#F2F2F2', bannerFg: '#fff' },
  xianyu: { banner: 'linear-gradient(90deg,#FFE60F,#FFD400)', accent: '#FF4400', bg: '#F6F6F6', bannerFg: '#111' },
};

export default {
  name: 'taobao-order',
  kind: 'order',
  render(scene) {
    if (scene.variant === 'alipay') return alipay(scene);
    const th = THEMES[scene.variant ?? 'taobao'];
    const o = scene.order;
    const rows = o.info.map(([k, v]) => `<div class="kv">${t('span', 'label', k)}${t('span', 'value', v)}<span class="cp">复制</span></div>`).join('');
    const css = `
body{background:${th.bg};color:#222}
.ban{background:${th.banner};color:${th.bannerFg};padding:0 0 44px}
.hd{height:44px;display:flex;align-items:center;justify-content:center;font-size:17px;position:relative}
.hd .b{position:absolute;left:12px;font-size:22px}
.st{padding:10px 20px 0;font-size:20px;font-weight:600}
.st2{padding:4px 20px 0;font-size:13px;opacity:.9}
.card{background:#fff;border-radius:10px;margin:10px 10px 0;padding:12px 14px}
.ban + .card{margin-top:-34px}
.shop{font-size:14px;font-weight:600;margin-bottom:10px}
.item{display:flex;gap:10px}
.pic{width:80px;height:80px;border-radius:6px;background:linear-gradient(135deg,#5b8def,#9b5de5);flex:none}
.it{flex:1;font-size:14px;line-height:1.4}
.sku{font-size:12px;color:#999;margin-top:4px}
.pr{text-align:right;font-size:13px}
.pay{display:flex;justify-content:space-between;margin-top:12px;font-size:14px}
.pay b{color:${th.accent};font-size:16px}
.kv{display:flex;font-size:13px;line-height:2.1}
.kv span:first-child{color:#888;width:96px;flex:none}
.kv span:nth-child(2){flex:1;overflow-wrap:anywhere}
.kv .cp{color:#555;font-size:12px;flex:none;margin-left:6px}
.sec{font-size:14px;font-weight:600;margin-bottom:4px}
.bar{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid #eee}
.btn{border:1px solid #ccc;border-radius:16px;padding:5px 14px;font-size:13px}
.btn.hi{border-color:${th.accent};color:${th.accent}}
`;
    const body = `<div class="ban">${topBar(scene, { dark: th.bannerFg === '#fff' })}<div class="hd"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
${t('div', 'status', o.status, 'class="st"')}${o.statusNote ? t('div', 'body', o.statusNote, 'class="st2"') : ''}</div>
<div class="card">${t('div', 'label', o.shop, 'class="shop"')}<div class="item"><div class="pic"></div><div class="it">${t('div', 'value', o.product)}${o.sku ? t('div', 'label', o.sku, 'class="sku"') : ''}</div>
<div class="pr">${t('div', 'value', o.price)}<div style="color:#999">×1</div></div></div>
<div class="pay">${t('span', 'label', '实付款')}${t('b', 'value', o.paid)}</div></div>
<div class="card">${t('div', 'title', '订单信息', 'class="sec"')}${rows}</div>
<div class="bar">${(o.buttons ?? ['申请售后', '联系卖家']).map((b, i, a) => t('span', 'button', b, `class="btn ${i === a.length - 1 ? 'hi' : ''}"`)).join('')}</div>`;
    return page(css, body);
  },
};

function alipay(scene) {
  const o = scene.order;
  const rows = o.info.map(([k, v]) => `<div class="kv">${t('span', 'label', k)}${t('span', 'value', v)}</div>`).join('');
  const css = `
body{background:#F5F5F5;color:#333}
.hd{height:44px;background:#fff;display:flex;align-items:center;justify-content:center;font-size:17px;position:relative}
.hd .b{position:absolute;left:12px;font-size:22px}
.top{background:#fff;text-align:center;padding:22px 0 18px}
.logo{width:44px;height:44px;border-radius:50%;background:#1677FF;margin:0 auto 8px}
.mer{font-size:15px}
.amt{font-size:34px;font-weight:600;margin-top:10px;font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.st{font-size:14px;color:#888;margin-top:6px}
.box{background:#fff;margin-top:10px;padding:6px 16px}
.kv{display:flex;font-size:14px;line-height:2.3}
.kv span:first-child{color:#999;width:96px;flex:none}
.kv span:nth-child(2){flex:1;text-align:right;overflow-wrap:anywhere;line-height:1.5;padding:6px 0}
`;
  const body = `<div style="background:#fff">${topBar(scene)}</div><div class="hd"><span class="b">‹</span>${t('span', 'title', '账单详情')}</div>
<div class="top"><div class="logo"></div>${t('div', 'label', o.shop, 'class="mer"')}${t('div', 'value', o.paid, 'class="amt"')}${t('div', 'status', o.status, 'class="st"')}</div>
<div class="box">${rows}</div>`;
  return page(css, body);
}
