// Amazon's "Redeem a gift card" page in a desktop browser (Your Account › Gift cards): the dark
// navy header with the wordmark, the delivery line, the search bar and the account links; the
// breadcrumb; the heading; the red-bordered alert box ("There was a problem" and the reason,
// `scene.lines`) above the claim-code field with the code typed (masked) and the yellow
// "Apply to your balance" button; the balance line and the help links. English. Light only.
// Layout reconstructed from the site; texts from the scene.
import { t, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'amazon-gc-redeem',
  kind: 'error',
  render(scene) {
    const css = `
body{background:#fff;color:#0F1111;font-size:14px}
.nav{height:60px;background:#131921;color:#fff;display:flex;align-items:center;gap:18px;padding:0 18px}
.logo{font-size:26px;font-weight:700;letter-spacing:-.5px}.logo i{font-style:normal;font-size:14px;color:#ddd}
.dl{font-size:12px;color:#ccc;line-height:1.2}.dl b{color:#fff;font-size:14px}
.sr{flex:1;height:40px;border-radius:4px;background:#fff;display:flex;overflow:hidden}.sr span{width:52px;background:#FEBD69}
.ac{font-size:12px;line-height:1.2}.ac b{font-size:14px}
.sub{height:39px;background:#232F3E;color:#fff;display:flex;align-items:center;gap:20px;padding:0 18px;font-size:14px}
.wrap{width:760px;margin:22px auto}
.cr{font-size:13px;color:#565959;margin-bottom:16px}
h1{font-size:28px;font-weight:400;margin:0 0 18px}
.al{border:1px solid #CC0C39;border-radius:8px;box-shadow:0 0 0 4px #FCF4F4 inset;padding:14px 18px 14px 54px;position:relative;margin-bottom:20px}
.al::before{content:"!";position:absolute;left:18px;top:14px;width:24px;height:24px;border-radius:50%;background:#CC0C39;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.al .h{color:#CC0C39;font-size:17px;font-weight:700;margin-bottom:4px}
.al .b{line-height:1.5}
.lb{font-weight:700;margin-bottom:6px}
.row{display:flex;gap:12px;align-items:center}
.in{width:360px;height:36px;border:1px solid #CC0C39;border-radius:4px;padding:0 10px;display:flex;align-items:center;font-family:"Liberation Mono",monospace;letter-spacing:1px;box-shadow:0 0 0 3px #CC0C3922}
.bt{height:36px;padding:0 18px;border-radius:18px;background:#FFD814;border:1px solid #FCD200;display:flex;align-items:center}
.bal{margin-top:26px;padding-top:16px;border-top:1px solid #e7e7e7}
.lk{color:#007185;margin-top:10px}
`;
    const body = `<div class="nav"><span class="logo">amazon<i>.${scene.tld ?? 'com'}</i></span><span class="dl">Deliver to ${scene.customer ?? 'you'}<br><b>${scene.city ?? ''}</b></span><div class="sr"><span style="flex:1;background:#fff"></span><span></span></div><span class="ac">Hello, ${scene.customer ?? 'you'}<br><b>Account &amp; Lists</b></span><span class="ac">Returns<br><b>&amp; Orders</b></span></div>
<div class="sub"><span>☰ All</span><span>Today's Deals</span><span>Gift Cards</span><span>Customer Service</span></div>
<div class="wrap">${t('div', 'label', 'Your Account › Gift cards › Redeem a Gift Card', 'class="cr"')}${t('h1', 'title', 'Redeem a gift card')}
<div class="al">${t('div', 'title', scene.heading ?? 'There was a problem', 'class="h"')}${scene.lines.map((l) => t('div', 'body', l, 'class="b"')).join('')}</div>
${t('div', 'label', 'Enter claim code', 'class="lb"')}<div class="row">${t('div', 'value', scene.code, 'class="in"')}${t('span', 'button', 'Apply to your balance', 'class="bt"')}</div>
<div class="bal">${t('div', 'value', `Your gift card balance: ${scene.balance ?? '$0.00'}`)}${t('div', 'label', 'Where is my claim code?', 'class="lk"')}${t('div', 'label', 'Gift card help and terms', 'class="lk"')}</div></div>`;
    return page(css, body, LATIN);
  },
};
