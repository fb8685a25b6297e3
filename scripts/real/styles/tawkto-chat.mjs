// A tawk.to chat widget as the visitor sees it: on a desktop the widget floats in the lower right
// over the shop's page with the round bubble under it; on a phone (the widget opened full screen,
// or the direct chat link) it fills the screen. The header in the theme colour (minimise and menu
// icons, the agent's round photo with the green presence dot, the agent's or shop's name and the
// status line), the messages (the agent's on the left in light grey under the agent's name, the
// visitor's on the right in the theme colour, a small time under each group, centred day lines),
// the composer line with emoji and attachment icons and the small "powered by" line. English,
// Simplified or Traditional Chinese chrome (`scene.lang`). Light only. Layout reconstructed from
// the widget; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { type: 'Type here…', by: 'Add free live chat to your site' },
  zh: { type: '在此输入…', by: 'Add free live chat to your site' },
  'zh-Hant': { type: '在此輸入…', by: 'Add free live chat to your site' },
};

export default {
  name: 'tawkto-chat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#03A84E';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dy">${t('span', 'system', m.text)}</div>`;
      const first = !all[i - 1] || all[i - 1].from !== m.from;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}</div>${last && m.at ? `<div class="tt r">${t('span', 'label', m.at)}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `${first ? t('div', 'label', name, 'class="an"') : ''}<div class="ar">${first ? `<span class="aa">${esc(name[0])}</span>` : '<span class="aa gh"></span>'}${t('div', 'merchant', m.text, 'class="ab"')}</div>${last && m.at ? `<div class="tt">${t('span', 'label', m.at)}</div>` : ''}`;
    }).join('');
    const css = `
body{background:#fff;color:#222;font-size:14px}
${backdropCss(scene.tone ?? '#EAF4EE')}
.tw{${desk ? 'position:absolute;right:22px;bottom:96px;width:360px;height:min(600px,calc(100vh - 116px));border-radius:10px;box-shadow:0 8px 30px rgba(0,0,0,.2);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#fff}
.hd{background:${brand};color:#fff;flex:none}
.hr{display:flex;align-items:center;gap:11px;padding:${desk ? '14px 14px' : '8px 14px 14px'}}
.ph{position:relative;width:40px;height:40px;border-radius:50%;background:#ffffff33;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:16px;flex:none}
.ph i{position:absolute;right:-1px;bottom:-1px;width:11px;height:11px;border-radius:50%;background:${scene.online === false ? '#BDBDBD' : '#3DE07C'};border:2px solid ${brand}}
.hn{font-size:16px;font-weight:600}.hs{font-size:12.5px;opacity:.9;margin-top:1px}
.ic{margin-left:auto;display:flex;gap:14px;font-size:18px;opacity:.9}
.cv{flex:1;overflow:hidden;padding:10px 14px;background:#fff}
.dy{text-align:center;margin:12px 0 8px}.dy span{font-size:11.5px;color:#8d8d8d}
.an{font-size:12px;color:#757575;margin:10px 0 4px 40px}
.ar{display:flex;align-items:flex-end;gap:8px;margin-bottom:4px}
.aa{width:30px;height:30px;border-radius:50%;background:${brand};color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center;flex:none}
.aa.gh{visibility:hidden}
.ab{background:#F1F1F1;border-radius:14px 14px 14px 3px;padding:9px 12px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-width:80%}
.vr{display:flex;justify-content:flex-end;margin:8px 0 4px}
.vb{background:${brand};color:#fff;border-radius:14px 14px 3px 14px;padding:9px 12px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-width:80%}
.tt{font-size:10.5px;color:#a0a0a0;margin:0 0 6px 40px}.tt.r{text-align:right;margin:0 2px 6px}
.cp{flex:none;border-top:1px solid #ececec;padding:13px 14px;display:flex;gap:14px;color:#a3a3a3;background:#fff}
.cp .w{flex:1}
.by{flex:none;text-align:center;font-size:10.5px;color:#b5b5b5;padding:0 0 ${desk ? 8 : 26}px;background:#fff}
.lau{position:absolute;right:22px;bottom:22px;width:62px;height:62px;border-radius:50%;background:${brand};color:#fff;font-size:24px;display:flex;align-items:center;justify-content:center;box-shadow:0 3px 12px rgba(0,0,0,.22)}
`;
    const w = `<div class="tw"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<div class="hr"><span class="ph">${esc((scene.agentName ?? scene.title)[0])}<i></i></span><div>${t('div', 'title', scene.title, 'class="hn"')}${scene.status ? t('div', 'label', scene.status, 'class="hs"') : ''}</div><span class="ic"><span>⋮</span><span>—</span></span></div></div>
<div class="cv" data-scroll>${msgs}</div><div class="cp"><span class="w">${x.type}</span><span>☺</span><span>📎</span></div><div class="by">${x.by}</div></div>`;
    return page(css, desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${w}<div class="lau">✕</div>` : w, LATIN);
  },
};
