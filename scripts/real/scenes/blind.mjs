// The blind end-to-end set (fixtures/blind/): 14 cases written by a helper, not by the lead
// engineer, from the fourth corpus round's wording (test/corpus/round4-zh.yaml and
// round4-en.yaml, split holdout4), combined and lightly adapted (names, amounts and order numbers
// made consistent with each case's order.json). Every scene is `split: 'blind'`; `corpus` lists
// the round-4 entries used (index in the file, then the source). Render with
// `node scripts/real/render.mjs --set blind` (into fixtures/real-blind/<style>/), then
// `node scripts/real/copy-cases.mjs` copies the images into fixtures/blind/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind';

// order numbers (see each case's order.json)
const O1 = '418270109142208563'; // acg-faka trade_no: 3 digits + 270109142208 + 3 digits
const O2 = 'Q4ZK8M2TD7XW9R3N'; // dujiaoka order_sn
const O3 = 'T202701131045224713';
const O4 = '3512874609921384576';
const O5 = '705270110093015284'; // acg-faka: 2027-01-10 09:30:15
const O6 = '3520419876530021847';
const O6_OTHER = '3520419876530029913'; // an earlier order of the same buyer at the same shop
const O7 = '3524601187342209518';
const O8 = 'H3WQ7N9KD2XP6M4T';
const O9 = 'P9T4XR7KM2QW8D3L';
const O10 = '602270119084027336'; // acg-faka: 2027-01-19 08:40:27
const O11 = '1736995021337KXR';
const O12 = '1737108842519MZT';
const O13 = '3531276604418820395';
const O14 = '362270122201144907'; // acg-faka: 2027-01-22 20:11:44

export default [
  // ── 1 blind-card-giftcard-wechat: card_invalid, complete chain ──────────────────────────
  {
    name: 'blind-giftcard-dialog', case: 'blind-card-giftcard-wechat', file: 'Screenshot_20270109-142905.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '14:29', battery: 68,
    game: { title: '礼品卡兑换', name: '爱奇艺 礼品卡兑换', hue: '#00a95c', fields: [['兑换账号', '138****2046'], ['卡密', 'IQ7F****3K9D']], submit: '立即兑换', tips: ['黄金VIP 年卡'] },
    dialog: { title: '兑换失败', body: ['当前卡密无效或已被激活'], buttons: ['确定'] },
    corpus: ['zh#34 当前卡密无效或已被激活 (hanShiXiong06/sass.hsxbk.top)'],
    key_phrases: ['当前卡密无效或已被激活'],
  },
  {
    name: 'blind-giftcard-wechat', case: 'blind-card-giftcard-wechat', file: 'Screenshot_20270109-150214.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', clock: '15:02', battery: 66, title: '云端会员卡铺',
    messages: [
      { from: 'time', text: '14:31' },
      { from: 'buyer', text: `你好，订单${O1}买的爱奇艺年卡，兑换提示当前卡密无效或已被激活，请联系管理员，怎么处理？` },
      { from: 'buyer', type: 'image', hue: 140, w: 150, h: 220 },
      { from: 'merchant', text: '截图收到了，我们会和供应商核实这张卡，调查后快速解决' },
      { from: 'time', text: '14:58' },
      { from: 'merchant', text: '核实了，这张卡密被重复发了，是我们的问题，您在平台申请退款，我同意' },
      { from: 'buyer', text: '好的，谢谢' },
    ],
    corpus: ['zh#0 密匙已被使用，请联系管理员，怎么处理？ (Kenshin/simpread#1658)', 'zh#34 当前卡密无效或已被激活', 'zh#109 我们会调查并快速解决 (aceb.com)'],
    key_phrases: [O1, '当前卡密无效或已被激活', '是我们的问题，您在平台申请退款，我同意'],
  },
  {
    name: 'blind-giftcard-order', case: 'blind-card-giftcard-wechat', file: 'Screenshot_20270109-150530.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:05', battery: 66, shop: '云端会员卡铺', accent: '#00a95c',
    order: {
      query: O1,
      rows: [['订单号', O1], ['商品名称', '爱奇艺黄金VIP 年卡 礼品卡 卡密'], ['购买数量', '1'], ['实付金额', '¥148.00'], ['支付方式', '支付宝'], ['订单状态', '已交付', 'status'], ['下单时间', '2027-01-09 14:22:08']],
      code: '卡密: IQ7F****3K9D',
      noteTitle: '售后须知',
      note: ['问题订单及时处理'],
    },
    corpus: ['zh#11 已交付, zh#14 问题订单及时处理 (dujiao-next/dujiao-next zh-CN.json)'],
    key_phrases: [O1, '¥148.00', '已交付'],
  },

  // ── 2 blind-not-received-blank-dark: not_received, complete chain ──────────────────────
  {
    name: 'blind-blank-wechat-dark', case: 'blind-not-received-blank-dark', file: 'IMG_6021.PNG', split: B,
    style: 'wechat-dark', device: 'iphone-1170x2532', clock: '22:47', battery: 33, title: '网盘会员自动发卡',
    messages: [
      { from: 'time', text: '21:09' },
      { from: 'buyer', text: '老板，支付成功了，发卡页面显示一片空白不出卡密，该怎么解决' },
      { from: 'buyer', text: `订单号 ${O2}` },
      { from: 'merchant', text: '发卡程序有bug 择日修复' },
      { from: 'time', text: '22:40' },
      { from: 'buyer', text: '支付都正常，卡密就是不出来，订单一直是待交付' },
      { from: 'buyer', text: '那这单先退款吧' },
      { from: 'merchant', text: '行，你在平台申请退款，我这边同意' },
    ],
    corpus: ['zh#3 v发卡支付成功，发卡显示一片空白不出卡密，该怎么解决 (szvone/vmqphp#9)', 'zh#4 发卡程序有bug 择日修复 (szvone/vmqphp#9)', 'zh#5 支付都正常，卡密就象捉迷藏 (szvone/vfkphp#5)', 'zh#10 待交付'],
    key_phrases: [O2, '一片空白不出卡密', '发卡程序有bug 择日修复'],
  },
  {
    name: 'blind-blank-order-dark', case: 'blind-not-received-blank-dark', file: 'mmexport1768140112093.jpg', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', dark: true, degrade: ['forward'], clock: '22:41', battery: 35, shop: '网盘会员自动发卡', accent: '#3b82f6',
    order: {
      query: O2, statusTone: 'wait',
      rows: [['订单号', O2], ['商品名称', '百度网盘 超级会员 月卡 激活码'], ['购买数量', '1'], ['实付金额', '¥25.80'], ['支付方式', '微信支付'], ['订单状态', '待交付', 'status'], ['下单时间', '2027-01-11 21:06:40']],
      noteTitle: '交付信息',
      note: ['暂无交付信息'],
    },
    corpus: ['zh#10 待交付, zh#12 暂无交付信息 (dujiao-next/dujiao-next zh-CN.json)'],
    key_phrases: [O2, '¥25.80', '待交付', '暂无交付信息'],
  },

  // ── 3 blind-activation-win-qq: activation_failed, complete chain ───────────────────────
  {
    name: 'blind-win11-hardware-monitor', case: 'blind-activation-win-qq', file: 'IMG_20270113_105812.jpg', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'en', edition: 'Windows 11 Pro', user: 'Gao', degrade: ['monitor'], zoom: 1.4, focus: [0.45, 0.35],
    error: ['Windows is not activated. A hardware change might have occurred on this device.', 'Error code: 0xC004F213'],
    corpus: ['en#110 Windows is not activated. A hardware change might have occurred on this device. (windows10activator.info)'],
    key_phrases: ['A hardware change might have occurred on this device.', '0xC004F213'],
  },
  {
    name: 'blind-win11-qq', case: 'blind-activation-win-qq', file: 'Screenshot_20270113-112640.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '11:26', battery: 74, title: '正版软件授权店',
    messages: [
      { from: 'time', text: '11:02' },
      { from: 'buyer', text: `你好，订单${O3}的Win11专业版密钥，第一次激活就报错 0xC004F213` },
      { from: 'buyer', text: '这台电脑没换过硬件，系统拒绝了产品密钥，显示激活错误' },
      { from: 'buyer', type: 'image', hue: 210, w: 200, h: 150 },
      { from: 'merchant', text: '您好，我们一直都在帮您排查，稍等' },
      { from: 'merchant', text: '查到了，这个密钥之前在别的设备上激活过，抱歉，您在平台申请退款，我同意' },
    ],
    corpus: ['en#112 the system is rejecting my product key and showing an activation error (translated)', 'zh#76 我们一直都在帮您排查 (Trae-AI/TRAE#1125)', 'en#14 your license is already used (translated)'],
    key_phrases: [O3, '0xC004F213', '之前在别的设备上激活过'],
  },
  {
    name: 'blind-win11-alipay', case: 'blind-activation-win-qq', file: 'Screenshot_20270113-113015.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '11:30', battery: 73, variant: 'alipay',
    order: {
      shop: '正版软件授权店', paid: '-39.00', status: '交易成功',
      info: [['支付时间', '2027-01-13 10:45:22'], ['商品说明', 'Windows 11 专业版 零售密钥 在线激活'], ['支付方式', '余额'], ['交易号', '2027011322001153307718840215'], ['商家订单号', O3]],
    },
    key_phrases: [O3, '交易成功'],
  },

  // ── 4 blind-region-lock-hk-taobao: card_invalid claimed, buyer-caused region lock ─────
  {
    name: 'blind-steam-region', case: 'blind-region-lock-hk-taobao', file: 'Snipaste_2027-01-14_20-13-27.png', split: B,
    style: 'steam-activate', device: 'desktop-1366x768', user: 'LANTIAN', width: 620,
    heading: '兑换 Steam 钱包码', code: 'HK7Q2-*****-M4X8P',
    lines: ['此预付卡只能在特定国家/地区兑换。', '您的钱包余额未发生变化。'],
    corpus: ['zh#123 此预付卡只能在特定国家/地区兑换 (g7games.com/46966.html)'],
    key_phrases: ['此预付卡只能在特定国家/地区兑换'],
  },
  {
    name: 'blind-taobao-region', case: 'blind-region-lock-hk-taobao', file: 'Screenshot_20270114-202611.png', split: B,
    style: 'taobao-chat', device: 'android-1080x2400', clock: '20:26', battery: 52, title: '港服游戏卡专营', banner: '港区钱包卡 · 自动发货',
    messages: [
      { from: 'time', text: '20:14' },
      { from: 'system', type: 'card', card: { title: 'Steam 港区 钱包充值卡 100港币 卡密', price: '¥92.00', order: `订单号: ${O4}` } },
      { from: 'buyer', text: '卡充不进去，提示此预付卡只能在特定国家/地区兑换，卡密无效吧' },
      { from: 'merchant', text: '亲，标题写了港区，国区账号兑换不了，卡密本身没有被使用' },
      { from: 'buyer', text: '我没有在港区买过任何东西，要兑换就要把Steam账户改成港区' },
      { from: 'buyer', text: '是我没看清，拿港区卡给国区账号充值了。那我按卡密无效申请退款' },
    ],
    corpus: ['zh#123 此预付卡只能在特定国家/地区兑换', 'zh#124 买了一张100港币的Steam港区充值卡，试图为国区账号充值 (g7games.com)', 'zh#128 我没有在国区买过任何东西…要激活俄区key就要将steam账户更新为俄罗斯联邦地区 (makazeu/steam-key#20)'],
    key_phrases: [O4, '此预付卡只能在特定国家/地区兑换', '拿港区卡给国区账号充值了'],
  },
  {
    name: 'blind-taobao-order-region', case: 'blind-region-lock-hk-taobao', file: 'Screenshot_20270114-202750.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '20:27', battery: 52, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '港服游戏卡专营', product: 'Steam 港区 钱包充值卡 100港币 卡密', sku: '区服: 香港', price: '¥92.00', paid: '¥92.00',
      info: [['订单编号', O4], ['支付宝交易号', '2027011422001140881273350926'], ['创建时间', '2027-01-14 20:09:51'], ['付款时间', '2027-01-14 20:10:05'], ['发货时间', '2027-01-14 20:10:12']],
    },
    key_phrases: [O4, '¥92.00'],
  },

  // ── 5 blind-deadline-giftcode-qq-dark: card_invalid, reported 3 days after delivery ──
  {
    name: 'blind-giftcode-expired-toast', case: 'blind-deadline-giftcode-qq-dark', file: 'Screenshot_20270113-193522.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', dark: true, clock: '19:35', battery: 27,
    game: { title: '礼包兑换', name: '幻境大陆', fields: [['角色ID', '60318842'], ['服务器', '华南二区'], ['兑换码', 'HJXC7M2Q9K']], tips: ['每个兑换码限使用一次'] },
    toast: '您的兑换码已经过期',
    corpus: ['zh#38 您的兑换码已经过期 (actfuns/ylq redeemcode/text.lua)'],
    key_phrases: ['您的兑换码已经过期'],
  },
  {
    name: 'blind-giftcode-qq-dark', case: 'blind-deadline-giftcode-qq-dark', file: 'Screenshot_20270113-195810.png', split: B,
    style: 'qq-mobile', device: 'android-1440x3200', dark: true, clock: '19:58', battery: 25, title: '幻境礼包小铺',
    messages: [
      { from: 'time', text: '19:40' },
      { from: 'buyer', text: '老板，10号在你这买的新春礼包兑换码，今天去兑换提示您的兑换码已经过期' },
      { from: 'buyer', text: `订单号 ${O5}` },
      { from: 'buyer', type: 'image', hue: 260, w: 150, h: 220 },
      { from: 'merchant', text: '问题订单及时处理，但是要当天反馈，10号发的码，过了三天这边处理不了' },
      { from: 'buyer', text: '那我自己去平台申请' },
    ],
    corpus: ['zh#38 您的兑换码已经过期', 'zh#14 问题订单及时处理', 'zh#46 你必须要在当天使用本平台的投诉订单功能 (dtjishou.net/article/204.html)'],
    key_phrases: [O5, '您的兑换码已经过期', '过了三天这边处理不了'],
  },
  {
    name: 'blind-giftcode-order-desktop', case: 'blind-deadline-giftcode-qq-dark', file: 'Snipaste_2027-01-13_20-01-44.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '幻境礼包小铺', accent: '#7c3aed',
    order: {
      query: O5,
      rows: [['订单号', O5], ['商品名称', '幻境大陆 新春礼包 兑换码'], ['购买数量', '1'], ['实付金额', '¥30.00'], ['支付方式', 'QQ钱包'], ['订单状态', '已交付', 'status'], ['下单时间', '2027-01-10 09:30:15']],
      code: '兑换码: HJXC****9K',
      noteTitle: '购买须知',
      note: ['如果卖家不处理，你必须要在当天使用本平台的投诉订单功能，这样你的钱才能有保障。'],
    },
    corpus: ['zh#46 (dtjishou.net/article/204.html)'],
    key_phrases: [O5, '¥30.00', '你必须要在当天使用本平台的投诉订单功能'],
  },

  // ── 6 blind-order-id-mismatch-taobao: the chat's order card is another order ──────────
  {
    name: 'blind-netease-toast', case: 'blind-order-id-mismatch-taobao', file: 'Screenshot_20270115-130812.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '13:08', battery: 61,
    game: { title: '点卡充值', name: '网易一卡通 礼品卡充值', hue: '#c8102e', fields: [['充值账号', 'wy****31@163.com'], ['卡号', '2207 **** **** 6615'], ['密码', '********0392']], submit: '确认充值', tips: ['礼品卡面值: 100元'] },
    toast: '充值失败：礼品卡不存在',
    corpus: ['zh#32 礼品卡不存在 (hanShiXiong06/sass.hsxbk.top)'],
    key_phrases: ['礼品卡不存在'],
  },
  {
    name: 'blind-taobao-other-order', case: 'blind-order-id-mismatch-taobao', file: 'mmexport1768454320517.jpg', split: B,
    style: 'taobao-chat', device: 'android-1080x2400', degrade: ['forward'], clock: '13:38', battery: 58, title: '网易点卡直营店',
    messages: [
      { from: 'time', text: '13:10' },
      { from: 'system', type: 'card', card: { title: '网易一卡通 礼品卡 100元 卡密', price: '¥96.50', order: `订单号: ${O6_OTHER}` } },
      { from: 'buyer', text: '最新购买的卡密，提示查询不到卡密。' },
      { from: 'buyer', text: '充值页面说礼品卡不存在' },
      { from: 'merchant', text: '亲，稍等我查下这一单' },
      { from: 'merchant', text: '这一单的卡密上周就已经充值成功了哦' },
      { from: 'buyer', text: '就是这单，帮我退款' },
    ],
    corpus: ['zh#55 最新购买的卡密，提示查询不到卡密。 (AFANOOO/sspan#28)', 'zh#32 礼品卡不存在'],
    key_phrases: [O6_OTHER, '提示查询不到卡密', '上周就已经充值成功了'],
  },
  {
    name: 'blind-taobao-order-mismatch', case: 'blind-order-id-mismatch-taobao', file: 'Screenshot_20270115-134102.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '13:41', battery: 57, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '网易点卡直营店', product: '网易一卡通 礼品卡 100元 卡密', price: '¥96.50', paid: '¥96.50',
      info: [['订单编号', O6], ['支付宝交易号', '2027011522001162094471835520'], ['创建时间', '2027-01-15 13:02:31'], ['付款时间', '2027-01-15 13:02:44'], ['发货时间', '2027-01-15 13:02:49']],
    },
    key_phrases: [O6, '¥96.50'],
  },

  // ── 7 blind-private-channel-xianyu: not_received; the seller asks to move to WeChat ───
  {
    name: 'blind-xianyu-wechat-offer', case: 'blind-private-channel-xianyu', file: 'Screenshot_20270116-112408.png', split: B,
    style: 'xianyu-chat', device: 'android-1440x3200', clock: '11:24', battery: 80, title: '会员直充小店',
    item: { title: '腾讯视频 VIP 月卡 直充 填QQ号', price: '¥19.90', status: '待发货' },
    messages: [
      { from: 'time', text: '10:26' },
      { from: 'buyer', text: '付款成功了 钱付了 会员没到账' },
      { from: 'buyer', text: '充值了以后没有到账怎么办呀？' },
      { from: 'merchant', text: '加我微信，给你处理下' },
      { from: 'buyer', text: '在闲鱼上说就行吧' },
      { from: 'merchant', text: '加一下我微信，告诉我用户名即可。' },
    ],
    corpus: ['zh#72 付款成功了 钱付了 没到账 (QuantumNous/new-api#4830)', 'zh#73 我充值了以后没有到账怎么办呀？ (Anankke/SSPanel-UIM#1172)', 'zh#69 加我微信，给你处理下 (ghosert/cmd-editor#2569)', 'zh#71 加一下我微信，告诉我用户名即可。 (ghosert/cmd-editor#1172)'],
    key_phrases: ['¥19.90', '会员没到账', '加我微信，给你处理下', '加一下我微信，告诉我用户名即可。'],
  },
  {
    name: 'blind-xianyu-order-pending', case: 'blind-private-channel-xianyu', file: 'Screenshot_20270116-112530.png', split: B,
    style: 'taobao-order', device: 'android-1440x3200', clock: '11:25', battery: 80, variant: 'xianyu',
    order: {
      status: '等待卖家发货', shop: '会员直充小店', product: '腾讯视频 VIP 月卡 直充 填QQ号', price: '¥19.90', paid: '¥19.90',
      info: [['订单编号', O7], ['支付宝交易号', '2027011622001177314209586631'], ['下单时间', '2027-01-16 10:20:18'], ['付款时间', '2027-01-16 10:20:31']],
    },
    key_phrases: [O7, '¥19.90', '等待卖家发货'],
  },

  // ── 8 blind-threat-qqpc-monitor: card_invalid; the buyer insults and threatens ────────
  {
    name: 'blind-ecard-bind-dialog', case: 'blind-threat-qqpc-monitor', file: 'Screenshot_20270117-191544.png', split: B,
    style: 'android-dialog', device: 'android-1440x3200', clock: '19:15', battery: 45, appTitle: '绑定京东E卡',
    fields: [['卡密', 'JD8K-****-****-2W7Q']], submit: '绑定',
    dialog: { title: '绑定失败', body: ['该礼品卡已被使用或已失效，无法领取'], buttons: ['确定'] },
    corpus: ['zh#35 该礼品卡已被使用或已失效，无法领取 (hanShiXiong06/sass.hsxbk.top)'],
    key_phrases: ['该礼品卡已被使用或已失效，无法领取'],
  },
  {
    name: 'blind-qqpc-threat-monitor', case: 'blind-threat-qqpc-monitor', file: 'IMG_20270117_194322.jpg', split: B,
    style: 'qq-pc', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.25, focus: [0.6, 0.35], title: 'E卡优选-客服', buyerName: '老周', merchantName: 'E卡优选客服', lineW: 900,
    contacts: ['E卡优选-客服', '我的手机', '家人群', '腾讯新闻'],
    messages: [
      { from: 'time', text: '2027-01-17' },
      { from: 'buyer', at: '19:20:03', text: `订单 ${O8} 的E卡，绑定提示该礼品卡已被使用或已失效，无法领取` },
      { from: 'merchant', at: '19:31:40', text: '我们发的都是新卡，你是不是自己绑过了' },
      { from: 'buyer', at: '19:33:02', text: '骗子！' },
      { from: 'buyer', at: '19:33:30', text: '你已经看到我的留言了，如果你不退钱，我要网上到处发帖子揭发你这小人' },
      { from: 'merchant', at: '19:40:11', text: '你先别急，我找上游查一下' },
    ],
    corpus: ['zh#35 该礼品卡已被使用或已失效，无法领取', 'zh#18 骗子！ (getlantern/forum#1622)', 'zh#114 如果你不退钱，我要网上到处发帖子揭发你这小人 (Hackxiaoya/CuteOne#72)'],
    key_phrases: [O8, '骗子！', '我要网上到处发帖子揭发你这小人'],
  },
  {
    name: 'blind-ecard-order', case: 'blind-threat-qqpc-monitor', file: 'IMG_7733.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '19:44', battery: 41, shop: 'E卡优选', accent: '#e1251b',
    order: {
      query: O8,
      rows: [['订单号', O8], ['商品名称', '京东E卡 200元 电子卡 卡密'], ['购买数量', '1'], ['实付金额', '¥194.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-01-17 19:05:12']],
      code: '卡密: JD8K-****-****-2W7Q',
    },
    key_phrases: [O8, '¥194.00'],
  },

  // ── 9 blind-wrong-purchase-policy-psn: wrong_purchase; the terms exclude a refund ─────
  {
    name: 'blind-psn-wechat-forward', case: 'blind-wrong-purchase-policy-psn', file: '微信图片_20270118153622.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['forward'], clock: '15:36', battery: 71, title: '环球礼品卡',
    messages: [
      { from: 'time', text: '15:20' },
      { from: 'buyer', text: `你好，订单${O9}，我买错东西了，想买港服的点成了意大利的，代码还没兑换，能退吗` },
      { from: 'merchant', text: '不可以。一旦数字代码交付，就不可退款也不可退货。' },
      { from: 'buyer', text: '代码真的一次都没用过' },
      { from: 'merchant', text: '商品页常见问题里写了的，抱歉' },
    ],
    corpus: ['zh#83 买错东西请求重置 (itsamewayu/OLFallenDoll#1277)', 'zh#108 不可以。一旦数字代码交付，就不可退款也不可退货。 (aceb.com)'],
    key_phrases: [O9, '我买错东西了', '一旦数字代码交付，就不可退款也不可退货。'],
  },
  {
    name: 'blind-psn-order-faq', case: 'blind-wrong-purchase-policy-psn', file: 'IMG_3904.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '15:38', battery: 70, shop: '环球礼品卡', accent: '#003791',
    order: {
      query: O9,
      rows: [['订单号', O9], ['商品名称', 'PlayStation 意大利 礼品卡 €25 数字代码'], ['实付金额', '¥198.00'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-01-18 15:12:40']],
      code: '代码: PSIT-****-****-7R2K',
      noteTitle: '常见问题',
      note: ['我可以在订购后取消或获得退款吗？', '不可以。一旦数字代码交付，就不可退款也不可退货。', '礼品卡必须在购买后 12 个月内兑换。'],
    },
    corpus: ['zh#111 我可以在订购后取消或获得退款吗？, zh#108, zh#110 (aceb.com/zh/giftcards/sony-playstation-italy)'],
    key_phrases: [O9, '¥198.00', '一旦数字代码交付，就不可退款也不可退货。'],
  },

  // ── 10 blind-no-reply-late-qq: late_delivery; the shop never answers ─────────────────
  {
    name: 'blind-late-order-pending', case: 'blind-no-reply-late-qq', file: 'Screenshot_20270119-150406.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:04', battery: 53, shop: '蒸汽钱包卡铺', accent: '#1b2838',
    order: {
      query: O10, statusTone: 'wait',
      rows: [['订单号', O10], ['商品名称', 'Steam 钱包码 50元 国区'], ['购买数量', '1'], ['实付金额', '¥48.50'], ['支付方式', '微信支付'], ['订单状态', '待交付', 'status'], ['下单时间', '2027-01-19 08:40:27']],
      noteTitle: '发货说明',
      note: ['付款成功后，兑换码即时送达订单页与邮箱，凭证仅你本人可见。'],
    },
    corpus: ['zh#10 待交付, zh#13 付款成功后，兑换码即时送达订单页与邮箱，凭证仅你本人可见。 (dujiao-next/dujiao-next zh-CN.json)'],
    key_phrases: [O10, '¥48.50', '待交付', '兑换码即时送达订单页与邮箱'],
  },
  {
    name: 'blind-late-qq-forward', case: 'blind-no-reply-late-qq', file: 'mmexport1768806330418.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['forward'], clock: '15:05', battery: 52, title: '蒸汽钱包卡铺',
    messages: [
      { from: 'time', text: '09:02' },
      { from: 'buyer', text: `订单${O10}，付款成功二十分钟了，说好的即时送达，兑换码还没收到` },
      { from: 'time', text: '11:30' },
      { from: 'buyer', text: '在吗？' },
      { from: 'time', text: '15:01' },
      { from: 'buyer', text: '问题已经描述了，能看一下嘛，如果不能解决，可以不可以退款' },
    ],
    corpus: ['zh#13 即时送达 (dujiao-next)', 'zh#61 问题已经描述了，能看一下嘛，如果不能解决，可以不可以退款 (kookob/mybatis-log-plugin#104)'],
    key_phrases: [O10, '兑换码还没收到', '如果不能解决，可以不可以退款'],
  },

  // ── 11 blind-en-not-received-ticket: not_received, English, complete chain ────────────
  {
    name: 'blind-en-g2g-unfulfilled', case: 'blind-en-not-received-ticket', file: 'Screenshot 2027-01-20 181544.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'KeyForge',
    order: {
      status: 'No fulfillment yet', tone: 'wait', statusNote: 'The seller has not delivered this order yet.',
      rows: [['Order ID', O11], ['Offer', 'PDFMaster Pro lifetime license (serial key)'], ['Seller', 'KeyForge'], ['Quantity', '1'], ['Total', 'USD 24.99'], ['Delivery method', 'Code delivery'], ['Order date', 'Jan 20, 2027 09:14']],
      buttons: ['Confirm Received', 'Did Not Receive'],
    },
    corpus: ['en#36 No fulfillment yet (dujiao-next/dujiao-next en-US.json)'],
    key_phrases: [O11, 'USD 24.99', 'No fulfillment yet'],
  },
  {
    name: 'blind-en-ticket-ipad', case: 'blind-en-not-received-ticket', file: 'IMG_0457.PNG', split: B,
    style: 'shop-webchat', device: 'ipad-2360x1640', clock: '18:20', battery: 64, shop: 'KeyForge', navColor: '#111827', title: 'Ticket #55207 Key not received',
    ticket: [['Order', O11], ['Product', 'PDFMaster Pro lifetime license'], ['Status', 'Open']],
    buyerName: 'Me', merchantName: 'KeyForge Support',
    messages: [
      { from: 'buyer', at: '09:40', text: 'I just spent $24.99 and i did not get a email with my key can i either get my money back or can you tell me what to do' },
      { from: 'merchant', at: '10:05', text: 'It\'s a manual process to create the key... and therefore it may take a moment :-)' },
      { from: 'buyer', at: '17:52', text: 'It’s been more then 8 hours and I still have not received my Serial Key.' },
      { from: 'merchant', at: '18:12', text: 'Sorry, our supplier is out of stock. Please request a refund on the order page, we will accept it.' },
    ],
    corpus: ['en#3 I just spent $20 and i did not get a email with my key (LoukaMB/SynapseX#385)', 'en#102 It\'s a manual process to create the key (rzander/sccmclictr#160)', 'en#5 It’s been more then 8 hours and I still have not received my Serial Key. (LoukaMB/SynapseX#387)'],
    key_phrases: [O11, 'did not get a email with my key', 'I still have not received my Serial Key.'],
  },

  // ── 12 blind-en-wrong-version-whatsapp: card_invalid claimed; the buyer bought the Mac key ─
  {
    name: 'blind-en-activation-dialog', case: 'blind-en-wrong-version-whatsapp', file: 'Screenshot_20270117-210022.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', dark: true, clock: '21:00', battery: 38, appTitle: 'SmoothScroll for Windows',
    fields: [['License key', 'SMSC-****-****-M4C7']], submit: 'Activate',
    dialog: { title: 'Activation', body: ['The code you entered may be incorrect or invalid'], buttons: ['OK'] },
    corpus: ['en#108 The code you entered may be incorrect or invalid (bnfaq.channel.or.jp)'],
    key_phrases: ['The code you entered may be incorrect or invalid'],
  },
  {
    name: 'blind-en-whatsapp-dark', case: 'blind-en-wrong-version-whatsapp', file: 'Screenshot_20270117-212405.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', dark: true, clock: '21:24', battery: 36, title: 'AppKeys Support', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: `Hello, the license key from order ${O12} says the code you entered may be incorrect or invalid`, at: '21:02' },
      { from: 'merchant', text: 'Which app are you activating? That key is for the Mac edition', at: '21:10' },
      { from: 'buyer', text: 'Hello, I purchased the wrong version. I wanted the Windows version, but my mistake led to purchasing the Mac version.', at: '21:14' },
      { from: 'buyer', text: 'Can you help me with a refund or exchange for a Windows version key?', at: '21:15' },
      { from: 'merchant', text: 'This is not a bug, but how digital license management works.', at: '21:20' },
    ],
    corpus: ['en#108', 'en#24 I purchased the wrong version … my mistake led to purchasing the Mac version (gblazex/smoothscroll#230)', 'en#25 (gblazex/smoothscroll#230)', 'en#15 This is not a bug, but how digital license management works. (Mark2Mark/variable-font-preview#38)'],
    key_phrases: [O12, 'I purchased the wrong version', 'my mistake led to purchasing the Mac version.'],
  },
  {
    name: 'blind-en-g2g-delivered-phone', case: 'blind-en-wrong-version-whatsapp', file: 'Screenshot_20270117-212630.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '21:26', battery: 36, shop: 'AppKeys',
    order: {
      status: 'Delivered / completed', statusNote: 'The code was delivered to your order page.',
      rows: [['Order ID', O12], ['Offer', 'SmoothScroll lifetime license (Mac)'], ['Seller', 'AppKeys'], ['Total', 'USD 9.99'], ['Delivery', 'Code delivery'], ['Order date', 'Jan 17, 2027 20:48']],
      buttons: ['Report a problem'],
    },
    corpus: ['en#37 Delivered / completed (dujiao-next/dujiao-next en-US.json)'],
    key_phrases: [O12, 'USD 9.99', 'Delivered / completed'],
  },

  // ── 13 blind-neg-quoted-used-taobao: not_received; "已被使用" only in a question ──────
  {
    name: 'blind-taobao-long-question', case: 'blind-neg-quoted-used-taobao', file: 'IMG_8125.PNG', split: B,
    style: 'taobao-chat', device: 'iphone-1170x2532', long: true, clock: '18:14', battery: 47, title: '思维导图插件官方店',
    messages: [
      { from: 'time', text: '16:20' },
      { from: 'system', type: 'card', card: { title: 'MarkMind 思维导图插件 永久激活码', price: '¥80.00', order: `订单号: ${O13}` } },
      { from: 'buyer', text: '我买了插件80元，但是没有找到激活码' },
      { from: 'merchant', text: '亲，付款成功后激活码会送达订单页与邮箱' },
      { from: 'buyer', text: '没有收到带有激活码的邮件，订单页也是暂无交付信息' },
      { from: 'buyer', text: '另外问下，商品页写兑换码（License）只能使用一次，如果以后提示已被使用，是不是就不能退了？' },
      { from: 'time', text: '18:05' },
      { from: 'merchant', text: '那是换设备才会遇到的。这单是发卡程序有bug，码没发出去，您申请退款吧，我同意' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: ['zh#30 我在www.markmind.net网页上买了插件80元，但是没有找到激活码 (MarkMindCkm/obsidian-markmind#745)', 'zh#13 兑换码即时送达订单页与邮箱', 'zh#93 没有收到带有激活码的邮件 (ttttmr/Wechat2RSS#322)', 'zh#12 暂无交付信息', 'zh#1 兑换码（ License ）只能使用一次 (Kenshin/simpread#1658)', 'zh#4 发卡程序有bug'],
    key_phrases: [O13, '没有收到带有激活码的邮件', '如果以后提示已被使用，是不是就不能退了？', '码没发出去'],
  },
  {
    name: 'blind-taobao-order-unsent', case: 'blind-neg-quoted-used-taobao', file: 'IMG_8126.PNG', split: B,
    style: 'taobao-order', device: 'iphone-1170x2532', clock: '18:16', battery: 47, variant: 'taobao',
    order: {
      status: '等待卖家发货', shop: '思维导图插件官方店', product: 'MarkMind 思维导图插件 永久激活码', price: '¥80.00', paid: '¥80.00',
      info: [['订单编号', O13], ['支付宝交易号', '2027012122001118830564402917'], ['创建时间', '2027-01-21 16:05:02'], ['付款时间', '2027-01-21 16:05:19']],
    },
    key_phrases: [O13, '¥80.00', '等待卖家发货'],
  },

  // ── 14 blind-neg-conditional-promise-wechat: card_invalid; a conditional undertaking ──
  {
    name: 'blind-giftpack-toast', case: 'blind-neg-conditional-promise-wechat', file: 'Screenshot_20270122-201520.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '20:15', battery: 59,
    game: { title: '礼包兑换', name: '星穹战记', hue: '#D9480F', btn: '#D9480F', fields: [['角色ID', '77120493'], ['服务器', '星海一区'], ['兑换码', 'XQZJ4K8M2T']], tips: ['每个兑换码限使用一次', '兑换成功后奖励将通过邮件发放'] },
    toast: '兑换失败：此礼包已经被兑换',
    corpus: ['zh#40 此礼包已经被兑换 (actfuns/ylq redeemcode/text.lua)'],
    key_phrases: ['此礼包已经被兑换'],
  },
  {
    name: 'blind-giftpack-wechat', case: 'blind-neg-conditional-promise-wechat', file: 'IMG_2714.PNG', split: B,
    style: 'wechat-light', device: 'iphone-1170x2532', clock: '20:44', battery: 57, title: '星穹礼包铺',
    messages: [
      { from: 'time', text: '20:17' },
      { from: 'buyer', text: `订单${O14}的周年礼包码，刚拿到就提示此礼包已经被兑换` },
      { from: 'merchant', text: '问题订单及时处理。发订单号，带截图，核实是我们的问题都会给你退款' },
      { from: 'buyer', type: 'image', hue: 20, w: 150, h: 220 },
      { from: 'buyer', text: '付款是支付宝付的，订单号上面发了，截图也发了' },
      { from: 'time', text: '20:40' },
      { from: 'merchant', text: '核实了，这个码被重复发放，您在平台申请退款，我同意' },
    ],
    corpus: ['zh#40 此礼包已经被兑换', 'zh#14 问题订单及时处理', 'zh#23 play 的发订单号，其它的带截图，都会给你退款 (brevent/Brevent#77)'],
    key_phrases: [O14, '此礼包已经被兑换', '核实是我们的问题都会给你退款'],
  },
  {
    name: 'blind-giftpack-order', case: 'blind-neg-conditional-promise-wechat', file: 'IMG_2715.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '20:45', battery: 57, shop: '星穹礼包铺', accent: '#D9480F',
    order: {
      query: O14,
      rows: [['订单号', O14], ['商品名称', '星穹战记 周年礼包 兑换码'], ['购买数量', '1'], ['实付金额', '¥45.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-01-22 20:11:44']],
      code: '兑换码: XQZJ****2T',
    },
    key_phrases: [O14, '¥45.00'],
  },
];
