// An AlipayHK-like wallet's transaction detail (phone, Traditional Chinese or English): the blue
// title bar 交易詳情 / "Transaction details", the merchant's round logo and name, the amount with
// a minus sign in HKD, the status line (交易成功 / "Successful"), then label–value rows (付款方式,
// 商戶名稱, 商品說明, 交易時間, 交易號, 商戶訂單號 …) and the 對此交易有疑問 / "Need help" link at
// the foot. `scene.dark` gives the dark theme. Layout reconstructed; the texts come from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const BLUE = '#1677FF';
const CHROME = {
  'zh-Hant': { title: '交易詳情', help: '對此交易有疑問', ok: '交易成功' },
  en: { title: 'Transaction details', help: 'Need help with this transaction?', ok: 'Successful' },
};

export default {
  name: 'alipayhk-record',
  kind: 'order',
  render(scene) {
    const r = scene.record;
    const L = CHROME[scene.lang ?? 'zh-Hant'];
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#0f1114', card: '#1b1e23', fg: '#eceef1', sub: '#8f96a0', line: '#2a2e35', head: '#1b1e23', headFg: '#eceef1' } : { bg: '#f5f6f8', card: '#fff', fg: '#1d2129', sub: '#86909c', line: '#f0f1f3', head: BLUE, headFg: '#fff' };
    const rows = r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif}
.top{background:${c.head};color:${c.headFg}}
.tt{height:48px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tt .b{position:absolute;left:14px;font-size:24px;font-weight:300}
.card{background:${c.card};margin:12px;border-radius:10px;padding:22px 16px 6px}
.hd{text-align:center;padding-bottom:16px}
.lg{width:46px;height:46px;border-radius:50%;margin:0 auto 8px;background:${r.logoColor ?? '#FF7A45'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:20px;font-weight:700}
.mn{font-size:15px;color:${c.sub}}
.am{font-size:32px;font-weight:700;margin:6px 0 4px;font-family:"Liberation Sans",sans-serif}
.st{font-size:14px;color:${d ? '#7fb8ff' : BLUE}}
.r{display:flex;gap:12px;padding:11px 0;border-top:1px solid ${c.line};font-size:14px;line-height:1.4}
.r .k{width:96px;flex:none;color:${c.sub}}.r .v{flex:1;text-align:right;overflow-wrap:anywhere}
.help{text-align:center;color:${d ? '#7fb8ff' : BLUE};font-size:14px;margin:16px 0}
`;
    const body = `<div class="top">${topBar(scene, { bg: c.head, dark: true })}<div class="tt"><span class="b">‹</span>${t('span', 'title', L.title)}</div></div>
<div class="card"><div class="hd"><div class="lg">${esc(r.merchant.slice(0, 1))}</div>${t('div', 'value', r.merchant, 'class="mn"')}${t('div', 'value', r.amount, 'class="am"')}${t('div', 'status', r.status ?? L.ok, 'class="st"')}</div>${rows}</div>
${t('div', 'button', L.help, 'class="help"')}`;
    return page(css, body).replace('lang="zh-CN"', 'lang="zh-Hant"');
  },
};
