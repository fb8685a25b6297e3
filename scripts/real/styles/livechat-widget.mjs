// A LiveChat chat window on a shop's website as the customer sees it: on a desktop the window
// floats in the lower right over the page with the minimised bar under it; on a phone it fills
// the screen. A white header (the agent's round photo, the agent's name and job title line
// `scene.agentTitle`, the menu and minimise icons), the messages (the agent's on the left in light
// grey, the customer's on the right in the brand colour, the time beside the last of a group,
// "Read" under the customer's last message, centred system lines such as the chat start), and the
// message box ("Write a message…", emoji, attach and the send arrow). English or Simplified
// Chinese chrome (`scene.lang`). Light only. Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { write: 'Write a message…', read: 'Read' },
  zh: { write: '输入消息…', read: '已读' },
};

export default {
  name: 'livechat-widget',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#2000F0';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sy">${t('span', 'system', m.text)}</div>`;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="cr">${t('div', 'buyer', m.text, 'class="cb"')}</div>${last ? `<div class="mt r">${m.at ? t('span', 'label', m.at) : ''}${m.read ? ` · ${x.read}` : ''}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `<div class="ar">${last ? `<span class="aa">${esc(name[0])}</span>` : '<span class="aa gh"></span>'}${t('div', 'merchant', m.text, 'class="ab"')}</div>${last ? `<div class="mt">${t('span', 'label', `${name}${m.at ? ` · ${m.at}` : ''}`)}</div>` : ''}`;
    }).join('');
    const css = `
body{background:#fff;color:#111;font-size:14px}
${backdropCss(scene.tone ?? '#ECEBFA')}
.lc{${desk ? 'position:absolute;right:16px;bottom:72px;width:380px;height:min(640px,calc(100vh - 88px));border-radius:16px;box-shadow:0 12px 40px rgba(0,0,0,.18);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#fff}
.hd{flex:none;border-bottom:1px solid #EDEDF0;background:#fff}
.hr{display:flex;align-items:center;gap:12px;padding:${desk ? '14px 16px' : '8px 16px 12px'}}
.ph{width:42px;height:42px;border-radius:50%;background:${brand};color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:17px;flex:none}
.an{font-size:15.5px;font-weight:700}.at{font-size:12.5px;color:#6B6B76;margin-top:1px}
.ic{margin-left:auto;display:flex;gap:16px;color:#55555F;font-size:18px}
.cv{flex:1;overflow:hidden;padding:14px 16px}
.sy{text-align:center;margin:10px 0}.sy span{font-size:12px;color:#7A7A85}
.ar{display:flex;align-items:flex-end;gap:8px;margin-bottom:4px}
.aa{width:28px;height:28px;border-radius:50%;background:${brand};color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center;flex:none}
.aa.gh{visibility:hidden}
.ab{background:#F1F1F4;border-radius:18px 18px 18px 6px;padding:10px 14px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-width:80%}
.cr{display:flex;justify-content:flex-end;margin:8px 0 4px}
.cb{background:${brand};color:#fff;border-radius:18px 18px 6px 18px;padding:10px 14px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-width:80%}
.mt{font-size:11px;color:#8A8A94;margin:2px 0 10px 36px}.mt.r{text-align:right;margin:2px 2px 10px}
.cp{flex:none;margin:0 12px ${desk ? 12 : 28}px;border:1px solid #DADAE0;border-radius:22px;padding:11px 14px;display:flex;gap:14px;color:#8A8A94;align-items:center}
.cp .w{flex:1}.cp .s{color:${brand};font-weight:700}
.min{position:absolute;right:16px;bottom:16px;height:44px;padding:0 20px;border-radius:22px;background:${brand};color:#fff;display:flex;align-items:center;font-size:15px;font-weight:600;box-shadow:0 3px 12px rgba(0,0,0,.2)}
`;
    const w = `<div class="lc"><div class="hd">${desk ? '' : topBar(scene)}<div class="hr"><span class="ph">${esc(scene.merchantName[0])}</span><div>${t('div', 'title', scene.agentLine ?? scene.merchantName, 'class="an"')}${scene.agentTitle ? t('div', 'label', scene.agentTitle, 'class="at"') : ''}</div><span class="ic"><span>⋯</span><span>⌄</span></span></div></div>
<div class="cv" data-scroll>${msgs}</div><div class="cp"><span class="w">${x.write}</span><span>☺</span><span>📎</span><span class="s">➤</span></div></div>`;
    return page(css, desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${w}${t('div', 'title', scene.title, 'class="min"')}` : w, LATIN);
  },
};
