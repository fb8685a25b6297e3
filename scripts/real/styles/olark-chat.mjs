// An Olark chat box on a shop's website in a desktop browser: the box docked in the lower right
// corner over the page (the rest of the page behind it), with the coloured title bar (the shop's
// chosen title such as "Send us a message!" when nobody is online, or "Now Chatting", a minimise
// sign), under it the welcome / away line in a light band, then the conversation: the operator's
// lines on the left under the operator's name, the visitor's on the right in pale brand-coloured
// boxes under "You", small times, centred grey system lines (the offline form's thank-you); the
// input line ("Type your message here" or the shop's text) and the small "olark" mark. English
// chrome (texts the shop set are the scene's). Light only. Layout reconstructed; texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

export default {
  name: 'olark-chat',
  kind: 'chat',
  render(scene) {
    const brand = scene.brandColor ?? '#2F6F9F';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sy">${t('span', 'system', m.text)}</div>`;
      const prev = all[i - 1];
      const first = !prev || prev.from !== m.from;
      if (m.from === 'buyer') return `${first ? `<div class="who r">${esc(scene.youLabel ?? 'You')}</div>` : ''}<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}</div>${m.at ? `<div class="tm r">${esc(m.at)}</div>` : ''}`;
      return `${first ? `<div class="who">${t('span', 'label', m.name ?? scene.merchantName)}</div>` : ''}<div class="op">${t('div', 'merchant', m.text, 'class="ob"')}</div>${m.at ? `<div class="tm">${esc(m.at)}</div>` : ''}`;
    }).join('');
    const css = `
body{background:#fff;color:#222;font-size:14px}
${backdropCss(scene.tone ?? '#E8EEF2')}
.box{position:absolute;right:30px;bottom:0;width:360px;height:min(720px,calc(100vh - 24px));border-radius:8px 8px 0 0;box-shadow:0 0 26px rgba(0,0,0,.25);overflow:hidden;display:flex;flex-direction:column;background:#fff}
.tb{flex:none;background:${brand};color:#fff;height:48px;display:flex;align-items:center;padding:0 16px;gap:10px;font-size:15.5px;font-weight:700}
.tb .x{margin-left:auto;font-size:18px;font-weight:400}
.aw{flex:none;background:${brand}14;border-bottom:1px solid ${brand}33;padding:10px 16px;font-size:13px;color:#444;line-height:1.45}
.ms{flex:1;overflow:hidden;padding:8px 14px 10px}
.who{font-size:11.5px;color:#888;margin:10px 0 3px}.who.r{text-align:right}
.op{display:flex}.vr{display:flex;justify-content:flex-end}
.ob,.vb{max-width:82%;padding:8px 11px;border-radius:4px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px;margin-bottom:3px}
.ob{background:#F0F0F0}
.vb{background:${brand}22;border:1px solid ${brand}44}
.tm{font-size:10.5px;color:#aaa;margin:0 0 4px}.tm.r{text-align:right}
.dl{text-align:center;margin:10px 0 6px}.dl span{font-size:11px;color:#999}
.sy{text-align:center;margin:10px 8px}.sy span{display:inline-block;font-size:12.5px;color:#666;font-style:italic;line-height:1.45}
.in{flex:none;border-top:1px solid #ddd;padding:14px 16px;color:#aaa;font-size:14px}
.mk{flex:none;text-align:right;font-size:10.5px;color:#bbb;padding:0 10px 6px}
`;
    const body = `${backdrop(scene.site ?? scene.title, scene.menu)}<div class="box"><div class="tb">${t('span', 'title', scene.title)}<span class="x">–</span></div>
${scene.away ? `<div class="aw">${t('span', 'label', scene.away)}</div>` : ''}<div class="ms" data-scroll>${msgs}</div>
<div class="in">${esc(scene.inputText ?? 'Type your message here')}</div><div class="mk">olark</div></div>`;
    return page(css, body, LATIN);
  },
};
