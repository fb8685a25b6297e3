// The 美洽 (Meiqia) web customer-service chat that Chinese card shops embed, as the visitor sees
// it: on a desktop the chat panel floats in the lower right over the shop's page (the header in
// the shop's colour with the agent's round photo, name and 在线 line, the minimise / close icons;
// a grey message area with centred time lines and system notices such as "客服 小林 为您服务"; the
// agent's white bubbles with the name above them on the left, the visitor's bubbles in the shop's
// colour on the right; the toolbar with emoji, picture and file icons, the text area and the 发送
// button; a small grey "美洽 提供技术支持" line); on a phone (`_device.os` not desktop) it is the
// full-screen H5 page opened from the shop, with the status bar, a back arrow and the shop's name.
// Simplified or Traditional Chinese, or English chrome (`scene.lang`). Layout reconstructed; texts
// from the scene.
import { t, esc, page, topBar } from '../lib/common.mjs';
import { backdrop, backdropCss } from '../lib/site-backdrop.mjs';

const TXT = {
  zh: { online: '在线', input: '请输入您要咨询的问题…', send: '发送', by: '美洽 提供技术支持' },
  'zh-Hant': { online: '在線', input: '請輸入您要諮詢的問題…', send: '發送', by: '美洽 提供技術支援' },
  en: { online: 'Online', input: 'Type your question…', send: 'Send', by: 'Powered by Meiqia' },
};

export default {
  name: 'meiqia-chat',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'zh'];
    const desk = scene._device.os === 'desktop';
    const c = scene.brandColor ?? '#1E8CFA';
    const agent = scene.merchantName ?? '客服';
    const msgs = scene.messages.map((m) => {
      if (m.from === 'time') return `<div class="tl">${t('span', 'system', m.text)}</div>`;
      if (m.from === 'system') return `<div class="sy">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const pic = m.type === 'image' ? `<div class="pic" style="background:linear-gradient(160deg,hsl(${m.hue ?? 210} 40% 72%),hsl(${m.hue ?? 210} 45% 38%))"></div>` : t('div', m.from, m.text, 'class="bb"');
      return `<div class="row ${me ? 'me' : ''}">${me ? '' : `<div class="av">${esc(agent[0])}</div>`}<div class="col">${me ? '' : `<div class="nm">${esc(agent)}${m.at ? ` <span>${esc(m.at)}</span>` : ''}</div>`}${pic}${me && m.at ? `<div class="mt">${esc(m.at)}</div>` : ''}</div></div>`;
    }).join('');
    const css = `${backdropCss(scene.tone ?? '#EAF1FB')}
body{background:#fff;color:#333;font-size:14px}
.w{${desk ? `position:absolute;right:20px;bottom:20px;width:${scene.panelW ?? 400}px;height:min(${scene.panelH ?? 700}px,calc(100vh - 40px));border-radius:8px;box-shadow:0 6px 30px rgba(0,0,0,.22);` : 'position:absolute;inset:0;'}overflow:hidden;display:flex;flex-direction:column;background:#F3F5F8}
.hd{background:${c};color:#fff;flex:none}
.hr{display:flex;align-items:center;gap:10px;padding:${desk ? '12px 14px' : '8px 12px 10px'}}
.hr .bk{font-size:22px;margin-right:2px}
.hr .ph{width:38px;height:38px;border-radius:50%;background:#ffffff33;border:2px solid #ffffff88;display:flex;align-items:center;justify-content:center;font-size:16px}
.hr .n1{font-size:15.5px;font-weight:600}.hr .n2{font-size:12px;opacity:.85;margin-top:1px}
.hr .n2 i{display:inline-block;width:7px;height:7px;border-radius:50%;background:#5EF08C;margin-right:5px}
.hr .ic{margin-left:auto;font-size:15px;letter-spacing:12px;opacity:.9}
.ms{flex:1;overflow:hidden;padding:10px 12px 6px}
.tl{text-align:center;margin:8px 0}.tl span{font-size:11.5px;color:#A0A7B1}
.sy{text-align:center;margin:8px 10px}.sy span{display:inline-block;font-size:12px;color:#8A929C;background:#E6EAEF;border-radius:10px;padding:3px 10px;line-height:1.5}
.row{display:flex;gap:8px;margin:8px 0;align-items:flex-start}.row.me{justify-content:flex-end}
.av{width:34px;height:34px;border-radius:50%;background:${c};color:#fff;display:flex;align-items:center;justify-content:center;font-size:14px;flex:none}
.col{max-width:76%;display:flex;flex-direction:column}.me .col{align-items:flex-end}
.nm{font-size:12px;color:#8A929C;margin:0 0 4px 2px}.nm span{margin-left:6px}
.mt{font-size:11px;color:#A0A7B1;margin-top:3px}
.bb{padding:9px 12px;border-radius:4px 12px 12px 12px;background:#fff;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere;box-shadow:0 1px 2px #0000000f}
.me .bb{background:${c};color:#fff;border-radius:12px 4px 12px 12px}
.pic{width:120px;height:84px;border-radius:6px}
.ip{flex:none;background:#fff;border-top:1px solid #E4E7EB;padding:8px 12px ${desk ? 8 : 26}px}
.ip .tools{display:flex;gap:14px;color:#8A929C;font-size:16px;margin-bottom:6px}
.ip .ta{display:flex;align-items:flex-end;gap:10px}.ip .ta .ph2{flex:1;color:#B4BAC2;font-size:13.5px;min-height:${desk ? 40 : 22}px}
.ip .sd{background:${c};color:#fff;border-radius:4px;padding:5px 16px;font-size:13px}
.by{text-align:center;font-size:11px;color:#B4BAC2;padding:4px 0 ${desk ? 6 : 0}px;background:#fff}
`;
    const w = `<div class="w"><div class="hd">${desk ? '' : topBar(scene, { dark: true, bg: c })}<div class="hr">${desk ? '' : '<span class="bk">‹</span>'}<div class="ph">${esc(agent[0])}</div><div>${t('div', 'title', desk ? agent : scene.title, 'class="n1"')}<div class="n2"><i></i>${t('span', 'label', desk ? (scene.status ?? x.online) : `${agent} · ${scene.status ?? x.online}`)}</div></div><span class="ic">${desk ? '–✕' : '⋯'}</span></div></div>
<div class="ms" data-scroll>${msgs}</div>
<div class="ip"><div class="tools"><span>☺</span><span>▣</span><span>⎘</span></div><div class="ta"><span class="ph2">${esc(x.input)}</span>${t('span', 'button', x.send, 'class="sd"')}</div></div>${desk ? `<div class="by">${esc(x.by)}</div>` : ''}</div>`;
    const body = desk ? `${backdrop(scene.site ?? scene.title, scene.menu ?? ['首页', '全部商品', '订单查询', '售后说明'])}${w}` : w;
    return page(css, body);
  },
};
