// Xbox "Redeem a code" (the Xbox app on a phone, or the console/PC overlay on a desktop-sized
// capture): Xbox's dark theme (`scene.light` gives the app's light theme), the green Xbox mark,
// the heading, "Enter the 25-character code", the code field with the code typed (masked), the
// error text under it, an optional help line, and the buttons. Layout reconstructed from the app.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'xbox-redeem',
  kind: 'error',
  render(scene) {
    const light = Boolean(scene.light);
    const narrow = scene._device.width < 700;
    const c = light
      ? { bg: '#F2F2F2', panel: '#FFFFFF', fg: '#1A1A1A', sub: '#5E5E5E', field: '#FFFFFF', border: '#8A8A8A', err: '#C42B1C' }
      : { bg: '#101010', panel: '#1F1F1F', fg: '#F2F2F2', sub: '#B3B3B3', field: '#2B2B2B', border: '#5A5A5A', err: '#FF99A4' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.bar{height:${narrow ? 52 : 64}px;display:flex;align-items:center;gap:12px;padding:0 ${narrow ? 14 : 40}px;font-size:${narrow ? 17 : 20}px;font-weight:600}
.mark{width:${narrow ? 26 : 32}px;height:${narrow ? 26 : 32}px;border-radius:50%;background:#107C10;position:relative;flex:none}
.mark::after{content:"";position:absolute;left:24%;top:24%;width:52%;height:52%;border:3px solid #fff;border-radius:50%;clip-path:polygon(0 0,100% 0,50% 55%)}
.panel{background:${c.panel};margin:${narrow ? '12px' : '80px auto'};${narrow ? '' : 'width:720px;'}border-radius:8px;padding:${narrow ? '22px 18px' : '40px 48px'}}
.h{font-size:${narrow ? 24 : 32}px;font-weight:600;margin-bottom:8px}
.p{font-size:${narrow ? 14.5 : 17}px;color:${c.sub};margin-bottom:18px;line-height:1.5}
.field{background:${c.field};border:2px solid ${c.err};border-radius:4px;padding:12px 12px;font-size:${narrow ? 15 : 19}px;letter-spacing:1px;font-family:"Liberation Mono","DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
.err{color:${c.err};font-size:${narrow ? 14.5 : 17}px;margin-top:10px;line-height:1.5}
.help{color:${c.sub};font-size:${narrow ? 13.5 : 16}px;margin-top:8px;line-height:1.5}
.bs{display:flex;gap:12px;margin-top:26px}
.b{padding:10px 22px;border-radius:4px;font-size:${narrow ? 15 : 17}px;background:${light ? '#E6E6E6' : '#3A3A3A'}}
.b.main{background:#107C10;color:#fff}
`;
    const body = `${topBar(scene, { dark: !light, bg: c.bg })}<div class="bar"><span class="mark"></span>${t('span', 'title', scene.appTitle ?? 'Xbox')}</div>
<div class="panel">${t('div', 'title', scene.heading ?? 'Redeem a code', 'class="h"')}${t('div', 'body', scene.prompt ?? 'Enter the 25-character code', 'class="p"')}
${t('div', 'value', scene.code, 'class="field"')}${scene.lines.map((l) => t('div', 'body', l, 'class="err"')).join('')}${(scene.help ?? []).map((l) => t('div', 'body', l, 'class="help"')).join('')}
<div class="bs">${(scene.buttons ?? ['Try again', 'Cancel']).map((b, i) => t('span', 'button', b, `class="b ${i ? '' : 'main'}"`)).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
