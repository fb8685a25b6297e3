// 小黑盒 (xiaoheihe.cn) 商城 订单详情 of a bought game key / 兑换码 (iOS / Android): the title bar,
// a status header (交易成功 / 已发货 / 退款中 …) with one grey line, the goods card (a wide cover,
// title, 规格, price), the 兑换码 card (each code masked as the app shows it before 「查看」, a
// 复制 pill, the 兑换方式 line), the 订单信息 rows and the bottom bar (联系客服, 申请售后). The
// app's dark theme with `scene.dark`. Layout reconstructed from the app's look (helper b32);
// `scene.order` { status, statusLine?, title, spec?, price, codes?: [[label, code, state?]], howTo?,
// rows: [[k, v, role?]], buttons? }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'xiaoheihe-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#0D0F12', card: '#181B20', fg: '#E6E8EC', sub: '#7E8694', line: '#23272E', acc: '#7FA6FF', pill: '#2A2F38' }
      : { bg: '#F3F4F6', card: '#FFFFFF', fg: '#15181D', sub: '#8A919C', line: '#EEF0F2', acc: '#2F5BEA', pill: '#F0F2F5' };
    const ios = scene._device.os === 'ios';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:46px;background:${c.card};display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tb .b{position:absolute;left:14px;font-size:24px;font-weight:400}
.hd{padding:16px 18px 14px}.hd .s{font-size:21px;font-weight:700}.hd .l{font-size:12.5px;color:${c.sub};margin-top:5px;line-height:1.5}
.card{background:${c.card};margin:0 10px 10px;border-radius:10px;padding:12px 14px}
.g{display:flex;gap:11px}.cv{flex:none;width:104px;height:58px;border-radius:5px;background:linear-gradient(120deg,#27344d,#7a4fd6 70%,#e0a458)}
.tt{font-size:14px;line-height:1.42;font-weight:600}.sp{font-size:12px;color:${c.sub};margin-top:3px}.pr{font-size:15px;font-weight:700;margin-top:3px}
.h{font-size:14.5px;font-weight:600;margin-bottom:8px;display:flex;justify-content:space-between}
.cd{display:flex;align-items:center;gap:8px;padding:8px 10px;background:${c.pill};border-radius:6px;margin-bottom:7px;font-size:13px}
.cd .n{color:${c.sub};flex:none}.cd .v{flex:1;font-family:"Liberation Mono","DejaVu Sans Mono",monospace;font-size:12.5px;white-space:nowrap}
.cd .st{font-size:11.5px;color:${c.sub};flex:none}.cd .cp{flex:none;font-size:12px;color:${c.acc};border:1px solid ${c.acc};border-radius:10px;padding:1px 8px}
.how{font-size:12px;color:${c.sub};line-height:1.6;margin-top:2px}
.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;font-size:13px}.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};padding:9px 12px ${ios ? 30 : 11}px;display:flex;justify-content:flex-end;gap:9px}
.foot span{border:1px solid ${dark ? '#3a3f48' : '#D5D8DD'};border-radius:16px;padding:6px 15px;font-size:13px}
.foot span:last-child{background:${dark ? '#E6E8EC' : '#15181D'};border-color:transparent;color:${dark ? '#111' : '#fff'}}
`;
    const codes = (o.codes ?? []).map(([n, v, st]) => `<div class="cd">${t('span', 'label', n, 'class="n"')}${t('span', 'value', v, 'class="v"')}${st ? t('span', 'status', st, 'class="st"') : ''}<span class="cp">复制</span></div>`).join('');
    const rows = o.rows.map(([k, v, role]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: c.card, dark })}<div class="tb"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
<div class="hd">${t('div', 'status', o.status, 'class="s"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="l"') : ''}</div>
<div class="card"><div class="g"><div class="cv"></div><div style="flex:1;min-width:0">${t('div', 'value', o.title, 'class="tt"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}${t('div', 'value', o.price, 'class="pr"')}</div></div></div>
${codes ? `<div class="card"><div class="h">${t('span', 'title', o.codesTitle ?? '兑换码')}<span style="font-size:12px;color:${c.acc};font-weight:400">查看</span></div>${codes}${o.howTo ? t('div', 'body', o.howTo, 'class="how"') : ''}</div>` : ''}
<div class="card">${t('div', 'title', '订单信息', 'class="h"')}${rows}</div>
<div style="height:80px"></div><div class="foot">${(o.buttons ?? ['联系客服', '申请售后']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
