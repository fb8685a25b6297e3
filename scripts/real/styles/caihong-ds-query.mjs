// 彩虹代刷 / 彩虹云商城 (the "daishua" PHP shop many 卡盟 run) 订单查询 page in its Bootstrap 3 "mall"
// look, as a buyer sees it after 立即查询: the white box with the blue "订单查询" heading, the search
// row (下单账号 / 订单号 select, the keyword, the orange "?" help button), the blue 立即查询 button,
// the striped result table (下单账号, 商品名称, 数量, 购买时间, 状态 label, 详细 button; an 异常 row adds
// "异常原因：…" in red), and, when `scene.detail` is set, the layer.js "订单详细信息" popup over a
// grey shade with the condensed table (订单基本信息: 订单编号, 商品名称, 订单金额, 购买时间, 下单信息,
// 订单状态; 订单操作 投诉订单; then "以下是你的卡密信息" or 处理结果; 商品简介). Labels and status
// words after the shop's template/mall/chadan.php and assets/js/main.js (public GitHub, cited in
// SOURCES.md); layout reconstructed. Phone and desktop.
import { t, page, topBar } from '../lib/common.mjs';

const LABEL = { 已完成: '#5cb85c', 处理中: '#f0ad4e', 异常: '#d9534f', 待处理: '#337ab7' };

function status(s) {
  if (s === '已退款') return t('span', 'status', s, 'style="color:red"');
  return t('span', 'status', s, `class="lb" style="background:${LABEL[s] ?? '#337ab7'}"`);
}

export default {
  name: 'caihong-ds-query',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const rows = o.rows.map((r) => `<tr>${t('td', 'value', r.input)}${t('td', 'value', r.name)}${t('td', 'value', String(r.num ?? 1))}${narrow ? '' : t('td', 'value', r.time)}<td>${status(r.status)}</td><td>${t('span', 'button', '详细', 'class="bx"')}</td></tr>${r.reason ? `<tr><td colspan="6">${t('span', 'body', `异常原因：${r.reason}`, 'style="color:red"')}</td></tr>` : ''}`).join('');
    const d = scene.detail;
    const kv = (k, v, role = 'value') => `<tr>${t('td', 'label', k, 'class="info"')}<td colspan="5">${role === 'status' ? status(v) : t('span', role, v)}</td></tr>`;
    const head = (s) => `<tr><td colspan="6" class="ctr">${t('b', 'title', s)}</td></tr>`;
    const pop = d ? `<div class="shade"></div><div class="layer"><div class="lt">${t('span', 'title', '订单详细信息')}<span class="lx">✕</span></div><div class="lc"><table class="tc">
${head('订单基本信息')}${kv('订单编号', d.id)}${kv('商品名称', d.name)}${kv('订单金额', `${d.money}元`)}${kv('购买时间', d.date)}${kv('下单信息', d.inputs)}${kv('订单状态', d.status, 'status')}
${d.complain ? `<tr>${t('td', 'label', '订单操作', 'class="info"')}<td colspan="5">${t('span', 'button', '投诉订单', 'class="bd"')}</td></tr>` : ''}
${d.km ? `${head('以下是你的卡密信息')}<tr><td colspan="6">${d.km.map((k) => t('div', 'value', k, 'class="km"')).join('')}</td></tr>` : ''}
${d.result ? `${head('处理结果')}<tr><td colspan="6">${t('span', 'body', d.result)}</td></tr>` : ''}
${d.desc ? `${head('商品简介')}<tr><td colspan="6" class="ds">${d.desc.map((x) => t('div', 'body', x)).join('')}</td></tr>` : ''}
</table></div></div>` : '';
    const css = `
body{background:${scene.bg ?? '#eef2f6'};color:#333;font-size:14px;font-family:"Noto Sans CJK SC","Liberation Sans",sans-serif;min-height:100vh}
.top{height:${narrow ? 50 : 60}px;background:#fff;border-bottom:1px solid #e7e7e7;display:flex;align-items:center;padding:0 ${narrow ? 14 : 80}px;gap:26px}
.brand{font-size:${narrow ? 18 : 20}px;color:#2287EB;font-weight:600}
.top a{color:#777;font-size:14px}
.main{max-width:1000px;margin:${narrow ? 10 : 30}px auto;background:#fff;padding:${narrow ? 12 : 20}px}
.h{color:#2287EB;font-size:20px;line-height:40px}
.panel{border:1px solid #337ab7;border-radius:4px;margin-top:8px}
.pb{padding:${narrow ? 10 : 15}px}
.ig{display:flex;margin-bottom:12px}
.sel{width:${narrow ? 82 : 90}px;border:1px solid #ccc;border-radius:4px 0 0 4px;padding:7px 6px;font-size:13px;background:#fff}
.in{flex:1;border:1px solid #ccc;border-left:0;padding:7px 10px;font-size:13.5px;overflow:hidden;white-space:nowrap}
.q{width:40px;background:#f0ad4e;border-radius:0 4px 4px 0;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.go{display:block;background:#337ab7;color:#fff;text-align:center;padding:8px 0;border-radius:4px;font-size:14px}
table.ts{width:100%;border-collapse:collapse;margin-top:14px;font-size:${narrow ? 12.5 : 14}px}
.ts th{text-align:left;border-bottom:2px solid #ddd;padding:8px 6px;font-weight:700}
.ts td{border-top:1px solid #ddd;padding:8px 6px;vertical-align:top;overflow-wrap:anywhere}
.ts tr:nth-child(odd) td{background:#f9f9f9}
.lb{color:#fff;font-size:11.5px;font-weight:700;padding:2px 6px;border-radius:3px;white-space:nowrap}
.bx{background:#5bc0de;color:#fff;font-size:12px;padding:2px 6px;border-radius:3px;white-space:nowrap}
.shade{position:fixed;inset:0;background:#000;opacity:.3}
.layer{position:fixed;left:50%;top:${narrow ? 46 : 50}%;transform:translate(-50%,-50%);width:${narrow ? scene._device.width - 16 : 560}px;background:#fff;border:1px solid #8D8D8D;box-shadow:1px 1px 50px rgba(0,0,0,.3)}
.lt{height:42px;line-height:42px;background:#F8F8F8;border-bottom:1px solid #eee;padding:0 14px;font-size:14px;color:#333;display:flex}
.lx{margin-left:auto;color:#999}
.lc{padding:0;max-height:${narrow ? 640 : 820}px;overflow:hidden}
table.tc{width:100%;border-collapse:collapse;font-size:${narrow ? 13 : 13.5}px}
.tc td{border-top:1px solid #ddd;padding:6px 8px;vertical-align:top;overflow-wrap:anywhere;line-height:1.55}
.tc td.info{background:#d9edf7;white-space:nowrap;width:${narrow ? 76 : 90}px}
.tc td.ctr{text-align:center}
.km{font-family:"Liberation Mono","Noto Sans Mono CJK SC",monospace;padding:2px 0}
.ds{white-space:normal;color:#555}
.bd{border:1px solid #ccc;padding:1px 6px;border-radius:3px;font-size:12px;background:#fff}
`;
    const body = `${topBar(scene, { bg: '#fff' })}<div class="top">${t('span', 'title', scene.shop, 'class="brand"')}${narrow ? '' : '<a>首页</a><a>订单查询</a><a>加盟分站</a><a>联系客服</a>'}</div>
<div class="main"><div class="h">${t('span', 'title', '订单查询')}</div><div class="panel"><div class="pb">
<div class="ig">${t('span', 'value', o.by === 'id' ? '订单号' : '下单账号', 'class="sel"')}<div class="in">${t('span', 'value', o.query)}</div><span class="q">?</span></div>
${t('span', 'button', '立即查询', 'class="go"')}
<table class="ts"><thead><tr>${['下单账号', '商品名称', '数量', ...(narrow ? [] : ['购买时间']), '状态', '操作'].map((h) => t('th', 'label', h)).join('')}</tr></thead><tbody>${rows}</tbody></table>
</div></div></div>${pop}`;
    return page(css, body);
  },
};
