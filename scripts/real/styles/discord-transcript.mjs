// A Discord ticket transcript: the HTML file a ticket bot posts when a ticket is closed
// (transcript-<channel>.html, made with discord-html-transcripts), downloaded and opened in a
// browser. The page imitates Discord: the header with the server's round icon, the server name,
// "#<channel>" and the channel topic, "This is the start of #<channel> channel.", then the
// messages (round avatar, coloured name, a blurple "APP" tag on the bot, the full date and time,
// the text; the bot's embed with a coloured left bar, title, text and fields; an attachment shown
// as a grey file card), and the footer "Exported N messages." Desktop (Chrome chrome with the
// file:// address) or phone (status bar and address pill). Dark (default) or light
// (`scene.light`). Layout reconstructed from the library's output; texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';
import { chrome, chromeCss } from '../lib/browser-chrome.mjs';

export default {
  name: 'discord-transcript',
  kind: 'chat',
  render(scene) {
    const light = Boolean(scene.light);
    const narrow = scene._device.width < 700;
    const c = light
      ? { bg: '#FFFFFF', fg: '#2E3338', sub: '#747F8D', head: '#F2F3F5', embed: '#F2F3F5', file: '#F2F3F5', line: '#E3E5E8' }
      : { bg: '#36393E', fg: '#DCDDDE', sub: '#A3A6AA', head: '#2F3136', embed: '#2F3136', file: '#2F3136', line: '#42454A' };
    const people = scene.people ?? {};
    const n = scene.messages.filter((m) => m.from !== 'time').length;
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="dv"><span>${t('span', 'system', m.text)}</span></div>`;
      const who = m.from === 'bot' ? scene.botName : m.from === 'buyer' ? scene.buyerName : m.name ?? scene.merchantName;
      const col = people[who] ?? (m.from === 'bot' ? '#5865F2' : m.from === 'buyer' ? '#E67E22' : '#2ECC71');
      const role = m.from === 'bot' ? 'merchant' : m.from;
      const em = m.embed
        ? `<div class="em" style="border-left-color:${m.embed.color ?? '#5865F2'}">${m.embed.title ? t('div', role, m.embed.title, 'class="et"') : ''}${m.embed.text ? t('div', role, m.embed.text, 'class="ex"') : ''}${(m.embed.fields ?? []).map(([k, v]) => `<div class="ef">${t('div', 'label', k, 'class="ek"')}${t('div', role, v)}</div>`).join('')}</div>`
        : '';
      const file = m.file ? `<div class="fl"><span class="fi"></span>${t('span', 'value', m.file)}</div>` : '';
      return `<div class="mg"><span class="av" style="background:${col}">${esc(who[0].toUpperCase())}</span><div class="mb"><div class="mh"><span class="nm" style="color:${col}">${esc(who)}</span>${m.from === 'bot' ? '<span class="tg">✓ APP</span>' : ''}${t('span', 'label', m.at, 'class="tm"')}</div>${m.text ? t('div', role, m.text, 'class="tx"') : ''}${em}${file}</div></div>`;
    }).join('');
    const css = `${chromeCss(!light)}
body{background:${c.bg};color:${c.fg};font-size:${narrow ? 14 : 15}px}
.app{display:flex;flex-direction:column;min-height:100vh}
.gh{display:flex;align-items:center;gap:${narrow ? 10 : 16}px;padding:${narrow ? '12px' : '16px 24px'};background:${c.head};border-bottom:1px solid ${c.line}}
.gi{flex:none;width:${narrow ? 48 : 72}px;height:${narrow ? 48 : 72}px;border-radius:50%;background:${scene.serverColor ?? '#F0B232'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:${narrow ? 20 : 28}px;font-weight:800}
.gn{font-size:${narrow ? 17 : 20}px;font-weight:700}.cn{font-size:${narrow ? 14 : 16}px;margin-top:2px}.tp{font-size:13px;color:${c.sub};margin-top:3px}
.st{padding:${narrow ? '14px 12px 4px' : '22px 24px 6px'};font-size:${narrow ? 20 : 26}px;font-weight:800}.ss{padding:0 ${narrow ? 12 : 24}px 12px;color:${c.sub};font-size:14px}
.ms{padding:0 ${narrow ? 10 : 20}px}
.dv{display:flex;align-items:center;margin:12px 0;gap:8px}.dv::before,.dv::after{content:"";flex:1;height:1px;background:${c.line}}.dv span{font-size:12px;color:${c.sub}}
.mg{display:flex;gap:${narrow ? 10 : 14}px;padding:7px ${narrow ? 2 : 4}px}
.av{flex:none;width:${narrow ? 34 : 40}px;height:${narrow ? 34 : 40}px;border-radius:50%;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.mb{min-width:0;flex:1;max-width:${narrow ? 'none' : '880px'}}
.mh{display:flex;align-items:baseline;gap:7px;flex-wrap:wrap}.nm{font-weight:600}.tg{font-size:10px;background:#5865F2;color:#fff;border-radius:3px;padding:1px 4px;font-weight:700}
.tm{font-size:12px;color:${c.sub}}
.tx{line-height:1.4;margin-top:2px;white-space:pre-wrap;overflow-wrap:anywhere}
.em{margin-top:6px;max-width:520px;background:${c.embed};border-left:4px solid;border-radius:4px;padding:9px 14px 11px}
.et{font-weight:700;margin-bottom:4px}.ex{font-size:14px;line-height:1.4;white-space:pre-wrap}.ef{margin-top:7px;font-size:14px}.ek{font-weight:700;font-size:13px}
.fl{margin-top:6px;display:inline-flex;align-items:center;gap:10px;background:${c.file};border:1px solid ${c.line};border-radius:6px;padding:10px 12px;font-size:14px;color:#00A8FC}
.fi{width:24px;height:30px;border-radius:3px;background:#5865F2;display:inline-block}
.ft{margin:14px ${narrow ? 12 : 24}px 30px;padding-top:12px;border-top:1px solid ${c.line};font-size:13px;color:${c.sub}}
`;
    const file = `transcript-${scene.channel}.html`;
    const url = narrow ? file : `file:///C:/Users/${scene.pcUser ?? 'User'}/Downloads/${file}`;
    const body = `<div class="app">${chrome(scene, { url, tab: file, fav: '#5865F2', dark: !light })}
<div class="gh"><span class="gi">${esc(scene.server[0])}</span><div>${t('div', 'title', scene.server, 'class="gn"')}${t('div', 'title', `#${scene.channel}`, 'class="cn"')}${scene.topic ? t('div', 'label', scene.topic, 'class="tp"') : ''}</div></div>
<div class="st">${t('span', 'title', `Welcome to #${scene.channel}!`)}</div><div class="ss">${t('span', 'system', `This is the start of #${scene.channel} channel.`)}</div>
<div class="ms" data-scroll>${msgs}</div><div class="ft">${t('span', 'system', `Exported ${n} message${n === 1 ? '' : 's'}.`)}</div></div>`;
    return page(css, body, LATIN);
  },
};
