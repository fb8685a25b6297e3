// Roblox "Redeem Roblox Card" page (browser on a phone, www.roblox.com/redeem): dark or light top
// bar with the logo square, the page title, the PIN field with the masked code, the Redeem
// button and the red error line under the field (or a green success line).
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'roblox-redeem',
  kind: 'error',
  render(scene) {
    const dark = Boolean(scene.dark);
    const r = scene.redeem;
    const c = dark ? { bg: '#111216', fg: '#F2F4F5', card: '#191B1D', sub: '#BDBEBE', line: '#393B3D', field: '#191B1D' } : { bg: '#F2F4F5', fg: '#191919', card: '#FFFFFF', sub: '#606162', line: '#D8D8D8', field: '#FFFFFF' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.url{height:40px;background:${dark ? '#202124' : '#fff'};display:flex;align-items:center;padding:0 12px;border-bottom:1px solid ${c.line}}
.url span{flex:1;height:28px;border-radius:14px;background:${dark ? '#303134' : '#F1F3F4'};font-size:12.5px;color:${c.sub};display:flex;align-items:center;padding:0 12px}
.nav{height:46px;background:${dark ? '#191B1D' : '#fff'};display:flex;align-items:center;gap:12px;padding:0 12px;border-bottom:1px solid ${c.line}}
.logo{width:22px;height:22px;background:${c.fg};transform:rotate(15deg);position:relative}.logo::after{content:"";position:absolute;left:8px;top:8px;width:6px;height:6px;background:${dark ? '#191B1D' : '#fff'}}
.nav b{font-size:15px}.nav i{margin-left:auto;font-style:normal;font-size:13px;color:${c.sub}}
.wrap{padding:22px 16px}
h1{font-size:26px;margin:0 0 18px;font-weight:700}
.card{background:${c.card};border-radius:8px;padding:18px 16px;border:1px solid ${c.line}}
.lb{font-size:14px;font-weight:600;margin-bottom:8px}
.in{height:44px;border:1px solid ${r.error ? '#E2231A' : c.line};border-radius:8px;background:${c.field};display:flex;align-items:center;padding:0 12px;font-size:16px;letter-spacing:1px}
.err{color:${r.error ? '#E2231A' : '#00B06F'};font-size:14px;margin-top:8px;line-height:1.4}
.btn{margin-top:16px;height:44px;border-radius:8px;background:#335FFF;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:16px}
.help{font-size:13px;color:${c.sub};line-height:1.6;margin-top:18px}
`;
    const body = `${topBar(scene, { dark, bg: dark ? '#202124' : '#fff' })}<div class="url"><span>roblox.com/redeem</span></div>
<div class="nav"><span class="logo"></span><b>Roblox</b><i>${scene.user ? `@${scene.user}` : ''}</i></div>
<div class="wrap">${t('h1', 'title', r.title ?? 'Redeem Roblox Card')}
<div class="card">${t('div', 'label', r.label ?? 'Enter your PIN', 'class="lb"')}${t('div', 'value', r.pin, 'class="in"')}${t('div', r.error ? 'status' : 'body', r.error ?? r.success, 'class="err"')}${t('div', 'button', 'Redeem', 'class="btn"')}</div>
${(r.help ?? []).map((h) => t('div', 'body', h, 'class="help"')).join('')}</div>`;
    return page(css, body, LATIN);
  },
};
