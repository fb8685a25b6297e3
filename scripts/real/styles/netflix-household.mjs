// A streaming app's full-screen block for a device outside the account's household, in the look of
// Netflix's household screen on a TV or in the phone app: the black screen, the red wordmark top
// left, the large white heading, the grey explanation lines, then the stacked buttons (the focused
// one white with black text on a TV, as the remote's focus ring draws it; red on a phone) and a
// small grey line at the foot (the profile or account, masked). On a TV capture (`scene.tv`, a
// 1920×1080 frame) it is usually photographed off the screen (`degrade: ['monitor']`). Texts come
// from the scene (English or Chinese). Layout reconstructed; no artwork.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'netflix-household',
  kind: 'error',
  render(scene) {
    const tv = !scene._device || scene._device.os === 'desktop';
    const s = scene.screen;
    const css = `
body{background:#000;color:#fff;height:100vh;font-family:${LATIN}}
.wm{position:absolute;left:${tv ? 80 : 20}px;top:${tv ? 56 : scene._device.os === 'ios' ? 62 : 44}px;color:#E50914;font-weight:900;font-size:${tv ? 46 : 26}px;letter-spacing:${tv ? 2 : 1}px;transform:scaleY(1.15);font-family:"DejaVu Sans",sans-serif}
.box{position:absolute;left:${tv ? '50%' : '22px'};right:${tv ? 'auto' : '22px'};top:${tv ? '50%' : '150px'};${tv ? 'transform:translate(-50%,-50%);width:1000px' : ''}}
h1{font-size:${tv ? 46 : 25}px;line-height:1.2;margin:0 0 ${tv ? 26 : 16}px;font-weight:700}
.ln{font-size:${tv ? 24 : 15.5}px;line-height:1.5;color:#BCBCBC;margin-bottom:${tv ? 12 : 10}px}
.bts{margin-top:${tv ? 40 : 28}px;display:flex;flex-direction:column;gap:${tv ? 16 : 12}px;${tv ? 'width:560px' : ''}}
.bt{padding:${tv ? '16px 26px' : '13px 16px'};font-size:${tv ? 24 : 16}px;border-radius:4px;background:#333;color:#fff;text-align:${tv ? 'left' : 'center'};font-weight:600}
.bt.f{background:${tv ? '#fff' : '#E50914'};color:${tv ? '#000' : '#fff'}}
.ft{position:absolute;left:${tv ? 80 : 22}px;bottom:${tv ? 50 : 40}px;color:#808080;font-size:${tv ? 20 : 13}px}
`;
    const body = `${tv ? '' : topBar(scene, { dark: true, bg: '#000' })}<div class="wm">NETFLIX</div>
<div class="box">${t('h1', 'title', s.title)}${(s.lines ?? []).map((l) => t('div', 'body', l, 'class="ln"')).join('')}
<div class="bts">${(s.buttons ?? []).map((b, i) => t('div', 'button', b, `class="bt ${i === 0 ? 'f' : ''}"`)).join('')}</div></div>
${s.foot ? t('div', 'label', s.foot, 'class="ft"') : ''}`;
    return page(css, body, LATIN);
  },
};
