// Telegram for macOS (the native app, not Telegram Desktop): the window's title strip with the
// three traffic-light buttons, the left column (the "Search" field with the compose button, the
// chat rows with round initials avatars, the name in bold, two grey lines of the last message, the
// time and ✓✓ on the right, an unread count in a grey or blue pill; the open chat filled in macOS
// blue with white text), the folder strip of the sidebar (All Chats, Personal…) when
// `scene.folders` is given, and the conversation: the header with the chat's name and "last seen
// recently" / "online" under it and the search / call / "⋯" icons; the patterned wallpaper (a
// green-yellow gradient in the light theme, near black in dark); date pills; incoming white
// bubbles with a tail, outgoing green (#EEFFDE, dark #2B5278) ones on the right; each bubble's time
// (and ✓✓ on own ones) small inside its lower right; the bottom bar ("Write a message…" with the
// paper clip, emoji and microphone icons). `scene.dark` for the dark theme. `scene.chats` =
// [[name, last, time, unread?]]; `scene.messages`: { from: 'time'|'system', text } | { from:
// 'buyer'|'merchant', text, at }. Layout reconstructed from the app.
import { esc, t, page, LATIN } from '../lib/common.mjs';

function round(name, color, size) {
  const words = name.split(/\s+/).filter(Boolean);
  const ch = /[\u3400-\u9fff]/.test(name) ? name.replace(/\s/g, '').slice(0, 1) : words.map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:50%;background:linear-gradient(180deg,${color}cc,${color});color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.38)}px;font-weight:600">${esc(ch)}</div>`;
}

export default {
  name: 'telegram-mac',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { side: '#1C1C1D', fg: '#FFFFFF', sub: '#8D8E93', line: '#2C2C2E', box: '#2C2C2E', wall: 'linear-gradient(160deg,#0F1A14,#0B0F14)', inc: '#2B2B2D', out: '#2B5278', outFg: '#FFFFFF', pill: '#00000066', bar: '#1C1C1D' }
      : { side: '#FFFFFF', fg: '#000000', sub: '#8E8E93', line: '#E4E4E6', box: '#EDEDF0', wall: 'linear-gradient(160deg,#D5E4A6,#A4C98F 45%,#8FBFA6)', inc: '#FFFFFF', out: '#EEFFDE', outFg: '#000000', pill: '#00000033', bar: '#F7F7F7' };
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const colors = ['#FF885E', '#5AB5F5', '#A695E7', '#7BC862', '#E17076', '#6EC9CB'];
    const list = chats.map(([n, last, at, unread], i) => `<div class="tg-ci${i === 0 ? ' on' : ''}">${round(n, colors[i % colors.length], 50)}<div class="tg-cm"><div class="tg-cr">${t('span', 'label', n, 'class="tg-cn"')}${t('span', 'label', at, 'class="tg-ct"')}</div><div class="tg-cr2">${t('div', 'label', last, 'class="tg-cl"')}${unread ? `<span class="tg-un">${esc(String(unread))}</span>` : ''}</div></div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="tg-dl">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const at = m.at ? `<span class="tg-at">${esc(m.at)}${me ? ' ✓✓' : ''}</span>` : '';
      return `<div class="tg-mr${me ? ' me' : ''}"><div class="tg-bb">${t('span', m.from, m.text)}${at}</div></div>`;
    }).join('\n');
    const folders = scene.folders ? `<div class="tg-fd">${scene.folders.map((f, i) => `<span class="${i === 0 ? 'on' : ''}">${esc(f)}</span>`).join('')}</div>` : '';
    const css = `
body{background:${c.side};color:${c.fg};font-size:14px;font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.tg-win{display:flex;height:100vh}
.tg-side{flex:none;width:${scene.listW ?? 330}px;background:${c.side};border-right:1px solid ${c.line};overflow:hidden}
.tg-tl{display:flex;gap:8px;padding:12px 14px 6px}
.tg-tl i{width:12px;height:12px;border-radius:50%}
.tg-sr{display:flex;gap:10px;align-items:center;padding:4px 12px 10px}
.tg-sr .b{flex:1;height:30px;border-radius:8px;background:${c.box};color:${c.sub};display:flex;align-items:center;padding:0 10px;font-size:14px}
.tg-sr .p{color:#3390EC;font-size:17px}
.tg-fd{display:flex;gap:16px;padding:0 14px 8px;font-size:13.5px;color:${c.sub};border-bottom:1px solid ${c.line};margin-bottom:4px}
.tg-fd span.on{color:#3390EC;font-weight:600}
.tg-ci{display:flex;gap:10px;align-items:center;padding:7px 10px;margin:0 6px;border-radius:10px}
.tg-ci.on{background:#3390EC;color:#fff}
.tg-ci.on .tg-ct,.tg-ci.on .tg-cl{color:#FFFFFFE0}
.tg-cm{flex:1;min-width:0}
.tg-cr{display:flex;justify-content:space-between;gap:6px}
.tg-cr2{display:flex;gap:6px;align-items:flex-start}
.tg-cn{font-size:14.5px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tg-ct{font-size:12.5px;color:${c.sub};flex:none}
.tg-cl{flex:1;font-size:13.5px;color:${c.sub};line-height:1.3;margin-top:2px;height:35px;overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}
.tg-un{flex:none;min-width:20px;height:20px;border-radius:10px;background:${d ? '#5B5B5F' : '#AEAEB2'};color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center;padding:0 6px;margin-top:6px}
.tg-chat{flex:1;display:flex;flex-direction:column;min-width:0}
.tg-hd{flex:none;height:54px;display:flex;align-items:center;padding:0 18px;background:${c.bar};border-bottom:1px solid ${c.line}}
.tg-hd .nm{font-size:15px;font-weight:600}.tg-hd .st{font-size:12.5px;color:${c.sub};margin-top:1px}
.tg-hd .ic{margin-left:auto;display:flex;gap:20px;color:#3390EC;font-size:17px}
.tg-ms{flex:1;overflow:hidden;padding:8px 0 12px;background:${c.wall}}
.tg-dl{text-align:center;margin:12px 0 8px}.tg-dl span{display:inline-block;font-size:12.5px;color:#fff;background:${c.pill};border-radius:12px;padding:3px 10px;font-weight:600}
.tg-mr{display:flex;padding:3px 24px}
.tg-mr.me{justify-content:flex-end}
.tg-bb{max-width:${scene.lineW ?? 480}px;padding:7px 11px 7px 12px;border-radius:14px 14px 14px 4px;background:${c.inc};font-size:14.5px;line-height:1.4;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 1px rgba(0,0,0,.12)}
.tg-mr.me .tg-bb{background:${c.out};color:${c.outFg};border-radius:14px 14px 4px 14px}
.tg-at{float:right;font-size:11.5px;color:${d ? '#FFFFFF88' : '#5FA85A'};margin:8px -2px -4px 12px;white-space:nowrap}
.tg-mr:not(.me) .tg-at{color:${c.sub}}
.tg-cp{flex:none;height:50px;display:flex;align-items:center;gap:14px;padding:0 16px;background:${c.bar};border-top:1px solid ${c.line};color:${c.sub};font-size:18px}
.tg-cp .box{flex:1;font-size:14.5px}
`;
    const body = `<div class="tg-win"><div class="tg-side"><div class="tg-tl"><i style="background:#FF5F57"></i><i style="background:#FEBC2E"></i><i style="background:#28C840"></i></div>
<div class="tg-sr"><div class="b">⌕ Search</div><span class="p">✎</span></div>${folders}${list}</div>
<div class="tg-chat"><div class="tg-hd"><div>${t('div', 'title', other, 'class="nm"')}<div class="st">${esc(scene.status ?? 'last seen recently')}</div></div><div class="ic"><span>⌕</span><span>☏</span><span>⋯</span></div></div>
<div class="tg-ms" data-scroll>${rows}</div><div class="tg-cp"><span>📎</span><span class="box">${esc(scene.placeholder ?? 'Write a message…')}</span><span>☺</span><span>🎙</span></div></div></div>`;
    return page(css, body, LATIN);
  },
};
