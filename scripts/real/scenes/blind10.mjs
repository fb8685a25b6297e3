// The tenth blind end-to-end set (fixtures/blind10/): 14 cases written by a helper (branch h17a),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind10'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. Five new app styles: `jiaoyimao-chat` (交易猫 chat),
// `kinguin-order` (Kinguin order page), `roblox-redeem` (Redeem Roblox Card), `teams-chat`
// (Microsoft Teams chat) and `alipay-order` (支付宝 账单详情).
// Render with `node scripts/real/render.mjs --set blind10` (into fixtures/real-blind10/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind10` copies the images into fixtures/blind10/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind10';

// order numbers (see each case's order.json)
const O1 = '1827082114305518'; // 16 digits (交易猫 商家订单号)
const T1 = '20270821220014306655180273149206'; // its 支付宝 订单号 beside it: 32 digits
const O2 = 'JYM20270823091204'; // letter prefix + 14 digits
const T2 = '20270823220014091204337106558821';
const O3 = '720901553184'; // Kinguin: 12 digits
const O4 = 'KGO8841207735'; // letter prefix + 10 digits
const O5 = '2027080719265301'; // 16 digits
const T5 = '20270807220014192653014412870935';
const O6 = 'TW27082419370461'; // letter prefix + 14 digits
const O7 = '2709113405827761'; // 16 digits
const O8 = '2027082620113388412'; // 19 digits
const T8 = '20270826220014201133884125519067';
const O9 = '270828153307412'; // 15 digits
const O10 = 'KG-2708-3017-5526'; // letter prefix, digits in hyphenated groups
const O11 = '1160827292117451936'; // 19 digits
const T11 = '20270829220014211745193607718342';
const O12 = 'A27090214330258'; // one letter + 14 digits
const O13 = '20270904221508736'; // 17 digits
const O14 = 'KGO7730918842'; // letter prefix + 10 digits

const SRC = {
  rebound: 'an account console\'s 换绑 status list "未换绑/换绑中/已换绑/…" (public GitHub file, find_string id 68476344207)',
  limit: 'a redeem dialog\'s message table entry `redemption_limit_reached: { en: "This code has reached its redemption limit.", zh: "该激活码的兑换名额已用完。" }` (public GitHub file, find_string id 70588328659)',
  limitHant: 'the same entry\'s zh "该激活码的兑换名额已用完。" (public GitHub file, find_string id 70588328659), adapted into Traditional Chinese "此兌換碼的兌換名額已用完。"',
  disabled: 'a wallet page\'s REDEEM_ERROR_MESSAGES entry `code_disabled: \'兑换码已停用\'` (public GitHub Vue file, find_string id 56349373781)',
  locked: 'an API contract\'s error table row "| 40035 | 错误次数过多，已临时锁定 |" (public GitHub Markdown file, find_string id 62792735996)',
  account: 'a promo-code check returning "Code not valid for this account" (public GitHub Python file, find_string id 67394648772; also "Code is not valid for this account", id 59188393107)',
  transfer: 'a finance form\'s payment option "財務直接轉帳給廠商" (public GitHub file, find_string id 35969053121), adapted into the buyer\'s "直接轉帳870回我的帳戶"',
  within48: 'an order toast\'s description "Your order is being processed. Delivery within 24-48 hours." (public GitHub TSX file, find_string id 60310410904)',
};

export default [
  // ── 1 b10-jym-nad-skin: not_as_described, ready; the account lacks the limited skin ─────────
  {
    name: 'b10-alipay-jym-skin', case: 'b10-jym-nad-skin', file: 'Screenshot_20270822_101520_com.eg.android.AlipayGphone.png', split: B,
    style: 'alipay-order', device: 'android-1080x2400', clock: '10:15', battery: 67,
    bill: {
      merchant: '交易猫', mark: '猫', amount: '-420.00', status: '交易成功',
      rows: [['支付时间', '2027-08-21 14:30:55'], ['付款方式', '余额宝'], ['商品说明', '王者荣耀 安卓QQ区 68英雄 含限定皮肤×3'], ['收单机构', '支付宝(中国)网络技术有限公司'], ['订单号', T1], ['商家订单号', O1]],
      links: ['对此订单有疑问', '联系商家'],
    },
    key_phrases: [O1, '-420.00', '交易成功'],
  },
  {
    name: 'b10-jym-skin-chat', case: 'b10-jym-nad-skin', file: 'Screenshot_20270822_101148_com.jym.mall.png', split: B,
    style: 'jiaoyimao-chat', device: 'android-1080x2400', clock: '10:11', battery: 68, title: '卖家 · 木子游戏号',
    item: { title: '王者荣耀 安卓QQ区 68英雄 含限定皮肤×3（详见描述）', price: '¥420.00', status: '已交付' },
    messages: [
      { from: 'time', text: '昨天 15:40' },
      { from: 'buyer', text: `订单${O1}的号登上去了，描述里写的三个限定皮肤，皮肤库里一个都没有` },
      { from: 'buyer', type: 'image', hue: 25, w: 96, h: 120 },
      { from: 'time', text: '09:58' },
      { from: 'merchant', text: '我核对了一下，发布时截图用的是另一个号的，这个号确实没有那三个皮肤，是我描述写错了' },
      { from: 'merchant', text: '你走描述不符的退款吧，我会点同意，号的密码你别改' },
      { from: 'buyer', text: '好的，密码没动，我现在申请' },
    ],
    key_phrases: [O1, '限定皮肤', '是我描述写错了'],
  },

  // ── 2 b10-jym-wrong-rebound: wrong_purchase, reverse; the account is delivered and rebound ───
  {
    name: 'b10-jym-rebound-dark', case: 'b10-jym-wrong-rebound', file: 'Screenshot_20270823_095230_com.jym.mall.png', split: B,
    style: 'jiaoyimao-chat', dark: true, device: 'android-1080x2400', clock: '09:52', battery: 81, title: '卖家 · 夜航账号铺',
    item: { title: '和平精英 QQ区 账号 满级 赛季手册全', price: '¥260.00', status: '已完成' },
    messages: [
      { from: 'time', text: '09:20' },
      { from: 'system', text: '交付进度：已换绑 · 买家已确认收货' },
      { from: 'time', text: '09:41' },
      { from: 'buyer', text: '号我已经换绑到我手机上了，但是我拍错区了，我玩的是微信区，这个是QQ区，能退吗' },
      { from: 'merchant', text: '号已经交付，而且已换绑成你的资料了，换绑后我这边收不回来，这个不能按拍错退' },
      { from: 'buyer', text: '我才买了半小时，我就按拍错申请' },
    ],
    corpus: [SRC.rebound],
    key_phrases: ['已换绑', '拍错区了', '收不回来'],
  },
  {
    name: 'b10-alipay-rebound-dark', case: 'b10-jym-wrong-rebound', file: 'Screenshot_20270823_095512_com.eg.android.AlipayGphone.png', split: B,
    style: 'alipay-order', dark: true, device: 'android-1080x2400', clock: '09:55', battery: 80,
    bill: {
      merchant: '交易猫', mark: '猫', amount: '-260.00', status: '交易成功',
      rows: [['支付时间', '2027-08-23 09:12:04'], ['付款方式', '招商银行储蓄卡(6612)'], ['商品说明', '和平精英 QQ区 账号 满级 赛季手册全'], ['订单号', T2], ['商家订单号', O2]],
    },
    key_phrases: [O2, '-260.00', '交易成功'],
  },

  // ── 3 b10-en-roblox-limit: card_invalid, ready; the PIN reached its redemption limit ────────
  {
    name: 'b10-roblox-limit', case: 'b10-en-roblox-limit', file: 'Screenshot_20270901-183105.png', split: B,
    style: 'roblox-redeem', device: 'android-1080x2400', clock: '18:31', battery: 62, user: 'kasia_builds',
    redeem: { pin: '7Q4M ••••• ••• 2XK9', error: 'This code has reached its redemption limit.', help: ['Roblox gift cards can be redeemed once. Need help? Contact the store you bought it from.'] },
    corpus: [SRC.limit],
    key_phrases: ['This code has reached its redemption limit.'],
  },
  {
    name: 'b10-telegram-limit', case: 'b10-en-roblox-limit', file: 'photo_2027-09-01_19-12-44.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '19:12', battery: 58, title: 'NordPixel Keys', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'September 1' },
      { from: 'buyer', at: '18:33', text: `Hi, order ${O3} on Kinguin: the Roblox card says "This code has reached its redemption limit." I typed it in for the first time today.` },
      { from: 'buyer', at: '18:33', type: 'image', hue: 220, w: 110, h: 200 },
      { from: 'merchant', at: '19:05', text: 'Checked with our supplier: that PIN was redeemed before it reached you. That is on us. File the refund on the Kinguin order and we will accept it.' },
      { from: 'buyer', at: '19:07', text: 'Thanks, filing it now.' },
    ],
    corpus: [SRC.limit],
    key_phrases: [O3, 'reached its redemption limit', 'we will accept it'],
  },
  {
    name: 'b10-kinguin-roblox', case: 'b10-en-roblox-limit', file: 'Screenshot_20270901-191530.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '19:15', battery: 57,
    order: {
      id: O3, date: 'Placed on 01.09.2027, 18:22', status: 'Completed', tone: 'ok',
      product: 'Roblox Gift Card 800 Robux (Global)', meta: 'Roblox · Global · Qty 1 · Seller: NordPixel Keys', price: '€9.49',
      keyLabel: 'Your key (revealed 01.09.2027, 18:30)', key: '7Q4M-*****-***-2XK9',
      rows: [['Subtotal', '€9.49'], ['Payment', 'BLIK'], ['Total paid', '€9.49']],
    },
    key_phrases: [O3, '€9.49', 'Completed'],
  },

  // ── 4 b10-en-teams-before-order: card_invalid, reverse; the report predates the order ───────
  {
    name: 'b10-roblox-dark-limit', case: 'b10-en-teams-before-order', file: 'Screenshot_20270819-211122.png', split: B,
    style: 'roblox-redeem', dark: true, device: 'android-1080x2400', clock: '21:11', battery: 34, user: 'dreyes_plays',
    redeem: { pin: 'K2WD ••••• ••• 8PLN', error: 'This code has reached its redemption limit.' },
    corpus: [SRC.limit],
    key_phrases: ['This code has reached its redemption limit.'],
  },
  {
    name: 'b10-teams-dark-before', case: 'b10-en-teams-before-order', file: 'Screenshot_20270821-083620.png', split: B,
    style: 'teams-chat', dark: true, device: 'android-1080x2400', clock: '08:36', battery: 77, title: 'Sam Patel', subtitle: 'External · Pixelmart Cards', merchantAvatar: ['SP', '#5B5FC7'],
    messages: [
      { from: 'time', text: 'August 19, 2027' },
      { from: 'buyer', name: 'You  9:14 PM', text: 'The Roblox card you sent does not redeem, see the screenshot.' },
      { from: 'buyer', name: 'You  9:14 PM', type: 'image', hue: 250, w: 110, h: 200 },
      { from: 'time', text: 'Today' },
      { from: 'merchant', name: 'Sam Patel  8:31 AM', text: `Your order ${O4} was paid on Aug 20 at 3:47 PM. The message above is from Aug 19, before that order existed. Which order was it about?` },
      { from: 'buyer', name: 'You  8:34 AM', text: 'Same problem anyway, just refund this one.' },
    ],
    corpus: [SRC.limit],
    key_phrases: [O4, 'before that order existed', 'August 19, 2027'],
  },
  {
    name: 'b10-kinguin-before', case: 'b10-en-teams-before-order', file: 'Screenshot_20270821-083855.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '08:38', battery: 76,
    order: {
      id: O4, date: 'Placed on 08/20/2027, 3:47 PM', status: 'Completed', tone: 'ok',
      product: 'Roblox Gift Card 1700 Robux (US)', meta: 'Roblox · United States · Qty 1 · Seller: Pixelmart Cards', price: '$19.80',
      keyLabel: 'Your key (revealed 08/20/2027, 3:48 PM)', key: 'R9HT-*****-***-4CJV',
      rows: [['Subtotal', '$19.80'], ['Payment', 'Visa •••• 4417'], ['Total paid', '$19.80']],
    },
    key_phrases: [O4, '$19.80', 'Completed'],
  },

  // ── 5 b10-late-passed-9d: late_delivery, reverse; filed 9 days after paying ─────────────────
  {
    name: 'b10-wechat-late-9d', case: 'b10-late-passed-9d', file: 'Screenshot_20270816-195512.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', clock: '19:55', battery: 52, title: '星河数娱客服',
    messages: [
      { from: 'time', text: '8月7日 21:40' },
      { from: 'buyer', text: `订单${O5}付款两个多小时了，腾讯视频年卡还没到账，页面写的2小时内到账` },
      { from: 'time', text: '8月8日 10:12' },
      { from: 'merchant', text: '上游在排队，今天之内给您处理' },
      { from: 'time', text: '8月10日 11:06' },
      { from: 'merchant', text: '已为您充值到账，请查收' },
      { from: 'time', text: '19:50' },
      { from: 'buyer', text: '拖了三天才到，我要按延迟发货申请退款' },
    ],
    key_phrases: [O5, '2小时内到账', '已为您充值到账'],
  },
  {
    name: 'b10-alipay-late-small', case: 'b10-late-passed-9d', file: 'mmexport1818813104226.jpg', split: B,
    style: 'alipay-order', device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '19:58', battery: 51,
    bill: {
      merchant: '星河数娱', mark: '星', amount: '-178.00', status: '交易成功',
      rows: [['支付时间', '2027-08-07 19:26:40'], ['付款方式', '花呗'], ['商品说明', '腾讯视频VIP 年卡 手机号直充'], ['订单号', T5], ['商家订单号', O5]],
    },
    key_phrases: [O5, '-178.00', '2027-08-07 19:26:40'],
  },

  // ── 6 b10-tw-nr-buyer-private: not_received; the buyer asks to be paid outside the platform ──
  {
    name: 'b10-tw-order-wait', case: 'b10-tw-nr-buyer-private', file: 'IMG_3381.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '22:10', battery: 45, shop: '貝殼點卡舖', accent: '#ea580c',
    order: {
      query: O6, statusTone: 'wait',
      rows: [['訂單編號', O6], ['商品名稱', 'Garena 貝殼幣 1000點 儲值序號'], ['實付金額', 'NT$870'], ['付款方式', '信用卡'], ['訂單狀態', '待發貨', 'status'], ['下單時間', '2027/08/24 19:37']],
    },
    key_phrases: [O6, 'NT$870', '待發貨'],
  },
  {
    name: 'b10-tw-line-private', case: 'b10-tw-nr-buyer-private', file: 'IMG_3380.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '22:08', battery: 46, title: '貝殼點卡舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '8/24（二）' },
      { from: 'buyer', read: true, text: `訂單 ${O6} 付款兩個小時了，還沒收到序號` },
      { from: 'merchant', text: '抱歉，今天貝殼幣缺貨，序號發不出來' },
      { from: 'buyer', read: true, text: '那不用走平台了，你直接轉帳870回我的帳戶就好，帳號末五碼 40213' },
      { from: 'merchant', text: '退款要從平台退，您申請未收到貨，我這邊按同意' },
    ],
    corpus: [SRC.transfer],
    key_phrases: [O6, '直接轉帳870回我的帳戶', '還沒收到序號'],
  },

  // ── 7 b10-en-activation-teams: activation_failed, ready; code issued to another account ─────
  {
    name: 'b10-activation-account-dark', case: 'b10-en-activation-teams', file: 'Screenshot_20270909-101442.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '10:14', battery: 88, appTitle: 'Lumen Notes Pro',
    fields: [['Licence code', 'LMN-****-****-7Q2D'], ['Signed in as', 'j.ok****@harbor****.co.uk']], submit: 'Activate',
    dialog: { title: 'Activation failed', body: ['Code not valid for this account'], buttons: ['OK'] },
    corpus: [SRC.account],
    key_phrases: ['Code not valid for this account'],
  },
  {
    name: 'b10-teams-dark-activation', case: 'b10-en-activation-teams', file: 'Screenshot_20270909-112706.png', split: B,
    style: 'teams-chat', dark: true, device: 'android-1080x2400', clock: '11:27', battery: 84, title: 'Priya Nair', subtitle: 'External · Lumen Reseller UK', merchantAvatar: ['PN', '#C239B3'],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', name: 'You  10:16 AM', text: `Hi Priya, the licence from order ${O7} fails with "Code not valid for this account" when I sign in with our company account.` },
      { from: 'buyer', name: 'You  10:16 AM', type: 'image', hue: 280, w: 110, h: 200 },
      { from: 'merchant', name: 'Priya Nair  11:20 AM', text: 'Sorry Jamie, that code was issued to another customer\'s account by mistake. Please file the refund on the store today and I will approve it.' },
      { from: 'buyer', name: 'You  11:22 AM', text: 'Will do, thanks.' },
    ],
    corpus: [SRC.account],
    key_phrases: [O7, 'Code not valid for this account', 'I will approve it'],
  },
  {
    name: 'b10-g2g-lumen', case: 'b10-en-activation-teams', file: 'Screenshot_20270909-112950.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '11:29', battery: 84, shop: 'KeyHarbour',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Your licence code was delivered on 09 Sep 2027, 10:02 (BST).',
      rows: [['Order ID', O7], ['Offer', 'Lumen Notes Pro – 1-year licence, 5 seats'], ['Seller', 'Lumen Reseller UK'], ['Quantity', '1'], ['Total', '£59.00'], ['Paid', '09 Sep 2027, 09:58']],
      buttons: ['Confirm Received', 'Report a Problem'],
    },
    key_phrases: [O7, '£59.00', 'Delivered'],
  },

  // ── 8 b10-card-jym-disabled-dark: card_invalid, ready; the code was disabled ──────────────────
  {
    name: 'b10-disabled-dark', case: 'b10-card-jym-disabled-dark', file: 'Screenshot_20270826_203512.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '20:35', battery: 39, appTitle: '和平精英 · 兑换中心',
    fields: [['兑换码', 'HPJY****7K3M'], ['角色', '夜****猫 (QQ区)']], submit: '立即兑换',
    dialog: { title: '兑换失败', body: ['兑换码已停用'], buttons: ['知道了'] },
    corpus: [SRC.disabled],
    key_phrases: ['兑换码已停用'],
  },
  {
    name: 'b10-jym-disabled-dark', case: 'b10-card-jym-disabled-dark', file: 'Screenshot_20270826_211803_com.jym.mall.png', split: B,
    style: 'jiaoyimao-chat', dark: true, device: 'android-1080x2400', clock: '21:18', battery: 35, title: '卖家 · 点券小站',
    item: { title: '和平精英 600点券 兑换码 自动发货', price: '¥58.00', status: '已发货' },
    messages: [
      { from: 'time', text: '20:37' },
      { from: 'buyer', text: `订单${O8}的兑换码一兑换就提示兑换码已停用，码是刚发给我的` },
      { from: 'buyer', type: 'image', hue: 30, w: 110, h: 200 },
      { from: 'merchant', text: '我查了，这一批码被官方停用了，是我们进货的问题' },
      { from: 'merchant', text: '码的问题在我们，你在交易猫那边提退款，我会通过' },
    ],
    corpus: [SRC.disabled],
    key_phrases: [O8, '兑换码已停用', '我会通过'],
  },
  {
    name: 'b10-alipay-disabled-dark', case: 'b10-card-jym-disabled-dark', file: 'Screenshot_20270826_212040_com.eg.android.AlipayGphone.png', split: B,
    style: 'alipay-order', dark: true, device: 'android-1080x2400', clock: '21:20', battery: 35,
    bill: {
      merchant: '交易猫', mark: '猫', amount: '-58.00', status: '交易成功',
      rows: [['支付时间', '2027-08-26 20:11:33'], ['付款方式', '余额'], ['商品说明', '和平精英 600点券 兑换码 自动发货'], ['订单号', T8], ['商家订单号', O8]],
    },
    key_phrases: [O8, '-58.00', '交易成功'],
  },

  // ── 9 b10-card-locked-buyer: card_invalid, reverse; the capture shows the buyer's lockout ───
  {
    name: 'b10-qcard-locked', case: 'b10-card-locked-buyer', file: 'Screenshot_20270828-161840.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '16:18', battery: 73,
    game: { title: 'Q币卡充值', name: 'Q币 · 卡密充值', hue: '#1d4ed8', fields: [['卡号', '27****8806'], ['卡密', '************5519'], ['充值QQ', '31****902']], submit: '确认充值' },
    dialog: { title: '充值失败', body: ['错误次数过多，已临时锁定'], buttons: ['确定'] },
    corpus: [SRC.locked],
    key_phrases: ['错误次数过多，已临时锁定'],
  },
  {
    name: 'b10-qq-locked-fwd', case: 'b10-card-locked-buyer', file: 'mmexport1819349113507.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['crop:240', 'fwd:720:62'], clock: '16:45', battery: 70, title: '蓝鲸卡券',
    messages: [
      { from: 'time', text: '16:20' },
      { from: 'buyer', text: `订单${O9}的Q币卡充不进去，现在提示错误次数过多，已临时锁定` },
      { from: 'merchant', text: '后台看这张卡密一次都没提交成功过，您前面几次输的应该不是这张的码' },
      { from: 'merchant', text: '锁定30分钟后自动解除，到时把卡密复制原样粘贴再充一次就行' },
      { from: 'buyer', text: '不想等半小时，我现在就以卡密无效去退' },
    ],
    corpus: [SRC.locked],
    key_phrases: [O9, '错误次数过多', '一次都没提交成功过'],
  },
  {
    name: 'b10-qcard-order', case: 'b10-card-locked-buyer', file: 'Screenshot_20270828-164702.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '16:47', battery: 69, shop: '蓝鲸卡券', accent: '#1d4ed8',
    order: {
      query: O9, statusTone: 'ok',
      rows: [['订单号', O9], ['商品名称', 'Q币卡 100元 卡密'], ['实付金额', '¥96.50'], ['支付方式', 'QQ钱包'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-08-28 15:33:07']],
      code: '卡号 27********8806  卡密 ************5519',
    },
    key_phrases: [O9, '¥96.50', '已完成'],
  },

  // ── 10 b10-en-nr-kinguin: not_received, ready; the key never came ───────────────────────────
  {
    name: 'b10-kinguin-nokey', case: 'b10-en-nr-kinguin', file: 'Screenshot_20270831-084012.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '08:40', battery: 91,
    order: {
      id: O10, date: 'Placed on 30/08/2027, 13:05', status: 'Processing', tone: 'wait',
      product: 'Google Play Gift Card 50 SGD (Singapore)', meta: 'Google Play · Singapore · Qty 1 · Seller: LionCity Codes', price: 'S$52.90',
      keyLabel: 'Your key', key: 'Key not available yet',
      rows: [['Subtotal', 'S$52.90'], ['Payment', 'PayNow'], ['Total paid', 'S$52.90']],
    },
    key_phrases: [O10, 'S$52.90', 'Key not available yet'],
  },
  {
    name: 'b10-whatsapp-nokey-fwd', case: 'b10-en-nr-kinguin', file: 'IMG-20270831-WA0012.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:720:66', 'fwd:600:56'], clock: '08:52', battery: 90, title: 'LionCity Codes', subtitle: 'online',
    messages: [
      { from: 'time', text: 'YESTERDAY' },
      { from: 'buyer', at: '15:20', text: `Hello, Kinguin order ${O10} is still "Processing" two hours after paying, no key yet.` },
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '08:31', text: 'Still nothing this morning. Can you check?' },
      { from: 'merchant', at: '08:47', text: 'Sorry, our stock ran out right after your payment and we cannot send a key. Please request the refund on Kinguin, we will not dispute it.' },
    ],
    key_phrases: [O10, 'no key yet', 'we will not dispute it'],
  },

  // ── 11 b10-wrong-jym-alipay: wrong_purchase, ready + deadline-near; not yet topped up ───────
  {
    name: 'b10-jym-wrong-chat', case: 'b10-wrong-jym-alipay', file: 'Screenshot_20270829_212604_com.jym.mall.png', split: B,
    style: 'jiaoyimao-chat', device: 'android-1080x2400', clock: '21:26', battery: 47, title: '卖家 · 糖豆代充',
    item: { title: '蛋仔派对 蛋币6480 代充（iOS区）', price: '¥598.00', status: '待发货' },
    messages: [
      { from: 'time', text: '21:22' },
      { from: 'buyer', text: '不好意思，拍成iOS区了，我是安卓的。还没开始充吧？先别充，我申请退款' },
      { from: 'merchant', text: '还没开始，你提交退款吧，我看到就点同意，钱会退回你付款的支付宝' },
      { from: 'buyer', text: '好的谢谢' },
    ],
    key_phrases: ['拍成iOS区了', '先别充', '我看到就点同意'],
  },
  {
    name: 'b10-alipay-wrong-wait', case: 'b10-wrong-jym-alipay', file: 'Screenshot_20270829_212745_com.eg.android.AlipayGphone.png', split: B,
    style: 'alipay-order', device: 'android-1080x2400', clock: '21:27', battery: 46,
    bill: {
      merchant: '交易猫', mark: '猫', amount: '-598.00', status: '等待卖家发货', tone: 'wait',
      rows: [['支付时间', '2027-08-29 21:17:45'], ['付款方式', '余额宝'], ['商品说明', '蛋仔派对 蛋币6480 代充（iOS区）'], ['订单号', T11], ['商家订单号', O11]],
    },
    key_phrases: [O11, '-598.00', '等待卖家发货'],
  },

  // ── 12 b10-hk-card-quota-dark: card_invalid, ready; "not a complaint" is not a threat ───────
  {
    name: 'b10-hk-quota', case: 'b10-hk-card-quota-dark', file: 'Screenshot_20270902-143802.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '14:38', battery: 55, appTitle: '遊戲點數兌換',
    fields: [['兌換碼', 'MYC8-****-****-H2TQ'], ['遊戲帳號', 'hoi****88']], submit: '確認兌換',
    dialog: { title: '兌換失敗', body: ['此兌換碼的兌換名額已用完。'], buttons: ['確定'] },
    corpus: [SRC.limitHant],
    key_phrases: ['此兌換碼的兌換名額已用完'],
  },
  {
    name: 'b10-whatsapp-dark-quota', case: 'b10-hk-card-quota-dark', file: 'Screenshot_20270902-150610_WhatsApp.png', split: B,
    style: 'whatsapp', dark: true, device: 'android-1080x2400', clock: '15:06', battery: 51, title: '點卡速遞 HK', subtitle: 'online',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '14:40', text: `訂單 ${O12} 個兌換碼一入就彈「此兌換碼的兌換名額已用完。」我第一次用㗎` },
      { from: 'buyer', at: '14:40', type: 'image', hue: 200, w: 110, h: 200 },
      { from: 'buyer', at: '14:41', text: '唔係想投訴你，淨係想搞掂佢' },
      { from: 'merchant', at: '15:02', text: '查咗，呢個碼之前俾人兌換咗，係我哋出錯。你喺平台開退款單，我呢邊會批。' },
    ],
    corpus: [SRC.limitHant],
    key_phrases: [O12, '兌換名額已用完', '我呢邊會批'],
  },
  {
    name: 'b10-hk-order', case: 'b10-hk-card-quota-dark', file: 'Screenshot_20270902-150855.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '15:08', battery: 50, shop: '點卡速遞 HK', accent: '#0891b2',
    order: {
      query: O12, statusTone: 'ok',
      rows: [['訂單編號', O12], ['商品名稱', 'MyCard 點數兌換碼 HK$200'], ['實付金額', 'HK$193.00'], ['付款方式', 'PayMe'], ['訂單狀態', '已發貨', 'status'], ['下單時間', '2027-09-02 14:33']],
      code: '兌換碼 MYC8-****-****-H2TQ',
    },
    key_phrases: [O12, 'HK$193.00', '已發貨'],
  },

  // ── 13 b10-tw-nad-return: not_as_described, request: return; a virtual good ───────────────
  {
    name: 'b10-tw-messenger-plan', case: 'b10-tw-nad-return', file: 'Screenshot_20270905-120418_Messenger.png', split: B,
    style: 'messenger', device: 'android-1080x2400', clock: '12:04', battery: 64, title: '影音帳號小舖', subtitle: '目前在線上', merchantAvatar: ['影', '#7c3aed'],
    messages: [
      { from: 'time', text: '上午 11:30' },
      { from: 'buyer', text: `訂單 ${O13} 描述寫 4K 高級方案，登入後帳戶頁寫的是標準方案，只有1080p` },
      { from: 'merchant', text: '抱歉，這批帳號確實是標準方案，上架時寫錯了' },
      { from: 'buyer', text: '那我要退貨' },
      { from: 'merchant', text: '好，您在平台申請，我同意' },
    ],
    key_phrases: [O13, '高級方案', '標準方案', '上架時寫錯了'],
  },
  {
    name: 'b10-tw-order-plan', case: 'b10-tw-nad-return', file: 'mmexport1820031902611.jpg', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', degrade: ['fwd:640:62'], clock: '12:06', battery: 63, shop: '影音帳號小舖', accent: '#7c3aed',
    order: {
      query: O13, statusTone: 'ok',
      rows: [['訂單編號', O13], ['商品名稱', '串流影音 高級方案（4K）一個月 共享帳號'], ['實付金額', 'NT$150'], ['付款方式', 'LINE Pay'], ['訂單狀態', '已發貨', 'status'], ['下單時間', '2027/09/04 22:15']],
    },
    key_phrases: [O13, 'NT$150', '高級方案（4K）'],
  },

  // ── 14 b10-en-late-teams: late_delivery, ready; 24-48 h promised, 4 days nothing ─────────────
  {
    name: 'b10-kinguin-late', case: 'b10-en-late-teams', file: 'Screenshot_20270821-112602.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '11:26', battery: 72,
    order: {
      id: O14, date: 'Placed on 08/17/2027, 10:05 AM', status: 'Processing', tone: 'wait',
      product: 'Xbox Game Pass Ultimate 3 Months – Key (US) ×5', meta: 'Xbox · United States · Qty 5 · Seller: Northgate Digital', price: '$149.95',
      keyLabel: 'Your keys', key: 'Keys not available yet',
      rows: [['Subtotal', '$149.95'], ['Payment', 'PayPal'], ['Total paid', '$149.95']],
      note: ['Your order is being processed. Delivery within 24-48 hours.'],
    },
    corpus: [SRC.within48],
    key_phrases: [O14, '$149.95', 'Delivery within 24-48 hours'],
  },
  {
    name: 'b10-teams-late', case: 'b10-en-late-teams', file: 'Screenshot_20270821-112240.png', split: B,
    style: 'teams-chat', device: 'android-1080x2400', clock: '11:22', battery: 73, title: 'Marcus Lee', subtitle: 'External · Northgate Digital', merchantAvatar: ['ML', '#0F6CBD'],
    messages: [
      { from: 'time', text: 'August 19, 2027' },
      { from: 'buyer', name: 'You  2:10 PM', text: `Order ${O14}: the page promised delivery within 24-48 hours and it has been 52 hours. No keys yet.` },
      { from: 'time', text: 'August 20, 2027' },
      { from: 'merchant', name: 'Marcus Lee  9:40 AM', text: 'Apologies, our supplier is behind and I cannot give you a date. You can file a refund on the order.' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', name: 'You  11:20 AM', text: 'Still no keys, filing the refund now.' },
    ],
    corpus: [SRC.within48],
    key_phrases: [O14, 'within 24-48 hours', 'cannot give you a date'],
  },
];
