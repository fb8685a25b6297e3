// Outlook for iOS / Android reading a conversation (phone): the bar with "‹", the archive, delete
// and "⋯" icons; the subject in bold; then the conversation as cards, oldest at the top: the
// earlier messages collapsed to one line (round initials, sender, a grey preview, the date), the
// newer ones open (initials, sender in bold, "To: You" / "收件者: 你", the date on the right, the body
// paragraphs); the blue "Reply" / "回覆" bar at the foot. Light and dark (`scene.dark`); English,
// Simplified or Traditional chrome (`scene.lang`). `scene.mail` = { subject, thread: [{ from,
// role: 'buyer'|'merchant', when, to?, body: [..], collapsed?: boolean, color? }] }.
// Layout reconstructed from the app.
import { esc, t, page, topBar, LATIN } from '../lib/common.mjs';

const W = {
  en: { to: 'To:', reply: 'Reply', replyAll: 'Reply all', fwd: 'Forward', focused: 'Focused' },
  zh: { to: '收件人:', reply: '答复', replyAll: '全部答复', fwd: '转发', focused: '重点' },
  'zh-Hant': { to: '收件者:', reply: '回覆', replyAll: '全部回覆', fwd: '轉寄', focused: '焦點' },
};

export default {
  name: 'outlook-mobile',
  kind: 'chat',
  render(scene) {
    const m = scene.mail;
    const w = W[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const ios = scene._device.os === 'ios';
    const c = d
      ? { bg: '#000000', card: '#1C1C1E', fg: '#F2F2F2', sub: '#9B9B9F', line: '#2C2C2E', blue: '#4F9CF9' }
      : { bg: '#F3F3F6', card: '#FFFFFF', fg: '#1A1A1A', sub: '#6E6E73', line: '#E3E3E8', blue: '#0F6CBD' };
    const css = `
body{background:${c.bg};color:${c.fg};font-family:${LATIN}}
.app{display:flex;flex-direction:column;height:100vh}
.bar{height:46px;display:flex;align-items:center;gap:24px;padding:0 16px;font-size:19px;color:${c.blue};flex:none;background:${c.card}}
.bar .sp{flex:1}
.main{flex:1;overflow:hidden;padding-bottom:8px}
.subj{background:${c.card};padding:6px 16px 14px;font-size:20px;font-weight:700;line-height:1.3;border-bottom:1px solid ${c.line}}
.card{background:${c.card};margin:8px 0 0;padding:12px 16px}
.hd{display:flex;align-items:center;gap:10px}
.av{flex:none;width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-size:14px;font-weight:600}
.who{flex:1;min-width:0}
.who .n{font-size:15px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.who .s{font-size:13px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:1px}
.when{flex:none;font-size:12.5px;color:${c.sub};align-self:flex-start;margin-top:2px}
.bd{padding:12px 0 2px 46px;font-size:15px;line-height:1.5}
.bd p{margin:0 0 10px;white-space:pre-wrap;overflow-wrap:anywhere}
.foot{flex:none;display:flex;gap:10px;padding:10px 16px ${ios ? 30 : 14}px;background:${c.card};border-top:1px solid ${c.line}}
.foot span{flex:1;text-align:center;font-size:14px;color:${c.blue};padding:8px 0;border-radius:18px;background:${d ? '#1E2A3A' : '#EBF3FC'}}
`;
    const ini = (n) => n.split(/\s+/).map((x) => x[0]).join('').slice(0, 2).toUpperCase();
    const cards = m.thread.map((x) => {
      const col = x.color ?? (x.role === 'buyer' ? '#8764B8' : '#C239B3');
      const head = `<div class="hd"><div class="av" style="background:${col}">${esc(x.initials ?? ini(x.from))}</div><div class="who">${t('div', 'title', x.from, 'class="n"')}${x.collapsed ? t('div', x.role, x.body.join(' '), 'class="s"') : t('div', 'system', `${w.to} ${x.to ?? (scene.lang === 'en' || !scene.lang ? 'You' : '你')}`, 'class="s"')}</div>${t('div', 'system', x.when, 'class="when"')}</div>`;
      const bd = x.collapsed ? '' : `<div class="bd">${x.body.map((p) => t('p', x.role, p)).join('')}</div>`;
      return `<div class="card">${head}${bd}</div>`;
    }).join('');
    const body = `<div class="app"><div style="background:${c.card}">${topBar(scene, { dark: d, bg: c.card })}</div>
<div class="bar"><span>‹</span><span class="sp"></span><span>⊡</span><span>🗑</span><span>⋯</span></div>
<div class="main" data-scroll>${t('div', 'title', m.subject, 'class="subj"')}${cards}</div>
<div class="foot"><span>↩ ${esc(w.reply)}</span><span>↩↩ ${esc(w.replyAll)}</span><span>↪ ${esc(w.fwd)}</span></div>
</div>`;
    return page(css, body);
  },
};
