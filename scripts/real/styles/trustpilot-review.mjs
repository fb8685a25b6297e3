// A Trustpilot-style review page (browser, English): the dark header with the green star mark,
// the company's card (name, domain, TrustScore with its five green squares, review count), then
// the review: the round initial, reviewer name, country and review count, the star row, the date,
// the title, the text, "Date of experience", and an optional reply from the company. Phone or
// desktop. Layout reconstructed from the site's look; the reviews are the scene's.
import { t, page, topBar, esc, LATIN } from '../lib/common.mjs';

const COL = ['#FF3722', '#FF8622', '#FFCE00', '#73CF11', '#00B67A'];

function stars(n, size) {
  const col = COL[Math.max(0, Math.round(n) - 1)];
  return `<span style="display:inline-flex;gap:2px">${[1, 2, 3, 4, 5].map((i) => `<span style="width:${size}px;height:${size}px;background:${i <= n ? col : '#DCDCE6'};color:#fff;display:inline-flex;align-items:center;justify-content:center;font-size:${Math.round(size * 0.75)}px">★</span>`).join('')}</span>`;
}

export default {
  name: 'trustpilot-review',
  kind: 'other',
  render(scene) {
    const co = scene.company;
    const narrow = scene._device.width < 700;
    const css = `
body{background:#FCFBF3;color:#191919;font-size:14px}
.hd{background:#1C1C1C;color:#fff;height:${narrow ? 50 : 60}px;display:flex;align-items:center;gap:8px;padding:0 ${narrow ? 14 : 44}px;font-size:${narrow ? 18 : 21}px;font-weight:700}
.hd i{color:#00B67A;font-style:normal;font-size:${narrow ? 20 : 24}px}
.co{background:#fff;border-bottom:1px solid #E5E5DD;padding:${narrow ? '14px' : '22px 44px'}}
.co .n{font-size:${narrow ? 20 : 26}px;font-weight:700}.co .d{font-size:13px;color:#555;margin:3px 0 8px}
.co .ts{display:flex;align-items:center;gap:10px;font-size:13.5px;color:#444}
.wrap{max-width:820px;margin:${narrow ? 10 : 22}px auto;padding:0 ${narrow ? 10 : 0}px}
.rv{background:#fff;border-radius:8px;padding:14px 16px;margin-bottom:12px;box-shadow:0 1px 2px #0000000d}
.who{display:flex;align-items:center;gap:10px;padding-bottom:10px;border-bottom:1px solid #EEE;margin-bottom:10px}
.av{flex:none;width:38px;height:38px;border-radius:50%;display:flex;align-items:center;justify-content:center;color:#fff;font-weight:700}
.who .nm{font-weight:700;font-size:14px}.who .m{font-size:12px;color:#666}
.top{display:flex;justify-content:space-between;align-items:center;margin-bottom:8px}.top .dt{font-size:12.5px;color:#666}
.rt{font-size:16px;font-weight:700;margin:0 0 6px;line-height:1.35}
.tx{font-size:14.5px;line-height:1.55;white-space:pre-wrap;overflow-wrap:anywhere}
.de{font-size:13px;color:#444;margin-top:10px}
.rp{margin-top:12px;border-left:3px solid #00B67A;background:#F6F6F1;padding:9px 12px;border-radius:4px}
.rp .h{font-size:13px;font-weight:700;margin-bottom:4px}.rp .x{font-size:14px;line-height:1.5;white-space:pre-wrap}
`;
    const rv = scene.reviews.map((r) => `<div class="rv"><div class="who"><div class="av" style="background:${r.color ?? '#5B6CC5'}">${esc(r.name.slice(0, 2).toUpperCase())}</div><div>${t('div', 'title', r.name, 'class="nm"')}<div class="m">${esc(r.meta ?? '')}</div></div></div>
<div class="top">${stars(r.stars, 20)}${t('span', 'system', r.date, 'class="dt"')}</div>${t('h3', 'buyer', r.title, 'class="rt"')}${t('div', 'buyer', r.text, 'class="tx"')}${r.experience ? t('div', 'system', `Date of experience: ${r.experience}`, 'class="de"') : ''}
${r.reply ? `<div class="rp">${t('div', 'title', `Reply from ${co.name}`, 'class="h"')}${t('div', 'merchant', r.reply, 'class="x"')}</div>` : ''}</div>`).join('');
    const body = `${topBar(scene, { bg: '#1C1C1C', dark: true })}<div class="hd"><i>★</i>Trustpilot</div>
<div class="co">${t('div', 'title', co.name, 'class="n"')}${t('div', 'value', co.domain, 'class="d"')}<div class="ts">${stars(Math.round(co.score), narrow ? 20 : 24)}${t('span', 'value', `TrustScore ${co.score} | ${co.count} reviews`)}</div></div>
<div class="wrap">${rv}</div>`;
    return page(css, body, LATIN);
  },
};
