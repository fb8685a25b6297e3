// An Android game launcher's gift-code page with a system toast near the bottom (the grey pill
// Android shows for a few seconds): the game art, the code field, the 兑换 button, and the
// toast with the failure. Light page or dark (`scene.dark`).
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'android-toast',
  kind: 'error',
  render(scene) {
    const dark = Boolean(scene.dark);
    const g = scene.game;
    const css = `
body{background:${dark ? '#121212' : '#FFFFFF'};color:${dark ? '#EDEDED' : '#202124'};min-height:100vh}
.hd{height:52px;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:19px}
.art{margin:4px 16px 14px;height:150px;border-radius:14px;background:linear-gradient(135deg,${g.hue ?? '#2F80ED'},#9B51E0);display:flex;align-items:flex-end;padding:12px;color:#fff;font-size:20px;font-weight:700}
.row{margin:10px 16px;display:flex;gap:10px;align-items:center;font-size:14.5px}
.row .k{color:${dark ? '#9AA0A6' : '#5F6368'};width:72px;flex:none}
.row .v{flex:1;border-bottom:1px solid ${dark ? '#444' : '#DADCE0'};padding:8px 2px;overflow-wrap:anywhere}
.go{margin:22px 16px;height:44px;border-radius:22px;background:${g.btn ?? '#1A73E8'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.tip{margin:0 18px;font-size:12.5px;line-height:1.8;color:${dark ? '#9AA0A6' : '#5F6368'}}
.toast{position:fixed;left:50%;bottom:${scene.toastBottom ?? 110}px;transform:translateX(-50%);max-width:82%;background:${dark ? '#E8E8E8' : '#323232'};color:${dark ? '#202124' : '#FFFFFF'};padding:10px 16px;border-radius:20px;font-size:14px;line-height:1.45;text-align:center;box-shadow:0 2px 8px #0005}
`;
    const body = `${topBar(scene, { dark })}<div class="hd"><span>←</span>${t('span', 'title', g.title)}</div>
<div class="art">${t('span', 'title', g.name)}</div>
${g.fields.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}
${t('div', 'button', g.submit ?? '兑换', 'class="go"')}${(g.tips ?? []).map((x) => t('div', 'body', x, 'class="tip"')).join('')}
<div class="toast">${t('span', 'body', scene.toast)}</div>`;
    return page(css, body);
  },
};
