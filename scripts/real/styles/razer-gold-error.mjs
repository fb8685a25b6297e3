// Razer Gold (gold.razer.com) reload page on a phone browser: black header with the green
// RAZER GOLD mark and menu, the "Reload Razer Gold" form with the masked PIN, then a result card:
// a red cross and "Reload Failed" with the message (or, `result.tone: 'ok'`, a green tick and the
// credited amount), optional label–value rows (Transaction ID, Date, Amount) and the green button.
// Light by default; `scene.dark` gives the site's black theme.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'razer-gold-error',
  kind: 'error',
  render(scene) {
    const light = !scene.dark;
    const r = scene.result;
    const ok = r.tone === 'ok';
    const c = light
      ? { bg: '#F2F2F2', fg: '#111', card: '#FFFFFF', sub: '#666', line: '#E3E3E3', field: '#F7F7F7' }
      : { bg: '#0B0B0B', fg: '#EDEDED', card: '#1B1B1B', sub: '#9A9A9A', line: '#2B2B2B', field: '#111' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.nav{height:54px;background:#000;display:flex;align-items:center;justify-content:space-between;padding:0 16px}
.logo{display:flex;align-items:center;gap:8px;color:#44D62C;font-weight:800;letter-spacing:2px;font-size:16px}
.logo i{display:inline-block;width:22px;height:22px;border-radius:50%;background:radial-gradient(circle at 40% 40%,#7CFF5C,#1a8f0d)}
.menu{width:20px;height:14px;border-top:2px solid #ddd;border-bottom:2px solid #ddd;position:relative}
.menu::after{content:"";position:absolute;left:0;right:0;top:4px;border-top:2px solid #ddd}
.h1{font-size:21px;font-weight:700;margin:20px 16px 4px}
.h2{font-size:13px;color:${c.sub};margin:0 16px 14px}
.card{background:${c.card};margin:0 14px 14px;border-radius:6px;padding:14px 16px}
.fk{font-size:12px;color:${c.sub};margin-bottom:6px;text-transform:uppercase;letter-spacing:.5px}
.fv{background:${c.field};border:1px solid ${c.line};border-radius:4px;padding:10px 12px;font-size:15px;letter-spacing:1px;margin-bottom:12px;overflow-wrap:anywhere}
.res{text-align:center;padding:6px 0 10px}
.mk{width:54px;height:54px;border-radius:27px;margin:6px auto 10px;display:flex;align-items:center;justify-content:center;font-size:30px;color:#fff;background:${ok ? '#44D62C' : '#E0383E'}}
.rt{font-size:19px;font-weight:700}
.rm{font-size:14.5px;line-height:1.5;margin-top:8px;color:${light ? '#333' : '#D6D6D6'}}
.row{display:flex;justify-content:space-between;gap:12px;padding:9px 0;border-top:1px solid ${c.line};font-size:13.5px}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.btn{margin:4px 14px 0;height:44px;border-radius:4px;background:#44D62C;color:#000;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:15px;letter-spacing:.5px}
`;
    const fields = (scene.fields ?? []).map(([k, v]) => `${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}`).join('');
    const rows = (r.rows ?? []).map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { bg: '#000', dark: true })}<div class="nav"><span class="logo"><i></i>${t('span', 'title', 'RAZER GOLD')}</span><span class="menu"></span></div>
${t('div', 'title', scene.heading ?? 'Reload Razer Gold', 'class="h1"')}${t('div', 'body', scene.subheading ?? 'Reload with Razer Gold PIN', 'class="h2"')}
<div class="card">${fields}</div>
<div class="card"><div class="res"><div class="mk">${ok ? '✓' : '✕'}</div>${t('div', 'status', r.title, 'class="rt"')}${(r.body ?? []).map((b) => t('div', 'body', b, 'class="rm"')).join('')}</div>${rows}</div>
${t('div', 'button', scene.button ?? (ok ? 'DONE' : 'TRY AGAIN'), 'class="btn"')}`;
    return page(css, body, LATIN);
  },
};
