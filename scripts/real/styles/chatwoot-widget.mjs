// The Chatwoot website live-chat widget as the visitor sees it: on a desktop the widget floats at
// the lower right over the shop's page with the round launcher under it; on a phone it fills the
// screen. The white header (back arrow, the shop's rounded logo, the shop's name, a green dot and
// the availability line `scene.replyTime`), then the conversation: the agent's messages on the
// left in light-grey bubbles with the small round avatar and "<agent> · <time>" under the last of
// a group, the visitor's on the right in the widget colour with the time under them, centred date
// pills, then the reply box ("Type your message", emoji, send) and "Powered by Chatwoot". English
// or Simplified / Traditional Chinese chrome (`scene.lang`). Light, or the widget's dark scheme
// (`scene.dark`). Layout reconstructed from the widget; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { type: 'Type your message', powered: '⚡ Powered by Chatwoot' },
  zh: { type: '输入您的消息', powered: '⚡ 由 Chatwoot 提供支持' },
  'zh-Hant': { type: '輸入您的訊息', powered: '⚡ 由 Chatwoot 提供支援' },
};

export default {
  name: 'chatwoot-widget',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#1F93FF';
    const c = d
      ? { bg: '#1B1C21', hd: '#23252B', fg: '#ECEDEE', sub: '#9BA1A6', ob: '#2F3137', line: '#34363D', pill: '#2F3137' }
      : { bg: '#F7F8FA', hd: '#FFFFFF', fg: '#1F2D3D', sub: '#6E7B8C', ob: '#FFFFFF', line: '#E4E7EB', pill: '#E9EDF2' };
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      const next = all[i + 1];
      const last = !next || next.from !== m.from;
      if (m.from === 'buyer') return `<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}</div>${last && m.at ? `<div class="vt">${esc(m.at)}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `<div class="ar">${last ? `<span class="av">${esc(name[0])}</span>` : '<span class="av sp"></span>'}${t('div', 'merchant', m.text, 'class="ab"')}</div>${last ? `<div class="at">${esc(name)}${m.at ? ` · ${esc(m.at)}` : ''}</div>` : ''}`;
    }).join('');
    const css = `${desk ? backdropCss(scene.siteTone ?? '#E6ECF5') : ''}
body{background:#fff;color:${c.fg};font-size:14px}
.wd{${desk ? 'position:absolute;right:20px;bottom:100px;width:400px;height:min(640px,calc(100vh - 120px));border-radius:16px;box-shadow:0 10px 40px rgba(0,0,0,.2);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:${c.bg}}
.hd{flex:none;background:${c.hd};border-bottom:1px solid ${c.line}}
.hr{display:flex;align-items:center;gap:11px;padding:${desk ? '14px 16px' : '8px 14px 12px'}}
.bk{font-size:20px;color:${c.sub}}
.lg{flex:none;width:38px;height:38px;border-radius:10px;background:${brand};color:#fff;display:flex;align-items:center;justify-content:center;font-weight:800}
.hn{font-size:15.5px;font-weight:700;display:flex;align-items:center;gap:6px}.hn i{width:8px;height:8px;border-radius:50%;background:${scene.online === false ? '#C4C9D0' : '#22C55E'};display:inline-block}
.ht{font-size:12.5px;color:${c.sub};margin-top:2px}
.ms{flex:1;overflow:hidden;padding:10px 14px}
.dl{text-align:center;margin:12px 0 10px}.dl span{font-size:11.5px;color:${c.sub};background:${c.pill};border-radius:12px;padding:3px 11px}
.ar{display:flex;align-items:flex-end;gap:8px;margin-bottom:4px}
.av{flex:none;width:26px;height:26px;border-radius:50%;background:${scene.agentColor ?? '#7C5CFC'};color:#fff;font-size:12px;font-weight:700;display:flex;align-items:center;justify-content:center}.av.sp{background:none}
.ab{max-width:78%;background:${c.ob};border:1px solid ${c.line};border-radius:14px 14px 14px 4px;padding:9px 13px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.at{font-size:11px;color:${c.sub};margin:2px 0 10px 34px}
.vr{display:flex;justify-content:flex-end;margin-bottom:4px}
.vb{max-width:78%;background:${brand};color:#fff;border-radius:14px 14px 4px 14px;padding:9px 13px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.vt{text-align:right;font-size:11px;color:${c.sub};margin:2px 2px 10px}
.cp{flex:none;background:${c.hd};border-top:1px solid ${c.line};padding:10px 12px 6px;display:flex;align-items:center;gap:10px;color:${c.sub}}
.cp .w{flex:1;font-size:14px}
.pw{flex:none;background:${c.hd};text-align:center;font-size:11px;color:${c.sub};padding:2px 0 ${desk ? 9 : 28}px}
.la{position:absolute;right:20px;bottom:22px;width:64px;height:64px;border-radius:50%;background:${brand};color:#fff;font-size:26px;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 16px rgba(0,0,0,.22)}
`;
    const wd = `<div class="wd"><div class="hd">${desk ? '' : topBar(scene, { dark: d, bg: c.hd })}<div class="hr"><span class="bk">‹</span><span class="lg">${esc(scene.title[0])}</span><div>${`<div class="hn">${t('span', 'title', scene.title)}<i></i></div>`}${scene.replyTime ? t('div', 'label', scene.replyTime, 'class="ht"') : ''}</div></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="cp"><span class="w">${x.type}</span><span>☺</span><span>➤</span></div><div class="pw">${x.powered}</div></div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${wd}<div class="la">✕</div>` : wd;
    return page(css, body, LATIN);
  },
};
