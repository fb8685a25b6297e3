// 拼多多 售后/退款详情 (Pinduoduo app, an after-sale request on a virtual order): the red title bar
// "售后详情", the status block on a light red band (e.g. "退款成功" / "待商家处理") with the
// amount and a line of explanation, the progress steps (申请 → 商家处理 → 退款到账), an
// optional 退款到账 card (where the money went), the 售后信息 card (goods thumbnail, title,
// spec, then 售后类型, 退款原因, 退款金额, 申请时间, 售后编号, 订单编号 with 复制), and the
// bottom buttons (联系商家, 撤销申请 …). Light only. Layout reconstructed from the app.
import { t, page, topBar } from '../lib/common.mjs';

export default {
  name: 'pdd-aftersale',
  kind: 'order',
  render(scene) {
    const r = scene.aftersale;
    const kv = (rows) => rows.map(([k, v, role]) => `<div class="kv${/金额/.test(k) ? ' amt' : ''}">${t('span', 'label', k, 'class="k"')}${t('span', role ?? 'value', v, 'class="v"')}${/编号/.test(k) ? '<span class="cp">复制</span>' : ''}</div>`).join('');
    const steps = r.steps ?? ['提交申请', '商家处理', '退款到账'];
    const done = r.stepDone ?? 1;
    const css = `
body{background:#F4F4F4;color:#151516;font-size:14px}
.nav{height:46px;background:#fff;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600;border-bottom:1px solid #eee}
.nav .b{position:absolute;left:12px;font-size:26px;font-weight:400}
.nav .m{position:absolute;right:14px;font-size:14px;font-weight:400;color:#58595B}
.hd{background:linear-gradient(180deg,#FFE8E6,#FFF6F5);padding:16px 18px 14px}
.st{font-size:20px;font-weight:700;color:#E02E24}
.sa{font-size:26px;font-weight:700;color:#E02E24;margin-top:6px}
.sn{font-size:13px;color:#58595B;margin-top:6px;line-height:1.55}
.pg{display:flex;justify-content:space-between;padding:14px 22px 4px;position:relative}
.pg::before{content:"";position:absolute;left:40px;right:40px;top:21px;height:2px;background:#E5E5E5}
.pg div{position:relative;text-align:center;font-size:12px;color:#9C9C9C;width:72px}
.pg div::before{content:"";display:block;margin:0 auto 6px;width:12px;height:12px;border-radius:50%;background:#D8D8D8;border:2px solid #fff}
.pg div.on{color:#E02E24}.pg div.on::before{background:#E02E24}
.card{background:#fff;border-radius:10px;margin:10px 10px 0;padding:12px 14px}
.ch{font-size:15px;font-weight:600;margin-bottom:10px}
.g{display:flex;gap:10px;margin-bottom:8px}
.g .th{flex:none;width:68px;height:68px;border-radius:6px;background:linear-gradient(135deg,#FFB199,#FF0844)}
.g .gt{font-size:13.5px;line-height:1.4}
.g .gs{font-size:12px;color:#9C9C9C;margin-top:4px}
.kv{display:flex;padding:5px 0;font-size:13px;align-items:baseline}
.kv .k{width:72px;flex:none;color:#9C9C9C}
.kv .v{overflow-wrap:anywhere}
.kv .cp{margin-left:8px;font-size:11px;color:#58595B;border:1px solid #ddd;border-radius:9px;padding:0 6px}
.amt .v{color:#E02E24;font-weight:600}
.nt div{font-size:13px;line-height:1.6;color:#58595B}
.bar{position:fixed;left:0;right:0;bottom:0;background:#fff;padding:9px 12px ${scene._device.os === 'ios' ? 30 : 14}px;display:flex;justify-content:flex-end;gap:10px;border-top:1px solid #eee}
.bar span{border:1px solid #ccc;border-radius:16px;padding:6px 16px;font-size:13px}
.bar span:last-child{border-color:#E02E24;color:#E02E24}
`;
    const body = `${topBar(scene, { bg: '#fff' })}<div class="nav"><span class="b">‹</span>${t('span', 'title', r.pageTitle ?? '售后详情')}<span class="m">客服</span></div>
<div class="hd">${t('div', 'status', r.status, 'class="st"')}${r.amount ? t('div', 'value', r.amount, 'class="sa"') : ''}${(r.notes ?? []).map((n) => t('div', 'body', n, 'class="sn"')).join('')}</div>
<div class="pg" style="background:#fff">${steps.map((s, i) => t('div', 'label', s, i < done ? 'class="on"' : '')).join('')}</div>
${r.history ? `<div class="card nt">${t('div', 'title', r.historyTitle ?? '协商历史', 'class="ch"')}${r.history.map((h) => t('div', h.role ?? 'body', h.text)).join('')}</div>` : ''}
<div class="card">${t('div', 'title', '售后信息', 'class="ch"')}
<div class="g"><div class="th"></div><div>${t('div', 'value', r.product, 'class="gt"')}${r.spec ? t('div', 'value', r.spec, 'class="gs"') : ''}</div></div>
${kv(r.rows)}</div>
<div class="bar">${(r.buttons ?? ['联系商家', '撤销申请']).map((b) => t('span', 'button', b)).join('')}</div>`;
    return page(css, body);
  },
};
