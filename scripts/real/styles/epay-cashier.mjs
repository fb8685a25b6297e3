// A 彩虹易支付 (Rainbow e-pay, the aggregator many independent 发卡 shops use) scan-to-pay cashier
// page on a PC browser, as its wechat_pay.css / mqq_pay.css pages draw it: the white card on a grey
// page with the channel title (微信扫码支付 / QQ钱包扫码支付 / 支付宝扫码支付), the amount, the QR
// code, the opened 订单详情 list (商家, 购买物品, 商户订单号 — the aggregator's own trade number —,
// 创建时间), the tip box "请使用…扫一扫 / 扫描二维码完成支付" and the footer lines; over it, when the
// poll has seen the payment, layer's loading toast "支付成功，正在跳转中...". Layout after
// includes/pages/wxpay_qrcode.php and qqpay_qrcode.php of zxh1220/epay; fields from the scene.
import { t, page, topBar, esc, rng, seedOf } from '../lib/common.mjs';

const CH = {
  wxpay: { title: '微信扫码支付', app: '微信', color: '#1AAD19' },
  qqpay: { title: 'QQ钱包扫码支付', app: '手机QQ', color: '#12B7F5' },
  alipay: { title: '支付宝扫码支付', app: '支付宝', color: '#1677FF' },
};

function qr(seed, n = 29, px = 7) {
  const r = rng(seedOf(seed));
  let cells = '';
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) {
    const finder = (x < 7 && y < 7) || (x >= n - 7 && y < 7) || (x < 7 && y >= n - 7);
    let on;
    if (finder) {
      const fx = x >= n - 7 ? x - (n - 7) : x; const fy = y >= n - 7 ? y - (n - 7) : y;
      on = fx === 0 || fy === 0 || fx === 6 || fy === 6 || (fx >= 2 && fx <= 4 && fy >= 2 && fy <= 4);
    } else on = r() < 0.47;
    if (on) cells += `<rect x="${x * px}" y="${y * px}" width="${px}" height="${px}"/>`;
  }
  return `<svg width="${n * px}" height="${n * px}" viewBox="0 0 ${n * px} ${n * px}" style="display:block;margin:0 auto"><g fill="#000">${cells}</g></svg>`;
}

export default {
  name: 'epay-cashier',
  kind: 'order',
  render(scene) {
    const c = CH[scene.channel ?? 'wxpay'];
    const o = scene.order;
    const css = `
body{background:#F2F2F4;color:#333;font-size:14px}
.url{height:38px;background:#DEE1E6;display:flex;align-items:center;padding:0 12px;gap:10px}
.url .bx{flex:1;height:26px;border-radius:13px;background:#fff;display:flex;align-items:center;padding:0 14px;font-size:13px;color:#555;font-family:"Liberation Sans",sans-serif}
.body{width:${Math.min(scene._device.width - 20, 450)}px;margin:${scene._device.os === 'desktop' ? 30 : 12}px auto 0;background:#fff;border-radius:4px;box-shadow:0 2px 8px #0000001a}
.mod-title{height:60px;margin:0;border-bottom:1px solid #ddd;display:flex;align-items:center;justify-content:center;gap:8px;font-size:20px;font-weight:400;color:#333}
.ico{width:28px;height:28px;border-radius:6px;background:${c.color}}
.mod-ct{padding:16px 34px 10px;text-align:center}
.amount{font-size:42px;color:#333;margin:6px 0 14px;font-family:"Liberation Sans",sans-serif}
.qr{padding:8px;display:inline-block;border:1px solid #eee}
.detail{margin:14px 0 6px;text-align:left;border-top:1px dashed #ddd;border-bottom:1px dashed #ddd;padding:8px 0}
.detail dl{margin:0;display:grid;grid-template-columns:90px 1fr;row-gap:7px;font-size:13.5px}
.detail dt{color:#999}.detail dd{margin:0;color:#333;overflow-wrap:anywhere}
.arrow{text-align:center;color:#bbb;font-size:12px;margin-top:4px}
.tip{margin:12px auto 8px;background:${c.color};color:#fff;border-radius:4px;display:flex;align-items:center;justify-content:center;gap:12px;padding:10px 0;width:260px}
.tip .sc{width:34px;height:34px;border:2px solid #fff;border-radius:4px}
.tip p{margin:0;font-size:14px;line-height:1.5;text-align:left}
.foot{background:#F7F7F7;border-top:1px solid #eee;padding:12px 0;text-align:center;color:#999;font-size:12.5px;line-height:1.7}
.foot p{margin:0}
.shade{position:fixed;inset:0;background:rgba(0,0,0,.1)}
.msg{position:fixed;left:50%;top:45%;transform:translate(-50%,-50%);background:rgba(0,0,0,.75);color:#fff;border-radius:2px;padding:12px 26px 12px 54px;font-size:14px;box-shadow:1px 1px 50px rgba(0,0,0,.3);white-space:nowrap}
.msg::before{content:"";position:absolute;left:18px;top:50%;margin-top:-11px;width:22px;height:22px;border-radius:50%;border:3px solid #ffffff55;border-top-color:#fff}
`;
    const url = scene._device.os === 'desktop' ? `<div class="url"><span>←  →  ⟳</span><div class="bx">${t('span', 'label', scene.url)}</div></div>` : '';
    const body = `${topBar(scene)}${url}<div class="body"><h1 class="mod-title"><span class="ico"></span>${t('span', 'title', c.title)}</h1>
<div class="mod-ct">${t('div', 'value', `¥${o.amount}`, 'class="amount"')}<div class="qr">${qr(o.no)}</div>
<div class="detail"><dl>${[['商家', o.store], ['购买物品', o.product], ['商户订单号', o.no], ['创建时间', o.created]].map(([k, v]) => `${t('dt', 'label', k)}${t('dd', 'value', v)}`).join('')}</dl><div class="arrow">︿</div></div>
<div class="tip"><div class="sc"></div><div>${t('p', 'body', `请使用${c.app}扫一扫`)}${t('p', 'body', '扫描二维码完成支付')}</div></div></div>
<div class="foot"><p>${esc('手机用户可保存上方二维码到手机中')}</p><p>${esc(`在${c.app === '支付宝' ? '支付宝' : c.app}扫一扫中选择“相册”即可`)}</p></div></div>
${scene.paidToast ? `<div class="shade"></div>${t('div', 'system', '支付成功，正在跳转中...', 'class="msg"')}` : ''}`;
    return page(css, body);
  },
};
