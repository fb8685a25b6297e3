// The Zendesk messaging Web Widget as a customer sees it: on a desktop the widget floats at the
// lower right over the shop's page (with the round launcher under it); on a phone it fills the
// screen. The header in the brand colour (the company's round logo, its name and tagline
// `scene.tagline`, the minimise chevron), then the conversation: the business side on the left
// in light-grey bubbles with the agent's or bot's name above the first of a group and the small
// avatar beside the last, the customer's bubbles on the right in the brand colour, the time and
// "Delivered"/"Read" under the customer's last bubble, centred date lines and bot option buttons
// (`m.options`), then the composer ("Type a message", paper clip, send). English, Simplified or
// Traditional Chinese chrome (`scene.lang`); light, or the dark page behind (`scene.dark` only
// tints the page). Layout reconstructed from the widget; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { type: 'Type a message', built: 'Built with Zendesk' },
  zh: { type: '输入消息', built: 'Built with Zendesk' },
  'zh-Hant': { type: '輸入訊息', built: 'Built with Zendesk' },
};

export default {
  name: 'zendesk-messaging',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#17494D';
    const logo = scene.logo ?? [scene.title[0], '#FFFFFF', brand];
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      const prev = all[i - 1];
      const next = all[i + 1];
      const first = !prev || prev.from !== m.from || prev.name !== m.name;
      const last = !next || next.from !== m.from || next.name !== m.name;
      if (m.from === 'buyer') {
        return `<div class="cr">${t('div', 'buyer', m.text, `class="cb${last ? ' lt' : ''}"`)}</div>${last && m.at ? `<div class="st">${esc(m.at)}${m.status ? ` · ${esc(m.status)}` : ''}</div>` : ''}`;
      }
      const name = m.name ?? scene.merchantName;
      const opts = m.options ? `<div class="op">${m.options.map((o) => t('span', 'button', o)).join('')}</div>` : '';
      return `${first ? t('div', 'label', name, 'class="nm"') : ''}<div class="br">${last ? `<span class="av" style="background:${m.bot ? brand : scene.agentColor ?? '#B4654A'}">${esc(m.bot ? logo[0] : name[0])}</span>` : '<span class="av sp"></span>'}${t('div', 'merchant', m.text, 'class="bb"')}</div>${opts}${last && m.at ? `<div class="bt">${esc(m.at)}</div>` : ''}`;
    }).join('');
    const css = `${desk ? backdropCss(scene.siteTone ?? '#E4E9F2') : ''}
body{background:${desk ? '#fff' : '#fff'};color:#2F3941;font-size:14px}
${desk && scene.dark ? '.site{filter:brightness(.35)}' : ''}
.wd{${desk ? 'position:absolute;right:20px;bottom:96px;width:380px;height:min(640px,calc(100vh - 116px));border-radius:10px;box-shadow:0 8px 32px rgba(4,68,77,.28);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#fff}
.hd{flex:none;background:${brand};color:#fff}
.hr{display:flex;align-items:center;gap:12px;padding:${desk ? '14px 16px' : '8px 14px 12px'}}
.lg{flex:none;width:40px;height:40px;border-radius:50%;background:${logo[1]};color:${logo[2]};display:flex;align-items:center;justify-content:center;font-weight:800;font-size:17px}
.hn{font-size:16px;font-weight:700}.ht{font-size:12.5px;opacity:.85;margin-top:2px}
.hx{margin-left:auto;font-size:18px;opacity:.9}
.ms{flex:1;overflow:hidden;padding:8px 14px 10px}
.dl{text-align:center;margin:12px 0 8px}.dl span{font-size:12px;color:#68737D}
.nm{font-size:12px;color:#68737D;margin:10px 0 3px 38px}
.br{display:flex;align-items:flex-end;gap:8px;margin-bottom:3px}
.av{flex:none;width:30px;height:30px;border-radius:50%;color:#fff;font-size:13px;font-weight:700;display:flex;align-items:center;justify-content:center}.av.sp{background:none}
.bb{max-width:78%;background:#F1F3F5;border-radius:16px;padding:9px 13px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.cr{display:flex;justify-content:flex-end;margin:6px 0 3px}
.cb{max-width:78%;background:${brand};color:#fff;border-radius:16px;padding:9px 13px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.cb.lt{border-bottom-right-radius:4px}
.st{text-align:right;font-size:11px;color:#87929D;margin:0 2px 6px}.bt{font-size:11px;color:#87929D;margin:2px 0 6px 38px}
.op{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0 4px 38px}.op span{border:1px solid ${brand};color:${brand};border-radius:16px;padding:6px 12px;font-size:13px}
.cp{flex:none;border-top:1px solid #E9EBED;padding:10px 12px ${desk ? 10 : 28}px;display:flex;align-items:center;gap:10px;color:#87929D}
.cp .w{flex:1;height:40px;border:1px solid #D8DCDE;border-radius:20px;display:flex;align-items:center;padding:0 14px;font-size:14px}
.bz{text-align:center;font-size:10.5px;color:#A8B0B8;padding-bottom:${desk ? 6 : 0}px}
.la{position:absolute;right:20px;bottom:20px;width:62px;height:62px;border-radius:50%;background:${brand};color:#fff;font-size:24px;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 14px rgba(0,0,0,.25)}
`;
    const wd = `<div class="wd"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<div class="hr"><span class="lg">${esc(logo[0])}</span><div>${t('div', 'title', scene.title, 'class="hn"')}${scene.tagline ? t('div', 'label', scene.tagline, 'class="ht"') : ''}</div><span class="hx">⌄</span></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="cp"><span>📎</span><span class="w">${x.type}</span><span>➤</span></div>${desk ? `<div class="bz">${x.built}</div>` : ''}</div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${wd}<div class="la">⌄</div>` : wd;
    return page(css, body, LATIN);
  },
};
