// A trading platform's 官方验号报告 (account inspection report) for a game account, phone or
// desktop: the platform's coloured header with its name, the report's 编号, 验号时间 and the
// linked order, a 验号结论 box (passed in green, or "与描述不符 N 项" in red), then the table of
// checked items (检测项, 商品描述, 验号结果) with a ✓ or ✕ each, and the fine print.
// `scene.dark` gives the dark theme. Layout reconstructed (helper h19e); `scene.report`
// { brand, color, no, time, order, game, verdict, ok, items: [[item, listed, found, ok]], foot }.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'yanhao-report',
  kind: 'other',
  render(scene) {
    const r = scene.report;
    const dark = Boolean(scene.dark);
    const wide = scene._device.width > 700;
    const col = r.color ?? '#FF5A00';
    const c = dark
      ? { bg: '#121418', card: '#1C1F25', fg: '#E6E8EC', sub: '#8B919C', line: '#2A2E36', th: '#23272F' }
      : { bg: '#F2F3F5', card: '#FFFFFF', fg: '#222', sub: '#8C8C8C', line: '#EDEDED', th: '#FAFAFA' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.wrap{${wide ? 'width:920px;margin:24px auto' : ''}}
.hd{background:${col};color:#fff;padding:${wide ? '18px 24px' : '12px 16px 16px'};${wide ? 'border-radius:8px 8px 0 0' : ''}}
.hd .b{font-size:${wide ? 20 : 17}px;font-weight:700}.hd .s{font-size:12.5px;opacity:.9;margin-top:5px}
.card{background:${c.card};padding:${wide ? '14px 24px' : '12px 14px'};margin:${wide ? '0' : '8px 0 0'};border-bottom:1px solid ${c.line}}
.meta{display:flex;flex-wrap:wrap;gap:${wide ? '6px 40px' : '4px 16px'};font-size:12.5px;color:${c.sub}}
.vd{margin-top:10px;border-radius:6px;padding:10px 12px;font-size:15px;font-weight:700}
.vd.ok{background:${dark ? '#173523' : '#E8F7EE'};color:${dark ? '#4ADE80' : '#17803D'}}.vd.bad{background:${dark ? '#3A1D1F' : '#FDECEC'};color:#D93026}
table{width:100%;border-collapse:collapse;font-size:${wide ? 14 : 12.5}px}
th{background:${c.th};color:${c.sub};font-weight:500;text-align:left;padding:8px 6px;border-bottom:1px solid ${c.line}}
td{padding:8px 6px;border-bottom:1px solid ${c.line};vertical-align:top;overflow-wrap:anywhere}
td.m{width:24px;text-align:center;font-weight:700}
.foot{font-size:12px;color:${c.sub};line-height:1.7;padding:${wide ? '12px 24px' : '10px 14px'}}
`;
    const items = r.items.map(([k, listed, found, ok]) => `<tr>${t('td', 'label', k)}${t('td', 'value', listed)}${t('td', 'value', found, ok ? '' : 'style="color:#D93026"')}<td class="m" style="color:${ok ? '#17803D' : '#D93026'}">${ok ? '✓' : '✕'}</td></tr>`).join('');
    const body = `${topBar(scene, { bg: col, dark: true })}<div class="wrap">
<div class="hd">${t('div', 'title', `${r.brand} 官方验号报告`, 'class="b"')}${t('div', 'body', r.game, 'class="s"')}</div>
<div class="card"><div class="meta">${t('span', 'value', `报告编号 ${r.no}`)}${t('span', 'value', `验号时间 ${r.time}`)}${t('span', 'value', `关联订单 ${r.order}`)}</div>
${t('div', 'status', r.verdict, `class="vd ${r.ok ? 'ok' : 'bad'}"`)}</div>
<div class="card" style="padding-top:4px"><table><tr>${t('th', 'label', '检测项')}${t('th', 'label', '商品描述')}${t('th', 'label', '验号结果')}<th></th></tr>${items}</table></div>
${r.foot ? `<div class="foot">${r.foot.map((x) => t('div', 'body', x)).join('')}</div>` : ''}</div>`;
    return page(css, body);
  },
};
