// 5173 (5173.com game-trading site) 订单详情 in a phone browser or the app: the orange 5173 bar,
// the order state box, the 商品信息 (游戏/区服, title, 交易方式), the 订单信息 rows (订单编号,
// 下单时间, 付款时间, 商品单价, 购买数量, 实付金额) and an optional 商品描述 box quoted from the
// listing, then bottom buttons. `scene.order`: { status, statusLine, game, title, mode, rows,
// desc, buttons }. Reconstructed from the look of the site (helper h17f).
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: '5173-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const css = `
body{background:#F3F3F3;color:#333}
.hd{height:48px;background:#FF6A00;color:#fff;display:flex;align-items:center;justify-content:center;font-size:17px;position:relative}
.hd .b{position:absolute;left:14px;font-size:22px}.hd .lg{position:absolute;right:14px;font-weight:800;font-size:15px;background:#fff;color:#FF6A00;border-radius:4px;padding:1px 6px}
.st{background:#FFF4EC;border-bottom:1px solid #FFD9BF;padding:14px 16px}.st1{font-size:18px;font-weight:700;color:#FF6A00}.st2{font-size:13px;color:#666;margin-top:5px;line-height:1.5}
.sec{background:#fff;margin-top:8px;padding:10px 16px}
.h{font-size:14.5px;font-weight:700;border-left:3px solid #FF6A00;padding-left:8px;margin:2px 0 8px}
.row{display:flex;justify-content:space-between;gap:12px;padding:7px 0;font-size:13.5px;border-bottom:1px dashed #eee}
.k{color:#999;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.gm{font-size:12.5px;color:#999}.tt{font-size:14.5px;line-height:1.45;margin:4px 0}
.desc{font-size:13px;line-height:1.6;color:#555;background:#FAFAFA;border:1px solid #eee;border-radius:4px;padding:8px 10px}
.foot{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:1px solid #eee;padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px}
.foot span{border:1px solid #ccc;border-radius:3px;padding:6px 14px;font-size:13.5px}.foot span:last-child{background:#FF6A00;border-color:#FF6A00;color:#fff}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#FF6A00', dark: true })}<div class="hd"><span class="b">‹</span>${t('span', 'title', '订单详情')}<span class="lg">5173</span></div>
<div class="st">${t('div', 'status', o.status, 'class="st1"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="st2"') : ''}</div>
<div class="sec">${t('div', 'title', '商品信息', 'class="h"')}${t('div', 'value', o.game, 'class="gm"')}${t('div', 'value', o.title, 'class="tt"')}${o.mode ? t('div', 'value', o.mode, 'class="gm"') : ''}</div>
<div class="sec">${t('div', 'title', '订单信息', 'class="h"')}${rows}</div>
${o.desc ? `<div class="sec">${t('div', 'title', '商品描述', 'class="h"')}${t('div', 'body', o.desc, 'class="desc"')}</div>` : ''}
<div class="foot">${(o.buttons ?? ['联系客服', '申请售后']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
