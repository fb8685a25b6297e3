// The thirteenth blind end-to-end set (fixtures/blind13/): 14 cases written by a helper (branch
// h17e), not by the lead engineer, from public wording the project had not used before (each
// quoted string was checked against test/corpus/, scripts/real/ and the fixture READMEs),
// combined and lightly adapted (names, amounts and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind13'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. Six new app styles: `pxb7-chat` (螃蟹账号 交易聊天),
// `eldorado-order` (Eldorado.gg order page), `ubisoft-redeem` (Ubisoft Connect "Activate a key"),
// `google-chat` (Google Chat, Android), `alipay-chat` (支付宝 在线客服 of a 小程序 merchant) and
// `store-receipt-mail` (a console-store-style e-mail receipt in a phone mail app).
// Render with `node scripts/real/render.mjs --set blind13` (into fixtures/real-blind13/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind13` copies the images into fixtures/blind13/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind13';

// order numbers (see each case's order.json)
const O1 = '5e2f8c1a-93b4-4d07-b6e2-7a1c0f9d3e58'; // Eldorado-style UUID
const O2 = 'O-2709051844731'; // letter, hyphen, 13 digits
const O3 = 'NE27090709581'; // two letters + 11 digits
const O4 = 'c47a0e93-1f6b-4b82-8d3e-2e95a7b16c04'; // UUID
const O5 = 'GCD-5581-2077'; // letters and hyphenated groups
const O6 = 'PXB2709121530884126'; // PXB + 16 digits
const O7 = 'PXB2709141120553907'; // PXB + 16 digits
const T7 = '2027091422001488615304172296'; // its 支付宝 订单号: 28 digits
const O8 = '2709162005338710'; // 16 digits (商家订单号)
const T8 = '2027091622001421907733650418'; // 支付宝 订单号
const O9 = '2709182139107725'; // 16 digits (商家订单号)
const T9 = '2027091822001473305128846097'; // 支付宝 订单号
const O10 = 'WP20270919103327'; // letter prefix + 14 digits
const O11 = '270920143355216'; // 15 digits
const O12 = 'HKG-27091921124'; // letters, hyphen, 11 digits
const O13 = 'TW2709212210476'; // two letters + 13 digits
const O14 = '2709231018552094'; // 16 digits (商家订单号)
const T14 = '2027092322001466290037718254'; // 支付宝 订单号

const SRC = {
  linked: 'a licence service\'s conflict message "That license key is already linked to an account." (public GitHub Java file, find_string id 71331362187)',
  giftRedeemed: 'a test list of already-used replies including \'You have already redeemed this gift code.\' (public GitHub JavaScript file, find_string id 71550712780)',
  pwChanged: 'an Android app\'s commented toast "您的密码已被修改" (public GitHub Java file, find_string id 38729927907), adapted into the dialog body "您的密码已被修改，请重新登录"',
  privWx: 'a customer-service test case\'s customer line "你加我微信私聊，私下转账给你便宜点" (public GitHub Python file, find_string id 54545729293), adapted into the seller\'s "你加我微信私聊，私下转账退你"',
  ship12: 'a claim page\'s tip "领取成功后，预计1-2个工作日发货,请您耐心等待…若超时未发货，请及时联系在线客服" (public GitHub Vue file, find_string id 2394986932), adapted into the merchant\'s auto reply',
  codeUsedSwap: 'an activation API\'s message "该激活码已被使用，请换一个" (public GitHub Python file, find_string id 56243883071)',
  alreadyActive: 'the same activation API\'s message "您的账号已激活，无需重复兑换" (public GitHub Python file, find_string id 56243883071)',
  threat315: 'a refund-risk test\'s user text "三天不退钱我就去 315 曝光你们" (public GitHub Java file, find_string id 69051587966), adapted into the buyer\'s "三天不退钱我就去315曝光你们"',
  twUsed: 'a zh-Hant locale entry "redeemAlreadyUsed: \'此兌換碼已被使用\'" (public GitHub TypeScript file, find_string id 59698381665)',
  tw30: 'an invoice page\'s message "系統將於30分鐘內寄送" (public GitHub JavaScript file, find_string id 17716354209), adapted into the receipt\'s "付款完成後，系統將於30分鐘內寄送序號"',
};

export default [
  // ── 1 b13-en-ubisoft-used: card_invalid, ready; UUID order id, New York time ───────────────
  {
    name: 'b13-ubisoft-other-system', case: 'b13-en-ubisoft-used', file: 'Screenshot 2027-09-03 192512.png', split: B,
    style: 'ubisoft-redeem', device: 'desktop-1920x1080', dark: true, user: 'mattdrv_91',
    key: '7KQ2-****-****-****-W8NP', error: 'That license key is already linked to an account.',
    sub: 'Enter the key you received to add the game to your library.',
    corpus: [SRC.linked],
    key_phrases: ['That license key is already linked to an account.'],
  },
  {
    name: 'b13-gchat-ubisoft', case: 'b13-en-ubisoft-used', file: 'Screenshot_20270903-195941.png', split: B,
    style: 'google-chat', device: 'android-1080x2400', clock: '19:59', battery: 61, title: 'KeyHarbor (Eldorado seller)', subtitle: 'Active',
    messages: [
      { from: 'time', text: 'Today 7:27 PM' },
      { from: 'buyer', text: `Hi, order ${O1} – the Ubisoft key you delivered won't activate`, at: '7:27 PM' },
      { from: 'buyer', text: 'Ubisoft Connect says the key is already linked to an account, and it isn\'t mine. I typed it in 5 min after delivery.', at: '7:28 PM' },
      { from: 'buyer', type: 'image', hue: 220, w: 190, h: 110 },
      { from: 'merchant', text: 'Checked with my supplier: that key went out twice, my fault, sorry.', at: '7:58 PM' },
      { from: 'merchant', text: 'Go ahead and file for a refund on Eldorado, I\'ll accept it.', at: '7:58 PM' },
    ],
    corpus: [SRC.linked],
    key_phrases: [O1, 'already linked to an account'],
  },
  {
    name: 'b13-eldorado-ubisoft', case: 'b13-en-ubisoft-used', file: 'Screenshot 2027-09-04 082611.png', split: B,
    style: 'eldorado-order', device: 'desktop-1366x768',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'The seller delivered your key on Sep 3, 2027, 7:10 PM.',
      offer: 'Assassin\'s Creed Mirage – Ubisoft Connect Key (North America)', seller: 'KeyHarbor', rating: '98.7%',
      rows: [['Order ID', O1], ['Order date', 'Sep 3, 2027, 7:10 PM'], ['Quantity', '1'], ['Payment', 'Visa •••• 4412'], ['Total', '$41.99']],
      buttons: ['Open dispute', 'Confirm received'],
    },
    key_phrases: [O1, '$41.99'],
  },

  // ── 2 b13-en-eldorado-nad-email: not_as_described, ready; "original email included" not so ──
  {
    name: 'b13-eldorado-fullaccess', case: 'b13-en-eldorado-nad-email', file: 'Screenshot_20270906-205102.png', split: B,
    style: 'eldorado-order', device: 'android-1080x2400', clock: '20:51', battery: 44,
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Account details delivered on Sep 5, 2027, 18:52.',
      offer: 'Valorant Account | EU | Immortal 1 | Full Access – Original Email Included', seller: 'NorthLoot', rating: '97.9%',
      rows: [['Order ID', O2], ['Order date', 'Sep 5, 2027, 18:44'], ['Quantity', '1'], ['Total', '€24.50']],
      buttons: ['Open dispute', 'Confirm received'],
    },
    key_phrases: [O2, '€24.50', 'Original Email Included'],
  },
  {
    name: 'b13-riot-verify', case: 'b13-en-eldorado-nad-email', file: 'Screenshot_20270906-204310.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:43', battery: 46, appTitle: 'Riot account – Sign in',
    fields: [['Username', 'va****ro77'], ['Password', '••••••••••']], submit: 'Sign in',
    dialog: { title: 'Verify it\'s you', body: ['We sent a 6-digit code to the email on this account: k*******@o*****.com', 'Enter the code to continue.'], buttons: ['Resend', 'OK'] },
    key_phrases: ['Verify it\'s you'],
  },
  {
    name: 'b13-gchat-nad', case: 'b13-en-eldorado-nad-email', file: 'IMG-20270906-WA0012.jpg', split: B,
    style: 'google-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '20:58', battery: 43, title: 'NorthLoot', subtitle: 'Away',
    messages: [
      { from: 'time', text: 'Sat 18:55' },
      { from: 'buyer', text: `Order ${O2}: the title says full access with the original email included`, at: '18:55' },
      { from: 'buyer', text: 'Riot sends the login code to k*******@o*****.com and you gave me no access to that mailbox. I can\'t sign in.', at: '18:57' },
      { from: 'time', text: 'Sun 20:31' },
      { from: 'merchant', text: 'Yes, the mail is not included on this one, the title was wrong.', at: '20:31' },
      { from: 'merchant', text: 'Open the refund on Eldorado as "not as described", I will not contest it.', at: '20:32' },
    ],
    key_phrases: [O2, 'the title was wrong'],
  },

  // ── 3 b13-en-receipt-self-redeemed: card_invalid, reverse; the buyer's own mail shows it redeemed ──
  {
    name: 'b13-nintendo-funds-mail', case: 'b13-en-receipt-self-redeemed', file: 'Screenshot_20270907-134912.png', split: B,
    style: 'store-receipt-mail', device: 'android-1080x2400', clock: '13:49', battery: 70,
    mail: {
      subject: 'Funds have been added to your Nintendo Account', from: 'Nintendo', time: 'Sep 7, 10:02 AM',
      brand: { name: 'Nintendo eShop', color: '#E60012' },
      hello: ['Hi jordan_k,', 'The following Nintendo eShop Card was redeemed on your Nintendo Account.'],
      rows: [['Date', '9/7/2027 10:02 AM CDT'], ['Nintendo Account', 'jo****@gmail.com'], ['Item', 'Nintendo eShop Card $20'], ['Code', 'B7QM-****-****-7HQ2']],
      totalLabel: 'Funds added', total: '$20.00', foot: ['Current balance: $20.00', 'If you did not make this change, contact Nintendo Support.'],
    },
    key_phrases: ['Funds added', '9/7/2027 10:02 AM CDT'],
  },
  {
    name: 'b13-eshop-already', case: 'b13-en-receipt-self-redeemed', file: 'Screenshot_20270907-134020.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '13:40', battery: 71, appTitle: 'Nintendo eShop – Redeem code',
    fields: [['Code', 'B7QM-****-****-7HQ2'], ['Nintendo Account', 'jo****@gmail.com']], submit: 'Redeem',
    dialog: { title: 'Unable to redeem', body: ['You have already redeemed this gift code.'], buttons: ['OK'] },
    corpus: [SRC.giftRedeemed],
    key_phrases: ['You have already redeemed this gift code.'],
  },
  {
    name: 'b13-gchat-self-redeemed', case: 'b13-en-receipt-self-redeemed', file: 'IMG-20270907-WA0004.jpg', split: B,
    style: 'google-chat', device: 'android-1080x2400', degrade: ['fwd:640:58'], clock: '14:06', battery: 68, title: 'CardVault', subtitle: 'Active',
    messages: [
      { from: 'time', text: 'Today 1:44 PM' },
      { from: 'buyer', text: `Order ${O3}, the eShop code doesn't work. It says already redeemed. Refund please`, at: '1:44 PM' },
      { from: 'merchant', text: 'Nintendo shows it redeemed at 10:02 this morning, on your account jo****@gmail.com. Check the mail Nintendo sent you then, your balance should be $20.', at: '1:52 PM' },
      { from: 'buyer', text: 'ok I see the mail, the 20 is there. I still want the refund, I\'ll file it', at: '2:05 PM' },
    ],
    key_phrases: [O3, 'redeemed at 10:02'],
  },

  // ── 4 b13-en-late-eldorado-dark: late_delivery, ready; 20-minute guarantee, nothing after 4 h ─
  {
    name: 'b13-eldorado-pending', case: 'b13-en-late-eldorado-dark', file: 'Screenshot_20270909-201702.png', split: B,
    style: 'eldorado-order', device: 'iphone-1170x2532', clock: '20:17', battery: 35,
    order: {
      status: 'Pending delivery', tone: 'wait', statusNote: 'Waiting for the seller to deliver. Guaranteed delivery time: 20 min.',
      offer: 'Honkai: Star Rail – 6480 Oneiric Shards – Top-up by UID', seller: 'AstralTopUp', rating: '96.2%',
      rows: [['Order ID', O4], ['Order date', 'Sep 9, 2027, 4:05 PM'], ['Delivery time', '20 min'], ['Quantity', '1'], ['Total', '$82.50']],
      buttons: ['Cancel order', 'Message seller'],
    },
    key_phrases: [O4, '$82.50', 'Guaranteed delivery time: 20 min.'],
  },
  {
    name: 'b13-gchat-late-dark', case: 'b13-en-late-eldorado-dark', file: 'Screenshot_20270909-202344.png', split: B,
    style: 'google-chat', dark: true, device: 'android-1080x2400', clock: '20:23', battery: 52, title: 'AstralTopUp', subtitle: 'Active',
    messages: [
      { from: 'time', text: 'Today 4:41 PM' },
      { from: 'buyer', text: `Hi, order ${O4}: 6480 shards to UID 8023****17. Paid 35 min ago, your listing says 20 min.`, at: '4:41 PM' },
      { from: 'time', text: 'Today 7:16 PM' },
      { from: 'buyer', text: 'Still nothing after 3 hours. Please deliver or cancel.', at: '7:16 PM' },
      { from: 'merchant', text: 'Sorry, my stock ran out and the next batch is tomorrow. Cancel it on Eldorado, I won\'t contest.', at: '7:40 PM' },
    ],
    key_phrases: [O4, 'my stock ran out'],
  },

  // ── 5 b13-en-wrong-receipt: wrong_purchase, ready/weak + deadline-near; receipt e-mail as order proof ─
  {
    name: 'b13-gcd-receipt', case: 'b13-en-wrong-receipt', file: 'Screenshot_20270911-103012.png', split: B,
    style: 'store-receipt-mail', device: 'android-1080x2400', clock: '10:30', battery: 82,
    mail: {
      subject: `Your order ${O5} – receipt`, from: 'GameCodes Direct', time: '11 Sept, 10:14',
      brand: { name: 'GameCodes Direct', color: '#00439C' },
      hello: ['Hello Priya,', 'Thank you for your order. Your code will be sent by e-mail once a member of staff has processed it (usually within 2 hours).'],
      rows: [['Order number', O5], ['Order date', '11/09/2027 10:14 BST'], ['Item', 'PlayStation Plus Premium – 12 months (UK)'], ['Payment', 'PayPal'], ['Status', 'Processing']],
      totalLabel: 'Total paid', total: '£94.99', foot: ['Orders can be cancelled free of charge until the code has been sent.'],
    },
    key_phrases: [O5, '£94.99', 'Processing'],
  },
  {
    name: 'b13-gchat-wrong', case: 'b13-en-wrong-receipt', file: 'Screenshot_20270911-103455.png', split: B,
    style: 'google-chat', device: 'iphone-1170x2532', clock: '10:34', battery: 80, title: 'GameCodes Direct support', subtitle: 'Active',
    messages: [
      { from: 'time', text: 'Today 10:19' },
      { from: 'buyer', text: `Order ${O5}: I picked Premium but meant Essential. Please don't send the code – can it be cancelled?`, at: '10:19' },
      { from: 'merchant', text: 'Hi Priya, the code has not been sent yet. I have put the order on hold; file for your refund in the shop and I\'ll approve it quickly.', at: '10:26' },
      { from: 'buyer', text: 'Thanks, doing it now', at: '10:27' },
    ],
    key_phrases: [O5, 'has not been sent yet'],
  },

  // ── 6 b13-acct-pxb7-login: activation_failed (account), ready; 螃蟹账号, top cut off ─────────
  {
    name: 'b13-qq-pw-changed', case: 'b13-acct-pxb7-login', file: 'Screenshot_20270912-161844.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '16:18', battery: 57, appTitle: 'QQ 登录',
    fields: [['QQ号', '28****7716'], ['密码', '••••••••••']], submit: '登录',
    dialog: { title: '登录失败', body: ['您的密码已被修改，请重新登录'], buttons: ['找回密码', '确定'] },
    corpus: [SRC.pwChanged],
    key_phrases: ['您的密码已被修改'],
  },
  {
    name: 'b13-pxb7-login', case: 'b13-acct-pxb7-login', file: 'Screenshot_20270912-163806.png', split: B,
    style: 'pxb7-chat', device: 'android-1080x2400', degrade: ['crop:230'], clock: '16:38', battery: 54, title: '号商·阿杰游戏', subtitle: '卖家',
    pin: { title: '王者荣耀 V8 148皮肤 QQ区 安卓 可换绑', price: '¥860.00', order: `订单编号 ${O6}`, status: '已交付' },
    notice: '平台提示：交易请在螃蟹内完成，任何要求添加站外联系方式的都请提高警惕',
    messages: [
      { from: 'time', text: '16:20' },
      { from: 'buyer', text: '按你发的资料登录不了，提示您的密码已被修改，请重新登录' },
      { from: 'merchant', text: '我问了原号主，他昨晚又把密码改了，这个号现在没法给你换绑' },
      { from: 'merchant', text: '你就在这说，加微信的都是骗子别信。退款你从订单那发起，我点通过' },
      { from: 'buyer', text: '好，我按账号无法激活申请' },
    ],
    corpus: [SRC.pwChanged],
    key_phrases: [O6, '您的密码已被修改', '没法给你换绑'],
  },

  // ── 7 b13-acct-pxb7-private-dark: not_received (account), weak/ready + private-channel ─────
  {
    name: 'b13-pxb7-private-dark', case: 'b13-acct-pxb7-private-dark', file: 'Screenshot_20270914-143518.png', split: B,
    style: 'pxb7-chat', dark: true, device: 'android-1080x2400', clock: '14:35', battery: 38, title: '号商·小满账号', subtitle: '卖家',
    pin: { title: '和平精英 微信区 6套载具皮肤 带M416', price: '¥420.00', order: `订单编号 ${O7}`, status: '待交付' },
    messages: [
      { from: 'time', text: '11:41' },
      { from: 'buyer', text: '付款二十分钟了，账号资料还没发给我' },
      { from: 'time', text: '14:05' },
      { from: 'buyer', text: '两个多小时了，到底什么时候交付？' },
      { from: 'merchant', text: '原号主反悔不卖了。你加我微信私聊，私下转账退你，走平台得等好几天才到账' },
      { from: 'buyer', text: '不加，钱我从螃蟹这边退' },
    ],
    corpus: [SRC.privWx],
    key_phrases: [O7, '待交付', '私下转账退你'],
  },
  {
    name: 'b13-alipay-bill-pxb7', case: 'b13-acct-pxb7-private-dark', file: 'Screenshot_20270914-143702.png', split: B,
    style: 'alipay-bill', dark: true, device: 'android-1080x2400', clock: '14:37', battery: 38, logoColor: '#FF6A2C',
    bill: {
      merchant: '螃蟹账号', amount: '-420.00', status: '交易成功',
      rows: [['支付时间', '2027-09-14 11:20:55'], ['付款方式', '招商银行储蓄卡(5521)'], ['商品说明', '和平精英 微信区 6套载具皮肤 带M416'], ['订单号', T7], ['商家订单号', O7]],
    },
    key_phrases: [O7, T7, '-420.00'],
  },

  // ── 8 b13-late-alipay-premature: late_delivery, reverse; filed inside the promised 1-2 working days ─
  {
    name: 'b13-alipay-chat-premature', case: 'b13-late-alipay-premature', file: 'Screenshot_20270917-093144.png', split: B,
    style: 'alipay-chat', device: 'android-1080x2400', clock: '09:31', battery: 73, title: '在线客服', subtitle: '星河数码会员店',
    messages: [
      { from: 'time', text: '昨天 20:06' },
      { from: 'merchant', text: '亲，本商品由客服手工发码，预计1-2个工作日发货，请您耐心等待；若超时未发货，请及时联系在线客服' },
      { from: 'time', text: '昨天 22:30' },
      { from: 'buyer', text: '怎么还没发货？' },
      { from: 'time', text: '09:10' },
      { from: 'buyer', text: '一晚上了还没收到激活码，我要按延迟发货申请退款' },
      { from: 'merchant', text: '亲，手工发码是1-2个工作日，您昨晚8点下的单，今天下班前一定给您发出，还没有超时哦' },
    ],
    corpus: [SRC.ship12],
    key_phrases: ['预计1-2个工作日发货', '还没有超时'],
  },
  {
    name: 'b13-alipay-bill-premature', case: 'b13-late-alipay-premature', file: 'Screenshot_20270917-093310.png', split: B,
    style: 'alipay-bill', device: 'android-1080x2400', clock: '09:33', battery: 72, logoColor: '#7B61FF',
    bill: {
      merchant: '星河数码会员店', amount: '-178.00', status: '交易成功',
      rows: [['支付时间', '2027-09-16 20:05:33'], ['付款方式', '花呗'], ['商品说明', '腾讯视频VIP 年卡 激活码 手工发码'], ['订单号', T8], ['商家订单号', O8]],
    },
    key_phrases: [O8, T8, '-178.00'],
  },

  // ── 9 b13-wrong-alipay-dark: wrong_purchase, ready/weak + deadline-near; wrong QQ number caught ─
  {
    name: 'b13-alipay-chat-wrong-dark', case: 'b13-wrong-alipay-dark', file: 'Screenshot_20270918-215808.png', split: B,
    style: 'alipay-chat', dark: true, device: 'android-1080x2400', clock: '21:58', battery: 29, title: '在线客服', subtitle: '乐享音乐直充',
    chips: ['查订单', '充值进度', '转人工'],
    messages: [
      { from: 'time', text: '21:42' },
      { from: 'buyer', text: `订单${O9}，充值QQ号少打了一位，还没充的话帮我取消` },
      { from: 'merchant', text: '亲，查了一下这单还在排队，没有充，已经帮您拦下了' },
      { from: 'merchant', text: '您去订单页点一下退款，我这边秒批' },
      { from: 'buyer', text: '好的谢谢，我重新拍一单' },
    ],
    key_phrases: [O9, '已经帮您拦下了'],
  },
  {
    name: 'b13-alipay-bill-wrong-dark', case: 'b13-wrong-alipay-dark', file: 'Screenshot_20270918-215920.png', split: B,
    style: 'alipay-bill', dark: true, device: 'android-1080x2400', clock: '21:59', battery: 29, logoColor: '#31C27C',
    bill: {
      merchant: '乐享音乐直充', amount: '-45.00', status: '交易成功',
      rows: [['支付时间', '2027-09-18 21:39:10'], ['付款方式', '余额'], ['商品说明', 'QQ音乐 豪华绿钻 季卡 QQ号直充'], ['订单号', T9], ['商家订单号', O9]],
    },
    key_phrases: [O9, T9, '-45.00'],
  },

  // ── 10 b13-card-threat-315: card_invalid, weak/ready + threatening-language ────────────────
  {
    name: 'b13-wps-code-used', case: 'b13-card-threat-315', file: 'Screenshot_20270919-104612.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '10:46', battery: 88, appTitle: 'WPS 会员 · 兑换激活码',
    fields: [['激活码', 'WPSV-****-****-X3KD'], ['WPS账号', '159****2207']], submit: '立即兑换',
    dialog: { title: '激活失败', body: ['该激活码已被使用，请换一个'], buttons: ['知道了'] },
    corpus: [SRC.codeUsedSwap],
    key_phrases: ['该激活码已被使用，请换一个'],
  },
  {
    name: 'b13-wechat-threat', case: 'b13-card-threat-315', file: 'mmexport1821325570650.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:600:55'], clock: '11:45', battery: 84, title: '青柠软件店客服',
    messages: [
      { from: 'time', text: '10:48' },
      { from: 'buyer', text: `订单${O10}，WPS年卡激活码兑换失败，提示该激活码已被使用，请换一个` },
      { from: 'buyer', type: 'image', hue: 10, w: 110, h: 200 },
      { from: 'merchant', text: '稍等，我去后台查一下这个码' },
      { from: 'time', text: '11:31' },
      { from: 'buyer', text: '你们就是卖二手码的吧？三天不退钱我就去315曝光你们' },
      { from: 'merchant', text: '查到了，是系统重复发了同一个码，抱歉。退款您从平台提交，我们会通过' },
    ],
    corpus: [SRC.codeUsedSwap, SRC.threat315],
    key_phrases: [O10, '三天不退钱我就去315曝光你们'],
  },
  {
    name: 'b13-wps-order', case: 'b13-card-threat-315', file: 'Screenshot_20270919-114802.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '11:48', battery: 83, shop: '青柠软件店', accent: '#16a34a',
    order: {
      query: O10, statusTone: 'ok',
      rows: [['订单号', O10], ['商品名称', 'WPS 超级会员 年卡 激活码'], ['实付金额', '¥89.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-09-19 10:33:27']],
      code: '激活码 WPSV-****-****-X3KD',
    },
    key_phrases: [O10, '¥89.00', '已完成'],
  },

  // ── 11 b13-act-already-active: activation_failed, reverse; the capture says the account is active ─
  {
    name: 'b13-ai-already-active-dark', case: 'b13-act-already-active', file: 'Screenshot_20270920-152130.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '15:21', battery: 47, appTitle: '墨笔AI · 会员激活',
    fields: [['激活码', 'MB7K-****-****-2QFA'], ['登录账号', '177****3085']], submit: '激活',
    dialog: { title: '提示', body: ['您的账号已激活，无需重复兑换'], buttons: ['确定'] },
    corpus: [SRC.alreadyActive],
    key_phrases: ['您的账号已激活，无需重复兑换'],
  },
  {
    name: 'b13-wechat-already-active', case: 'b13-act-already-active', file: 'mmexport1821426545439.jpg', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '15:48', battery: 45, title: '墨笔AI授权店',
    messages: [
      { from: 'time', text: '15:23' },
      { from: 'buyer', text: `订单${O11}的激活码用不了，提示您的账号已激活，无需重复兑换` },
      { from: 'merchant', text: '这个提示是说您账号已经是专业版了。麻烦看下会员中心的到期时间，是不是已经加了一个月？' },
      { from: 'buyer', text: '看了，到10月20号，是加上了，估计我第一次点激活就成功了' },
      { from: 'buyer', text: '不过我不太想用了，还是申请个激活失败退款吧' },
    ],
    corpus: [SRC.alreadyActive],
    key_phrases: [O11, '是加上了'],
  },
  {
    name: 'b13-ai-order-dark', case: 'b13-act-already-active', file: 'Screenshot_20270920-155002.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '15:50', battery: 44, shop: '墨笔AI授权店', accent: '#8b5cf6',
    order: {
      query: O11, statusTone: 'ok',
      rows: [['订单号', O11], ['商品名称', '墨笔AI 专业版 月卡 激活码'], ['实付金额', '¥39.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-09-20 14:33:55']],
      code: '激活码 MB7K-****-****-2QFA',
    },
    key_phrases: [O11, '¥39.00', '已完成'],
  },

  // ── 12 b13-hk-ubisoft-mark: card_invalid, ready; zh-Hant, HKD, red circle, PayPal checkout ───
  {
    name: 'b13-ubisoft-hk-mark', case: 'b13-hk-ubisoft-mark', file: 'IMG_20270919_212533.jpg', split: B,
    style: 'ubisoft-redeem', device: 'desktop-1366x768', degrade: ['fwd:720:70'], mark: { text: '此兌換碼已被使用' }, user: 'kaho.wong',
    labels: { title: '啟動序號', hint: '輸入你的序號', activate: '啟動', cancel: '取消', nav: ['首頁', '商店', '遊戲', 'Ubisoft+', '獎勵'] },
    key: 'F3XR-****-****-****-9KLE', error: '此兌換碼已被使用',
    corpus: [SRC.twUsed],
    key_phrases: ['此兌換碼已被使用'],
  },
  {
    name: 'b13-gchat-hk', case: 'b13-hk-ubisoft-mark', file: 'Screenshot_20270919-215210.png', split: B,
    style: 'google-chat', device: 'android-1080x2400', clock: '21:52', battery: 63, title: '遊戲序號專門店', subtitle: '使用中',
    messages: [
      { from: 'time', text: '今日 21:27' },
      { from: 'buyer', text: `你好，訂單 ${O12}，頭先收到嘅序號喺 Ubisoft Connect 入唔到，話此兌換碼已被使用`, at: '21:27' },
      { from: 'buyer', type: 'image', hue: 230, w: 190, h: 110 },
      { from: 'merchant', text: '多謝你嘅截圖，我哋查過，呢個碼上游派重咗。你喺訂單頁撳申請退款，我哋會批', at: '21:49' },
    ],
    corpus: [SRC.twUsed],
    key_phrases: [O12, '上游派重咗'],
  },
  {
    name: 'b13-receipt-hk', case: 'b13-hk-ubisoft-mark', file: 'Screenshot_20270919-215430.png', split: B,
    style: 'store-receipt-mail', device: 'android-1080x2400', clock: '21:54', battery: 62,
    mail: {
      subject: `訂單收據 ${O12}`, from: '遊戲序號專門店', time: '9月19日 21:12',
      brand: { name: '遊戲序號專門店', color: '#0A66C2' },
      hello: ['王先生你好，', '多謝惠顧！你的序號已經發送到此電郵地址。'],
      rows: [['訂單編號', O12], ['訂單日期', '2027-09-19 21:12'], ['商品', 'Far Cry 6 – Ubisoft Connect 序號（亞洲）'], ['付款方式', 'PayPal'], ['序號', 'F3XR-****-****-****-9KLE']],
      totalLabel: '合共', total: 'HK$268.00', foot: ['序號如無法啟動，請在一天之內回覆此電郵。'],
    },
    key_phrases: [O12, 'HK$268.00'],
  },

  // ── 13 b13-tw-late-gchat-dark: late_delivery, ready; zh-Hant, TWD, 30-minute promise on the receipt ─
  {
    name: 'b13-receipt-tw', case: 'b13-tw-late-gchat-dark', file: 'Screenshot_20270922-091208.png', split: B,
    style: 'store-receipt-mail', device: 'iphone-1170x2532', clock: '09:12', battery: 77,
    mail: {
      subject: `付款成功通知｜訂單 ${O13}`, from: '點卡小舖', time: '9月21日 22:10',
      brand: { name: '點卡小舖', color: '#F08300' },
      hello: ['親愛的會員您好：', '我們已收到您的款項，付款完成後，系統將於30分鐘內寄送序號至您的信箱。'],
      rows: [['訂單編號', O13], ['付款時間', '2027/09/21 22:10'], ['商品', 'MyCard 1000點 點數卡'], ['付款方式', '信用卡'], ['出貨狀態', '處理中']],
      totalLabel: '實付金額', total: 'NT$985', foot: ['此信件由系統自動發送，請勿直接回覆。'],
    },
    corpus: [SRC.tw30],
    key_phrases: [O13, 'NT$985', '系統將於30分鐘內寄送序號'],
  },
  {
    name: 'b13-gchat-tw-dark', case: 'b13-tw-late-gchat-dark', file: 'Screenshot_20270922-091530.png', split: B,
    style: 'google-chat', dark: true, device: 'android-1080x2400', clock: '09:15', battery: 76, title: '點卡小舖 客服', subtitle: '使用中',
    messages: [
      { from: 'time', text: '昨天 23:01' },
      { from: 'buyer', text: `訂單 ${O13} 已經付款50分鐘了，序號還沒收到`, at: '23:01' },
      { from: 'time', text: '昨天 23:48' },
      { from: 'buyer', text: '快一個半小時了，信箱跟垃圾信件都沒有', at: '23:48' },
      { from: 'time', text: '今天 09:04' },
      { from: 'merchant', text: '抱歉讓您久等，昨晚1000點的庫存用完了，今天也補不到貨，麻煩您直接在訂單頁按退款，這邊一定核准', at: '09:04' },
    ],
    key_phrases: [O13, '今天也補不到貨'],
  },

  // ── 14 b13-nr-alipay-forwarded: not_received, ready; 话费 top-up failed, forwarded small JPEG ──
  {
    name: 'b13-alipay-chat-nr', case: 'b13-nr-alipay-forwarded', file: 'mmexport1821676692413.jpg', split: B,
    style: 'alipay-chat', device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '13:17', battery: 58, title: '在线客服', subtitle: '速达话费充值',
    chips: ['查订单', '充值进度', '转人工'],
    messages: [
      { from: 'time', text: '10:40' },
      { from: 'buyer', text: `订单${O14}，100元话费付款20分钟了，138****5520一直没到账` },
      { from: 'time', text: '12:55' },
      { from: 'buyer', text: '两个多小时了，短信也没收到，话费余额没变' },
      { from: 'merchant', text: '抱歉亲，这单在运营商那边没有充进去，话费不会到账了。麻烦您从订单页提交退款，提交后我们立刻处理' },
    ],
    key_phrases: [O14, '话费不会到账了'],
  },
  {
    name: 'b13-alipay-bill-nr', case: 'b13-nr-alipay-forwarded', file: 'Screenshot_20270923-131902.png', split: B,
    style: 'alipay-bill', device: 'android-1080x2400', clock: '13:19', battery: 57, logoColor: '#E60012',
    bill: {
      merchant: '速达话费充值', amount: '-98.50', status: '交易成功',
      rows: [['支付时间', '2027-09-23 10:18:55'], ['付款方式', '余额宝'], ['商品说明', '中国移动 话费 100元 快充'], ['订单号', T14], ['商家订单号', O14]],
    },
    key_phrases: [O14, T14, '-98.50'],
  },
];
