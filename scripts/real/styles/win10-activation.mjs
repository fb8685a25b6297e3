// Windows 10 Settings > Update & Security > Activation (English UI): the grey title bar, the left
// list of the Update & Security pages with Activation selected, the Windows section with Edition
// and Activation rows, the status or error paragraph with its code, and the Troubleshoot /
// Change product key links. `scene.dark` gives Windows 10's dark app mode. Layout reconstructed
// from the Settings app; the texts come from the scene.
import { t, page, LATIN } from '../lib/common.mjs';

const NAV = ['Windows Update', 'Delivery Optimization', 'Windows Security', 'Backup', 'Troubleshoot', 'Recovery', 'Activation', 'Find my device', 'For developers'];

export default {
  name: 'win10-activation',
  kind: 'error',
  render(scene) {
    const d = Boolean(scene.dark);
    const c = d
      ? { bg: '#000000', side: '#1F1F1F', fg: '#FFFFFF', sub: '#A6A6A6', on: '#333333', link: '#4CC2FF', bar: '#2B2B2B' }
      : { bg: '#FFFFFF', side: '#F2F2F2', fg: '#000000', sub: '#5C5C5C', on: '#E0E0E0', link: '#0067B8', bar: '#E6E6E6' };
    const nav = NAV.map((n) => `<div class="ni ${n === 'Activation' ? 'on' : ''}"><i></i>${t('span', 'label', n)}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-size:15px}
.tb{height:32px;display:flex;align-items:center;padding:0 12px;font-size:12px;background:${c.bar}}
.tb .ctl{margin-left:auto;letter-spacing:30px;font-size:12px}
.wrap{display:flex;height:calc(100vh - 32px)}
.side{width:320px;background:${c.side};padding:14px 0}
.home{display:flex;gap:14px;align-items:center;padding:8px 20px 12px;font-size:15px}
.home i,.ni i{display:inline-block;width:16px;height:16px;border:1.5px solid ${c.fg};border-radius:2px;opacity:.75}
.search{height:34px;border:2px solid ${c.sub};margin:4px 20px 16px;background:${c.bg}}
.cat{font-weight:600;font-size:15px;padding:4px 20px 10px}
.ni{display:flex;align-items:center;gap:16px;padding:10px 20px;font-size:15px;position:relative}
.ni.on{background:${c.on}}
.ni.on::before{content:"";position:absolute;left:0;top:6px;bottom:6px;width:5px;background:#0078D7}
.main{flex:1;padding:18px 48px;max-width:860px}
h1{font-size:28px;font-weight:300;margin:4px 0 22px}
h2{font-size:20px;font-weight:400;margin:0 0 14px}
.r{display:flex;margin-bottom:10px;font-size:15px}
.r .k{width:130px;flex:none}
.msg{margin:14px 0 6px;line-height:1.55;max-width:620px}
.code{color:${c.sub};font-size:14px;margin-bottom:16px}
.lnk{color:${c.link};display:flex;align-items:center;gap:10px;margin:14px 0;font-size:15px}
.lnk i{display:inline-block;width:16px;height:16px;border:1.5px solid ${c.link};border-radius:50%}
`;
    const rows = (scene.rows ?? [['Edition', 'Windows 10 Pro'], ['Activation', 'Windows is not activated']])
      .map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v)}</div>`).join('');
    const body = `<div class="tb">${t('span', 'label', 'Settings')}<span class="ctl">—▢✕</span></div>
<div class="wrap"><div class="side"><div class="home"><i></i>${t('span', 'label', 'Home')}</div><div class="search"></div>${t('div', 'label', 'Update & Security', 'class="cat"')}${nav}</div>
<div class="main">${t('h1', 'title', 'Activation')}${t('h2', 'title', 'Windows')}${rows}
${(scene.lines ?? []).map((l) => t('div', 'body', l, 'class="msg"')).join('')}${scene.code ? t('div', 'body', scene.code, 'class="code"') : ''}
${(scene.links ?? ['Troubleshoot', 'Change product key']).map((l) => `<div class="lnk"><i></i>${t('span', 'button', l)}</div>`).join('')}</div></div>`;
    return page(css, body, LATIN);
  },
};
