// Slack direct message (desktop app): the workspace rail (aubergine #3F0E40 in light, #1A1D21 in
// dark), the sidebar (workspace name, Threads, Channels, Direct messages with the open DM
// highlighted), the DM header with the other side's name, the day divider pill ("Today"), messages
// with rounded-square avatars, bold name and grey time on one line and the text below; later
// messages of the same author within minutes are grouped under one header; the composer
// ("Message <name>"). `scene.dark` for Slack's dark theme. Layout reconstructed from the app.
import { esc, t, page, avatar, LATIN } from '../lib/common.mjs';

export default {
  name: 'slack-dm',
  kind: 'chat',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#1A1D21', side: '#19171D', rail: '#0F0F10', fg: '#D1D2D3', sub: '#ABABAD', name: '#F8F8F8', line: '#35373B', sel: '#1164A3' }
      : { bg: '#FFFFFF', side: '#3F0E40', rail: '#350D36', fg: '#1D1C1D', sub: '#616061', name: '#1D1C1D', line: '#DDDDDD', sel: '#1164A3' };
    let prev = null;
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time') {
        prev = null;
        return `<div class="day"><span>${t('span', 'system', m.text)}</span></div>`;
      }
      const name = m.from === 'buyer' ? scene.buyerName : scene.merchantName;
      const col = m.from === 'buyer' ? '#2BAC76' : '#E8912D';
      const head = prev !== m.from || Boolean(m.first);
      prev = m.from;
      const text = t('div', m.from, m.text, 'class="tx"');
      return head
        ? `<div class="m first">${avatar(name.slice(0, 1).toUpperCase(), col, 36, 8)}<div><div class="hd">${t('span', 'label', name, 'class="nm"')}${t('span', 'system', m.at, 'class="tm"')}</div>${text}</div></div>`
        : `<div class="m"><div style="width:36px;flex:none"></div><div>${text}</div></div>`;
    }).join('');
    const dms = [scene.merchantName, 'Slackbot', 'you']
      .map((n, i) => `<div class="it ${i === 0 ? 'on' : ''}">${avatar(n.slice(0, 1).toUpperCase(), ['#E8912D', '#4A154B', '#2BAC76'][i], 20, 4)}<span>${esc(n)}</span></div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:15px}
.top{height:40px;background:${d ? '#121016' : '#350D36'};display:flex;align-items:center;justify-content:center}
.top .q{width:560px;height:26px;border-radius:6px;background:#ffffff33;color:#ffffffcc;font-size:13px;display:flex;align-items:center;padding:0 10px}
.app{display:flex;height:calc(100vh - 40px)}
.rail{width:70px;background:${c.rail};display:flex;flex-direction:column;align-items:center;padding-top:12px;gap:14px}
.rail i{display:block;width:36px;height:36px;border-radius:8px;background:#ffffff33}
.rail i:first-child{background:#fff;border:3px solid #ffffff66}
.side{width:260px;background:${c.side};color:#ffffffb3;font-size:15px;padding:0 0 10px}
.ws{height:50px;display:flex;align-items:center;padding:0 16px;color:#fff;font-weight:800;font-size:18px;border-bottom:1px solid #ffffff1f}
.sec{padding:14px 16px 4px;font-size:14px}
.it{display:flex;align-items:center;gap:8px;padding:4px 16px 4px 26px}
.it.on{background:${c.sel};color:#fff}
.main{flex:1;display:flex;flex-direction:column}
.head{height:50px;border-bottom:1px solid ${c.line};display:flex;align-items:center;padding:0 20px;font-weight:800;font-size:18px;color:${c.name}}
.body{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end;padding-bottom:12px}
.m{display:flex;gap:8px;padding:3px 20px}
.m.first{margin-top:12px}
.hd{margin-bottom:2px}.nm{font-weight:900;color:${c.name};margin-right:8px}.tm{font-size:12px;color:${c.sub}}
.tx{line-height:1.47;white-space:pre-wrap;overflow-wrap:anywhere;max-width:${scene.lineW ?? 820}px}
.day{display:flex;align-items:center;margin:16px 0 0}
.day::before,.day::after{content:"";flex:1;height:1px;background:${c.line}}
.day span{border:1px solid ${c.line};border-radius:14px;padding:3px 14px;font-size:13px;font-weight:700;color:${c.name}}
.comp{margin:0 20px 20px;height:86px;border:1px solid ${d ? '#565856' : '#BBBBBB'};border-radius:8px;padding:12px;color:${c.sub};font-size:15px}
`;
    const body = `<div class="top"><div class="q">Search ${esc(scene.workspace)}</div></div><div class="app"><div class="rail"><i></i><i></i><i></i></div>
<div class="side"><div class="ws">${esc(scene.workspace)}</div><div class="sec">Threads</div><div class="sec">Channels</div><div class="it"># general</div><div class="it"># orders</div><div class="sec">Direct messages</div>${dms}</div>
<div class="main"><div class="head">${t('span', 'title', scene.merchantName)}</div><div class="body" data-scroll>${msgs}</div><div class="comp">Message ${esc(scene.merchantName)}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
