// A Help Scout Beacon (the help widget key shops put on their pages) with a chat open, as the
// customer sees it: on a desktop the Beacon floats in the lower right over the shop's page above
// its round launcher; on a phone it fills the screen. The header in the brand colour (back arrow,
// the team's overlapping round avatars, the shop's name and the response-time line
// `scene.replyTime`), the conversation (an agent's message on the left in a white card with the
// avatar and "Name · time" above the first of a group; the customer's on the right in a pale
// brand tint; centred day lines; "Chat ended" style notices), the reply box ("Type a reply…",
// attach and emoji icons) and a thin footer. English chrome. Light only. Layout reconstructed
// from the widget; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

export default {
  name: 'helpscout-beacon',
  kind: 'chat',
  render(scene) {
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#1292EE';
    const team = scene.team ?? [['S', '#8E5CF7'], ['R', '#F97360'], ['T', '#18B07B']];
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dy">${t('span', 'system', m.text)}</div>`;
      const first = !all[i - 1] || all[i - 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="cu">${t('div', 'buyer', m.text, 'class="cb"')}</div>${m.at ? `<div class="ct">${t('span', 'label', m.at)}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `${first ? `<div class="ah"><span class="av" style="background:${team[0][1]}">${esc(name[0])}</span>${t('span', 'label', `${name} · ${m.at ?? ''}`)}</div>` : ''}${t('div', 'merchant', m.text, 'class="ab"')}`;
    }).join('');
    const css = `
body{background:${desk ? '#fff' : '#F9FAFB'};color:#1F2937;font-size:14px}
${backdropCss(scene.tone ?? '#E8EEF6')}
.bc{${desk ? 'position:absolute;right:20px;bottom:92px;width:370px;height:min(640px,calc(100vh - 112px));border-radius:10px;box-shadow:0 10px 38px rgba(0,0,0,.2);overflow:hidden;' : 'position:relative;height:100vh;'}display:flex;flex-direction:column;background:#F9FAFB}
.hd{background:${brand};color:#fff;flex:none;text-align:center;padding-bottom:16px;position:relative}
.hd .bk{position:absolute;left:14px;top:${desk ? 14 : 58}px;font-size:22px;opacity:.9}
.tm{display:flex;justify-content:center;padding-top:${desk ? 16 : 8}px}
.tm span{width:38px;height:38px;border-radius:50%;border:2px solid ${brand};margin-left:-9px;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:14px}
.tm span:first-child{margin-left:0}
.nm{font-size:16px;font-weight:600;margin-top:8px}
.rt{font-size:12.5px;opacity:.88;margin-top:3px}
.cv{flex:1;overflow:hidden;padding:14px 16px}
.dy{text-align:center;margin:10px 0}.dy span{font-size:11.5px;color:#6B7280;text-transform:uppercase;letter-spacing:.4px}
.ah{display:flex;align-items:center;gap:8px;font-size:12px;color:#6B7280;margin:12px 0 6px}
.av{width:24px;height:24px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-size:11px;font-weight:700}
.ab{background:#fff;border:1px solid #E5E7EB;border-radius:4px 14px 14px 14px;padding:10px 13px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;max-width:88%;margin:0 0 6px 32px}
.cu{display:flex;justify-content:flex-end;margin:10px 0 2px}
.cb{background:${brand}1F;color:#111827;border-radius:14px 14px 4px 14px;padding:10px 13px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;max-width:84%}
.ct{text-align:right;font-size:11px;color:#9CA3AF;margin-bottom:6px}
.rp{flex:none;background:#fff;border-top:1px solid #E5E7EB;padding:14px 16px ${desk ? 14 : 30}px;display:flex;gap:14px;color:#9CA3AF}
.rp .w{flex:1}
.lau{position:absolute;right:20px;bottom:20px;width:58px;height:58px;border-radius:50%;background:${brand};color:#fff;font-size:24px;display:flex;align-items:center;justify-content:center;box-shadow:0 3px 12px rgba(0,0,0,.22)}
`;
    const beacon = `<div class="bc"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<span class="bk">←</span><div class="tm">${team.map(([ch, col]) => `<span style="background:${col}">${esc(ch)}</span>`).join('')}</div>${t('div', 'title', scene.title, 'class="nm"')}${scene.replyTime ? t('div', 'label', scene.replyTime, 'class="rt"') : ''}</div>
<div class="cv" data-scroll>${msgs}</div><div class="rp"><span class="w">Type a reply…</span><span>📎</span><span>☺</span></div></div>`;
    return page(css, desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${beacon}<div class="lau">⌄</div>` : beacon, LATIN);
  },
};
