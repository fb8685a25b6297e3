// A card shop's order query page in the dujiaoka look: navbar, search box with the order
// number, 订单详情 card of label–value rows (订单号, 商品名称, 实付金额, 支付方式, 订单状态 badge,
// 下单时间), then 卡密信息 with the code masked, and the shop's 使用说明 / 售后须知.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'shop-order-query',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const badge = { ok: '#00a65a', wait: '#f39c12', bad: '#dd4b39' }[o.statusTone ?? 'ok'];
    const rows = o.rows
      .map(([k, v, role]) => `<tr>${t('td', 'label', k, 'class="k"')}<td>${role === 'status' ? t('span', 'status', v, `class="badge" style="background:${badge}"`) : t('span', role ?? 'value', v)}</td></tr>`)
      .join('');
    const css = `
body{background:${scene.dark ? '#1b1e23' : '#F4F6F9'};color:${scene.dark ? '#d8dde3' : '#333'};font-size:14px}
.nav{height:${narrow ? 52 : 64}px;background:${scene.dark ? '#23272e' : '#fff'};box-shadow:0 1px 4px #00000014;display:flex;align-items:center;padding:0 ${narrow ? 14 : 60}px;gap:28px}
.brand{font-size:${narrow ? 18 : 21}px;font-weight:700;color:${scene.accent ?? '#6777EF'}}
.nav a{font-size:14px;opacity:.75}
.wrap{max-width:900px;margin:${narrow ? 12 : 30}px auto;padding:0 ${narrow ? 10 : 0}px}
.search{display:flex;gap:8px;margin-bottom:14px}
.search .in{flex:1;height:38px;border:1px solid ${scene.dark ? '#3a3f47' : '#dfe3e8'};border-radius:4px;background:${scene.dark ? '#23272e' : '#fff'};display:flex;align-items:center;padding:0 10px;font-size:13.5px;overflow:hidden;white-space:nowrap}
.search .go{background:${scene.accent ?? '#6777EF'};color:#fff;padding:0 18px;border-radius:4px;display:flex;align-items:center}
.card{background:${scene.dark ? '#23272e' : '#fff'};border-radius:6px;box-shadow:0 2px 6px #0000000f;margin-bottom:14px}
.card h4{margin:0;padding:13px 18px;border-bottom:1px solid ${scene.dark ? '#30353d' : '#f0f0f0'};font-size:15px}
table{width:100%;border-collapse:collapse}
td{padding:${narrow ? 9 : 11}px 18px;border-bottom:1px solid ${scene.dark ? '#2c3138' : '#f5f5f5'};font-size:${narrow ? 13.5 : 14}px;overflow-wrap:anywhere;vertical-align:top}
td.k{width:${narrow ? 92 : 150}px;color:#8a94a6;white-space:nowrap}
.badge{color:#fff;border-radius:3px;padding:2px 8px;font-size:12.5px}
.code{font-family:"Noto Sans Mono CJK SC",monospace;background:${scene.dark ? '#1b1e23' : '#f7f8fa'};margin:12px 18px;padding:10px 12px;border-radius:4px;font-size:14px;overflow-wrap:anywhere}
.note{padding:4px 18px 14px;font-size:13px;line-height:1.8;color:${scene.dark ? '#aab' : '#666'}}
`;
    const body = `${topBar(scene, { bg: scene.dark ? '#23272e' : '#fff', dark: Boolean(scene.dark) })}<div class="nav">${t('span', 'title', scene.shop, 'class="brand"')}${narrow ? '' : '<a>首页</a><a>订单查询</a><a>联系客服</a>'}</div>
<div class="wrap"><div class="search"><div class="in">${t('span', 'value', o.query)}</div>${t('span', 'button', '查询', 'class="go"')}</div>
<div class="card">${t('h4', 'title', '订单详情')}<table>${rows}</table></div>
${o.code ? `<div class="card">${t('h4', 'title', '卡密信息')}${t('div', 'value', o.code, 'class="code"')}</div>` : ''}
${o.note ? `<div class="card">${t('h4', 'title', o.noteTitle ?? '使用说明')}${o.note.map((n) => t('div', 'body', n, 'class="note"')).join('')}</div>` : ''}</div>`;
    return page(css, body);
  },
};
