// Viber for Windows / Mac: a left column with the user's avatar, the "Search…" box and the
// Chats / Calls / Contacts tabs over the conversation list (round photo-like avatars, name, last
// line, time; unread counts in purple badges; the open chat highlighted), and the conversation:
// the header with the contact's name and "last seen …" / "online" under it and the purple call,
// video and info icons, centred date pills, the contact's white bubbles and the user's pale
// purple ones (#E8E1FF) on a light grey-lilac background, the time small under each bubble (with
// the purple ticks under the user's: delivered / seen), pictures (whole phone screenshots via
// lib/shot.mjs) as rounded attachments, and the composer ("Type a message…", the +, sticker and
// purple send icons). `scene.dark` for Viber's dark theme. `scene.chats` = [[name, last, time,
// unread?]]; `scene.messages`: { from: 'time', text } | { from: 'buyer'|'merchant', text?, shot?,
// at, seen?, w? }. Layout reconstructed from the app.
import { esc, t, page, LATIN } from '../lib/common.mjs';
import { SKINS, paneCss } from '../lib/mini-screens.mjs';
import { SHOT_CSS, shotBox } from '../lib/shot.mjs';

function ava(name, color, size) {
  const ch = name.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:50%;background:radial-gradient(circle at 35% 30%,${color}cc,${color});color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.36)}px">${esc(ch)}</div>`;
}

export default {
  name: 'viber-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#1E1E23', side: '#26262C', line: '#34343C', fg: '#ECECF1', sub: '#9C9CA8', other: '#2F2F37', self: '#3E3566', on: '#34343C', pill: '#34343C', box: '#2F2F37' }
      : { bg: '#F1F0F7', side: '#FFFFFF', line: '#E6E5EE', fg: '#1F1F26', sub: '#8A8A96', other: '#FFFFFF', self: '#E8E1FF', on: '#EEEAFD', pill: '#FFFFFFD9', box: '#FFFFFF' };
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const list = chats.map(([n, last, at, un], i) => `<div class="vb-ci${i === 0 ? ' vb-on' : ''}">${ava(n, ['#7360F2', '#E36B4F', '#3E9C6B', '#D9A033', '#4A7BD1'][i % 5], 46)}<div class="vb-cm"><div class="vb-cr">${t('span', 'label', n, 'class="vb-cn"')}${t('span', 'label', at, 'class="vb-ct"')}</div><div class="vb-cr">${t('div', 'label', last, 'class="vb-cl"')}${un ? `<b class="vb-un">${esc(un)}</b>` : ''}</div></div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="vb-dp">${t('span', 'system', m.text)}</div>`;
      const mine = m.from === 'buyer';
      const meta = m.at ? `<div class="vb-mt">${esc(m.at)}${mine ? ` <span class="vb-tk">${m.seen === false ? '✓' : '✓✓'}</span>` : ''}</div>` : '';
      const inner = m.shot ? `<div class="vb-pic">${shotBox(m.shot, m.w ?? 230, { radius: 14 })}</div>` : t('div', m.from, m.text, 'class="vb-bb"');
      return `<div class="vb-mr${mine ? ' vb-me' : ''}"><div class="vb-col">${inner}${meta}</div></div>`;
    }).join('\n');
    const css = `${paneCss(SKINS.wechat)}${SHOT_CSS}
body{background:${c.bg};color:${c.fg};font-size:14px}
.vb-win{display:flex;height:100vh}
.vb-side{flex:none;width:${scene.listW ?? 330}px;background:${c.side};border-right:1px solid ${c.line};overflow:hidden}
.vb-sh{display:flex;align-items:center;gap:10px;padding:14px 14px 10px}
.vb-sh .vb-sb{flex:1;height:34px;border-radius:17px;background:${d ? '#2F2F37' : '#F1F0F7'};color:${c.sub};font-size:14px;display:flex;align-items:center;padding:0 14px}
.vb-tabs{display:flex;gap:22px;padding:2px 18px 10px;font-size:13.5px;color:${c.sub};border-bottom:1px solid ${c.line};margin-bottom:6px}
.vb-tabs .vb-on{color:#7360F2;font-weight:600;border-bottom:2px solid #7360F2;padding-bottom:6px}
.vb-ci{display:flex;gap:12px;align-items:center;padding:9px 14px}
.vb-ci.vb-on{background:${c.on}}
.vb-cm{flex:1;min-width:0}.vb-cr{display:flex;justify-content:space-between;gap:6px;align-items:center}
.vb-cn{font-size:14.5px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.vb-ct{font-size:12px;color:${c.sub};flex:none}
.vb-cl{font-size:13px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:2px}
.vb-un{flex:none;min-width:20px;height:20px;border-radius:10px;background:#7360F2;color:#fff;font-size:11px;display:flex;align-items:center;justify-content:center;font-weight:600}
.vb-chat{flex:1;display:flex;flex-direction:column;min-width:0}
.vb-hd{flex:none;height:62px;display:flex;align-items:center;gap:12px;padding:0 20px;background:${c.side};border-bottom:1px solid ${c.line}}
.vb-hd .vb-nm{font-size:15.5px;font-weight:600}
.vb-hd .vb-ls{font-size:12px;color:${c.sub};margin-top:2px}
.vb-hd .vb-ic{margin-left:auto;display:flex;gap:22px;color:#7360F2;font-size:18px}
.vb-ms{flex:1;overflow:hidden;padding:8px 0 12px}
.vb-dp{text-align:center;margin:14px 0 8px}.vb-dp span{display:inline-block;font-size:12px;color:${c.sub};background:${c.pill};border-radius:12px;padding:3px 12px}
.vb-mr{display:flex;padding:4px 26px}
.vb-mr.vb-me{justify-content:flex-end}
.vb-col{display:flex;flex-direction:column;max-width:${scene.lineW ?? 460}px}
.vb-mr.vb-me .vb-col{align-items:flex-end}
.vb-bb{padding:9px 13px;border-radius:16px;background:${c.other};font-size:14px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 1px #0000000d}
.vb-mr.vb-me .vb-bb{background:${c.self}}
.vb-mt{font-size:11px;color:${c.sub};margin:3px 6px 0}
.vb-tk{color:#7360F2}
.vb-pic{line-height:0}
.vb-cp{flex:none;display:flex;align-items:center;gap:14px;padding:10px 20px 14px;background:${c.side};border-top:1px solid ${c.line};color:${c.sub};font-size:18px}
.vb-cp .vb-box{flex:1;height:38px;border-radius:19px;background:${c.box};border:1px solid ${c.line};font-size:14px;display:flex;align-items:center;padding:0 16px}
.vb-cp .vb-go{width:36px;height:36px;border-radius:50%;background:#7360F2;color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}
`;
    const body = `<div class="vb-win"><div class="vb-side"><div class="vb-sh">${ava(scene.buyerName ?? 'Me', '#6B7D8C', 34)}<div class="vb-sb">Search…</div></div><div class="vb-tabs"><span class="vb-on">Chats</span><span>Calls</span><span>Contacts</span></div>${list}</div>
<div class="vb-chat"><div class="vb-hd">${ava(other, '#7360F2', 38)}<div>${t('div', 'title', other, 'class="vb-nm"')}${scene.lastSeen ? t('div', 'label', scene.lastSeen, 'class="vb-ls"') : ''}</div><div class="vb-ic"><span>☏</span><span>▭</span><span>ⓘ</span></div></div>
<div class="vb-ms" data-scroll>${rows}</div><div class="vb-cp"><span>+</span><div class="vb-box">Type a message…</div><span>☺</span><div class="vb-go">➤</div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
