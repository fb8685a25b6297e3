// A game's top-up / card redemption page (Chinese) with the failure shown either as a dark toast
// in the middle (`scene.toast`) or as a modal dialog (`scene.dialog`), over the form in which
// the masked card code was typed.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'game-topup',
  kind: 'error',
  render(scene) {
    const g = scene.game;
    const fields = g.fields.map(([k, v]) => `<div class="f">${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}</div>`).join('');
    const overlay = scene.dialog
      ? `<div class="mask"></div><div class="dlg">${t('div', 'title', scene.dialog.title, 'class="dt"')}${scene.dialog.body.map((b) => t('div', 'body', b, 'class="db"')).join('')}<div class="dbs">${scene.dialog.buttons.map((b) => t('span', 'button', b)).join('')}</div></div>`
      : `<div class="toast">${t('span', 'body', scene.toast)}</div>`;
    const css = `
body{background:${g.bg ?? 'linear-gradient(180deg,#1d2b4c,#0f1626)'};color:#e8ecf4;min-height:100vh}
.hd{height:48px;display:flex;align-items:center;justify-content:center;font-size:17px;position:relative}
.hd .b{position:absolute;left:14px;font-size:22px}
.hero{margin:6px 14px 12px;height:120px;border-radius:10px;background:linear-gradient(120deg,${g.hue ?? '#5b3fd1'},#e0467c);display:flex;align-items:flex-end;padding:12px 14px;font-size:20px;font-weight:700}
.f{margin:10px 14px;background:#ffffff12;border:1px solid #ffffff1f;border-radius:8px;padding:10px 12px}
.fk{font-size:12.5px;color:#9aa6bd}.fv{font-size:15px;margin-top:4px;overflow-wrap:anywhere}
.sub{margin:18px 14px;height:46px;border-radius:23px;background:linear-gradient(90deg,#ffb347,#ff7b39);display:flex;align-items:center;justify-content:center;font-size:16px;color:#2a1300;font-weight:600}
.tips{margin:0 16px;font-size:12px;color:#8792a8;line-height:1.8}
.toast{position:fixed;left:50%;top:46%;transform:translate(-50%,-50%);max-width:78%;background:#000000cc;color:#fff;padding:12px 18px;border-radius:8px;font-size:15px;line-height:1.5;text-align:center}
.mask{position:fixed;inset:0;background:#00000099}
.dlg{position:fixed;left:50%;top:45%;transform:translate(-50%,-50%);width:${Math.min(300, scene._device.width - 60)}px;background:#fff;color:#222;border-radius:12px;padding:22px 20px 0;text-align:center}
.dt{font-size:17px;font-weight:600;margin-bottom:10px}
.db{font-size:14.5px;line-height:1.6;color:#555}
.dbs{display:flex;margin:18px -20px 0;border-top:1px solid #eee}
.dbs span{flex:1;padding:13px 0;font-size:16px;color:#ff6a00}
.dbs span + span{border-left:1px solid #eee}
`;
    const body = `${topBar(scene, { dark: true })}<div class="hd"><span class="b">‹</span>${t('span', 'title', g.title)}</div>
<div class="hero">${t('span', 'title', g.name)}</div>${fields}${t('div', 'button', g.submit ?? '立即兑换', 'class="sub"')}
${(g.tips ?? []).map((x) => t('div', 'body', x, 'class="tips"')).join('')}${overlay}`;
    return page(css, body);
  },
};
