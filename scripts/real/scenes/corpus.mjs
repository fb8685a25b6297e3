// Scenes of the end-to-end cases fixtures/cases/corpus-*: every case puts wording of the
// labelled corpus entries with `split: holdout` (test/corpus/*.yaml) where it would appear in a
// real case (buyer's report, merchant's reply, error dialog, shop terms). The holdout wording is
// listed in each scene's `corpus` field, verbatim; key_phrases make the renderer fail a scene
// whose wording is cut. This set renders apart from the OCR bench (render.mjs --set corpus,
// output fixtures/real-corpus/) so the 72-image bench and its holdout choice stay as they are.
const N1 = '2026122010341759266';
const N2 = 'GK7P4XW2M9QD3HRT';
const N3 = 'T202612211015083342';
const N4 = '3391827460015563920';
const N5 = 'F8R2KD6WQ3M7TZ4N';
const N6 = '2026122315402218830';
const N8 = 'W3Q8ZT6KD2P9XM4R';
const N9 = '4028816395520478136';
const N10 = '2026122614552471903';
const N11 = 'S7K3WD9Q2MZ8PT6F';
const N12 = 'T202612180930552617';
const N13 = '3378102945561287044';
const N14 = '2026122920111845312';
const N15 = '2026123008581162047';

const UNDERTAKING_EN = 'If the support center shows that the code was redeemed before the customer had purchased the key and the customer shows proof properly then the customer gets a new product key or refund.';
const TERMS_7D = '如自客户收到激活码之日起7日内（自然日，含本数）遇软件激活等质量问题的，客户可以通过本网站向售后客服提交退换货申请';

export default [
  // ── corpus-card-undertaking-zh: card_invalid, ready; conditional refund undertaking ─────
  {
    name: 'corpus-junnet-used', case: 'corpus-card-undertaking-zh', file: 'Screenshot_20261220-104102.png',
    style: 'game-topup', device: 'android-1080x2400', clock: '10:41', battery: 57,
    game: { title: '点卡充值', name: '骏网一卡通充值', fields: [['充值账号', 'jw***@qq.com'], ['卡号', '1270 **** **** 4418'], ['密码', '********2265']], submit: '确认充值', tips: ['一卡通面值: 50元'] },
    dialog: { title: '充值失败', body: ['卡密已被使用'], buttons: ['确定'] },
    corpus: ['卡密已被使用'],
    key_phrases: ['卡密已被使用'],
  },
  {
    name: 'corpus-qq-undertaking', case: 'corpus-card-undertaking-zh', file: 'Screenshot_20261220-110315.png',
    style: 'qq-mobile', device: 'android-1080x2400', clock: '11:03', battery: 55, title: '骏网卡密直营店',
    messages: [
      { from: 'time', text: '10:44' },
      { from: 'buyer', text: `你好，订单${N1}的骏网一卡通，刚拿到就去充，提示卡密已被使用` },
      { from: 'merchant', text: '收到，马上处理' },
      { from: 'buyer', type: 'image', hue: 200 },
      { from: 'merchant', text: '已经提交上游查卡了，在确认我们有责任的情况下，对您进行替换或退款。' },
      { from: 'buyer', text: '好的，等你消息' },
    ],
    corpus: ['收到，马上处理', '在确认我们有责任的情况下，对您进行替换或退款。'],
    key_phrases: [N1, '卡密已被使用', '收到，马上处理', '在确认我们有责任的情况下，对您进行替换或退款。'],
  },
  {
    name: 'corpus-junnet-order', case: 'corpus-card-undertaking-zh', file: 'Screenshot_20261220-110540.png',
    style: 'shop-order-query', device: 'android-1080x2400', clock: '11:05', battery: 55, shop: '骏网卡密直营店', accent: '#d9534f',
    order: {
      query: N1,
      rows: [['订单号', N1], ['商品名称', '骏网一卡通 50元 卡密 自动发货'], ['购买数量', '1'], ['实付金额', '¥47.50'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-20 10:34:17']],
      code: '卡号: 1270****4418  密码: ********2265',
      note: ['卡密问题请在发货后24小时内联系客服处理'],
    },
  },

  // ── corpus-card-en-conditional: card_invalid, ready; English ticket, conditional undertaking ──
  {
    name: 'corpus-license-utilized', case: 'corpus-card-en-conditional', file: 'Screenshot_20261221-090112.png',
    style: 'android-dialog', device: 'android-1080x2400', clock: '09:01', battery: 81, appTitle: 'PDF Editor Pro',
    fields: [['License code', 'PXP-****-****-7K2M']], submit: 'Activate',
    dialog: { title: 'Activation error', body: ['License code has already been utilized'], buttons: ['OK'] },
    corpus: ['License code has already been utilized'],
    key_phrases: ['License code has already been utilized'],
  },
  {
    name: 'corpus-en-ticket', case: 'corpus-card-en-conditional', file: 'Screenshot_20261221-092640.png',
    style: 'shop-webchat', device: 'android-1080x2400', clock: '09:26', battery: 79, shop: 'KeyNest', navColor: '#0f766e', title: 'Ticket #7731 License problem',
    ticket: [['Order', N2], ['Product', 'PDF Editor Pro lifetime license'], ['Status', 'Open']],
    buyerName: 'Me', merchantName: 'Support',
    messages: [
      { from: 'buyer', at: '09:03', text: `Order ${N2}: got the code 5 minutes ago and its allready been used` },
      { from: 'buyer', at: '09:04', text: 'The license has never been activated on any of my devices.' },
      { from: 'merchant', at: '09:21', text: 'Sorry to hear that. We are checking the code with our supplier.' },
      { from: 'merchant', at: '09:22', text: UNDERTAKING_EN },
    ],
    corpus: ['its allready been used', 'The license has never been activated', UNDERTAKING_EN],
    key_phrases: [N2, 'its allready been used', 'The license has never been activated'],
  },
  {
    name: 'corpus-en-order', case: 'corpus-card-en-conditional', file: 'Screenshot_20261221-092811.png',
    style: 'shop-order-query', device: 'android-1080x2400', clock: '09:28', battery: 79, shop: 'KeyNest', accent: '#0f766e',
    order: {
      query: N2,
      rows: [['Order ID', N2], ['Product', 'PDF Editor Pro lifetime license'], ['Quantity', '1'], ['Total', '¥69.00'], ['Payment', 'Alipay'], ['Status', '已完成', 'status'], ['Created', '2026-12-21 08:55:42']],
      code: 'PXP-****-****-7K2M',
    },
  },

  // ── corpus-activation-win-b008: activation_failed, ready ──────────────────────────────
  {
    name: 'corpus-win11-b008', case: 'corpus-activation-win-b008', file: 'Snipaste_2026-12-21_10-36-12.png',
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'en', edition: 'Windows 11 Pro', user: 'Zhou',
    error: ['We can\'t activate Windows on this device. Try again later.', '0xC004B008 - The activation server determined that the product could not be activated.'],
    corpus: ['0xC004B008 - The activation server determined that the product could not be activated.'],
    key_phrases: ['0xC004B008 - The activation server determined that the product could not be activated.'],
  },
  {
    name: 'corpus-wechat-b008', case: 'corpus-activation-win-b008', file: 'Screenshot_20261221-110208.png',
    style: 'wechat-light', device: 'android-1080x2400', clock: '11:02', battery: 66, title: '正版密钥小站',
    messages: [
      { from: 'time', text: '10:40' },
      { from: 'buyer', text: `你好，订单号${N3}的Win11专业版密钥，在线激活报错 0xC004B008` },
      { from: 'buyer', type: 'image', hue: 210, w: 200, h: 120 },
      { from: 'merchant', text: '激活次数到上限了，激活码前几位发我' },
      { from: 'buyer', text: '就是订单页上那个，前几位发你了' },
      { from: 'merchant', text: '查到了，这个密钥被用满了，抱歉，您在平台申请退款，我们同意' },
    ],
    corpus: ['激活次数到上限了，激活码前几位发我'],
    key_phrases: [N3, '0xC004B008', '激活次数到上限了，激活码前几位发我'],
  },
  {
    name: 'corpus-win11-order', case: 'corpus-activation-win-b008', file: 'Snipaste_2026-12-21_11-04-51.png',
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '正版密钥小站', accent: '#2f80ed',
    order: {
      query: N3,
      rows: [['订单号', N3], ['商品名称', 'Windows 11 专业版 零售密钥 在线激活'], ['购买数量', '1'], ['实付金额', '¥35.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-21 10:15:08']],
      code: 'VK7JG-*****-*****-*****-3KQDR',
      note: ['激活失败请在24小时内联系售后并提供报错截图'],
    },
  },

  // ── corpus-region-lock-card: claims card_invalid, the capture is a region lock ──────────
  {
    name: 'corpus-steam-region', case: 'corpus-region-lock-card', file: 'Snipaste_2026-12-22_19-12-40.png',
    style: 'steam-activate', device: 'desktop-1366x768', user: 'NIGHTCITY', width: 620,
    heading: 'Product activation', code: 'R7QX2-*****-8MZ4K',
    lines: ['Sorry, but the product is not available for purchase in this country. Your product key has not been redeemed.'],
    corpus: ['Sorry, but the product is not available for purchase in this country. Your product key has not been redeemed.'],
    key_phrases: ['Sorry, but the product is not available for purchase in this country.'],
  },
  {
    name: 'corpus-taobao-region', case: 'corpus-region-lock-card', file: 'Screenshot_20261222-192405.png',
    style: 'taobao-chat', device: 'android-1080x2400', clock: '19:24', battery: 48, title: '北极熊游戏key', banner: '海外区key · 自动发货',
    messages: [
      { from: 'time', text: '19:14' },
      { from: 'system', type: 'card', card: { title: '赛博朋克2077 Steam激活码 俄区/独联体CIS', price: '¥58.00', order: `订单号: ${N4}` } },
      { from: 'buyer', text: '激活码激活不了，卡密无效吧，给我退款' },
      { from: 'merchant', text: '亲，请发一下Steam的提示截图' },
      { from: 'buyer', type: 'image', hue: 215 },
      { from: 'merchant', text: '这个是区域限制，标题写了俄区key，国区账号激活不了，激活码本身没有被使用' },
      { from: 'buyer', text: '那我按卡密无效申请退款' },
    ],
    key_phrases: [N4, '区域限制', '激活码本身没有被使用'],
  },
  {
    name: 'corpus-taobao-order-region', case: 'corpus-region-lock-card', file: 'Screenshot_20261222-192630.png',
    style: 'taobao-order', device: 'android-1080x2400', clock: '19:26', battery: 47, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '北极熊游戏key', product: '赛博朋克2077 Steam激活码 俄区/独联体CIS', sku: '区服: 俄区', price: '¥58.00', paid: '¥58.00',
      info: [['订单编号', N4], ['支付宝交易号', '2026122222001140557730918244'], ['创建时间', '2026-12-22 19:05:51'], ['付款时间', '2026-12-22 19:06:02'], ['发货时间', '2026-12-22 19:06:09']],
    },
  },

  // ── corpus-already-owned-card: claims card_invalid, Steam says already owned ────────────
  {
    name: 'corpus-steam-owned', case: 'corpus-already-owned-card', file: 'Snipaste_2026-12-23_21-49-02.png',
    style: 'steam-activate', device: 'desktop-1920x1080', user: 'CHEFMAO', width: 640,
    heading: 'Duplicate product',
    lines: ['This Steam account already owns the product(s) contained in this offer. To access them, visit your library in the Steam client.'],
    corpus: ['This Steam account already owns the product(s) contained in this offer. To access them, visit your library in the Steam client.'],
    key_phrases: ['This Steam account already owns the product(s) contained in this offer.'],
  },
  {
    name: 'corpus-wechat-dark-owned', case: 'corpus-already-owned-card', file: 'IMG_4410.PNG',
    style: 'wechat-dark', device: 'iphone-1170x2532', clock: '21:58', battery: 39, title: '蒸汽小铺',
    messages: [
      { from: 'time', text: '21:47' },
      { from: 'buyer', text: `订单${N5}，胡闹厨房2的key激活不了` },
      { from: 'merchant', text: '提示什么？截图看看' },
      { from: 'buyer', type: 'image', hue: 215, w: 200, h: 120 },
      { from: 'merchant', text: '这是您的账号已经拥有这个游戏了，key没有被使用，可以送朋友激活' },
      { from: 'buyer', text: '哦，购买了错误的游戏或DLC，本体我之前就买过了。那就按卡密无效退吧' },
    ],
    corpus: ['购买了错误的游戏或DLC'],
    key_phrases: [N5, '购买了错误的游戏或DLC', 'key没有被使用'],
  },
  {
    name: 'corpus-owned-order', case: 'corpus-already-owned-card', file: 'IMG_4411.PNG',
    style: 'shop-order-query', device: 'iphone-750x1334', clock: '21:59', battery: 39, shop: '蒸汽小铺', accent: '#1b2838',
    order: {
      query: N5,
      rows: [['订单号', N5], ['商品名称', '胡闹厨房2 Steam激活码 国区'], ['实付金额', '¥39.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-23 21:40:26']],
      code: 'QWX4E-*****-*****-Z9T2M',
    },
  },

  // ── corpus-carrier-mismatch-card: claims card_invalid, the capture says wrong carrier ──
  {
    name: 'corpus-topup-carrier', case: 'corpus-carrier-mismatch-card', file: 'IMG_5127.PNG',
    style: 'game-topup', device: 'iphone-750x1334', clock: '15:48', battery: 62,
    game: { title: '话费充值', name: '充值卡充话费', hue: '#1677ff', fields: [['充值号码', '139****5821'], ['卡号', '1100 **** **** 3362'], ['密码', '**********5509']], submit: '立即充值', tips: ['充值卡面值: 100元'] },
    toast: '充值失败：运营商不匹配',
    corpus: ['运营商不匹配'],
    key_phrases: ['运营商不匹配'],
  },
  {
    name: 'corpus-taobao-carrier', case: 'corpus-carrier-mismatch-card', file: 'IMG_5131.PNG',
    style: 'taobao-chat', device: 'iphone-750x1334', clock: '16:02', battery: 60, title: '全国话费卡批发',
    messages: [
      { from: 'time', text: '15:50' },
      { from: 'system', type: 'card', card: { title: '联通充值卡 100元 卡密 全国通用', price: '¥97.50', order: `订单号: ${N6}` } },
      { from: 'buyer', text: '充值卡充不进去，提示运营商不匹配，卡密无效' },
      { from: 'merchant', text: '亲，这是联通卡，您充的139号码是移动的，下单页写了仅限联通号码' },
      { from: 'buyer', text: '是我订单信息填写错误，选成联通了，卡密还没用，能退吗' },
      { from: 'merchant', text: '卡密已经发出，撤回不了哦' },
    ],
    corpus: ['运营商不匹配', '订单信息填写错误'],
    key_phrases: [N6, '运营商不匹配', '订单信息填写错误'],
  },
  {
    name: 'corpus-taobao-order-carrier', case: 'corpus-carrier-mismatch-card', file: 'IMG_5132.PNG',
    style: 'taobao-order', device: 'iphone-750x1334', clock: '16:03', battery: 60, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '全国话费卡批发', product: '联通充值卡 100元 卡密 全国通用', sku: '运营商: 联通', price: '¥97.50', paid: '¥97.50',
      info: [['订单编号', N6], ['支付宝交易号', '2026122322001176623409815527'], ['创建时间', '2026-12-23 15:40:11'], ['付款时间', '2026-12-23 15:40:22'], ['发货时间', '2026-12-23 15:40:26']],
    },
  },

  // ── corpus-wrong-purchase-no-refund: wrong_purchase vs 虚拟商品=不退不换 ────────────────
  {
    name: 'corpus-wechat-mistap', case: 'corpus-wrong-purchase-no-refund', file: 'IMG_8802.PNG',
    style: 'wechat-light', device: 'iphone-750x1334', clock: '20:21', battery: 44, title: '影音会员卡铺',
    messages: [
      { from: 'time', text: '20:12' },
      { from: 'buyer', text: `刚才误触购买按钮，买了个腾讯视频年卡，订单${N14}，卡密没看也没用，能退吗` },
      { from: 'merchant', text: '亲，店铺公告和商品页都写了：虚拟商品=不退不换' },
      { from: 'buyer', text: '我真的是点错了' },
      { from: 'merchant', text: '自动发货的卡密系统已经发出，退不了哦' },
    ],
    corpus: ['误触购买按钮', '虚拟商品=不退不换'],
    key_phrases: [N14, '误触购买按钮', '虚拟商品=不退不换'],
  },
  {
    name: 'corpus-order-mistap', case: 'corpus-wrong-purchase-no-refund', file: 'IMG_8803.PNG',
    style: 'shop-order-query', device: 'iphone-750x1334', clock: '20:23', battery: 44, shop: '影音会员卡铺', accent: '#ff6a00',
    order: {
      query: N14,
      rows: [['订单号', N14], ['商品名称', '腾讯视频VIP 年卡 激活码'], ['实付金额', '¥148.00'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-29 20:11:18']],
      code: '激活码: ********7QK3',
      noteTitle: '售后须知',
      note: ['虚拟商品=不退不换', '激活码问题请在发货后24小时内反馈'],
    },
    corpus: ['虚拟商品=不退不换'],
    key_phrases: ['虚拟商品=不退不换'],
  },

  // ── corpus-private-channel-en: the merchant wants to settle outside the platform ────────
  {
    name: 'corpus-xbox-not-recognized', case: 'corpus-private-channel-en', file: 'Screenshot_20261224-140055.png',
    style: 'android-dialog', device: 'android-1440x3200', clock: '14:00', battery: 73, appTitle: 'Redeem a code',
    fields: [['Code', 'XB7Q-****-****-9KD2']], submit: 'Next',
    dialog: { title: 'Redeem', body: ['Error. This code is not recognized.'], buttons: ['Close'] },
    corpus: ['Error. This code is not recognized.'],
    key_phrases: ['Error. This code is not recognized.'],
  },
  {
    name: 'corpus-en-private', case: 'corpus-private-channel-en', file: 'Screenshot 2026-12-24 141832.png',
    style: 'shop-webchat', device: 'desktop-1366x768', shop: 'PixelKeys', navColor: '#1f2937', title: 'Ticket #40918 Code not working',
    ticket: [['Order', N8], ['Product', 'Xbox Game Pass Ultimate 3 months'], ['Status', 'Open']],
    buyerName: 'Me', merchantName: 'Seller',
    messages: [
      { from: 'buyer', at: '14:02', text: `Order ${N8}: redeem says Error. This code is not recognized.` },
      { from: 'merchant', at: '14:10', text: 'Sorry. A refund through the site takes days and they keep 15%.' },
      { from: 'merchant', at: '14:11', text: 'The platform fee is too high. Let’s avoid it.' },
      { from: 'merchant', at: '14:11', text: 'Close the ticket and I send the money straight to your PayPal, or add me on WhatsApp.' },
      { from: 'buyer', at: '14:16', text: 'I prefer to keep it on the platform.' },
    ],
    corpus: ['The platform fee is too high. Let’s avoid it.', 'Error. This code is not recognized.'],
    key_phrases: [N8, 'The platform fee is too high. Let’s avoid it.'],
  },
  {
    name: 'corpus-en-order-desktop', case: 'corpus-private-channel-en', file: 'Screenshot 2026-12-24 142005.png',
    style: 'shop-order-query', device: 'desktop-1366x768', shop: 'PixelKeys', accent: '#1f2937',
    order: {
      query: N8,
      rows: [['Order ID', N8], ['Product', 'Xbox Game Pass Ultimate 3 months'], ['Total', '¥119.00'], ['Payment', 'PayPal'], ['Status', '已完成', 'status'], ['Created', '2026-12-24 13:52:30']],
      code: 'XB7Q-****-****-9KD2',
    },
  },

  // ── corpus-threat-12315: the buyer insults and threatens ──────────────────────────────
  {
    name: 'corpus-topup-expired', case: 'corpus-threat-12315', file: 'Screenshot_20261225-203311.png',
    style: 'game-topup', device: 'android-1080x2400', clock: '20:33', battery: 31,
    game: { title: '点卡充值', name: '久游一卡通充值', hue: '#c2410c', fields: [['游戏账号', 'jy****77'], ['卡号', '6003 **** **** 1985'], ['密码', '********4470']], submit: '确认充值', tips: ['卡面值: 50元'] },
    dialog: { title: '充值失败', body: ['充值卡已过期'], buttons: ['确定'] },
    corpus: ['充值卡已过期'],
    key_phrases: ['充值卡已过期'],
  },
  {
    name: 'corpus-xianyu-12315', case: 'corpus-threat-12315', file: 'Screenshot_20261225-205940.png',
    style: 'xianyu-chat', device: 'android-1080x2400', clock: '20:59', battery: 29, title: '小鹿点卡',
    item: { title: '久游一卡通 50元 充值卡 卡密', price: '¥46.00', status: '已发货' },
    messages: [
      { from: 'time', text: '20:35' },
      { from: 'buyer', text: `订单${N9}的卡充不进去，提示充值卡已过期，你卖过期卡？` },
      { from: 'merchant', text: '我们卡都是新进的，你截图看看' },
      { from: 'buyer', type: 'image', hue: 20 },
      { from: 'buyer', text: '垃圾东西' },
      { from: 'buyer', text: '今天不退款我就向12315、黑猫投诉等平台' },
      { from: 'merchant', text: '你先别激动，我联系上游' },
    ],
    corpus: ['充值卡已过期', '垃圾东西', '向12315、黑猫投诉等平台'],
    key_phrases: [N9, '充值卡已过期', '垃圾东西', '向12315、黑猫投诉等平台'],
  },
  {
    name: 'corpus-xianyu-order-jy', case: 'corpus-threat-12315', file: 'Screenshot_20261225-210112.png',
    style: 'taobao-order', device: 'android-1080x2400', clock: '21:01', battery: 29, variant: 'xianyu',
    order: {
      status: '卖家已发货', shop: '小鹿点卡', product: '久游一卡通 50元 充值卡 卡密', price: '¥46.00', paid: '¥46.00',
      info: [['订单编号', N9], ['支付宝交易号', '2026122522001190214476103358'], ['下单时间', '2026-12-25 20:20:41'], ['付款时间', '2026-12-25 20:20:55']],
    },
  },

  // ── corpus-not-received-pending: not_received, ready; the order still waits ────────────
  {
    name: 'corpus-order-pending', case: 'corpus-not-received-pending', file: 'Screenshot_20261226-170812.png',
    style: 'shop-order-query', device: 'android-1080x2400', clock: '17:08', battery: 42, shop: '星河发卡', accent: '#7c3aed',
    order: {
      query: N10, statusTone: 'wait',
      rows: [['订单号', N10], ['商品名称', '网易云音乐 黑胶VIP 月卡 兑换码'], ['购买数量', '1'], ['实付金额', '¥14.80'], ['支付方式', '支付宝'], ['订单状态', '等待发货', 'status'], ['下单时间', '2026-12-26 14:55:24']],
      noteTitle: '订单通知',
      note: ['【星河发卡】已收到您的订单，请等候处理'],
    },
    corpus: ['等待发货', '【{webname}】已收到您的订单，请等候处理 (with the shop name)'],
    key_phrases: ['等待发货', '已收到您的订单，请等候处理'],
  },
  {
    name: 'corpus-wechat-pending', case: 'corpus-not-received-pending', file: 'Screenshot_20261226-171030.png',
    style: 'wechat-light', device: 'android-1080x2400', clock: '17:10', battery: 41, title: '星河发卡-客服',
    messages: [
      { from: 'time', text: '15:31' },
      { from: 'buyer', text: `付款半个多小时了，订单${N10}还是等待发货，兑换码一直没收到` },
      { from: 'merchant', text: '抱歉，上游缺货，晚点补发' },
      { from: 'time', text: '17:06' },
      { from: 'buyer', text: '客服长时间不回复消息，到现在还没发货，我申请退款了' },
      { from: 'merchant', text: '可以的，您申请吧，我同意' },
    ],
    corpus: ['客服长时间不回复消息', '等待发货'],
    key_phrases: [N10, '客服长时间不回复消息', '等待发货'],
  },

  // ── corpus-unknown-rate-limit: claims card_invalid, the capture is a rate limit ─────────
  {
    name: 'corpus-steam-ratelimit', case: 'corpus-unknown-rate-limit', file: 'Snipaste_2026-12-27_20-10-05.png',
    style: 'steam-activate', device: 'desktop-1366x768', user: 'TARNISHED2', width: 620,
    heading: 'Product activation',
    lines: ['There have been too many recent activation attempts from this account or Internet address. Please wait and try your product code again later.'],
    corpus: ['There have been too many recent activation attempts from this account or Internet address. Please wait and try your product code again later.'],
    key_phrases: ['too many recent activation attempts'],
  },
  {
    name: 'corpus-qqpc-ratelimit', case: 'corpus-unknown-rate-limit', file: 'Snipaste_2026-12-27_20-17-44.png',
    style: 'qq-pc', device: 'desktop-1366x768', title: '褪色者游戏店-客服', buyerName: '阿泽', merchantName: '褪色者游戏店',
    contacts: ['褪色者游戏店-客服', '我的手机', '魂系交流群', '腾讯新闻'],
    messages: [
      { from: 'time', text: '2026-12-27' },
      { from: 'buyer', at: '20:11:02', text: `老板，订单 ${N11} 的艾尔登法环key激活不了，我试了好几次，卡密无效` },
      { from: 'merchant', at: '20:14:37', text: '这个提示是激活太频繁被Steam限制了，key没问题，过一小时再试' },
      { from: 'buyer', at: '20:15:10', text: '我不等了，直接按卡密无效退款' },
    ],
    key_phrases: [N11, '激活太频繁被Steam限制了'],
  },

  // ── corpus-deadline-window: activation_failed filed 9 days after delivery; 7-day terms ──
  {
    name: 'corpus-win11-blocked-f051', case: 'corpus-deadline-window', file: 'Snipaste_2026-12-27_10-12-30.png',
    style: 'win11-activation', device: 'desktop-1366x768', lang: 'en', edition: 'Windows 11 Pro', user: 'Wu',
    error: ['We can\'t activate Windows on this device.', '0xC004F051 The Software Protection Service reported that the product key is blocked.'],
    corpus: ['0xC004F051 The Software Protection Service reported that the product key is blocked.'],
    key_phrases: ['0xC004F051'],
  },
  {
    name: 'corpus-ticket-late', case: 'corpus-deadline-window', file: 'Screenshot_20261227-102914.png',
    style: 'shop-webchat', device: 'android-1080x2400', clock: '10:29', battery: 70, shop: '微软授权商城', navColor: '#2563eb', title: '工单 #88120',
    ticket: [['关联订单', N12], ['状态', '待处理', 'status']],
    buyerName: '我', merchantName: '售后',
    messages: [
      { from: 'buyer', at: '10:14', text: '你好，12月18日买的Win11专业版密钥，今天重装系统激活，提示密钥被阻止 0xC004F051' },
      { from: 'merchant', at: '10:26', text: '您好，售后须知写了收到激活码7日内反馈，已经超过了，这边无法处理' },
      { from: 'buyer', at: '10:28', text: '那我去平台申请' },
    ],
    key_phrases: [N12, '0xC004F051', '7日内反馈'],
  },
  {
    name: 'corpus-order-terms-7d', case: 'corpus-deadline-window', file: 'Snipaste_2026-12-27_10-31-02.png',
    style: 'shop-order-query', device: 'desktop-1920x1080', shop: '微软授权商城', accent: '#2563eb',
    order: {
      query: N12,
      rows: [['订单号', N12], ['商品名称', 'Windows 11 专业版 零售密钥'], ['实付金额', '¥42.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-18 09:30:55']],
      code: 'W269N-*****-*****-*****-8QJ4T',
      noteTitle: '售后须知',
      note: [TERMS_7D],
    },
    corpus: [TERMS_7D],
    key_phrases: [TERMS_7D],
  },

  // ── corpus-neg-private-warning: the merchant warns against private deals (no private-channel) ──
  {
    name: 'corpus-ios-giftcard-en', case: 'corpus-neg-private-warning', file: 'IMG_2260.PNG',
    style: 'ios-appstore-alert', device: 'iphone-1170x2532', lang: 'en', clock: '16:40', battery: 58, code: 'X4G7********QK2M',
    alert: { title: 'Unable to Redeem', message: 'Sorry, this gift card is not valid.', buttons: ['OK'] },
    corpus: ['this gift card is not valid'],
    key_phrases: ['this gift card is not valid'],
  },
  {
    name: 'corpus-taobao-warning', case: 'corpus-neg-private-warning', file: 'IMG_2263.PNG',
    style: 'taobao-chat', device: 'iphone-1170x2532', clock: '16:52', battery: 56, title: '环球礼品卡店', banner: '谨防诱导加微信或QQ，退款只走平台',
    messages: [
      { from: 'time', text: '16:42' },
      { from: 'system', type: 'card', card: { title: '美区 App Store 礼品卡 $10 自动发货', price: '¥75.00', order: `订单号: ${N13}` } },
      { from: 'buyer', text: '美区礼品卡兑换提示 this gift card is not valid，刚买的' },
      { from: 'merchant', text: '亲，麻烦截图看下' },
      { from: 'buyer', type: 'image', hue: 210 },
      { from: 'merchant', text: '核实是上游的问题，您直接在平台申请退款，我这边同意' },
      { from: 'merchant', text: '提醒：平台禁止在私信中引导用户至微信/支付宝/其他平台下单或支付的私下交易行为，有人让您加微信退款请勿相信' },
    ],
    corpus: ['诱导加微信或QQ', '在私信中引导用户至微信/支付宝/其他平台下单或支付的私下交易行为', 'this gift card is not valid'],
    key_phrases: [N13, '诱导加微信或QQ', '在私信中引导用户至微信/支付宝/其他平台下单或支付的私下交易行为'],
  },
  {
    name: 'corpus-taobao-order-giftcard', case: 'corpus-neg-private-warning', file: 'IMG_2264.PNG',
    style: 'taobao-order', device: 'iphone-1170x2532', clock: '16:54', battery: 56, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '环球礼品卡店', product: '美区 App Store 礼品卡 $10 自动发货', sku: '面值: $10', price: '¥75.00', paid: '¥75.00',
      info: [['订单编号', N13], ['支付宝交易号', '2026122822001133906518274460'], ['创建时间', '2026-12-28 16:30:12'], ['付款时间', '2026-12-28 16:30:20'], ['发货时间', '2026-12-28 16:30:25']],
    },
  },

  // ── corpus-neg-negated-threat: the buyer says he will NOT complain (no threatening-language) ──
  {
    name: 'corpus-android-used-again', case: 'corpus-neg-negated-threat', file: 'Screenshot_20261230-090418.png',
    style: 'android-dialog', device: 'android-1440x3200', clock: '09:04', battery: 84, appTitle: '激活会员',
    fields: [['激活码', 'KM9D-****-****-3TQX']], submit: '激活',
    dialog: { title: '激活失败', body: ['用过的激活码不能再用'], buttons: ['确定'] },
    corpus: ['用过的激活码不能再用'],
    key_phrases: ['用过的激活码不能再用'],
  },
  {
    name: 'corpus-qq-dark-negated', case: 'corpus-neg-negated-threat', file: 'Screenshot_20261230-093320.png',
    style: 'qq-mobile', device: 'android-1440x3200', dark: true, clock: '09:33', battery: 80, title: '有声会员小铺',
    messages: [
      { from: 'time', text: '09:06' },
      { from: 'buyer', text: `你好，订单${N15}的喜马拉雅VIP年卡激活码，提示用过的激活码不能再用，我是第一次输` },
      { from: 'merchant', text: '您好，截图我看下' },
      { from: 'buyer', type: 'image', hue: 20, w: 150, h: 200 },
      { from: 'buyer', text: '放心，我不会向12315、黑猫投诉等平台，也不会给差评，就想正常退款' },
      { from: 'merchant', text: '理解，核实是重复发卡了，您在平台申请退款，我同意' },
    ],
    corpus: ['用过的激活码不能再用', '向12315、黑猫投诉等平台 (negated)'],
    key_phrases: [N15, '用过的激活码不能再用', '我不会向12315、黑猫投诉等平台'],
  },
  {
    name: 'corpus-order-negated', case: 'corpus-neg-negated-threat', file: 'Screenshot_20261230-093502.png',
    style: 'shop-order-query', device: 'android-1440x3200', clock: '09:35', battery: 80, shop: '有声会员小铺', accent: '#f97316',
    order: {
      query: N15,
      rows: [['订单号', N15], ['商品名称', '喜马拉雅VIP 年卡 激活码'], ['实付金额', '¥128.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-30 08:58:11']],
      code: '激活码: KM9D-****-****-3TQX',
    },
  },
];
