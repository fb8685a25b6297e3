// The fourth blind end-to-end set (fixtures/blind4/): 14 cases written by a helper (branch h15b),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// translations said so). Every scene is `split: 'blind4'`; `corpus` cites the source of each line
// taken (URL, or repo + path, or the index id where the index names no repository); lines not
// cited are the author's own connecting lines. Four new app styles: `xbox-redeem` (Xbox "Redeem a
// code"), `messenger` (Facebook Messenger), `douyin-chat` (抖音 shop customer service) and
// `alipay-bill` (支付宝 账单详情, with 订单号 beside 商家订单号).
// Render with `node scripts/real/render.mjs --set blind4` (into fixtures/real-blind4/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind4` copies the images into fixtures/blind4/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind4';

// order numbers (see each case's order.json)
const O1 = 'MK2704021910573816'; // marketplace: letter prefix + 16 digits
const O2 = '10427709143720'; // marketplace: 14 digits
const O3 = '218270403151208463'; // acg-faka trade_no: 218 + 270403151208 + 463
const O4 = '20270405203318660417'; // 20 digits
const O5 = '311270406093015274'; // acg-faka: 2027-04-06 09:30:15 (this order)
const O5B = '574270404221847309'; // acg-faka: 2027-04-04 22:18:47 (the buyer's other order at the same shop)
const O6 = 'ZC270407110522381'; // this order (letter prefix + 15 digits)
const O6B = 'ZC270407110948265'; // the buyer's other order at the same shop, 4 minutes later
const O7 = '6931570248163952716'; // Douyin shop order: 19 digits
const O7_TX = '2027040822001437261508372914'; // Alipay 订单号 (交易号) of the same payment
const O8 = '406270410083355129'; // acg-faka: 2027-04-10 08:33:55
const O8_TX = '2027041022001458190371628845'; // Alipay 订单号 (交易号)
const O9 = 'T8KD3QW6NZ2RX5PM'; // dujiaoka order_sn
const O10 = '27041216503392'; // 14 digits
const O11 = 'GB1776011254387'; // letter prefix + 13 digits
const O12 = 'WK2704141427053'; // letter prefix + 13 digits
const O13 = '825270415092318406'; // acg-faka: 2027-04-15 09:23:18
const O14 = '4417709416523809'; // 16 digits

const SRC = {
  revoked: 'an app\'s voucher errors: REVOKED "This code has been deactivated. Contact whoever issued it." and INVALID_CODE "That code was not recognised. Check for typos and try again." (public GitHub TypeScript file, find_string id 60995224924; the index names no repository)',
  region: 'a key redeemer\'s result 13 "This key cannot be redeemed in your region." (public GitHub Rust file, find_string id 55088078867; the index names no repository)',
  slC00D: 'Windows SDK slerror.h SL_E_CHPA_INVALID_ACTCONFIG_ID 0xC004C00D "The activation server determined the product key is not valid." (find_string id 4846742826), translated',
  slC002: 'Windows SDK slerror.h SL_E_CHPA_INVALID_BINDING 0xC004C002 "The activation server determined there is a problem with the specified product key." (find_string id 4846742826), translated',
  locked: 'a recharge API\'s error table "-84004": "充值卡已被锁定" (public GitHub Python file, find_string id 22427273979; the index names no repository)',
  notExist: 'a PHP game site\'s card top-up: error ("该充值卡不存在，请从新输入!") (public GitHub PHP file, find_string id 41658743979; the index names no repository)',
  ship48: 'a shop\'s home notice "全场包邮 · 48 小时内发货，发货后 7 天自动确认收货" (public GitHub Java file, find_string id 70904978303; the index names no repository), adapted to a 代开通 product',
  dispute: 'opencollective/opencollective#768 "We can\'t refund without going through the dispute process. Don\'t want to have to deal with Paypal." (https://github.com/opencollective/opencollective/issues/768), adapted into a seller\'s private offer',
  otherDevice: 'an Android app\'s activation error "This code is already activated on a different device." (public GitHub Kotlin file, find_string id 57440672135; the index names no repository), translated',
  notYet: 'a support-intent test "返修进度一直没更新，但先别投诉" (public GitHub Python file, find_string id 61404602669; the index names no repository), adapted into a negated threat',
  alipay: 'Alipay bill fields 订单号 (支付宝交易号), 支付方式, 交易状态 (https://www.rlut.cn/news/zhi-fu-bao-fu-kuan-ding-dan-xiang-xi-xin-xi-cha-xun-fang-fa-yu-chang-jian-wen-ti-jie-xi.html)',
};

export default [
  // ── 1 b4-en-card-xbox-deactivated: card_invalid, ready; "Contact whoever issued it" is no refusal ──
  {
    name: 'b4-xbox-deactivated-dark', case: 'b4-en-card-xbox-deactivated', file: 'Screenshot 2027-04-02 192408.png', split: B,
    style: 'xbox-redeem', device: 'desktop-1366x768', appTitle: 'Xbox',
    code: 'H4K7P-*****-*****-*****-Q9TWM',
    lines: ['This code has been deactivated. Contact whoever issued it.'],
    buttons: ['Try again', 'Cancel'],
    corpus: [SRC.revoked],
    key_phrases: ['This code has been deactivated. Contact whoever issued it.'],
  },
  {
    name: 'b4-en-messenger-dark-xbox', case: 'b4-en-card-xbox-deactivated', file: 'IMG_4471.PNG', split: B,
    style: 'messenger', dark: true, device: 'iphone-1170x2532', clock: '20:04', battery: 62, title: 'NovaKeys', subtitle: 'Active now', merchantAvatar: ['N', '#E67E22'],
    messages: [
      { from: 'time', text: 'TODAY AT 19:27' },
      { from: 'buyer', text: `Hi, order ${O1}: the Xbox card I got 15 minutes ago says "This code has been deactivated. Contact whoever issued it." So I am contacting you.` },
      { from: 'merchant', text: 'Let me check with our supplier, one moment.' },
      { from: 'buyer', type: 'image', hue: 120, w: 210, h: 130 },
      { from: 'time', text: 'TODAY AT 20:02' },
      { from: 'merchant', text: 'Supplier confirms that code was cancelled on their side before we sent it. Our fault. Please open a refund request on the order page and I will approve it.' },
      { from: 'buyer', text: 'Thanks, doing it now.' },
    ],
    corpus: [SRC.revoked],
    key_phrases: [O1, 'Contact whoever issued it', 'I will approve it'],
  },
  {
    name: 'b4-en-order-xbox', case: 'b4-en-card-xbox-deactivated', file: 'Screenshot 2027-04-02 200511.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'NovaKeys',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Your code is shown on this page.',
      rows: [['Order ID', O1], ['Offer', 'Xbox Gift Card 50 USD (US) – Digital Code'], ['Seller', 'NovaKeys'], ['Quantity', '1'], ['Total', 'USD 44.90'], ['Payment', 'Visa •••• 4417'], ['Order date', 'Apr 2, 2027 19:10']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O1, 'USD 44.90'],
  },

  // ── 2 b4-en-card-region-xbox: card_invalid chosen; a US-region key on a UK account ──────────
  {
    name: 'b4-xbox-region-light', case: 'b4-en-card-region-xbox', file: 'Screenshot_20270409-145203.png', split: B,
    style: 'xbox-redeem', light: true, device: 'android-1080x2400', clock: '14:52', battery: 48, appTitle: 'Xbox',
    code: 'Q7M2T-*****-*****-*****-X3K9D',
    lines: ['This key cannot be redeemed in your region.'],
    buttons: ['Try again', 'Cancel'],
    corpus: [SRC.region],
    key_phrases: ['This key cannot be redeemed in your region.'],
  },
  {
    name: 'b4-en-messenger-region', case: 'b4-en-card-region-xbox', file: 'received_1187264405531902.jpeg', split: B,
    style: 'messenger', device: 'android-1080x2400', degrade: ['fwd:640:58'], clock: '15:06', battery: 46, title: 'PixelCrate', subtitle: 'Active 5m ago', merchantAvatar: ['P', '#2E86C1'],
    messages: [
      { from: 'time', text: 'APR 9 AT 14:55' },
      { from: 'buyer', text: `Order ${O2}: the Game Pass key says "This key cannot be redeemed in your region."` },
      { from: 'merchant', text: 'Hi! The listing is a US region key: "Redeem on a United States account only". Which country is your Microsoft account set to?' },
      { from: 'buyer', text: 'United Kingdom. I didn\'t see the US part, I thought it works everywhere.' },
      { from: 'merchant', text: 'The key itself is fine and unused, it works on any US account. We can\'t take it back once it is revealed, sorry.' },
      { from: 'buyer', text: 'Then I will ask the marketplace to refund it as an invalid key.' },
    ],
    corpus: [SRC.region],
    key_phrases: [O2, 'cannot be redeemed in your region', 'Redeem on a United States account only'],
  },
  {
    name: 'b4-en-order-region', case: 'b4-en-card-region-xbox', file: 'Screenshot_20270409-150110.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '15:01', battery: 47, shop: 'PixelCrate',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'The key was revealed on Apr 9, 2027 14:38.',
      rows: [['Order ID', O2], ['Offer', 'Xbox Game Pass Ultimate 3 Months – US Region Key'], ['Region', 'United States (redeem on a US account only)'], ['Seller', 'PixelCrate'], ['Total', 'GBP 31.50'], ['Order date', '9 Apr 2027 14:37']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O2, 'GBP 31.50'],
  },

  // ── 3 b4-activation-office-douyin: activation_failed, ready; the shop's "if activation fails" note ──
  {
    name: 'b4-office-c00d', case: 'b4-activation-office-douyin', file: 'Snipaste_2027-04-03_15-40-26.png', split: B,
    style: 'office-activation', device: 'desktop-1920x1080', lang: 'zh',
    error: ['激活服务器确定产品密钥无效。', '错误代码: 0xC004C00D'],
    corpus: [SRC.slC00D],
    key_phrases: ['激活服务器确定产品密钥无效。', '错误代码: 0xC004C00D'],
  },
  {
    name: 'b4-douyin-office', case: 'b4-activation-office-douyin', file: 'Screenshot_2027-04-03-16-12-47-331_com.ss.android.ugc.aweme.png', split: B,
    style: 'douyin-chat', device: 'android-1080x2400', clock: '16:12', battery: 71, title: '蓝鲸正版软件', subtitle: '官方客服',
    messages: [
      { from: 'buyer', type: 'card', card: { title: 'Office 2021 专业增强版 密钥 绑定账户 永久', price: '¥39.90', order: `订单号：${O3}`, status: '已发货' } },
      { from: 'time', text: '15:43' },
      { from: 'buyer', text: '密钥激活不了，提示“激活服务器确定产品密钥无效”，错误代码 0xC004C00D，截图发你了' },
      { from: 'buyer', type: 'image', hue: 20, w: 200, h: 120 },
      { from: 'merchant', text: '亲，麻烦确认一下装的是专业增强版，不是家庭学生版哦' },
      { from: 'buyer', text: '装的就是专业增强版，按你们的教程一步步来的' },
      { from: 'time', text: '16:10' },
      { from: 'merchant', text: '查到了，这批密钥被微软封了，是我们的问题。您在订单页申请退款，我这边同意' },
    ],
    corpus: [SRC.slC00D],
    key_phrases: [O3, '0xC004C00D', '我这边同意'],
  },
  {
    name: 'b4-office-order', case: 'b4-activation-office-douyin', file: 'Screenshot_2027-04-03-16-14-02-908_com.android.chrome.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '16:14', battery: 70, shop: '蓝鲸正版软件', accent: '#1f6feb',
    order: {
      query: O3, statusTone: 'ok',
      rows: [['订单号', O3], ['商品名称', 'Office 2021 专业增强版 密钥 绑定账户 永久'], ['实付金额', '¥39.90'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-04-03 15:12:08']],
      code: 'FJ7QK-*****-*****-*****-8W2PD',
      noteTitle: '使用说明',
      note: ['如激活失败，请截图激活页面并联系客服，客服会在24小时内处理。'],
    },
    key_phrases: [O3, '¥39.90', '已完成'],
  },

  // ── 4 b4-card-partial-qq-dark: card_invalid, one card of three; a partial refund asked ───────
  {
    name: 'b4-junnet-locked', case: 'b4-card-partial-qq-dark', file: 'Screenshot_20270405-204512.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '20:45', battery: 39,
    game: { title: '一卡通充值', name: '骏网一卡通 充值中心', hue: '#0a7d3b', fields: [['充值账号', 'jw_****_2291'], ['卡号', '1704 **** **** 7260'], ['卡密', '********5813']], submit: '确认充值', tips: ['面值: 30元'] },
    dialog: { title: '充值失败', body: ['充值卡已被锁定'], buttons: ['确定'] },
    corpus: [SRC.locked],
    key_phrases: ['充值卡已被锁定'],
  },
  {
    name: 'b4-qq-dark-partial', case: 'b4-card-partial-qq-dark', file: 'mmexport1806931472615.jpg', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '21:24', battery: 35, title: '一卡通小站客服',
    messages: [
      { from: 'time', text: '20:47' },
      { from: 'buyer', text: `订单${O4}，三张卡充了两张没问题，第三张提示“充值卡已被锁定”` },
      { from: 'merchant', name: '一卡通小站', text: '亲，把第三张的卡号后四位发我查一下' },
      { from: 'buyer', text: '卡号尾号 7260' },
      { from: 'time', text: '21:20' },
      { from: 'merchant', name: '一卡通小站', text: '查了，这张在上游被锁了，另外两张已经正常使用了。这张的29.5您在平台申请部分退款，我同意' },
      { from: 'buyer', text: '好的，我只退这一张的钱' },
    ],
    corpus: [SRC.locked],
    key_phrases: [O4, '充值卡已被锁定', '申请部分退款'],
  },

  // ── 5 b4-card-other-order: card_invalid; the chat and the error belong to the buyer's other order ──
  {
    name: 'b4-shanda-not-exist', case: 'b4-card-other-order', file: 'Screenshot_20270406-095844.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '09:58', battery: 90,
    game: { title: '点卡充值', name: '盛大一卡通 充值', hue: '#d4380d', fields: [['盛大通行证', 'sd_****_1187'], ['卡号', 'CSD*******6642'], ['密码', '********0935']], submit: '立即充值', tips: ['面值: 100元'] },
    toast: '该充值卡不存在，请从新输入!',
    corpus: [SRC.notExist],
    key_phrases: ['该充值卡不存在，请从新输入!'],
  },
  {
    name: 'b4-wechat-other-order', case: 'b4-card-other-order', file: 'mmexport1806977531907.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:720:62'], clock: '10:12', battery: 88, title: '星河卡铺',
    messages: [
      { from: 'time', text: '10:02' },
      { from: 'buyer', text: `订单号 ${O5B}，盛大卡充值提示“该充值卡不存在，请从新输入!”` },
      { from: 'merchant', text: '亲，这个单号是4号晚上的那单吧？卡密发我核实一下' },
      { from: 'buyer', text: '对，就是4号那单，卡密在订单里' },
      { from: 'merchant', text: '好的，我查一下' },
    ],
    corpus: [SRC.notExist],
    key_phrases: [O5B, '该充值卡不存在', '4号晚上的那单'],
  },
  {
    name: 'b4-shanda-order', case: 'b4-card-other-order', file: 'Screenshot_20270406-101530.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '10:15', battery: 87, shop: '星河卡铺', accent: '#7c3aed',
    order: {
      query: O5, statusTone: 'ok',
      rows: [['订单号', O5], ['商品名称', '盛大一卡通 100元 卡密 自动发货'], ['实付金额', '¥96.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-04-06 09:30:15']],
      code: '卡号 CSD*******2718  密码 ********4406',
    },
    key_phrases: [O5, '¥96.00', '已完成'],
  },

  // ── 6 b4-wrong-purchase-two-orders: wrong_purchase, ready; the shop names the buyer's other order ──
  {
    name: 'b4-wechat-dark-two-orders', case: 'b4-wrong-purchase-two-orders', file: 'Screenshot_20270407-111630.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '11:16', battery: 77, title: '影音会员直充',
    messages: [
      { from: 'time', text: '11:10' },
      { from: 'buyer', text: `刚才点错了，订单${O6}本来想买优酷年卡，拍成芒果TV年卡了，还没充值，能取消吗` },
      { from: 'merchant', text: '亲稍等，我看一下' },
      { from: 'merchant', text: `您另外那单${O6B}优酷年卡已经充好了。芒果这单${O6}还没充，可以退，您在平台申请退款我同意` },
      { from: 'buyer', text: '好的，谢谢' },
    ],
    key_phrases: [O6, O6B, '拍成芒果TV年卡了', '您在平台申请退款我同意'],
  },
  {
    name: 'b4-mango-order-dark', case: 'b4-wrong-purchase-two-orders', file: 'Screenshot_20270407-111812.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '11:18', battery: 76, shop: '影音会员直充', accent: '#ff7a00',
    order: {
      query: O6, statusTone: 'wait',
      rows: [['订单号', O6], ['商品名称', '芒果TV 会员 年卡 直充'], ['充值账号', '139****5512'], ['实付金额', '¥168.00'], ['支付方式', '微信支付'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-04-07 11:05:22']],
      noteTitle: '售后须知',
      note: ['直充商品在充值前可申请退款，充值成功后不支持退款。'],
    },
    key_phrases: [O6, '¥168.00', '待发货'],
  },

  // ── 7 b4-wrong-purchase-late-douyin: wrong_purchase, reported in time but filed hours later ──
  {
    name: 'b4-douyin-dark-wrong', case: 'b4-wrong-purchase-late-douyin', file: 'Screenshot_2027-04-08-13-20-11-402_com.ss.android.ugc.aweme.png', split: B,
    style: 'douyin-chat', dark: true, device: 'android-1080x2400', clock: '13:20', battery: 58, title: '会员优选直充', subtitle: '官方客服',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '哔哩哔哩 大会员 年卡 直充', price: '¥148.00', order: `订单编号：${O7}`, status: '待发货' } },
      { from: 'time', text: '13:14' },
      { from: 'buyer', text: '拍错了，想买的是月卡，年卡这单还没充值，可以退吗' },
      { from: 'merchant', text: '亲，这单还没充值，可以退的，您直接申请退款就行' },
      { from: 'buyer', text: '好的' },
    ],
    key_phrases: [O7, '拍错了，想买的是月卡', '可以退的'],
  },
  {
    name: 'b4-alipay-bili', case: 'b4-wrong-purchase-late-douyin', file: 'Screenshot_2027-04-08-13-21-40-055_com.eg.android.AlipayGphone.png', split: B,
    style: 'alipay-bill', device: 'android-1080x2400', clock: '13:21', battery: 58, logoColor: '#fb7299',
    bill: {
      merchant: '会员优选直充', amount: '-148.00', status: '交易成功',
      rows: [['支付时间', '2027-04-08 13:02:36'], ['付款方式', '余额宝'], ['商品说明', '哔哩哔哩 大会员 年卡 直充'], ['收款方全称', '杭州会员优选网络科技有限公司'], ['订单号', O7_TX], ['商家订单号', O7]],
    },
    corpus: [SRC.alipay],
    key_phrases: [O7, O7_TX, '-148.00'],
  },

  // ── 8 b4-not-received-alipay-dark: not_received, ready; Alipay 订单号 beside 商家订单号 ───────
  {
    name: 'b4-alipay-dark-wanmei', case: 'b4-not-received-alipay-dark', file: 'Screenshot_2027-04-10-10-05-32-118_com.eg.android.AlipayGphone.png', split: B,
    style: 'alipay-bill', dark: true, device: 'android-1080x2400', clock: '10:05', battery: 66, logoColor: '#e8483b',
    bill: {
      merchant: '速达点卡', amount: '-97.00', status: '交易成功',
      rows: [['支付时间', '2027-04-10 08:33:55'], ['付款方式', '花呗'], ['商品说明', '完美世界 点券 1000点 卡密'], ['收款方全称', '广州速达网络科技有限公司'], ['订单号', O8_TX], ['商家订单号', O8]],
    },
    corpus: [SRC.alipay],
    key_phrases: [O8, O8_TX, '-97.00'],
  },
  {
    name: 'b4-qq-no-code', case: 'b4-not-received-alipay-dark', file: 'mmexport1807322538102.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:720:62'], clock: '10:02', battery: 67, title: '速达点卡客服',
    messages: [
      { from: 'time', text: '08:41' },
      { from: 'buyer', text: `订单${O8}，付款了卡密一直没发，订单里是空的` },
      { from: 'time', text: '09:30' },
      { from: 'buyer', text: '一个小时了还是没收到卡密' },
      { from: 'merchant', name: '速达点卡', text: '亲，完美点券这两天缺货，补不上了' },
      { from: 'buyer', text: '那怎么办' },
      { from: 'merchant', name: '速达点卡', text: '您在平台申请退款吧，我这边同意' },
    ],
    key_phrases: [O8, '付款了卡密一直没发', '我这边同意'],
  },
  {
    name: 'b4-wanmei-order-wait', case: 'b4-not-received-alipay-dark', file: 'Screenshot_2027-04-10-10-03-58-771_com.android.chrome.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '10:03', battery: 67, shop: '速达点卡', accent: '#e8483b',
    order: {
      query: O8, statusTone: 'wait',
      rows: [['订单号', O8], ['商品名称', '完美世界 点券 1000点 卡密'], ['实付金额', '¥97.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-04-10 08:33:55']],
    },
    key_phrases: [O8, '¥97.00', '待发货'],
  },

  // ── 9 b4-late-delivery-48h: late_delivery, ready; "48 小时内发货" is a promise, not a refund window ──
  {
    name: 'b4-spotify-order-wait', case: 'b4-late-delivery-48h', file: 'Screenshot_20270414-091802.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '09:18', battery: 81, shop: '云帆账号代开', accent: '#1db954',
    order: {
      query: O9, statusTone: 'wait',
      rows: [['订单号', O9], ['商品名称', 'Spotify Premium 家庭组 会员 代开通 12个月'], ['登录邮箱', 'sp****@163.com'], ['实付金额', '¥126.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-04-11 21:06:40']],
      noteTitle: '发货说明',
      note: ['代开通商品 48 小时内发货，发货后 7 天自动确认收货。'],
    },
    corpus: [SRC.ship48],
    key_phrases: [O9, '¥126.00', '待发货', '48 小时内发货'],
  },
  {
    name: 'b4-wechat-spotify-late', case: 'b4-late-delivery-48h', file: 'mmexport1807665712334.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:600:55'], clock: '09:21', battery: 80, title: '云帆账号代开',
    messages: [
      { from: 'time', text: '4月12日 10:15' },
      { from: 'buyer', text: `订单${O9}，Spotify家庭组什么时候开通？` },
      { from: 'merchant', text: '排队中，页面写了48小时内发货，请耐心等待' },
      { from: 'time', text: '昨天 22:40' },
      { from: 'buyer', text: '已经超过48小时了，还是没开通' },
      { from: 'time', text: '08:55' },
      { from: 'buyer', text: '快60个小时了，订单还是待发货' },
      { from: 'merchant', text: '抱歉，家庭组名额一直没排上，您在平台申请退款吧，我同意' },
    ],
    corpus: [SRC.ship48],
    key_phrases: [O9, '已经超过48小时了', '我同意'],
  },

  // ── 10 b4-en-nad-m365-personal: not_as_described, ready; a quoted, declined insult ───────────
  {
    name: 'b4-en-m365-personal', case: 'b4-en-nad-m365-personal', file: 'Screenshot_20270412-172215.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '17:22', battery: 54, appTitle: 'Microsoft 365',
    fields: [['Product key', 'K7R2M-*****-*****-*****-DP4XQ'], ['Account', 'j****@outlook.com']], submit: 'Redeem',
    dialog: { title: 'Your subscription is ready', body: ['Microsoft 365 Personal', '1 person · 12 months'], buttons: ['OK'] },
    key_phrases: ['Microsoft 365 Personal', '1 person · 12 months'],
  },
  {
    name: 'b4-en-messenger-m365', case: 'b4-en-nad-m365-personal', file: 'IMG_4520.PNG', split: B,
    style: 'messenger', device: 'iphone-1170x2532', clock: '18:12', battery: 51, title: 'SoftLicense Hub', subtitle: 'Active now', merchantAvatar: ['S', '#8E44AD'],
    messages: [
      { from: 'time', text: 'APR 12 AT 17:25' },
      { from: 'buyer', text: `Hi, order ${O10} was listed as Microsoft 365 Family for 6 people, but the key activated as Microsoft 365 Personal, 1 person.` },
      { from: 'merchant', text: 'Personal has the same apps, it should be fine for you.' },
      { from: 'buyer', text: 'I bought Family to share it with my parents. Personal for one person is not what the listing described.' },
      { from: 'buyer', text: 'A friend told me to "just call you scammers in a review". I don\'t want to do that, I\'d rather sort it out here.' },
      { from: 'time', text: 'APR 12 AT 18:10' },
      { from: 'merchant', text: 'Understood. We ran out of Family keys and sent a Personal one by mistake. Please request a refund on the order page, I\'ll approve it.' },
    ],
    key_phrases: [O10, 'not what the listing described', 'I don\'t want to do that', 'I\'ll approve it'],
  },
  {
    name: 'b4-en-order-m365', case: 'b4-en-nad-m365-personal', file: 'Screenshot 2027-04-12 181502.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'SoftLicense Hub',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'The key was delivered to your order page.',
      rows: [['Order ID', O10], ['Offer', 'Microsoft 365 Family – 12 Months, up to 6 people (Key)'], ['Edition', 'Family (6 users)'], ['Seller', 'SoftLicense Hub'], ['Total', 'USD 52.80'], ['Order date', 'Apr 12, 2027 16:50']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O10, 'USD 52.80', 'Family (6 users)'],
  },

  // ── 11 b4-en-not-received-paypal-private: not_received; the seller offers a refund outside the site ──
  {
    name: 'b4-en-order-razer-pending', case: 'b4-en-not-received-paypal-private', file: 'Screenshot_20270413-160210.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '16:02', battery: 33, shop: 'GiftBay',
    order: {
      status: 'Pending delivery', tone: 'wait', statusNote: 'The seller has not delivered your order yet.',
      rows: [['Order ID', O11], ['Offer', 'Razer Gold 20 USD (Global) Digital Code'], ['Seller', 'GiftBay Cards'], ['Total', 'USD 19.40'], ['Payment', 'PayPal'], ['Order date', 'Apr 13, 2027 12:47']],
      buttons: ['Did not receive', 'Contact seller'],
    },
    key_phrases: [O11, 'USD 19.40', 'Pending delivery'],
  },
  {
    name: 'b4-en-whatsapp-dark-private', case: 'b4-en-not-received-paypal-private', file: 'Screenshot_20270413-155833.png', split: B,
    style: 'whatsapp', dark: true, device: 'android-1080x2400', clock: '15:58', battery: 34, title: 'GiftBay Cards', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: `Hi, I paid for order ${O11} at 12:47 and there is still no code on the order page.`, at: '13:05' },
      { from: 'merchant', text: 'Sorry, Razer Gold is out of stock today.', at: '13:40' },
      { from: 'buyer', text: 'Then please cancel it, I have waited almost three hours.', at: '15:20' },
      { from: 'merchant', text: 'Cancelling goes through the marketplace dispute process and I don\'t want to deal with that. Send me your PayPal email, I will send the money back to you directly, outside the site.', at: '15:31' },
      { from: 'buyer', text: 'No thanks, I paid through the marketplace and I will request the refund there.', at: '15:36' },
    ],
    corpus: [SRC.dispute],
    key_phrases: [O11, 'Send me your PayPal email', 'outside the site'],
  },

  // ── 12 b4-activation-return-win: activation_failed, complete, but filed as 退货 ──────────────
  {
    name: 'b4-win11-c002', case: 'b4-activation-return-win', file: 'Snipaste_2027-04-14_14-39-51.png', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'zh', edition: 'Windows 11 专业版', user: 'Liu',
    error: ['无法激活 Windows。激活服务器确定指定的产品密钥存在问题。', '错误代码: 0xC004C002'],
    corpus: [SRC.slC002],
    key_phrases: ['激活服务器确定指定的产品密钥存在问题。', '错误代码: 0xC004C002'],
  },
  {
    name: 'b4-qqpc-c002', case: 'b4-activation-return-win', file: 'Snipaste_2027-04-14_15-21-33.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: '易购正版激活-售后', buyerName: '刘', merchantName: '易购正版激活售后', lineW: 620,
    contacts: ['易购正版激活-售后', '我的手机', '同学群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2027-04-14' },
      { from: 'buyer', at: '14:41:12', text: `订单 ${O12} 的 Win11 专业版密钥激活失败，错误代码 0xC004C002，激活服务器确定指定的产品密钥存在问题` },
      { from: 'merchant', at: '14:52:30', text: '您好，这边给您换一个密钥试试' },
      { from: 'buyer', at: '15:10:46', text: '换的这个也是 0xC004C002，还是激活不了' },
      { from: 'merchant', at: '15:18:03', text: '抱歉，这批密钥都有问题，您在平台申请退款吧，我同意' },
    ],
    corpus: [SRC.slC002],
    key_phrases: [O12, '0xC004C002', '我同意'],
  },
  {
    name: 'b4-win-order-desktop', case: 'b4-activation-return-win', file: 'Snipaste_2027-04-14_15-23-10.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '易购正版激活', accent: '#0078d4',
    order: {
      query: O12, statusTone: 'ok',
      rows: [['订单号', O12], ['商品名称', 'Windows 11 专业版 零售密钥 在线激活'], ['实付金额', '¥29.80'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-04-14 14:27:05']],
      code: 'VK4N2-*****-*****-*****-T7HQB',
    },
    key_phrases: [O12, '¥29.80', '已完成'],
  },

  // ── 13 b4-activation-near-wechat-dark: activation_failed, filed with 78 minutes left; a negated threat ──
  {
    name: 'b4-screenrec-other-device', case: 'b4-activation-near-wechat-dark', file: 'Screenshot_20270415-213016.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '21:30', battery: 22, appTitle: '闪录屏 Pro',
    fields: [['激活码', 'SLP-****-****-8KQ2'], ['设备', 'Xiaomi 14']], submit: '激活',
    dialog: { title: '激活失败', body: ['该激活码已在其他设备上激活。'], buttons: ['确定'] },
    corpus: [SRC.otherDevice],
    key_phrases: ['该激活码已在其他设备上激活。'],
  },
  {
    name: 'b4-wechat-dark-near', case: 'b4-activation-near-wechat-dark', file: 'mmexport1807833163561.jpg', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', degrade: ['fwd:720:65'], clock: '07:52', battery: 90, title: '录屏软件授权店',
    messages: [
      { from: 'time', text: '昨天 21:32' },
      { from: 'buyer', text: `订单${O13}，激活码提示“该激活码已在其他设备上激活”，我是第一次用` },
      { from: 'merchant', text: '亲，您是不是之前在别的手机上激活过？' },
      { from: 'buyer', text: '没有，只有这一台手机。激活一直失败，但我先不投诉，等你们处理' },
      { from: 'time', text: '07:48' },
      { from: 'merchant', text: '查了，这个码之前卖给过别人，是我们发重了。您在平台申请退款，我同意' },
    ],
    corpus: [SRC.otherDevice, SRC.notYet],
    key_phrases: [O13, '该激活码已在其他设备上激活', '但我先不投诉', '我同意'],
  },
  {
    name: 'b4-screenrec-order-dark', case: 'b4-activation-near-wechat-dark', file: 'Screenshot_20270416-075520.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '07:55', battery: 89, shop: '录屏软件授权店', accent: '#13c2c2',
    order: {
      query: O13, statusTone: 'ok',
      rows: [['订单号', O13], ['商品名称', '闪录屏 Pro 永久会员 激活码 (1台设备)'], ['实付金额', '¥45.00'], ['支付方式', 'QQ钱包'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-04-15 09:23:18']],
      code: 'SLP-****-****-8KQ2',
    },
    key_phrases: [O13, '¥45.00', '已完成'],
  },

  // ── 14 b4-en-card-no-chat: card_invalid, error and order but no chat at all ─────────────────
  {
    name: 'b4-en-appstore-not-recognised', case: 'b4-en-card-no-chat', file: 'IMG_4602.PNG', split: B,
    style: 'ios-appstore-alert', device: 'iphone-1170x2532', clock: '20:39', battery: 64, lang: 'en', code: 'XQ7K********R4MN',
    alert: { title: 'Unable to Redeem', message: 'That code was not recognised. Check for typos and try again.', buttons: ['OK'] },
    corpus: [SRC.revoked],
    key_phrases: ['That code was not recognised. Check for typos and try again.'],
  },
  {
    name: 'b4-en-order-apple', case: 'b4-en-card-no-chat', file: 'photo_2027-04-16_20-41-09.jpg', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', degrade: ['fwd:720:60'], clock: '20:41', battery: 63, shop: 'CodeCorner',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Your code is shown on this page.',
      rows: [['Order ID', O14], ['Offer', 'Apple Gift Card 25 USD (US) – Digital'], ['Seller', 'CodeCorner'], ['Total', 'USD 23.60'], ['Order date', 'Apr 16, 2027 20:14']],
      buttons: ['Report a problem'],
      note: ['Refund policy: if your code does not work, send the seller a screenshot of the error through the order chat within 24 hours.'],
    },
    key_phrases: [O14, 'USD 23.60'],
  },
];
