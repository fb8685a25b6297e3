// A Smile.one-style top-up order page (smile.one, the game top-up site used in Brazil, the
// Philippines and elsewhere), on a phone browser or a desktop: the white site bar with the orange
// "smile.one" word mark and its smile, the country pill and the account menu; on a desktop the left
// "My account" menu (Orders, Smile Coins, Security) beside the content. The content is the order
// card: the status badge (`order.tone` ok|wait|bad: green, amber, red), the game and the package,
// label–value rows (Order No., Role ID / Zone ID, payment channel, amount, created time) and an
// optional grey note under it, then the orange button. English chrome; the texts come from the
// scene. Layout reconstructed; no brand art.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'smileone-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const desk = scene._device.os === 'desktop';
    const tone = { ok: ['#E5F6EC', '#13804A'], wait: ['#FFF2D9', '#A35F00'], bad: ['#FDE7E7', '#C62828'] }[o.tone ?? 'ok'];
    const css = `
body{background:#F5F6FA;color:#222838;font-size:14px}
.bar{height:${desk ? 64 : 52}px;background:#fff;display:flex;align-items:center;justify-content:space-between;padding:0 ${desk ? 40 : 14}px;border-bottom:1px solid #ECEEF3}
.wm{font-weight:800;font-size:${desk ? 26 : 21}px;color:#FF7A00;letter-spacing:-.3px;display:flex;align-items:center;gap:6px}
.wm i{display:inline-block;width:${desk ? 26 : 22}px;height:${desk ? 26 : 22}px;border-radius:50%;background:#FFB400;position:relative}
.wm i::after{content:"";position:absolute;left:22%;right:22%;bottom:26%;height:28%;border:2.5px solid #fff;border-top:0;border-radius:0 0 12px 12px}
.rt{display:flex;gap:12px;align-items:center;font-size:13px;color:#5B6275}
.pill{border:1px solid #E1E4EC;border-radius:14px;padding:4px 10px}
.wrap{${desk ? 'display:flex;gap:24px;max-width:1180px;margin:26px auto;padding:0 30px' : 'padding:10px 12px'}}
.side{width:220px;flex:none;background:#fff;border-radius:12px;padding:14px 0;align-self:flex-start}
.side div{padding:11px 22px;font-size:14.5px;color:#4A5163}.side .on{color:#FF7A00;font-weight:700;border-left:3px solid #FF7A00;background:#FFF6EC}
.main{flex:1;min-width:0}
.h1{font-size:${desk ? 22 : 18}px;font-weight:700;margin:${desk ? '0 0 14px' : '6px 4px 10px'}}
.card{background:#fff;border-radius:12px;padding:${desk ? '20px 24px' : '14px'};box-shadow:0 1px 3px #1d22300f}
.top{display:flex;gap:12px;align-items:center;padding-bottom:12px;border-bottom:1px solid #F0F1F5}
.ic{width:${desk ? 56 : 48}px;height:${desk ? 56 : 48}px;border-radius:12px;background:linear-gradient(135deg,${scene.gameColor ?? '#2563EB'},#F59E0B);flex:none}
.gn{font-size:12.5px;color:#7A8194}.pk{font-size:${desk ? 17 : 15.5}px;font-weight:700;margin-top:2px}
.st{margin-left:auto;flex:none;font-size:12.5px;font-weight:700;padding:4px 11px;border-radius:12px;background:${tone[0]};color:${tone[1]}}
.row{display:flex;justify-content:space-between;gap:16px;padding:10px 0;border-bottom:1px solid #F3F4F7;font-size:${desk ? 14.5 : 13.5}px}
.row:last-child{border-bottom:0}.k{color:#7A8194;white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere;font-weight:600}
.note{margin-top:12px;background:#F7F8FB;border-radius:8px;padding:10px 12px;font-size:12.5px;color:#5B6275;line-height:1.55}
.btn{margin-top:16px;height:44px;border-radius:22px;background:#FF7A00;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;${desk ? 'width:240px' : ''}}
`;
    const rows = o.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const card = `<div class="card"><div class="top"><div class="ic"></div><div>${t('div', 'value', o.game, 'class="gn"')}${t('div', 'value', o.item, 'class="pk"')}</div>${t('span', 'status', o.status, 'class="st"')}</div>${rows}
${(o.note ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}</div>${t('div', 'button', o.button ?? 'Buy again', 'class="btn"')}`;
    const side = desk ? `<div class="side">${['My account', 'Orders', 'Smile Coins', 'Security', 'Help center'].map((x) => `<div${x === 'Orders' ? ' class="on"' : ''}>${x}</div>`).join('')}</div>` : '';
    const body = `${topBar(scene, { bg: '#fff' })}<div class="bar"><span class="wm"><i></i>smile.one</span><span class="rt">${t('span', 'body', scene.country ?? 'Philippines', 'class="pill"')}${desk ? `<span>${scene.account ?? ''}</span>` : '<span style="font-size:20px">☰</span>'}</span></div>
<div class="wrap">${side}<div class="main">${t('div', 'title', o.heading ?? 'Order details', 'class="h1"')}${card}</div></div>`;
    return page(css, body, LATIN);
  },
};
