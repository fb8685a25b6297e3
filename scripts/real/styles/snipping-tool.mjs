// The Windows 11 Snipping Tool (截图工具) with a fresh capture marked up, captured whole (desktop):
// the Mica title bar with the app icon and name and the window buttons; the command bar ("+ 新建"
// / "+ New", the mode and delay buttons, then the markup tools: ballpoint pen in red, highlighter
// in yellow, eraser, ruler, crop; "⋯"); the grey canvas with the captured region on it, and the
// Windows 11 taskbar under the window. The captured region is a part of a web page or an app:
// `scene.snip` = { width, bar?: { text, color } (a site's header), heading?, rows?: [[k, v]],
// paras?: [..], dialog?: { title, text, button }, ink?: [text…] (red pen circles round the
// lines that contain it), hl?: [text…] (yellow highlighter over them) }. English or Chinese
// chrome (`scene.lang`), light or dark app theme (`scene.dark`). Layout reconstructed from the app.
import { esc, t, page, CJK } from '../lib/common.mjs';

const W = {
  zh: { app: '截图工具', neu: '新建', mode: '矩形', delay: '无延迟' },
  'zh-Hant': { app: '剪取工具', neu: '新增', mode: '矩形', delay: '不延遲' },
  en: { app: 'Snipping Tool', neu: 'New', mode: 'Rectangle', delay: 'No delay' },
};

export default {
  name: 'snipping-tool',
  kind: 'other',
  render(scene) {
    const w = W[scene.lang ?? 'zh'];
    const d = Boolean(scene.dark);
    const s = scene.snip;
    const c = d
      ? { win: '#202020', bar: '#2B2B2B', fg: '#F3F3F3', sub: '#B8B8B8', canvas: '#1C1C1C', btn: '#3A3A3A' }
      : { win: '#F3F3F3', bar: '#F9F9F9', fg: '#1B1B1B', sub: '#5C5C5C', canvas: '#E9E9E9', btn: '#FFFFFF' };
    const marked = (txt) => (s.ink ?? []).some((k) => txt.includes(k)) ? ' ink' : (s.hl ?? []).some((k) => txt.includes(k)) ? ' hl' : '';
    const rows = (s.rows ?? []).map(([k, v]) => `<div class="kv">${t('span', 'label', k, 'class="k"')}<span class="vv${marked(v)}">${t('span', 'value', v)}</span></div>`).join('');
    const paras = (s.paras ?? []).map((p) => `<p><span class="pp${marked(p)}">${t('span', s.role ?? 'body', p)}</span></p>`).join('');
    const dlg = s.dialog
      ? `<div class="dlg">${t('div', 'title', s.dialog.title, 'class="dt"')}<div class="dx${marked(s.dialog.text)}">${t('span', 'system', s.dialog.text)}</div>${t('div', 'button', s.dialog.button ?? '确定', 'class="db"')}</div>`
      : '';
    const css = `
body{background:#1f3b5c;color:${c.fg};font-family:"Segoe UI",${CJK}}
.win{position:absolute;left:0;top:0;right:0;bottom:48px;background:${c.win};display:flex;flex-direction:column}
.tb{height:40px;display:flex;align-items:center;padding-left:14px;font-size:12px;gap:10px;flex:none}
.tb .lg{width:16px;height:16px;border-radius:3px;background:linear-gradient(135deg,#f25022 0 50%,#00a4ef 50%)}
.tb .sp{flex:1}
.tb .wb{width:46px;text-align:center;font-size:13px;color:${c.sub}}
.cmd{height:52px;display:flex;align-items:center;gap:8px;padding:0 12px;background:${c.bar};border-bottom:1px solid ${d ? '#333' : '#E5E5E5'};flex:none;font-size:13.5px}
.cmd .b{padding:6px 12px;border-radius:4px;background:${c.btn};border:1px solid ${d ? '#444' : '#E0E0E0'}}
.cmd .b.pr{background:#005FB8;color:#fff;border-color:#005FB8}
.cmd .sep{width:1px;height:24px;background:${d ? '#444' : '#D6D6D6'};margin:0 6px}
.cmd .tool{width:34px;height:34px;border-radius:4px;display:flex;align-items:center;justify-content:center;font-size:17px}
.cmd .tool.on{background:${d ? '#3A3A3A' : '#E6E6E6'}}
.cmd .dot{display:block;width:10px;height:4px;border-radius:2px;margin:1px auto 0}
.cv{flex:1;background:${c.canvas};display:flex;align-items:center;justify-content:center;padding:36px 0 80px;overflow:hidden}
.snip{width:${s.width ?? 860}px;background:#fff;color:#222;box-shadow:0 2px 10px rgba(0,0,0,.25);font-family:${CJK};position:relative}
.sbar{height:50px;display:flex;align-items:center;padding:0 22px;color:#fff;font-size:18px;font-weight:600}
.sin{padding:18px 26px 22px}
.sh{font-size:19px;font-weight:600;margin:0 0 12px}
.kv{display:flex;gap:14px;padding:7px 0;border-bottom:1px solid #EEE;font-size:15px}
.kv .k{flex:none;width:120px;color:#777}
.sin p{margin:12px 0 0;font-size:15px;line-height:1.6;color:#333}
.ink,.hl{position:relative;display:inline-block}
.ink::after{content:"";position:absolute;left:-18px;right:-18px;top:-11px;bottom:-11px;border:3px solid #E81123;border-radius:50%;transform:rotate(-1.5deg)}
.hl{background:linear-gradient(transparent 12%,rgba(255,235,0,.6) 12%,rgba(255,235,0,.6) 92%,transparent 92%)}
.dlg{margin:18px auto 4px;width:420px;border:1px solid #CCC;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:20px 24px 16px;background:#fff}
.dlg .dt{font-size:17px;font-weight:600;margin-bottom:10px}
.dlg .dx{font-size:15px;line-height:1.5;color:#333;display:inline-block;position:relative}
.dlg .db{margin:16px 0 0 auto;width:96px;text-align:center;padding:6px 0;border-radius:4px;background:#005FB8;color:#fff;font-size:14px}
.task{position:absolute;left:0;right:0;bottom:0;height:48px;background:${d ? '#1C1C1C' : '#EEF1F6'};display:flex;align-items:center;justify-content:center;gap:10px}
.task i{display:block;width:28px;height:28px;border-radius:6px;background:${d ? '#3C3C3C' : '#C9D3E0'}}
.task i.on{background:#4D8FD6}
.clock{position:absolute;right:14px;bottom:6px;font-size:12px;text-align:right;color:${c.fg};line-height:1.35}
`;
    const body = `<div class="win">
<div class="tb"><span class="lg"></span>${t('span', 'title', w.app)}<span class="sp"></span><span class="wb">—</span><span class="wb">▢</span><span class="wb">✕</span></div>
<div class="cmd"><span class="b pr">＋ ${esc(w.neu)}</span><span class="b">▭ ${esc(w.mode)}</span><span class="b">◷ ${esc(w.delay)}</span><span class="sep"></span>
<span class="tool on">✎<i class="dot" style="background:#E81123"></i></span><span class="tool">▮<i class="dot" style="background:#FFE600"></i></span><span class="tool">⌫</span><span class="tool">📏</span><span class="tool">⛶</span><span class="sep"></span><span class="tool">⋯</span></div>
<div class="cv"><div class="snip">${s.bar ? `<div class="sbar" style="background:${s.bar.color}">${t('span', 'title', s.bar.text)}</div>` : ''}<div class="sin">${s.heading ? t('div', 'title', s.heading, 'class="sh"') : ''}${rows}${paras}${dlg}</div></div></div>
</div>
<div class="task"><i></i><i></i><i class="on"></i><i></i><i></i><i class="on"></i></div>
${scene.date ? `<div class="clock">${esc(scene.clock)}<br>${esc(scene.date ?? '')}</div>` : ''}`;
    return page(css, body);
  },
};
