// A Steam-like "Activate a Product" result dialog (English): dark blue-grey client behind,
// the modal with its title bar, the message lines and the Back / Print / Cancel buttons.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'steam-activate',
  kind: 'error',
  render(scene) {
    const css = `
body{background:#1B2838;color:#c6d4df;font-size:14px}
.client{position:fixed;inset:0;background:linear-gradient(180deg,#171a21 0,#171a21 64px,#1b2838 64px)}
.menu{height:64px;display:flex;align-items:center;gap:34px;padding:0 30px;font-size:20px;font-weight:700;color:#dcdedf;letter-spacing:.5px}
.menu span:first-child{color:#1a9fff}
.grid{position:absolute;top:110px;left:30px;right:30px;display:grid;grid-template-columns:repeat(6,1fr);gap:18px}
.grid div{height:240px;border-radius:3px;background:linear-gradient(160deg,#2a475e,#16202d)}
.dlg{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:${scene.width ?? 620}px;background:linear-gradient(180deg,#3d4450,#262a33);box-shadow:0 0 30px #000;border:1px solid #171a21}
.dt{height:34px;display:flex;align-items:center;padding:0 14px;font-size:13px;color:#b8b6b4;background:#171a21}
.dt .x{margin-left:auto}
.db{padding:22px 26px 8px}
.h{font-size:22px;color:#fff;margin-bottom:16px;font-weight:300}
.p{font-size:14px;line-height:1.6;margin-bottom:12px;color:#c6d4df}
.code{font-family:"Liberation Mono",monospace;color:#fff;margin:4px 0 14px}
.bs{display:flex;justify-content:flex-end;gap:8px;padding:14px 26px 22px}
.b{padding:7px 22px;border-radius:2px;background:linear-gradient(180deg,#67c1f5,#417a9b);color:#fff;font-size:14px}
.b.g{background:#3d4450;color:#c6d4df}
`;
    const body = `<div class="client"><div class="menu"><span>STORE</span><span>LIBRARY</span><span>COMMUNITY</span><span>${scene.user ?? 'PLAYER'}</span></div><div class="grid">${'<div></div>'.repeat(6)}</div></div>
<div class="dlg"><div class="dt">${t('span', 'title', scene.title ?? 'Product Activation')}<span class="x">✕</span></div><div class="db">
${t('div', 'title', scene.heading, 'class="h"')}${scene.code ? t('div', 'value', scene.code, 'class="code"') : ''}${scene.lines.map((l) => t('div', 'body', l, 'class="p"')).join('')}</div>
<div class="bs">${(scene.buttons ?? ['< Back', 'Print', 'Cancel']).map((b, i) => t('span', 'button', b, `class="b ${i ? 'g' : ''}"`)).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
