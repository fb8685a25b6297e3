// LINE for PC / Mac (desktop app, Traditional Chinese or English chrome): the dark-green icon rail
// on the left (friends, chats, add friend, settings), the chat list (search box, rows with a
// round avatar, name, last-message preview and date, the open chat highlighted), and the
// conversation pane: the header with the chat's name and the call / search / menu icons, the
// blue-grey background, date pills, the other side's round avatar and name over white bubbles,
// own green bubbles on the right with "已讀" / "Read" and the time at their lower left, and the
// white input box with its toolbar (sticker, emoji, file, capture) at the foot. `scene.dark`
// gives the dark theme. Layout reconstructed; names and messages come from the scene.
import { esc, t, page, avatar } from '../lib/common.mjs';

const CHROME = {
  'zh-Hant': { search: '搜尋聊天及訊息', read: '已讀', input: '輸入訊息', chats: '聊天' },
  en: { search: 'Search chats and messages', read: 'Read', input: 'Enter a message', chats: 'Chats' },
};

export default {
  name: 'line-desktop',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const L = CHROME[scene.lang ?? 'zh-Hant'];
    const c = d
      ? { rail: '#1A1D21', list: '#22252A', listFg: '#E6E6E6', sub: '#8E939A', on: '#2E3238', head: '#22252A', pane: '#2B3038', other: '#3A3F47', otherFg: '#ECECEC', self: '#4FAE57', selfFg: '#0E1A0F', pill: '#00000055', input: '#22252A', line: '#34383F' }
      : { rail: '#2B3A30', list: '#FFFFFF', listFg: '#1E1E1E', sub: '#8C8C8C', on: '#EEF1F4', head: '#FFFFFF', pane: '#8CABD9', other: '#FFFFFF', otherFg: '#111111', self: '#86D97B', selfFg: '#111111', pill: '#00000026', input: '#FFFFFF', line: '#E3E3E3' };
    const ch = scene.chats ?? [[scene.title, '', '']];
    const list = ch.map(([name, prev, when], i) => `<div class="cr${i === 0 ? ' on' : ''}">${avatar(name.slice(0, 1), ['#06C755', '#7A8CA6', '#C98B5B', '#9B6BC9', '#4E9AA8'][i % 5], 40, 20)}<div class="cm"><div class="cn">${i === 0 ? t('span', 'title', name) : `<span>${esc(name)}</span>`}<span class="cw">${esc(when)}</span></div><div class="cp">${esc(prev)}</div></div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sep">${t('span', 'system', m.text)}</div>`;
      const self = m.from === 'buyer';
      const meta = `<div class="meta">${self && m.read !== false ? `${esc(L.read)}<br>` : ''}${esc(m.at ?? '')}</div>`;
      if (self) return `<div class="row right">${meta}<div class="bub">${t('span', 'buyer', m.text)}</div></div>`;
      return `<div class="row left">${avatar((scene.merchantName ?? scene.title).slice(0, 1), '#06C755', 36, 18)}<div><div class="nm">${esc(scene.merchantName ?? scene.title)}</div><div class="bw"><div class="bub">${t('span', m.from, m.text)}</div>${meta}</div></div></div>`;
    }).join('\n');
    const css = `
body{background:${c.pane};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;color:${c.listFg};font-size:14px}
.app{display:flex;height:100vh}
.rail{width:64px;flex:none;background:${c.rail};display:flex;flex-direction:column;align-items:center;padding-top:18px;gap:22px}
.rail i{display:block;width:26px;height:26px;border-radius:7px;border:2px solid #9FB3A4;opacity:.75}
.rail i.on{background:#06C755;border-color:#06C755;opacity:1}
.list{width:${scene._device.width > 1500 ? 330 : 290}px;flex:none;background:${c.list};border-right:1px solid ${c.line};display:flex;flex-direction:column}
.lh{padding:16px 16px 10px;font-size:18px;font-weight:700}
.srch{margin:0 14px 8px;height:32px;border-radius:16px;background:${d ? '#2E3238' : '#F2F3F5'};color:${c.sub};font-size:12.5px;display:flex;align-items:center;padding-left:14px}
.cr{display:flex;gap:10px;padding:10px 14px;align-items:center}.cr.on{background:${c.on}}
.cm{flex:1;min-width:0}.cn{display:flex;font-size:14px;font-weight:600}.cn span:first-child{flex:1}
.cw{margin-left:auto;font-size:11px;color:${c.sub};font-weight:400}
.cp{font-size:12px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:3px}
.pane{flex:1;display:flex;flex-direction:column;min-width:0}
.ph{height:56px;flex:none;background:${c.head};border-bottom:1px solid ${c.line};display:flex;align-items:center;padding:0 20px;font-size:16px;font-weight:700}
.ph .ic{margin-left:auto;display:flex;gap:18px;color:${c.sub};font-size:17px;font-weight:400}
.msgs{flex:1;overflow:hidden;padding:10px 26px 14px;display:flex;flex-direction:column;justify-content:flex-end}
.sep{text-align:center;margin:10px 0 6px}.sep span{display:inline-block;background:${c.pill};color:#fff;font-size:12px;padding:2px 12px;border-radius:10px;line-height:1.5;max-width:70%}
.row{display:flex;gap:9px;margin:7px 0;align-items:flex-start}.row.right{justify-content:flex-end;align-items:flex-end}
.nm{font-size:12px;color:${d ? '#C9CDD2' : '#203050'};margin-bottom:3px}
.bw{display:flex;align-items:flex-end;gap:6px}
.bub{max-width:${Math.round(scene._device.width * 0.36)}px;padding:8px 13px;border-radius:16px;font-size:14.5px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere}
.left .bub{background:${c.other};color:${c.otherFg};border-top-left-radius:4px}
.right .bub{background:${c.self};color:${c.selfFg};border-top-right-radius:4px}
.meta{font-size:10.5px;color:${d ? '#AEB3BA' : '#203050'};line-height:1.3;text-align:right;white-space:nowrap}
.left .meta{text-align:left}
.inp{flex:none;height:112px;background:${c.input};border-top:1px solid ${c.line};padding:10px 18px;display:flex;flex-direction:column;gap:8px}
.tools{display:flex;gap:16px;color:${c.sub};font-size:16px}.ph2{color:${c.sub};font-size:13px}
`;
    const body = `<div class="app"><div class="rail"><i></i><i class="on"></i><i></i><i></i><i style="margin-top:auto;margin-bottom:18px"></i></div>
<div class="list"><div class="lh">${esc(L.chats)}</div><div class="srch">${esc(L.search)}</div>${list}</div>
<div class="pane"><div class="ph">${t('span', 'title', scene.title)}<span class="ic"><span>☏</span><span>⌕</span><span>≡</span></span></div>
<div class="msgs" data-scroll>${rows}</div>
<div class="inp"><div class="tools"><span>☺</span><span>◔</span><span>⎘</span><span>▣</span></div><div class="ph2">${esc(L.input)}</div></div></div></div>`;
    return page(css, body).replace('lang="zh-CN"', 'lang="zh-Hant"');
  },
};
