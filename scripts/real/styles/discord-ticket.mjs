// A shop's Discord server, desktop client, in a private ticket channel opened by a ticket bot:
// the server rail, the channel sidebar (server name, categories such as "INFORMATION",
// "SUPPORT" and "TICKETS" with # channels, the open ticket highlighted, the user panel at the
// bottom), the channel header "# ticket-0412" with its topic, the messages (round avatar, name,
// a blurple "BOT" / "APP" tag on the bot, role colours, the time), the bot's embed (coloured left
// bar, title, description, inline fields, a grey "Close" button with 🔒), and the message box.
// Dark (default) and light (`scene.light`). Layout reconstructed from the client.
import { esc, t, page, avatar, LATIN } from '../lib/common.mjs';

export default {
  name: 'discord-ticket',
  kind: 'chat',
  render(scene) {
    const light = Boolean(scene.light);
    const c = light
      ? { bg: '#FFFFFF', side: '#F2F3F5', rail: '#E3E5E8', fg: '#313338', sub: '#5C5E66', name: '#060607', line: '#E1E2E4', input: '#EBEDEF', embed: '#F2F3F5', on: '#D7D9DC', btn: '#6D6F78' }
      : { bg: '#313338', side: '#2B2D31', rail: '#1E1F22', fg: '#DBDEE1', sub: '#949BA4', name: '#F2F3F5', line: '#3F4147', input: '#383A40', embed: '#2B2D31', on: '#404249', btn: '#4E5058' };
    const chans = (scene.channels ?? [['INFORMATION', ['rules', 'prices', 'vouches']], ['SUPPORT', ['open-a-ticket', 'faq']], ['TICKETS', [scene.channel]]])
      .map(([cat, list]) => `<div class="cat">⌄ ${esc(cat)}</div>${list.map((n) => `<div class="chn ${n === scene.channel ? 'on' : ''}"><span class="hs">#</span>${n === scene.channel ? t('span', 'label', n) : `<span>${esc(n)}</span>`}</div>`).join('')}`).join('');
    let prev = null;
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time') {
        prev = null;
        return `<div class="div"><span>${t('span', 'system', m.text)}</span></div>`;
      }
      if (m.from === 'system') {
        prev = null;
        return `<div class="sys">→ ${t('span', 'system', m.text)}</div>`;
      }
      const bot = m.from === 'bot';
      const role = bot ? 'system' : m.from;
      const name = bot ? scene.botName ?? 'Tickets' : m.from === 'buyer' ? scene.buyerName : m.name ?? scene.merchantName;
      const col = bot ? '#5865F2' : m.from === 'buyer' ? '#3BA55C' : '#ED4245';
      const nameCol = m.from === 'merchant' ? scene.staffColor ?? '#E67E22' : c.name;
      const head = prev !== (m.name ?? m.from) || Boolean(m.first);
      prev = m.name ?? m.from;
      const text = m.text ? t('div', role, m.text, 'class="tx"') : '';
      const embed = m.embed ? `<div class="em" style="border-left-color:${m.embed.color ?? '#5865F2'}">${m.embed.title ? t('div', role, m.embed.title, 'class="et"') : ''}${m.embed.text ? t('div', role, m.embed.text, 'class="ed"') : ''}${m.embed.fields ? `<div class="ef">${m.embed.fields.map(([k, v]) => `<div>${t('div', 'label', k, 'class="ek"')}${t('div', 'value', v, 'class="ev"')}</div>`).join('')}</div>` : ''}${m.embed.footer ? t('div', 'system', m.embed.footer, 'class="eo"') : ''}</div>${m.embed.buttons ? `<div class="bt">${m.embed.buttons.map((b) => t('span', 'button', b)).join('')}</div>` : ''}` : '';
      const tag = bot ? '<span class="tag">✓ APP</span>' : '';
      return head
        ? `<div class="m first">${avatar(name.slice(0, 1).toUpperCase(), col, 40, 20)}<div class="mc"><div class="hd">${t('span', 'label', name, `class="nm" style="color:${nameCol}"`)}${tag}${t('span', 'label', m.at, 'class="at"')}</div>${text}${embed}</div></div>`
        : `<div class="m"><div style="width:40px;flex:none"></div><div class="mc">${text}${embed}</div></div>`;
    }).join('\n');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:16px}
.app{display:flex;height:100vh}
.rail{width:72px;background:${c.rail};display:flex;flex-direction:column;align-items:center;gap:8px;padding-top:12px;flex:none}
.rail i{display:block;width:48px;height:48px;border-radius:24px;background:${light ? '#fff' : '#313338'}}
.rail i.on{background:${scene.serverColor ?? '#F0B232'};border-radius:16px}
.side{width:240px;background:${c.side};display:flex;flex-direction:column;flex:none}
.sv{height:48px;display:flex;align-items:center;padding:0 16px;font-weight:600;color:${c.name};border-bottom:1px solid ${c.rail};font-size:15.5px}
.chs{flex:1;padding:8px}
.cat{font-size:12px;font-weight:600;color:${c.sub};margin:16px 0 4px 2px;letter-spacing:.02em}
.chn{display:flex;gap:6px;align-items:center;padding:6px 8px;border-radius:4px;color:${c.sub};font-size:15.5px}
.chn .hs{font-size:20px;opacity:.7}
.chn.on{background:${c.on};color:${c.name}}
.user{height:52px;background:${light ? '#EBEDEF' : '#232428'};display:flex;align-items:center;gap:8px;padding:0 8px;font-size:14px;color:${c.name}}
.main{flex:1;display:flex;flex-direction:column;min-width:0}
.head{height:48px;border-bottom:1px solid ${c.line};display:flex;align-items:center;padding:0 16px;gap:8px;font-weight:600;color:${c.name}}
.head .hs{color:${c.sub};font-size:24px;font-weight:400}
.head .tp{color:${c.sub};font-weight:400;font-size:14px;border-left:1px solid ${c.line};padding-left:12px;margin-left:6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.body{flex:1;overflow:hidden;padding:10px 0 14px;display:flex;flex-direction:column;justify-content:flex-end}
.m{display:flex;gap:16px;padding:2px 16px}
.m.first{margin-top:16px}
.mc{min-width:0}
.hd{display:flex;align-items:baseline;gap:8px;margin-bottom:2px}
.nm{font-size:15.5px;font-weight:500}
.tag{background:#5865F2;color:#fff;font-size:10px;font-weight:600;border-radius:3px;padding:1px 4px}
.at{font-size:12px;color:${c.sub}}
.tx{line-height:1.375;white-space:pre-wrap;overflow-wrap:anywhere;max-width:${scene.lineW ?? 860}px}
.em{background:${c.embed};border-left:4px solid;border-radius:4px;padding:10px 16px 14px 12px;margin-top:4px;max-width:520px}
.et{font-weight:600;color:${c.name};margin-bottom:6px;font-size:15.5px}
.ed{font-size:14px;line-height:1.4;white-space:pre-wrap}
.ef{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px;margin-top:8px}
.ek{font-size:13.5px;font-weight:600;color:${c.name}}
.ev{font-size:14px}
.eo{font-size:12px;color:${c.sub};margin-top:8px}
.bt{margin-top:6px;display:flex;gap:8px}
.bt span{background:${c.btn};color:#fff;font-size:14px;padding:6px 14px;border-radius:3px}
.div{display:flex;align-items:center;margin:18px 16px 4px;font-size:12px;color:${c.sub};font-weight:600}
.div::before,.div::after{content:"";flex:1;height:1px;background:${c.line}}
.div span{padding:0 8px}
.sys{padding:6px 16px 6px 72px;font-size:14px;color:${c.sub}}
.input{margin:0 16px 22px;height:44px;border-radius:8px;background:${c.input};display:flex;align-items:center;padding:0 16px;color:${c.sub};font-size:15px}
`;
    const body = `<div class="app"><div class="rail"><i></i><i class="on"></i><i></i><i></i></div>
<div class="side">${t('div', 'title', scene.server, 'class="sv"')}<div class="chs">${chans}</div><div class="user">${avatar(scene.buyerName.slice(0, 1).toUpperCase(), '#3BA55C', 32, 16)}<span>${esc(scene.buyerName)}</span></div></div>
<div class="main"><div class="head"><span class="hs">#</span>${t('span', 'title', scene.channel)}${scene.topic ? `<span class="tp">${esc(scene.topic)}</span>` : ''}</div>
<div class="body" data-scroll>${msgs}</div><div class="input">${esc(`Message #${scene.channel}`)}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
