// 交易猫 (jiaoyimao.com) 订单详情 in the app: white title bar with 客服 on the right, an orange
// status header (the 担保 state and one line under it), the trade steps (买家付款 › 卖家交号 ›
// 验号换绑 › 确认收货) with the current one lit, the goods card (game and 区服 tag, title, price,
// 保障 chips such as 找回包赔), the 订单信息 rows, an optional grey notice, and the bottom
// buttons. `scene.dark` gives the dark theme. Layout reconstructed from the app's look (helper
// h19e); the texts come from the scene: `scene.order` { status, statusLine, steps, step, game,
// title, price, chips, rows, notice, buttons }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'jiaoyimao-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#121212', card: '#1E1E1E', fg: '#E6E6E6', sub: '#8E8E8E', line: '#2A2A2A', chip: '#3A2414', off: '#444' }
      : { bg: '#F4F5F7', card: '#FFFFFF', fg: '#222', sub: '#999', line: '#F0F0F0', chip: '#FFF1E6', off: '#D8D8D8' };
    const steps = o.steps ?? ['买家付款', '卖家交号', '验号换绑', '确认收货'];
    const at = o.step ?? 2;
    const ios = scene._device.os === 'ios';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:48px;background:${c.card};display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tb .b{position:absolute;left:12px;font-size:24px;font-weight:400}.tb .k{position:absolute;right:14px;font-size:13px;font-weight:400;color:${c.sub}}
.hd{background:linear-gradient(100deg,#FF8A1F,#FF5E14);color:#fff;padding:16px 18px 18px}
.hd .s{font-size:20px;font-weight:700}.hd .l{font-size:12.5px;margin-top:6px;opacity:.92;line-height:1.5}
.steps{display:flex;background:${c.card};padding:13px 6px 11px;margin:0 0 8px}
.steps div{flex:1;text-align:center;font-size:11.5px;color:${c.sub}}
.steps i{display:block;width:9px;height:9px;border-radius:5px;background:${c.off};margin:0 auto 6px}
.steps .on{color:#FF6A00}.steps .on i{background:#FF6A00;box-shadow:0 0 0 3px #FF6A0033}
.card{background:${c.card};margin:0 0 8px;padding:12px 14px}
.g{display:flex;gap:10px}.pic{flex:none;width:64px;height:64px;border-radius:6px;background:linear-gradient(135deg,#ffc07a,#ff6a00)}
.gm{font-size:11.5px;color:#FF6A00;border:1px solid #FF6A0066;border-radius:3px;padding:0 4px;display:inline-block}
.tt{font-size:14px;line-height:1.45;margin-top:4px}.pr{font-size:16px;color:#FF5000;font-weight:700;margin-top:4px}
.chips{margin-top:10px;display:flex;gap:6px;flex-wrap:wrap}.chips span{font-size:11.5px;background:${c.chip};color:#E8630A;border-radius:3px;padding:2px 6px}
.h{font-size:14.5px;font-weight:600;margin-bottom:4px}
.row{display:flex;gap:10px;padding:7px 0;font-size:13px}.k{width:70px;flex:none;color:${c.sub}}.v{flex:1;overflow-wrap:anywhere}
.st{color:#FF6A00;font-weight:600}
.note{font-size:12px;color:${c.sub};line-height:1.6;background:${c.card};margin:0 0 8px;padding:10px 14px}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};padding:9px 12px ${ios ? 30 : 11}px;display:flex;justify-content:flex-end;gap:9px}
.foot span{border:1px solid ${dark ? '#555' : '#CCC'};border-radius:16px;padding:6px 14px;font-size:13px}
.foot span:last-child{border-color:#FF6A00;color:#FF6A00}
`;
    const rows = o.rows.map(([k, v, role]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, `class="v${role === 'status' ? ' st' : ''}"`)}</div>`).join('');
    const body = `${topBar(scene, { bg: c.card, dark })}<div class="tb"><span class="b">‹</span>${t('span', 'title', '订单详情')}<span class="k">客服</span></div>
<div class="hd">${t('div', 'status', o.status, 'class="s"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="l"') : ''}</div>
<div class="steps">${steps.map((s, i) => `<div class="${i < at ? 'on' : ''}"><i></i>${t('span', 'body', s)}</div>`).join('')}</div>
<div class="card"><div class="g"><div class="pic"></div><div style="flex:1;min-width:0">${t('span', 'value', o.game, 'class="gm"')}${t('div', 'value', o.title, 'class="tt"')}${t('div', 'value', o.price, 'class="pr"')}</div></div>
${o.chips ? `<div class="chips">${o.chips.map((x) => t('span', 'body', x)).join('')}</div>` : ''}</div>
<div class="card">${t('div', 'title', '订单信息', 'class="h"')}${rows}</div>
${o.notice ? `<div class="note">${o.notice.map((x) => t('div', 'body', x)).join('')}</div>` : ''}
<div style="height:76px"></div><div class="foot">${(o.buttons ?? ['联系卖家', '申请售后']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
