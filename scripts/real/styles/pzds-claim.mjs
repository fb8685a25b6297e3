// 盼之 (pzds) 售后 / 包赔 申请详情 (phone): white title bar, a blue-violet status card (the claim
// state, the 工单号 and one line under it), the claim rows (申请类型, 关联订单, 商品, 实付金额,
// 申请赔付, 申请时间), the progress timeline (newest first, time and text, the newest lit),
// the 包赔说明 the buyer agreed to, and the bottom buttons. `scene.dark` gives the dark theme.
// Layout reconstructed from the app's look (helper h19e); `scene.claim` { status, ticket,
// statusLine, rows, steps: [[time, text]], terms, buttons }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'pzds-claim',
  kind: 'order',
  render(scene) {
    const cl = scene.claim;
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#111214', card: '#1B1C1F', fg: '#EEE', sub: '#8D8F96', line: '#26272B', dot: '#3A3B40' }
      : { bg: '#F3F4F7', card: '#FFFFFF', fg: '#222', sub: '#8A8D96', line: '#EEEEEE', dot: '#D5D7DD' };
    const ios = scene._device.os === 'ios';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:48px;background:${c.card};display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600;border-bottom:1px solid ${c.line}}
.tb .b{position:absolute;left:12px;font-size:24px;font-weight:400}
.hd{margin:10px;border-radius:12px;background:linear-gradient(120deg,#3D7CFF,#8A63FF);color:#fff;padding:15px 16px}
.hd .s{font-size:19px;font-weight:700}.hd .n{font-size:12px;opacity:.85;margin-top:4px}.hd .l{font-size:12.5px;margin-top:8px;line-height:1.5;opacity:.95}
.card{background:${c.card};margin:0 10px 10px;border-radius:10px;padding:11px 14px}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}
.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;font-size:13px}.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.hl{color:#FF6A00;font-weight:600}
.tl{position:relative;padding-left:18px}
.tl .e{position:relative;padding:4px 0 10px}
.tl .e::before{content:"";position:absolute;left:-15px;top:9px;width:8px;height:8px;border-radius:4px;background:${c.dot}}
.tl .e::after{content:"";position:absolute;left:-11.5px;top:19px;bottom:-2px;width:1px;background:${c.dot}}
.tl .e:last-child::after{display:none}
.tl .e.on::before{background:#3D7CFF;box-shadow:0 0 0 3px #3D7CFF33}
.tl .tm{font-size:11.5px;color:${c.sub}}.tl .tx{font-size:13px;line-height:1.5;margin-top:2px}
.terms{font-size:12px;color:${c.sub};line-height:1.65}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};padding:9px 12px ${ios ? 30 : 11}px;display:flex;justify-content:flex-end;gap:9px}
.foot span{border:1px solid ${dark ? '#555' : '#D0D0D0'};border-radius:16px;padding:6px 14px;font-size:13px}
.foot span:last-child{background:#3D7CFF;border-color:#3D7CFF;color:#fff}
`;
    const rows = cl.rows.map(([k, v, hl]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, `class="v${hl ? ' hl' : ''}"`)}</div>`).join('');
    const steps = cl.steps.map(([tm, tx], i) => `<div class="e${i === 0 ? ' on' : ''}">${t('div', 'system', tm, 'class="tm"')}${t('div', 'system', tx, 'class="tx"')}</div>`).join('');
    const body = `${topBar(scene, { bg: c.card, dark })}<div class="tb"><span class="b">‹</span>${t('span', 'title', cl.title ?? '售后详情')}</div>
<div class="hd">${t('div', 'status', cl.status, 'class="s"')}${t('div', 'value', `工单号 ${cl.ticket}`, 'class="n"')}${cl.statusLine ? t('div', 'body', cl.statusLine, 'class="l"') : ''}</div>
<div class="card">${t('div', 'title', '申请信息', 'class="h"')}${rows}</div>
<div class="card">${t('div', 'title', '处理进度', 'class="h"')}<div class="tl">${steps}</div></div>
${cl.terms ? `<div class="card">${t('div', 'title', cl.termsTitle ?? '包赔说明', 'class="h"')}${cl.terms.map((x) => t('div', 'body', x, 'class="terms"')).join('')}</div>` : ''}
<div style="height:76px"></div><div class="foot">${(cl.buttons ?? ['补充材料', '联系客服']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
