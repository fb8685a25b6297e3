// The PlayStation Store's "Redeem code" page in a desktop browser (store.playstation.com, signed
// in): the black top bar with the PlayStation mark and "PlayStation Store", the store's menu
// (Latest, Collections, Deals, Subscriptions, Browse), the search and the account's round avatar
// with the Online ID; then on the deep blue page a white card: "Redeem code", the 12-character
// code field with the code typed (masked), and under it either the red error line(s) with the
// warning sign (`scene.error`: lines) or, when the code worked, the item the code gave (the cover,
// the title, the line under it, `scene.item`) with "Confirm" / "Cancel". English or Simplified /
// Traditional Chinese chrome (`scene.lang`). Layout reconstructed; texts from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { menu: ['Latest', 'Collections', 'Deals', 'Subscriptions', 'Browse'], title: 'Redeem code', prompt: 'Enter your code', btn: 'Redeem', ok: 'Confirm', cancel: 'Cancel', what: 'This code will add the following to your account:', store: 'PlayStation Store' },
  zh: { menu: ['最新', '合集', '优惠', '订阅', '浏览'], title: '兑换代码', prompt: '输入您的代码', btn: '兑换', ok: '确认', cancel: '取消', what: '此代码将为您的帐户添加以下内容：', store: 'PlayStation Store' },
  'zh-Hant': { menu: ['最新', '精選合集', '優惠', '訂閱', '瀏覽'], title: '兌換代碼', prompt: '輸入您的代碼', btn: '兌換', ok: '確認', cancel: '取消', what: '此代碼會將以下內容新增至您的帳戶：', store: 'PlayStation Store' },
};

export default {
  name: 'psstore-web-redeem',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const css = `
body{background:#0A1E4E;color:#fff;font-size:14px}
.tp{height:44px;background:#000;display:flex;align-items:center;padding:0 32px;gap:12px;font-size:13px;color:#ddd}
.tp b{font-size:15px;color:#fff}
.mn{height:64px;background:#fff;color:#1f1f1f;display:flex;align-items:center;gap:34px;padding:0 32px;font-size:15px}
.mn .sp{flex:1}
.mn .id{display:flex;align-items:center;gap:10px;font-size:13.5px}
.mn .av{width:32px;height:32px;border-radius:50%;background:#0070D1;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.pg{display:flex;justify-content:center;padding-top:${scene._device.height < 800 ? 50 : 90}px}
.cd{width:560px;background:#fff;color:#1f1f1f;border-radius:12px;padding:30px 34px 28px;box-shadow:0 10px 40px rgba(0,0,0,.35)}
.cd h1{font-size:26px;font-weight:400;margin:0 0 18px}
.lb{font-size:13px;color:#555;margin-bottom:6px}
.fd{height:48px;border:1.5px solid ${scene.error ? '#D53B00' : '#0070D1'};border-radius:6px;display:flex;align-items:center;padding:0 14px;font-family:"DejaVu Sans Mono",monospace;font-size:17px;letter-spacing:1.5px}
.er{display:flex;gap:8px;margin-top:10px;color:#C62828;font-size:14px;line-height:1.45}
.er .w{flex:none;width:18px;height:18px;border-radius:50%;background:#C62828;color:#fff;font-size:12px;font-weight:700;display:flex;align-items:center;justify-content:center;margin-top:1px}
.it{display:flex;gap:14px;align-items:center;margin-top:16px;padding:12px;border:1px solid #e3e3e3;border-radius:8px}
.it .cv{width:64px;height:64px;border-radius:6px;flex:none;background:linear-gradient(135deg,#FFC107,#F57C00)}
.it .nt{font-size:16px;font-weight:600;line-height:1.35}.it .ns{font-size:13px;color:#666;margin-top:4px}
.wt{font-size:14px;color:#333;margin-top:18px}
.bt{display:flex;gap:12px;justify-content:flex-end;margin-top:22px}
.bt span{border-radius:24px;padding:11px 28px;font-size:15px;font-weight:600}
.bt .p{background:#0070D1;color:#fff}.bt .s{border:1.5px solid #1f1f1f}
.bt .dis{background:#e3e3e3;color:#999}
`;
    const res = scene.item
      ? `${t('div', 'body', x.what, 'class="wt"')}<div class="it"><div class="cv"></div><div>${t('div', 'value', scene.item.title, 'class="nt"')}${scene.item.sub ? t('div', 'value', scene.item.sub, 'class="ns"') : ''}</div></div><div class="bt"><span class="s">${x.cancel}</span><span class="p">${x.ok}</span></div>`
      : `${(scene.error ?? []).map((l, i) => `<div class="er">${i === 0 ? '<span class="w">!</span>' : '<span style="width:18px;flex:none"></span>'}${t('span', 'body', l)}</div>`).join('')}<div class="bt"><span class="dis">${x.btn}</span></div>`;
    const body = `<div class="tp"><b>◇ PlayStation</b><span style="flex:1"></span><span>Support</span></div>
<div class="mn"><b style="font-size:18px">${x.store}</b>${x.menu.map((m) => `<span>${m}</span>`).join('')}<span class="sp"></span><span>🔍</span><span>🛒</span><span class="id"><span class="av">${esc((scene.account ?? 'P')[0].toUpperCase())}</span>${esc(scene.account ?? '')}</span></div>
<div class="pg"><div class="cd">${t('h1', 'title', x.title)}<div class="lb">${x.prompt}</div><div class="fd">${esc(scene.code)}</div>${res}</div></div>`;
    return page(css, body, LATIN);
  },
};
