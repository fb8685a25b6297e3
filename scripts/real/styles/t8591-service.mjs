// A Taiwanese game-item trading site's 客服中心 question page in the 8591 寶物交易網 manner
// (member's side, Traditional Chinese), desktop or phone: the dark-blue top bar with the site's
// name, the breadcrumb 客服中心 › 我的提問 › 問題詳情, the question head (問題編號, 問題類型,
// 相關交易編號, 提問時間 and the 處理狀態 badge: 待處理 / 處理中 / 已回覆 / 已結案), then the thread:
// each entry with the side's label (會員 / 客服專員), the name, the time and the text, and the
// 補充說明 box with 送出 at the foot (or "此問題已結案" when closed). `scene.dark` gives the dark
// theme. Layout reconstructed; the site name and the texts come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

export default {
  name: 't8591-service',
  kind: 'chat',
  render(scene) {
    const q = scene.ticket;
    const narrow = scene._device.width < 700;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#14171c', card: '#1d2128', fg: '#e2e6ea', sub: '#98a2ad', line: '#2b313a', me: '#1f2a38', cs: '#2a2433' } : { bg: '#eef1f5', card: '#fff', fg: '#2b2b2b', sub: '#7b8591', line: '#e6e9ee', me: '#f3f8ff', cs: '#fbf7ef' };
    const badge = { wait: '#f08c00', ok: '#2f9e44', done: '#868e96', info: '#1c7ed6' }[q.tone ?? 'info'];
    const head = q.rows.map(([k, v]) => `<div class="hr">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v)}</div>`).join('');
    const msgs = scene.messages.map((m) => {
      const cs = m.from !== 'buyer';
      return `<div class="m ${cs ? 'cs' : 'me'}"><div class="mh"><span class="tg">${esc(cs ? '客服專員' : '會員')}</span>${t('span', 'value', m.name ?? '', 'class="nm"')}${t('span', 'value', m.at, 'class="tm"')}</div>${t('div', m.from, m.text, 'class="tx"')}</div>`;
    }).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.bar{background:#1d3d6e;color:#fff;height:${narrow ? 50 : 58}px;display:flex;align-items:center;padding:0 ${narrow ? 14 : 40}px;gap:26px}
.logo{font-size:${narrow ? 18 : 22}px;font-weight:800}
.bar nav{display:flex;gap:22px;font-size:14px;flex:1;opacity:.9}
.wrap{max-width:980px;margin:${narrow ? 10 : 22}px auto;padding:0 ${narrow ? 8 : 0}px}
.bc{font-size:12.5px;color:${c.sub};margin:0 2px 10px}
.card{background:${c.card};border:1px solid ${c.line};border-radius:6px;margin-bottom:12px}
.ttl{padding:12px 16px;border-bottom:1px solid ${c.line};display:flex;align-items:center;gap:10px;font-size:15.5px;font-weight:600}
.bd{color:#fff;border-radius:3px;padding:2px 8px;font-size:12.5px;font-weight:400;margin-left:auto;flex:none}
.hd{padding:8px 16px 10px;display:grid;grid-template-columns:${narrow ? '1fr' : '1fr 1fr'};gap:2px 24px}
.hr{display:flex;gap:10px;padding:4px 0;font-size:13.5px}.hr .k{color:${c.sub};width:92px;flex:none}
.m{margin:10px 14px;padding:10px 12px;border-radius:6px;border:1px solid ${c.line}}
.m.me{background:${c.me}}.m.cs{background:${c.cs}}
.mh{display:flex;align-items:center;gap:8px;font-size:12.5px;color:${c.sub};margin-bottom:6px}
.tg{color:#fff;border-radius:3px;padding:0 6px;font-size:11.5px;background:#1c7ed6}.cs .tg{background:#e8590c}
.nm{font-weight:600;color:${c.fg}}.tm{margin-left:auto}
.tx{line-height:1.65;white-space:pre-wrap;overflow-wrap:anywhere}
.add{margin:6px 14px 14px}.add .bx{height:56px;border:1px solid ${c.line};border-radius:4px;background:${d ? '#242a32' : '#f7f9fb'}}
.add .sb{display:inline-block;margin-top:8px;background:#1d3d6e;color:#fff;padding:5px 20px;border-radius:4px;font-size:13px}
.closed{margin:6px 14px 14px;text-align:center;color:${c.sub};font-size:13px;padding:10px;border-top:1px dashed ${c.line}}
`;
    const foot = q.tone === 'done' ? t('div', 'system', '此問題已結案，如需協助請重新提問。', 'class="closed"') : `<div class="add">${t('div', 'label', '補充說明', 'style="font-size:13px;color:' + c.sub + ';margin-bottom:5px"')}<div class="bx"></div><span class="sb">送出</span></div>`;
    const body = `${topBar(scene, { bg: '#1d3d6e', dark: true })}<div class="bar">${t('span', 'title', scene.brand ?? '寶物交易網', 'class="logo"')}${narrow ? '' : '<nav><span>遊戲幣</span><span>帳號</span><span>代儲</span><span>點數卡</span><span>客服中心</span></nav>'}</div>
<div class="wrap">${t('div', 'label', '客服中心 › 我的提問 › 問題詳情', 'class="bc"')}
<div class="card"><div class="ttl">${t('span', 'title', q.subject)}${t('span', 'status', q.status, `class="bd" style="background:${badge}"`)}</div><div class="hd">${head}</div></div>
<div class="card">${msgs}${foot}</div></div>`;
    return page(css, body).replace('lang="zh-CN"', 'lang="zh-Hant"');
  },
};
