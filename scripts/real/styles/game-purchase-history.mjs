// A mobile game's in-game purchase / recharge history on a phone held sideways (full screen, no
// status bar): the game's scene dimmed behind a panel; the panel's title ("Recharge History" /
// 充值记录 / 儲值紀錄) with the ✕, a strip with the player's ID and server and the period filter,
// then the table: a header row (time, item, amount, status) and the records, striped, with the
// status in colour (`tone` ok|wait|bad); an empty row "No more records" under them and a footnote.
// English, Simplified or Traditional Chinese chrome (`scene.lang`); the accent (`scene.accent`)
// per game. Layout reconstructed from the common mobile-game history screen; no game's art; the
// texts come from the scene.
import { t, esc, page, LATIN } from '../lib/common.mjs';

const TXT = {
  en: { cols: ['Time', 'Item', 'Amount', 'Status'], period: 'Last 90 days', end: 'No more records' },
  zh: { cols: ['时间', '商品', '金额', '状态'], period: '近90天', end: '没有更多记录了' },
  'zh-Hant': { cols: ['時間', '商品', '金額', '狀態'], period: '近90天', end: '沒有更多紀錄了' },
};

export default {
  name: 'game-purchase-history',
  kind: 'other',
  render(scene) {
    const x = TXT[scene.lang ?? 'en'];
    const ac = scene.accent ?? '#38BDF8';
    const tones = { ok: '#4ADE80', wait: '#FBBF24', bad: '#F87171' };
    const css = `
body{background:linear-gradient(135deg,#2a1f3d,#0f2436 60%,#1a1a1a);color:#E9EEF6;font-size:13px;height:100vh}
.sky{position:absolute;inset:0;background:radial-gradient(circle at 80% 15%,#ffd08a33,#0000 35%),radial-gradient(circle at 15% 85%,#5eead433,#0000 40%)}
.pan{position:absolute;left:40px;right:40px;top:14px;bottom:12px;background:#0E1522ee;border-radius:8px;border:1px solid ${ac}66;display:flex;flex-direction:column;overflow:hidden;box-shadow:0 10px 30px #000b}
.hd{height:38px;flex:none;display:flex;align-items:center;justify-content:center;position:relative;background:linear-gradient(90deg,#0000,${ac}33,#0000);border-bottom:1px solid ${ac}55}
.hd .ti{font-size:16px;font-weight:700;letter-spacing:1px}
.hd .x{position:absolute;right:10px;top:7px;width:24px;height:24px;border-radius:4px;background:#ffffff1a;display:flex;align-items:center;justify-content:center;font-size:13px}
.info{display:flex;align-items:center;gap:18px;padding:7px 14px;font-size:11.5px;color:#A9B4C6;border-bottom:1px solid #ffffff12}
.info .pf{margin-left:auto;border:1px solid #ffffff33;border-radius:4px;padding:2px 8px;color:#DDE3EE}
.tb{flex:1;padding:0 14px;overflow:hidden}
.r{display:grid;grid-template-columns:${scene.grid ?? '150px 1fr 110px 96px'};gap:10px;padding:8px 6px;align-items:center;border-bottom:1px solid #ffffff10}
.r.h{color:#8F9BB0;font-size:11.5px;padding:7px 6px}
.r:nth-child(odd):not(.h){background:#ffffff08}
.r span{overflow-wrap:anywhere}
.end{text-align:center;color:#6F7B90;font-size:11px;padding:9px 0}
.ft{flex:none;padding:6px 14px 8px;font-size:10.5px;color:#8190A6;border-top:1px solid #ffffff10;line-height:1.45}
`;
    const rows = scene.rows.map((r) => `<div class="r">${t('span', 'value', r[0])}${t('span', 'value', r[1])}${t('span', 'value', r[2])}${t('span', 'status', r[3], `style="color:${tones[r[4] ?? 'ok']};font-weight:700"`)}</div>`).join('');
    const body = `<div class="sky"></div><div class="pan"><div class="hd">${t('span', 'title', scene.title, 'class="ti"')}<span class="x">✕</span></div>
<div class="info">${(scene.info ?? []).map((s) => t('span', 'value', s)).join('')}<span class="pf">${esc(scene.period ?? x.period)} ▾</span></div>
<div class="tb"><div class="r h">${x.cols.map((c) => t('span', 'label', c)).join('')}</div>${rows}<div class="end">${esc(x.end)}</div></div>
${(scene.notes ?? []).map((n) => t('div', 'body', n, 'class="ft"')).join('')}</div>`;
    return page(css, body, LATIN);
  },
};
