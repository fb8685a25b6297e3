// The fourteenth blind end-to-end set (fixtures/blind14/): 14 cases written by a helper (branch
// h17f), not by the lead engineer, from public wording the project had not used before (each
// quoted string was grepped against test/corpus/, scripts/real/ and the fixture READMEs), combined
// and lightly adapted (names, amounts and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind14'`; `corpus` cites the source
// of each line taken (the find_string index id: the index names no repository, or a URL); lines
// not cited are the author's own connecting lines. Five new app styles: `steam-wallet-redeem`
// (Steam "Redeem a Steam Wallet Code", dark), `fb-marketplace-chat` (Facebook Marketplace thread
// with the listing strip), `jd-aftersale` (京东 售后详情), `wechat-refund` (微信支付 退款详情) and
// `5173-order` (5173 订单详情).
// Render with `node scripts/real/render.mjs --set blind14` (into fixtures/real-blind14/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind14` copies the images into fixtures/blind14/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind14';

// order numbers (see each case's order.json)
const O1 = '27091409351882641'; // 17 digits
const O2 = 'EU27091820470391'; // two letters + 14 digits
const O3 = '88401927336152'; // 14 digits
const O4 = 'CA27092316054482'; // two letters + 14 digits
const O5 = '4471920385066172'; // 16 digits
const O6 = '3027184650931'; // JD: 13 digits (a 10-digit 服务单号 beside it)
const O7 = '29270933184057'; // JD: 14 digits
const O8 = 'HF20271001093016'; // two letters + 14 digits (a 28-digit 微信 交易单号 on the refund page)
const O9 = 'YX202710031742086931'; // 5173: two letters + 18 digits
const O10 = 'YX202710051930417725'; // 5173: two letters + 18 digits
const O11 = 'STM-27100721583'; // letters, hyphen, 11 digits
const O12 = '271009143207781532'; // 18 digits
const O13 = '31271011203355'; // JD: 14 digits
const O14 = 'A27101308152290'; // one letter + 14 digits

const SRC = {
  redeemedCancelled: 'a sponsor-code page\'s line "That code has already been redeemed, cancelled or has expired, so there\'s nothing to hand out." (public GitHub TSX file, find_string id 71625070542), cut to its first clause as Steam\'s error line',
  stillAvailable: 'a marketplace message fixture content: "Is this still available?" (public GitHub JavaScript file, find_string id 2676366)',
  auditNo: 'an audit widget\'s label \'审核不通过，原因：\' + reason (public GitHub JavaScript file, find_string id 44338565607), with the author\'s reason',
  asSubmitted: 'an after-sale timeline entry description: \'您的售后申请已提交\' (public GitHub TypeScript file, find_string id 60928760549)',
  waitAdmin: 'an order page\'s message "售后申请已提交，等待管理员审核" (public GitHub Vue file, find_string id 66033752519)',
  twInvalid: 'a lucky-draw config\'s serialRedeemErrorText: \'序號無效、已使用或不存在。\' (public GitHub file, find_string id 62466175033)',
  twUsedBefore: 'a design note\'s error state "token 已使用 → 「這組序號已經被使用過了…」" (public GitHub Markdown file, find_string id 61402808741)',
  appleNotUsed: 'Apple\'s message "このApple IDはiTunes Storeで使用されたことがありません" quoted at https://apptopi.jp/2022/09/21/appleid-notused, in its Chinese UI form 此 Apple ID 尚未在 iTunes Store 使用过',
};

export default [
  // ── 1 b14-en-steam-used-dark: card_invalid, ready ─────────────────────────────────────────────
  {
    name: 'b14-steam-used', case: 'b14-en-steam-used-dark', file: 'Screenshot_20270914-095211.png', split: B,
    style: 'steam-wallet-redeem', dark: true, device: 'android-1080x2400', clock: '9:52', battery: 63,
    code: 'K7B2R-*****-****M', error: 'That code has already been redeemed, cancelled or has expired.',
    corpus: [SRC.redeemedCancelled],
    key_phrases: ['That code has already been redeemed, cancelled or has expired.'],
  },
  {
    name: 'b14-fb-used-dark', case: 'b14-en-steam-used-dark', file: 'Screenshot_20270914-101305.png', split: B,
    style: 'fb-marketplace-chat', dark: true, device: 'android-1080x2400', clock: '10:13', battery: 60, title: 'Dylan Park', subtitle: 'Active 5m ago',
    listing: { title: 'Steam Wallet $20 USD code', price: '$21.40' },
    messages: [
      { from: 'time', text: 'SEP 14 AT 9:20 AM' },
      { from: 'buyer', text: 'Is this still available?' },
      { from: 'merchant', text: 'Yes, still available. Order it on G2G and the code goes out right away.' },
      { from: 'time', text: '9:54 AM' },
      { from: 'buyer', text: `Got the code from order ${O1} but Steam says "That code has already been redeemed, cancelled or has expired."` },
      { from: 'buyer', type: 'image', hue: 215, w: 110, h: 200 },
      { from: 'merchant', text: 'Checked my supplier log. That code came from a batch that went to two buyers, that\'s on me. Open the refund on G2G and I will approve it.' },
      { from: 'buyer', text: 'Thanks, filing it now.', read: true },
    ],
    corpus: [SRC.stillAvailable, SRC.redeemedCancelled],
    key_phrases: [O1, 'already been redeemed', 'that\'s on me'],
  },
  {
    name: 'b14-g2g-steam20', case: 'b14-en-steam-used-dark', file: 'Screenshot_20270914-101522.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '10:15', battery: 60, shop: 'G2G',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'The seller delivered this order on Sep 14, 2027 09:35.',
      rows: [['Order ID', O1], ['Offer', 'Steam Wallet Gift Card 20 USD (digital code)'], ['Seller', 'DylanKeys'], ['Quantity', '1'], ['Total', 'USD 21.40'], ['Order date', 'Sep 14, 2027 09:35']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O1, 'USD 21.40', 'Delivered'],
  },

  // ── 2 b14-en-steam-funds-added: card_invalid, reverse; the code worked ───────────────────────
  {
    name: 'b14-steam-credited', case: 'b14-en-steam-funds-added', file: 'Screenshot_20270918-205811.png', split: B,
    style: 'steam-wallet-redeem', dark: true, device: 'desktop-1366x768',
    code: '9QX4T-*****-****2', success: ['Your code was redeemed successfully.', '$50.00 USD has been credited to your Steam Wallet.'], balance: 'Wallet balance: $50.00 USD',
    key_phrases: ['redeemed successfully', 'credited to your Steam Wallet'],
  },
  {
    name: 'b14-fb-credited-fwd', case: 'b14-en-steam-funds-added', file: 'received_1093382716604418.jpeg', split: B,
    style: 'fb-marketplace-chat', device: 'android-1080x2400', degrade: ['fwd:720:62'], clock: '22:14', battery: 41, title: 'Niamh Keys', subtitle: 'Active now',
    listing: { title: 'Steam Wallet 50 USD gift card', price: '€47.90' },
    messages: [
      { from: 'time', text: 'SEP 18 AT 9:40 PM' },
      { from: 'buyer', text: `The code from ${O2} went in and my wallet shows $50.00, but the game I wanted is blocked in Ireland so the money is useless to me.` },
      { from: 'buyer', text: 'I am filing it as an invalid code.' },
      { from: 'merchant', text: 'The code is not invalid: you redeemed it and the $50 is on your account. The listing is a wallet code, not that game. I cannot approve a refund for it.' },
      { from: 'buyer', text: 'We will see.', read: true },
    ],
    key_phrases: [O2, 'my wallet shows $50.00', 'you redeemed it'],
  },
  {
    name: 'b14-g2g-steam50', case: 'b14-en-steam-funds-added', file: 'Screenshot_20270918-221630.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '22:16', battery: 40, shop: 'G2G',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'The seller delivered this order on Sep 18, 2027 20:48.',
      rows: [['Order ID', O2], ['Offer', 'Steam Wallet Gift Card 50 USD (digital code)'], ['Seller', 'NiamhKeys'], ['Total', 'EUR 47.90'], ['Order date', 'Sep 18, 2027 20:47']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O2, 'EUR 47.90'],
  },

  // ── 3 b14-en-fb-nr-noreply: not_received; the seller never answers ────────────────────────────
  {
    name: 'b14-g2g-psn-wait', case: 'b14-en-fb-nr-noreply', file: 'Screenshot_20270921-113002.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '11:30', battery: 77, shop: 'G2G',
    order: {
      status: 'Awaiting delivery', tone: 'wait', statusNote: 'The seller has not delivered this order yet.',
      rows: [['Order ID', O3], ['Offer', 'PlayStation Store Gift Card AUD 50 (digital)'], ['Seller', 'OzCardsDirect'], ['Total', 'AUD 52.95'], ['Order date', 'Sep 20, 2027 19:12']],
      buttons: ['Did Not Receive'],
    },
    key_phrases: [O3, 'AUD 52.95', 'Awaiting delivery'],
  },
  {
    name: 'b14-fb-noreply-crop', case: 'b14-en-fb-nr-noreply', file: 'Screenshot_20270921-113125.png', split: B,
    style: 'fb-marketplace-chat', device: 'android-1080x2400', degrade: ['crop:240'], clock: '11:31', battery: 77, title: 'Oz Cards Direct', subtitle: 'Active 14h ago',
    listing: { title: 'PSN AUD 50 digital code', price: 'A$52.95' },
    messages: [
      { from: 'time', text: 'SEP 20 AT 7:41 PM' },
      { from: 'buyer', text: `Hi, I paid for order ${O3} half an hour ago and no code has come through yet.` },
      { from: 'time', text: 'SEP 20 AT 9:15 PM' },
      { from: 'buyer', text: 'Still nothing. Can you check, please?' },
      { from: 'time', text: 'SEP 21 AT 9:05 AM' },
      { from: 'buyer', text: 'It has been 14 hours. No code, no answer. I am asking G2G for my money back.', read: true },
    ],
    key_phrases: [O3, 'no code has come through yet', 'No code, no answer'],
  },

  // ── 4 b14-en-fb-late-dark: late_delivery, ready ───────────────────────────────────────────────
  {
    name: 'b14-g2g-gamepass', case: 'b14-en-fb-late-dark', file: 'Screenshot_20270923-204011.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '20:40', battery: 35, shop: 'G2G',
    order: {
      status: 'Awaiting delivery', tone: 'wait', statusNote: 'Seller\'s delivery time: within 30 minutes of payment.',
      rows: [['Order ID', O4], ['Offer', 'Xbox Game Pass Ultimate 3 months (code)'], ['Seller', 'NorthPixel'], ['Total', 'CAD 59.99'], ['Order date', 'Sep 23, 2027 16:05']],
      buttons: ['Did Not Receive'],
    },
    key_phrases: [O4, 'CAD 59.99', 'within 30 minutes of payment'],
  },
  {
    name: 'b14-fb-late-dark', case: 'b14-en-fb-late-dark', file: 'received_1187240063155921.jpeg', split: B,
    style: 'fb-marketplace-chat', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '20:44', battery: 34, title: 'NorthPixel', subtitle: 'Active 1h ago',
    listing: { title: 'Game Pass Ultimate 3 months', price: 'CA$59.99' },
    messages: [
      { from: 'time', text: 'SEP 23 AT 4:50 PM' },
      { from: 'buyer', text: `Paid 45 minutes ago for order ${O4} and still no code. Your listing says within 30 minutes.` },
      { from: 'time', text: 'SEP 23 AT 6:20 PM' },
      { from: 'buyer', text: 'Over two hours now and nothing.' },
      { from: 'merchant', text: 'Sorry, my supplier is stuck and I can\'t say when the codes come in. Go ahead and ask for the refund on G2G, I won\'t contest it.' },
      { from: 'buyer', text: 'OK, doing that.', read: true },
    ],
    key_phrases: [O4, 'still no code', 'within 30 minutes', 'I won\'t contest it'],
  },

  // ── 5 b14-en-wrong-passed: wrong_purchase, reverse; filed after the 1 h window ────────────────
  {
    name: 'b14-fb-wrong-iphone', case: 'b14-en-wrong-passed', file: 'IMG_4418.PNG', split: B,
    style: 'fb-marketplace-chat', device: 'iphone-1170x2532', clock: '10:41', battery: 88, title: 'Hollis Games', subtitle: 'Active now',
    listing: { title: 'Nintendo eShop £25 UK code', price: '£25.49' },
    messages: [
      { from: 'time', text: 'SAT 10:24' },
      { from: 'buyer', text: `Sorry, I wanted the £15 card, not the £25 one (order ${O5}). Please don't send the code, can it be cancelled?` },
      { from: 'merchant', text: 'No problem, I haven\'t sent anything yet. Cancel it on the site and I\'ll accept.' },
      { from: 'buyer', text: 'Great, will do later today.', read: true },
    ],
    key_phrases: [O5, 'I wanted the £15 card', 'I haven\'t sent anything yet'],
  },
  {
    name: 'b14-g2g-eshop-wait', case: 'b14-en-wrong-passed', file: 'IMG_4419.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '10:42', battery: 88, shop: 'G2G',
    order: {
      status: 'Awaiting delivery', tone: 'wait', statusNote: 'The seller has not delivered this order yet.',
      rows: [['Order ID', O5], ['Offer', 'Nintendo eShop Card £25 (UK) digital code'], ['Seller', 'HollisGames'], ['Total', 'GBP 25.49'], ['Order date', 'Sep 25, 2027 10:02']],
      buttons: ['Cancel order'],
    },
    key_phrases: [O5, 'GBP 25.49', 'Awaiting delivery'],
  },

  // ── 6 b14-jd-card-rejected: card_invalid, reverse; the buyer's own QQ redeemed it ────────────
  {
    name: 'b14-txvideo-used', case: 'b14-jd-card-rejected', file: 'Screenshot_20270926-204512.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:45', battery: 52, appTitle: '腾讯视频 · 兑换VIP',
    fields: [['卡密', '****-****-****-8K2D'], ['当前登录', 'QQ 38******51']], submit: '立即兑换',
    dialog: { title: '兑换失败', body: ['此卡密已被兑换，不能重复使用'], buttons: ['知道了'] },
    key_phrases: ['此卡密已被兑换，不能重复使用'],
  },
  {
    name: 'b14-jd-aftersale-no', case: 'b14-jd-card-rejected', file: 'Screenshot_20270927-093540.png', split: B,
    style: 'jd-aftersale', device: 'android-1080x2400', clock: '9:35', battery: 80,
    aftersale: {
      status: '审核不通过', statusLine: '审核不通过，原因：兑换记录显示该卡密已于09-26 20:16由QQ 27******93兑换成功，不属于卡密质量问题',
      steps: [['您的售后申请已提交', '2027-09-26 21:02', true], ['商家审核', '2027-09-27 09:31', true], ['审核不通过', '2027-09-27 09:31', true]],
      rows: [['服务单号', '1893027741'], ['订单号', O6, true], ['申请时间', '2027-09-26 21:02:17'], ['售后类型', '仅退款'], ['申请原因', '卡密无效'], ['退款金额', '¥25.00']],
      product: { title: '腾讯视频VIP会员 月卡 卡密', price: '¥25.00' },
      buttons: ['联系客服', '申请平台介入'],
    },
    corpus: [SRC.auditNo, SRC.asSubmitted],
    key_phrases: [O6, '审核不通过', '兑换成功'],
  },
  {
    name: 'b14-jdchat-self-fwd', case: 'b14-jd-card-rejected', file: 'mmexport1822009265318.jpg', split: B,
    style: 'jd-chat', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '9:40', battery: 79, title: '京东客服', subtitle: '影音会员卡专营店',
    messages: [
      { from: 'system', text: '客服 阿泽 为您服务' },
      { from: 'buyer', type: 'card', card: { title: '腾讯视频VIP会员 月卡 卡密', price: '¥25.00', order: `订单号：${O6}`, status: '已完成' } },
      { from: 'buyer', text: '卡密兑换不了，提示此卡密已被兑换，不能重复使用' },
      { from: 'merchant', name: '阿泽', text: '亲，查了兑换记录，20:16用QQ 27******93兑换成功了，会员已经加到这个号上，您看下是不是登错号了' },
      { from: 'buyer', text: '27开头那个是我小号……那我还是按卡密无效申请吧' },
      { from: 'merchant', name: '阿泽', text: '卡密是您自己的号兑换掉的，这个理由审核过不了的' },
    ],
    key_phrases: [O6, '兑换成功了', '是我小号'],
  },

  // ── 7 b14-jd-activation-dark: activation_failed, ready ────────────────────────────────────────
  {
    name: 'b14-xmind-devices-dark', case: 'b14-jd-activation-dark', file: 'Screenshot_20270929-143812.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '14:38', battery: 46, appTitle: 'XMind 激活',
    fields: [['激活码', 'XM-****-****-7TQ2'], ['邮箱', 'li***@163.com']], submit: '激活',
    dialog: { title: '激活失败', body: ['该激活码已达到最大激活设备数'], buttons: ['确定'] },
    key_phrases: ['该激活码已达到最大激活设备数'],
  },
  {
    name: 'b14-jdchat-xmind', case: 'b14-jd-activation-dark', file: 'Screenshot_20270929-150110.png', split: B,
    style: 'jd-chat', device: 'android-1080x2400', clock: '15:01', battery: 44, title: '京东客服', subtitle: '正版软件授权旗舰店',
    messages: [
      { from: 'system', text: '客服 小禾 为您服务' },
      { from: 'buyer', type: 'card', card: { title: 'XMind 专业版 激活码 1年', price: '¥89.00', order: `订单号：${O7}`, status: '已完成' } },
      { from: 'buyer', text: '激活码第一次用就提示已达到最大激活设备数，我只装了这一台电脑' },
      { from: 'buyer', type: 'image', hue: 260, w: 110, h: 200 },
      { from: 'merchant', name: '小禾', text: '亲，核实了，这个码之前发给过别的顾客，同一个码发给了两个人，非常抱歉' },
      { from: 'merchant', name: '小禾', text: '您直接申请售后退款，我们这边同意' },
    ],
    key_phrases: [O7, '已达到最大激活设备数', '同一个码发给了两个人'],
  },
  {
    name: 'b14-jd-aftersale-dark', case: 'b14-jd-activation-dark', file: 'Screenshot_20270929-150742.png', split: B,
    style: 'jd-aftersale', dark: true, device: 'android-1080x2400', clock: '15:07', battery: 44,
    aftersale: {
      status: '待商家审核', statusLine: '售后申请已提交，等待管理员审核',
      steps: [['您的售后申请已提交', '2027-09-29 15:05', true], ['商家审核', '', false], ['退款', '', false]],
      rows: [['服务单号', '1893120566'], ['订单号', O7, true], ['申请时间', '2027-09-29 15:05:40'], ['售后类型', '仅退款'], ['申请原因', '激活失败'], ['退款金额', '¥89.00']],
      product: { title: 'XMind 专业版 激活码 1年', price: '¥89.00' },
    },
    corpus: [SRC.waitAdmin, SRC.asSubmitted],
    key_phrases: [O7, '¥89.00', '激活失败'],
  },

  // ── 8 b14-wx-nr-rest: not_received, a fee already refunded, the rest asked ───────────────────
  {
    name: 'b14-shop-huafei', case: 'b14-wx-nr-rest', file: 'Screenshot_20271001-142210.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '14:22', battery: 69, shop: '快充话费站', accent: '#2b8a3e',
    order: {
      query: O8, statusTone: 'bad',
      rows: [['订单号', O8], ['商品名称', '中国移动 话费直充 100元'], ['充值号码', '139****2086'], ['实付金额', '¥97.50'], ['支付方式', '微信支付'], ['订单状态', '充值失败', 'status'], ['下单时间', '2027-10-01 09:30:16']],
    },
    key_phrases: [O8, '¥97.50', '充值失败'],
  },
  {
    name: 'b14-wechat-huafei', case: 'b14-wx-nr-rest', file: 'mmexport1822371940711.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '14:25', battery: 68, title: '快充话费站客服',
    messages: [
      { from: 'time', text: '10:05' },
      { from: 'buyer', text: `订单${O8}，100元话费半个多小时了没到账` },
      { from: 'merchant', text: '运营商通道卡单了，在排队，先把2元手续费退您，退回微信零钱了' },
      { from: 'time', text: '14:10' },
      { from: 'buyer', text: '到现在还是没到账' },
      { from: 'merchant', text: '通道那边充值失败了，这单充不进去。您在平台申请退剩下的95.5元，我们同意' },
    ],
    key_phrases: [O8, '没到账', '充值失败了', '退剩下的95.5元'],
  },
  {
    name: 'b14-wxrefund-fee', case: 'b14-wx-nr-rest', file: 'Screenshot_20271001-142740.png', split: B,
    style: 'wechat-refund', device: 'android-1080x2400', clock: '14:27', battery: 68,
    refund: {
      merchant: '快充话费站', amount: '¥2.00', status: '退款成功',
      steps: [['商户发起退款', '10-01 10:06'], ['退款到账', '10-01 10:06']],
      rows: [['退款金额', '¥2.00'], ['退款方式', '退回零钱'], ['到账时间', '2027-10-01 10:06:52'], ['退款原因', '手续费退还'], ['商户单号', O8], ['交易单号', '4200002027100109301622183377'], ['退款单号', '50302027100110065219658811']],
    },
    key_phrases: [O8, '¥2.00', '退款成功'],
  },

  // ── 9 b14-5173-account-nad: not_as_described, ready ───────────────────────────────────────────
  {
    name: 'b14-5173-mhxy', case: 'b14-5173-account-nad', file: 'Screenshot_20271004-101805.png', split: B,
    style: '5173-order', device: 'android-1080x2400', clock: '10:18', battery: 72,
    order: {
      status: '交易成功', statusLine: '账号已移交，买家于 2027-10-03 18:41 确认收货',
      game: '梦幻西游 / 电信区 / 长安城', title: '梦幻西游 109级 龙宫 账号（可二次实名）', mode: '交易方式：账号交易（客服验号）',
      rows: [['订单编号', O9], ['下单时间', '2027-10-03 17:41:55'], ['付款时间', '2027-10-03 17:42:08'], ['商品单价', '¥1280.00'], ['购买数量', '1'], ['实付金额', '¥1280.00']],
      desc: '本账号可二次实名，交易完成后卖家配合修改实名信息，改实名前可申请退款。',
    },
    key_phrases: [O9, '¥1280.00', '可二次实名'],
  },
  {
    name: 'b14-qq-mhxy', case: 'b14-5173-account-nad', file: 'Screenshot_20271004-102512.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '10:25', battery: 71, title: '梦幻老号工作室',
    messages: [
      { from: 'time', text: '10:12' },
      { from: 'buyer', text: `5173订单${O9}，登录后改不了实名，官方客服说这个号的实名已经不能再修改了` },
      { from: 'buyer', type: 'image', hue: 30, w: 110, h: 200 },
      { from: 'merchant', text: '这个号之前已经改过一次实名，官方规定只能改一次，商品描述是我写的有问题' },
      { from: 'buyer', text: '描述写着可二次实名，这和描述不一样，我申请退款' },
      { from: 'merchant', text: '行，你在5173申请，我同意' },
    ],
    key_phrases: [O9, '实名已经不能再修改', '商品描述是我写的有问题'],
  },

  // ── 10 b14-5173-nr-confirmed: not_received, reverse; delivered and confirmed ────────────────
  {
    name: 'b14-5173-wow-gold', case: 'b14-5173-nr-confirmed', file: 'Screenshot_20271006-143011.png', split: B,
    style: '5173-order', device: 'android-1080x2400', clock: '14:30', battery: 55,
    order: {
      status: '交易成功', statusLine: '卖家已邮寄发货，买家于 2027-10-05 20:03 确认收货',
      game: '魔兽世界怀旧服 / 灰烬使者 / 联盟', title: '金币 5000G（邮寄交易）', mode: '收货角色：暮*雪',
      rows: [['订单编号', O10], ['下单时间', '2027-10-05 19:30:22'], ['付款时间', '2027-10-05 19:30:41'], ['发货时间', '2027-10-05 19:52:10'], ['实付金额', '¥165.00']],
    },
    key_phrases: [O10, '¥165.00', '确认收货'],
  },
  {
    name: 'b14-qq-wow-fwd2', case: 'b14-5173-nr-confirmed', file: 'mmexport1822804442420.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:720:68', 'fwd:600:56'], clock: '14:33', battery: 54, title: '灰烬金币商行',
    messages: [
      { from: 'time', text: '昨天 19:52' },
      { from: 'merchant', text: `订单${O10}的5000G已经邮寄到暮*雪，请查收邮箱` },
      { from: 'buyer', text: '收到了，5000G到了，谢谢老板' },
      { from: 'time', text: '14:10' },
      { from: 'buyer', text: '我背包里只剩3000G了，金币根本没给够，我要按没收到货退款' },
      { from: 'merchant', text: '邮件记录是5000G整，你昨晚也确认收到了，少的应该是你自己用掉的' },
    ],
    key_phrases: [O10, '收到了，5000G到了', '你昨晚也确认收到了'],
  },

  // ── 11 b14-hk-steam-dark: card_invalid, ready (Cantonese) ─────────────────────────────────────
  {
    name: 'b14-steam-hk-invalid', case: 'b14-hk-steam-dark', file: 'Screenshot_20271007-221705.png', split: B,
    style: 'steam-wallet-redeem', dark: true, device: 'android-1080x2400', clock: '22:17', battery: 39,
    labels: { title: '兌換 Steam 錢包序號', lead: '請在下方輸入您的 Steam 錢包序號。Steam 錢包序號可用於在 Steam 上購買遊戲和軟體。', field: 'Steam 錢包序號', button: '繼續', menu: ['商店', '社群', '關於', '客服'] },
    code: 'H3M8P-*****-****V', error: '序號無效、已使用或不存在。',
    corpus: [SRC.twInvalid],
    key_phrases: ['序號無效、已使用或不存在。'],
  },
  {
    name: 'b14-wa-hk-dark', case: 'b14-hk-steam-dark', file: 'Screenshot_20271007-223342.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', dark: true, clock: '22:33', battery: 37, title: '港卡舖', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: `老闆，訂單 ${O11} 嘅 Steam 錢包卡入唔到，話序號無效、已使用或不存在。`, at: '22:18' },
      { from: 'buyer', type: 'image', hue: 210, w: 110, h: 200, at: '22:18' },
      { from: 'merchant', text: '唔好意思，我check咗，呢張卡上個禮拜已經賣咗俾另一位客，係我哋嘅錯', at: '22:29' },
      { from: 'merchant', text: '你喺平台申請退款，我會批', at: '22:30' },
      { from: 'buyer', text: 'OK 唔該', at: '22:32' },
    ],
    corpus: [SRC.twInvalid],
    key_phrases: [O11, '序號無效', '係我哋嘅錯'],
  },
  {
    name: 'b14-shop-hk-steam', case: 'b14-hk-steam-dark', file: 'Screenshot_20271007-223610.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '22:36', battery: 37, shop: '港卡舖', accent: '#1b6ec2',
    order: {
      query: O11, statusTone: 'ok',
      rows: [['訂單編號', O11], ['商品名稱', 'Steam 錢包卡 HK$200（數位序號）'], ['實付金額', 'HK$205.00'], ['付款方式', 'PayMe'], ['訂單狀態', '已完成', 'status'], ['下單時間', '2027-10-07 21:58:30']],
      code: '序號 H3M8P-*****-****V',
    },
    key_phrases: [O11, 'HK$205.00', '已完成'],
  },

  // ── 12 b14-tw-steam-threat-fb: card_invalid + the buyer's doxxing threat ──────────────────────
  {
    name: 'b14-steam-tw-used-mark', case: 'b14-tw-steam-threat-fb', file: 'received_1215587204417730.jpeg', split: B,
    style: 'steam-wallet-redeem', dark: true, device: 'iphone-1170x2532', degrade: ['fwd:720:70'], clock: '15:02', battery: 58,
    labels: { title: '兌換 Steam 錢包序號', lead: '請在下方輸入您的 Steam 錢包序號。', field: 'Steam 錢包序號', button: '繼續', menu: ['商店', '社群', '客服'] },
    code: 'P2W7N-*****-****8', error: '這組序號已經被使用過了',
    mark: { text: '這組序號已經被使用過了' },
    corpus: [SRC.twUsedBefore],
    key_phrases: ['這組序號已經被使用過了'],
  },
  {
    name: 'b14-fb-tw-threat', case: 'b14-tw-steam-threat-fb', file: 'IMG_7702.PNG', split: B,
    style: 'fb-marketplace-chat', device: 'iphone-1170x2532', clock: '16:48', battery: 51, title: '阿凱點數小舖', subtitle: '5 分鐘前在線上',
    listing: { title: 'Steam 錢包 NT$1000 序號', price: 'NT$950', note: 'Marketplace · 台北市', button: '查看商品' },
    messages: [
      { from: 'time', text: '10月9日 下午3:05' },
      { from: 'buyer', text: `訂單 ${O12} 的序號，Steam 顯示「這組序號已經被使用過了」，截圖給你` },
      { from: 'buyer', type: 'image', hue: 215, w: 110, h: 200 },
      { from: 'merchant', text: '我這邊看是全新的，你要不要再試一次' },
      { from: 'buyer', text: '試三次了。今天不退錢，我就把你的臉書帳號跟住址貼到爆料公社，讓大家看看你是什麼人' },
      { from: 'merchant', text: '我查了，進貨那批有問題，是我的錯。你在平台申請退款，我同意' },
      { from: 'buyer', text: '好', read: true },
    ],
    corpus: [SRC.twUsedBefore],
    key_phrases: [O12, '這組序號已經被使用過了', '貼到爆料公社', '是我的錯'],
  },
  {
    name: 'b14-shop-tw-steam', case: 'b14-tw-steam-threat-fb', file: 'IMG_7703.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '16:50', battery: 51, shop: '阿凱點數小舖', accent: '#7048e8',
    order: {
      query: O12, statusTone: 'ok',
      rows: [['訂單編號', O12], ['商品名稱', 'Steam 錢包 NT$1000 序號'], ['實付金額', 'NT$950'], ['付款方式', '信用卡'], ['訂單狀態', '已發貨', 'status'], ['下單時間', '2027/10/09 14:32:07']],
      code: '序號 P2W7N-*****-****8',
    },
    key_phrases: [O12, 'NT$950', '已發貨'],
  },

  // ── 13 b14-jd-wrong-near: wrong_purchase, ready + deadline-near ───────────────────────────────
  {
    name: 'b14-jdchat-wrong-crop', case: 'b14-jd-wrong-near', file: 'Screenshot_20271011-204702.png', split: B,
    style: 'jd-chat', device: 'android-1080x2400', degrade: ['crop:230'], clock: '20:47', battery: 66, title: '京东客服', subtitle: '视频会员直充店',
    messages: [
      { from: 'system', text: '客服 小柚 为您服务' },
      { from: 'buyer', type: 'card', card: { title: '哔哩哔哩 大会员 年卡 直充', price: '¥148.00', order: `订单号：${O13}`, status: '待发货' } },
      { from: 'buyer', text: '拍错了，我要的是月卡，年卡先别充' },
      { from: 'merchant', name: '小柚', text: '好的亲，年卡还没下单充值，您直接申请售后退款，我这边同意' },
      { from: 'buyer', text: '好，马上申请' },
    ],
    key_phrases: [O13, '拍错了', '年卡还没下单充值'],
  },
  {
    name: 'b14-jd-aftersale-cancel', case: 'b14-jd-wrong-near', file: 'Screenshot_20271011-205010.png', split: B,
    style: 'jd-aftersale', device: 'android-1080x2400', clock: '20:50', battery: 65,
    aftersale: {
      status: '待商家处理', statusLine: '您的售后申请已提交，商家同意后款项原路退回',
      steps: [['您的售后申请已提交', '2027-10-11 20:48', true], ['商家处理', '', false], ['退款', '', false]],
      rows: [['服务单号', '1893251408'], ['订单号', O13, true], ['申请时间', '2027-10-11 20:48:31'], ['售后类型', '仅退款（未发货）'], ['申请原因', '拍错了/不想要了'], ['退款金额', '¥148.00']],
      product: { title: '哔哩哔哩 大会员 年卡 直充', price: '¥148.00' },
    },
    corpus: [SRC.asSubmitted],
    key_phrases: [O13, '¥148.00', '拍错了'],
  },

  // ── 14 b14-wx-appleid-dark: activation_failed, ready ──────────────────────────────────────────
  {
    name: 'b14-appleid-notused-dark', case: 'b14-wx-appleid-dark', file: 'Screenshot_20271013-094015.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '9:40', battery: 81, appTitle: 'App Store 登录',
    fields: [['Apple ID', 'us_k***@icloud.com'], ['地区', '美国']], submit: '登录',
    dialog: { title: '此 Apple ID 尚未在 iTunes Store 使用过', body: ['请检查账户信息。'], buttons: ['取消', '检查'] },
    corpus: [SRC.appleNotUsed],
    key_phrases: ['此 Apple ID 尚未在 iTunes Store 使用过'],
  },
  {
    name: 'b14-wechat-dark-appleid', case: 'b14-wx-appleid-dark', file: 'Screenshot_20271013-101822.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '10:18', battery: 78, title: '果区账号小铺',
    messages: [
      { from: 'time', text: '09:42' },
      { from: 'buyer', text: `订单${O14}的美区账号，登录App Store提示此 Apple ID 尚未在 iTunes Store 使用过，下载不了` },
      { from: 'buyer', type: 'image', hue: 0, w: 110, h: 200 },
      { from: 'buyer', text: '今天弄不好我就只能找平台仲裁了' },
      { from: 'merchant', text: '抱歉，这个号激活那步没走完，是我们的问题，您在平台申请退款就行，我同意' },
    ],
    corpus: [SRC.appleNotUsed],
    key_phrases: [O14, '尚未在 iTunes Store 使用过', '是我们的问题'],
  },
  {
    name: 'b14-shop-appleid-dark', case: 'b14-wx-appleid-dark', file: 'Screenshot_20271013-102030.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '10:20', battery: 78, shop: '果区账号小铺', accent: '#0a84ff',
    order: {
      query: O14, statusTone: 'ok',
      rows: [['订单号', O14], ['商品名称', '美区 Apple ID 成品号（已激活 可直接下载）'], ['实付金额', '¥39.90'], ['支付方式', '微信支付'], ['订单状态', '已发货', 'status'], ['下单时间', '2027-10-13 08:15:22']],
      code: '账号 us_k***@icloud.com  密码 ********',
    },
    key_phrases: [O14, '¥39.90', '已激活 可直接下载'],
  },
];
