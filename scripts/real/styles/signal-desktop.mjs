// Signal Desktop (Windows / Linux): the left pane with the user's avatar, "Chats", the compose and
// menu icons, the "Search" box and the conversation list (round avatars with initials on a colour,
// name, last line, time; the open chat highlighted), and the conversation: the header with the
// contact's avatar and name and the video / call / search icons, centred date labels ("Today",
// "Yesterday", "Tue, Sep 12"), the contact's grey bubbles (#E9E9EB, dark #3B3B3B) on the left with
// no avatar in a one-to-one chat, the user's ultramarine bubbles (#2C6BED) on the right, the time
// and the delivery ticks small inside each bubble's lower right, pictures (whole phone
// screenshots via lib/shot.mjs) as rounded attachments with the time over them, and the composer
// ("Message" in a rounded box, the emoji, attach and microphone icons). `scene.dark` for the dark
// theme. `scene.chats` = [[name, last, time]]; `scene.messages`: { from: 'time', text } |
// { from: 'buyer'|'merchant', text?, shot?, at, w? }. Layout reconstructed from the app.
import { esc, t, page, LATIN } from '../lib/common.mjs';
import { SKINS, paneCss } from '../lib/mini-screens.mjs';
import { SHOT_CSS, shotBox } from '../lib/shot.mjs';

function initials(name, color, size) {
  const ch = name.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:50%;background:${color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.38)}px;font-weight:600">${esc(ch)}</div>`;
}

export default {
  name: 'signal-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#121212', side: '#1B1B1B', line: '#2E2E2E', fg: '#E9E9E9', sub: '#A7A7AA', other: '#3B3B3B', on: '#2E2E2E', box: '#2E2E2E' }
      : { bg: '#FFFFFF', side: '#FFFFFF', line: '#E9E9E9', fg: '#1B1B1B', sub: '#5E5E5E', other: '#E9E9EB', on: '#DEDEDE', box: '#F0F0F0' };
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const list = chats.map(([n, last, at], i) => `<div class="sd-ci${i === 0 ? ' sd-on' : ''}">${initials(n, ['#C04A1A', '#3F8F4E', '#5D4AB5', '#B5406E', '#1E7A8C'][i % 5], 48)}<div class="sd-cm"><div class="sd-cr">${t('span', 'label', n, 'class="sd-cn"')}${t('span', 'label', at, 'class="sd-ct"')}</div>${t('div', 'label', last, 'class="sd-cl"')}</div></div>`).join('');
    const tick = '<svg width="16" height="10" viewBox="0 0 16 10" style="vertical-align:-1px;margin-left:3px"><circle cx="5" cy="5" r="4.3" fill="none" stroke="currentColor" stroke-width="1.2"/><path d="M3 5.1 4.6 6.6 7.2 3.6" stroke="currentColor" stroke-width="1.2" fill="none"/><circle cx="11" cy="5" r="4.3" fill="none" stroke="currentColor" stroke-width="1.2"/><path d="M9 5.1 10.6 6.6 13.2 3.6" stroke="currentColor" stroke-width="1.2" fill="none"/></svg>';
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sd-dl">${t('span', 'system', m.text)}</div>`;
      const mine = m.from === 'buyer';
      const at = m.at ? `<span class="sd-at">${esc(m.at)}${mine ? tick : ''}</span>` : '';
      if (m.shot) return `<div class="sd-mr${mine ? ' sd-me' : ''}"><div class="sd-pic">${shotBox(m.shot, m.w ?? 240, { radius: 16, extra: m.at ? `<span class="sd-ov">${esc(m.at)}</span>` : '' })}</div></div>`;
      return `<div class="sd-mr${mine ? ' sd-me' : ''}"><div class="sd-bb">${t('span', m.from, m.text)}${at}</div></div>`;
    }).join('\n');
    const css = `${paneCss(SKINS.wechat)}${SHOT_CSS}
body{background:${c.bg};color:${c.fg};font-size:14px}
.sd-win{display:flex;height:100vh}
.sd-side{flex:none;width:${scene.listW ?? 320}px;background:${c.side};border-right:1px solid ${c.line};overflow:hidden}
.sd-sh{display:flex;align-items:center;gap:10px;padding:14px 16px 8px;font-size:18px;font-weight:600}
.sd-sh .sd-ic{margin-left:auto;display:flex;gap:16px;font-size:16px;color:${c.sub};font-weight:400}
.sd-sb{margin:4px 16px 10px;height:32px;border-radius:8px;background:${c.box};color:${c.sub};font-size:14px;display:flex;align-items:center;padding:0 12px}
.sd-ci{display:flex;gap:12px;align-items:center;padding:9px 10px;margin:0 6px;border-radius:10px}
.sd-ci.sd-on{background:${c.on}}
.sd-cm{flex:1;min-width:0}.sd-cr{display:flex;justify-content:space-between;gap:6px}
.sd-cn{font-size:14.5px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sd-ct{font-size:12px;color:${c.sub};flex:none}
.sd-cl{font-size:13px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:2px}
.sd-chat{flex:1;display:flex;flex-direction:column;min-width:0}
.sd-hd{flex:none;height:56px;display:flex;align-items:center;gap:10px;padding:0 18px;border-bottom:1px solid ${c.line}}
.sd-hd .sd-nm{font-size:15px;font-weight:600}
.sd-hd .sd-ic{margin-left:auto;display:flex;gap:22px;color:${c.sub};font-size:17px}
.sd-ms{flex:1;overflow:hidden;padding:8px 0 12px}
.sd-dl{text-align:center;margin:14px 0 8px}.sd-dl span{font-size:12px;color:${c.sub};font-weight:600}
.sd-mr{display:flex;padding:3px 24px}
.sd-mr.sd-me{justify-content:flex-end}
.sd-bb{max-width:${scene.lineW ?? 440}px;padding:8px 12px;border-radius:18px;background:${c.other};font-size:14px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.sd-mr.sd-me .sd-bb{background:#2C6BED;color:#fff}
.sd-at{float:right;font-size:11px;opacity:.72;margin:6px 0 -3px 12px;white-space:nowrap}
.sd-pic{line-height:0}
.sd-ov{position:absolute;right:8px;bottom:8px;font-size:11px;color:#fff;background:#00000080;border-radius:9px;padding:2px 7px;line-height:1.3}
.sd-cp{flex:none;display:flex;align-items:center;gap:12px;padding:10px 18px 14px;color:${c.sub};font-size:17px}
.sd-cp .sd-box{flex:1;height:36px;border-radius:18px;background:${c.box};font-size:14px;display:flex;align-items:center;padding:0 14px}
`;
    const body = `<div class="sd-win"><div class="sd-side"><div class="sd-sh">${initials(scene.buyerName ?? 'Me', '#6B7D8C', 28)}<span>Chats</span><span class="sd-ic"><span>✎</span><span>⋯</span></span></div><div class="sd-sb">Search</div>${list}</div>
<div class="sd-chat"><div class="sd-hd">${initials(other, '#C04A1A', 32)}${t('span', 'title', other, 'class="sd-nm"')}<div class="sd-ic"><span>▭</span><span>☏</span><span>⌕</span><span>⋯</span></div></div>
<div class="sd-ms" data-scroll>${rows}</div><div class="sd-cp"><span>☺</span><div class="sd-box">Message</div><span>⊕</span><span>🎙</span></div></div></div>`;
    return page(css, body, LATIN);
  },
};
