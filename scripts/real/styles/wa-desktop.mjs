// WhatsApp desktop (Windows app / WhatsApp Web in a browser window): the chat list on the left
// (search box, chats with avatar, name, last line and time, the open chat highlighted), the open
// chat on the right (header with avatar, name and "online"/"last seen" line), the wallpaper, the
// yellow date chip, incoming white and outgoing green bubbles with the time and ticks at their
// foot, the composer ("Type a message"). `scene.dark` gives the dark theme. Layout reconstructed.
import { esc, t, page, avatar, picture, LATIN } from '../lib/common.mjs';

export default {
  name: 'wa-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { app: '#111B21', side: '#111B21', head: '#202C33', fg: '#E9EDEF', sub: '#8696A0', line: '#222D34', wall: '#0B141A', inB: '#202C33', outB: '#005C4B', chip: '#182229', chipFg: '#8696A0', sel: '#2A3942', box: '#202C33', tick: '#53BDEB' }
      : { app: '#F0F2F5', side: '#FFFFFF', head: '#F0F2F5', fg: '#111B21', sub: '#667781', line: '#E9EDEF', wall: '#EFEAE2', inB: '#FFFFFF', outB: '#D9FDD3', chip: '#FFFFFF', chipFg: '#54656F', sel: '#F0F2F5', box: '#FFFFFF', tick: '#53BDEB' };
    const chats = [[scene.title, scene.preview ?? '', scene.previewAt ?? '', true], ...(scene.others ?? [['Mum', 'ok', 'Yesterday'], ['Work', 'Photo', 'Yesterday'], ['Football Sun', 'see you', 'Tuesday']])];
    const list = chats.map(([n, p, at, on], i) => `<div class="ch ${on ? 'on' : ''}">${avatar(n.slice(0, 1).toUpperCase(), ['#25D366', '#6B7C85', '#A57DE0', '#E07D5B'][i % 4], 46, 23)}<div class="cm"><div class="cr"><span class="cn">${esc(n)}</span><span class="ct">${esc(at)}</span></div><div class="cp">${esc(p)}</div></div></div>`).join('');
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="chip">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="chip sys">${t('span', 'system', m.text)}</div>`;
      const out = m.from === 'buyer';
      const foot = `<span class="ft">${esc(m.at ?? '')}${out ? ` <b style="color:${m.read === false ? c.sub : c.tick}">✓✓</b>` : ''}</span>`;
      const inner = m.type === 'image' ? `<div class="img">${picture(m.w ?? 280, m.h ?? 170, m.hue ?? 210)}${foot}</div>` : `${m.quote ? t('div', 'system', m.quote, 'class="q"') : ''}${t('span', m.from, m.text)}${foot}`;
      return `<div class="r ${out ? 'out' : 'in'}"><div class="b${m.type === 'image' ? ' pic' : ''}">${inner}</div></div>`;
    }).join('');
    const css = `
body{background:${d ? '#0C1317' : '#D1D7DB'};color:${c.fg};font-size:14.2px}
.win{position:fixed;inset:0;display:flex;background:${c.app}}
.nav{width:64px;background:${c.head};border-right:1px solid ${c.line};display:flex;flex-direction:column;align-items:center;gap:22px;padding-top:18px}
.nav i{display:block;width:24px;height:24px;border-radius:6px;border:2px solid ${c.sub}}
.side{width:${scene.sideW ?? 420}px;background:${c.side};border-right:1px solid ${c.line};display:flex;flex-direction:column}
.sh{height:64px;display:flex;align-items:center;padding:0 18px;font-size:22px;font-weight:700}
.sr{margin:0 14px 8px;height:36px;border-radius:8px;background:${c.head};color:${c.sub};display:flex;align-items:center;padding:0 14px;font-size:14px}
.ch{display:flex;gap:13px;align-items:center;padding:0 14px;height:72px}
.ch.on{background:${c.sel}}
.cm{flex:1;min-width:0;border-bottom:1px solid ${c.line};height:100%;display:flex;flex-direction:column;justify-content:center}
.cr{display:flex;justify-content:space-between}.cn{font-size:16px}.ct{font-size:12px;color:${c.sub}}
.cp{font-size:14px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:2px}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.hd{height:60px;background:${c.head};display:flex;align-items:center;gap:14px;padding:0 16px;flex:none}
.hn{font-size:16px}.hs{font-size:13px;color:${c.sub};display:block}
.body{flex:1;background:${c.wall};overflow:hidden;padding:12px 7% 8px;display:flex;flex-direction:column}
.body>:first-child{margin-top:auto}
.chip{text-align:center;margin:10px 0}
.chip span{display:inline-block;background:${c.chip};color:${c.chipFg};font-size:12.5px;padding:5px 12px;border-radius:7px;box-shadow:0 1px .5px #0b141a21}
.chip.sys span{background:${d ? '#182229' : '#FFEECD'};color:${d ? '#FFD279' : '#54656F'};max-width:70%;line-height:1.45}
.r{display:flex;margin:2px 0}.r.out{justify-content:flex-end}.r+.r.in,.r.out+.r.out{margin-top:2px}
.b{max-width:${scene.bubbleW ?? 65}%;padding:6px 9px 8px;border-radius:8px;line-height:1.42;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px .5px #0b141a21;margin-top:6px}
.b.pic{padding:3px}
.in .b{background:${c.inB}}.out .b{background:${c.outB}}
.ft{float:right;font-size:11px;color:${d ? '#ffffff99' : c.sub};margin:8px 0 -5px 12px;white-space:nowrap}
.q{border-left:4px solid #06CF9C;background:#0000000d;border-radius:6px;padding:5px 8px;font-size:13px;color:${c.sub};margin-bottom:5px}
.img{position:relative}.img .ft{position:absolute;right:8px;bottom:8px;color:#fff;margin:0}
.comp{height:62px;background:${c.head};display:flex;align-items:center;gap:16px;padding:0 18px;flex:none}
.comp .bx{flex:1;height:42px;border-radius:8px;background:${c.box};color:${c.sub};display:flex;align-items:center;padding:0 14px;font-size:15px}
.comp i{display:block;width:24px;height:24px;border-radius:50%;border:2px solid ${c.sub}}
`;
    const body = `<div class="win"><div class="nav"><i></i><i></i><i></i><i></i></div>
<div class="side"><div class="sh">Chats</div><div class="sr">Search</div>${list}</div>
<div class="main"><div class="hd">${avatar(scene.title.slice(0, 1).toUpperCase(), '#25D366', 40, 20)}<div>${t('span', 'title', scene.title, 'class="hn"')}${scene.subtitle ? t('span', 'title', scene.subtitle, 'class="hs"') : ''}</div></div>
<div class="body" data-scroll>${msgs}</div>
<div class="comp"><i></i><i></i><div class="bx">${esc(scene.placeholder ?? 'Type a message')}</div><i></i></div></div></div>`;
    return page(css, body, LATIN);
  },
};
