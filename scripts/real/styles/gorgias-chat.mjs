// The Gorgias chat widget of a Shopify shop as the shopper sees it: on a desktop the chat floats
// in the lower right over the shop's page above the round launcher; on a phone it fills the
// screen. A header in the brand colour (the shop's name in bold, the greeting or the reply-time
// line `scene.replyTime`, the close cross), the conversation (the agent's messages on the left in
// white cards on a light grey ground with the name over the first of a group, the shopper's on
// the right in the brand colour, the time under a group, centred day lines), the composer
// ("Type a message", attach, emoji, send) and the small footer. Light only. Layout reconstructed
// from the widget; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

export default {
  name: 'gorgias-chat',
  kind: 'chat',
  render(scene) {
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#161616';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dy">${t('span', 'system', m.text)}</div>`;
      const first = !all[i - 1] || all[i - 1].from !== m.from;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="sr">${t('div', 'buyer', m.text, 'class="sb"')}</div>${last && m.at ? `<div class="ti r">${t('span', 'label', m.at)}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `${first ? `<div class="nm"><span class="av">${esc(name[0])}</span>${t('span', 'label', name)}</div>` : ''}${t('div', 'merchant', m.text, 'class="ab"')}${last && m.at ? `<div class="ti">${t('span', 'label', m.at)}</div>` : ''}`;
    }).join('');
    const css = `
body{background:#fff;color:#1A1A1A;font-size:14px}
${backdropCss(scene.tone ?? '#F1ECE4')}
.gw{${desk ? 'position:absolute;right:20px;bottom:96px;width:376px;height:min(620px,calc(100vh - 116px));border-radius:14px;box-shadow:0 8px 36px rgba(0,0,0,.2);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#F4F4F5}
.hd{background:${brand};color:#fff;flex:none;padding-bottom:18px}
.hr{display:flex;align-items:flex-start;padding:${desk ? '18px 18px 0' : '8px 18px 0'}}
.hn{font-size:18px;font-weight:700}.hs{font-size:13px;opacity:.85;margin-top:4px}
.x{margin-left:auto;font-size:20px;opacity:.85}
.cv{flex:1;overflow:hidden;padding:12px 16px}
.dy{text-align:center;margin:12px 0 8px}.dy span{font-size:11.5px;color:#71717A}
.nm{display:flex;align-items:center;gap:7px;font-size:12px;color:#52525B;margin:10px 0 5px}
.av{width:22px;height:22px;border-radius:50%;background:${brand};color:#fff;font-size:11px;display:flex;align-items:center;justify-content:center}
.ab{background:#fff;border-radius:4px 16px 16px 16px;padding:10px 13px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;max-width:85%;margin-bottom:5px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.sr{display:flex;justify-content:flex-end;margin:8px 0 4px}
.sb{background:${brand};color:#fff;border-radius:16px 16px 4px 16px;padding:10px 13px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;max-width:82%}
.ti{font-size:11px;color:#A1A1AA;margin:0 0 8px 2px}.ti.r{text-align:right}
.cp{flex:none;background:#fff;border-top:1px solid #E4E4E7;padding:14px 16px;display:flex;gap:14px;color:#A1A1AA}
.cp .w{flex:1}
.ft{flex:none;background:#fff;text-align:center;font-size:10.5px;color:#B4B4BB;padding:0 0 ${desk ? 8 : 26}px}
.lau{position:absolute;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;background:${brand};color:#fff;font-size:22px;display:flex;align-items:center;justify-content:center;box-shadow:0 3px 12px rgba(0,0,0,.24)}
`;
    const w = `<div class="gw"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<div class="hr"><div>${t('div', 'title', scene.title, 'class="hn"')}${scene.replyTime ? t('div', 'label', scene.replyTime, 'class="hs"') : ''}</div><span class="x">✕</span></div></div>
<div class="cv" data-scroll>${msgs}</div><div class="cp"><span class="w">Type a message</span><span>📎</span><span>☺</span><span>➤</span></div><div class="ft">Powered by Gorgias</div></div>`;
    return page(css, desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${w}<div class="lau">⌄</div>` : w, LATIN);
  },
};
