// The Microsoft account "redeem a code" web page in a browser (account.microsoft.com/billing/redeem):
// the Microsoft header with the four-square mark and "Account", the signed-in name, the heading,
// the code box with the typed code (masked), the red message under it and a disabled Next button.
// `scene.dark` gives the page's dark theme. Layout reconstructed; texts come from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'ms-redeem-web',
  kind: 'error',
  render(scene) {
    const d = Boolean(scene.dark);
    const narrow = scene._device.width < 700;
    const c = d
      ? { bg: '#1B1B1B', head: '#262626', fg: '#F3F3F3', sub: '#C8C8C8', field: '#2D2D2D', line: '#444', err: '#FF99A4', btn: '#3A3A3A', url: '#333' }
      : { bg: '#FFFFFF', head: '#FFFFFF', fg: '#1B1B1B', sub: '#505050', field: '#FFFFFF', line: '#E1E1E1', err: '#C50F1F', btn: '#E6E6E6', url: '#F1F3F4' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:15px}
.url{height:44px;background:${c.url};display:flex;align-items:center;padding:0 14px}
.url span{flex:1;background:${d ? '#1f1f1f' : '#fff'};border-radius:18px;padding:7px 14px;font-size:13px;color:${c.sub}}
.head{height:54px;background:${c.head};border-bottom:1px solid ${c.line};display:flex;align-items:center;gap:12px;padding:0 ${narrow ? 14 : 40}px}
.ms{display:grid;grid-template-columns:10px 10px;gap:2px}
.ms b{width:10px;height:10px;display:block}
.brand{font-weight:600;font-size:17px;color:${c.sub}}
.acct{font-size:16px;border-left:1px solid ${c.line};padding-left:12px}
.me{margin-left:auto;font-size:13px;color:${c.sub}}
.box{max-width:560px;margin:${narrow ? '24px 18px' : '64px auto'}}
h1{font-size:${narrow ? 24 : 30}px;font-weight:600;margin:0 0 10px}
.p{color:${c.sub};line-height:1.5;margin-bottom:20px}
.field{border:2px solid ${c.err};background:${c.field};padding:11px 12px;font-family:"Liberation Mono","DejaVu Sans Mono",monospace;font-size:${narrow ? 15 : 17}px;letter-spacing:1px;overflow-wrap:anywhere}
.err{color:${c.err};margin-top:10px;line-height:1.5}
.help{color:${c.sub};margin-top:8px;font-size:14px;line-height:1.5}
.next{display:inline-block;margin-top:26px;padding:9px 26px;background:${c.btn};color:${c.sub};border-radius:2px}
`;
    const body = `${topBar(scene, { dark: d, bg: c.url })}<div class="url"><span>account.microsoft.com/billing/redeem</span></div>
<div class="head"><span class="ms"><b style="background:#F25022"></b><b style="background:#7FBA00"></b><b style="background:#00A4EF"></b><b style="background:#FFB900"></b></span>${t('span', 'title', 'Microsoft', 'class="brand"')}${t('span', 'title', 'Account', 'class="acct"')}${narrow ? '' : t('span', 'label', scene.user ?? '', 'class="me"')}</div>
<div class="box">${t('h1', 'title', scene.heading ?? 'Redeem a code')}${t('div', 'body', scene.prompt ?? 'Enter the 25-character code', 'class="p"')}
${t('div', 'value', scene.code, 'class="field"')}${scene.lines.map((l) => t('div', 'body', l, 'class="err"')).join('')}${(scene.help ?? []).map((l) => t('div', 'body', l, 'class="help"')).join('')}
${t('span', 'button', 'Next', 'class="next"')}</div>`;
    return page(css, body, LATIN);
  },
};
