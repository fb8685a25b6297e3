// Mozilla Thunderbird (115 "Supernova" look) on the Windows desktop with a shop's mail open: the
// unified toolbar (Get Messages, New Message, the search field, the ≡ menu), the spaces bar at the
// far left, the folder pane (the account's masked address, Inbox with its unread count, Drafts,
// Sent, Archives, Junk, Trash), the message list in cards view (sender, date, subject; the open
// one highlighted), and the message pane: the header (From, To, the subject, the date on the
// right, the Reply / Forward / Archive / Junk / Delete buttons) and the body paragraphs; a quoted
// earlier message is drawn with the blue bar at its left (`quote: true`). Light or dark
// (`scene.dark`); English or Simplified Chinese chrome (`scene.lang`). Layout reconstructed; texts
// from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { get: 'Get Messages', write: 'New Message', search: 'Search <Ctrl+K>', folders: ['Inbox', 'Drafts', 'Sent', 'Archives', 'Junk', 'Trash'], from: 'From', to: 'To', btn: ['Reply', 'Forward', 'Archive', 'Junk', 'Delete'], me: 'me' },
  zh: { get: '收取消息', write: '新建消息', search: '搜索 <Ctrl+K>', folders: ['收件箱', '草稿', '已发送', '归档', '垃圾邮件', '已删除'], from: '发件人', to: '收件人', btn: ['回复', '转发', '归档', '垃圾', '删除'], me: '我' },
};

export default {
  name: 'thunderbird-mail',
  kind: 'chat',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#1C1B22', pane: '#23222B', line: '#3A3944', fg: '#FBFBFE', sub: '#A9A9B3', sel: '#0061E0', selFg: '#fff', tool: '#2B2A33', card: '#2B2A33', q: '#6A9FF7' }
      : { bg: '#FFFFFF', pane: '#F9F9FB', line: '#E0E0E6', fg: '#15141A', sub: '#5B5B66', sel: '#CFE6FF', selFg: '#15141A', tool: '#F0F0F4', card: '#FFFFFF', q: '#0061E0' };
    const m = scene.mail;
    const list = (scene.list ?? []).map((it, i) => `<div class="it ${i === (scene.open ?? 0) ? 'on' : ''}"><div class="l1">${t('span', 'label', it.from)}<span class="dt">${esc(it.date)}</span></div>${t('div', 'label', it.subject, 'class="l2"')}</div>`).join('');
    const paras = m.body.map((p) => (typeof p === 'string'
      ? t('p', 'body', p)
      : `<div class="qt">${p.head ? t('div', 'label', p.head, 'class="qh"') : ''}${p.lines.map((l) => t('p', 'body', l)).join('')}</div>`)).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px;height:100vh;display:flex;flex-direction:column}
.tb{height:30px;flex:none;background:${c.tool};display:flex;align-items:center;padding-left:12px;font-size:12px;color:${c.sub}}.tb .cap{margin-left:auto;letter-spacing:26px;padding-right:2px}
.ut{height:46px;flex:none;background:${c.tool};display:flex;align-items:center;gap:10px;padding:0 12px;border-bottom:1px solid ${c.line}}
.ut .b{padding:6px 12px;border-radius:4px;font-size:13px}.ut .b.w{background:#0061E0;color:#fff}
.ut .s{margin-left:auto;width:360px;height:30px;border-radius:4px;background:${d ? '#1C1B22' : '#fff'};border:1px solid ${c.line};color:${c.sub};font-size:13px;display:flex;align-items:center;padding-left:10px}
.ut .mn{font-size:18px;padding:0 6px}
.bd{flex:1;display:flex;min-height:0}
.sp{width:44px;flex:none;background:${c.tool};border-right:1px solid ${c.line};display:flex;flex-direction:column;align-items:center;gap:16px;padding-top:14px}.sp i{width:20px;height:20px;border-radius:5px;border:1.6px solid ${c.sub}}
.fp{width:${scene.folderW ?? 230}px;flex:none;background:${c.pane};border-right:1px solid ${c.line};padding:10px 8px;font-size:13.5px}
.fp .ac{font-weight:700;padding:6px 8px;font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.fp .f{padding:6px 8px 6px 22px;border-radius:4px;display:flex}.fp .f.on{background:${c.sel};color:${c.selFg}}.fp .f b{margin-left:auto}
.ml{width:${scene.listW ?? 330}px;flex:none;border-right:1px solid ${c.line};overflow:hidden}
.it{padding:10px 14px;border-bottom:1px solid ${c.line};background:${c.card}}.it.on{background:${c.sel};color:${c.selFg}}
.it .l1{display:flex;font-weight:600;font-size:13.5px}.it .dt{margin-left:auto;font-weight:400;font-size:12px;color:${c.sub}}
.it .l2{font-size:13px;margin-top:3px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.mp{flex:1;overflow:hidden;display:flex;flex-direction:column}
.hd{padding:14px 22px 12px;border-bottom:1px solid ${c.line};flex:none}
.hd .r{display:flex;align-items:center;gap:8px;font-size:13px;margin-bottom:4px}.hd .k{color:${c.sub};width:70px;flex:none}
.hd .bs{margin-left:auto;display:flex;gap:6px}.hd .bs span{border:1px solid ${c.line};border-radius:4px;padding:3px 9px;font-size:12.5px;background:${c.tool}}
.hd .sj{font-size:17px;font-weight:700;margin:8px 0 2px;display:flex}.hd .sj .dt{margin-left:auto;font-weight:400;font-size:12.5px;color:${c.sub}}
.bo{padding:16px 24px;overflow:hidden;font-size:14.5px;line-height:1.6}
.bo p{margin:0 0 12px;white-space:pre-wrap;overflow-wrap:anywhere}
.qt{border-left:3px solid ${c.q};padding-left:12px;color:${c.sub};margin:4px 0 12px}.qt .qh{font-size:13px;margin-bottom:6px}
`;
    const body = `<div class="tb">${t('span', 'title', `${m.subject} - ${scene.account ?? ''} - Mozilla Thunderbird`)}<span class="cap">–▢✕</span></div>
<div class="ut"><span class="b">⟳ ${esc(x.get)}</span><span class="b w">✎ ${esc(x.write)}</span><span class="s">${esc(x.search)}</span><span class="mn">≡</span></div>
<div class="bd"><div class="sp"><i></i><i></i><i></i><i></i></div>
<div class="fp"><div class="ac">${esc(scene.account ?? '')}</div>${x.folders.map((f, i) => `<div class="f ${i === 0 ? 'on' : ''}"><span>${esc(f)}</span>${i === 0 && scene.unread ? `<b>${esc(scene.unread)}</b>` : ''}</div>`).join('')}</div>
<div class="ml">${list}</div>
<div class="mp"><div class="hd"><div class="r"><span class="k">${esc(x.from)}</span>${t('span', 'label', m.from)}<span class="bs">${x.btn.map((b) => `<span>${esc(b)}</span>`).join('')}</span></div>
<div class="r"><span class="k">${esc(x.to)}</span>${t('span', 'label', m.to ?? x.me)}</div>
<div class="sj">${t('span', 'title', m.subject)}${t('span', 'label', m.date, 'class="dt"')}</div></div>
<div class="bo">${paras}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
