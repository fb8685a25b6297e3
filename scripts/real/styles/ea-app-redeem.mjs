// The EA app on Windows (desktop capture), "Redeem code": the near-black app frame with the left
// navigation (the EA mark, Home, Browse, Library, the profile at the bottom), the top search bar,
// a dimmed library behind, and the modal redeem dialog: its title, the explanation line, the code
// field with the code as typed (masked), the red error line(s) under it (`scene.lines`), and the
// Next / Cancel buttons. English or Simplified Chinese chrome (`scene.lang`: en | zh). Dark only,
// as the app is. Layout reconstructed from the app; texts from the scene.
import { t, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { nav: ['Home', 'Browse', 'Library'], search: 'Search games', title: 'Redeem code', prompt: 'Enter your product code. Dashes are added for you.', field: 'Product code', buttons: ['Next', 'Cancel'], lib: 'Library', win: 'EA' },
  zh: { nav: ['主页', '浏览', '游戏库'], search: '搜索游戏', title: '兑换代码', prompt: '请输入您的产品代码，系统会自动添加连字符。', field: '产品代码', buttons: ['下一步', '取消'], lib: '游戏库', win: 'EA' },
};

export default {
  name: 'ea-app-redeem',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const tiles = (scene.library ?? ['#3b2f6b', '#1f5f7a', '#7a2f2f', '#2f6b45', '#6b5a2f', '#4a2f6b']).map((c) => `<div class="tile" style="background:linear-gradient(160deg,${c},#111)"></div>`).join('');
    const css = `
body{background:#0d0d12;color:#f2f2f5;font-size:14px}
.app{display:flex;height:100vh}
.nav{width:230px;background:#16161d;padding:22px 14px;display:flex;flex-direction:column;gap:4px;flex:none}
.ea{width:44px;height:44px;border-radius:50%;background:#ff4747;color:#fff;font-weight:800;font-size:17px;display:flex;align-items:center;justify-content:center;margin:0 0 24px 8px;letter-spacing:-1px}
.ni{padding:10px 12px;border-radius:8px;color:#b9b9c6;font-size:15px}
.ni.on{background:#262633;color:#fff}
.me{margin-top:auto;display:flex;align-items:center;gap:10px;padding:8px;color:#d6d6e0}
.me i{width:32px;height:32px;border-radius:50%;background:#6c5ce7;display:inline-block}
.main{flex:1;padding:20px 34px;position:relative;overflow:hidden}
.search{width:420px;height:40px;border-radius:20px;background:#1e1e28;color:#80808f;padding:10px 18px;font-size:14px}
.lh{font-size:30px;font-weight:700;margin:28px 0 18px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:18px}
.tile{height:250px;border-radius:10px}
.dim{position:absolute;inset:0;background:rgba(0,0,0,.62)}
.dlg{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:560px;background:#1c1c25;border-radius:14px;padding:30px 32px 26px;box-shadow:0 20px 60px rgba(0,0,0,.6)}
.dt{font-size:24px;font-weight:700;margin-bottom:10px}
.dp{color:#b9b9c6;font-size:15px;line-height:1.5;margin-bottom:18px}
.fl{font-size:12px;color:#9a9aab;margin-bottom:6px}
.fd{background:#262633;border:2px solid #ff5c5c;border-radius:8px;padding:12px 14px;font-size:17px;letter-spacing:1px;font-family:"Liberation Mono","DejaVu Sans Mono",monospace}
.er{color:#ff7a7a;font-size:14.5px;margin-top:10px;line-height:1.5}
.bs{display:flex;justify-content:flex-end;gap:12px;margin-top:26px}
.b{padding:10px 26px;border-radius:20px;font-size:15px;font-weight:600;background:#2e2e3b;color:#e6e6ee}
.b.m{background:#ff4747;color:#fff}
`;
    const body = `<div class="app"><div class="nav"><div class="ea">${x.win}</div>${x.nav.map((n, i) => `<div class="ni${i === 2 ? ' on' : ''}">${n}</div>`).join('')}<div class="me"><i></i>${t('span', 'label', scene.account ?? 'Player')}</div></div>
<div class="main"><div class="search">${x.search}</div><div class="lh">${x.lib}</div><div class="grid">${tiles}</div><div class="dim"></div>
<div class="dlg">${t('div', 'title', x.title, 'class="dt"')}${t('div', 'body', scene.prompt ?? x.prompt, 'class="dp"')}<div class="fl">${x.field}</div>${t('div', 'value', scene.code, 'class="fd"')}
${scene.lines.map((l) => t('div', 'body', l, 'class="er"')).join('')}<div class="bs">${x.buttons.map((b, i) => t('span', 'button', b, `class="b${i ? '' : ' m'}"`)).join('')}</div></div></div></div>`;
    return page(css, body, LATIN);
  },
};
