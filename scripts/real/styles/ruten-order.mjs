// A 露天拍賣 (Ruten, Taiwan) buyer's order page (Traditional Chinese), desktop or phone: the red
// top bar with the site's name, search box and member links (phone: the red title bar 訂單明細),
// the breadcrumb 我的露天 › 購買清單 › 訂單明細, the order head (訂單編號, 結帳時間 and the
// status badge), the seller row with 聯絡賣家, the item rows (title, 規格, 數量, 單價), 結帳金額,
// label–value rows (付款方式, 付款時間, 出貨時間 …), an optional 注意事項 box (the seller's
// terms) and an optional 訂單留言 list (買家 / 賣家 tags, name, time, text) with the reply box.
// `scene.compact` shows only a one-line order head above the messages (a capture of the
// messages only); `scene.dark` gives the app's dark theme. Layout reconstructed; texts from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const RED = '#E3262B';

export default {
  name: 'ruten-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#121212', card: '#1e1e1e', fg: '#e6e6e6', sub: '#9b9b9b', line: '#2c2c2c', msg: '#262626' } : { bg: '#f2f2f2', card: '#fff', fg: '#333', sub: '#888', line: '#e8e8e8', msg: '#fafafa' };
    const badge = { wait: '#F08C00', ok: '#2B8A3E', bad: '#868E96', info: '#1971C2' }[o.tone ?? 'wait'];
    const tag = { buyer: ['買家', '#1971C2'], merchant: ['賣家', RED], system: ['露天', '#5F3DC4'] };
    const items = (o.items ?? []).map(([title, spec, qty, price]) => `<div class="it"><div class="th"></div><div class="ib">${t('div', 'value', title, 'class="tt"')}${spec ? t('div', 'value', spec, 'class="sp"') : ''}</div>${narrow ? '' : t('div', 'value', qty, 'class="q"')}${t('div', 'value', narrow ? `${price} ×${qty}` : price, 'class="p"')}</div>`).join('');
    const rows = (o.rows ?? []).map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const msgs = (scene.messages ?? []).map((m) => {
      const [tg, col] = tag[m.from] ?? tag.system;
      return `<div class="m"><div class="mh"><span class="tg" style="background:${col}">${tg}</span>${m.name ? t('span', 'value', m.name, 'class="nm"') : ''}${t('span', 'value', m.at, 'class="tm"')}</div>${t('div', m.from, m.text, 'class="tx"')}</div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.bar{background:${RED};color:#fff;height:${narrow ? 48 : 60}px;display:flex;align-items:center;padding:0 ${narrow ? 12 : 48}px;gap:24px}
.logo{font-size:${narrow ? 17 : 24}px;font-weight:800;letter-spacing:1px}
.srch{flex:1;max-width:460px;height:34px;border-radius:3px;background:#fff;color:#aaa;font-size:13px;display:flex;align-items:center;padding:0 12px}
.mem{font-size:13px;display:flex;gap:16px;margin-left:auto}
.ttl{position:relative;flex:1;text-align:center;font-size:17px}.ttl .bk{position:absolute;left:0;font-size:22px;top:-3px}
.wrap{max-width:1000px;margin:${narrow ? 8 : 18}px auto;padding:0 ${narrow ? 8 : 0}px}
.bc{font-size:12.5px;color:${c.sub};margin:0 2px 10px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:4px;margin-bottom:10px}
.oh{display:flex;flex-wrap:wrap;align-items:center;gap:${narrow ? '6px 12px' : '8px 26px'};padding:12px 16px;border-bottom:1px solid ${c.line};font-size:13.5px}
.bd{color:#fff;border-radius:3px;padding:2px 9px;font-size:13px;${narrow ? '' : 'margin-left:auto'}}
.sl{display:flex;align-items:center;gap:10px;padding:10px 16px;border-bottom:1px solid ${c.line}}
.sl .nm{font-weight:600;flex:1}.sl .bt{border:1px solid ${RED};color:${RED};border-radius:3px;padding:2px 10px;font-size:12.5px}
.it{display:flex;align-items:center;gap:12px;padding:12px 16px;border-bottom:1px solid ${c.line}}
.it .th{width:${narrow ? 58 : 64}px;height:${narrow ? 58 : 64}px;flex:none;border-radius:3px;background:linear-gradient(135deg,#f76707,#e03131)}
.it .ib{flex:1;min-width:0}.it .tt{line-height:1.45;overflow-wrap:anywhere}.it .sp{color:${c.sub};font-size:12.5px;margin-top:3px}
.it .q{width:60px;text-align:center;color:${c.sub}}.it .p{width:${narrow ? 'auto' : '110px'};text-align:right;white-space:nowrap}
.tot{display:flex;justify-content:flex-end;gap:12px;align-items:baseline;padding:12px 16px}.tot .a{color:${RED};font-size:19px;font-weight:700}
.r{display:flex;gap:14px;padding:9px 16px;border-top:1px solid ${c.line};font-size:13.5px}
.r .k{color:${c.sub};flex:none;width:${narrow ? 78 : 110}px}.r .v{overflow-wrap:anywhere}
.h4{padding:10px 16px;border-bottom:1px solid ${c.line};font-weight:600;font-size:14.5px}
.nt{padding:10px 16px;line-height:1.7;font-size:13.5px}
.m{margin:10px 14px;padding:9px 12px;background:${c.msg};border-radius:4px;border:1px solid ${c.line}}
.mh{display:flex;align-items:center;gap:8px;font-size:12.5px;color:${c.sub};margin-bottom:4px}
.tg{color:#fff;border-radius:3px;padding:0 6px;font-size:11.5px}.nm{font-weight:600;color:${c.fg}}.tm{margin-left:auto}
.tx{line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.reply{margin:6px 14px 14px;height:58px;border:1px solid ${c.line};border-radius:4px;background:${c.msg};color:${c.sub};font-size:13px;padding:8px}
`;
    const head = `<div class="oh">${t('span', 'value', `訂單編號：${o.id}`)}${o.time ? t('span', 'value', `結帳時間：${o.time}`) : ''}${t('span', 'status', o.status, `class="bd" style="background:${badge}"`)}</div>`;
    const full = scene.compact
      ? `<div class="card">${head}</div>`
      : `<div class="card">${head}<div class="sl">${t('span', 'label', '賣家')}${t('span', 'value', o.seller, 'class="nm"')}${t('span', 'button', '聯絡賣家', 'class="bt"')}</div>${items}<div class="tot">${t('span', 'label', '結帳金額')}${t('span', 'value', o.total, 'class="a"')}</div>${rows}</div>
${o.notes ? `<div class="card">${t('div', 'title', o.notesTitle ?? '注意事項', 'class="h4"')}${o.notes.map((x) => t('div', 'body', x, 'class="nt"')).join('')}</div>` : ''}`;
    const top = narrow
      ? `${topBar(scene, { bg: RED, dark: true })}<div class="bar"><div class="ttl"><span class="bk">‹</span>${t('span', 'title', '訂單明細')}</div></div>`
      : `<div class="bar">${t('span', 'title', '露天拍賣', 'class="logo"')}<div class="srch">搜尋商品、賣家</div><div class="mem"><span>${esc(scene.member ?? '')}</span><span>我的露天</span><span>購物車</span></div></div>`;
    const body = `${top}<div class="wrap">${narrow ? '' : t('div', 'label', '我的露天 › 購買清單 › 訂單明細', 'class="bc"')}${full}
${scene.messages ? `<div class="card">${t('div', 'title', '訂單留言', 'class="h4"')}${msgs}<div class="reply">輸入留言內容…</div></div>` : ''}</div>`;
    return page(css, body);
  },
};
