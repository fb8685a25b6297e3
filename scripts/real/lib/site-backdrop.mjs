// The shop's web page behind a floating chat widget on a desktop capture (blind27 styles): a nav
// bar with the shop's name and menu, a hero band and a row of product tiles, all without truth
// except the shop's name. `tone` tints the page so different shops do not look the same.
import { esc } from './common.mjs';

export function backdropCss(tone = '#E9EDF3') {
  return `
.site{position:absolute;inset:0;background:#fff}
.site .nav{height:62px;border-bottom:1px solid #e5e7eb;display:flex;align-items:center;padding:0 56px;gap:30px;font-size:15px;color:#374151}
.site .nav b{font-size:21px;margin-right:26px;color:#111827}
.site .hero{margin:34px 56px 26px;height:250px;border-radius:10px;background:linear-gradient(115deg,${tone},#f6f7f9)}
.site .tiles{display:flex;gap:22px;margin:0 56px}
.site .tiles div{flex:1;max-width:220px;height:190px;border-radius:8px;background:${tone}}
`;
}

/** The page behind the widget; `menu` are the nav links. */
export function backdrop(name, menu = ['Gift cards', 'Game keys', 'Subscriptions', 'Help']) {
  return `<div class="site"><div class="nav"><b>${esc(name)}</b>${menu.map((m) => `<span>${esc(m)}</span>`).join('')}</div><div class="hero"></div><div class="tiles"><div></div><div></div><div></div><div></div></div></div>`;
}
