// The Zoho SalesIQ chat window as the visitor sees it: on a desktop it floats in the lower right
// over the shop's page with the round launcher under it; on a phone it fills the screen. The header
// in the brand colour (the shop's name, the "We're online" / "We're offline" line, the operator's
// round photo and name once someone has joined, the minimise and menu icons), the conversation
// (system lines such as "Chris has joined the conversation." centred; the operator's messages on the
// left with the name and time above, the visitor's on the right in a tinted bubble with the time
// below), the "Write your message..." composer with the attach and emoji icons, and the small
// "Driven by Zoho SalesIQ" line. English or Simplified Chinese chrome (`scene.lang`). Layout
// reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { write: 'Write your message...', on: 'We\'re online', off: 'We\'re offline', you: 'You', by: 'Driven by Zoho SalesIQ' },
  zh: { write: '请输入您的消息...', on: '我们在线', off: '我们已离线', you: '您', by: 'Driven by Zoho SalesIQ' },
};

export default {
  name: 'zoho-salesiq',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#0C8CE9';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sy">${t('span', 'system', m.text)}</div>`;
      const first = !all[i - 1] || all[i - 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}${m.at ? `<div class="vt">${esc(m.at)}</div>` : ''}</div>`;
      const name = m.name ?? scene.merchantName;
      return `<div class="or">${first ? `<div class="on"><span class="oa">${esc(name[0])}</span>${t('span', 'label', name)}${m.at ? `<span class="ot">${esc(m.at)}</span>` : ''}</div>` : ''}${t('div', 'merchant', m.text, 'class="ob"')}</div>`;
    }).join('');
    const css = `${backdropCss(scene.tone ?? '#E8F1F8')}
body{background:#fff;color:#1d2939;font-size:14px}
.w{${desk ? 'position:absolute;right:22px;bottom:96px;width:380px;height:min(600px,calc(100vh - 116px));border-radius:8px;box-shadow:0 5px 30px rgba(0,0,0,.2);' : 'position:absolute;inset:0;'}overflow:hidden;display:flex;flex-direction:column;background:#F7F9FB}
.hd{background:${brand};color:#fff;flex:none}
.hr{display:flex;align-items:center;gap:11px;padding:${desk ? '14px 14px 14px 16px' : '8px 14px 12px'}}
.lg{width:38px;height:38px;border-radius:8px;background:#ffffff33;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:17px}
.ht{font-weight:700;font-size:16px}.hs{font-size:12px;opacity:.9;margin-top:2px;display:flex;align-items:center;gap:5px}.hs i{width:7px;height:7px;border-radius:50%;background:${scene.online === false ? '#FDBA74' : '#6EE7B7'};display:inline-block}
.hr .sp{flex:1}.hr .mi{font-size:17px;letter-spacing:10px}
.ms{flex:1;overflow:hidden;padding:10px 14px}
.sy{text-align:center;margin:10px 0}.sy span{font-size:11.5px;color:#7C8797;background:#EDF1F5;border-radius:4px;padding:3px 9px;display:inline-block;line-height:1.45}
.or{margin:6px 0 8px;max-width:84%}
.on{display:flex;align-items:center;gap:7px;font-size:12px;color:#5C6B7F;margin-bottom:4px}
.oa{width:24px;height:24px;border-radius:50%;background:${scene.opColor ?? '#8B5CF6'};color:#fff;font-size:11px;display:flex;align-items:center;justify-content:center}
.ot{color:#98A2B3;font-size:11px}
.ob{background:#fff;border:1px solid #E4E9EF;border-radius:2px 10px 10px 10px;padding:9px 12px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere;margin:3px 0 0 31px}
.vr{display:flex;flex-direction:column;align-items:flex-end;margin:8px 0}
.vb{max-width:82%;background:${scene.selfBg ?? '#DCEEFC'};border-radius:10px 2px 10px 10px;padding:9px 12px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere}
.vt{font-size:11px;color:#98A2B3;margin-top:3px}
.cp{flex:none;background:#fff;border-top:1px solid #E4E9EF;display:flex;align-items:center;gap:12px;padding:13px 14px;color:#98A2B3}
.cp .f{flex:1}
.by{flex:none;background:#fff;text-align:center;font-size:10.5px;color:#A0A9B6;padding:0 0 ${desk ? 8 : 26}px}
.lau{position:absolute;right:22px;bottom:22px;width:58px;height:58px;border-radius:50%;background:${brand};color:#fff;display:flex;align-items:center;justify-content:center;font-size:22px;box-shadow:0 3px 12px rgba(0,0,0,.25)}
`;
    const w = `<div class="w"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: brand })}<div class="hr"><div class="lg">${esc(scene.title[0])}</div><div>${t('div', 'title', scene.title, 'class="ht"')}<div class="hs"><i></i>${t('span', 'label', scene.status ?? (scene.online === false ? x.off : x.on))}</div></div><span class="sp"></span><span class="mi">⋮ –</span></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="cp"><span class="f">${x.write}</span><span>📎</span><span>☺</span></div><div class="by">${x.by}</div></div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${w}<div class="lau">✕</div>` : w;
    return page(css, body, LATIN);
  },
};
