// The sixth blind end-to-end set (fixtures/blind6/): 14 cases written by a helper (branch h16b),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// translations said so). Every scene is `split: 'blind6'`; `corpus` cites the source of each line
// taken (the find_string index id where the index names no repository); lines not cited are the
// author's own connecting lines. Five new app styles: `epic-redeem` (Epic Games account Redeem
// Code page), `slack-dm` (Slack direct message, desktop), `xiaohongshu-chat` (小红书 私信),
// `bilibili-dm` (哔哩哔哩 私信) and `faka-hyper` (a 自动发卡 order page in dujiaoka's hyper theme).
// Render with `node scripts/real/render.mjs --set blind6` (into fixtures/real-blind6/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind6` copies the images into fixtures/blind6/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind6';

// order numbers (see each case's order.json)
const O1 = '7310426598821047'; // key marketplace: 16 digits
const O2 = '27060318445102'; // 14 digits
const O3 = '902706041530'; // 12 digits
const O4 = '270605100533871'; // 15 digits
const O5 = '58213706061402'; // 14 digits
const O6 = '20270607193305118'; // 17 digits
const O7 = 'R8TQ2KZ7W3MX5HNA'; // dujiaoka order_sn
const O8 = '20270608213345120977'; // 20 digits
const O9 = '527270609201533904'; // acg-faka trade_no: 2027-06-09 20:15:33
const O9X = '527270512183015226'; // the same shop's earlier order (2027-05-12 18:30:15), not this case's
const O10 = '2706091442078815'; // 16 digits
const O11 = 'D4KW9P2XQ7M3VT8E'; // dujiaoka order_sn
const O12 = '184270610093011057'; // acg-faka: 2027-06-10 09:30:11
const O13 = 'J6N2Q8RT4WZ5KX7M'; // dujiaoka order_sn
const O14 = '20270612153008412566'; // 20 digits

const SRC = {
  owned: 'an Epic Games account tool\'s humanized redeem errors: codeUse_already_used / multiple_redemptions_not_allowed → "Items already owned" (public GitHub Svelte file, find_string id 42488207856)',
  codeUsed: 'the Epic error identifier "errors.com.epicgames.coderedemption.code_used" as a redeem tool maps it (public GitHub file, find_string id 71191997096); the page shows the identifier, the human line is the author\'s own',
  report: 'a complaint-letter quiz option "Do something now or I will report you." (public GitHub file, find_string id 71437023158)',
  direct: 'a marketplace moderation test\'s flagged line "Pay me directly and we can skip the platform fee" (public GitHub file, find_string id 52356880355)',
  esim: 'a shop API\'s reply "Payment confirmed! eSIM will be delivered within 30 minutes." (public GitHub file, find_string id 59453212661)',
  tier: 'a refund seed record\'s description "Customer bought the wrong tier and asked for a full refund within the window." (public GitHub file, find_string id 69413794745), adapted into the buyer\'s "I bought the wrong tier"',
  geo: 'the slmgr error table L_MsgError_C004C017 "The activation server determined the specified product key has been blocked for this geographic location." (public GitHub VBScript file, find_string id 4066849753)',
  gsExpired: 'a redeem API\'s error "该兑换码已过期" (public GitHub Go file, find_string id 63223746555)',
  biliExpired: 'a bilibili client mock\'s vipBtn "您的大会员已过期" / "立即开通继续享受大会员特权" (public GitHub file, find_string id 44562836588)',
  cardVoid: 'a card service\'s error "该卡密已失效" (public GitHub JavaScript file, find_string id 2560477019)',
  cardPay: 'a card-payment gateway\'s error table 10082 "该卡已被使用，请更换其他充值卡支付" (public GitHub Python file, find_string id 8872418187)',
  afterSales: 'a card shop\'s DEFAULT_AFTER_SALES "1. 账号/卡密保证首次使用有效 … 2. 因买家操作导致的问题不在售后范围内 … 3. 请在购买后 24 小时内验证并使用" (public GitHub file, find_string id 63107455320)',
  otherDevice: 'a licence server\'s reply "激活码已被其他设备使用" (public GitHub Python file, find_string id 53444353892)',
  noCard: 'a card shop page\'s notice "付款未收到卡密,请在二十四小时内联系客服" (public GitHub HTML file, find_string id 28045929151)',
};

export default [
  // ── 1 b6-en-epic-code-used: card_invalid, ready; London times; the Slack capture shrunk to 680 px ──
  {
    name: 'b6-epic-code-used', case: 'b6-en-epic-code-used', file: 'Screenshot 2027-06-02 193512.png', split: B,
    style: 'epic-redeem', device: 'desktop-1920x1080', user: 'tomwren_88',
    code: 'HX7Q2-*****-K9PLM',
    error: ['We could not redeem this code.', 'Error code: errors.com.epicgames.coderedemption.code_used'],
    corpus: [SRC.codeUsed],
    key_phrases: ['errors.com.epicgames.coderedemption.code_used'],
  },
  {
    name: 'b6-slack-epic', case: 'b6-en-epic-code-used', file: 'slack_dm_keybazaar.jpg', split: B,
    style: 'slack-dm', device: 'desktop-1366x768', degrade: ['fwd:680:70'], workspace: 'PC Deals Community', buyerName: 'Tom Wren', merchantName: 'KeyBazaar (Marta)', lineW: 760,
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '7:38 PM', text: `Hi Marta, order ${O1} (Hades II Epic key). Epic says "We could not redeem this code." with errors.com.epicgames.coderedemption.code_used. I pasted it the minute it arrived.` },
      { from: 'buyer', at: '7:38 PM', text: 'Screenshot attached: Screenshot 2027-06-02 193512.png' },
      { from: 'merchant', at: '7:52 PM', text: 'Checked it with my supplier. That key was redeemed on another account before it reached you, so the fault is ours.' },
      { from: 'merchant', at: '7:53 PM', text: 'Please send the refund request through KeyBazaar on that order and I will OK it on my side tonight.' },
      { from: 'buyer', at: '7:55 PM', text: 'Thanks, doing it now.' },
    ],
    corpus: [SRC.codeUsed],
    key_phrases: [O1, 'the fault is ours'],
  },
  {
    name: 'b6-en-order-epic', case: 'b6-en-epic-code-used', file: 'Screenshot_20270602-201004.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '20:10', battery: 64, shop: 'KeyBazaar',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Key delivered on 2 Jun 2027 19:13 (BST).',
      rows: [['Order ID', O1], ['Offer', 'Hades II – Epic Games Key (Global)'], ['Seller', 'KeyBazaar (Marta)'], ['Quantity', '1'], ['Total', 'GBP 21.70'], ['Order date', '2 Jun 2027 19:12']],
      buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O1, 'GBP 21.70'],
  },

  // ── 2 b6-en-epic-owned: card_invalid claimed; "Items already owned": the buyer's account has the game ──
  {
    name: 'b6-epic-owned', case: 'b6-en-epic-owned', file: 'Screenshot 2027-06-03 190244.png', split: B,
    style: 'epic-redeem', device: 'desktop-1366x768', user: 'nightowl_kai',
    code: 'M3ZP8-*****-T2QWE',
    error: ['Items already owned'],
    corpus: [SRC.owned],
    key_phrases: ['Items already owned'],
  },
  {
    name: 'b6-slack-dark-owned', case: 'b6-en-epic-owned', file: 'Screenshot 2027-06-03 193118.png', split: B,
    style: 'slack-dm', dark: true, device: 'desktop-1920x1080', workspace: 'Indie Keys Swap', buyerName: 'Kai', merchantName: 'LootLane', lineW: 900,
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '7:05 PM', text: `Order ${O2}: the Epic key for Control Ultimate Edition does not work. Epic only says "Items already owned".` },
      { from: 'merchant', at: '7:14 PM', text: 'That message means the game is already on the Epic account you are logged into. The key itself was not used: it stays valid. Did you pick it up in one of the weekly free-game promos?' },
      { from: 'buyer', at: '7:21 PM', text: 'Oh. Yes, I grabbed it free a few weeks ago and forgot. I still want my money back though.' },
      { from: 'merchant', at: '7:28 PM', text: 'Sorry, a working key that you have already seen cannot be taken back. You could gift the key to a friend.' },
    ],
    corpus: [SRC.owned],
    key_phrases: [O2, 'Items already owned', 'I grabbed it free a few weeks ago'],
  },
  {
    name: 'b6-en-order-owned', case: 'b6-en-epic-owned', file: 'Screenshot_20270603-193540.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '19:35', battery: 52, shop: 'LootLane',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Key delivered on 3 Jun 2027 18:45.',
      rows: [['Order ID', O2], ['Offer', 'Control Ultimate Edition – Epic Games Key (Global)'], ['Seller', 'LootLane'], ['Quantity', '1'], ['Total', 'USD 9.80'], ['Order date', '3 Jun 2027 18:44']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O2, 'USD 9.80'],
  },

  // ── 3 b6-en-nr-threat: not_received; the buyer threatens and insults ────────────────────────
  {
    name: 'b6-whatsapp-threat', case: 'b6-en-nr-threat', file: 'IMG-20270604-WA0017.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:640:60'], clock: '18:24', battery: 35, title: 'GiftPoint Cards', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '15:52', text: `Hi, order ${O3}: Apple Gift Card 25 USD, paid at 15:30. Nothing delivered, the order page still says Not delivered yet.` },
      { from: 'buyer', at: '17:10', text: 'Still no code. Hello??' },
      { from: 'merchant', at: '18:02', text: 'Sorry for the wait, our Apple stock ran out this afternoon. Give me until tomorrow.' },
      { from: 'buyer', at: '18:05', text: 'You are a scammer. Do something now or I will report you.' },
      { from: 'merchant', at: '18:20', text: 'No need for that. I cannot deliver today, so ask the marketplace for your money back and I will not dispute it.' },
    ],
    corpus: [SRC.report],
    key_phrases: [O3, 'Do something now or I will report you.', 'I cannot deliver today'],
  },
  {
    name: 'b6-en-order-threat', case: 'b6-en-nr-threat', file: 'Screenshot_20270604-182650.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '18:26', battery: 34, shop: 'GiftPoint Cards',
    order: {
      status: 'Not delivered yet', tone: 'wait', statusNote: 'The seller has not delivered your order yet.',
      rows: [['Order ID', O3], ['Offer', 'Apple Gift Card 25 USD (US) – Digital Code'], ['Seller', 'GiftPoint Cards'], ['Quantity', '1'], ['Total', 'USD 24.60'], ['Order date', '4 Jun 2027 15:30']],
      buttons: ['I did not receive it', 'Contact seller'],
    },
    key_phrases: [O3, 'USD 24.60', 'Not delivered yet'],
  },

  // ── 4 b6-en-late-private: late_delivery; promised in 30 minutes, the seller offers a direct payment ──
  {
    name: 'b6-en-order-esim', case: 'b6-en-late-private', file: 'Screenshot_20270605-163812.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '16:38', battery: 29, shop: 'RoamBit eSIM',
    order: {
      status: 'Processing', tone: 'wait', statusNote: 'Payment confirmed! eSIM will be delivered within 30 minutes.',
      rows: [['Order ID', O4], ['Offer', 'Japan eSIM 10 GB / 15 days (QR code)'], ['Seller', 'RoamBit eSIM'], ['Quantity', '1'], ['Total', 'USD 14.90'], ['Order date', '5 Jun 2027 10:05']],
      buttons: ['I did not receive it', 'Contact seller'],
    },
    corpus: [SRC.esim],
    key_phrases: [O4, 'USD 14.90', 'eSIM will be delivered within 30 minutes.'],
  },
  {
    name: 'b6-telegram-private', case: 'b6-en-late-private', file: 'photo_2027-06-05_16-41-09.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '16:41', battery: 28, title: 'RoamBit eSIM', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'June 5' },
      { from: 'buyer', at: '11:02', text: `Order ${O4} was paid at 10:05 and the page said within 30 minutes. Still no QR code.` },
      { from: 'merchant', at: '11:40', text: 'Pay me directly and we can skip the platform fee. Send 13 USD to my Revolut and I will send a QR code in 5 minutes.' },
      { from: 'buyer', at: '11:43', text: 'No. I already paid through the marketplace.' },
      { from: 'buyer', at: '16:10', text: 'Six hours now and still no eSIM. I fly tomorrow morning.' },
      { from: 'merchant', at: '16:31', text: 'Supplier is slow today. Wait please.' },
    ],
    corpus: [SRC.direct],
    key_phrases: [O4, 'Pay me directly and we can skip the platform fee.', 'Six hours now and still no eSIM.'],
  },

  // ── 5 b6-en-wrong-tier: wrong_purchase, ready; no code sent yet ─────────────────────────────
  {
    name: 'b6-line-tier', case: 'b6-en-wrong-tier', file: 'Screenshot_20270606-141912.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '14:19', battery: 81, title: 'PlayPass Store',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hello, order ${O5} a few minutes ago: I bought the wrong tier. I wanted Game Pass Ultimate 1 month, I clicked Core 3 months.` },
      { from: 'buyer', text: 'No code has been sent to me yet. Can you cancel it so I can buy the right one?' },
      { from: 'merchant', text: 'Hi! Yes, I have not sent the code, it is still in my queue. Cancel it on the order page with the refund button, I will confirm.' },
      { from: 'buyer', text: 'Thank you!' },
    ],
    corpus: [SRC.tier],
    key_phrases: [O5, 'I bought the wrong tier.', 'I have not sent the code'],
  },
  {
    name: 'b6-en-order-tier', case: 'b6-en-wrong-tier', file: 'Screenshot_20270606-142133.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '14:21', battery: 80, shop: 'PlayPass Store',
    order: {
      status: 'Awaiting delivery', tone: 'wait', statusNote: 'The seller delivers this offer by hand within 2 hours.',
      rows: [['Order ID', O5], ['Offer', 'Xbox Game Pass Core 3 Months (Global) – Code'], ['Seller', 'PlayPass Store'], ['Quantity', '1'], ['Total', 'USD 17.40'], ['Order date', '6 Jun 2027 14:02']],
      buttons: ['Request refund', 'Contact seller'],
      note: ['Orders can be cancelled for a full refund until the code is delivered.'],
    },
    key_phrases: [O5, 'USD 17.40'],
  },

  // ── 6 b6-en-win-geo-blocked: activation_failed, ready ───────────────────────────────────────
  {
    name: 'b6-win11-geo', case: 'b6-en-win-geo-blocked', file: 'Screenshot 2027-06-07 201044.png', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'en', edition: 'Windows 11 Pro', user: 'Ana',
    error: ['We can\'t activate Windows on this device. The activation server determined the specified product key has been blocked for this geographic location.', 'Error code: 0xC004C017'],
    corpus: [SRC.geo],
    key_phrases: ['0xC004C017', 'blocked for this geographic location'],
  },
  {
    name: 'b6-whatsapp-dark-geo', case: 'b6-en-win-geo-blocked', file: 'IMG_7702.PNG', split: B,
    style: 'whatsapp', dark: true, device: 'iphone-1170x2532', clock: '20:52', battery: 47, title: 'KeyHarbor', subtitle: 'online',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '20:12', text: `Order ${O6}, Windows 11 Pro key listed as Global. Activation fails with 0xC004C017: "blocked for this geographic location". I'm in Manila.` },
      { from: 'buyer', type: 'image', hue: 205, w: 230, h: 130 },
      { from: 'merchant', at: '20:41', text: 'Sorry, that batch is EU-only and the listing was wrong. I have no Global keys left. File the refund on the order, I will agree to it.' },
      { from: 'buyer', at: '20:44', text: 'OK' },
    ],
    corpus: [SRC.geo],
    key_phrases: [O6, '0xC004C017', 'the listing was wrong'],
  },
  {
    name: 'b6-en-order-geo', case: 'b6-en-win-geo-blocked', file: 'IMG_7703.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '20:53', battery: 47, shop: 'KeyHarbor',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Key delivered on 7 Jun 2027 19:34.',
      rows: [['Order ID', O6], ['Offer', 'Windows 11 Pro Retail Key (Global)'], ['Seller', 'KeyHarbor'], ['Quantity', '1'], ['Total', 'USD 16.50'], ['Order date', '7 Jun 2027 19:33']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O6, 'USD 16.50'],
  },

  // ── 7 b6-gs-code-expired: card_invalid, ready; 小红书 chat ──────────────────────────────────
  {
    name: 'b6-gs-redeem-expired', case: 'b6-gs-code-expired', file: 'IMG_20270605_202012.png', split: B,
    style: 'game-topup', device: 'iphone-1170x2532', clock: '20:20', battery: 66,
    game: { title: '兑换码', name: '原神 · 兑换奖励', hue: '#3a6fc4', fields: [['服务器', '天空岛'], ['UID', '11****6203'], ['兑换码', 'GS7K********QX2M']], submit: '兑换', tips: ['兑换成功后奖励将通过游戏内邮件发放'] },
    dialog: { title: '兑换失败', body: ['该兑换码已过期'], buttons: ['确定'] },
    corpus: [SRC.gsExpired],
    key_phrases: ['该兑换码已过期'],
  },
  {
    name: 'b6-xhs-expired', case: 'b6-gs-code-expired', file: 'IMG_20270605_204905.png', split: B,
    style: 'xiaohongshu-chat', device: 'iphone-1170x2532', clock: '20:49', battery: 63, title: '星野卡铺', subtitle: '商家',
    messages: [
      { from: 'time', text: '20:25' },
      { from: 'buyer', text: `你好，订单号 ${O7}，刚买的兑换码在官网兑换提示“该兑换码已过期”` },
      { from: 'buyer', type: 'image', hue: 215, w: 120, h: 220 },
      { from: 'merchant', text: '宝子稍等，我查一下这批码' },
      { from: 'time', text: '20:46' },
      { from: 'merchant', text: '查到了，这批码上游的有效期到昨天，是我们发错了。您在平台发起退款，我这边同意' },
      { from: 'buyer', text: '好的，谢谢' },
    ],
    corpus: [SRC.gsExpired],
    key_phrases: [O7, '该兑换码已过期', '是我们发错了'],
  },
  {
    name: 'b6-gs-order', case: 'b6-gs-code-expired', file: 'IMG_20270605_205130.png', split: B,
    style: 'faka-hyper', device: 'iphone-1170x2532', clock: '20:51', battery: 62, shop: '星野卡铺', accent: '#727cf5',
    order: {
      statusTone: 'ok',
      rows: [['订单号', O7], ['商品名称', '原神 周边礼包兑换码 自动发货'], ['购买数量', '1'], ['订单总价', '¥32.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-05 20:14:36']],
      code: '兑换码：GS7K********QX2M',
    },
    key_phrases: [O7, '¥32.00', '已完成'],
  },

  // ── 8 b6-bili-vip-expired: not_as_described, ready; bilibili 私信 in dark mode ─────────────
  {
    name: 'b6-bili-vip-dialog', case: 'b6-bili-vip-expired', file: 'Screenshot_20270608-214022.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '21:40', battery: 58, appTitle: '哔哩哔哩',
    fields: [['账号', '138****5521'], ['会员状态', '大会员']], submit: '会员中心',
    dialog: { title: '大会员', body: ['您的大会员已过期', '立即开通继续享受大会员特权'], buttons: ['取消', '立即开通'] },
    corpus: [SRC.biliExpired],
    key_phrases: ['您的大会员已过期'],
  },
  {
    name: 'b6-bili-dark-vip', case: 'b6-bili-vip-expired', file: 'Screenshot_20270608-222105.png', split: B,
    style: 'bilibili-dm', dark: true, device: 'android-1080x2400', clock: '22:21', battery: 55, title: '小满会员铺',
    messages: [
      { from: 'time', text: '21:45' },
      { from: 'buyer', text: `订单${O8}，买的“B站大会员年卡 成品号”，登录后弹窗写“您的大会员已过期”，根本不是年卡` },
      { from: 'buyer', type: 'image', hue: 330, w: 110, h: 200 },
      { from: 'merchant', text: '我看下' },
      { from: 'time', text: '22:16' },
      { from: 'merchant', text: '抱歉，这个号的年卡被官方回收了，和商品说的不一样，您走平台退款，我同意' },
    ],
    corpus: [SRC.biliExpired],
    key_phrases: [O8, '您的大会员已过期', '和商品说的不一样'],
  },
  {
    name: 'b6-bili-order', case: 'b6-bili-vip-expired', file: 'Screenshot_20270608-222340.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '22:23', battery: 55, shop: '小满会员铺', accent: '#fb7299',
    order: {
      query: O8, statusTone: 'ok',
      rows: [['订单号', O8], ['商品名称', 'B站大会员年卡 成品号 自动发货'], ['实付金额', '¥88.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-08 21:33:45']],
      code: '账号 138****5521  密码 ********',
    },
    key_phrases: [O8, '¥88.00', '已完成'],
  },

  // ── 9 b6-card-other-order: card_invalid; the chat names the shop's earlier order ─────────────
  {
    name: 'b6-jcard-void', case: 'b6-card-other-order', file: 'Screenshot_20270609-203011.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '20:30', battery: 71,
    game: { title: '一卡通充值', name: '骏网一卡通 充值', hue: '#e4393c', fields: [['充值账号', 'jw****88'], ['卡号', '2706 **** **** 5512'], ['卡密', '********9047']], submit: '立即充值', tips: ['面值: 30元'] },
    dialog: { title: '充值失败', body: ['该卡密已失效'], buttons: ['确定'] },
    corpus: [SRC.cardVoid],
    key_phrases: ['该卡密已失效'],
  },
  {
    name: 'b6-xhs-other-order', case: 'b6-card-other-order', file: 'mmexport1812637704118.jpg', split: B,
    style: 'xiaohongshu-chat', device: 'android-1080x2400', degrade: ['forward', 'reforward'], clock: '21:02', battery: 69, title: '速达点卡', subtitle: '商家',
    messages: [
      { from: 'time', text: '20:35' },
      { from: 'buyer', text: `订单 ${O9X} 的一卡通，充值提示“该卡密已失效”` },
      { from: 'buyer', type: 'image', hue: 0, w: 110, h: 200 },
      { from: 'merchant', text: '亲，这个订单号是5月12号那一单，后台显示那张卡当天就充值成功了' },
      { from: 'buyer', text: '就是这张卡，你们自己查' },
      { from: 'merchant', text: '那单已经用掉了哦，没法处理' },
    ],
    corpus: [SRC.cardVoid],
    key_phrases: [O9X, '该卡密已失效', '5月12号那一单'],
  },
  {
    name: 'b6-jcard-order', case: 'b6-card-other-order', file: 'Screenshot_20270609-210410.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '21:04', battery: 68, shop: '速达点卡', accent: '#e4393c',
    order: {
      query: O9, statusTone: 'ok',
      rows: [['订单号', O9], ['商品名称', '骏网一卡通 30元 卡密'], ['实付金额', '¥29.10'], ['支付方式', 'QQ钱包'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-09 20:15:33']],
      code: '卡号 2706********5512  卡密 ********9047',
    },
    key_phrases: [O9, '¥29.10', '已完成'],
  },

  // ── 10 b6-card-24h-passed: card_invalid; reported 41 h after delivery, terms say 24 h ────────
  {
    name: 'b6-cardpay-used', case: 'b6-card-24h-passed', file: 'Screenshot_20270611-075512.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '07:55', battery: 88,
    game: { title: '充值卡支付', name: '盛趣游戏 点券充值', hue: '#f08300', fields: [['游戏账号', 'sd****2077'], ['卡号', '3106 **** **** 2208'], ['密码', '********6631']], submit: '确认支付', tips: ['面值: 50元'] },
    dialog: { title: '支付失败', body: ['该卡已被使用，请更换其他充值卡支付'], buttons: ['确定'] },
    corpus: [SRC.cardPay],
    key_phrases: ['该卡已被使用，请更换其他充值卡支付'],
  },
  {
    name: 'b6-qq-late-report', case: 'b6-card-24h-passed', file: 'mmexport1812843612077.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:600:55'], clock: '08:41', battery: 86, title: '盛世卡行',
    messages: [
      { from: 'time', text: '08:00' },
      { from: 'buyer', text: `订单${O10}的盛趣卡，今天早上充值提示“该卡已被使用，请更换其他充值卡支付”` },
      { from: 'buyer', type: 'image', hue: 30, w: 110, h: 200 },
      { from: 'merchant', name: '盛世卡行', text: '亲，这单是前天下午两点多发的卡，购买须知写了请在购买后24小时内验证并使用，已经过了' },
      { from: 'buyer', text: '我前天没空充，今天才用' },
      { from: 'merchant', name: '盛世卡行', text: '超时了我们这边没法给您处理，抱歉' },
    ],
    corpus: [SRC.cardPay, SRC.afterSales],
    key_phrases: [O10, '该卡已被使用', '请在购买后24小时内验证并使用'],
  },
  {
    name: 'b6-cardpay-order', case: 'b6-card-24h-passed', file: 'Screenshot_20270611-084422.png', split: B,
    style: 'faka-hyper', device: 'android-1080x2400', clock: '08:44', battery: 86, shop: '盛世卡行', accent: '#fa5c7c',
    order: {
      statusTone: 'ok',
      rows: [['订单号', O10], ['商品名称', '盛趣游戏一卡通 50元 卡密'], ['购买数量', '1'], ['订单总价', '¥47.50'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-09 14:42:07']],
      code: '卡号：3106********2208  密码：********6631',
      note: ['1. 账号/卡密保证首次使用有效', '2. 因买家操作导致的问题不在售后范围内', '3. 请在购买后 24 小时内验证并使用'],
    },
    corpus: [SRC.afterSales],
    key_phrases: [O10, '¥47.50', '已完成', '3. 请在购买后 24 小时内验证并使用'],
  },

  // ── 11 b6-activation-own-devices: activation_failed; the buyer used the code on a second device ──
  {
    name: 'b6-app-other-device', case: 'b6-activation-own-devices', file: 'Screenshot_20270611-093022.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '09:30', battery: 92, appTitle: '云笔记 Pro 激活',
    fields: [['激活码', 'YB9Q-****-****-7MC2'], ['设备', 'MatePad 11']], submit: '激活',
    dialog: { title: '激活失败', body: ['激活码已被其他设备使用'], buttons: ['知道了'] },
    corpus: [SRC.otherDevice],
    key_phrases: ['激活码已被其他设备使用'],
  },
  {
    name: 'b6-bili-own-devices', case: 'b6-activation-own-devices', file: 'Screenshot_20270611-100812.png', split: B,
    style: 'bilibili-dm', device: 'android-1080x2400', clock: '10:08', battery: 90, title: '正版软件研究所',
    messages: [
      { from: 'time', text: '09:40' },
      { from: 'buyer', text: `订单${O11}的云笔记激活码激活不了，提示“激活码已被其他设备使用”` },
      { from: 'merchant', text: '亲，后台记录这个码昨晚21:05已经在一台手机上激活了，一个码只绑一台设备，商品页写了的' },
      { from: 'buyer', text: '对，昨晚我先激活在手机上了，今天想换到平板上用' },
      { from: 'merchant', text: '那是正常绑定，不是码的问题哦。因买家操作导致的问题不在售后范围内，手机上可以继续用' },
    ],
    corpus: [SRC.otherDevice, SRC.afterSales],
    key_phrases: [O11, '激活码已被其他设备使用', '昨晚我先激活在手机上了'],
  },
  {
    name: 'b6-note-order', case: 'b6-activation-own-devices', file: 'Snipaste_2027-06-11_10-12-40.png', split: B,
    style: 'faka-hyper', device: 'desktop-1366x768', shop: '正版软件研究所', accent: '#39afd1',
    order: {
      statusTone: 'ok',
      rows: [['订单号', O11], ['商品名称', '云笔记 Pro 永久激活码（单设备）'], ['购买数量', '1'], ['订单总价', '¥45.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-10 21:00:12'], ['查询邮箱', 'ch****@qq.com']],
      code: '激活码：YB9Q-****-****-7MC2',
      note: ['1. 账号/卡密保证首次使用有效', '2. 因买家操作导致的问题不在售后范围内', '3. 一个激活码仅可绑定一台设备'],
    },
    corpus: [SRC.afterSales],
    key_phrases: [O11, '¥45.00', '已完成'],
  },

  // ── 12 b6-late-buyer-promise: late_delivery; the "10 minutes" exists only in the buyer's words ──
  {
    name: 'b6-qq-dark-promise', case: 'b6-late-buyer-promise', file: 'mmexport1812965490315.jpg', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '15:44', battery: 39, title: '安心影音代充',
    messages: [
      { from: 'time', text: '昨天 09:45' },
      { from: 'buyer', text: `订单${O12}付好了，腾讯视频月卡，多久能充上？` },
      { from: 'merchant', name: '安心影音代充', text: '亲，代充是人工按顺序处理的，排到了就给您充' },
      { from: 'time', text: '15:20' },
      { from: 'buyer', text: '你们不是说十分钟就能充好吗，这都一天多了' },
      { from: 'merchant', name: '安心影音代充', text: '亲，我们没有说过十分钟哦，今天已经排到您了，晚上之前一定充好' },
    ],
    key_phrases: [O12, '你们不是说十分钟就能充好吗', '我们没有说过十分钟'],
  },
  {
    name: 'b6-tv-order-wait', case: 'b6-late-buyer-promise', file: 'Screenshot_20270611-154650.png', split: B,
    style: 'faka-hyper', device: 'android-1080x2400', clock: '15:46', battery: 38, shop: '安心影音代充', accent: '#ff6a00',
    order: {
      statusTone: 'wait',
      rows: [['订单号', O12], ['商品名称', '腾讯视频VIP 月卡 人工代充'], ['充值账号', '159****3306'], ['订单总价', '¥19.00'], ['支付方式', '支付宝'], ['订单状态', '待处理', 'status'], ['下单时间', '2027-06-10 09:30:11']],
      note: ['人工代充，按下单顺序处理，充值完成后订单状态变为已完成。'],
    },
    key_phrases: [O12, '¥19.00', '待处理'],
  },

  // ── 13 b6-nr-stock-long: not_received, ready; one tall 小红书 screenshot of the whole chat ───
  {
    name: 'b6-xhs-long-nr', case: 'b6-nr-stock-long', file: 'IMG_20270612_124816.png', split: B,
    style: 'xiaohongshu-chat', long: true, device: 'iphone-1170x2532', clock: '12:48', battery: 71, title: '柚子数码卡券', subtitle: '商家',
    messages: [
      { from: 'time', text: '06-11 21:02' },
      { from: 'buyer', text: '请问优酷年卡是自动发卡吗？' },
      { from: 'merchant', text: '是的宝子，付款后订单页直接显示卡密' },
      { from: 'buyer', text: '卡密是官方渠道的吗？在哪里兑换？' },
      { from: 'merchant', text: '官方渠道的，在优酷App里 我的 → 兑换码 输入就行' },
      { from: 'buyer', text: '好的，明天上午买' },
      { from: 'time', text: '10:15' },
      { from: 'buyer', text: `订单${O13}付款了，订单页写异常，没有卡密` },
      { from: 'buyer', type: 'image', hue: 40, w: 110, h: 200 },
      { from: 'buyer', text: '订单页还写着付款未收到卡密请在二十四小时内联系客服，所以来找你' },
      { from: 'time', text: '11:30' },
      { from: 'buyer', text: '在吗？还是没有卡密' },
      { from: 'merchant', text: '宝子抱歉，您下单那会优酷年卡刚好卖空了，系统没发出去' },
      { from: 'merchant', text: '补货要两三天，等不了的话可以退款' },
      { from: 'buyer', text: '等不了，我申请退款吧' },
      { from: 'merchant', text: '好的，您在平台申请，我这边会同意的' },
      { from: 'buyer', text: '好' },
    ],
    corpus: [SRC.noCard],
    key_phrases: [O13, '没有卡密', '卖空了'],
  },
  {
    name: 'b6-youku-order', case: 'b6-nr-stock-long', file: 'IMG_20270612_125002.png', split: B,
    style: 'faka-hyper', device: 'iphone-1170x2532', clock: '12:50', battery: 70, shop: '柚子数码卡券', accent: '#0acf97',
    order: {
      statusTone: 'bad',
      rows: [['订单号', O13], ['商品名称', '优酷VIP会员 年卡 卡密 自动发货'], ['购买数量', '1'], ['订单总价', '¥98.00'], ['支付方式', '支付宝'], ['订单状态', '异常', 'status'], ['下单时间', '2027-06-12 10:08:20']],
      note: ['付款未收到卡密,请在二十四小时内联系客服'],
      noteTitle: '温馨提示',
    },
    corpus: [SRC.noCard],
    key_phrases: [O13, '¥98.00', '异常'],
  },

  // ── 14 b6-wrong-server: wrong_purchase, ready; a top-up for the wrong server, not yet started ─
  {
    name: 'b6-bili-server', case: 'b6-wrong-server', file: 'Screenshot_20270612-154412.png', split: B,
    style: 'bilibili-dm', device: 'android-1080x2400', clock: '15:44', battery: 77, title: '提瓦特充值铺',
    messages: [
      { from: 'time', text: '15:36' },
      { from: 'buyer', text: `刚拍的订单${O14}选错区服了，我是官服，下单选成了B服` },
      { from: 'buyer', text: '还没开始充的话能帮我取消吗，我重新拍官服' },
      { from: 'merchant', text: '看了下还没开始充，可以取消，您在订单里申请退款，我同意就行' },
      { from: 'buyer', text: '好的谢谢' },
    ],
    key_phrases: [O14, '选错区服了', '还没开始充，可以取消'],
  },
  {
    name: 'b6-server-order', case: 'b6-wrong-server', file: 'Snipaste_2027-06-12_15-46-31.png', split: B,
    style: 'faka-hyper', device: 'desktop-1366x768', shop: '提瓦特充值铺', accent: '#727cf5',
    order: {
      statusTone: 'wait',
      rows: [['订单号', O14], ['商品名称', '原神 6480创世结晶 代充 B服'], ['充值UID', '5****2718'], ['订单总价', '¥612.00'], ['支付方式', '支付宝'], ['订单状态', '待处理', 'status'], ['下单时间', '2027-06-12 15:30:08']],
      note: ['代充订单开始处理前可申请取消并全额退款；已开始充值的订单不支持取消。'],
    },
    key_phrases: [O14, '¥612.00', '待处理'],
  },
];
