// 闲鱼 (Xianyu) 退款详情 of one order, as the buyer sees it after applying: the yellow header with
// the refund's state in large type (等待卖家处理 / 卖家已拒绝退款 / 退款成功) and a countdown or a line
// under it, a white card of the refund's facts (退款原因, 退款金额, 申请时间, 退款编号, 订单编号),
// then 协商历史: one entry per step (the actor's round avatar, name and time, the step in bold and
// its lines: the buyer's description, the seller's answer …), newest first, and the bottom buttons
// (修改申请, 撤销申请, or 申请小法庭). `scene.dark` gives the dark theme. Layout reconstructed from
// the app's look (helper b44); `scene.refund` { status, line, rows: [[k, v, role?]],
// history: [{ who: 'buyer'|'seller'|'system', name, at, head, lines }], buttons }.
import { t, page, topBar, avatar } from '../lib/common.mjs';

export default {
  name: 'xianyu-refund',
  kind: 'order',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#111111', card: '#1D1D1D', fg: '#E6E6E6', sub: '#8C8C8C', line: '#2A2A2A', head: 'linear-gradient(180deg,#4A3F10,#1D1D1D)', headFg: '#FFE27A' }
      : { bg: '#F6F6F6', card: '#FFFFFF', fg: '#111111', sub: '#999999', line: '#F0F0F0', head: 'linear-gradient(180deg,#FFE44D,#FFF6C8)', headFg: '#111111' };
    const R = scene.refund;
    const rows = R.rows.map(([k, v, role]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}</div>`).join('');
    const AV = { buyer: ['我', '#7AA7D9'], seller: ['卖', '#F5A623'], system: ['闲', '#FFB800'] };
    const hist = R.history.map((h) => {
      const role = h.who === 'buyer' ? 'buyer' : h.who === 'seller' ? 'merchant' : 'system';
      const [ch, col] = AV[h.who];
      return `<div class="hi">${avatar(ch, col, 34, 17)}<div class="hb"><div class="hn">${t('span', 'label', h.name)}${t('span', 'label', h.at, 'class="ht"')}</div>${t('div', role, h.head, 'class="hh"')}${(h.lines ?? []).map((x) => t('div', role, x, 'class="hl"')).join('')}</div></div>`;
    }).join('');
    const btns = (R.buttons ?? ['修改申请', '撤销申请']).map((b, i, a) => t('span', 'button', b, `class="btn${i === a.length - 1 ? ' main' : ''}"`)).join('');
    const css = `
body{background:${c.bg};color:${c.fg}}
.app{display:flex;flex-direction:column;height:100vh}
.hd{background:${c.head};color:${c.headFg};padding:0 0 18px}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:500}
.nav .bk{position:absolute;left:12px;font-size:22px}
.st{font-size:21px;font-weight:700;padding:8px 18px 4px}
.ln{font-size:13px;padding:0 18px;opacity:.8}
.sc{flex:1;overflow:hidden}
.card{background:${c.card};margin:10px 10px 0;border-radius:10px;padding:8px 14px}
.card .h{font-size:15px;font-weight:600;padding:6px 0 4px}
.kv{display:flex;font-size:13.5px;padding:6px 0;line-height:1.5}
.k{width:74px;flex:none;color:${c.sub}}
.v{flex:1;overflow-wrap:anywhere}
.hi{display:flex;gap:10px;padding:10px 0;border-top:1px solid ${c.line}}
.hi:first-of-type{border-top:none}
.hb{flex:1;min-width:0}
.hn{font-size:12.5px;color:${c.sub};display:flex;justify-content:space-between}
.hh{font-size:14.5px;font-weight:600;margin:3px 0 2px}
.hl{font-size:13.5px;line-height:1.55;overflow-wrap:anywhere}
.bot{flex:none;background:${c.card};border-top:1px solid ${c.line};display:flex;justify-content:flex-end;gap:10px;padding:9px 12px ${scene._device.os === 'ios' ? 28 : 9}px}
.btn{font-size:13.5px;border:1px solid ${dark ? '#555' : '#CCC'};border-radius:16px;padding:5px 14px}
.btn.main{background:#FFE44D;border-color:#FFE44D;color:#111}
`;
    const body = `<div class="app"><div class="hd">${topBar(scene, { dark, bg: 'transparent' })}<div class="nav"><span class="bk">‹</span>${t('span', 'title', '退款详情')}</div>
${t('div', 'status', R.status, 'class="st"')}${R.line ? t('div', 'body', R.line, 'class="ln"') : ''}</div>
<div class="sc"><div class="card"><div class="h">退款信息</div>${rows}</div>
<div class="card"><div class="h">协商历史</div>${hist}</div></div>
<div class="bot">${btns}</div></div>`;
    return page(css, body);
  },
};
