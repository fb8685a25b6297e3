// A card shop's web ticket / chat page (dujiaoka / acg-faka look: bootstrap-like navbar, cards,
// a ticket header with 工单号, 关联订单, 状态, then a thread of rows under sender names).
import { t, page, avatar, topBar } from '../lib/common.mjs';

export default {
  name: 'shop-webchat',
  kind: 'chat',
  render(scene) {
    const narrow = scene._device.width < 700;
    const rows = scene.messages
      .map((m) => {
        if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
        const who = m.from === 'buyer' ? scene.buyerName ?? '我' : scene.merchantName ?? '客服';
        return `<div class="r ${m.from}">${avatar(who.slice(0, 1), m.from === 'buyer' ? '#8aa4c8' : '#3c8dbc', 34, 17)}<div class="c">
<div class="n">${t('span', 'label', who)}<span class="at">${m.at ?? ''}</span></div>${t('div', m.from, m.text, 'class="x"')}</div></div>`;
      })
      .join('');
    const info = (scene.ticket ?? [])
      .map(([k, v, role]) => `<div class="kv">${t('span', 'label', k)}${t('span', role ?? 'value', v)}</div>`)
      .join('');
    const css = `
body{background:#F0F2F5;color:#333;font-size:14px}
.nav{height:${narrow ? 50 : 60}px;background:${scene.navColor ?? '#3C8DBC'};color:#fff;display:flex;align-items:center;padding:0 ${narrow ? 14 : 40}px;gap:24px}
.brand{font-size:${narrow ? 17 : 20}px;font-weight:600}
.nav a{color:#ffffffd9;font-size:14px}
.wrap{max-width:980px;margin:${narrow ? 10 : 24}px auto;padding:0 ${narrow ? 10 : 0}px}
.card{background:#fff;border-radius:6px;box-shadow:0 1px 3px #0000001a;margin-bottom:14px}
.card h3{margin:0;font-size:16px;font-weight:600;padding:13px 18px;border-bottom:1px solid #eee}
.info{display:flex;flex-wrap:wrap;padding:10px 18px;gap:8px 30px}
.kv{font-size:13.5px}.kv span:first-child{color:#888;margin-right:6px}
.status-open{color:#f39c12}.status-done{color:#00a65a}
.th{padding:8px 18px 14px}
.r{display:flex;gap:10px;padding:12px 0;border-bottom:1px dashed #eee}
.c{flex:1;min-width:0}
.n{font-size:13px;color:#555;margin-bottom:5px}.n .at{color:#aaa;margin-left:10px;font-size:12px}
.x{font-size:14.5px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere;padding:8px 12px;border-radius:4px}
.buyer .x{background:#EEF5FD}.merchant .x{background:#F7F7F7}
.merchant .n span:first-child{color:#3C8DBC;font-weight:600}
.sys{text-align:center;color:#aaa;font-size:12px;margin:8px 0}
.reply{padding:12px 18px}.reply .box{height:${narrow ? 70 : 90}px;border:1px solid #ddd;border-radius:4px}
.btn{display:inline-block;margin-top:10px;background:#3C8DBC;color:#fff;padding:6px 18px;border-radius:4px;font-size:13px}
`;
    const body = `${topBar(scene, { bg: '#fff' })}<div class="nav">${t('span', 'title', scene.shop, 'class="brand"')}${narrow ? '' : '<a>首页</a><a>订单查询</a><a>工单</a>'}</div>
<div class="wrap"><div class="card">${t('h3', 'title', scene.title)}<div class="info">${info}</div></div>
<div class="card"><div class="th">${rows}</div><div class="reply"><div class="box"></div>${t('span', 'button', '提交回复', 'class="btn"')}</div></div></div>`;
    return page(css, body);
  },
};
