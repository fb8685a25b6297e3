// The fifteenth blind end-to-end set (fixtures/blind15/): 14 cases written by a helper (branch h17g),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind15'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. Six new app styles: `win10-activation` (Windows 10 Settings,
// English), `ms-redeem-web` (Microsoft account redeem page), `g2a-order` (G2A-like order page),
// `tw-pay-record` (街口支付 / LINE Pay 交易明細), `pzds-chat` (盼之 chat) and `wangwang-pc` (阿里旺旺 desktop).
// Render with `node scripts/real/render.mjs --set blind15`, then
// `node scripts/real/copy-cases.mjs --set blind15`. The set is judged once, at the end: do not tune on it.
const B = 'blind15';

const O1 = '4300187592615'; // 13 digits
const O2 = 'G2A-7716-0923-4458'; // prefix with hyphens
const O3 = '7290054318826'; // 13 digits
const O4 = 'AU27110709142251'; // letter prefix + 14 digits
const O5 = '5512093381207'; // 13 digits
const O6 = 'PZ2711081530227419'; // PZ + 16 digits
const O7 = 'PZ2710241207553086'; // PZ + 16 digits
const O8 = '3391827750416620915'; // Taobao: 19 digits
const T8 = '2027110322001158830916472201'; // 支付宝交易号: 28 digits
const O9 = '3402751186093341276'; // Taobao: 19 digits
const O10 = 'TW20271104183522'; // TW + 14 digits
const J10 = '6104827731950264'; // 街口 交易編號: 16 digits
const O11 = 'TW20271105213008'; // TW + 14 digits
const O12 = '20271106224517306'; // 17 digits
const O13 = '3418803927714450612'; // Taobao: 19 digits
const O14 = 'TW20271109120741'; // TW + 14 digits

const SRC = {
  unlock: 'a Windows activation error table "MessageText: The activation server reported that the product key has exceeded its unlock limit." for 0xC004C008 (public GitHub header file, find_string id 4846742826)',
  digital: 'a reinstall guide: "If it says **\\"Windows is activated with a digital license\\"** — you\'re done!" (public GitHub Markdown file, find_string id 53374224047)',
  redeemed: 'a coupon check\'s errors "This code was already redeemed." and "This code is no longer active." (public GitHub TypeScript file, find_string id 68946013388)',
  qin: 'a shop-chat demo reply pool: \'亲，在的呢，有什么可以帮您？\' and \'这款目前现货充足，拍下后 48 小时内发货哦\' (public GitHub Dart file, find_string id 58725790300)',
  zhaohui: 'a trading site FAQ "账号被找回怎么办？ … 平台提供账号找回全额赔付保障。" (public GitHub file, find_string id 61996601766), adapted into the platform notice',
  zuofei: 'an error-code table: "该卡密已作废,请联系客服" and "该批次卡密已停用" (public GitHub Markdown file, find_string id 55063909186)',
  jko: 'an order page\'s labels `jkopay: "街口支付"` and `processing: "付款確認中"` (public GitHub JavaScript file, find_string id 53332202298)',
};

export default [
  // ── 1 b15-en-win10-unlock-dark: activation_failed, ready ─────────────────────────────────────
  {
    name: 'b15-win10-unlock-dark', case: 'b15-en-win10-unlock-dark', file: 'Screenshot 2027-11-02 194830.png', split: B,
    style: 'win10-activation', device: 'desktop-1920x1080', dark: true,
    rows: [['Edition', 'Windows 10 Pro'], ['Activation', 'Windows is not activated']],
    lines: ['The activation server reported that the product key has exceeded its unlock limit.'],
    code: 'Error code: 0xC004C008',
    corpus: [SRC.unlock],
    key_phrases: ['exceeded its unlock limit', '0xC004C008'],
  },
  {
    name: 'b15-g2a-win10-unlock', case: 'b15-en-win10-unlock-dark', file: 'Screenshot_20271102-195410.png', split: B,
    style: 'g2a-order', device: 'android-1080x2400', clock: '19:54', battery: 61,
    order: {
      number: `Order #${O1}`, date: '2 Nov 2027, 19:12', status: 'Completed', tone: 'ok',
      product: 'Windows 10 Pro Retail Key GLOBAL', meta: 'Microsoft · Key · Global', price: '€18.49',
      rows: [['Seller', 'KeyHarbor EU'], ['Payment', 'Visa •••• 4471'], ['Paid', '2 Nov 2027, 19:12']],
      key: ['Your key', 'VK7N2-*****-*****-*****-Q8T4W'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O1, '€18.49', 'Completed'],
  },
  {
    name: 'b15-tg-win10-unlock', case: 'b15-en-win10-unlock-dark', file: 'photo_2027-11-02_20-31-07.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '20:31', battery: 58, title: 'KeyHarbor EU', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'November 2' },
      { from: 'buyer', at: '19:49', text: `Hello, the Windows 10 Pro key from G2A order #${O1} fails on a fresh install: "exceeded its unlock limit", 0xC004C008. Screenshot attached.` },
      { from: 'buyer', at: '19:49', type: 'image', hue: 210, w: 200, h: 112 },
      { from: 'merchant', at: '20:26', text: 'Checked with our supplier: that key had been handed out before and hit its activation cap. Sorry. Open a refund request on G2A and I will accept it.' },
      { from: 'buyer', at: '20:30', text: 'Thanks, doing it now.' },
    ],
    corpus: [SRC.unlock],
    key_phrases: [O1, '0xC004C008', 'I will accept it'],
  },

  // ── 2 b15-en-win10-licensed: activation_failed, reverse; Settings says activated ───────────
  {
    name: 'b15-win10-licensed', case: 'b15-en-win10-licensed', file: 'Screenshot (14).png', split: B,
    style: 'win10-activation', device: 'desktop-1366x768',
    rows: [['Edition', 'Windows 10 Home'], ['Activation', 'Windows is activated with a digital license']],
    lines: [], links: ['Change product key'],
    corpus: [SRC.digital],
    key_phrases: ['Windows is activated with a digital license'],
  },
  {
    name: 'b15-messenger-licensed-dark', case: 'b15-en-win10-licensed', file: 'Screenshot_20271103-211805_Messenger.png', split: B,
    style: 'messenger', dark: true, device: 'android-1080x2400', clock: '21:18', battery: 47, title: 'Maple Key Depot', subtitle: 'Active 5m ago', merchantAvatar: ['M', '#d97706'],
    messages: [
      { from: 'time', text: 'TODAY AT 20:40' },
      { from: 'buyer', text: `Hi, about order ${O2} (Windows 10 Home key). I entered it and Settings now says "Windows is activated with a digital license". I think the PC already had that before, so I didn't need the key. I'd like a refund.` },
      { from: 'merchant', text: 'If Settings shows activated, the activation did not fail: the key was accepted or your PC was licensed already. The key has been redeemed on your hardware now, so I can\'t take it back as a failed activation.' },
      { from: 'buyer', text: 'I\'ll file it as activation failed then.' },
    ],
    corpus: [SRC.digital],
    key_phrases: [O2, 'activated with a digital license', 'the activation did not fail'],
  },
  {
    name: 'b15-g2a-licensed', case: 'b15-en-win10-licensed', file: 'Screenshot_20271103-212044.png', split: B,
    style: 'g2a-order', device: 'android-1080x2400', clock: '21:20', battery: 46,
    order: {
      number: `Order ${O2}`, date: '3 Nov 2027, 20:02', status: 'Completed', tone: 'ok',
      product: 'Windows 10 Home OEM Key GLOBAL', meta: 'Microsoft · Key · Global', price: 'CA$21.90',
      rows: [['Seller', 'Maple Key Depot'], ['Payment', 'PayPal'], ['Paid', '3 Nov 2027, 20:02']],
      key: ['Your key', 'T8MKD-*****-*****-*****-3YR6P'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O2, 'CA$21.90', 'Completed'],
  },

  // ── 3 b15-en-ms-redeemed-dark: card_invalid, ready ─────────────────────────────────────────
  {
    name: 'b15-ms-redeemed-dark', case: 'b15-en-ms-redeemed-dark', file: 'Screenshot 2027-11-05 205012.png', split: B,
    style: 'ms-redeem-web', device: 'desktop-1366x768', dark: true, user: 'ja****@outlook.com',
    code: 'V7QXR-*****-*****-*****-8HM2K', lines: ['This code was already redeemed.'],
    corpus: [SRC.redeemed],
    key_phrases: ['This code was already redeemed.'],
  },
  {
    name: 'b15-g2a-ms-redeemed', case: 'b15-en-ms-redeemed-dark', file: 'IMG_4471.PNG', split: B,
    style: 'g2a-order', device: 'iphone-1170x2532', clock: '20:52', battery: 72,
    order: {
      number: `Order #${O3}`, date: 'Nov 5, 2027, 8:41 PM', status: 'Completed', tone: 'ok',
      product: 'Xbox Game Pass Ultimate 3 Months (US)', meta: 'Xbox · Code · United States', price: '$29.99',
      rows: [['Seller', 'PeakCodes'], ['Payment', 'Apple Pay'], ['Delivered', 'Nov 5, 2027, 8:41 PM']],
      key: ['Your code', 'V7QXR-*****-*****-*****-8HM2K'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O3, '$29.99'],
  },
  {
    name: 'b15-wa-ms-redeemed', case: 'b15-en-ms-redeemed-dark', file: 'IMG_4473.PNG', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', clock: '21:09', battery: 70, title: 'PeakCodes Support', subtitle: 'online',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '20:51', text: `Hi, the Game Pass code from order ${O3} (delivered 8:41 PM) gives "This code was already redeemed." on the Microsoft site. First time I used it.` },
      { from: 'buyer', at: '20:51', type: 'image', hue: 200, w: 200, h: 112 },
      { from: 'merchant', at: '21:06', text: 'You\'re right, that one was sold twice on our side. Please request a refund on G2A, I\'ll approve it.' },
    ],
    corpus: [SRC.redeemed],
    key_phrases: [O3, 'already redeemed', 'I\'ll approve it'],
  },

  // ── 4 b15-en-ms-inactive-31h: card_invalid, reverse; reported 31 h after delivery ──────────
  {
    name: 'b15-ms-inactive', case: 'b15-en-ms-inactive-31h', file: 'IMG_0912.PNG', split: B,
    style: 'ms-redeem-web', device: 'iphone-1170x2532', clock: '16:22', battery: 38,
    code: 'H4C9D-*****-*****-*****-W2J7M', lines: ['This code is no longer active.'],
    corpus: [SRC.redeemed],
    key_phrases: ['This code is no longer active.'],
  },
  {
    name: 'b15-g2a-inactive', case: 'b15-en-ms-inactive-31h', file: 'IMG_0913.PNG', split: B,
    style: 'g2a-order', device: 'iphone-1170x2532', clock: '16:24', battery: 38,
    order: {
      number: `Order ${O4}`, date: '7 Nov 2027, 9:14 am', status: 'Completed', tone: 'ok',
      product: 'Microsoft Gift Card AUD 50 (AU)', meta: 'Microsoft · Code · Australia', price: 'A$47.20',
      rows: [['Seller', 'SouthernKeys'], ['Payment', 'Mastercard •••• 0286'], ['Delivered', '7 Nov 2027, 9:14 am']],
      key: ['Your code', 'H4C9D-*****-*****-*****-W2J7M'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O4, 'A$47.20', '9:14 am'],
  },
  {
    name: 'b15-tg-inactive', case: 'b15-en-ms-inactive-31h', file: 'photo_2027-11-08_16-41-55.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', degrade: ['fwd:600:58'], clock: '16:41', battery: 36, title: 'SouthernKeys', subtitle: 'online',
    messages: [
      { from: 'time', text: 'November 8' },
      { from: 'buyer', at: '16:30', text: `Hi, I only tried the gift card from order ${O4} today. Microsoft says "This code is no longer active."` },
      { from: 'merchant', at: '16:38', text: 'That code went out yesterday at 9:14 am. Our listing asks buyers to check codes within 24 hours of delivery; I have asked the supplier, but I can\'t promise anything.' },
    ],
    corpus: [SRC.redeemed],
    key_phrases: [O4, 'no longer active', 'within 24 hours of delivery'],
  },

  // ── 5 b15-en-nr-key-on-page: not_received, reverse; the key is on the order page ───────────
  {
    name: 'b15-g2a-key-shown', case: 'b15-en-nr-key-on-page', file: 'Screenshot_20271110-093012.png', split: B,
    style: 'g2a-order', device: 'android-1080x2400', clock: '09:30', battery: 83,
    order: {
      number: `Order #${O5}`, date: '9 Nov 2027, 20:57', status: 'Completed', tone: 'ok',
      product: 'EA SPORTS FC 26 PC (EA app) Key GLOBAL', meta: 'EA app · Key · Global', price: '€42.80',
      rows: [['Seller', 'Liffey Games'], ['Payment', 'Visa •••• 9014'], ['Key revealed', '9 Nov 2027, 21:03']],
      key: ['Your key', 'QF2K-****-****-****-7NDA'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O5, '€42.80', 'Key revealed'],
  },
  {
    name: 'b15-messenger-key-shown', case: 'b15-en-nr-key-on-page', file: 'Screenshot_20271110-094455_Messenger.png', split: B,
    style: 'messenger', device: 'android-1080x2400', clock: '09:44', battery: 82, title: 'Liffey Games', subtitle: 'Active now', merchantAvatar: ['L', '#16a34a'],
    messages: [
      { from: 'time', text: 'TODAY AT 09:20' },
      { from: 'buyer', text: `Order #${O5} shows Completed but I never got an email with the key. I'm claiming not received.` },
      { from: 'merchant', text: 'The key is on your order page, under "Your key". It was revealed from your account last night at 21:03. There is no separate email.' },
      { from: 'buyer', text: 'I still want the money back, I\'m filing not received.' },
    ],
    key_phrases: [O5, 'never got an email', 'revealed from your account'],
  },

  // ── 6 b15-pzds-nad-minor: not_as_described, ready ──────────────────────────────────────────
  {
    name: 'b15-antiaddiction-dialog', case: 'b15-pzds-nad-minor', file: 'Screenshot_20271108-203805.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:38', battery: 44, appTitle: '和平精英 – 登录',
    fields: [['账号', 'QQ 28****9167'], ['区服', '安卓QQ区']], submit: '进入游戏',
    dialog: { title: '健康游戏提示', body: ['当前账号实名信息为未成年人，已纳入防沉迷限制，今日可游戏时长已用完。'], buttons: ['我知道了'] },
    key_phrases: ['未成年人', '防沉迷'],
  },
  {
    name: 'b15-pzds-minor', case: 'b15-pzds-nad-minor', file: 'Screenshot_20271108-205611.png', split: B,
    style: 'pzds-chat', device: 'android-1080x2400', clock: '20:56', battery: 42, title: '卖家·阿泽游戏',
    pin: { title: '和平精英 安卓QQ 成年实名 无防沉迷 套装23套', order: O6, status: '已交付' },
    messages: [
      { from: 'time', text: '20:39' },
      { from: 'buyer', text: '登录提示未成年人防沉迷，今天玩不了了。你标题写的是成年实名 无防沉迷' },
      { from: 'buyer', type: 'image', hue: 30, w: 110, h: 200 },
      { from: 'merchant', text: '我查了，这号的实名是我弟弟的，确实是未成年，标题写错了，不好意思' },
      { from: 'merchant', text: '你按描述不符申请退款，我这边同意' },
    ],
    key_phrases: [O6, '成年实名 无防沉迷', '标题写错了'],
  },

  // ── 7 b15-pzds-recovered-14d: not_as_described, reverse; the 72 h window ran out long ago ────
  {
    name: 'b15-pzds-recovered-dark', case: 'b15-pzds-recovered-14d', file: 'Screenshot_20271107-221540.png', split: B,
    style: 'pzds-chat', dark: true, device: 'android-1080x2400', clock: '22:15', battery: 23, title: '卖家·北辰号铺',
    pin: { title: '原神 官服 58级 雷神满命 可换绑', order: O7, status: '已完成' },
    messages: [
      { from: 'time', text: '10月24日 12:40' },
      { from: 'merchant', text: '换绑好了，手机和邮箱都是你的了，有问题随时说' },
      { from: 'buyer', text: '收到，谢谢' },
      { from: 'time', text: '11月7日 21:50' },
      { from: 'buyer', text: '号今天被找回了，密码被改，登不上。当时说的可换绑、安全的' },
      { from: 'merchant', text: '交付都两周了，我这边没动过，应该是前号主申诉找回的' },
      { from: 'system', text: '本单享受平台找回包赔保障，账号被找回可在订单页申请包赔' },
      { from: 'buyer', text: '我不走包赔，直接申请描述不符退款' },
    ],
    corpus: [SRC.zhaohui],
    key_phrases: [O7, '被找回', '交付都两周了'],
  },
  {
    name: 'b15-pzds-order-dark', case: 'b15-pzds-recovered-14d', file: 'Screenshot_20271107-221702.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '22:17', battery: 23, shop: '盼之 订单详情', accent: '#3D7CFF',
    order: {
      query: O7, statusTone: 'ok',
      rows: [['订单号', O7], ['商品名称', '原神 官服 58级 雷神满命 可换绑'], ['实付金额', '¥1,260.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-10-24 12:07:55'], ['交付时间', '2027-10-24 12:38:10']],
    },
    key_phrases: [O7, '¥1,260.00', '已完成'],
  },

  // ── 8 b15-ww-late-48h: late_delivery, ready ───────────────────────────────────────────────
  {
    name: 'b15-ww-late', case: 'b15-ww-late-48h', file: 'QQ截图20271106155810.jpg', split: B,
    style: 'wangwang-pc', device: 'desktop-1366x768', degrade: ['fwd:1100:72'], title: '云起游戏点卡专营店', buyerName: 'tb_hanmo88', merchantName: '云起游戏点卡专营店:小北',
    contacts: ['云起游戏点卡专营店', '淘宝小蜜', '系统消息'],
    panel: { title: '剑网3 通宝 5000 通宝 代充', rows: [['订单号', O8], ['实付款', '¥49.50'], ['付款时间', '2027-11-03 14:20:33'], ['状态', '买家已付款']] },
    messages: [
      { from: 'time', text: '2027-11-03' },
      { from: 'merchant', at: '14:11:02', auto: true, text: '亲，在的呢，有什么可以帮您？' },
      { from: 'buyer', at: '14:11:40', text: '5000通宝现在拍什么时候能到？' },
      { from: 'merchant', at: '14:12:15', text: '这款目前现货充足，拍下后 48 小时内发货哦' },
      { from: 'time', text: '2027-11-06' },
      { from: 'buyer', at: '15:40:08', text: `订单${O8}拍下快三天了，通宝还没到，48小时早过了` },
      { from: 'merchant', at: '15:52:30', text: '抱歉亲，这批通宝上游断货了，今天也发不出，您直接申请退款，我们同意' },
    ],
    corpus: [SRC.qin],
    key_phrases: [O8, '48 小时内发货', '上游断货'],
  },
  {
    name: 'b15-taobao-late', case: 'b15-ww-late-48h', file: 'Screenshot_20271106-160133.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '16:01', battery: 57, variant: 'taobao',
    order: {
      status: '买家已付款', statusNote: '等待卖家发货', shop: '云起游戏点卡专营店', product: '剑网3 通宝 5000 通宝 代充', sku: '区服: 电信五区', price: '¥49.50', paid: '¥49.50',
      info: [['订单编号', O8], ['支付宝交易号', T8], ['创建时间', '2027-11-03 14:20:21'], ['付款时间', '2027-11-03 14:20:33']],
    },
    key_phrases: [O8, '¥49.50', '买家已付款'],
  },

  // ── 9 b15-ww-card-void: card_invalid, ready (an auto reply first; the shop's error says 请联系客服) ─
  {
    name: 'b15-void-toast', case: 'b15-ww-card-void', file: 'mmexport1825737129480.jpg', split: B,
    style: 'game-topup', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '19:25', battery: 66,
    game: { title: '盛趣一卡通充值', name: '盛趣游戏 充值中心', hue: '#b45309', fields: [['卡号', 'SQ27****5590'], ['卡密', '****-****-****-6L2P'], ['充值账号', 'lin****07']], submit: '确认充值' },
    toast: '该卡密已作废,请联系客服',
    corpus: [SRC.zuofei],
    key_phrases: ['该卡密已作废'],
  },
  {
    name: 'b15-ww-void', case: 'b15-ww-card-void', file: 'QQ截图20271107194812.png', split: B,
    style: 'wangwang-pc', device: 'desktop-1366x768', title: '乐游卡券小店', buyerName: 'linxia_0701', merchantName: '乐游卡券小店:阿桃',
    contacts: ['乐游卡券小店', '淘宝小蜜', '系统消息'],
    panel: { title: '盛趣一卡通 100元 卡密 自动发货', rows: [['订单号', O9], ['实付款', '¥96.00'], ['状态', '卖家已发货']] },
    messages: [
      { from: 'time', text: '2027-11-07' },
      { from: 'buyer', at: '19:27:03', text: `刚买的盛趣卡（订单${O9}）充值提示：该卡密已作废,请联系客服` },
      { from: 'merchant', at: '19:27:04', auto: true, text: '亲，在的呢，有什么可以帮您？' },
      { from: 'buyer', at: '19:27:30', type: 'image' },
      { from: 'merchant', at: '19:46:51', text: '亲，查到了，这张卡在上游被作废了，是我们发错了库存。您直接申请退款，我这边马上同意' },
    ],
    corpus: [SRC.zuofei, SRC.qin],
    key_phrases: [O9, '该卡密已作废', '我这边马上同意'],
  },
  {
    name: 'b15-taobao-void', case: 'b15-ww-card-void', file: 'Screenshot_20271107-195102.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '19:51', battery: 64, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '乐游卡券小店', product: '盛趣一卡通 100元 卡密 自动发货', sku: '面值: 100元', price: '¥96.00', paid: '¥96.00',
      info: [['订单编号', O9], ['创建时间', '2027-11-07 19:18:40'], ['付款时间', '2027-11-07 19:18:52'], ['发货时间', '2027-11-07 19:18:55']],
    },
    key_phrases: [O9, '¥96.00'],
  },

  // ── 10 b15-tw-nr-jkopay: not_received, ready ──────────────────────────────────────────────
  {
    name: 'b15-jko-paid', case: 'b15-tw-nr-jkopay', file: 'Screenshot_20271104-201506.png', split: B,
    style: 'tw-pay-record', device: 'android-1080x2400', clock: '20:15', battery: 52, brand: 'jko',
    record: {
      merchant: '點點遊戲卡舖', amount: '-NT$450', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2027/11/04 18:35:22'], ['交易編號', J10], ['付款方式', '街口帳戶餘額'], ['訂單編號', O10], ['商品', '遊戲點數 450點 序號']],
    },
    corpus: [SRC.jko],
    key_phrases: [O10, 'NT$450', '付款成功'],
  },
  {
    name: 'b15-line-nr', case: 'b15-tw-nr-jkopay', file: 'mmexport1825504622179.jpg', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', degrade: ['fwd:720:64'], clock: '20:36', battery: 50, title: '點點遊戲卡舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `你好，訂單 ${O10} 18:35 用街口付款成功了，到現在還沒收到序號` },
      { from: 'buyer', read: true, text: '一個多小時了，麻煩幫我看一下' },
      { from: 'merchant', text: '不好意思，這批點數卡剛好缺貨，補不到貨。請直接在平台申請退款，我們這邊會同意' },
    ],
    corpus: [SRC.jko],
    key_phrases: [O10, '還沒收到序號', '我們這邊會同意'],
  },

  // ── 11 b15-tw-wrong-linepay-dark: wrong_purchase, ready/weak + deadline-near ────────────────
  {
    name: 'b15-linepay-wrong-dark', case: 'b15-tw-wrong-linepay-dark', file: 'Screenshot_20271105-215611.png', split: B,
    style: 'tw-pay-record', dark: true, device: 'android-1080x2400', clock: '21:56', battery: 31, brand: 'linepay',
    record: {
      merchant: '星橋數位商店', amount: '-NT$990', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2027/11/05 21:30:08'], ['付款方式', 'LINE Pay Money'], ['訂單編號', O11], ['商品', '手遊月卡 iOS 版 序號']],
    },
    key_phrases: [O11, 'NT$990', '付款成功'],
  },
  {
    name: 'b15-line-wrong-dark', case: 'b15-tw-wrong-linepay-dark', file: 'Screenshot_20271105-215733.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '21:57', battery: 31, title: '星橋數位商店', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O11} 我買錯了，要的是 Android 版不是 iOS 版。序號還沒發吧？請先不要發，我要取消` },
      { from: 'merchant', text: '還沒發出，您直接在平台申請退款，我們會同意' },
      { from: 'buyer', read: true, text: '好，謝謝' },
    ],
    key_phrases: [O11, '我買錯了', '還沒發出'],
  },

  // ── 12 b15-tw-win10-line-crop: activation_failed, ready ───────────────────────────────────
  {
    name: 'b15-win10-unlock-tw', case: 'b15-tw-win10-line-crop', file: 'Screenshot 2027-11-06 231204.png', split: B,
    style: 'win10-activation', device: 'desktop-1920x1080',
    rows: [['Edition', 'Windows 10 Pro'], ['Activation', 'Windows is not activated']],
    lines: ['The activation server reported that the product key has exceeded its unlock limit.'],
    code: 'Error code: 0xC004C008',
    corpus: [SRC.unlock],
    key_phrases: ['exceeded its unlock limit'],
  },
  {
    name: 'b15-line-win10-crop', case: 'b15-tw-win10-line-crop', file: 'Screenshot_20271106-232745.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', degrade: ['crop:250'], clock: '23:27', battery: 40, title: '小熊軟體館', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O12} 的 Win10 專業版金鑰輸入後顯示 0xC004C008，說金鑰已超過解鎖次數上限` },
      { from: 'buyer', type: 'image', read: true, hue: 210, w: 200, h: 112 },
      { from: 'merchant', text: '抱歉，這把金鑰之前被別的客人用過了。您在平台申請退款，我們會同意，或是要換一把也可以' },
      { from: 'buyer', read: true, text: '我申請退款好了' },
    ],
    key_phrases: [O12, '0xC004C008', '我們會同意'],
  },
  {
    name: 'b15-jko-win10', case: 'b15-tw-win10-line-crop', file: 'Screenshot_20271106-232901.png', split: B,
    style: 'tw-pay-record', device: 'android-1080x2400', clock: '23:29', battery: 39, brand: 'jko',
    record: {
      merchant: '小熊軟體館', amount: '-NT$620', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2027/11/06 22:45:17'], ['付款方式', '街口帳戶餘額'], ['訂單編號', O12], ['商品', 'Windows 10 專業版 數位金鑰']],
    },
    key_phrases: [O12, 'NT$620'],
  },

  // ── 13 b15-ww-report-after-filing: card_invalid, the report is dated after filed_at ─────────
  {
    name: 'b15-batch-dialog', case: 'b15-ww-report-after-filing', file: 'Screenshot_20271110-131805.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '13:18', battery: 74,
    game: { title: '完美一卡通充值', name: '完美世界 充值中心', hue: '#7c3aed', fields: [['卡号', 'WM27****0318'], ['卡密', '****-****-****-8K4D'], ['充值账号', 'zhao****88']], submit: '立即充值' },
    dialog: { title: '充值失败', body: ['该批次卡密已停用'], buttons: ['确定'] },
    corpus: [SRC.zuofei],
    key_phrases: ['该批次卡密已停用'],
  },
  {
    name: 'b15-ww-after-filing', case: 'b15-ww-report-after-filing', file: 'QQ截图20271110133502.png', split: B,
    style: 'wangwang-pc', device: 'desktop-1366x768', title: '完美点卡直营', buyerName: 'zhaoyu_1988', merchantName: '完美点卡直营:客服三号',
    contacts: ['完美点卡直营', '淘宝小蜜', '系统消息'], mark: { text: '该批次卡密已停用' },
    panel: { title: '完美一卡通 50元 卡密', rows: [['订单号', O13], ['实付款', '¥48.00'], ['状态', '交易成功']] },
    messages: [
      { from: 'time', text: '2027-11-10' },
      { from: 'buyer', at: '13:20:14', text: `订单${O13}的完美卡充值提示：该批次卡密已停用` },
      { from: 'merchant', at: '13:31:40', text: '亲，这批卡确实被官方停用了，给您添麻烦了，申请退款我们同意' },
    ],
    corpus: [SRC.zuofei],
    key_phrases: [O13, '该批次卡密已停用', '申请退款我们同意'],
  },
  {
    name: 'b15-taobao-after-filing', case: 'b15-ww-report-after-filing', file: 'Screenshot_20271110-133710.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '13:37', battery: 72, variant: 'taobao',
    order: {
      status: '交易成功', statusNote: '虚拟物品已自动发货', shop: '完美点卡直营', product: '完美一卡通 50元 卡密', sku: '面值: 50元', price: '¥48.00', paid: '¥48.00',
      info: [['订单编号', O13], ['创建时间', '2027-11-09 22:03:10'], ['付款时间', '2027-11-09 22:03:18'], ['发货时间', '2027-11-09 22:03:21']],
    },
    key_phrases: [O13, '¥48.00'],
  },

  // ── 14 b15-tw-nr-pay-pending: not_received, reverse; the payment is still being confirmed ───
  {
    name: 'b15-jko-pending', case: 'b15-tw-nr-pay-pending', file: 'Screenshot_20271109-124655.png', split: B,
    style: 'tw-pay-record', device: 'android-1080x2400', clock: '12:46', battery: 88, brand: 'jko',
    record: {
      merchant: '阿福點數站', amount: '-NT$300', status: '付款確認中', tone: 'wait',
      rows: [['交易時間', '2027/11/09 12:07:41'], ['付款方式', '街口支付 綁定銀行帳戶'], ['訂單編號', O14], ['商品', '遊戲點數 300點 序號']],
      note: ['銀行扣款確認後將通知商店出貨'],
    },
    corpus: [SRC.jko],
    key_phrases: [O14, '付款確認中'],
  },
  {
    name: 'b15-line-pending', case: 'b15-tw-nr-pay-pending', file: 'Screenshot_20271109-125310.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '12:53', battery: 87, title: '阿福點數站', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O14} 已經付款了，為什麼還沒收到點數序號？` },
      { from: 'merchant', text: '您好，系統顯示這筆還是「付款確認中」，款項還沒入帳，所以還沒出貨。銀行確認後會自動發送序號' },
      { from: 'buyer', read: true, text: '我不想等，我直接申請未收到貨退款' },
    ],
    corpus: [SRC.jko],
    key_phrases: [O14, '付款確認中', '還沒入帳'],
  },
];
