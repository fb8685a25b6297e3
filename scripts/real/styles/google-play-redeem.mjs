// Google Play's "Redeem code" screen on Android (Material 3, as the Play Store app draws it from
// Profile › Payments & subscriptions › Redeem code): close button, the Play logo, the heading, the
// signed-in account (masked here), the outlined code field with the code typed in (masked), the
// red supporting text under the field when the code is refused, the filled Redeem button and the
// terms line. Light, or the dark theme (`scene.dark`). Layout reconstructed from the app.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

export default {
  name: 'google-play-redeem',
  kind: 'error',
  render(scene) {
    const dark = Boolean(scene.dark);
    const c = dark
      ? { bg: '#131314', fg: '#E3E3E3', sub: '#C4C7C5', line: '#8E918F', err: '#F2B8B5', pri: '#A8C7FA', onPri: '#062E6F', av: '#5E6B7E' }
      : { bg: '#FFFFFF', fg: '#1F1F1F', sub: '#444746', line: '#747775', err: '#B3261E', pri: '#0B57D0', onPri: '#FFFFFF', av: '#7E57C2' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.bar{height:56px;display:flex;align-items:center;padding:0 16px;font-size:22px}
.logo{width:48px;height:52px;margin:18px auto 10px;position:relative}
.logo b{position:absolute;left:6px;top:2px;width:0;height:0;border-top:24px solid transparent;border-bottom:24px solid transparent;border-left:40px solid #01875F}
.logo i{position:absolute;left:6px;top:14px;width:0;height:0;border-top:12px solid transparent;border-bottom:12px solid transparent;border-left:20px solid #FBBC04}
.h{font-size:24px;text-align:center;margin:4px 0 18px;font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.acct{display:flex;align-items:center;justify-content:center;gap:10px;font-size:14px;color:${c.sub};margin-bottom:26px}
.av{width:28px;height:28px;border-radius:50%;background:${c.av};color:#fff;font-size:14px;display:flex;align-items:center;justify-content:center}
.field{margin:0 24px;border:2px solid ${c.err};border-radius:4px;padding:16px 14px 14px;position:relative}
.fl{position:absolute;top:-9px;left:10px;background:${c.bg};padding:0 4px;font-size:12px;color:${c.err}}
.fv{font-size:16px;letter-spacing:1px}
.err{margin:6px 24px 0 38px;font-size:12.5px;color:${c.err};line-height:1.4;position:relative}
.err::before{content:"!";position:absolute;left:-18px;top:0;width:13px;height:13px;border-radius:50%;background:${c.err};color:${c.bg};font-size:10px;font-weight:700;text-align:center;line-height:13px}
.btn{margin:30px 24px 0;height:44px;border-radius:22px;background:${c.pri};color:${c.onPri};display:flex;align-items:center;justify-content:center;font-size:15px;font-weight:500}
.fine{margin:18px 28px 0;font-size:12px;line-height:1.5;color:${c.sub};text-align:center}
.fine a{color:${c.pri}}
`;
    const body = `${topBar(scene, { dark })}<div class="bar">✕</div>
<div class="logo"><b></b><i></i></div>${t('div', 'title', scene.heading ?? 'Redeem code', 'class="h"')}
<div class="acct"><span class="av">${(scene.account ?? 'a').slice(0, 1).toUpperCase()}</span>${t('span', 'label', scene.account)}</div>
<div class="field"><span class="fl">Enter code</span>${t('span', 'value', scene.code, 'class="fv"')}</div>
${scene.lines.map((l) => t('div', 'body', l, 'class="err"')).join('')}
${t('div', 'button', 'Redeem', 'class="btn"')}
${t('div', 'label', 'By tapping Redeem, you agree to the Gift Card & Promotional Code Terms and Conditions, as applicable.', 'class="fine"')}`;
    return page(css, body, LATIN);
  },
};
