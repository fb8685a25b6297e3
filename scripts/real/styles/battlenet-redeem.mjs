// Battle.net desktop app, "Redeem a Code": the dark blue-black app frame with the top bar (the
// Battle.net mark, Games / Shop / Social, the account name), and the centred redeem panel: the
// title, the explanation line, the code field (the code as the buyer typed it, masked here), the
// red error line under the field, and the blue "Redeem" button. `scene.code`, `scene.error`
// (one or more lines), `scene.account`. Dark only. Layout reconstructed from the app.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'battlenet-redeem',
  kind: 'error',
  render(scene) {
    const css = `
body{background:#0E1014;color:#fff;font-size:14px}
.top{height:64px;background:#15171C;display:flex;align-items:center;padding:0 24px;gap:30px;border-bottom:1px solid #22252C}
.logo{width:34px;height:34px;border-radius:50%;background:radial-gradient(circle,#148EFF,#0B4C9A)}
.top a{color:#B7BAC2;font-size:15px;font-weight:600;letter-spacing:.5px}
.top a.on{color:#fff}
.acct{margin-left:auto;color:#B7BAC2;font-size:14px}
.bg{position:fixed;inset:65px 0 0 0;background:linear-gradient(180deg,#141821,#0E1014)}
.pn{position:fixed;left:50%;top:52%;transform:translate(-50%,-50%);width:560px;background:#1B1E25;border-radius:6px;padding:34px 38px;box-shadow:0 12px 40px #000a}
.pt{font-size:26px;font-weight:700;margin-bottom:10px}
.pd{font-size:14px;color:#A9ADB6;line-height:1.5;margin-bottom:22px}
.fl{font-size:12px;color:#A9ADB6;margin-bottom:6px;letter-spacing:.5px}
.fv{height:44px;border:1px solid #E0343A;background:#0F1116;border-radius:4px;display:flex;align-items:center;padding:0 14px;font-size:16px;letter-spacing:1.5px;font-family:"DejaVu Sans Mono",monospace}
.er{color:#FF5A5F;font-size:14px;margin-top:10px;line-height:1.45}
.btn{margin-top:26px;height:46px;border-radius:4px;background:#148EFF;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:15px}
.x{position:absolute;right:18px;top:14px;color:#A9ADB6;font-size:20px}
`;
    const body = `<div class="top"><span class="logo"></span><a class="on">GAMES</a><a>SHOP</a><a>SOCIAL</a>${t('span', 'label', scene.account ?? 'Player#1234', 'class="acct"')}</div><div class="bg"></div>
<div class="pn"><span class="x">✕</span>${t('div', 'title', 'Redeem a Code', 'class="pt"')}${t('div', 'body', scene.hint ?? 'Enter your code below to add a game, gift card balance or in-game item to your account.', 'class="pd"')}
${t('div', 'label', 'CODE', 'class="fl"')}${t('div', 'value', scene.code, 'class="fv"')}${[].concat(scene.error).map((x) => t('div', 'body', x, 'class="er"')).join('')}${t('div', 'button', 'Redeem', 'class="btn"')}</div>`;
    return page(css, body, LATIN);
  },
};
