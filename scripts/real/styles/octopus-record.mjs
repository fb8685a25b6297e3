// The Octopus (八達通) app's transaction details on a phone, Hong Kong (繁體中文 with English, as
// the app shows both): the orange header with ✕ and 交易詳情 Transaction Details, the merchant's
// round badge and name, the big amount (−HK$…), the status with its tick (成功 Successful /
// 處理中 Processing / 已退款 Refunded), then label–value rows (日期及時間, 交易編號, 付款方式,
// 商戶參考編號 …) and a note; `scene.dark` gives the dark theme. Layout reconstructed; texts from
// the scene.
import { t, page, statusBar, esc } from '../lib/common.mjs';

const OR = '#F28C00';

export default {
  name: 'octopus-record',
  kind: 'order',
  render(scene) {
    const r = scene.record;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#111', card: '#1D1D1D', fg: '#EEE', sub: '#9C9C9C', line: '#2A2A2A' } : { bg: '#F3F4F6', card: '#FFF', fg: '#1F2937', sub: '#6B7280', line: '#ECECEC' };
    const tone = { ok: '#16A34A', wait: '#D97706', back: '#2563EB' }[r.tone ?? 'ok'];
    const rows = r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif}
.hd{background:${OR};color:#fff}
.tl{height:52px;display:flex;align-items:center;justify-content:center;position:relative;font-size:16.5px;font-weight:600}
.tl .x{position:absolute;left:16px;font-size:20px}.tl .sh{position:absolute;right:16px;font-size:13px;opacity:.9}
.sum{background:${c.card};margin:14px;border-radius:14px;padding:22px 16px 20px;text-align:center;box-shadow:0 1px 3px #0000000f}
.bd{width:52px;height:52px;border-radius:50%;background:${scene.badgeColor ?? '#0F4C81'};color:#fff;display:flex;align-items:center;justify-content:center;margin:0 auto 8px;font-size:20px;font-weight:700}
.mc{font-size:15px;font-weight:600}
.amt{font-size:32px;font-weight:700;margin:8px 0 10px;font-family:"Liberation Sans","Noto Sans CJK TC",sans-serif}
.st{display:inline-flex;align-items:center;gap:6px;color:${tone};font-weight:600;background:${tone}18;padding:4px 12px;border-radius:14px;font-size:14px}
.list{background:${c.card};margin:0 14px 12px;border-radius:14px;padding:2px 16px}
.r{display:flex;justify-content:space-between;gap:14px;padding:12px 0;border-bottom:1px solid ${c.line};font-size:14px}.r:last-child{border:none}
.k{color:${c.sub};flex:none;max-width:45%}.v{text-align:right;overflow-wrap:anywhere}
.note{margin:4px 22px;color:${c.sub};font-size:12.5px;line-height:1.6}
.help{margin:14px;text-align:center;color:${OR};font-size:14px}
`;
    const body = `<div class="hd">${statusBar({ time: scene.clock, battery: scene.battery, os: scene._device.os, dark: true, bg: OR })}<div class="tl"><span class="x">✕</span>${t('span', 'title', '交易詳情 Transaction Details')}<span class="sh">分享</span></div></div>
<div class="sum"><div class="bd">${esc(scene.badge ?? r.merchant.slice(0, 1))}</div>${t('div', 'value', r.merchant, 'class="mc"')}${t('div', 'value', r.amount, 'class="amt"')}<span class="st">✓ ${t('span', 'status', r.status)}</span></div>
<div class="list">${rows}</div>${(r.note ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}
${t('div', 'button', '對交易有疑問？ Questions about this transaction?', 'class="help"')}`;
    return page(css, body);
  },
};
