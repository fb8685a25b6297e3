// 拼多多 (Pinduoduo) app 订单详情 of a virtual good (卡券 / 直充): the white nav bar, the status block
// (large status such as 待发货 / 已发货 / 交易成功 with the promise line under it), the 充值账号 /
// 虚拟商品 notice, the shop row, the goods card (thumb, title, spec, ¥price ×n), the price rows
// (商品总价, 实付), the 订单信息 list (订单编号 with 复制, 下单时间, 支付方式, 拼单时间 …) and the
// bottom action buttons (申请退款 / 联系商家 / 催发货). Layout reconstructed from the app; texts
// from the scene. Light only (the app has no dark theme).
import { t, page, topBar, esc } from '../lib/common.mjs';

export default {
  name: 'pdd-order',
  kind: 'order',
  render(scene) {
    const o = scene.order;
    const css = `
body{background:#F4F4F4;color:#151516;font-size:14px}
.nav{height:46px;background:#fff;display:flex;align-items:center;justify-content:center;position:relative;font-size:17px;font-weight:600}
.nav .b{position:absolute;left:12px;font-size:24px;font-weight:400}.nav .m{position:absolute;right:14px;font-size:18px}
.st{background:linear-gradient(180deg,#fff 0%,#fff 100%);padding:14px 16px 16px}
.st .s{font-size:21px;font-weight:700;color:#151516}
.st .p{font-size:13px;color:#9C9C9C;margin-top:6px;line-height:1.5}
.vt{margin:8px 10px 0;background:#FFF7E6;border-radius:8px;padding:10px 12px;font-size:13px;color:#8a5a00;line-height:1.5}
.box{background:#fff;margin:8px 10px 0;border-radius:10px;padding:12px}
.shop{display:flex;align-items:center;gap:6px;font-weight:600;font-size:14.5px;margin-bottom:10px}
.shop i{width:18px;height:18px;border-radius:4px;background:#E02E24;display:inline-block}
.g{display:flex;gap:10px}
.th{flex:none;width:78px;height:78px;border-radius:6px;background:linear-gradient(135deg,${scene.cover ?? '#5aa9ff,#2b6de8'})}
.gt{font-size:14px;line-height:1.4}.gs{font-size:12px;color:#9C9C9C;margin-top:5px;background:#F5F5F5;display:inline-block;padding:2px 6px;border-radius:3px}
.gp{display:flex;justify-content:space-between;margin-top:6px;font-size:14px}.gp span+span{color:#9C9C9C}
.r{display:flex;justify-content:space-between;padding:7px 0;font-size:13.5px}
.r .k{color:#58595B}
.r.pay .v{color:#E02E24;font-weight:700;font-size:16px}
.oi .r .v{text-align:right;max-width:68%;overflow-wrap:anywhere}
.cp{margin-left:8px;font-size:11.5px;border:1px solid #ccc;border-radius:10px;padding:0 7px;color:#555}
.bt{position:fixed;left:0;right:0;bottom:0;background:#fff;border-top:1px solid #eee;display:flex;justify-content:flex-end;gap:10px;padding:10px 12px ${scene._device.os === 'ios' ? 28 : 12}px}
.bt span{border:1px solid #ccc;border-radius:17px;padding:6px 14px;font-size:13.5px}
.bt span.red{border-color:#E02E24;color:#E02E24}
`;
    const rows = (list) => list.map(([k, v, cls]) => `<div class="r ${cls ?? ''}">${t('span', 'label', k, 'class="k"')}<span class="v">${t('span', 'value', v)}${k === '订单编号' ? '<span class="cp">复制</span>' : ''}</span></div>`).join('');
    const body = `${topBar(scene, { bg: '#fff' })}<div class="nav"><span class="b">‹</span>${t('span', 'title', '订单详情')}<span class="m">···</span></div>
<div class="st">${t('div', 'status', o.status, 'class="s"')}${o.promise ? t('div', 'body', o.promise, 'class="p"') : ''}</div>
${o.notice ? t('div', 'body', o.notice, 'class="vt"') : ''}
<div class="box"><div class="shop"><i></i>${t('span', 'title', o.shop)} <span style="color:#bbb;font-weight:400">›</span></div>
<div class="g"><div class="th"></div><div style="flex:1">${t('div', 'value', o.product, 'class="gt"')}${o.spec ? t('div', 'value', o.spec, 'class="gs"') : ''}<div class="gp">${t('span', 'value', o.price)}<span>×${esc(o.qty ?? 1)}</span></div></div></div>
${rows(o.money)}</div>
<div class="box oi">${rows(o.info)}</div>
<div class="bt">${(o.buttons ?? ['申请退款', '联系商家', '催发货']).map((b, i, a) => t('span', 'button', b, i === a.length - 1 ? 'class="red"' : '')).join('')}</div>`;
    return page(css, body);
  },
};
