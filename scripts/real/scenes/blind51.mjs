// The fifty-first blind end-to-end set (fixtures/blind51/): 14 cases written by a helper (branch b51),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind51'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is about hard capture layouts: desktop chat apps with
// the contact list beside the chat, an iPad in landscape, a foldable in split screen (the order
// over the chat), a notification banner over a chat, a floating call window over a chat, a
// laptop screen photographed at an angle, a stitched long capture and a low-resolution thumbnail.
// Chinese (Simplified, and Traditional for Hong Kong and Taiwan) and English. Five new app styles:
// `teams-desktop` (Microsoft Teams for Windows, external chat), `skype-desktop` (Skype 8 for
// Windows), `wecom-pc` (企业微信 for Windows), `messenger-web` (Messenger in Chrome) and
// `telegram-mac` (Telegram for macOS); and a floating call window (lib/overlay.mjs `callFloat`,
// `scene.call`) for the styles that take overlays.
// Render with `node scripts/real/render.mjs --set blind51`, then
// `node scripts/real/copy-cases.mjs --set blind51`. The set is judged once, at the end: do not tune on it.
const B = 'blind51';

const O1 = 'NGL-704512'; // letter prefix + 6 digits
const O2 = 'YK20281108201533'; // YK + 14 digits
const O3 = '2028111009051248836'; // 19 digits
const O4 = 'LL-58213'; // Shopify order with a prefix
// this order (order.json only, never named in the evidence): K7QX2M9T4B1W8D3R, 16 upper-case letters and digits
const O5b = 'K7QX2M4P9C6N1F5H'; // the buyer's order of 2 November, the one the chat is about
const O6 = '4418822097105561'; // 16 digits
const O7 = '2028111620104471253'; // 19 digits
const O8 = '20281117143006581'; // 17 digits
const O9 = '2028111811207734'; // 16 digits
const O10 = 'AU-118742';
const O11 = '2028111421005519';
const O12 = 'RGS-10488';
const O13 = 'TW2811190072'; // TW + 10 digits
const O14 = '2028112010305562917';

const SRC = {
  disabled: 'an activation service\'s error list: "This activation code has been disabled. Contact support." (public GitHub JavaScript file, find_string id 70490408622)',
  noUses: 'an activation-code check: "Activation code has no remaining uses." (public GitHub Markdown spec, find_string id 59393974998)',
  twVoid: 'a Windows tool\'s serial check: "此序號已失效，請聯絡相關廠商" (public GitHub C# file, find_string id 3712309592), put in a game launcher\'s top-up dialog',
  usedBefore: 'a WeChat mini program\'s redeem toast: "兑换码已被使用过" (public GitHub JavaScript file, find_string id 1654125780)',
  otherCo: 'a card top-up page: "你输入的充值卡是其他公司的卡，不能在本站进行充值。" (public GitHub ASP file, find_string id 43245096118; the sentence that follows it cut)',
  faq: 'a card shop\'s FAQ answer to "买错了可以退款吗？": "虚拟商品一经售出概不退换，请在购买前仔细阅读商品说明和购买须知。如遇卡密无效等问题，请联系客服处理。" (public GitHub JavaScript file, find_string id 61061361066)',
  usedUp: 'a game\'s redeem check: "该兑换码已被使用完毕" (public GitHub Kotlin file, find_string id 53500827180)',
  sellerDisabled: 'a licence server: "激活码已被禁用，请联系卖家" (public GitHub Go file, find_string id 71121740647)',
  netErr: 'a redeem flow\'s result map: "网络异常，请稍后重试" (public GitHub TypeScript file, find_string id 58867717035)',
};

export default [
  // ── 1 b51-en-teams-act-disabled: activation_failed, ready ────────────────────────────────
  {
    name: 'b51-msgbox-stellarcad-disabled', case: 'b51-en-teams-act-disabled', file: 'Screenshot 2028-11-06 140611.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '14:06', date: '06/11/2028', winX: 600, winY: 210,
    app: { title: 'Stellarcad Pro 2028', color: '#1C7ED6', heading: 'Activate Stellarcad', button: 'Activate', fields: [['E-mail', 'd.ok****@brightwell-arch.co.uk'], ['Activation code', 'SCP8-****-****-Q7RM']], version: 'Version 28.1.4 · Trial (13 days left)' },
    box: { title: 'Stellarcad', icon: 'error', text: 'This activation code has been disabled. Contact support.', buttons: ['OK'] },
    corpus: [SRC.disabled],
    key_phrases: ['This activation code has been disabled. Contact support.'],
  },
  {
    name: 'b51-teams-northgate-disabled', case: 'b51-en-teams-act-disabled', file: 'Screenshot 2028-11-06 145812.png', split: B,
    style: 'teams-desktop', device: 'desktop-1920x1080', title: 'Priya Raman', buyerName: 'Daniel Okafor',
    chats: [['Priya Raman', `Please raise the refund on ${O1} in the customer portal…`, '14:52'], ['Tom Whitfield', 'Harbour St drawings are in the shared folder', '13:30'], ['Brightwell Studio – General', 'Sam: lunch order closes at 12', '12:02'], ['Hannah Cole', 'Thanks!', 'Fri']],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '14:10', text: `Hi Priya, the Stellarcad Pro 2028 licence from order ${O1} (delivered 10:22 this morning) fails to activate. Stellarcad says "This activation code has been disabled. Contact support." The screenshot is attached.` },
      { from: 'merchant', at: '14:38', text: 'Thanks Daniel. I checked with Stellarcad\'s partner desk: that code came from a batch they switched off after another distributor refunded it, so it will never activate. The fault is in our supply, not at your end.' },
      { from: 'merchant', at: '14:52', text: `We can't get a replacement before next week, so please raise the refund on ${O1} in the customer portal and choose "activation failed". I'll give it the green light today.` },
      { from: 'buyer', at: '14:55', text: 'Understood, raising it now.' },
    ],
    corpus: [SRC.disabled],
    key_phrases: [O1, 'green light today'],
  },

  // ── 2 b51-hk-skype-serial-void: card_invalid, ready ──────────────────────────────────────
  {
    name: 'b51-launcher-hy-void', case: 'b51-hk-skype-serial-void', file: '螢幕擷取畫面 2028-11-08 214112.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1366x768', taskClock: ['下午 09:41', '2028/11/8'],
    launcher: {
      name: '幻域Online', accent: '#C084FC', hue: '#261a3d', game: '幻域Online', nav: ['最新消息', '遊戲', '點數儲值', '會員中心', '客服中心'], navOn: 2,
      panelTitle: '序號儲值', fields: [['序號', 'HY30-****-****-7RKD'], ['遊戲帳號', 'wing****88']], submit: '確認儲值',
    },
    dialog: { title: '儲值失敗', body: ['此序號已失效，請聯絡相關廠商'], buttons: ['確定'] },
    corpus: [SRC.twVoid],
    key_phrases: ['此序號已失效，請聯絡相關廠商'],
  },
  {
    name: 'b51-skype-hk-void', case: 'b51-hk-skype-serial-void', file: '螢幕擷取畫面 2028-11-09 101433.png', split: B,
    style: 'skype-desktop', device: 'desktop-1366x768', lang: 'zh-Hant', title: '遊卡站 HK 客服', buyerName: 'Wing Chan', credit: 'Skype 點數 HK$0.00', status: '上次上線 5 分鐘前',
    chats: [['遊卡站 HK 客服', '好，我而家去申請，唔該。', '10:12'], ['阿媽', '今晚返唔返嚟食飯', '昨天'], ['Kelvin Lau', '星期六波鞋店見', '11/6']],
    messages: [
      { from: 'time', text: '2028年11月8日' },
      { from: 'buyer', at: '21:45', text: `你好，訂單 ${O2}，啱啱買嘅幻域Online 3000點序號儲唔到，彈出「此序號已失效，請聯絡相關廠商」，截圖已經send咗俾你。` },
      { from: 'merchant', name: 'Ken', at: '22:20', text: '收到，我同上游核對緊，請等等。' },
      { from: 'time', text: '今天' },
      { from: 'merchant', name: 'Ken', at: '10:05', text: `查到喇，${O2} 呢張序號上游成批停用咗，我哋出貨前冇再核對，唔關你事。` },
      { from: 'merchant', name: 'Ken', at: '10:06', text: '麻煩你喺網站訂單頁申請退款，原因揀「卡密無效」，我會按同意。' },
      { from: 'buyer', at: '10:12', text: '好，我而家去申請，唔該。' },
    ],
    corpus: [SRC.twVoid],
    key_phrases: [O2, '唔關你事'],
  },

  // ── 3 b51-wecompc-genshin-late: late_delivery, ready ─────────────────────────────────────
  {
    name: 'b51-wecompc-qinglan-late', case: 'b51-wecompc-genshin-late', file: '企业微信截图_17313232154870.png', split: B,
    style: 'wecom-pc', device: 'desktop-1920x1080', title: '青岚-小满', tag: '@青岚数娱', corp: '青岚数娱 · 代充售后', buyerName: '周',
    chats: [['青岚-小满', '这单我们充不了了，您在平台申请退款…', '15:52', '@青岚数娱'], ['项目三组', '王工：周五前把图纸发我', '15:20'], ['行政-李姐', '下周一体检通知', '11:04'], ['文件传输助手', '[文件] 报销单.xlsx', '昨天']],
    messages: [
      { from: 'time', text: '09:20' },
      { from: 'buyer', read: true, text: `你好，刚拍的原神6480代充，订单号${O3}，UID 1** *** 562，麻烦尽快。` },
      { from: 'merchant', text: '收到亲，我们是下单后30分钟内到账，稍等哈。' },
      { from: 'time', text: '11:48' },
      { from: 'buyer', read: true, text: `两个多小时了还没到，游戏邮箱里没有到账邮件。订单${O3}。` },
      { from: 'time', text: '15:31' },
      { from: 'buyer', read: true, text: '已经六个多小时了，到底什么时候能充上？' },
      { from: 'merchant', text: '非常抱歉，我们代充的渠道今天上午被限流了，这一单一直没充进去，今天之内恢复不了。' },
      { from: 'merchant', text: '这单我们充不了了，您在平台申请退款，我们会全额同意。' },
      { from: 'buyer', read: false, text: '好的。' },
    ],
    key_phrases: [O3, '下单后30分钟内到账', '我们会全额同意'],
  },
  {
    name: 'b51-order-qinglan-pending', case: 'b51-wecompc-genshin-late', file: 'IMG_3391.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '15:45', battery: 41, shop: '青岚数娱 代充', accent: '#2F9E77',
    order: {
      query: O3, statusTone: 'wait',
      rows: [['订单号', O3], ['商品名称', '原神 6480创世结晶 代充（UID直充·官服）'], ['实付金额', '¥598.00'], ['支付方式', '支付宝'], ['订单状态', '待充值', 'status'], ['下单时间', '2028-11-10 09:05:12']],
      noteTitle: '充值说明',
      note: ['预计到账：下单后30分钟内。', 'UID直充，无需提供账号密码。'],
    },
    key_phrases: [O3, '¥598.00', '待充值'],
  },

  // ── 4 b51-us-msgrweb-nr-zelle: not_received, ready/weak + private-channel ────────────────
  {
    name: 'b51-shopify-pixelpantry', case: 'b51-us-msgrweb-nr-zelle', file: 'Screenshot 2028-11-13 091502.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'PixelPantry', brandColor: '#0F766E',
    order: {
      number: O4, name: 'Tyler', headline: 'Your order is confirmed',
      lines: ['Digital codes are e-mailed once your order is fulfilled.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Nov 11, 7:40 PM'] },
      email: 'ty****@gmail.com', payment: 'PayPal — $47.50 USD', billing: 'Tyler Brooks\nDes Moines IA 50312\nUnited States',
      items: [['Roblox Gift Card – $50 – digital code', '1', '$47.50', 'US · digital']], subtotal: '$47.50', total: '$47.50', currency: 'USD',
    },
    key_phrases: [O4, '$47.50', 'Unfulfilled'],
  },
  {
    name: 'b51-msgrweb-pixelpantry-zelle', case: 'b51-us-msgrweb-nr-zelle', file: 'Screenshot 2028-11-13 094230.png', split: B,
    style: 'messenger-web', device: 'desktop-1920x1080', title: 'PixelPantry', status: 'Typically replies within a few hours', url: 'www.messenger.com/t/1093857731224', seen: true,
    chats: [['PixelPantry', 'You: No thanks, I\'d rather get the refund…', '9:41 AM'], ['Mom', 'Call me when you\'re free', '8:02 AM', true], ['Jake Morales', 'lol same', 'Sun'], ['Des Moines Buy & Sell', 'Is the desk still available?', 'Fri']],
    messages: [
      { from: 'time', text: 'SAT 7:52 PM' },
      { from: 'buyer', text: `Hi, I ordered the $50 Roblox gift card on your website tonight, order ${O4}. Paid with PayPal. How long until the code comes?` },
      { from: 'merchant', text: 'Hi! Usually within the hour 🙂' },
      { from: 'time', text: 'YESTERDAY AT 10:15 AM' },
      { from: 'buyer', text: `It's been 14 hours and still nothing. The order page still says Unfulfilled.` },
      { from: 'merchant', text: 'So sorry, our supplier ran out of Roblox cards and I can\'t get one this week.' },
      { from: 'merchant', text: 'Please don\'t request a refund on the site, the fees kill us. Send me your phone number and I\'ll Zelle you the $47.50 tonight, then just leave the order as it is.' },
      { from: 'time', text: '9:41 AM' },
      { from: 'buyer', text: 'No thanks, I\'d rather get the refund through the website and PayPal.' },
    ],
    key_phrases: [O4, 'Zelle you the $47.50', 'Unfulfilled'],
  },

  // ── 5 b51-tgmac-other-order: card_invalid, not-ready (order-id-mismatch) ─────────────────
  {
    name: 'b51-tgmac-xinglian-other', case: 'b51-tgmac-other-order', file: 'Screenshot 2028-11-14 at 10.33.05.png', split: B,
    style: 'telegram-mac', device: 'desktop-1366x768', title: '星链卡铺 客服', status: 'last seen recently', folders: ['All Chats', 'Personal', 'Shops'],
    chats: [['星链卡铺 客服', '先不管了，我直接申请退款', '10:31'], ['Saved Messages', 'photo_2028-11-14_10-01-47.jpg', '10:01'], ['老同学群', '周末烧烤还去吗', '9:12', 4], ['PlayLink 公告', '本周维护时间调整', 'Mon']],
    messages: [
      { from: 'time', text: 'November 14' },
      { from: 'buyer', at: '10:02', text: `你好，订单 ${O5b} 的云游戏月卡兑换码提示“兑换码已被使用过”，截图发你了。` },
      { from: 'merchant', at: '10:20', text: `我查了 ${O5b}，这是你11月2日买的那张，当天已经在你账号上兑换成功了，后台有记录。` },
      { from: 'buyer', at: '10:24', text: '啊？那我今天这单呢' },
      { from: 'merchant', at: '10:26', text: '今天这单的订单号你还没发给我，发一下我再查。' },
      { from: 'buyer', at: '10:31', text: '先不管了，我直接申请退款' },
    ],
    corpus: [SRC.usedBefore],
    key_phrases: [O5b, '后台有记录'],
  },
  {
    name: 'b51-thumb-playlink-used', case: 'b51-tgmac-other-order', file: 'photo_2028-11-14_10-01-47.jpg', split: B,
    style: 'android-toast', device: 'android-1080x2400', degrade: ['fwd:300:42'], clock: '10:01', battery: 58,
    game: { title: '兑换中心', name: 'PlayLink 云游戏', hue: '#1E5AA8', btn: '#1E5AA8', fields: [['账号', '138****2270'], ['兑换码', 'PLCG-****-****-M4TX']], tips: ['月卡兑换后立即生效', '每个兑换码仅可兑换一次'] },
    toast: '兑换码已被使用过',
    corpus: [SRC.usedBefore],
    key_phrases: ['兑换码已被使用过'],
  },

  // ── 6 b51-pad-wx-steam-epic-nad: not_as_described, ready ────────────────────────────────
  {
    name: 'b51-pad-wx-yuanxing', case: 'b51-pad-wx-steam-epic-nad', file: 'IMG_0712.PNG', split: B,
    style: 'pad-chat-land', device: 'ipad-2360x1640', skin: 'wechat', clock: '09:52', battery: 67, title: '星港游戏小铺-客服',
    chats: [['星港游戏小铺-客服', '好的', '09:51'], ['爸爸', '[图片]', '昨天'], ['三年二班家长群', '明天秋游记得带水', '昨天'], ['京东快递', '您的包裹已放入快递柜', '11月14日']],
    messages: [
      { from: 'time', text: '昨天 20:16' },
      { from: 'buyer', text: `订单${O6}，页面写的是《远星要塞》Steam 激活码，发过来的却是 Epic 的兑换码，Steam 里输不进去。我要的是 Steam 版，朋友都在 Steam 上。` },
      { from: 'merchant', text: '我看一下' },
      { from: 'time', text: '09:40' },
      { from: 'merchant', text: `查了，${O6}这批是供应商给错的 Epic 版本，和页面上写的不一样。` },
      { from: 'merchant', text: '现在没有 Steam 版的货，您直接在平台点退款，我这边同意。' },
      { from: 'buyer', text: '好的' },
    ],
    key_phrases: [O6, '和页面上写的不一样'],
  },
  {
    name: 'b51-order-yuanxing', case: 'b51-pad-wx-steam-epic-nad', file: 'Screenshot 2028-11-15 195310.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '星港游戏小铺', accent: '#1B6AC9',
    order: {
      query: O6, statusTone: 'ok',
      rows: [['订单号', O6], ['商品名称', '《远星要塞》Steam 正版激活码（国区可激活）'], ['实付金额', '¥68.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-11-15 19:48:20']],
      code: 'EPIC-YXYS-****-****-7KQ2',
      noteTitle: '使用说明',
      note: ['激活平台：Steam。打开 Steam 客户端 → 游戏 → 在 Steam 上激活产品，输入激活码即可入库。'],
    },
    key_phrases: [O6, '¥68.00', '已完成'],
  },

  // ── 7 b51-fold-split-wrong-norefund: wrong_purchase, not-ready (policy-no-refund) ─────────
  {
    name: 'b51-fold-split-junwang', case: 'b51-fold-split-wrong-norefund', file: 'Screenshot_20281116-203512_QQ.png', split: B,
    style: 'android-split', device: 'fold-1812x2175', clock: '20:35', battery: 48, ratio: 0.55,
    top: {
      kind: 'order', color: 'linear-gradient(90deg,#F08C00,#E8590C)', status: '交易成功', statusSub: '卡密已自动发放', shop: '金骏点卡店', item: '骏网一卡通 100元 卡密（自动发货）', price: '¥98.50',
      rows: [['订单编号', O7], ['付款时间', '2028-11-16 20:10:44'], ['发货方式', '自动发货']], total: '实付款 ¥98.50',
      notes: ['购买须知：虚拟商品一经售出概不退换，请在购买前仔细阅读商品说明和购买须知。如遇卡密无效等问题，请联系客服处理。'],
    },
    bottom: {
      kind: 'chat', skin: 'qq', title: '金骏点卡店',
      messages: [
        { from: 'time', text: '20:26' },
        { from: 'buyer', text: '我要充的是盛大的游戏，骏网卡充进去提示“你输入的充值卡是其他公司的卡，不能在本站进行充值。”，买错了，能退吗？卡还没用过' },
        { from: 'merchant', text: '亲，卡密是好的，只是不能充盛大。点卡发出后就不能退了，购买须知里写着，可以拿去充骏网支持的游戏。' },
        { from: 'buyer', text: '那我申请退款试试' },
      ],
    },
    corpus: [SRC.faq, SRC.otherCo],
    key_phrases: [O7, '¥98.50', '一经售出概不退换'],
  },
  {
    name: 'b51-topup-shengda-otherco', case: 'b51-fold-split-wrong-norefund', file: 'Screenshot_20281116-202341.png', split: B,
    style: 'game-topup', device: 'fold-1812x2175', clock: '20:23', battery: 50,
    game: { title: '点卡充值', name: '盛大一卡通 充值', hue: '#d4380d', fields: [['盛大通行证', 'sd_****_0416'], ['卡号', '1711 **** **** 3386'], ['密码', '********2907']], submit: '立即充值', tips: ['面值: 100元'] },
    dialog: { title: '充值失败', body: ['你输入的充值卡是其他公司的卡，不能在本站进行充值。'], buttons: ['确定'] },
    corpus: [SRC.otherCo],
    key_phrases: ['你输入的充值卡是其他公司的卡'],
  },

  // ── 8 b51-kf-banner-return: card_invalid asked as 退货, not-ready (request-return-virtual) ──
  {
    name: 'b51-kf-banner-huanhai', case: 'b51-kf-banner-return', file: 'Screenshot_20281117-151208.png', split: B,
    style: 'wechat-kf', device: 'android-1080x2400', clock: '15:12', battery: 63, title: '速达游戏卡客服', corpName: '速达游戏卡', kfChar: '速', kfColor: '#1677FF',
    notify: { app: 'QQ', title: '妈妈', text: '周末回家吃饭吗？给你炖了汤', when: '现在', icon: ['Q', '#12B7F5'] },
    messages: [
      { from: 'time', text: '14:52' },
      { from: 'buyer', text: `订单${O8}买的幻海物语月卡，游戏里兑换提示“该兑换码已被使用完毕”，我还没用过。` },
      { from: 'merchant', text: '您好，已为您核实，这个兑换码在发给您之前被重复分配了，这是店里的失误。' },
      { from: 'merchant', text: '可以直接给您办理仅退款，在订单页申请就可以。' },
      { from: 'buyer', text: '我要退货退款，这个码我退回给你们，你们收回去再退钱。' },
      { from: 'merchant', text: '兑换码是虚拟商品，不需要退回，选仅退款就行。' },
    ],
    corpus: [SRC.usedUp],
    key_phrases: [O8, '我要退货退款', '这是店里的失误'],
  },
  {
    name: 'b51-dialog-huanhai-usedup', case: 'b51-kf-banner-return', file: 'Screenshot_20281117-145016.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '14:50', battery: 66, appTitle: '幻海物语 · 兑换中心',
    fields: [['兑换码', 'HHWY-****-****-3K8D'], ['角色', '海**47']], submit: '兑换',
    dialog: { title: '兑换失败', body: ['该兑换码已被使用完毕'], buttons: ['确定'] },
    corpus: [SRC.usedUp],
    key_phrases: ['该兑换码已被使用完毕'],
  },

  // ── 9 b51-wecom-call-threat: not_received, ready/weak + threatening-language ─────────────
  {
    name: 'b51-wecom-call-chengzi', case: 'b51-wecom-call-threat', file: 'Screenshot_20281119-133012.png', split: B,
    style: 'wecom', device: 'android-1080x2400', clock: '13:30', battery: 37, title: '橙子-客服', corp: '橙子影音',
    call: { kind: 'voice', time: '02:41', top: 170 },
    messages: [
      { from: 'time', text: '昨天 11:35' },
      { from: 'buyer', read: true, text: `订单${O9}，腾讯视频年卡直充，手机号尾号5187，到现在没到账。` },
      { from: 'merchant', text: '亲，直充高峰期会慢一点，今天内到。' },
      { from: 'time', text: '08:52' },
      { from: 'buyer', read: true, text: '一晚上过去了还是没到，会员中心还是非会员。' },
      { from: 'time', text: '13:24' },
      { from: 'buyer', read: true, text: '你们就是骗子！今天不给我充上，我就去12315举报你们，再把店名和聊天记录发到小红书上。' },
      { from: 'merchant', text: '非常抱歉，这一单上游接口出了问题一直没充成功，我们充不了了，您申请退款，我们看到就点同意。' },
    ],
    key_phrases: [O9, '你们就是骗子', '我们看到就点同意'],
  },
  {
    name: 'b51-order-chengzi-pending', case: 'b51-wecom-call-threat', file: 'Screenshot_20281119-133144.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '13:31', battery: 37, shop: '橙子影音会员店', accent: '#F76707',
    order: {
      query: O9, statusTone: 'wait',
      rows: [['订单号', O9], ['商品名称', '腾讯视频VIP 12个月 手机号直充'], ['实付金额', '¥158.00'], ['支付方式', '微信支付'], ['订单状态', '处理中', 'status'], ['下单时间', '2028-11-18 11:20:05']],
      noteTitle: '充值说明',
      note: ['直充到手机号绑定的腾讯视频账号，到账后会员中心可见。'],
    },
    key_phrases: [O9, '¥158.00', '处理中'],
  },

  // ── 10 b51-au-teams-photo-passed: activation_failed, not-ready (deadline-passed) ─────────
  {
    name: 'b51-msgbox-harbourline-nouses', case: 'b51-au-teams-photo-passed', file: 'Screenshot 2028-11-05 141010.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '14:10', date: '5/11/2028', winX: 330, winY: 120,
    app: { title: 'Harbourline Tax Pro 2029', color: '#0B7285', heading: 'Activate Harbourline', button: 'Activate', fields: [['Activation code', 'HTP9-****-****-2XNC'], ['Device', 'OFFICE-PC-01']], version: 'Version 29.0.2 · Not activated' },
    box: { title: 'Harbourline Tax Pro', icon: 'error', text: 'Activation code has no remaining uses.', buttons: ['OK'] },
    corpus: [SRC.noUses],
    key_phrases: ['Activation code has no remaining uses.'],
  },
  {
    name: 'b51-teams-photo-southern', case: 'b51-au-teams-photo-passed', file: 'IMG_5820.JPG', split: B,
    style: 'teams-desktop', dark: true, device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.35, focus: [0.62, 0.5], title: 'Chloe Nguyen', buyerName: 'Ravi Patel', lineW: 620,
    chats: [['Chloe Nguyen', 'Our terms give one day from delivery…', '15:05'], ['Mia Russo', 'BAS is lodged', 'Fri'], ['Accounts team', 'Ravi: new PCs arrive Monday', 'Thu']],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '14:12', text: `Hi Chloe, Harbourline Tax Pro from order ${O10} fails to activate on our first office PC: "Activation code has no remaining uses." Can you check?` },
      { from: 'merchant', at: '15:05', text: `The code for ${O10} was delivered on 3 November at 9:30 am and our records show it activated on three devices on 3 and 4 November. Our terms give one day from delivery to report activation problems, so I can't approve a refund for this one.` },
      { from: 'buyer', at: '15:20', text: 'Those weren\'t our devices. I\'m still going to ask for the refund.' },
    ],
    corpus: [SRC.noUses],
    key_phrases: [O10, 'one day from delivery'],
  },

  // ── 11 b51-long-shanyou-partial: card_invalid (2 of 5 codes), ready/weak + refund-partial ─
  {
    name: 'b51-long-wx-shanyou', case: 'b51-long-shanyou-partial', file: 'Screenshot_2028-11-15-10-21-44-318_com.tencent.mm.jpg', split: B,
    style: 'long-stitch', device: 'android-1080x2400', long: true, skin: 'wechat', degrade: ['fwd:1080:82'], clock: '10:21', battery: 71, title: '极光软件小店', seams: [4, 9],
    messages: [
      { from: 'time', text: '昨天 21:10' },
      { from: 'buyer', text: `在吗，订单${O11}买了5个闪游加速器月卡激活码` },
      { from: 'buyer', text: '第1、2、5个激活成功了' },
      { from: 'buyer', text: '第3个和第4个激活提示“激活码已被禁用，请联系卖家”' },
      { from: 'buyer', type: 'image', h: 170 },
      { from: 'merchant', text: '稍等，我看下' },
      { from: 'merchant', text: '麻烦把两个码的最后4个字符发一下' },
      { from: 'buyer', text: '7K2D 和 Q9MB' },
      { from: 'merchant', text: '好的，我去厂家后台查' },
      { from: 'time', text: '09:48' },
      { from: 'merchant', text: '查到了，这两个码是厂家收回后又流出来的，已经被厂家禁用，是我们发货前没检查出来' },
      { from: 'merchant', text: '另外三个是正常的，可以继续用' },
      { from: 'buyer', text: '那这两个怎么处理' },
      { from: 'merchant', text: '这两个补不了货了，您在平台申请退这两个码的钱，共36元（2个×18元），我同意' },
      { from: 'buyer', text: '好的，我这就去申请' },
    ],
    corpus: [SRC.sellerDisabled],
    key_phrases: [O11, '共36元'],
  },
  {
    name: 'b51-dialog-shanyou-disabled', case: 'b51-long-shanyou-partial', file: 'Screenshot_2028-11-14-21-06-02-771_com.shanyou.jsq.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '21:06', battery: 80, appTitle: '闪游加速器',
    fields: [['激活码', 'SYJS-****-****-7K2D'], ['账号', '186****0935']], submit: '立即激活',
    dialog: { title: '激活失败', body: ['激活码已被禁用，请联系卖家'], buttons: ['确定'] },
    corpus: [SRC.sellerDisabled],
    key_phrases: ['激活码已被禁用，请联系卖家'],
  },

  // ── 12 b51-sg-skype-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────
  {
    name: 'b51-skype-reloadstreet-cancel', case: 'b51-sg-skype-wrong-near', file: 'Screenshot 2028-11-20 132612.png', split: B,
    style: 'skype-desktop', dark: true, device: 'desktop-1366x768', title: 'Reload Street SG', buyerName: 'Marcus Lim', credit: 'Skype Credit S$0.00', status: 'Active now',
    chats: [['Reload Street SG', 'Thanks, submitting the request.', '13:24'], ['Jia Hui', 'Dinner at 7?', '12:40'], ['NUS Alumni Futsal', 'Wei: court booked for Sat', 'Sat']],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '13:13', text: `Hi, I just paid order ${O12} but picked the USD 100 Razer Gold PIN by mistake. I wanted USD 10. Please cancel before you send it.` },
      { from: 'merchant', name: 'Aisyah', at: '13:21', text: `Hi Marcus, no worries. The PIN for ${O12} is still with us, not sent, and I've frozen the order.` },
      { from: 'merchant', name: 'Aisyah', at: '13:22', text: 'Please submit the refund request on the order page (choose the "ordered by mistake" reason) and I\'ll OK it as soon as it comes in.' },
      { from: 'buyer', at: '13:24', text: 'Thanks, submitting the request.' },
    ],
    key_phrases: [O12, 'still with us, not sent'],
  },
  {
    name: 'b51-shopify-reloadstreet', case: 'b51-sg-skype-wrong-near', file: 'Screenshot 2028-11-20 131015.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'Reload Street SG', brandColor: '#16A34A',
    order: {
      number: O12, name: 'Marcus', headline: 'Your order is confirmed',
      lines: ['PINs are sent by e-mail after a manual check, usually within 2 hours.', 'Orders can be cancelled for a full refund until the PIN has been sent.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Nov 20, 1:05 PM'] },
      email: 'ma****@gmail.com', payment: 'PayNow — S$136.90 SGD', billing: 'Marcus Lim\nSingapore 560231',
      items: [['Razer Gold PIN – USD 100 (Global)', '1', 'S$136.90', 'Global · digital PIN']], subtotal: 'S$136.90', total: 'S$136.90', currency: 'SGD',
    },
    key_phrases: [O12, 'S$136.90', 'Unfulfilled'],
  },

  // ── 13 b51-tw-msgrweb-noreply: not_received, ready/weak + chat-no-reply ──────────────────
  {
    name: 'b51-msgrweb-kaka-noreply', case: 'b51-tw-msgrweb-noreply', file: '螢幕擷取畫面 2028-11-21 093012.png', split: B,
    style: 'messenger-web', device: 'desktop-1366x768', lang: 'zh-Hant', title: '卡卡點數小舖', status: '通常會在一天內回覆', url: 'www.facebook.com/messages/t/2290475518', seen: false, listW: 320,
    chats: [['卡卡點數小舖', '你：已經超過一天半，訂單…', '9:15'], ['媽媽', '記得帶傘', '8:01', true], ['大學同學會', '阿哲：下週六聚餐改到七點', '週日']],
    messages: [
      { from: 'time', text: '週日 22:05' },
      { from: 'buyer', text: `您好，我剛剛在官網下單 ${O13}，MyCard 1000點，ATM 已經轉帳完成，請問序號什麼時候寄？` },
      { from: 'time', text: '週一 12:30' },
      { from: 'buyer', text: '過了一晚還沒收到序號，信箱和垃圾郵件都找過了。' },
      { from: 'time', text: '9:15' },
      { from: 'buyer', text: `已經超過一天半，訂單 ${O13} 的序號依然沒寄來，請盡快回覆我。` },
    ],
    key_phrases: [O13, '序號依然沒寄來'],
  },
  {
    name: 'b51-shopify-kaka-tw', case: 'b51-tw-msgrweb-noreply', file: 'IMG_7104.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '09:32', battery: 55, shop: '卡卡點數小舖', brandColor: '#7C3AED', expanded: true,
    order: {
      number: O13, name: '佳穎', headline: '已確認您的訂單',
      lines: ['點數序號將於確認入帳後以電子郵件寄送。'],
      updates: { title: '訂單動態', state: '未出貨', lines: ['已付款 · 11月19日 下午9:40'] },
      email: 'jy****@gmail.com', payment: 'ATM 轉帳 — NT$1,000',
      items: [['MyCard 1000點 點數卡（數位序號）', '1', 'NT$1,000', '台灣']], subtotal: 'NT$1,000', total: 'NT$1,000', currency: 'TWD',
    },
    key_phrases: [O13, 'NT$1,000', '未出貨'],
  },

  // ── 14 b51-wecompc-neterr-mismatch: card_invalid, not-ready (error-capture-mismatch) ─────
  {
    name: 'b51-wecompc-yunduo-net', case: 'b51-wecompc-neterr-mismatch', file: '企业微信截图_17319007331204.png', split: B,
    style: 'wecom-pc', device: 'desktop-1366x768', title: '云朵-阿杰', tag: '@云朵会员站', buyerName: '陈', listW: 240,
    chats: [['云朵-阿杰', '码没有问题的，这样申请我们…', '11:40', '@云朵会员站'], ['财务部', '本月报销截止到25号', '10:15'], ['客户-华东区', '[文件] 报价单v3.pdf', '昨天']],
    messages: [
      { from: 'time', text: '11:02' },
      { from: 'buyer', read: true, text: `订单${O14}的黑胶VIP兑换码兑换不了，一直提示“网络异常，请稍后重试”，是不是卡密有问题？` },
      { from: 'merchant', text: `我查了${O14}这个兑换码，后台显示未使用，这个码本身没问题。提示网络异常一般是网络或者App版本的问题，切换一下WiFi和流量或者更新一下App再兑换试试。` },
      { from: 'buyer', read: true, text: '我不想试了，直接申请卡密无效退款。' },
      { from: 'merchant', text: '码没有问题的，这样申请我们这边不会同意。' },
    ],
    corpus: [SRC.netErr],
    key_phrases: [O14, '后台显示未使用'],
  },
  {
    name: 'b51-toast-heijiao-net', case: 'b51-wecompc-neterr-mismatch', file: 'Screenshot_20281120-105712.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '10:57', battery: 82,
    game: { title: '兑换会员', name: '黑胶VIP 兑换', hue: '#C92A2A', btn: '#C92A2A', fields: [['账号', '云朵听歌****'], ['兑换码', 'HJVP-****-****-6TQR']], tips: ['兑换成功后会员立即生效', '兑换码有效期以卡面为准'] },
    toast: '网络异常，请稍后重试',
    corpus: [SRC.netErr],
    key_phrases: ['网络异常，请稍后重试'],
  },
];
