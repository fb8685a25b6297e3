// 租号玩 (zuhaowan.com, game-account rental) 订单详情 in the app (Android / iOS): the blue title bar,
// a status header (租赁中 with the 剩余时长 countdown, 已完成, 已撤单 …) with one line under it,
// the rented account card (game, 区服, a few tags, 号主 ID), the 租赁信息 rows (时长, 单价, 押金,
// 实付), the 订单信息 rows, an optional grey notice and the bottom bar (投诉/撤单, 续租, 一键上号).
// The app's dark theme with `scene.dark`. Layout reconstructed from the app's look (helper b32);
// the field names 号主ID / 订单编号 / 租赁时长 / 每小时租金 follow a public rental-order model (see
// SOURCES.md, 32nd set). `scene.order` { status, statusLine?, remain?, game, title, tags?, owner?,
// rent: [[k, v, role?]], rows: [[k, v, role?]], notice?, buttons? }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'zuhaowan-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#101114', card: '#1A1C20', fg: '#E4E6EA', sub: '#848A94', line: '#25282E', bar: '#1A1C20', barFg: '#E4E6EA', hd: '#16263F' }
      : { bg: '#F2F4F7', card: '#FFFFFF', fg: '#1B1D21', sub: '#8B919B', line: '#EDEFF2', bar: '#2F7CF6', barFg: '#FFFFFF', hd: '#2F7CF6' };
    const ios = scene._device.os === 'ios';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:46px;background:${c.bar};color:${c.barFg};display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tb .b{position:absolute;left:14px;font-size:24px;font-weight:400}
.hd{background:${c.hd};color:#fff;padding:12px 18px 30px}.hd .s{font-size:20px;font-weight:700;display:flex;align-items:baseline;gap:10px}.hd .r{font-size:14px;font-weight:500;opacity:.95}
.hd .l{font-size:12.5px;opacity:.85;margin-top:5px;line-height:1.5}
.card{background:${c.card};margin:0 10px 10px;border-radius:10px;padding:12px 14px}.up{margin-top:-20px}
.g{display:flex;gap:11px}.pic{flex:none;width:56px;height:56px;border-radius:10px;background:linear-gradient(135deg,#5fb0ff,#2f5bea)}
.gm{font-size:12px;color:${c.sub}}.tt{font-size:14px;line-height:1.42;font-weight:600;margin-top:2px}
.tags{display:flex;flex-wrap:wrap;gap:5px;margin-top:6px}.tags span{font-size:11px;color:#2F7CF6;background:${dark ? '#1d2a40' : '#EAF2FF'};border-radius:3px;padding:1px 6px}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}
.row{display:flex;justify-content:space-between;gap:12px;padding:6px 0;font-size:13px}.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.pay{color:#FF5A36;font-weight:700}
.note{font-size:12px;color:${c.sub};line-height:1.65;margin:4px 16px}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};padding:9px 12px ${ios ? 30 : 11}px;display:flex;justify-content:flex-end;gap:9px}
.foot span{border:1px solid ${dark ? '#3a3f48' : '#D5D8DD'};border-radius:17px;padding:6px 15px;font-size:13px}
.foot span:last-child{background:#2F7CF6;border-color:#2F7CF6;color:#fff}
`;
    const fix = (list) => list.map(([k, v, role]) => [k, v, role === 'pay' ? 'value' : role, role === 'pay']);
    const rowsOf = (list) => fix(list).map(([k, v, role, pay]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, `class="v${pay ? ' pay' : ''}"`)}</div>`).join('');
    const body = `${topBar(scene, { bg: c.bar, dark: true })}<div class="tb"><span class="b">‹</span>${t('span', 'title', '订单详情')}</div>
<div class="hd"><div class="s">${t('span', 'status', o.status)}${o.remain ? t('span', 'body', o.remain, 'class="r"') : ''}</div>${o.statusLine ? t('div', 'body', o.statusLine, 'class="l"') : ''}</div>
<div class="card up"><div class="g"><div class="pic"></div><div style="flex:1;min-width:0">${t('div', 'value', o.game, 'class="gm"')}${t('div', 'value', o.title, 'class="tt"')}${o.tags ? `<div class="tags">${o.tags.map((x) => t('span', 'value', x)).join('')}</div>` : ''}</div></div>
${o.owner ? `<div class="row" style="margin-top:6px">${t('span', 'label', '号主ID', 'class="k"')}${t('span', 'value', o.owner, 'class="v"')}</div>` : ''}</div>
<div class="card">${t('div', 'title', '租赁信息', 'class="h"')}${rowsOf(o.rent)}</div>
<div class="card">${t('div', 'title', '订单信息', 'class="h"')}${rowsOf(o.rows)}</div>
${o.notice ? `<div class="note">${o.notice.map((x) => t('div', 'body', x)).join('')}</div>` : ''}
<div style="height:80px"></div><div class="foot">${(o.buttons ?? ['投诉/撤单', '续租', '一键上号']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
