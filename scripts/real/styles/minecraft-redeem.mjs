// Minecraft / Microsoft redeem page (minecraft.net/redeem on a phone browser): the browser's
// address bar, the Minecraft site's dark header, "Redeem your code" (or its translation), the
// signed-in Microsoft account (masked), the code field showing the code as typed (masked), a
// red error line under the field (or a green success panel), and the green Redeem button.
// `scene.dark` gives the page in the browser's dark mode. Texts come from `scene.ui`.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'minecraft-redeem',
  kind: 'error',
  render(scene) {
    const u = scene.ui;
    const d = Boolean(scene.dark);
    const css = `
body{background:${d ? '#1E1E1E' : '#F7F7F7'};color:${d ? '#EEE' : '#1a1a1a'}}
.url{background:${d ? '#2A2A2A' : '#fff'};padding:6px 10px 8px}.url div{background:${d ? '#3a3a3a' : '#EEF0F2'};border-radius:18px;height:34px;display:flex;align-items:center;padding:0 14px;font-size:13.5px;color:${d ? '#ccc' : '#444'}}
.mh{background:#262626;height:52px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;color:#fff}
.mh .lg{font-weight:900;letter-spacing:2px;font-size:18px;color:#fff;text-shadow:2px 2px 0 #555}
.wrap{padding:22px 18px}
.h1{font-size:25px;font-weight:800;line-height:1.25;margin-bottom:10px}
.acct{font-size:13.5px;color:${d ? '#bbb' : '#555'};margin-bottom:18px}
.lbl{font-size:13px;font-weight:700;margin-bottom:6px}
.fld{border:2px solid ${u.error ? '#D32F2F' : (d ? '#666' : '#8a8a8a')};background:${d ? '#2a2a2a' : '#fff'};height:46px;display:flex;align-items:center;padding:0 12px;font-family:"DejaVu Sans Mono",monospace;font-size:15.5px;letter-spacing:.5px}
.err{color:${d ? '#FF6B6B' : '#C62828'};font-size:14px;line-height:1.45;margin-top:8px;display:flex;gap:6px}
.ok{background:${d ? '#1f3a24' : '#E8F5E9'};border-left:4px solid #3C8527;padding:10px 12px;font-size:14px;line-height:1.5;margin-top:12px}
.btn{margin-top:22px;background:#3C8527;color:#fff;text-align:center;font-weight:700;font-size:16px;height:48px;line-height:48px;box-shadow:inset 0 -4px 0 #1D4D13}
.help{margin-top:16px;font-size:13px;color:${d ? '#8ab4f8' : '#1565C0'}}
`;
    const body = `${topBar(scene, { bg: d ? '#2A2A2A' : '#fff', dark: d })}<div class="url"><div>🔒 minecraft.net/${u.path ?? 'redeem'}</div></div>
<div class="mh"><span class="lg">MINECRAFT</span><span style="font-size:20px">☰</span></div>
<div class="wrap">${t('div', 'title', u.title, 'class="h1"')}${t('div', 'body', u.account, 'class="acct"')}
${t('div', 'label', u.label, 'class="lbl"')}${t('div', 'value', u.code, 'class="fld"')}
${u.error ? `<div class="err"><span>⚠</span>${t('span', 'system', u.error)}</div>` : ''}
${u.success ? t('div', 'system', u.success, 'class="ok"') : ''}
${t('div', 'button', u.button, 'class="btn"')}${u.help ? t('div', 'body', u.help, 'class="help"') : ''}</div>`;
    return page(css, body, /[\u4e00-\u9fff]/.test(JSON.stringify(u)) ? undefined : LATIN);
  },
};
