// The thirty-sixth blind end-to-end set (fixtures/blind36/): 14 cases written by a helper (branch b36),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind36'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is software memberships and shared subscriptions
// bought on card shops and marketplaces: the membership, plan and invite pages where they fail.
// Half Simplified / Traditional Chinese, half English. Seven new app styles: `netdisk-vip-redeem`
// (百度网盘 / 夸克网盘 会员兑换 on a phone), `wps-vip-redeem` (WPS Office's 兑换会员 dialog),
// `xianyu-autoship` (a Xianyu chat with a 闲管家-style 自动发货 card), `spotify-family-join` (the
// Premium Family invite page), `ms-services-subs` (Microsoft account › Services & subscriptions),
// `chatgpt-billing` (ChatGPT settings at the plan pane) and `canva-invite` (a Canva team invite).
// Render with `node scripts/real/render.mjs --set blind36`, then
// `node scripts/real/copy-cases.mjs --set blind36`. The set is judged once, at the end: do not tune on it.
const B = 'blind36';

const O1 = '4015527730961204481'; // Xianyu, 19 digits
const T1 = '2028040822001147730562184409'; // its Alipay trade number (28 digits)
const O2 = '3891204476651028837'; // Taobao, 19 digits
const O3 = '4016610238845512093'; // Xianyu, 19 digits
const O4 = '280414-339120587716'; // Pinduoduo: date + 12 digits
const O5 = '28041619320417'; // 露天: 14 digits
// this order is MS-2028041802 (Microsoft 365 個人版, 18 April; in order.json only)
const O6b = 'MS-2028031107'; // the buyer's March order, the one the chat is about
const O8 = 'SN-40288';
const O9 = 'FP-77310';
const O10 = '2804231440275519'; // 16 digits (Z2U-like)
const O11 = 'CP-1093';
const O12 = 'VK-52914';
const O13 = 'AD-2028-0426-118'; // hyphenated
const O14 = 'GC-60917';

const SRC = {
  usedZh: 'a membership redeem page: "该兑换码已被兑换使用！" (public GitHub JavaScript file, find_string id 56215880474), put in the 百度网盘 redeem screen',
  invalidZh: 'the same file: "兑换码无效！请核对或联系客服" (public GitHub JavaScript file, find_string id 56215880474), put in the 夸克网盘 redeem screen',
  expiredZh: 'a redeem-code check: "该兑换码已经过期，无法使用！" (public GitHub PHP file, find_string id 22123595498), put in the WPS dialog',
  autoShip: 'a ChatGPT top-up shop\'s page title: "ChatGPT Plus会员充值、GPT Team兑换码，3分钟自动发货" (public GitHub TSX file, find_string id 56480186176), its "3分钟自动发货" put in a Xianyu listing title',
  famFull: 'a family-plan invite page: "This family plan is full" / "The plan has no open paid seats. Ask the owner to add a Family seat." (public GitHub TSX file, find_string id 57907218158)',
  linkDead: 'an invite page\'s errors: "This invite link is no longer valid. Ask whoever invited you to send a new one." (public GitHub TypeScript file, find_string id 54576907760)',
  inviteExpired: 'the same file: "This invite has expired. Ask the inviter to resend it." (public GitHub TypeScript file, find_string id 54576907760)',
  canceled: 'a billing page\'s subscription states: "Your subscription has been canceled." (public GitHub file, find_string id 29509333106)',
  canceledTw: 'an i18n table: \'zh-TW\': \'訂閱已取消。\' (public GitHub TypeScript file, find_string id 53765183825)',
  usageLimit: 'an activation-code service: "Activation code usage limit reached" (public GitHub TypeScript file, find_string id 56155810722)',
  declined: 'a payment form: "Your card was declined. Please try another payment method or contact your bank." (public GitHub JavaScript file, find_string id 17195417602)',
};

export default [
  // ── 1 b36-zh-bdpan-used-xianyu: card_invalid, ready ───────────────────────────────────────
  {
    name: 'b36-bdpan-used', case: 'b36-zh-bdpan-used-xianyu', file: 'Screenshot_20280408-212011.png', split: B,
    style: 'netdisk-vip-redeem', device: 'android-1080x2400', clock: '21:20', battery: 63,
    app: { name: '百度网盘', color: '#06A7FF', grad: '#FFEBC2,#F4C66A', level: '普通用户 · 开通超级会员享极速下载' },
    account: 'bd_****2917', code: 'SV9K-****-****-7Q2M',
    toast: '该兑换码已被兑换使用！',
    rules: ['每个兑换码仅限兑换一次', '兑换成功后会员时长即时到账', '兑换码请妥善保管，勿泄露给他人'],
    corpus: [SRC.usedZh],
    key_phrases: ['该兑换码已被兑换使用！'],
  },
  {
    name: 'b36-xianyu-bdpan-chat', case: 'b36-zh-bdpan-used-xianyu', file: 'Screenshot_20280408-214410.png', split: B,
    style: 'xianyu-chat', device: 'android-1080x2400', clock: '21:44', battery: 58, title: '云盘会员小铺',
    item: { title: '百度网盘超级会员SVIP 1个月 兑换码', price: '¥19.80', status: '已发货' },
    messages: [
      { from: 'time', text: '21:22' },
      { from: 'buyer', text: `订单${O1}的兑换码，在百度网盘APP里兑换提示“该兑换码已被兑换使用！”，我是第一次输这个码` },
      { from: 'buyer', type: 'image', hue: 200, w: 80, h: 140 },
      { from: 'merchant', text: '稍等，我查一下' },
      { from: 'time', text: '21:41' },
      { from: 'merchant', text: '查到了，这个码上游同时发给了两个买家，被别人先兑换了，这单责任在我们' },
      { from: 'merchant', text: '你直接在订单里申请退款，我这边同意' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.usedZh],
    key_phrases: [O1, '该兑换码已被兑换使用', '这单责任在我们'],
  },
  {
    name: 'b36-xianyu-bdpan-order', case: 'b36-zh-bdpan-used-xianyu', file: 'Screenshot_20280409-102611.png', split: B,
    style: 'xianyu-order', device: 'android-1080x2400', clock: '10:26', battery: 91,
    order: {
      status: '卖家已发货', statusLine: '还剩9天10小时自动确认收货',
      seller: '云盘会员小铺', title: '百度网盘超级会员SVIP 1个月 兑换码', price: '¥19.80',
      rows: [['订单编号', O1, true], ['支付宝交易号', T1, true], ['创建时间', '2028-04-08 21:13:58'], ['付款时间', '2028-04-08 21:14:05'], ['发货时间', '2028-04-08 21:14:09'], ['实付款', '¥19.80']],
      buttons: ['申请退款', '确认收货'],
    },
    key_phrases: [O1, '¥19.80', '卖家已发货'],
  },

  // ── 2 b36-zh-wps-expired-30min: card_invalid, not-ready (deadline-passed by the 30-minute terms) ──
  {
    name: 'b36-wps-expired', case: 'b36-zh-wps-expired-30min', file: '屏幕截图 2028-04-11 114012.png', split: B,
    style: 'wps-vip-redeem', device: 'desktop-1366x768', clock: '11:40', date: '2028/4/11',
    docs: ['季度预算.xlsx'], account: 'WPS_1833****06', member: '普通用户 · 未开通会员', code: 'WPSV-****-****-3KD9',
    lines: ['该兑换码已经过期，无法使用！'],
    notes: ['兑换成功后会员权益立即生效', '每个兑换码仅可使用一次'],
    corpus: [SRC.expiredZh],
    key_phrases: ['该兑换码已经过期，无法使用！'],
  },
  {
    name: 'b36-taobao-wps-chat', case: 'b36-zh-wps-expired-30min', file: 'Screenshot_20280411-115302.png', split: B,
    style: 'taobao-chat', device: 'android-1080x2400', clock: '11:53', battery: 47, title: '办公软件会员铺', banner: '兑换码 · 自动发货',
    messages: [
      { from: 'time', text: '11:46' },
      { from: 'system', type: 'card', card: { title: 'WPS超级会员 年卡 兑换码 自动发货', price: '¥89.00', order: `订单号: ${O2}` } },
      { from: 'buyer', text: '刚在WPS里兑换，提示“该兑换码已经过期，无法使用！”，截图发你' },
      { from: 'buyer', type: 'image', hue: 35, w: 200, h: 120 },
      { from: 'merchant', text: '亲，您的码是早上9点02发的，宝贝页写了收到后30分钟内兑换并反馈，现在已经过了时间哦' },
      { from: 'merchant', text: '过期的码我们会找上游核实，但超时的订单后台不支持退款' },
      { from: 'buyer', text: '上午一直在开会，哪有空兑换' },
    ],
    corpus: [SRC.expiredZh],
    key_phrases: [O2, '30分钟内兑换并反馈', '已经过了时间'],
  },

  // ── 3 b36-zh-xgj-quark-nofeedback: card_invalid, weak/not-ready (chat-no-feedback) ────────────
  {
    name: 'b36-xgj-autoship', case: 'b36-zh-xgj-quark-nofeedback', file: 'Screenshot_20280412-200741.png', split: B,
    style: 'xianyu-autoship', device: 'android-1080x2400', clock: '20:07', battery: 72, title: '夸克会员自助店',
    item: { title: '夸克网盘SVIP 年卡 兑换码 3分钟自动发货', price: '¥78.00', status: '已发货' },
    messages: [
      { from: 'time', text: '20:04' },
      { from: 'buyer', type: 'card', card: { title: '夸克网盘SVIP 年卡 兑换码 3分钟自动发货', price: '¥78.00', order: `订单编号：${O3}`, status: '我已付款，等待你发货' } },
      { from: 'merchant', auto: { tool: '闲管家', head: '亲，您购买的宝贝已自动发货：', code: 'QKSV-****-****-P4XZ', lines: ['打开夸克APP → 我的 → 兑换码，输入即可开通', '兑换码仅能使用一次，请勿外传'] } },
      { from: 'system', text: '卖家已发货' },
      { from: 'buyer', text: '好的 谢谢老板' },
      { from: 'merchant', text: '感谢支持，用得好记得给个好评哦～' },
    ],
    corpus: [SRC.autoShip],
    key_phrases: ['自动发货', '我已付款，等待你发货', '好的 谢谢老板'],
  },
  {
    name: 'b36-quark-invalid', case: 'b36-zh-xgj-quark-nofeedback', file: 'Screenshot_20280412-224517.png', split: B,
    style: 'netdisk-vip-redeem', device: 'android-1080x2400', dark: true, clock: '22:45', battery: 31,
    app: { name: '夸克网盘', color: '#2F6BFF', grad: '#DCE6FF,#A9C0FF', level: '普通用户 · 网盘空间 10GB' },
    title: '兑换码', label: '输入兑换码', account: 'qk_****5530', code: 'QKSV-****-****-P4XZ',
    lines: ['兑换码无效！请核对或联系客服'],
    corpus: [SRC.invalidZh],
    key_phrases: ['兑换码无效！请核对或联系客服'],
  },

  // ── 4 b36-zh-xunlei-threat-pdd: not_received, ready/weak + threatening-language ─────────────
  {
    name: 'b36-pdd-xunlei-order', case: 'b36-zh-xunlei-threat-pdd', file: 'Screenshot_20280415-204512.png', split: B,
    style: 'pdd-order', device: 'android-1080x2400', clock: '20:45', battery: 54, cover: '#2563eb,#60a5fa',
    order: {
      status: '待发货', promise: '商家承诺付款后10分钟内充值到账', notice: '账号直充：充值到账后不支持退款，未到账可申请退款',
      shop: '极速会员直充店', product: '迅雷白金会员 年卡 账号直充', spec: '白金会员 年卡 | 账号直充', price: '¥99.00',
      money: [['商品总价', '¥99.00'], ['实付', '¥99.00', 'pay']],
      info: [['订单编号', O4], ['下单时间', '2028-04-14 13:20:31'], ['支付方式', '支付宝'], ['拼单成功时间', '2028-04-14 13:20:37']],
    },
    key_phrases: [O4, '¥99.00', '待发货'],
  },
  {
    name: 'b36-pdd-xunlei-chat', case: 'b36-zh-xunlei-threat-pdd', file: 'Screenshot_20280415-205108.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '20:51', battery: 52, title: '极速会员直充店',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '迅雷白金会员 年卡 账号直充', price: '¥99.00', order: `订单编号：${O4}`, status: '待发货' } },
      { from: 'time', text: '昨天 13:52' },
      { from: 'buyer', text: '付款半小时了，迅雷账号还是普通用户，白金会员没到账' },
      { from: 'merchant', text: '亲亲稍等，充值排队中哦' },
      { from: 'time', text: '20:31' },
      { from: 'buyer', text: `订单${O4}一天多了还没到账，你们到底充不充？` },
      { from: 'merchant', text: '亲，上游直充通道在维护，暂时无法充值，您申请退款我们这边同意' },
      { from: 'buyer', text: '早干嘛去了？今天不给退款我就去黑猫投诉，再把你们这家黑店挂到网上' },
    ],
    key_phrases: [O4, '暂时无法充值', '这家黑店挂到网上'],
  },

  // ── 5 b36-tw-spotify-full-line: activation_failed, ready ───────────────────────────────────
  {
    name: 'b36-spotify-full', case: 'b36-tw-spotify-full-line', file: 'IMG_3381.PNG', split: B,
    style: 'spotify-family-join', device: 'iphone-1170x2532', clock: '20:02', battery: 66, url: 'spotify.com',
    heading: 'This family plan is full',
    lines: ['The plan has no open paid seats. Ask the owner to add a Family seat.'],
    button: 'Go to account', account: 'Logged in as ja****@gmail.com',
    corpus: [SRC.famFull],
    key_phrases: ['This family plan is full', 'no open paid seats'],
  },
  {
    name: 'b36-line-spotify-chat', case: 'b36-tw-spotify-full-line', file: 'IMG_3384.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '21:18', battery: 61, title: '阿凱數位',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `你好，露天訂單 ${O5} 的 Spotify 家庭方案邀請連結，點進去顯示「This family plan is full」，沒辦法加入`, read: true },
      { from: 'buyer', type: 'image', hue: 140, w: 110, h: 200, read: true },
      { from: 'merchant', name: '阿凱數位', text: '抱歉，查了一下，主帳號最後一個位子被另一位客人先用掉了，是我們這邊的疏失' },
      { from: 'merchant', name: '阿凱數位', text: '請直接在露天訂單申請退款，我們會同意，造成困擾很抱歉' },
      { from: 'buyer', text: '好，我去申請', read: true },
    ],
    corpus: [SRC.famFull],
    key_phrases: [O5, 'This family plan is full', '是我們這邊的疏失'],
  },
  {
    name: 'b36-ruten-spotify-order', case: 'b36-tw-spotify-full-line', file: '螢幕擷取畫面 2028-04-17 082512.png', split: B,
    style: 'ruten-order', device: 'desktop-1366x768', member: 'jamie_0521',
    order: {
      id: O5, time: '2028/04/16 19:32', status: '賣家已出貨', tone: 'info', seller: '阿凱數位（kai_digital）',
      items: [['Spotify Premium 家庭方案 成員席位 12個月（邀請連結）', '規格：12個月', '1', '$690']], total: '$690',
      rows: [['付款方式', 'LINE Pay'], ['付款時間', '2028/04/16 19:32'], ['出貨時間', '2028/04/16 19:40'], ['取貨方式', '虛擬商品（免運送）']],
    },
    key_phrases: [O5, '$690', '賣家已出貨'],
  },

  // ── 6 b36-hk-ms365-other-order: not_as_described, not-ready (order-id-mismatch) ─────────────
  {
    name: 'b36-ms365-month-tw', case: 'b36-hk-ms365-other-order', file: '螢幕擷取畫面 2028-04-19 193012.png', split: B,
    style: 'ms-services-subs', device: 'desktop-1366x768', lang: 'zh-Hant', initials: 'KW',
    subs: [{
      name: 'Microsoft 365 個人版', color: '#D83B01', lines: ['1 個月 · 以產品金鑰兌換', '到期日：2028/5/18'], tone: 'error',
      status: ['訂閱已取消。', '到期後將無法使用 Word、Excel、PowerPoint 及 1 TB OneDrive 儲存空間。'], actions: ['管理', '續訂'],
    }],
    corpus: [SRC.canceledTw],
    key_phrases: ['Microsoft 365 個人版', '訂閱已取消。', '2028/5/18'],
  },
  {
    name: 'b36-wa-ms365-other', case: 'b36-hk-ms365-other-order', file: 'IMG-20280419-WA0012.jpg', split: B,
    style: 'whatsapp', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '19:52', battery: 40, title: '港軟小舖', subtitle: '在線',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `你好，訂單 ${O6b} 嘅 Microsoft 365 個人版 12個月，兌換之後只得一個月，到期日 2028/5/18，仲顯示「訂閱已取消。」`, at: '19:35' },
      { from: 'merchant', text: `${O6b} 係你 3月11號 買嘅單，當時你話兌換成功，系統都顯示 12 個月喎`, at: '19:44' },
      { from: 'buyer', text: `係呀就係 ${O6b}，而家變咗一個月，我要退款`, at: '19:47' },
      { from: 'merchant', text: '好，我再幫你查下呢張單', at: '19:50' },
    ],
    corpus: [SRC.canceledTw],
    key_phrases: [O6b, '訂閱已取消', '3月11號'],
  },

  // ── 7 b36-zh-gpt-noorder: not_received, not-ready (order-missing) ────────────────────────────
  {
    name: 'b36-gpt-free-zh', case: 'b36-zh-gpt-noorder', file: '屏幕截图 2028-04-20 215506.png', split: B,
    style: 'chatgpt-billing', device: 'desktop-1920x1080', lang: 'zh',
    plan: { name: '免费版', badge: '当前方案', lines: ['你当前使用的是免费版。'] },
    rows: [['账户', 'wa****@outlook.com'], ['名称', 'Wang']],
    buttons: ['升级到 Plus'],
    key_phrases: ['免费版', '升级到 Plus'],
  },
  {
    name: 'b36-douyin-gpt-chat', case: 'b36-zh-gpt-noorder', file: 'Screenshot_20280420-215812.png', split: B,
    style: 'douyin-chat', device: 'android-1080x2400', clock: '21:58', battery: 35, title: '智享AI会员店', subtitle: '官方客服',
    messages: [
      { from: 'time', text: '04-19 20:12' },
      { from: 'buyer', text: '你好，昨天拍的ChatGPT Plus代充一个月，账号密码都按要求发给你了，什么时候能充好？' },
      { from: 'merchant', text: '亲，代充在排队中，24小时内完成' },
      { from: 'time', text: '04-20 21:40' },
      { from: 'buyer', text: '两天了，登录进去还是免费版，Plus一直没开通，截图给你看' },
      { from: 'buyer', type: 'image', hue: 160, w: 200, h: 112 },
      { from: 'merchant', text: '亲，上游最近卡单了，今天之内一定给您充上' },
      { from: 'buyer', text: '今天还充不上的话我就申请退款了' },
    ],
    key_phrases: ['ChatGPT Plus代充', '还是免费版', '上游最近卡单了'],
  },

  // ── 8 b36-en-ms365-basic-nad: not_as_described, ready ─────────────────────────────────────
  {
    name: 'b36-ms365-basic', case: 'b36-en-ms365-basic-nad', file: 'Screenshot 2028-04-20 093215.png', split: B,
    style: 'ms-services-subs', device: 'desktop-1920x1080', lang: 'en', initials: 'TH',
    subs: [{
      name: 'Microsoft 365 Basic', color: '#0F6CBD', lines: ['100 GB of cloud storage · Ad-free Outlook', 'Expires on 5/19/2028'], tone: 'warn',
      status: ['Redeemed with a product key on 4/19/2028. This subscription ends on 5/19/2028 and won\'t renew.'], actions: ['Manage', 'Upgrade to Microsoft 365 Personal'],
    }],
    key_phrases: ['Microsoft 365 Basic', 'Expires on 5/19/2028'],
  },
  {
    name: 'b36-discord-ms365-basic', case: 'b36-en-ms365-basic-nad', file: 'Screenshot 2028-04-20 110512.png', split: B,
    style: 'discord-dm', device: 'desktop-1920x1080', buyerName: 'tom_h', merchantName: 'SoftNest Keys',
    messages: [
      { from: 'time', text: 'April 20, 2028' },
      { from: 'buyer', text: `Hi, order ${O8}: I paid for Microsoft 365 Personal, 12 months. After redeeming the key my account shows Microsoft 365 Basic that expires on 5/19/2028. That's one month of Basic, not a year of Personal.`, at: 'Today at 09:35' },
      { from: 'buyer', text: 'Screenshot of Services & subscriptions is attached.', at: 'Today at 09:35' },
      { from: 'merchant', text: 'Hi Tom, checked that batch: the keys are Microsoft 365 Basic 1-month codes that our supplier labelled as Personal 12 months. Not what the listing says, sorry.', at: 'Today at 11:02' },
      { from: 'merchant', text: 'Open a refund on the order as "not as described" and I\'ll sign it off today.', at: 'Today at 11:03' },
      { from: 'buyer', text: 'Will do, thanks.', at: 'Today at 11:04' },
    ],
    key_phrases: [O8, 'Microsoft 365 Basic', 'sign it off today'],
  },
  {
    name: 'b36-keyshop-ms365', case: 'b36-en-ms365-basic-nad', file: 'Screenshot 2028-04-20 110840.png', split: B,
    style: 'keyshop-orders', device: 'desktop-1366x768',
    order: {
      head: [['Order #', O8], ['Placed', '19/04/2028 18:20'], ['Status', 'Complete'], ['Total', '£44.99']],
      item: 'Microsoft 365 Personal – 12 Months, 1 User (Product Key, UK)', meta: 'Platform: Windows / Mac · Region: United Kingdom · Qty 1',
      key: 'KP7W3-*****-*****-*****-Q9VX8',
    },
    key_phrases: [O8, '£44.99', 'Microsoft 365 Personal – 12 Months'],
  },

  // ── 9 b36-en-spotify-threat-tg: activation_failed, ready/weak + threatening-language ───────────
  {
    name: 'b36-spotify-link-dead', case: 'b36-en-spotify-threat-tg', file: 'Screenshot_20280421-203412.png', split: B,
    style: 'spotify-family-join', device: 'android-1080x2400', clock: '20:34', battery: 48, url: 'spotify.com/us/family/join/invite/…',
    heading: 'Couldn\'t join Premium Family',
    lines: ['This invite link is no longer valid. Ask whoever invited you to send a new one.'],
    button: 'Back to Spotify', account: 'Logged in as mr****@yahoo.com',
    corpus: [SRC.linkDead],
    key_phrases: ['This invite link is no longer valid.'],
  },
  {
    name: 'b36-tg-spotify-threat', case: 'b36-en-spotify-threat-tg', file: 'Screenshot_20280422-081922.png', split: B,
    style: 'telegram', device: 'android-1080x2400', clock: '08:19', battery: 83, title: 'TuneSlots', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'April 21' },
      { from: 'buyer', text: `Order ${O9}. The invite link you sent says "This invite link is no longer valid. Ask whoever invited you to send a new one."`, at: '20:36' },
      { from: 'buyer', type: 'image', hue: 140, w: 80, h: 140, at: '20:36' },
      { from: 'merchant', text: 'Let me check with the account owner', at: '20:58' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: 'Nothing all night?? You people are scammers. Refund me within an hour or I post your shop on every forum and report you everywhere.', at: '07:40' },
      { from: 'merchant', text: 'The owner reset the family plan, so the invite is dead and we have no free slot. Sorry. File the refund on the order and we accept it.', at: '08:15' },
    ],
    corpus: [SRC.linkDead],
    key_phrases: [O9, 'You people are scammers', 'we accept it'],
  },

  // ── 10 b36-de-chatgpt-partial-z2u: not_as_described (38.00 of 57.00), ready/weak + refund-partial ──
  {
    name: 'b36-gpt-canceled-dark', case: 'b36-de-chatgpt-partial-z2u', file: 'Screenshot 2028-04-24 181204.png', split: B,
    style: 'chatgpt-billing', device: 'desktop-1366x768', dark: true, lang: 'en',
    plan: { name: 'ChatGPT Plus', badge: 'Canceled', lines: ['Started Apr 23, 2028', 'Your plan ends on May 23, 2028.'] },
    notice: { tone: 'warn', lines: ['Your subscription has been canceled.'] },
    rows: [['Email', 'fe****@gmx.de']],
    buttons: ['Manage', 'Renew Plus'],
    corpus: [SRC.canceled],
    key_phrases: ['ChatGPT Plus', 'Your subscription has been canceled.', 'May 23, 2028'],
  },
  {
    name: 'b36-z2u-gpt-partial', case: 'b36-de-chatgpt-partial-z2u', file: 'Screenshot_20280424-184512.png', split: B,
    style: 'z2u-chat', device: 'android-1080x2400', clock: '18:45', battery: 57, buyerName: 'felix_b',
    order: { seller: 'AIkeyHub', product: 'ChatGPT Plus – 3 months on your own account (upgrade)', id: O10, amount: 'EUR 57.00', status: 'Delivered', tone: 'ok' },
    messages: [
      { from: 'buyer', at: '04-24 18:15', text: 'The listing says 3 months of Plus. My settings show the plan was canceled the day you upgraded it and it ends on May 23. That is one month, not three.' },
      { from: 'merchant', at: '04-24 18:40', text: 'sorry, the card we use for upgrades was cancelled, so only the first month went through. we cannot add month 2 and 3' },
      { from: 'merchant', at: '04-24 18:41', text: 'request refund of 2 months = EUR 38.00 on the order, i accept. you keep the first month' },
      { from: 'buyer', at: '04-24 18:44', text: 'OK, asking for EUR 38.00 now.' },
    ],
    key_phrases: [O10, 'EUR 38.00', 'i accept'],
  },

  // ── 11 b36-us-canva-invite-passed: activation_failed, not-ready (deadline-passed) ─────────────
  {
    name: 'b36-canva-expired', case: 'b36-us-canva-invite-passed', file: 'Screenshot 2028-04-24 at 5.41.10 PM.png', split: B,
    style: 'canva-invite', device: 'desktop-1920x1080', url: 'canva.com/brand/join?token=…', tab: 'Join team | Canva',
    heading: 'Join DesignPass Team 14 on Canva', teamInitial: 'D', teamColor: '#F97316',
    errors: ['This invite has expired. Ask the inviter to resend it.'],
    button: 'Go to Canva home', account: 'ka****@icloud.com',
    corpus: [SRC.inviteExpired],
    key_phrases: ['This invite has expired. Ask the inviter to resend it.'],
  },
  {
    name: 'b36-messenger-canva', case: 'b36-us-canva-invite-passed', file: 'Screenshot_20280424-175210.png', split: B,
    style: 'messenger', device: 'android-1080x2400', clock: '17:52', battery: 39, title: 'DesignPass', subtitle: 'Active now', merchantAvatar: ['D', '#F97316'],
    messages: [
      { from: 'time', text: 'TODAY AT 17:45' },
      { from: 'buyer', text: `Hi, order ${O11} (Canva Pro, 12 months). I opened the invite link from your e-mail just now and Canva says "This invite has expired. Ask the inviter to resend it."` },
      { from: 'merchant', text: 'Hi! That invite went out on April 20 right after your payment, and team invites run out after a few days. I can send a fresh one to the same e-mail now.' },
      { from: 'buyer', text: 'I was travelling all week. I\'d rather have my money back.' },
      { from: 'merchant', text: 'You can file a request on the order, but the invite was delivered and worked on the 20th.' },
    ],
    corpus: [SRC.inviteExpired],
    key_phrases: [O11, 'went out on April 20', 'send a fresh one'],
  },

  // ── 12 b36-au-vpn-return: card_invalid as a return, not-ready (request-return-virtual) ───────
  {
    name: 'b36-vpn-usage-limit', case: 'b36-au-vpn-return', file: 'Screenshot 2028-04-25 200214.png', split: B,
    style: 'av-activation', device: 'desktop-1366x768', clock: '20:02', date: '25/04/2028',
    app: { name: 'NordVPN', color: '#4687FF', barBg: '#0E1B33', nav: ['Home', 'Servers', 'Meshnet', 'Threat Protection', 'Settings', 'Account'], navOn: 5 },
    heading: 'Activate your subscription', keyLabel: 'Activation code', key: 'NVPN-****-****-****-7KQX',
    result: { tone: 'error', title: 'Activation failed', lines: ['Activation code usage limit reached'] },
    buttons: ['Back', 'Contact support'],
    corpus: [SRC.usageLimit],
    key_phrases: ['Activation code usage limit reached'],
  },
  {
    name: 'b36-outlook-vpn-return', case: 'b36-au-vpn-return', file: 'Screenshot 2028-04-25 214615.png', split: B,
    style: 'outlook-mail', device: 'desktop-1920x1080', user: 'Grace Lin',
    mail: {
      subject: `Order ${O12} – NordVPN 1-Year Plan`,
      open: 0,
      list: [
        ['Grace Lin', `RE: Order ${O12}`, 'Thanks. I have chosen "Return" on the order…', '21:42'],
        ['Southern Keys', `RE: Order ${O12}`, 'Hi Grace, our supplier confirms the code…', '21:30'],
        ['Grace Lin', `Order ${O12}`, 'Hello, the NordVPN code was refused…', '20:10'],
        ['Southern Keys', `Your code for order ${O12}`, 'Thanks for shopping with Southern Keys…', '19:40'],
      ],
      thread: [
        { from: 'Grace Lin', addr: 'grace.lin@mail.example', to: 'Southern Keys', when: 'Tue 25/04/2028 21:42', role: 'buyer', body: ['Thanks. I have chosen "Return" on the order so the code goes back to you and the money comes back to me.'] },
        { from: 'Southern Keys', addr: 'help@southernkeys.example', to: 'Grace Lin', when: 'Tue 25/04/2028 21:30', role: 'merchant', body: ['Hi Grace,', 'our supplier confirms the code had already been used up on other accounts before it reached you. Sorry about that. Please open the request on the order and we will accept it.'] },
        { from: 'Grace Lin', addr: 'grace.lin@mail.example', to: 'Southern Keys', when: 'Tue 25/04/2028 20:10', role: 'buyer', body: ['Hello,', `the NordVPN code from order ${O12} was refused: "Activation code usage limit reached". Screenshot attached. I would like to return the code to you and get my money back.`] },
      ],
    },
    corpus: [SRC.usageLimit],
    key_phrases: [O12, 'Activation code usage limit reached', 'return the code'],
  },

  // ── 13 b36-sg-adobe-late-noreply: late_delivery, ready/weak + chat-no-reply ──────────────────
  {
    name: 'b36-shopify-adobe-late', case: 'b36-sg-adobe-late-noreply', file: 'Screenshot 2028-04-27 100840.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'CloudSeat SG', brandColor: '#B91C1C',
    order: {
      number: O13, name: 'Wei Ling', headline: 'Your order is confirmed',
      lines: ['Your Adobe ID is added to our team within 6 hours of payment. We\'ll e-mail you when it\'s done.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Apr 26, 9:30 AM'] },
      email: 'we****@gmail.com', payment: 'PayNow — S$168.00 SGD', billing: 'Tan Wei Ling\nSingapore 529510',
      items: [['Adobe Creative Cloud All Apps – 12 months (invite to your Adobe ID)', '1', 'S$168.00', 'Team seat']], subtotal: 'S$168.00', total: 'S$168.00', currency: 'SGD',
    },
    key_phrases: [O13, 'within 6 hours of payment', 'Unfulfilled'],
  },
  {
    name: 'b36-tawk-adobe-noreply', case: 'b36-sg-adobe-late-noreply', file: 'Screenshot_20280427-100512.png', split: B,
    style: 'tawkto-chat', device: 'android-1080x2400', clock: '10:05', battery: 70, title: 'CloudSeat SG', agentName: 'CloudSeat SG', status: 'We\'re away right now', merchantName: 'CloudSeat SG', brandColor: '#B91C1C',
    messages: [
      { from: 'time', text: 'Apr 26' },
      { from: 'buyer', text: `Hi, order ${O13}, paid 9:30 am. Your page says my Adobe ID is added within 6 hours. Still nothing, my Adobe account shows no plan.`, at: '16:05' },
      { from: 'buyer', text: `Still nothing for ${O13}. Can someone reply please?`, at: '21:40' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: 'More than 24 hours now, no invite and no answer from you. I will ask for a refund for late delivery.', at: '10:02' },
    ],
    key_phrases: [O13, 'within 6 hours', 'no answer from you'],
  },

  // ── 14 b36-us-gift-declined-mismatch: card_invalid, not-ready (error-capture-mismatch) ─────────
  {
    name: 'b36-gpt-declined', case: 'b36-us-gift-declined-mismatch', file: 'Screenshot 2028-04-27 202210.png', split: B,
    style: 'chatgpt-billing', device: 'desktop-1366x768', lang: 'en',
    plan: { name: 'Free', badge: 'Current plan', lines: ['Upgrade to Plus for more messages and newer models.'] },
    notice: { tone: 'error', lines: ['Your card was declined. Please try another payment method or contact your bank.'] },
    rows: [['Payment method', 'Visa •••• 2208']],
    buttons: ['Upgrade to Plus'],
    corpus: [SRC.declined],
    key_phrases: ['Your card was declined.', 'Upgrade to Plus'],
  },
  {
    name: 'b36-wa-gift-declined', case: 'b36-us-gift-declined-mismatch', file: 'Screenshot_20280427-205306.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '20:53', battery: 45, title: 'CardCove Support', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: `Hi, the Apple gift card from order ${O14} doesn't work. I tried to use it for ChatGPT Plus and got an error, screenshot attached. Refund please.`, at: '20:25' },
      { from: 'buyer', type: 'image', hue: 160, w: 200, h: 112, at: '20:25' },
      { from: 'merchant', text: 'Hi! That screen is ChatGPT\'s card payment on the web: it is your bank card that was declined, our Apple code was never entered. Our system shows the code is still unredeemed.', at: '20:41' },
      { from: 'merchant', text: 'Apple gift cards are redeemed in the App Store first (Account > Redeem Gift Card), then you subscribe in the ChatGPT iPhone app.', at: '20:42' },
      { from: 'buyer', text: 'I just want a refund.', at: '20:50' },
    ],
    key_phrases: [O14, 'your bank card that was declined', 'still unredeemed'],
  },
];
