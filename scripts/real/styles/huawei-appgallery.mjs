// 华为应用市场 (Huawei AppGallery) 兑换 page with a HarmonyOS dialog over it: white header,
// the 礼包兑换 form with the masked code, a grey mask and the bottom-anchored rounded dialog
// with title, message and the blue 取消 | 确定 text buttons. Chinese (`scene.lang` 'zh-Hant'
// changes the chrome), light or dark (`scene.dark`).
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'huawei-appgallery',
  kind: 'error',
  render(scene) {
    const dark = Boolean(scene.dark);
    const hant = scene.lang === 'zh-Hant';
    const d = scene.dialog;
    const c = dark ? { bg: '#000', fg: '#E5E5E5', card: '#202224', sub: '#9a9a9a', line: '#333' } : { bg: '#F1F3F5', fg: '#182431', card: '#FFFFFF', sub: '#6b7480', line: '#E5E8EB' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.hd{height:56px;display:flex;align-items:center;gap:16px;padding:0 16px;font-size:20px;font-weight:600}
.app{margin:8px 16px;background:${c.card};border-radius:16px;padding:14px;display:flex;gap:12px;align-items:center}
.ic{width:52px;height:52px;border-radius:12px;background:linear-gradient(135deg,#ff4d4f,#c7000b);flex:none}
.an{font-size:16px;font-weight:500}.as{font-size:12px;color:${c.sub};margin-top:4px}
.card{margin:12px 16px;background:${c.card};border-radius:16px;padding:6px 14px}
.f{padding:12px 0;border-bottom:1px solid ${c.line}}.f:last-child{border:0}
.fk{font-size:12px;color:${c.sub}}.fv{font-size:16px;margin-top:4px;overflow-wrap:anywhere}
.btn{margin:24px 16px;height:40px;border-radius:20px;background:#0A59F7;color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.mask{position:fixed;inset:0;background:#00000066}
.dlg{position:fixed;left:16px;right:16px;bottom:${scene._device.os === 'ios' ? 34 : 16}px;background:${dark ? '#2b2d30' : '#fff'};border-radius:24px;padding:24px 24px 8px}
.dt{font-size:20px;font-weight:600;margin-bottom:12px}
.db{font-size:16px;line-height:1.5;color:${dark ? '#cfcfcf' : '#333'};margin-bottom:4px}
.dbs{display:flex;margin-top:16px}
.dbs span{flex:1;text-align:center;padding:12px 0;color:#0A59F7;font-size:16px;font-weight:500}
.dbs span + span{border-left:1px solid ${c.line}}
`;
    const body = `${topBar(scene, { dark })}<div class="hd"><span>←</span>${t('span', 'title', scene.appTitle ?? (hant ? '禮包兌換' : '礼包兑换'))}</div>
<div class="app"><div class="ic"></div><div>${t('div', 'title', scene.app.name, 'class="an"')}${t('div', 'body', scene.app.sub, 'class="as"')}</div></div>
<div class="card">${scene.fields.map(([k, v]) => `<div class="f">${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}</div>`).join('')}</div>
${t('div', 'button', scene.submit ?? (hant ? '立即兌換' : '立即兑换'), 'class="btn"')}
<div class="mask"></div><div class="dlg">${t('div', 'title', d.title, 'class="dt"')}${d.body.map((b) => t('div', 'body', b, 'class="db"')).join('')}<div class="dbs">${d.buttons.map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body);
  },
};
