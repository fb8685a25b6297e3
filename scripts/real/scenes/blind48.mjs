// The forty-eighth blind end-to-end set (fixtures/blind48/): 14 cases written by a helper (branch b48),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind48'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is mainland Chinese buyers of 卡密 / 充值 / 账号 goods in
// the shopping apps' own pages: Kuaishou, Pinduoduo, JD, Douyin, WeChat Channels, Alipay and QQ.
// Mostly Simplified Chinese, one Hong Kong buyer in Traditional Chinese, two cases in English
// (WeChat set to English). Six new app styles: `ks-shop-order` (快手小店 订单详情), `pdd-card-detail`
// (拼多多 卡密信息), `eleme-redeem` (饿了么 兑换卡券), `qq-channel` (a QQ 频道 sub-channel),
// `jd-kefu-web` (京东客服 in a desktop browser) and `wx-channels-order` (视频号小店 order details,
// Chinese or English UI).
// Render with `node scripts/real/render.mjs --set blind48`, then
// `node scripts/real/copy-cases.mjs --set blind48`. The set is judged once, at the end: do not tune on it.
const B = 'blind48';

const O1 = '2418830675204938716'; // 快手小店, 19 digits
const O2 = '281105-390275816644'; // 拼多多 (yymmdd-12 digits)
const O3 = 'XY2028110820053317'; // an Alipay mini program shop: 2 letters + 16 digits
const O4 = '312774058196'; // JD, 12 digits
const O5 = '3718892401577263104'; // 视频号小店, 19 digits
const O6 = '2419006283371149205';
const O7 = '6937715280446193842'; // 抖音商城, 19 digits
const O8 = '312907745163'; // this JD order (思维导图 professional, 15 Nov)
const O8b = '311845590238'; // the buyer's October JD order, the one the chat is about
const O9 = '281116-552013978420';
const O10 = '20281118090215447312'; // a WeChat mini program shop, 20 digits (date and time inside)
const O11 = '3719042281650937601';
const O12 = '3719210075338842113';
const O13 = '2419377016652804118';
const O14 = 'SD2028112408401259';

const SRC = {
  usedAgain: 'a card-key check: "该卡密已被使用，无法再次使用" (public GitHub TypeScript file, find_string id 66869078002), put on a video site\'s redeem page',
  autoReply: 'a shop bot\'s keyword replies: "您好，请提供问题截图，我们24小时内核实后补发或退款。" (public GitHub Python file, find_string id 55903905080)',
  hexiao: 'a WeChat card-voucher module: "卡券已核销或已失效" (public GitHub PHP file, find_string id 207078222)',
  checkSoon: 'a card shop\'s notice list: "卡密类商品属于特殊虚拟商品，交付后请及时核对，如有异常请尽快联系售前。" (public GitHub JavaScript file, find_string id 55758426088)',
  charging: 'a top-up order page\'s state lines: "下单充值中，请耐心等待", "充值完成,祝您生活愉快~" (public GitHub JavaScript file, find_string id 33790917766)',
  region: 'a coupon service\'s error table: "该手机号所在区域不支持兑换" (public GitHub Java file, find_string id 31232603533)',
  auto3s: 'a video-VIP top-up page\'s notes: "本平台业务为自动充值（一般3秒—1分钟左右）" (public GitHub mini-program file, find_string id 10941983), translated into English for the English page and quoted in Chinese in another case',
  checkAcct: 'the same notes: "因虚拟产品特殊性，充值前请核对充值账号，一旦充值成功将无法转移和退款；" (public GitHub mini-program file, find_string id 10941983)',
  unused: 'a coupon-claim check: "此领券码已失效或已被领取" (public GitHub Java file, find_string id 25251392795)',
  disabled: 'a licence server: "激活码已被禁用，请联系管理员" (public GitHub JavaScript file, find_string id 62528778464)',
  giftCharge: 'a gift-card activation servlet: "礼品卡激活成功，但充值失败，请联系客服人员" (public GitHub Java file, find_string id 22960844760)',
  daily: 'the same servlet: "一天只能激活20张礼品卡，请稍后再激活" (public GitHub Java file, find_string id 22960844760)',
  banned: 'a login API: "账号已被封禁，原因：{ban_reason}，解封时间：{end_text}" with "永久" for no end (public GitHub PHP file, find_string id 71554235402), the reason filled in',
  redeemedEn: 'a voucher error table: "This voucher has already been redeemed and cannot be used again." (public GitHub TypeScript file, find_string id 1241261281)',
  afterSale: 'a shop\'s FAQ: "支持退款吗？虚拟商品发货后非质量问题不支持退款。" (public GitHub Vue file, find_string id 52393175136)',
};

export default [
  // ── 1 b48-ks-vip-used: card_invalid, ready ─────────────────────────────────────────────────
  {
    name: 'b48-ks-order-vip', case: 'b48-ks-vip-used', file: 'Screenshot_2028-11-03-21-12-40-318_com.smile.gifmaker.jpg', split: B,
    style: 'ks-shop-order', device: 'android-1080x2400', degrade: ['fwd:1080:88'], clock: '21:12', battery: 47, cover: '#FF8A00,#F5365C',
    order: {
      status: '交易成功', statusLine: '兑换码已发放，请在订单内查看',
      shop: '乐享影音卡券店', title: '芒果TV VIP会员 月卡 31天 兑换码 自动发货', spec: '月卡 | 兑换码', price: '¥15.80',
      rows: [['订单编号', O1, true], ['下单时间', '2028-11-03 19:20:11'], ['支付方式', '微信支付'], ['支付时间', '2028-11-03 19:20:11'], ['发货时间', '2028-11-03 19:20:15']],
      buttons: ['联系商家', '申请售后'],
    },
    key_phrases: [O1, '¥15.80', '芒果TV VIP会员'],
  },
  {
    name: 'b48-mgtv-redeem-used', case: 'b48-ks-vip-used', file: 'Screenshot_2028-11-03-19-31-05-772_com.android.browser.jpg', split: B,
    style: 'vip-redeem-web', device: 'android-1080x2400', degrade: ['fwd:1080:88'], ok: false, clock: '19:31', battery: 58,
    site: { name: '芒果TV', color: '#FF5F00' }, user: '小满****', userLine: '当前未开通会员',
    code: 'MGTV********4QX8', lines: ['该卡密已被使用，无法再次使用'],
    tips: ['1. 兑换码区分大小写，请按订单内原样输入；', '2. 兑换成功后会员立即生效。'],
    corpus: [SRC.usedAgain],
    key_phrases: ['该卡密已被使用，无法再次使用'],
  },
  {
    name: 'b48-ks-dm-vip', case: 'b48-ks-vip-used', file: 'Screenshot_2028-11-03-21-05-52-104_com.smile.gifmaker.jpg', split: B,
    style: 'kuaishou-dm', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '21:05', battery: 49, title: '乐享影音卡券店', subtitle: '商家',
    item: { title: '芒果TV VIP会员 月卡 31天 兑换码 自动发货', price: '¥15.80' },
    messages: [
      { from: 'time', text: '19:33' },
      { from: 'buyer', text: `订单${O1}，刚发的芒果月卡兑换码，官网一兑就提示“该卡密已被使用，无法再次使用”，我从来没兑过` },
      { from: 'merchant', text: '您好，请提供问题截图，我们24小时内核实后补发或退款。' },
      { from: 'time', text: '21:02' },
      { from: 'merchant', text: '亲，后台查了，这张码中午就在芒果那边兑掉了，是上游给我们的码有问题，跟您的操作没有关系' },
      { from: 'merchant', text: '月卡现在没有新码可以补，您直接点申请售后退款，我们这边通过' },
    ],
    corpus: [SRC.usedAgain, SRC.autoReply],
    key_phrases: [O1, '该卡密已被使用', '跟您的操作没有关系'],
  },

  // ── 2 b48-pdd-eleme-hexiao: card_invalid, ready ────────────────────────────────────────────
  {
    name: 'b48-pdd-card-eleme', case: 'b48-pdd-eleme-hexiao', file: 'Screenshot_20281105_114410_com.xunmeng.pinduoduo.jpg', split: B,
    style: 'pdd-card-detail', device: 'android-1080x2400', degrade: ['fwd:1080:85'], clock: '11:44', battery: 81, cover: '#3AB0FF,#0069D9',
    order: {
      tip: '卡密类商品属于特殊虚拟商品，交付后请及时核对，如有异常请尽快联系售前。',
      product: '饿了么 超级吃货卡 月卡 兑换码 秒发', spec: '月卡 31天', price: '¥9.90',
      cards: [{ rows: [['兑换码', 'ELM8************K7Q2', true], ['有效期至', '2029-05-05 23:59:59'], ['发放时间', '2028-11-05 11:42:41']] }],
      usage: ['1. 打开饿了么App，我的 › 卡券 › 兑换卡券，输入兑换码；', '2. 每个兑换码仅可兑换一次。'],
      info: [['订单编号', O2], ['支付时间', '2028-11-05 11:42:30'], ['实付', '¥9.90']],
    },
    corpus: [SRC.checkSoon],
    key_phrases: [O2, '¥9.90', '超级吃货卡'],
  },
  {
    name: 'b48-eleme-hexiao', case: 'b48-pdd-eleme-hexiao', file: 'Screenshot_20281105_114652_me.ele.jpg', split: B,
    style: 'eleme-redeem', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:85'], clock: '11:46', battery: 80,
    code: 'ELM8************K7Q2', error: '卡券已核销或已失效',
    tips: ['兑换成功的卡券可在「我的卡券」中查看。'],
    corpus: [SRC.hexiao],
    key_phrases: ['卡券已核销或已失效'],
  },
  {
    name: 'b48-pdd-chat-eleme', case: 'b48-pdd-eleme-hexiao', file: 'Screenshot_20281105_124011_com.xunmeng.pinduoduo.jpg', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', degrade: ['fwd:1080:85'], clock: '12:40', battery: 74, title: '蓝鲸生活卡券',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '饿了么 超级吃货卡 月卡 兑换码 秒发', price: '¥9.90', order: `订单编号：${O2}`, status: '已发货' } },
      { from: 'time', text: '11:49' },
      { from: 'buyer', text: '兑换码在饿了么里兑换，直接显示卡券已核销或已失效，码是从卡密信息页复制的' },
      { from: 'time', text: '12:36' },
      { from: 'merchant', text: '亲，查到了，这个码上个星期已经核销过，我们库存表没有标记，又发给了您，是店铺的错' },
      { from: 'merchant', text: '您在订单里申请退款，原因勾卡密无效，我们看到就同意' },
    ],
    corpus: [SRC.hexiao],
    key_phrases: [O2, '卡券已核销或已失效', '是店铺的错'],
  },

  // ── 3 b48-qqch-private-wx: not_received, ready/weak + private-channel ───────────────────
  {
    name: 'b48-alimini-charging', case: 'b48-qqch-private-wx', file: 'mmexport1857349297000.jpg', split: B,
    style: 'alipay-mini-order', device: 'android-1080x2400', degrade: ['fwd:720:72'], clock: '10:21', battery: 66, mini: '星域游戏充值', accent: '#1677FF',
    order: {
      status: '充值中', hint: '下单充值中，请耐心等待', shop: '星域游戏充值', product: '和平精英 660点券 安卓QQ区 代充', spec: '660点券', price: '¥60.00', qty: 1,
      info: [['订单编号', O3, 'copy'], ['下单时间', '2028-11-08 20:05:21'], ['支付时间', '2028-11-08 20:05:33'], ['支付方式', '支付宝'], ['实付款', '¥60.00', 'money']],
      buttons: ['联系客服', '申请退款'],
    },
    corpus: [SRC.charging],
    key_phrases: [O3, '¥60.00', '下单充值中，请耐心等待'],
  },
  {
    name: 'b48-qqch-private', case: 'b48-qqch-private-wx', file: 'Screenshot_2028-11-09-10-40-18-205_com.tencent.mobileqq.jpg', split: B,
    style: 'qq-channel', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:84'], clock: '10:40', battery: 63,
    title: '售后反馈', guild: '星域游戏充值 官方频道',
    messages: [
      { from: 'time', text: '昨天 22:41' },
      { from: 'buyer', name: '晚风不吹', at: '22:41', avatar: ['晚', '#5B8DEF'], text: `@星域-阿杰 订单${O3}，和平精英660点券，八点多付的钱，两个半小时了还没到账` },
      { from: 'merchant', name: '星域-小琪', badge: 'admin', at: '22:50', avatar: ['琪', '#E0705A'], text: '收到，明早帮你查' },
      { from: 'time', text: '今天 10:12' },
      { from: 'merchant', name: '星域-阿杰', badge: 'owner', at: '10:12', avatar: ['杰', '#F08C2E'], text: '这个区上游这两天都充不进去，你这单充不了，钱退你' },
      { from: 'merchant', name: '星域-阿杰', badge: 'owner', at: '10:13', avatar: ['杰', '#F08C2E'], text: '小程序退款要审核好几天，你加我微信 xy_aj0906，我用微信给你转60块，比走退款快' },
      { from: 'buyer', name: '晚风不吹', at: '10:38', avatar: ['晚', '#5B8DEF'], text: '不加了，我就在小程序里点申请退款，你那边同意就行' },
    ],
    key_phrases: [O3, '我用微信给你转60块', '在小程序里点申请退款'],
  },

  // ── 4 b48-jdweb-region-nad: not_as_described, ready ────────────────────────────────────────
  {
    name: 'b48-jd-order-flow', case: 'b48-jdweb-region-nad', file: 'Screenshot_20281110_092104_com.jingdong.app.mall.jpg', split: B,
    style: 'jd-order', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '09:21', battery: 88,
    order: {
      status: '已完成', statusNote: '兑换码已发送至订单详情，请及时兑换',
      shop: '畅联通信专营店', product: '全国通用 流量兑换券 10GB 7天有效 兑换码', spec: '10GB | 全国通用', price: '¥19.90', paid: '¥19.90',
      rows: [['订单编号', O4], ['下单时间', '2028-11-10 09:13:48'], ['支付方式', '在线支付'], ['支付时间', '2028-11-10 09:14:02'], ['发货时间', '2028-11-10 09:14:20']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O4, '¥19.90', '全国通用 流量兑换券'],
  },
  {
    name: 'b48-flow-redeem-region', case: 'b48-jdweb-region-nad', file: 'Screenshot_20281110_092530_com.android.browser.jpg', split: B,
    style: 'vip-redeem-web', device: 'android-1080x2400', degrade: ['fwd:1080:86'], ok: false, clock: '09:25', battery: 87,
    site: { name: '畅联流量兑换', color: '#2E7CF6' }, user: '181****0736', userLine: '四川移动',
    code: 'CLLL********8W3N', lines: ['该手机号所在区域不支持兑换'],
    tips: ['1. 流量到账后7天内有效；', '2. 每个手机号每月限兑换2次。'],
    corpus: [SRC.region],
    key_phrases: ['该手机号所在区域不支持兑换'],
  },
  {
    name: 'b48-jdkefu-region', case: 'b48-jdweb-region-nad', file: '屏幕截图 2028-11-10 152211.png', split: B,
    style: 'jd-kefu-web', device: 'desktop-1366x768', shop: '畅联通信专营店', agent: '畅联通信-小鹿', me: 'jd_181****0736',
    order: { product: '全国通用 流量兑换券 10GB 7天有效 兑换码', rows: [['订单编号', O4], ['下单时间', '2028-11-10 09:13'], ['实付金额', '¥19.90'], ['订单状态', '已完成']] },
    messages: [
      { from: 'system', text: '客服 畅联通信-小鹿 为您服务' },
      { from: 'buyer', at: '09:31', text: `订单${O4}，商品标题写的全国通用，我是四川移动的号，兑换页面提示“该手机号所在区域不支持兑换”` },
      { from: 'merchant', at: '15:02', text: '您好，久等了。核实过，这一批兑换码只能兑换广东、江苏、浙江三个省的号码，标题写成全国通用是我们上架时写错了，和您拿到的东西对不上' },
      { from: 'merchant', at: '15:03', text: '您在订单里申请售后，原因选“与商品描述不一致”，我们审核通过，款原路退回' },
      { from: 'buyer', at: '15:20', text: '好的' },
    ],
    corpus: [SRC.region],
    key_phrases: [O4, '上架时写错了', '审核通过'],
  },

  // ── 5 b48-en-wxch-late: late_delivery, ready (English) ────────────────────────────────────
  {
    name: 'b48-wxch-order-en-late', case: 'b48-en-wxch-late', file: 'IMG_5531.PNG', split: B,
    style: 'wx-channels-order', device: 'iphone-1170x2532', lang: 'en', dark: true, clock: '18:38', battery: 34,
    order: {
      status: 'Pending Shipment', statusLine: 'Paid Nov 12, 13:05. The seller has not shipped yet.',
      shop: '悦充游戏服务', title: 'Honor of Kings 1000 Coupons – Android QQ server – top-up by account', spec: '1000 coupons', price: '¥96.00',
      money: [['Item Total', '¥96.00']],
      rows: [['Order No.', O5, true], ['Order Time', '2028-11-12 13:05:28'], ['Payment Time', '2028-11-12 13:05:40'], ['Payment', 'WeChat Pay']],
      notice: ['Top-ups are completed automatically (usually 3 seconds to 1 minute).'],
      buttons: ['Contact Seller', 'Request Refund'],
    },
    corpus: [SRC.auto3s],
    key_phrases: [O5, '¥96.00', 'Pending Shipment'],
  },
  {
    name: 'b48-wx-dark-en-late', case: 'b48-en-wxch-late', file: 'IMG_5533.PNG', split: B,
    style: 'wechat-dark', device: 'iphone-1170x2532', clock: '18:41', battery: 33, title: '悦充游戏服务',
    messages: [
      { from: 'time', text: '16:12' },
      { from: 'buyer', text: `Hi, order ${O5}: 1000 coupons for Honor of Kings. I paid at 1:05 pm and your page says top-ups take 3 seconds to 1 minute. Three hours later nothing has arrived on my account.` },
      { from: 'time', text: '17:30' },
      { from: 'buyer', text: 'Any update? Still nothing.' },
      { from: 'time', text: '18:20' },
      { from: 'merchant', text: 'Sorry for the wait. Our top-up channel for the Android QQ server stopped working around noon and we cannot finish your order today.' },
      { from: 'merchant', text: 'Please request a refund for late delivery on the order page and we will agree to it right away.' },
    ],
    key_phrases: [O5, 'stopped working around noon', 'we will agree to it right away'],
  },

  // ── 6 b48-ks-wrong-acct: wrong_purchase, not-ready (policy-no-refund, deadline-passed) ─────
  {
    name: 'b48-ks-order-wrongacct', case: 'b48-ks-wrong-acct', file: 'Screenshot_2028-11-14-10-58-31-466_com.smile.gifmaker.jpg', split: B,
    style: 'ks-shop-order', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:86'], clock: '10:58', battery: 72, cover: '#FFB000,#FF5A1F',
    order: {
      status: '交易成功', statusLine: '充值完成,祝您生活愉快~',
      topup: [['充值账号', '139****5021']],
      shop: '速达会员直充', title: '腾讯视频VIP会员 月卡 手机号直充 秒到', spec: '月卡 | 直充', price: '¥19.90',
      rows: [['订单编号', O6, true], ['支付方式', '支付宝'], ['支付时间', '2028-11-14 08:31:07'], ['发货时间', '2028-11-14 08:31:49']],
      notice: ['因虚拟产品特殊性，充值前请核对充值账号，一旦充值成功将无法转移和退款；'],
      buttons: ['联系商家', '申请售后'],
    },
    corpus: [SRC.charging, SRC.checkAcct],
    key_phrases: [O6, '¥19.90', '一旦充值成功将无法转移和退款'],
  },
  {
    name: 'b48-ks-dm-wrongacct', case: 'b48-ks-wrong-acct', file: 'Screenshot_2028-11-14-10-52-09-031_com.smile.gifmaker.jpg', split: B,
    style: 'kuaishou-dm', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:86'], clock: '10:52', battery: 73, title: '速达会员直充', subtitle: '商家',
    item: { title: '腾讯视频VIP会员 月卡 手机号直充 秒到', price: '¥19.90' },
    messages: [
      { from: 'time', text: '10:20' },
      { from: 'buyer', text: `订单${O6}，我手机号最后一位填错了，应该是5027，我填成5021了，会员充到别人号上了，能退吗` },
      { from: 'time', text: '10:41' },
      { from: 'merchant', text: '亲，系统显示早上8点31分已经充到139****5021上了，会员充进去就撤不回来，下单页有提示核对账号的哦' },
      { from: 'buyer', text: '那我申请个拍错了的退款试试' },
    ],
    key_phrases: [O6, '会员充进去就撤不回来', '最后一位填错了'],
  },

  // ── 7 b48-douyin-music-passed: card_invalid, not-ready (deadline-passed) ───────────────────
  {
    name: 'b48-douyin-order-music', case: 'b48-douyin-music-passed', file: 'Screenshot_20281117_194210_com.ss.android.ugc.aweme.jpg', split: B,
    style: 'douyin-order', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '19:42', battery: 38,
    order: {
      status: '已完成', statusLine: '兑换码已发放，可在订单详情查看',
      shop: '小鹿生活权益', title: '网易云音乐 黑胶VIP 月卡 兑换码 自动发货', spec: '月卡 | 卡密异常须在发货24小时内反馈', price: '¥13.80', paid: '¥13.80',
      rows: [['订单编号', O7, true], ['下单时间', '2028-11-13 21:10:08'], ['支付方式', '抖音支付'], ['支付时间', '2028-11-13 21:10:20'], ['发货时间', '2028-11-13 21:10:26']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O7, '¥13.80', '网易云音乐 黑胶VIP'],
  },
  {
    name: 'b48-music-redeem-unused', case: 'b48-douyin-music-passed', file: 'Screenshot_20281117_193958_com.android.browser.jpg', split: B,
    style: 'vip-redeem-web', device: 'android-1080x2400', degrade: ['fwd:1080:86'], ok: false, clock: '19:39', battery: 39,
    site: { name: '网易云音乐', color: '#E60026' }, user: '鹿****鸣', userLine: '黑胶VIP 未开通',
    code: 'WYY2********Z5H1', lines: ['此领券码已失效或已被领取'],
    tips: ['1. 兑换码仅限兑换一次；', '2. 如兑换失败，请联系购买渠道。'],
    corpus: [SRC.unused],
    key_phrases: ['此领券码已失效或已被领取'],
  },
  {
    name: 'b48-douyin-chat-music', case: 'b48-douyin-music-passed', file: 'Screenshot_20281117_203522_com.ss.android.ugc.aweme.jpg', split: B,
    style: 'douyin-chat', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '20:35', battery: 35, title: '小鹿生活权益', subtitle: '官方客服',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '网易云音乐 黑胶VIP 月卡 兑换码 自动发货', price: '¥13.80', order: `订单号：${O7}`, status: '已完成' } },
      { from: 'time', text: '19:45' },
      { from: 'buyer', text: '今天第一次去兑换，提示此领券码已失效或已被领取' },
      { from: 'time', text: '20:31' },
      { from: 'merchant', text: '亲，这单是13号晚上九点多发的码，商品规格里写了卡密异常须在发货24小时内反馈，现在过去4天了，上游那边已经不受理核查了，这边没法给您退，抱歉' },
    ],
    corpus: [SRC.unused],
    key_phrases: [O7, '此领券码已失效或已被领取', '不受理核查'],
  },

  // ── 8 b48-jdweb-other-order: activation_failed, not-ready (order-id-mismatch) ─────────────
  {
    name: 'b48-jd-order-mindmap', case: 'b48-jdweb-other-order', file: 'Screenshot_20281115_172702_com.jingdong.app.mall.jpg', split: B,
    style: 'jd-order', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '17:27', battery: 55,
    order: {
      status: '已完成', statusNote: '激活码已发送至订单详情',
      shop: '码上正版软件专营店', product: '方格思维导图 专业版 永久授权 激活码 Windows/Mac', spec: '永久 | 1台设备', price: '¥39.00', paid: '¥39.00',
      rows: [['订单编号', O8], ['下单时间', '2028-11-15 14:01:55'], ['支付方式', '在线支付'], ['支付时间', '2028-11-15 14:02:10'], ['发货时间', '2028-11-15 14:02:30']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O8, '¥39.00', '方格思维导图 专业版'],
  },
  {
    name: 'b48-mindmap-disabled', case: 'b48-jdweb-other-order', file: '屏幕截图 2028-11-15 171203.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '17:12', date: '2028/11/15', winX: 600, winY: 230,
    app: { title: '方格思维导图', color: '#2F9E44', heading: '激活专业版', button: '激活', fields: [['激活码', 'FGMM-****-****-2T8V'], ['设备名称', 'DESKTOP-4KQ81LM']], version: '版本 3.8.2 · 免费版' },
    box: { title: '方格思维导图', icon: 'error', text: '激活码已被禁用，请联系管理员', buttons: ['确定'] },
    corpus: [SRC.disabled],
    key_phrases: ['激活码已被禁用，请联系管理员'],
  },
  {
    name: 'b48-jdkefu-other', case: 'b48-jdweb-other-order', file: '屏幕截图 2028-11-15 174540.png', split: B,
    style: 'jd-kefu-web', device: 'desktop-1366x768', shop: '码上正版软件专营店', agent: '码上正版-阿木', me: 'jd_wz****77', cover: '#51CF66,#2B8A3E',
    order: { product: '方格思维导图 专业版 2年授权 激活码 Windows', rows: [['订单编号', O8b], ['下单时间', '2028-10-06 10:22'], ['实付金额', '¥29.00'], ['订单状态', '已完成']] },
    messages: [
      { from: 'system', text: '客服 码上正版-阿木 为您服务' },
      { from: 'buyer', at: '17:18', text: `订单${O8b}的方格思维导图激活码，刚才激活弹窗提示“激活码已被禁用，请联系管理员”` },
      { from: 'merchant', at: '17:40', text: `您好，${O8b}是10月6号的2年授权，我们记录里这个码当天就激活过。您是不是换了电脑？` },
      { from: 'buyer', at: '17:44', text: '反正就是用不了，你们给退了吧' },
    ],
    corpus: [SRC.disabled],
    key_phrases: [O8b, '激活码已被禁用', '当天就激活过'],
  },

  // ── 9 b48-pdd-giftcard-partial: not_received (98 of 196), ready/weak + refund-partial ─────
  {
    name: 'b48-pdd-order-gift', case: 'b48-pdd-giftcard-partial', file: 'mmexport1857970351000.jpg', split: B,
    style: 'pdd-order', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '14:52', battery: 59, cover: '#8b5cf6,#4c1d95',
    order: {
      status: '已发货', promise: '卡密已发放，可在订单详情查看', notice: '卡券类商品：卡密发放后请尽快激活',
      shop: '顺达礼品卡', product: '爱玩游戏平台 礼品卡 100元 卡密', spec: '100元 | 卡密', price: '¥98.00', qty: 2,
      money: [['商品总价', '¥196.00'], ['实付', '¥196.00', 'pay']],
      info: [['订单编号', O9], ['下单时间', '2028-11-16 10:20:31'], ['支付方式', '微信支付'], ['拼单成功时间', '2028-11-16 10:20:44']],
    },
    key_phrases: [O9, '¥196.00', '爱玩游戏平台 礼品卡'],
  },
  {
    name: 'b48-giftcard-charge-fail', case: 'b48-pdd-giftcard-partial', file: 'Screenshot_20281116_103512_com.android.browser.jpg', split: B,
    style: 'game-topup', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '10:35', battery: 77,
    game: { title: '礼品卡激活', name: '爱玩游戏平台 礼品卡', hue: '#7c3aed', fields: [['平台账号', 'aw****8812'], ['卡号', '6620********3307'], ['卡密', '************8845']] },
    toast: '礼品卡激活成功，但充值失败，请联系客服人员',
    corpus: [SRC.giftCharge],
    key_phrases: ['礼品卡激活成功，但充值失败，请联系客服人员'],
  },
  {
    name: 'b48-pdd-chat-gift', case: 'b48-pdd-giftcard-partial', file: 'Screenshot_20281116_144805_com.xunmeng.pinduoduo.jpg', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', degrade: ['fwd:1080:85'], clock: '14:48', battery: 60, title: '顺达礼品卡',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '爱玩游戏平台 礼品卡 100元 卡密', price: '¥98.00 ×2', order: `订单编号：${O9}`, status: '已发货' } },
      { from: 'time', text: '10:37' },
      { from: 'buyer', text: '两张卡，第一张100到账了，第二张提示礼品卡激活成功，但充值失败，请联系客服人员，平台余额一直没加' },
      { from: 'time', text: '14:41' },
      { from: 'merchant', text: '亲，跟平台核实了，第二张卡激活时被平台风控锁了，余额确实没进您账户，第一张是正常的' },
      { from: 'merchant', text: '第二张我们补不了，您申请退款填98元，就退第二张的钱，我们同意' },
    ],
    corpus: [SRC.giftCharge],
    key_phrases: [O9, '余额确实没进您账户', '就退第二张的钱'],
  },

  // ── 10 b48-qqch-hk-threat-late: late_delivery, ready/weak + threatening-language ───────────
  {
    name: 'b48-wxmini-iqiyi', case: 'b48-qqch-hk-threat-late', file: 'IMG_2087.PNG', split: B,
    style: 'wx-mini-order', device: 'iphone-1170x2532', clock: '16:05', battery: 41, title: '订单详情', accent: '#00B33C', accent2: '#3DD27A',
    order: {
      status: '待充值', hint: '订单已支付，等待充值',
      goods: [['商品', '爱奇艺黄金VIP会员 年卡 手机号直充'], ['充值账号', '+852 6***4418'], ['面值', '12个月']],
      noteTitle: '购买须知', note: ['本平台业务为自动充值（一般3秒—1分钟左右）；'],
      info: [['订单编号', O10], ['下单时间', '2028-11-18 09:02:15'], ['支付方式', '微信支付'], ['实付款', '¥148.00', 'money']],
      buttons: ['申请退款', '联系客服'],
    },
    corpus: [SRC.auto3s],
    key_phrases: [O10, '¥148.00', '一般3秒—1分钟左右'],
  },
  {
    name: 'b48-qqch-threat', case: 'b48-qqch-hk-threat-late', file: 'IMG_2091.PNG', split: B,
    style: 'qq-channel', device: 'iphone-1170x2532', clock: '16:31', battery: 39,
    title: '售后', guild: '速通会员 官方频道',
    messages: [
      { from: 'time', text: '今天 12:10' },
      { from: 'buyer', name: '阿Ken', at: '12:10', avatar: ['K', '#3F7CD6'], text: `訂單${O10}，朝早九點零二分俾咗錢，頁面寫住一般3秒到1分鐘到賬，而家三個鐘都未有` },
      { from: 'time', text: '今天 15:48' },
      { from: 'buyer', name: '阿Ken', at: '15:48', avatar: ['K', '#3F7CD6'], text: '六個幾鐘頭都冇人理？你哋係咪專登呃錢？今晚之前唔退錢，我即刻報警，再去黑貓投訴你哋' },
      { from: 'merchant', name: '速通-客服01', badge: 'admin', at: '16:20', avatar: ['速', '#00A650'], text: '非常抱歉，爱奇艺充值接口今天一直在维护，这单到现在都没充进去，是我们没有及时通知' },
      { from: 'merchant', name: '速通-客服01', badge: 'admin', at: '16:21', avatar: ['速', '#00A650'], text: '您在小程序订单里申请退款，原因勾“商家没有按时发货”，我们马上通过' },
    ],
    key_phrases: [O10, '我即刻報警', '商家没有按时发货'],
  },

  // ── 11 b48-wxch-account-return: activation_failed, request: return → not-ready ────────────
  {
    name: 'b48-wxch-order-acct', case: 'b48-wxch-account-return', file: 'Screenshot_2028-11-20-09-58-14-590_com.tencent.mm.jpg', split: B,
    style: 'wx-channels-order', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '09:58', battery: 84, cover: '#FFC94D,#FF7B54',
    order: {
      status: '已发货', statusLine: '账号已换绑至您的手机号，请尽快登录修改密码',
      shop: '萌新游戏账号馆', title: '蛋仔派对 成品账号 稀有皮肤12套 可换绑', spec: '成品号 | 换绑', price: '¥88.00',
      rows: [['订单编号', O11, true], ['下单时间', '2028-11-19 20:09:51'], ['支付时间', '2028-11-19 20:10:05'], ['支付方式', '微信支付'], ['发货时间', '2028-11-19 20:25:40']],
      buttons: ['联系商家', '申请售后'],
    },
    key_phrases: [O11, '¥88.00', '蛋仔派对 成品账号'],
  },
  {
    name: 'b48-acct-banned', case: 'b48-wxch-account-return', file: 'Screenshot_2028-11-20-09-41-02-117_com.netease.party.jpg', split: B,
    style: 'android-dialog', device: 'android-1080x2400', degrade: ['fwd:1080:86', 'crop:84'], clock: '09:41', battery: 86, appTitle: '账号登录', submit: '登录',
    fields: [['账号', '153****6672'], ['登录方式', '手机号登录']],
    dialog: { title: '登录失败', body: ['账号已被封禁，原因：使用第三方外挂，解封时间：永久'], buttons: ['确定'] },
    corpus: [SRC.banned],
    key_phrases: ['账号已被封禁，原因：使用第三方外挂，解封时间：永久'],
  },
  {
    name: 'b48-wxkf-acct-return', case: 'b48-wxch-account-return', file: 'Screenshot_2028-11-20-10-16-47-902_com.tencent.mm.jpg', split: B,
    style: 'wechat-kf', device: 'android-1080x2400', degrade: ['fwd:1080:86'], clock: '10:16', battery: 83, title: '萌新游戏账号馆', corpName: '萌新游戏账号馆',
    kfChar: '萌', kfColor: '#FF7B54',
    messages: [
      { from: 'time', text: '09:44' },
      { from: 'buyer', text: `订单${O11}的蛋仔号登不上，提示账号已被封禁，原因是使用第三方外挂，解封时间永久，我昨晚才收到号` },
      { from: 'time', text: '10:05' },
      { from: 'merchant', text: '查了，这个号上一任号主开过挂，收号的时候我们没查出来，是我们的问题' },
      { from: 'merchant', text: '账号不用还给我们，您直接申请仅退款就可以' },
      { from: 'buyer', text: '我还是要走退货退款，号我换绑回给你们，你们拿回去自己处理' },
    ],
    corpus: [SRC.banned],
    key_phrases: [O11, '开过挂', '走退货退款'],
  },

  // ── 12 b48-en-wxch-unipin-nochat: card_invalid, not-ready (chat-missing) (English) ────────
  {
    name: 'b48-wxch-order-en-unipin', case: 'b48-en-wxch-unipin-nochat', file: 'IMG_7702.PNG', split: B,
    style: 'wx-channels-order', device: 'iphone-1170x2532', lang: 'en', clock: '09:24', battery: 71, cover: '#FF8A00,#1F2A44',
    order: {
      status: 'Completed', statusLine: 'The code has been delivered. Check it under Delivery.',
      shop: '环球点卡铺', title: 'UniPin Voucher 50,000 IDR – Mobile Legends (Indonesia)', spec: '50,000 IDR', price: '¥23.50',
      money: [['Item Total', '¥23.50']],
      delivery: [['Serial', 'UPID-S-S-1104****'], ['PIN', '****-****-****-7730'], ['Sent', '2028-11-21 22:14:09']],
      rows: [['Order No.', O12, true], ['Order Time', '2028-11-21 22:13:50'], ['Payment Time', '2028-11-21 22:14:03'], ['Payment', 'WeChat Pay']],
      buttons: ['Contact Seller', 'Request Refund'],
    },
    key_phrases: [O12, '¥23.50', 'UniPin Voucher 50,000 IDR'],
  },
  {
    name: 'b48-unipin-redeemed-en', case: 'b48-en-wxch-unipin-nochat', file: 'IMG_7699.PNG', split: B,
    style: 'unipin-voucher', device: 'iphone-1170x2532', clock: '09:19', battery: 72, country: 'Indonesia',
    game: 'Mobile Legends: Bang Bang', publisher: 'Moonton', gameColor: '#2F6FD6',
    player: [['User ID', '6203****51'], ['Zone ID', '1408']],
    voucher: [['Serial number', 'UPID-S-S-1104****'], ['PIN', '****-****-****-7730']],
    alert: { tone: 'bad', title: 'Redeem failed', text: ['This voucher has already been redeemed and cannot be used again.'] },
    corpus: [SRC.redeemedEn],
    key_phrases: ['This voucher has already been redeemed and cannot be used again.'],
  },

  // ── 13 b48-ks-daily-limit-mismatch: card_invalid, not-ready (error-capture-mismatch) ───────
  {
    name: 'b48-ks-order-gift22', case: 'b48-ks-daily-limit-mismatch', file: 'IMG_3340.PNG', split: B,
    style: 'ks-shop-order', device: 'iphone-1170x2532', clock: '22:41', battery: 29, cover: '#34D399,#0F766E',
    order: {
      status: '交易成功', statusLine: '卡密已发放，请在订单详情查看',
      shop: '星途游戏礼品卡', title: '星途游戏平台 礼品卡 50元 卡密 自动发货', spec: '50元 | 卡密', price: '¥49.00', qty: 22, paid: '¥1078.00',
      rows: [['订单编号', O13, true], ['下单时间', '2028-11-23 21:30:02'], ['支付方式', '支付宝'], ['支付时间', '2028-11-23 21:30:18'], ['发货时间', '2028-11-23 21:30:30']],
      buttons: ['联系商家', '申请售后'],
    },
    key_phrases: [O13, '¥1078.00', '星途游戏平台 礼品卡'],
  },
  {
    name: 'b48-gift-daily-limit', case: 'b48-ks-daily-limit-mismatch', file: 'IMG_3336.JPG', split: B,
    style: 'game-topup', device: 'iphone-1170x2532', degrade: ['fwd:720:66'], clock: '22:18', battery: 31,
    game: { title: '礼品卡激活', name: '星途游戏平台 礼品卡', hue: '#0f766e', fields: [['平台账号', 'xt****0519'], ['卡号', '5180********2291'], ['卡密', '************6034']] },
    toast: '一天只能激活20张礼品卡，请稍后再激活',
    corpus: [SRC.daily],
    key_phrases: ['一天只能激活20张礼品卡，请稍后再激活'],
  },
  {
    name: 'b48-ks-dm-gift22', case: 'b48-ks-daily-limit-mismatch', file: 'IMG_3341.PNG', split: B,
    style: 'kuaishou-dm', device: 'iphone-1170x2532', clock: '22:44', battery: 28, title: '星途游戏礼品卡', subtitle: '商家',
    item: { title: '星途游戏平台 礼品卡 50元 卡密 自动发货', price: '¥49.00' },
    messages: [
      { from: 'time', text: '22:20' },
      { from: 'buyer', text: `订单${O13}买了22张，激活到第21张就不行了，剩下两张是不是坏卡` },
      { from: 'buyer', type: 'image', hue: 160, w: 120, h: 230 },
      { from: 'time', text: '22:39' },
      { from: 'merchant', text: '亲，截图里这个是平台的规则，一个账号一天最多激活20张，卡本身没问题。剩下2张明天再激活就能用' },
      { from: 'buyer', text: '我不想等了，剩下的我按卡密无效去申请退钱' },
    ],
    corpus: [SRC.daily],
    key_phrases: [O13, '一天最多激活20张', '按卡密无效去申请退钱'],
  },

  // ── 14 b48-alimini-noreply: not_received, ready/weak + chat-no-reply ──────────────────────
  {
    name: 'b48-alimini-ximalaya', case: 'b48-alimini-noreply', file: 'Screenshot_20281125_095012_com.eg.android.AlipayGphone.jpg', split: B,
    style: 'alipay-mini-order', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:86'], clock: '09:50', battery: 52, mini: '闪电卡券', accent: '#1677FF',
    order: {
      status: '待发货', hint: '商家尚未发货', shop: '闪电卡券', product: '喜马拉雅 VIP会员 月卡 兑换码', spec: '月卡 31天', price: '¥15.00', qty: 1,
      info: [['订单编号', O14, 'copy'], ['下单时间', '2028-11-24 08:39:58'], ['支付时间', '2028-11-24 08:40:12'], ['支付方式', '支付宝'], ['实付款', '¥15.00', 'money']],
      noteTitle: '购买须知', note: ['支持退款吗？虚拟商品发货后非质量问题不支持退款。'],
      buttons: ['联系客服', '申请退款'],
    },
    corpus: [SRC.afterSale],
    key_phrases: [O14, '¥15.00', '待发货'],
  },
  {
    name: 'b48-alichat-noreply', case: 'b48-alimini-noreply', file: 'Screenshot_20281125_095204_com.eg.android.AlipayGphone.jpg', split: B,
    style: 'alipay-chat', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:86', 'crop:230'], clock: '09:52', battery: 52, title: '在线客服', subtitle: '闪电卡券',
    messages: [
      { from: 'time', text: '昨天 08:55' },
      { from: 'buyer', text: `订单${O14}，喜马拉雅月卡付完款一直不给码，订单一直是待发货` },
      { from: 'time', text: '昨天 13:26' },
      { from: 'buyer', text: '过去快5个小时了，还是没有兑换码，麻烦看一下' },
      { from: 'time', text: '09:47' },
      { from: 'buyer', text: `第三次问了，${O14}到现在一天多还是没发货，也没人回复，我准备申请退款了` },
    ],
    key_phrases: [O14, '也没人回复', '一直不给码'],
  },
];
