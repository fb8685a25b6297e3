// A PC game launcher / game client window (Windows desktop capture) with an error dialog over it:
// the launcher's dark title strip (logo, name, minimise/close), a left rail of sections, the
// game's banner and a panel (a login form, a 儲值/兑换 form or the game page with its big start
// button), dimmed behind a centred modal: title, a round warning mark, the message lines, an
// optional grey error code and one or two buttons. `scene.light` gives a light launcher. Simplified
// Chinese, Traditional Chinese or English texts come from the scene. Layout reconstructed.
import { t, page } from '../lib/common.mjs';

export default {
  name: 'pc-launcher-error',
  kind: 'error',
  render(scene) {
    const L = scene.launcher;
    const lt = Boolean(scene.light);
    const c = lt ? { bg: '#EEF1F5', rail: '#FFFFFF', fg: '#1d2330', sub: '#6b7380', panel: '#FFFFFF', line: '#E1E5EB', field: '#F5F7FA' } : { bg: '#14161B', rail: '#0E0F13', fg: '#E6E8EE', sub: '#8C93A3', panel: '#1C1F26', line: '#2A2E38', field: '#12141A' };
    const acc = L.accent ?? '#F2A33A';
    const W = scene._device.width;
    const d = scene.dialog;
    const css = `
body{background:#2b2f36;font-family:"Noto Sans CJK SC","Noto Sans CJK TC","Liberation Sans",sans-serif}
.desk{position:absolute;inset:0;background:linear-gradient(135deg,#1f3b5a,#0f1d2e)}
.task{position:absolute;left:0;right:0;bottom:0;height:40px;background:#101218ee;display:flex;align-items:center;padding:0 12px;gap:14px}
.task i{display:inline-block;width:22px;height:22px;border-radius:4px;background:#ffffff30}
.task .clk{margin-left:auto;color:#ddd;font-size:12px;text-align:right;line-height:1.3}
.win{position:absolute;left:${Math.round(W * 0.08)}px;top:${scene.top ?? 40}px;width:${Math.round(W * 0.84)}px;height:${scene.winH ?? 640}px;background:${c.bg};color:${c.fg};display:flex;flex-direction:column;box-shadow:0 10px 40px #0009;border:1px solid #00000055}
.tb{height:40px;background:${lt ? '#fff' : '#0A0B0E'};display:flex;align-items:center;padding:0 14px;gap:10px;border-bottom:1px solid ${c.line};flex:none}
.lg{width:22px;height:22px;border-radius:6px;background:${acc}}
.tn{font-size:14px;font-weight:600}
.wc{margin-left:auto;display:flex;gap:22px;color:${c.sub};font-size:14px}
.mainw{flex:1;display:flex;min-height:0}
.rail{width:168px;background:${c.rail};padding:14px 0;border-right:1px solid ${c.line};flex:none}
.ri{padding:11px 20px;font-size:14px;color:${c.sub}}.ri.on{color:${c.fg};border-left:3px solid ${acc};padding-left:17px;background:${lt ? '#F3F5F8' : '#191C23'}}
.cont{flex:1;padding:0;overflow:hidden}
.ban{height:190px;background:linear-gradient(110deg,${L.hue ?? '#3b2a6b'},#111 85%);display:flex;align-items:flex-end;padding:18px 26px;font-size:26px;font-weight:800;color:#fff;letter-spacing:1px}
.pn{margin:18px 26px;background:${c.panel};border:1px solid ${c.line};border-radius:8px;padding:16px 20px;max-width:560px}
.ph{font-size:16px;font-weight:700;margin-bottom:10px}
.f{margin:10px 0}.fk{font-size:12.5px;color:${c.sub}}.fv{margin-top:5px;background:${c.field};border:1px solid ${c.line};border-radius:4px;padding:8px 10px;font-size:14px}
.go{margin-top:14px;display:inline-block;background:${acc};color:#111;font-weight:700;padding:9px 34px;border-radius:4px;font-size:15px}
.mask{position:absolute;inset:0;background:#00000080}
.dlg{position:absolute;left:50%;top:${scene.dlgTop ?? '44%'};transform:translate(-50%,-50%);width:${scene.dlgW ?? 430}px;background:${lt ? '#fff' : '#20232B'};color:${c.fg};border-radius:8px;border:1px solid ${c.line};box-shadow:0 8px 30px #000a}
.dh{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;border-bottom:1px solid ${c.line};font-size:15px;font-weight:600}
.dh .x{color:${c.sub};font-weight:400}
.db{display:flex;gap:14px;padding:22px 20px 8px}
.wm{flex:none;width:34px;height:34px;border-radius:17px;background:${d?.tone === 'info' ? '#3B82F6' : '#E5484D'};color:#fff;font-weight:800;font-size:20px;display:flex;align-items:center;justify-content:center}
.dm{font-size:14.5px;line-height:1.65}
.dc{font-size:12px;color:${c.sub};padding:4px 20px 0 68px}
.dbs{display:flex;justify-content:flex-end;gap:10px;padding:18px 16px 16px}
.dbs span{padding:7px 22px;border-radius:4px;font-size:14px;border:1px solid ${c.line}}
.dbs span:last-child{background:${acc};color:#111;border-color:${acc};font-weight:600}
`;
    const fields = (L.fields ?? []).map(([k, v]) => `<div class="f">${t('div', 'label', k, 'class="fk"')}${t('div', 'value', v, 'class="fv"')}</div>`).join('');
    const panel = L.panelTitle || fields ? `<div class="pn">${L.panelTitle ? t('div', 'title', L.panelTitle, 'class="ph"') : ''}${fields}${L.submit ? t('span', 'button', L.submit, 'class="go"') : ''}</div>` : '';
    const dialog = d ? `<div class="mask"></div><div class="dlg"><div class="dh">${t('span', 'title', d.title)}<span class="x">✕</span></div>
<div class="db"><div class="wm">${d.tone === 'info' ? 'i' : '!'}</div><div>${d.body.map((b) => t('div', 'body', b, 'class="dm"')).join('')}</div></div>
${d.code ? t('div', 'body', d.code, 'class="dc"') : ''}<div class="dbs">${d.buttons.map((b) => t('span', 'button', b)).join('')}</div></div>` : '';
    const body = `<div class="desk"></div><div class="win"><div class="tb"><span class="lg"></span>${t('span', 'title', L.name, 'class="tn"')}<span class="wc"><span>—</span><span>☐</span><span>✕</span></span></div>
<div class="mainw"><div class="rail">${(L.nav ?? []).map((n, i) => t('div', 'label', n, `class="ri${i === (L.navOn ?? 0) ? ' on' : ''}"`)).join('')}</div>
<div class="cont"><div class="ban">${t('span', 'title', L.game)}</div>${panel}</div></div>${dialog}</div>
<div class="task"><i></i><i></i><i></i><i></i>${scene.taskClock ? `<span class="clk">${t('div', 'body', scene.taskClock[0])}${t('div', 'body', scene.taskClock[1])}</span>` : ''}</div>`;
    return page(css, body);
  },
};
