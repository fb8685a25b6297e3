// iOS App Store "兑换充值卡或代码" page with the system alert for a code that was already redeemed
// (or is invalid): blurred page behind, the rounded alert with title, message and 好 / OK.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'ios-appstore-alert',
  kind: 'error',
  render(scene) {
    const dark = Boolean(scene.dark);
    const a = scene.alert;
    const css = `
body{background:${dark ? '#000' : '#F2F2F7'};color:${dark ? '#fff' : '#000'};font-size:17px}
.nav{height:44px;display:flex;align-items:center;justify-content:space-between;padding:0 16px;font-size:17px}
.nav .l{color:#007AFF}.nav .c{font-weight:600}.nav .r{color:#007AFF;opacity:.4}
.pg{padding:20px 16px}
.big{font-size:15px;color:${dark ? '#8e8e93' : '#6d6d72'};text-align:center;margin:30px 20px}
.cam{height:46px;border-radius:12px;background:${dark ? '#1c1c1e' : '#fff'};display:flex;align-items:center;justify-content:center;color:#007AFF;margin-bottom:22px}
.in{height:46px;border-radius:12px;background:${dark ? '#1c1c1e' : '#fff'};display:flex;align-items:center;padding:0 14px;font-size:16px;letter-spacing:1px}
.mask{position:fixed;inset:0;background:${dark ? '#00000066' : '#00000033'}}
.al{position:fixed;left:50%;top:46%;transform:translate(-50%,-50%);width:270px;border-radius:14px;background:${dark ? '#2c2c2ed9' : '#f2f2f2f0'};text-align:center;overflow:hidden;backdrop-filter:blur(20px)}
.at{font-size:17px;font-weight:600;padding:19px 16px 2px}
.am{font-size:13px;line-height:1.35;padding:2px 16px 19px}
.ab{border-top:0.5px solid ${dark ? '#545458' : '#3c3c4349'};display:flex}
.ab span{flex:1;padding:11px 0;color:#0A84FF;font-size:17px}
.ab span + span{border-left:0.5px solid ${dark ? '#545458' : '#3c3c4349'};font-weight:600}
`;
    const body = `${topBar(scene, { dark })}<div class="nav"><span class="l">${scene.lang === 'en' ? 'Cancel' : '取消'}</span>${t('span', 'title', scene.lang === 'en' ? 'Redeem Gift Card or Code' : '兑换充值卡或代码', 'class="c"')}<span class="r">${scene.lang === 'en' ? 'Redeem' : '兑换'}</span></div>
<div class="pg"><div class="cam">${scene.lang === 'en' ? 'Use Camera' : '使用相机'}</div><div class="in">${t('span', 'value', scene.code)}</div>
${t('div', 'body', scene.lang === 'en' ? 'You can also enter your code manually.' : '你也可以手动输入代码。', 'class="big"')}</div>
<div class="mask"></div><div class="al">${t('div', 'title', a.title, 'class="at"')}${t('div', 'body', a.message, 'class="am"')}<div class="ab">${a.buttons.map((b) => t('span', 'button', b)).join('')}</div></div>`;
    return page(css, body);
  },
};
