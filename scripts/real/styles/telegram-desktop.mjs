// Telegram Desktop (Windows): the chat list on the left (hamburger, search, rows with round
// avatars, the last line and the time), the chat header (name, "last seen recently" / "online",
// search and "⋮"), the wallpaper pane with bubbles that carry their time (and ✓✓ on own ones)
// at the bottom right, a reply inside a bubble as a coloured bar with the quoted author and
// line, date pills, and the "Write a message…" bar. Light (green-tinted wallpaper, white and
// pale green bubbles) and night (`scene.dark`: #0E1621, blue own bubbles). Layout reconstructed
// from the client.
import { esc, t, page, avatar, LATIN } from '../lib/common.mjs';

export default {
  name: 'telegram-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { side: '#17212B', fg: '#F5F5F5', sub: '#6D7F8F', line: '#0E1621', on: '#2B5278', wall: 'linear-gradient(160deg,#0E1621,#152231)', me: '#2B5278', other: '#182533', pill: '#ffffff26', time: '#7DA8D3', otime: '#6D7F8F', reply: '#6AB3F3', input: '#17212B' }
      : { side: '#FFFFFF', fg: '#000000', sub: '#999999', line: '#E7E7E7', on: '#419FD9', wall: 'linear-gradient(160deg,#d7e3ae,#b8d29a 55%,#9fc48d)', me: '#EFFDDE', other: '#FFFFFF', pill: '#00000033', time: '#5FAE5C', otime: '#A0ACB6', reply: '#3A8DD3', input: '#FFFFFF' };
    const chats = (scene.chats ?? [[scene.title, '', '']]).map(([n, last, at], i) => `<div class="ch ${i === 0 ? 'on' : ''}">${avatar(n.slice(0, 1).toUpperCase(), ['#E17076', '#7BC862', '#65AADD', '#A695E7', '#EE7AAE'][i % 5], 46, 23)}<div class="cm"><div class="c1">${t('span', 'label', n, 'class="cn"')}<span class="ca">${esc(at)}</span></div><div class="cl">${esc(last)}</div></div></div>`).join('');
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="pill"><span>${t('span', 'system', m.text)}</span></div>`;
      const me = m.from === 'buyer';
      const who = m.replyTo === 'buyer' ? scene.buyerName : scene.merchantName;
      const reply = m.reply ? `<div class="rp"><div class="rn">${esc(who ?? '')}</div>${t('div', 'system', m.reply, 'class="rt"')}</div>` : '';
      const voice = m.type === 'voice' ? `<div class="vc"><span class="pl">▶</span><span class="wave"></span><span class="vs">${esc(m.len ?? '0:12')}</span></div>` : '';
      const text = m.text ? t('div', m.from, m.text, 'class="tx"') : '';
      return `<div class="m ${me ? 'me' : ''}"><div class="b">${reply}${voice}${text}<span class="at">${esc(m.at ?? '')}${me ? ' ✓✓' : ''}</span></div></div>`;
    }).join('\n');
    const css = `
body{background:${c.side};color:${c.fg};font-size:14px}
.win{display:flex;height:100vh}
.list{width:${scene.listW ?? 320}px;background:${c.side};border-right:1px solid ${c.line};flex:none}
.sr{display:flex;gap:14px;align-items:center;padding:10px 12px}
.sr .hb{font-size:20px;color:${c.sub}}
.sr .bx{flex:1;height:34px;border-radius:17px;background:${d ? '#242F3D' : '#F1F1F1'};color:${c.sub};font-size:13.5px;display:flex;align-items:center;padding-left:14px}
.ch{display:flex;gap:10px;align-items:center;padding:8px 12px}
.ch.on{background:${c.on};color:#fff}
.ch.on .cl,.ch.on .ca{color:#ffffffcc}
.cm{flex:1;min-width:0}
.c1{display:flex;justify-content:space-between}
.cn{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.ca{font-size:12px;color:${c.sub};flex:none;margin-left:6px}
.cl{font-size:13px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:3px}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.head{height:54px;background:${c.side};border-bottom:1px solid ${c.line};display:flex;align-items:center;justify-content:space-between;padding:0 18px}
.head .hs{font-size:12.5px;color:${c.sub};margin-top:2px}
.head .hi{color:${c.sub};font-size:18px;letter-spacing:14px}
.pane{flex:1;background:${c.wall};overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end;padding:10px 0 12px}
.pill{text-align:center;margin:8px 0}
.pill>span{display:inline-block;background:${c.pill};color:#fff;font-size:13px;padding:3px 10px;border-radius:12px}
.m{display:flex;padding:3px ${scene.padX ?? 80}px}
.m.me{justify-content:flex-end}
.b{max-width:${scene.lineW ?? 480}px;background:${c.other};border-radius:12px 12px 12px 4px;padding:7px 11px 6px;box-shadow:0 1px 1px #00000022;position:relative}
.me .b{background:${c.me};border-radius:12px 12px 4px 12px}
.tx{font-size:14.5px;line-height:1.42;white-space:pre-wrap;overflow-wrap:anywhere;display:inline}
.at{float:right;font-size:11.5px;color:${c.otime};margin:6px 0 -3px 12px;white-space:nowrap}
.me .at{color:${c.time}}
.rp{border-left:3px solid ${c.reply};padding:1px 0 1px 8px;margin:2px 0 5px;border-radius:2px;background:${d ? '#ffffff0d' : '#3A8DD30f'}}
.me .rp{border-left-color:${d ? '#9FD0FF' : '#5FAE5C'};background:${d ? '#ffffff10' : '#5FAE5C14'}}
.rn{font-size:13px;font-weight:600;color:${c.reply}}
.me .rn{color:${d ? '#9FD0FF' : '#4A9B47'}}
.rt{font-size:13.5px;line-height:1.35;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;max-width:${(scene.lineW ?? 480) - 40}px}
.vc{display:flex;align-items:center;gap:10px;margin:2px 0 6px}
.vc .pl{width:40px;height:40px;border-radius:50%;background:${d ? '#5EA1DA' : '#4FAE4E'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}
.vc .wave{width:150px;height:18px;background:repeating-linear-gradient(90deg,${d ? '#7DA8D3' : '#5FAE5C'} 0 2px,transparent 2px 5px);opacity:.8}
.vc .vs{font-size:12px;color:${c.otime}}
.input{height:52px;background:${c.input};border-top:1px solid ${c.line};display:flex;align-items:center;gap:16px;padding:0 18px;color:${c.sub};font-size:14.5px}
`;
    const body = `<div class="win"><div class="list"><div class="sr"><span class="hb">☰</span><div class="bx">${esc(scene.searchLabel ?? 'Search')}</div></div>${chats}</div>
<div class="main"><div class="head"><div>${t('div', 'title', scene.title, 'style="font-weight:600;font-size:15px"')}<div class="hs">${esc(scene.subtitle ?? 'last seen recently')}</div></div><span class="hi">⌕ ⋮</span></div>
<div class="pane" data-scroll>${msgs}</div><div class="input"><span>📎</span><span style="flex:1">${esc(scene.inputLabel ?? 'Write a message...')}</span><span>☺</span><span>🎤</span></div></div></div>`;
    return page(css, body, LATIN);
  },
};
