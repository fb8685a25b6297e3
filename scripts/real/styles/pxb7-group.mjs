// 螃蟹账号 (pxb7) 交易群: the three-party group the platform opens for one account trade (the buyer,
// the seller and the platform's 交易客服 / 换绑客服), in the app: a white title bar with the group's
// name and its member count, a pale-orange pinned notice (the trade's order number and the
// platform's rule line), the messages with a small name line over each bubble and a coloured role
// tag (买家 blue, 卖家 orange, 官方客服 green), the buyer's own on the right in orange, the others on
// the left in white, the platform's grey system lines in the middle; the input bar with the
// 「@客服」 shortcut. `scene.dark` gives the dark theme. Layout reconstructed from the app's look
// (helper b44). Scene: { title, members, pin: { order, line }, messages: [{ from: 'buyer'|'seller'|'staff'|'time'|'system', name?, text }] }.
// Roles in truth: the seller's and the staff's lines are `merchant` (the other side), the buyer's `buyer`.
import { esc, t, page, topBar, avatar } from '../lib/common.mjs';

const TAG = { buyer: ['买家', '#3B82F6'], seller: ['卖家', '#FF6A2C'], staff: ['官方客服', '#16A34A'] };

export default {
  name: 'pxb7-group',
  kind: 'chat',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#121317', bar: '#1C1D22', fg: '#E8E8EA', sub: '#8A8F99', other: '#26272D', line: '#26272d', pin: '#2A2019', pinFg: '#E0A070', sysBg: '#22232a', self: '#E05A20' }
      : { bg: '#F4F5F7', bar: '#FFFFFF', fg: '#1a1a1a', sub: '#8A8F99', other: '#FFFFFF', line: '#EEEEEE', pin: '#FFF4EC', pinFg: '#B25A1E', sysBg: '#E8E9ED', self: '#FF6A2C' };
    const names = { buyer: '我', seller: '卖家', staff: '螃蟹客服', ...(scene.names ?? {}) };
    const avs = { buyer: ['我', '#5B8DEF'], seller: ['卖', '#FF8A4C'], staff: ['蟹', '#16A34A'] };
    const rows = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const role = me ? 'buyer' : 'merchant';
      const [tag, col] = TAG[m.from];
      const inner = m.type === 'image'
        ? `<div style="width:${m.w ?? 120}px;height:${m.h ?? 170}px;border-radius:8px;background:linear-gradient(160deg,hsl(${m.hue ?? 20} 40% 70%),hsl(${(m.hue ?? 20) + 40} 45% 40%))"></div>`
        : `<div class="bub">${t('span', role, m.text)}</div>`;
      const nm = `<div class="nm">${me ? '' : `${esc(m.name ?? names[m.from])} `}<span class="tag" style="background:${col}">${tag}</span>${me ? ` ${esc(m.name ?? names.buyer)}` : ''}</div>`;
      const [ch, ac] = avs[m.from];
      return `<div class="row${me ? ' me' : ''}">${avatar(ch, ac, 38, 19)}<div class="col">${nm}${inner}</div></div>`;
    }).join('\n');
    const css = `
body{background:${c.bg};color:${c.fg}}
.app{display:flex;flex-direction:column;${scene.long ? 'min-height:100vh' : 'height:100vh'}}
.top{background:${c.bar};flex:none;border-bottom:1px solid ${c.line}}
.tt{height:50px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:600}
.tt .bk{position:absolute;left:12px;font-size:22px;font-weight:400}
.tt .mr{position:absolute;right:14px;font-size:18px;letter-spacing:1px}
.pin{flex:none;background:${c.pin};color:${c.pinFg};font-size:12.5px;line-height:1.5;padding:7px 12px}
.msgs{flex:1;overflow:hidden;padding:6px 0 10px}
.row{display:flex;gap:8px;padding:6px 12px;align-items:flex-start}
.row.me{flex-direction:row-reverse}
.col{display:flex;flex-direction:column;max-width:250px}
.row.me .col{align-items:flex-end}
.nm{font-size:11.5px;color:${c.sub};margin-bottom:3px;white-space:nowrap}
.tag{display:inline-block;color:#fff;font-size:10px;border-radius:3px;padding:0 4px;line-height:15px;vertical-align:1px}
.bub{background:${c.other};border-radius:10px;padding:8px 11px;font-size:15px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.row.me .bub{background:${c.self};color:#fff}
.sep{text-align:center;margin:8px 0 4px;font-size:12px;color:${c.sub}}
.sys{text-align:center;margin:6px 36px}
.sys span{display:inline-block;background:${c.sysBg};color:${c.sub};font-size:12px;line-height:1.5;padding:3px 9px;border-radius:4px}
.inp{flex:none;background:${c.bar};border-top:1px solid ${c.line};padding:8px 10px ${scene._device.os === 'ios' ? 28 : 10}px;display:flex;gap:8px;align-items:center}
.inp .at{font-size:12px;color:#FF6A2C;border:1px solid #FF6A2C;border-radius:12px;padding:2px 8px}
.inp .box{flex:1;height:34px;border-radius:17px;background:${c.bg}}
.inp .ic{width:26px;height:26px;border-radius:50%;border:1.6px solid ${c.sub}}
`;
    const body = `<div class="app">
<div class="top">${topBar(scene, { dark, bg: c.bar })}<div class="tt"><span class="bk">‹</span>${t('span', 'title', `${scene.title}（${scene.members ?? 3}）`)}<span class="mr">···</span></div></div>
${scene.pin ? `<div class="pin">${t('div', 'system', `订单号 ${scene.pin.order}`)}${scene.pin.line ? t('div', 'system', scene.pin.line) : ''}</div>` : ''}
<div class="msgs" data-scroll>${rows}</div>
<div class="inp"><span class="at">@客服</span><div class="box"></div><div class="ic"></div><div class="ic"></div></div>
</div>`;
    return page(css, body);
  },
};
