// A frame of a screen recording, paused in the phone's video player and captured (Android, the
// black gallery player of MIUI / HyperOS): the top bar ("‹", the recording's file name, "⋮");
// the recorded screen scaled down in the middle, with its own status bar, the app's page (a
// coloured title bar, label–value fields, the main button, then a modal dialog or a toast) and the
// screen recorder's floating red timer ("● 00:41") that was recorded with it; under it the
// player's seek bar (elapsed and total time, the played part white) and the controls (|◀ ▶ ▶|) and
// the toolbar (分享 / 编辑 / 删除 / 更多, or English with `scene.lang: 'en'`). `scene.rec` = {
// file, at, total, progress (0–1), inner: { clock, title, color, fields: [[k, v]], button,
// dialog?: { title, text, buttons }, toast? } }. Layout reconstructed from the apps.
import { esc, t, page, statusBar } from '../lib/common.mjs';

const LABELS = { zh: ['分享', '编辑', '收藏', '删除', '更多'], en: ['Send', 'Edit', 'Favorite', 'Delete', 'More'] };

export default {
  name: 'screen-rec-frame',
  kind: 'error',
  render(scene) {
    const dev = scene._device;
    const r = scene.rec;
    const inn = r.inner;
    const avail = dev.height - 28 - 52 - 150 - 16;
    const scale = Math.min(avail / 800, (dev.width - 40) / 360);
    const w = Math.round(360 * scale);
    const h = Math.round(800 * scale);
    const labels = LABELS[scene.lang ?? 'zh'];
    const css = `
body{background:#000;color:#fff}
.top{height:52px;display:flex;align-items:center;gap:12px;padding:0 14px}
.top .bk{font-size:26px;font-weight:300}
.top .fn{flex:1;font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.stage{height:${avail + 16}px;display:flex;align-items:center;justify-content:center}
.shot{width:${w}px;height:${h}px;overflow:hidden;position:relative;background:#fff}
.in{width:360px;height:800px;transform:scale(${scale});transform-origin:0 0;position:absolute;left:0;top:0;color:#111;display:flex;flex-direction:column;background:#F4F5F9}
.hd{height:50px;color:#fff;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;position:relative;flex:none}
.hd .bk{position:absolute;left:12px;font-size:22px;font-weight:300}
.fl{background:#fff;margin:14px 12px 0;border-radius:10px;padding:4px 14px}
.fl .kv{display:flex;justify-content:space-between;gap:10px;padding:12px 0;border-bottom:1px solid #F0F0F0;font-size:15px}
.fl .kv:last-child{border-bottom:none}
.fl .k{color:#888;flex:none}
.btn{margin:22px 12px 0;height:46px;border-radius:23px;color:#fff;display:flex;align-items:center;justify-content:center;font-size:16px}
.mask{position:absolute;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
.dlg{width:290px;background:#fff;border-radius:14px;overflow:hidden;text-align:center}
.dlg .dt{font-size:17px;font-weight:600;padding:20px 18px 8px}
.dlg .dx{font-size:15px;color:#444;line-height:1.5;padding:0 20px 18px}
.dlg .bs{display:flex;border-top:1px solid #EEE}
.dlg .bs span{flex:1;padding:13px 0;font-size:16px}
.dlg .bs span+span{border-left:1px solid #EEE}
.toast{position:absolute;left:50%;top:48%;transform:translateX(-50%);max-width:280px;background:rgba(0,0,0,.78);color:#fff;font-size:15px;line-height:1.45;padding:11px 16px;border-radius:8px;text-align:center}
.rec{position:absolute;right:8px;top:120px;background:rgba(30,30,30,.82);color:#fff;border-radius:16px;padding:5px 11px;font-size:13px;display:flex;align-items:center;gap:6px}
.rec i{display:block;width:9px;height:9px;border-radius:50%;background:#FF3B30}
.seek{display:flex;align-items:center;gap:10px;padding:8px 18px 0;font-size:12px;color:#ddd}
.seek .tr{flex:1;height:3px;background:#555;border-radius:2px;position:relative}
.seek .tr b{position:absolute;left:0;top:0;bottom:0;width:${Math.round((r.progress ?? 0.5) * 100)}%;background:#fff;border-radius:2px}
.seek .tr b::after{content:"";position:absolute;right:-6px;top:-5px;width:13px;height:13px;border-radius:50%;background:#fff}
.ctl{display:flex;justify-content:center;gap:46px;font-size:22px;padding:12px 0 6px}
.bar{height:62px;display:flex;justify-content:space-around;align-items:center;font-size:11.5px;color:#ddd}
.bar div{display:flex;flex-direction:column;align-items:center;gap:6px}
.bar i{display:block;width:20px;height:20px;border:1.6px solid #ddd;border-radius:5px}
`;
    const fields = (inn.fields ?? []).map(([k, v]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v)}</div>`).join('');
    const dlg = inn.dialog
      ? `<div class="mask"><div class="dlg">${t('div', 'title', inn.dialog.title, 'class="dt"')}${t('div', 'system', inn.dialog.text, 'class="dx"')}<div class="bs">${inn.dialog.buttons.map((b, i) => t('span', 'button', b, i === inn.dialog.buttons.length - 1 ? `style="color:${inn.color}"` : '')).join('')}</div></div></div>`
      : '';
    const toast = inn.toast ? t('div', 'system', inn.toast, 'class="toast"') : '';
    const content = `${statusBar({ time: inn.clock ?? scene.clock, battery: inn.battery ?? 64, os: 'android', bg: inn.color, dark: true })}
<div class="hd" style="background:${inn.color}"><span class="bk">‹</span>${t('span', 'title', inn.title)}</div>
<div class="fl">${fields}</div>${t('div', 'button', inn.button, `class="btn" style="background:${inn.color}"`)}${dlg}${toast}
<div class="rec"><i></i>${esc(r.at)}</div>`;
    const body = `${statusBar({ time: scene.clock, battery: scene.battery, os: 'android', dark: true, bg: '#000' })}
<div class="top"><span class="bk">‹</span>${t('span', 'title', r.file, 'class="fn"')}<span>⋮</span></div>
<div class="stage"><div class="shot"><div class="in">${content}</div></div></div>
<div class="seek">${t('span', 'system', r.at)}<div class="tr"><b></b></div>${t('span', 'system', r.total)}</div>
<div class="ctl"><span>|◀</span><span>▶</span><span>▶|</span></div>
<div class="bar">${labels.map((l) => `<div><i></i>${esc(l)}</div>`).join('')}</div>`;
    return page(css, body);
  },
};
