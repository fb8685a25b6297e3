// 淘宝 退款详情 (Taobao app, a refund request on a virtual order): the orange-red gradient header
// with the status of the request ("请等待商家处理") and the time left for the shop, the
// note of what happens next, the shop's reply if any, the 退款信息 card (goods thumbnail,
// title, spec, then 退款原因, 退款金额, 申请件数, 申请时间, 退款编号, 订单编号), and the
// bottom buttons (撤销申请, 修改申请, 联系卖家). Light only. Layout reconstructed from the app.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'taobao-refund',
  kind: 'order',
  render(scene) {
    const r = scene.refund;
    const kv = (rows) => rows.map(([k, v, role]) => `<div class="kv${k === '退款金额' ? ' amt' : ''}">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}${k === '订单编号' || k === '退款编号' ? '<span class="cp">复制</span>' : ''}</div>`).join('');
    const css = `
body{background:#F3F3F3;color:#111;font-size:14px}
.hd{background:linear-gradient(90deg,#FF7A00,#FF4F00);color:#fff;padding:0 0 18px}
.nav{height:44px;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:500}
.nav .b{position:absolute;left:12px;font-size:24px}
.nav .m{position:absolute;right:14px;font-size:18px;letter-spacing:1px}
.st{padding:10px 18px 0;font-size:20px;font-weight:600}
.cd{padding:6px 18px 0;font-size:13px;opacity:.95}
.card{background:#fff;border-radius:12px;margin:10px 10px 0;padding:12px 14px}
.tip{font-size:13px;line-height:1.6;color:#333}
.tip div{padding-left:12px;position:relative}
.tip div::before{content:"";position:absolute;left:0;top:9px;width:5px;height:5px;border-radius:50%;background:#FF5000}
.ch{font-size:15px;font-weight:600;margin-bottom:10px}
.reply .who{font-size:12.5px;color:#999;margin-bottom:4px}
.g{display:flex;gap:10px;margin-bottom:8px}
.g .th{flex:none;width:70px;height:70px;border-radius:8px;background:linear-gradient(135deg,#8EC5FC,#6A7BFF)}
.g .gt{font-size:13.5px;line-height:1.4}
.g .gs{font-size:12px;color:#999;margin-top:4px}
.kv{display:flex;padding:5px 0;font-size:13px;align-items:baseline}
.kv .k{width:70px;flex:none;color:#999}
.kv .v{overflow-wrap:anywhere}
.kv .cp{margin-left:8px;font-size:11px;color:#666;border-left:1px solid #ddd;padding-left:8px}
.amt .v{color:#FF5000;font-weight:600}
.bar{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:9px 12px ${scene._device.os === 'ios' ? 30 : 14}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid #eee}
.bar span{border:1px solid #ccc;border-radius:16px;padding:6px 14px;font-size:13px}
.bar span:last-child{border-color:#FF5000;color:#FF5000}
`;
    const body = `${topBar(scene, { dark: true, bg: '#FF6A00' })}<div class="hd"><div class="nav"><span class="b">‹</span>${t('span', 'title', '退款详情')}<span class="m">···</span></div>
${t('div', 'status', r.status, 'class="st"')}${r.countdown ? t('div', 'body', r.countdown, 'class="cd"') : ''}</div>
${r.tips ? `<div class="card tip">${r.tips.map((x) => t('div', 'body', x)).join('')}</div>` : ''}
${r.reply ? `<div class="card reply"><div class="who">${t('span', 'label', r.reply.who)}</div>${t('div', 'merchant', r.reply.text)}</div>` : ''}
<div class="card">${t('div', 'title', '退款信息', 'class="ch"')}
<div class="g"><div class="th"></div><div>${t('div', 'value', r.product, 'class="gt"')}${r.spec ? t('div', 'value', r.spec, 'class="gs"') : ''}</div></div>
${kv(r.rows)}</div>
<div class="bar">${(r.buttons ?? ['撤销申请', '修改申请', '联系卖家']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
