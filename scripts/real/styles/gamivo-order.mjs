// GAMIVO order details ("My account › Orders › Order …") in a browser: the dark navy header
// with the GAMIVO wordmark, the search field and the account chip, the breadcrumb, "Order
// <number>" with the date and the status badge, the product card (cover, title, platform and
// region chips, "Sold by" the seller, the price), the key panel (the key masked, with the time it
// was revealed, or "Key not revealed yet" and the "Reveal key" button, or one row per key), the
// payment summary, a notice (`order.note`) and the buttons ("Report a problem", …). Desktop or
// phone (status bar and address pill, one column). Light or dark (`scene.dark`). Layout
// reconstructed from the site; the wording is the scene's.
import { t, esc, page, LATIN } from '../lib/common.mjs';
import { chrome, chromeCss } from '../lib/browser-chrome.mjs';

export default {
  name: 'gamivo-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const d = Boolean(scene.dark);
    const narrow = scene._device.width < 700;
    const tone = { ok: '#16A34A', wait: '#E89B0C', bad: '#DC2626' }[o.tone ?? 'ok'];
    const c = d
      ? { bg: '#0F1426', card: '#181F38', line: '#273052', fg: '#E8EBF7', sub: '#9AA3C4', chip: '#232B4B', key: '#0F1426' }
      : { bg: '#F3F4F8', card: '#FFFFFF', line: '#E4E6EF', fg: '#151A30', sub: '#6A7191', chip: '#EEF0F6', key: '#F6F7FB' };
    const css = `${chromeCss(d)}
body{background:${c.bg};color:${c.fg};font-size:14px}
.app{display:flex;flex-direction:column;min-height:100vh}
.hd{flex:none;height:${narrow ? 52 : 64}px;background:#121735;display:flex;align-items:center;gap:22px;padding:0 ${narrow ? 14 : 48}px;color:#fff}
.wm{font-size:${narrow ? 20 : 24}px;font-weight:800;letter-spacing:1px}.wm b{color:#FFB800}
.sr{flex:1;max-width:520px;height:38px;border-radius:6px;background:#232A52;color:#8D95BD;font-size:13px;display:flex;align-items:center;padding:0 14px}
.me{margin-left:auto;font-size:13px;color:#C9CEE8}
.wrap{width:${narrow ? '100%' : '940px'};margin:0 auto;padding:${narrow ? '12px 12px' : '22px 0'}}
.bcr{font-size:12.5px;color:${c.sub};margin-bottom:10px}
.tl{display:flex;align-items:center;gap:12px;flex-wrap:wrap}.tl h1{font-size:${narrow ? 19 : 24}px;margin:0}
.bd{font-size:12px;font-weight:700;color:#fff;background:${tone};border-radius:4px;padding:3px 9px}
.dt{font-size:12.5px;color:${c.sub};margin:4px 0 14px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:8px;padding:${narrow ? '12px' : '16px 18px'};margin-bottom:12px}
.pr{display:flex;gap:14px;align-items:flex-start}.cv{flex:none;width:${narrow ? 56 : 72}px;height:${narrow ? 74 : 96}px;border-radius:4px;background:linear-gradient(150deg,#2B3A8C,#E0543A)}
.pt{font-size:15px;font-weight:700;line-height:1.35}.ch{display:flex;gap:6px;flex-wrap:wrap;margin-top:6px}.ch span{font-size:11.5px;background:${c.chip};color:${c.sub};border-radius:4px;padding:2px 7px}
.sl{font-size:12.5px;color:${c.sub};margin-top:6px}.pp{margin-left:auto;font-weight:800;font-size:16px;white-space:nowrap}
.kh{font-size:13px;font-weight:700;margin-bottom:8px}
.key{font-family:"DejaVu Sans Mono",monospace;font-size:15px;background:${c.key};border:1px dashed ${d ? '#3A4677' : '#C9CEDF'};border-radius:6px;padding:10px 12px;letter-spacing:.5px;margin-bottom:6px;overflow-wrap:anywhere}
.kt{font-size:12px;color:${c.sub};margin-bottom:8px}
.rv{display:inline-block;background:#FFB800;color:#121735;font-weight:800;border-radius:6px;padding:9px 18px}
.row{display:flex;justify-content:space-between;gap:14px;padding:7px 0;border-bottom:1px solid ${c.line}}.row:last-child{border:0}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.nt{font-size:12.5px;line-height:1.55;background:${d ? '#2A2410' : '#FFF8E6'};border:1px solid ${d ? '#5C4A12' : '#F5DFA0'};color:${d ? '#F1DFA8' : '#5B4812'};border-radius:8px;padding:10px 12px;margin-bottom:12px}
.bt{display:flex;gap:10px;flex-wrap:wrap}.bt span{border:1px solid ${c.line};background:${c.card};border-radius:6px;padding:9px 14px;font-weight:700}
`;
    const keys = (o.keys ?? []).map((k) => `${t('div', 'value', k.key, 'class="key"')}${k.note ? t('div', 'system', k.note, 'class="kt"') : ''}`).join('');
    const keyPanel = `<div class="card">${t('div', 'label', o.keyLabel ?? 'Your key', 'class="kh"')}${keys || `${o.keyNote ? t('div', 'system', o.keyNote, 'class="kt"') : ''}${t('span', 'button', 'Reveal key', 'class="rv"')}`}</div>`;
    const rows = (o.rows ?? []).map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `<div class="app">${chrome(scene, { url: `www.gamivo.com/account/orders/${o.id}`, tab: 'My orders - GAMIVO', fav: '#FFB800', dark: d })}
<div class="hd"><span class="wm">GAMI<b>VO</b></span>${narrow ? '' : '<span class="sr">Search for games, gift cards, software…</span>'}<span class="me">${esc(scene.account ?? 'My account')}</span></div>
<div class="wrap"><div class="bcr">My account › Orders › ${esc(o.id)}</div>
<div class="tl">${t('h1', 'title', `Order ${o.id}`)}${t('span', 'status', o.status, 'class="bd"')}</div>${t('div', 'value', o.date, 'class="dt"')}
<div class="card"><div class="pr"><div class="cv"></div><div>${t('div', 'value', o.product, 'class="pt"')}<div class="ch">${(o.chips ?? []).map((x) => t('span', 'value', x)).join('')}</div>${o.seller ? t('div', 'value', `Sold by: ${o.seller}`, 'class="sl"') : ''}</div>${narrow ? '' : t('span', 'value', o.price, 'class="pp"')}</div></div>
${keyPanel}<div class="card">${rows}</div>
${(o.note ?? []).map((n) => t('div', 'body', n, 'class="nt"')).join('')}
${o.buttons ? `<div class="bt">${o.buttons.map((b) => t('span', 'button', b)).join('')}</div>` : ''}</div></div>`;
    return page(css, body, LATIN);
  },
};
