// A Tap & Go (拍住賞)-like Hong Kong wallet's transaction details on a phone (Traditional Chinese
// or English chrome, `scene.lang`): the orange title bar with ‹ and 交易詳情, a card with the
// merchant's square badge and name, the amount (−HK$…), the status line with a coloured dot
// (成功 / 處理中 / 已退款), then label–value rows (交易類型, 日期及時間, 交易編號, 付款來源, 備註 …),
// a grey note under the card and the 查詢此交易 / 下載收據 buttons. `scene.dark` gives the dark
// theme. Layout reconstructed; texts from the scene.
import { t, page, topBar, esc } from '../lib/common.mjs';

const ORANGE = '#F5821F';
const TXT = {
  'zh-Hant': { title: '交易詳情', ask: '查詢此交易', receipt: '下載收據' },
  en: { title: 'Transaction Details', ask: 'Enquire about this transaction', receipt: 'Download receipt' },
};

export default {
  name: 'tapngo-record',
  kind: 'order',
  render(scene) {
    const r = scene.record;
    const L = TXT[scene.lang ?? 'zh-Hant'];
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#121212', card: '#1e1e1e', fg: '#f2f2f2', sub: '#a0a0a0', line: '#2c2c2c', bar: '#2a1a0c' } : { bg: '#f3f3f3', card: '#fff', fg: '#202020', sub: '#8a8a8a', line: '#eeeeee', bar: ORANGE };
    const dot = { ok: '#2FB35A', wait: '#F2A516', bad: '#9a9a9a' }[r.tone ?? 'ok'];
    const rows = r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Liberation Sans","Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;font-size:14px}
.tb{height:52px;display:flex;align-items:center;justify-content:center;position:relative;background:${c.bar};color:#fff;font-size:17px;font-weight:700}
.tb .b{position:absolute;left:14px;font-size:26px;font-weight:400;top:6px}
.tb .lg{position:absolute;right:14px;font-size:12px;font-weight:700;font-style:italic;opacity:.9}
.card{background:${c.card};margin:14px 12px 0;border-radius:12px;overflow:hidden}
.mh{display:flex;align-items:center;gap:12px;padding:16px}
.bd{width:46px;height:46px;border-radius:10px;background:${r.badgeColor ?? '#3b5bdb'};color:#fff;font-weight:700;font-size:19px;display:flex;align-items:center;justify-content:center;flex:none}
.mn{font-size:15.5px;font-weight:700;line-height:1.35}
.am{font-size:30px;font-weight:700;padding:0 16px 6px}
.stt{display:flex;align-items:center;gap:6px;padding:0 16px 14px;font-size:14px;border-bottom:1px solid ${c.line}}
.stt i{width:9px;height:9px;border-radius:50%;background:${dot};display:inline-block}
.r{display:flex;justify-content:space-between;gap:14px;padding:11px 16px;border-bottom:1px solid ${c.line}}
.r:last-child{border-bottom:none}.r .k{color:${c.sub};flex:none}.r .v{text-align:right;overflow-wrap:anywhere}
.nt{margin:10px 16px;color:${c.sub};font-size:12.5px;line-height:1.6}
.bt{margin:14px 12px;display:flex;flex-direction:column;gap:10px}
.bt div{border-radius:24px;text-align:center;padding:11px;font-weight:700}
.bt .p{background:${ORANGE};color:#fff}.bt .s{border:1.5px solid ${ORANGE};color:${ORANGE}}
`;
    const body = `${topBar(scene, { bg: c.bar, dark: true })}<div class="tb"><span class="b">‹</span>${t('span', 'title', L.title)}<span class="lg">Tap &amp; Go</span></div>
<div class="card"><div class="mh"><div class="bd">${esc(r.badge ?? r.merchant.slice(0, 1))}</div>${t('div', 'value', r.merchant, 'class="mn"')}</div>
${t('div', 'value', r.amount, 'class="am"')}<div class="stt"><i></i>${t('span', 'status', r.status)}</div>${rows}</div>
${r.note ? t('div', 'body', r.note, 'class="nt"') : ''}<div class="bt"><div class="p">${L.ask}</div><div class="s">${L.receipt}</div></div>`;
    return page(css, body);
  },
};
