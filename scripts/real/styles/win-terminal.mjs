// A Windows console on Windows 11 where a buyer ran the licensing scripts (slmgr.vbs, ospp.vbs)
// through cscript so that their answers print in the window instead of a dialog. Two looks:
// Windows Terminal (`scene.shell` 'pwsh', default: the tab strip with the PowerShell tab, the "+"
// and "⌄" buttons and the caption buttons, the Campbell dark scheme, Cascadia-like monospace, the
// "PS C:\…>" prompt) and the classic console host (`scene.shell` 'cmd': the white title bar
// "Administrator: Command Prompt" with the cmd icon, black background, grey text). The lines come
// from the scene: `{ kind: 'cmd', text }` is a prompt line with the typed command, `{ kind: 'out' }`
// plain output, `{ kind: 'err' }` the error lines (truth role `body`; the console prints them in
// the same colour, PowerShell's own errors in red when `red` is set). The window is maximised or
// floats over the Windows 11 bloom wallpaper with the taskbar (`scene.float`). Layout reconstructed
// from Windows Terminal 1.x and conhost; texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const MONO = '"DejaVu Sans Mono","Liberation Mono","Noto Sans Mono CJK SC",monospace';

export default {
  name: 'win-terminal',
  kind: 'error',
  render(scene) {
    const cmd = scene.shell === 'cmd';
    const float = Boolean(scene.float);
    const prompt = scene.prompt ?? (cmd ? 'C:\\Windows\\system32>' : 'PS C:\\Windows\\system32>');
    const lines = (scene.lines ?? []).map((l) => {
      if (l.kind === 'blank') return '<div class="ln">&nbsp;</div>';
      if (l.kind === 'cmd') return `<div class="ln">${t('span', 'label', `${l.prompt ?? prompt} ${l.text}`)}</div>`;
      const role = l.kind === 'err' ? 'body' : 'value';
      return `<div class="ln">${t('span', role, l.text, l.red ? 'style="color:#E74856"' : '')}</div>`;
    }).join('');
    const header = (scene.header ?? (cmd
      ? ['Microsoft Windows [Version 10.0.22631.3296]', '(c) Microsoft Corporation. All rights reserved.']
      : ['Windows PowerShell', 'Copyright (C) Microsoft Corporation. All rights reserved.', '', 'Install the latest PowerShell for new features and improvements! https://aka.ms/PSWindows']))
      .map((h) => `<div class="ln">${h ? esc(h) : '&nbsp;'}</div>`).join('');
    const css = `
body{background:${float ? 'radial-gradient(ellipse at 60% 70%,#2f6fd6 0%,#1a3f8f 35%,#0b1a3d 80%)' : '#0C0C0C'};height:100vh;font-family:${LATIN}}
.win{position:absolute;${float ? `left:${scene.winX ?? 180}px;top:${scene.winY ?? 90}px;width:${scene.winW ?? 1100}px;height:${scene.winH ?? 620}px;border-radius:8px;box-shadow:0 18px 60px #000a;border:1px solid #444` : 'inset:0 0 48px 0'};overflow:hidden;background:#0C0C0C;display:flex;flex-direction:column}
.tabs{height:40px;flex:none;background:${cmd ? '#FFFFFF' : '#202020'};display:flex;align-items:flex-end;padding-left:8px;color:${cmd ? '#111' : '#fff'};font-size:12px}
.tab{height:32px;background:#0C0C0C;border-radius:8px 8px 0 0;display:flex;align-items:center;gap:10px;padding:0 14px;min-width:230px;color:#fff}
.tab i{width:16px;height:16px;border-radius:3px;background:#2671BE;display:inline-block}
.tab .x{margin-left:auto;opacity:.7}
.plus{height:32px;display:flex;align-items:center;gap:16px;padding:0 14px;opacity:.8;font-size:14px}
.cap{margin-left:auto;align-self:stretch;display:flex;align-items:center;gap:34px;padding:0 18px;font-size:13px;opacity:.85}
.ct{height:32px;display:flex;align-items:center;gap:8px;padding:0 10px;align-self:center}
.ct i{width:16px;height:16px;background:#111;border:1px solid #888;display:inline-block}
.con{flex:1;padding:${cmd ? '4px 6px' : '8px 10px'};color:${cmd ? '#CCCCCC' : '#CCCCCC'};font-family:${MONO};font-size:${scene.fontSize ?? 15}px;line-height:1.32;overflow:hidden}
.ln{white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.32em}
.cur{display:inline-block;width:.6em;height:1.1em;background:#CCCCCC;vertical-align:text-bottom}
.task{position:absolute;left:0;right:0;bottom:0;height:48px;background:#1C1C1CEE;border-top:1px solid #333;display:flex;align-items:center;justify-content:center;gap:10px;color:#fff}
.task b{width:32px;height:32px;border-radius:5px;background:#ffffff14;display:block}
.task b.on{background:#ffffff2a;border-bottom:3px solid #60CDFF}
.task .clk{position:absolute;right:16px;text-align:right;font-size:12px;line-height:1.35}
`;
    const bar = cmd
      ? `<div class="tabs" style="align-items:center"><div class="ct"><i></i>${t('span', 'title', scene.title ?? 'Administrator: Command Prompt')}</div><div class="cap" style="opacity:.8">–&nbsp;&nbsp;&nbsp;▢&nbsp;&nbsp;&nbsp;✕</div></div>`
      : `<div class="tabs"><div class="tab"><i></i>${t('span', 'title', scene.title ?? 'Administrator: Windows PowerShell')}<span class="x">✕</span></div><div class="plus"><span>+</span><span>⌄</span></div><div class="cap" style="align-self:center">–&nbsp;&nbsp;&nbsp;▢&nbsp;&nbsp;&nbsp;✕</div></div>`;
    const body = `<div class="win">${bar}<div class="con">${header}<div class="ln">&nbsp;</div>${lines}<div class="ln">${esc(prompt)} <span class="cur"></span></div></div></div>
<div class="task"><b></b><b></b><b></b><b class="on"></b><b></b><b></b><div class="clk">${t('div', 'value', scene.clock ?? '')}${t('div', 'value', scene.date ?? '')}</div></div>`;
    return page(css, body, LATIN);
  },
};
