// Shopee (Taiwan) 申請退貨/退款 page on a phone (Traditional Chinese): the white title bar with ←
// and the title, the product row (thumbnail, title, 規格, price ×qty, 訂單編號), the 選擇方案 card
// with the two options (我要退款（無須退貨） / 我要退貨退款, the chosen one ticked in orange), the
// 退貨/退款原因 row with the chosen reason and its hint, 退款金額, the 說明 box with the buyer's
// text and a counter, the photo thumbnails, the 退款將退回 line, and the orange 提交申請 bar at
// the foot — or, with `form.state`, a submitted request's status banner on top. `scene.dark`
// gives the dark theme. Layout reconstructed; the texts come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const OR = '#EE4D2D';

export default {
  name: 'shopee-refund-form',
  kind: 'other',
  render(scene) {
    const f = scene.form;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#121212', card: '#1e1e1e', fg: '#e8e8e8', sub: '#9a9a9a', line: '#2b2b2b', box: '#262626' } : { bg: '#f5f5f5', card: '#fff', fg: '#222', sub: '#8a8a8a', line: '#efefef', box: '#fafafa' };
    const opt = (key, label) => `<div class="op${f.option === key ? ' on' : ''}"><span class="rd"></span>${t('span', f.option === key ? 'value' : 'label', label)}</div>`;
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.app{display:flex;flex-direction:column;height:100vh}
.top{background:${c.card};border-bottom:1px solid ${c.line};flex:none}
.tt{height:48px;display:flex;align-items:center;padding:0 14px;gap:14px;font-size:17px;font-weight:600}.tt .b{color:${OR};font-size:22px;font-weight:400}
.main{flex:1;overflow:hidden}
.state{background:${d ? '#3a241c' : '#FFF1EC'};color:${d ? '#ffb59e' : '#B93815'};padding:10px 14px;font-size:13.5px;line-height:1.5}
.state b{display:block;font-size:15px;margin-bottom:2px}
.sec{background:${c.card};margin-top:8px;padding:12px 14px}
.pr{display:flex;gap:10px}.th{width:64px;height:64px;border-radius:4px;background:linear-gradient(135deg,${OR},#FF9D6C);flex:none}
.pt{font-size:14px;line-height:1.35}.ps{font-size:12px;color:${c.sub};margin-top:3px}.pp{font-size:13.5px;margin-top:3px}
.po{font-size:12px;color:${c.sub};margin-top:8px}
.h{font-size:14.5px;font-weight:600;margin-bottom:8px}
.op{display:flex;align-items:center;gap:10px;padding:9px 0;border-top:1px solid ${c.line}}
.rd{width:18px;height:18px;border-radius:50%;border:1.5px solid ${c.sub};flex:none}
.op.on .rd{border-color:${OR};background:radial-gradient(${OR} 0 45%,transparent 50%)}
.kv{display:flex;justify-content:space-between;gap:12px;padding:9px 0;border-top:1px solid ${c.line};align-items:flex-start}
.kv .k{color:${c.sub};flex:none}.kv .v{text-align:right;overflow-wrap:anywhere}.kv .v small{display:block;color:${c.sub};font-size:12px;margin-top:2px}
.am{color:${OR};font-weight:700}
.tx{background:${c.box};border:1px solid ${c.line};border-radius:4px;padding:9px 10px;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere;font-size:13.5px}
.cnt{text-align:right;font-size:11.5px;color:${c.sub};margin-top:3px}
.ph{display:flex;gap:8px;margin-top:8px}.ph div{width:62px;height:62px;border-radius:4px;background:linear-gradient(160deg,#9cb6d8,#4a6a95)}
.ph .add{background:none;border:1px dashed ${OR};color:${OR};display:flex;align-items:center;justify-content:center;font-size:11.5px;text-align:center}
.go{flex:none;background:${c.card};border-top:1px solid ${c.line};padding:10px 14px ${scene._device.os === 'ios' ? 30 : 12}px}
.go span{display:flex;height:44px;border-radius:3px;background:${OR};color:#fff;align-items:center;justify-content:center;font-size:16px}
`;
    const state = f.state ? `<div class="state">${t('b', 'status', f.state)}${f.stateSub ? t('span', 'body', f.stateSub) : ''}</div>` : '';
    const body = `<div class="app"><div class="top">${topBar(scene, { bg: c.card, dark: d })}<div class="tt"><span class="b">←</span>${t('span', 'title', f.title ?? '申請退貨/退款')}</div></div>
<div class="main">${state}
<div class="sec"><div class="pr"><div class="th"></div><div>${t('div', 'value', f.product, 'class="pt"')}${f.variation ? t('div', 'value', f.variation, 'class="ps"') : ''}${t('div', 'value', f.price, 'class="pp"')}</div></div>${t('div', 'value', `訂單編號 ${f.order}`, 'class="po"')}</div>
<div class="sec">${t('div', 'title', '選擇方案', 'class="h"')}${opt('refund', '我要退款（無須退貨）')}${opt('return', '我要退貨退款')}</div>
<div class="sec"><div class="kv">${t('span', 'label', '原因', 'class="k"')}<span class="v">${t('span', 'value', f.reason)}${f.hint ? `<small>${esc(f.hint)}</small>` : ''}</span></div>
<div class="kv">${t('span', 'label', '退款金額', 'class="k"')}${t('span', 'value', f.amount, 'class="v am"')}</div>
<div style="padding-top:9px;border-top:1px solid ${c.line}">${t('div', 'label', '說明', 'class="h" style="font-weight:400;color:' + c.sub + '"')}${t('div', 'buyer', f.text, 'class="tx"')}<div class="cnt">${f.text.length}/500</div>
<div class="ph">${'<div></div>'.repeat(f.photos ?? 1)}<div class="add">上傳照片</div></div></div>
${f.to ? `<div class="kv" style="margin-top:10px">${t('span', 'label', '退款將退回', 'class="k"')}${t('span', 'value', f.to, 'class="v"')}</div>` : ''}</div></div>
${f.state ? '' : `<div class="go">${t('span', 'button', '提交申請')}</div>`}</div>`;
    return page(css, body).replace('lang="zh-CN"', 'lang="zh-Hant"');
  },
};
