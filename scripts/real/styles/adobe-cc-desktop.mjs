// Adobe's desktop licensing screens on Windows, two looks (`scene.view`):
// 'apps' — the Creative Cloud desktop app (dark UI): the title bar with the red Creative Cloud mark
// and the caption buttons, the top bar (Apps, Files, Discover, Stock & Marketplace tabs, the search
// field, the bell and the round avatar), the left column (All apps, Updates, categories), the list
// of installed apps (two-letter tiles, name, state line, Open / Try / Buy button) and a modal
// alert over it: heading, message lines, buttons (the primary one blue). `scene.plan` is the small
// plan line under the list heading.
// 'serial' — a perpetual product's "Enter serial number" step (light window, Adobe-red top band
// with the product name, the 24-digit serial field in six groups, a red ⚠ message under it, Back /
// Next buttons and the small sign-in line at the foot).
// English or Simplified Chinese labels (`scene.lang`). Layout reconstructed; texts from the scene;
// no Adobe artwork.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { tabs: ['Apps', 'Files', 'Discover', 'Stock & Marketplace'], side: ['All apps', 'Updates', 'Photo', 'Graphic design', 'Video', 'Illustration'], search: 'Search', head: 'All apps', installed: 'Installed', serial: 'Enter serial number', back: 'Back', next: 'Next', signed: 'Signed in as' },
  zh: { tabs: ['应用程序', '文件', '发现', 'Stock 和市场'], side: ['所有应用程序', '更新', '摄影', '平面设计', '视频', '插图'], search: '搜索', head: '所有应用程序', installed: '已安装', serial: '输入序列号', back: '上一步', next: '下一步', signed: '登录身份' },
};

export default {
  name: 'adobe-cc-desktop',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    return scene.view === 'serial' ? serial(scene, x) : apps(scene, x);
  },
};

function apps(scene, x) {
  const m = scene.modal;
  const css = `
body{background:#1B1B1B;color:#E8E8E8;height:100vh;font-size:14px;display:flex;flex-direction:column}
.tb{height:32px;flex:none;display:flex;align-items:center;gap:10px;padding-left:12px;font-size:12px;color:#ccc;background:#111}
.tb i{width:16px;height:16px;border-radius:4px;background:#DA1F26;display:inline-block}
.tb .cap{margin-left:auto;letter-spacing:26px;padding-right:4px}
.top{height:56px;flex:none;display:flex;align-items:center;gap:26px;padding:0 24px;border-bottom:1px solid #333;background:#1E1E1E}
.top .tab{color:#B3B3B3;font-size:15px;padding:17px 0}.top .tab.on{color:#fff;border-bottom:2px solid #fff}
.top .sr{margin-left:auto;width:260px;height:32px;border-radius:16px;background:#2C2C2C;color:#8A8A8A;display:flex;align-items:center;padding-left:14px;font-size:13px}
.top .av{width:30px;height:30px;border-radius:50%;background:#6D4AFF;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px;font-weight:700}
.bd{flex:1;display:flex;min-height:0}
.side{width:220px;flex:none;padding:18px 12px;border-right:1px solid #2E2E2E}
.side div{padding:9px 12px;border-radius:4px;color:#B3B3B3;font-size:14px}.side div.on{background:#2F2F2F;color:#fff}
.main{flex:1;padding:26px 36px;overflow:hidden}
h1{font-size:22px;margin:0 0 4px;font-weight:700}.plan{font-size:13px;color:#9A9A9A;margin-bottom:20px}
.sec{font-size:13px;color:#9A9A9A;margin:8px 0 10px;text-transform:uppercase;letter-spacing:.6px}
.ap{display:flex;align-items:center;gap:16px;padding:12px 14px;border-radius:6px;background:#242424;margin-bottom:10px;max-width:860px}
.ap .ic{width:40px;height:40px;border-radius:8px;display:flex;align-items:center;justify-content:center;font-weight:800;font-size:16px;flex:none}
.ap .nm{font-weight:700;font-size:15px}.ap .st{font-size:12.5px;color:#9A9A9A;margin-top:2px}
.ap .bt{margin-left:auto;border:1.5px solid #8A8A8A;border-radius:16px;padding:5px 18px;font-size:13px;font-weight:700}
.mask{position:fixed;inset:32px 0 0 0;background:#000000a6}
.dlg{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:${scene.modalW ?? 520}px;background:#2C2C2C;border-radius:8px;padding:28px 30px 24px;box-shadow:0 16px 48px #000a}
.dh{font-size:20px;font-weight:700;margin-bottom:14px;color:#fff}
.dl{font-size:14px;line-height:1.6;color:#D4D4D4;margin-bottom:8px;overflow-wrap:anywhere}
.dbs{display:flex;justify-content:flex-end;gap:12px;margin-top:22px}
.dbs span{border:2px solid #B3B3B3;border-radius:16px;padding:6px 18px;font-size:14px;font-weight:700}
.dbs span.p{background:#1473E6;border-color:#1473E6;color:#fff}
`;
  const list = (scene.apps ?? []).map((a) => `<div class="ap"><div class="ic" style="background:${a.bg};color:${a.fg}">${esc(a.short)}</div><div>${t('div', 'label', a.name, 'class="nm"')}${t('div', 'label', a.state, 'class="st"')}</div>${t('span', 'button', a.button, 'class="bt"')}</div>`).join('');
  const body = `<div class="tb"><i></i>${t('span', 'title', 'Creative Cloud')}<span class="cap">–▢✕</span></div>
<div class="top">${x.tabs.map((tb, i) => `<span class="tab ${i === 0 ? 'on' : ''}">${esc(tb)}</span>`).join('')}<span class="sr">${esc(x.search)}</span><span>🔔</span><span class="av">${esc(scene.initials ?? 'AB')}</span></div>
<div class="bd"><div class="side">${x.side.map((s, i) => `<div class="${i === 0 ? 'on' : ''}">${esc(s)}</div>`).join('')}</div>
<div class="main">${t('h1', 'title', x.head)}${scene.plan ? t('div', 'label', scene.plan, 'class="plan"') : ''}<div class="sec">${esc(x.installed)}</div>${list}</div></div>
${m ? `<div class="mask"></div><div class="dlg">${t('div', 'title', m.title, 'class="dh"')}${m.lines.map((l) => t('div', 'body', l, 'class="dl"')).join('')}<div class="dbs">${m.buttons.map((b, i) => t('span', 'button', b, i === m.buttons.length - 1 ? 'class="p"' : '')).join('')}</div></div>` : ''}`;
  return page(css, body, LATIN);
}

function serial(scene, x) {
  const css = `
body{background:${scene.wallpaper ?? 'linear-gradient(140deg,#3d5a80,#98c1d9)'};height:100vh;position:relative;font-size:14px;color:#2C2C2C}
.w{position:absolute;left:50%;top:46%;transform:translate(-50%,-50%);width:760px;background:#fff;border-radius:4px;box-shadow:0 16px 48px #0007;overflow:hidden}
.tb{height:30px;display:flex;align-items:center;padding-left:12px;font-size:12px;color:#444;background:#F5F5F5;border-bottom:1px solid #ddd}
.tb .cap{margin-left:auto;letter-spacing:24px}
.band{background:#EB1000;color:#fff;padding:18px 30px;display:flex;align-items:center;gap:14px}
.band i{width:34px;height:34px;border-radius:6px;background:#fff;display:inline-block;flex:none}
.band .pn{font-size:19px;font-weight:700}
.in{padding:30px 40px 26px}
h1{font-size:22px;margin:0 0 8px;font-weight:700}
.sub{color:#6E6E6E;margin-bottom:22px;line-height:1.5}
.sn{display:flex;gap:8px;margin-bottom:10px}
.sn span{flex:1;height:38px;border:1.5px solid #D7373F;border-radius:4px;display:flex;align-items:center;justify-content:center;font-family:"Liberation Mono",monospace;font-size:16px;letter-spacing:1px}
.er{color:#D7373F;display:flex;gap:8px;align-items:flex-start;line-height:1.5;margin-bottom:6px}
.er b{flex:none}
.bs{display:flex;justify-content:flex-end;gap:12px;margin-top:26px}
.bs span{border:2px solid #4B4B4B;border-radius:16px;padding:6px 20px;font-weight:700}
.bs span.p{background:#1473E6;border-color:#1473E6;color:#fff}
.ft{border-top:1px solid #eee;padding:12px 40px;font-size:12.5px;color:#6E6E6E}
.task{position:absolute;left:0;right:0;bottom:0;height:44px;background:#EEF1F5e8;display:flex;align-items:center;justify-content:flex-end;padding:0 16px;font-size:12px;line-height:1.3;text-align:right}
`;
  const groups = (scene.serial ?? '1118-****-****-****-****-4471').split('-');
  const body = `<div class="w"><div class="tb">${t('span', 'title', scene.window ?? scene.product)}<span class="cap">–▢✕</span></div>
<div class="band"><i></i>${t('span', 'title', scene.product, 'class="pn"')}</div>
<div class="in">${t('h1', 'title', x.serial)}${scene.sub ? t('div', 'body', scene.sub, 'class="sub"') : ''}<div class="sn">${groups.map((g) => t('span', 'value', g)).join('')}</div>
${scene.lines.map((l) => `<div class="er"><b>⚠</b>${t('span', 'body', l)}</div>`).join('')}
<div class="bs">${t('span', 'button', x.back)}${t('span', 'button', x.next, 'class="p"')}</div></div>
${scene.account ? `<div class="ft">${t('span', 'label', `${x.signed} ${scene.account}`)}</div>` : ''}</div>
<div class="task"><div>${esc(scene.clock ?? '')}<br>${esc(scene.date ?? '')}</div></div>`;
  return page(css, body, LATIN);
}
