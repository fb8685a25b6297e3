// A phone photo of a Taiwanese convenience-store paper (7-ELEVEN ibon, 全家 FamiPort …) lying on
// a desk: a thermal-paper strip, slightly turned (`scene.tilt` degrees), with the store's name, the
// title (代收款 繳費證明 for a paid bill, or the kiosk's 繳費單 printed before paying), label–value
// rows (繳費代碼, 代收項目, 金額, 日期 …), a barcode and the fine print, under uneven light. No
// status bar: it is a camera photo (forward it with `degrade` as chat apps do). Layout
// reconstructed; the texts come from the scene.
import { t, page, rng, seedOf } from '../lib/common.mjs';

export default {
  name: 'cvs-receipt',
  kind: 'order',
  render(scene) {
    const p = scene.paper;
    const r = rng(seedOf(scene.name));
    const bars = Array.from({ length: 58 }, () => `<i style="width:${1 + Math.floor(r() * 3)}px;margin-right:${1 + Math.floor(r() * 2)}px"></i>`).join('');
    const brand = p.brand === 'family' ? { n: 'FamilyMart 全家', c: '#00a14b' } : { n: '7-ELEVEN', c: '#e8681a' };
    const rows = p.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k)}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:radial-gradient(ellipse at 30% 20%,#8a6a4a,#5a402a 70%,#3b2a1c);height:100vh;display:flex;align-items:center;justify-content:center;overflow:hidden}
.wood{position:absolute;inset:0;background:repeating-linear-gradient(${92 + (scene.tilt ?? 0)}deg,#0000 0 26px,#0000000d 26px 29px,#ffffff08 29px 33px)}
.paper{position:relative;width:${scene.paperW ?? 286}px;background:linear-gradient(180deg,#fbfaf5,#f1efe6 60%,#ebe8dd);color:#2a2a2a;padding:18px 16px 22px;transform:rotate(${scene.tilt ?? -2}deg);box-shadow:0 10px 26px #0000008c,0 2px 4px #0000004d;font-family:"Noto Sans Mono CJK TC","Noto Sans CJK TC",monospace;font-size:12.5px;line-height:1.55}
.paper::after{content:"";position:absolute;left:0;right:0;bottom:-6px;height:6px;background:linear-gradient(135deg,#ebe8dd 25%,transparent 25%) 0 0/8px 8px,linear-gradient(225deg,#ebe8dd 25%,transparent 25%) 0 0/8px 8px}
.br{text-align:center;font-weight:800;font-size:17px;color:${brand.c};letter-spacing:1px}
.ti{text-align:center;font-weight:700;font-size:14px;margin:4px 0 2px}
.sub{text-align:center;font-size:11.5px;color:#555}
.hr{border-top:1px dashed #777;margin:8px 0}
.r{display:flex;justify-content:space-between;gap:10px}.r .v{text-align:right;overflow-wrap:anywhere}
.big{display:flex;justify-content:space-between;font-size:15px;font-weight:700;margin-top:4px}
.bc{display:flex;height:42px;margin:10px 6px 4px;align-items:stretch}.bc i{display:block;background:#222}
.fn{font-size:11px;color:#444;line-height:1.5}
.light{position:absolute;inset:0;background:radial-gradient(ellipse at 70% 15%,#ffffff38,#0000 45%),radial-gradient(ellipse at 20% 95%,#00000059,#0000 55%);pointer-events:none}
`;
    const body = `<div class="wood"></div><div class="paper">${t('div', 'title', brand.n, 'class="br"')}${t('div', 'title', p.title, 'class="ti"')}${p.sub ? t('div', 'body', p.sub, 'class="sub"') : ''}<div class="hr"></div>
${rows}${p.amount ? `<div class="hr"></div><div class="big">${t('span', 'label', p.amount[0])}${t('span', 'value', p.amount[1])}</div>` : ''}
${p.barcode === false ? '' : `<div class="bc">${bars}</div>`}<div class="hr"></div>${(p.foot ?? []).map((f) => t('div', 'body', f, 'class="fn"')).join('')}</div><div class="light"></div>`;
    return page(css, body);
  },
};
