// The phone gallery's photo editor (相册 → 编辑 → 涂鸦 / 马赛克), captured while the user marks up an
// earlier screenshot before sending it: the black editor with "✕" / "取消" and "✓" / "保存" at the
// top, the screenshot scaled down in the middle, the tool row at the bottom (the active tool
// highlighted, its colour dots or brush sizes above it). `scene.editor`: 'miui' (MIUI / HyperOS:
// 取消 … 保存, tools 裁切 滤镜 调色 涂鸦 马赛克 文字) or 'harmony' (HarmonyOS: ✕ … ✓, tools 裁剪 滤镜
// 调节 标注 马赛克). The screenshot shown (`scene.inner`) is a lib/mini-screens.mjs pane (chat, order,
// list, redeem) under its own status bar; its lines are truth, the editor's chrome is not.
// The user's marks (`scene.marks`), drawn over it after the fonts load, carry no truth:
//   { circle: 'text' } a hand-drawn red ellipse round the first line containing the text;
//   { arrow: 'text' } a red arrow pointing at it from the right;
//   { box: 'text' } a red rectangle (the 标注 tool's box);
// and mosaic over a secret is written in the text itself as `{{m:…}}`. Reconstructed.
import { page, statusBar, esc } from '../lib/common.mjs';
import { SKINS, paneCss, anyPane } from '../lib/mini-screens.mjs';

const TOOLS = {
  miui: { l: '取消', r: '保存', tools: ['裁切', '滤镜', '调色', '涂鸦', '马赛克', '文字'] },
  harmony: { l: '✕', r: '✓', tools: ['裁剪', '滤镜', '调节', '标注', '马赛克'] },
};

/* global document */
function drawMarks(marks) {
  const find = (tx) => [...document.querySelectorAll('.shot [data-role]')].find((e) => e.innerText.includes(tx));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', String(document.documentElement.clientWidth));
  svg.setAttribute('height', String(document.documentElement.clientHeight));
  svg.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none;z-index:50';
  let html = '';
  for (const m of marks) {
    const el = find(m.circle ?? m.arrow ?? m.box);
    if (!el) throw new Error(`mark: no line with ${m.circle ?? m.arrow ?? m.box}`);
    const r = el.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    if (m.circle) {
      const rx = r.width / 2 + 9;
      const ry = r.height / 2 + 7;
      html += `<path d="M ${cx - rx} ${cy + 1} C ${cx - rx} ${cy - ry * 1.12}, ${cx + rx * 1.04} ${cy - ry * 1.15}, ${cx + rx} ${cy - 2} C ${cx + rx * 0.99} ${cy + ry * 1.1}, ${cx - rx * 0.92} ${cy + ry * 1.06}, ${cx - rx * 1.03} ${cy - ry * 0.35}" fill="none" stroke="#F22B2B" stroke-width="2.4" stroke-linecap="round"/>`;
    } else if (m.box) {
      html += `<rect x="${r.left - 4}" y="${r.top - 3}" width="${r.width + 8}" height="${r.height + 6}" fill="none" stroke="#F22B2B" stroke-width="2" rx="2"/>`;
    } else {
      const x0 = r.right + 6;
      const x1 = Math.min(document.documentElement.clientWidth - 8, x0 + 46);
      html += `<path d="M ${x1} ${cy + 18} Q ${x0 + 20} ${cy + 14} ${x0} ${cy}" fill="none" stroke="#F22B2B" stroke-width="2.6" stroke-linecap="round"/><path d="M ${x0 + 3} ${cy + 11} L ${x0} ${cy} L ${x0 + 11} ${cy + 3}" fill="none" stroke="#F22B2B" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>`;
    }
  }
  svg.innerHTML = html;
  document.body.appendChild(svg);
}

export default {
  name: 'gallery-editor',
  kind: 'other',
  render(scene) {
    const dev = scene._device;
    const ed = TOOLS[scene.editor ?? 'miui'];
    const inn = scene.inner;
    const k = SKINS[inn.skin ?? 'wechat'];
    const avail = dev.height - 28 - 52 - 118 - 16;
    const scale = Math.min(avail / 800, (dev.width - 28) / 360);
    const w = Math.round(360 * scale);
    const h = Math.round(800 * scale);
    const active = scene.tool ?? (scene.editor === 'harmony' ? '标注' : '涂鸦');
    const dots = ['#F22B2B', '#FFB800', '#2BC253', '#2B8BF2', '#FFFFFF', '#000000'];
    const css = `${paneCss(k)}
body{background:#000;color:#fff;position:relative}
.top{height:52px;display:flex;align-items:center;justify-content:space-between;padding:0 18px;font-size:16px}
.top .r{color:${scene.editor === 'harmony' ? '#fff' : '#3482FF'}}
.stage{height:${avail + 16}px;display:flex;align-items:center;justify-content:center}
.shot{width:${w}px;height:${h}px;overflow:hidden;position:relative;background:#fff}
.in{width:360px;height:800px;transform:scale(${scale});transform-origin:0 0;position:absolute;left:0;top:0;display:flex;flex-direction:column}
.opts{height:40px;display:flex;align-items:center;justify-content:center;gap:18px}
.opts i{width:18px;height:18px;border-radius:50%;border:2px solid #333}
.opts i.on{outline:2px solid #fff;outline-offset:2px}
.tools{height:78px;display:flex;justify-content:space-around;align-items:center;font-size:11.5px;color:#bbb}
.tools div{display:flex;flex-direction:column;align-items:center;gap:6px}
.tools b{display:block;width:22px;height:22px;border:1.6px solid #bbb;border-radius:6px}
.tools .on{color:${scene.editor === 'harmony' ? '#317AF7' : '#3482FF'}}
.tools .on b{border-color:currentColor}
`;
    const innerBar = inn.kind === 'chat' ? k.bar : inn.color ?? '#2B6DE8';
    const body = `${statusBar({ time: scene.clock, battery: scene.battery, os: dev.os, dark: true, bg: '#000' })}
<div class="top"><span>${esc(ed.l)}</span><span class="r">${esc(ed.r)}</span></div>
<div class="stage"><div class="shot"><div class="in">${statusBar({ time: inn.clock, battery: inn.battery ?? 60, os: 'android', dark: inn.kind !== 'chat' || Boolean(k.dark) || k.bar === '#008069', bg: innerBar })}${anyPane({ ...inn, style: 'flex:1' })}</div></div></div>
<div class="opts">${dots.map((c, i) => `<i class="${i === 0 ? 'on' : ''}" style="background:${c}"></i>`).join('')}</div>
<div class="tools">${ed.tools.map((x) => `<div class="${x === active ? 'on' : ''}"><b></b><span>${esc(x)}</span></div>`).join('')}</div>
<script>document.fonts.ready.then(() => (${drawMarks.toString()})(${JSON.stringify(scene.marks ?? [])}));</script>`;
    return page(css, body);
  },
};
