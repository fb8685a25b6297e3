// A console shop's "Redeem Code" screen (Nintendo eShop look on a 1280x720 console capture, or
// a phone web page): the 16-character code entry behind, and the error dialog on top with an
// error code such as 2813-0040 and an OK button. `scene.dark` gives the dark system theme.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'eshop-redeem',
  kind: 'error',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark ? { bg: '#2D2D2D', fg: '#FFFFFF', dlg: '#3C3C3C', sub: '#BDBDBD', acc: '#00C3E3' } : { bg: '#EBEBEB', fg: '#2D2D2D', dlg: '#FFFFFF', sub: '#5A5A5A', acc: '#E60012' };
    const phone = scene._device.os !== 'desktop';
    const css = `
body{background:${c.bg};color:${c.fg}}
.hd{height:${phone ? 56 : 72}px;display:flex;align-items:center;padding:0 ${phone ? 16 : 48}px;font-size:${phone ? 19 : 26}px;border-bottom:1px solid ${c.sub}55;gap:14px}
.hd i{display:inline-block;width:${phone ? 26 : 34}px;height:${phone ? 26 : 34}px;border-radius:50%;background:${c.acc}}
.in{margin:${phone ? 30 : 70}px auto 0;width:${phone ? '88%' : '640px'};text-align:center}
.in .lb{font-size:${phone ? 15 : 20}px;color:${c.sub};margin-bottom:14px}
.in .code{font-family:"Liberation Mono",monospace;font-size:${phone ? 19 : 30}px;letter-spacing:${phone ? 1 : 3}px;border-bottom:2px solid ${c.acc};padding:8px 0}
.mask{position:fixed;inset:0;background:#000000a0}
.dlg{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:${phone ? 300 : 620}px;background:${c.dlg};border-radius:${phone ? 12 : 6}px;text-align:center}
.dc{padding:${phone ? '26px 20px 18px' : '46px 48px 34px'};font-size:${phone ? 15 : 21}px;line-height:1.55}
.de{font-size:${phone ? 13 : 17}px;color:${c.sub};margin-bottom:12px}
.ok{border-top:1px solid ${c.sub}55;padding:${phone ? 13 : 20}px;font-size:${phone ? 16 : 22}px;color:${c.acc}}
`;
    const body = `${topBar(scene, { dark })}<div class="hd"><i></i>${t('span', 'title', scene.appTitle ?? 'Nintendo eShop')}</div>
<div class="in">${t('div', 'label', scene.prompt ?? 'Enter Code', 'class="lb"')}${t('div', 'value', scene.code, 'class="code"')}</div>
<div class="mask"></div><div class="dlg"><div class="dc">${t('div', 'body', scene.errorCode, 'class="de"')}${scene.lines.map((l) => t('div', 'body', l)).join('')}</div>${t('div', 'button', scene.ok ?? 'OK', 'class="ok"')}</div>`;
    return page(css, body, LATIN);
  },
};
