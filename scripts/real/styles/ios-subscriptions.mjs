// The iPhone's Settings › Apple ID › Subscriptions page (iOS 17 look): the status bar, the nav bar
// with the "‹ Apple ID" back button and the centred title, then the grouped inset lists — the
// ACTIVE section and the EXPIRED / INACTIVE section — each row with a rounded app tile, the app's
// name in bold, the plan line and the renew / expiry line, and a chevron; grey section footers
// where the scene gives them (`foot`). Light, or dark (`scene.dark`); English, Simplified or
// Traditional Chinese labels (`scene.lang`). Layout reconstructed from iOS; texts from the scene.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { back: 'Apple ID', title: 'Subscriptions' },
  zh: { back: 'Apple ID', title: '订阅' },
  'zh-Hant': { back: 'Apple ID', title: '訂閱項目' },
};

export default {
  name: 'ios-subscriptions',
  kind: 'other',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#000', card: '#1C1C1E', fg: '#fff', sub: '#8D8D93', line: '#38383A', acc: '#0A84FF' } : { bg: '#F2F2F7', card: '#fff', fg: '#000', sub: '#6D6D72', line: '#C6C6C8', acc: '#007AFF' };
    const secs = scene.sections.map((s) => `${t('div', 'label', s.head, 'class="sh"')}<div class="cd">${s.rows.map((r) => `<div class="rw"><div class="tile" style="background:${r.color ?? '#888'}">${esc(r.short ?? r.name[0])}</div><div class="tx">${t('div', 'title', r.name, 'class="nm"')}${(r.lines ?? []).map((l) => t('div', 'value', l, 'class="ln"')).join('')}</div><span class="ch">›</span></div>`).join('')}</div>${s.foot ? t('div', 'label', s.foot, 'class="sf"') : ''}`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:17px;height:100vh}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-weight:600}
.nav .bk{position:absolute;left:8px;color:${c.acc};font-weight:400;display:flex;align-items:center;gap:2px}.nav .bk b{font-size:30px;font-weight:300;line-height:1;margin-top:-4px}
.sc{padding:8px 16px}
.sh{font-size:13px;color:${c.sub};text-transform:uppercase;margin:22px 16px 7px}
.cd{background:${c.card};border-radius:10px;overflow:hidden}
.rw{display:flex;align-items:center;gap:12px;padding:10px 14px;position:relative}
.rw+.rw::before{content:"";position:absolute;left:74px;right:0;top:0;border-top:0.5px solid ${c.line}}
.tile{width:48px;height:48px;border-radius:11px;color:#fff;font-weight:700;font-size:20px;display:flex;align-items:center;justify-content:center;flex:none}
.tx{flex:1;min-width:0}.nm{font-size:16.5px;font-weight:600}.ln{font-size:14px;color:${c.sub};margin-top:2px;line-height:1.35}
.ch{color:${c.sub};font-size:24px;opacity:.6}
.sf{font-size:13px;color:${c.sub};margin:8px 16px;line-height:1.4}
`;
    const body = `${topBar(scene, { dark: d, bg: c.bg })}<div class="nav"><span class="bk"><b>‹</b>${esc(x.back)}</span>${t('span', 'title', x.title)}</div><div class="sc">${secs}</div>`;
    return page(css, body, LATIN);
  },
};
