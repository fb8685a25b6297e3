// A 代练 (game boosting) order page in the look of the mainland 代练 apps (代练通-like), phone:
// a blue title bar, the order state with its badge (代练中, 待验收, 撤销中, 仲裁中 …) and a progress
// bar (当前段位 → 目标), the 代练信息 rows (订单号, 游戏/区服, 代练内容, 代练时限, 代练费, 安全
// 保证金, 效率保证金, 发单时间, 接单时间, 接单方), the 代练要求 the buyer wrote, an optional
// 进度记录 list (time and text, as the 打手 posts it), and the bottom buttons. `scene.dark` gives
// the dark theme. Layout reconstructed (helper h19e); `scene.order` { status, statusLine,
// progress: [from, now, to, pct], rows, demand, log: [[time, text]], buttons }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'dailian-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#101318', card: '#1A1E25', fg: '#E4E8EE', sub: '#8A93A3', line: '#262B34', bar: '#2A3140' }
      : { bg: '#F2F4F7', card: '#FFFFFF', fg: '#1F2329', sub: '#8F959E', line: '#EEF0F3', bar: '#E6EBF2' };
    const badge = { 代练中: '#1677FF', 待验收: '#13A8A8', 撤销中: '#FA8C16', 仲裁中: '#F5222D', 已撤销: '#8C8C8C', 已结算: '#52C41A', 待接单: '#722ED1' }[o.status] ?? '#1677FF';
    const ios = scene._device.os === 'ios';
    const p = o.progress;
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.tb{height:48px;background:#1677FF;color:#fff;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tb .b{position:absolute;left:12px;font-size:24px;font-weight:400}.tb .m{position:absolute;right:14px;font-size:13px;font-weight:400}
.card{background:${c.card};margin:8px 10px 0;border-radius:8px;padding:12px 14px}
.sh{display:flex;align-items:center;gap:8px}.bd{font-size:13px;color:#fff;background:${badge};border-radius:4px;padding:2px 8px;font-weight:600}
.sl{font-size:12.5px;color:${c.sub};margin-top:7px;line-height:1.5}
.pg{margin-top:12px}.pg .tr{height:8px;border-radius:4px;background:${c.bar};overflow:hidden}.pg .tr i{display:block;height:100%;background:linear-gradient(90deg,#4096FF,#1677FF)}
.pg .lb{display:flex;justify-content:space-between;font-size:12px;color:${c.sub};margin-top:5px}
.h{font-size:14.5px;font-weight:600;margin-bottom:6px}
.row{display:flex;gap:10px;padding:6px 0;font-size:13px;border-bottom:1px solid ${c.line}}.row:last-child{border:0}
.k{width:76px;flex:none;color:${c.sub}}.v{flex:1;overflow-wrap:anywhere}
.dm{font-size:13px;line-height:1.65}
.lg{padding:6px 0;border-bottom:1px dashed ${c.line}}.lg:last-child{border:0}.lg .tm{font-size:11.5px;color:${c.sub}}.lg .tx{font-size:13px;line-height:1.5;margin-top:2px}
.foot{position:fixed;left:0;right:0;bottom:0;background:${c.card};border-top:1px solid ${c.line};padding:9px 12px ${ios ? 30 : 11}px;display:flex;justify-content:flex-end;gap:9px}
.foot span{border:1px solid ${dark ? '#4A5160' : '#D0D5DD'};border-radius:4px;padding:6px 12px;font-size:13px}
.foot span:last-child{background:#1677FF;border-color:#1677FF;color:#fff}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const log = (o.log ?? []).map(([tm, tx]) => `<div class="lg">${t('div', 'system', tm, 'class="tm"')}${t('div', 'system', tx, 'class="tx"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#1677FF', dark: true })}<div class="tb"><span class="b">‹</span>${t('span', 'title', '订单详情')}<span class="m">···</span></div>
<div class="card"><div class="sh">${t('span', 'label', '订单状态', `style="font-size:13px;color:${c.sub}"`)}${t('span', 'status', o.status, 'class="bd"')}</div>
${o.statusLine ? t('div', 'body', o.statusLine, 'class="sl"') : ''}
${p ? `<div class="pg"><div class="tr"><i style="width:${p[3]}%"></i></div><div class="lb">${t('span', 'value', p[0])}${t('span', 'value', `当前 ${p[1]}`, 'style="color:#1677FF"')}${t('span', 'value', p[2])}</div></div>` : ''}</div>
<div class="card">${t('div', 'title', '代练信息', 'class="h"')}${rows}</div>
${o.demand ? `<div class="card">${t('div', 'title', '代练要求', 'class="h"')}${o.demand.map((x) => t('div', 'body', x, 'class="dm"')).join('')}</div>` : ''}
${log ? `<div class="card">${t('div', 'title', '进度记录', 'class="h"')}${log}</div>` : ''}
<div style="height:76px"></div><div class="foot">${(o.buttons ?? ['联系打手', '申请撤销', '申请仲裁']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
