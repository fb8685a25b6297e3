// The thirty-eighth blind end-to-end set (fixtures/blind38/): 14 cases written by a helper (branch b38),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind38'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is Simplified-Chinese 卡盟 and virtual-goods buyers
// on apps and shops the project had not drawn: 拼多多 direct top-ups seen from the 充值记录 list,
// 支付宝小程序 card shops, 得物 virtual goods and its 在线客服, and self-hosted 发卡 shops whose
// "QQ客服" button opens a 腾讯企点 web chat; one Hong Kong buyer (Traditional) and one English one.
// Five new app styles: `alipay-mini-order` (a 支付宝小程序 订单详情), `pdd-recharge-record` (拼多多
// 充值中心 › 充值记录), `dewu-order` (得物 订单详情 of a virtual good), `dewu-chat` (得物 在线客服) and
// `qidian-kefu` (the 腾讯企点 customer-service web chat, on a phone inside QQ or on a desktop).
// Render with `node scripts/real/render.mjs --set blind38`, then
// `node scripts/real/copy-cases.mjs --set blind38`. The set is judged once, at the end: do not tune on it.
const B = 'blind38';

const O1 = '2028060319420571836'; // 支付宝小程序 shop's own order number, 19 digits
const O2 = '280605-418826503917'; // 拼多多: date + 12 digits
const O3 = '110428060712201148'; // 得物, 18 digits
const O4 = 'H6TQ3WZ8KM2RB5XA'; // dujiaoka order_sn: 16 upper-case letters and digits
const O5 = '280610-602917384452'; // 拼多多
const O6 = '110528061109151372'; // 得物
const O7 = '1782806142009553418'; // 转转, 19 digits: this order (14 Jun)
const O7b = '1782805121936402716'; // the buyer's May order from the same seller, the one the chat is about
const O8 = '6928061616183305527'; // 抖音, 19 digits
const O9 = '280617-730264159082'; // 拼多多
const O10 = 'R8WD3KQ2P7MX5T9A'; // dujiaoka order_sn
const O11 = '2028061911031882405'; // 支付宝小程序
const O12 = '835280620201426107'; // acg-faka trade_no: 3 digits + ymdHis (2028-06-20 20:14:26) + 3 digits
const O13 = '2028062209120647719'; // 支付宝小程序
const O14 = '290280624205840363'; // acg-faka trade_no: 3 digits + 2028-06-24 20:58:40 + 3 digits

const SRC = {
  redeemed: 'a mini program\'s exchange-code errors: "此兑换码已兑换，如果疑问请联系小程序客服" (public GitHub Java file, find_string id 15423454656)',
  charging: 'a top-up shop\'s order page: "订单充值中，请耐心等待！" and "如有疑问可联系咨询客服" (public GitHub PHP file, find_string id 21284901094)',
  cdkExpired: 'a CDK redemption service: "该CDK已过期" (public GitHub TypeScript file, find_string id 70487139879)',
  cdkBanned: 'the same service: "该CDK已被禁用" (public GitHub TypeScript file, find_string id 70487139879)',
  cdkUsed: 'a CDK check: "无效的CDK码或该CDK已被使用" (public GitHub TypeScript file, find_string id 29894430789)',
  noReturn: 'an after-sale service: "虚拟商品不支持退货，仅退款" (public GitHub PHP file, find_string id 54739732366)',
  cardState: 'a card-key check: "卡密状态无效" (public GitHub Rust file, find_string id 16250965968)',
  attempts: 'a device-code activation: "激活尝试次数已达上限，激活码已失效" (public GitHub Java file, find_string id 28112126199)',
  usedRevoked: 'a WordPress membership plugin: "This activation key has already been used or revoked." (public GitHub PHP file, find_string id 66990590893)',
};

export default [
  // ── 1 b38-alipay-mini-redeemed: card_invalid, ready ───────────────────────────────────────
  {
    name: 'b38-ximalaya-redeemed', case: 'b38-alipay-mini-redeemed', file: 'Screenshot_2028-06-03-20-02-41-316_com.eg.android.AlipayGphone.jpg', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:02', battery: 64, appTitle: '听书会员 · 兑换中心',
    fields: [['兑换码', 'XMVP-****-****-7QK3'], ['兑换账号', '159****2270']], submit: '立即兑换',
    dialog: { title: '兑换失败', body: ['此兑换码已兑换，如果疑问请联系小程序客服'], buttons: ['我知道了'] },
    degrade: ['fwd:1080:86'],
    corpus: [SRC.redeemed],
    key_phrases: ['此兑换码已兑换，如果疑问请联系小程序客服'],
  },
  {
    name: 'b38-amini-order-ximalaya', case: 'b38-alipay-mini-redeemed', file: 'Screenshot_2028-06-03-20-03-15-902_com.eg.android.AlipayGphone.jpg', split: B,
    style: 'alipay-mini-order', device: 'android-1080x2400', clock: '20:03', battery: 63, mini: '乐兑卡券',
    order: {
      status: '已发货', hint: '兑换码已发放，请在24小时内兑换使用', shop: '乐兑卡券', product: '听书会员 VIP 月卡 兑换码（自动发货）', spec: '月卡 31天', price: '¥16.80', qty: 1,
      info: [['订单编号', O1, 'copy'], ['下单时间', '2028-06-03 19:41:52'], ['支付时间', '2028-06-03 19:42:05'], ['支付方式', '支付宝'], ['实付款', '¥16.80', 'money']],
      delivery: [['兑换码', 'XMVP-****-****-7QK3'], ['发货时间', '2028-06-03 19:42:08']],
      buttons: ['联系客服', '申请售后'],
    },
    degrade: ['fwd:1080:86'],
    key_phrases: [O1, '¥16.80', '听书会员 VIP 月卡'],
  },
  {
    name: 'b38-alipay-chat-ximalaya', case: 'b38-alipay-mini-redeemed', file: 'Screenshot_2028-06-03-21-18-27-544_com.eg.android.AlipayGphone.jpg', split: B,
    style: 'alipay-chat', device: 'android-1080x2400', clock: '21:18', battery: 58, title: '在线客服', subtitle: '乐兑卡券',
    messages: [
      { from: 'time', text: '20:05' },
      { from: 'buyer', text: `你好，订单${O1}买的听书会员月卡，兑换码一输就提示“此兑换码已兑换，如果疑问请联系小程序客服”，我这是刚收到的码` },
      { from: 'time', text: '21:16' },
      { from: 'merchant', text: '查到了，这张码下午已经卖给另一位顾客并被兑换了，晚上系统又发给了您，是我们库存出错。您在订单里申请售后，退款原因勾选「卡密无效」，货款全额退回给您' },
      { from: 'buyer', text: '好的，现在去申请' },
    ],
    degrade: ['fwd:1080:86'],
    corpus: [SRC.redeemed],
    key_phrases: [O1, '是我们库存出错', '货款全额退回给您'],
  },

  // ── 2 b38-pdd-record-nr: not_received, ready ──────────────────────────────────────────────
  {
    name: 'b38-pdd-record-charging', case: 'b38-pdd-record-nr', file: 'Screenshot_20280606_093614.jpg', split: B,
    style: 'pdd-recharge-record', device: 'android-1080x2400', clock: '09:36', battery: 81, tab: '游戏', cover: '#f6c453,#e07b24',
    tip: '直充订单一般10分钟内到账，遇通道繁忙会稍有延迟',
    records: [
      {
        shop: '星驰游戏直充店', status: '充值中', tone: 'wait', title: '和平精英 600点券 直充（QQ区）', amount: '¥58.00',
        lines: ['充值账号：QQ 28****517', `订单编号：${O2}`, '下单时间：2028-06-05 21:14:36'],
        hint: '订单充值中，请耐心等待！如有疑问可联系咨询客服', buttons: ['联系商家', '申请退款'],
      },
      { shop: '星驰游戏直充店', status: '充值成功', tone: 'ok', title: '和平精英 60点券 直充（QQ区）', amount: '¥5.90', lines: ['充值账号：QQ 28****517', '下单时间：2028-05-02 19:40:11'], buttons: ['再次充值'] },
    ],
    degrade: ['fwd:1080:84'],
    corpus: [SRC.charging],
    key_phrases: [O2, '¥58.00', '充值中'],
  },
  {
    name: 'b38-pdd-chat-charging', case: 'b38-pdd-record-nr', file: 'Screenshot_20280606_100248.jpg', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '10:02', battery: 79, title: '星驰游戏直充店',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '和平精英 600点券 直充（QQ区）', price: '¥58.00', order: `订单编号：${O2}`, status: '充值中' } },
      { from: 'time', text: '昨天 22:10' },
      { from: 'buyer', text: '付款快一个小时了，游戏里点券一点没加，记录一直显示充值中' },
      { from: 'time', text: '09:31' },
      { from: 'buyer', text: '一晚上过去了还是没到，还能不能充进去？' },
      { from: 'merchant', text: '亲，实在抱歉，这个区的直充通道从昨晚起一直在维护，您这单没有充进去，也没法保证什么时候恢复' },
      { from: 'merchant', text: '您直接在订单里申请退款，理由勾选「未收到货」，提交上来我这边就通过' },
    ],
    degrade: ['fwd:1080:84'],
    key_phrases: [O2, '您这单没有充进去', '提交上来我这边就通过'],
  },

  // ── 3 b38-dewu-late: late_delivery, ready ─────────────────────────────────────────────────
  {
    name: 'b38-dewu-order-late', case: 'b38-dewu-late', file: 'IMG_5128.PNG', split: B,
    style: 'dewu-order', device: 'iphone-1170x2532', clock: '19:12', battery: 46, cover: '#ef4444,#7f1d1d',
    order: {
      status: '待发货', statusLine: '商家承诺付款后2小时内发放兑换码', notice: '虚拟商品：兑换码发放至订单详情，不支持七天无理由退货',
      product: '音乐会员 黑胶VIP 年卡 兑换码', spec: '12个月 | 官方兑换码', price: '¥138.00',
      money: [['商品金额', '¥138.00'], ['实付款', '¥138.00', 'pay']],
      info: [['订单编号', O3, 'copy'], ['创建时间', '2028-06-07 12:19:48'], ['支付时间', '2028-06-07 12:20:11'], ['支付方式', '支付宝']],
      buttons: ['联系客服', '申请退款'],
    },
    key_phrases: [O3, '¥138.00', '待发货', '付款后2小时内发放兑换码'],
  },
  {
    name: 'b38-dewu-chat-late', case: 'b38-dewu-late', file: 'IMG_5131.PNG', split: B,
    style: 'dewu-chat', dark: true, device: 'iphone-1170x2532', clock: '19:20', battery: 45, title: '得物客服',
    item: { title: '音乐会员 黑胶VIP 年卡 兑换码', order: `订单号 ${O3}`, price: '¥138.00', status: '待发货', cover: '#ef4444,#7f1d1d' },
    messages: [
      { from: 'time', text: '15:06' },
      { from: 'buyer', text: '页面写付款后2小时内发码，现在快三个小时了还是待发货' },
      { from: 'merchant', name: '小得', text: '亲亲，已为您催促商家尽快发货，请耐心等待哦～' },
      { from: 'time', text: '18:58' },
      { from: 'buyer', text: '又等了快四个小时，还是没有码，转人工' },
      { from: 'system', text: '客服 阿澄 为您服务' },
      { from: 'merchant', name: '阿澄', text: '您好，查询到该商家的兑换码一直未补到货，已经超过承诺的2小时发货时间。您可以直接申请退款，理由勾选「延迟发货」，系统会优先处理' },
    ],
    key_phrases: [O3, '已经超过承诺的2小时发货时间', '系统会优先处理'],
  },

  // ── 4 b38-qidian-private: not_received, ready/weak + private-channel ───────────────────────
  {
    name: 'b38-dujiao-waiting', case: 'b38-qidian-private', file: 'IMG_2286.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '10:41', battery: 88, shop: '青柠卡铺', accent: '#16a34a',
    order: {
      query: O4, statusTone: 'wait',
      rows: [['订单号', O4], ['商品名称', '视频平台 黄金VIP 年卡 兑换码（手工发货）'], ['实付金额', '¥118.00'], ['支付方式', '支付宝'], ['订单状态', '待处理', 'status'], ['下单时间', '2028-06-08 20:30:47']],
      note: ['手工发货商品，付款后12小时内由客服发出，请留意订单页。'],
    },
    key_phrases: [O4, '¥118.00', '待处理'],
  },
  {
    name: 'b38-qidian-private-wx', case: 'b38-qidian-private', file: 'IMG_2291.JPG', split: B,
    style: 'qidian-kefu', device: 'iphone-1170x2532', clock: '10:58', battery: 86, title: '青柠卡铺', host: 'wpa1.qq.com',
    messages: [
      { from: 'time', text: '10:44' },
      { from: 'buyer', text: `订单${O4}，昨晚八点半付的款，说12小时内发，到现在还是待处理` },
      { from: 'system', text: '客服 小柠 已接入' },
      { from: 'merchant', name: '小柠', text: '亲，这款年卡的货源停了，补不到' },
      { from: 'merchant', name: '小柠', text: '平台退款要等好几天，你添加一下我的微信 qn_kf0618，我这边用微信把118转给你，你就别在网站上申请退款了' },
      { from: 'buyer', text: '微信就不加了，没发货我就在网站上申请退款' },
      { from: 'merchant', name: '小柠', text: '行吧，那你提交，我们后台会处理' },
    ],
    degrade: ['fwd:540:55'],
    key_phrases: [O4, '用微信把118转给你', '没发货我就在网站上申请退款'],
  },

  // ── 5 b38-pdd-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────────────
  {
    name: 'b38-pdd-record-wrong', case: 'b38-pdd-wrong-near', file: 'Screenshot_20280610_144102.jpg', split: B,
    style: 'pdd-recharge-record', device: 'android-1080x2400', clock: '14:41', battery: 37, tab: '游戏', cover: '#60a5fa,#1d4ed8',
    records: [
      {
        shop: '满格游戏充值', status: '待充值', tone: 'wait', title: '王者荣耀 点券 1200 直充（苹果QQ区）', amount: '¥118.00',
        lines: ['充值账号：QQ 74****208', `订单编号：${O5}`, '下单时间：2028-06-10 14:02:16'],
        hint: '点券未充入前可申请退款；充入账号后不支持退款', buttons: ['联系商家', '申请退款'],
      },
    ],
    degrade: ['fwd:1080:90'],
    key_phrases: [O5, '¥118.00', '待充值', '点券未充入前可申请退款'],
  },
  {
    name: 'b38-pdd-chat-wrong', case: 'b38-pdd-wrong-near', file: 'Screenshot_20280610_144527.jpg', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '14:45', battery: 36, title: '满格游戏充值',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '王者荣耀 点券 1200 直充（苹果QQ区）', price: '¥118.00', order: `订单编号：${O5}`, status: '待充值' } },
      { from: 'time', text: '14:06' },
      { from: 'buyer', text: '老板这单先不要充！我号是安卓QQ区的，下单点成苹果区了' },
      { from: 'buyer', text: '这单帮我取消吧，我重新拍安卓区的' },
      { from: 'time', text: '14:39' },
      { from: 'merchant', text: '看到了，这单还没充，您在订单里申请退款就行，我同意' },
    ],
    degrade: ['fwd:1080:90'],
    key_phrases: [O5, '下单点成苹果区了', '这单还没充'],
  },

  // ── 6 b38-dewu-cdk-passed: card_invalid, not-ready (deadline-passed) ───────────────────────
  {
    name: 'b38-cdk-expired', case: 'b38-dewu-cdk-passed', file: 'IMG_6620.PNG', split: B,
    style: 'game-topup', device: 'iphone-1170x2532', clock: '21:31', battery: 52,
    game: { title: '礼包兑换', name: '云梦Online 福利中心', hue: '#6d28d9', fields: [['角色', '墨染青衫（星河服）'], ['CDK', 'YM2Y-****-****-A6F9']], submit: '立即兑换', tips: ['每个CDK限兑换一次'] },
    dialog: { title: '兑换失败', body: ['该CDK已过期'], buttons: ['确定'] },
    corpus: [SRC.cdkExpired],
    key_phrases: ['该CDK已过期'],
  },
  {
    name: 'b38-dewu-order-cdk', case: 'b38-dewu-cdk-passed', file: 'IMG_6623.PNG', split: B,
    style: 'dewu-order', device: 'iphone-1170x2532', clock: '21:34', battery: 51, cover: '#a78bfa,#4c1d95',
    order: {
      status: '交易成功', statusLine: '兑换码已发放，可在下方查看', notice: '虚拟商品：卡密类商品请在发货后24小时内核验使用，逾期问题不予处理',
      product: '云梦Online 周年庆礼包 CDK', spec: '周年庆礼包 | 全服通用', price: '¥39.00',
      money: [['商品金额', '¥39.00'], ['实付款', '¥39.00', 'pay']],
      info: [['订单编号', O6, 'copy'], ['创建时间', '2028-06-11 09:15:09'], ['支付时间', '2028-06-11 09:15:31'], ['支付方式', '微信支付'], ['发货时间', '2028-06-11 09:15:40']],
      secret: [['CDK', 'YM2Y-****-****-A6F9']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O6, '¥39.00', '交易成功', '发货后24小时内核验使用'],
  },
  {
    name: 'b38-dewu-chat-cdk', case: 'b38-dewu-cdk-passed', file: 'IMG_6631.PNG', split: B,
    style: 'dewu-chat', device: 'iphone-1170x2532', clock: '21:52', battery: 49, title: '得物客服',
    item: { title: '云梦Online 周年庆礼包 CDK', order: `订单号 ${O6}`, price: '¥39.00', status: '交易成功', cover: '#a78bfa,#4c1d95' },
    chips: ['申请售后', '转人工'],
    messages: [
      { from: 'time', text: '21:36' },
      { from: 'buyer', text: '昨天买的礼包CDK，今晚头一回拿去兑换，提示“该CDK已过期”' },
      { from: 'system', text: '客服 小鹿 为您服务' },
      { from: 'merchant', name: '小鹿', text: '您好，商品页和订单页都提示卡密类商品需在发货后24小时内核验。您的订单是6月11日09:15发货，到现在已过了24小时的核验时效，商家表示无法再为您处理' },
      { from: 'buyer', text: '这码我从没用过啊' },
    ],
    key_phrases: [O6, '已过了24小时的核验时效', '该CDK已过期'],
  },

  // ── 7 b38-zz-other-order: card_invalid, not-ready (order-id-mismatch) ─────────────────────
  {
    name: 'b38-zz-order-this', case: 'b38-zz-other-order', file: 'Screenshot_20280614_212208.jpg', split: B,
    style: 'zhuanzhuan-order', device: 'android-1080x2400', clock: '21:22', battery: 62,
    order: {
      status: '交易成功', statusLine: '卖家已发货，兑换码在聊天中查看',
      seller: '拾光游戏福利社', sellerNo: '90417263', title: '幻域纪元 端游 礼包CDK 豪华版', price: '¥26.00',
      rows: [['订单编号', O7, true], ['下单时间', '2028-06-14 20:09:41'], ['付款时间', '2028-06-14 20:09:55'], ['发货时间', '2028-06-14 20:12:30'], ['支付方式', '微信支付'], ['实付款', '¥26.00']],
      buttons: ['联系卖家', '申请售后'],
    },
    degrade: ['fwd:1080:85'],
    key_phrases: [O7, '¥26.00', '交易成功'],
  },
  {
    name: 'b38-cdk-used-coloros', case: 'b38-zz-other-order', file: 'Screenshot_20280614_213540.jpg', split: B,
    style: 'rom-dialog', device: 'android-1080x2400', rom: 'coloros', clock: '21:35', battery: 60,
    screen: { kind: 'redeem', title: 'CDK兑换', color: '#0f766e', fields: [['游戏账号', 'hy****_ling'], ['服务器', '风起·二区'], ['CDK', 'HYJY-****-****-0D7K']], submit: '兑换', notes: ['兑换成功后奖励通过游戏邮件发放'] },
    dialog: { title: '兑换失败', body: ['无效的CDK码或该CDK已被使用'], buttons: ['取消', '重新输入'] },
    degrade: ['fwd:1080:85'],
    corpus: [SRC.cdkUsed],
    key_phrases: ['无效的CDK码或该CDK已被使用'],
  },
  {
    name: 'b38-zz-chat-other', case: 'b38-zz-other-order', file: 'Screenshot_20280614_214811.jpg', split: B,
    style: 'zhuanzhuan-chat', dark: true, device: 'android-1080x2400', clock: '21:48', battery: 58, title: '拾光游戏福利社', subtitle: '转转号 90417263',
    item: { title: '幻域纪元 端游 礼包CDK 普通版', price: '¥12.00', status: '交易成功' },
    messages: [
      { from: 'time', text: '21:37' },
      { from: 'buyer', text: `老板，上个月在你家拍的那单 ${O7b}，礼包码一直没用，今天兑换提示“无效的CDK码或该CDK已被使用”` },
      { from: 'buyer', type: 'image', hue: 170, w: 110, h: 200 },
      { from: 'merchant', text: `${O7b} 是5月12号发的普通版，码的兑换期到6月1号，过期以后游戏那边就会这么提示` },
      { from: 'merchant', text: '都一个多月了，这单没法售后了' },
    ],
    degrade: ['fwd:1080:85'],
    key_phrases: [O7b, '5月12号发的普通版'],
  },

  // ── 8 b38-douyin-return: activation_failed, request return, not-ready ───────────────────────
  {
    name: 'b38-douyin-order-rec', case: 'b38-douyin-return', file: 'Screenshot_20280616_164812.png', split: B,
    style: 'douyin-order', device: 'android-1080x2400', clock: '16:48', battery: 71,
    order: {
      status: '已完成', statusLine: '激活码已发放，可在订单详情查看',
      shop: '极光效率软件店', title: '闪录大师 录屏软件 永久VIP 激活码 电脑版', spec: '永久VIP | 1台电脑', price: '¥49.90', paid: '¥49.90',
      rows: [['订单编号', O8, true], ['下单时间', '2028-06-16 16:18:02'], ['支付方式', '抖音支付'], ['支付时间', '2028-06-16 16:18:09'], ['发货时间', '2028-06-16 16:18:33']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O8, '¥49.90', '闪录大师'],
  },
  {
    name: 'b38-cdk-banned', case: 'b38-douyin-return', file: 'Screenshot_20280616_163405.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '16:34', battery: 74, appTitle: '闪录大师 · 激活VIP',
    fields: [['激活码', 'SLDS-****-****-3KP8'], ['设备', 'Redmi K70']], submit: '激活',
    dialog: { title: '激活失败', body: ['该CDK已被禁用'], buttons: ['确定'] },
    corpus: [SRC.cdkBanned],
    key_phrases: ['该CDK已被禁用'],
  },
  {
    name: 'b38-douyin-chat-return', case: 'b38-douyin-return', file: 'Screenshot_20280616_172631.png', split: B,
    style: 'douyin-chat', device: 'android-1080x2400', clock: '17:26', battery: 67, title: '极光效率软件店', subtitle: '官方客服',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '闪录大师 录屏软件 永久VIP 激活码 电脑版', price: '¥49.90', order: `订单号：${O8}`, status: '已完成' } },
      { from: 'time', text: '16:40' },
      { from: 'buyer', text: '激活码刚输进去就提示“该CDK已被禁用”，一次都没激活成功' },
      { from: 'merchant', text: '亲，核实了，这批码被软件官方停用了，我们收货时没查出来，可以给您退款' },
      { from: 'buyer', text: '那我申请退货退款，激活码还给你们' },
      { from: 'merchant', text: '亲，虚拟商品不支持退货，仅退款。售后类型选“仅退款”就可以，我们同意' },
      { from: 'buyer', text: '我就选退货退款，这个激活码我不要了' },
    ],
    corpus: [SRC.cdkBanned, SRC.noReturn],
    key_phrases: [O8, '虚拟商品不支持退货，仅退款', '我就选退货退款'],
  },

  // ── 9 b38-pdd-card-nochat: card_invalid, not-ready (chat-missing) ───────────────────────────
  {
    name: 'b38-pdd-order-card', case: 'b38-pdd-card-nochat', file: 'Screenshot_20280617_193520.jpg', split: B,
    style: 'pdd-order', device: 'android-1080x2400', clock: '19:35', battery: 44, cover: '#f59e0b,#b45309',
    order: {
      status: '已发货', promise: '卡密已发放，可在订单详情查看', notice: '卡券类商品：卡密发放后请尽快使用',
      shop: '橙子卡券专营店', product: '鲜橙影视 会员 月卡 卡密', spec: '月卡 | 卡密自动发货', price: '¥15.90',
      money: [['商品总价', '¥15.90'], ['实付', '¥15.90', 'pay']],
      info: [['订单编号', O9], ['下单时间', '2028-06-17 10:04:47'], ['支付方式', '微信支付'], ['拼单成功时间', '2028-06-17 10:04:55']],
    },
    degrade: ['fwd:1080:82'],
    key_phrases: [O9, '¥15.90', '已发货'],
  },
  {
    name: 'b38-card-state-harmony', case: 'b38-pdd-card-nochat', file: 'Screenshot_20280617_193244.jpg', split: B,
    style: 'rom-dialog', dark: true, device: 'android-1080x2400', rom: 'harmony', clock: '19:32', battery: 45,
    screen: { kind: 'redeem', title: '会员卡密激活', color: '#ea580c', fields: [['账号', '186****3305'], ['卡密', 'XC30-****-****-M2W5']], submit: '立即激活', notes: ['激活后会员即时生效'] },
    dialog: { title: '激活失败', body: ['卡密状态无效'], buttons: ['取消', '重试'] },
    degrade: ['fwd:720:62'],
    corpus: [SRC.cardState],
    key_phrases: ['卡密状态无效'],
  },

  // ── 10 b38-qidian-act-threat: activation_failed, ready/weak + threatening-language ─────────
  {
    name: 'b38-msgbox-attempts', case: 'b38-qidian-act-threat', file: 'Screenshot 2028-06-18 140816.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '14:08', date: '2028/6/18', winX: 560, winY: 200,
    app: { title: '速编PDF 专业版', color: '#DC2626', heading: '软件激活', button: '激活', fields: [['机器码', 'A3F9-71C2-0E5B-D48A'], ['激活码', 'SBPDF-****-****-****-Q7TM']], version: '版本 6.2.0 · 未激活' },
    box: { title: '速编PDF', icon: 'error', text: '激活尝试次数已达上限，激活码已失效', buttons: ['确定'] },
    corpus: [SRC.attempts],
    key_phrases: ['激活尝试次数已达上限，激活码已失效'],
  },
  {
    name: 'b38-dujiao-pdf', case: 'b38-qidian-act-threat', file: 'Screenshot 2028-06-18 141130.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '正版软件小站', accent: '#dc2626',
    order: {
      query: O10,
      rows: [['订单号', O10], ['商品名称', '速编PDF 专业版 永久激活码（1台电脑）'], ['实付金额', '¥59.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-06-18 13:39:12']],
      code: 'SBPDF-****-****-****-Q7TM',
      note: ['打开速编PDF → 帮助 → 软件激活，粘贴激活码即可。激活问题请在24小时内联系客服。'],
    },
    key_phrases: [O10, '¥59.00', '已完成'],
  },
  {
    name: 'b38-qidian-desk-threat', case: 'b38-qidian-act-threat', file: 'Screenshot 2028-06-18 163402.png', split: B,
    style: 'qidian-kefu', device: 'desktop-1920x1080', title: '正版软件小站', tabTitle: '正版软件小站 - 在线客服', url: 'https://wpa1.qq.com/', buyerName: '访客', merchantName: '客服 阿飞',
    side: ['正版软件小站', '服务时间 09:00–23:00', '激活问题请提供订单号和报错截图'],
    messages: [
      { from: 'time', text: '2028-06-18 14:15' },
      { from: 'buyer', at: '14:15', text: `订单${O10}，速编PDF激活码第一次激活就提示“激活尝试次数已达上限，激活码已失效”，截图在这` },
      { from: 'buyer', at: '14:15', type: 'image', hue: 0, w: 240, h: 140 },
      { from: 'merchant', at: '14:31', text: '您好，这个码可能之前被别的电脑激活过，我们找供应商核实一下，稍等' },
      { from: 'buyer', at: '16:05', text: '一个半小时了还在核实？你们就是一群骗子，今天不退钱我就去消费者协会投诉，再把你们店挂到网上曝光' },
      { from: 'merchant', at: '16:33', text: '核实好了，这个码出库前已经被激活过。您在订单页申请售后，我们这边会通过退款' },
    ],
    key_phrases: [O10, '你们就是一群骗子', '我们这边会通过退款'],
  },

  // ── 11 b38-alipay-mini-partial: not_received (59.00 of 147.50), ready/weak + refund-partial ─
  {
    name: 'b38-amini-order-partial', case: 'b38-alipay-mini-partial', file: 'IMG_3054.PNG', split: B,
    style: 'alipay-mini-order', device: 'iphone-1170x2532', clock: '14:20', battery: 72, mini: '卡卡游戏点卡', accent: '#1677FF', cover: '#fca5a5,#b91c1c',
    order: {
      status: '部分发货', hint: '已发放 3 张，剩余 2 张待补货', shop: '卡卡游戏点卡', product: '网易一卡通 30元 卡密', spec: '30元面值', price: '¥29.50', qty: 5,
      info: [['订单编号', O11, 'copy'], ['下单时间', '2028-06-19 11:02:40'], ['支付时间', '2028-06-19 11:03:02'], ['支付方式', '支付宝'], ['实付款', '¥147.50', 'money']],
      delivery: [['卡密 1', '1201****8830 / ******4417'], ['卡密 2', '1201****8831 / ******0962'], ['卡密 3', '1201****8832 / ******7325'], ['卡密 4–5', '待补货']],
      buttons: ['联系客服', '申请退款'],
    },
    key_phrases: [O11, '¥147.50', '部分发货'],
  },
  {
    name: 'b38-alipay-chat-partial', case: 'b38-alipay-mini-partial', file: 'IMG_3057.PNG', split: B,
    style: 'alipay-chat', dark: true, device: 'iphone-1170x2532', clock: '14:52', battery: 70, title: '在线客服', subtitle: '卡卡游戏点卡',
    messages: [
      { from: 'time', text: '13:40' },
      { from: 'buyer', text: `订单${O11}买了5张网易一卡通30元，只发了3张，剩下2张两个多小时了还没发` },
      { from: 'merchant', text: '您好，3张已经发到订单里了，剩下2张供货商那边暂时没货，今天补不上' },
      { from: 'merchant', text: '没发的2张给您退59元，您申请退款的时候退款金额写59.00，发出去的3张不受影响' },
      { from: 'buyer', text: '行，那3张我已经充进游戏了，就退那2张' },
    ],
    key_phrases: [O11, '退款金额写59.00', '供货商那边暂时没货'],
  },

  // ── 12 b38-hk-faka-region-nad: not_as_described, ready (Traditional) ─────────────────────────
  {
    name: 'b38-acg-tw-region', case: 'b38-hk-faka-region-nad', file: 'IMG_7702.PNG', split: B,
    style: 'acg-faka-query', lang: 'tw', device: 'iphone-1170x2532', clock: '11:04', battery: 69, shop: '蘋果帳號小舖', cover: '#93c5fd,#1e3a8a',
    order: {
      query: O12, status: 'paid', delivery: 'shipped', no: O12, created: '2028-06-20 20:14:26', paidAt: '2028-06-20 20:15:03', pay: '支付寶', amount: '45.00',
      product: 'Apple ID 香港區 全新帳號（可下載港區App）', qty: 1, secret: '帳號：hk****@icloud.com　密碼：********　地區：美國',
      leave: ['登入後請勿更改密保資料；帳號問題請在72小時內聯繫客服。'],
    },
    key_phrases: [O12, 'Apple ID 香港區', '地區：美國'],
  },
  {
    name: 'b38-qidian-tw-region', case: 'b38-hk-faka-region-nad', file: 'IMG_7705.PNG', split: B,
    style: 'qidian-kefu', device: 'iphone-1170x2532', clock: '11:32', battery: 67, title: '蘋果帳號小舖', host: 'wpa1.qq.com',
    messages: [
      { from: 'time', text: '10:52' },
      { from: 'buyer', text: `訂單 ${O12}，買的是香港區 Apple ID，發過來的帳號登入後 App Store 顯示是美國區，港區的 App 一個都下載不到` },
      { from: 'buyer', text: '商品頁寫明「香港區」，我需要的是港區帳號' },
      { from: 'system', text: '客服 阿杰 已接入' },
      { from: 'merchant', name: '阿杰', text: '核实了，这批是美区账号，给您发错了，和商品描述不符。您在订单页申请售后，退款原因勾选「描述不符」，提交后我们会通过' },
      { from: 'buyer', text: '好，我而家去申請' },
    ],
    key_phrases: [O12, '和商品描述不符', '美國區'],
  },

  // ── 13 b38-wecom-late-noreply: late_delivery, ready/weak + chat-no-reply ─────────────────────
  {
    name: 'b38-amini-order-late', case: 'b38-wecom-late-noreply', file: 'Screenshot_20280623_090405.png', split: B,
    style: 'alipay-mini-order', dark: true, device: 'android-1080x2400', clock: '09:04', battery: 83, mini: '乐充会员', cover: '#f9a8d4,#be185d',
    order: {
      status: '充值中', hint: '预计付款后10分钟内到账', shop: '乐充会员', product: '视频弹幕站 大会员 年卡 账号直充', spec: '年卡 12个月', price: '¥148.00', qty: 1,
      info: [['订单编号', O13, 'copy'], ['下单时间', '2028-06-22 09:11:49'], ['支付时间', '2028-06-22 09:12:06'], ['支付方式', '支付宝'], ['实付款', '¥148.00', 'money']],
      delivery: [['充值账号', '137****5092']], deliveryTitle: '充值信息',
      note: ['账号直充，付款后10分钟内到账；超时未到账可联系企业微信客服或申请退款。'],
      buttons: ['联系客服', '申请退款'],
    },
    key_phrases: [O13, '¥148.00', '充值中', '付款后10分钟内到账'],
  },
  {
    name: 'b38-wecom-noreply', case: 'b38-wecom-late-noreply', file: 'Screenshot_20280623_091238.png', split: B,
    style: 'wecom', device: 'android-1080x2400', clock: '09:12', battery: 82, title: '乐充会员-售后', corp: '乐充会员',
    messages: [
      { from: 'time', text: '昨天 09:48' },
      { from: 'buyer', read: false, text: `你好，订单${O13}，大会员年卡直充，付款半小时了还没到账` },
      { from: 'time', text: '昨天 13:20' },
      { from: 'buyer', read: false, text: '四个小时了还是充值中，说好的10分钟呢？' },
      { from: 'buyer', type: 'image', hue: 330, w: 110, h: 200 },
      { from: 'time', text: '08:57' },
      { from: 'buyer', read: false, text: `一天了，订单${O13}还是没到账，发的消息到现在都显示未读，退款我已经提交` },
    ],
    key_phrases: [O13, '说好的10分钟呢'],
  },

  // ── 14 b38-en-faka-key-revoked: activation_failed, ready (English) ───────────────────────────
  {
    name: 'b38-msgbox-used-revoked', case: 'b38-en-faka-key-revoked', file: 'Screenshot 2028-06-24 212704.png', split: B,
    style: 'win-msgbox', dark: true, device: 'desktop-1920x1080', clock: '21:27', date: '2028/6/24', winX: 620, winY: 220,
    app: { title: 'NoteFrame Pro', color: '#0D9488', heading: 'Activate NoteFrame Pro', button: 'Activate', fields: [['Activation key', 'NFP-****-****-****-7RXC'], ['Computer', 'DESKTOP-MAX24']], version: 'NoteFrame Pro 4.1 · Free edition' },
    box: { title: 'NoteFrame Pro', icon: 'error', text: 'This activation key has already been used or revoked.', buttons: ['OK'] },
    corpus: [SRC.usedRevoked],
    key_phrases: ['This activation key has already been used or revoked.'],
  },
  {
    name: 'b38-acg-en-noteframe', case: 'b38-en-faka-key-revoked', file: 'Screenshot 2028-06-24 213015.png', split: B,
    style: 'acg-faka-query', lang: 'en', device: 'desktop-1366x768', shop: 'KeyCove', cover: '#5eead4,#0f766e',
    order: {
      query: O14, status: 'paid', delivery: 'shipped', no: O14, created: '2028-06-24 20:58:40', paidAt: '2028-06-24 20:59:13', pay: 'Alipay', amount: '68.00',
      product: 'NoteFrame Pro 4 – Lifetime licence key (1 PC)', qty: 1, secret: 'Key: NFP-****-****-****-7RXC',
      leave: ['Open NoteFrame → Help → Activate and paste the key. Report activation problems within 24 hours.'],
    },
    key_phrases: [O14, 'NoteFrame Pro 4'],
  },
  {
    name: 'b38-qidian-en-revoked', case: 'b38-en-faka-key-revoked', file: 'IMG_0918.PNG', split: B,
    style: 'qidian-kefu', dark: true, device: 'iphone-1170x2532', clock: '08:12', battery: 91, title: 'KeyCove', host: 'wpa1.qq.com',
    messages: [
      { from: 'time', text: 'Yesterday 21:35' },
      { from: 'buyer', text: `Hi, order ${O14}. The NoteFrame Pro key says "This activation key has already been used or revoked." on the first try.` },
      { from: 'system', text: '客服 Leo 已接入' },
      { from: 'merchant', name: 'Leo', text: 'Thanks for your patience. We checked with the publisher: this key was refunded by an earlier buyer and switched off. Our system should never have sent it again.' },
      { from: 'merchant', name: 'Leo', text: 'Please request a refund on the order page (reason: activation failed) and we will approve it this morning.' },
      { from: 'buyer', text: 'Thanks, submitting it now.' },
    ],
    key_phrases: [O14, 'should never have sent it again', 'we will approve it'],
  },
];
