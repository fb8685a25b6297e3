// 网易邮箱大师 (NetEase Mail Master, phone) reading one mail: the white bar with "‹ 收件箱" and the
// star and "⋯" icons; the subject in bold; the sender row (round coloured initial, the sender's
// name in blue, "发给 我" and the time in grey, "详情" on the right); a thin rule; then the shop's
// HTML mail: a coloured band with the shop name, the greeting, paragraphs, a bordered order table
// (label–value rows), notes in small grey text; and the bottom toolbar (回复 / 转发 / 删除 / 标记 /
// 更多, icons over labels). Light and dark (`scene.dark`). `scene.mail` = { folder?, subject,
// from, time, to?, shop, color, hello, paras: [..], rows: [[k, v]], notes: [..] }.
// Layout reconstructed from the app.
import { esc, t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'mail163-app',
  kind: 'order',
  render(scene) {
    const m = scene.mail;
    const d = Boolean(scene.dark);
    const ios = scene._device.os === 'ios';
    const c = d
      ? { bg: '#161616', fg: '#E6E6E6', sub: '#8C8C8C', line: '#2C2C2C', blue: '#5B8DEF', tbl: '#242424', paper: '#1E1E1E' }
      : { bg: '#FFFFFF', fg: '#222222', sub: '#999999', line: '#EEEEEE', blue: '#2E6BE6', tbl: '#F7F8FA', paper: '#FFFFFF' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.app{display:flex;flex-direction:column;height:100vh}
.bar{height:46px;display:flex;align-items:center;padding:0 14px;font-size:16px;flex:none}
.bar .bk{color:${c.fg}}
.bar .sp{flex:1}
.bar .ic{font-size:19px;margin-left:20px;color:${c.sub}}
.main{flex:1;overflow:hidden}
.subj{font-size:19px;font-weight:600;line-height:1.35;padding:6px 16px 12px}
.from{display:flex;align-items:center;gap:10px;padding:0 16px 12px;border-bottom:1px solid ${c.line}}
.av{flex:none;width:36px;height:36px;border-radius:50%;color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px}
.who{flex:1;min-width:0}
.who .n{font-size:15px;color:${c.blue}}
.who .s{font-size:12.5px;color:${c.sub};margin-top:2px}
.dt{font-size:13px;color:${c.blue}}
.mail{margin:14px 12px;background:${c.paper};border:1px solid ${c.line};border-radius:4px;overflow:hidden}
.band{padding:12px 16px;color:#fff;font-size:17px;font-weight:600}
.mb{padding:12px 16px 14px;font-size:14.5px;line-height:1.6}
.mb p{margin:0 0 8px;white-space:pre-wrap;overflow-wrap:anywhere}
.tbl{border:1px solid ${c.line};border-radius:3px;margin:6px 0 10px}
.kv{display:flex;gap:10px;padding:6px 10px;border-bottom:1px solid ${c.line};font-size:14px}
.kv:last-child{border-bottom:none}
.kv .k{flex:none;width:78px;color:${c.sub};background:${c.tbl}}
.kv .v{overflow-wrap:anywhere}
.note{font-size:12.5px;color:${c.sub};line-height:1.55;margin:0 0 4px}
.tools{flex:none;display:flex;justify-content:space-around;padding:8px 0 ${ios ? 28 : 10}px;border-top:1px solid ${c.line};font-size:11px;color:${c.sub}}
.tools div{display:flex;flex-direction:column;align-items:center;gap:3px}
.tools i{font-style:normal;font-size:18px;color:${c.fg}}
`;
    const rows = (m.rows ?? []).map(([k, v]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `<div class="app">${topBar(scene, { dark: d, bg: c.bg })}
<div class="bar"><span class="bk">‹ ${esc(m.folder ?? '收件箱')}</span><span class="sp"></span><span class="ic">☆</span><span class="ic">⋯</span></div>
<div class="main">${t('div', 'title', m.subject, 'class="subj"')}
<div class="from"><div class="av" style="background:${m.color}">${esc(m.from.slice(0, 1))}</div><div class="who">${t('div', 'title', m.from, 'class="n"')}${t('div', 'system', `发给 ${m.to ?? '我'}  ${m.time}`, 'class="s"')}</div><span class="dt">详情</span></div>
<div class="mail"><div class="band" style="background:${m.color}">${t('span', 'title', m.shop)}</div><div class="mb">${t('p', 'merchant', m.hello)}${(m.paras ?? []).map((p) => t('p', 'merchant', p)).join('')}${rows ? `<div class="tbl">${rows}</div>` : ''}${(m.notes ?? []).map((p) => t('p', 'merchant', p, 'class="note"')).join('')}</div></div>
</div>
<div class="tools"><div><i>⤺</i>回复</div><div><i>⤻</i>转发</div><div><i>✕</i>删除</div><div><i>⚑</i>标记</div><div><i>⋯</i>更多</div></div>
</div>`;
    return page(css, body);
  },
};
