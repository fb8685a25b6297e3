// A Chinese video site's VIP 兑换中心 page (腾讯视频 / 爱奇艺 / 优酷 style), on the desktop or in the
// phone browser: the dark site header with the brand mark and channel links, the gold "VIP会员"
// banner with the signed-in account (masked) and its membership line, the tabs (兑换码兑换 / 兑换记录),
// the code box with the typed code (masked) and the 立即兑换 button, the result line (red refusal or
// green success), an optional 兑换记录 table, and the 兑换说明 list. `scene.site` = { name, color };
// `scene.dark` keeps the page body dark as those sites draw it at night. Layout reconstructed.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'vip-redeem-web',
  kind: 'error',
  render(scene) {
    const s = scene.site;
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#17171B', card: '#222228', fg: '#E9E9EE', sub: '#9A9AA6', line: '#34343C', field: '#1B1B20' } : { bg: '#F4F4F6', card: '#FFFFFF', fg: '#1F1F24', sub: '#7A7A86', line: '#E6E6EA', field: '#FFFFFF' };
    const ok = Boolean(scene.ok);
    const links = ['首页', '电视剧', '电影', '综艺', '动漫', '少儿', 'VIP会员'].map((l, i) => `<span class="${i === 6 ? 'on' : ''}">${l}</span>`).join('');
    const rec = scene.records ? `<table><tr>${scene.records.head.map((h) => t('th', 'label', h)).join('')}</tr>${scene.records.rows.map((r) => `<tr>${r.map((v) => t('td', 'value', v)).join('')}</tr>`).join('')}</table>` : '';
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.hd{height:${narrow ? 50 : 60}px;background:#0E0E12;display:flex;align-items:center;gap:${narrow ? 10 : 26}px;padding:0 ${narrow ? 14 : 48}px;color:#d8d8de}
.logo{font-size:${narrow ? 18 : 22}px;font-weight:800;color:${s.color};letter-spacing:1px;white-space:nowrap}
.links span{margin-right:22px;font-size:15px}.links .on{color:#F2C983;font-weight:700}
.srch{margin-left:auto;width:${narrow ? 90 : 260}px;height:32px;border-radius:16px;background:#2a2a31}
.ban{background:linear-gradient(100deg,#3b2b17,#7a5a2e 55%,#c59b5f);color:#FBE7C2;padding:${narrow ? '16px 16px' : '26px 48px'};display:flex;align-items:center;gap:14px}
.av{width:${narrow ? 44 : 56}px;height:${narrow ? 44 : 56}px;border-radius:50%;background:#e8d2a8;flex:none}
.un{font-size:${narrow ? 16 : 18}px;font-weight:700}.ul{font-size:13px;opacity:.85;margin-top:4px}
.box{max-width:820px;margin:${narrow ? '14px 12px' : '26px auto'};background:${c.card};border-radius:10px;padding:${narrow ? '14px 14px' : '22px 30px'}}
.tabs{display:flex;gap:26px;border-bottom:1px solid ${c.line};margin-bottom:18px}
.tabs span{padding:10px 0;font-size:15px;color:${c.sub}}.tabs .on{color:${c.fg};font-weight:700;border-bottom:3px solid #E8B96A}
.row{display:flex;gap:10px;${narrow ? 'flex-direction:column' : ''}}
.fld{flex:${narrow ? 'none' : '1'};height:44px;border:1px solid ${ok ? c.line : '#F25353'};border-radius:6px;background:${c.field};display:flex;align-items:center;padding:0 14px;font-size:16px;letter-spacing:1px;font-family:"Liberation Mono","Noto Sans CJK SC",monospace}
.go{height:44px;border-radius:6px;background:linear-gradient(90deg,#F2CF8E,#E3A857);color:#4A2E0C;font-weight:700;display:flex;align-items:center;justify-content:center;padding:0 34px;font-size:16px}
.res{margin-top:10px;font-size:14px;line-height:1.5;color:${ok ? '#27AE60' : '#F25353'}}
table{width:100%;border-collapse:collapse;margin-top:16px;font-size:13px}
th{background:${d ? '#2b2b33' : '#F7F7F9'};color:${c.sub};font-weight:400;text-align:left;padding:8px 10px}
td{border-bottom:1px solid ${c.line};padding:9px 10px;line-height:1.4}
.tip{margin-top:20px;color:${c.sub};font-size:13px;line-height:1.8}
.tip b{color:${c.fg};font-weight:600;display:block;margin-bottom:2px}
`;
    const body = `${topBar(scene, { dark: true, bg: '#0E0E12' })}<div class="hd">${t('span', 'title', s.name, 'class="logo"')}${narrow ? '' : `<span class="links">${links}</span>`}<span class="srch"></span></div>
<div class="ban"><div class="av"></div><div>${t('div', 'value', scene.user, 'class="un"')}${t('div', 'value', scene.userLine, 'class="ul"')}</div></div>
<div class="box"><div class="tabs">${t('span', 'label', '兑换码兑换', 'class="on"')}${t('span', 'label', '兑换记录')}</div>
<div class="row">${t('div', 'value', scene.code, 'class="fld"')}${t('span', 'button', '立即兑换', 'class="go"')}</div>
${(scene.lines ?? []).map((l) => t('div', 'body', l, 'class="res"')).join('')}${rec}
<div class="tip"><b>兑换说明</b>${(scene.tips ?? []).map((l) => t('div', 'body', l)).join('')}</div></div>`;
    return page(css, body);
  },
};
