// The Yahoo Mail app on a phone showing one conversation: the top bar (back arrow, the archive,
// move, delete and more icons in Yahoo purple), the subject in bold with the folder chip, then the
// messages of the thread: earlier ones collapsed to one line (round initial, sender, the start of
// the text, the date), the open ones with the sender, "to me" / the addressee, the date and the
// text (an optional label–value table for an order receipt); and the bottom bar (Reply, Reply
// all, Forward, the star). Light or dark (`scene.dark`). English or Traditional / Simplified
// Chinese chrome (`scene.lang`). `scene.mail` = { subject, folder?, messages: [{ from, role,
// to?, date, text?: [paras], rows?: [[k, v]], collapsed? }] }. Layout reconstructed; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const W = {
  en: { inbox: 'Inbox', toMe: 'to me', reply: 'Reply', all: 'Reply all', fwd: 'Forward' },
  zh: { inbox: '收件箱', toMe: '发给我', reply: '回复', all: '全部回复', fwd: '转发' },
  'zh-Hant': { inbox: '收件匣', toMe: '寄給我', reply: '回覆', all: '全部回覆', fwd: '轉寄' },
};

export default {
  name: 'yahoo-mail',
  kind: 'chat',
  render(scene) {
    const m = scene.mail;
    const w = W[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#101012', fg: '#ECEDEF', sub: '#A2A5AD', line: '#2C2D31', chip: '#2C2D31', tbl: '#1B1C1F', acc: '#B08CFF' } : { bg: '#fff', fg: '#1D2228', sub: '#6E7780', line: '#E0E4E9', chip: '#F0F3F5', tbl: '#F7F8FA', acc: '#6001D2' };
    const cols = ['#7E1FFF', '#0F69FF', '#FF520D', '#1AC567', '#E0169B'];
    // a collapsed message shows only the start of its text, as far as the line goes
    const snip = (s) => (s.length > (scene.snip ?? 34) ? `${s.slice(0, scene.snip ?? 34).trimEnd()}…` : s);
    const msgs = m.messages.map((x, i) => {
      const col = x.color ?? cols[i % cols.length];
      const head = `<div class="av" style="background:${col}">${esc(x.from[0].toUpperCase())}</div>`;
      if (x.collapsed) return `<div class="msg col">${head}<div class="cm">${t('div', 'label', x.from, 'class="fn"')}${t('div', x.role ?? 'merchant', snip(x.text[0]), 'class="sn"')}</div>${t('span', 'system', x.date, 'class="dt"')}</div>`;
      const rows = x.rows ? `<div class="tbl">${x.rows.map(([k, v]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>` : '';
      return `<div class="msg">${head}<div class="cm"><div class="fr">${t('span', 'label', x.from, 'class="fn"')}${t('span', 'system', x.date, 'class="dt"')}</div><div class="to">${esc(x.to ?? w.toMe)} ⌄</div>
<div class="bd">${(x.text ?? []).map((p) => t('p', x.role ?? 'merchant', p)).join('')}${rows}${(x.after ?? []).map((p) => t('p', x.role ?? 'merchant', p)).join('')}</div></div></div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:15px}
.app{display:flex;flex-direction:column;height:100vh}
.bar{flex:none;height:52px;display:flex;align-items:center;gap:24px;padding:0 16px;color:${c.acc};font-size:20px}
.bar .sp{flex:1}
.main{flex:1;overflow:hidden}
.sj{padding:4px 16px 12px;border-bottom:1px solid ${c.line}}
.sj h1{margin:0;font-size:20px;line-height:1.3;font-weight:700}
.chip{display:inline-block;margin-top:7px;font-size:12px;background:${c.chip};color:${c.sub};border-radius:10px;padding:2px 9px}
.msg{display:flex;gap:11px;padding:12px 14px 10px 16px;border-bottom:1px solid ${c.line}}
.av{flex:none;width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:15px}
.cm{flex:1;min-width:0}
.fr{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.fn{font-weight:700;font-size:15px}
.dt{font-size:12.5px;color:${c.sub};white-space:nowrap}
.col .dt{flex:none;align-self:flex-start;margin-top:2px}
.sn{font-size:14px;color:${c.sub};white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-top:2px}
.to{font-size:13px;color:${c.sub};margin-top:2px}
.bd{margin-top:10px;font-size:15px;line-height:1.5}
.bd p{margin:0 0 10px;white-space:pre-wrap;overflow-wrap:anywhere}
.tbl{background:${c.tbl};border-radius:8px;padding:8px 12px;margin:2px 0 10px}
.kv{display:flex;gap:10px;padding:4px 0;font-size:14px}.kv .k{flex:none;width:104px;color:${c.sub}}.kv .v{overflow-wrap:anywhere}
.bt{flex:none;display:flex;justify-content:space-around;border-top:1px solid ${c.line};padding:9px 0 ${scene._device.os === 'ios' ? 28 : 12}px;color:${c.acc};font-size:12px;text-align:center}
.bt span b{display:block;font-size:19px;font-weight:400;margin-bottom:2px}
`;
    const body = `<div class="app">${topBar(scene, { dark: d, bg: c.bg })}<div class="bar"><span>←</span><span class="sp"></span><span>▭</span><span>⇪</span><span>🗑</span><span>⋯</span></div>
<div class="main"><div class="sj">${t('h1', 'title', m.subject)}<span class="chip">${esc(m.folder ?? w.inbox)}</span></div>${msgs}</div>
<div class="bt"><span><b>↩</b>${esc(w.reply)}</span><span><b>↩↩</b>${esc(w.all)}</span><span><b>↪</b>${esc(w.fwd)}</span><span><b>☆</b></span></div></div>`;
    return page(css, body, LATIN);
  },
};
