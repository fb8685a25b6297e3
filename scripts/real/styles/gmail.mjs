// Gmail (Android app, Material 3) showing one e-mail: the top bar with the back arrow and the
// archive / delete / mail / more icons, the subject with the grey "Inbox" (收件箱) label chip and
// the star, the sender row (round coloured initial, name, time, "to me" / "发送至我" with a
// chevron, the reply and more icons), the message body (paragraphs and an optional label–value
// table of an order receipt, `scene.mail.rows`; the quoted earlier message, `scene.mail.quote`), and the Reply / Reply all / Forward pills at
// the bottom. Light and dark (`scene.dark`). English or Chinese chrome (`scene.lang`: 'en',
// 'zh', 'zh-Hant'). Layout reconstructed from the app.
import { t, page, topBar, esc } from '../lib/common.mjs';

const WORDS = {
  en: { inbox: 'Inbox', toMe: 'to me', reply: 'Reply', replyAll: 'Reply all', fwd: 'Forward' },
  zh: { inbox: '收件箱', toMe: '发送至我', reply: '回复', replyAll: '全部回复', fwd: '转发' },
  'zh-Hant': { inbox: '收件匣', toMe: '寄給我', reply: '回覆', replyAll: '全部回覆', fwd: '轉寄' },
};

export default {
  name: 'gmail',
  kind: 'chat',
  render(scene) {
    const m = scene.mail;
    const w = WORDS[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#1F1F1F', fg: '#E3E3E3', sub: '#C4C7C5', chip: '#444746', line: '#444746', pill: '#8E918F', tbl: '#2A2A2A' }
      : { bg: '#FFFFFF', fg: '#1F1F1F', sub: '#444746', chip: '#E8EAED', line: '#DADCE0', pill: '#747775', tbl: '#F6F8FC' };
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.app{display:flex;flex-direction:column;height:100vh}
.bar{height:56px;display:flex;align-items:center;padding:0 8px 0 16px;gap:22px;font-size:20px;color:${c.sub};flex:none}
.bar .sp{flex:1}
.main{flex:1;overflow:hidden;padding:6px 0 0}
.subj{display:flex;align-items:flex-start;gap:8px;padding:4px 16px 14px 20px}
.subj h1{font-size:21px;font-weight:400;line-height:1.3;margin:0;flex:1}
.subj .chip{display:inline-block;font-size:12px;background:${c.chip};color:${c.sub};border-radius:4px;padding:1px 6px;margin-left:6px;vertical-align:3px}
.subj .star{font-size:22px;color:${c.sub};margin-top:2px}
.from{display:flex;align-items:center;gap:12px;padding:0 12px 0 16px}
.av{flex:none;width:40px;height:40px;border-radius:50%;display:flex;align-items:center;justify-content:center;color:#fff;font-size:18px}
.who{flex:1;min-width:0}
.who .n{font-size:15px;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.who .n .tm{font-weight:400;font-size:12.5px;color:${c.sub};margin-left:6px}
.who .to{font-size:13px;color:${c.sub}}
.ic{font-size:19px;color:${c.sub};margin-left:12px}
.body{padding:16px 20px 10px;font-size:15px;line-height:1.5}
.body p{margin:0 0 11px;white-space:pre-wrap;overflow-wrap:anywhere}
.tbl{background:${c.tbl};border-radius:8px;padding:8px 12px;margin:4px 0 12px}
.tbl .kv{display:flex;gap:10px;padding:4px 0;font-size:14px}
.tbl .kv .k{flex:none;width:96px;color:${c.sub}}
.tbl .kv .v{overflow-wrap:anywhere}
.q{border-left:2px solid ${c.line};padding-left:12px;color:${c.sub};font-size:14px}
.q .qh{margin-bottom:6px}
.brand{font-size:20px;font-weight:700;margin-bottom:10px;color:${m.brandColor ?? c.fg}}
.btns{flex:none;display:flex;gap:10px;padding:10px 16px ${scene._device.os === 'ios' ? 30 : 16}px}
.btns span{flex:1;text-align:center;border:1px solid ${c.pill};border-radius:20px;padding:9px 0;font-size:14px;color:${c.fg}}
`;
    const rows = m.rows ? `<div class="tbl">${m.rows.map(([k, v]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>` : '';
    const paras = (list) => (list ?? []).map((p) => t('p', m.role ?? 'merchant', p)).join('');
    const [ini, col] = m.avatar ?? [m.from.slice(0, 1).toUpperCase(), '#1A73E8'];
    const body = `<div class="app">${topBar(scene, { dark: d, bg: c.bg })}
<div class="bar"><span>←</span><span class="sp"></span><span>⇩</span><span>🗑</span><span>✉</span><span>⋮</span></div>
<div class="main">
<div class="subj"><h1>${t('span', 'title', m.subject)}<span class="chip">${esc(w.inbox)}</span></h1><span class="star">☆</span></div>
<div class="from"><div class="av" style="background:${col}">${esc(ini)}</div><div class="who"><div class="n">${t('span', 'title', m.from)}${t('span', 'system', m.time, 'class="tm"')}</div><div class="to">${esc(m.to ?? w.toMe)} ⌄</div></div><span class="ic">↩</span><span class="ic">⋮</span></div>
<div class="body">${m.brand ? t('div', 'title', m.brand, 'class="brand"') : ''}${paras(m.body)}${rows}${paras(m.after)}${m.quote ? `<div class="q">${m.quoteHead ? t('div', 'system', m.quoteHead, 'class="qh"') : ''}${m.quote.map((x) => t('p', 'buyer', x)).join('')}</div>` : ''}</div>
</div>
<div class="btns"><span>↩ ${esc(w.reply)}</span><span>↩↩ ${esc(w.replyAll)}</span><span>↪ ${esc(w.fwd)}</span></div>
</div>`;
    return page(css, body);
  },
};
