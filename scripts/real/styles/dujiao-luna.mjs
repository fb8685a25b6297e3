// A 自动发卡 shop's order page in dujiaoka's "luna" theme (独角数卡; unlike shop-order-query's
// unicorn look and faka-hyper's Hyper admin look): the blue gradient header with the shop's logo
// and text logo and the white 订单查询 link (hidden on phones, where the round 查单 button floats at
// the bottom right instead), the white main box titled 订单详情 with the document icon, then one
// info box per order in three columns (one on a phone): 订单编号 / 订单名称 / 购买数量 / 下单时间 /
// 订单邮箱; 订单类型 (自动发货 / 人工发货 tag) / 订单总价 (green tag) / 订单状态 (待处理 pink, 已处理
// blue, 已完成 green, 已失败 yellow) / 支付方式; and the disabled textarea with the order's content
// (the card, masked) and the wide 复制 button. `scene.notice` adds the shop's 公告 box above.
// Labels from the theme's zh_CN / zh_TW language files (`scene.lang`: 'zh' | 'tw'); layout after
// resources/views/luna/static_pages/orderinfo.blade.php and layouts/_nav.blade.php of
// assimon/dujiaoka. The texts of the order come from the scene.
import { t, page, topBar } from '../lib/common.mjs';

const L = {
  zh: { details: '订单详情', number: '订单编号', title: '订单名称', qty: '购买数量', time: '下单时间', email: '订单邮箱', cls: '订单类型', auto: '自动发货', manual: '人工发货', total: '订单总价', status: '订单状态', pay: '支付方式', copy: '复制', search: '订单查询', m: '查单', notice: '公告', st: { pending: '待处理', processed: '已处理', completed: '已完成', failed: '已失败' } },
  // luna.php from zh_TW; the system.php labels in Traditional characters (the author's conversion)
  tw: { details: '訂單詳情', number: '訂單編號', title: '訂單名稱', qty: '購買數量', time: '下單時間', email: '訂單信箱', cls: '訂單類型', auto: '自動發貨', manual: '人工發貨', total: '訂單總價', status: '訂單狀態', pay: '支付方式', copy: '複製', search: '訂單查詢', m: '查單', notice: '公告', st: { pending: '待處理', processed: '已處理', completed: '已完成', failed: '已失敗' } },
};
const TIP = { pending: ['#FDEBEF', '#E0466B'], processed: ['#E8F1FD', '#3C8CE7'], completed: ['#E7F7EE', '#20A35A'], failed: ['#FFF6E0', '#D98F00'] };

export default {
  name: 'dujiao-luna',
  kind: 'order',
  render(scene) {
    const l = L[scene.lang ?? 'zh'];
    const desk = scene._device.os === 'desktop';
    const tip = (text, [bg, fg]) => t('span', 'value', text, `class="tip" style="background:${bg};color:${fg}"`);
    const li = (k, v) => `<li>${t('strong', 'label', `${k}:`)} ${v}</li>`;
    const box = (o) => `<div class="info"><div class="col"><ul>
${li(l.number, t('span', 'value', o.id))}${li(l.title, t('span', 'value', o.title))}${li(l.qty, t('span', 'value', String(o.qty ?? 1)))}${li(l.time, t('span', 'value', o.time))}${li(l.email, t('span', 'value', o.email))}</ul></div>
<div class="col"><ul>${li(l.cls, tip(o.manual ? l.manual : l.auto, TIP.completed))}${li(l.total, tip(`¥${o.price}`, TIP.completed))}${li(l.status, tip(l.st[o.status], TIP[o.status]))}${li(l.pay, t('span', 'value', o.pay))}</ul></div>
<div class="col">${t('div', 'value', o.info ?? '', 'class="ta"')}<div class="cb">${t('span', 'button', l.copy)}</div></div></div>`;
    const css = `
body{background:#F2F5FA;color:#3A3F4B;font-size:14px}
.header{background:linear-gradient(90deg,#3C8CE7,#00EAFF);color:#fff}
.hb{${desk ? 'width:66.6%;margin:0 auto;height:70px' : 'height:54px;padding:0 14px'};display:flex;align-items:center;gap:10px}
.lg{width:${desk ? 40 : 32}px;height:${desk ? 40 : 32}px;border-radius:8px;background:rgba(255,255,255,.9);display:flex;align-items:center;justify-content:center;color:#3C8CE7;font-weight:700}
.tl{font-size:${desk ? 20 : 17}px;font-weight:600}
.q{margin-left:auto;font-size:15px;display:${desk ? 'block' : 'none'}}
.main{${desk ? 'width:66.6%;margin:24px auto' : 'margin:12px 10px'}}
.mb{background:#fff;border-radius:10px;box-shadow:0 2px 12px rgba(60,140,231,.08);padding:${desk ? '22px 26px' : '16px 14px'};margin-bottom:14px}
.pt{font-size:${desk ? 19 : 17}px;font-weight:600;display:flex;align-items:center;gap:8px;margin-bottom:12px}
.pt i{width:20px;height:24px;border:3px solid #3C8CE7;border-radius:3px;position:relative}.pt i::after{content:"";position:absolute;left:3px;right:3px;top:7px;height:3px;background:#00EAFF;box-shadow:0 6px 0 #00EAFF}
.info{display:flex;${desk ? '' : 'flex-direction:column'};gap:${desk ? 18 : 6}px;border:1px solid #EEF1F6;border-radius:8px;padding:${desk ? '16px 18px' : '12px'};margin-bottom:12px}
.col{flex:1;min-width:0}
ul{list-style:none;margin:0;padding:0}li{padding:6px 0;line-height:1.55;overflow-wrap:anywhere}
strong{color:#1F2430;font-weight:600}
.tip{display:inline-block;border-radius:4px;padding:1px 8px;font-size:13px}
.ta{min-height:${desk ? 96 : 70}px;border:1px solid #E3E8F0;border-radius:6px;background:#F8FAFC;padding:8px 10px;font-size:13.5px;line-height:1.6;white-space:pre-wrap;overflow-wrap:anywhere;color:#666}
.cb{margin:10px 0 0;text-align:center;background:linear-gradient(90deg,#3C8CE7,#00EAFF);color:#fff;border-radius:6px;padding:8px 0;font-size:14px}
.nt{font-size:13.5px;line-height:1.75;white-space:pre-wrap;overflow-wrap:anywhere}
.nh{font-weight:600;color:#3C8CE7;margin-bottom:4px}
.qm{position:fixed;right:16px;bottom:${scene._device.os === 'ios' ? 40 : 24}px;width:58px;height:58px;border-radius:50%;background:linear-gradient(135deg,#3C8CE7,#00EAFF);color:#fff;display:${desk ? 'none' : 'flex'};flex-direction:column;align-items:center;justify-content:center;font-size:12px;box-shadow:0 4px 12px rgba(60,140,231,.4)}
.qm i{width:14px;height:17px;border:2px solid #fff;border-radius:2px;margin-bottom:2px}
.ft{text-align:center;color:#A0A7B4;font-size:12px;padding:6px 0 30px}
`;
    const notice = scene.notice ? `<div class="mb"><div class="nh">${l.notice}</div>${t('div', 'body', scene.notice, 'class="nt"')}</div>` : '';
    const body = `<div class="header">${topBar(scene, { dark: true, bg: 'transparent' })}<div class="hb"><span class="lg">${(scene.shop ?? '店').slice(0, 1)}</span>${t('span', 'title', scene.shop, 'class="tl"')}<span class="q">⌕ ${l.search}</span></div></div>
<div class="main">${scene.noticeFirst ? notice : ''}<div class="mb"><div class="pt"><i></i>${t('span', 'title', l.details)}</div>${scene.orders.map(box).join('')}</div>${scene.noticeFirst ? '' : notice}
<div class="ft">${scene.footer ?? `© ${scene.shop}`}</div></div>
<div class="qm"><i></i>${l.m}</div>`;
    return page(css, body);
  },
};
