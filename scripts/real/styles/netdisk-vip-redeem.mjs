// A Chinese cloud-drive app's membership redeem screen on a phone (百度网盘 / 夸克网盘 会员中心 ›
// 兑换码兑换, as both apps draw it much alike): the status bar, the title bar (back arrow, the
// title, a 兑换记录 link), the membership card in the brand gradient (round avatar, the account
// name masked, the current level and its line), the code box with the typed code (masked), the
// wide 立即兑换 button, the red line under the box and/or the app's dark toast in mid-screen with
// the refusal (`scene.toast`), then the 兑换说明 list. `scene.app` = { name, color, grad, level };
// light, or dark (`scene.dark`) as the apps draw it in the system's dark mode. Simplified Chinese.
// Layout reconstructed from the apps; texts come from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'netdisk-vip-redeem',
  kind: 'error',
  render(scene) {
    const a = scene.app;
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#121212', card: '#1E1E1E', fg: '#EDEDED', sub: '#9A9A9A', line: '#2C2C2C', field: '#262626' }
      : { bg: '#F5F6F8', card: '#FFFFFF', fg: '#1A1A1A', sub: '#8A8F99', line: '#ECEDF0', field: '#F5F6F8' };
    const rules = (scene.rules ?? []).map((r, i) => t('div', 'body', `${i + 1}. ${r}`, 'class="ru"')).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.app{display:flex;flex-direction:column;height:100vh;position:relative}
.tb{height:48px;display:flex;align-items:center;justify-content:center;position:relative;background:${c.card};font-size:17px;font-weight:600;flex:none}
.tb .bk{position:absolute;left:14px;font-size:24px;font-weight:400}
.tb .rec{position:absolute;right:14px;font-size:13px;color:${c.sub};font-weight:400}
.vip{margin:12px 14px 0;border-radius:14px;padding:16px;background:linear-gradient(120deg,${a.grad ?? a.color});color:#3b2a10;display:flex;gap:12px;align-items:center}
.vip i{width:46px;height:46px;border-radius:50%;background:#ffffff99;flex:none}
.vip .nm{font-size:16px;font-weight:600}
.vip .lv{font-size:12.5px;margin-top:4px;opacity:.85}
.box{margin:14px;background:${c.card};border-radius:14px;padding:18px 16px}
.lb{font-size:15px;font-weight:600;margin-bottom:12px}
.fd{height:46px;border-radius:10px;background:${c.field};border:1.5px solid ${scene.lines?.length ? '#F0443A' : c.line};padding:0 14px;display:flex;align-items:center;font-size:16px;letter-spacing:1px}
.er{color:#F0443A;font-size:13px;margin-top:8px}
.bt{margin-top:18px;height:46px;border-radius:23px;background:${a.color};color:#fff;font-size:16px;font-weight:600;display:flex;align-items:center;justify-content:center}
.ru{font-size:12.5px;color:${c.sub};line-height:1.6;margin-top:6px}
.toast{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);max-width:270px;background:rgba(30,30,30,.88);color:#fff;border-radius:10px;padding:12px 18px;font-size:15px;line-height:1.45;text-align:center}
`;
    const body = `<div class="app">${topBar(scene, { dark: d, bg: c.card })}
<div class="tb"><span class="bk">‹</span>${t('span', 'title', scene.title ?? '兑换会员')}<span class="rec">兑换记录</span></div>
<div class="vip"><i></i><div>${t('div', 'label', scene.account, 'class="nm"')}${t('div', 'value', a.level, 'class="lv"')}</div></div>
<div class="box">${t('div', 'label', scene.label ?? '请输入兑换码', 'class="lb"')}${t('div', 'value', scene.code, 'class="fd"')}
${(scene.lines ?? []).map((l) => t('div', 'body', l, 'class="er"')).join('')}${t('div', 'button', scene.button ?? '立即兑换', 'class="bt"')}</div>
${rules ? `<div class="box">${t('div', 'label', scene.rulesTitle ?? '兑换说明', 'class="lb"')}${rules}</div>` : ''}
${scene.toast ? t('div', 'body', scene.toast, 'class="toast"') : ''}
</div>`;
    return page(css, body);
  },
};
