// Kinguin's Resolution Center as the buyer sees a ticket ("Report a problem" on an order opens it):
// the dark navy Kinguin bar with the orange wordmark, the crumb "My account › Resolution Center ›
// Ticket", the ticket card (subject, ticket number, the order number and product, the seller, the
// opened date and the status badge: Open / Waiting for seller / Waiting for you / Resolved /
// Closed, `ticket.tone` ok|wait|bad|grey|info), an optional grey notice strip (`scene.notice`), then the
// thread as cards, oldest first: the buyer ("You"), the seller (name and an orange "Seller" tag) and
// Kinguin Support (a navy "Kinguin" tag), each with its time and optional attachment chips
// (`m.files`), and the reply box with "Attach files" and "Send" at the end. Desktop (Chrome chrome
// above the page, a right column with the order summary) or phone (one column). Light only.
// Layout reconstructed from the site's look; the texts come from the scene.
import { esc, t, page, LATIN } from '../lib/common.mjs';
import { chrome, chromeCss } from '../lib/browser-chrome.mjs';

export default {
  name: 'kinguin-resolution',
  kind: 'chat',
  render(scene) {
    const k = scene.ticket;
    const desk = scene._device.os === 'desktop';
    const tone = { ok: '#1BB55C', wait: '#F7A21B', bad: '#E5484D', grey: '#7A7D92', info: '#2F80ED' }[k.tone ?? 'wait'];
    const css = `${chromeCss(false)}
body{background:#F2F3F7;color:#15172B;font-size:14px}
.app{display:flex;flex-direction:column;height:100vh}
.nav{height:${desk ? 60 : 50}px;background:#0F1125;display:flex;align-items:center;padding:0 ${desk ? 40 : 14}px;gap:16px;flex:none}
.brand{color:#FF9B21;font-weight:800;font-size:${desk ? 24 : 20}px;letter-spacing:.5px}
.nav .s{flex:1;max-width:520px;height:34px;border-radius:4px;background:#24273F}
.nav .u{margin-left:auto;color:#C9CBD8;font-size:13px}
.main{flex:1;overflow:hidden;display:flex;gap:20px;padding:${desk ? '20px 40px' : '10px 10px'};${desk ? 'max-width:1280px;margin:0 auto;width:100%' : ''}}
.col{flex:1;display:flex;flex-direction:column;min-width:0}
.crumb{font-size:12.5px;color:#6D7085;margin-bottom:8px;flex:none}
.tk{background:#fff;border-radius:6px;padding:${desk ? '14px 18px' : '12px'};margin-bottom:8px;flex:none}
.tk .sj{font-size:${desk ? 18 : 16}px;font-weight:700;line-height:1.35}
.tk .mt{font-size:12.5px;color:#6D7085;margin-top:5px;line-height:1.5;overflow-wrap:anywhere}
.badge{display:inline-block;margin-top:8px;font-size:12px;font-weight:700;color:${tone};background:${tone}1f;border-radius:4px;padding:3px 8px}
.ntc{background:#FFF6E8;border:1px solid #F7D8A6;color:#6B4A12;border-radius:6px;padding:8px 12px;font-size:12.5px;line-height:1.5;margin-bottom:8px;flex:none}
.th{flex:1;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end;gap:8px}
.msg{background:#fff;border-radius:6px;padding:${desk ? '12px 16px' : '10px 12px'};border-left:3px solid #D5D7E2}
.msg.me{border-left-color:#FF9B21;background:#FFFCF7}
.msg.sup{border-left-color:#0F1125}
.mh{display:flex;align-items:center;gap:8px;font-size:13px;margin-bottom:5px}
.mh b{font-weight:700}.mh .tg{font-size:10.5px;font-weight:700;border-radius:3px;padding:1px 5px;color:#fff;background:#FF9B21}
.sup .mh .tg{background:#0F1125}.mh .tm{margin-left:auto;color:#8A8DA0;font-size:12px;white-space:nowrap}
.mb{font-size:${desk ? 14 : 14.5}px;line-height:1.5;white-space:pre-wrap;overflow-wrap:anywhere}
.fl{display:flex;gap:6px;flex-wrap:wrap;margin-top:7px}.fl span{font-size:11.5px;color:#3B3F63;background:#EEF0F6;border-radius:3px;padding:3px 7px}
.rep{flex:none;margin-top:8px;background:#fff;border-radius:6px;padding:10px 12px;display:flex;align-items:center;gap:10px;color:#8A8DA0;font-size:13px}
.rep .bx{flex:1;height:${desk ? 44 : 36}px;border:1px solid #D5D7E2;border-radius:4px;padding:8px 10px}
.rep .sd{background:#FF9B21;color:#fff;font-weight:700;border-radius:4px;padding:8px 16px}
.side{width:300px;flex:none}
.sc{background:#fff;border-radius:6px;padding:14px 16px}
.sc .h{font-weight:700;margin-bottom:8px}
.r{display:flex;justify-content:space-between;gap:10px;padding:6px 0;border-bottom:1px solid #F0F1F5;font-size:13px}.r:last-child{border:0}
.r .k{color:#6D7085}.r .v{text-align:right;overflow-wrap:anywhere}
`;
    const msgs = scene.messages
      .map((m) => {
        if (m.from === 'time') return `<div style="text-align:center;font-size:12px;color:#8A8DA0">${t('span', 'system', m.text)}</div>`;
        const cls = m.from === 'buyer' ? 'me' : m.support ? 'sup' : '';
        const who = m.from === 'buyer' ? 'You' : m.support ? m.name ?? 'Kinguin Support' : m.name ?? k.seller;
        const tag = m.from === 'buyer' ? '' : `<span class="tg">${m.support ? 'Kinguin' : 'Seller'}</span>`;
        const role = m.support ? 'system' : m.from;
        const files = m.files ? `<div class="fl">${m.files.map((f) => `<span>📎 ${esc(f)}</span>`).join('')}</div>` : '';
        return `<div class="msg ${cls}"><div class="mh">${t('b', 'label', who)}${tag}${t('span', 'label', m.at, 'class="tm"')}</div>${t('div', role, m.text, 'class="mb"')}${files}</div>`;
      })
      .join('');
    const side = desk && k.summary
      ? `<div class="side"><div class="sc">${t('div', 'title', 'Order summary', 'class="h"')}${k.summary.map(([a, b]) => `<div class="r">${t('span', 'label', a, 'class="k"')}${t('span', 'value', b, 'class="v"')}</div>`).join('')}</div></div>`
      : '';
    const body = `<div class="app">${chrome(scene, { url: `www.kinguin.net/app/dashboard/resolution-center/${k.id}`, tab: `Ticket ${k.id} | Kinguin`, fav: '#FF9B21' })}
<div class="nav"><span class="brand">kinguin</span><span class="s"></span>${desk ? `<span class="u">${esc(scene.account ?? 'My account')}</span>` : ''}</div>
<div class="main"><div class="col">${t('div', 'label', 'My account › Resolution Center › Ticket', 'class="crumb"')}
<div class="tk">${t('div', 'title', k.subject, 'class="sj"')}${t('div', 'value', `Ticket #${k.id} · Order ${k.order}`, 'class="mt"')}${t('div', 'value', `${k.product} · Seller: ${k.seller}`, 'class="mt"')}${t('div', 'value', `Opened ${k.opened}`, 'class="mt"')}${t('span', 'status', k.status, 'class="badge"')}</div>
${scene.notice ? t('div', 'body', scene.notice, 'class="ntc"') : ''}
<div class="th" data-scroll>${msgs}</div>
<div class="rep"><div class="bx">Write a message…</div><span>📎 Attach files</span><span class="sd">Send</span></div></div>${side}</div></div>`;
    return page(css, body, LATIN);
  },
};
