// A macOS app's licence window with an activation alert (Sonoma look): the translucent menu bar
// (Apple mark, the app name, its menus, the clock on the right), the app window with its traffic
// lights and title, the licence form (name, e-mail, serial masked) and the alert sheet dropped from
// the title bar: the app icon, the bold title, the message lines and the buttons (the default one
// blue). Labels come from the scene, so English and Traditional Chinese apps can be drawn; light
// or dark (`scene.dark`). Layout reconstructed from macOS; texts from the scene.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'mac-license-sheet',
  kind: 'error',
  render(scene) {
    const d = Boolean(scene.dark);
    const w = scene.win;
    const c = d
      ? { menu: '#1E1E1ECC', mfg: '#F5F5F5', win: '#2A2A2C', bar: '#323234', fg: '#ECECEC', sub: '#A1A1A6', field: '#1F1F21', line: '#3D3D40', sheet: '#38383BF2' }
      : { menu: '#F3F3F3CC', mfg: '#1D1D1F', win: '#ECECEC', bar: '#E3E3E3', fg: '#1D1D1F', sub: '#6E6E73', field: '#FFFFFF', line: '#C8C8CC', sheet: '#F6F6F6F5' };
    const fields = w.fields.map(([k, v]) => `<div class="f">${t('span', 'label', k, 'class="fk"')}${t('span', 'value', v, 'class="fv"')}</div>`).join('');
    const a = scene.alert;
    const css = `
body{background:linear-gradient(160deg,#2e3f74 0%,#6a4c93 45%,#e07a5f 100%);color:${c.fg};font-size:13px;height:100vh;font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.mb{height:25px;background:${c.menu};display:flex;align-items:center;gap:18px;padding:0 14px;color:${c.mfg};font-size:13px}
.mb .ap{font-weight:700}.mb .ck{margin-left:auto}
.win{position:absolute;left:50%;top:52%;transform:translate(-50%,-50%);width:620px;background:${c.win};border-radius:12px;box-shadow:0 22px 70px #00000066;overflow:hidden;border:1px solid ${d ? '#4a4a4d' : '#bdbdc2'}}
.tb{height:38px;background:${c.bar};display:flex;align-items:center;padding:0 14px;position:relative;border-bottom:1px solid ${c.line}}
.tl{display:flex;gap:8px}.tl i{width:12px;height:12px;border-radius:50%;display:block}
.tt{position:absolute;left:0;right:0;text-align:center;font-weight:600;font-size:13px;pointer-events:none}
.body{padding:26px 36px 30px;min-height:300px}
.f{display:flex;align-items:center;gap:12px;margin-bottom:12px}
.fk{width:110px;text-align:right;color:${c.sub}}
.fv{flex:1;height:26px;border:1px solid ${c.line};border-radius:5px;background:${c.field};display:flex;align-items:center;padding:0 8px;font-family:"Liberation Mono","Noto Sans CJK SC",monospace}
.sheet{position:absolute;left:50%;top:38px;transform:translateX(-50%);width:300px;background:${c.sheet};border-radius:12px;box-shadow:0 12px 40px #00000055;padding:20px 18px 16px;text-align:center;border:1px solid ${d ? '#555' : '#d0d0d4'}}
.ic{width:56px;height:56px;border-radius:13px;background:${scene.iconColor ?? '#0A84FF'};margin:0 auto 12px;box-shadow:0 2px 6px #0003}
.at{font-weight:700;font-size:13.5px;margin-bottom:8px}
.am{font-size:11.5px;line-height:1.5;margin-bottom:4px}
.bt{display:flex;flex-direction:column;gap:8px;margin-top:14px}
.bt span{height:26px;border-radius:6px;display:flex;align-items:center;justify-content:center;background:${d ? '#5a5a5e' : '#fff'};border:1px solid ${c.line}}
.bt span:first-child{background:#0A84FF;color:#fff;border-color:#0A84FF}
`;
    const body = `<div class="mb"><span style="width:12px;height:14px;border-radius:50% 50% 45% 45%;background:${c.mfg};display:inline-block"></span>${t('span', 'label', scene.app, 'class="ap"')}${(scene.menus ?? []).map((m) => `<span>${m}</span>`).join('')}${t('span', 'value', scene.clock ?? '', 'class="ck"')}</div>
<div class="win"><div class="tb"><div class="tl"><i style="background:#FF5F57"></i><i style="background:#FEBC2E"></i><i style="background:#28C840"></i></div>${t('div', 'title', w.title, 'class="tt"')}</div>
<div class="body">${fields}</div>
<div class="sheet"><div class="ic"></div>${t('div', 'title', a.title, 'class="at"')}${a.lines.map((l) => t('div', 'body', l, 'class="am"')).join('')}<div class="bt">${a.buttons.map((b) => t('span', 'button', b)).join('')}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
