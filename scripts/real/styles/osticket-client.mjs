// An osTicket help desk's client portal, one ticket as the customer sees it (the default theme of
// osTicket 1.9/1.10): a 940 px page on a grey background, the shop's logo text at the top left and
// the signed-in line at the right ("Name | Profile | Tickets (2) - Sign Out"), the nav strip (Support
// Center Home, Knowledgebase, Open a New Ticket, Tickets), the heading "Ticket #123456", the two
// info tables (Ticket Status, Department, Create Date | Name, Email, Phone) and the shop's own form
// fields, "Subject:", then the thread as boxed entries, oldest first: a coloured header row (blue
// for the customer's messages, orange for staff responses) with the date and the poster, the body
// under it; the "Post a Reply" form, its hint line and the Post Reply / Reset / Cancel buttons, and
// the footer. English or Traditional Chinese chrome (`scene.lang` en | zh-Hant). Light only.
// Layout reconstructed from osTicket's include/client/view.inc.php (labels as there).
import { t, esc, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { nav: ['Support Center Home', 'Knowledgebase', 'Open a New Ticket', 'Tickets'], profile: 'Profile', tickets: 'Tickets', out: 'Sign Out', ticket: 'Ticket #', status: 'Ticket Status', dept: 'Department', created: 'Create Date', name: 'Name', email: 'Email', phone: 'Phone', subject: 'Subject', reply: 'Post a Reply', hint: 'To best assist you, we request that you be specific and detailed', btn: ['Post Reply', 'Reset', 'Cancel'], rights: 'All rights reserved.' },
  'zh-Hant': { nav: ['支援中心首頁', '知識庫', '開立新工單', '工單'], profile: '個人資料', tickets: '工單', out: '登出', ticket: '工單 #', status: '工單狀態', dept: '部門', created: '建立日期', name: '姓名', email: '電子郵件', phone: '電話', subject: '主旨', reply: '回覆工單', hint: '為了更好地協助您，請盡量具體、詳細地描述', btn: ['送出回覆', '重設', '取消'], rights: '版權所有。' },
};

export default {
  name: 'osticket-client',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const tk = scene.ticket;
    const info = (rows) => `<table class="it">${rows.map(([k, v]) => `<tr>${t('th', 'label', `${k}:`)}${t('td', 'value', v)}</tr>`).join('')}</table>`;
    const extra = (tk.fields ?? []).length ? `<div class="ir">${info(tk.fields)}</div>` : '';
    const entries = scene.messages.map((m) => {
      if (m.from === 'time' || m.from === 'system') return `<div class="sys">${t('span', 'system', m.text)}</div>`;
      const me = m.from === 'buyer';
      const who = me ? scene.buyerName : m.name ?? scene.merchantName;
      return `<table class="te ${me ? 'msg' : 'res'}"><tr><th><div>${t('span', 'value', m.at, 'class="dt"')}<span class="po">${esc(who)}</span></div></th></tr>
<tr><td class="tb">${m.text.split('\n').map((p) => t('p', m.from, p)).join('')}</td></tr></table>`;
    }).join('');
    const css = `
body{background:#E8E8E8;color:#000;font-size:13px;font-family:"Liberation Sans",Arial,"Noto Sans CJK TC",sans-serif}
#container{width:940px;margin:0 auto;background:#fff;min-height:100vh;box-shadow:0 0 4px #0002}
#header{height:74px;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
.logo{font-size:24px;font-weight:700;color:${scene.brandColor ?? '#2A67AC'};letter-spacing:-.3px}
.logo small{display:block;font-size:11px;color:#777;font-weight:400;letter-spacing:0}
.who{font-size:12px;color:#555}.who a{color:#184E81;text-decoration:none}
#nav{background:linear-gradient(#F4F4F4,#DCDCDC);border-top:1px solid #C9C9C9;border-bottom:1px solid #C9C9C9;height:34px;display:flex;padding:0 10px}
#nav span{padding:0 14px;line-height:34px;color:#333;font-size:12.5px}
#nav span.on{background:#fff;border-left:1px solid #C9C9C9;border-right:1px solid #C9C9C9;font-weight:700}
#content{padding:18px 20px 20px}
h1{font-size:18px;color:#184E81;margin:0 0 10px;font-weight:700}
.ir{display:flex;gap:20px;margin-bottom:6px}
.it{width:50%;border-collapse:separate;border-spacing:1px;background:#F4F4F4}
.it th{width:110px;text-align:left;background:#E6E6E6;padding:4px 6px;font-weight:700;color:#333;vertical-align:top}
.it td{background:#F9F9F9;padding:4px 6px;overflow-wrap:anywhere}
.subj{margin:14px 0 8px;font-size:13.5px}
.te{width:100%;border:1px solid #BBB;border-collapse:collapse;margin-bottom:10px}
.te th{text-align:left;padding:5px 8px;font-weight:400;font-size:12px}
.te th div{display:flex;gap:14px}
.te.msg th{background:#C3D9FF}.te.res th{background:#FFE0B3}
.po{font-weight:700}
.tb{padding:6px 10px}.tb p{margin:5px 0;line-height:1.5;overflow-wrap:anywhere}
.sys{color:#666;font-size:12px;margin:4px 0 10px}
h2{font-size:15px;color:#184E81;margin:16px 0 6px}
.hint{font-style:italic;color:#333;font-size:12.5px}
.ta{height:90px;border:1px solid #AAA;margin:6px 0 10px;background:#fff}
.bts{padding-left:165px;display:flex;gap:6px}
.bts span{border:1px solid #999;background:linear-gradient(#FDFDFD,#E3E3E3);border-radius:3px;padding:3px 12px;font-size:12.5px}
#footer{text-align:center;color:#777;font-size:11px;padding:16px 0 24px;border-top:1px solid #DDD;margin-top:10px}
`;
    const ncount = scene.ticketCount ?? 2;
    const body = `<div id="container"><div id="header"><div class="logo">${t('span', 'title', scene.brand)}${scene.tagline ? `<small>${esc(scene.tagline)}</small>` : ''}</div>
<div class="who">${esc(scene.buyerName)} | <a>${x.profile}</a> | <a>${x.tickets} (${ncount})</a> - <a>${x.out}</a></div></div>
<div id="nav">${x.nav.map((n, i) => `<span class="${i === 3 ? 'on' : ''}">${esc(n)}</span>`).join('')}</div>
<div id="content">${t('h1', 'title', `${x.ticket}${tk.number}`)}
<div class="ir">${info([[x.status, tk.status], [x.dept, tk.dept], [x.created, tk.created]])}${info([[x.name, scene.buyerName], [x.email, tk.email], [x.phone, tk.phone ?? '']])}</div>${extra}
<div class="subj">${esc(x.subject)}: ${t('strong', 'title', tk.subject)}</div>
<div data-scroll>${entries}</div>
${t('h2', 'label', x.reply)}${t('div', 'label', x.hint, 'class="hint"')}<div class="ta"></div><div class="bts">${x.btn.map((b) => `<span>${esc(b)}</span>`).join('')}</div>
<div id="footer">Copyright © ${esc(scene.year ?? '2028')} ${esc(scene.brand)} - ${x.rights}<br>Helpdesk software - powered by osTicket</div></div></div>`;
    return page(css, body, LATIN);
  },
};
