// The second blind end-to-end set (fixtures/blind2/): 12 cases written by a helper (branch h14g),
// not by the lead engineer, from public wording the project had not used before (none of the
// sources is in test/corpus/SOURCES.md, test/corpus/*.yaml or scripts/real/SOURCES.md), combined
// and lightly adapted (names, amounts and order numbers made consistent with each case's
// order.json; translations said so). Every scene is `split: 'blind2'`; `corpus` cites the source
// of each line taken (URL, or repo + issue); lines not cited are the author's own connecting
// lines. Render with `node scripts/real/render.mjs --set blind2` (into fixtures/real-blind2/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind2` copies the images into fixtures/blind2/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind2';

// order numbers (see each case's order.json)
const O1 = '270208-551827340916'; // Pinduoduo: YYMMDD-12 digits
const O2 = '1770526331208PKN'; // marketplace id with a letter tail
const O3 = '528270210094512306'; // acg-faka trade_no: 3 digits + 270210094512 + 3 digits
const O4 = 'M7RK2QX9TD4WN8PB'; // dujiaoka order_sn
const O5 = 'KM202702121933058'; // 卡盟 back office
const O6 = '1770802250914RQD';
const O7 = '1770895512447HWA';
const O8 = '1770987340612ZTM';
const O9 = '305118274629'; // JD: 12 digits
const O10 = '731270217074408215'; // acg-faka: 2027-02-17 07:44:08
const O11 = '3538216640719925013'; // Taobao: 19 digits
const O11_OTHER = '3538216640719921786'; // the buyer's order of last month at the same shop
const O12 = 'W4TQ9M2XK7RD3NZB'; // dujiaoka order_sn

const SRC = {
  quanauth: 'rakirizu/QuanAuth#14 在线开通显示卡密不存在 (https://github.com/rakirizu/QuanAuth/pull/14)',
  shopTerms: 'card-shop goods page 购买须知 "卡密一经售出，不支持退换" (public GitHub Vue file, find_string id 53801879565; repository not named by the index)',
  fastgpt: 'labring/FastGPT#6275 充值没成功, 付款截图也有了 (https://github.com/labring/FastGPT/issues/6275)',
  faker: 'Android1500/AndroidFaker#82 I paid with PayPal, but I didn\'t receive any license key … in my email (https://github.com/Android1500/AndroidFaker/issues/82)',
  gsc: 'noitcudni/google-search-console-bulk-url-removal#120 I didn\'t receive a license key after my purchase. I would like to cancel my purchase as I cannot wait any longer / Oops. Sorry, I totally didn\'t see this. I\'ll refund you. (https://github.com/noitcudni/google-search-console-bulk-url-removal/issues/120)',
  lky: 'OdysseusYuan/LKY_OfficeTools#83 程序自动安装的office无法激活，请问如何解决？ / 是否有相应的错误信息可供参考？ (https://github.com/OdysseusYuan/LKY_OfficeTools/issues/83)',
  otp: 'YerongAI/Office-Tool#331 错误代码: 0xC004F014 错误信息: 软件许可服务报告产品密钥不可用。 (https://github.com/YerongAI/Office-Tool/issues/331)',
  mall: 'JimmyWongHJW/my-docusaurus-site2 docs/tutorial-basics/mall-help/intro.md 本店自动发货，支付成功后会跳转到发货页面',
  siyuan: 'MarkMindCkm/siyuan-markmind#23 已付款，但没有收到激活码 (https://github.com/MarkMindCkm/siyuan-markmind/issues/23)',
  apple: 'Apple support text "Card has already been redeemed" as copied at https://borgerdigons.blogspot.com/2022/04/there-was-problem-sending-your-gift.html (alert wording adapted)',
  kurisu: 'nh-server/Kurisu#937 "this activationcode cannot be used in the set region / recheck the code and enter it again", "the code was a USD card trying to be claimed in a EUR region (netherlands)" (https://github.com/nh-server/Kurisu/issues/937)',
  nextra: 'shuding/nextra#3619 I inadvertantly submitted a second payment when I just need one license … How do I go about getting a refund for one of the transactions? (https://github.com/shuding/nextra/issues/3619)',
  loopple: 'Loopple/loopple#21 unfortunately, we can\'t refund them as already it passed the time available for refund (https://github.com/Loopple/loopple/issues/21)',
  devices: 'Snipaste/feedback#3766 被告知设备超出数量上限 (https://github.com/Snipaste/feedback/issues/3766); Loon0x00/Loon4Mac#86 提示到最大数量了 (https://github.com/Loon0x00/Loon4Mac/issues/86); translated',
  vysor: 'koush/vysor.io#1128 This product is a SCAM!!!! / please note I have reported this issue with Paypal and your account might get suspended if you don\'t resolve this issue real quick. (https://github.com/koush/vysor.io/issues/1128)',
  tushare: 'waditu/tushare#1107 这样吧，你加我的微信：… 然后给我你的Tushare账号就可以了 (https://github.com/waditu/tushare/issues/1107)',
  flyingbird: 'winston779/flyingbird#19 我充了一年 没到账 (https://github.com/winston779/flyingbird/issues/19)',
  coffee: 'winston779/CoffeeCloud#3 刚充值完就不用了，也没客服处理 (https://github.com/winston779/CoffeeCloud/issues/3)',
  terminal: 'RoseKhlifa/Terminal-Farm-Business#2 提示卡密错误 (https://github.com/RoseKhlifa/Terminal-Farm-Business/issues/2)',
  msdocs: 'MicrosoftDocs/OfficeDocs-DeployOffice#922 Many online pages illegally resell Office Professional Plus volume license product keys. Sometimes they say they are selling Office Professional. (https://github.com/MicrosoftDocs/OfficeDocs-DeployOffice/issues/922, translated)',
};

export default [
  // ── 1 b2-card-pdd-quoted-refusal: card_invalid, ready; the buyer quotes the shop's no-return terms ──
  {
    name: 'b2-junnet-dialog', case: 'b2-card-pdd-quoted-refusal', file: 'Screenshot_20270208-195204.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '19:52', battery: 58,
    game: { title: '点卡充值', name: '骏网一卡通 充值中心', hue: '#1e6fd9', fields: [['充值账号', 'jw****0827'], ['卡号', '1702 **** **** 4418'], ['卡密', '********6093']], submit: '确认充值', tips: ['面值: 100元'] },
    dialog: { title: '充值失败', body: ['卡密不存在'], buttons: ['确定'] },
    corpus: [SRC.quanauth],
    key_phrases: ['卡密不存在'],
  },
  {
    name: 'b2-pdd-quoted-refusal', case: 'b2-card-pdd-quoted-refusal', file: 'Screenshot_20270208-201733.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '20:17', battery: 55, title: '一卡通点卡专营店',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '骏网一卡通 100元 卡密 自动发货', price: '¥96.50', order: `订单编号：${O1}`, status: '已发货' } },
      { from: 'buyer', text: '一卡通卡密充值，提示卡密不存在' },
      { from: 'merchant', text: '亲，我们发的都是新卡，是不是输错了' },
      { from: 'buyer', text: '复制粘贴的，不会错。你们商品页写着"卡密一经售出，不支持退换"，可这是卡密不存在，不是我买错了' },
      { from: 'merchant', text: '亲亲稍等，查到了，这张卡上游没有入库，是我们的问题，您申请退款，我这边同意' },
    ],
    corpus: [SRC.quanauth, SRC.shopTerms],
    key_phrases: [O1, '¥96.50', '提示卡密不存在', '卡密一经售出，不支持退换', '您申请退款，我这边同意'],
  },

  // ── 2 b2-en-not-received-discord: not_received, English, Discord dark, ready ────────────
  {
    name: 'b2-en-order-awaiting', case: 'b2-en-not-received-discord', file: 'Screenshot 2027-02-09 213015.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'ClipKeeper Store',
    order: {
      status: 'Awaiting delivery', tone: 'wait', statusNote: 'The seller has not delivered this order yet.',
      rows: [['Order ID', O2], ['Offer', 'ClipKeeper Pro lifetime license key'], ['Seller', 'ClipKeeper Store'], ['Quantity', '1'], ['Total', 'USD 15.00'], ['Payment', 'PayPal'], ['Order date', 'Feb 9, 2027 10:12']],
      buttons: ['Confirm Received', 'Did Not Receive'],
    },
    key_phrases: [O2, 'USD 15.00', 'Awaiting delivery'],
  },
  {
    name: 'b2-en-discord-dark', case: 'b2-en-not-received-discord', file: 'Screenshot 2027-02-09 214402.png', split: B,
    style: 'discord-dm', device: 'desktop-1920x1080', buyerName: 'kay_m', merchantName: 'ClipKeeper Store',
    messages: [
      { from: 'time', text: 'February 9, 2027' },
      { from: 'buyer', text: `hi, I paid with PayPal, but I didn't receive any license key for ClipKeeper Pro in my email. order ${O2}`, at: 'Today at 10:31' },
      { from: 'buyer', text: 'was the key already used by someone else or just not sent?', at: 'Today at 10:32' },
      { from: 'buyer', first: true, text: 'I didn\'t receive a license key after my purchase. I would like to cancel my purchase as I cannot wait any longer', at: 'Today at 20:58' },
      { from: 'merchant', text: 'Oops. Sorry, I totally didn\'t see this. No key was sent for this order. I\'ll refund you, please request it on the order page and I will accept it.', at: 'Today at 21:40' },
    ],
    corpus: [SRC.faker, SRC.gsc],
    key_phrases: [O2, 'I didn\'t receive any license key', 'I would like to cancel my purchase as I cannot wait any longer', 'I\'ll refund you'],
  },

  // ── 3 b2-activation-office-dingtalk: activation_failed, Office error photographed, ready ──
  {
    name: 'b2-office-0xC004F014-monitor', case: 'b2-activation-office-dingtalk', file: 'IMG_20270210_101522.jpg', split: B,
    style: 'office-activation', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.3, focus: [0.42, 0.42],
    error: ['错误代码: 0xC004F014', '错误信息: 软件许可服务报告产品密钥不可用。'],
    corpus: [SRC.otp],
    key_phrases: ['0xC004F014', '软件许可服务报告产品密钥不可用。'],
  },
  {
    name: 'b2-office-dingtalk', case: 'b2-activation-office-dingtalk', file: 'Screenshot_20270210-104807.png', split: B,
    style: 'dingtalk', device: 'android-1080x2400', clock: '10:48', battery: 81, title: '正版软件商城-小周',
    messages: [
      { from: 'time', text: '上午 10:02' },
      { from: 'buyer', text: `你好，订单${O3}买的Office 2021密钥，程序自动安装的office无法激活，请问如何解决？`, read: true },
      { from: 'merchant', name: '小周', text: '感谢您的购买。是否有相应的错误信息可供参考？' },
      { from: 'buyer', type: 'image', hue: 15, w: 200, h: 150, read: true },
      { from: 'buyer', text: '错误代码: 0xC004F014，软件许可服务报告产品密钥不可用', read: true },
      { from: 'merchant', name: '小周', text: '查了，这批密钥被微软封了，不是您操作的问题。您在平台申请退款，我同意' },
      { from: 'buyer', text: '好的', read: false },
    ],
    corpus: [SRC.lky, SRC.otp],
    key_phrases: [O3, '0xC004F014', '这批密钥被微软封了'],
  },
  {
    name: 'b2-office-order-desktop', case: 'b2-activation-office-dingtalk', file: 'Snipaste_2027-02-10_10-50-31.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '正版软件商城', accent: '#d83b01',
    order: {
      query: O3,
      rows: [['订单号', O3], ['商品名称', 'Office 2021 专业增强版 零售密钥 在线激活'], ['购买数量', '1'], ['实付金额', '¥58.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-02-10 09:45:12']],
      code: '密钥: NX7P2-*****-*****-*****-Q4K8D',
    },
    key_phrases: [O3, '¥58.00'],
  },

  // ── 4 b2-late-qq-neg-scam: late_delivery, ready; "骗子" only as others' words the buyer rejects ──
  {
    name: 'b2-late-order-pending', case: 'b2-late-qq-neg-scam', file: 'Screenshot_20270211-134522.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '13:45', battery: 62, shop: '云音会员小铺', accent: '#dd001b',
    order: {
      query: O4, statusTone: 'wait',
      rows: [['订单号', O4], ['商品名称', '网易云音乐 黑胶VIP 年卡 激活码'], ['购买数量', '1'], ['实付金额', '¥88.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-02-11 08:20:33']],
      noteTitle: '发货说明',
      note: ['本店自动发货，支付成功后会跳转到发货页面。'],
    },
    corpus: [SRC.mall],
    key_phrases: [O4, '¥88.00', '待发货', '本店自动发货'],
  },
  {
    name: 'b2-late-qq', case: 'b2-late-qq-neg-scam', file: 'Screenshot_20270211-140212.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '14:02', battery: 60, title: '云音会员小铺',
    messages: [
      { from: 'time', text: '08:31' },
      { from: 'buyer', text: `已付款，但没有收到激活码，订单号 ${O4}` },
      { from: 'merchant', text: '上游卡单了，稍等，半小时内给您发' },
      { from: 'time', text: '13:50' },
      { from: 'buyer', text: '都五个多小时了还没发。群里有人说你家是骗子，我不信，就想问下到底什么时候发' },
      { from: 'buyer', text: '发不了就退款吧' },
      { from: 'merchant', text: '抱歉，上游一直没货，您在平台申请退款吧' },
    ],
    corpus: [SRC.siyuan],
    key_phrases: [O4, '已付款，但没有收到激活码', '群里有人说你家是骗子，我不信'],
  },

  // ── 5 b2-not-received-used-wechat: not_received chosen, but the code arrived and was rejected ──
  {
    name: 'b2-apple-redeemed-alert', case: 'b2-not-received-used-wechat', file: 'IMG_4418.PNG', split: B,
    style: 'ios-appstore-alert', device: 'iphone-1170x2532', lang: 'en', clock: '19:41', battery: 44, code: 'XQ7M********4TKD',
    alert: { title: 'Unable to Redeem', message: 'This card has already been redeemed.', buttons: ['OK'] },
    corpus: [SRC.apple],
    key_phrases: ['This card has already been redeemed.'],
  },
  {
    name: 'b2-apple-wechat-forward', case: 'b2-not-received-used-wechat', file: 'mmexport1770897302218.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['forward'], clock: '19:55', battery: 42, title: '果果礼品卡(卡盟)',
    messages: [
      { from: 'time', text: '19:38' },
      { from: 'buyer', text: `卡密收到了，订单${O5}的美区苹果卡，兑换提示 This card has already been redeemed` },
      { from: 'buyer', type: 'image', hue: 210, w: 150, h: 220 },
      { from: 'merchant', text: '发之前都测过的，你是不是兑换到别的ID上了' },
      { from: 'buyer', text: '没有，我就一个ID，第一次兑换就这样' },
      { from: 'merchant', text: '那我找上游查一下兑换记录' },
    ],
    corpus: [SRC.apple],
    key_phrases: [O5, '卡密收到了', 'This card has already been redeemed'],
  },
  {
    name: 'b2-kameng-delivered', case: 'b2-not-received-used-wechat', file: 'Screenshot 2027-02-12 200312.png', split: B,
    style: 'kameng-admin', device: 'desktop-1366x768',
    order: {
      status: '已发货', tagBg: '#f0f9eb', tagFg: '#67c23a',
      rows: [['订单号', O5], ['商品名称', 'Apple Gift Card 美区 $25 卡密'], ['购买数量', '1'], ['实付金额', '¥172.00'], ['支付方式', '微信支付'], ['下单时间', '2027-02-12 19:33:05'], ['发货时间', '2027-02-12 19:33:06'], ['发货状态', '已发货'], ['卡密', 'XQ7M-****-****-4TKD']],
      buttons: ['申请售后', '联系客服'],
    },
    key_phrases: [O5, '¥172.00', '已发货'],
  },

  // ── 6 b2-en-region-eshop-line: card_invalid chosen; a US card on a Dutch account ──────────
  {
    name: 'b2-eshop-region-capture', case: 'b2-en-region-eshop-line', file: '2027021321552300-5E1A7C2B9D04F3186A2C0E7B5D9F1A34.jpg', split: B,
    style: 'eshop-redeem', device: 'switch-1280x720', dark: true, degrade: ['forward'],
    code: 'K9RT 4WMX 7QPD 2HNC', errorCode: '',
    lines: ['This activation code cannot be used in the set region.', 'Recheck the code and enter it again.'],
    corpus: [SRC.kurisu],
    key_phrases: ['This activation code cannot be used in the set region.'],
  },
  {
    name: 'b2-en-line-region', case: 'b2-en-region-eshop-line', file: 'IMG_0982.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '22:21', battery: 49, title: 'PixelCards',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, the eShop card from order ${O6} says this activation code cannot be used in the set region`, read: true },
      { from: 'merchant', name: 'PixelCards', text: 'The listing is a US region card. What region is your Nintendo Account set to?' },
      { from: 'buyer', text: 'Netherlands. So it was a USD card trying to be claimed in a EUR region. My bad, I didn\'t check the region before buying.', read: true },
      { from: 'buyer', text: 'Can I still get a refund for an invalid code?', read: true },
      { from: 'merchant', name: 'PixelCards', text: 'The code is unused and works on any US account.' },
    ],
    corpus: [SRC.kurisu],
    key_phrases: [O6, 'cannot be used in the set region', 'it was a USD card trying to be claimed in a EUR region'],
  },
  {
    name: 'b2-en-order-eshop-phone', case: 'b2-en-region-eshop-line', file: 'IMG_0983.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '22:23', battery: 49, shop: 'PixelCards',
    order: {
      status: 'Delivered', statusNote: 'The code was delivered to your order page.',
      rows: [['Order ID', O6], ['Offer', 'Nintendo eShop Gift Card 20 USD (United States)'], ['Seller', 'PixelCards'], ['Region', 'United States'], ['Total', 'USD 19.60'], ['Order date', 'Feb 13, 2027 21:10']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O6, 'USD 19.60'],
  },

  // ── 7 b2-en-wrong-purchase-late-discord: wrong_purchase (a second payment), reported the next day ──
  {
    name: 'b2-en-discord-light-second-payment', case: 'b2-en-wrong-purchase-late-discord', file: 'Screenshot 2027-02-15 091204.png', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', light: true, buyerName: 'r.okafor', merchantName: 'NoteFlow Keys', lineW: 640,
    messages: [
      { from: 'time', text: 'February 15, 2027' },
      { from: 'buyer', text: `Hi, I inadvertently submitted a second payment yesterday when I just need one license. Order ${O7} is the duplicate.`, at: 'Today at 08:41' },
      { from: 'buyer', text: 'The key of that order is still unrevealed, never used. How do I go about getting a refund for this one?', at: 'Today at 08:42' },
      { from: 'merchant', text: 'Unfortunately, we can\'t refund it as already it passed the time available for refund.', at: 'Today at 09:07' },
    ],
    corpus: [SRC.nextra, SRC.loopple],
    key_phrases: [O7, 'I inadvertently submitted a second payment', 'it passed the time available for refund.'],
  },
  {
    name: 'b2-en-order-second-payment', case: 'b2-en-wrong-purchase-late-discord', file: 'Screenshot_20270215-091530.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '09:15', battery: 77, shop: 'NoteFlow Keys',
    order: {
      status: 'Completed', statusNote: 'The code was delivered to your order page. Click to reveal it.',
      rows: [['Order ID', O7], ['Offer', 'NoteFlow Pro license key (1 seat)'], ['Seller', 'NoteFlow Keys'], ['Total', 'USD 12.00'], ['Delivery', 'Code delivery (not revealed)'], ['Order date', 'Feb 14, 2027 09:05']],
      buttons: ['Reveal code', 'Report a problem'],
    },
    key_phrases: [O7, 'USD 12.00'],
  },

  // ── 8 b2-en-threat-telegram-dark: activation_failed; the buyer calls it a scam and threatens ──
  {
    name: 'b2-en-device-limit-dialog', case: 'b2-en-threat-telegram-dark', file: 'Screenshot_20270215-204102.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', dark: true, clock: '20:41', battery: 35, appTitle: 'ScreenCast Pro',
    fields: [['License key', 'SCP3-****-****-8RWQ']], submit: 'Activate',
    dialog: { title: 'Activation failed', body: ['The maximum number of devices for this license has been reached.'], buttons: ['OK'] },
    corpus: [SRC.devices],
    key_phrases: ['Activation failed', 'The maximum number of devices for this license has been reached.'],
  },
  {
    name: 'b2-en-telegram-threat', case: 'b2-en-threat-telegram-dark', file: 'Screenshot_20270215-231904.png', split: B,
    style: 'telegram', device: 'android-1080x2400', dark: true, clock: '23:19', battery: 21, title: 'ScreenCast Keys', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'February 15' },
      { from: 'buyer', text: `Hi, the license from order ${O8} says activation failed, the maximum number of devices has been reached. This is the first device I activate.`, at: '20:44' },
      { from: 'merchant', text: 'Restart the app and try again please', at: '20:52' },
      { from: 'buyer', text: 'Same error. This product is a SCAM!!!!', at: '22:58' },
      { from: 'buyer', text: 'please note I have reported this issue with PayPal and your account might get suspended if you don\'t resolve this issue real quick.', at: '22:59' },
      { from: 'merchant', text: 'Checked: our supplier sold this key twice. Sorry, request the refund on the order page and I will accept it.', at: '23:16' },
    ],
    corpus: [SRC.devices, SRC.vysor],
    key_phrases: [O8, 'This product is a SCAM!!!!', 'your account might get suspended'],
  },

  // ── 9 b2-private-channel-jd: not_received; the shop asks to move to WeChat ──────────────
  {
    name: 'b2-jd-wechat-offer', case: 'b2-private-channel-jd', file: 'mmexport1771214401937.jpg', split: B,
    style: 'jd-chat', device: 'android-1080x2400', degrade: ['forward'], clock: '11:20', battery: 66, title: '京东客服', subtitle: '音乐会员直充店',
    messages: [
      { from: 'system', text: '客服 小蔓 为您服务' },
      { from: 'buyer', type: 'card', card: { title: 'QQ音乐 豪华绿钻 年卡 直充', price: '¥118.00', order: `订单号：${O9}`, status: '待发货' } },
      { from: 'buyer', text: '充值了一直没到账，付款截图也有了' },
      { from: 'merchant', name: '小蔓', text: '亲，直充要先核对账号' },
      { from: 'buyer', text: '账号就是下单时填的那个QQ号' },
      { from: 'merchant', name: '小蔓', text: '这样吧，你加我的微信，然后给我你的QQ号就可以了' },
      { from: 'buyer', text: '在京东上说就行吧，没到账就退款' },
    ],
    corpus: [SRC.fastgpt, SRC.tushare],
    key_phrases: [O9, '¥118.00', '充值了一直没到账', '你加我的微信'],
  },

  // ── 10 b2-no-reply-wechat-dark: not_received; the shop never answers ─────────────────────
  {
    name: 'b2-noreply-order', case: 'b2-no-reply-wechat-dark', file: 'Screenshot_20270217-155102.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:51', battery: 39, shop: '影视会员直充', accent: '#00be06',
    order: {
      query: O10, statusTone: 'wait',
      rows: [['订单号', O10], ['商品名称', '爱奇艺 黄金VIP 年卡 直充'], ['充值账号', '139****5520'], ['实付金额', '¥128.00'], ['支付方式', '微信支付'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-02-17 07:44:08']],
    },
    key_phrases: [O10, '¥128.00', '待发货'],
  },
  {
    name: 'b2-noreply-wechat-dark', case: 'b2-no-reply-wechat-dark', file: 'Screenshot_20270217-155340.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '15:53', battery: 38, title: '影视会员直充',
    messages: [
      { from: 'time', text: '07:50' },
      { from: 'buyer', text: `订单${O10}，充了一年黄金VIP，付款成功了一直没到账` },
      { from: 'time', text: '09:30' },
      { from: 'buyer', text: '在吗？' },
      { from: 'time', text: '13:05' },
      { from: 'buyer', text: '付款完就没下文了，也没客服处理，到底什么时候到账' },
      { from: 'time', text: '15:40' },
      { from: 'buyer', text: '今天之内不到账我就在平台申请退款了' },
    ],
    corpus: [SRC.flyingbird, SRC.coffee],
    key_phrases: [O10, '一直没到账', '也没客服处理'],
  },

  // ── 11 b2-order-mismatch-qqpc: card_invalid; the buyer quotes last month's order number ───
  {
    name: 'b2-qcard-toast', case: 'b2-order-mismatch-qqpc', file: 'Screenshot_20270218-132604.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '13:26', battery: 71,
    game: { title: '点卡充值', name: 'Q币充值', hue: '#12b7f5', btn: '#12b7f5', fields: [['充值QQ号', '28****4471'], ['卡号', '5117 **** **** 2093'], ['密码', '********8810']], tips: ['Q币卡 面值: 100元'] },
    toast: '充值失败：卡密错误',
    corpus: [SRC.terminal],
    key_phrases: ['充值失败：卡密错误'],
  },
  {
    name: 'b2-qqpc-other-order', case: 'b2-order-mismatch-qqpc', file: 'Snipaste_2027-02-18_14-02-19.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: '星辰点卡-客服', buyerName: '阿哲', merchantName: '星辰点卡客服', lineW: 620,
    contacts: ['星辰点卡-客服', '我的手机', '同学群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2027-02-18' },
      { from: 'buyer', at: '13:31:12', text: `订单 ${O11_OTHER} 的Q币卡，充值提示卡密错误` },
      { from: 'merchant', at: '13:40:05', text: '我查一下' },
      { from: 'merchant', at: '13:44:51', text: `${O11_OTHER} 这单是你上个月买的，已经充值成功了哦` },
      { from: 'buyer', at: '13:46:30', text: '就是今天买的这张，卡密错误，你看截图' },
    ],
    corpus: [SRC.terminal],
    key_phrases: [O11_OTHER, '充值提示卡密错误', '这单是你上个月买的'],
  },
  {
    name: 'b2-qcard-taobao-order', case: 'b2-order-mismatch-qqpc', file: 'Screenshot_20270218-140518.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '14:05', battery: 69, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '星辰点卡', product: 'Q币卡 100元 卡密 自动发货', price: '¥97.00', paid: '¥97.00',
      info: [['订单编号', O11], ['支付宝交易号', '2027021822001183305517264093'], ['创建时间', '2027-02-18 13:20:29'], ['付款时间', '2027-02-18 13:20:41'], ['发货时间', '2027-02-18 13:20:45']],
    },
    key_phrases: [O11, '¥97.00'],
  },

  // ── 12 b2-not-as-described-telegram: not_as_described; retail key promised, volume key sent ──
  {
    name: 'b2-office-retail-order', case: 'b2-not-as-described-telegram', file: 'Snipaste_2027-02-19_21-12-40.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '蓝鲸软件铺', accent: '#2563eb',
    order: {
      query: O12,
      rows: [['订单号', O12], ['商品名称', 'Office 2021 专业版 零售密钥 可绑定微软账户 永久'], ['购买数量', '1'], ['实付金额', '¥89.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-02-19 20:05:17']],
      code: '密钥: 7KQ2M-*****-*****-*****-W9TXD',
      noteTitle: '商品说明',
      note: ['零售版密钥，激活后可绑定微软账户，永久使用，重装可用。'],
    },
    key_phrases: [O12, '¥89.00', '可绑定微软账户'],
  },
  {
    name: 'b2-telegram-dark-volume-key', case: 'b2-not-as-described-telegram', file: 'IMG_5530.PNG', split: B,
    style: 'telegram', device: 'iphone-1170x2532', dark: true, clock: '21:20', battery: 52, title: '蓝鲸软件铺', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'February 19' },
      { from: 'buyer', text: `订单${O12}，商品写的是 Office 专业版零售密钥，结果发的是 Professional Plus 批量授权密钥，没法绑定微软账户`, at: '20:31' },
      { from: 'merchant', text: '批量版也能激活，功能一样的', at: '20:45' },
      { from: 'buyer', text: '商品说明写的零售版、可绑定账户、重装可用，批量授权的都做不到，和描述不符', at: '20:47' },
      { from: 'merchant', text: '好吧，上架写错了，你申请退款我同意', at: '21:12' },
    ],
    corpus: [SRC.msdocs],
    key_phrases: [O12, 'Professional Plus 批量授权密钥', '和描述不符', '你申请退款我同意'],
  },
];
