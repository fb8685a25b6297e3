// A WeChat 小程序 (mini program) 订单详情 page of a top-up / card shop: the mini program's own nav
// bar with the title in the middle and WeChat's capsule (··· | ◎) on the right, a coloured status
// card (status, a line under it), the 充值信息 card (充值账号, 商品, 面值), the 订单信息 card
// (订单编号, 下单时间, 支付方式, 实付款) and the bottom bar (联系客服 opens the 小程序客服 chat).
// Light, or WeChat's dark mode (`scene.dark`). Layout reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'wx-mini-order',
  kind: 'order',
  render(scene) {
    const d = Boolean(scene.dark);
    const o = scene.order;
    const c = d
      ? { bg: '#111111', card: '#1E1E1E', fg: '#D5D5D5', sub: '#8A8A8A', line: '#2A2A2A', cap: '#2C2C2C', capB: '#3A3A3A' }
      : { bg: '#F5F6F8', card: '#FFFFFF', fg: '#191919', sub: '#8A8A8A', line: '#F0F0F0', cap: '#FFFFFFCC', capB: '#E5E5E5' };
    const acc = scene.accent ?? '#FF6A3D';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;background:${c.card};font-size:16.5px;font-weight:600}
.nav .b{position:absolute;left:12px;font-size:22px;font-weight:400}
.cap{position:absolute;right:8px;top:7px;width:87px;height:30px;border-radius:15px;background:${c.cap};border:1px solid ${c.capB};display:flex;align-items:center;justify-content:space-around;font-size:13px}
.cap i{width:1px;height:18px;background:${c.capB}}
.hero{margin:10px 12px 0;border-radius:12px;padding:16px;background:linear-gradient(135deg,${acc},${scene.accent2 ?? '#FF9A3D'});color:#fff}
.hero .s{font-size:20px;font-weight:700}.hero .p{font-size:12.5px;margin-top:6px;opacity:.92;line-height:1.5}
.card{margin:10px 12px 0;border-radius:12px;background:${c.card};padding:4px 14px}
.ch{font-weight:600;font-size:14.5px;padding:12px 0 6px}
.r{display:flex;justify-content:space-between;gap:14px;padding:9px 0;border-top:1px solid ${c.line};font-size:13.5px}
.r:first-of-type{border-top:0}
.r .k{color:${c.sub};flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.r .v.money{color:${acc};font-weight:600}
.nt{font-size:12.5px;color:${c.sub};line-height:1.7;padding:4px 0 12px}
.bar{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};display:flex;justify-content:flex-end;gap:10px;padding:10px 14px ${scene._device.os === 'ios' ? 28 : 12}px}
.bar span{border:1px solid ${d ? '#444' : '#D9D9D9'};border-radius:16px;padding:6px 15px;font-size:13.5px}
.bar span.pri{background:${acc};border-color:${acc};color:#fff}
`;
    const rows = (list) => list.map(([k, v, cls]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, `class="v ${cls ?? ''}"`)}</div>`).join('');
    const body = `${topBar(scene, { bg: c.card, dark: d })}<div class="nav"><span class="b">‹</span>${t('span', 'title', scene.title ?? '订单详情')}<span class="cap">···<i></i>◎</span></div>
<div class="hero">${t('div', 'status', o.status, 'class="s"')}${o.hint ? t('div', 'body', o.hint, 'class="p"') : ''}</div>
<div class="card">${t('div', 'title', o.goodsTitle ?? '充值信息', 'class="ch"')}${rows(o.goods)}</div>
<div class="card">${t('div', 'title', '订单信息', 'class="ch"')}${rows(o.info)}</div>
${o.note ? `<div class="card">${t('div', 'title', o.noteTitle ?? '购买须知', 'class="ch"')}${o.note.map((n) => t('div', 'body', n, 'class="nt"')).join('')}</div>` : ''}
<div class="bar">${(o.buttons ?? ['联系客服']).map((b, i, a) => t('span', 'button', b, i === a.length - 1 ? 'class="pri"' : '')).join('')}</div>`;
    return page(css, body);
  },
};
