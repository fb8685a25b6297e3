// Epic Games account page "Redeem Code" (epicgames.com/account/redeem, desktop browser, dark):
// the black global nav with the Epic shield, STORE / DISTRIBUTION / SUPPORT / UNREAL ENGINE and the
// signed-in name, the account side menu (Redeem Code selected), the redeem card with the code field
// (masked as people crop it), the red error under the field with the error code, the blue REDEEM
// button and the help line. Layout reconstructed from the site.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'epic-redeem',
  kind: 'error',
  render(scene) {
    const menu = ['Account Settings', 'Email Preferences', 'Password & Security', 'Transactions', 'Apps and Accounts', 'Redeem Code', 'Epic Rewards']
      .map((n) => `<div class="mi ${n === 'Redeem Code' ? 'on' : ''}">${t('span', 'label', n)}</div>`).join('');
    const css = `
body{background:#121212;color:#fff;font-size:15px}
.nav{height:56px;background:#121212;border-bottom:1px solid #2a2a2a;display:flex;align-items:center;padding:0 24px;gap:26px;font-size:13px;letter-spacing:.5px}
.shield{width:30px;height:36px;background:#fff;clip-path:polygon(0 0,100% 0,100% 82%,50% 100%,0 82%);display:flex;align-items:center;justify-content:center;color:#121212;font-weight:800;font-size:7.5px;line-height:1.05;text-align:center}
.nav .on{border-bottom:2px solid #fff;padding:18px 0 17px}
.nav .me{margin-left:auto;display:flex;align-items:center;gap:10px}
.nav .av{width:30px;height:30px;border-radius:50%;background:#3a7bd5}
.dl{background:#0074E4;padding:8px 14px;border-radius:4px;font-weight:600}
.wrap{display:flex;max-width:1180px;margin:40px auto;gap:32px}
.side{width:260px;background:#18181c;border-radius:6px;padding:10px 0;height:max-content}
.mi{padding:14px 22px;color:#bbb;font-size:14px}
.mi.on{background:#2a2a2e;color:#fff;border-left:3px solid #fff}
.main{flex:1;background:#18181c;border-radius:6px;padding:34px 40px 40px}
h1{font-size:28px;font-weight:600;margin:0 0 8px}
.sub{color:#aaa;font-size:14px;margin-bottom:28px;line-height:1.5}
.lbl{font-size:12px;color:#aaa;margin-bottom:6px;letter-spacing:.4px}
.in{width:520px;height:52px;border:1px solid #de3341;border-radius:4px;background:#202024;display:flex;align-items:center;padding:0 16px;font-family:"Liberation Mono",monospace;font-size:17px;letter-spacing:2px}
.err{color:#ff5a5f;font-size:14px;margin-top:10px;line-height:1.6;max-width:620px}
.btn{margin-top:26px;width:160px;height:50px;background:#0074E4;border-radius:4px;display:flex;align-items:center;justify-content:center;font-weight:700;letter-spacing:1px;font-size:14px}
.help{margin-top:30px;color:#aaa;font-size:13px}
`;
    const body = `<div class="nav"><div class="shield">EPIC<br>GAMES</div><span class="on">STORE</span><span>DISTRIBUTION</span><span>SUPPORT</span><span>UNREAL ENGINE</span>
<div class="me"><div class="av"></div>${t('span', 'label', scene.user)}${t('span', 'button', 'Download', 'class="dl"')}</div></div>
<div class="wrap"><div class="side">${menu}</div><div class="main">${t('h1', 'title', 'Redeem Code')}
${t('div', 'body', 'Enter your code below to redeem it for a product or a bundle on your Epic Games account.', 'class="sub"')}
${t('div', 'label', 'CODE', 'class="lbl"')}${t('div', 'value', scene.code, 'class="in"')}
${scene.error.map((l) => t('div', 'body', l, 'class="err"')).join('')}
${t('div', 'button', 'REDEEM', 'class="btn"')}${t('div', 'body', 'Having trouble? Visit Epic Games Player Support.', 'class="help"')}</div></div>`;
    return page(css, body, LATIN);
  },
};
