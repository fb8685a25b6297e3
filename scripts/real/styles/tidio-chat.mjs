// The Tidio live-chat widget as the visitor sees it: on a desktop the widget floats in the lower
// right over the shop's page with the round launcher under it; on a phone it fills the screen.
// The header in the widget's gradient (back chevron, the operator's round photo with the green
// dot, the operator's name and "online" line, the more / minimise icons), the messages (the
// operator's on the left in light grey, the visitor's on the right in the widget colour, a small
// time under a group, centred day lines; a bot's quick-reply buttons if the scene gives them), the
// "Enter your message..." composer with the emoji and attachment icons and the "POWERED BY TIDIO"
// line. English or Simplified Chinese chrome (`scene.lang`). Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  en: { enter: 'Enter your message...', online: 'online', by: 'POWERED BY' },
  zh: { enter: '输入您的消息...', online: '在线', by: 'POWERED BY' },
};

export default {
  name: 'tidio-chat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const desk = scene._device.os === 'desktop';
    const c1 = scene.brandColor ?? '#0566FF';
    const c2 = scene.brandColor2 ?? '#2A27DA';
    const msgs = scene.messages.map((m, i, all) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="dl">${t('span', 'system', m.text)}</div>`;
      const last = !all[i + 1] || all[i + 1].from !== m.from;
      const side = m.from === 'buyer' ? 'v' : 'o';
      const qr = m.quick ? `<div class="qr">${m.quick.map((q) => t('span', 'button', q)).join('')}</div>` : '';
      return `<div class="row ${side}">${t('div', m.from, m.text, 'class="bb"')}</div>${qr}${last && m.at ? `<div class="tm ${side}">${esc(m.at)}</div>` : ''}`;
    }).join('');
    const css = `${backdropCss(scene.tone ?? '#E6ECF7')}
body{background:#fff;color:#06132B;font-size:14px}
.w{${desk ? 'position:absolute;right:24px;bottom:104px;width:372px;height:min(640px,calc(100vh - 128px));border-radius:16px;box-shadow:0 8px 40px rgba(0,18,46,.22);' : 'position:absolute;inset:0;'}overflow:hidden;display:flex;flex-direction:column;background:#fff}
.hd{background:linear-gradient(135deg,${c1},${c2});color:#fff;flex:none}
.hr{display:flex;align-items:center;gap:10px;padding:${desk ? '16px 16px' : '10px 14px 14px'}}
.hr .bk{font-size:22px;opacity:.9}
.ph{position:relative;width:40px;height:40px;border-radius:50%;background:${scene.opColor ?? '#F4A261'};display:flex;align-items:center;justify-content:center;font-weight:700;font-size:17px}
.ph i{position:absolute;right:0;bottom:0;width:11px;height:11px;border-radius:50%;background:#2BD47D;border:2px solid #fff}
.nm{font-weight:700;font-size:16px}.st{font-size:12.5px;opacity:.85;margin-top:1px}
.hr .sp{flex:1}.hr .mi{font-size:18px;letter-spacing:8px}
.ms{flex:1;overflow:hidden;padding:14px 16px 8px;background:#fff}
.row{display:flex;margin:3px 0}.row.v{justify-content:flex-end}
.bb{max-width:78%;padding:10px 14px;border-radius:20px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;font-size:14.5px}
.o .bb{background:#EFF2F6;color:#06132B;border-bottom-left-radius:6px}
.v .bb{background:${c1};color:#fff;border-bottom-right-radius:6px}
.tm{font-size:11px;color:#8894AB;margin:3px 6px 10px}.tm.v{text-align:right}
.qr{display:flex;flex-wrap:wrap;gap:6px;justify-content:flex-end;margin:6px 0}.qr span{border:1.5px solid ${c1};color:${c1};border-radius:18px;padding:6px 12px;font-size:13.5px}
.dl{text-align:center;margin:10px 0}.dl span{font-size:11.5px;color:#8894AB}
.cp{flex:none;border-top:1px solid #E2E8EF;display:flex;align-items:center;gap:12px;padding:14px 16px;color:#8894AB;font-size:14.5px}
.cp .f{flex:1}
.by{flex:none;text-align:center;font-size:10px;color:#A3ADBF;letter-spacing:.8px;padding:0 0 ${desk ? 10 : 28}px}.by b{color:#4C5A73}
.lau{position:absolute;right:24px;bottom:24px;width:64px;height:64px;border-radius:50%;background:linear-gradient(135deg,${c1},${c2});color:#fff;display:flex;align-items:center;justify-content:center;font-size:26px;box-shadow:0 4px 16px rgba(0,18,46,.3)}
`;
    const w = `<div class="w"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: 'transparent' })}<div class="hr"><span class="bk">‹</span><div class="ph">${esc((scene.merchantName ?? 'S')[0])}<i></i></div><div>${t('div', 'title', scene.merchantName ?? scene.title, 'class="nm"')}${t('div', 'label', scene.status ?? x.online, 'class="st"')}</div><span class="sp"></span><span class="mi">⋯ ⌄</span></div></div>
<div class="ms" data-scroll>${msgs}</div><div class="cp"><span class="f">${x.enter}</span><span>☺</span><span>📎</span></div><div class="by">${x.by} <b>TIDIO</b></div></div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title, scene.menu)}${w}<div class="lau">⌄</div>` : w;
    return page(css, body, LATIN);
  },
};
