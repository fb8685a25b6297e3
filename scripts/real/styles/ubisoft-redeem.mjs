// Ubisoft Connect (PC app) "Activate a key" dialog: the dark app behind it (side navigation, top
// bar with the user), a centred dark modal with the title, the key field (masked), the red error
// line under it and the Activate / Cancel buttons. Labels from `scene.labels` so a zh-Hant client
// can be drawn; `scene.dark === false` gives a lighter modal. Reconstructed from the app's look.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'ubisoft-redeem',
  kind: 'error',
  render(scene) {
    const L = { title: 'Activate a key', hint: 'Enter your key', activate: 'Activate', cancel: 'Cancel', nav: ['Home', 'Store', 'Games', 'Ubisoft+', 'Rewards'], ...(scene.labels ?? {}) };
    const css = `
body{background:#0B0D12;color:#E8EAF0}
.side{position:fixed;left:0;top:0;bottom:0;width:220px;background:#12151C;padding:26px 18px}
.mk{width:34px;height:34px;border-radius:50%;border:4px solid #E8EAF0;margin-bottom:30px}
.side div.n{font-size:15px;color:#9BA1B0;padding:11px 6px}
.top{position:fixed;left:220px;right:0;top:0;height:58px;display:flex;align-items:center;justify-content:flex-end;padding:0 28px;gap:14px;color:#9BA1B0;font-size:14px}
.av{width:30px;height:30px;border-radius:50%;background:#3B4B7A}
.grid{position:fixed;left:250px;top:80px;right:30px;display:grid;grid-template-columns:repeat(4,1fr);gap:18px;opacity:.35}
.grid i{display:block;height:220px;border-radius:8px;background:linear-gradient(160deg,#2a3550,#121722)}
.mask{position:fixed;inset:0;background:#000000a0}
.dlg{position:fixed;left:50%;top:46%;transform:translate(-50%,-50%);width:520px;background:#1A1E27;border-radius:10px;padding:30px 34px;box-shadow:0 20px 60px #000}
.dt{font-size:24px;font-weight:700;margin-bottom:8px}.dsub{font-size:14px;color:#9BA1B0;margin-bottom:20px;line-height:1.5}
.fld{border:1.5px solid #E5484D;border-radius:6px;padding:12px 14px;font-size:17px;letter-spacing:1px;background:#11141B}
.fk{font-size:12px;color:#9BA1B0;margin-bottom:6px}
.err{color:#FF6B6F;font-size:14.5px;margin-top:10px;line-height:1.5;display:flex;gap:8px}
.btns{display:flex;justify-content:flex-end;gap:12px;margin-top:26px}
.btns span{padding:10px 22px;border-radius:6px;font-size:15px;font-weight:600}
.b1{background:#2A2F3B;color:#E8EAF0}.b2{background:#006EF5;color:#fff}
`;
    const body = `<div class="side"><div class="mk"></div>${L.nav.map((n) => `<div class="n">${n}</div>`).join('')}</div>
<div class="top">${scene.user ? t('span', 'value', scene.user) : ''}<span class="av"></span></div>
<div class="grid"><i></i><i></i><i></i><i></i></div><div class="mask"></div>
<div class="dlg">${t('div', 'title', L.title, 'class="dt"')}${scene.sub ? t('div', 'body', scene.sub, 'class="dsub"') : ''}
${t('div', 'label', L.hint, 'class="fk"')}${t('div', 'value', scene.key, 'class="fld"')}
<div class="err"><span>⚠</span>${t('span', 'body', scene.error)}</div>
<div class="btns">${t('span', 'button', L.cancel, 'class="b1"')}${t('span', 'button', L.activate, 'class="b2"')}</div></div>`;
    return page(css, body, LATIN);
  },
};
