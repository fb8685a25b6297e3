// WhatsApp Desktop (Windows app): the narrow icon strip, the chat list (search box, rows with
// avatar, name, last-message preview and time, the open chat highlighted), and the conversation
// pane: the header with the contact's name and "click here for contact info", the doodle
// wallpaper, date pills, own bubbles green on the right with time and ticks, others white on
// the left, and the message box at the foot. `scene.dark` gives the dark theme. Layout
// reconstructed; names and messages come from the scene.
import { esc, t, page, avatar, picture, LATIN } from '../lib/common.mjs';

export default {
  name: 'whatsapp-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#111B21', side: '#111B21', strip: '#202C33', fg: '#E9EDEF', sub: '#8696A0', line: '#222D34', hl: '#2A3942', head: '#202C33', wall: '#0B141A', wall2: '#0F1A21', self: '#005C4B', other: '#202C33', pill: '#182229', input: '#2A3942', notice: '#FFD279' }
      : { bg: '#FFFFFF', side: '#FFFFFF', strip: '#F0F2F5', fg: '#111B21', sub: '#667781', line: '#E9EDEF', hl: '#F0F2F5', head: '#F0F2F5', wall: '#EFEAE2', wall2: '#E7DFD4', self: '#D9FDD3', other: '#FFFFFF', pill: '#FFFFFF', input: '#FFFFFF', notice: '#54656F' };
    const chats = (scene.chats ?? [[scene.title, '', '']])
      .map(([n, prev, tm], i) => `<div class="ch${i === 0 ? ' on' : ''}">${avatar(n.slice(0, 1), ['#25D366', '#53BDEB', '#FF8C42', '#B37FEB', '#F15C6D'][i % 5], 46, 23)}<div class="cm"><div class="cl">${t('span', 'label', n, 'class="cn"')}${t('span', 'label', tm, 'class="ctm"')}</div>${prev ? t('div', 'label', prev, 'class="cp"') : ''}</div></div>`)
      .join('');
    const msgs = scene.messages
      .map((m) => {
        if (m.from === 'time') return `<div class="pill">${t('span', 'system', m.text)}</div>`;
        if (m.from === 'system') return `<div class="pill sys">${t('span', 'system', m.text)}</div>`;
        const side = m.from === 'buyer' ? 'me' : 'you';
        const inner = m.type === 'image' ? picture(m.w ?? 240, m.h ?? 150, m.hue ?? 40) : t('span', m.from, m.text);
        const at = m.at ? `<span class="at">${esc(m.at)}${side === 'me' ? ' <b>✓✓</b>' : ''}</span>` : '';
        return `<div class="row ${side}"><div class="bub">${inner}${at}</div></div>`;
      })
      .join('');
    const css = `
body{background:${d ? '#0C1317' : '#D1D7DB'};color:${c.fg};font-size:14px}
.app{display:flex;height:100vh}
.strip{width:56px;background:${c.strip};border-right:1px solid ${c.line};display:flex;flex-direction:column;align-items:center;gap:20px;padding-top:18px;flex:none}
.strip i{width:22px;height:22px;border-radius:6px;border:2px solid ${c.sub};display:block}
.side{width:${scene.sideW ?? 380}px;background:${c.side};border-right:1px solid ${c.line};flex:none;display:flex;flex-direction:column}
.sh{padding:16px 16px 8px;font-size:22px;font-weight:700}
.sr{margin:4px 12px 10px;height:36px;border-radius:8px;background:${c.strip};color:${c.sub};display:flex;align-items:center;padding:0 12px;font-size:13.5px}
.ch{display:flex;gap:12px;align-items:center;padding:10px 14px}
.ch.on{background:${c.hl}}
.cm{flex:1;min-width:0;border-bottom:1px solid ${c.line};padding-bottom:10px}
.cl{display:flex;justify-content:space-between;gap:8px}.cn{font-size:15.5px}.ctm{font-size:12px;color:${c.sub};white-space:nowrap}
.cp{font-size:13.5px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:3px}
.conv{flex:1;display:flex;flex-direction:column;min-width:0}
.hd{height:60px;background:${c.head};display:flex;align-items:center;gap:12px;padding:0 16px;flex:none;border-left:1px solid ${c.line}}
.hn{font-size:16px}.hs{font-size:12.5px;color:${c.sub}}
.msgs{flex:1;overflow:hidden;padding:14px 6% 10px;background:repeating-linear-gradient(45deg,${c.wall} 0 22px,${c.wall2} 22px 24px)}
.pill{text-align:center;margin:8px 0}.pill span{display:inline-block;background:${c.pill};color:${c.sub};font-size:12.5px;padding:5px 12px;border-radius:8px;box-shadow:0 1px 1px #0000001a}
.pill.sys span{color:${c.notice};${d ? '' : 'background:#FFEECD;'}}
.row{display:flex;margin:3px 0}.row.me{justify-content:flex-end}
.bub{max-width:62%;padding:6px 9px 8px;border-radius:8px;font-size:14.5px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 1px #0000001a}
.me .bub{background:${c.self}}.you .bub{background:${c.other}}
.at{float:right;font-size:11px;color:${c.sub};margin:7px -2px -4px 12px;white-space:nowrap}.at b{color:#53BDEB;font-weight:400}
.in{height:62px;background:${c.head};display:flex;align-items:center;gap:14px;padding:0 16px;flex:none}
.in i{width:24px;height:24px;border-radius:12px;border:2px solid ${c.sub};display:block;flex:none}
.in .bx{flex:1;height:42px;border-radius:8px;background:${c.input};color:${c.sub};display:flex;align-items:center;padding:0 14px;font-size:14.5px}
`;
    const body = `<div class="app"><div class="strip"><i></i><i></i><i></i><i></i></div>
<div class="side">${t('div', 'title', 'Chats', 'class="sh"')}<div class="sr">${esc(scene.searchHint ?? 'Search or start a new chat')}</div>${chats}</div>
<div class="conv"><div class="hd">${avatar(scene.title.slice(0, 1), '#25D366', 40, 20)}<div>${t('div', 'title', scene.title, 'class="hn"')}${t('div', 'label', scene.subtitle ?? 'click here for contact info', 'class="hs"')}</div></div>
<div class="msgs" data-scroll>${msgs}</div>
<div class="in"><i></i><i></i><div class="bx">${esc(scene.inputHint ?? 'Type a message')}</div><i></i></div></div></div>`;
    return page(css, body, LATIN.replace('"DejaVu Sans", ', '"DejaVu Sans", "Noto Sans CJK TC", '));
  },
};
