// The third blind end-to-end set (fixtures/blind3/): 12 cases written by a helper (branch h14i),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// translations said so). Every scene is `split: 'blind3'`; `corpus` cites the source of each line
// taken (URL, or repo + path, or the index id where the index names no repository); lines not
// cited are the author's own connecting lines. Two new app styles: `wechat-pay-bill` (微信支付
// 账单详情, with 交易单号 beside 商户单号) and `google-play-redeem` (Play Store "Redeem code").
// Render with `node scripts/real/render.mjs --set blind3` (into fixtures/real-blind3/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind3` copies the images into fixtures/blind3/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind3';

// order numbers (see each case's order.json)
const O1 = '416270303201407825'; // acg-faka trade_no: 416 + 270303201407 + 825
const O1_TX = '4200002871202703031964025517'; // WeChat Pay 交易单号 (28 digits) of the same payment
const O2 = '1773468120375KVB'; // marketplace id with a letter tail
const O3 = 'P8MX3KD7QW2RT9ZN'; // dujiaoka order_sn
const O4 = '4107726359184430127'; // Xianyu: 19 digits
const O4_TX = '2027031122001156781403392871'; // Alipay 交易号
const O5 = 'KM202703141620417'; // 卡盟: KM + 15 digits
const O6 = 'H6TQ2WN9RK4XM7PD'; // dujiaoka order_sn
const O7 = '1773802214530LTK';
const O8 = '3619027754831106542'; // Taobao: 19 digits
const O8_TX = '2027032022001174590512873316';
const O9 = '603270322103356471'; // acg-faka: 2027-03-22 10:33:56
const O10 = 'Q3WB8N6TZK2HM5RX'; // dujiaoka order_sn
const O11 = '158270324100112903'; // acg-faka: 2027-03-24 10:01:12
const O11_TX = '4200002913202703241057836624';
const O12 = '1774345902618XBX';

const SRC = {
  dede: 'DedeBIZ/DedeV6 src/user/check_card.php ShowMsg("此卡号已经失效，不能再次使用"); the same message in dedecms/DedeCMS member/check_card.php',
  wxpay: 'WeChat Pay order query: 微信支付订单号 (transaction_id) and 商户订单号 (out_trade_no), https://wechatpay.im/openapi/v3/pay/transactions/out-trade-no/%7Bout_trade_no%7D',
  nitro: 'Vedza/NitroSniperGo#365 "This gift has been redeemed already" (https://github.com/Vedza/NitroSniperGo/issues/365), adapted to a Play code',
  regluit: 'Gluejar/regluit#469 "The gift was redeemed at 10:32 today." (https://github.com/Gluejar/regluit/pull/469)',
  colab: 'googlecolab/colabtools#5913 "purchased on the wrong Google account" (https://github.com/googlecolab/colabtools/issues/5913), adapted',
  psZh: 'electronicfirst.com (zh page) "The code you entered may not be correct or no longer valid" (https://www.electronicfirst.com/zh/support/solutions/fix-common-issues-for-playstation)',
  anader: 'store.anader.org return policy "If you see a message that the code was already used, please send us the code along with a screenshot showing the full message." (https://www.store.anader.org/return-policy)',
  jz: 'zwjjiaozhu/jz-translator#5 购买会员后未发货代码 / 写了三天邮了没有人回 (https://github.com/zwjjiaozhu/jz-translator/issues/5), adapted',
  mybatis: 'gejun123456/MyBatisCodeHelper-Pro#82 加我微信哈 (https://github.com/gejun123456/MyBatisCodeHelper-Pro/issues/82)',
  huafei: 'a top-up app\'s notice bar "话费充值一般情况下10分钟内到账，4个小时内到账都属于正常" (public GitHub Dart file, find_string id 34086504505; the index names no repository)',
  tabdeck: 'tabdeck/tabdeck.so#64 "I purchesed a LiftTime License, but the profile shows that it will be expired one year after" (https://github.com/tabdeck/tabdeck.so/issues/64)',
  markplus: 'markpluslabs/react-markplus#91 "我在 Mac App store 购买了，在 Windows 平台需要另外购买吗？" / "需要，分开销售的。" (https://github.com/markpluslabs/react-markplus/issues/91), adapted',
  scroll: 'fastaddons/ScrollAnywhere#68 "I didn\'t realize this was only safari, sorry. I thought I could use this across all my programs" (https://github.com/fastaddons/ScrollAnywhere/issues/68), translated',
  slerror: 'Windows SDK slerror.h SL_E_ISSUANCE_LICENSE_NOT_INSTALLED 0xC004F062 "The Software Licensing Service reported that a required license could not be found." (find_string id 4846742826), translated',
  licLimit: 'DavidCao626/server resources/lang/zh-CN/register.php \'number_exceed\' => \'授权用户数量超出最大限制\'',
  yinhu: 'yinhu3.com news 2015-08-11: the buyer "会投诉卖家并且报警" (http://www.yinhu3.com/news/content/2015-08/11/content_2618602.htm), adapted into a threat',
  justread: 'ZachSaucier/Just-Read#290 "I think I just mistakenly subscribed … for the second time today. I already have a subscription." (https://github.com/ZachSaucier/Just-Read/issues/290), translated',
  twomb: '2mb.games digital goods refund policy "You purchased a product by accident or more than once" (https://2mb.games/digital-goods-refund-policy), translated into the shop\'s terms',
  valuegc: 'valuegc.com refund policy "Refunds are not available for: Activated Cards … User Error … Change of Mind" (https://www.valuegc.com/refund-policy), adapted',
  passe: 'partout-io/passepartout#444 "convinced that I purchased … I found out that I made the purchase … exclusively the iOS app" (https://github.com/partout-io/passepartout/issues/444), adapted',
};

export default [
  // ── 1 b3-card-qq-dark-wxpay: card_invalid, ready; the order proof is a WeChat Pay bill ─────
  {
    name: 'b3-netease-card-dialog', case: 'b3-card-qq-dark-wxpay', file: 'Screenshot_20270303-201712.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '20:17', battery: 64,
    game: { title: '点卡充值', name: '网易一卡通 充值中心', hue: '#c8102e', fields: [['充值账号', 'wy_****_0618'], ['卡号', '1303 **** **** 5527'], ['卡密', '********2741']], submit: '确认充值', tips: ['面值: 50元'] },
    dialog: { title: '充值失败', body: ['此卡号已经失效，不能再次使用'], buttons: ['确定'] },
    corpus: [SRC.dede],
    key_phrases: ['此卡号已经失效，不能再次使用'],
  },
  {
    name: 'b3-qq-dark-card', case: 'b3-card-qq-dark-wxpay', file: 'Screenshot_2027-03-03-21-31-40-077_com.tencent.mobileqq.png', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', clock: '21:31', battery: 58, title: '点卡驿站客服',
    messages: [
      { from: 'time', text: '20:19' },
      { from: 'buyer', text: `订单号 ${O1}，刚买的网易一卡通，充值提示“此卡号已经失效，不能再次使用”` },
      { from: 'merchant', name: '点卡驿站', text: '亲，卡密是系统自动发的，您确认充值的是网易一卡通专区吗？' },
      { from: 'buyer', text: '确认过了，卡号卡密都是复制粘贴的，第一次充就提示失效' },
      { from: 'time', text: '21:26' },
      { from: 'merchant', name: '点卡驿站', text: '查到了，这张卡上游出库前已经被充过，是我们的问题。您在平台申请退款，我这边同意' },
    ],
    corpus: [SRC.dede],
    key_phrases: [O1, '此卡号已经失效', '您在平台申请退款，我这边同意'],
  },
  {
    name: 'b3-wxpay-bill-light', case: 'b3-card-qq-dark-wxpay', file: 'Screenshot_2027-03-03-21-33-18-512_com.tencent.mm.png', split: B,
    style: 'wechat-pay-bill', device: 'android-1080x2400', clock: '21:33', battery: 57, logoColor: '#c8102e',
    bill: {
      merchant: '点卡驿站', amount: '-48.50',
      rows: [['当前状态', '支付成功', 'status'], ['支付时间', '2027年3月3日 20:14:07'], ['商品', '网易一卡通 50元 点卡 卡密'], ['商户全称', '杭州点卡驿站网络科技有限公司'], ['收单机构', '财付通支付科技有限公司'], ['支付方式', '零钱'], ['交易单号', O1_TX], ['商户单号', O1]],
      tip: '可在支持的商户扫码退款',
    },
    corpus: [SRC.wxpay],
    key_phrases: [O1, O1_TX, '-48.50'],
  },

  // ── 2 b3-en-card-gplay-wrong-account: card_invalid chosen; the buyer redeemed it on his other account ──
  {
    name: 'b3-gplay-redeemed-dark', case: 'b3-en-card-gplay-wrong-account', file: 'Screenshot_20270306-104122.png', split: B,
    style: 'google-play-redeem', device: 'android-1080x2400', dark: true, clock: '10:41', battery: 71,
    account: 'al*****@gmail.com', code: 'P7QK-****-****-4MWX',
    lines: ['This code has been redeemed already.'],
    corpus: [SRC.nitro],
    key_phrases: ['This code has been redeemed already.'],
  },
  {
    name: 'b3-en-whatsapp-other-account', case: 'b3-en-card-gplay-wrong-account', file: 'IMG-20270306-WA0007.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['forward'], clock: '11:18', battery: 66, title: 'CardNest Support', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: `Hi, the Google Play card from order ${O2} says "This code has been redeemed already". I got it 40 minutes ago.`, at: '10:44' },
      { from: 'merchant', text: 'Checked with our supplier: the gift was redeemed at 10:32 today, about half an hour after delivery. Do you have more than one Google account on that phone?', at: '10:58' },
      { from: 'buyer', text: 'Oh no. I have two accounts. The balance is on my other one, I redeemed it there first by mistake and then tried again on my main account.', at: '11:09' },
      { from: 'buyer', text: 'Can I still get a refund for an invalid code? I wanted the balance on my main account.', at: '11:10' },
      { from: 'merchant', text: 'The code was valid and it is on your other account. Google does not move balance between accounts, sorry.', at: '11:16' },
    ],
    corpus: [SRC.nitro, SRC.regluit, SRC.colab],
    key_phrases: [O2, 'the gift was redeemed at 10:32 today', 'I redeemed it there first by mistake'],
  },
  {
    name: 'b3-en-order-gplay', case: 'b3-en-card-gplay-wrong-account', file: 'Screenshot 2027-03-06 112402.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'CardNest',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'The code was delivered to your order page.',
      rows: [['Order ID', O2], ['Offer', 'Google Play Gift Card 25 USD (United States)'], ['Seller', 'CardNest'], ['Quantity', '1'], ['Total', 'USD 24.20'], ['Payment', 'PayPal'], ['Order date', 'Mar 6, 2027 10:02']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O2, 'USD 24.20'],
  },

  // ── 3 b3-en-card-late-filing-ps: card_invalid, everything in order but filed two days later ──
  {
    name: 'b3-ps-redeem-tv', case: 'b3-en-card-late-filing-ps', file: 'IMG_20270308_200612.jpg', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.25, focus: [0.5, 0.5],
    code: 'K3N7-****-Q2TM', heading: 'An error has occurred.',
    lines: ['The code you entered may not be correct or is no longer valid.'],
    corpus: [SRC.psZh],
    key_phrases: ['The code you entered may not be correct or is no longer valid.'],
  },
  {
    name: 'b3-en-telegram-ps', case: 'b3-en-card-late-filing-ps', file: 'IMG_7714.PNG', split: B,
    style: 'telegram', device: 'iphone-1170x2532', clock: '21:12', battery: 38, title: 'PixelVault Keys', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'March 8' },
      { from: 'buyer', text: `Hi, the PSN card from order ${O3} shows "The code you entered may not be correct or is no longer valid". I copied it from the order page ten minutes after buying.`, at: '20:02' },
      { from: 'merchant', text: 'If you see a message that the code was already used, please send us the code along with a screenshot showing the full message.', at: '20:09' },
      { from: 'buyer', type: 'image', hue: 225, w: 220, h: 150, at: '20:13' },
      { from: 'buyer', text: 'Photo of the TV above, the code is the one on the order page.', at: '20:13' },
      { from: 'merchant', text: 'Thanks. Our supplier confirms it was used before delivery. Please open a refund request on the order page, we will accept it.', at: '21:05' },
    ],
    corpus: [SRC.psZh, SRC.anader],
    key_phrases: [O3, 'may not be correct or is no longer valid', 'we will accept it'],
  },
  {
    name: 'b3-en-order-ps', case: 'b3-en-card-late-filing-ps', file: 'Screenshot 2027-03-10 085512.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'PixelVault Keys',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'The code was delivered to your order page.',
      rows: [['Order ID', O3], ['Offer', 'PlayStation Store Gift Card 50 USD (US), digital code'], ['Seller', 'PixelVault Keys'], ['Quantity', '1'], ['Total', 'USD 46.80'], ['Payment', 'PayPal'], ['Order date', 'Mar 8, 2027 19:40']],
      buttons: ['Request refund', 'Contact seller'],
      note: ['Refund policy: please redeem your code upon receiving it. If you see a message that the code was already used, please send us the code along with a screenshot showing the full message.'],
    },
    corpus: [SRC.anader],
    key_phrases: [O3, 'USD 46.80'],
  },

  // ── 4 b3-not-received-xianyu: not_received, ready; the seller never sent the code ──────────
  {
    name: 'b3-xianyu-no-code', case: 'b3-not-received-xianyu', file: 'Screenshot_2027-03-12-09-20-33-271_com.taobao.idlefish.png', split: B,
    style: 'xianyu-chat', device: 'android-1080x2400', clock: '09:20', battery: 83, title: '鱼塘小铺',
    item: { title: '百度网盘 超级会员 月卡 激活码', price: '¥25.80', status: '待发货' },
    messages: [
      { from: 'time', text: '昨天 13:06' },
      { from: 'buyer', text: '你好，拍下付款了，激活码发一下' },
      { from: 'time', text: '昨天 18:40' },
      { from: 'buyer', text: '买了会员，一直没发激活码' },
      { from: 'time', text: '昨天 23:15' },
      { from: 'buyer', text: '发了一天消息了都没有人回，到底发不发？' },
      { from: 'time', text: '09:12' },
      { from: 'merchant', text: '不好意思，这两天货源断了，发不了。你申请退款吧，我同意' },
      { from: 'buyer', text: '好' },
    ],
    corpus: [SRC.jz],
    key_phrases: ['买了会员，一直没发激活码', '你申请退款吧，我同意'],
  },
  {
    name: 'b3-xianyu-order-waiting', case: 'b3-not-received-xianyu', file: 'Screenshot_2027-03-12-09-21-05-618_com.taobao.idlefish.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '09:21', battery: 83, variant: 'xianyu',
    order: {
      status: '等待卖家发货', statusNote: '买家已付款，等待卖家发货', shop: '鱼塘小铺', product: '百度网盘 超级会员 月卡 激活码', price: '¥25.80', paid: '¥25.80',
      info: [['订单编号', O4], ['支付宝交易号', O4_TX], ['创建时间', '2027-03-11 13:05:30'], ['付款时间', '2027-03-11 13:05:44']],
      buttons: ['申请退款', '联系卖家'],
    },
    key_phrases: [O4, '¥25.80', '等待卖家发货'],
  },

  // ── 5 b3-not-received-private-refund: not_received; the shop offers to pay back on WeChat ──
  {
    name: 'b3-wps-order-pending', case: 'b3-not-received-private-refund', file: 'Screenshot_20270314-185530.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '18:55', battery: 45, shop: '办公会员直充', accent: '#d9230f',
    order: {
      query: O5, statusTone: 'wait',
      rows: [['订单号', O5], ['商品名称', 'WPS 超级会员 年卡 直充'], ['充值账号', '138****2046'], ['实付金额', '¥89.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-03-14 16:20:41']],
    },
    key_phrases: [O5, '¥89.00', '待发货'],
  },
  {
    name: 'b3-qq-wechat-refund-offer', case: 'b3-not-received-private-refund', file: 'mmexport1773491402215.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['forward', 'reforward'], clock: '18:52', battery: 46, title: '办公会员直充',
    messages: [
      { from: 'time', text: '16:31' },
      { from: 'buyer', text: `订单${O5}，WPS超级会员直充，付款十分钟了还没到账` },
      { from: 'merchant', name: '客服小林', text: '上游在维护，稍等' },
      { from: 'time', text: '18:40' },
      { from: 'buyer', text: '两个多小时了还是没到账，充不了就退款吧' },
      { from: 'merchant', name: '客服小林', text: '平台退款要审核好几天，还扣我手续费。加我微信哈，我微信上直接把钱转你' },
      { from: 'buyer', text: '不用了，我在平台申请退款，你同意一下就行' },
    ],
    corpus: [SRC.mybatis],
    key_phrases: [O5, '加我微信哈', '我在平台申请退款'],
  },

  // ── 6 b3-late-huafei-wechat-dark: late_delivery, ready; "10分钟内到账, 4个小时内都属于正常", nothing after 6 h ──
  {
    name: 'b3-huafei-order', case: 'b3-late-huafei-wechat-dark', file: 'Screenshot_20270316-154402.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:44', battery: 52, shop: '速充话费', accent: '#ff6a00',
    order: {
      query: O6, statusTone: 'wait',
      rows: [['订单号', O6], ['商品名称', '中国移动 话费 100元 快充'], ['充值号码', '151****7730'], ['实付金额', '¥98.50'], ['支付方式', '微信支付'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-03-16 09:12:30']],
      noteTitle: '到账说明',
      note: ['话费充值一般情况下10分钟内到账，4个小时内到账都属于正常。'],
    },
    corpus: [SRC.huafei],
    key_phrases: [O6, '¥98.50', '待发货', '4个小时内到账都属于正常'],
  },
  {
    name: 'b3-huafei-wechat-dark', case: 'b3-late-huafei-wechat-dark', file: 'Screenshot_20270316-154830.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '15:48', battery: 51, title: '速充话费客服',
    messages: [
      { from: 'time', text: '09:45' },
      { from: 'buyer', text: `订单${O6}，付款半小时了，写的10分钟内到账，话费还没到` },
      { from: 'merchant', text: '高峰期，稍等一下' },
      { from: 'time', text: '15:30' },
      { from: 'buyer', text: '六个多小时了还是没到账，你们页面写的4个小时内都算正常' },
      { from: 'merchant', text: '抱歉，这个渠道卡单了，今天到不了。您在平台申请退款吧，我同意' },
    ],
    corpus: [SRC.huafei],
    key_phrases: [O6, '六个多小时了还是没到账', '您在平台申请退款吧，我同意'],
  },

  // ── 7 b3-en-nad-lifetime-telegram-dark: not_as_described, ready; "Lifetime" sold, a 1-year key sent ──
  {
    name: 'b3-en-license-one-year', case: 'b3-en-nad-lifetime-telegram-dark', file: 'Screenshot_20270318-202644.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', dark: true, clock: '20:26', battery: 41, appTitle: 'SnapNote Pro',
    fields: [['License key', 'SNAP-****-****-7QXD'], ['Account', 'm****@outlook.com']], submit: 'Activate',
    dialog: { title: 'License activated', body: ['Plan: Pro (1 year)', 'Your license will expire on Mar 18, 2028.'], buttons: ['OK'] },
    corpus: [SRC.tabdeck],
    key_phrases: ['Plan: Pro (1 year)', 'Your license will expire on Mar 18, 2028.'],
  },
  {
    name: 'b3-en-telegram-dark-lifetime', case: 'b3-en-nad-lifetime-telegram-dark', file: 'Screenshot_20270319-094012.png', split: B,
    style: 'telegram', device: 'android-1080x2400', dark: true, clock: '09:40', battery: 88, title: 'SnapNote Keys', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'March 18' },
      { from: 'buyer', text: `Hi, I purchased a Lifetime License from order ${O7}, but the profile shows that it will be expired one year after.`, at: '20:31' },
      { from: 'merchant', text: 'It is the same Pro license, it works the same.', at: '20:50' },
      { from: 'buyer', text: 'The listing says Lifetime License. A key that expires in one year is not what was described.', at: '20:52' },
      { from: 'time', text: 'March 19' },
      { from: 'merchant', text: 'You are right, these keys came from our yearly batch. Please request a refund on the order page and I will approve it.', at: '09:31' },
    ],
    corpus: [SRC.tabdeck],
    key_phrases: [O7, 'it will be expired one year after', 'not what was described', 'I will approve it'],
  },
  {
    name: 'b3-en-order-lifetime', case: 'b3-en-nad-lifetime-telegram-dark', file: 'Screenshot_20270319-094355.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '09:43', battery: 88, shop: 'SnapNote Keys',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'The code was delivered to your order page.',
      rows: [['Order ID', O7], ['Offer', 'SnapNote Pro Lifetime License (1 PC)'], ['Seller', 'SnapNote Keys'], ['License type', 'Lifetime'], ['Total', 'USD 29.90'], ['Order date', 'Mar 18, 2027 20:05']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O7, 'USD 29.90', 'Lifetime'],
  },

  // ── 8 b3-nad-wrong-version-taobao: not_as_described chosen; the buyer admits he bought the Mac version ──
  {
    name: 'b3-taobao-mac-version', case: 'b3-nad-wrong-version-taobao', file: 'mmexport1774000310562.jpg', split: B,
    style: 'taobao-chat', device: 'android-1080x2400', degrade: ['forward'], clock: '15:05', battery: 62, title: '效率软件小铺',
    messages: [
      { from: 'buyer', type: 'card', card: { title: 'MarkPlus 编辑器 Mac版 永久授权 激活码', price: '¥68.00', order: `订单编号：${O8}`, status: '已发货' } },
      { from: 'buyer', text: '我在你家买的激活码，在 Windows 平台用不了，需要另外购买吗？' },
      { from: 'merchant', text: '需要，分开销售的。标题和详情页都写了是Mac版哦' },
      { from: 'buyer', text: '我没注意到这个只支持Mac，抱歉，我以为两个平台都能用' },
      { from: 'buyer', text: '激活码我还没用过，能退吗？' },
      { from: 'merchant', text: '没用过的话你申请退款吧，我看一下' },
    ],
    corpus: [SRC.markplus, SRC.scroll],
    key_phrases: [O8, '在 Windows 平台用不了', '我没注意到这个只支持Mac'],
  },
  {
    name: 'b3-taobao-order-mac', case: 'b3-nad-wrong-version-taobao', file: 'Screenshot_20270320-150712.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '15:07', battery: 61, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '效率软件小铺', product: 'MarkPlus 编辑器 Mac版 永久授权 激活码', sku: '版本：Mac版', price: '¥68.00', paid: '¥68.00',
      info: [['订单编号', O8], ['支付宝交易号', O8_TX], ['创建时间', '2027-03-20 14:30:02'], ['付款时间', '2027-03-20 14:30:18'], ['发货时间', '2027-03-20 14:30:25']],
    },
    key_phrases: [O8, '¥68.00'],
  },

  // ── 9 b3-activation-win-qqpc: activation_failed, ready; 0xC004F062 on Windows settings ─────
  {
    name: 'b3-win11-f062', case: 'b3-activation-win-qqpc', file: 'Snipaste_2027-03-22_11-02-47.png', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'zh', edition: 'Windows 11 专业版', user: 'Zhao',
    error: ['无法激活 Windows。软件授权服务报告找不到所需的许可证。', '错误代码: 0xC004F062'],
    corpus: [SRC.slerror],
    key_phrases: ['软件授权服务报告找不到所需的许可证。', '错误代码: 0xC004F062'],
  },
  {
    name: 'b3-qqpc-f062', case: 'b3-activation-win-qqpc', file: 'Snipaste_2027-03-22_11-25-09.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: '正版软件仓-客服', buyerName: '赵', merchantName: '正版软件仓客服', lineW: 620,
    contacts: ['正版软件仓-客服', '我的手机', '家人群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2027-03-22' },
      { from: 'buyer', at: '10:58:21', text: `订单 ${O9} 买的 Win11 专业版密钥，激活提示错误代码 0xC004F062，软件授权服务报告找不到所需的许可证` },
      { from: 'merchant', at: '11:06:40', text: '麻烦发一下激活页面的截图' },
      { from: 'buyer', at: '11:08:02', text: '截图发你了，设置-系统-激活里显示的，密钥是复制粘贴的' },
      { from: 'merchant', at: '11:20:15', text: '查了，这批密钥有问题，不是您操作的原因。您在平台申请退款，我这边同意' },
    ],
    corpus: [SRC.slerror],
    key_phrases: [O9, '0xC004F062', '不是您操作的原因'],
  },
  {
    name: 'b3-win-order-desktop', case: 'b3-activation-win-qqpc', file: 'Snipaste_2027-03-22_12-10-05.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '正版软件仓', accent: '#2563eb',
    order: {
      query: O9,
      rows: [['订单号', O9], ['商品名称', 'Windows 11 专业版 零售密钥 在线激活'], ['购买数量', '1'], ['实付金额', '¥79.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-03-22 10:33:56']],
      code: '密钥: VK7QN-*****-*****-*****-3T8RW',
    },
    key_phrases: [O9, '¥79.00'],
  },

  // ── 10 b3-activation-threat-wechat-dark: activation_failed; the buyer threatens and insults ──
  {
    name: 'b3-license-limit-dialog-dark', case: 'b3-activation-threat-wechat-dark', file: 'Screenshot_20270323-191044.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', dark: true, clock: '19:10', battery: 33, appTitle: '剪辑大师 · 激活',
    fields: [['激活码', 'JXDS-****-****-3KQT']], submit: '立即激活',
    dialog: { title: '激活失败', body: ['授权用户数量超出最大限制'], buttons: ['确定'] },
    corpus: [SRC.licLimit],
    key_phrases: ['激活失败', '授权用户数量超出最大限制'],
  },
  {
    name: 'b3-wechat-dark-threat', case: 'b3-activation-threat-wechat-dark', file: 'mmexport1774276553120.jpg', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', degrade: ['forward'], clock: '22:35', battery: 24, title: '剪辑软件授权店',
    messages: [
      { from: 'time', text: '19:12' },
      { from: 'buyer', text: `订单${O10}的激活码，输进去提示授权用户数量超出最大限制，我是第一次激活` },
      { from: 'merchant', text: '重启软件再试试' },
      { from: 'time', text: '21:48' },
      { from: 'buyer', text: '试了三次还是这样，你们是不是一码多卖' },
      { from: 'buyer', text: '不退款就给差评，还要投诉你并且报警，骗子店！' },
      { from: 'time', text: '22:30' },
      { from: 'merchant', text: '查了，这个码上游重复出了，抱歉。您申请退款，我同意' },
    ],
    corpus: [SRC.licLimit, SRC.yinhu],
    key_phrases: [O10, '授权用户数量超出最大限制', '骗子店'],
  },
  {
    name: 'b3-license-order-dark', case: 'b3-activation-threat-wechat-dark', file: 'Screenshot_20270323-223801.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', dark: true, clock: '22:38', battery: 24, shop: '剪辑软件授权店', accent: '#7c5cff',
    order: {
      query: O10,
      rows: [['订单号', O10], ['商品名称', '剪辑大师 专业版 年度授权 激活码'], ['购买数量', '1'], ['实付金额', '¥59.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-03-23 19:02:11']],
      code: '激活码: JXDS-****-****-3KQT',
    },
    key_phrases: [O10, '¥59.00'],
  },

  // ── 11 b3-wrong-purchase-wxpay-dark: wrong_purchase, ready; a second purchase cancelled before top-up ──
  {
    name: 'b3-wxpay-bill-dark', case: 'b3-wrong-purchase-wxpay-dark', file: 'Screenshot_2027-03-24-10-18-40-335_com.tencent.mm.png', split: B,
    style: 'wechat-pay-bill', device: 'android-1080x2400', dark: true, clock: '10:18', battery: 77, logoColor: '#f86442',
    bill: {
      merchant: '有声会员小站', amount: '-168.00',
      rows: [['当前状态', '支付成功', 'status'], ['支付时间', '2027年3月24日 10:01:12'], ['商品', '喜马拉雅 VIP 年卡 直充'], ['商户全称', '深圳有声小站网络科技有限公司'], ['收单机构', '财付通支付科技有限公司'], ['支付方式', '零钱'], ['交易单号', O11_TX], ['商户单号', O11]],
      tip: '可在支持的商户扫码退款',
    },
    corpus: [SRC.wxpay],
    key_phrases: [O11, O11_TX, '-168.00'],
  },
  {
    name: 'b3-qq-second-purchase', case: 'b3-wrong-purchase-wxpay-dark', file: 'Screenshot_2027-03-24-10-16-52-904_com.tencent.mobileqq.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '10:16', battery: 78, title: '有声会员小站',
    messages: [
      { from: 'time', text: '10:05' },
      { from: 'buyer', text: `刚才下的单 ${O11}，我好像不小心又买了一次，我已经有年卡了` },
      { from: 'buyer', text: '这单还没充吧？麻烦别充了，我申请退款' },
      { from: 'merchant', name: '小站客服', text: '查了，这单还没充值。未充值的订单可以退，您在订单页申请退款，我同意' },
      { from: 'buyer', text: '好的，谢谢' },
    ],
    corpus: [SRC.justread, SRC.twomb],
    key_phrases: [O11, '不小心又买了一次', '这单还没充值'],
  },

  // ── 12 b3-en-wrong-purchase-no-refund-terms: wrong_purchase; the terms exclude "user error" ──
  {
    name: 'b3-en-discord-xbox-version', case: 'b3-en-wrong-purchase-no-refund-terms', file: 'Screenshot 2027-03-25 213802.png', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', light: true, buyerName: 'jonah.k', merchantName: 'KeyHarbor', lineW: 640,
    messages: [
      { from: 'time', text: 'March 25, 2027' },
      { from: 'buyer', text: `Hi, convinced that I bought the PC key, I found out that order ${O12} is the Xbox version. I need the PC one.`, at: 'Today at 21:29' },
      { from: 'buyer', text: 'The code is still not revealed. Can I get a refund or swap it for the PC key?', at: 'Today at 21:30' },
      { from: 'merchant', text: 'Sorry, refunds are not available for user error or change of mind, as stated in the refund policy on the product page.', at: 'Today at 21:36' },
    ],
    corpus: [SRC.passe, SRC.valuegc],
    key_phrases: [O12, 'I found out that order', 'refunds are not available for user error or change of mind'],
  },
  {
    name: 'b3-en-order-xbox-terms', case: 'b3-en-wrong-purchase-no-refund-terms', file: 'Screenshot 2027-03-25 213915.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'KeyHarbor',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'Your code is ready. Click Reveal code to see it.',
      rows: [['Order ID', O12], ['Offer', 'Minecraft: Java & Bedrock Edition, Xbox One / Series X|S key (Global)'], ['Seller', 'KeyHarbor'], ['Quantity', '1'], ['Total', 'USD 21.50'], ['Delivery', 'Code delivery (not revealed)'], ['Order date', 'Mar 25, 2027 21:14']],
      buttons: ['Reveal code', 'Report a problem'],
      note: ['Seller refund policy', 'Refunds are not available for: Activated Cards (any code that has already been accessed or claimed); User Error (mistakes made by the buyer, such as ordering the wrong platform); Change of Mind (personal preference changes once the transaction is complete).'],
    },
    corpus: [SRC.valuegc],
    key_phrases: [O12, 'USD 21.50', 'Refunds are not available for'],
  },
];
