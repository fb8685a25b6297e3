// The Yahoo奇摩拍賣 (Yahoo Auctions Taiwan) app's 問與答 screen of one listing on a phone
// (Traditional Chinese): the purple title bar 問與答, the listing strip (thumbnail, title, price,
// the seller's name), an optional 商品說明 excerpt (`scene.desc`), the questions in order, each
// with 問 and the asker's masked id and time, and under it the seller's 答 with its time (or
// 賣家尚未回覆), then the 我要發問 input. `scene.dark` gives the dark theme. Layout
// reconstructed; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const PURPLE = '#6E1FD0';

export default {
  name: 'yahoo-auction-qa',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#101014', card: '#1d1c22', fg: '#ececf1', sub: '#9d9aa8', line: '#2d2b33', ans: '#26242c' } : { bg: '#f4f3f7', card: '#fff', fg: '#232129', sub: '#85828f', line: '#ecebf0', ans: '#f6f2ff' };
    const l = scene.listing;
    const qa = scene.qa.map((q) => `<div class="q"><div class="qh"><span class="tg qt">問</span>${t('span', 'label', q.asker, 'class="who"')}${t('span', 'value', q.at, 'class="tm"')}</div>${t('div', 'buyer', q.text, 'class="tx"')}
${q.answer ? `<div class="an"><div class="qh"><span class="tg at">答</span>${t('span', 'label', '賣家', 'class="who"')}${t('span', 'value', q.answerAt, 'class="tm"')}</div>${t('div', 'merchant', q.answer, 'class="tx"')}</div>` : t('div', 'system', '賣家尚未回覆', 'class="na"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.app{height:100vh;display:flex;flex-direction:column}
.tb{background:${d ? c.card : PURPLE};color:#fff;height:50px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600;flex:none}
.tb .bk{position:absolute;left:14px;font-size:24px;top:8px}
.ls{display:flex;gap:10px;padding:10px 12px;background:${c.card};border-bottom:1px solid ${c.line};flex:none}
.ls .th{width:56px;height:56px;border-radius:6px;flex:none;background:linear-gradient(135deg,#845ef7,#20c997)}
.ls .tt{line-height:1.4;font-size:13.5px;overflow-wrap:anywhere}.ls .pr{color:#E8590C;font-weight:700;margin-top:3px}.ls .sl{color:${c.sub};font-size:12px;margin-top:2px}
.ds{background:${c.card};margin:8px 8px 0;border-radius:8px;padding:10px 12px;font-size:13px;line-height:1.6;white-space:pre-wrap;flex:none}
.ds .h{font-weight:700;margin-bottom:4px}
.list{flex:1;overflow:hidden;padding:4px 8px 8px}
.q{background:${c.card};border-radius:8px;margin-top:8px;padding:10px 12px}
.qh{display:flex;align-items:center;gap:8px;font-size:12.5px;color:${c.sub}}
.tg{font-size:12px;color:#fff;border-radius:4px;padding:0 6px;font-weight:700}.qt{background:#F08C00}.at{background:${PURPLE}}
.who{color:${c.fg};font-weight:600}.tm{margin-left:auto}
.tx{margin-top:6px;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere}
.an{background:${c.ans};border-radius:6px;margin-top:8px;padding:8px 10px}
.na{margin-top:8px;color:${c.sub};font-size:12.5px}
.in{flex:none;background:${c.card};border-top:1px solid ${c.line};padding:8px 12px ${scene._device.os === 'ios' ? 28 : 10}px;display:flex;gap:8px}
.in .bx{flex:1;height:36px;border-radius:18px;background:${d ? '#2b2931' : '#f1eff5'};color:${c.sub};line-height:36px;padding:0 14px;font-size:13px}
.in .sd{color:${PURPLE};font-weight:700;line-height:36px}
`;
    const body = `<div class="app">${topBar(scene, { bg: d ? c.card : PURPLE, dark: true })}<div class="tb"><span class="bk">‹</span>${t('span', 'title', '問與答')}</div>
<div class="ls"><div class="th"></div><div>${t('div', 'value', l.title, 'class="tt"')}${t('div', 'value', l.price, 'class="pr"')}${t('div', 'label', `賣家：${l.seller}`, 'class="sl"')}</div></div>
${scene.desc ? `<div class="ds"><div class="h">商品說明</div>${t('div', 'body', scene.desc)}</div>` : ''}
<div class="list" data-scroll>${qa}</div>
<div class="in"><div class="bx">我要發問…</div><span class="sd">送出</span></div></div>`;
    return page(css, body);
  },
};
