// Steam "Redeem a Steam Wallet Code" page (store, desktop or phone browser): the dark blue
// Steam header and menu, the page title, the explanatory line, the code field (masked as typed),
// the blue "Continue" button and, under it, the red error line (`scene.error`) or, after a
// good code, the green result box (`scene.success`: lines). Always dark, as Steam's store is.
// Labels come from the scene (so zh-Hant pages can be drawn). Reconstructed (helper h17f).
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'steam-wallet-redeem',
  kind: 'error',
  render(scene) {
    const L = { title: 'Redeem a Steam Wallet Code', lead: 'Enter your Steam Wallet code below. Steam Wallet codes can be used to purchase games and software on Steam.', field: 'Steam Wallet Code', button: 'Continue', menu: ['STORE', 'COMMUNITY', 'ABOUT', 'SUPPORT'], ...(scene.labels ?? {}) };
    const desk = scene._device.os === 'desktop';
    const css = `
body{background:#1b2838;color:#c6d4df}
.hd{background:#171a21;height:${desk ? 96 : 56}px;display:flex;align-items:center;gap:${desk ? 34 : 14}px;padding:0 ${desk ? 180 : 14}px;font-size:${desk ? 15 : 12}px;letter-spacing:.5px;color:#dcdedf}
.logo{font-weight:800;font-size:${desk ? 26 : 18}px;color:#fff;letter-spacing:1px;margin-right:${desk ? 30 : 4}px}
.wrap{max-width:${desk ? 640 : 9999}px;margin:${desk ? 48 : 20}px auto;padding:0 ${desk ? 0 : 16}px}
.h1{font-size:${desk ? 26 : 21}px;color:#fff;font-weight:300;margin-bottom:14px}
.lead{font-size:14px;line-height:1.6;color:#acb2b8;margin-bottom:18px}
.lb{font-size:12px;text-transform:uppercase;color:#8f98a0;margin-bottom:6px}
.in{background:#316282;border-radius:3px;padding:11px 12px;font-family:"DejaVu Sans Mono",monospace;color:#fff;font-size:15px;margin-bottom:14px;letter-spacing:1px}
.btn{display:inline-block;background:linear-gradient(to right,#47bfff,#1a44c2);color:#fff;border-radius:2px;padding:10px 28px;font-size:15px}
.err{margin-top:18px;color:#ff7b7b;background:#3a1f26;border-left:3px solid #c2342f;padding:10px 12px;font-size:14px;line-height:1.55}
.ok{margin-top:18px;background:#2a3f22;border-left:3px solid #5c7e10;padding:12px;font-size:14px;line-height:1.6;color:#d2efa9}
.bal{margin-top:22px;font-size:13px;color:#8f98a0}
`;
    const body = `${topBar(scene, { dark: true, bg: '#171a21' })}<div class="hd"><span class="logo">STEAM</span>${desk ? L.menu.map((m) => `<span>${m}</span>`).join('') : '<span style="margin-left:auto;font-size:22px">☰</span>'}</div>
<div class="wrap">${t('div', 'title', L.title, 'class="h1"')}${t('div', 'body', L.lead, 'class="lead"')}
${t('div', 'label', L.field, 'class="lb"')}${t('div', 'value', scene.code, 'class="in"')}${t('div', 'button', L.button, 'class="btn"')}
${scene.error ? t('div', 'status', scene.error, 'class="err"') : ''}
${scene.success ? `<div class="ok">${scene.success.map((s) => t('div', 'status', s)).join('')}</div>` : ''}
${scene.balance ? t('div', 'value', scene.balance, 'class="bal"') : ''}</div>`;
    return page(css, body, LATIN);
  },
};
