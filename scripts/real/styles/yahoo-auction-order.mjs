// The Yahoo奇摩拍賣 (Yahoo Auctions Taiwan) app's order-detail screen on a phone (Traditional
// Chinese): the purple title bar 訂單詳情, the purple status banner (待賣家出貨 / 賣家已出貨 /
// 交易完成 …) with its line, the seller row with 聯絡賣家, the item card (thumbnail, title, 規格,
// price ×qty), 訂單金額, the 訂單資訊 rows (訂單編號, 成立時間, 付款方式, 付款時間 …), an
// optional 商品說明 card (the seller's text) and an optional 訂單留言 card (each note with
// 買家 / 賣家 and the time), then the bottom buttons. `scene.dark` gives the dark theme.
// Layout reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const PURPLE = '#6E1FD0';

export default {
  name: 'yahoo-auction-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#101014', card: '#1d1c22', fg: '#ececf1', sub: '#9d9aa8', line: '#2d2b33', msg: '#26242c' } : { bg: '#f4f3f7', card: '#fff', fg: '#232129', sub: '#85828f', line: '#ecebf0', msg: '#f7f6fa' };
    const banner = { wait: PURPLE, ok: '#1E9E6A', bad: '#77737f' }[o.tone ?? 'wait'];
    const rows = o.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const notes = (scene.messages ?? []).map((m) => `<div class="n"><div class="nh">${t('span', 'label', m.from === 'buyer' ? '買家' : m.from === 'merchant' ? '賣家' : '系統', `class="who ${m.from}"`)}${t('span', 'value', m.at, 'class="tm"')}</div>${t('div', m.from, m.text, 'class="tx"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.app{min-height:100vh;display:flex;flex-direction:column}
.tb{background:${d ? c.card : PURPLE};color:#fff;height:50px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tb .bk{position:absolute;left:14px;font-size:24px;top:8px}.tb .hp{position:absolute;right:14px;font-size:13px;font-weight:400;opacity:.9}
.st{background:${banner};color:#fff;padding:14px 18px 18px;${d ? 'margin:8px 8px 0;border-radius:10px' : ''}}
.st .s1{font-size:18px;font-weight:700}.st .s2{font-size:13px;margin-top:6px;line-height:1.55;opacity:.95}
.box{background:${c.card};margin:8px 8px 0;border-radius:10px;overflow:hidden}
.sl{display:flex;align-items:center;gap:8px;padding:11px 14px;border-bottom:1px solid ${c.line}}
.sl .av{width:26px;height:26px;border-radius:50%;background:#b197fc}.sl .nm{flex:1;font-weight:600}
.sl .ct{color:${PURPLE};border:1px solid ${PURPLE};border-radius:14px;font-size:12.5px;padding:2px 10px;${d ? 'color:#c0a8ff;border-color:#c0a8ff' : ''}}
.it{display:flex;gap:10px;padding:12px 14px}
.it .th{width:70px;height:70px;flex:none;border-radius:6px;background:linear-gradient(135deg,#845ef7,#f06595)}
.it .tt{line-height:1.45;overflow-wrap:anywhere}.it .sp{color:${c.sub};font-size:12.5px;margin-top:4px}
.it .pr{display:flex;justify-content:space-between;margin-top:6px;font-size:13.5px}
.tot{display:flex;justify-content:space-between;padding:12px 14px;border-top:1px solid ${c.line}}.tot .a{color:#E8590C;font-weight:700;font-size:17px}
.h{padding:11px 14px 6px;font-weight:700;font-size:14.5px}
.r{display:flex;justify-content:space-between;gap:14px;padding:8px 14px;font-size:13.5px}
.r .k{color:${c.sub};flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.ds{padding:4px 14px 12px;font-size:13.5px;line-height:1.7;white-space:pre-wrap}
.n{margin:6px 12px 10px;padding:9px 11px;background:${c.msg};border-radius:8px}
.nh{display:flex;gap:8px;align-items:center;font-size:12px;color:${c.sub};margin-bottom:3px}
.who{color:#fff;border-radius:3px;padding:0 6px;font-size:11.5px}.who.buyer{background:#1C7ED6}.who.merchant{background:${PURPLE}}.who.system{background:#868e96}
.tm{margin-left:auto}.tx{line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere;font-size:13.5px}
.bt{margin-top:auto;background:${c.card};display:flex;justify-content:flex-end;gap:10px;padding:10px 14px ${scene._device.os === 'ios' ? 30 : 12}px;border-top:1px solid ${c.line}}
.bt span{border:1px solid ${d ? '#4a4752' : '#cfcdd6'};border-radius:18px;padding:7px 15px;font-size:13.5px}.bt span.main{background:${PURPLE};border-color:${PURPLE};color:#fff}
`;
    const body = `<div class="app">${topBar(scene, { bg: d ? c.card : PURPLE, dark: true })}<div class="tb"><span class="bk">‹</span>${t('span', 'title', '訂單詳情')}<span class="hp">幫助</span></div>
<div class="st">${t('div', 'status', o.status, 'class="s1"')}${o.statusSub ? t('div', 'body', o.statusSub, 'class="s2"') : ''}</div>
<div class="box"><div class="sl"><span class="av"></span>${t('span', 'value', o.seller, 'class="nm"')}${t('span', 'button', '聯絡賣家', 'class="ct"')}</div>
<div class="it"><div class="th"></div><div style="flex:1;min-width:0">${t('div', 'value', o.product, 'class="tt"')}${o.spec ? t('div', 'value', o.spec, 'class="sp"') : ''}<div class="pr">${t('span', 'value', o.price)}${t('span', 'value', `×${o.qty ?? 1}`)}</div></div></div>
<div class="tot">${t('span', 'label', '訂單金額')}${t('span', 'value', o.total, 'class="a"')}</div></div>
<div class="box">${t('div', 'title', '訂單資訊', 'class="h"')}${rows}<div style="height:6px"></div></div>
${o.desc ? `<div class="box">${t('div', 'title', '商品說明', 'class="h"')}${o.desc.map((x) => t('div', 'body', x, 'class="ds"')).join('')}</div>` : ''}
${notes ? `<div class="box">${t('div', 'title', '訂單留言', 'class="h"')}${notes}</div>` : ''}
${o.buttons ? `<div class="bt" style="margin-top:${notes || o.desc ? 8 : 0}px">${o.buttons.map((b, i) => t('span', 'button', b, i === o.buttons.length - 1 ? 'class="main"' : '')).join('')}</div>` : ''}</div>`;
    return page(css, body);
  },
};
