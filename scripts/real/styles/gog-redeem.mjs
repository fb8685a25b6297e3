// GOG.com's "Redeem a code" page (gog.com/redeem) in a browser: the near-black store menu bar
// with the GOG badge and the menu (STORE, ABOUT, COMMUNITY, SUPPORT), the account name on the
// right, then the light-grey page with the white card: "Redeem a code", the hint line, the code
// field (the code masked as the user typed it) edged in red when it fails, the error line under
// it (`scene.error`), and the purple "Continue" button. Desktop (Chrome chrome above) or phone
// (status bar and address pill). Light page only; `scene.dark` darkens the browser chrome.
// Layout reconstructed from the page; wording of the error from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';
import { chrome, chromeCss } from '../lib/browser-chrome.mjs';

export default {
  name: 'gog-redeem',
  kind: 'error',
  render(scene) {
    const narrow = scene._device.width < 700;
    const css = `${chromeCss(Boolean(scene.dark))}
body{background:#E1E1E1;color:#212121;font-size:14px}
.app{display:flex;flex-direction:column;height:100vh}
.mn{flex:none;height:${narrow ? 48 : 56}px;background:#262626;color:#d6d6d6;display:flex;align-items:center;gap:${narrow ? 14 : 30}px;padding:0 ${narrow ? 12 : 40}px;font-size:13px;font-weight:700;letter-spacing:.6px}
.lg{width:${narrow ? 34 : 40}px;height:${narrow ? 34 : 40}px;border-radius:50%;background:#fff;color:#262626;display:flex;align-items:center;justify-content:center;font-size:${narrow ? 11 : 13}px;font-weight:800;letter-spacing:0}
.ac{margin-left:auto;display:flex;align-items:center;gap:8px;letter-spacing:0;font-weight:400}.ac i{width:26px;height:26px;border-radius:50%;background:#8e5cc4;display:inline-block}
.pg{flex:1;display:flex;justify-content:center;padding-top:${narrow ? 22 : 70}px}
.cd{width:${narrow ? 'calc(100% - 24px)' : '560px'};background:#fff;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.15);padding:${narrow ? '22px 18px' : '34px 40px'};height:fit-content}
.h{font-size:${narrow ? 22 : 26}px;font-weight:700;margin:0 0 8px}
.s{color:#5c5c5c;line-height:1.5;margin-bottom:20px}
.in{height:46px;border:2px solid ${scene.error ? '#d92b2b' : '#bdbdbd'};border-radius:3px;display:flex;align-items:center;padding:0 14px;font-family:"DejaVu Sans Mono",monospace;font-size:15px;letter-spacing:1px}
.er{color:#d92b2b;margin-top:9px;line-height:1.45;display:flex;gap:7px}.er b{flex:none;width:18px;height:18px;border-radius:50%;background:#d92b2b;color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center}
.bt{margin-top:22px;height:44px;border-radius:3px;background:#7C3FB8;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:14px;letter-spacing:.4px}
.ft{margin-top:16px;color:#777;font-size:12.5px;line-height:1.5}
`;
    const body = `<div class="app">${chrome(scene, { url: 'www.gog.com/en/redeem', tab: 'Redeem a code | GOG.COM', fav: '#8e5cc4', dark: Boolean(scene.dark) })}
<div class="mn"><span class="lg">GOG</span>${narrow ? '<span>☰</span>' : '<span>STORE</span><span>ABOUT</span><span>COMMUNITY</span><span>SUPPORT</span>'}<span class="ac"><i></i>${esc(scene.user ?? '')}</span></div>
<div class="pg"><div class="cd">${t('h1', 'title', scene.heading ?? 'Redeem a code', 'class="h"')}${t('div', 'body', scene.sub ?? 'Enter the code you received to add the product to your library.', 'class="s"')}
${t('div', 'value', scene.code, 'class="in"')}${scene.error ? `<div class="er"><b>!</b>${t('span', 'body', scene.error)}</div>` : ''}
${t('div', 'button', scene.button ?? 'Continue', 'class="bt"')}${scene.foot ? t('div', 'body', scene.foot, 'class="ft"') : ''}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
