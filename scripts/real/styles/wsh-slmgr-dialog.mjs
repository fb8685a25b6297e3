// slmgr.vbs answering in its own Windows Script Host box on the Windows desktop (the way most buyers
// run it: `slmgr /ipk …` then `slmgr /ato` typed into an elevated Command Prompt, each answer a
// separate modal box). Behind: the wallpaper, the classic console window titled
// "Administrator: Command Prompt" (or 管理员: 命令提示符) with the typed lines, and the Windows 10
// taskbar (black, the Start button, a few pinned icons, the clock and date on the right). On top:
// the small Windows Script Host MessageBox — no icon, the message lines, the grey strip with one
// OK / 确定 button. English or Simplified Chinese chrome (`scene.lang`). Layout reconstructed from
// Windows 10; texts from the scene.
import { t, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { cmd: 'Administrator: Command Prompt', ok: 'OK', ver: 'Microsoft Windows [Version 10.0.19045.4291]', copy: '(c) Microsoft Corporation. All rights reserved.' },
  zh: { cmd: '管理员: 命令提示符', ok: '确定', ver: 'Microsoft Windows [版本 10.0.19045.4291]', copy: '(c) Microsoft Corporation。保留所有权利。' },
};

export default {
  name: 'wsh-slmgr-dialog',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const b = scene.box;
    const cx = scene.winX ?? 260;
    const cy = scene.winY ?? 120;
    const css = `
body{background:${scene.wallpaper ?? 'radial-gradient(ellipse at 30% 40%,#1a6fb5,#0b3a66 60%,#06213d)'};height:100vh;position:relative;font-family:"Noto Sans CJK SC","Liberation Sans",sans-serif}
.con{position:absolute;left:${cx}px;top:${cy}px;width:${scene.conW ?? 980}px;height:${scene.conH ?? 520}px;background:#0C0C0C;border:1px solid #3a6ea5;box-shadow:0 10px 30px #0008;display:flex;flex-direction:column}
.ct{height:31px;background:#fff;display:flex;align-items:center;font-size:12px;color:#000;padding-left:8px;gap:8px;flex:none}
.ct i{width:16px;height:14px;background:#000;border:1px solid #777;display:inline-block}
.ct .cap{margin-left:auto;display:flex}.ct .cap span{width:46px;text-align:center;font-size:13px}
.cb{flex:1;padding:6px 8px;color:#CCCCCC;font-family:"Liberation Mono","DejaVu Sans Mono","Noto Sans Mono CJK SC",monospace;font-size:15px;line-height:1.3;white-space:pre-wrap;overflow:hidden}
.box{position:absolute;left:${scene.boxX ?? cx + 230}px;top:${scene.boxY ?? cy + 170}px;min-width:${b.minW ?? 360}px;max-width:${b.maxW ?? 620}px;background:#fff;border:1px solid #888;box-shadow:0 8px 28px #0007}
.bt{height:30px;display:flex;align-items:center;padding-left:10px;font-size:12px;color:#000;background:#fff}
.bt .x{margin-left:auto;width:44px;text-align:center;font-size:14px}
.bm{padding:22px 28px 26px 22px;font-size:${scene.lang === 'zh' ? 13 : 12.5}px;line-height:1.55;color:#000;font-family:"Noto Sans CJK SC","Liberation Sans",sans-serif}
.bm div{overflow-wrap:anywhere}
.bs{background:#F0F0F0;padding:11px 12px;display:flex;justify-content:flex-end}
.bs span{min-width:74px;text-align:center;border:1px solid #0078D7;background:#E1E1E1;padding:3px 0;font-size:12px;outline:1px solid #0078D7;outline-offset:-3px}
.task{position:absolute;left:0;right:0;bottom:0;height:40px;background:#101010;display:flex;align-items:center}
.task .st{width:48px;height:40px;display:flex;align-items:center;justify-content:center}
.task .st b{display:grid;grid-template-columns:8px 8px;gap:1px}.task .st b i{width:8px;height:8px;background:#fff;display:block}
.task .srch{width:340px;height:40px;background:#2b2b2b;color:#aaa;font-size:13px;display:flex;align-items:center;padding-left:14px}
.task .pin{width:48px;height:40px;display:flex;align-items:center;justify-content:center}.task .pin i{width:22px;height:22px;border-radius:3px;display:block}
.task .pin.on{border-bottom:2px solid #76B9ED;background:#ffffff18}
.clk{margin-left:auto;color:#fff;font-size:12px;text-align:center;line-height:1.35;padding:0 14px}
`;
    const lines = [x.ver, x.copy, '', ...(scene.cmd ?? [])].map((l) => (l ? t('div', 'label', l) : '<div>&nbsp;</div>')).join('');
    const pins = ['#F4B400', '#1E88E5', '#43A047', '#000'].map((c, i) => `<div class="pin ${i === 3 ? 'on' : ''}"><i style="background:${c};${i === 3 ? 'border:1px solid #aaa' : ''}"></i></div>`).join('');
    const body = `<div class="con"><div class="ct"><i></i>${t('span', 'title', x.cmd)}<span class="cap"><span>—</span><span>☐</span><span>✕</span></span></div><div class="cb">${lines}</div></div>
<div class="box"><div class="bt">${t('span', 'title', b.title ?? 'Windows Script Host')}<span class="x">✕</span></div><div class="bm">${b.lines.map((l) => (l ? t('div', 'body', l) : '<div>&nbsp;</div>')).join('')}</div><div class="bs">${t('span', 'button', x.ok)}</div></div>
<div class="task"><div class="st"><b><i></i><i></i><i></i><i></i></b></div><div class="srch">${scene.lang === 'zh' ? '在这里输入你要搜索的内容' : 'Type here to search'}</div>${pins}<div class="clk">${t('div', 'label', scene.clock ?? '21:08')}${t('div', 'label', scene.date ?? '2028/6/3')}</div></div>`;
    return page(css, body, scene.lang === 'zh' ? undefined : LATIN);
  },
};
