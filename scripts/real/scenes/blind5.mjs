// The fifth blind end-to-end set (fixtures/blind5/): 14 cases written by a helper (branch h15c),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// translations said so). Every scene is `split: 'blind5'`; `corpus` cites the source of each line
// taken (the find_string index id where the index names no repository); lines not cited are the
// author's own connecting lines. Three new app styles: `imessage` (Apple Messages), `kakaotalk`
// (KakaoTalk) and `jd-order` (京东 订单详情 of a top-up order).
// Render with `node scripts/real/render.mjs --set blind5` (into fixtures/real-blind5/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind5` copies the images into fixtures/blind5/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind5';

// order numbers (see each case's order.json)
const O1 = '80352716644092'; // marketplace: 14 digits
const O2 = 'ENK7Q29XM4TB'; // key marketplace: 12 upper-case letters and digits
const O3 = '5521705110934417'; // 16 digits
const O4 = '27051309225861'; // 14 digits
const O5 = 'SK-2705148830'; // letter prefix, hyphen, 10 digits
const O6 = '613270514091208275'; // acg-faka trade_no: 2027-05-14 09:12:08
const O7 = '20270515183022407719'; // 20 digits
const O8 = '298174406512'; // JD: 12 digits
const O9 = 'H3QX8N2WK7RT5MZA'; // dujiaoka order_sn
const O10 = '270516-417239085561204'; // Pinduoduo: yymmdd-15 digits
const O11 = '731270519203344516'; // acg-faka: 2027-05-19 20:33:44
const O12 = '8840270503182011'; // 16 digits
const O13 = '20270520110752318804'; // 20 digits
const O14 = '416270521214006337'; // acg-faka: 2027-05-21 21:40:06

const SRC = {
  expired: 'an app\'s redeem errors: \'Code expired\' → "This code has expired." (public GitHub file, find_string id 34079608641; the index names no repository)',
  disabled: 'a voucher error table DISABLED_CODE: "This code has been disabled." (public GitHub file, find_string id 43469055921; the index names no repository)',
  ifFails: 'an e-mail template "If the code does not work, you can use this login verification link" (public GitHub file, find_string id 47204811653), adapted into a seller\'s "If the code does not work, send me a screenshot of the error"',
  expiredZh: '"This code has expired." (find_string id 34079608641), translated as 该充值码已过期。',
  ship24: 'a shop bot\'s order reply "您的订单正在处理中，预计24小时内发货。" (public GitHub Dart file, find_string id 48395055915)',
  refundBack: 'a call-intent sample "您申请的退款已经原路退回" (public GitHub Kotlin file, find_string id 59147123625)',
  role: 'a game server\'s error "角色不存在" (public GitHub Rust file, find_string id 61713692013)',
  forever: 'a membership label "尊贵的永久VIP会员" (public GitHub JavaScript file, find_string id 31832324836), adapted to a listing title',
  daysLeft: 'an i18n table memberActive "会员状态正常，距离到期还有 {days} 天。" (public GitHub TypeScript file, find_string id 55697617508)',
  lockZh: 'a card API\'s error enum CARDNO_IS_LOCK(403, 103, "此卡已充值或者作废") (public GitHub Java file, find_string id 5368499404)',
  c020: 'Microsoft Learn (zh-cn) volume-activation error table: 0xC004C020 "激活服务器报告多次激活密钥已超过其限制。" (find_string id 5106100553)',
};

export default [
  // ── 1 b5-en-card-la-timezone: card_invalid, ready; all times are Los Angeles times ──────────
  {
    name: 'b5-ps5-expired', case: 'b5-en-card-la-timezone', file: 'PS5_Redeem_20270508_203044.png', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080',
    code: 'M4QK-****-7TRH', heading: 'Can\'t redeem this code',
    lines: ['This code has expired.'],
    corpus: [SRC.expired],
    key_phrases: ['This code has expired.'],
  },
  {
    name: 'b5-imessage-la', case: 'b5-en-card-la-timezone', file: 'IMG_6218.PNG', split: B,
    style: 'imessage', device: 'iphone-1170x2532', clock: '20:44', battery: 58, title: 'GameVault (seller)', monogram: 'G', unread: 3, delivered: 'Delivered',
    messages: [
      { from: 'time', text: 'iMessage\nToday 20:31' },
      { from: 'buyer', text: `Hi, order ${O1}. The PS Store code you sent at 20:07 says "This code has expired." on my PS5.` },
      { from: 'buyer', type: 'image', hue: 220, w: 220, h: 124 },
      { from: 'merchant', text: 'Sorry about that, checking with my supplier now.' },
      { from: 'time', text: 'Today 20:42' },
      { from: 'merchant', text: 'Supplier says that batch had already expired when it was sold. Go ahead and request a refund on the order, I\'ll accept it.' },
      { from: 'buyer', text: 'OK, thanks. Doing it now.' },
    ],
    key_phrases: [O1, 'This code has expired.', 'I\'ll accept it'],
  },
  {
    name: 'b5-en-order-la', case: 'b5-en-card-la-timezone', file: 'Screenshot 2027-05-08 at 20.46.12.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'GameVault',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Delivered May 8, 2027 20:07 PDT. Your code is shown below.',
      rows: [['Order ID', O1], ['Offer', 'PlayStation Store Gift Card 50 USD (US) – Digital Code'], ['Seller', 'GameVault'], ['Quantity', '1'], ['Total', 'USD 46.50'], ['Order date', 'May 8, 2027 20:06 PDT']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O1, 'USD 46.50'],
  },

  // ── 2 b5-en-card-whole-code: card_invalid, one PIN of two; the whole PIN pasted in the chat ──
  {
    name: 'b5-razer-expired', case: 'b5-en-card-whole-code', file: 'Screenshot_20270512-200155.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:01', battery: 71, appTitle: 'Razer Gold',
    fields: [['PIN', '4827-****-****-7184'], ['Account', 'm****@naver.com']], submit: 'Reload',
    dialog: { title: 'Reload failed', body: ['This code has expired.'], buttons: ['OK'] },
    corpus: [SRC.expired],
    key_phrases: ['This code has expired.'],
  },
  {
    name: 'b5-kakao-whole-code', case: 'b5-en-card-whole-code', file: 'KakaoTalk_20270512_202344871.jpg', split: B,
    style: 'kakaotalk', device: 'android-1080x2400', degrade: ['fwd:660:60'], clock: '20:23', battery: 69, title: 'KeyNest Support', merchantAvatar: ['K', '#2E7D6B'],
    messages: [
      { from: 'time', text: 'Wednesday, May 12, 2027' },
      { from: 'buyer', at: '8:03 PM', text: `Hello, order ${O2}. I bought 2 Razer Gold PINs. The first one worked. The second one says "This code has expired."` },
      { from: 'buyer', at: '8:03 PM', text: 'PIN: 4827-1930-5562-7184' },
      { from: 'merchant', name: 'KeyNest Support', at: '8:19 PM', text: 'Thank you. The second PIN was from an old batch, sorry. The first one is used, so please ask the marketplace to refund one PIN only: USD 10.90.' },
      { from: 'buyer', at: '8:21 PM', text: 'Okay, I will request 10.90.' },
    ],
    corpus: [SRC.expired],
    key_phrases: [O2, 'This code has expired.', 'refund one PIN only'],
  },
  {
    name: 'b5-en-order-keynest', case: 'b5-en-card-whole-code', file: 'Screenshot_20270512-202610.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '20:26', battery: 68, shop: 'KeyNest',
    order: {
      status: 'Completed', tone: 'ok', statusNote: '2 codes delivered on 12 May 2027 19:41.',
      rows: [['Order ID', O2], ['Offer', 'Razer Gold PIN 10 USD (Global)'], ['Seller', 'KeyNest'], ['Quantity', '2'], ['Total', 'USD 21.80'], ['Order date', '12 May 2027 19:40']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O2, 'USD 21.80'],
  },

  // ── 3 b5-en-nr-silent-kakao-dark: not_received; the seller never answers ─────────────────────
  {
    name: 'b5-kakao-dark-silent', case: 'b5-en-nr-silent-kakao-dark', file: 'Screenshot_20270512-101120_KakaoTalk.png', split: B,
    style: 'kakaotalk', dark: true, device: 'android-1080x2400', clock: '10:11', battery: 44, title: 'PlayHub Keys', merchantAvatar: ['P', '#5B6E8C'],
    messages: [
      { from: 'time', text: 'Tuesday, May 11, 2027' },
      { from: 'buyer', at: '9:41 AM', read: false, text: `Hi, I paid for order ${O3} (Steam Wallet 20 USD) at 9:34 and nothing has arrived. The order page still says Not delivered yet.` },
      { from: 'buyer', at: '1:15 PM', read: false, text: 'Hello? Still nothing.' },
      { from: 'time', text: 'Wednesday, May 12, 2027' },
      { from: 'buyer', at: '10:02 AM', read: false, text: 'It has been a day. Please send the code or cancel the order.' },
    ],
    key_phrases: [O3, 'nothing has arrived', 'Still nothing.'],
  },
  {
    name: 'b5-en-order-silent', case: 'b5-en-nr-silent-kakao-dark', file: 'Screenshot_20270512-101402.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '10:14', battery: 43, shop: 'PlayHub Keys',
    order: {
      status: 'Not delivered yet', tone: 'wait', statusNote: 'The seller has not delivered your order yet.',
      rows: [['Order ID', O3], ['Offer', 'Steam Wallet Code 20 USD (Global)'], ['Seller', 'PlayHub Keys'], ['Quantity', '1'], ['Total', 'USD 21.40'], ['Order date', '11 May 2027 09:34']],
      buttons: ['I did not receive it', 'Contact seller'],
    },
    key_phrases: [O3, 'USD 21.40', 'Not delivered yet'],
  },

  // ── 4 b5-en-card-question-only: card_invalid; the chat holds only a question before redeeming ──
  {
    name: 'b5-psapp-disabled', case: 'b5-en-card-question-only', file: 'Screenshot_20270513-095832.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '09:58', battery: 83, appTitle: 'PlayStation App',
    fields: [['Code', 'F7K2-****-9QMD'], ['Account', 'maple_****_88']], submit: 'Redeem',
    dialog: { title: 'Can\'t redeem code', body: ['This code has been disabled.'], buttons: ['OK'] },
    corpus: [SRC.disabled],
    key_phrases: ['This code has been disabled.'],
  },
  {
    name: 'b5-imessage-question', case: 'b5-en-card-question-only', file: 'IMG_6240.PNG', split: B,
    style: 'imessage', device: 'iphone-1170x2532', clock: '09:36', battery: 86, title: 'CodeCorner', monogram: 'C', delivered: 'Read 09:35',
    messages: [
      { from: 'time', text: 'iMessage\nToday 09:31' },
      { from: 'buyer', text: `Hi! Quick question about order ${O4} before I redeem: does the 25 CAD card work on a Canadian account that was made last week?` },
      { from: 'merchant', text: 'Hi, yes. Any Canadian PSN account works, new or old.' },
      { from: 'buyer', text: 'Great, thank you!' },
    ],
    key_phrases: [O4, 'does the 25 CAD card work', 'Any Canadian PSN account works'],
  },
  {
    name: 'b5-en-order-question', case: 'b5-en-card-question-only', file: 'Screenshot_20270513-100410.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '10:04', battery: 82, shop: 'CodeCorner',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Your code was delivered on 13 May 2027 09:23.',
      rows: [['Order ID', O4], ['Offer', 'PlayStation Store Gift Card 25 CAD (Canada)'], ['Seller', 'CodeCorner'], ['Quantity', '1'], ['Total', 'CAD 24.30'], ['Order date', '13 May 2027 09:22']],
      buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O4, 'CAD 24.30'],
  },

  // ── 5 b5-en-activation-no-capture: activation_failed; described in the chat, never captured ──
  {
    name: 'b5-imessage-dark-nocap', case: 'b5-en-activation-no-capture', file: 'IMG_6251.PNG', split: B,
    style: 'imessage', dark: true, device: 'iphone-1170x2532', clock: '18:06', battery: 31, title: 'SoftKey Depot', monogram: 'S', delivered: 'Delivered',
    messages: [
      { from: 'time', text: 'iMessage\nToday 16:05' },
      { from: 'merchant', text: `Thanks for your order ${O5}! If the code does not work, send me a screenshot of the error and I'll see what happened.` },
      { from: 'time', text: 'Today 17:48' },
      { from: 'buyer', text: 'The Windows key won\'t activate. Settings says the key was used on too many PCs.' },
      { from: 'merchant', text: 'Please send me a screenshot of the activation page so I can check with the supplier.' },
      { from: 'buyer', text: 'I\'ll just file with the marketplace instead.' },
    ],
    corpus: [SRC.ifFails],
    key_phrases: [O5, 'If the code does not work, send me a screenshot', 'used on too many PCs'],
  },
  {
    name: 'b5-en-order-nocap', case: 'b5-en-activation-no-capture', file: 'Screenshot_20270514-180931.jpg', split: B,
    style: 'g2g-order', device: 'android-1080x2400', degrade: ['fwd:600:55'], clock: '18:09', battery: 30, shop: 'SoftKey Depot',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Key delivered on 14 May 2027 16:03.',
      rows: [['Order ID', O5], ['Offer', 'Windows 11 Pro Retail Key (Global)'], ['Seller', 'SoftKey Depot'], ['Quantity', '1'], ['Total', 'USD 19.90'], ['Order date', '14 May 2027 16:02']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O5, 'USD 19.90'],
  },

  // ── 6 b5-card-if-fails-monitor: card_invalid; "如果充不进去，截图发我" is a condition; 82 min left ──
  {
    name: 'b5-netease-expired', case: 'b5-card-if-fails-monitor', file: 'Screenshot_20270515-071905.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '07:19', battery: 92,
    game: { title: '点卡充值', name: '网易一卡通 充值中心', hue: '#d7000f', fields: [['网易通行证', 'ne****@163.com'], ['卡号', '1327 **** **** 0461'], ['密码', '********3358']], submit: '确认充值', tips: ['面值: 50元'] },
    dialog: { title: '充值失败', body: ['该充值码已过期。'], buttons: ['确定'] },
    corpus: [SRC.expiredZh],
    key_phrases: ['该充值码已过期。'],
  },
  {
    name: 'b5-qqpc-monitor', case: 'b5-card-if-fails-monitor', file: 'IMG_20270515_074406.jpg', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.3, focus: [0.55, 0.4],
    title: '青橙卡铺客服', buyerName: '周', merchantName: '青橙卡铺客服', lineW: 640,
    contacts: ['青橙卡铺客服', '我的手机', '大学室友群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2027-05-14' },
      { from: 'merchant', at: '09:13:02', text: '亲，卡密已发到订单里了。卡密如果充不进去，截图发我，我帮您查。' },
      { from: 'time', text: '2027-05-15' },
      { from: 'buyer', at: '07:21:45', text: `订单 ${O6} 的一卡通卡密充不进去，提示“该充值码已过期。”，截图发你了` },
      { from: 'buyer', at: '07:22:10', text: '[图片]' },
      { from: 'merchant', at: '07:40:18', text: '收到，我问一下供货商，稍等' },
    ],
    corpus: [SRC.expiredZh],
    key_phrases: [O6, '该充值码已过期', '截图发我'],
  },
  {
    name: 'b5-netease-order', case: 'b5-card-if-fails-monitor', file: 'Screenshot_20270515-072350.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '07:23', battery: 91, shop: '青橙卡铺', accent: '#f08c00',
    order: {
      query: O6, statusTone: 'ok',
      rows: [['订单号', O6], ['商品名称', '网易一卡通 50元 卡密 自动发货'], ['实付金额', '¥48.50'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-05-14 09:12:08']],
      code: '卡号 1327********0461  密码 ********3358',
    },
    key_phrases: [O6, '¥48.50', '已完成'],
  },

  // ── 7 b5-card-refunded-before: card_invalid; the shop already refunded before the buyer files ──
  {
    name: 'b5-qcard-used', case: 'b5-card-refunded-before', file: 'Screenshot_20270515-185012.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '18:50', battery: 57,
    game: { title: 'Q币充值', name: 'Q币卡 充值', hue: '#12b7f5', fields: [['QQ号', '28****916'], ['卡号', '2705 **** **** 3390'], ['密码', '********8812']], submit: '立即充值', tips: ['面值: 100元'] },
    dialog: { title: '充值失败', body: ['此卡已充值或者作废'], buttons: ['确定'] },
    corpus: [SRC.lockZh],
    key_phrases: ['此卡已充值或者作废'],
  },
  {
    name: 'b5-wechat-dark-refunded', case: 'b5-card-refunded-before', file: 'Screenshot_20270515-192406.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '19:24', battery: 54, title: '蓝海点卡',
    messages: [
      { from: 'time', text: '18:52' },
      { from: 'buyer', text: `订单${O7}的Q币卡充值提示“此卡已充值或者作废”，我根本没充过` },
      { from: 'buyer', type: 'image', hue: 200, w: 140, h: 250 },
      { from: 'merchant', text: '亲，核实了，这张卡上游重复出库了，是我们的问题，已经在后台给您退款了' },
      { from: 'time', text: '19:20' },
      { from: 'merchant', text: '您申请的退款已经原路退回，请查收一下支付宝' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.refundBack],
    key_phrases: [O7, '此卡已充值或者作废', '已经在后台给您退款了', '您申请的退款已经原路退回'],
  },
  {
    name: 'b5-qcard-order-refunded', case: 'b5-card-refunded-before', file: 'Screenshot_20270515-192630.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '19:26', battery: 54, shop: '蓝海点卡', accent: '#12b7f5',
    order: {
      query: O7, statusTone: 'bad',
      rows: [['订单号', O7], ['商品名称', '腾讯Q币卡 100元 卡密'], ['实付金额', '¥92.00'], ['支付方式', '支付宝'], ['订单状态', '已退款', 'status'], ['下单时间', '2027-05-15 18:30:22'], ['退款时间', '2027-05-15 19:18:40']],
      code: '卡号 2705********3390  密码 ********8812',
    },
    key_phrases: [O7, '¥92.00', '已退款'],
  },

  // ── 8 b5-wrong-purchase-game-id: wrong_purchase, ready; the buyer typed a wrong UID ───────────
  {
    name: 'b5-jd-chat-uid', case: 'b5-wrong-purchase-game-id', file: 'Screenshot_2027-05-10-20-44-18-512_com.jingdong.app.mall.png', split: B,
    style: 'jd-chat', device: 'android-1080x2400', clock: '20:44', battery: 66, title: '星辰游戏充值专营店',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '原神 6480创世结晶 直充 官服', price: '¥618.00', order: `订单编号：${O8}`, status: '充值中' } },
      { from: 'time', text: '20:36' },
      { from: 'merchant', name: '客服小宁', text: '您好，您的订单充值时提示“角色不存在”，麻烦核对一下UID是否正确' },
      { from: 'buyer', text: '我看了，UID输错了一位，应该是108234457，我写成108233457了' },
      { from: 'buyer', text: '这单先别充了，能直接取消吗？我重新拍一单' },
      { from: 'merchant', name: '客服小宁', text: '好的，这单还没有充值成功，您在订单页点取消订单就可以，款项会退回您的支付账户' },
    ],
    corpus: [SRC.role],
    key_phrases: [O8, 'UID输错了一位', '这单还没有充值成功'],
  },
  {
    name: 'b5-topup-role', case: 'b5-wrong-purchase-game-id', file: 'mmexport1809952576338.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '20:35', battery: 80,
    game: { title: '直充后台', name: '原神 官服充值', hue: '#4a5ec9', fields: [['UID', '108233457'], ['服务器', '天空岛'], ['商品', '6480创世结晶']], submit: '提交充值' },
    dialog: { title: '充值失败', body: ['角色不存在'], buttons: ['确定'] },
    corpus: [SRC.role],
    key_phrases: ['角色不存在'],
  },
  {
    name: 'b5-jd-order-uid', case: 'b5-wrong-purchase-game-id', file: 'Screenshot_2027-05-10-20-46-02-337_com.jingdong.app.mall.png', split: B,
    style: 'jd-order', device: 'android-1080x2400', clock: '20:46', battery: 65,
    order: {
      status: '充值中', statusNote: '商家处理中，充值成功后将短信通知您',
      topup: [['充值账号', 'UID 108233457'], ['服务器', '天空岛（官服）']],
      shop: '星辰游戏充值专营店', product: '原神 6480创世结晶 直充 官服', spec: '官服 | 6480创世结晶', price: '¥618.00', paid: '¥618.00',
      rows: [['订单编号', O8], ['下单时间', '2027-05-10 20:31:05'], ['支付方式', '在线支付'], ['支付时间', '2027-05-10 20:31:22']],
      buttons: ['联系客服', '取消订单'],
    },
    key_phrases: [O8, '¥618.00', '充值中'],
  },

  // ── 9 b5-late-24h-qq-dark: late_delivery, ready; "预计24小时内发货" passed ───────────────────
  {
    name: 'b5-tencentvip-order-dark', case: 'b5-late-24h-qq-dark', file: 'Screenshot_20270507-213012.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '21:30', battery: 38, shop: '极速会员代充', accent: '#ff6a00',
    order: {
      query: O9, statusTone: 'wait',
      rows: [['订单号', O9], ['商品名称', '腾讯视频 超级影视VIP 年卡 代充'], ['充值账号', '153****0827'], ['实付金额', '¥158.00'], ['支付方式', '微信支付'], ['订单状态', '待发货', 'status'], ['下单时间', '2027/05/06 14:06']],
      noteTitle: '发货说明',
      note: ['您的订单正在处理中，预计24小时内发货。'],
    },
    corpus: [SRC.ship24],
    key_phrases: [O9, '¥158.00', '待发货', '预计24小时内发货'],
  },
  {
    name: 'b5-qq-dark-late', case: 'b5-late-24h-qq-dark', file: 'mmexport1809697845126.jpg', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:62'], clock: '21:34', battery: 37, title: '极速会员代充',
    messages: [
      { from: 'time', text: '昨天 14:10' },
      { from: 'buyer', text: `订单${O9}已付款，什么时候充？` },
      { from: 'merchant', name: '极速会员代充', text: '亲，预计24小时内发货，在排单哦' },
      { from: 'time', text: '16:30' },
      { from: 'buyer', text: '都过去一天多了，会员还没到账' },
      { from: 'merchant', name: '极速会员代充', text: '抱歉亲，供货商这两天断货，充不了，您在平台申请退款吧' },
      { from: 'buyer', text: '好' },
    ],
    corpus: [SRC.ship24],
    key_phrases: [O9, '都过去一天多了', '您在平台申请退款吧'],
  },

  // ── 10 b5-nad-permanent-30d: not_as_described, ready; 永久 sold, 30 days delivered ───────────
  {
    name: 'b5-pdd-permanent', case: 'b5-nad-permanent-30d', file: 'Screenshot_2027-05-16-10-58-41-209_com.xunmeng.pinduoduo.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '10:58', battery: 74, title: '闪电加速器官方账号店',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '闪电加速器 尊贵的永久VIP会员 成品账号 自动发货', price: '¥39.90', order: `订单编号：${O10}`, status: '已发货' } },
      { from: 'time', text: '10:46' },
      { from: 'buyer', text: '你们标题写的永久VIP，登录进去显示距离到期还有29天，到期时间6月15号，这不是永久' },
      { from: 'buyer', type: 'image', hue: 150, w: 100, h: 150 },
      { from: 'merchant', text: '亲，永久是指售后期内掉了可以补，会员本身是30天的哦' },
      { from: 'buyer', text: '商品页写的是永久VIP会员，不是30天，这和描述不符' },
      { from: 'merchant', text: '那您走售后吧' },
    ],
    corpus: [SRC.forever],
    key_phrases: [O10, '距离到期还有29天', '会员本身是30天的'],
  },
  {
    name: 'b5-accel-member', case: 'b5-nad-permanent-30d', file: 'Screenshot_2027-05-16-10-44-03-118_com.sdjsq.app.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '10:44', battery: 76, appTitle: '闪电加速器',
    fields: [['账号', '186****7720'], ['会员类型', 'VIP会员']], submit: '续费',
    dialog: { title: '会员信息', body: ['会员状态正常，距离到期还有 29 天。', '到期时间：2027-06-15'], buttons: ['知道了'] },
    corpus: [SRC.daysLeft],
    key_phrases: ['会员状态正常，距离到期还有 29 天。', '到期时间：2027-06-15'],
  },

  // ── 11 b5-activation-overlap: activation_failed, ready; two overlapping shots of one chat ─────
  {
    name: 'b5-win11-c020', case: 'b5-activation-overlap', file: 'Snipaste_2027-05-19_20-50-37.png', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'zh', edition: 'Windows 11 专业版', user: 'Chen',
    error: ['无法激活 Windows。激活服务器报告多次激活密钥已超过其限制。', '错误代码: 0xC004C020'],
    corpus: [SRC.c020],
    key_phrases: ['激活服务器报告多次激活密钥已超过其限制。', '错误代码: 0xC004C020'],
  },
  {
    name: 'b5-wechat-overlap-1', case: 'b5-activation-overlap', file: 'Screenshot_20270519-212812.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', clock: '21:28', battery: 63, title: '正版软件小铺',
    messages: [
      { from: 'time', text: '20:52' },
      { from: 'buyer', text: `订单${O11}的Win11专业版密钥激活失败` },
      { from: 'buyer', type: 'image', hue: 205, w: 220, h: 124 },
      { from: 'buyer', text: '提示“激活服务器报告多次激活密钥已超过其限制。”错误代码 0xC004C020' },
      { from: 'merchant', text: '亲，这个是零售版的key，您确认下系统是专业版吗' },
      { from: 'buyer', text: '是专业版，设置里写着 Windows 11 专业版' },
      { from: 'time', text: '21:24' },
      { from: 'merchant', text: '我换一个密钥给您' },
    ],
    corpus: [SRC.c020],
    key_phrases: [O11, '0xC004C020', '我换一个密钥给您'],
  },
  {
    name: 'b5-wechat-overlap-2', case: 'b5-activation-overlap', file: 'mmexport1810648286041.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:720:65'], clock: '22:11', battery: 60, title: '正版软件小铺',
    messages: [
      { from: 'merchant', text: '亲，这个是零售版的key，您确认下系统是专业版吗' },
      { from: 'buyer', text: '是专业版，设置里写着 Windows 11 专业版' },
      { from: 'time', text: '21:24' },
      { from: 'merchant', text: '我换一个密钥给您' },
      { from: 'time', text: '21:58' },
      { from: 'buyer', text: '换的密钥也是 0xC004C020，还是激活不了' },
      { from: 'merchant', text: '抱歉，这批密钥都超限了，您在平台申请退款吧，我这边点同意' },
    ],
    corpus: [SRC.c020],
    key_phrases: ['换的密钥也是 0xC004C020', '我这边点同意'],
  },

  // ── 12 b5-en-card-late-kakao: card_invalid; reported three days after delivery (Seoul times) ──
  {
    name: 'b5-gplay-disabled', case: 'b5-en-card-late-kakao', file: 'Screenshot_20270506-193812.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '19:38', battery: 49, appTitle: 'Google Play',
    fields: [['Gift code', 'W7QF-****-****-K2ND'], ['Account', 'j****@gmail.com']], submit: 'Redeem',
    dialog: { title: 'Couldn\'t redeem your code', body: ['This code has been disabled.'], buttons: ['OK'] },
    corpus: [SRC.disabled],
    key_phrases: ['This code has been disabled.'],
  },
  {
    name: 'b5-kakao-late', case: 'b5-en-card-late-kakao', file: 'Screenshot_20270506-202210_KakaoTalk.png', split: B,
    style: 'kakaotalk', device: 'android-1080x2400', clock: '20:22', battery: 47, title: 'K-Card Mall', merchantAvatar: ['K', '#C0392B'],
    messages: [
      { from: 'time', text: 'Thursday, May 6, 2027' },
      { from: 'buyer', at: '7:42 PM', text: `Hi, I bought a Google Play 25 USD card on May 3 (order ${O12}). I only tried it today and it says "This code has been disabled."` },
      { from: 'merchant', name: 'K-Card Mall', at: '8:05 PM', text: 'Hello. Our codes are checked before sending. Code problems must be reported within 24 hours of delivery, as the product page says.' },
      { from: 'buyer', at: '8:07 PM', text: 'I didn\'t use it earlier because it was a gift.' },
      { from: 'merchant', name: 'K-Card Mall', at: '8:20 PM', text: 'I will ask the supplier, but I can\'t promise anything.' },
    ],
    corpus: [SRC.disabled],
    key_phrases: [O12, 'This code has been disabled.', 'within 24 hours of delivery'],
  },
  {
    name: 'b5-en-order-kcard', case: 'b5-en-card-late-kakao', file: 'Screenshot_20270506-202540.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '20:25', battery: 46, shop: 'K-Card Mall',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'Code delivered on 3 May 2027 18:20.',
      rows: [['Order ID', O12], ['Offer', 'Google Play Gift Card 25 USD (US)'], ['Seller', 'K-Card Mall'], ['Quantity', '1'], ['Total', 'USD 24.10'], ['Order date', '3 May 2027 18:19']],
      buttons: ['Report a problem'],
      note: ['Report code problems within 24 hours of delivery.'],
    },
    key_phrases: [O12, 'USD 24.10'],
  },

  // ── 13 b5-nr-delivered-found: not_received; the code was in the order all along ───────────────
  {
    name: 'b5-wechat-dark-found', case: 'b5-nr-delivered-found', file: 'mmexport1810789934215.jpg', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', degrade: ['fwd:540:50'], clock: '11:52', battery: 72, title: '小鹿影视会员',
    messages: [
      { from: 'time', text: '11:40' },
      { from: 'buyer', text: `订单${O13}付款半小时了，卡密一直没看到` },
      { from: 'merchant', text: '亲，卡密是自动发货的，在订单查询页面能看到，您用下单的邮箱查一下' },
      { from: 'buyer', text: '找到了，在订单详情里，之前没刷新。谢谢' },
      { from: 'merchant', text: '不客气' },
    ],
    key_phrases: [O13, '卡密一直没看到', '找到了，在订单详情里'],
  },
  {
    name: 'b5-iqiyi-order', case: 'b5-nr-delivered-found', file: 'Screenshot_20270520-115006.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '11:50', battery: 73, shop: '小鹿影视会员', accent: '#00be06',
    order: {
      query: O13, statusTone: 'ok',
      rows: [['订单号', O13], ['商品名称', '爱奇艺 黄金VIP 月卡 卡密'], ['实付金额', '¥19.80'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-05-20 11:07:52']],
      code: '卡号 IQY********4471  密码 ********0652',
    },
    key_phrases: [O13, '¥19.80', '已完成'],
  },

  // ── 14 b5-nr-ready: not_received, ready; out of stock, the shop agrees ───────────────────────
  {
    name: 'b5-wechat-nr', case: 'b5-nr-ready', file: 'Screenshot_20270521-224512.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', clock: '22:45', battery: 41, title: '乐听音乐会员',
    messages: [
      { from: 'time', text: '21:45' },
      { from: 'buyer', text: `订单${O14}付款了，卡密没发，订单查询显示待发货` },
      { from: 'time', text: '22:30' },
      { from: 'buyer', text: '还是没有卡密' },
      { from: 'merchant', text: '亲，黑胶年卡卡密暂时没货了，什么时候补不确定' },
      { from: 'buyer', text: '那我申请退款了' },
      { from: 'merchant', text: '可以，您申请退款我这边通过' },
    ],
    key_phrases: [O14, '卡密没发', '我这边通过'],
  },
  {
    name: 'b5-music-order-wait', case: 'b5-nr-ready', file: 'Screenshot_20270521-224730.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '22:47', battery: 40, shop: '乐听音乐会员', accent: '#dd001b',
    order: {
      query: O14, statusTone: 'wait',
      rows: [['订单号', O14], ['商品名称', '网易云音乐 黑胶VIP 年卡 卡密'], ['实付金额', '¥118.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-05-21 21:40:06']],
    },
    key_phrases: [O14, '¥118.00', '待发货'],
  },
];
