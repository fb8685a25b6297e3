// A Telegram shop bot (Android or iPhone): the title bar with the bot's name and "bot" under it,
// the chat wallpaper, the buyer's commands and taps as green (light) or blue (dark) bubbles on
// the right, the bot's messages on the left (multi-line text, time inside the bubble) with the
// inline keyboard under them (rows of rounded translucent buttons), date pills centred, and the
// bottom bar with the "Menu" button and the message field. Light or night theme (`scene.dark`).
// Layout reconstructed from the app; the bot's wording is the scene's.
import { t, page, statusBar, esc, LATIN } from '../lib/common.mjs';

export default {
  name: 'telegram-bot',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const os = scene._device.os;
    const c = d
      ? { bar: '#17212B', fg: '#F5F5F5', sub: '#6C7883', wall: 'linear-gradient(160deg,#0e1621,#13202e)', other: '#182533', self: '#2B5278', kb: '#ffffff22', pill: '#ffffff1f' }
      : { bar: '#FFFFFF', fg: '#111', sub: '#8A8A8A', wall: 'linear-gradient(160deg,#d5e3b8,#b9d39b 60%,#a9c98e)', other: '#FFFFFF', self: '#EFFEDD', kb: '#00000033', pill: '#00000030' };
    const css = `
body{background:${c.bar};color:${c.fg}}
.app{display:flex;flex-direction:column;height:100vh}
.top{flex:none;background:${c.bar};border-bottom:1px solid ${d ? '#0b1118' : '#e3e3e3'}}
.ttl{height:52px;display:flex;align-items:center;gap:12px;padding:0 10px}
.ttl .bk{font-size:22px;color:${c.sub}}.ttl .av{width:38px;height:38px;border-radius:50%;background:linear-gradient(135deg,#5AA9E6,#7F5AF0);flex:none}
.ttl .n{font-size:16.5px;font-weight:600}.ttl .s{font-size:12.5px;color:${c.sub}}.ttl .sp{flex:1}.ttl .mo{font-size:20px;color:${c.sub}}
.msgs{flex:1;overflow:hidden;background:${c.wall};padding:6px 8px}
.sep{text-align:center;margin:8px 0}.sep span{display:inline-block;font-size:12.5px;color:#fff;background:${c.pill};border-radius:10px;padding:2px 9px}
.m{display:flex;flex-direction:column;margin:5px 0}.m.r{align-items:flex-end}.m.l{align-items:flex-start}
.b{max-width:82%;padding:6px 10px 7px;border-radius:14px;font-size:15px;line-height:1.42;white-space:pre-wrap;overflow-wrap:anywhere}
.l .b{background:${c.other};border-bottom-left-radius:4px}.r .b{background:${c.self};border-bottom-right-radius:4px}
.at{float:right;font-size:11px;color:${d ? '#8fa3b6' : '#6aa35d'};margin:7px -2px -4px 10px;white-space:nowrap}.l .at{color:${c.sub}}
.kb{width:82%;margin-top:3px;display:flex;flex-direction:column;gap:3px}
.kr{display:flex;gap:3px}.kr span{flex:1;text-align:center;background:${c.kb};color:#fff;border-radius:8px;padding:8px 4px;font-size:14px;font-weight:500;backdrop-filter:blur(2px)}
.bot{flex:none;display:flex;align-items:center;gap:8px;background:${c.bar};padding:7px 8px ${os === 'ios' ? 28 : 8}px}
.menu{background:#3390EC;color:#fff;border-radius:16px;padding:6px 12px;font-size:14px;font-weight:600}
.fld{flex:1;font-size:15px;color:${c.sub}}
`;
    const row = (m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
      const side = m.from === 'buyer' ? 'r' : 'l';
      const at = m.at ? `<span class="at">${esc(m.at)}${side === 'r' ? ' ✓✓' : ''}</span>` : '';
      const kb = m.keyboard ? `<div class="kb">${m.keyboard.map((r) => `<div class="kr">${r.map((k) => t('span', 'button', k)).join('')}</div>`).join('')}</div>` : '';
      return `<div class="m ${side}"><div class="b">${t('span', m.from, m.text)}${at}</div>${kb}</div>`;
    };
    const body = `<div class="app"><div class="top">${statusBar({ time: scene.clock, battery: scene.battery, os, dark: d, bg: c.bar })}
<div class="ttl"><span class="bk">${os === 'ios' ? '‹' : '←'}</span><div class="av"></div><div>${t('div', 'title', scene.title, 'class="n"')}<div class="s">bot</div></div><span class="sp"></span><span class="mo">⋮</span></div></div>
<div class="msgs" data-scroll>${scene.messages.map(row).join('')}</div>
<div class="bot"><span class="menu">☰ Menu</span><span class="fld">Message</span><span style="font-size:20px;color:${c.sub}">📎</span></div></div>`;
    return page(css, body, LATIN);
  },
};
