// A PlayStation-style "Redeem Code" screen on a TV capture (1920x1080): the deep blue
// background, the code field, and the error box with its code (e.g. E-…) and an OK button.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'ps-redeem',
  kind: 'error',
  render(scene) {
    const css = `
body{background:radial-gradient(circle at 30% 20%,#0a3a8c,#00195a 60%,#000c2e);color:#fff;min-height:100vh}
.hd{padding:60px 110px 0;font-size:40px;font-weight:300}
.lb{padding:40px 110px 10px;font-size:24px;color:#c9d4ea}
.code{margin:0 110px;width:760px;padding:18px 22px;background:#ffffff1a;border-radius:6px;font-size:32px;letter-spacing:4px;font-family:"Liberation Mono",monospace}
.dlg{position:fixed;left:50%;top:55%;transform:translate(-50%,-50%);width:900px;background:#1f1f1f;border-radius:10px;padding:44px 56px 30px;box-shadow:0 10px 40px #000}
.dt{font-size:30px;margin-bottom:18px}
.db{font-size:24px;line-height:1.5;color:#d8d8d8;margin-bottom:10px}
.ok{margin-top:24px;width:260px;padding:16px;text-align:center;background:#fff;color:#000;border-radius:30px;font-size:24px}
`;
    const body = `${t('div', 'title', scene.appTitle ?? 'Redeem Code', 'class="hd"')}${t('div', 'label', 'Enter the 12-character code', 'class="lb"')}${t('div', 'value', scene.code, 'class="code"')}
<div class="dlg">${t('div', 'title', scene.heading, 'class="dt"')}${scene.lines.map((l) => t('div', 'body', l, 'class="db"')).join('')}${t('div', 'button', 'OK', 'class="ok"')}</div>`;
    return page(css, body, LATIN);
  },
};
