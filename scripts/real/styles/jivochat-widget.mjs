// A JivoChat chat window on a shop's website as the visitor sees it: on a desktop the window is
// docked in the lower right over the page, with the round launcher under it; on a phone it fills
// the screen. The header in the brand colour with a soft gradient (the agent's round photo with a
// green dot, the agent's name, the agent's title line `scene.agentTitle`, the close cross), the
// messages (the agent's on the left in white bubbles with the small photo beside the first of a
// group, the visitor's on the right in the brand colour; the time under each bubble, "Delivered"
// / "Read" under the visitor's last one; centred day lines and system lines), the message box
// ("Enter your message", the paper clip, the emoji and the send arrow) and the small jivochat line.
// English or Simplified / Traditional Chinese chrome (`scene.lang`). Light only. Layout
// reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { box: 'Enter your message', read: 'Read', delivered: 'Delivered', by: 'Powered by jivochat' },
  zh: { box: '输入消息', read: '已读', delivered: '已送达', by: 'Powered by jivochat' },
  'zh-Hant': { box: '輸入訊息', read: '已讀', delivered: '已送達', by: 'Powered by jivochat' },
};

export default {
  name: 'jivochat-widget',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#3F7CF2';
    const agent = scene.merchantName ?? 'Agent';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sy">${t('span', 'system', m.text)}</div>`;
      const prev = all[i - 1];
      const first = !prev || prev.from !== m.from;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      if (m.from === 'buyer') return `<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}</div>${m.at ? `<div class="tr">${esc(m.at)}${last && m.status ? ` · ${m.status === 'read' ? x.read : x.delivered}` : ''}</div>` : ''}`;
      return `<div class="op">${first ? `<span class="pa">${esc((m.name ?? agent)[0])}</span>` : '<span class="pz"></span>'}<div>${first && m.name ? t('div', 'label', m.name, 'class="nm"') : ''}${t('div', 'merchant', m.text, 'class="ob"')}${m.at ? `<div class="tl">${esc(m.at)}</div>` : ''}</div></div>`;
    }).join('');
    const css = `
body{background:${desk ? '#fff' : '#F3F5F8'};color:#1F2633;font-size:14px}
${backdropCss(scene.tone ?? '#E6EEF7')}
.box{${desk ? 'position:absolute;right:20px;bottom:88px;width:380px;height:min(660px,calc(100vh - 100px));border-radius:14px;box-shadow:0 8px 36px rgba(20,30,60,.22);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#F3F5F8}
.hd{flex:none;color:#fff;background:linear-gradient(135deg,${brand},${scene.brandColor2 ?? brand}cc)}
.hr{display:flex;align-items:center;gap:12px;padding:${desk ? '16px 18px' : '10px 16px 14px'}}
.ph{position:relative;width:44px;height:44px;border-radius:50%;background:#fff3;display:flex;align-items:center;justify-content:center;font-size:19px;font-weight:700;flex:none}
.ph i{position:absolute;right:0;bottom:1px;width:11px;height:11px;border-radius:50%;background:#2ECC71;border:2px solid ${brand}}
.hn{font-size:16px;font-weight:700}.hs{font-size:12.5px;opacity:.9;margin-top:2px}
.hx{margin-left:auto;font-size:20px;opacity:.9}
.ms{flex:1;overflow:hidden;padding:10px 14px}
.op{display:flex;gap:8px;align-items:flex-start;margin-bottom:4px}
.pa,.pz{flex:none;width:28px;height:28px;border-radius:50%}
.pa{background:${scene.agentColor ?? '#F39C12'};color:#fff;font-size:13px;display:flex;align-items:center;justify-content:center}
.nm{font-size:11.5px;color:#7B8494;margin:0 0 3px 2px}
.ob,.vb{max-width:270px;padding:9px 13px;border-radius:16px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}
.ob{background:#fff;border-top-left-radius:4px;box-shadow:0 1px 2px rgba(0,0,0,.07)}
.vr{display:flex;justify-content:flex-end;margin-bottom:2px}
.vb{background:${brand};color:#fff;border-top-right-radius:4px}
.tl{font-size:10.5px;color:#9AA3B2;margin:3px 0 8px 4px}
.tr{font-size:10.5px;color:#9AA3B2;text-align:right;margin:2px 2px 8px}
.dl{text-align:center;margin:10px 0 8px}.dl span{font-size:11.5px;color:#8A93A3}
.sy{text-align:center;margin:8px 20px}.sy span{display:inline-block;font-size:12px;color:#6D7688;background:#E7EBF1;border-radius:10px;padding:4px 10px;line-height:1.45}
.in{flex:none;background:#fff;border-top:1px solid #E3E7EE;display:flex;align-items:center;gap:14px;padding:14px 16px;color:#A0A8B6}
.in .w{flex:1}.in .snd{color:${brand};font-size:18px}
.by{flex:none;background:#fff;text-align:center;font-size:10.5px;color:#B3BAC6;padding:0 0 ${desk ? 8 : 24}px}
.lau{position:absolute;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;background:${brand};color:#fff;font-size:26px;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 14px rgba(0,0,0,.2)}
`;
    const box = `<div class="box"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: 'transparent' })}<div class="hr"><div class="ph">${esc(agent[0])}<i></i></div><div>${t('div', 'title', scene.headTitle ?? agent, 'class="hn"')}${scene.agentTitle ? t('div', 'label', scene.agentTitle, 'class="hs"') : ''}</div><span class="hx">✕</span></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="in"><span class="w">${x.box}</span><span>📎</span><span>☺</span><span class="snd">➤</span></div><div class="by">${x.by}</div></div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title ?? 'Shop', scene.menu)}${box}<div class="lau">✕</div>` : box;
    return page(css, body, LATIN);
  },
};
