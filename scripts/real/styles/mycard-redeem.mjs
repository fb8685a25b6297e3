// A MyCard-like member site's 點數卡儲值 page (Taiwan / Hong Kong, Traditional or Simplified
// Chinese): the orange top bar with the logo and the member menu, the steps strip, the form
// (儲值帳號, 卡片序號, 卡片密碼 with the middle masked, 確認儲值) and the result box under it: a red
// 儲值失敗 box with the message the service returned, or a green 儲值成功 one. Desktop and phone;
// `scene.dark` gives the dark theme. Layout reconstructed; the texts come from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const CHROME = {
  'zh-Hant': { menu: ['會員中心', '點數卡儲值', '交易紀錄', '客服中心'], steps: ['1 輸入卡片資料', '2 確認儲值', '3 儲值完成'], account: '儲值帳號', no: '卡片序號', pwd: '卡片密碼', go: '確認儲值', hi: '您好，' },
  'zh-Hans': { menu: ['会员中心', '点数卡储值', '交易记录', '客服中心'], steps: ['1 输入卡片资料', '2 确认储值', '3 储值完成'], account: '储值账号', no: '卡片序号', pwd: '卡片密码', go: '确认储值', hi: '您好，' },
};

export default {
  name: 'mycard-redeem',
  kind: 'error',
  render(scene) {
    const r = scene.redeem;
    const L = CHROME[scene.lang ?? 'zh-Hant'];
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#15171a', card: '#1f2226', fg: '#e3e3e3', sub: '#9aa0a6', line: '#30343a', input: '#2a2e33' } : { bg: '#f3f3f3', card: '#fff', fg: '#333', sub: '#888', line: '#e5e5e5', input: '#fafafa' };
    const ok = r.result?.tone === 'ok';
    const tone = ok ? { b: '#2e9e5b', bg: d ? '#16291f' : '#eefaf2' } : { b: '#d93025', bg: d ? '#2d1a19' : '#fdf0ef' };
    const field = (k, v) => `<div class="f">${t('label', 'label', k)}<div class="in">${t('span', 'value', v)}</div></div>`;
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.bar{background:#F46A1F;color:#fff;height:${narrow ? 50 : 60}px;display:flex;align-items:center;padding:0 ${narrow ? 14 : 48}px;gap:30px}
.logo{font-size:${narrow ? 20 : 24}px;font-weight:800;letter-spacing:.5px}
.bar nav{display:flex;gap:26px;font-size:15px;flex:1}.bar nav .on{border-bottom:3px solid #fff;padding-bottom:4px}
.user{font-size:13px;opacity:.95}
.wrap{max-width:760px;margin:${narrow ? 12 : 34}px auto;padding:0 ${narrow ? 10 : 0}px}
.card{background:${c.card};border-radius:8px;box-shadow:0 1px 4px #00000014;padding:${narrow ? '16px 14px' : '24px 34px'}}
h2{margin:0 0 14px;font-size:${narrow ? 18 : 21}px}
.steps{display:flex;gap:6px;margin-bottom:18px}.steps span{flex:1;text-align:center;font-size:12.5px;padding:7px 0;background:${d ? '#2a2e33' : '#f1f1f1'};color:${c.sub};border-radius:3px}.steps span.on{background:#F46A1F;color:#fff}
.f{display:flex;${narrow ? 'flex-direction:column;gap:6px' : 'align-items:center;gap:16px'};margin-bottom:14px}
.f label{width:${narrow ? 'auto' : '96px'};color:${c.sub};flex:none}
.in{flex:1;height:40px;border:1px solid ${c.line};border-radius:4px;background:${c.input};display:flex;align-items:center;padding:0 12px;font-family:"Noto Sans Mono CJK TC",monospace;letter-spacing:.5px}
.go{display:block;margin:${narrow ? '6px 0 4px' : '6px 0 4px 112px'};background:#F46A1F;color:#fff;text-align:center;border-radius:4px;padding:10px 0;width:${narrow ? '100%' : '200px'};font-size:15px}
.res{margin-top:18px;border:1px solid ${tone.b};background:${tone.bg};border-radius:6px;padding:14px 16px;display:flex;gap:12px}
.res i{flex:none;width:22px;height:22px;border-radius:50%;background:${tone.b};color:#fff;font-style:normal;font-weight:700;display:flex;align-items:center;justify-content:center;font-size:14px}
.res .tt{font-weight:700;color:${tone.b};margin-bottom:4px}.res .tx{line-height:1.6;overflow-wrap:anywhere}
.note{margin-top:16px;font-size:12.5px;color:${c.sub};line-height:1.7}
`;
    const body = `${topBar(scene, { bg: '#F46A1F', dark: true })}<div class="bar">${t('span', 'title', 'MyCard', 'class="logo"')}${narrow ? '<nav></nav>' : `<nav>${L.menu.map((m, i) => t('span', 'label', m, i === 1 ? 'class="on"' : '')).join('')}</nav>`}${narrow ? '' : t('span', 'value', `${L.hi}${r.member}`, 'class="user"')}</div>
<div class="wrap"><div class="card">${t('h2', 'title', r.title ?? L.menu[1])}
<div class="steps">${L.steps.map((s, i) => t('span', 'label', s, i === (ok ? 2 : 1) ? 'class="on"' : '')).join('')}</div>
${field(L.account, r.account)}${field(L.no, r.cardNo)}${field(L.pwd, r.cardPwd)}
${t('span', 'button', L.go, 'class="go"')}
${r.result ? `<div class="res"><i>${ok ? '✓' : '!'}</i><div>${t('div', 'status', r.result.title, 'class="tt"')}${t('div', 'body', r.result.text, 'class="tx"')}${r.result.time ? t('div', 'value', r.result.time, `class="tx" style="color:${c.sub};font-size:12.5px;margin-top:4px"`) : ''}</div></div>` : ''}
${(r.note ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}</div></div>`;
    return page(css, body);
  },
};
