// Windows 11 Settings > System > Activation with an activation error (Chinese or English UI),
// Mica-like light window, left navigation, the activation state card and the error text with code.
import { t, page, LATIN } from '../lib/common.mjs';

const TXT = {
  zh: { app: '设置', nav: ['主页', '系统', '蓝牙和其他设备', '网络和 Internet', '个性化', '应用', '帐户', '时间和语言', '游戏', 'Windows 更新'], crumb: '系统  ›  激活', state: '激活状态', bad: '未激活', key: '更改产品密钥', change: '更改', trouble: '疑难解答', user: '本地帐户' },
  // Traditional Chinese chrome (Taiwan / Hong Kong Windows), added for blind50
  'zh-Hant': { app: '設定', nav: ['首頁', '系統', '藍牙與裝置', '網路和網際網路', '個人化', '應用程式', '帳戶', '時間與語言', '遊戲', 'Windows Update'], crumb: '系統  ›  啟用', state: '啟用狀態', bad: '非使用中', key: '變更產品金鑰', change: '變更', trouble: '疑難排解', user: '本機帳戶' },
  en: { app: 'Settings', nav: ['Home', 'System', 'Bluetooth & devices', 'Network & internet', 'Personalization', 'Apps', 'Accounts', 'Time & language', 'Gaming', 'Windows Update'], crumb: 'System  ›  Activation', state: 'Activation state', bad: 'Not active', key: 'Change product key', change: 'Change', trouble: 'Troubleshoot', user: 'Local Account' },
};

export default {
  name: 'win11-activation',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'zh'];
    const nav = x.nav.map((n, i) => `<div class="ni ${i === 1 ? 'on' : ''}"><i></i>${t('span', 'label', n)}</div>`).join('');
    const css = `
body{background:#F3F3F3;color:#1b1b1b;font-size:14px}
.tb{height:40px;display:flex;align-items:center;padding:0 16px;font-size:12px;gap:10px}
.tb .ctl{margin-left:auto;letter-spacing:26px;font-size:13px}
.wrap{display:flex;height:calc(100vh - 40px)}
.side{width:300px;padding:8px 10px}
.user{display:flex;gap:12px;align-items:center;padding:8px 8px 18px}
.user .av{width:60px;height:60px;border-radius:50%;background:linear-gradient(135deg,#7fa7d9,#3f6fb5)}
.search{height:34px;border-radius:5px;background:#fff;border:1px solid #e5e5e5;border-bottom:1.5px solid #868686;margin:0 4px 12px}
.ni{display:flex;align-items:center;gap:14px;padding:9px 12px;border-radius:5px;font-size:14px}
.ni i{width:16px;height:16px;border-radius:3px;background:#5a7fb6;opacity:.8}
.ni.on{background:#EAEAEA;position:relative}
.ni.on::before{content:"";position:absolute;left:0;top:11px;width:3px;height:18px;border-radius:2px;background:#005FB8}
.main{flex:1;padding:8px 40px 0 28px;max-width:1100px}
h1{font-size:28px;font-weight:600;margin:6px 0 22px}
.prod{display:flex;align-items:center;gap:18px;margin-bottom:22px}
.logo{width:64px;height:64px;display:grid;grid-template-columns:1fr 1fr;gap:3px}
.logo b{background:#0078D4;display:block}
.pn{font-size:20px;font-weight:600}
.card{background:#FBFBFB;border:1px solid #E5E5E5;border-radius:6px;margin-bottom:4px}
.row{display:flex;align-items:center;padding:16px 20px;gap:14px}
.row .grow{flex:1}
.bad{color:#C42B1C;display:flex;align-items:center;gap:8px}
.bad i{display:inline-block;width:16px;height:16px;border-radius:50%;background:#C42B1C;color:#fff;font-style:normal;font-size:11px;text-align:center;line-height:16px}
.err{padding:0 20px 18px 50px;line-height:1.6;font-size:14px}
.btn{border:1px solid #d0d0d0;background:#fff;border-radius:4px;padding:5px 18px;font-size:13.5px}
`;
    const body = `<div class="tb">${t('span', 'label', x.app)}<span class="ctl">–▢✕</span></div>
<div class="wrap"><div class="side"><div class="user"><div class="av"></div><div>${t('div', 'label', scene.user ?? 'Admin')}${t('div', 'label', x.user, 'style="font-size:12px;color:#666"')}</div></div><div class="search"></div>${nav}</div>
<div class="main">${t('h1', 'title', x.crumb)}
<div class="prod"><div class="logo"><b></b><b></b><b></b><b></b></div>${t('div', 'value', scene.edition ?? 'Windows 11 专业版', 'class="pn"')}</div>
<div class="card"><div class="row"><span class="grow">${t('span', 'label', x.state)}</span><span class="bad"><i>✕</i>${t('span', 'status', x.bad)}</span></div>
${scene.error.map((e) => t('div', 'body', e, 'class="err"')).join('')}
<div class="row" style="border-top:1px solid #eee">${t('span', 'label', x.trouble, 'class="grow"')}${t('span', 'button', x.trouble, 'class="btn"')}</div></div>
<div class="card"><div class="row">${t('span', 'label', x.key, 'class="grow"')}${t('span', 'button', x.change, 'class="btn"')}</div></div></div></div>`;
    return page(css, body, scene.lang === 'en' ? LATIN : undefined);
  },
};
