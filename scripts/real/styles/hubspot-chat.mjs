// The HubSpot chat widget (the "chatflow" window a shop runs from its CRM) as the visitor sees it:
// on a desktop the window floats in the lower right over the page above the round launcher; on a
// phone it fills the screen. The header in the brand colour (back chevron, the team's round
// avatars, the shop's name and the availability line `scene.replyTime`, the close cross), the
// thread (the agent's messages on the left in light grey with the avatar by the last of a group
// and "Name" above the first, the visitor's on the right in the brand colour, small times, centred
// day lines) and the "Write a message" box with the attach and emoji icons. English or
// Traditional Chinese chrome (`scene.lang`). Light only. Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { write: 'Write a message' },
  'zh-Hant': { write: '輸入訊息' },
};

export default {
  name: 'hubspot-chat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#425B76';
    const team = scene.team ?? [['L', '#00BDA5'], ['D', '#FF7A59']];
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dy">${t('span', 'system', m.text)}</div>`;
      const first = !all[i - 1] || all[i - 1].from !== m.from;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}</div>${last && m.at ? `<div class="ti r">${t('span', 'label', m.at)}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `${first ? t('div', 'label', name, 'class="an"') : ''}<div class="ar">${last ? `<span class="aa">${esc(name[0])}</span>` : '<span class="aa gh"></span>'}${t('div', 'merchant', m.text, 'class="ab"')}</div>${last && m.at ? `<div class="ti">${t('span', 'label', m.at)}</div>` : ''}`;
    }).join('');
    const css = `
body{background:#fff;color:#33475B;font-size:14px}
${backdropCss(scene.tone ?? '#E5F0F5')}
.hs{${desk ? 'position:absolute;right:16px;bottom:88px;width:376px;height:min(640px,calc(100vh - 104px));border-radius:8px;box-shadow:0 5px 20px rgba(0,0,0,.2);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#fff}
.hd{background:${brand};color:#fff;flex:none}
.hr{display:flex;align-items:center;gap:10px;padding:${desk ? '14px 14px' : '8px 14px 14px'}}
.bk{font-size:24px;line-height:1}
.tm{display:flex}.tm span{width:32px;height:32px;border-radius:50%;border:2px solid ${brand};margin-left:-8px;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:13px}
.tm span:first-child{margin-left:0}
.hn{font-size:15.5px;font-weight:600}.ht{font-size:12.5px;opacity:.85;margin-top:1px}
.x{margin-left:auto;font-size:18px;opacity:.85}
.cv{flex:1;overflow:hidden;padding:12px 14px}
.dy{text-align:center;margin:12px 0 8px}.dy span{font-size:11.5px;color:#7C98B6}
.an{font-size:12px;color:#7C98B6;margin:10px 0 4px 38px}
.ar{display:flex;align-items:flex-end;gap:8px;margin-bottom:4px}
.aa{width:30px;height:30px;border-radius:50%;background:${team[0][1]};color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center;flex:none}
.aa.gh{visibility:hidden}
.ab{background:#EAF0F6;border-radius:16px 16px 16px 4px;padding:9px 13px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;max-width:80%;color:#33475B}
.vr{display:flex;justify-content:flex-end;margin:8px 0 4px}
.vb{background:${brand};color:#fff;border-radius:16px 16px 4px 16px;padding:9px 13px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;max-width:80%}
.ti{font-size:11px;color:#99AFC4;margin:0 0 8px 38px}.ti.r{text-align:right;margin:0 2px 8px}
.cp{flex:none;border-top:1px solid #DFE3EB;padding:14px 14px ${desk ? 14 : 30}px;display:flex;gap:14px;color:#99AFC4}
.cp .w{flex:1}
.lau{position:absolute;right:16px;bottom:16px;width:60px;height:60px;border-radius:50%;background:${brand};color:#fff;font-size:22px;display:flex;align-items:center;justify-content:center;box-shadow:0 3px 12px rgba(0,0,0,.22)}
`;
    const w = `<div class="hs"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<div class="hr"><span class="bk">‹</span><div class="tm">${team.map(([ch, col]) => `<span style="background:${col}">${esc(ch)}</span>`).join('')}</div><div>${t('div', 'title', scene.title, 'class="hn"')}${scene.replyTime ? t('div', 'label', scene.replyTime, 'class="ht"') : ''}</div><span class="x">✕</span></div></div>
<div class="cv" data-scroll>${msgs}</div><div class="cp"><span class="w">${x.write}</span><span>📎</span><span>☺</span></div></div>`;
    return page(css, desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${w}<div class="lau">✕</div>` : w, LATIN);
  },
};
