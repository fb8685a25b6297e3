// 飞书 (Feishu) / Lark desktop, a one-to-one chat with an external contact: the left navigation
// bar (the user's avatar, then 消息 / 日历 / 云文档 / 视频会议 / 工作台 / 通讯录 icons), the
// conversation list with its search box and the "+" button (round avatars, name, last line,
// time; the open chat in pale blue), and the chat: a white header with the name, the blue
// "外部" tag and the company, the date dividers, messages as bubbles (the other side's light grey
// #F2F3F5 with the avatar on the left, the user's light blue #E1EAFF on the right), the little
// read mark beside the user's own messages (a hollow blue ring while unread, a grey ticked circle
// once read: icons, no text), pictures (whole phone screenshots via lib/shot.mjs) sent as image
// messages, and the rounded composer ("发送给 …" / "Send to …"). `scene.lang`: 'zh' | 'zh-Hant' |
// 'en' (Lark's labels); `scene.dark` for the dark theme. `scene.chats` = [[name, last, time]];
// `scene.messages`: { from: 'time', text } | { from: 'buyer'|'merchant', text?, shot?, read?, w? }.
// Layout reconstructed from the app.
import { esc, t, page, CJK, LATIN } from '../lib/common.mjs';
import { SKINS, paneCss } from '../lib/mini-screens.mjs';
import { SHOT_CSS, shotBox } from '../lib/shot.mjs';

const L = {
  zh: { nav: ['消息', '日历', '云文档', '视频会议', '工作台', '通讯录'], ext: '外部', search: '搜索 (Ctrl+K)', send: '发送给 ' },
  'zh-Hant': { nav: ['訊息', '行事曆', '雲文件', '視訊會議', '工作台', '通訊錄'], ext: '外部', search: '搜尋 (Ctrl+K)', send: '傳送給 ' },
  en: { nav: ['Messenger', 'Calendar', 'Docs', 'Meetings', 'Workplace', 'Contacts'], ext: 'External', search: 'Search (Ctrl+K)', send: 'Send to ' },
};

function round(name, color, size) {
  const ch = /^[A-Za-z]/.test(name) ? name.slice(0, 1).toUpperCase() : [...name].slice(-2).join('');
  return `<div style="flex:none;width:${size}px;height:${size}px;border-radius:50%;background:${color};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.36)}px">${esc(ch)}</div>`;
}

export default {
  name: 'feishu-pc',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const l = L[scene.lang ?? 'zh'];
    const c = d
      ? { bg: '#1A1A1A', nav: '#111', list: '#1F1F1F', line: '#2E2E2E', fg: '#EBEBEB', sub: '#8F959E', on: '#233148', other: '#2A2A2A', self: '#1F3A66', tag: '#4E83FD' }
      : { bg: '#FFFFFF', nav: '#EEF0F3', list: '#FFFFFF', line: '#E5E6EB', fg: '#1F2329', sub: '#8F959E', on: '#E1EAFF', other: '#F2F3F5', self: '#E1EAFF', tag: '#3370FF' };
    const me = scene.buyerName ?? '我';
    const other = scene.title;
    const chats = scene.chats ?? [[other, '', '']];
    const list = chats.map(([n, last, at], i) => `<div class="fs-ci${i === 0 ? ' fs-on' : ''}">${round(n, ['#3370FF', '#F5A623', '#34C724', '#7F3BF5', '#F54A45'][i % 5], 38)}<div class="fs-cm"><div class="fs-cr">${t('span', 'label', n, 'class="fs-cn"')}${t('span', 'label', at, 'class="fs-ct"')}</div>${t('div', 'label', last, 'class="fs-cl"')}</div></div>`).join('');
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="fs-dv">${t('span', 'system', m.text)}</div>`;
      const mine = m.from === 'buyer';
      const inner = m.shot ? `<div class="fs-pic">${shotBox(m.shot, m.w ?? 220, { radius: 8, border: `1px solid ${c.line}` })}</div>` : t('div', m.from, m.text, 'class="fs-bb"');
      const mark = mine && m.read !== undefined
        ? `<div class="fs-rd">${m.read ? `<svg width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="6" fill="${c.sub}"/><path d="M4 7.2 6.2 9.3 10 5" stroke="#fff" stroke-width="1.5" fill="none"/></svg>` : `<svg width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="5.6" stroke="${c.tag}" stroke-width="1.5" fill="none"/></svg>`}</div>`
        : '';
      return `<div class="fs-mr${mine ? ' fs-me' : ''}">${round(mine ? me : other, mine ? '#3370FF' : '#F5A623', 34)}${inner}${mark}</div>`;
    }).join('\n');
    const nav = l.nav.map((x, i) => `<div class="fs-it${i === 0 ? ' fs-on' : ''}"><i></i><span>${esc(x)}</span></div>`).join('');
    const css = `${paneCss(SKINS.wechat)}${SHOT_CSS}
body{background:${c.bg};color:${c.fg};font-size:14px}
.fs-win{display:flex;height:100vh}
.fs-nav{flex:none;width:72px;background:${c.nav};display:flex;flex-direction:column;align-items:center;padding-top:38px;gap:14px}
.fs-nav .fs-it{display:flex;flex-direction:column;align-items:center;gap:3px;font-size:11px;color:${c.sub};width:64px;text-align:center}
.fs-nav .fs-it i{display:block;width:22px;height:22px;border-radius:6px;border:2px solid ${c.sub}}
.fs-nav .fs-it.fs-on{color:${c.tag}}.fs-nav .fs-it.fs-on i{border-color:${c.tag};background:${c.tag}22}
.fs-list{flex:none;width:${scene.listW ?? 290}px;background:${c.list};border-right:1px solid ${c.line};overflow:hidden}
.fs-sr{display:flex;gap:8px;padding:34px 14px 10px}
.fs-sr div{flex:1;height:30px;border-radius:6px;background:${d ? '#2A2A2A' : '#F2F3F5'};color:${c.sub};font-size:13px;display:flex;align-items:center;padding:0 10px}
.fs-sr b{width:30px;height:30px;border-radius:6px;background:${d ? '#2A2A2A' : '#F2F3F5'};color:${c.sub};display:flex;align-items:center;justify-content:center;font-weight:400}
.fs-ci{display:flex;gap:10px;padding:10px 12px;margin:0 6px;border-radius:8px;align-items:center}
.fs-ci.fs-on{background:${c.on}}
.fs-cm{flex:1;min-width:0}.fs-cr{display:flex;justify-content:space-between;gap:6px}
.fs-cn{font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.fs-ct{font-size:12px;color:${c.sub};flex:none}
.fs-cl{font-size:12.5px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:3px}
.fs-chat{flex:1;display:flex;flex-direction:column;min-width:0}
.fs-hd{flex:none;height:64px;display:flex;align-items:center;gap:10px;padding:14px 22px 0;border-bottom:1px solid ${c.line}}
.fs-hd .fs-nm{font-size:16px;font-weight:600}
.fs-hd .fs-tag{font-size:11px;color:${c.tag};background:${c.tag}1f;border-radius:4px;padding:1px 5px;margin-left:6px;vertical-align:2px}
.fs-hd .fs-co{font-size:12px;color:${c.sub};margin-top:2px}
.fs-hd .fs-ic{margin-left:auto;display:flex;gap:20px;color:${c.sub};font-size:16px}
.fs-ms{flex:1;overflow:hidden;padding:10px 0 14px}
.fs-dv{display:flex;align-items:center;gap:12px;margin:14px 60px 6px;color:${c.sub};font-size:12px}
.fs-dv::before,.fs-dv::after{content:"";flex:1;height:1px;background:${c.line}}
.fs-mr{display:flex;align-items:flex-start;gap:10px;padding:7px 24px}
.fs-mr.fs-me{flex-direction:row-reverse}
.fs-bb{max-width:${scene.lineW ?? 480}px;padding:9px 12px;border-radius:8px;background:${c.other};font-size:14px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere}
.fs-mr.fs-me .fs-bb{background:${c.self}}
.fs-rd{align-self:flex-end;line-height:0;margin-bottom:3px}
.fs-pic{line-height:0}
.fs-cp{flex:none;margin:0 22px 18px;height:${scene.composerH ?? 96}px;border:1px solid ${c.line};border-radius:8px;padding:12px;color:${c.sub};font-size:14px;display:flex;flex-direction:column}
.fs-cp .fs-ti{margin-top:auto;display:flex;gap:16px}.fs-cp .fs-ti i{display:block;width:17px;height:17px;border:1.6px solid ${c.sub};border-radius:4px}
`;
    const body = `<div class="fs-win"><div class="fs-nav">${round(me, '#3370FF', 34)}${nav}</div>
<div class="fs-list"><div class="fs-sr"><div>${esc(l.search)}</div><b>+</b></div>${list}</div>
<div class="fs-chat"><div class="fs-hd"><div>${t('span', 'title', other, 'class="fs-nm"')}${scene.external === false ? '' : `<span class="fs-tag">${esc(l.ext)}</span>`}${scene.corp ? t('div', 'label', scene.corp, 'class="fs-co"') : ''}</div><div class="fs-ic"><span>☏</span><span>▭</span><span>⋯</span></div></div>
<div class="fs-ms" data-scroll>${rows}</div><div class="fs-cp"><span>${esc(l.send + other)}</span><div class="fs-ti"><i></i><i></i><i></i><i></i></div></div></div></div>`;
    return page(css, body, scene.lang === 'en' ? LATIN : CJK);
  },
};
