// A JetBrains IDE (IntelliJ IDEA, PyCharm …, the 2024+ "New UI") with Help › Register… open: the
// editor dimmed behind (main toolbar with the project widget, the tool-window stripe, code lines
// drawn as coloured bars, no text), the modal "Licenses" dialog (the left list: the IDE with its
// state under the name, then the paid plugins; the right pane: the product name, the licence lines
// from the scene — licensed to, the subscription state —, a coloured state line, the buttons), and a
// notification balloon in the lower right corner (the product icon, a bold title, the text, the
// action links) that the IDE shows about the licence. Dark (default) or light (`scene.light`).
// English labels; texts of the licence come from the scene. Layout reconstructed from the IDE.
import { t, esc, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'jetbrains-licenses',
  kind: 'error',
  render(scene) {
    const L = Boolean(scene.light);
    const c = L
      ? { bg: '#F7F8FA', ed: '#FFFFFF', bar: '#F7F8FA', fg: '#1E1F22', sub: '#6C707E', line: '#DFE1E5', dlg: '#FFFFFF', sel: '#D5E1FF', ball: '#FFFFFF', btn: '#FFFFFF' }
      : { bg: '#2B2D30', ed: '#1E1F22', bar: '#2B2D30', fg: '#DFE1E5', sub: '#868A91', line: '#393B40', dlg: '#2B2D30', sel: '#2E436E', ball: '#393B40', btn: '#393B40' };
    const lic = scene.license;
    const prods = lic.products.map((p, i) => `<div class="pi ${i === 0 ? 'on' : ''}"><span class="pic" style="background:${p.color ?? '#FE2857'}">${esc(p.mark ?? p.name.slice(0, 2).toUpperCase())}</span><div>${t('div', 'label', p.name)}${p.state ? t('div', 'label', p.state, `class="ps" style="color:${p.bad ? '#DB5C5C' : c.sub}"`) : ''}</div></div>`).join('');
    const code = Array.from({ length: 34 }, (_, i) => {
      const w = [220, 380, 300, 160, 440, 260, 0, 320, 200, 500, 280, 140][i % 12];
      const x = [0, 30, 30, 60, 60, 30, 0, 0, 30, 60, 30, 0][i % 12];
      return `<div class="cl"><span class="no">${i + 1}</span><span style="margin-left:${x}px;width:${w}px;background:${['#CF8E6D', '#6AAB73', '#56A8F5', '#BCBEC4', '#C77DBB'][i % 5]}55"></span></div>`;
    }).join('');
    const n = scene.balloon;
    const css = `
body{background:${c.bg};color:${c.fg};font-size:13px;height:100vh;font-family:"Liberation Sans","DejaVu Sans",sans-serif}
.tb{height:40px;background:${c.bar};border-bottom:1px solid ${c.line};display:flex;align-items:center;gap:18px;padding:0 12px;font-size:13px}
.tb .pw{display:flex;align-items:center;gap:8px;font-weight:600}.tb .pw i{width:20px;height:20px;border-radius:4px;background:#5FB865;display:inline-block}
.tb .rt{margin-left:auto;display:flex;gap:18px;color:${c.sub}}
.wrap{display:flex;height:calc(100vh - 64px)}
.stripe{width:40px;background:${c.bar};border-right:1px solid ${c.line}}
.proj{width:280px;background:${c.bar};border-right:1px solid ${c.line}}
.ed{flex:1;background:${c.ed};padding-top:10px;overflow:hidden}
.cl{display:flex;align-items:center;height:21px}.cl .no{width:48px;text-align:right;color:${c.sub};font-size:12px;padding-right:16px;font-family:monospace}
.cl span:last-child{height:9px;border-radius:2px;display:inline-block}
.sb{height:24px;background:${c.bar};border-top:1px solid ${c.line}}
.dim{position:absolute;inset:0;background:#00000066}
.dlg{position:absolute;left:50%;top:47%;transform:translate(-50%,-50%);width:${scene.dlgW ?? 860}px;height:${scene.dlgH ?? 520}px;background:${c.dlg};border:1px solid ${c.line};border-radius:10px;box-shadow:0 20px 60px #0009;display:flex;flex-direction:column;overflow:hidden}
.dt{height:40px;display:flex;align-items:center;padding:0 16px;border-bottom:1px solid ${c.line};font-weight:600}
.dt .x{margin-left:auto;color:${c.sub};font-weight:400}
.db{flex:1;display:flex}
.left{width:260px;border-right:1px solid ${c.line};padding:10px 8px}
.lh{font-size:11.5px;color:${c.sub};margin:6px 8px 6px}
.pi{display:flex;gap:10px;align-items:center;padding:8px;border-radius:6px;margin-bottom:2px}
.pi.on{background:${c.sel}}
.pic{width:28px;height:28px;border-radius:6px;color:#fff;font-weight:700;font-size:11px;display:flex;align-items:center;justify-content:center;flex:none}
.ps{font-size:11.5px;margin-top:2px}
.right{flex:1;padding:24px 30px}
.rn{font-size:19px;font-weight:600;margin-bottom:16px}
.rl{line-height:1.6;margin-bottom:6px}
.st{margin-top:14px;padding:10px 12px;border-radius:6px;line-height:1.5}
.df{height:56px;border-top:1px solid ${c.line};display:flex;align-items:center;justify-content:flex-end;gap:10px;padding:0 16px}
.bt{padding:6px 16px;border-radius:5px;border:1px solid ${c.line};background:${c.btn}}
.bt.pri{background:#3574F0;border-color:#3574F0;color:#fff}
.bal{position:absolute;right:16px;bottom:36px;width:420px;background:${c.ball};border:1px solid ${c.line};border-radius:8px;box-shadow:0 8px 28px #0007;padding:14px 16px 12px 48px}
.bal .ic{position:absolute;left:14px;top:15px;width:22px;height:22px;border-radius:5px;background:${n?.color ?? '#FE2857'}}
.bal .bt2{font-weight:700;margin-bottom:6px}
.bal .tx{line-height:1.5}
.bal .ac{margin-top:8px;display:flex;gap:16px;color:#548AF7}
`;
    const right = `${t('div', 'title', lic.title, 'class="rn"')}${lic.lines.map((l) => t('div', 'value', l, 'class="rl"')).join('')}${lic.state ? t('div', 'body', lic.state, `class="st" style="background:${lic.bad ? '#DB5C5C22' : '#5FB86522'};color:${lic.bad ? '#DB5C5C' : '#5FB865'}"`) : ''}`;
    const body = `<div class="tb"><span class="pw"><i></i>${t('span', 'label', scene.project ?? 'demo-service')}</span><span style="color:${c.sub}">${esc(scene.branch ?? 'main')}</span><span class="rt"><span>▶</span><span>⚙</span></span></div>
<div class="wrap"><div class="stripe"></div><div class="proj"></div><div class="ed">${code}</div></div><div class="sb"></div>
<div class="dim"></div>
<div class="dlg"><div class="dt">${t('span', 'title', 'Licenses')}<span class="x">✕</span></div><div class="db"><div class="left"><div class="lh">${esc(scene.ideName ?? 'IntelliJ IDEA')}</div>${prods}</div><div class="right">${right}</div></div>
<div class="df">${(lic.buttons ?? ['Deactivate License…', 'Close']).map((b, i, a) => t('span', 'button', b, `class="bt ${i === a.length - 1 ? 'pri' : ''}"`)).join('')}</div></div>
${n ? `<div class="bal"><span class="ic"></span>${t('div', 'title', n.title, 'class="bt2"')}${t('div', 'body', n.text, 'class="tx"')}${n.actions ? `<div class="ac">${n.actions.map((a) => t('span', 'button', a)).join('')}</div>` : ''}</div>` : ''}`;
    return page(css, body, LATIN);
  },
};
