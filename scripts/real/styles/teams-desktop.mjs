// Microsoft Teams for Windows (the "new Teams", 2023 on), a one-to-one chat with a person from
// another organisation: the title bar (back / forward arrows, the "Search" box in the middle, the
// "⋯" and the user's round avatar with a presence dot), the app rail on the left (Activity, Chat,
// Teams, Calendar, Calls, OneDrive icons with their labels; Chat selected with the purple bar),
// the chat list ("Chat" heading, the filter and new-chat icons, "Recent" rows with round initials
// avatars, name, last line and date; the open chat highlighted), and the conversation: the header
// with the avatar, the name, the grey "External" tag and the "Chat" / "Shared" tabs, the video and
// call buttons; date dividers as centred grey lines; the other side's messages as white cards with
// the name and time above the text and a round avatar outside; the user's own messages on the
// right in lavender (#E8EBFA) with only the time above; the composer ("Type a message" with the
// purple underline). `scene.lang` 'zh' gives the Chinese UI (聊天, 键入消息, 外部); `scene.dark`
// the dark theme. `scene.chats` = [[name, last, time]] (the first is the open chat);
// `scene.messages`: { from: 'time'|'system', text } | { from: 'buyer'|'merchant', text, at }.
// Layout reconstructed from the app.
import { esc, t, page, LATIN } from '../lib/common.mjs';

const L = {
  en: { rail: ['Activity', 'Chat', 'Teams', 'Calendar', 'Calls', 'OneDrive'], chat: 'Chat', recent: 'Recent', search: 'Search', ext: 'External', tabs: ['Chat', 'Shared'], type: 'Type a message' },
  zh: { rail: ['活动', '聊天', '团队', '日历', '通话', 'OneDrive'], chat: '聊天', recent: '最近', search: '搜索', ext: '外部', tabs: ['聊天', '共享'], type: '键入消息' },
};

function initials(name, color, size) {
  const words = name.split(/\s+/).filter(Boolean);
  const ch = /[\u3400-\u9fff]/.test(name) ? name.replace(/\s/g, '').slice(0, 1) : words.map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:50%;background:${color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.38)}px;font-weight:600">${esc(ch)}</div>`;
}

export default {
  name: 'teams-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const l = L[scene.lang] ?? L.en;
    const c = d
      ? { top: '#0A0A0A', rail: '#0A0A0A', list: '#1F1F1F', bg: '#141414', card: '#292929', me: '#2F2F4A', fg: '#F0F0F0', sub: '#ADADAD', line: '#333', on: '#2E2E2E', box: '#2E2E2E', acc: '#7F85F5' }
      : { top: '#EBEBEB', rail: '#EBEBEB', list: '#F5F5F5', bg: '#FAFAFA', card: '#FFFFFF', me: '#E8EBFA', fg: '#242424', sub: '#616161', line: '#E0E0E0', on: '#FFFFFF', box: '#FFFFFF', acc: '#5B5FC7' };
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const colors = ['#C4314B', '#498205', '#8764B8', '#CA5010', '#038387', '#4F6BED'];
    const rail = l.rail.map((x, i) => `<div class="tm-ri${i === 1 ? ' tm-ron' : ''}"><div class="tm-rico">${['🔔', '💬', '👥', '📅', '📞', '☁'][i]}</div><div>${esc(x)}</div></div>`).join('');
    const list = chats.map(([n, last, at], i) => `<div class="tm-ci${i === 0 ? ' tm-on' : ''}">${initials(n, colors[i % colors.length], 32)}<div class="tm-cm"><div class="tm-cr">${t('span', 'label', n, 'class="tm-cn"')}${t('span', 'label', at, 'class="tm-ct"')}</div>${t('div', 'label', last, 'class="tm-cl"')}</div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="tm-dl"><i></i>${t('span', 'system', m.text)}<i></i></div>`;
      if (m.from === 'buyer') return `<div class="tm-mr tm-me"><div><div class="tm-hd2">${esc(m.at ?? '')}</div><div class="tm-bb">${t('span', 'buyer', m.text)}</div></div></div>`;
      return `<div class="tm-mr">${initials(other, colors[0], 32)}<div><div class="tm-bb"><div class="tm-hd2"><b>${esc(m.name ?? other)}</b>&nbsp;&nbsp;${esc(m.at ?? '')}</div>${t('span', 'merchant', m.text)}</div></div></div>`;
    }).join('\n');
    const css = `
body{background:${c.top};color:${c.fg};font-size:14px}
.tm-app{display:flex;flex-direction:column;height:100vh}
.tm-tb{flex:none;height:48px;display:flex;align-items:center;gap:14px;padding:0 14px;color:${c.sub};font-size:15px}
.tm-tb .tm-sr{margin:0 auto;width:${Math.min(560, scene._device.width * 0.34)}px;height:32px;border-radius:6px;background:${d ? '#292929' : '#FFFFFF'};border:1px solid ${c.line};display:flex;align-items:center;padding:0 12px;font-size:14px;gap:8px}
.tm-tb .tm-me-av{position:relative}
.tm-tb .tm-me-av::after{content:"";position:absolute;right:-1px;bottom:-1px;width:9px;height:9px;border-radius:50%;background:#6BB700;border:2px solid ${c.top}}
.tm-main{flex:1;display:flex;min-height:0}
.tm-rail{flex:none;width:68px;background:${c.rail};display:flex;flex-direction:column;align-items:center;padding-top:6px;gap:4px}
.tm-ri{width:64px;padding:8px 0 6px;text-align:center;font-size:10.5px;color:${c.sub};position:relative;border-radius:6px}
.tm-rico{font-size:18px;filter:grayscale(1);opacity:.75;margin-bottom:2px}
.tm-ri.tm-ron{color:${c.acc};font-weight:600}
.tm-ri.tm-ron .tm-rico{filter:none;opacity:1}
.tm-ri.tm-ron::before{content:"";position:absolute;left:-2px;top:12px;bottom:12px;width:3px;border-radius:2px;background:${c.acc}}
.tm-side{flex:none;width:${scene.listW ?? 320}px;background:${c.list};border-radius:8px 0 0 0;border-right:1px solid ${c.line};overflow:hidden}
.tm-sh{display:flex;align-items:center;padding:16px 16px 10px;font-size:18px;font-weight:700}
.tm-sh span{margin-left:auto;display:flex;gap:16px;font-size:16px;color:${c.sub};font-weight:400}
.tm-sec{font-size:12px;color:${c.sub};padding:8px 18px 4px;font-weight:600}
.tm-ci{display:flex;gap:10px;align-items:center;padding:8px 12px;margin:1px 8px;border-radius:6px}
.tm-ci.tm-on{background:${c.on};box-shadow:0 1px 2px rgba(0,0,0,.08)}
.tm-cm{flex:1;min-width:0}.tm-cr{display:flex;justify-content:space-between;gap:6px}
.tm-cn{font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tm-ct{font-size:12px;color:${c.sub};flex:none}
.tm-cl{font-size:12.5px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:1px}
.tm-chat{flex:1;display:flex;flex-direction:column;min-width:0;background:${c.bg}}
.tm-h{flex:none;height:56px;display:flex;align-items:center;gap:10px;padding:0 20px;border-bottom:1px solid ${c.line};background:${c.bg}}
.tm-h .tm-nm{font-size:16px;font-weight:700}
.tm-h .tm-ext{font-size:11.5px;color:${c.sub};border:1px solid ${c.line};border-radius:4px;padding:1px 6px}
.tm-h .tm-tab{font-size:14px;color:${c.sub};margin-left:14px;padding:17px 2px}
.tm-h .tm-tab.on{color:${c.fg};font-weight:600;border-bottom:3px solid ${c.acc};padding-bottom:14px}
.tm-h .tm-ic{margin-left:auto;display:flex;gap:8px}
.tm-h .tm-ic span{border:1px solid ${c.line};border-radius:4px;padding:4px 10px;color:${c.fg};font-size:14px;background:${c.card}}
.tm-ms{flex:1;overflow:hidden;padding:10px 0 12px}
.tm-dl{display:flex;align-items:center;gap:14px;margin:16px 40px 10px;font-size:12px;color:${c.sub}}
.tm-dl i{flex:1;height:1px;background:${c.line}}
.tm-mr{display:flex;gap:10px;padding:5px 40px 5px 24px;align-items:flex-start}
.tm-mr.tm-me{justify-content:flex-end;padding:5px 24px 5px 40px}
.tm-mr.tm-me > div{display:flex;flex-direction:column;align-items:flex-end}
.tm-bb{max-width:${scene.lineW ?? 560}px;padding:8px 14px 10px;border-radius:6px;background:${c.card};font-size:14px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 2px rgba(0,0,0,${d ? 0.4 : 0.1})}
.tm-me .tm-bb{background:${c.me}}
.tm-hd2{font-size:12px;color:${c.sub};margin-bottom:3px}
.tm-hd2 b{color:${c.fg};font-weight:600}
.tm-cp{flex:none;margin:4px 24px 18px;height:44px;border-radius:6px;background:${c.box};border-bottom:2px solid ${c.acc};display:flex;align-items:center;padding:0 14px;font-size:14px;color:${c.sub};gap:14px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
.tm-cp .tm-sp{margin-left:auto;display:flex;gap:16px}
`;
    const body = `<div class="tm-app"><div class="tm-tb"><span>‹</span><span>›</span><div class="tm-sr">⌕&nbsp;${esc(l.search)}</div><span>⋯</span><span class="tm-me-av">${initials(scene.buyerName ?? 'Me', '#6B7D8C', 28)}</span></div>
<div class="tm-main"><div class="tm-rail">${rail}</div><div class="tm-side"><div class="tm-sh">${esc(l.chat)}<span><span>☰</span><span>✎</span></span></div><div class="tm-sec">${esc(l.recent)}</div>${list}</div>
<div class="tm-chat"><div class="tm-h">${initials(other, colors[0], 32)}${t('span', 'title', other, 'class="tm-nm"')}${scene.external === false ? '' : `<span class="tm-ext">${esc(l.ext)}</span>`}<span class="tm-tab on">${esc(l.tabs[0])}</span><span class="tm-tab">${esc(l.tabs[1])}</span><span class="tm-tab">+</span><div class="tm-ic"><span>▭ ⌄</span><span>☏</span></div></div>
<div class="tm-ms" data-scroll>${rows}</div><div class="tm-cp">${esc(l.type)}<span class="tm-sp"><span>☺</span><span>⊕</span><span>➤</span></span></div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
