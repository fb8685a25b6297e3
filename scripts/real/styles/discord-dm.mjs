// Discord direct message (desktop client, dark): server rail, the DM list, then the messages,
// all on the left: a round avatar, the author's name and time on one line, the text under it;
// an author's following messages are grouped under the same header; a date divider line.
import { esc, t, page, avatar, LATIN } from '../lib/common.mjs';

export default {
  name: 'discord-dm',
  kind: 'chat',
  render(scene) {
    const light = Boolean(scene.light);
    const c = light
      ? { bg: '#FFFFFF', side: '#F2F3F5', rail: '#E3E5E8', fg: '#313338', sub: '#5C5E66', name: '#060607', line: '#E1E2E4', input: '#EBEDEF' }
      : { bg: '#313338', side: '#2B2D31', rail: '#1E1F22', fg: '#DBDEE1', sub: '#949BA4', name: '#F2F3F5', line: '#3F4147', input: '#383A40' };
    let prev = null;
    const msgs = scene.messages
      .map((m) => {
        if (m.from === 'time') {
          prev = null;
          return `<div class="div"><span>${t('span', 'system', m.text)}</span></div>`;
        }
        if (m.from === 'system') {
          prev = null;
          return `<div class="sys">${t('span', 'system', m.text)}</div>`;
        }
        const name = m.from === 'buyer' ? scene.buyerName : scene.merchantName;
        const col = m.from === 'buyer' ? '#5865F2' : '#F23F43';
        // Discord starts a new group (avatar, name, time) after a pause; `first` marks that
        const head = prev !== m.from || Boolean(m.first);
        prev = m.from;
        const text = t('div', m.from, m.text, 'class="tx"');
        return head
          ? `<div class="m first">${avatar(name.slice(0, 1).toUpperCase(), col, 40, 20)}<div>${t('div', 'label', `${name}  ${m.at}`, 'class="hd"')}${text}</div></div>`
          : `<div class="m"><div style="width:40px;flex:none"></div><div>${text}</div></div>`;
      })
      .join('');
    const dms = [scene.merchantName, 'Friends', 'Nitro', 'Shop']
      .map((n, i) => `<div class="dm ${i === 0 ? 'on' : ''}">${avatar(n.slice(0, 1).toUpperCase(), ['#F23F43', '#23A55A', '#EB459E', '#F0B232'][i], 32, 16)}<span>${esc(n)}</span></div>`)
      .join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:16px}
.app{display:flex;height:100vh}
.rail{width:72px;background:${c.rail};display:flex;flex-direction:column;align-items:center;gap:8px;padding-top:12px}
.rail i{display:block;width:48px;height:48px;border-radius:24px;background:${light ? '#fff' : '#313338'}}
.rail i:first-child{background:#5865F2;border-radius:16px}
.side{width:240px;background:${c.side};padding:10px 8px}
.search{height:28px;border-radius:4px;background:${c.rail};margin-bottom:14px}
.dm{display:flex;align-items:center;gap:12px;padding:6px 8px;border-radius:4px;color:${c.sub};font-size:15px}
.dm.on{background:${light ? '#D7D9DC' : '#404249'};color:${c.name}}
.main{flex:1;display:flex;flex-direction:column}
.head{height:48px;border-bottom:1px solid ${c.line};display:flex;align-items:center;padding:0 16px;gap:8px;font-weight:600;color:${c.name}}
.head .at{color:${c.sub};font-size:22px;font-weight:400}
.body{flex:1;overflow:hidden;padding:10px 0 14px;display:flex;flex-direction:column;justify-content:flex-end}
.m{display:flex;gap:16px;padding:2px 16px 2px 16px}
.m.first{margin-top:16px}
.hd{font-size:15.5px;font-weight:500;color:${c.name};white-space:pre;margin-bottom:2px}
.tx{line-height:1.375;white-space:pre-wrap;overflow-wrap:anywhere;max-width:${scene.lineW ?? 900}px}
.div{display:flex;align-items:center;margin:18px 16px 4px;font-size:12px;color:${c.sub};font-weight:600}
.div::before,.div::after{content:"";flex:1;height:1px;background:${c.line}}
.div span{padding:0 8px}
.sys{padding:6px 72px;font-size:14px;color:${c.sub}}
.input{margin:0 16px 22px;height:44px;border-radius:8px;background:${c.input};display:flex;align-items:center;padding:0 16px;color:${c.sub};font-size:15px}
`;
    const body = `<div class="app"><div class="rail"><i></i><i></i><i></i><i></i></div><div class="side"><div class="search"></div>${dms}</div>
<div class="main"><div class="head"><span class="at">@</span>${t('span', 'title', scene.merchantName)}</div>
<div class="body" data-scroll>${msgs}</div><div class="input">${esc(`Message @${scene.merchantName}`)}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
