// Riot Client (desktop, the launcher of VALORANT / League of Legends): the dark window with the
// Riot fist mark and the title strip, the left game list, the store panel behind a dimmed
// overlay, and the centred error dialog (red warning glyph, an upper-case title, the message,
// an optional error code line, and the red "RETRY" / grey "CLOSE" buttons). `scene.error` =
// { title, body: [lines], code?, buttons? }; `scene.panel` = { title, rows: [[label, value]] }
// for the store page behind. Dark only. Layout reconstructed from the client.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'riot-store-error',
  kind: 'error',
  render(scene) {
    const e = scene.error;
    const p = scene.panel ?? { title: 'STORE', rows: [] };
    const css = `
body{background:#111318;color:#ECE8E1;font-size:14px}
.win{position:fixed;inset:0;display:flex;flex-direction:column}
.tb{height:36px;background:#0A0B0E;display:flex;align-items:center;padding:0 14px;gap:10px;font-size:12px;color:#8B8F98;letter-spacing:1px}
.tb .fist{width:20px;height:20px;border-radius:4px;background:#D13639}
.tb .ctl{margin-left:auto;letter-spacing:14px}
.main{flex:1;display:flex}
.side{width:230px;background:#16181D;padding:18px 12px;border-right:1px solid #23262D}
.side div{padding:10px 12px;border-radius:4px;font-size:13px;color:#AEB2BA;margin-bottom:4px}
.side div.on{background:#23262D;color:#fff}
.pane{flex:1;padding:30px 40px}
.pane h1{margin:0 0 18px;font-size:28px;letter-spacing:2px;font-family:"DejaVu Sans",sans-serif}
.r{display:flex;gap:18px;padding:12px 0;border-bottom:1px solid #262930;font-size:14px}
.r .k{width:180px;color:#8B8F98}
.mask{position:fixed;inset:36px 0 0 0;background:#000000A8}
.dlg{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:520px;background:#1C1E24;border:1px solid #2E3139;border-top:3px solid #FF4655;padding:30px 34px 26px}
.ic{width:40px;height:40px;border-radius:50%;border:2px solid #FF4655;color:#FF4655;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:22px;margin-bottom:14px}
.dt{font-size:20px;font-weight:700;letter-spacing:1.5px;margin-bottom:12px}
.db{font-size:15px;line-height:1.55;color:#C9CCD2;margin-bottom:6px}
.dc{font-size:12.5px;color:#8B8F98;margin-top:10px}
.bs{display:flex;gap:12px;margin-top:24px}
.bs span{padding:11px 26px;font-weight:700;letter-spacing:1.5px;font-size:13px;background:#2B2E36;color:#ECE8E1}
.bs span:first-child{background:#FF4655;color:#fff}
`;
    const body = `<div class="win"><div class="tb"><span class="fist"></span>${t('span', 'title', 'RIOT CLIENT')}<span class="ctl">— ☐ ✕</span></div>
<div class="main"><div class="side">${(scene.games ?? ['VALORANT', 'League of Legends', 'Teamfight Tactics']).map((g, i) => `<div${i === 0 ? ' class="on"' : ''}>${g}</div>`).join('')}</div>
<div class="pane">${t('h1', 'title', p.title)}${p.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v)}</div>`).join('')}</div></div>
<div class="mask"></div><div class="dlg"><div class="ic">!</div>${t('div', 'title', e.title, 'class="dt"')}${e.body.map((b) => t('div', 'body', b, 'class="db"')).join('')}${e.code ? t('div', 'body', e.code, 'class="dc"') : ''}<div class="bs">${(e.buttons ?? ['RETRY', 'CLOSE']).map((b) => t('span', 'button', b)).join('')}</div></div></div>`;
    return page(css, body, LATIN);
  },
};
