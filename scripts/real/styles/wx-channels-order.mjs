// 视频号小店 (WeChat Channels shop) order details inside WeChat (我 › 订单与卡包 › 订单 › an order): the
// WeChat nav bar with the back arrow, a status block (the state in large type, a line under it),
// the shop row with its round logo and "视频号小店" tag, the goods (picture, title, spec, price ×n),
// the amount rows, the order-info rows (order number with Copy, times, payment, each label–value),
// an optional delivery card (what was sent, codes masked), the grey "服务由…提供" line and the
// bottom buttons. Chinese or English UI (`scene.lang`, WeChat set to English), light or WeChat's
// dark mode (`scene.dark`). Layout reconstructed from the app; the texts come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const L = {
  zh: { title: '订单详情', tag: '视频号小店', total: '实付款', info: '订单信息', copy: '复制', deliv: '发货信息', by: '服务由 {} 提供' },
  en: { title: 'Order Details', tag: 'Channels Shop', total: 'Total Paid', info: 'Order Info', copy: 'Copy', deliv: 'Delivery', by: 'Service provided by {}' },
};

export default {
  name: 'wx-channels-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const l = L[scene.lang === 'en' ? 'en' : 'zh'];
    const card = d ? '#191919' : '#fff';
    const sub = d ? '#808080' : '#8A8A8A';
    const css = `
body{background:${d ? '#111' : '#EDEDED'};color:${d ? '#D5D5D5' : '#111'}}
.app{display:flex;flex-direction:column;height:100vh}
.top{flex:none;background:${d ? '#111' : '#EDEDED'}}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:500}
.nav .b{position:absolute;left:12px;font-size:24px}.nav .m{position:absolute;right:14px;font-size:20px}
.body{flex:1;overflow:hidden}
.st{padding:14px 18px 16px}.s1{font-size:21px;font-weight:600}.s2{font-size:13px;color:${sub};margin-top:6px;line-height:1.5}
.card{margin:0 10px 10px;background:${card};border-radius:8px;padding:12px 14px}
.shop{display:flex;align-items:center;gap:7px;font-size:14.5px;font-weight:500;margin-bottom:10px}
.shop .lg{width:20px;height:20px;border-radius:50%;background:linear-gradient(135deg,#FA9D3B,#F04E1C);flex:none}
.shop .tg{font-size:10.5px;color:#FA9D3B;border:1px solid #FA9D3B;border-radius:3px;padding:0 4px}
.it{display:flex;gap:10px}.pic{width:72px;height:72px;border-radius:4px;flex:none;background:linear-gradient(135deg,${scene.cover ?? '#7CC4FF,#2F6FE0'})}
.mid{flex:1;min-width:0}.tt{font-size:14px;line-height:1.4;overflow-wrap:anywhere}.sp{font-size:12px;color:${sub};margin-top:4px}
.pr{text-align:right;flex:none;font-size:14px}.pr div:last-child{font-size:12px;color:${sub};margin-top:3px}
.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;font-size:13.5px}
.k{color:${sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.tot .v{font-size:16px;font-weight:600;color:${d ? '#FA5151' : '#FA5151'}}
.cp{font-size:12px;color:${d ? '#7D90A9' : '#576B95'};margin-left:8px}
.h{font-size:14.5px;font-weight:500;margin-bottom:4px}
.by{text-align:center;font-size:12px;color:${sub};margin:6px 0 10px}
.foot{flex:none;background:${card};padding:9px 12px ${scene._device.os === 'ios' ? 28 : 10}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid ${d ? '#262626' : '#E5E5E5'}}
.foot span{border-radius:4px;padding:6px 14px;font-size:14px;background:${d ? '#2C2C2C' : '#F2F2F2'}}
`;
    const rows = (list) => list.map(([k, v, copy]) => `<div class="row${copy === 'total' ? ' tot' : ''}">${t('span', 'label', k, 'class="k"')}<span>${t('span', 'value', v, 'class="v"')}${copy === true ? `<span class="cp">${l.copy}</span>` : ''}</span></div>`).join('');
    const body = `<div class="app"><div class="top">${topBar(scene, { dark: d, bg: 'transparent' })}<div class="nav"><span class="b">‹</span>${t('span', 'title', l.title)}<span class="m">···</span></div></div>
<div class="body"><div class="st">${t('div', 'status', o.status, 'class="s1"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="s2"') : ''}</div>
<div class="card"><div class="shop"><span class="lg"></span>${t('span', 'value', o.shop)}<span class="tg">${l.tag}</span></div>
<div class="it"><div class="pic"></div><div class="mid">${t('div', 'value', o.title, 'class="tt"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}</div><div class="pr">${t('div', 'value', o.price)}<div>×${o.qty ?? 1}</div></div></div>
${rows([...(o.money ?? []), [l.total, o.paid ?? o.price, 'total']])}</div>
${o.delivery ? `<div class="card">${t('div', 'title', l.deliv, 'class="h"')}${rows(o.delivery)}</div>` : ''}
<div class="card">${t('div', 'title', l.info, 'class="h"')}${rows(o.rows)}</div>
${o.notice ? `<div class="card">${o.notice.map((x) => t('div', 'body', x, `style="font-size:12.5px;line-height:1.6;color:${sub}"`)).join('')}</div>` : ''}
<div class="by">${esc(l.by.replace('{}', o.shop))}</div></div>
<div class="foot">${(o.buttons ?? []).map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body);
  },
};
