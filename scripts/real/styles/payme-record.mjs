// A PayMe-like Hong Kong wallet's transaction details on a phone (English or Traditional
// Chinese chrome, `scene.lang`): the red header with ✕ and the title, the merchant's round
// badge and name, the big amount (−HK$…), the status pill (Paid / 已付款 …), then label–value
// rows (Date & time, Transaction ID, Payment method, Message / reference …), an optional note
// and the "Report a problem" link. `scene.dark` gives the dark theme. Layout reconstructed; texts
// from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const RED = '#DB0011';
const TXT = {
  en: { title: 'Transaction details', report: 'Report a problem', share: 'Share receipt' },
  'zh-Hant': { title: '交易詳情', report: '報告問題', share: '分享收據' },
};

export default {
  name: 'payme-record',
  kind: 'order',
  render(scene) {
    const r = scene.record;
    const L = TXT[scene.lang ?? 'en'];
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#0e0e10', card: '#1b1b1e', fg: '#f0f0f0', sub: '#9c9ca3', line: '#2b2b30' } : { bg: '#f6f6f7', card: '#fff', fg: '#1d1d1f', sub: '#86868b', line: '#ececee' };
    const rows = r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const pill = { ok: '#1F9D55', wait: '#E8A317', bad: '#8E8E93' }[r.tone ?? 'ok'];
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Liberation Sans","Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.hd{background:${RED};color:#fff;padding-bottom:62px}
.tb{height:50px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:700}
.tb .x{position:absolute;left:16px;font-size:20px;font-weight:400}
.card{background:${c.card};margin:-48px 14px 0;border-radius:16px;padding:18px 0 6px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
.mc{display:flex;flex-direction:column;align-items:center;gap:6px;padding:0 16px 14px;border-bottom:1px solid ${c.line}}
.bg{width:54px;height:54px;border-radius:50%;background:${r.badgeColor ?? '#2f2f35'};color:#fff;font-size:22px;font-weight:700;display:flex;align-items:center;justify-content:center;margin-top:-44px;border:3px solid ${c.card}}
.mn{font-size:16px;font-weight:700;text-align:center}
.am{font-size:32px;font-weight:700;letter-spacing:.5px}
.pl{font-size:12.5px;color:#fff;background:${pill};border-radius:12px;padding:2px 12px}
.r{display:flex;justify-content:space-between;gap:16px;padding:12px 16px;border-bottom:1px solid ${c.line};font-size:14px}
.r:last-child{border-bottom:none}.r .k{color:${c.sub};flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.nt{margin:12px 18px;font-size:12.5px;color:${c.sub};line-height:1.6}
.lk{margin:18px 14px;background:${c.card};border-radius:14px}.lk div{padding:14px 16px;color:${RED};font-weight:600;border-bottom:1px solid ${c.line}}.lk div:last-child{border-bottom:none}
`;
    const body = `<div class="hd">${topBar(scene, { bg: RED, dark: true })}<div class="tb"><span class="x">✕</span>${t('span', 'title', L.title)}</div></div>
<div class="card"><div class="mc"><div class="bg">${esc(r.badge ?? r.merchant.slice(0, 1))}</div>${t('div', 'value', r.merchant, 'class="mn"')}${t('div', 'value', r.amount, 'class="am"')}${t('span', 'status', r.status, 'class="pl"')}</div>${rows}</div>
${r.note ? t('div', 'body', r.note, 'class="nt"') : ''}<div class="lk"><div>${L.share}</div><div>${L.report}</div></div>`;
    return page(css, body);
  },
};
