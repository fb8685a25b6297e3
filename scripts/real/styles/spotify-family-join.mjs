// The page a Premium Family invite link opens (spotify.com/…/family/join/invite/…) in a phone
// browser (Safari on an iPhone, Chrome on Android) or on the desktop: the black page, the green
// round mark and the white wordmark, a big bold heading, the grey message lines, the green pill
// button (and an optional outlined second one), and at the foot the signed-in line (account
// masked). On a phone the browser's address bar is drawn (`scene.url`, under the status bar on
// Android, at the foot on iOS). Texts come from the scene (English or Chinese). Layout
// reconstructed; no artwork.
import { t, esc, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'spotify-family-join',
  kind: 'error',
  render(scene) {
    const os = scene._device.os;
    const url = `<div class="url"><span>🔒</span>${esc(scene.url ?? 'spotify.com')}</div>`;
    const css = `
body{background:#000;color:#fff}
.app{display:flex;flex-direction:column;height:100vh}
.url{margin:${os === 'ios' ? '8px 14px 26px' : '6px 10px'};height:38px;border-radius:${os === 'ios' ? 12 : 19}px;background:#1f1f1f;color:#d0d0d0;font-size:14px;display:flex;align-items:center;justify-content:center;gap:6px;flex:none}
.pg{flex:1;padding:${os === 'desktop' ? '70px 0 0' : '34px 26px 0'};display:flex;flex-direction:column;align-items:${os === 'desktop' ? 'center' : 'stretch'};overflow:hidden}
.in{max-width:${os === 'desktop' ? 520 : 9999}px}
.logo{display:flex;align-items:center;gap:8px;font-weight:700;font-size:22px;margin-bottom:${os === 'desktop' ? 56 : 40}px}
.logo i{width:30px;height:30px;border-radius:50%;background:#1ED760;display:inline-block;position:relative}
.logo i::after{content:"";position:absolute;left:7px;right:7px;top:10px;height:3px;border-radius:2px;background:#000;box-shadow:0 5px 0 #000,0 10px 0 #000}
.h{font-size:${os === 'desktop' ? 40 : 30}px;font-weight:800;line-height:1.15;letter-spacing:-.5px;margin-bottom:18px}
.p{color:#b3b3b3;font-size:16px;line-height:1.5;margin-bottom:10px}
.b{margin-top:22px;height:48px;border-radius:24px;background:#1ED760;color:#000;font-weight:700;font-size:16px;display:flex;align-items:center;justify-content:center;${os === 'desktop' ? 'width:260px' : ''}}
.b2{margin-top:12px;height:48px;border-radius:24px;border:1px solid #727272;color:#fff;font-weight:700;font-size:16px;display:flex;align-items:center;justify-content:center;${os === 'desktop' ? 'width:260px' : ''}}
.ft{margin-top:28px;color:#a7a7a7;font-size:13.5px}
`;
    const body = `<div class="app">${topBar(scene, { dark: true, bg: '#000' })}${os === 'android' ? url : ''}
<div class="pg"><div class="in"><div class="logo"><i></i>Spotify</div>
${t('div', 'title', scene.heading, 'class="h"')}${scene.lines.map((l) => t('div', 'body', l, 'class="p"')).join('')}
${scene.button ? t('div', 'button', scene.button, 'class="b"') : ''}${scene.button2 ? t('div', 'button', scene.button2, 'class="b2"') : ''}
${scene.account ? t('div', 'label', scene.account, 'class="ft"') : ''}</div></div>${os === 'ios' ? url : ''}</div>`;
    return page(css, body, LATIN);
  },
};
