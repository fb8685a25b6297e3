// Steam's "Friends & Chat" window (好友与聊天 / 好友與聊天, desktop client, dark): the window over the
// Windows wallpaper and taskbar, its dark title strip, the friends list on the left (own persona
// on top, the friend groups with square avatars and a coloured state: blue online, green in game),
// the chat on the right with the friend's tab, then the messages grouped by author: a square
// avatar, the author's name in the state colour and the time beside it, the lines under it; a
// centred date line; the input box with its send arrow at the bottom. `scene.lang`: 'en' | 'zh'
// | 'zh-Hant' (UI words), `scene.buyerName`, `scene.merchantName`, `scene.friends` (other names in
// the list), `scene.highlight` (lib/marker.mjs). Layout reconstructed from the client.
import { esc, t, page, avatar, LATIN } from '../lib/common.mjs';
import { markerCss, mt, isMarked } from '../lib/marker.mjs';

const UI = {
  en: { title: 'Friends & Chat', friends: 'FRIENDS', online: 'Online', game: 'In-Game', send: '' },
  zh: { title: '好友与聊天', friends: '好友', online: '在线', game: '游戏中', send: '' },
  'zh-Hant': { title: '好友與聊天', friends: '好友', online: '線上', game: '遊戲中', send: '' },
};

export default {
  name: 'steam-chat',
  kind: 'chat',
  render(scene) {
    const u = UI[scene.lang ?? 'en'];
    const blue = '#57CBDE';
    const green = '#90BA3C';
    const mcol = scene.merchantInGame ? green : blue;
    let prev = null;
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') {
        prev = null;
        return `<div class="div">${t('span', 'system', m.text)}</div>`;
      }
      const name = m.from === 'buyer' ? scene.buyerName : scene.merchantName;
      const col = m.from === 'buyer' ? blue : mcol;
      const head = prev !== m.from || m.first;
      prev = m.from;
      const text = mt('div', m.from, m.text, 'class="tx"', isMarked(scene, m.text));
      return head
        ? `<div class="m first"><div class="av" style="border-color:${col}">${avatar(name.slice(0, 1).toUpperCase(), m.from === 'buyer' ? '#3d5a80' : '#7a4b2a', 32, 0)}</div><div><div>${t('span', 'label', name, `class="nm" style="color:${col}"`)}${t('span', 'label', m.at ?? '', 'class="tm"')}</div>${text}</div></div>`
        : `<div class="m"><div style="width:36px;flex:none"></div><div>${text}</div></div>`;
    }).join('');
    const fr = [[scene.merchantName, mcol, scene.merchantInGame ? u.game : u.online], ...(scene.friends ?? []).map((n, i) => [n, i % 2 ? green : '#898989', i % 2 ? u.game : ''])]
      .map(([n, col, st]) => `<div class="fr"><div class="av" style="border-color:${col}">${avatar(n.slice(0, 1).toUpperCase(), '#4a5566', 28, 0)}</div><div><div style="color:${col}">${esc(n)}</div><div class="st">${esc(st)}</div></div></div>`).join('');
    const W = scene.winW ?? 1040;
    const H = scene.winH ?? 640;
    const css = `${markerCss}
body{background:linear-gradient(135deg,#1b3a5c,#3f6f8f 60%,#22405a);font-family:${LATIN};color:#DCDEDF;width:100vw;height:100vh;position:relative}
.win{position:absolute;left:${scene.winX ?? 140}px;top:${scene.winY ?? 60}px;width:${W}px;height:${H}px;background:#1E2024;box-shadow:0 10px 40px rgba(0,0,0,.6);display:flex;flex-direction:column}
.ttl{height:30px;background:#171A21;display:flex;align-items:center;justify-content:space-between;padding:0 10px;font-size:12.5px;color:#8F98A0;flex:none}
.ttl .ct span{display:inline-block;width:30px;text-align:center}
.app{flex:1;display:flex;min-height:0}
.left{width:250px;background:#1E2024;border-right:1px solid #2A2E33;flex:none}
.me{height:62px;background:linear-gradient(180deg,#2A3F5A,#1E2024);display:flex;align-items:center;gap:10px;padding:0 12px}
.me .n{color:${blue};font-size:14px;font-weight:600}
.grp{font-size:11px;letter-spacing:1px;color:#7A8087;margin:12px 12px 6px}
.fr{display:flex;gap:9px;align-items:center;padding:5px 12px;font-size:13px}
.fr .st{font-size:11px;color:#7A8087}
.av{border:2px solid;flex:none;line-height:0;align-self:flex-start}
.right{flex:1;display:flex;flex-direction:column;min-width:0;background:#22252B}
.tabs{height:36px;background:#1A1C20;display:flex;align-items:flex-end;padding-left:8px;flex:none}
.tab{background:#22252B;height:32px;padding:0 18px;display:flex;align-items:center;gap:8px;font-size:13px;color:#E6E6E6}
.tab i{width:8px;height:8px;background:${mcol};display:inline-block}
.body{flex:1;overflow:hidden;padding:8px 0 10px;display:flex;flex-direction:column;justify-content:flex-end}
.m{display:flex;gap:10px;padding:2px 16px}
.m.first{margin-top:12px}
.nm{font-size:13.5px;font-weight:600;margin-right:8px}
.tm{font-size:11px;color:#6B7178}
.tx{font-size:14px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-width:${W - 340}px;margin-top:1px}
.div{text-align:center;font-size:11.5px;color:#7A8087;margin:14px 0 2px}
.inp{flex:none;display:flex;gap:8px;padding:10px 14px 14px}
.inp div{flex:1;height:38px;background:#1A1C20;border:1px solid #33373D}
.inp b{width:38px;height:38px;background:#2D73FF;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}
.task{position:absolute;left:0;right:0;bottom:0;height:40px;background:rgba(22,26,32,.92);display:flex;align-items:center;justify-content:flex-end;padding-right:14px;font-size:12px;color:#ddd;white-space:pre;text-align:right;line-height:1.25}
`;
    const body = `<div class="win"><div class="ttl"><span>${esc(u.title)}</span><span class="ct"><span>—</span><span>☐</span><span>✕</span></span></div>
<div class="app"><div class="left"><div class="me"><div class="av" style="border-color:${blue}">${avatar(scene.buyerName.slice(0, 1).toUpperCase(), '#3d5a80', 36, 0)}</div><div><div class="n">${esc(scene.buyerName)}</div><div style="font-size:11px;color:#7A8087">${esc(u.online)}</div></div></div>
<div class="grp">${esc(u.friends)}</div>${fr}</div>
<div class="right"><div class="tabs"><div class="tab"><i></i>${t('span', 'title', scene.merchantName)}</div></div>
<div class="body" data-scroll>${msgs}</div><div class="inp"><div></div><b>➤</b></div></div></div></div>
${scene.taskClock ? `<div class="task">${esc(scene.taskClock.join('\n'))}</div>` : ''}`;
    return page(css, body, LATIN);
  },
};
