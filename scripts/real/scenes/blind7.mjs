// The seventh blind end-to-end set (fixtures/blind7/): 14 cases written by a helper (branch h16c),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind7'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. Four new app styles: `signal` (Signal, Android), `wecom`
// (企业微信), `gmail` (the Gmail app showing one e-mail) and `taobao-refund` (淘宝 退款详情);
// system overlays from lib/overlay.mjs: a notification banner (`notify`) and the keyboard
// (`keyboard`, `draft`).
// Render with `node scripts/real/render.mjs --set blind7` (into fixtures/real-blind7/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind7` copies the images into fixtures/blind7/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind7';

// order numbers (see each case's order.json)
const O1 = 'D2706031942158836'; // letter prefix + 16 digits
const O2 = '3948271650382274519'; // Taobao: 19 digits
const R2 = '168042957730451'; // Taobao 退款编号 beside it: 15 digits
const O3 = '27060714253390'; // 14 digits: this case's order
const O3B = '27060618021147'; // the buyer's other order of the day before
const O4 = 'M7Q2XK9D4TWB8N3R'; // dujiaoka order_sn
const O5 = '20270609203517624480'; // 20 digits
const O6 = 'TW27061019283345'; // letter prefix + 14 digits
const O7 = '66027061121405'; // 14 digits
const O8 = '1027060918204417'; // 16 digits
const O9 = 'VX9K2M7Q4TBD'; // 12 upper-case letters and digits
const O10 = '88270613110952'; // 14 digits
const O11 = '5527061420154833'; // 16 digits
const O12 = 'NX-2706151130'; // letter prefix, hyphen, 10 digits
const O13 = '270616094511207'; // 15 digits
const O14 = 'KY27061719052284'; // two letters + 14 digits

const SRC = {
  lapsed: 'a card-check function\'s message \'该卡密已失效\' (public GitHub JavaScript file, find_string id 2560477019)',
  taobaoReason: 'a refund-reason enum DO_NOT_WANT: \'拍错/多拍/不想要\' (public GitHub file, find_string id 66712474668; the same label in id 55734102453)',
  frozen: 'a recharge intent\'s reply `该卡已被冻结，请联系客服了解详情。` (public GitHub JavaScript file, find_string id 65808376294)',
  wxPrivate: 'a sales-chat test case "我直接微信转你个人可以吗" (public GitHub Python file, find_string id 52617678323), adapted into the shop\'s offer "我直接微信转你个人"',
  bound: 'a licence check\'s message "该激活码已绑定其他设备，请先在原设备解绑，或联系管理员" (public GitHub Python file, find_string id 51781299068)',
  lawyer: 'a support-bot test constant LEGAL_THREAT = "再不解决我就投诉到12315并找律师" (public GitHub Python file, find_string id 68409398058)',
  twTopup: 'a Taiwan game-store FAQ answer "儲值完成後通常在 5 分鐘內到帳。若超過 30 分鐘仍未到帳，請保留儲值證明並聯繫客服。" (public GitHub TypeScript file, find_string id 52587390044)',
  region: 'a cart item\'s label "This product is not available in your region" (public GitHub TSX file, find_string id 272682409)',
  gcDeact: 'a gift-card redeem error "This gift card has been deactivated." (public GitHub PHP test, find_string id 24897013859; also id 56831747385)',
  keyDevice: 'a licence check\'s completion message "This license key has already been activated on another device" (public GitHub Objective-C file, find_string id 41696752409)',
  wrongId: 'a top-up store\'s notice "Wrong Player ID: If you provided an incorrect Player ID/UID and the top-up was sent to that account, we cannot reverse it." (public GitHub TSX file, find_string id 25554917037)',
  sentTo: 'a top-up store\'s order page "Nothing to enter. The top-up was sent to {phone} and usually shows within a few minutes." (public GitHub file, find_string id 71290470029), adapted to a Player ID',
  twoHours: 'a shop\'s policy text "Refund requests should be made within 2 hours of delivery." (public GitHub file, find_string id 60435212780)',
  geo: 'Windows activation message table L_MsgError_C004C017 "The activation server determined the specified product key has been blocked for this geographic location." (public GitHub C# file, find_string id 59701867793)',
  final: 'a rewards FAQ "Redemption is final — coins cannot be refunded once a reward is claimed." (public GitHub file, find_string id 61725542862), adapted into "Redemption is final — codes cannot be refunded once revealed."',
};

export default [
  // ── 1 b7-card-wecom-banner: card_invalid, ready; a WeChat banner over the WeCom chat ───────
  {
    name: 'b7-jcard-lapsed', case: 'b7-card-wecom-banner', file: 'Screenshot_20270603-195812.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '19:58', battery: 62,
    game: { title: '骏网一卡通充值', name: '骏网一卡通 J点充值', hue: '#1f6fd1', fields: [['卡号', 'JW27****0315'], ['卡密', '****-****-****-6612'], ['充值账号', 'lin****88']], submit: '立即充值' },
    dialog: { title: '充值失败', body: ['该卡密已失效'], buttons: ['确定'] },
    corpus: [SRC.lapsed],
    key_phrases: ['该卡密已失效'],
  },
  {
    name: 'b7-wecom-banner', case: 'b7-card-wecom-banner', file: 'Screenshot_20270603-203114.png', split: B,
    style: 'wecom', device: 'android-1080x2400', clock: '20:31', battery: 58, title: '小林', corp: '蓝鲸点卡',
    notify: { app: '微信', title: '王磊', text: '今晚还开黑吗？八点半上号', when: '现在', icon: ['微', '#07C160'] },
    messages: [
      { from: 'time', text: '20:01' },
      { from: 'buyer', read: true, text: `你好，订单${O1}的骏网卡充不进去，提示“该卡密已失效”` },
      { from: 'buyer', type: 'image', hue: 215, w: 110, h: 200 },
      { from: 'merchant', text: '收到，我这边查一下上游' },
      { from: 'time', text: '20:26' },
      { from: 'merchant', text: '查过了，这张卡在上游系统里已经失效，是我们这批货的问题。您在平台点申请售后，选卡密无效，我们同意退款' },
      { from: 'buyer', read: false, text: '好的，我现在去申请' },
    ],
    corpus: [SRC.lapsed],
    key_phrases: [O1, '该卡密已失效', '我们同意退款'],
  },
  {
    name: 'b7-jcard-order', case: 'b7-card-wecom-banner', file: 'Screenshot_20270603-203340.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '20:33', battery: 58, shop: '蓝鲸点卡', accent: '#1f6fd1',
    order: {
      query: O1, statusTone: 'ok',
      rows: [['订单号', O1], ['商品名称', '骏网一卡通 100元 卡密'], ['实付金额', '¥96.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-03 19:42:15']],
      code: '卡号 JW27********0315  密码 ************6612',
    },
    key_phrases: [O1, '¥96.00', '已完成'],
  },

  // ── 2 b7-wrong-taobao-refund: wrong_purchase, ready; a 退款详情 page beside the chat ─────────
  {
    name: 'b7-taobao-wrong-zone', case: 'b7-wrong-taobao-refund', file: 'Screenshot_2027-06-05-12-19-07-331_com.taobao.taobao.png', split: B,
    style: 'taobao-chat', device: 'android-1080x2400', clock: '12:19', battery: 81, title: '峡谷游戏充值店', banner: '人工直充 · 排单充值',
    messages: [
      { from: 'system', type: 'card', card: { title: '王者荣耀 1000点券 安卓QQ区 人工直充', price: '¥96.00', order: `订单号: ${O2}` } },
      { from: 'time', text: '12:14' },
      { from: 'buyer', text: '拍错了，我是苹果微信区的，这单还没充吧？麻烦先别充' },
      { from: 'merchant', text: '亲，还没给您充，直充是人工排单的' },
      { from: 'buyer', text: '那我申请退款了，原因选拍错/多拍/不想要' },
      { from: 'merchant', text: '好的，您申请，我这边同意' },
    ],
    corpus: [SRC.taobaoReason],
    key_phrases: [O2, '这单还没充吧', '我这边同意'],
  },
  {
    name: 'b7-taobao-refund-page', case: 'b7-wrong-taobao-refund', file: 'Screenshot_2027-06-05-12-21-44-902_com.taobao.taobao.png', split: B,
    style: 'taobao-refund', device: 'android-1080x2400', clock: '12:21', battery: 80,
    refund: {
      status: '请等待商家处理', countdown: '还剩 1天23时56分',
      tips: ['商家同意后，退款将原路退回您的付款账户', '商家拒绝后，您可以修改退款申请后再次发起', '逾期未处理，系统将自动退款'],
      product: '王者荣耀 1000点券 安卓QQ区 人工直充', spec: '安卓QQ区 | 1000点券',
      rows: [['退款原因', '拍错/多拍/不想要'], ['退款金额', '¥96.00'], ['申请件数', '1'], ['申请时间', '2027-06-05 12:18:40'], ['退款编号', R2], ['订单编号', O2]],
    },
    corpus: [SRC.taobaoReason],
    key_phrases: [O2, R2, '拍错/多拍/不想要', '¥96.00'],
  },

  // ── 3 b7-card-second-order: card_invalid; the chat and the capture are about another order ──
  {
    name: 'b7-perfect-frozen', case: 'b7-card-second-order', file: 'Screenshot_20270607-143816.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '14:38', battery: 47,
    game: { title: '完美一卡通充值', name: '完美世界 一卡通充值', hue: '#c2410c', fields: [['卡号', 'WM2706****1147'], ['密码', '**********5820'], ['通行证', 'xing****07']], submit: '确认充值' },
    toast: '该卡已被冻结，请联系客服了解详情。',
    corpus: [SRC.frozen],
    key_phrases: ['该卡已被冻结，请联系客服了解详情。'],
  },
  {
    name: 'b7-wechat-other-order', case: 'b7-card-second-order', file: 'mmexport1812352841208.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:720:68', 'fwd:600:55'], clock: '15:02', battery: 44, title: '星河卡铺',
    messages: [
      { from: 'time', text: '14:40' },
      { from: 'buyer', text: `你好，我昨天在你家买的那张完美卡，订单${O3B}，刚充值提示“该卡已被冻结，请联系客服了解详情。”` },
      { from: 'buyer', type: 'image', hue: 20, w: 110, h: 200 },
      { from: 'merchant', text: '您好，昨天那单我查一下' },
      { from: 'merchant', text: '这张卡出库时是正常的，冻结要问完美官方客服，您先联系一下官方' },
      { from: 'buyer', text: '今天又拍了一张还没试，先把昨天这张处理了' },
    ],
    corpus: [SRC.frozen],
    key_phrases: [O3B, '该卡已被冻结', '昨天那单我查一下'],
  },
  {
    name: 'b7-perfect-order-today', case: 'b7-card-second-order', file: 'Screenshot_20270607-150512.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:05', battery: 43, shop: '星河卡铺', accent: '#c2410c',
    order: {
      query: O3, statusTone: 'ok',
      rows: [['订单号', O3], ['商品名称', '完美世界 一卡通 100元 卡密'], ['实付金额', '¥98.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-07 14:25:33']],
      code: '卡号 WM2706****3390  密码 **********7741',
    },
    key_phrases: [O3, '¥98.00', '已完成'],
  },

  // ── 4 b7-nr-private-wecom-dark: not_received; the shop offers to pay back by WeChat ───────
  {
    name: 'b7-wecom-dark-private', case: 'b7-nr-private-wecom-dark', file: 'mmexport1812437580361.jpg', split: B,
    style: 'wecom', dark: true, device: 'android-1080x2400', degrade: ['fwd:640:58'], clock: '13:12', battery: 39, title: '阿杰', corp: '极光会员代充',
    messages: [
      { from: 'time', text: '09:20' },
      { from: 'buyer', read: true, text: `订单${O4}付款了，腾讯视频会员一直没到账` },
      { from: 'merchant', text: '亲，今天渠道在维护，稍等' },
      { from: 'time', text: '13:05' },
      { from: 'buyer', read: true, text: '都快四个小时了还没到，充不了就退款吧' },
      { from: 'merchant', text: '走平台退款得等好几天审核，你把平台那边的申请撤了，我直接微信转你个人，马上到' },
      { from: 'buyer', read: false, text: '不用了，我还是走平台退款' },
    ],
    corpus: [SRC.wxPrivate],
    key_phrases: [O4, '我直接微信转你个人', '我还是走平台退款'],
  },
  {
    name: 'b7-vip-order-dark', case: 'b7-nr-private-wecom-dark', file: 'Screenshot_20270608-131530.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '13:15', battery: 38, shop: '极光会员代充', accent: '#ff6a00',
    order: {
      query: O4, statusTone: 'wait',
      rows: [['订单号', O4], ['商品名称', '腾讯视频 VIP会员 季卡 直充'], ['充值账号', '139****5526'], ['实付金额', '¥58.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-06-08 09:15:20']],
    },
    key_phrases: [O4, '¥58.00', '待发货'],
  },

  // ── 5 b7-activation-threat-qq: activation_failed; the buyer threatens ────────────────────────
  {
    name: 'b7-pdf-bound', case: 'b7-activation-threat-qq', file: 'Screenshot_20270609-204105.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:41', battery: 55, appTitle: 'PDF转换大师',
    fields: [['激活码', 'PDFV-****-****-8K2M'], ['当前设备', 'Redmi K70']], submit: '立即激活',
    dialog: { title: '激活失败', body: ['该激活码已绑定其他设备，请先在原设备解绑，或联系管理员'], buttons: ['确定'] },
    corpus: [SRC.bound],
    key_phrases: ['该激活码已绑定其他设备'],
  },
  {
    name: 'b7-qq-threat', case: 'b7-activation-threat-qq', file: 'mmexport1812547213114.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '21:06', battery: 52, title: '速达软件',
    messages: [
      { from: 'time', text: '20:43' },
      { from: 'buyer', text: `订单${O5}的激活码提示“该激活码已绑定其他设备，请先在原设备解绑，或联系管理员”，我是第一次用` },
      { from: 'merchant', name: '速达软件', text: '亲，这个码是新的，您之前有没有在其他手机上用过这个码' },
      { from: 'buyer', text: '没有！就这一台手机。再不解决我就投诉到12315并找律师' },
      { from: 'merchant', name: '速达软件', text: '您别急，查到了，这个码确实被别人绑过，是我们的问题，您申请退款我同意' },
    ],
    corpus: [SRC.bound, SRC.lawyer],
    key_phrases: [O5, '该激活码已绑定其他设备', '再不解决我就投诉到12315并找律师'],
  },
  {
    name: 'b7-pdf-order', case: 'b7-activation-threat-qq', file: 'Screenshot_20270609-210830.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '21:08', battery: 51, shop: '速达软件', accent: '#0a84ff',
    order: {
      query: O5, statusTone: 'ok',
      rows: [['订单号', O5], ['商品名称', 'PDF转换大师 永久VIP 激活码'], ['实付金额', '¥39.00'], ['支付方式', 'QQ钱包'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-09 20:35:17']],
      code: '激活码 PDFV-****-****-8K2M',
    },
    key_phrases: [O5, '¥39.00', '已完成'],
  },

  // ── 6 b7-tw-late-line: late_delivery, ready; a Taiwan buyer, Traditional Chinese ─────────────
  {
    name: 'b7-gmail-tw-order', case: 'b7-tw-late-line', file: 'IMG_7715.PNG', split: B,
    style: 'gmail', lang: 'zh-Hant', kind: 'order', device: 'iphone-1170x2532', clock: '22:10', battery: 46,
    mail: {
      subject: '【小熊代儲】訂單成立通知', from: '小熊代儲', time: '晚上7:29', avatar: ['熊', '#B7791F'],
      body: ['您好，您的訂單已成立，我們會盡快為您儲值。'],
      rows: [['訂單編號', O6], ['商品', 'Garena 貝殼幣 1000點 代儲'], ['金額', 'NT$990'], ['付款時間', '2027/06/10 19:28'], ['儲值帳號', 'gar***2291']],
      after: ['儲值完成後通常在 5 分鐘內到帳。若超過 30 分鐘仍未到帳，請保留儲值證明並聯繫客服。', '小熊代儲 敬上'],
    },
    corpus: [SRC.twTopup],
    key_phrases: [O6, 'NT$990', '通常在 5 分鐘內到帳'],
  },
  {
    name: 'b7-line-tw-late', case: 'b7-tw-late-line', file: 'IMG_7716.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '22:18', battery: 45, title: '小熊代儲', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O6} 晚上七點半付款，到現在快三個小時了，貝殼幣還沒到帳` },
      { from: 'merchant', name: '小熊代儲', text: '不好意思，今天上游塞單，還在排隊' },
      { from: 'buyer', read: true, text: '信上寫通常5分鐘內到帳，已經超過很久了' },
      { from: 'merchant', name: '小熊代儲', text: '真的很抱歉，今晚應該儲不了，請您直接在平台申請退款，我們會同意' },
      { from: 'buyer', read: true, text: '好，那我申請退款' },
    ],
    corpus: [SRC.twTopup],
    key_phrases: [O6, '貝殼幣還沒到帳', '我們會同意'],
  },

  // ── 7 b7-hk-region-signal-dark: not_as_described, reverse; the listing named the region ─────
  {
    name: 'b7-steam-region', case: 'b7-hk-region-signal-dark', file: 'Snipaste_2027-06-11_21-52-30.png', split: B,
    style: 'steam-activate', device: 'desktop-1366x768', user: 'KWOKHEI', width: 600,
    heading: 'Product Activation', code: 'R7QX2-*****-9MKTP',
    lines: ['This product is not available in your region.', 'Please contact the retailer you purchased this product from.'],
    corpus: [SRC.region],
    key_phrases: ['This product is not available in your region.'],
  },
  {
    name: 'b7-signal-hk-dark', case: 'b7-hk-region-signal-dark', file: 'Screenshot_20270611-222016_Signal.png', split: B,
    style: 'signal', dark: true, device: 'android-1080x2400', clock: '22:20', battery: 33, title: '雲端遊戲Key', contactAvatar: ['雲', '#C9D7F2'], placeholder: 'Signal 訊息',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '21:55', text: `你好，訂單 ${O7} 嘅Key啟動唔到，Steam顯示 This product is not available in your region.` },
      { from: 'merchant', at: '22:03', text: '亲，商品标题写了锁国区，只能中国大陆地区账号激活，您的账号是什么地区？' },
      { from: 'buyer', at: '22:06', text: '我個帳號係香港區。咁即係貨不對辦，我要退款' },
      { from: 'merchant', at: '22:12', text: 'Key没有问题，也没有被激活过，标题和使用说明都写了仅限国区账号' },
      { from: 'buyer', at: '22:15', text: '我會用描述不符申請退款' },
    ],
    corpus: [SRC.region],
    key_phrases: [O7, '我個帳號係香港區', '仅限国区账号'],
  },
  {
    name: 'b7-steam-key-order', case: 'b7-hk-region-signal-dark', file: 'Screenshot_20270611-222240.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '22:22', battery: 33, shop: '云端游戏Key', accent: '#1b2838',
    order: {
      query: O7, statusTone: 'ok',
      rows: [['订单号', O7], ['商品名称', 'Steam《双人成行》激活码【锁国区】仅限中国大陆地区账号激活'], ['实付金额', '¥75.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-06-11 21:40:05']],
      code: 'CDKEY R7QX2-*****-9MKTP',
      noteTitle: '使用说明',
      note: ['本商品为国区Key，仅限中国大陆地区Steam账号激活，港澳台及海外账号无法激活，购买前请确认账号地区。'],
    },
    key_phrases: [O7, '¥75.00', '已完成', '港澳台及海外账号无法激活'],
  },

  // ── 8 b7-en-berlin-gmail: card_invalid, ready; a buyer in Berlin, the shop's reply by e-mail ──
  {
    name: 'b7-xbox-gc-deactivated', case: 'b7-en-berlin-gmail', file: 'Screenshot_20270609-205811.png', split: B,
    style: 'xbox-redeem', light: true, device: 'android-1080x2400', clock: '20:58', battery: 64, appTitle: 'Xbox',
    code: 'T9KQ4-*****-*****-*****-M2XWD',
    lines: ['This gift card has been deactivated.'],
    buttons: ['Try again', 'Cancel'],
    corpus: [SRC.gcDeact],
    key_phrases: ['This gift card has been deactivated.'],
  },
  {
    name: 'b7-gmail-berlin-reply', case: 'b7-en-berlin-gmail', file: 'Screenshot_20270610-093344.png', split: B,
    style: 'gmail', lang: 'en', device: 'android-1080x2400', clock: '09:33', battery: 88,
    mail: {
      subject: `Re: Order ${O8} – code not working`, from: 'NordKeys Support', time: '09:12', avatar: ['N', '#0B8043'],
      body: ['Hello Jonas,', 'thank you for your message and the screenshot. We checked the code with our supplier: it had been deactivated before it was delivered to you. This is our fault.', `Please open a refund request for order ${O8} on the marketplace and we will approve it.`, 'Kind regards,\nLena – NordKeys Support'],
      quoteHead: 'On Wed, 9 Jun 2027 at 21:05, Jonas Weber wrote:',
      quote: ['Hi, the Xbox code from this order (delivered 18:21 today) says "This gift card has been deactivated." when I redeem it. Screenshot attached.'],
    },
    corpus: [SRC.gcDeact],
    key_phrases: [O8, 'This gift card has been deactivated.', 'we will approve it'],
  },
  {
    name: 'b7-en-order-berlin', case: 'b7-en-berlin-gmail', file: 'Screenshot 2027-06-10 094012.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'NordKeys',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Delivered 9 Jun 2027, 18:21 CEST. Your code is shown below.',
      rows: [['Order ID', O8], ['Offer', 'Xbox Gift Card 25 EUR (DE) – Digital Code'], ['Seller', 'NordKeys'], ['Quantity', '1'], ['Total', 'EUR 23.40'], ['Order date', '9 Jun 2027, 18:20 CEST']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O8, 'EUR 23.40'],
  },

  // ── 9 b7-en-activation-keyboard: activation_failed, ready; the keyboard is open ──────────────
  {
    name: 'b7-vpn-key-device', case: 'b7-en-activation-keyboard', file: 'Screenshot_20270612-102655.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '10:26', battery: 77, appTitle: 'ShieldLink VPN',
    fields: [['License key', 'SLK-****-****-Q7TD'], ['Account', 'r****@proton.me']], submit: 'Activate',
    dialog: { title: 'Activation failed', body: ['This license key has already been activated on another device'], buttons: ['OK'] },
    corpus: [SRC.keyDevice],
    key_phrases: ['This license key has already been activated on another device'],
  },
  {
    name: 'b7-signal-keyboard', case: 'b7-en-activation-keyboard', file: 'Screenshot_20270612-110412_Signal.png', split: B,
    style: 'signal', device: 'android-1080x2400', clock: '11:04', battery: 71, title: 'KeyHarbor', contactAvatar: ['KH', '#D7E6FA'],
    keyboard: 'en', draft: 'Ok, opening the refund request n',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '10:31', text: `Hi, I bought the ShieldLink VPN Premium lifetime key, order ${O9}. The app says "This license key has already been activated on another device".` },
      { from: 'merchant', at: '11:02', text: 'Checked with the supplier: that key had been sold before. My mistake. File a refund request for it and I will say yes.' },
    ],
    corpus: [SRC.keyDevice],
    key_phrases: [O9, 'This license key has already been activated on another device', 'I will say yes.'],
  },
  {
    name: 'b7-en-order-vpn', case: 'b7-en-activation-keyboard', file: 'Screenshot_20270612-110930.jpg', split: B,
    style: 'g2g-order', device: 'android-1080x2400', degrade: ['fwd:600:55'], clock: '11:09', battery: 70, shop: 'KeyHarbor',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'Key delivered on 12 Jun 2027 10:14.',
      rows: [['Order ID', O9], ['Offer', 'ShieldLink VPN Premium – Lifetime License Key (1 device)'], ['Seller', 'KeyHarbor'], ['Quantity', '1'], ['Total', 'USD 24.90'], ['Order date', '12 Jun 2027 10:14']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O9, 'USD 24.90'],
  },

  // ── 10 b7-en-nr-wrong-account: not_received, reverse; the buyer typed another Player ID ─────
  {
    name: 'b7-en-order-topup-id', case: 'b7-en-nr-wrong-account', file: 'Screenshot_20270613-114402.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '11:44', battery: 59, shop: 'TopUpLane',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Nothing to enter. The top-up was sent to Player ID 51234476 and usually shows within a few minutes.',
      rows: [['Order ID', O10], ['Offer', 'Free Fire 1060 Diamonds – Top Up by Player ID'], ['Player ID', '51234476'], ['Seller', 'TopUpLane'], ['Total', 'USD 9.99'], ['Order date', '13 Jun 2027 11:09']],
      buttons: ['Contact seller'],
    },
    corpus: [SRC.sentTo],
    key_phrases: [O10, 'USD 9.99', 'Player ID 51234476'],
  },
  {
    name: 'b7-whatsapp-wrong-id', case: 'b7-en-nr-wrong-account', file: 'IMG-20270613-WA0011.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:600:55'], clock: '12:05', battery: 57, title: 'TopUpLane', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '11:40', text: `Hi, order ${O10}, I didn't get the diamonds. My ID is 51233476.` },
      { from: 'merchant', at: '11:52', text: 'The order was placed for Player ID 51234476 and the top-up went through to that ID at 11:10.' },
      { from: 'merchant', at: '11:52', text: 'Wrong Player ID: If you provided an incorrect Player ID/UID and the top-up was sent to that account, we cannot reverse it.' },
      { from: 'buyer', at: '12:03', text: 'I just want my money back, I never got anything' },
    ],
    corpus: [SRC.wrongId],
    key_phrases: [O10, '51233476', 'we cannot reverse it'],
  },

  // ── 11 b7-en-card-2h-window: card_invalid; the offer's 2-hour window had closed ──────────────
  {
    name: 'b7-gplay-deactivated', case: 'b7-en-card-2h-window', file: 'Screenshot_20270614-130544.png', split: B,
    style: 'google-play-redeem', device: 'android-1080x2400', clock: '13:05', battery: 68,
    account: 'ad*****@gmail.com', code: 'K4WT-****-****-9QPN',
    lines: ['This gift card has been deactivated.'],
    corpus: [SRC.gcDeact],
    key_phrases: ['This gift card has been deactivated.'],
  },
  {
    name: 'b7-discord-2h', case: 'b7-en-card-2h-window', file: 'Screenshot 2027-06-14 134012.png', split: B,
    style: 'discord-dm', device: 'desktop-1920x1080', buyerName: 'ade.k', merchantName: 'PlayCardsHub',
    messages: [
      { from: 'time', text: 'June 14, 2027' },
      { from: 'buyer', text: `hey, the Play gift card of order ${O11} doesn't work: "This gift card has been deactivated."`, at: 'Today at 13:12' },
      { from: 'merchant', text: 'Sorry, as the offer page says: refund requests should be made within 2 hours of delivery. Your code was delivered at 08:01, so I can\'t refund it now.', at: 'Today at 13:30' },
      { from: 'buyer', text: 'I was at work, only tried it at lunch', at: 'Today at 13:33' },
    ],
    corpus: [SRC.gcDeact, SRC.twoHours],
    key_phrases: [O11, 'This gift card has been deactivated.', 'within 2 hours of delivery'],
  },
  {
    name: 'b7-en-order-2h', case: 'b7-en-card-2h-window', file: 'Screenshot_20270614-134455.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '13:44', battery: 66, shop: 'PlayCardsHub',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'Code delivered on 14 Jun 2027 08:01.',
      rows: [['Order ID', O11], ['Offer', 'Google Play Gift Card 10 USD (US)'], ['Seller', 'PlayCardsHub'], ['Quantity', '1'], ['Total', 'USD 9.60'], ['Order date', '14 Jun 2027 08:01']],
      buttons: ['Report a problem'],
      note: ['Refund requests should be made within 2 hours of delivery.'],
    },
    corpus: [SRC.twoHours],
    key_phrases: [O11, 'USD 9.60', 'within 2 hours of delivery'],
  },

  // ── 12 b7-en-nr-signal-dark: not_received, ready; a receipt e-mail and a Signal chat (dark) ──
  {
    name: 'b7-gmail-receipt', case: 'b7-en-nr-signal-dark', file: 'Screenshot_20270615-120022.png', split: B,
    style: 'gmail', lang: 'en', kind: 'order', device: 'android-1080x2400', clock: '12:00', battery: 81,
    mail: {
      subject: `Your order ${O12} is being processed`, from: 'CodeNova', time: '11:30', avatar: ['C', '#7B1FA2'], brand: 'CodeNova', brandColor: '#7B1FA2',
      body: ['Thanks for your purchase! Your code will be sent to this address as soon as it is ready.'],
      rows: [['Order', O12], ['Item', 'Netflix Gift Card 30 USD (US)'], ['Total', 'USD 28.50'], ['Paid', '15 Jun 2027, 11:30'], ['Status', 'Processing']],
      after: ['You can follow the order on your CodeNova account page.'],
    },
    key_phrases: [O12, 'USD 28.50', 'Processing'],
  },
  {
    name: 'b7-signal-nr-dark', case: 'b7-en-nr-signal-dark', file: 'Screenshot_20270615-151014_Signal.png', split: B,
    style: 'signal', dark: true, device: 'android-1080x2400', clock: '15:10', battery: 52, title: 'CodeNova', contactAvatar: ['CN', '#E1D3F2'],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '12:02', text: `Hi, order ${O12} was paid at 11:30 and I still have no code. The e-mail says Processing.` },
      { from: 'buyer', at: '14:40', text: 'Any news? Still nothing.' },
      { from: 'merchant', at: '15:05', text: 'Sorry for the wait. The Netflix codes are sold out and the restock is not confirmed. Please request a refund, I will approve it.' },
      { from: 'buyer', at: '15:07', text: 'OK, doing it now.' },
    ],
    key_phrases: [O12, 'still have no code', 'I will approve it'],
  },

  // ── 13 b7-en-nad-global-key: not_as_described, ready; a "Global" key blocked by region ──────
  {
    name: 'b7-win11-c017', case: 'b7-en-nad-global-key', file: 'Screenshot 2027-06-16 114210.png', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'en', edition: 'Windows 11 Pro', user: 'Marco',
    error: ['The activation server determined the specified product key has been blocked for this geographic location.', 'Error code: 0xC004C017'],
    corpus: [SRC.geo],
    key_phrases: ['blocked for this geographic location', '0xC004C017'],
  },
  {
    name: 'b7-telegram-global', case: 'b7-en-nad-global-key', file: 'photo_2027-06-16_12-20-05.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', degrade: ['fwd:540:62'], clock: '12:20', battery: 63, title: 'SoftMarket Keys', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'June 16' },
      { from: 'buyer', at: '11:45', text: `The Windows key from order ${O13} fails with 0xC004C017: "blocked for this geographic location". Your offer says Global, works worldwide.` },
      { from: 'merchant', at: '12:02', text: 'Let me check the batch.' },
      { from: 'merchant', at: '12:16', text: 'You are right, this batch are EU-only keys, they were listed as Global by mistake. Request a refund as not as described, I will accept.' },
      { from: 'buyer', at: '12:18', text: 'Thanks, will do.' },
    ],
    corpus: [SRC.geo],
    key_phrases: [O13, '0xC004C017', 'listed as Global by mistake'],
  },
  {
    name: 'b7-en-order-global', case: 'b7-en-nad-global-key', file: 'Screenshot 2027-06-16 122544.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'SoftMarket Keys',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Key delivered on 16 Jun 2027 09:45.',
      rows: [['Order ID', O13], ['Offer', 'Windows 11 Pro Retail Key – Global (works worldwide)'], ['Region', 'Global'], ['Seller', 'SoftMarket Keys'], ['Total', 'USD 17.90'], ['Order date', '16 Jun 2027 09:45']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O13, 'USD 17.90', 'Global'],
  },

  // ── 14 b7-en-wrong-revealed: wrong_purchase, reverse; the key was revealed, the terms exclude it
  {
    name: 'b7-messenger-revealed', case: 'b7-en-wrong-revealed', file: 'received_1204417756203318.jpeg', split: B,
    style: 'messenger', device: 'iphone-1170x2532', degrade: ['fwd:720:64'], clock: '19:44', battery: 41, title: 'BlockKeys', subtitle: 'Active now', merchantAvatar: ['B', '#2E86DE'],
    messages: [
      { from: 'time', text: 'TODAY AT 19:31' },
      { from: 'buyer', text: `I bought the PC edition by mistake in order ${O14}, I need the Xbox one. I revealed the key but didn't redeem it. Can I cancel?` },
      { from: 'merchant', text: 'Sorry, the key was revealed at 19:06, so it counts as delivered. As the offer says: Redemption is final — codes cannot be refunded once revealed.' },
      { from: 'buyer', text: 'But it is unused!' },
    ],
    corpus: [SRC.final],
    key_phrases: [O14, 'I bought the PC edition by mistake', 'codes cannot be refunded once revealed'],
  },
  {
    name: 'b7-en-order-revealed', case: 'b7-en-wrong-revealed', file: 'IMG_8120.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '19:46', battery: 40, shop: 'BlockKeys',
    order: {
      status: 'Key revealed', tone: 'ok', statusNote: 'You revealed this key on 17 Jun 2027 19:06.',
      rows: [['Order ID', O14], ['Offer', 'Minecraft: Java & Bedrock Edition for PC – Key (Global)'], ['Seller', 'BlockKeys'], ['Quantity', '1'], ['Total', 'USD 21.50'], ['Order date', '17 Jun 2027 19:05']],
      buttons: ['Contact seller'],
      note: ['Redemption is final — codes cannot be refunded once revealed.'],
    },
    corpus: [SRC.final],
    key_phrases: [O14, 'USD 21.50', 'codes cannot be refunded once revealed'],
  },
];
