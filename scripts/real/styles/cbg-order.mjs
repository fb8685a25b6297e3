// 网易藏宝阁 (cbg.163.com, NetEase's official trading site for game roles and items) app 订单详情
// (iOS / Android): the deep-red title bar, a status card (交易成功 / 待付款 / 公示期 …) with one
// line, the goods card (role picture, name, 服务器 and 等级 / 门派 tags, price in red), the
// 订单信息 rows (the 订单号 and, apart, the goods' 商品编号 in the site's own id format
// `YYYYMMDDhhmmss…-N-XXXXXXXX`, see SOURCES.md, 32nd set), an optional 交易须知 box, and the
// bottom bar (联系客服, 查看角色). `scene.dark` gives the dark theme. Layout reconstructed from the
// app's look (helper b32); `scene.order` { status, statusLine?, name, server, tags?, price, rows:
// [[k, v, role?]], rules?: [lines], buttons? }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'cbg-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#121212', card: '#1D1D1D', fg: '#E8E4DE', sub: '#8F8A83', line: '#2A2A2A', bar: '#3A1512', gold: '#D6B36A', rule: '#241F17' }
      : { bg: '#F4F1EC', card: '#FFFFFF', fg: '#2A211C', sub: '#8E847A', line: '#EFEAE3', bar: '#A8281E', gold: '#B8893A', rule: '#FBF6EC' };
    const ios = scene._device.os === 'ios';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:46px;background:${c.bar};color:#fff;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tb .b{position:absolute;left:14px;font-size:24px;font-weight:400}.tb .m{position:absolute;right:14px;font-size:13px;font-weight:400;opacity:.9}
.st{background:${c.card};padding:14px 16px;border-bottom:1px solid ${c.line}}.st .s{font-size:19px;font-weight:700;color:${c.bar === '#A8281E' ? '#A8281E' : c.gold}}.st .l{font-size:12.5px;color:${c.sub};margin-top:5px;line-height:1.55}
.card{background:${c.card};margin:9px 10px 0;border-radius:8px;padding:12px 14px}
.g{display:flex;gap:11px}.pic{flex:none;width:62px;height:62px;border-radius:6px;background:radial-gradient(circle at 40% 35%,#f4d9a4,#b8893a 55%,#6e3b1f);border:1px solid ${c.gold}}
.nm{font-size:15px;font-weight:600}.sv{font-size:12.5px;color:${c.sub};margin-top:3px}
.tags{display:flex;flex-wrap:wrap;gap:5px;margin-top:5px}.tags span{font-size:11px;color:${c.gold};border:1px solid ${c.gold};border-radius:3px;padding:0 5px}
.pr{font-size:17px;color:#E23A2E;font-weight:700;text-align:right;margin-top:6px}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}
.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;font-size:13px}.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.rule{background:${c.rule};margin:9px 10px 0;border-radius:8px;padding:10px 14px;font-size:12px;line-height:1.7;color:${c.sub}}
.rule .rh{color:${c.fg};font-weight:600;font-size:13px;margin-bottom:3px}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};padding:9px 12px ${ios ? 30 : 11}px;display:flex;justify-content:flex-end;gap:9px}
.foot span{border:1px solid ${dark ? '#444' : '#D8D0C4'};border-radius:4px;padding:6px 16px;font-size:13px}
.foot span:last-child{background:${c.bar};border-color:${c.bar};color:#fff}
`;
    const rows = o.rows.map(([k, v, role]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: c.bar, dark: true })}<div class="tb"><span class="b">‹</span>${t('span', 'title', '订单详情')}<span class="m">藏宝阁</span></div>
<div class="st">${t('div', 'status', o.status, 'class="s"')}${o.statusLine ? t('div', 'body', o.statusLine, 'class="l"') : ''}</div>
<div class="card"><div class="g"><div class="pic"></div><div style="flex:1;min-width:0">${t('div', 'value', o.name, 'class="nm"')}${t('div', 'value', o.server, 'class="sv"')}${o.tags ? `<div class="tags">${o.tags.map((x) => t('span', 'value', x)).join('')}</div>` : ''}</div></div>${t('div', 'value', o.price, 'class="pr"')}</div>
<div class="card">${t('div', 'title', '订单信息', 'class="h"')}${rows}</div>
${o.rules ? `<div class="rule">${t('div', 'title', o.rulesTitle ?? '交易须知', 'class="rh"')}${o.rules.map((x) => t('div', 'body', x)).join('')}</div>` : ''}
<div style="height:80px"></div><div class="foot">${(o.buttons ?? ['联系客服', '查看角色']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
