// Outlook on the web (desktop, 1920×1080 at 100 %: small text): the blue top bar with the app
// launcher, "Outlook" and the search box; the left rail of app icons; the folder pane (Inbox,
// Drafts, Sent Items …); the message list (sender, subject, preview, time; the open one
// highlighted); and the reading pane with the subject, then each message of the conversation
// (round initials, sender with address, "To:" line, date, body paragraphs), the newest first.
// `scene.mail` = { subject, list: [[from, subject, preview, time]], open: index,
// thread: [{ from, addr, to, when, body: [paragraphs], role: 'buyer'|'merchant' }] }.
// Light only. Layout reconstructed from the web app.
import { t, esc, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'outlook-mail',
  kind: 'chat',
  render(scene) {
    const m = scene.mail;
    const css = `
body{background:#FAF9F8;color:#242424;font-size:13px}
.top{height:48px;background:#0F6CBD;color:#fff;display:flex;align-items:center;padding:0 14px;gap:16px}
.top .w{font-size:18px;letter-spacing:2px}.top .n{font-size:16px;font-weight:600}
.top .s{margin-left:130px;width:560px;height:32px;border-radius:4px;background:#fff;color:#616161;display:flex;align-items:center;padding:0 12px;font-size:13px}
.top .me{margin-left:auto;width:32px;height:32px;border-radius:50%;background:#C19C00;display:flex;align-items:center;justify-content:center;font-weight:600}
.body{position:fixed;top:48px;bottom:0;left:0;right:0;display:flex}
.rail{width:48px;background:#F0F0F0;border-right:1px solid #E1DFDD}
.rail div{width:20px;height:20px;margin:14px auto;border-radius:4px;background:#C8C6C4}
.rail div:first-child{background:#0F6CBD}
.fold{width:220px;padding:12px 8px;border-right:1px solid #E1DFDD;background:#fff}
.fold div{padding:7px 14px;border-radius:4px;font-size:13px;color:#424242}
.fold div.on{background:#EBF3FC;font-weight:600}
.list{width:380px;border-right:1px solid #E1DFDD;background:#fff}
.lh{padding:12px 16px;font-size:15px;font-weight:600;border-bottom:1px solid #EDEBE9}
.it{padding:10px 16px;border-bottom:1px solid #EDEBE9;font-size:12.5px;line-height:1.45}
.it.on{background:#CFE4FA}
.it .f{font-weight:600;font-size:13.5px;display:flex}.it .f span:last-child{margin-left:auto;font-weight:400;color:#616161;font-size:12px}
.it .p{color:#616161;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.read{flex:1;padding:16px 26px;overflow:hidden}
.subj{font-size:19px;font-weight:600;margin:2px 0 14px}
.msg{background:#fff;border:1px solid #EDEBE9;border-radius:6px;padding:14px 18px;margin-bottom:12px;box-shadow:0 1px 2px #0000000d}
.hd{display:flex;gap:12px;align-items:flex-start;margin-bottom:10px}
.av{width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:600;flex:none}
.fr{font-weight:600;font-size:13.5px}.to{color:#616161;font-size:12px;margin-top:2px}
.wh{margin-left:auto;color:#616161;font-size:12px;white-space:nowrap}
.pp{margin:0 0 9px 48px;line-height:1.5;font-size:13px}
`;
    const initials = (s) => s.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
    const items = m.list.map(([f, s, p, tm], i) => `<div class="it${i === (m.open ?? 0) ? ' on' : ''}"><div class="f">${t('span', 'label', f)}${t('span', 'label', tm)}</div>${t('div', 'label', s)}${t('div', 'label', p, 'class="p"')}</div>`).join('');
    const msgs = m.thread.map((x) => `<div class="msg"><div class="hd"><div class="av" style="background:${x.role === 'buyer' ? '#8764B8' : '#038387'}">${esc(initials(x.from))}</div><div>${t('div', x.role, `${x.from} <${x.addr}>`, 'class="fr"')}${t('div', 'label', `To: ${x.to}`, 'class="to"')}</div>${t('div', 'label', x.when, 'class="wh"')}</div>${x.body.map((p) => t('div', x.role, p, 'class="pp"')).join('')}</div>`).join('');
    const body = `<div class="top"><span class="w">⋮⋮⋮</span><span class="n">Outlook</span><span class="s">Search</span><span class="me">${esc(initials(scene.user ?? 'Me'))}</span></div>
<div class="body"><div class="rail"><div></div><div></div><div></div><div></div><div></div></div>
<div class="fold"><div class="on">Inbox</div><div>Junk Email</div><div>Drafts</div><div>Sent Items</div><div>Deleted Items</div><div>Archive</div><div>Notes</div></div>
<div class="list"><div class="lh">Inbox</div>${items}</div>
<div class="read">${t('div', 'title', m.subject, 'class="subj"')}${msgs}</div></div>`;
    return page(css, body, LATIN);
  },
};
