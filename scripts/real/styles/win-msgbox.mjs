// A Chinese desktop tool's activation window on Windows 11 with the classic modal MessageBox on top
// of it (Mica title bar, the icon — error ✕ or warning ! —, the message, the grey button strip with
// 确定), over a wallpaper and part of the taskbar. The tool window shows its 软件激活 form (机器码,
// 激活码 masked, 激活 button, version line). Light, or Windows dark mode (`scene.dark`). Layout
// reconstructed; texts from the scene.
import { t, page } from '../lib/common.mjs';

export default {
  name: 'win-msgbox',
  kind: 'error',
  render(scene) {
    const d = Boolean(scene.dark);
    const a = scene.app;
    const m = scene.box;
    const c = d
      ? { wall: 'linear-gradient(135deg,#0b1b3a,#243b6b 55%,#0f2447)', win: '#202020', title: '#2b2b2b', fg: '#FFFFFF', sub: '#C5C5C5', field: '#2d2d2d', fb: '#3c3c3c', box: '#2b2b2b', strip: '#202020', btn: '#3a3a3a', bb: '#4a4a4a', bar: '#1c1c1c' }
      : { wall: 'linear-gradient(135deg,#a8c8f0,#d9e6f7 55%,#9bbbe6)', win: '#F3F3F3', title: '#EEF1F5', fg: '#1B1B1B', sub: '#5C5C5C', field: '#FFFFFF', fb: '#D0D0D0', box: '#FFFFFF', strip: '#F0F0F0', btn: '#FDFDFD', bb: '#D0D0D0', bar: '#EDEFF3' };
    const css = `
body{background:${c.wall};font-family:"Noto Sans CJK SC","Liberation Sans",sans-serif;color:${c.fg};height:100vh;position:relative}
.win{position:absolute;left:${scene.winX ?? 380}px;top:${scene.winY ?? 150}px;width:560px;background:${c.win};border:1px solid ${d ? '#3a3a3a' : '#c8c8c8'};border-radius:8px;box-shadow:0 18px 50px rgba(0,0,0,.35);overflow:hidden}
.tb{height:34px;background:${c.title};display:flex;align-items:center;padding-left:12px;font-size:12.5px;gap:8px}
.tb i{width:16px;height:16px;border-radius:3px;background:${a.color ?? '#2f7de1'};display:inline-block}
.tb .ctl{margin-left:auto;display:flex}.tb .ctl span{width:46px;text-align:center;font-size:13px}
.in{padding:22px 28px 20px}
.h{font-size:20px;font-weight:600;margin-bottom:16px}
.f{margin-bottom:12px}.fk{font-size:12.5px;color:${c.sub};margin-bottom:5px}
.fv{height:32px;border:1px solid ${c.fb};border-bottom:2px solid ${d ? '#777' : '#8a8a8a'};border-radius:4px;background:${c.field};display:flex;align-items:center;padding:0 10px;font-family:"Liberation Mono",monospace;font-size:13px}
.go{display:inline-block;background:${a.color ?? '#2f7de1'};color:#fff;border-radius:4px;padding:6px 26px;font-size:13.5px;margin-top:4px}
.ver{font-size:12px;color:${c.sub};margin-top:14px}
.box{position:absolute;left:${(scene.winX ?? 380) + 110}px;top:${(scene.winY ?? 150) + 120}px;width:${m.width ?? 380}px;background:${c.box};border:1px solid ${d ? '#444' : '#bdbdbd'};border-radius:8px;box-shadow:0 24px 60px rgba(0,0,0,.45);overflow:hidden}
.bt{height:32px;display:flex;align-items:center;padding-left:12px;font-size:12.5px;background:${c.box}}
.bt .x{margin-left:auto;width:46px;text-align:center}
.bm{display:flex;gap:14px;padding:16px 22px 22px;align-items:flex-start}
.ic{flex:none;width:32px;height:32px;border-radius:50%;background:${m.icon === 'warn' ? '#F7B500' : '#D13438'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:18px;font-weight:700}
.tx{font-size:14px;line-height:1.6;padding-top:4px;overflow-wrap:anywhere}
.bs{background:${c.strip};padding:12px 14px;display:flex;justify-content:flex-end;gap:8px;border-top:1px solid ${d ? '#333' : '#e5e5e5'}}
.bs span{min-width:84px;text-align:center;background:${c.btn};border:1px solid ${c.bb};border-radius:4px;padding:5px 0;font-size:13px}
.bs span.df{border:2px solid ${d ? '#60cdff' : '#005fb8'}}
.task{position:absolute;left:0;right:0;bottom:0;height:48px;background:${c.bar};display:flex;align-items:center;justify-content:center;gap:10px}
.task i{width:26px;height:26px;border-radius:6px;background:${d ? '#3a3a3a' : '#cfd6e0'}}
.clk{position:absolute;right:14px;bottom:6px;font-size:12px;text-align:right;line-height:1.35;color:${c.fg}}
`;
    const body = `<div class="win"><div class="tb"><i></i>${t('span', 'title', a.title)}<span class="ctl"><span>—</span><span>▢</span><span>✕</span></span></div>
<div class="in">${t('div', 'title', a.heading ?? '软件激活', 'class="h"')}${a.fields.map(([k, v]) => `<div class="f">${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}</div>`).join('')}
${t('span', 'button', a.button ?? '立即激活', 'class="go"')}${a.version ? t('div', 'label', a.version, 'class="ver"') : ''}</div></div>
<div class="box"><div class="bt">${t('span', 'title', m.title)}<span class="x">✕</span></div><div class="bm"><span class="ic">${m.icon === 'warn' ? '!' : '✕'}</span>${t('div', 'body', m.text, 'class="tx"')}</div>
<div class="bs">${(m.buttons ?? ['确定']).map((b, i) => t('span', 'button', b, i === 0 ? 'class="df"' : '')).join('')}</div></div>
<div class="task"><i></i><i></i><i></i><i></i><i></i><i></i></div><div class="clk">${t('div', 'label', scene.clock ?? '20:15')}${t('div', 'label', scene.date ?? '2027/12/1')}</div>`;
    return page(css, body);
  },
};
