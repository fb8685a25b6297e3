// The eleventh blind end-to-end set (fixtures/blind11/): 14 cases written by a helper (branch h17b),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind11'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. Six new app styles: `razer-gold-error` (Razer Gold reload
// result), `zalo-chat`, `eneba-chat` (Eneba order support chat), `kuaishou-dm` (快手私信),
// `douyin-order` (抖音商城 订单详情) and `dd373-order` (DD373 订单详情).
// Render with `node scripts/real/render.mjs --set blind11` (into fixtures/real-blind11/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind11` copies the images into fixtures/blind11/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind11';

// order numbers (see each case's order.json)
const O1 = '271014203152260418'; // 18 digits
const O2 = '7QK2M9X4TB8W3NPD'; // 16 upper-case letters and digits
const O3 = 'PL-27101921448'; // letter prefix, hyphen, 11 digits
const O4 = 'VN2710221905317'; // two letters + 13 digits
const O5 = 'DD20271018203114528'; // DD373: two letters + 17 digits
const O6 = '2710211530068713952'; // 19 digits
const O7 = '6927100220413358816'; // Douyin: 19 digits
const O8 = '5012710192106442713'; // Douyin: 19 digits
const O9 = 'KS271023110455218'; // two letters + 15 digits
const O10 = '20271024193308457'; // 17 digits
const O11 = 'TW2710252012046'; // two letters + 13 digits
const O12 = '271027153319045'; // 15 digits
const O13 = '88271028093015'; // 14 digits
const O14 = '2710291408553306'; // 16 digits

const SRC = {
  pinUsed: 'a PIN redemption service\'s message "This PIN has already been redeemed." (public GitHub Python file, find_string id 11519430446)',
  pinExpired: 'a PIN check\'s message "PIN expired." (public GitHub PHP file, find_string id 53236451877)',
  contacted: 'a dispute admin reply "We have contacted the seller and asked them to respond with the missing handoff details." (public GitHub file, find_string id 53269922738), adapted into "We have contacted the seller and asked them to check the PIN status."',
  holdTight: 'a dispute status "We have contacted the seller and are awaiting their response. Hold tight." (public GitHub Python file, find_string id 67162712452)',
  annual: 'an FAQ question "I accidentally bought an annual plan but wanted monthly. Can you switch or refund?" (public GitHub file, find_string id 56878038135), adapted into "I accidentally bought the 12-month plan but wanted monthly."',
  paiduo: 'an order-cancel reason list entry "拍多了" (public GitHub TypeScript file, find_string id 43490873448)',
  yanhao: 'an account-trading simulator\'s remark "验号时发现与描述不符" (public GitHub JavaScript file, find_string id 54042820620)',
  shipTime: 'an order page\'s label "预计发货时间" (public GitHub file, find_string id 10457447832), with the author\'s own value',
  quota: 'an activation service\'s message "激活失败，激活次数已耗尽！" (public GitHub Java file, find_string id 43346319584)',
  private: 'a scam-training script\'s lines "担保太麻烦，直接微信转我，秒发货。" and "别走平台了，私下转省事，我靠谱。" (public GitHub file, find_string id 56176817491), adapted into the buyer\'s "别走平台了，私下转省事，你直接微信转我98"',
  lapsed: 'a card-key API\'s message "该充值卡已失效" (public GitHub PHP file, find_string id 36709482130)',
  within15: 'a shop FAQ answer "Instant products (top-ups) are typically delivered within 15 minutes of payment." (public GitHub SQL file, find_string id 56217774825)',
  otherApp: 'a licence check\'s message "激活失败，该激活码不是当前程序激活码" (public GitHub C# file, find_string id 6854270957)',
  expose: 'a complaint-classifier test query "B站发视频曝光" (public GitHub Python file, find_string id 53476189359), adapted into the buyer\'s "我就在快手上发视频曝光你们"',
};

export default [
  // ── 1 b11-en-razer-used-zalo: card_invalid, ready; Kuala Lumpur, MYR ─────────────────────────
  {
    name: 'b11-razer-used', case: 'b11-en-razer-used-zalo', file: 'Screenshot_20271014-203810.png', split: B,
    style: 'razer-gold-error', device: 'android-1080x2400', clock: '20:38', battery: 64,
    fields: [['Razer ID', 'ah****88@gmail.com'], ['PIN', '**********3391']],
    result: { title: 'Reload Failed', body: ['This PIN has already been redeemed.'] },
    corpus: [SRC.pinUsed],
    key_phrases: ['This PIN has already been redeemed.'],
  },
  {
    name: 'b11-zalo-razer', case: 'b11-en-razer-used-zalo', file: 'Screenshot_20271014-211544.png', split: B,
    style: 'zalo-chat', device: 'android-1080x2400', clock: '21:15', battery: 60, title: 'KL Gamer Cards', subtitle: 'Active now',
    messages: [
      { from: 'time', text: '20:39' },
      { from: 'buyer', at: '20:39', text: `Hi, order ${O1}. The Razer Gold RM50 PIN you sent says "This PIN has already been redeemed." Screenshot below.` },
      { from: 'buyer', type: 'image', hue: 110, w: 110, h: 200 },
      { from: 'merchant', at: '20:47', text: 'One moment, asking the supplier now.' },
      { from: 'merchant', at: '21:12', text: 'Checked. That PIN was sold to another customer by mistake. Sorry about that, please request the refund on the order page and we will approve it.' },
      { from: 'buyer', at: '21:14', text: 'OK, filing it now. Thanks.' },
    ],
    corpus: [SRC.pinUsed],
    key_phrases: [O1, 'already been redeemed', 'sold to another customer by mistake'],
  },
  {
    name: 'b11-order-razer-my', case: 'b11-en-razer-used-zalo', file: 'Screenshot_20271014-211802.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '21:18', battery: 59, shop: 'G2G',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'PIN delivered on 14 Oct 2027 20:32.',
      rows: [['Order ID', O1], ['Offer', 'Razer Gold PIN RM50 (Malaysia)'], ['Seller', 'KL Gamer Cards'], ['Quantity', '1'], ['Total', 'MYR 48.90'], ['Order date', '14 Oct 2027 20:31']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O1, 'MYR 48.90'],
  },

  // ── 2 b11-en-razer-old-capture: card_invalid, reverse; the capture is dated before the order ──
  {
    name: 'b11-razer-expired-old', case: 'b11-en-razer-old-capture', file: 'Screenshot_20271003-115230.png', split: B,
    style: 'razer-gold-error', dark: true, device: 'android-1080x2400', clock: '11:52', battery: 81,
    fields: [['Razer ID', 'li****as@gmail.com'], ['PIN', '**********5820']],
    result: { title: 'Reload Failed', body: ['PIN expired.'], rows: [['Transaction ID', 'RG2710031152•••47'], ['Date', '03 Oct 2027 11:52 (GMT+3)'], ['Amount', 'USD 20.00']] },
    corpus: [SRC.pinExpired],
    key_phrases: ['PIN expired.', '03 Oct 2027 11:52'],
  },
  {
    name: 'b11-eneba-old-capture', case: 'b11-en-razer-old-capture', file: 'Screenshot_20271016-104630.png', split: B,
    style: 'eneba-chat', dark: true, device: 'android-1080x2400', clock: '10:46', battery: 72, title: 'Eneba Support', subtitle: 'Order help',
    order: { id: O2, product: 'Razer Gold Gift Card 20 USD (Global)', price: '€18.74', status: 'Completed', tone: 'ok', date: '16 Oct 2027, 09:15' },
    messages: [
      { from: 'buyer', at: '10:21', text: 'The Razer Gold code from this order does not work, it says PIN expired. Screenshot attached.' },
      { from: 'buyer', type: 'image', hue: 0, w: 64, h: 110 },
      { from: 'merchant', name: 'Ruta · Eneba Support', at: '10:34', text: 'Thanks. The screenshot shows a reload attempt on 3 October, but this order was placed on 16 October. Please send a screenshot of this PIN.' },
      { from: 'buyer', at: '10:41', text: 'That is the screenshot I have. Please just refund it.' },
      { from: 'merchant', name: 'Ruta · Eneba Support', at: '10:44', text: 'We have contacted the seller and asked them to check the PIN status.' },
    ],
    corpus: [SRC.contacted],
    key_phrases: [O2, 'PIN expired', 'reload attempt on 3 October'],
  },

  // ── 3 b11-en-nr-eneba: not_received, ready; Warsaw, PLN ───────────────────────────────────────
  {
    name: 'b11-order-xgp-processing', case: 'b11-en-nr-eneba', file: 'Screenshot_20271020-195510.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '19:55', battery: 41, shop: 'eneba',
    order: {
      status: 'Processing', tone: 'wait', statusNote: 'The seller has not delivered your key yet.',
      rows: [['Order ID', O3], ['Product', 'Xbox Game Pass Ultimate 1 Month (PL)'], ['Seller', 'KeyLantern'], ['Quantity', '1'], ['Total', 'PLN 54.99'], ['Order date', '19 Oct 2027 21:44']],
      buttons: ['Get help'],
    },
    key_phrases: [O3, 'PLN 54.99', 'Processing'],
  },
  {
    name: 'b11-eneba-nr', case: 'b11-en-nr-eneba', file: 'IMG_20271020_201233.jpg', split: B,
    style: 'eneba-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '20:12', battery: 38, title: 'Eneba Support', subtitle: 'Order help',
    order: { id: O3, product: 'Xbox Game Pass Ultimate 1 Month (PL)', price: 'zł54.99', status: 'Processing', tone: 'wait', date: '19 Oct 2027, 21:44' },
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', at: '22:30', text: 'I paid 45 minutes ago and the key is still not here. Status says Processing.' },
      { from: 'merchant', name: 'Tomas · Eneba Support', at: '22:41', text: 'We have contacted the seller and are awaiting their response. Hold tight.' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '19:40', text: 'Still nothing after 22 hours. I want my money back.' },
      { from: 'merchant', name: 'Tomas · Eneba Support', at: '19:52', text: 'The seller confirmed they cannot deliver this key. You can request a refund from the order page and it will be approved.' },
    ],
    corpus: [SRC.holdTight],
    key_phrases: ['still not here', 'cannot deliver this key'],
  },

  // ── 4 b11-en-wrong-zalo-redeemed: wrong_purchase, reverse; the code was already redeemed ───────
  {
    name: 'b11-order-spotify-vn', case: 'b11-en-wrong-zalo-redeemed', file: 'Screenshot_20271022-194102.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '19:41', battery: 52, shop: 'G2G',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Code delivered on 22 Oct 2027 19:05.',
      rows: [['Order ID', O4], ['Offer', 'Spotify Premium 12 months – gift code'], ['Seller', 'Saigon Digital Keys'], ['Quantity', '1'], ['Total', 'VND 1,150,000'], ['Order date', '22 Oct 2027 19:05']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O4, 'VND 1,150,000'],
  },
  {
    name: 'b11-zalo-redeemed-dark', case: 'b11-en-wrong-zalo-redeemed', file: 'Screenshot_20271022-193855.png', split: B,
    style: 'zalo-chat', dark: true, device: 'android-1080x2400', clock: '19:38', battery: 53, title: 'Saigon Digital Keys', subtitle: 'Active 2 minutes ago',
    messages: [
      { from: 'time', text: '19:20' },
      { from: 'buyer', at: '19:20', text: `Hi, I accidentally bought the 12-month plan but wanted monthly. Can I cancel order ${O4}?` },
      { from: 'merchant', at: '19:24', text: 'The code was delivered at 19:05. Did you already redeem it?' },
      { from: 'buyer', at: '19:25', text: 'Yes, I already added it to my Spotify account before I noticed the price.' },
      { from: 'merchant', at: '19:27', text: 'Then it is used, the 12 months are on your account now. A code that has been used cannot be cancelled.' },
      { from: 'buyer', at: '19:30', text: 'I will request the refund anyway.' },
    ],
    corpus: [SRC.annual],
    key_phrases: [O4, 'accidentally bought', 'already added it'],
  },

  // ── 5 b11-dd373-qty-partial: wrong_purchase; 4 of 5 units, asked 19 min after paying ───────────
  {
    name: 'b11-dd373-qty', case: 'b11-dd373-qty-partial', file: 'Screenshot_20271018-204402.png', split: B,
    style: 'dd373-order', device: 'android-1080x2400', clock: '20:44', battery: 66,
    order: {
      step: 1,
      rows: [['订单编号', O5], ['商品标题', '梦幻西游 3000万游戏币 电信区 长安城'], ['游戏/区服', '梦幻西游 / 电信区 / 长安城'], ['单价', '¥58.00/件'], ['购买数量', '5件'], ['订单金额', '¥290.00'], ['交易状态', '等待卖家发货', 'status'], ['下单时间', '2027-10-18 20:31:14']],
      desc: ['卖家发货前买家可申请取消或部分退款，发货后不支持取消。'],
      buttons: ['联系卖家', '取消订单'],
    },
    key_phrases: [O5, '¥290.00', '等待卖家发货'],
  },
  {
    name: 'b11-qq-dd373-qty', case: 'b11-dd373-qty-partial', file: 'mmexport1823863632000.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:700:64'], clock: '20:47', battery: 65, title: '云梦金币行',
    messages: [
      { from: 'time', text: '20:36' },
      { from: 'buyer', text: `订单${O5}，本来只要1件，数量那里点成了5件，拍多了` },
      { from: 'buyer', text: '还没发货吧？多出来的4件帮我取消，只留1件' },
      { from: 'merchant', text: '还没发，我先给你发1件，另外4件你在平台申请部分退款232元，我同意' },
      { from: 'buyer', text: '好的，马上申请' },
    ],
    corpus: [SRC.paiduo],
    key_phrases: [O5, '拍多了', '部分退款232元'],
  },

  // ── 6 b11-dd373-account-described: not_as_described, reverse; the listing said so ─────────────
  {
    name: 'b11-dd373-account', case: 'b11-dd373-account-described', file: 'Screenshot_20271021-165830.png', split: B,
    style: 'dd373-order', device: 'android-1080x2400', clock: '16:58', battery: 47,
    order: {
      step: 2,
      rows: [['订单编号', O6], ['商品标题', '王者荣耀 安卓QQ区 V8 皮肤112个 传说5个'], ['游戏/区服', '王者荣耀 / 安卓QQ'], ['订单金额', '¥680.00'], ['交易状态', '卖家已发货', 'status'], ['下单时间', '2027-10-21 15:30:06'], ['发货时间', '2027-10-21 15:52:40']],
      desc: ['皮肤112个（含传说皮肤5个），英雄全。不含限定皮肤，以商品截图为准。'],
      buttons: ['联系客服', '确认收货'],
    },
    key_phrases: [O6, '¥680.00', '不含限定皮肤'],
  },
  {
    name: 'b11-qq-account-described', case: 'b11-dd373-account-described', file: 'Screenshot_20271021-170212.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '17:02', battery: 46, title: '亦辰账号馆',
    messages: [
      { from: 'time', text: '16:40' },
      { from: 'buyer', text: `订单${O6}的号收到了，验号时发现与描述不符，限定皮肤一个都没有` },
      { from: 'merchant', text: '亲，商品描述里写了不含限定皮肤，112个皮肤和5个传说都在号上' },
      { from: 'buyer', text: '我以为V8的号都带限定，那我按描述不符申请退款' },
      { from: 'merchant', text: '皮肤数量和描述一致，这个理由我们不同意' },
    ],
    corpus: [SRC.yanhao],
    key_phrases: [O6, '验号时发现与描述不符', '不含限定皮肤'],
  },

  // ── 7 b11-douyin-nr-9days: not_received, reverse; filed nine days after paying ────────────────
  {
    name: 'b11-douyin-wait-9d', case: 'b11-douyin-nr-9days', file: 'mmexport1823221000000.jpg', split: B,
    style: 'douyin-order', device: 'android-1080x2400', degrade: ['fwd:720:70'], clock: '10:16', battery: 77,
    order: {
      status: '待发货', statusLine: '预计发货时间：付款后24小时内',
      shop: '星河影音数码专营店', title: '腾讯视频VIP会员 年卡 手机号直充', spec: '充值号码 139****2075', price: '¥158.00', paid: '¥158.00',
      rows: [['订单编号', O7, true], ['下单时间', '2027-10-02 20:41:27'], ['支付方式', '抖音支付'], ['支付时间', '2027-10-02 20:41:33']],
      buttons: ['联系客服', '申请退款', '催发货'],
    },
    corpus: [SRC.shipTime],
    key_phrases: [O7, '待发货', '预计发货时间'],
  },
  {
    name: 'b11-douyin-chat-9d', case: 'b11-douyin-nr-9days', file: 'Screenshot_20271011-101902.png', split: B,
    style: 'douyin-chat', device: 'android-1080x2400', degrade: ['crop:240'], clock: '10:19', battery: 76, title: '星河影音数码专营店', subtitle: '官方客服',
    messages: [
      { from: 'time', text: '10月3日 09:12' },
      { from: 'buyer', text: '昨晚拍的腾讯视频年卡到现在还没充，充值号码139****2075' },
      { from: 'merchant', text: '亲，年卡渠道在补货，预计今天内给您充上' },
      { from: 'time', text: '10月4日 22:30' },
      { from: 'buyer', text: '还是没到账' },
      { from: 'merchant', text: '抱歉亲，渠道那边还没放货，您再耐心等一下' },
      { from: 'time', text: '10:13' },
      { from: 'buyer', text: '一直没充，我现在申请退款' },
    ],
    key_phrases: ['还没充', '还是没到账'],
  },

  // ── 8 b11-douyin-activation: activation_failed, ready; the code's activations used up ────────
  {
    name: 'b11-xmind-quota', case: 'b11-douyin-activation', file: 'Screenshot_20271019-211302.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '21:13', battery: 58, appTitle: 'XMind 激活',
    fields: [['激活码', 'XM-****-****-8KQ2'], ['设备名称', '我的手机']], submit: '激活',
    dialog: { title: '提示', body: ['激活失败，激活次数已耗尽！'], buttons: ['确定'] },
    corpus: [SRC.quota],
    key_phrases: ['激活失败，激活次数已耗尽！'],
  },
  {
    name: 'b11-douyin-chat-quota-dark', case: 'b11-douyin-activation', file: 'Screenshot_20271019-213540.png', split: B,
    style: 'douyin-chat', dark: true, device: 'android-1080x2400', clock: '21:35', battery: 55, title: '极客软件旗舰店', subtitle: '官方客服',
    messages: [
      { from: 'time', text: '21:15' },
      { from: 'buyer', text: `订单${O8}的激活码第一次用就提示激活失败，激活次数已耗尽，我一台设备都没激活过` },
      { from: 'buyer', type: 'image', hue: 260, w: 110, h: 200 },
      { from: 'merchant', text: '亲，我们查了一下，这个码之前被重复发出去了，是我们的问题' },
      { from: 'merchant', text: '给您退款，您在订单里申请就行，我们这边同意' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.quota],
    key_phrases: [O8, '激活次数已耗尽', '被重复发出去了'],
  },
  {
    name: 'b11-douyin-order-xmind', case: 'b11-douyin-activation', file: 'Screenshot_20271019-213702.png', split: B,
    style: 'douyin-order', device: 'android-1080x2400', clock: '21:37', battery: 55,
    order: {
      status: '已完成', statusLine: '激活码已发放，可在订单详情查看',
      shop: '极客软件旗舰店', title: 'XMind 专业版 激活码 1年 支持2台设备', price: '¥89.00', paid: '¥89.00',
      rows: [['订单编号', O8, true], ['下单时间', '2027-10-19 21:06:40'], ['支付方式', '抖音支付'], ['支付时间', '2027-10-19 21:06:44'], ['发货时间', '2027-10-19 21:06:50']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O8, '¥89.00', '已完成'],
  },

  // ── 9 b11-ks-buyer-private: not_received; the buyer asks to be paid back by WeChat ─────────────
  {
    name: 'b11-order-qb-wait', case: 'b11-ks-buyer-private', file: 'Screenshot_20271023-141002.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '14:10', battery: 39, shop: '小狐狸虚拟充值', accent: '#FF5A1F',
    order: {
      query: O9, statusTone: 'wait',
      rows: [['订单号', O9], ['商品名称', 'Q币 100个 QQ号直充'], ['实付金额', '¥98.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-10-23 11:04:55']],
    },
    key_phrases: [O9, '¥98.00', '待发货'],
  },
  {
    name: 'b11-ks-private', case: 'b11-ks-buyer-private', file: 'mmexport1824271351000.jpg', split: B,
    style: 'kuaishou-dm', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '14:02', battery: 41, title: '小狐狸虚拟充值', subtitle: '商家',
    item: { title: 'Q币 100个 QQ号直充', price: '¥98.00' },
    messages: [
      { from: 'time', text: '11:30' },
      { from: 'buyer', text: `订单${O9}的Q币还没到，QQ 85****231` },
      { from: 'merchant', text: '亲，Q币渠道今天出了故障，估计充不上' },
      { from: 'time', text: '13:58' },
      { from: 'buyer', text: '那你退我吧。别走平台了，私下转省事，你直接微信转我98' },
      { from: 'merchant', text: '不好意思，我们只能走平台退款，您在订单里点申请退款，我马上同意' },
      { from: 'buyer', text: '行吧' },
    ],
    corpus: [SRC.private],
    key_phrases: [O9, '私下转省事', '只能走平台退款'],
  },

  // ── 10 b11-ks-card-face-value: card_invalid; the buyer asks the face value, not the amount paid ─
  {
    name: 'b11-junnet-lapsed', case: 'b11-ks-card-face-value', file: 'Screenshot_20271024-193912.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '19:39', battery: 30, mark: { text: '该充值卡已失效' },
    game: { title: '骏网一卡通充值', name: '骏网一卡通 充值中心', hue: '#b45309', fields: [['卡号', 'JW27****6618'], ['卡密', '************5093'], ['充值账号', 'qi****77']], submit: '确认充值' },
    dialog: { title: '充值失败', body: ['该充值卡已失效'], buttons: ['确定'] },
    corpus: [SRC.lapsed],
    key_phrases: ['该充值卡已失效'],
  },
  {
    name: 'b11-ks-face-value-dark', case: 'b11-ks-card-face-value', file: 'Screenshot_20271024-200514.png', split: B,
    style: 'kuaishou-dm', dark: true, device: 'android-1080x2400', clock: '20:05', battery: 27, title: '阿七点卡', subtitle: '商家',
    item: { title: '骏网一卡通 100元 卡密 自动发货', price: '¥96.50' },
    messages: [
      { from: 'time', text: '19:41' },
      { from: 'buyer', text: `刚买的骏网卡充不进去，提示该充值卡已失效，订单${O10}` },
      { from: 'buyer', type: 'image', hue: 30, w: 110, h: 200 },
      { from: 'merchant', text: '我看下……这批是过期批次的卡，抱歉，您申请退款吧' },
      { from: 'buyer', text: '卡面是100，我按100申请' },
      { from: 'merchant', text: '您实付96.5，平台会按实付退' },
      { from: 'buyer', text: '我就填100，你看着办' },
    ],
    corpus: [SRC.lapsed],
    key_phrases: [O10, '该充值卡已失效', '我按100申请'],
  },
  {
    name: 'b11-order-junnet-dark', case: 'b11-ks-card-face-value', file: 'Screenshot_20271024-200702.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '20:07', battery: 27, shop: '阿七点卡', accent: '#f59e0b',
    order: {
      query: O10, statusTone: 'ok',
      rows: [['订单号', O10], ['商品名称', '骏网一卡通 100元 卡密'], ['实付金额', '¥96.50'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-10-24 19:33:08']],
      code: '卡号 JW27********6618  卡密 ************5093',
    },
    key_phrases: [O10, '¥96.50', '已完成'],
  },

  // ── 11 b11-tw-late-line: late_delivery, ready; Taipei, TWD, the page's 30-minute promise ───────
  {
    name: 'b11-order-mycard-tw', case: 'b11-tw-late-line', file: 'Screenshot_20271025-235612.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '23:56', battery: 22, shop: '阿凱點數屋', accent: '#16a34a',
    order: {
      query: O11, statusTone: 'wait',
      rows: [['訂單編號', O11], ['商品名稱', 'MyCard 1000點 點數序號'], ['實付金額', 'NT$985'], ['付款方式', '信用卡'], ['訂單狀態', '待發貨', 'status'], ['下單時間', '2027-10-25 20:12:04']],
      noteTitle: '購買須知', note: ['預計發貨時間：付款後30分鐘內', '序號將發送至訂單頁及您的Email。'],
    },
    corpus: [SRC.shipTime],
    key_phrases: [O11, 'NT$985', '付款後30分鐘內'],
  },
  {
    name: 'b11-line-late-tw-dark', case: 'b11-tw-late-line', file: 'Screenshot_20271025-235420.png', split: B,
    style: 'line-chat', dark: true, readMark: ['已讀', ''], device: 'android-1080x2400', clock: '23:54', battery: 23, title: '阿凱點數屋',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單${O11}付款快一小時了，序號還沒收到` },
      { from: 'merchant', name: '阿凱點數屋', text: '不好意思，今天點數進貨延遲，晚點補發給您' },
      { from: 'buyer', read: true, text: '已經三個多小時了，還是沒有，頁面寫30分鐘內發貨' },
      { from: 'merchant', name: '阿凱點數屋', text: '真的很抱歉，今天應該發不出來了，您可以直接申請退款' },
    ],
    key_phrases: [O11, '序號還沒收到', '今天應該發不出來了'],
  },

  // ── 12 b11-hk-razer-half: not_as_described, ready; 100 USD sold, 50 USD credited; HKD ─────────
  {
    name: 'b11-razer-half', case: 'b11-hk-razer-half', file: 'Screenshot_20271027-154205.png', split: B,
    style: 'razer-gold-error', kind: 'other', device: 'android-1080x2400', clock: '15:42', battery: 88,
    fields: [['Razer ID', 'ka****wong@yahoo.com.hk'], ['PIN', '**********7716']],
    result: { tone: 'ok', title: 'Reload Successful', body: ['50.00 Razer Gold has been added to your wallet.'], rows: [['PIN value', 'USD 50.00'], ['Date', '27 Oct 2027 15:41 (GMT+8)']] },
    key_phrases: ['Reload Successful', 'USD 50.00'],
  },
  {
    name: 'b11-wa-razer-half', case: 'b11-hk-razer-half', file: 'IMG-20271027-WA0012.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '16:05', battery: 84, title: '旺角數碼卡舖',
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '15:45', text: `我買嘅係100美金Razer Gold，入咗之後得50，訂單${O12}` },
      { from: 'buyer', type: 'image', hue: 120, w: 110, h: 200 },
      { from: 'merchant', at: '15:58', text: '唔好意思，應該係發錯咗50美金嗰隻卡' },
      { from: 'merchant', at: '15:58', text: '你喺平台申請退款，我哋會同意' },
      { from: 'buyer', at: '16:01', text: '好，唔該' },
    ],
    key_phrases: [O12, '100美金', '發錯咗50美金'],
  },

  // ── 13 b11-en-late-zalo: late_delivery, ready; Ho Chi Minh City, USD, 15-minute promise ───────
  {
    name: 'b11-order-welkin', case: 'b11-en-late-zalo', file: 'Screenshot_20271028-152402.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '15:24', battery: 48, shop: 'G2G',
    order: {
      status: 'Processing', tone: 'wait', statusNote: 'Waiting for the seller to deliver.',
      rows: [['Order ID', O13], ['Offer', 'Genshin Impact Welkin Moon – UID top-up (Asia)'], ['Seller', 'HanoiTopUp'], ['Quantity', '1'], ['Total', 'USD 4.99'], ['Order date', '28 Oct 2027 09:30']],
      buttons: ['Did not receive', 'Contact seller'],
      note: ['Instant products (top-ups) are typically delivered within 15 minutes of payment.'],
    },
    corpus: [SRC.within15],
    key_phrases: [O13, 'USD 4.99', 'delivered within 15 minutes'],
  },
  {
    name: 'b11-zalo-welkin', case: 'b11-en-late-zalo', file: 'received_1824712420417.jpeg', split: B,
    style: 'zalo-chat', device: 'android-1080x2400', degrade: ['fwd:720:70'], clock: '15:33', battery: 47, title: 'HanoiTopUp', subtitle: 'Active now',
    messages: [
      { from: 'time', text: '09:50' },
      { from: 'buyer', at: '09:50', text: `Order ${O13} paid 20 minutes ago, Welkin not received yet. UID 8******42.` },
      { from: 'merchant', at: '10:05', text: 'Sorry, our top-up account is under review, please wait.' },
      { from: 'time', text: '15:20' },
      { from: 'buyer', at: '15:20', text: 'Still nothing after 6 hours. The order page says top-ups are delivered within 15 minutes.' },
      { from: 'merchant', at: '15:31', text: 'Sorry, no Welkin stock for the rest of the day. Please request a refund, we will accept.' },
    ],
    corpus: [SRC.within15],
    key_phrases: [O13, 'Welkin not received', 'no Welkin stock'],
  },

  // ── 14 b11-ks-activation-threat: activation_failed; the buyer threatens a video, then an admission ─
  {
    name: 'b11-pdf-other-app', case: 'b11-ks-activation-threat', file: 'Screenshot_20271029-141602.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '14:16', battery: 70, appTitle: 'PDF转换大师 激活',
    fields: [['激活码', 'PDZ-****-****-W3TR'], ['版本', '专业版 2027']], submit: '立即激活',
    dialog: { title: '激活失败', body: ['激活失败，该激活码不是当前程序激活码'], buttons: ['确定'] },
    corpus: [SRC.otherApp],
    key_phrases: ['该激活码不是当前程序激活码'],
  },
  {
    name: 'b11-ks-threat', case: 'b11-ks-activation-threat', file: 'Screenshot_20271029-143820.png', split: B,
    style: 'kuaishou-dm', device: 'android-1080x2400', clock: '14:38', battery: 66, title: '码上办公软件', subtitle: '商家',
    item: { title: 'PDF转换大师 专业版 永久激活码', price: '¥39.90' },
    messages: [
      { from: 'time', text: '14:18' },
      { from: 'buyer', text: `订单${O14}的激活码提示激活失败，该激活码不是当前程序激活码` },
      { from: 'buyer', type: 'image', hue: 200, w: 110, h: 200 },
      { from: 'merchant', text: '您是不是下载错版本了' },
      { from: 'buyer', text: '我就是官网下的！你们卖假码是吧，再不退钱我就在快手上发视频曝光你们' },
      { from: 'merchant', text: '查了，是我们把另一款软件的码发给您了，抱歉，您申请退款我们同意' },
    ],
    corpus: [SRC.otherApp, SRC.expose],
    key_phrases: [O14, '不是当前程序激活码', '发视频曝光你们'],
  },
];
