// QQ钱包 交易详情 (mobile QQ › 钱包 › 交易记录 › one payment): the nav bar, the merchant logo and name,
// the signed amount, the status line (支付成功 / 已全额退款 …), then the detail list (商品, 商户全称,
// 支付方式, 交易时间, 交易单号, 商户单号) and the 对订单有疑问 link. Light, or QQ's dark theme
// (`scene.dark`). Layout reconstructed from the app; texts from the scene.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'qq-wallet-record',
  kind: 'order',
  render(scene) {
    const d = Boolean(scene.dark);
    const r = scene.record;
    const c = d ? { bg: '#000', card: '#141414', fg: '#E5E5E5', sub: '#7D7D7D', line: '#242424' } : { bg: '#F5F6FA', card: '#FFFFFF', fg: '#03081A', sub: '#878B99', line: '#EEEFF3' };
    const css = `
body{background:${c.bg};color:${c.fg};font-size:14px}
.nav{height:46px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600;background:${c.card}}
.nav .b{position:absolute;left:12px;font-size:24px;font-weight:400}
.hd{background:${c.card};text-align:center;padding:22px 16px 20px}
.lg{width:48px;height:48px;border-radius:50%;margin:0 auto 10px;background:${scene.logo ?? '#12B7F5'};color:#fff;display:flex;align-items:center;justify-content:center;font-size:20px}
.mn{font-size:15px;color:${c.sub}}
.am{font-size:34px;font-weight:600;margin:10px 0 6px;font-family:"Liberation Sans","Noto Sans CJK SC",sans-serif}
.ss{font-size:13.5px;color:${r.statusColor ?? (d ? '#E5E5E5' : '#03081A')}}
.list{background:${c.card};margin-top:10px;padding:0 16px}
.r{display:flex;gap:16px;padding:13px 0;border-bottom:1px solid ${c.line};font-size:14px}
.r:last-child{border-bottom:0}
.r .k{flex:none;width:76px;color:${c.sub}}.r .v{flex:1;text-align:right;overflow-wrap:anywhere}
.q{text-align:center;margin-top:26px;font-size:13.5px;color:#4D7BE6}
`;
    const body = `${topBar(scene, { bg: c.card, dark: d })}<div class="nav"><span class="b">‹</span>${t('span', 'title', '交易详情')}</div>
<div class="hd"><div class="lg">${r.merchant.slice(0, 1)}</div>${t('div', 'value', r.merchant, 'class="mn"')}${t('div', 'value', r.amount, 'class="am"')}${t('div', 'status', r.status, 'class="ss"')}</div>
<div class="list">${r.rows.map(([k, v]) => `<div class="r">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('')}</div>
${t('div', 'button', '对订单有疑问', 'class="q"')}`;
    return page(css, body);
  },
};
