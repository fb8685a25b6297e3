// QQ 频道 (a QQ guild) on a phone, inside a text sub-channel: the top bar with "#" and the
// sub-channel's name, the guild's name in grey under it and the member / more icons; every
// message left-aligned as in a forum-like chat: round avatar, the nickname, a small role badge
// (频道主 orange, 管理员 green, or none), the time, then the text (quotes as a grey bar above it);
// grey day separators and system lines; the input bar "发消息到 #…". The buyer's own name is
// `scene.me`. Light, or QQ's dark theme (`scene.dark`). Layout reconstructed from the app; the
// texts come from the scene.
import { t, page, topBar, esc, avatar } from '../lib/common.mjs';

const BADGE = { owner: ['频道主', '#FF8A00'], admin: ['管理员', '#20B96B'] };

export default {
  name: 'qq-channel',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const bg = d ? '#151517' : '#FFFFFF';
    const sub = d ? '#8A8A90' : '#8C8C94';
    const css = `
body{background:${bg};color:${d ? '#E3E3E6' : '#1A1A1A'}}
.app{display:flex;flex-direction:column;height:100vh}
.top{flex:none;background:${d ? '#1C1C1F' : '#F7F7FA'};border-bottom:1px solid ${d ? '#26262A' : '#ECECF0'}}
.bar{height:52px;display:flex;align-items:center;padding:0 12px;gap:10px}
.bar .b{font-size:24px}.bar .hs{font-size:20px;color:${sub};font-weight:600}
.bar .nm{font-size:16px;font-weight:600}.bar .g{font-size:11.5px;color:${sub};margin-top:1px}
.bar .ic{margin-left:auto;display:flex;gap:14px;font-size:17px;color:${sub}}
.msgs{flex:1;overflow:hidden;padding:6px 0 10px}
.m{display:flex;gap:10px;padding:7px 14px}
.m .c{flex:1;min-width:0}
.m .hd{display:flex;align-items:center;gap:6px;font-size:13px;color:${sub}}
.m .hd .n{color:${d ? '#C9C9CE' : '#4A4A52'};font-weight:500}
.m .hd .bd{font-size:10.5px;color:#fff;border-radius:3px;padding:0 4px;line-height:16px}
.m .tx{font-size:15.5px;line-height:1.5;margin-top:3px;white-space:pre-wrap;overflow-wrap:anywhere}
.m .q{display:block;border-left:3px solid ${d ? '#3A3A40' : '#DADAE0'};padding:1px 8px;font-size:12.5px;color:${sub};margin:4px 0 2px}
.m .pic{margin-top:5px}
.sep{text-align:center;font-size:12px;color:${sub};margin:10px 0 4px}
.sys{text-align:center;font-size:12px;color:${sub};margin:4px 30px;line-height:1.5}
.in{flex:none;background:${d ? '#1C1C1F' : '#F7F7FA'};border-top:1px solid ${d ? '#26262A' : '#ECECF0'};padding:8px 12px ${scene._device.os === 'ios' ? 28 : 10}px;display:flex;align-items:center;gap:10px}
.in .box{flex:1;height:36px;border-radius:8px;background:${d ? '#2A2A2E' : '#fff'};color:${sub};font-size:14px;display:flex;align-items:center;padding:0 12px}
.in .o{width:26px;height:26px;border-radius:50%;border:1.6px solid ${sub};flex:none}
`;
    const rows = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const role = m.from;
      const b = m.badge ? BADGE[m.badge] : null;
      const [ch, col] = m.avatar ?? (role === 'buyer' ? ['我', '#6C8EF5'] : ['店', '#F08C2E']);
      const inner = m.type === 'image'
        ? `<div class="pic" style="width:${m.w ?? 150}px;height:${m.h ?? 190}px;border-radius:6px;background:linear-gradient(160deg,hsl(${m.hue ?? 210} 40% 70%),hsl(${((m.hue ?? 210) + 40) % 360} 45% 40%))"></div>`
        : `<div class="tx">${m.quote ? t('span', 'system', m.quote, 'class="q"') : ''}${t('span', role, m.text)}</div>`;
      return `<div class="m">${avatar(ch, col, 36, 18)}<div class="c"><div class="hd"><span class="n">${esc(m.name)}</span>${b ? `<span class="bd" style="background:${b[1]}">${b[0]}</span>` : ''}<span>${esc(m.at ?? '')}</span></div>${inner}</div></div>`;
    }).join('\n');
    const body = `<div class="app"><div class="top">${topBar(scene, { dark: d, bg: 'transparent' })}
<div class="bar"><span class="b">‹</span><span class="hs">#</span><div>${t('div', 'title', scene.title, 'class="nm"')}${t('div', 'title', scene.guild, 'class="g"')}</div><div class="ic"><span>👥</span><span>···</span></div></div></div>
<div class="msgs" data-scroll>${rows}</div>
<div class="in"><span class="o"></span><div class="box">发消息到 #${esc(scene.title)}</div><span class="o"></span></div></div>`;
    return page(css, body);
  },
};
