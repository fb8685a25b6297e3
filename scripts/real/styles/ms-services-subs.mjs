// The Microsoft account dashboard at "Services & subscriptions" (account.microsoft.com/services) in
// a browser: the header (the four-square mark, "Microsoft account", the signed-in initials), the
// left navigation (Home, Your info, Privacy, Security, Rewards, Payment options, Order history,
// Devices, Services & subscriptions — the open one marked), the page title and, per subscription,
// a card: the product tile, the name, the plan lines (e.g. the expiry or renewal date), a
// coloured status strip with its message (`tone`: error | warn | ok), and the action links.
// English or Traditional Chinese labels (`scene.lang`: en | zh-Hant); light, or dark
// (`scene.dark`). On a phone the navigation becomes a menu button. Layout reconstructed; texts
// from the scene.
import { t, page, topBar, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { brand: 'Microsoft account', nav: ['Home', 'Your info', 'Privacy', 'Security', 'Rewards', 'Payment options', 'Order history', 'Devices', 'Services & subscriptions'], title: 'Services & subscriptions', sub: 'Subscriptions' },
  'zh-Hant': { brand: 'Microsoft 帳戶', nav: ['首頁', '您的資訊', '隱私權', '安全性', 'Rewards', '付款選項', '訂單記錄', '裝置', '服務與訂閱'], title: '服務與訂閱', sub: '訂閱' },
};

export default {
  name: 'ms-services-subs',
  kind: 'error',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const narrow = scene._device.width < 700;
    const c = d ? { bg: '#1b1b1b', card: '#272727', fg: '#f3f3f3', sub: '#b5b5b5', line: '#3a3a3a', nav: '#202020' } : { bg: '#f5f5f5', card: '#ffffff', fg: '#1b1b1b', sub: '#616161', line: '#e1e1e1', nav: '#ffffff' };
    const tone = { error: ['#C42B1C', d ? '#442726' : '#FDE7E9'], warn: ['#9D5D00', d ? '#433519' : '#FFF4CE'], ok: ['#0F7B0F', d ? '#393D1B' : '#DFF6DD'] };
    const cards = scene.subs.map((s) => {
      const [tc, tb] = tone[s.tone ?? 'ok'];
      return `<div class="card"><div class="ch"><div class="tile" style="background:${s.color ?? '#D83B01'}"></div><div>${t('div', 'title', s.name, 'class="sn"')}${(s.lines ?? []).map((l) => t('div', 'value', l, 'class="sl"')).join('')}</div></div>
${s.status ? `<div class="st" style="background:${tb};border-left:4px solid ${tc}">${s.status.map((l) => t('div', 'body', l)).join('')}</div>` : ''}
<div class="ac">${(s.actions ?? []).map((a) => t('span', 'button', a)).join('')}</div></div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Liberation Sans","Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.hd{height:48px;background:${c.nav};border-bottom:1px solid ${c.line};display:flex;align-items:center;padding:0 18px;gap:12px;flex:none}
.ms{display:grid;grid-template-columns:9px 9px;gap:2px}.ms i{width:9px;height:9px;display:block}
.hd .b{font-size:16px;font-weight:600}
.hd .me{margin-left:auto;width:32px;height:32px;border-radius:50%;background:#6B69D6;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px}
.wrap{display:flex;height:calc(100vh - ${narrow ? 96 : 48}px)}
.nav{width:250px;background:${c.nav};padding:14px 8px;border-right:1px solid ${c.line};flex:none}
.ni{padding:9px 14px;border-radius:4px;color:${c.fg};margin-bottom:2px}
.ni.on{background:${d ? '#333' : '#EDEBE9'};font-weight:600;border-left:3px solid #0067B8}
.main{flex:1;padding:${narrow ? '16px 14px' : '28px 40px'};overflow:hidden}
.h1{font-size:${narrow ? 24 : 28}px;font-weight:600;margin-bottom:6px}
.h2{font-size:16px;color:${c.sub};margin:14px 0 10px}
.card{background:${c.card};border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:18px 20px;margin-bottom:14px;max-width:860px}
.ch{display:flex;gap:14px}
.tile{width:44px;height:44px;border-radius:8px;flex:none}
.sn{font-size:17px;font-weight:600}
.sl{color:${c.sub};margin-top:4px;line-height:1.4}
.st{margin-top:14px;padding:10px 12px;line-height:1.5;border-radius:4px}
.ac{margin-top:12px;display:flex;gap:22px;color:${d ? '#6CB8F6' : '#0067B8'};font-weight:600;flex-wrap:wrap}
`;
    const sq = ['#F25022', '#7FBA00', '#00A4EF', '#FFB900'].map((q) => `<i style="background:${q}"></i>`).join('');
    const nav = narrow ? '' : `<div class="nav">${x.nav.map((n, i) => t('div', 'label', n, `class="ni${i === x.nav.length - 1 ? ' on' : ''}"`)).join('')}</div>`;
    const body = `${topBar(scene, { dark: d, bg: c.nav })}<div class="hd">${narrow ? '<span style="font-size:18px">☰</span>' : ''}<div class="ms">${sq}</div>${t('span', 'title', x.brand, 'class="b"')}${t('span', 'label', scene.initials ?? 'ME', 'class="me"')}</div>
<div class="wrap">${nav}<div class="main">${t('div', 'title', x.title, 'class="h1"')}${t('div', 'label', x.sub, 'class="h2"')}${cards}</div></div>`;
    return page(css, body, LATIN);
  },
};
