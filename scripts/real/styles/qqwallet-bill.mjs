// QQ钱包 交易详情 (mobile QQ → QQ钱包 → 交易记录 → one payment): the blue title bar, the merchant's
// round mark and name, the big amount with its sign, the status line (支付成功 / 已退款 / 处理中),
// then grey-label rows (商品, 商户全称, 支付方式, 交易时间, 交易单号, 商户单号) and the two links at
// the foot (对订单有疑问 / 联系商家). `scene.dark` gives mobile QQ's dark theme. Layout reconstructed.
import { t, page, statusBar } from '../lib/common.mjs';

export default {
  name: 'qqwallet-bill',
  kind: 'order',
  render(scene) {
    const b = scene.bill;
    const d = Boolean(scene.dark);
    const c = d ? { bg: '#111111', card: '#1C1C1E', fg: '#E8E8E8', sub: '#8A8A8F', line: '#2A2A2D', bar: '#1C1C1E', barFg: '#E8E8E8' } : { bg: '#F2F3F5', card: '#FFFFFF', fg: '#111', sub: '#8C8C8C', line: '#EFEFEF', bar: '#12B7F5', barFg: '#FFFFFF' };
    const tone = { ok: '#12B7F5', back: '#F5A623', wait: '#F5A623' }[b.tone ?? 'ok'];
    const css = `
body{background:${c.bg};color:${c.fg}}
.top{background:${c.bar};color:${c.barFg}}
.tl{height:48px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px}
.tl .bk{position:absolute;left:12px;font-size:24px}
.sum{background:${c.card};padding:26px 16px 20px;text-align:center;border-bottom:1px solid ${c.line}}
.mi{width:46px;height:46px;border-radius:23px;background:${b.hue ?? '#FF7A45'};margin:0 auto 8px;color:#fff;display:flex;align-items:center;justify-content:center;font-size:20px}
.mn{font-size:15px;color:${c.sub}}
.am{font-size:36px;font-weight:600;margin:10px 0 6px;font-family:"DejaVu Sans","Noto Sans CJK SC",sans-serif}
.st{font-size:14px;color:${tone}}
.list{background:${c.card};margin-top:10px;padding:2px 16px}
.r{display:flex;gap:16px;padding:12px 0;border-bottom:1px solid ${c.line};font-size:14.5px}
.r:last-child{border:0}.k{width:72px;flex:none;color:${c.sub}}.v{flex:1;overflow-wrap:anywhere;text-align:right}
.lk{background:${c.card};margin-top:10px}
.lk div{padding:14px 16px;font-size:15px;border-bottom:1px solid ${c.line};display:flex;justify-content:space-between}
.lk div::after{content:"›";color:${c.sub}}
`;
    const rows = b.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `<div class="top">${statusBar({ time: scene.clock, battery: scene.battery, os: scene._device.os, dark: true, bg: c.bar })}<div class="tl"><span class="bk">‹</span>${t('span', 'title', '交易详情')}</div></div>
<div class="sum"><div class="mi">${b.merchant.slice(0, 1)}</div>${t('div', 'value', b.merchant, 'class="mn"')}${t('div', 'value', b.amount, 'class="am"')}${t('div', 'status', b.status, 'class="st"')}</div>
<div class="list">${rows}</div>
<div class="lk">${t('div', 'button', '对订单有疑问')}${t('div', 'button', '联系商家')}</div>`;
    return page(css, body);
  },
};
