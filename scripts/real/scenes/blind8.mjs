// The eighth blind end-to-end set (fixtures/blind8/): 14 cases written by a helper (branch h16d),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind8'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. Six new app styles: `instagram-dm` (Instagram Direct),
// `feishu-chat` (飞书), `outlook-mail` (Outlook on the web, desktop), `pdd-aftersale` (拼多多
// 售后详情), `riot-store-error` (Riot Client error dialog) and `battlenet-redeem` (Battle.net
// "Redeem a Code").
// Render with `node scripts/real/render.mjs --set blind8` (into fixtures/real-blind8/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind8` copies the images into fixtures/blind8/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind8';

// order numbers (see each case's order.json)
const O1 = 'FS2707011832046715'; // two letters + 16 digits
const O2 = '270702-418205736651094'; // 拼多多: date, hyphen, 15 digits
const O3 = 'TU-270703-15224471'; // letters, hyphens and digits
const O4 = '53270704203318'; // 14 digits
const O5 = '27070509120847'; // 14 digits: this case's order
const O5B = '27070421455302'; // the buyer's order of the evening before
const O6 = '270706-093351280417736'; // 拼多多
const O7 = 'DD2707061402559310'; // two letters + 16 digits
const O8 = '1127070718204465'; // 16 digits
const O9 = '27070820154436019'; // 17 digits
const O10 = 'RV-27070911302284'; // letter prefix, hyphen, 14 digits
const O11 = '6627071010024417'; // 16 digits
const O12 = '2707111845093371'; // 16 digits
const O13 = 'EU-2707121430-57'; // letters, hyphens and digits
const O14 = '27071409552018664'; // 17 digits
const R2 = '9182704556102873'; // 拼多多 售后编号 beside O2
const R6 = '9182707063125540'; // 拼多多 售后编号 beside O6

const SRC = {
  notExist: 'a card-redeem API\'s error "卡密不存在或已使用" (public GitHub C# file, find_string id 69488937519; the same string in ids 13646867474, 57429207848)',
  notExistTable: 'an error-code table row { code: \'40003\', desc: \'卡密不存在或已使用\' } (public GitHub file, find_string id 71432840510)',
  onlyRefund: 'an after-sale DTO field "售后类型, 1-仅退款 2-退货退款" (public GitHub Java file, find_string id 18626815831)',
  revoked: 'an activation client\'s error map "revoked" -> "该卡密已被冻结封禁" (public GitHub Kotlin file, find_string id 71570339849)',
  wrongInfo: 'a refund form\'s reasontype ["不想要了", "卖家缺货", "拍错了,订单信息错误", "其他"] (public GitHub file, find_string id 38619126976)',
  ship72: 'a checkout page\'s note "我们将在您完成支付后的 72 小时内发货" (public GitHub HTML file, find_string id 34789533124), adapted to 2 hours and to 充值',
  consumer: 'a tutoring-refund prompt list "学生说：我要去消协投诉你们霸王条款。" (public GitHub file, find_string id 26178602264), adapted',
  bnet: 'a code-redeem script\'s SKIP_STATUSES "That code has already been redeemed by someone else." (public GitHub Python file, find_string id 62690037868)',
  noConn: 'a mobile app\'s Alert "Unable to connect to the server. Please check your internet connection and try again." (public GitHub file, find_string id 52048669045; the same line in id 33273258745)',
  oneHour: 'a restaurant refund policy "Report incorrect items within 1 hour of delivery." (public GitHub file, find_string id 61519473415), adapted to "Report activation problems within 1 hour of delivery."',
  msBlocked: 'an activation script\'s message "This product key has been blocked by Microsoft." (public GitHub PowerShell file, find_string id 60238591489), with 0xC004C060 (listed as a blocked key beside 0xC004C003 in find_string id 69540595874)',
  winBlocked: 'an activation helper\'s table "0xC004C003 or 0xC004C060 => (\\"Blocked key\\",\\"Windows reports a blocked activation key.\\" …)" (public GitHub C# file, find_string id 69540595874)',
  fnf: 'a payments app\'s subtitle "Send money to friends and family" (public GitHub TSX file, find_string id 45309184696), adapted into the seller\'s "Friends and Family" PayPal offer',
};

export default [
  // ── 1 b8-card-feishu: card_invalid, ready; the shop answers on 飞书 ─────────────────────────
  {
    name: 'b8-netease-notexist', case: 'b8-card-feishu', file: 'Screenshot_20270701-184012.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '18:40', battery: 71,
    game: { title: '网易一卡通充值', name: '网易一卡通 点数充值', hue: '#d43c33', fields: [['卡号', '1327****0588'], ['密码', '********4091'], ['通行证', 'qiao****@163.com']], submit: '确认充值' },
    dialog: { title: '充值失败', body: ['卡密不存在或已使用'], buttons: ['知道了'] },
    corpus: [SRC.notExist],
    key_phrases: ['卡密不存在或已使用'],
  },
  {
    name: 'b8-feishu-card', case: 'b8-card-feishu', file: 'Screenshot_20270701-190622.png', split: B,
    style: 'feishu-chat', device: 'android-1080x2400', clock: '19:06', battery: 66, title: '云帆点卡-小乔', subtitle: '云帆数字商贸',
    messages: [
      { from: 'time', text: '18:41' },
      { from: 'buyer', read: true, text: `你好，订单号${O1}，网易一卡通刚充值，提示“卡密不存在或已使用”，卡号密码都是复制的` },
      { from: 'merchant', text: '收到，我去上游核对一下这张卡' },
      { from: 'time', text: '19:04' },
      { from: 'merchant', text: '核对过了，这张卡在我们出库前就被提走了，是店里的失误。麻烦您到平台订单页提交退款，原因选卡密无效，我会点同意' },
      { from: 'buyer', read: false, text: '好，这就去提交' },
    ],
    corpus: [SRC.notExist],
    key_phrases: [O1, '卡密不存在或已使用', '我会点同意'],
  },
  {
    name: 'b8-netease-order', case: 'b8-card-feishu', file: 'Screenshot_20270701-190845.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '19:08', battery: 66, shop: '云帆点卡', accent: '#d43c33',
    order: {
      query: O1, statusTone: 'ok',
      rows: [['订单号', O1], ['商品名称', '网易一卡通 100元 点卡 卡密'], ['实付金额', '¥95.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-07-01 18:32:04']],
      code: '卡号 1327********0588  密码 ********4091',
    },
    key_phrases: [O1, '¥95.00', '已完成'],
  },

  // ── 2 b8-pdd-partial: not_received; a part was refunded already ───────────────────────────
  {
    name: 'b8-pdd-chat-partial', case: 'b8-pdd-partial', file: 'Screenshot_2027-07-02-11-04-37-118_com.xunmeng.pinduoduo.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '11:04', battery: 52, title: '极速Q币直充店',
    messages: [
      { from: 'buyer', type: 'card', card: { title: 'QQ Q币 100个 直充 秒到', price: '¥98.00', order: `订单编号：${O2}`, status: '已发货' } },
      { from: 'buyer', text: '付款半小时了，QQ钱包里只多了40个Q币，还差60个没到' },
      { from: 'merchant', text: '亲，查到了，渠道这单只充进去40个，剩下60个充不进去了' },
      { from: 'merchant', text: '没到的60个给您退58.8元，您在订单里点申请售后，选仅退款，金额填58.8，我马上同意' },
      { from: 'buyer', text: '行，那40个我先用着' },
    ],
    corpus: [SRC.onlyRefund],
    key_phrases: [O2, '只多了40个Q币', '金额填58.8'],
  },
  {
    name: 'b8-pdd-aftersale-done', case: 'b8-pdd-partial', file: 'Screenshot_2027-07-02-11-31-09-502_com.xunmeng.pinduoduo.png', split: B,
    style: 'pdd-aftersale', device: 'android-1080x2400', clock: '11:31', battery: 49,
    aftersale: {
      status: '退款成功', amount: '¥58.80', stepDone: 3,
      notes: ['商家已同意退款，钱款已原路退回至您的微信支付', '2027-07-02 11:20 到账'],
      product: 'QQ Q币 100个 直充 秒到', spec: 'Q币 100个 | 数量 1',
      rows: [['售后类型', '仅退款'], ['退款原因', '部分未到账'], ['退款金额', '¥58.80'], ['申请时间', '2027-07-02 11:06:51'], ['售后编号', R2], ['订单编号', O2]],
      buttons: ['联系商家', '查看钱款去向'],
    },
    corpus: [SRC.onlyRefund],
    key_phrases: [O2, R2, '退款成功', '¥58.80'],
  },

  // ── 3 b8-en-uid-typo: not_received; the buyer typed another UID ───────────────────────────
  {
    name: 'b8-wa-uid-typo', case: 'b8-en-uid-typo', file: 'IMG-20270703-WA0017.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:600:55'], clock: '17:12', battery: 44, title: 'CrystalTopUp', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '16:48', text: `Order ${O3}, 980 Genesis Crystals. Paid at 15:22 and nothing has arrived on my account, UID 812345670.` },
      { from: 'merchant', at: '16:55', text: 'Checked it: the crystals went out at 15:24 to UID 812354670, the number typed in the order form. That is not the UID you just sent.' },
      { from: 'buyer', at: '17:03', text: 'Oh no, I swapped two digits. Can you move them to my real one?' },
      { from: 'merchant', at: '17:09', text: 'A top-up that landed cannot be pulled back from another account, sorry.' },
    ],
    key_phrases: [O3, 'UID 812345670', 'UID 812354670'],
  },
  {
    name: 'b8-uid-order', case: 'b8-en-uid-typo', file: 'Screenshot_20270703-171530.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '17:15', battery: 43, shop: 'CrystalTopUp',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Top-up completed 3 Jul 2027, 15:24 to UID 812354670 (server: Asia).',
      rows: [['Order ID', O3], ['Offer', 'Genshin Impact 980 Genesis Crystals – UID Top-up'], ['Seller', 'CrystalTopUp'], ['Game UID', '812354670'], ['Total', 'USD 14.90'], ['Order date', '3 Jul 2027 15:22']],
      buttons: ['Confirm received', 'Contact seller'],
    },
    key_phrases: [O3, 'USD 14.90', '812354670'],
  },

  // ── 4 b8-zh-whole-code: card_invalid, ready; the buyer pasted the whole code in the chat ───
  {
    name: 'b8-booster-revoked', case: 'b8-zh-whole-code', file: 'Screenshot_20270704-204410.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:44', battery: 38, appTitle: '雷霆加速器',
    fields: [['卡密', 'LT7K-****-****-Q2WD'], ['兑换到账号', '186****2207']], submit: '立即兑换',
    dialog: { title: '兑换失败', body: ['该卡密已被冻结封禁'], buttons: ['确定'] },
    corpus: [SRC.revoked],
    key_phrases: ['该卡密已被冻结封禁'],
  },
  {
    name: 'b8-qqpc-wholecode', case: 'b8-zh-whole-code', file: 'Snipaste_2027-07-04_21-20-18.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: '闪电卡券-客服', buyerName: '阿宁', merchantName: '闪电卡券客服', lineW: 620,
    contacts: ['闪电卡券-客服', '我的手机', '室友群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2027-07-04' },
      { from: 'buyer', at: '20:46:02', text: `订单 ${O4} 买的雷霆加速器月卡，兑换提示“该卡密已被冻结封禁”` },
      { from: 'buyer', at: '20:46:30', text: '卡密是这个：LT7K-9F3M-X8PA-Q2WD' },
      { from: 'merchant', at: '21:02:11', text: '查了，这张卡被上游作废了，不是您的问题，去平台那边提交退款就行，我这边通过。卡密以后别发在聊天里' },
      { from: 'buyer', at: '21:03:40', text: '好的，谢谢' },
    ],
    corpus: [SRC.revoked],
    key_phrases: [O4, '该卡密已被冻结封禁', '我这边通过'],
  },
  {
    name: 'b8-booster-order', case: 'b8-zh-whole-code', file: 'Snipaste_2027-07-04_21-21-05.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '闪电卡券', accent: '#7c3aed',
    order: {
      query: O4, statusTone: 'ok',
      rows: [['订单号', O4], ['商品名称', '雷霆加速器 月卡 30天 卡密'], ['实付金额', '¥25.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-07-04 20:33:18']],
      code: '卡密 LT7K-****-****-Q2WD',
    },
    key_phrases: [O4, '¥25.00', '已完成'],
  },

  // ── 5 b8-zh-second-order: card_invalid; the chat is about yesterday's order only ───────────
  {
    name: 'b8-shanda-notexist', case: 'b8-zh-second-order', file: 'Screenshot_20270705-092830.png', split: B,
    style: 'game-topup', dark: true, device: 'android-1080x2400', clock: '09:28', battery: 81,
    game: { title: '盛趣一卡通充值', name: '盛趣一卡通 点券充值', hue: '#0e7490', fields: [['卡号', 'SQ2705****0847'], ['密码', '**********3316'], ['账号', 'mu****19']], submit: '充值' },
    dialog: { title: '错误 40003', body: ['卡密不存在或已使用'], buttons: ['确定'] },
    corpus: [SRC.notExistTable],
    key_phrases: ['卡密不存在或已使用'],
  },
  {
    name: 'b8-feishu-dark-other', case: 'b8-zh-second-order', file: 'mmexport1814753113356.jpg', split: B,
    style: 'feishu-chat', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '10:05', battery: 77, title: '青禾游戏卡-阿木', subtitle: '青禾游戏',
    messages: [
      { from: 'time', text: '昨天 21:50' },
      { from: 'buyer', read: true, text: `订单${O5B}的盛趣卡我刚试了，提示“卡密不存在或已使用”` },
      { from: 'merchant', text: '太晚了，明早上班给您查' },
      { from: 'time', text: '09:31' },
      { from: 'buyer', read: true, text: `还是昨晚那单${O5B}，今早又试了一次，一样报错，截图发你` },
      { from: 'buyer', type: 'image', hue: 190, w: 110, h: 200, read: true },
      { from: 'merchant', text: '昨晚那张我登记了，上游回复要一个工作日' },
      { from: 'buyer', read: false, text: '行，今天早上那张还没充，先等昨晚这张' },
    ],
    corpus: [SRC.notExistTable],
    key_phrases: [O5B, '卡密不存在或已使用', '今天早上那张还没充'],
  },
  {
    name: 'b8-shanda-order-dark', case: 'b8-zh-second-order', file: 'Screenshot_20270705-100811.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '10:08', battery: 76, shop: '青禾游戏卡', accent: '#0e7490',
    order: {
      query: O5, statusTone: 'ok',
      rows: [['订单号', O5], ['商品名称', '盛趣一卡通 50元 卡密'], ['实付金额', '¥48.50'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-07-05 09:12:08']],
      code: '卡号 SQ2705****2208  密码 **********6530',
    },
    key_phrases: [O5, '¥48.50', '已完成'],
  },

  // ── 6 b8-zh-wrong-pdd: wrong_purchase, ready; 拼多多 售后 with 拍错了 ─────────────────────────
  {
    name: 'b8-pdd-chat-wrong', case: 'b8-zh-wrong-pdd', file: 'Screenshot_2027-07-06-09-28-40-227_com.xunmeng.pinduoduo.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '09:28', battery: 90, title: '吃鸡点券直充',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '和平精英 660点券 苹果QQ区 人工直充', price: '¥60.00', order: `订单编号：${O6}`, status: '待发货' } },
      { from: 'buyer', text: '老板，区选错了，我是安卓微信区的，这单先别充' },
      { from: 'merchant', text: '亲，还在排队没充，您直接申请售后退款就行' },
      { from: 'buyer', text: '好，原因我选拍错了,订单信息错误' },
      { from: 'merchant', text: '可以的，提交了我同意' },
    ],
    corpus: [SRC.wrongInfo],
    key_phrases: [O6, '这单先别充', '提交了我同意'],
  },
  {
    name: 'b8-pdd-aftersale-wait', case: 'b8-zh-wrong-pdd', file: 'Screenshot_2027-07-06-09-32-15-664_com.xunmeng.pinduoduo.png', split: B,
    style: 'pdd-aftersale', device: 'android-1080x2400', clock: '09:32', battery: 89,
    aftersale: {
      status: '待商家处理', amount: '¥60.00', stepDone: 1,
      notes: ['商家同意后，钱款将原路退回', '倒计时 47小时59分 结束商家仍未处理，钱款自动原路退回'],
      product: '和平精英 660点券 苹果QQ区 人工直充', spec: '苹果QQ区 | 660点券',
      rows: [['售后类型', '仅退款'], ['退款原因', '拍错了,订单信息错误'], ['退款金额', '¥60.00'], ['申请时间', '2027-07-06 09:31:02'], ['售后编号', R6], ['订单编号', O6]],
    },
    corpus: [SRC.wrongInfo, SRC.onlyRefund],
    key_phrases: [O6, R6, '拍错了,订单信息错误', '¥60.00'],
  },

  // ── 7 b8-zh-late-long: late_delivery, ready; one long capture of the whole QQ chat ─────────
  {
    name: 'b8-qq-long-late', case: 'b8-zh-late-long', file: 'Screenshot_20270706-193512.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', long: true, clock: '19:35', battery: 22, title: '星海代充',
    messages: [
      { from: 'time', text: '14:04' },
      { from: 'buyer', text: `刚拍了原神6480创世结晶代充，订单${O7}，大概什么时候能到？` },
      { from: 'merchant', name: '星海代充', text: '亲，我们将在您完成付款后的2小时内充值到账，请不要登录游戏' },
      { from: 'buyer', text: '好的，我不上线' },
      { from: 'time', text: '16:31' },
      { from: 'buyer', text: '两个半小时了，还没到账，还要多久？' },
      { from: 'merchant', name: '星海代充', text: '今天单子多，在排队，稍等' },
      { from: 'time', text: '18:02' },
      { from: 'buyer', text: '已经4个小时了，说好2小时的' },
      { from: 'merchant', name: '星海代充', text: '上游卡单了，我再催一下' },
      { from: 'time', text: '19:26' },
      { from: 'buyer', text: '5个多小时还没充，我不等了，申请退款' },
      { from: 'merchant', name: '星海代充', text: '抱歉让您久等了，今天确实充不了，您申请延迟发货退款，我同意' },
    ],
    corpus: [SRC.ship72],
    key_phrases: [O7, '2小时内充值到账', '我同意'],
  },
  {
    name: 'b8-genshin-order', case: 'b8-zh-late-long', file: 'Screenshot_20270706-193820.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '19:38', battery: 21, shop: '星海代充', accent: '#2563eb',
    order: {
      query: O7, statusTone: 'wait',
      rows: [['订单号', O7], ['商品名称', '原神 6480创世结晶 官服代充'], ['游戏UID', '1067****82'], ['实付金额', '¥618.00'], ['支付方式', '支付宝'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-07-06 14:02:55']],
      note: ['付款后2小时内完成代充，充值期间请勿登录游戏'], noteTitle: '发货说明',
    },
    corpus: [SRC.ship72],
    key_phrases: [O7, '¥618.00', '待发货'],
  },

  // ── 8 b8-zh-threat: not_as_described; the buyer threatens 消协 ─────────────────────────────
  {
    name: 'b8-iqiyi-order', case: 'b8-zh-threat', file: 'Screenshot_20270707-182911.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '18:29', battery: 60, shop: '好看会员站', accent: '#00be06',
    order: {
      query: O8, statusTone: 'ok',
      rows: [['订单号', O8], ['商品名称', '爱奇艺 黄金VIP会员 年卡 12个月 直充'], ['充值账号', '137****9026'], ['实付金额', '¥128.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-07-07 18:20:44']],
    },
    key_phrases: [O8, '¥128.00', '已完成'],
  },
  {
    name: 'b8-wechat-dark-threat', case: 'b8-zh-threat', file: 'mmexport1814962357715.jpg', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '20:12', battery: 55, title: '好看会员站客服',
    messages: [
      { from: 'time', text: '19:40' },
      { from: 'buyer', text: `订单${O8}，买的是年卡12个月，充完会员到期日是2027-10-07，只有三个月` },
      { from: 'buyer', type: 'image', hue: 120, w: 110, h: 200 },
      { from: 'merchant', text: '亲，上游发成季卡了，我给您补差价可以吗' },
      { from: 'buyer', text: '不要差价，全额退。不给退我就去消协投诉你们这种霸王条款' },
      { from: 'merchant', text: '您别生气，是我们发错了，麻烦从平台提交退款，我点通过' },
    ],
    corpus: [SRC.consumer],
    key_phrases: [O8, '只有三个月', '不给退我就去消协投诉你们这种霸王条款'],
  },

  // ── 9 b8-en-battlenet: card_invalid, ready; Battle.net + Instagram dark ───────────────────
  {
    name: 'b8-bnet-redeemed', case: 'b8-en-battlenet', file: 'Screenshot 2027-07-08 203110.png', split: B,
    style: 'battlenet-redeem', device: 'desktop-1366x768', account: 'Rowan#21847',
    code: 'XQ4M-****-****-7HTD', error: 'That code has already been redeemed by someone else.',
    corpus: [SRC.bnet],
    key_phrases: ['That code has already been redeemed by someone else.'],
  },
  {
    name: 'b8-ig-dark-bnet', case: 'b8-en-battlenet', file: 'Screenshot_20270708-211544.png', split: B,
    style: 'instagram-dm', dark: true, device: 'android-1080x2400', clock: '21:15', battery: 48, title: 'pixelvault.codes', subtitle: 'pixelvault.codes · Business', contactAvatar: ['P', '#C13584'],
    messages: [
      { from: 'time', text: 'Today 20:33' },
      { from: 'buyer', text: `Hi! Order ${O9}, the Blizzard Balance 20 USD code. Battle.net says "That code has already been redeemed by someone else."` },
      { from: 'buyer', type: 'image', hue: 215, w: 200, h: 112 },
      { from: 'merchant', text: 'Oh no, let me look at that batch.' },
      { from: 'time', text: 'Today 21:10' },
      { from: 'merchant', text: 'You are right, that code was sold twice by our supplier. File a refund from your order and I will sign it off as soon as it shows up.' },
    ],
    corpus: [SRC.bnet],
    key_phrases: [O9, 'That code has already been redeemed by someone else.', 'I will sign it off'],
  },
  {
    name: 'b8-bnet-order', case: 'b8-en-battlenet', file: 'IMG_2107.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '9:18', battery: 46, shop: 'PixelVault',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Code delivered 8 Jul 2027, 20:15.',
      rows: [['Order ID', O9], ['Offer', 'Blizzard Balance Gift Card 20 USD (US) – Digital Code'], ['Seller', 'PixelVault'], ['Quantity', '1'], ['Total', 'USD 18.60'], ['Order date', '8 Jul 2027 20:15']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O9, 'USD 18.60'],
  },

  // ── 10 b8-en-riot-network: card_invalid; the capture shows a network error only ───────────
  {
    name: 'b8-riot-noconn', case: 'b8-en-riot-network', file: 'Screenshot 2027-07-09 115602.png', split: B,
    style: 'riot-store-error', device: 'desktop-1366x768',
    panel: { title: 'REDEEM PREPAID CARD', rows: [['Code', 'VL7P-****-****-3KQ9'], ['Region', 'EU']] },
    error: { title: 'CONNECTION ERROR', body: ['Unable to connect to the server. Please check your internet connection and try again.'] },
    corpus: [SRC.noConn],
    key_phrases: ['Unable to connect to the server. Please check your internet connection and try again.'],
  },
  {
    name: 'b8-messenger-riot', case: 'b8-en-riot-network', file: 'Screenshot_20270709-121810.png', split: B,
    style: 'messenger', device: 'android-1080x2400', clock: '12:18', battery: 64, title: 'VP Market', subtitle: 'Active 5m ago', merchantAvatar: ['V', '#E0475B'],
    messages: [
      { from: 'time', text: 'TODAY AT 11:58' },
      { from: 'buyer', text: `The VALORANT 1000 VP code from order ${O10} does not work, see the screenshot.` },
      { from: 'merchant', text: 'That window is a connection error from the Riot Client, the code was never checked. The code is unused on our side.' },
      { from: 'merchant', text: 'Restart the client or try later, the code will still be there.' },
      { from: 'buyer', text: 'I want my money back, I am filing a refund.' },
    ],
    key_phrases: [O10, 'the code was never checked'],
  },
  {
    name: 'b8-riot-order', case: 'b8-en-riot-network', file: 'Screenshot 2027-07-09 122034.png', split: B,
    style: 'g2g-order', device: 'desktop-1366x768', shop: 'VP Market',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Code delivered 9 Jul 2027, 11:30.',
      rows: [['Order ID', O10], ['Offer', 'VALORANT 1000 VP Prepaid Card (EU) – Digital Code'], ['Seller', 'VP Market'], ['Quantity', '1'], ['Total', 'EUR 9.20'], ['Order date', '9 Jul 2027, 11:30']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O10, 'EUR 9.20'],
  },

  // ── 11 b8-en-outlook-window: activation_failed; the 1 h window closed an hour before ──────
  {
    name: 'b8-office-blocked', case: 'b8-en-outlook-window', file: 'Screenshot 2027-07-10 115832.png', split: B,
    style: 'office-activation', device: 'desktop-1920x1080', lang: 'en',
    error: ['This product key has been blocked by Microsoft.', 'Error code: 0xC004C060'],
    corpus: [SRC.msBlocked],
    key_phrases: ['This product key has been blocked by Microsoft.', '0xC004C060'],
  },
  {
    name: 'b8-outlook-thread', case: 'b8-en-outlook-window', file: 'Screenshot 2027-07-10 122617.png', split: B,
    style: 'outlook-mail', device: 'desktop-1920x1080', user: 'Hannah Cole',
    mail: {
      subject: `Your order ${O11} – Office 2021 Professional Plus`,
      open: 0,
      list: [
        ['KeyStation UK', `RE: Your order ${O11}`, 'Thank you for your message. Our terms ask for…', '12:21'],
        ['Hannah Cole', `RE: Your order ${O11}`, 'Hello, the key does not activate…', '12:04'],
        ['KeyStation UK', `Your order ${O11}`, 'Thank you for your purchase. Your product key…', '10:02'],
        ['Royal Mail', 'Your parcel is on its way', 'Track your item with the reference…', 'Thu'],
      ],
      thread: [
        { from: 'KeyStation UK', addr: 'orders@keystation.example', to: 'Hannah Cole', when: 'Sat 10/07/2027 12:21', role: 'merchant', body: ['Dear Hannah,', 'Thank you for your message. Our terms ask for activation problems to be reported within 1 hour of delivery. Your key was delivered at 10:02 and your message arrived at 12:04, so we cannot accept a refund for this order.', 'Kind regards, KeyStation UK'] },
        { from: 'Hannah Cole', addr: 'hannah.cole@mail.example', to: 'KeyStation UK', when: 'Sat 10/07/2027 12:04', role: 'buyer', body: ['Hello,', 'the key does not activate. Office says "This product key has been blocked by Microsoft." (Error code: 0xC004C060). Screenshot attached. Please refund me.', 'Hannah'] },
        { from: 'KeyStation UK', addr: 'orders@keystation.example', to: 'Hannah Cole', when: 'Sat 10/07/2027 10:02', role: 'merchant', body: ['Thank you for your purchase. Your product key for Office 2021 Professional Plus: XKP4T-*****-*****-*****-8VJ2W', 'Report activation problems within 1 hour of delivery. After that the key counts as accepted.', `Order ${O11} · GBP 24.99`] },
      ],
    },
    corpus: [SRC.oneHour, SRC.msBlocked],
    key_phrases: [O11, 'Report activation problems within 1 hour of delivery.', 'GBP 24.99'],
  },

  // ── 12 b8-en-private-paypal: not_received; the seller asks to settle on PayPal F&F ────────
  {
    name: 'b8-ig-paypal', case: 'b8-en-private-paypal', file: 'received_2212958803411905.jpeg', split: B,
    style: 'instagram-dm', device: 'iphone-1170x2532', degrade: ['fwd:640:58'], clock: '08:41', battery: 57, title: 'giftcardhub.au', subtitle: 'giftcardhub.au', contactAvatar: ['G', '#F77737'],
    messages: [
      { from: 'time', text: 'Yesterday 19:10' },
      { from: 'buyer', text: `Order ${O12}: I paid for the 50 AUD Steam card 25 minutes ago and still have no code.` },
      { from: 'merchant', text: 'Out of stock at the moment, it should come in tonight.' },
      { from: 'time', text: 'Today 08:22' },
      { from: 'buyer', text: 'Still nothing this morning. Please refund me.' },
      { from: 'merchant', text: 'Close the dispute on the site and I will send you the money on PayPal as Friends and Family, it is quicker for us both.' },
      { from: 'buyer', text: 'No thanks, I will keep the refund on the platform.' },
    ],
    corpus: [SRC.fnf],
    key_phrases: [O12, 'PayPal as Friends and Family', 'keep the refund on the platform'],
  },
  {
    name: 'b8-steamau-order', case: 'b8-en-private-paypal', file: 'IMG_2131.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '08:44', battery: 56, shop: 'GiftCardHub AU',
    order: {
      status: 'Pending delivery', tone: 'wait', statusNote: 'The seller has not delivered yet.',
      rows: [['Order ID', O12], ['Offer', 'Steam Wallet Gift Card 50 AUD – Digital Code'], ['Seller', 'GiftCardHub AU'], ['Quantity', '1'], ['Total', 'AUD 52.40'], ['Order date', '11 Jul 2027 18:45']],
      buttons: ['Did not receive', 'Contact seller'],
    },
    key_phrases: [O12, 'AUD 52.40', 'Pending delivery'],
  },

  // ── 13 b8-en-no-promise: not_as_described; the promise the buyer cites is not in the chat ─
  {
    name: 'b8-imessage-no-promise', case: 'b8-en-no-promise', file: 'IMG_4471.PNG', split: B,
    style: 'imessage', device: 'iphone-1170x2532', clock: '09:12', battery: 63, title: 'EldenKeys (seller)', monogram: 'E', delivered: 'Delivered',
    messages: [
      { from: 'time', text: 'iMessage\nYesterday 14:10' },
      { from: 'buyer', text: 'Hi, if I buy the Elden Ring key now, how soon do I get it?' },
      { from: 'merchant', text: 'Within a few minutes after payment.' },
      { from: 'time', text: 'Today 08:55' },
      { from: 'buyer', text: `Order ${O13}: Steam will not activate the key in Brazil. You told me it works in every country, I want a refund for false advertising.` },
      { from: 'merchant', text: 'I never said that, scroll up: you only asked about delivery time. The offer title says EUROPE and the key page says it activates in Europe only.' },
    ],
    key_phrases: [O13, 'You told me it works in every country', 'I never said that'],
  },
  {
    name: 'b8-eldenring-order', case: 'b8-en-no-promise', file: 'IMG_4472.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '09:14', battery: 62, shop: 'EldenKeys',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Key delivered 12 Jul 2027, 14:31.',
      rows: [['Order ID', O13], ['Offer', 'ELDEN RING (PC) Steam Key – EUROPE'], ['Region', 'Europe only: cannot be activated outside Europe'], ['Seller', 'EldenKeys'], ['Total', 'BRL 139.90'], ['Order date', '12 Jul 2027 14:30']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O13, 'BRL 139.90', 'cannot be activated outside Europe'],
  },

  // ── 14 b8-en-monitor: activation_failed, ready; the error photographed off the monitor ────
  {
    name: 'b8-win11-blocked-monitor', case: 'b8-en-monitor', file: 'IMG_20270714_101944.jpg', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.25, focus: [0.36, 0.3], lang: 'en', edition: 'Windows 11 Pro', user: 'Arjun',
    error: ['Windows reports a blocked activation key.', 'Error code: 0xC004C060'],
    corpus: [SRC.winBlocked],
    key_phrases: ['0xC004C060'],
  },
  {
    name: 'b8-slack-win11', case: 'b8-en-monitor', file: 'Screenshot 2027-07-14 113208.png', split: B,
    style: 'slack-dm', device: 'desktop-1366x768', workspace: 'PC Builders India', buyerName: 'Arjun M', merchantName: 'KeyKart (Neha)', lineW: 760,
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '10:22 AM', text: `Order ${O14}: the Windows 11 Pro key fails. Settings shows "Windows reports a blocked activation key." with error code 0xC004C060. Photo of the screen attached.` },
      { from: 'merchant', at: '11:05 AM', text: 'Checked with our supplier: that key was blocked before we sold it, our fault. Open a refund on your KeyKart order, I approve those the same day.' },
      { from: 'buyer', at: '11:07 AM', text: 'Thanks, doing it now.' },
    ],
    corpus: [SRC.winBlocked],
    key_phrases: [O14, '0xC004C060', 'our fault'],
  },
  {
    name: 'b8-win11-order', case: 'b8-en-monitor', file: 'Screenshot_20270714-113502.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '11:35', battery: 74, shop: 'KeyKart',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Key delivered 14 Jul 2027, 09:55.',
      rows: [['Order ID', O14], ['Offer', 'Windows 11 Pro Retail Key (1 PC, lifetime)'], ['Seller', 'KeyKart'], ['Quantity', '1'], ['Total', 'INR 1,499.00'], ['Order date', '14 Jul 2027 09:55']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O14, 'INR 1,499.00'],
  },
];
