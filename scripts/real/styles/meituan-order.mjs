// 美团 订单详情 of a virtual-goods shop (Android app): yellow-to-white header with the order's
// status in large type and a line under it, the shop row with 进店, the item (picture, title,
// price, quantity), tags such as 不支持退款 / 随时退, a 购买须知 block, the order facts (订单号 with
// 复制, 下单时间, 支付方式, 实付) and the bottom buttons. `scene.dark` gives the dark theme.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'meituan-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const card = d ? '#1C1C1E' : '#fff';
    const css = `
body{background:${d ? '#000' : '#F4F4F4'};color:${d ? '#E8E8E8' : '#222'}}
.top{background:${d ? 'linear-gradient(180deg,#3a3210,#000 90%)' : 'linear-gradient(180deg,#FFD100,#FFF3B8 70%,#F4F4F4)'}}
.hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative}
.hd .b{position:absolute;left:14px;font-size:22px}
.st{padding:8px 18px 20px}.st1{font-size:22px;font-weight:700}.st2{font-size:13px;color:${d ? '#aaa' : '#555'};margin-top:6px;line-height:1.5}
.card{margin:0 10px 10px;background:${card};border-radius:12px;padding:12px 14px}
.shop{display:flex;justify-content:space-between;align-items:center;font-size:15px;font-weight:600;margin-bottom:10px}
.shop span:last-child{font-size:12.5px;font-weight:400;color:#999}
.it{display:flex;gap:10px}.pic{width:70px;height:70px;border-radius:8px;background:linear-gradient(135deg,#ffb199,#ff0844);flex:none}
.tt{font-size:14.5px;line-height:1.4}.pr{font-size:15px;font-weight:700;margin-top:6px}.qt{font-size:12px;color:#999;margin-top:2px}
.tags{margin-top:8px;display:flex;gap:6px;flex-wrap:wrap}.tag{font-size:11.5px;border:1px solid #FF6A00;color:#FF6A00;border-radius:3px;padding:0 5px}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}.txt{font-size:13px;line-height:1.6;color:${d ? '#bbb' : '#555'}}
.row{display:flex;justify-content:space-between;gap:12px;padding:7px 0;font-size:13.5px}
.k{color:#999;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.cp{font-size:11px;border:1px solid ${d ? '#444' : '#ddd'};border-radius:10px;padding:1px 7px;margin-left:6px;color:#888}
.foot{position:fixed;left:0;right:0;bottom:0;background:${card};padding:10px 12px 12px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid ${d ? '#222' : '#eee'}}
.foot span{border:1px solid ${d ? '#555' : '#ccc'};border-radius:16px;padding:6px 14px;font-size:13.5px}
.foot span:last-child{background:#FFD100;border-color:#FFD100;color:#222}
`;
    const rows = o.rows.map(([k, v, copy]) => `<div class="row">${t('span', 'label', k, 'class="k"')}<span>${t('span', 'value', v, 'class="v"')}${copy ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `<div class="top">${topBar(scene, { bg: d ? '#3a3210' : '#FFD100', dark: d })}<div class="hd"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
<div class="st">${t('div', 'status', o.status, 'class="st1"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="st2"') : ''}</div></div>
<div class="card"><div class="shop">${t('span', 'value', o.shop)}<span>进店 ›</span></div><div class="it"><div class="pic"></div><div>${t('div', 'value', o.title, 'class="tt"')}${t('div', 'value', o.price, 'class="pr"')}${t('div', 'value', o.qty ?? 'x1', 'class="qt"')}</div></div>
${o.tags ? `<div class="tags">${o.tags.map((g) => t('span', 'value', g, 'class="tag"')).join('')}</div>` : ''}</div>
${o.notice ? `<div class="card">${t('div', 'title', '购买须知', 'class="h"')}${o.notice.map((l) => t('div', 'body', l, 'class="txt"')).join('')}</div>` : ''}
<div class="card">${rows}</div>
<div class="foot">${(o.buttons ?? ['联系商家', '再来一单']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
