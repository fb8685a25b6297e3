// An e-mail receipt opened in a phone mail app, in the look of console stores' receipts
// (Nintendo / PlayStation style): the mail app's bar, subject, sender line and time, then the
// mail body: a coloured brand band (`scene.brand`: { name, color }), the greeting, the receipt
// table (label–value rows), the total and a footer line. Labels are the scene's, so zh-Hant
// receipts can be drawn. Reconstructed from the look of such receipts.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'store-receipt-mail',
  kind: 'order',
  render(scene) {
    const m = scene.mail;
    const dark = Boolean(scene.dark);
    const c = dark ? { bg: '#111', fg: '#e6e6e6', sub: '#9a9a9a', line: '#2a2a2a', card: '#1b1b1b' } : { bg: '#fff', fg: '#1f1f1f', sub: '#6b6b6b', line: '#e6e6e6', card: '#fafafa' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.bar{height:52px;display:flex;align-items:center;justify-content:space-between;padding:0 14px;font-size:21px;color:${c.sub}}
.subj{font-size:19px;line-height:1.35;padding:2px 16px 10px;font-weight:500}
.from{display:flex;gap:10px;align-items:center;padding:0 16px 12px;border-bottom:1px solid ${c.line}}
.fa{width:38px;height:38px;border-radius:50%;background:${m.brand.color};color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.fn{font-size:14.5px;font-weight:600}.ft{font-size:12.5px;color:${c.sub}}
.band{background:${m.brand.color};color:#fff;font-weight:800;font-size:20px;padding:14px 18px;margin:14px 14px 0;border-radius:6px 6px 0 0;letter-spacing:.3px}
.mb{margin:0 14px;border:1px solid ${c.line};border-top:0;border-radius:0 0 6px 6px;padding:14px 16px;background:${c.card}}
.hi{font-size:14.5px;line-height:1.6;margin-bottom:10px}
.row{display:flex;justify-content:space-between;gap:12px;padding:7px 0;border-bottom:1px solid ${c.line};font-size:13.5px}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.tot{display:flex;justify-content:space-between;font-size:16px;font-weight:700;padding:10px 0 4px}
.foot{font-size:12px;color:${c.sub};line-height:1.6;margin-top:10px}
`;
    const rows = m.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { dark })}<div class="bar"><span>←</span><span>🗑 ✉ ⋮</span></div>
${t('div', 'title', m.subject, 'class="subj"')}
<div class="from"><div class="fa">${m.brand.name[0]}</div><div>${t('div', 'value', m.from, 'class="fn"')}${t('div', 'value', m.time, 'class="ft"')}</div></div>
${t('div', 'title', m.brand.name, 'class="band"')}<div class="mb">${m.hello.map((h) => t('div', 'body', h, 'class="hi"')).join('')}${rows}
<div class="tot">${t('span', 'label', m.totalLabel ?? 'Total')}${t('span', 'value', m.total)}</div>
${(m.foot ?? []).map((f) => t('div', 'body', f, 'class="foot"')).join('')}</div>`;
    return page(css, body, LATIN);
  },
};
