// The Freshchat messenger (Freshworks) as a customer sees it in the shop's app or mobile site: the
// white header (back arrow, the topic's round icon, the topic name such as "Order support", the
// reply-time line), the conversation (centred day lines; the agent's messages on the left in light
// grey with the agent's small round avatar and name above a group, the customer's on the right in
// the brand colour, a small time and "Read" under the customer's last message), the "Type your
// message here" composer with the attachment and camera icons, and the small "⚡ by Freshworks"
// line. Phone full screen or the desktop widget over the shop's page. English, Simplified or
// Traditional Chinese chrome (`scene.lang`). Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { type: 'Type your message here', read: 'Read', by: '⚡ by Freshworks' },
  zh: { type: '在此输入消息', read: '已读', by: '⚡ by Freshworks' },
  'zh-Hant': { type: '在此輸入訊息', read: '已讀', by: '⚡ by Freshworks' },
};

export default {
  name: 'freshchat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#2C5CC5';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      const first = !all[i - 1] || all[i - 1].from !== m.from;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="ur">${t('div', 'buyer', m.text, 'class="ub"')}</div>${last && m.at ? `<div class="ut">${esc(m.at)}${m.read ? ` · ${x.read}` : ''}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `${first ? `<div class="an"><span class="aa">${esc(name[0])}</span>${t('span', 'label', name)}</div>` : ''}<div class="ar">${t('div', 'merchant', m.text, 'class="ab"')}</div>${last && m.at ? `<div class="at">${esc(m.at)}</div>` : ''}`;
    }).join('');
    const css = `${backdropCss(scene.tone ?? '#EEF1F6')}
body{background:#fff;color:#12344D;font-size:14.5px}
.w{${desk ? 'position:absolute;right:22px;bottom:100px;width:376px;height:min(620px,calc(100vh - 120px));border-radius:14px;box-shadow:0 6px 32px rgba(18,52,77,.22);' : 'position:absolute;inset:0;'}overflow:hidden;display:flex;flex-direction:column;background:#fff}
.hd{flex:none;border-bottom:1px solid #EBEFF3;background:#fff}
.hr{display:flex;align-items:center;gap:11px;padding:${desk ? '14px 16px' : '8px 14px 12px'}}
.hr .bk{font-size:22px;color:#475867}
.ti{width:40px;height:40px;border-radius:50%;background:${brand};color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px;font-weight:700}
.tn{font-weight:700;font-size:16px}.tr{font-size:12px;color:#6F7C87;margin-top:2px}
.ms{flex:1;overflow:hidden;padding:12px 14px;background:#fff}
.dl{text-align:center;margin:12px 0}.dl span{font-size:11.5px;color:#6F7C87}
.an{display:flex;align-items:center;gap:7px;font-size:12px;color:#6F7C87;margin:8px 0 4px}
.aa{width:22px;height:22px;border-radius:50%;background:${scene.opColor ?? '#E86F3A'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:11px}
.ar{display:flex;margin:3px 0}
.ab{max-width:80%;background:#F3F5F7;border-radius:4px 16px 16px 16px;padding:10px 13px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.at{font-size:11px;color:#92A2B1;margin:2px 0 8px 4px}
.ur{display:flex;justify-content:flex-end;margin:3px 0}
.ub{max-width:80%;background:${brand};color:#fff;border-radius:16px 4px 16px 16px;padding:10px 13px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.ut{text-align:right;font-size:11px;color:#92A2B1;margin:2px 4px 8px}
.cp{flex:none;display:flex;align-items:center;gap:14px;margin:8px 12px;padding:11px 14px;border:1px solid #CFD7DF;border-radius:22px;color:#92A2B1}
.cp .f{flex:1}
.by{flex:none;text-align:center;font-size:10.5px;color:#92A2B1;padding:0 0 ${desk ? 8 : 26}px}
.lau{position:absolute;right:22px;bottom:22px;width:60px;height:60px;border-radius:50%;background:${brand};color:#fff;display:flex;align-items:center;justify-content:center;font-size:24px;box-shadow:0 3px 14px rgba(0,0,0,.25)}
`;
    const w = `<div class="w"><div class="hd">${desk ? '' : topBar(scene, { bg: '#fff' })}<div class="hr"><span class="bk">←</span><div class="ti">${esc(scene.topicIcon ?? scene.title[0])}</div><div>${t('div', 'title', scene.topic ?? scene.title, 'class="tn"')}${scene.replyTime ? t('div', 'label', scene.replyTime, 'class="tr"') : ''}</div></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="cp"><span class="f">${x.type}</span><span>📎</span><span>📷</span></div><div class="by">${x.by}</div></div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${w}<div class="lau">✕</div>` : w;
    return page(css, body, LATIN);
  },
};
