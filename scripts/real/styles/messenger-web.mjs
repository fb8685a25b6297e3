// Messenger on the web (messenger.com / facebook.com/messages in Chrome on a desktop): Chrome's
// tab strip and address bar (lib/browser-chrome.mjs), then the left column ("Chats" heading, the
// "⋯" and new-message buttons, the rounded "Search Messenger" box, the Inbox / Communities pills,
// rows with round avatars, the name in bold when unread, "last line · 3h" under it and the blue
// unread dot; the open chat in light grey), and the conversation: the header with the round
// avatar, the name and "Active 12m ago" under it, the blue call / video / info icons; centred grey
// time lines ("Mon 21:14"); the other side's grey (#F0F0F0) bubbles with the small avatar at the
// foot of each run, the user's own Messenger-blue (#0A7CFF) bubbles with white text on the right,
// a small "Seen" avatar under the last one; the composer (the blue +, picture, sticker and GIF icons,
// the rounded "Aa" box, the blue thumbs-up). `scene.lang` 'zh-Hant' gives Traditional Chinese
// labels (聊天室, 搜尋 Messenger), 'zh' Simplified; `scene.dark` the dark theme. `scene.url` the
// address. `scene.chats` = [[name, last, time, unread?]]; `scene.messages`: { from:
// 'time'|'system', text } | { from: 'buyer'|'merchant', text }. Layout reconstructed.
import { esc, t, page, LATIN } from '../lib/common.mjs';
import { chromeCss, chrome } from '../lib/browser-chrome.mjs';

const L = {
  en: { chats: 'Chats', search: 'Search Messenger', pills: ['Inbox', 'Communities'] },
  'zh-Hant': { chats: '聊天室', search: '搜尋 Messenger', pills: ['收件匣', '社群'] },
  zh: { chats: '聊天', search: '搜索 Messenger', pills: ['收件箱', '社群'] },
};

function round(name, color, size) {
  const words = name.split(/\s+/).filter(Boolean);
  const ch = /[\u3400-\u9fff]/.test(name) ? name.replace(/\s/g, '').slice(0, 1) : words.map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:50%;background:${color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.4)}px;font-weight:600">${esc(ch)}</div>`;
}

export default {
  name: 'messenger-web',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const l = L[scene.lang] ?? L.en;
    const c = d
      ? { bg: '#242526', side: '#242526', fg: '#E4E6EB', sub: '#B0B3B8', line: '#3A3B3C', on: '#3A3B3C', box: '#3A3B3C', other: '#303030' }
      : { bg: '#FFFFFF', side: '#FFFFFF', fg: '#050505', sub: '#65676B', line: '#E4E6EB', on: '#F0F2F5', box: '#F0F2F5', other: '#F0F0F0' };
    const blue = '#0A7CFF';
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const colors = ['#E4572E', '#2E86AB', '#8E6C8A', '#3E8914', '#D4A017', '#5B5EA6'];
    const list = chats.map(([n, last, at, unread], i) => `<div class="mw-ci${i === 0 ? ' on' : ''}">${round(n, colors[i % colors.length], 56)}<div class="mw-cm">${t('div', 'label', n, `class="mw-cn"${unread ? ' style="font-weight:700"' : ''}`)}<div class="mw-cl"${unread ? ` style="color:${c.fg};font-weight:600"` : ''}>${t('span', 'label', last, 'class="mw-lt"')}<span>&nbsp;· ${esc(at)}</span></div></div>${unread ? `<i class="mw-dot"></i>` : ''}</div>`).join('');
    const msgs = scene.messages;
    const rows = msgs.map((m, i) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="mw-dl">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'buyer') return `<div class="mw-mr me"><div class="mw-bb">${t('span', 'buyer', m.text)}</div></div>`;
      const lastOfRun = msgs[i + 1]?.from !== 'merchant';
      return `<div class="mw-mr"><div class="mw-av">${lastOfRun ? round(other, colors[0], 28) : ''}</div><div class="mw-bb">${t('span', 'merchant', m.text)}</div></div>`;
    }).join('\n');
    const seen = scene.seen === false ? '' : `<div class="mw-seen">${round(other, colors[0], 14)}</div>`;
    const css = `${chromeCss(d)}
body{background:${c.bg};color:${c.fg};font-size:15px}
.mw-app{display:flex;flex-direction:column;height:100vh}
.mw-main{flex:1;display:flex;min-height:0}
.mw-side{flex:none;width:${scene.listW ?? 360}px;border-right:1px solid ${c.line};overflow:hidden;background:${c.side}}
.mw-sh{display:flex;align-items:center;padding:14px 16px 8px;font-size:24px;font-weight:700}
.mw-sh span{margin-left:auto;display:flex;gap:10px}
.mw-sh span i{width:36px;height:36px;border-radius:50%;background:${c.box};display:flex;align-items:center;justify-content:center;font-style:normal;font-size:15px;font-weight:400}
.mw-sb{margin:4px 16px 8px;height:36px;border-radius:18px;background:${c.box};color:${c.sub};font-size:15px;display:flex;align-items:center;padding:0 12px;gap:8px}
.mw-pl{display:flex;gap:6px;padding:4px 16px 8px}
.mw-pl span{font-size:15px;font-weight:600;padding:7px 12px;border-radius:18px;color:${c.fg}}
.mw-pl span.on{background:${d ? '#263951' : '#EBF5FF'};color:${blue}}
.mw-ci{display:flex;gap:12px;align-items:center;padding:8px 10px;margin:0 6px;border-radius:8px}
.mw-ci.on{background:${c.on}}
.mw-cm{flex:1;min-width:0}
.mw-cn{font-size:15px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.mw-cl{font-size:13px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:2px;display:flex}
.mw-cl .mw-lt{overflow:hidden;text-overflow:ellipsis;min-width:0}.mw-cl span:last-child{flex:none}
.mw-dot{flex:none;width:12px;height:12px;border-radius:50%;background:${blue}}
.mw-chat{flex:1;display:flex;flex-direction:column;min-width:0}
.mw-hd{flex:none;height:64px;display:flex;align-items:center;gap:10px;padding:0 16px;box-shadow:0 1px 2px rgba(0,0,0,.1)}
.mw-hd .nm{font-size:16px;font-weight:600}.mw-hd .st{font-size:13px;color:${c.sub}}
.mw-hd .ic{margin-left:auto;display:flex;gap:22px;color:${blue};font-size:20px}
.mw-ms{flex:1;overflow:hidden;padding:8px 0 10px}
.mw-dl{text-align:center;margin:16px 0 8px}.mw-dl span{font-size:12px;color:${c.sub};font-weight:600}
.mw-mr{display:flex;gap:8px;padding:1px 60px 1px 14px;align-items:flex-end}
.mw-mr.me{justify-content:flex-end;padding:1px 18px 1px 60px}
.mw-av{flex:none;width:28px}
.mw-bb{max-width:${scene.lineW ?? 520}px;padding:8px 12px;border-radius:18px;background:${c.other};font-size:15px;line-height:1.35;white-space:pre-wrap;overflow-wrap:anywhere;margin:1px 0}
.mw-mr.me .mw-bb{background:${blue};color:#fff}
.mw-seen{display:flex;justify-content:flex-end;padding:2px 18px 0}
.mw-cp{flex:none;display:flex;align-items:center;gap:12px;padding:10px 14px 14px;color:${blue};font-size:19px}
.mw-cp .box{flex:1;height:36px;border-radius:18px;background:${c.box};color:${c.sub};font-size:15px;display:flex;align-items:center;padding:0 14px}
`;
    const body = `<div class="mw-app">${chrome(scene, { url: scene.url ?? 'messenger.com/t/', tab: 'Messenger', fav: blue, dark: d })}
<div class="mw-main"><div class="mw-side"><div class="mw-sh">${esc(l.chats)}<span><i>⋯</i><i>✎</i></span></div><div class="mw-sb">⌕ ${esc(l.search)}</div><div class="mw-pl"><span class="on">${esc(l.pills[0])}</span><span>${esc(l.pills[1])}</span></div>${list}</div>
<div class="mw-chat"><div class="mw-hd">${round(other, colors[0], 40)}<div>${t('div', 'title', other, 'class="nm"')}<div class="st">${esc(scene.status ?? '')}</div></div><div class="ic"><span>☏</span><span>▭</span><span>ⓘ</span></div></div>
<div class="mw-ms" data-scroll>${rows}${seen}</div><div class="mw-cp"><span>⊕</span><span>▣</span><span>◫</span><span>GIF</span><div class="box">Aa</div><span>👍</span></div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
