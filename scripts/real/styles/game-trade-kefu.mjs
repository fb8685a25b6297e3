// A game-trading platform's 在线客服 in the desktop browser (DD373, 5173 and the like): a top
// bar in the brand colour with the site's name and "在线客服", a narrow left list of sessions
// (the platform's 官方客服 selected), the chat in the middle (names with times above the
// bubbles; the buyer's own on the right in the brand colour, the agent's on the left in white,
// grey system lines in the middle) and a right panel 当前咨询订单 with the order's rows.
// Layout reconstructed (helper h19e); scene: { brand, color, agent, sessions, messages,
// panel: { title, rows } }.
import { t, page, esc } from '../lib/common.mjs';

export default {
  name: 'game-trade-kefu',
  kind: 'chat',
  render(scene) {
    const col = scene.color ?? '#FF5A00';
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const name = me ? scene.buyerName ?? '我' : scene.agent;
      return `<div class="m ${me ? 'r' : 'l'}"><div class="av" style="background:${me ? '#7aa7d9' : col}">${esc(me ? '我' : '客')}</div><div class="bx"><div class="nm">${esc(name)}  ${esc(m.at ?? '')}</div>${t('div', m.from, m.text, 'class="bb"')}</div></div>`;
    }).join('');
    const sessions = (scene.sessions ?? [scene.agent]).map((s, i) => `<div class="se${i === 0 ? ' on' : ''}">${esc(s)}</div>`).join('');
    const p = scene.panel;
    const css = `
body{background:#E9ECF1;color:#222;font-size:14px}
.top{height:52px;background:${col};color:#fff;display:flex;align-items:center;padding:0 22px;gap:14px}
.top .lg{font-size:20px;font-weight:800;letter-spacing:.5px}.top .tl{font-size:15px;opacity:.95;border-left:1px solid #ffffff66;padding-left:14px}
.main{display:flex;height:calc(100vh - 52px)}
.ls{width:210px;background:#F7F8FA;border-right:1px solid #E3E5EA;padding-top:8px}
.se{padding:13px 16px;font-size:13.5px;color:#555;border-left:3px solid transparent}.se.on{background:#fff;color:#222;border-left-color:${col};font-weight:600}
.ct{flex:1;display:flex;flex-direction:column;background:#F4F5F7}
.ch{height:46px;background:#fff;border-bottom:1px solid #E3E5EA;display:flex;align-items:center;padding:0 18px;font-size:15px;font-weight:600}
.ms{flex:1;overflow:hidden;padding:10px 22px}
.sys{text-align:center;margin:8px 0}.sys span{font-size:12px;color:#999;background:#E6E8EC;border-radius:3px;padding:2px 8px;display:inline-block;max-width:70%;line-height:1.5}
.m{display:flex;gap:10px;margin:12px 0}.m.r{flex-direction:row-reverse}
.av{flex:none;width:34px;height:34px;border-radius:17px;color:#fff;font-size:14px;display:flex;align-items:center;justify-content:center}
.bx{max-width:62%}.m.r .bx{text-align:right}
.nm{font-size:12px;color:#999;margin-bottom:4px;white-space:pre}
.bb{display:inline-block;text-align:left;background:#fff;border:1px solid #E6E8EC;border-radius:6px;padding:9px 12px;font-size:14px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.m.r .bb{background:${col};border-color:${col};color:#fff}
.ip{height:120px;background:#fff;border-top:1px solid #E3E5EA;position:relative}.ip .sd{position:absolute;right:18px;bottom:14px;background:${col};color:#fff;border-radius:4px;padding:6px 20px;font-size:13px}
.pn{width:300px;background:#fff;border-left:1px solid #E3E5EA;padding:14px 16px}
.pn .h{font-size:14.5px;font-weight:600;margin-bottom:8px;border-left:3px solid ${col};padding-left:8px}
.row{padding:7px 0;border-bottom:1px dashed #EEE;font-size:13px}.row .k{color:#999;font-size:12px}.row .v{margin-top:2px;overflow-wrap:anywhere}
`;
    const rows = p ? p.rows.map(([k, v, role]) => `<div class="row">${t('div', 'label', k, 'class="k"')}${t('div', role ?? 'value', v, 'class="v"')}</div>`).join('') : '';
    const body = `<div class="top">${t('span', 'title', scene.brand, 'class="lg"')}${t('span', 'title', '在线客服', 'class="tl"')}</div>
<div class="main"><div class="ls">${sessions}</div>
<div class="ct"><div class="ch">${t('span', 'title', scene.agent)}</div><div class="ms" data-scroll>${msgs}</div><div class="ip">${t('span', 'button', '发送', 'class="sd"')}</div></div>
${p ? `<div class="pn">${t('div', 'title', p.title ?? '当前咨询订单', 'class="h"')}${rows}</div>` : ''}</div>`;
    return page(css, body);
  },
};
