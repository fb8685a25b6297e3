// The twenty-third blind end-to-end set (fixtures/blind23/): 14 cases written by a helper (branch
// h19d), not by the lead engineer, from public wording the project had not used before (each
// quoted string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined
// and lightly adapted (names, amounts and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind23'`; `corpus` cites the source
// of each line taken (the find_string index id: the index names no repository); lines not cited
// are the author's own connecting lines. The set is about hard captures (a screenshot of a
// screenshot in the photo album, long stitched captures, an iPad in Split View, screens
// photographed at an angle, heavy JPEG, a tiny forwarded crop, a notification banner over a page,
// quoted replies, recalled messages, voice messages with their transcript, a 微信转账 card) and
// tricky situations (the buyer's own wrong server or account, partial delivery, a refund offered
// only by private transfer, deadlines just passed or just inside, 退货 for a virtual good, a second
// order's number). Six new app styles: `wechat-pc` (WeChat for Windows), `ipad-split` (WeChat and
// Safari side by side on an iPad), `telegram-desktop`, `discord-ticket` (a ticket channel in a
// shop's Discord server), `gallery-viewer` (a phone album showing an earlier screenshot) and
// `game-kefu-web` (a game publisher's customer-service web chat, phone and desktop).
// Render with `node scripts/real/render.mjs --set blind23`, then
// `node scripts/real/copy-cases.mjs --set blind23`. The set is judged once, at the end: do not tune on it.
const B = 'blind23';

const O1 = '2712142031585527'; // 16 digits
const O2 = 'KM20271215093512604'; // KM + 17 digits
const O3 = 'TP-90481736'; // prefix + 8 digits
const O4 = '7F3KQ2MX9VD81RTA'; // 16 upper-case letters and digits
const O5 = 'SH2712180936227741'; // SH + 16 digits
const O6 = 'DD20271219100440318'; // DD + 17 digits
const O7 = '271220193015884'; // 15 digits
const O8 = 'TW27122114052271'; // TW + 14 digits
// O9 = 'FK2712221205338842': FK + 16 digits (this case's order, the 月卡; named in the chat as delivered and working)
const O9 = 'FK2712221205338842';
const O9b = 'FK2712221211049917'; // the buyer's second order of the same noon (the 季卡), the one that failed
const O10 = 'JY2712152102106635'; // JY + 16 digits
const O11 = '2712130840117396'; // 16 digits
const O12 = 'ELD-41926603'; // prefix + 8 digits
const O13 = 'M4QZ8T2KX7NB5WRC'; // 16 upper-case letters and digits
const O14 = 'HK2712211930477'; // HK + 13 digits

const SRC = {
  cdkUsed: 'a CDK redemption service: `throw new AppError(\'该CDK已被使用\')` (public GitHub TypeScript file, find_string id 70487139879)',
  ticketWelcome: 'a ticket bot\'s default welcome_message "Thank you for creating a ticket! Support will be with you shortly." (public GitHub SQL file, find_string id 54105718391)',
  handoffZh: 'a customer-service agent\'s hand-over reply "抱歉，我暂时无法准确理解您的问题。正在为您转接人工客服，请稍等。" (public GitHub Python file, find_string id 55146389318)',
  handoffEn: 'a support widget\'s hand-over line (case \'en\') "Connecting you to an agent now. Please hold." (public GitHub TypeScript file, find_string id 58349300408)',
  boundAccount: 'a licence module\'s check: f"激活码已被账号 {bound_account} 使用，无法重复激活" (public GitHub Python file, find_string id 55279985515), the account filled in and masked',
  serialExpired: 'a game bot\'s alert \'序號已於 {".".join(codeDeadline)} 過期 \' (public GitHub Python file, find_string id 34175132573), the date filled in',
  giftClaimed: 'a gift-code service\'s error "该兑换码已被领取，请刷新重试" (public GitHub TypeScript file, find_string id 71089348225)',
  cdkClaiming: 'a CDK error class\'s default message "CDK 兑换码已被领取或正在领取中" (public GitHub TypeScript file, find_string id 65842913511)',
};

export default [
  // ── 1 b23-gallery-cdk-used: card_invalid, ready ─────────────────────────────────────────────
  {
    name: 'b23-gallery-cdk-used', case: 'b23-gallery-cdk-used', file: 'Screenshot_2027-12-14-21-08-37-512_com.miui.gallery.jpg', split: B,
    style: 'gallery-viewer', kind: 'error', device: 'android-1080x2400', degrade: ['fwd:1080:88'], clock: '21:08', battery: 47,
    shotDate: '2027年12月14日', shotTime: '20:36',
    inner: {
      kind: 'redeem', clock: '20:36', battery: 52, title: '星穹纪元 · 礼包兑换', color: '#5B4BDB',
      fields: [['区服', '星海一区'], ['角色ID', '30718264'], ['兑换码', 'XQJY-****-****-7M2C']], submit: '立即兑换',
      dialog: { title: '兑换失败', body: '该CDK已被使用', button: '确定' },
    },
    corpus: [SRC.cdkUsed],
    key_phrases: ['该CDK已被使用', '兑换失败'],
  },
  {
    name: 'b23-wxpc-cdk-used', case: 'b23-gallery-cdk-used', file: '微信截图_20271214211522.png', split: B,
    style: 'wechat-pc', device: 'desktop-1920x1080', title: '星河手游福利社', merchantName: '星河手游福利社',
    merchantAvatar: ['星', '#5B4BDB'], buyerAvatar: ['🐼', '#c7d3df'],
    sessions: [['星河手游福利社', '好的，我现在去提交。', '21:03'], ['文件传输助手', '[图片]', '20:38'], ['公会招新群', '[动画表情]', '19:58'], ['订阅号消息', '游戏日报：今晚维护公告', '18:40']],
    messages: [
      { from: 'time', text: '20:33' },
      { from: 'merchant', text: `订单 ${O1} 的月卡礼包CDK已发货，兑换入口在游戏设置-礼包兑换，24小时内有问题随时找我` },
      { from: 'time', text: '20:37' },
      { from: 'buyer', type: 'quote', text: '兑换不了，弹窗说该CDK已被使用，我是第一次兑换，截图发你了', quote: `星河手游福利社：订单 ${O1} 的月卡礼包CDK已发货，兑换入口在游戏设置-礼包兑换…` },
      { from: 'buyer', type: 'image', hue: 250 },
      { from: 'system', type: 'recall', text: '"星河手游福利社" 撤回了一条消息' },
      { from: 'time', text: '21:02' },
      { from: 'merchant', text: '查过了，这个码后台显示昨晚已经被别的角色兑换过，是我们库存里混进了发过的码，不是你的问题。' },
      { from: 'merchant', text: '这单你直接在平台申请退款，理由选卡密无效，我这边同意。' },
      { from: 'buyer', text: '好的，我现在去提交。' },
    ],
    corpus: [SRC.cdkUsed],
    key_phrases: [O1, '该CDK已被使用', '我这边同意'],
  },

  // ── 2 b23-ipad-transfer-private: not_received, ready/weak + private-channel ──────────────────
  {
    name: 'b23-ipad-transfer', case: 'b23-ipad-transfer-private', file: 'IMG_0412.PNG', split: B,
    style: 'ipad-split', device: 'ipad-2360x1640', clock: '15:31', battery: 58, title: '优选会员小铺',
    merchantAvatar: ['优', '#E8553F'], buyerAvatar: ['🍊', '#f3c98b'], leftW: 0.52,
    messages: [
      { from: 'time', text: '15:12' },
      { from: 'buyer', text: `订单${O2}，腾讯视频年卡直充，付款快6个小时了还没到账，说好的2小时呢？` },
      { from: 'merchant', text: '不好意思亲，这批年卡的充值渠道断了，今天充不上了' },
      { from: 'merchant', text: '平台那边退款要扣我们5%服务费，我在微信上先把钱转给你，你收了以后在平台点一下确认收货就行' },
      { from: 'merchant', type: 'transfer', amount: '¥138.00', note: '转账给你' },
      { from: 'buyer', text: '这个转账我不点收，没到账我不会确认收货，我在平台申请未收到货退款。' },
      { from: 'merchant', text: '行吧，那你平台申请，我同意。' },
    ],
    order: {
      url: 'yxhy-shop.cn', shop: '优选会员小铺', title: '订单详情', tone: 'wait',
      rows: [['订单号', O2], ['商品', '腾讯视频VIP 年卡 直充'], ['充值账号', 'QQ 28****6631'], ['实付金额', '¥138.00'], ['下单时间', '2027-12-15 09:35:12'], ['订单状态', '待充值', 'status']],
      notes: ['付款后2小时内充值到账，高峰期请耐心等待。', '充值未到账可在订单页申请退款。'],
    },
    key_phrases: [O2, '¥138.00', '待充值', '你收了以后在平台点一下确认收货'],
  },
  {
    name: 'b23-order-transfer', case: 'b23-ipad-transfer-private', file: 'Screenshot_20271215-154022.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:40', battery: 33, shop: '优选会员小铺', accent: '#E8553F',
    order: {
      query: O2, statusTone: 'wait',
      rows: [['订单号', O2], ['商品名称', '腾讯视频VIP 年卡 直充'], ['实付金额', '¥138.00'], ['支付方式', '微信支付'], ['下单时间', '2027-12-15 09:35:12'], ['订单状态', '待充值', 'status']],
      noteTitle: '购买须知', note: ['付款后2小时内充值到账，高峰期请耐心等待。'],
    },
    key_phrases: [O2, '¥138.00', '待充值'],
  },

  // ── 3 b23-en-tgdesk-wrong-server: not_received, reverse (the buyer's own server) ────────────
  {
    name: 'b23-tgdesk-wrong-server', case: 'b23-en-tgdesk-wrong-server', file: 'Screenshot 2027-12-16 191402.png', split: B,
    style: 'telegram-desktop', device: 'desktop-1366x768', title: 'LumenTopUp Support', subtitle: 'online', buyerName: 'Wei Jie', merchantName: 'LumenTopUp Support',
    chats: [['LumenTopUp Support', 'I\'ll file it as not received then.', '19:12'], ['Saved Messages', 'UID 812447093', '08:30'], ['Starfall SEA Guild', 'Kai: raid at 9?', '18:55'], ['Mum', 'Dinner at 7', '17:20']],
    messages: [
      { from: 'time', text: 'December 16' },
      { from: 'buyer', at: '08:35', text: `Hi, order ${O3} paid. UID 812 447 093, server: Europe` },
      { from: 'merchant', at: '08:51', text: 'Done ✅ 6480 Stellar Gems sent to UID 812447093 (Europe).' },
      { from: 'buyer', at: '19:02', reply: 'Done ✅ 6480 Stellar Gems sent to UID 812447093 (Europe).', replyTo: 'merchant', text: 'I never got them. My character is on Asia, nothing arrived there. Refund please.' },
      { from: 'merchant', at: '19:10', reply: `Hi, order ${O3} paid. UID 812 447 093, server: Europe`, replyTo: 'buyer', text: 'You wrote Europe in the order form and here. The gems went exactly there and the game shows them credited. Asia and Europe are separate servers, we can\'t move or take back a top-up.' },
      { from: 'buyer', at: '19:12', text: 'I\'ll file it as not received then.' },
    ],
    key_phrases: [O3, 'server: Europe', 'You wrote Europe in the order form'],
  },
  {
    name: 'b23-kefu-en-wrong-server', case: 'b23-en-tgdesk-wrong-server', file: 'Screenshot 2027-12-16 192233.png', split: B,
    style: 'game-kefu-web', device: 'desktop-1366x768', lang: 'en',
    kefu: { game: 'Starfall Odyssey', title: 'Starfall Odyssey Help Center', color: '#2F5BD3', logo: 'SO', botName: 'Stella (virtual assistant)', faq: ['Top-up not received', 'Change server', 'Account recovery', 'Report a bug'] },
    messages: [
      { from: 'time', text: 'Dec 16, 19:16' },
      { from: 'bot', text: 'Hi! I\'m Stella. How can I help you today?', chips: ['Top-up not received', 'Account recovery', 'Report a bug'] },
      { from: 'buyer', at: '19:16', text: 'Top-up not received. UID 812447093, I play on Asia.' },
      { from: 'bot', text: 'Connecting you to an agent now. Please hold.' },
      { from: 'system', text: 'Agent Mira joined the chat' },
      { from: 'merchant', name: 'Mira', badge: 'Agent', at: '19:19', text: 'I checked UID 812447093. This purchase was credited on the Europe server. Your character on Asia has no top-up on December 16.', card: { title: 'Top-up record', rows: [['UID', '812447093'], ['Server', 'Europe'], ['Item', '6480 Stellar Gems'], ['Status', 'Credited'], ['Time', '2027-12-16 08:49 (UTC+8)']] } },
      { from: 'buyer', at: '19:20', text: 'Can you move it to Asia?' },
      { from: 'merchant', name: 'Mira', badge: 'Agent', at: '19:21', text: 'Sorry, purchases can\'t be transferred between servers.' },
    ],
    corpus: [SRC.handoffEn],
    key_phrases: ['Connecting you to an agent now.', 'credited on the Europe server', 'Credited'],
  },

  // ── 4 b23-en-discord-partial: not_received for 2 of 5 cards, ready/weak + refund-partial ─────
  {
    name: 'b23-discord-partial', case: 'b23-en-discord-partial', file: 'Screenshot 2027-12-17 113528.png', split: B,
    style: 'discord-ticket', device: 'desktop-1920x1080', server: 'PixelVault Keys', channel: 'ticket-0412', topic: 'Ticket opened by jaxon.r · Order support',
    buyerName: 'jaxon.r', merchantName: 'Rook | Staff', botName: 'Tickets', serverColor: '#F0B232',
    messages: [
      { from: 'time', text: 'December 17, 2027' },
      { from: 'bot', at: 'Today at 10:29 AM', text: '@jaxon.r', embed: { title: '🎫 Ticket #0412', text: 'Thank you for creating a ticket! Support will be with you shortly.', fields: [['Order', O4], ['Category', 'Missing keys']], buttons: ['🔒 Close'] } },
      { from: 'buyer', at: 'Today at 10:31 AM', text: `Hi, order ${O4}: 5x Steam Gift Card $10, only 3 codes showed up on Kinguin. The other 2 still say "Key not available yet".` },
      { from: 'merchant', at: 'Today at 11:02 AM', text: 'Checked it. Our supplier only had 3 in stock when you ordered. The 3 you got are valid and stay yours.' },
      { from: 'merchant', at: 'Today at 11:03 AM', text: 'For the 2 missing ones ($21.00) open a refund on Kinguin for the undelivered part and I\'ll approve it.' },
      { from: 'buyer', at: 'Today at 11:05 AM', text: 'Ok, doing that now: refund for 2 × $10.50.' },
    ],
    corpus: [SRC.ticketWelcome],
    key_phrases: [O4, 'Support will be with you shortly.', '$21.00', 'I\'ll approve it'],
  },
  {
    name: 'b23-kinguin-partial', case: 'b23-en-discord-partial', file: 'Screenshot 2027-12-17 113702.png', split: B,
    style: 'kinguin-order', device: 'desktop-1366x768',
    order: {
      id: O4, date: 'Placed on 12/17/2027, 10:14 AM', status: 'Partially delivered', tone: 'wait',
      product: 'Steam Gift Card 10 USD (Global) × 5', meta: 'Steam · Global · Qty 5 · Seller: PixelVault Keys', price: '$52.50',
      keyLabel: 'Your keys (3 of 5 delivered)', key: '3 keys revealed · 2 × Key not available yet',
      rows: [['Subtotal', '$52.50'], ['Payment', 'PayPal'], ['Total paid', '$52.50']],
    },
    key_phrases: [O4, '$52.50', 'Partially delivered'],
  },

  // ── 5 b23-kefu-wrong-account: not_received, reverse (the buyer's own account typo) ───────────
  {
    name: 'b23-kefu-wrong-account', case: 'b23-kefu-wrong-account', file: 'Screenshot_20271218-102845.png', split: B,
    style: 'game-kefu-web', device: 'android-1080x2400', long: true, clock: '10:28', battery: 71, lang: 'zh',
    kefu: { game: '山海幻境', title: '山海幻境 客服中心', color: '#C2410C', logo: '山', botName: '山海小灵' },
    notify: { app: 'QQ', title: '乐玩手游充值', text: '你下单填的充值账号是1385****7021，截图发你了，你核对下', when: '现在', icon: ['Q', '#12B7F5'] },
    messages: [
      { from: 'time', text: '今天 10:12' },
      { from: 'bot', text: '您好，我是山海小灵，请问有什么可以帮您？', chips: ['充值未到账', '账号找回', '实名认证', '举报外挂'] },
      { from: 'buyer', at: '10:12', text: '充值未到账' },
      { from: 'bot', text: '请提供您的角色ID，我帮您查询充值记录。' },
      { from: 'buyer', at: '10:13', text: '角色ID 20937715，今天早上代充的6480元宝没到' },
      { from: 'bot', text: '抱歉，我暂时无法准确理解您的问题。正在为您转接人工客服，请稍等。' },
      { from: 'system', text: '人工客服 阿青 为您服务' },
      { from: 'merchant', name: '阿青', badge: '工号 1107', at: '10:18', text: '您好，您的角色ID 20937715（账号 1358****7021）今天没有充值记录。' },
      { from: 'merchant', name: '阿青', badge: '工号 1107', at: '10:19', text: '今天 09:41 有一笔6480元宝充到了账号 1385****7021，是另一位玩家的角色。', card: { title: '充值记录查询', rows: [['充值账号', '1385****7021'], ['区服', '龙脉1服'], ['商品', '6480元宝'], ['到账时间', '2027-12-18 09:41'], ['状态', '已到账']] } },
      { from: 'buyer', at: '10:22', text: '那是我下单时手机号填反了两位…能转到我号上吗？' },
      { from: 'merchant', name: '阿青', badge: '工号 1107', at: '10:23', text: '充值到账后无法转移到其他账号，建议您联系购买渠道协商。' },
    ],
    corpus: [SRC.handoffZh],
    key_phrases: ['正在为您转接人工客服', '1385****7021', '手机号填反了两位'],
  },
  {
    name: 'b23-qq-wrong-account-dark', case: 'b23-kefu-wrong-account', file: 'Screenshot_20271218-103120.png', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', clock: '10:31', battery: 69, title: '乐玩手游充值',
    messages: [
      { from: 'time', text: '10:05' },
      { from: 'buyer', name: '我', text: `订单${O5}，6480元宝到现在没到账` },
      { from: 'merchant', name: '乐玩手游充值', text: '系统显示09:41已经充值成功了，充值账号1385****7021，这是你下单时填的' },
      { from: 'buyer', name: '我', text: '我的号是1358开头的，你们充错了' },
      { from: 'merchant', name: '乐玩手游充值', text: '账号是你自己填的，我们按订单上的账号充的，充进去就撤不回来了。' },
      { from: 'buyer', name: '我', text: '那我申请未收到货退款' },
    ],
    key_phrases: [O5, '1385****7021', '账号是你自己填的'],
  },

  // ── 6 b23-dingtalk-act-24h25m: activation_failed, not-ready (deadline-passed by 25 min) ──────
  {
    name: 'b23-msgbox-bound-account', case: 'b23-dingtalk-act-24h25m', file: 'Screenshot 2027-12-20 095214.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '9:52', date: '2027/12/20', winX: 560, winY: 200,
    app: { title: '绘境设计 2027 专业版', color: '#0E9F8A', fields: [['设备码', '7C2E-****-****-91AB'], ['激活码', 'HJSJ-****-****-****-Q8TN']], version: '专业版 · 未激活' },
    box: { title: '授权验证', icon: 'error', text: '激活码已被账号 lin****@huijing.cn 使用，无法重复激活' },
    corpus: [SRC.boundAccount],
    key_phrases: ['无法重复激活'],
  },
  {
    name: 'b23-dingtalk-bound-account', case: 'b23-dingtalk-act-24h25m', file: 'Screenshot_20271220-102512_DingTalk.jpg', split: B,
    style: 'dingtalk', device: 'android-1080x2400', degrade: ['fwd:1080:90'], clock: '10:25', battery: 82, title: '正版软件授权中心-售后',
    merchantAvatar: ['周宁', '#FF943E'], buyerAvatar: ['小林', '#5C8DF6'],
    messages: [
      { from: 'time', text: '12月20日 09:55' },
      { from: 'buyer', read: true, text: `订单${O6}的绘境设计激活码，昨天上午买的，今天第一次装，激活弹窗：激活码已被账号 lin****@huijing.cn 使用，无法重复激活` },
      { from: 'buyer', read: true, type: 'image', hue: 170, w: 160, h: 100 },
      { from: 'time', text: '10:20' },
      { from: 'merchant', name: '售后-周宁', text: '查了，这个码之前已经卖出去过一次，被那位客户绑在他账号上了，是我们库存没清干净。' },
      { from: 'merchant', name: '售后-周宁', text: '你在平台上申请退款就行，我这边同意。' },
      { from: 'buyer', read: true, text: '好的' },
    ],
    corpus: [SRC.boundAccount],
    key_phrases: [O6, '是我们库存没清干净'],
  },

  // ── 7 b23-wxpc-voice-late: late_delivery, ready (voice messages with transcripts) ────────────
  {
    name: 'b23-wxpc-voice-late', case: 'b23-wxpc-voice-late', file: '微信截图_20271220214316.png', split: B,
    style: 'wechat-pc', device: 'desktop-1366x768', title: '拾光游戏代充', merchantName: '拾光游戏代充', listW: 230,
    merchantAvatar: ['拾', '#F0A020'], buyerAvatar: ['🦊', '#e7c6a5'], lineW: 460,
    sessions: [['拾光游戏代充', '可以，超时是我们的问题…', '21:42'], ['宿舍群', '[语音]', '21:30'], ['文件传输助手', '', '19:02']],
    messages: [
      { from: 'time', text: '19:31' },
      { from: 'merchant', text: `收到订单 ${O7}，30分钟内给你充好，期间不要登录游戏哦` },
      { from: 'time', text: '20:48' },
      { from: 'buyer', type: 'voice', seconds: 9, text: '一个多小时了还没到账，能不能快点，我一直没登录' },
      { from: 'merchant', type: 'voice', seconds: 4, text: '稍等我问一下' },
      { from: 'merchant', text: '代充那边排单卡住了，今晚可能充不上' },
      { from: 'time', text: '21:40' },
      { from: 'buyer', type: 'voice', seconds: 11, text: '都两个多小时了还是没到，这单我不要了，能申请退款吗' },
      { from: 'buyer', text: `订单${O7}` },
      { from: 'merchant', text: '可以，超时是我们的问题，你在平台选延迟发货申请退款，我这边同意。' },
    ],
    key_phrases: [O7, '超时是我们的问题'],
  },
  {
    name: 'b23-order-voice-late', case: 'b23-wxpc-voice-late', file: 'Screenshot_20271220-214502.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '21:45', battery: 24, shop: '拾光游戏代充', accent: '#F0A020',
    order: {
      query: O7, statusTone: 'wait',
      rows: [['订单号', O7], ['商品名称', '王国之冠 战令+月卡 代充'], ['实付金额', '¥68.00'], ['支付方式', '支付宝'], ['下单时间', '2027-12-20 19:30:15'], ['订单状态', '代充中', 'status']],
      noteTitle: '购买须知', note: ['代充订单付款后30分钟内完成，超时未到账可申请退款。', '代充期间请勿登录游戏。'],
    },
    key_phrases: [O7, '¥68.00', '代充中', '付款后30分钟内完成'],
  },

  // ── 8 b23-tw-discord-return: card_invalid filed as 退貨, not-ready (request-return-virtual) ───
  {
    name: 'b23-topup-serial-expired', case: 'b23-tw-discord-return', file: 'Screenshot_20271221-141812.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '14:18', battery: 55,
    game: { title: '龍域Online 序號兌換', name: '龍域Online 會員中心', hue: '#0F766E', fields: [['伺服器', '蒼龍'], ['角色名稱', '夜雨聽風'], ['序號', 'LY10-****-****-K2PD']], submit: '確認兌換' },
    dialog: { title: '兌換失敗', body: ['序號已於 2027.12.01 過期'], buttons: ['確定'] },
    corpus: [SRC.serialExpired],
    key_phrases: ['序號已於 2027.12.01 過期'],
  },
  {
    name: 'b23-discord-return-tw', case: 'b23-tw-discord-return', file: 'Screenshot 2027-12-21 144630.png', split: B,
    style: 'discord-ticket', light: true, device: 'desktop-1366x768', server: '星語點卡館', channel: 'ticket-0087', topic: '客服單 · 訂單問題',
    buyerName: 'yuting_0921', merchantName: '小語｜客服', botName: 'Tickets', serverColor: '#8E6BD8', staffColor: '#1F8B4C', lineW: 760,
    channels: [['公告', ['規則', '商品價目']], ['客服', ['開單']], ['TICKETS', ['ticket-0087']]],
    messages: [
      { from: 'time', text: '2027年12月21日' },
      { from: 'bot', at: '今天 14:19', text: '@yuting_0921', embed: { title: '🎫 Ticket #0087', text: 'Thank you for creating a ticket! Support will be with you shortly.', buttons: ['🔒 Close'] } },
      { from: 'buyer', at: '今天 14:20', text: `訂單 ${O8} 的 1000點序號，遊戲裡兌換跳「序號已於 2027.12.01 過期」` },
      { from: 'merchant', at: '今天 14:41', text: '查到了，這批是上個月活動的舊序號，已經過期，我們沒有下架，抱歉。' },
      { from: 'merchant', at: '今天 14:41', text: '你可以在平台申請退款，我會同意。' },
      { from: 'buyer', at: '今天 14:45', text: '好，我去申請退貨。' },
    ],
    corpus: [SRC.serialExpired, SRC.ticketWelcome],
    key_phrases: [O8, '序號已於 2027.12.01 過期', '我會同意'],
  },

  // ── 9 b23-tg-second-order: card_invalid, not-ready (order-id-mismatch: the failure is the other order's) ─
  {
    name: 'b23-tg-second-order-dark', case: 'b23-tg-second-order', file: 'Screenshot_20271222-131012.png', split: B,
    style: 'telegram', dark: true, device: 'android-1080x2400', long: true, clock: '13:10', battery: 38, title: '云梦游戏卡券', subtitle: '最近在线',
    messages: [
      { from: 'time', text: '12月22日' },
      { from: 'merchant', at: '12:06', text: `订单 ${O9} 已发货：幻海契约 月卡CDK HHQY-****-****-2W8D` },
      { from: 'merchant', at: '12:12', text: `订单 ${O9b} 已发货：幻海契约 季卡CDK HHQY-****-****-9F5R` },
      { from: 'buyer', at: '12:30', text: `${O9b} 那张季卡CDK兑换提示：CDK 兑换码已被领取或正在领取中` },
      { from: 'buyer', at: '12:30', type: 'image', hue: 200 },
      { from: 'merchant', at: '13:05', text: `季卡那张查到了，是重复出库，我们的问题，${O9b} 那单你申请退款我同意。` },
      { from: 'merchant', at: '13:05', text: '月卡那张你已经兑换成功了对吧？' },
      { from: 'buyer', at: '13:07', text: '对，月卡的已经到账了，就是季卡不行。' },
    ],
    corpus: [SRC.cdkClaiming],
    key_phrases: [O9, O9b, 'CDK 兑换码已被领取或正在领取中', '月卡的已经到账了'],
  },
  {
    name: 'b23-topup-second-order', case: 'b23-tg-second-order', file: 'Screenshot_20271222-122914.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '12:29', battery: 44,
    game: { title: '幻海契约 兑换中心', name: '幻海契约 礼包兑换', hue: '#1D4ED8', fields: [['服务器', '潮汐3服'], ['角色ID', '5530917'], ['兑换码', 'HHQY-****-****-9F5R']], submit: '兑换' },
    dialog: { title: '兑换失败', body: ['CDK 兑换码已被领取或正在领取中'], buttons: ['知道了'] },
    corpus: [SRC.cdkClaiming],
    key_phrases: ['CDK 兑换码已被领取或正在领取中', 'HHQY-****-****-9F5R'],
  },

  // ── 10 b23-kefu-photo-nad-near: not_as_described, ready/weak + deadline-near (17 h 45 min of 72 h) ─
  {
    name: 'b23-kefu-photo-account', case: 'b23-kefu-photo-nad-near', file: 'IMG_20271218_031822.jpg', split: B,
    style: 'game-kefu-web', device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.15, focus: [0.5, 0.55], lang: 'zh',
    kefu: { game: '幻域传说', title: '幻域传说 客服中心', color: '#7C3AED', logo: '幻', botName: '幻域小助手', faq: ['账号换绑', '贵族等级说明', '账号安全冻结', '充值问题'] },
    messages: [
      { from: 'time', text: '12月18日 02:51' },
      { from: 'buyer', at: '02:51', text: '我买的账号 角色ID 6620913，卖家说是V8贵族、可以换绑手机，我想确认一下' },
      { from: 'system', text: '人工客服 小溪 为您服务' },
      { from: 'merchant', name: '小溪', badge: '工号 2086', at: '03:02', text: '您好，已为您查询到该账号信息：', card: { title: '账号信息查询', rows: [['角色ID', '6620913'], ['贵族等级', 'V5'], ['绑定手机', '139****0527'], ['换绑状态', '冷却中（至2028-01-09）']] } },
      { from: 'merchant', name: '小溪', badge: '工号 2086', at: '03:03', text: '该账号于12月10日申请过换绑，处于30天换绑冷却期，冷却期内无法再次换绑手机。' },
    ],
    key_phrases: ['V5', '无法再次换绑手机'],
  },
  {
    name: 'b23-wxdark-account-nad', case: 'b23-kefu-photo-nad-near', file: 'Screenshot_20271218-032012.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '03:20', battery: 19, title: '鲸鱼账号交易',
    messages: [
      { from: 'time', text: '03:08' },
      { from: 'buyer', type: 'quote', text: `订单${O10}，官方客服查了：贵族是V5不是V8，而且换绑在冷却期，到明年1月都换不了绑`, quote: '鲸鱼账号交易：V8贵族 可换绑手机 包找回' },
      { from: 'buyer', type: 'image', hue: 280 },
      { from: 'merchant', text: '我看了，贵族等级是我们录错了，换绑冷却这个号主之前没说，确实和描述不一样' },
      { from: 'merchant', text: '你在平台按描述不符申请退款，我同意，账号密码别改了就行' },
      { from: 'buyer', text: '好，我现在申请' },
    ],
    key_phrases: [O10, 'V8贵族 可换绑手机', '确实和描述不一样'],
  },

  // ── 11 b23-qq-tiny-card-6h10m: card_invalid, ready (6 h 10 min of 24 h left: not near) ───────
  {
    name: 'b23-topup-gift-claimed', case: 'b23-qq-tiny-card-6h10m', file: 'Screenshot_20271213-233005.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '23:30', battery: 31,
    game: { title: '星耀联盟 兑换码', name: '星耀联盟 福利中心', hue: '#DB2777', fields: [['区服', '微信区 星光服'], ['角色', '北港的雾'], ['兑换码', 'XYLM-****-****-****-6DQA']], submit: '兑换' },
    toast: '该兑换码已被领取，请刷新重试',
    corpus: [SRC.giftClaimed],
    key_phrases: ['该兑换码已被领取，请刷新重试'],
  },
  {
    name: 'b23-qq-tiny-card', case: 'b23-qq-tiny-card-6h10m', file: 'QQ图片20271213235901.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:480:42'], clock: '23:58', battery: 29, title: '夜猫游戏卡券',
    messages: [
      { from: 'time', text: '08:41' },
      { from: 'merchant', name: '夜猫游戏卡券', text: `订单${O11}兑换码已发，游戏内 设置-兑换码 输入即可` },
      { from: 'time', text: '23:31' },
      { from: 'buyer', name: '我', type: 'quote', text: '白天上班，刚登游戏兑换，提示该兑换码已被领取，请刷新重试，刷新好几次都这样', quote: `夜猫游戏卡券：订单${O11}兑换码已发…` },
      { from: 'buyer', name: '我', type: 'image', hue: 330, w: 120, h: 210 },
      { from: 'system', text: '"夜猫游戏卡券"撤回了一条消息' },
      { from: 'merchant', name: '夜猫游戏卡券', text: '查了，这个码被领过了，我们这边出库重复了，不好意思' },
      { from: 'merchant', name: '夜猫游戏卡券', text: '你平台申请退款吧，理由选卡密无效，我同意' },
    ],
    corpus: [SRC.giftClaimed],
    key_phrases: [O11, '出库重复了'],
  },

  // ── 12 b23-en-tgdesk-photo-late: late_delivery, ready (Telegram Desktop photographed) ────────
  {
    name: 'b23-tgdesk-photo-late', case: 'b23-en-tgdesk-photo-late', file: 'IMG_20271219_234012.jpg', split: B,
    style: 'telegram-desktop', dark: true, device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.1, focus: [0.58, 0.6],
    title: 'RiftDeals', subtitle: 'last seen recently', buyerName: 'Lena K.', merchantName: 'RiftDeals', padX: 60, lineW: 520,
    chats: [['RiftDeals', 'I can\'t get it done tonight…', '23:21'], ['Anna', 'see you tomorrow!', '22:10'], ['Rift Coins DE', 'new prices', '20:45'], ['Telegram', 'Login code', '14:02']],
    messages: [
      { from: 'time', text: 'December 19' },
      { from: 'merchant', at: '14:24', text: `Thanks for order ${O12}! Your 5,000 Rift Coins will be delivered within 1 hour.` },
      { from: 'buyer', at: '16:05', reply: `Thanks for order ${O12}! Your 5,000 Rift Coins will be delivered within 1 hour.`, replyTo: 'merchant', text: 'It\'s been almost 2 hours, nothing on my account yet.' },
      { from: 'merchant', at: '16:40', text: 'Sorry, our supplier is slow today, give me a bit more time.' },
      { from: 'buyer', at: '22:58', reply: 'Sorry, our supplier is slow today, give me a bit more time.', replyTo: 'merchant', text: 'Still nothing after 8.5 hours. Please cancel and refund.' },
      { from: 'merchant', at: '23:21', text: 'I can\'t get it done tonight. Open a refund for late delivery on Eldorado, I\'ll accept it.' },
    ],
    key_phrases: ['delivered within 1 hour', 'Still nothing after 8.5 hours.'],
  },
  {
    name: 'b23-eldorado-late', case: 'b23-en-tgdesk-photo-late', file: 'Screenshot 2027-12-19 234455.png', split: B,
    style: 'eldorado-order', device: 'desktop-1366x768',
    order: {
      status: 'Pending delivery', tone: 'wait', statusNote: 'The seller has not marked this order delivered yet. Guaranteed delivery time: 1 hour.',
      offer: 'Riftstorm – 5,000 Rift Coins – Fast Delivery (within 1 hour)', seller: 'RiftDeals', rating: '98.4%',
      rows: [['Order ID', O12], ['Order date', 'Dec 19, 2027, 2:20 PM'], ['Quantity', '1'], ['Payment', 'Visa •••• 4417'], ['Total', '$42.00']],
      buttons: ['Open dispute', 'Confirm received'],
    },
    key_phrases: [O12, '$42.00', 'Pending delivery'],
  },

  // ── 13 b23-en-discord-wrong-61min: wrong_purchase, not-ready (deadline-passed by 50 s) ───────
  {
    name: 'b23-discord-wrong-edition', case: 'b23-en-discord-wrong-61min', file: 'Screenshot 2027-12-20 185214.png', split: B,
    style: 'discord-ticket', light: true, device: 'desktop-1366x768', server: 'Northpeak Keys', channel: 'ticket-1198', topic: 'Ticket opened by mateo_vr',
    buyerName: 'mateo_vr', merchantName: 'Ash (Support)', botName: 'Tickets', serverColor: '#2F9E8F', staffColor: '#C0392B', lineW: 760,
    messages: [
      { from: 'time', text: 'December 20, 2027' },
      { from: 'bot', at: 'Today at 6:08 PM', text: '@mateo_vr', embed: { title: '🎫 Ticket #1198', fields: [['Order', O13], ['Category', 'Cancel an order']], buttons: ['🔒 Close'] } },
      { from: 'buyer', at: 'Today at 6:09 PM', text: `Hi, order ${O13}: I bought the EU edition of Ironclad Tactics by mistake, my account is on NA. The key hasn't been sent yet. Can you cancel it?` },
      { from: 'merchant', at: 'Today at 6:47 PM', text: 'No problem, the key hasn\'t been sent. Request the cancellation on your order page as a wrong purchase and I\'ll approve it.' },
      { from: 'buyer', at: 'Today at 6:50 PM', text: 'Thanks, will do.' },
    ],
    key_phrases: [O13, 'by mistake', 'hasn\'t been sent'],
  },
  {
    name: 'b23-kinguin-wrong-tiny', case: 'b23-en-discord-wrong-61min', file: 'Screenshot_20271220-185833.jpg', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', degrade: ['fwd:360:55'], clock: '18:58', battery: 21,
    order: {
      id: O13, date: 'Placed on 12/20/2027, 6:02 PM', status: 'Processing', tone: 'wait',
      product: 'Ironclad Tactics – Steam Key (EU)', meta: 'Steam · Europe · Qty 1 · Seller: Northpeak Keys', price: '$24.99',
      keyLabel: 'Your key', key: 'Key not available yet',
      rows: [['Subtotal', '$24.99'], ['Payment', 'Visa •••• 0553'], ['Total paid', '$24.99']],
    },
    key_phrases: [O13, '$24.99'],
  },

  // ── 14 b23-hk-kefu-nad-double: not_as_described, ready (Cantonese) ─────────────────────────
  {
    name: 'b23-kefu-hk-double-dark', case: 'b23-hk-kefu-nad-double', file: 'IMG_3307.PNG', split: B,
    style: 'game-kefu-web', dark: true, device: 'iphone-1170x2532', clock: '11:42', battery: 64, lang: 'zh-Hant',
    kefu: { game: '銀河守望', title: '銀河守望 客服中心', color: '#0EA5E9', logo: '銀', botName: '守望小助手' },
    messages: [
      { from: 'time', text: '今天 11:30' },
      { from: 'buyer', at: '11:30', text: '昨晚儲值6480水晶，商店寫首儲雙倍，但只到咗6480，冇贈送' },
      { from: 'system', text: '真人客服 阿Ken 為您服務' },
      { from: 'merchant', name: '阿Ken', badge: '工號 0412', at: '11:38', text: '經查詢，該筆為禮品卡兌換入帳，不適用首儲雙倍獎勵。', card: { title: '儲值紀錄', rows: [['UID', '77031845'], ['方式', '禮品卡兌換'], ['入帳', '6480 水晶'], ['首儲贈送', '不適用'], ['時間', '2027-12-21 19:52']] } },
    ],
    key_phrases: ['不適用首儲雙倍獎勵', '禮品卡兌換'],
  },
  {
    name: 'b23-wa-hk-double', case: 'b23-hk-kefu-nad-double', file: 'IMG_3309.PNG', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', clock: '12:01', battery: 60, title: '尖沙咀手遊儲值', subtitle: '上線',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '11:45', text: `訂單 ${O14}，你哋寫明「12960 水晶（6480 + 首儲雙倍贈送 6480）」，官方客服話係禮品卡兌換，唔計首儲雙倍，我得返6480` },
      { from: 'buyer', at: '11:45', type: 'image', hue: 195, w: 150, h: 260 },
      { from: 'merchant', at: '11:58', text: '唔好意思，我哋用咗禮品卡渠道充，冇留意唔計首儲，同描述唔一樣，係我哋嘅問題' },
      { from: 'merchant', at: '11:59', text: '你喺平台揀描述不符申請退款，我會同意' },
      { from: 'buyer', at: '12:00', text: '好，我而家申請' },
    ],
    key_phrases: [O14, '同描述唔一樣', '我會同意'],
  },
];
