// The twelfth blind end-to-end set (fixtures/blind12/): 14 cases written by a helper (branch h17d),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind12'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. Six new app styles: `7881-chat` (7881 游戏交易 trade chat),
// `seagm-order` (SEAGM order details), `minecraft-redeem` (minecraft.net redeem page),
// `reddit-chat`, `skype-chat` and `meituan-order` (美团 订单详情 of a virtual-goods shop).
// Render with `node scripts/real/render.mjs --set blind12` (into fixtures/real-blind12/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind12` copies the images into fixtures/blind12/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind12';

// order numbers (see each case's order.json)
const O1 = 'S2710060931552'; // letter prefix + 13 digits
const O2 = 'K7QM2X9TP4RW8N3B'; // 16 upper-case letters and digits
const O3 = '2710091422063187'; // 16 digits
const O4 = '27101120021104518833'; // 20 digits
const O5 = '271014091533120774'; // 18 digits
const O6 = 'GD2710151330059127'; // letter prefix + 16 digits
const O7 = '271017190533720416'; // 18 digits
const O8 = '71003211004857'; // 14 digits
const O9 = '4012710181220051936'; // 19 digits (美团)
const O10 = '4012710190812407725'; // 19 digits (美团)
const O11 = '271020211544062'; // 15 digits
const O12 = '27102220413390158'; // 17 digits
const O13 = '4012710241133286571'; // 19 digits (美团)
const O14 = 'DN27102615023318'; // letter prefix + 14 digits

const SRC = {
  mcUsed: 'an invite check\'s error "That invite PIN has already been used by another account." (public GitHub JavaScript file, find_string id 56175950554), adapted into "That code has already been used by another account."',
  mcInvalid: 'a coupon toast `"${code}" isn\'t a valid code.` (public GitHub TypeScript file, find_string id 66251449100), adapted into "That isn\'t a valid code."',
  outOfStock: 'a shop\'s terms "If an item you purchased is out of stock, we will refund you for that item immediately." (public GitHub file, find_string id 56267932453), adapted into the seller\'s reply',
  recovered: 'an account-trade notice "如账号出售后无法正常使用，包括账号进入保护模式（冻结）且卖家无法配合解冻、账号被找回且无法判定责任方，将由卖家承担主要责任。" (public GitHub HTML file, find_string id 34177107942), shortened',
  twUsed: 'a redeem page\'s zh-Hant strings redeemAlreadyUsed: \'此兌換碼已被使用\' and redeemExpired: \'此兌換碼已過期\' (public GitHub TypeScript file, find_string id 59698381665)',
  noRefund: 'an admin template\'s refund flag label "不支持退款" (public GitHub PHP file, find_string id 41026431412), used as the 美团 tag and in the shop\'s terms',
  checkAcct: 'a 下单须知 "1. 下单前请确认游戏账号信息正确" (public GitHub file, find_string id 51941756602), adapted to 充值账号',
  platform: 'a return page\'s "如果商家拒绝退货，需要您修改退货申请，您也可以要求平台介入。" (public GitHub template, find_string id 42184088954), adapted into the buyer\'s "我就申请平台介入了"',
  actFail: 'a servlet\'s message "激活失败，请联系管理员" (public GitHub Java file, find_string id 29457424380)',
};

export default [
  // ── 1 b12-en-mc-used-skype: card_invalid, ready ───────────────────────────────────────────────
  {
    name: 'b12-mc-used', case: 'b12-en-mc-used-skype', file: 'mmexport1822788161318.jpg', split: B,
    style: 'minecraft-redeem', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '10:02', battery: 64,
    ui: { title: 'Redeem your code', account: 'Signed in as ah****@outlook.com', label: 'Code', code: 'Q7RM4-*****-*****-*****-T2K9W', error: 'That code has already been used by another account.', button: 'Redeem', help: 'Need help redeeming?' },
    corpus: [SRC.mcUsed],
    key_phrases: ['That code has already been used by another account.'],
  },
  {
    name: 'b12-skype-mc-used', case: 'b12-en-mc-used-skype', file: 'Screenshot_20271006-103514.png', split: B,
    style: 'skype-chat', device: 'android-1080x2400', clock: '10:35', battery: 61, title: 'PixelVault Games',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '10:04', text: `Hi, order ${O1}, the Minecraft key you sent at 9:32 won't redeem. The site says it was already used by another account.` },
      { from: 'buyer', type: 'image', hue: 120, w: 110, h: 200 },
      { from: 'merchant', at: '10:21', text: 'Our supplier confirms that key went to two buyers, our mistake. Sorry about that.' },
      { from: 'merchant', at: '10:22', text: 'Open a refund request for this order, I will approve it before noon.' },
      { from: 'buyer', at: '10:34', text: 'OK, filing it now.' },
    ],
    key_phrases: [O1, 'already used by another account', 'our mistake'],
  },
  {
    name: 'b12-seagm-mc-used', case: 'b12-en-mc-used-skype', file: 'Screenshot_20271006-103802.png', split: B,
    style: 'seagm-order', device: 'android-1080x2400', clock: '10:38', battery: 60,
    order: {
      status: 'Delivered', tone: 'ok', product: 'Minecraft: Java & Bedrock Edition for PC – Digital Code (Global)', qty: 'Qty 1 · Seller: PixelVault Games',
      rows: [['Order ID', O1], ['Order Date', '2027-10-06 09:31:55'], ['Delivered', '2027-10-06 09:32:10'], ['Payment Method', 'FPX Online Banking'], ['Total', 'MYR 119.90']],
      pin: 'Q7RM4-*****-*****-*****-T2K9W', pinLabel: 'Product Key',
    },
    key_phrases: [O1, 'MYR 119.90', 'Delivered'],
  },

  // ── 2 b12-en-mc-typo-reddit-dark: card_invalid, reverse; the buyer typed O for 0, then it worked ─
  {
    name: 'b12-mc-invalid-dark', case: 'b12-en-mc-typo-reddit-dark', file: 'Screenshot_20271008-194410.png', split: B,
    style: 'minecraft-redeem', dark: true, device: 'android-1080x2400', clock: '19:44', battery: 38,
    ui: { title: 'Redeem your code', account: 'Signed in as kr****@gmail.com', label: 'Code', code: 'M4TQX-*****-*****-*****-BO7KD', error: "That isn't a valid code.", button: 'Redeem' },
    corpus: [SRC.mcInvalid],
    key_phrases: ["That isn't a valid code."],
  },
  {
    name: 'b12-reddit-typo-dark', case: 'b12-en-mc-typo-reddit-dark', file: 'Screenshot_20271008-211930.png', split: B,
    style: 'reddit-chat', dark: true, device: 'android-1080x2400', clock: '21:19', battery: 31, title: 'u/blockkeys_eu',
    messages: [
      { from: 'time', text: 'Oct 8' },
      { from: 'buyer', at: '7:46 PM', text: `Key from order ${O2} gets "That isn't a valid code." on minecraft.net, can you check it?` },
      { from: 'merchant', at: '8:52 PM', text: 'The last block is B, zero, 7, K, D. From your screenshot you typed the letter O instead of the zero. Try again with 0.' },
      { from: 'buyer', at: '9:10 PM', text: 'Oh. Typed it with the zero and it went through, the game is on my account now.' },
      { from: 'buyer', at: '9:11 PM', text: 'Still filing for a refund, I waited over an hour for you.' },
    ],
    key_phrases: [O2, 'it went through', 'letter O instead of the zero'],
  },
  {
    name: 'b12-seagm-typo-dark', case: 'b12-en-mc-typo-reddit-dark', file: 'Screenshot_20271008-212205.png', split: B,
    style: 'seagm-order', dark: true, device: 'android-1080x2400', clock: '21:22', battery: 30,
    order: {
      status: 'Delivered', tone: 'ok', product: 'Minecraft: Java & Bedrock Edition – Key (Global)', qty: 'Qty 1 · Seller: blockkeys_eu',
      rows: [['Order ID', O2], ['Order Date', '2027-10-08 19:38:12'], ['Delivered', '2027-10-08 19:38:40'], ['Payment Method', 'BLIK'], ['Total', 'PLN 99.00']],
      pin: 'M4TQX-*****-*****-*****-B07KD', pinLabel: 'Product Key',
    },
    key_phrases: [O2, 'PLN 99.00'],
  },

  // ── 3 b12-en-nr-seagm-skype-dark: not_received, ready ─────────────────────────────────────────
  {
    name: 'b12-seagm-processing-dark', case: 'b12-en-nr-seagm-skype-dark', file: 'Screenshot_20271009-175512.png', split: B,
    style: 'seagm-order', dark: true, device: 'android-1080x2400', clock: '17:55', battery: 52,
    order: {
      status: 'Processing', tone: 'wait', product: 'Minecraft Minecoins 3500 – Digital Code', qty: 'Qty 1 · Seller: CoinNest SG',
      rows: [['Order ID', O3], ['Order Date', '2027-10-09 14:22:06'], ['Payment Method', 'PayNow'], ['Total', 'SGD 32.90']],
      note: 'Your code will appear here once the seller delivers it.',
    },
    key_phrases: [O3, 'SGD 32.90', 'Processing'],
  },
  {
    name: 'b12-skype-nr-dark', case: 'b12-en-nr-seagm-skype-dark', file: 'Screenshot_20271009-175840.png', split: B,
    style: 'skype-chat', dark: true, device: 'android-1080x2400', clock: '17:58', battery: 51, title: 'CoinNest SG',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '14:51', text: `Paid for order ${O3} half an hour ago, the Minecoins code still isn't there.` },
      { from: 'buyer', at: '17:30', text: 'Three hours now and nothing. Are you sending it?' },
      { from: 'merchant', at: '17:44', text: 'Sorry, our supplier ran out. If an item you purchased is out of stock, we refund you for it right away, so go ahead and request the refund and I will accept.' },
    ],
    corpus: [SRC.outOfStock],
    key_phrases: [O3, 'still isn\'t there', 'our supplier ran out'],
  },

  // ── 4 b12-en-late-ontime-reddit: late_delivery, reverse; delivered 2 min after paying ──────────
  {
    name: 'b12-seagm-ontime', case: 'b12-en-late-ontime-reddit', file: 'Screenshot_20271011-224015.png', split: B,
    style: 'seagm-order', device: 'iphone-1170x2532', clock: '22:40', battery: 45,
    order: {
      status: 'Delivered', tone: 'ok', product: 'Minecraft Java Edition – PC Key (Global)', qty: 'Qty 1 · Seller: QuickCrate',
      rows: [['Order ID', O4], ['Order Date', '2027-10-11 20:02:11'], ['Delivered', '2027-10-11 20:04:37'], ['Payment Method', 'PayPal'], ['Total', 'USD 26.99']],
      pin: 'H8WQ2-*****-*****-*****-7NJ3P', pinLabel: 'Product Key',
      note: 'Instant delivery: codes are sent within 5 minutes of payment.',
    },
    key_phrases: [O4, 'USD 26.99', '20:04:37'],
  },
  {
    name: 'b12-reddit-ontime', case: 'b12-en-late-ontime-reddit', file: 'IMG_4417.JPG', split: B,
    style: 'reddit-chat', device: 'iphone-1170x2532', degrade: ['fwd:600:60'], clock: '22:44', battery: 44, title: 'u/QuickCrate',
    messages: [
      { from: 'time', text: 'Oct 11' },
      { from: 'buyer', at: '9:31 PM', text: `The key from order ${O4} doesn't work. I want my money back.` },
      { from: 'merchant', at: '9:58 PM', text: 'The key was delivered at 8:04, two minutes after you paid, so nothing was late. What does the redeem page say? Send me a screenshot and I will check the key.' },
      { from: 'buyer', at: '10:42 PM', text: 'Not sending anything, I will just file it on the site.' },
    ],
    key_phrases: [O4, 'nothing was late'],
  },

  // ── 5 b12-en-nad-bedrock-skype: not_as_described, ready ───────────────────────────────────────
  {
    name: 'b12-mc-bedrock-only', case: 'b12-en-nad-bedrock-skype', file: 'Screenshot_20271014-101208.png', split: B,
    style: 'minecraft-redeem', device: 'android-1080x2400', clock: '10:12', battery: 77,
    ui: { title: 'Redeem your code', account: 'Signed in as ol****@hotmail.co.uk', label: 'Code', code: 'C3VX8-*****-*****-*****-LM4QZ', success: 'Success! Minecraft for Windows (Bedrock Edition only) has been added to your Microsoft account.', button: 'Redeem another code' },
    key_phrases: ['Bedrock Edition only'],
  },
  {
    name: 'b12-skype-bedrock', case: 'b12-en-nad-bedrock-skype', file: 'Screenshot_20271014-113640.png', split: B,
    style: 'skype-chat', device: 'android-1080x2400', clock: '11:36', battery: 73, title: 'Craftline Keys',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '10:15', text: `Order ${O5}: your listing says Java & Bedrock Edition. The key only added Minecraft for Windows, Bedrock only. No Java at all.` },
      { from: 'buyer', type: 'image', hue: 110, w: 110, h: 200 },
      { from: 'merchant', at: '11:20', text: 'You are right, that batch turned out to be Bedrock-only keys, the title is wrong. I have no Java keys to swap in, so pick "not as described" when you claim and I will accept.' },
    ],
    key_phrases: [O5, 'Java & Bedrock Edition', 'the title is wrong'],
  },
  {
    name: 'b12-seagm-bedrock', case: 'b12-en-nad-bedrock-skype', file: 'Screenshot_20271014-113812.png', split: B,
    style: 'seagm-order', device: 'android-1080x2400', clock: '11:38', battery: 72,
    order: {
      status: 'Delivered', tone: 'ok', product: 'Minecraft: Java & Bedrock Edition for PC – Key (Global)', qty: 'Qty 1 · Seller: Craftline Keys',
      rows: [['Order ID', O5], ['Order Date', '2027-10-14 09:15:33'], ['Delivered', '2027-10-14 09:15:51'], ['Payment Method', 'Visa ****4471'], ['Total', 'GBP 19.49']],
      pin: 'C3VX8-*****-*****-*****-LM4QZ', pinLabel: 'Product Key',
    },
    key_phrases: [O5, 'GBP 19.49'],
  },

  // ── 6 b12-7881-account-recovered: not_as_described, ready; the account was taken back ─────────
  {
    name: 'b12-7881-recovered', case: 'b12-7881-account-recovered', file: 'Screenshot_20271016-094522.png', split: B,
    style: '7881-chat', device: 'android-1080x2400', clock: '09:45', battery: 68, title: '星河号铺', mark: { text: '找回' },
    item: { title: '王者荣耀 安卓QQ区 V8 198皮肤 成品号', order: `订单号 ${O6}`, status: '交易完成' },
    messages: [
      { from: 'time', text: '昨天 13:41' },
      { from: 'system', text: '卖家已交付账号，请尽快修改密码并换绑' },
      { from: 'time', text: '09:12' },
      { from: 'buyer', text: '昨晚还登得上，今早提示密码错误，绑定的手机也不是我换上的那个了' },
      { from: 'merchant', text: '我刚问了前号主，他走官方申诉把号找回了，这是我们这边的责任' },
      { from: 'buyer', text: '你标题里写着永久包赔、不会被找回，现在号直接没了' },
      { from: 'merchant', text: '确实和描述的不一样，退款理由就选描述不符，我点同意' },
    ],
    key_phrases: [O6, '把号找回了', '和描述的不一样'],
  },
  {
    name: 'b12-7881-recovered-order', case: 'b12-7881-account-recovered', file: 'Screenshot_20271016-094801.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '09:48', battery: 67, shop: '7881 · 星河号铺', accent: '#1E6FFF',
    order: {
      query: O6, statusTone: 'ok',
      rows: [['订单号', O6], ['商品名称', '王者荣耀 安卓QQ区 V8 198皮肤 成品号（永久包赔）'], ['实付金额', '¥680.00'], ['支付方式', '支付宝'], ['订单状态', '交易完成', 'status'], ['下单时间', '2027-10-15 13:30:05']],
      code: '售后说明：账号被找回，由卖家承担责任',
    },
    corpus: [SRC.recovered],
    key_phrases: [O6, '¥680.00', '永久包赔'],
  },

  // ── 7 b12-7881-buyer-private-dark: not_received; the buyer asks to be paid back on WeChat ─────
  {
    name: 'b12-7881-private-dark', case: 'b12-7881-buyer-private-dark', file: 'Screenshot_20271017-201506.png', split: B,
    style: '7881-chat', dark: true, device: 'android-1080x2400', clock: '20:15', battery: 41, title: '紫禁城金币行',
    item: { title: '梦幻西游 紫禁城 游戏币 2000万', order: `订单号 ${O7}`, status: '待发货' },
    messages: [
      { from: 'time', text: '19:38' },
      { from: 'buyer', text: '付款半小时了，游戏币还没收到，角色邮件里什么都没有' },
      { from: 'merchant', text: '不好意思，库存被前面一单占了，今天发不出来' },
      { from: 'buyer', text: '那你直接微信转我退款吧，走平台还要等审核' },
      { from: 'merchant', text: '钱在平台担保着，我这边转不了。你点申请退款，我马上同意' },
    ],
    key_phrases: ['游戏币还没收到', '直接微信转我退款', '钱在平台担保着'],
  },
  {
    name: 'b12-7881-private-order-dark', case: 'b12-7881-buyer-private-dark', file: 'Screenshot_20271017-201730.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '20:17', battery: 40, shop: '7881 · 紫禁城金币行', accent: '#2F6BDB',
    order: {
      query: O7, statusTone: 'wait',
      rows: [['订单号', O7], ['商品名称', '梦幻西游 紫禁城 游戏币 2000万'], ['实付金额', '¥156.00'], ['支付方式', '微信支付'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-10-17 19:05:33']],
    },
    key_phrases: [O7, '¥156.00', '待发货'],
  },

  // ── 8 b12-7881-nr-10days: not_received, reverse; filed 9.5 days after paying (7 days) ─────────
  {
    name: 'b12-7881-10days', case: 'b12-7881-nr-10days', file: 'mmexport1823391612318.jpg', split: B,
    style: '7881-chat', device: 'android-1080x2400', degrade: ['fwd:640:60'], clock: '09:40', battery: 83, title: '江南点卡站',
    item: { title: '逆水寒 金砖 1000 直充', order: `订单号 ${O8}`, status: '待发货' },
    messages: [
      { from: 'time', text: '10月12日 22:03' },
      { from: 'buyer', text: '3号买的金砖一直没到，今天上游戏才发现' },
      { from: 'time', text: '今天 09:31' },
      { from: 'merchant', text: '后台看是那天充值失败了没补上，不好意思，退款申请发起后我马上通过' },
    ],
    key_phrases: ['金砖一直没到', '充值失败了没补上'],
  },
  {
    name: 'b12-7881-10days-order', case: 'b12-7881-nr-10days', file: 'Screenshot_20271013-094305.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '09:43', battery: 82, shop: '7881 · 江南点卡站', accent: '#1E6FFF',
    order: {
      query: O8, statusTone: 'wait',
      rows: [['订单号', O8], ['商品名称', '逆水寒 金砖 1000 直充'], ['实付金额', '¥95.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-10-03 21:10:47']],
    },
    key_phrases: [O8, '¥95.00', '2027-10-03 21:10:47'],
  },

  // ── 9 b12-meituan-wrong-norefund: wrong_purchase, reverse; the terms exclude any refund ────────
  {
    name: 'b12-meituan-norefund', case: 'b12-meituan-wrong-norefund', file: 'Screenshot_20271018-124611.png', split: B,
    style: 'meituan-order', device: 'android-1080x2400', clock: '12:46', battery: 58,
    order: {
      status: '已发货', statusLine: '兑换码已发放，可在“查看券码”中查看',
      shop: '乐享数卡（虚拟商品）', title: 'QQ音乐 豪华绿钻 月卡 兑换码', price: '¥15.00', tags: ['不支持退款', '虚拟商品'],
      notice: ['虚拟卡券类商品，发货后不支持退款', '下单前请确认充值账号信息正确'],
      rows: [['订单号', O9, true], ['下单时间', '2027-10-18 12:20:05'], ['支付方式', '美团月付'], ['实付', '¥15.00']],
      buttons: ['联系商家', '查看券码'],
    },
    corpus: [SRC.noRefund, SRC.checkAcct],
    key_phrases: [O9, '¥15.00', '不支持退款'],
  },
  {
    name: 'b12-meituan-norefund-chat', case: 'b12-meituan-wrong-norefund', file: 'Screenshot_20271018-124830.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', clock: '12:48', battery: 57, title: '乐享数卡（商家）',
    messages: [
      { from: 'time', text: '12:24' },
      { from: 'buyer', text: `订单${O9}点错了，我要的是年卡不是月卡，码我还没用，能退吗` },
      { from: 'merchant', text: '亲，码下单后就自动发了。说明里写了卡券发货后不支持退款，这单退不了哦' },
      { from: 'buyer', text: '我一次都没兑换啊' },
      { from: 'merchant', text: '抱歉，规则是这样的' },
    ],
    key_phrases: [O9, '点错了', '发货后不支持退款'],
  },

  // ── 10 b12-meituan-late-dark: late_delivery, ready; "平台介入" is no threat ─────────────────────
  {
    name: 'b12-meituan-late-dark', case: 'b12-meituan-late-dark', file: 'Screenshot_20271019-132904.png', split: B,
    style: 'meituan-order', dark: true, device: 'android-1080x2400', clock: '13:29', battery: 35,
    order: {
      status: '充值中', statusLine: '商家正在为您充值，请耐心等待',
      shop: '极速话费充值店', title: '中国移动 话费充值 100元 快充', price: '¥98.50', tags: ['快充'],
      notice: ['付款后15分钟内完成充值', '充值号码：139****2087'],
      rows: [['订单号', O10, true], ['下单时间', '2027-10-19 08:12:40'], ['支付方式', '微信支付'], ['实付', '¥98.50']],
      buttons: ['联系商家', '申请退款'],
    },
    key_phrases: [O10, '¥98.50', '付款后15分钟内完成充值'],
  },
  {
    name: 'b12-wechat-late-dark', case: 'b12-meituan-late-dark', file: 'Screenshot_20271019-133150.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '13:31', battery: 34, title: '极速话费充值店',
    messages: [
      { from: 'time', text: '09:06' },
      { from: 'buyer', text: `订单${O10}，8点多付的款，写着15分钟到账，快一个小时了话费还没到` },
      { from: 'merchant', text: '运营商通道有点堵，您再等等' },
      { from: 'time', text: '11:32' },
      { from: 'buyer', text: '还是没到。再不到账我就申请平台介入了' },
      { from: 'merchant', text: '实在抱歉，今天这批一直充不进去，麻烦您发起退款，我这边通过' },
    ],
    corpus: [SRC.platform],
    key_phrases: [O10, '15分钟到账', '申请平台介入'],
  },

  // ── 11 b12-hk-mc-used-skype: card_invalid, ready, Hong Kong, chat top cut off ─────────────────
  {
    name: 'b12-mc-used-hk', case: 'b12-hk-mc-used-skype', file: 'Screenshot_20271020-212802.png', split: B,
    style: 'minecraft-redeem', device: 'android-1080x2400', clock: '21:28', battery: 59,
    ui: { title: '兌換你的代碼', account: '已登入：ka****@outlook.com', label: '代碼', code: 'V9PD2-*****-*****-*****-6XHRM', error: '此兌換碼已被使用', button: '兌換' },
    corpus: [SRC.twUsed],
    key_phrases: ['此兌換碼已被使用'],
  },
  {
    name: 'b12-skype-hk-cropped', case: 'b12-hk-mc-used-skype', file: 'Screenshot_20271020-215544.png', split: B,
    style: 'skype-chat', device: 'android-1080x2400', degrade: ['crop:250'], clock: '21:55', battery: 56, title: '方塊遊戲點卡',
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '21:30', text: `訂單 ${O11} 嘅 Minecraft 代碼入唔到，顯示「此兌換碼已被使用」` },
      { from: 'buyer', type: 'image', hue: 120, w: 110, h: 200 },
      { from: 'merchant', at: '21:49', text: '唔好意思，查到呢個碼之前賣咗俾另一位客，係我哋出錯' },
      { from: 'merchant', at: '21:50', text: '麻煩你喺網站申請退款，我哋會批' },
    ],
    corpus: [SRC.twUsed],
    key_phrases: [O11, '此兌換碼已被使用', '係我哋出錯'],
  },
  {
    name: 'b12-seagm-hk', case: 'b12-hk-mc-used-skype', file: 'Screenshot_20271020-215710.png', split: B,
    style: 'seagm-order', device: 'android-1080x2400', clock: '21:57', battery: 55,
    order: {
      status: 'Delivered', tone: 'ok', product: 'Minecraft: Java & Bedrock Edition – Key (Global)', qty: 'Qty 1 · Seller: 方塊遊戲點卡',
      rows: [['Order ID', O11], ['Order Date', '2027-10-20 21:15:44'], ['Delivered', '2027-10-20 21:15:50'], ['Payment Method', 'FPS 轉數快'], ['Total', 'HKD 229.00']],
      pin: 'V9PD2-*****-*****-*****-6XHRM', pinLabel: 'Product Key',
    },
    key_phrases: [O11, 'HKD 229.00'],
  },

  // ── 12 b12-tw-mc-expired-line: card_invalid, ready, Taiwan ─────────────────────────────────────
  {
    name: 'b12-mc-expired-tw', case: 'b12-tw-mc-expired-line', file: 'mmexport1824210217318.jpg', split: B,
    style: 'minecraft-redeem', device: 'iphone-1170x2532', degrade: ['fwd:600:62'], clock: '21:03', battery: 47,
    ui: { title: '兌換你的代碼', account: '已登入：yu****@gmail.com', label: '代碼', code: 'R2KW7-*****-*****-*****-9FTBN', error: '此兌換碼已過期', button: '兌換' },
    corpus: [SRC.twUsed],
    key_phrases: ['此兌換碼已過期'],
  },
  {
    name: 'b12-line-expired-tw', case: 'b12-tw-mc-expired-line', file: 'IMG_5520.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '21:36', battery: 44, title: '像素序號屋', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O12} 的 Minecraft 代碼一兌換就跳「此兌換碼已過期」，剛買的怎麼會過期？` },
      { from: 'buyer', read: true, type: 'image', hue: 120, w: 110, h: 200 },
      { from: 'merchant', name: '像素序號屋', text: '查了一下，這批是去年的庫存，已經過了有效期，是我們沒檢查到' },
      { from: 'merchant', name: '像素序號屋', text: '退款申請送出之後，我們收到就核准' },
    ],
    corpus: [SRC.twUsed],
    key_phrases: [O12, '此兌換碼已過期', '是我們沒檢查到'],
  },
  {
    name: 'b12-seagm-tw', case: 'b12-tw-mc-expired-line', file: 'IMG_5521.PNG', split: B,
    style: 'seagm-order', device: 'iphone-1170x2532', clock: '21:38', battery: 44,
    order: {
      status: 'Delivered', tone: 'ok', product: 'Minecraft Java & Bedrock Edition 兌換碼', qty: 'Qty 1 · Seller: 像素序號屋',
      rows: [['Order ID', O12], ['Order Date', '2027-10-22 20:41:09'], ['Delivered', '2027-10-22 20:41:30'], ['Payment Method', 'LINE Pay'], ['Total', 'TWD 790']],
      pin: 'R2KW7-*****-*****-*****-9FTBN', pinLabel: 'Product Key',
    },
    key_phrases: [O12, 'TWD 790'],
  },

  // ── 13 b12-activation-meituan-dark: activation_failed, ready ──────────────────────────────────
  {
    name: 'b12-act-fail-dark', case: 'b12-activation-meituan-dark', file: 'Screenshot_20271024-115506.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '11:55', battery: 62, appTitle: '脑图大师 Pro 激活',
    fields: [['激活码', 'NTP-****-****-K2W8'], ['设备', 'HUAWEI P60']], submit: '激活',
    dialog: { title: '提示', body: ['激活失败，请联系管理员'], buttons: ['确定'] },
    corpus: [SRC.actFail],
    key_phrases: ['激活失败，请联系管理员'],
  },
  {
    name: 'b12-wechat-act-dark', case: 'b12-activation-meituan-dark', file: 'Screenshot_20271024-123012.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '12:30', battery: 59, title: '软件优选店',
    messages: [
      { from: 'time', text: '11:57' },
      { from: 'buyer', text: `美团订单${O13}买的脑图大师激活码，激活时提示激活失败，请联系管理员` },
      { from: 'buyer', type: 'image', hue: 220, w: 110, h: 200 },
      { from: 'merchant', text: '看了下，这批码只能激活3.x旧版，您装的是新版，新版的码我们暂时没货' },
      { from: 'merchant', text: '麻烦在美团订单里点申请退款，我来处理通过' },
    ],
    key_phrases: [O13, '激活失败', '只能激活3.x旧版'],
  },
  {
    name: 'b12-meituan-act', case: 'b12-activation-meituan-dark', file: 'Screenshot_20271024-123205.png', split: B,
    style: 'meituan-order', device: 'android-1080x2400', clock: '12:32', battery: 58,
    order: {
      status: '已完成', statusLine: '激活码已发放',
      shop: '软件优选店', title: '脑图大师 Pro 永久激活码 单设备', price: '¥39.90', tags: ['自动发货'],
      rows: [['订单号', O13, true], ['下单时间', '2027-10-24 11:33:28'], ['支付方式', '支付宝'], ['实付', '¥39.90']],
      buttons: ['联系商家', '再来一单'],
    },
    key_phrases: [O13, '¥39.90', '已完成'],
  },

  // ── 14 b12-wrong-7881-ready: wrong_purchase, ready/weak + deadline-near ────────────────────────
  {
    name: 'b12-7881-wrong', case: 'b12-wrong-7881-ready', file: 'mmexport1824535568318.jpg', split: B,
    style: '7881-chat', device: 'android-1080x2400', degrade: ['fwd:540:58'], clock: '15:26', battery: 72, title: '跨区金币铺',
    item: { title: 'DNF 跨3A 游戏币 5000万', order: `订单号 ${O14}`, status: '待发货' },
    messages: [
      { from: 'time', text: '15:08' },
      { from: 'buyer', text: '下错区了，我是跨3B的，这单跨3A的先别发' },
      { from: 'merchant', text: '好的，还没发。你申请取消，我这边点同意' },
      { from: 'buyer', text: '谢谢，这就去申请' },
    ],
    key_phrases: ['下错区了', '先别发', '还没发'],
  },
  {
    name: 'b12-7881-wrong-order', case: 'b12-wrong-7881-ready', file: 'Screenshot_20271026-152845.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:28', battery: 71, shop: '7881 · 跨区金币铺', accent: '#1E6FFF',
    order: {
      query: O14, statusTone: 'wait',
      rows: [['订单号', O14], ['商品名称', 'DNF 跨3A 游戏币 5000万'], ['实付金额', '¥42.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-10-26 15:02:30']],
    },
    key_phrases: [O14, '¥42.00', '待发货'],
  },
];
