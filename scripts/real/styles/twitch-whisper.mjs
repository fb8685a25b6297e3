// Twitch whispers on the web (desktop, dark theme): the site behind (the purple-logo top bar with
// Following / Browse and the search box, the "FOLLOWED CHANNELS" rail, a channel's player area and
// its chat column, all without truth), and the whisper window docked at the bottom right: its
// header with the other user's avatar and name, "···" and "✕", the thread with own messages on
// the right in Twitch purple and the other's on the left in grey, small times under runs, a day
// line, and the "Send a whisper" box. `scene.buyerName`, `scene.merchantName`, `scene.channels`,
// `scene.highlight` (lib/marker.mjs). Layout reconstructed from twitch.tv.
import { esc, t, page, avatar, LATIN } from '../lib/common.mjs';
import { markerCss, mt, isMarked } from '../lib/marker.mjs';

export default {
  name: 'twitch-whisper',
  kind: 'chat',
  render(scene) {
    const rows = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="day">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const at = m.at ? t('div', 'label', m.at, 'class="at"') : '';
      return `<div class="rw${me ? ' me' : ''}"><div>${mt('div', m.from, m.text, 'class="bb"', isMarked(scene, m.text))}${at}</div></div>`;
    }).join('');
    const ch = (scene.channels ?? ['shroud', 'tarik', 'Kyedae', 'TenZ', 'sinatraa']).map((n, i) => `<div class="ch">${avatar(n.slice(0, 1).toUpperCase(), ['#E91916', '#00A3FF', '#BF94FF', '#1F69FF', '#EB0400'][i % 5], 30, 15)}<span>${esc(n)}</span><i></i></div>`).join('');
    const css = `${markerCss}
body{background:#0E0E10;color:#EFEFF1;font-family:${LATIN};width:100vw;height:100vh;position:relative}
.top{height:50px;background:#18181B;box-shadow:0 1px 2px rgba(0,0,0,.6);display:flex;align-items:center;gap:22px;padding:0 14px;font-size:15px;font-weight:600;position:relative;z-index:2}
.top .lg{width:28px;height:30px;background:#9147FF;border-radius:2px 2px 2px 8px}
.top .sr{margin-left:180px;width:380px;height:34px;border-radius:6px;background:#252529;border:1px solid #3A3A3D}
.top .gt{margin-left:auto;padding:6px 12px;border-radius:4px;background:#9147FF;font-size:13px}
.rail{position:absolute;left:0;top:50px;bottom:0;width:240px;background:#1F1F23;padding:10px}
.rail .h{font-size:12px;font-weight:700;color:#ADADB8;margin:4px 0 10px}
.ch{display:flex;align-items:center;gap:10px;font-size:13.5px;font-weight:600;padding:5px 0}
.ch i{margin-left:auto;width:8px;height:8px;border-radius:4px;background:#EB0400}
.play{position:absolute;left:240px;top:50px;right:340px;height:58%;background:linear-gradient(140deg,#232327,#101012)}
.play::after{content:"";position:absolute;left:50%;top:50%;width:70px;height:70px;margin:-35px;border-radius:35px;background:#ffffff18}
.info{position:absolute;left:262px;top:calc(50px + 58% + 16px);right:360px;height:60px}
.info i{display:block;height:14px;background:#26262B;border-radius:3px;margin-bottom:10px;width:60%}
.info i+i{width:35%}
.chat{position:absolute;right:0;top:50px;bottom:0;width:340px;background:#18181B;border-left:1px solid #2A2A2D}
.wsp{position:absolute;right:${scene.dockRight ?? 356}px;bottom:0;width:${scene.wspW ?? 340}px;height:${scene.wspH ?? 520}px;background:#1F1F23;border:1px solid #35353B;border-bottom:0;border-radius:6px 6px 0 0;box-shadow:0 -4px 24px rgba(0,0,0,.55);display:flex;flex-direction:column;z-index:3}
.wh{flex:none;height:46px;display:flex;align-items:center;gap:9px;padding:0 10px;border-bottom:1px solid #35353B;font-size:14px;font-weight:700}
.wh .ic{margin-left:auto;display:flex;gap:14px;color:#ADADB8;font-size:15px;font-weight:400}
.ms{flex:1;overflow:hidden;padding:6px 10px 10px}
.day{text-align:center;font-size:11.5px;color:#ADADB8;margin:10px 0 6px}
.rw{display:flex;margin:4px 0}
.rw.me{justify-content:flex-end}
.bb{max-width:246px;padding:7px 11px;border-radius:12px;background:#3A3A3D;font-size:13.5px;line-height:1.4;white-space:pre-wrap;overflow-wrap:anywhere}
.rw.me .bb{background:#9147FF;color:#fff}
.at{font-size:10.5px;color:#ADADB8;margin:2px 4px 0}
.rw.me .at{text-align:right}
.in{flex:none;margin:8px 10px 10px;height:38px;border-radius:6px;background:#2A2A2D;border:2px solid #3A3A3D;color:#8A8A92;font-size:13.5px;display:flex;align-items:center;padding:0 10px}
`;
    const body = `<div class="top"><div class="lg"></div><span>Following</span><span>Browse</span><div class="sr"></div><span class="gt">Get Ad-Free</span>${avatar(scene.buyerName.slice(0, 1).toUpperCase(), '#00C8AF', 30, 15)}</div>
<div class="rail"><div class="h">FOLLOWED CHANNELS</div>${ch}</div><div class="play"></div><div class="info"><i></i><i></i></div><div class="chat"></div>
<div class="wsp"><div class="wh">${avatar(scene.merchantName.slice(0, 1).toUpperCase(), '#BF94FF', 28, 14)}${t('span', 'title', scene.merchantName)}<span class="ic"><span>···</span><span>✕</span></span></div>
<div class="ms" data-scroll>${rows}</div><div class="in">Send a whisper</div></div>`;
    return page(css, body, LATIN);
  },
};
