// Gmail on the web in a desktop browser (mail.google.com), one conversation open: the left column
// (the menu icon, the Gmail wordmark, the "Compose" button, Inbox with its count, Starred,
// Snoozed, Sent, Drafts, More), the top bar with the round "Search mail" box and the account
// initial, the toolbar over the conversation (back, archive, report, delete, mark unread …, the
// "1 of 2,318" counter), the subject with the grey "Inbox" chip, then each message of the
// conversation, oldest first: earlier ones collapsed to one line (initial, sender, the start of the
// text, the date), the open ones with the round initial, the sender in bold with the address in
// grey, "to me" / the addressee, the date on the right ("Aug 9, 2028, 8:14 PM (2 days ago)"), and
// the text paragraphs (an optional label–value receipt table `rows`); the Reply / Forward pills at
// the foot. Light and dark theme (`scene.dark`); English, Simplified or Traditional Chinese chrome
// (`scene.lang`). `scene.mail` = { subject, count?, messages: [{ from, addr, role, date, to?,
// text?: [paras], rows?: [[k, v]], collapsed?, color? }] }. Layout reconstructed; texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { compose: 'Compose', inbox: 'Inbox', starred: 'Starred', snoozed: 'Snoozed', sent: 'Sent', drafts: 'Drafts', more: 'More', search: 'Search mail', toMe: 'to me', to: 'to', reply: 'Reply', fwd: 'Forward', of: 'of' },
  zh: { compose: '写邮件', inbox: '收件箱', starred: '已加星标', snoozed: '已延后', sent: '已发邮件', drafts: '草稿', more: '更多', search: '搜索邮件', toMe: '发送至 我', to: '发送至', reply: '回复', fwd: '转发', of: '/' },
  'zh-Hant': { compose: '撰寫', inbox: '收件匣', starred: '已加星號', snoozed: '已延後', sent: '寄件備份', drafts: '草稿', more: '更多', search: '搜尋郵件', toMe: '寄給 我', to: '寄給', reply: '回覆', fwd: '轉寄', of: '/' },
};

export default {
  name: 'gmail-web',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const m = scene.mail;
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#1F1F1F', pane: '#2D2E30', fg: '#E3E3E3', sub: '#9AA0A6', chip: '#444746', line: '#3C4043', sel: '#41464D', comp: '#3C4A5E', compFg: '#E3E3E3', search: '#3C4043', tbl: '#28292A' }
      : { bg: '#F6F8FC', pane: '#FFFFFF', fg: '#1F1F1F', sub: '#5F6368', chip: '#DDDDDD', line: '#E0E0E0', sel: '#D3E3FD', comp: '#C2E7FF', compFg: '#001D35', search: '#EAF1FB', tbl: '#F6F8FC' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.top{height:64px;display:flex;align-items:center;padding:0 16px 0 20px;gap:18px}
.top .mn{font-size:20px;color:${c.sub};width:24px}
.top .logo{font-size:22px;color:${c.sub};width:176px;display:flex;align-items:center;gap:6px}
.top .logo b{font-weight:400;color:${c.fg}}
.top .logo i{font-style:normal;font-weight:700;font-size:22px;background:linear-gradient(90deg,#EA4335,#FBBC04,#34A853,#4285F4);-webkit-background-clip:text;color:transparent}
.top .sb{flex:1;max-width:720px;height:48px;border-radius:24px;background:${c.search};display:flex;align-items:center;padding:0 18px;gap:16px;color:${c.sub};font-size:16px}
.top .sp{flex:1}
.top .me{width:32px;height:32px;border-radius:50%;background:${scene.meColor ?? '#7B1FA2'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}
.main{display:flex;height:calc(100vh - 64px)}
.nav{width:256px;flex:none;padding:4px 16px 0 8px}
.cp{display:inline-flex;align-items:center;gap:12px;background:${c.comp};color:${c.compFg};border-radius:16px;height:56px;padding:0 24px 0 18px;font-size:14px;font-weight:500;margin:0 0 16px 0}
.nv{display:flex;justify-content:space-between;height:32px;align-items:center;padding:0 12px 0 26px;border-radius:0 16px 16px 0;font-size:14px}
.nv.on{background:${c.sel};font-weight:700}
.pane{flex:1;background:${c.pane};border-radius:16px 16px 0 0;margin-right:16px;overflow:hidden;display:flex;flex-direction:column}
.tb{height:48px;flex:none;display:flex;align-items:center;gap:22px;padding:0 18px;color:${c.sub};font-size:16px;border-bottom:1px solid ${c.line}}
.tb .sp{flex:1}.tb .cnt{font-size:12.5px}
.cv{flex:1;overflow:hidden;padding:18px 24px 0 72px}
.sj{display:flex;align-items:center;gap:10px;margin:0 0 20px -4px}
.sj h1{font-size:22px;font-weight:400;margin:0}
.chip{font-size:12px;background:${c.chip};color:${d ? '#E3E3E3' : '#444'};border-radius:4px;padding:1px 6px}
.msg{position:relative;padding:0 0 14px;border-bottom:1px solid ${c.line};margin-bottom:14px}
.av{position:absolute;left:-56px;top:0;width:40px;height:40px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px}
.hd{display:flex;align-items:baseline;gap:8px}
.nm{font-weight:700;font-size:14px;white-space:nowrap}
.ad{color:${c.sub};font-size:12px;white-space:nowrap}
.dt{margin-left:auto;color:${c.sub};font-size:12px;white-space:nowrap}
.to{color:${c.sub};font-size:12px;margin-top:2px}
.bd{margin-top:14px;font-size:14px;line-height:1.55;max-width:880px}
.bd p{margin:0 0 10px;white-space:pre-wrap;overflow-wrap:anywhere}
.col{display:flex;gap:14px;align-items:baseline;min-height:40px;padding-top:10px}
.col .pv{color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;flex:1}
.tbl{background:${c.tbl};border:1px solid ${c.line};border-radius:8px;padding:8px 14px;margin:4px 0 12px;max-width:560px}
.kv{display:flex;gap:14px;padding:4px 0}.kv .k{width:150px;flex:none;color:${c.sub}}.kv .v{overflow-wrap:anywhere}
.btns{display:flex;gap:10px;padding:4px 0 20px}
.btns span{border:1px solid ${d ? '#8E918F' : '#747775'};border-radius:18px;padding:8px 20px;font-size:14px;color:${c.fg}}
`;
    const msgs = m.messages.map((e) => {
      const ini = e.from.slice(0, 1).toUpperCase();
      const col = e.color ?? (e.role === 'buyer' ? '#5C6BC0' : '#0B8043');
      if (e.collapsed) {
        return `<div class="msg"><div class="av" style="background:${col}">${esc(ini)}</div><div class="col">${t('span', 'label', e.from, 'class="nm"')}${t('span', e.role ?? 'merchant', (e.text ?? [''])[0], 'class="pv"')}${t('span', 'label', e.date, 'class="dt"')}</div></div>`;
      }
      const rows = e.rows ? `<div class="tbl">${e.rows.map(([k, v]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>` : '';
      const paras = (e.text ?? []).map((p) => t('p', e.role ?? 'merchant', p)).join('');
      const after = (e.after ?? []).map((p) => t('p', e.role ?? 'merchant', p)).join('');
      return `<div class="msg"><div class="av" style="background:${col}">${esc(ini)}</div><div class="hd">${t('span', 'label', e.from, 'class="nm"')}${e.addr ? t('span', 'label', `<${e.addr}>`, 'class="ad"') : ''}${t('span', 'label', e.date, 'class="dt"')}</div>
<div class="to">${esc(e.to ? `${x.to} ${e.to}` : x.toMe)} ▾</div><div class="bd">${paras}${rows}${after}</div></div>`;
    }).join('');
    const body = `<div class="top"><span class="mn">☰</span><span class="logo"><i>M</i><b>Gmail</b></span><div class="sb"><span>🔍</span><span>${x.search}</span></div><span class="sp"></span><span style="color:${c.sub}">?</span><span style="color:${c.sub}">⚙</span><span style="color:${c.sub}">⋮⋮⋮</span><span class="me">${esc(scene.me ?? 'A')}</span></div>
<div class="main"><div class="nav"><div class="cp">✎ ${x.compose}</div>
<div class="nv on"><span>${x.inbox}</span><span>${esc(m.count ?? '')}</span></div><div class="nv"><span>${x.starred}</span></div><div class="nv"><span>${x.snoozed}</span></div><div class="nv"><span>${x.sent}</span></div><div class="nv"><span>${x.drafts}</span></div><div class="nv"><span>${x.more}</span></div></div>
<div class="pane"><div class="tb"><span>←</span><span>⇩</span><span>ⓘ</span><span>🗑</span><span>✉</span><span>⏱</span><span>⋮</span><span class="sp"></span><span class="cnt">${esc(m.pos ?? `1 ${x.of} 1,204`)}</span><span>‹</span><span>›</span></div>
<div class="cv" data-scroll><div class="sj">${t('h1', 'title', m.subject)}<span class="chip">${x.inbox} ×</span></div>${msgs}
<div class="btns"><span>↩ ${x.reply}</span><span>↪ ${x.fwd}</span></div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
