// KOOK (开黑啦) desktop client, dark theme, a private chat (私信): the far-left server rail (the
// KOOK home button, round server icons), the 私信 list (search box, 好友 entry, conversations with
// the open one highlighted), the chat (header with the other user's name and online dot, the
// messages all on the left: round avatar, the name and time on one line, the text under it, an
// author's following messages grouped; a centred date divider), the input box "发送给 …" at the
// bottom; the window's own title strip on top. A message with `first` starts a new group (after a pause). `scene.buyerName`, `scene.merchantName`,
// `scene.others` (other conversations in the list), `scene.highlight` (lib/marker.mjs). Layout
// reconstructed from the client.
import { esc, t, page, avatar } from '../lib/common.mjs';
import { markerCss, mt, isMarked } from '../lib/marker.mjs';

export default {
  name: 'kook-chat',
  kind: 'chat',
  render(scene) {
    const c = { bg: '#2B2C30', side: '#232428', rail: '#1B1C1F', fg: '#D6D8DC', sub: '#8C8F96', name: '#F1F2F4', line: '#3A3B40', input: '#35363B', brand: '#3CC467' };
    let prev = null;
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time') {
        prev = null;
        return `<div class="div"><span>${t('span', 'system', m.text)}</span></div>`;
      }
      if (m.from === 'system') {
        prev = null;
        return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      }
      const name = m.from === 'buyer' ? scene.buyerName : scene.merchantName;
      const col = m.from === 'buyer' ? '#4E7BD9' : '#C7663A';
      // a new group (avatar, name, time) after a pause: `first`
      const head = prev !== m.from || Boolean(m.first);
      prev = m.from;
      const text = mt('div', m.from, m.text, 'class="tx"', isMarked(scene, m.text));
      return head
        ? `<div class="m first">${avatar(name.slice(0, 1), col, 40, 20)}<div><div class="hd">${t('span', 'label', name, 'class="nm"')}${t('span', 'label', m.at ?? '', 'class="tm"')}</div>${text}</div></div>`
        : `<div class="m"><div style="width:40px;flex:none"></div><div>${text}</div></div>`;
    }).join('');
    const list = [[scene.merchantName, '#C7663A'], ...(scene.others ?? []).map((n, i) => [n, ['#6B8E23', '#8A5CC7', '#2E8B9A', '#B0486A'][i % 4]])]
      .map(([n, col], i) => `<div class="dm${i === 0 ? ' on' : ''}">${avatar(n.slice(0, 1), col, 32, 16)}<span>${esc(n)}</span></div>`).join('');
    const css = `${markerCss}
body{background:${c.bg};color:${c.fg};font-size:15px}
.win{display:flex;flex-direction:column;height:100vh}
.ttl{height:30px;background:${c.rail};display:flex;align-items:center;justify-content:space-between;padding:0 12px;color:${c.sub};font-size:12.5px;flex:none}
.ttl b{color:${c.brand};font-weight:700;letter-spacing:.5px;margin-right:6px}
.ttl .ct span{display:inline-block;width:28px;text-align:center;font-size:14px}
.app{flex:1;display:flex;min-height:0}
.rail{width:68px;background:${c.rail};display:flex;flex-direction:column;align-items:center;gap:10px;padding-top:10px;flex:none}
.rail i{display:block;width:44px;height:44px;border-radius:22px;background:#36373C}
.rail i:first-child{background:${c.brand};border-radius:14px}
.rail i:nth-child(3){background:#5A4A8A}.rail i:nth-child(4){background:#8A5A3A}
.side{width:236px;background:${c.side};padding:12px 8px;flex:none}
.search{height:30px;border-radius:6px;background:${c.rail};margin-bottom:10px;color:#6F727A;font-size:13px;line-height:30px;padding-left:10px}
.sec{font-size:12px;color:${c.sub};margin:12px 8px 6px}
.dm{display:flex;align-items:center;gap:10px;padding:6px 8px;border-radius:6px;color:${c.sub};font-size:14.5px}
.dm.on{background:#3A3B41;color:${c.name}}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.head{height:50px;border-bottom:1px solid ${c.line};display:flex;align-items:center;padding:0 18px;gap:8px;font-weight:600;color:${c.name};flex:none}
.head .dot{width:9px;height:9px;border-radius:5px;background:${c.brand}}
.body{flex:1;overflow:hidden;padding:10px 0 12px;display:flex;flex-direction:column;justify-content:flex-end}
.m{display:flex;gap:14px;padding:2px 18px}
.m.first{margin-top:14px}
.hd{margin-bottom:3px}
.nm{font-size:15px;font-weight:600;color:${c.name};margin-right:8px}
.tm{font-size:12px;color:${c.sub}}
.tx{line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-width:${scene.lineW ?? 860}px}
.div{display:flex;align-items:center;margin:16px 18px 2px;font-size:12px;color:${c.sub}}
.div::before,.div::after{content:"";flex:1;height:1px;background:${c.line}}
.div span{padding:0 10px}
.sys{padding:6px 72px;font-size:13.5px;color:${c.sub}}
.inp{margin:0 18px 18px;height:46px;border-radius:8px;background:${c.input};color:#777A82;font-size:14.5px;display:flex;align-items:center;padding:0 14px;flex:none}
`;
    const body = `<div class="win"><div class="ttl"><span><b>KOOK</b></span><span class="ct"><span>—</span><span>☐</span><span>✕</span></span></div>
<div class="app"><div class="rail"><i></i><i></i><i></i><i></i><i></i></div>
<div class="side"><div class="search">搜索</div><div class="dm">${avatar('友', '#3A3B41', 32, 16)}<span>好友</span></div><div class="sec">私信</div>${list}</div>
<div class="main"><div class="head">${t('span', 'title', scene.merchantName)}<span class="dot"></span></div>
<div class="body" data-scroll>${msgs}</div><div class="inp">发送给 ${esc(scene.merchantName)}</div></div></div></div>`;
    return page(css, body);
  },
};
