// A Taiwan mobile-payment transaction record (街口支付 red or LINE Pay green, Traditional Chinese):
// the coloured header with 交易明細, the merchant, the big NT$ amount, the status with its mark
// (付款成功 / 付款確認中 / 已退款), then label–value rows (交易時間, 交易編號, 付款方式, 訂單編號 …)
// and a note. `scene.dark` gives the dark theme. Layout reconstructed; the texts come from the scene.
import { t, page, statusBar } from '../lib/common.mjs';

export default {
  name: 'tw-pay-record',
  kind: 'order',
  render(scene) {
    const r = scene.record;
    const brand = scene.brand === 'linepay' ? { c: '#06C755', name: 'LINE Pay' } : { c: '#D7282F', name: '街口支付' };
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#121212', card: '#1E1E1E', fg: '#EEE', sub: '#9A9A9A', line: '#2C2C2C' } : { bg: '#F4F4F4', card: '#FFF', fg: '#222', sub: '#888', line: '#EEE' };
    const tone = { ok: '#2E9E44', wait: '#E08A00', back: '#1A73E8' }[r.tone ?? 'ok'];
    const rows = r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const css = `
body{background:${c.bg};color:${c.fg};font-family:"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif}
.hd{background:${brand.c};color:#fff}
.tl{height:50px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.tl .bk{position:absolute;left:14px;font-size:22px}
.sum{background:${c.card};margin:12px;border-radius:10px;padding:22px 16px;text-align:center}
.mc{font-size:15px;color:${c.sub}}
.amt{font-size:34px;font-weight:700;margin:8px 0}
.st{display:inline-flex;align-items:center;gap:6px;color:${tone};font-weight:600}
.st i{display:inline-block;width:16px;height:16px;border-radius:50%;background:${tone}}
.list{background:${c.card};margin:0 12px 12px;border-radius:10px;padding:4px 16px}
.r{display:flex;justify-content:space-between;gap:14px;padding:12px 0;border-bottom:1px solid ${c.line};font-size:14.5px}
.r:last-child{border:none}
.k{color:${c.sub};flex:none}
.v{text-align:right;overflow-wrap:anywhere}
.note{margin:0 18px;color:${c.sub};font-size:12.5px;line-height:1.6}
`;
    const body = `<div class="hd">${statusBar({ time: scene.clock, battery: scene.battery, os: scene._device.os, dark: true, bg: brand.c })}<div class="tl"><span class="bk">‹</span>${t('span', 'title', `${brand.name} 交易明細`)}</div></div>
<div class="sum">${t('div', 'value', r.merchant, 'class="mc"')}${t('div', 'value', r.amount, 'class="amt"')}<span class="st"><i></i>${t('span', 'status', r.status)}</span></div>
<div class="list">${rows}</div>${(r.note ?? []).map((n) => t('div', 'body', n, 'class="note"')).join('')}`;
    return page(css, body);
  },
};
