// The page a Canva team invitation link opens (canva.com/brand/join?token=…) on the desktop: the
// white page with the Canva wordmark in its script-like purple-to-teal gradient top left, the
// "Log in" / account chip top right, and the centred card: the team's round initial badge, the
// heading, the message lines (an expired or used invite shown in a red-edged box) and the button.
// The browser chrome (tab, address bar) is drawn above (`scene.url`). Texts come from the scene
// (English or Chinese). Layout reconstructed; no artwork.
import { t, esc, page, LATIN } from '../lib/common.mjs';

export default {
  name: 'canva-invite',
  kind: 'error',
  render(scene) {
    const css = `
body{background:#fff;color:#0e1318;font-size:15px}
.chrome{height:84px;background:#dee1e6;flex:none}
.tabs{height:40px;display:flex;align-items:flex-end;padding-left:10px}
.tab{height:34px;width:240px;background:#fff;border-radius:10px 10px 0 0;display:flex;align-items:center;padding:0 12px;gap:8px;font-size:12.5px;color:#333}
.tab i{width:14px;height:14px;border-radius:50%;background:linear-gradient(135deg,#7d2ae8,#00c4cc)}
.bar{height:44px;background:#fff;display:flex;align-items:center;padding:0 12px;gap:14px;color:#5f6368}
.addr{flex:1;height:32px;border-radius:16px;background:#f1f3f4;display:flex;align-items:center;padding:0 14px;font-size:13.5px;color:#202124}
.top{height:64px;display:flex;align-items:center;padding:0 28px;border-bottom:1px solid #eceef0}
.wm{font-size:30px;font-weight:700;font-style:italic;letter-spacing:-1px;background:linear-gradient(90deg,#00c4cc,#7d2ae8);-webkit-background-clip:text;color:transparent;font-family:"DejaVu Serif",serif}
.me{margin-left:auto;height:36px;border-radius:8px;border:1px solid #d0d4d9;display:flex;align-items:center;padding:0 14px;font-size:14px}
.pg{display:flex;justify-content:center;padding-top:70px;background:linear-gradient(180deg,#f4f0ff 0,#fff 60%);height:calc(100vh - 148px)}
.card{width:520px;background:#fff;border-radius:16px;box-shadow:0 4px 28px rgba(64,87,109,.18);padding:36px 40px;text-align:center;height:fit-content}
.tm{width:64px;height:64px;border-radius:50%;margin:0 auto 18px;background:${scene.teamColor ?? '#FF7A59'};color:#fff;font-size:28px;font-weight:700;display:flex;align-items:center;justify-content:center}
.h{font-size:24px;font-weight:700;margin-bottom:14px;line-height:1.3}
.er{border:1px solid #f3b0ab;background:#fff1f0;color:#b42318;border-radius:8px;padding:12px 14px;line-height:1.5;text-align:left;margin-top:8px}
.p{color:#4b5563;line-height:1.5;margin-top:10px}
.b{margin-top:24px;height:44px;border-radius:8px;background:#8b3dff;color:#fff;font-weight:600;display:flex;align-items:center;justify-content:center}
`;
    const body = `<div class="chrome"><div class="tabs"><div class="tab"><i></i>${esc(scene.tab ?? 'Canva')}</div></div><div class="bar"><span>←</span><span>→</span><span>⟳</span><div class="addr">${esc(scene.url ?? 'canva.com')}</div></div></div>
<div class="top"><span class="wm">Canva</span>${scene.account ? t('span', 'label', scene.account, 'class="me"') : ''}</div>
<div class="pg"><div class="card"><div class="tm">${esc(scene.teamInitial ?? 'T')}</div>${t('div', 'title', scene.heading, 'class="h"')}
${(scene.errors ?? []).map((l) => t('div', 'body', l, 'class="er"')).join('')}${(scene.lines ?? []).map((l) => t('div', 'body', l, 'class="p"')).join('')}
${scene.button ? t('div', 'button', scene.button, 'class="b"') : ''}</div></div>`;
    return page(css, body, LATIN);
  },
};
