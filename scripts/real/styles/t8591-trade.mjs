// A Taiwanese game-item trading site in the 8591 寶物交易網 manner (buyer's side, Traditional
// Chinese), desktop or phone: the dark-blue top bar with the site's name and the member menu, the
// breadcrumb 我的帳戶 › 我是買家 › 我購買的商品, the trade card (交易編號, 商品, 遊戲/伺服器, 類別,
// 金額, 交易狀態 badge, times, 移交期限), the seller's 商品描述, then 交易留言: each message with the
// side's tag (買家 / 賣家 / 客服), the name and the time. `scene.compact` shows a one-line trade
// header instead of the card (a capture of the messages only). `scene.dark` gives the dark theme.
// Layout reconstructed; the site name and the texts come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

export default {
  name: 't8591-trade',
  kind: 'order',
  render(scene) {
    const tr = scene.trade;
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#14171c', card: '#1d2128', fg: '#e2e6ea', sub: '#98a2ad', line: '#2b313a', msg: '#242a32' } : { bg: '#eef1f5', card: '#fff', fg: '#2b2b2b', sub: '#7b8591', line: '#e6e9ee', msg: '#f7f9fb' };
    const badge = { wait: '#f08c00', ok: '#2f9e44', bad: '#e03131', info: '#1c7ed6' }[tr.tone ?? 'wait'];
    const tag = { buyer: ['買家', '#1c7ed6'], merchant: ['賣家', '#e8590c'], system: ['客服', '#5f3dc4'] };
    const rows = (tr.rows ?? []).map(([k, v, role]) => `<tr>${t('td', 'label', k, 'class="k"')}<td>${role === 'status' ? t('span', 'status', v, `class="bd" style="background:${badge}"`) : t('span', 'value', v)}</td></tr>`).join('');
    const msgs = (scene.messages ?? []).map((m) => {
      const [tg, col] = tag[m.from] ?? tag.system;
      return `<div class="m ${m.from}"><div class="mh"><span class="tg" style="background:${col}">${esc(tg)}</span>${t('span', 'value', m.name ?? '', 'class="nm"')}${t('span', 'value', m.at, 'class="tm"')}</div>${t('div', m.from, m.text, 'class="tx"')}</div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.bar{background:#1d3d6e;color:#fff;height:${narrow ? 50 : 58}px;display:flex;align-items:center;padding:0 ${narrow ? 14 : 40}px;gap:26px}
.logo{font-size:${narrow ? 18 : 22}px;font-weight:800}.logo b{color:#ffd43b}
.bar nav{display:flex;gap:22px;font-size:14px;flex:1;opacity:.9}
.wrap{max-width:980px;margin:${narrow ? 10 : 22}px auto;padding:0 ${narrow ? 8 : 0}px}
.bc{font-size:12.5px;color:${c.sub};margin:0 2px 10px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:6px;margin-bottom:12px}
.card h4{margin:0;padding:11px 16px;border-bottom:1px solid ${c.line};font-size:15px;display:flex;justify-content:space-between}
table{width:100%;border-collapse:collapse}
td{padding:${narrow ? 8 : 10}px 16px;border-bottom:1px solid ${c.line};font-size:${narrow ? 13.5 : 14}px;overflow-wrap:anywhere;vertical-align:top}
td.k{width:${narrow ? 84 : 130}px;color:${c.sub};white-space:nowrap}
.bd{color:#fff;border-radius:3px;padding:2px 8px;font-size:12.5px}
.desc{padding:12px 16px;line-height:1.75;font-size:13.5px}
.ch{padding:9px 14px;display:flex;gap:12px;flex-wrap:wrap;font-size:13px;color:${c.sub}}
.m{margin:10px 14px;padding:10px 12px;background:${c.msg};border-radius:6px;border-left:3px solid ${c.line}}
.m.buyer{border-left-color:#1c7ed6}.m.merchant{border-left-color:#e8590c}.m.system{border-left-color:#5f3dc4}
.mh{display:flex;align-items:center;gap:8px;font-size:12.5px;color:${c.sub};margin-bottom:5px}
.tg{color:#fff;border-radius:3px;padding:0 6px;font-size:11.5px}.nm{font-weight:600;color:${c.fg}}.tm{margin-left:auto}
.tx{line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.reply{margin:8px 14px 14px;height:64px;border:1px solid ${c.line};border-radius:4px;background:${c.msg}}
`;
    const head = scene.compact
      ? `<div class="card"><div class="ch">${t('span', 'value', `交易編號 ${tr.id}`)}${t('span', 'value', tr.title)}${t('span', 'status', tr.status, `class="bd" style="background:${badge}"`)}</div></div>`
      : `<div class="card">${t('h4', 'title', '交易詳情')}<table>${rows}</table></div>${tr.desc ? `<div class="card">${t('h4', 'title', '商品描述')}${tr.desc.map((x) => t('div', 'body', x, 'class="desc"')).join('')}</div>` : ''}`;
    const body = `${topBar(scene, { bg: '#1d3d6e', dark: true })}<div class="bar"><span class="logo">${t('span', 'title', scene.brand ?? '寶物交易網')}</span>${narrow ? '' : '<nav><span>遊戲幣</span><span>帳號</span><span>代儲</span><span>點數卡</span><span>我的帳戶</span></nav>'}</div>
<div class="wrap">${t('div', 'label', '我的帳戶 › 我是買家 › 我購買的商品', 'class="bc"')}${head}
${scene.messages ? `<div class="card">${t('h4', 'title', '交易留言')}${msgs}<div class="reply"></div></div>` : ''}</div>`;
    return page(css, body);
  },
};
