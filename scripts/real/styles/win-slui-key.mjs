// Windows 11 "Enter a product key" dialog (the one Settings › Activation › Change product key and
// slui.exe open) over the desktop: the bloom wallpaper, the centred Fluent dialog with its heading,
// the help line, the "Product key" box with the typed key (masked), the red error line under it,
// the disabled Next button and Cancel; the taskbar with the clock and date in the corner.
// English or Chinese UI (`scene.lang`), light or dark (`scene.dark`). Layout reconstructed from
// the system dialog; the error text and the key come from the scene.
import { t, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { head: 'Enter a product key', help: 'Your product key should be in an email from whoever sold or distributed Windows to you, or on the box the Windows DVD or USB came in.', label: 'Product key', next: 'Next', cancel: 'Cancel' },
  zh: { head: '输入产品密钥', help: '你的产品密钥应该在销售或分发 Windows 的人员发给你的电子邮件中，或者在 Windows DVD 或 U 盘随附的包装盒上。', label: '产品密钥', next: '下一页', cancel: '取消' },
};

export default {
  name: 'win-slui-key',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const c = d
      ? { dlg: '#202020', foot: '#2B2B2B', fg: '#FFFFFF', sub: '#CFCFCF', field: '#2D2D2D', line: '#9A9A9A', err: '#FF99A4', dis: '#3B3B3B', disFg: '#8A8A8A', btn: '#373737', bar: '#1C1C1CEE', barFg: '#fff' }
      : { dlg: '#FFFFFF', foot: '#F3F3F3', fg: '#1B1B1B', sub: '#5C5C5C', field: '#FFFFFF', line: '#8A8A8A', err: '#C42B1C', dis: '#E2E2E2', disFg: '#A0A0A0', btn: '#FBFBFB', bar: '#EEEEEEF0', barFg: '#1b1b1b' };
    const css = `
body{background:${d ? 'radial-gradient(ellipse at 60% 55%,#3b6fd1 0%,#1a3f95 30%,#0b1d4d 62%,#060d24 100%)' : 'radial-gradient(ellipse at 60% 55%,#b9d4ff 0%,#5e95f2 28%,#2d63cf 58%,#1c3f94 100%)'};color:${c.fg};font-size:14px;height:100vh}
.shade{position:fixed;inset:0 0 48px 0;background:#00000040}
.dlg{position:fixed;left:50%;top:44%;transform:translate(-50%,-50%);width:548px;background:${c.dlg};border-radius:8px;box-shadow:0 24px 64px #00000070;border:1px solid ${d ? '#3a3a3a' : '#d6d6d6'};overflow:hidden}
.in{padding:26px 24px 22px}
h1{font-size:20px;font-weight:600;margin:0 0 14px}
.help{color:${c.fg};line-height:1.5;margin-bottom:18px}
.lab{margin-bottom:6px}
.field{height:34px;border:1px solid ${c.line};border-bottom:2px solid ${c.err};border-radius:4px;background:${c.field};display:flex;align-items:center;padding:0 10px;font-size:14px;letter-spacing:.5px}
.err{color:${c.err};margin-top:10px;line-height:1.5;font-size:13px}
.ft{background:${c.foot};border-top:1px solid ${d ? '#1a1a1a' : '#e5e5e5'};padding:22px 24px;display:flex;gap:8px}
.ft span{flex:1;height:32px;border-radius:4px;display:flex;align-items:center;justify-content:center}
.nx{background:${c.dis};color:${c.disFg}}
.cc{background:${c.btn};border:1px solid ${d ? '#444' : '#ccc'}}
.tb{position:fixed;left:0;right:0;bottom:0;height:48px;background:${c.bar};display:flex;align-items:center;justify-content:center;gap:10px;color:${c.barFg}}
.tb i{width:28px;height:28px;border-radius:5px;display:inline-block}
.clk{position:absolute;right:14px;top:6px;text-align:right;font-size:12px;line-height:18px}
`;
    const icons = ['#0a64d8', '#f2f2f2', '#f3b500', '#2b7de9', '#107c41', '#c239b3'].map((col, i) => `<i style="background:${i === 0 ? 'conic-gradient(#00a4ef 0 25%,#7fba00 0 50%,#ffb900 0 75%,#f25022 0)' : col}"></i>`).join('');
    const body = `<div class="shade"></div><div class="dlg"><div class="in">${t('h1', 'title', x.head)}${t('div', 'body', scene.help ?? x.help, 'class="help"')}
${t('div', 'label', x.label, 'class="lab"')}${t('div', 'value', scene.key, 'class="field"')}${(scene.lines ?? []).map((l) => t('div', 'body', l, 'class="err"')).join('')}</div>
<div class="ft">${t('span', 'button', x.next, 'class="nx"')}${t('span', 'button', x.cancel, 'class="cc"')}</div></div>
<div class="tb">${icons}<div class="clk">${t('div', 'value', scene.clock ?? '')}${t('div', 'value', scene.date ?? '')}</div></div>`;
    return page(css, body, LATIN);
  },
};
