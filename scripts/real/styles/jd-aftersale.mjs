// 京东 售后详情 (JD after-sales service detail, app): the white (or dark) title bar, a red status
// card with the service state and a line under it, the progress steps, the 服务单信息 rows
// (服务单号, 订单号 with 复制, 申请时间, 售后类型, 申请原因, 退款金额), the product row and the
// bottom buttons. `scene.aftersale`: { status, statusLine, steps:[[label, time, done]], rows,
// product:{title, price}, buttons }. Light or dark (`scene.dark`). Reconstructed (helper h17f).
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'jd-aftersale',
  kind: 'order',
  render(scene) {
    const a = scene.aftersale;
    const dark = Boolean(scene.dark);
    const c = dark ? { bg: '#121212', card: '#1e1e1e', fg: '#e8e8e8', sub: '#8c8c8c', line: '#2c2c2c' } : { bg: '#F2F2F2', card: '#FFFFFF', fg: '#1a1a1a', sub: '#8c8c8c', line: '#f0f0f0' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative;background:${c.card}}
.hd .b{position:absolute;left:14px;font-size:22px}
.st{margin:10px 10px;border-radius:10px;padding:16px;background:linear-gradient(120deg,#F2270C,#FF6A3D);color:#fff}
.st1{font-size:20px;font-weight:700}.st2{font-size:13px;line-height:1.55;margin-top:6px;opacity:.95}
.card{margin:0 10px 10px;background:${c.card};border-radius:10px;padding:12px 14px}
.h{font-size:15px;font-weight:600;margin-bottom:6px}
.step{display:flex;gap:10px;font-size:13px;padding:5px 0}.dot{width:9px;height:9px;border-radius:50%;margin-top:4px;flex:none;background:#ccc}.dot.on{background:#F2270C}
.step .tm{color:${c.sub};font-size:12px}
.row{display:flex;justify-content:space-between;gap:12px;padding:7px 0;font-size:13.5px;border-bottom:1px solid ${c.line}}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.cp{font-size:11px;border:1px solid ${c.sub};border-radius:10px;padding:0 6px;margin-left:6px;color:${c.sub}}
.it{display:flex;gap:10px}.pic{width:64px;height:64px;border-radius:6px;background:linear-gradient(135deg,#ffb199,#ff0844);flex:none}
.pt{font-size:13.5px;line-height:1.4}.pp{color:#F2270C;font-weight:700;margin-top:6px}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};padding:10px 12px ${scene._device.os === 'ios' ? 30 : 12}px;display:flex;justify-content:flex-end;gap:10px}
.foot span{border:1px solid ${c.sub};border-radius:16px;padding:6px 14px;font-size:13.5px}
.foot span:last-child{border-color:#F2270C;color:#F2270C}
`;
    const steps = (a.steps ?? []).map(([l, tm, done]) => `<div class="step"><span class="dot${done ? ' on' : ''}"></span><div>${t('div', 'body', l)}${tm ? t('div', 'value', tm, 'class="tm"') : ''}</div></div>`).join('');
    const rows = a.rows.map(([k, v, copy]) => `<div class="row">${t('span', 'label', k, 'class="k"')}<span>${t('span', 'value', v, 'class="v"')}${copy ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `${topBar(scene, { dark, bg: c.card })}<div class="hd"><span class="b">‹</span>${t('span', 'title', a.pageTitle ?? '售后详情')}</div>
<div class="st">${t('div', 'status', a.status, 'class="st1"')}${a.statusLine ? t('div', 'body', a.statusLine, 'class="st2"') : ''}</div>
${steps ? `<div class="card">${t('div', 'title', '服务进度', 'class="h"')}${steps}</div>` : ''}
<div class="card">${t('div', 'title', '服务单信息', 'class="h"')}${rows}</div>
${a.product ? `<div class="card"><div class="it"><div class="pic"></div><div>${t('div', 'value', a.product.title, 'class="pt"')}${t('div', 'value', a.product.price, 'class="pp"')}</div></div></div>` : ''}
<div class="foot">${(a.buttons ?? ['联系客服', '撤销申请']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
