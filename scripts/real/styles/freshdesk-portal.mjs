// A shop's Freshdesk customer support portal, one ticket as the customer sees it: the portal
// header in the brand colour (logo square, the shop's name, Home / Solutions / Tickets, the
// signed-in name), the ticket heading ("#1234" and the subject, "Created on … via Portal"), the
// conversation as cards, oldest first (round initials, the name, "reported" or "replied", the
// time, the text), the reply box with "Reply" and "Close ticket", and the "Ticket details" panel
// (Status badge, Priority, Type, the shop's own fields such as the order number). On a phone the
// details panel moves above the conversation. English, Simplified or Traditional Chinese chrome
// (`scene.lang`). Light only. Layout reconstructed from Freshdesk's default portal theme.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { nav: ['Home', 'Solutions', 'Tickets'], created: 'Created on', via: 'via Portal', reported: 'reported', replied: 'replied', reply: 'Reply', close: 'Close ticket', details: 'Ticket details', status: 'Status', prio: 'Priority', type: 'Type', me: 'Me' },
  zh: { nav: ['首页', '解决方案', '工单'], created: '创建于', via: '通过门户', reported: '提交了工单', replied: '回复了', reply: '回复', close: '关闭工单', details: '工单详情', status: '状态', prio: '优先级', type: '类型', me: '我' },
  'zh-Hant': { nav: ['首頁', '解決方案', '工單'], created: '建立於', via: '透過入口網站', reported: '提交了工單', replied: '回覆了', reply: '回覆', close: '關閉工單', details: '工單詳細資料', status: '狀態', prio: '優先順序', type: '類型', me: '我' },
};
const TONE = { open: ['#E43538', '#FDEDED'], pending: ['#2C5CC5', '#E5F0FF'], resolved: ['#00795B', '#E0F5F1'], closed: ['#475867', '#EBEFF3'], waiting: ['#B5650D', '#FEF1E1'] };

export default {
  name: 'freshdesk-portal',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const tk = scene.ticket;
    const narrow = scene._device.width < 700;
    const brand = scene.brandColor ?? '#12344D';
    const [fg, bg] = TONE[tk.tone ?? 'open'];
    const cards = scene.messages.map((m, i) => {
      if (m.from === 'system' || m.from === 'time') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const name = me ? scene.buyerName : m.name ?? scene.merchantName;
      return `<div class="card${me ? '' : ' ag'}"><div class="ch"><span class="av" style="background:${me ? '#7B8A99' : brand}">${esc(name[0])}</span><div>${t('span', 'label', name, 'class="nm"')} <span class="vb">${me && i === 0 ? x.reported : x.replied}</span><div>${t('span', 'value', m.at, 'class="at"')}</div></div></div>
${m.text.split('\n').map((p) => t('p', m.from, p)).join('')}</div>`;
    }).join('');
    const props = [[x.status, null], [x.prio, tk.priority ?? 'Low'], [x.type, tk.type ?? 'Question'], ...(tk.fields ?? [])]
      .map(([k, v]) => `<div class="pr">${t('div', 'label', k, 'class="pk"')}${v === null ? t('span', 'status', tk.status, `class="bd" style="color:${fg};background:${bg}"`) : t('div', 'value', v, 'class="pv"')}</div>`).join('');
    const css = `
body{background:#F5F7F9;color:#12344D;font-size:14px}
.hd{background:${brand};color:#fff;height:${narrow ? 54 : 64}px;display:flex;align-items:center;gap:14px;padding:0 ${narrow ? 14 : 48}px}
.lg{width:30px;height:30px;border-radius:6px;background:#fff3;flex:none}
.bn{font-weight:700;font-size:${narrow ? 16 : 18}px}
.nv{margin-left:auto;display:flex;gap:26px;font-size:14px;opacity:.92}
.nv span:last-child{border-bottom:2px solid #fff;padding-bottom:3px}
.mi{width:30px;height:30px;border-radius:50%;background:#fff;color:${brand};display:flex;align-items:center;justify-content:center;font-weight:700;margin-left:${narrow ? 'auto' : '18px'}}
.wrap{padding:${narrow ? '14px 12px' : '28px 48px'};display:flex;gap:26px;${narrow ? 'flex-direction:column;gap:12px' : ''}}
.main{flex:1;min-width:0}
.tt{font-size:${narrow ? 19 : 24}px;font-weight:600;line-height:1.3;margin-bottom:4px}
.tid{color:#6F7C87;font-weight:400}
.cr{color:#6F7C87;font-size:13px;margin-bottom:16px}
.card{background:#fff;border:1px solid #CFD7DF;border-radius:6px;padding:${narrow ? '12px 14px' : '16px 20px'};margin-bottom:12px}
.card.ag{border-left:3px solid ${brand}}
.ch{display:flex;gap:10px;align-items:center;margin-bottom:6px}
.av{width:34px;height:34px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;flex:none}
.nm{font-weight:600}.vb{color:#6F7C87}
.at{font-size:12px;color:#6F7C87}
.card p{margin:6px 0;line-height:1.55;overflow-wrap:anywhere}
.sys{text-align:center;color:#6F7C87;font-size:12.5px;margin:6px 0 12px}
.rp{display:flex;gap:10px;margin-top:6px}
.b{padding:8px 16px;border-radius:4px;border:1px solid #CFD7DF;background:#fff;font-weight:600;font-size:13.5px}
.b.m{background:#264966;border-color:#264966;color:#fff}
.side{width:${narrow ? 'auto' : '290px'};flex:none;background:#fff;border:1px solid #CFD7DF;border-radius:6px;padding:${narrow ? '10px 14px' : '16px 18px'};align-self:flex-start;${narrow ? 'display:grid;grid-template-columns:1fr 1fr;gap:4px 14px;width:100%' : ''}}
.sh{font-weight:700;font-size:15px;margin-bottom:8px;${narrow ? 'grid-column:1/3' : ''}}
.pr{margin:${narrow ? '2px 0' : '10px 0'}}
.pk{font-size:12px;color:#6F7C87;margin-bottom:2px}
.pv{overflow-wrap:anywhere}
.bd{display:inline-block;font-size:12px;font-weight:700;border-radius:3px;padding:2px 8px}
`;
    const side = `<div class="side">${t('div', 'title', x.details, 'class="sh"')}${props}</div>`;
    const body = `${topBar(scene)}<div class="hd"><span class="lg"></span>${t('span', 'title', scene.brand, 'class="bn"')}${narrow ? '' : `<div class="nv">${x.nav.map((n) => `<span>${n}</span>`).join('')}</div>`}<span class="mi">${esc(scene.buyerName[0])}</span></div>
<div class="wrap">${narrow ? side : ''}<div class="main"><div class="tt"><span class="tid">#${esc(tk.id)}</span> ${t('span', 'title', tk.subject)}</div>${t('div', 'label', `${x.created} ${tk.created} ${x.via}`, 'class="cr"')}
<div data-scroll>${cards}</div><div class="rp"><span class="b m">${x.reply}</span><span class="b">${x.close}</span></div></div>${narrow ? '' : side}</div>`;
    return page(css, body, LATIN);
  },
};
