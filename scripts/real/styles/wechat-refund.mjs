// 微信支付 退款详情 (WeChat Pay refund details, opened from 微信支付 账单 or the 服务通知): the
// grey page, the merchant's round mark and name, the large refund amount, the state (退款成功 /
// 退款中) in green or orange, the step line (商户发起退款 → 退款到账), then the rows (退款金额,
// 退款方式, 到账时间, 退款原因, 商户单号, 交易单号, 退款单号). `scene.refund`: { merchant, amount,
// status, ok, steps:[[label,time]], rows }. Light or dark (`scene.dark`). Reconstructed (h17f).
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'wechat-refund',
  kind: 'order',
  render(scene) {
    const r = scene.refund;
    const dark = Boolean(scene.dark);
    const c = dark ? { bg: '#111111', card: '#191919', fg: '#d5d5d5', sub: '#7f7f7f', line: '#262626' } : { bg: '#EDEDED', card: '#FFFFFF', fg: '#191919', sub: '#7f7f7f', line: '#f0f0f0' };
    const css = `
body{background:${c.bg};color:${c.fg}}
.hd{height:46px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:500;position:relative}
.hd .b{position:absolute;left:14px;font-size:22px}
.top{background:${c.card};margin:8px 0;padding:22px 16px 18px;text-align:center}
.mk{width:44px;height:44px;border-radius:50%;background:#07C160;color:#fff;display:flex;align-items:center;justify-content:center;margin:0 auto 8px;font-weight:700}
.mn{font-size:15px}.am{font-size:34px;font-weight:600;margin:8px 0 6px;font-family:"DejaVu Sans",sans-serif}
.st{font-size:14px;color:${r.ok === false ? '#FA9D3B' : '#07C160'}}
.steps{display:flex;justify-content:space-between;margin:18px 8px 0;font-size:12px;color:${c.sub};text-align:center}
.steps div{flex:1}.steps b{display:block;width:10px;height:10px;border-radius:50%;background:#07C160;margin:0 auto 6px}
.card{background:${c.card};padding:4px 16px}
.row{display:flex;justify-content:space-between;gap:14px;padding:11px 0;border-bottom:1px solid ${c.line};font-size:14px}
.k{color:${c.sub};white-space:nowrap}.v{text-align:right;overflow-wrap:anywhere}
.help{text-align:center;font-size:13px;color:#576B95;margin:18px 0}
`;
    const steps = (r.steps ?? []).map(([l, tm]) => `<div><b></b>${t('div', 'body', l)}${tm ? t('div', 'value', tm) : ''}</div>`).join('');
    const rows = r.rows.map(([k, v]) => `<div class="row">${t('span', 'label', k, 'class="k"')}${t('span', 'value', v, 'class="v"')}</div>`).join('');
    const body = `${topBar(scene, { dark, bg: c.bg })}<div class="hd"><span class="b">‹</span>${t('span', 'title', '退款详情')}</div>
<div class="top"><div class="mk">${r.merchant[0]}</div>${t('div', 'value', r.merchant, 'class="mn"')}${t('div', 'value', r.amount, 'class="am"')}${t('div', 'status', r.status, 'class="st"')}${steps ? `<div class="steps">${steps}</div>` : ''}</div>
<div class="card">${rows}</div>${t('div', 'button', '对退款有疑问', 'class="help"')}`;
    return page(css, body);
  },
};
