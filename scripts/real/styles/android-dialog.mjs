// Android Material 3 dialog over an app's 兑换 / 激活 page: rounded 28px surface, title, body,
// text buttons on the right; light or dark (`scene.dark`).
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'android-dialog',
  kind: 'error',
  render(scene) {
    const dark = Boolean(scene.dark);
    const d = scene.dialog;
    const c = dark
      ? { bg: '#141218', fg: '#E6E0E9', surf: '#2B2930', sub: '#CAC4D0', pri: '#D0BCFF', field: '#211F26' }
      : { bg: '#FEF7FF', fg: '#1D1B20', surf: '#ECE6F0', sub: '#49454F', pri: '#6750A4', field: '#fff' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.bar{height:64px;display:flex;align-items:center;gap:22px;padding:0 16px;font-size:22px}
.f{margin:12px 16px;border:1px solid ${c.sub}66;border-radius:4px;padding:8px 14px;background:${c.field}}
.fk{font-size:12px;color:${c.sub}}.fv{font-size:16px;margin-top:2px;overflow-wrap:anywhere}
.btn{margin:22px 16px;height:40px;border-radius:20px;background:${c.pri};color:${dark ? '#381E72' : '#fff'};display:flex;align-items:center;justify-content:center;font-size:14px;font-weight:500}
.mask{position:fixed;inset:0;background:#00000052}
.dlg{position:fixed;left:50%;top:48%;transform:translate(-50%,-50%);width:${Math.min(312, scene._device.width - 48)}px;background:${c.surf};border-radius:28px;padding:24px}
.dt{font-size:24px;line-height:32px;margin-bottom:16px}
.db{font-size:14px;line-height:20px;color:${c.sub};letter-spacing:.25px;margin-bottom:6px}
.dbs{display:flex;justify-content:flex-end;gap:8px;margin-top:18px}
.dbs span{color:${c.pri};font-size:14px;font-weight:500;padding:10px 12px}
`;
    const body = `${topBar(scene, { dark })}<div class="bar"><span>←</span>${t('span', 'title', scene.appTitle)}</div>
${scene.fields.map(([k, v]) => `<div class="f">${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}</div>`).join('')}
${t('div', 'button', scene.submit ?? '确认兑换', 'class="btn"')}
<div class="mask"></div><div class="dlg">${t('div', 'title', d.title, 'class="dt"')}${d.body.map((b) => t('div', 'body', b, 'class="db"')).join('')}<div class="dbs">${d.buttons.map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body);
  },
};
