// The Smartsupp chat box on a shop's website as the visitor sees it: on a desktop the box floats in
// the lower right over the page with the round button under it; on a phone it fills the screen.
// A white header (the round photos of the agents, the shop's or agent's name in bold, the status
// line with a green or grey dot, the "⋯" and "⌄" icons) over a thin band in the brand colour, the
// messages (the agent's on the left in light grey rounded bubbles with the agent's name above the
// first of a group, the visitor's on the right in the brand colour, the time on hover shown under
// the last one, centred day lines), the message field ("Write a reply…", emoji, attachment), and the
// small "Smartsupp" line at the foot. English, Simplified or Traditional Chinese chrome
// (`scene.lang`). Light only. Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { box: 'Write a reply…', by: 'We run on Smartsupp', online: 'Online', offline: 'Offline' },
  zh: { box: '写下回复…', by: 'We run on Smartsupp', online: '在线', offline: '离线' },
  'zh-Hant': { box: '寫下回覆…', by: 'We run on Smartsupp', online: '線上', offline: '離線' },
};

export default {
  name: 'smartsupp-chat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const brand = scene.brandColor ?? '#E6423C';
    const agents = scene.agents ?? [[scene.merchantName?.[0] ?? 'A', '#4C6EF5']];
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      const prev = all[i - 1];
      const first = !prev || prev.from !== m.from;
      if (m.from === 'buyer') return `<div class="vr">${t('div', 'buyer', m.text, 'class="vb"')}</div>${m.at ? `<div class="tr">${esc(m.at)}</div>` : ''}`;
      const name = m.name ?? scene.merchantName;
      return `${first && name ? t('div', 'label', name, 'class="nm"') : ''}<div class="op">${t('div', 'merchant', m.text, 'class="ob"')}</div>${m.at ? `<div class="tl">${esc(m.at)}</div>` : ''}`;
    }).join('');
    const css = `
body{background:${desk ? '#fff' : '#fff'};color:#20232A;font-size:14px}
${backdropCss(scene.tone ?? '#F1E9E4')}
.box{${desk ? 'position:absolute;right:22px;bottom:100px;width:380px;height:min(780px,calc(100vh - 110px));border-radius:16px;box-shadow:0 10px 40px rgba(0,0,0,.2);overflow:hidden;' : 'height:100vh;'}display:flex;flex-direction:column;background:#fff}
.hd{flex:none;background:#fff;border-bottom:3px solid ${brand}}
.hr{display:flex;align-items:center;gap:12px;padding:${desk ? '14px 16px' : '8px 14px 12px'}}
.avs{display:flex}.avs span{width:38px;height:38px;border-radius:50%;border:2px solid #fff;margin-left:-12px;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:15px}
.avs span:first-child{margin-left:0}
.ht{font-size:16px;font-weight:700}
.hs{font-size:12px;color:#6B7280;margin-top:2px;display:flex;align-items:center;gap:6px}
.hs i{width:8px;height:8px;border-radius:50%;background:${scene.online === false ? '#9CA3AF' : '#22C55E'};display:inline-block}
.hi{margin-left:auto;display:flex;gap:14px;color:#6B7280;font-size:17px}
.ms{flex:1;overflow:hidden;padding:12px 16px;background:#fff}
.nm{font-size:11.5px;color:#6B7280;margin:10px 0 4px 4px}
.op{display:flex;margin-bottom:3px}
.vr{display:flex;justify-content:flex-end;margin:8px 0 3px}
.ob,.vb{max-width:80%;padding:10px 14px;border-radius:18px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}
.ob{background:#F1F2F4;color:#20232A}
.vb{background:${brand};color:#fff}
.tl{font-size:10.5px;color:#9CA3AF;margin:2px 0 6px 6px}
.tr{font-size:10.5px;color:#9CA3AF;text-align:right;margin:2px 6px 6px}
.dl{text-align:center;margin:12px 0 6px}.dl span{font-size:11.5px;color:#9CA3AF}
.in{flex:none;border-top:1px solid #ECEDEF;display:flex;align-items:center;gap:14px;padding:15px 16px;color:#9CA3AF}
.in .w{flex:1}
.by{flex:none;text-align:center;font-size:10.5px;color:#B4B9C2;padding:0 0 ${desk ? 9 : 26}px}
.lau{position:absolute;right:22px;bottom:24px;width:60px;height:60px;border-radius:50%;background:${brand};color:#fff;font-size:24px;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 16px rgba(0,0,0,.22)}
`;
    const box = `<div class="box"><div class="hd">${desk ? '' : topBar(scene, { bg: '#fff' })}<div class="hr"><div class="avs">${agents.map(([ch, col]) => `<span style="background:${col}">${esc(ch)}</span>`).join('')}</div><div>${t('div', 'title', scene.title, 'class="ht"')}<div class="hs"><i></i>${t('span', 'label', scene.status ?? (scene.online === false ? x.offline : x.online))}</div></div><div class="hi"><span>⋯</span><span>⌄</span></div></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="in"><span class="w">${x.box}</span><span>☺</span><span>📎</span></div><div class="by">${x.by}</div></div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${box}<div class="lau">⌄</div>` : box;
    return page(css, body, LATIN);
  },
};
