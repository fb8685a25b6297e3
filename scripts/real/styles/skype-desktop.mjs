// Skype for Windows / Mac (Skype 8, 2018–2025): the left pane with the user's round avatar, name and
// credit line, the "People, groups, messages" search box, the Chats / Calls / Contacts /
// Notifications icons with labels (Chats in Skype blue), the "Recent chats" heading and the rows
// (round initials avatars with a green presence dot, name, last line, time; the open chat
// highlighted in pale blue), and the conversation: the header with the name, the "Active now" /
// "Last seen …" line and the gallery / find / add-people links under it, the blue video and call
// buttons on the right; centred date lines ("Today"); the other side's messages in grey bubbles
// (#F0F2F5, dark #2E2E2E) under their name and time with a round avatar, the user's own in light
// blue (#D6EBFF, dark #0F4C81) on the right with the time above; the composer ("Type a message"
// with the emoji, attach and more icons, the blue send arrow). `scene.lang` 'zh-Hant' gives
// Traditional Chinese labels (聊天, 通話, 連絡人, 通知, 輸入訊息), 'zh' Simplified; `scene.dark` the dark
// theme. `scene.chats` = [[name, last, time]]; `scene.messages`: { from: 'time'|'system', text } |
// { from: 'buyer'|'merchant', text, at }. Layout reconstructed from the app.
import { esc, t, page, LATIN } from '../lib/common.mjs';

const L = {
  en: { search: 'People, groups, messages', nav: ['Chats', 'Calls', 'Contacts', 'Notifications'], recent: 'Recent chats', type: 'Type a message', links: ['Gallery', 'Find'], active: 'Active now' },
  'zh-Hant': { search: '人員、群組、訊息', nav: ['聊天', '通話', '連絡人', '通知'], recent: '最近的聊天', type: '輸入訊息', links: ['圖庫', '尋找'], active: '目前在線上' },
  zh: { search: '人员、群组、消息', nav: ['聊天', '通话', '联系人', '通知'], recent: '最近的聊天', type: '键入消息', links: ['图库', '查找'], active: '当前在线' },
};

function initials(name, color, size, dot = false) {
  const words = name.split(/\s+/).filter(Boolean);
  const ch = /[\u3400-\u9fff]/.test(name) ? name.replace(/\s/g, '').slice(0, 1) : words.map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return `<div style="flex:none;position:relative;width:${size}px;height:${size}px;border-radius:50%;background:${color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.38)}px;font-weight:600">${esc(ch)}${dot ? '<i style="position:absolute;right:-1px;bottom:-1px;width:11px;height:11px;border-radius:50%;background:#5BB75B;border:2px solid #fff"></i>' : ''}</div>`;
}

export default {
  name: 'skype-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const l = L[scene.lang] ?? L.en;
    const c = d
      ? { side: '#1F1F1F', bg: '#121212', fg: '#EDEDED', sub: '#A0A0A0', line: '#2E2E2E', on: '#183A5A', box: '#2A2A2A', other: '#2E2E2E', me: '#0F4C81', meFg: '#FFFFFF' }
      : { side: '#F7F8FA', bg: '#FFFFFF', fg: '#1B1B1B', sub: '#6E6E6E', line: '#E6E6E6', on: '#E3F1FC', box: '#FFFFFF', other: '#F0F2F5', me: '#D6EBFF', meFg: '#1B1B1B' };
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const colors = ['#0078D4', '#C239B3', '#E3008C', '#00B294', '#FF8C00', '#5C2D91'];
    const nav = l.nav.map((x, i) => `<div class="sk-nv${i === 0 ? ' on' : ''}"><div>${['💬', '📞', '👤', '🔔'][i]}</div>${esc(x)}</div>`).join('');
    const list = chats.map(([n, last, at], i) => `<div class="sk-ci${i === 0 ? ' sk-on' : ''}">${initials(n, colors[i % colors.length], 40, i % 2 === 0)}<div class="sk-cm"><div class="sk-cr">${t('span', 'label', n, 'class="sk-cn"')}${t('span', 'label', at, 'class="sk-ct"')}</div>${t('div', 'label', last, 'class="sk-cl"')}</div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sk-dl">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'buyer') return `<div class="sk-mr sk-me"><div><div class="sk-at">${esc(m.at ?? '')}</div><div class="sk-bb">${t('span', 'buyer', m.text)}</div></div></div>`;
      return `<div class="sk-mr">${initials(other, colors[0], 30)}<div><div class="sk-at">${esc(m.name ?? other)}, ${esc(m.at ?? '')}</div><div class="sk-bb">${t('span', 'merchant', m.text)}</div></div></div>`;
    }).join('\n');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.sk-win{display:flex;height:100vh}
.sk-side{flex:none;width:${scene.listW ?? 340}px;background:${c.side};border-right:1px solid ${c.line};overflow:hidden}
.sk-me{display:flex;gap:10px;align-items:center;padding:16px 16px 10px}
.sk-me .n{font-size:15px;font-weight:600}.sk-me .s{font-size:12px;color:${c.sub}}
.sk-me .m{margin-left:auto;color:${c.sub};font-size:18px}
.sk-sb{margin:6px 16px 12px;height:34px;border-radius:17px;background:${d ? '#2A2A2A' : '#EBEDF0'};color:${c.sub};font-size:13.5px;display:flex;align-items:center;padding:0 14px;gap:8px}
.sk-nav{display:flex;justify-content:space-around;padding:2px 10px 10px;border-bottom:1px solid ${c.line}}
.sk-nv{text-align:center;font-size:11.5px;color:${c.sub}}.sk-nv div{font-size:18px;filter:grayscale(1);opacity:.7}
.sk-nv.on{color:#0078D4;font-weight:600}.sk-nv.on div{filter:none;opacity:1}
.sk-sec{font-size:12.5px;color:${c.sub};padding:12px 18px 6px;font-weight:600}
.sk-ci{display:flex;gap:12px;align-items:center;padding:9px 16px}
.sk-ci.sk-on{background:${c.on}}
.sk-cm{flex:1;min-width:0}.sk-cr{display:flex;justify-content:space-between;gap:6px}
.sk-cn{font-size:14.5px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sk-ct{font-size:12px;color:${c.sub};flex:none}
.sk-cl{font-size:13px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:2px}
.sk-chat{flex:1;display:flex;flex-direction:column;min-width:0}
.sk-hd{flex:none;display:flex;align-items:center;gap:12px;padding:14px 22px 12px;border-bottom:1px solid ${c.line}}
.sk-hd .nm{font-size:18px;font-weight:600}
.sk-hd .sb{font-size:12.5px;color:${c.sub};margin-top:2px}.sk-hd .sb span{margin-left:12px;color:#0078D4}
.sk-hd .ic{margin-left:auto;display:flex;gap:10px}
.sk-hd .ic span{width:38px;height:38px;border-radius:50%;background:#0078D4;color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.sk-ms{flex:1;overflow:hidden;padding:8px 0 12px}
.sk-dl{text-align:center;margin:16px 0 8px}.sk-dl span{font-size:12px;color:${c.sub}}
.sk-mr{display:flex;gap:10px;padding:4px 60px 4px 22px;align-items:flex-end}
.sk-mr.sk-me{justify-content:flex-end;padding:4px 22px 4px 60px}
.sk-mr.sk-me > div{display:flex;flex-direction:column;align-items:flex-end}
.sk-at{font-size:11.5px;color:${c.sub};margin:0 6px 3px}
.sk-bb{max-width:${scene.lineW ?? 520}px;padding:9px 14px;border-radius:16px 16px 16px 4px;background:${c.other};font-size:14px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere}
.sk-me .sk-bb{background:${c.me};color:${c.meFg};border-radius:16px 16px 4px 16px}
.sk-cp{flex:none;display:flex;align-items:center;gap:14px;margin:6px 22px 18px;padding:0 16px;height:46px;border-radius:23px;background:${c.box};border:1px solid ${c.line};color:${c.sub};font-size:14px}
.sk-cp .r{margin-left:auto;display:flex;gap:16px;font-size:16px}.sk-cp .go{color:#0078D4}
`;
    const body = `<div class="sk-win"><div class="sk-side"><div class="sk-me">${initials(scene.buyerName ?? 'Me', '#6B7D8C', 40, true)}<div><div class="n">${esc(scene.buyerName ?? 'Me')}</div><div class="s">${esc(scene.credit ?? '')}</div></div><span class="m">⋯</span></div>
<div class="sk-sb">⌕ ${esc(l.search)}</div><div class="sk-nav">${nav}</div><div class="sk-sec">${esc(l.recent)} ⌄</div>${list}</div>
<div class="sk-chat"><div class="sk-hd"><div>${t('div', 'title', other, 'class="nm"')}<div class="sb">${esc(scene.status ?? l.active)}<span>${esc(l.links[0])}</span><span>${esc(l.links[1])}</span></div></div><div class="ic"><span>▭</span><span>☏</span></div></div>
<div class="sk-ms" data-scroll>${rows}</div><div class="sk-cp">☺<span>${esc(l.type)}</span><span class="r"><span>▣</span><span>⋯</span><span class="go">➤</span></span></div></div></div>`;
    return page(css, body, LATIN);
  },
};
