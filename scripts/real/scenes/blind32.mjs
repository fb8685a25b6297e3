// The thirty-second blind end-to-end set (fixtures/blind32/): 14 cases written by a helper (branch b32),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind32'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is mainland game trading, rental and top-up
// platforms: 网易藏宝阁, 租号玩, 淘手游, UU898, 小黑盒 商城, 微店 shops selling 虎牙币 / 鱼翅 top-ups,
// and the live-streaming apps' 充值记录. Simplified Chinese mostly, Traditional Chinese (a Hong
// Kong buyer, a Taiwan buyer) and English (a Malaysian buyer). Eight new app styles:
// `xiaoheihe-order` (小黑盒 商城 订单详情 with its 兑换码 card), `xiaoheihe-kefu` (小黑盒 商城客服 chat),
// `zuhaowan-order` (租号玩 rental order), `cbg-order` (网易藏宝阁 app 订单详情 with 交易须知),
// `uu898-order` (UU898 desktop order page), `live-recharge-record` (虎牙 / 斗鱼 wallet 充值记录),
// `weidian-chat` (微店 chat with the goods strip) and `taoshouyou-chat` (淘手游 chat with the order
// strip).
// Render with `node scripts/real/render.mjs --set blind32`, then
// `node scripts/real/copy-cases.mjs --set blind32`. The set is judged once, at the end: do not tune on it.
const B = 'blind32';

const O1 = '2028041219355107482'; // 小黑盒 商城, 19 digits
const O2 = 'ZHW2028041521031877'; // 租号玩, letter prefix + 16 digits
const O3 = '202804161012453718'; // UU898, 18 digits
const O4 = '792804182005337161'; // 微店, 18 digits
const O5 = '2028041914203356827'; // 淘手游, 19 digits
const O6 = '792804201130482265';
const O7 = '2028042221154409316';
const O8 = '2028042120102755913'; // 藏宝阁 订单号
const G8 = '202804181433207-12-QJ5XW8KRNC2D'; // 藏宝阁 商品编号 (the goods' id, not an order number)
const O9 = 'ZHW2028042319455520';
const O11 = '2028042016335521904';
const O12 = '2028042509122463015';
const O13 = 'ZHW2028042620301142'; // this rental (26 Apr)
const O13b = 'ZHW2028042519120976'; // the buyer's rental of the day before, the one the chat is about
const O14 = '792804262210583307';

const SRC = {
  giftUsed: 'a gift-code check: "礼包码已被使用" (public GitHub Java file, find_string id 12363169647), on a game\'s 兑换中心 page',
  giftExpired: 'a game\'s error table: "礼包码已过期" (public GitHub Lua file, find_string id 56409388123; also the Java file, id 12363169647)',
  login10004: 'a rental app\'s quick-login error: "上号失败10004" (public GitHub Swift file, find_string id 2920344100; the same in an Objective-C file, id 19991959951)',
  rentModel: 'a rental order model\'s field names: "号主ID", "订单编号", "租赁时长", "每小时租金" (public GitHub Java file, find_string id 13471107448), as the row labels of the 租号玩 order page',
  cbgId: 'a 藏宝阁 tool\'s help text: "藏宝阁id，商品详情页面对应的网址中，格式如201806211901616-3-KJ8J8IQOJTOMD8" (public GitHub Python file, find_string id 8080706031): the format of the 商品编号, a new id made in it',
  cdkDone: 'a server plugin\'s message: "&c該cdk已被兌換完" (public GitHub Java file, find_string id 2527482717), colour code dropped and CDK in capitals',
};

export default [
  // ── 1 b32-xhh-gift-used: card_invalid, ready ─────────────────────────────────────────────
  {
    name: 'b32-xhh-order-gift', case: 'b32-xhh-gift-used', file: 'IMG_5521.PNG', split: B,
    style: 'xiaoheihe-order', device: 'iphone-1170x2532', dark: true, clock: '20:14', battery: 46,
    order: {
      status: '交易成功', statusLine: '兑换码已自动发货，可在下方查看并复制',
      title: '《雾港奇谭》648元礼包 兑换码', spec: '官服通用 · 数量 1', price: '¥568.00',
      codes: [['兑换码', 'WGQT-****-****-7HQ2', '已发放']], howTo: '兑换方式：游戏内「设置 - 兑换中心」输入兑换码',
      rows: [['订单编号', O1], ['下单时间', '2028-04-12 19:35:51'], ['发货时间', '2028-04-12 19:35:53'], ['支付方式', '支付宝'], ['实付款', '¥568.00']],
    },
    key_phrases: [O1, '¥568.00', '交易成功'],
  },
  {
    name: 'b32-game-gift-used', case: 'b32-xhh-gift-used', file: 'Screenshot_20280412-201032.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '20:10', battery: 63,
    game: { title: '兑换中心', name: '雾港奇谭', hue: '#3A4E7A', btn: '#3A4E7A', fields: [['角色ID', '3107****552'], ['服务器', '官服-雾港01'], ['礼包码', 'WGQT-****-****-7HQ2']], tips: ['每个礼包码仅可使用一次', '兑换成功后奖励通过游戏邮件发放'] },
    toast: '礼包码已被使用',
    corpus: [SRC.giftUsed],
    key_phrases: ['礼包码已被使用'],
  },
  {
    name: 'b32-xhh-kefu-gift', case: 'b32-xhh-gift-used', file: 'IMG_5526.PNG', split: B,
    style: 'xiaoheihe-kefu', device: 'iphone-1170x2532', dark: true, clock: '20:58', battery: 41, title: '小黑盒商城',
    card: { title: '《雾港奇谭》648元礼包 兑换码', no: `订单号 ${O1}`, price: '实付 ¥568.00' },
    messages: [
      { from: 'time', text: '20:12' },
      { from: 'buyer', text: `你好，订单${O1}买的648礼包码，在游戏兑换中心输入后提示“礼包码已被使用”，这个码我是第一次用` },
      { from: 'buyer', type: 'image', hue: 225, w: 76, h: 132 },
      { from: 'time', text: '20:31' },
      { from: 'merchant', text: '您好，已为您核实：这个兑换码被供货方重复发给了另一位用户，对方先兑换了，不是您的操作问题，非常抱歉' },
      { from: 'merchant', text: '您到订单详情里点「申请售后」，售后类型选「卡密无效」，我们给您全额退款' },
    ],
    corpus: [SRC.giftUsed],
    key_phrases: [O1, '不是您的操作问题', '全额退款'],
  },

  // ── 2 b32-zhw-login-fail: activation_failed, ready ───────────────────────────────────────
  {
    name: 'b32-zhw-order-rent', case: 'b32-zhw-login-fail', file: 'Screenshot_20280415-211204.png', split: B,
    style: 'zuhaowan-order', device: 'android-1080x2400', clock: '21:12', battery: 52,
    order: {
      status: '租赁中', remain: '剩余 5小时51分', statusLine: '租赁开始 04-15 21:03，到期 04-16 03:03',
      game: '王者荣耀 · 安卓QQ区', title: '贵族V8 英雄118 皮肤263 国服战力英雄', tags: ['安卓QQ区', '贵族V8', '皮肤263'], owner: '77316',
      rent: [['租赁时长', '6小时'], ['每小时租金', '¥2.50'], ['押金', '¥0.00'], ['实付金额', '¥15.00', 'pay']],
      rows: [['订单编号', O2], ['下单时间', '2028-04-15 21:03:18'], ['支付方式', '微信支付']],
    },
    corpus: [SRC.rentModel],
    key_phrases: [O2, '¥15.00', '租赁中'],
  },
  {
    name: 'b32-zhw-login-10004', case: 'b32-zhw-login-fail', file: 'Screenshot_20280415-210651.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '21:06', battery: 53,
    game: { title: '一键上号', name: '王者荣耀 · 安卓QQ区', hue: '#2F7CF6', btn: '#2F7CF6', fields: [['订单编号', O2], ['登录方式', 'QQ快捷登录']], submit: '一键上号', tips: ['上号后请勿修改账号密码及绑定信息', '游戏内请勿消费号主的点券'] },
    toast: '上号失败10004',
    corpus: [SRC.login10004],
    key_phrases: ['上号失败10004', O2],
  },
  {
    name: 'b32-zhw-qq-kefu', case: 'b32-zhw-login-fail', file: 'Screenshot_20280415-213935.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '21:39', battery: 49, title: '租号玩官方客服', merchantAvatar: ['租', '#2F7CF6'],
    messages: [
      { from: 'time', text: '21:08' },
      { from: 'buyer', text: `订单${O2}，一键上号一直提示上号失败10004，试了五六次了，截图发你` },
      { from: 'buyer', type: 'image', hue: 215, w: 76, h: 132 },
      { from: 'time', text: '21:20' },
      { from: 'merchant', text: '您好，帮您查了一下：这个号的号主改了QQ密码，没有同步到平台，所以上号失败，不是您这边操作的原因' },
      { from: 'merchant', text: '这单支持全额退回，您到订单详情里点「投诉/撤单」，原因选账号无法登录，提交就行' },
      { from: 'buyer', text: '好的谢谢' },
    ],
    corpus: [SRC.login10004],
    key_phrases: [O2, '号主改了QQ密码', '全额退回'],
  },

  // ── 3 b32-uu898-gold-nr: not_received, ready ─────────────────────────────────────────────
  {
    name: 'b32-uu898-order-wait', case: 'b32-uu898-gold-nr', file: '屏幕截图 2028-04-17 143208.png', split: B,
    style: 'uu898-order', device: 'desktop-1920x1080', user: 'chang****88',
    order: {
      step: 2, status: '等待卖家发货', statusLine: '卖家已超过承诺的发货时间仍未发货，如需撤单请联系客服。',
      info: [['订单编号', O3], ['下单时间', '2028-04-16 10:12:45'], ['商品标题', '梦幻西游 电信区 长安城 游戏币 3000万 邮寄秒发'], ['付款时间', '2028-04-16 10:12:45'],
        ['游戏/区服', '梦幻西游 / 电信区 / 长安城'], ['购买数量', '3000万'], ['单价', '¥6.20/百万'], ['订单金额', '¥186.00'], ['付款方式', '支付宝'], ['发货方式', '邮寄交易']],
      delivery: [['收货角色名', '长安小笼包'], ['角色ID', '8817****']],
      tips: ['1. 邮寄交易由卖家将游戏币邮寄至您填写的收货角色，请注意查收游戏内邮件。', '2. 请勿相信任何要求您在平台外付款的信息。'],
    },
    key_phrases: [O3, '¥186.00', '当前状态：等待卖家发货'],
  },
  {
    name: 'b32-qqpc-uu898-kefu', case: 'b32-uu898-gold-nr', file: '屏幕截图 2028-04-17 143655.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: 'UU898客服-小U', buyerName: '长安小笼包', merchantName: 'UU898客服-小U', lineW: 620,
    contacts: ['UU898客服-小U', '我的手机', '梦幻帮派群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2028-04-16' },
      { from: 'buyer', at: '18:40:12', text: `你好，订单${O3}，上午十点付的款，3000万游戏币到现在没收到，角色邮箱里什么都没有` },
      { from: 'merchant', at: '18:52:30', text: '您好，这边联系过卖家了，卖家说库存暂时不够，正在催促' },
      { from: 'time', text: '2028-04-17' },
      { from: 'buyer', at: '14:20:05', text: '又过了一天还是没到，不要了，能退吗' },
      { from: 'merchant', at: '14:31:44', text: `已核实，卖家确认${O3}无法发货，这单支持撤单全额退款，您到订单详情里点「申请撤单」即可，钱会退回您的支付宝` },
      { from: 'buyer', at: '14:33:10', text: '好的' },
    ],
    key_phrases: [O3, '卖家确认', '无法发货'],
  },

  // ── 4 b32-hk-weidian-huya-late: late_delivery, ready (Hong Kong buyer, Traditional) ───────
  {
    name: 'b32-weidian-huya-late', case: 'b32-hk-weidian-huya-late', file: 'IMG_2087.PNG', split: B,
    style: 'weidian-chat', device: 'iphone-1170x2532', long: true, clock: '09:24', battery: 71, title: '星河直播充值小店',
    item: { title: '虎牙币代充 1000个 填虎牙号 付款后半小时内到账', price: '¥96.00', note: '已售 3.2万' },
    messages: [
      { from: 'time', text: '昨天 20:06' },
      { from: 'buyer', text: `你好，已付款，訂單號${O4}，虎牙號 1766****209，麻煩充1000虎牙幣` },
      { from: 'merchant', text: '收到亲，半小时内到账' },
      { from: 'time', text: '昨天 22:41' },
      { from: 'buyer', text: '兩個半小時了還沒到帳，虎牙充值記錄甚麼都沒有' },
      { from: 'time', text: '09:12' },
      { from: 'buyer', text: '過了一晚還是沒到，截圖給你看，充值記錄最後一筆是三月的' },
      { from: 'buyer', type: 'image', hue: 30, w: 76, h: 132 },
      { from: 'merchant', text: '抱歉亲，我们上游的虎牙渠道昨晚开始维护，一直没恢复，您这单充不了了' },
      { from: 'merchant', text: '您直接在微店申请退款，我这边同意，原路退回' },
      { from: 'buyer', text: '好，那我去申請了' },
    ],
    key_phrases: [O4, '付款后半小时内到账', '您这单充不了了'],
  },
  {
    name: 'b32-huya-record-none', case: 'b32-hk-weidian-huya-late', file: 'IMG_2085.PNG', split: B,
    style: 'live-recharge-record', device: 'iphone-1170x2532', dark: true, clock: '09:11', battery: 72,
    wallet: { brand: 'huya', balance: '12', months: [['2028年4月', []], ['2028年3月', [['充值 100虎牙币', '03-09 21:14', '微信支付', '+100', '充值成功']]]] },
    key_phrases: ['本月暂无充值记录', '2028年4月'],
  },

  // ── 5 b32-tsy-acct-retrieved-nad: not_as_described, ready ─────────────────────────────────
  {
    name: 'b32-game-login-pwd', case: 'b32-tsy-acct-retrieved-nad', file: 'Screenshot_20280420-101522.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '10:15', battery: 80, appTitle: '和平精英 – 登录',
    fields: [['登录方式', 'QQ授权登录'], ['QQ', '30****8816']], submit: '进入游戏',
    dialog: { title: '登录失败', body: ['该QQ账号密码已被修改，请使用新密码重新授权登录。'], buttons: ['确定'] },
    key_phrases: ['该QQ账号密码已被修改'],
  },
  {
    name: 'b32-tsy-chat-retrieved', case: 'b32-tsy-acct-retrieved-nad', file: 'Screenshot_20280420-152807.png', split: B,
    style: 'taoshouyou-chat', device: 'android-1080x2400', long: true, clock: '15:28', battery: 58, title: '淘手游客服-小桃',
    order: { no: `订单号 ${O5}`, title: '和平精英 安卓QQ · 已验号 可换绑 · 无找回风险', price: '¥420.00', status: '交易完成' },
    safety: '官方客服不会索要您的登录验证码',
    messages: [
      { from: 'time', text: '10:20' },
      { from: 'buyer', text: `客服你好，订单${O5}买的和平精英号，今天早上登不上了，提示QQ密码已被修改，密保也被改了，我昨天下午才换绑完` },
      { from: 'buyer', type: 'image', hue: 35, w: 76, h: 132 },
      { from: 'time', text: '11:05' },
      { from: 'merchant', text: '您好，已核实：该账号今早被原卖家通过QQ申诉找回，与商品页「可换绑 · 无找回风险」的描述不符' },
      { from: 'merchant', text: '按平台包赔规则，本单可全额退款，麻烦到订单里选「描述不符」提交，我们加急审核' },
      { from: 'buyer', text: '好的' },
    ],
    key_phrases: [O5, '与商品页「可换绑 · 无找回风险」的描述不符', '交易完成'],
  },

  // ── 6 b32-weidian-douyu-private: not_received, ready/weak + private-channel ──────────────
  {
    name: 'b32-weidian-douyu-private', case: 'b32-weidian-douyu-private', file: 'mmexport1839896561417.jpg', split: B,
    style: 'weidian-chat', device: 'android-1080x2400', dark: true, degrade: ['forward'], clock: '10:22', battery: 34, title: '鱼乐充值铺',
    item: { title: '斗鱼 鱼翅代充 500鱼翅 填斗鱼ID', price: '¥49.00' },
    messages: [
      { from: 'time', text: '04-20 11:31' },
      { from: 'buyer', text: `付了，斗鱼ID 1029****，订单${O6}` },
      { from: 'merchant', text: '好的亲稍等' },
      { from: 'time', text: '10:02' },
      { from: 'buyer', text: '一天了鱼翅还没到，充值记录里没有' },
      { from: 'merchant', text: '亲，这单上游没充上。你别在微店申请退款，微店退款我这边要扣店铺分' },
      { from: 'merchant', text: '你加下我微信 yl****66，我微信直接转你49，转完你把订单点确认收货就行' },
      { from: 'buyer', text: '不用了，我还是走微店退款，这样有记录' },
    ],
    key_phrases: [O6, '我微信直接转你49', '我还是走微店退款'],
  },
  {
    name: 'b32-douyu-record-none', case: 'b32-weidian-douyu-private', file: 'Screenshot_20280421-100455.png', split: B,
    style: 'live-recharge-record', device: 'android-1080x2400', clock: '10:04', battery: 37,
    wallet: { brand: 'douyu', balance: '6', months: [['2028年4月', []], ['2028年2月', [['充值 200鱼翅', '02-14 20:31', '支付宝', '+200', '充值成功']]]] },
    key_phrases: ['本月暂无充值记录'],
  },

  // ── 7 b32-tw-tsy-cdk-threat: card_invalid, ready/weak + threatening-language (Taiwan) ─────
  {
    name: 'b32-game-cdk-done', case: 'b32-tw-tsy-cdk-threat', file: 'Screenshot_20280422-212301.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', dark: true, clock: '21:23', battery: 44,
    game: { title: '禮包兌換', name: '星語幻境 · 港澳台', hue: '#7A3FD0', btn: '#7A3FD0', fields: [['角色UID', '80****1375'], ['CDK', 'XYHJ****Q7KD']], submit: '兌換', tips: ['每個角色限兌換一次', '獎勵將發送至遊戲信箱'] },
    toast: '該CDK已被兌換完',
    corpus: [SRC.cdkDone],
    key_phrases: ['該CDK已被兌換完'],
  },
  {
    name: 'b32-tsy-chat-threat', case: 'b32-tw-tsy-cdk-threat', file: 'Screenshot_20280422-225014.png', split: B,
    style: 'taoshouyou-chat', device: 'android-1080x2400', dark: true, clock: '22:50', battery: 39, title: '卖家 幻境礼包屋', merchantAvatar: ['卖', '#FF8A00'],
    order: { no: `订单号 ${O7}`, title: '星语幻境 港澳台服 专属礼包CDK 一人一码', price: '¥35.00', status: '已发货' },
    messages: [
      { from: 'time', text: '21:24' },
      { from: 'buyer', text: `你好，訂單${O7}的CDK兌換時顯示「該CDK已被兌換完」，我才剛買` },
      { from: 'time', text: '22:30' },
      { from: 'buyer', text: '一個多小時了都不回？再不退錢我就去消保官檢舉你們，還要把你們貼到巴哈姆特上，讓大家知道你們是詐騙集團' },
      { from: 'time', text: '22:46' },
      { from: 'merchant', text: '抱歉刚看到。我们进的这批是公共兑换码，已经被兑换满了，不是一人一码，责任在我们' },
      { from: 'merchant', text: '你在平台发起退款，我这边点同意' },
    ],
    corpus: [SRC.cdkDone],
    key_phrases: [O7, '讓大家知道你們是詐騙集團', '责任在我们'],
  },

  // ── 8 b32-cbg-wrong-server: wrong_purchase, not-ready (policy-no-refund, deadline-near) ──
  {
    name: 'b32-cbg-order-role', case: 'b32-cbg-wrong-server', file: 'IMG_7730.PNG', split: B,
    style: 'cbg-order', device: 'iphone-1170x2532', clock: '20:19', battery: 66, mark: { text: '非平台原因不支持退款' },
    order: {
      status: '交易成功', statusLine: '角色已转入您的网易账号，请登录游戏查看',
      name: '龙太子 · 175级', server: '梦幻西游 · 电信区 · 长安城', tags: ['化圣6', '修炼 25/25/25/20'], price: '¥1288.00',
      rows: [['订单号', O8], ['商品编号', G8], ['下单时间', '2028-04-21 20:10:27'], ['角色转入时间', '2028-04-21 20:11:02'], ['支付方式', '网易支付'], ['实付金额', '¥1288.00']],
      rules: ['1. 角色一经购买成功即转入买家账号，非平台原因不支持退款。', '2. 购买前请确认服务器、门派等信息。'],
    },
    corpus: [SRC.cbgId],
    key_phrases: [O8, '¥1288.00', '非平台原因不支持退款', '交易成功'],
  },
  {
    name: 'b32-gm-cbg-wrong', case: 'b32-cbg-wrong-server', file: 'IMG_7734.PNG', split: B,
    style: 'netease-gm', device: 'iphone-1170x2532', long: true, clock: '20:41', battery: 63,
    ticket: {
      status: '已回复', tone: 'done', subject: '藏宝阁买错服务器的角色，能否退款',
      fields: [['问题编号', 'GM2028042120215530'], ['游戏', '梦幻西游'], ['账号', 'ma****@163.com'], ['问题分类', '藏宝阁/交易问题'], ['提交时间', '2028-04-21 20:21']],
    },
    messages: [
      { from: 'buyer', at: '2028-04-21 20:21', text: `我刚在藏宝阁买了个龙太子，订单号${O8}，本来要买双线区长安城的，点成了电信区长安城，角色还没登录过，能退款吗？` },
      { from: 'merchant', at: '2028-04-21 20:38', text: '您好，经核实，该角色已于20:11转入您的账号。藏宝阁角色交易成功后，非平台原因不支持退款。您可以把角色重新上架藏宝阁出售，或在游戏内使用转服功能。', sign: '网易藏宝阁客服 小栗' },
    ],
    key_phrases: [O8, '点成了电信区长安城', '非平台原因不支持退款'],
  },

  // ── 9 b32-zhw-nocap: activation_failed, not-ready (error-capture-missing) ─────────────────
  {
    name: 'b32-zhw-order-genshin', case: 'b32-zhw-nocap', file: 'Screenshot_20280423-201933.png', split: B,
    style: 'zuhaowan-order', device: 'android-1080x2400', dark: true, clock: '20:19', battery: 27,
    order: {
      status: '租赁中', remain: '剩余 2小时26分', statusLine: '租赁开始 04-23 19:45，到期 04-23 22:45',
      game: '原神 · 官服', title: '满命雷神 专武 五星角色31个', tags: ['官服', '冒险等级60'], owner: '50924',
      rent: [['租赁时长', '3小时'], ['每小时租金', '¥4.20'], ['押金', '¥0.00'], ['实付金额', '¥12.60', 'pay']],
      rows: [['订单编号', O9], ['下单时间', '2028-04-23 19:45:55'], ['支付方式', '支付宝']],
    },
    corpus: [SRC.rentModel],
    key_phrases: [O9, '¥12.60', '租赁中'],
  },
  {
    name: 'b32-wecom-zhw-nocap', case: 'b32-zhw-nocap', file: 'Screenshot_20280423-203610.png', split: B,
    style: 'wecom', device: 'android-1080x2400', clock: '20:36', battery: 24, title: '租号玩客服-阿月', corp: '租号玩',
    messages: [
      { from: 'time', text: '20:02' },
      { from: 'buyer', read: true, text: `订单${O9}，原神号上不去，一直卡在登录，点了几次都不行` },
      { from: 'merchant', text: '您好，麻烦发一下上号失败的截图或者提示的错误码，方便判断是号主的问题还是本地网络的问题' },
      { from: 'buyer', read: true, text: '没截图，已经关掉了，反正就是登不上' },
      { from: 'merchant', text: '没有截图这边没法判定责任。您可以再点一次上号，出现提示时截个图发我' },
      { from: 'buyer', read: true, text: '不想再试了，我直接去申请退款' },
    ],
    key_phrases: [O9, '没截图，已经关掉了', '没法判定责任'],
  },

  // ── 10 b32-tsy-huya-noorder: not_received, not-ready (order-missing) ───────────────────────
  {
    name: 'b32-tsy-chat-noorder', case: 'b32-tsy-huya-noorder', file: 'IMG_3310.PNG', split: B,
    style: 'taoshouyou-chat', device: 'iphone-1170x2532', dark: true, clock: '18:52', battery: 31, title: '卖家 虎虎代充', merchantAvatar: ['卖', '#FF8A00'],
    safety: '官方客服不会索要您的登录验证码',
    messages: [
      { from: 'time', text: '13:05' },
      { from: 'buyer', text: '老板，中午在你这充的2000虎牙币，虎牙号 2210****378，到这会儿还没到账' },
      { from: 'merchant', text: '稍等，上游在处理' },
      { from: 'time', text: '18:40' },
      { from: 'buyer', text: '五个多小时了还没到' },
      { from: 'merchant', text: '上游通道堵住了，今天估计充不了' },
      { from: 'buyer', text: '那就退款吧' },
      { from: 'merchant', text: '可以，你平台上申请吧' },
    ],
    key_phrases: ['2000虎牙币', '上游通道堵住了'],
  },
  {
    name: 'b32-huya-record-old', case: 'b32-tsy-huya-noorder', file: 'IMG_3308.PNG', split: B,
    style: 'live-recharge-record', device: 'iphone-1170x2532', clock: '18:47', battery: 32,
    wallet: { brand: 'huya', balance: '37', months: [['2028年4月', [['充值 100虎牙币', '04-02 19:44', '支付宝', '+100', '充值成功']]], ['2028年3月', [['充值 300虎牙币', '03-18 22:06', '支付宝', '+300', '充值成功']]]] },
    key_phrases: ['04-02 19:44'],
  },

  // ── 11 b32-tsy-bad-reason: case-invalid (an unknown reason) ───────────────────────────────
  {
    name: 'b32-game-login-retrieved', case: 'b32-tsy-bad-reason', file: 'Screenshot_20280422-093140.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '09:31', battery: 88, appTitle: '第五人格 – 登录',
    fields: [['登录方式', '网易邮箱'], ['账号', 'id****77@163.com']], submit: '登录',
    dialog: { title: '提示', body: ['账号或密码不正确，请检查后重试。'], buttons: ['找回密码', '确定'] },
    key_phrases: ['账号或密码不正确'],
  },
  {
    name: 'b32-tsy-chat-retrieved2', case: 'b32-tsy-bad-reason', file: 'IMG_4402.PNG', split: B,
    style: 'taoshouyou-chat', device: 'iphone-1170x2532', clock: '11:47', battery: 62, title: '淘手游客服-小游',
    order: { no: `订单号 ${O11}`, title: '第五人格 官服 全金皮38 可换绑', price: '¥660.00', status: '交易完成' },
    messages: [
      { from: 'time', text: '09:40' },
      { from: 'buyer', text: `订单${O11}的第五人格号登不上了，提示账号或密码不正确，我没改过密码` },
      { from: 'buyer', type: 'image', hue: 10, w: 76, h: 132 },
      { from: 'time', text: '11:30' },
      { from: 'merchant', text: '您好，已查到：原卖家昨晚通过网易申诉把账号找回了，属于卖家责任，平台会按包赔规则全额退款' },
      { from: 'merchant', text: '请在订单页提交售后申请，我们优先处理' },
    ],
    key_phrases: [O11, '原卖家昨晚通过网易申诉把账号找回了'],
  },

  // ── 12 b32-xhh-codes-partial: card_invalid (1 of 3 codes), ready/weak + refund-partial ─────
  {
    name: 'b32-xhh-order-3codes', case: 'b32-xhh-codes-partial', file: 'Screenshot_20280425-092512.png', split: B,
    style: 'xiaoheihe-order', device: 'android-1080x2400', clock: '09:25', battery: 90,
    order: {
      status: '交易成功', statusLine: '3个兑换码已全部发放',
      title: '《雾港奇谭》月卡 兑换码', spec: '官服通用 · 数量 3', price: '¥28.00 × 3',
      codes: [['码1', 'WGYK-****-****-M3TA'], ['码2', 'WGYK-****-****-8PXE'], ['码3', 'WGYK-****-****-K2RW']],
      howTo: '兑换方式：游戏内「设置 - 兑换中心」输入兑换码',
      rows: [['订单编号', O12], ['下单时间', '2028-04-25 09:12:24'], ['支付方式', '微信支付'], ['实付款', '¥84.00']],
    },
    key_phrases: [O12, '¥84.00', 'WGYK-****-****-K2RW'],
  },
  {
    name: 'b32-game-gift-expired', case: 'b32-xhh-codes-partial', file: 'Screenshot_20280425-093004.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '09:30', battery: 89,
    game: { title: '兑换中心', name: '雾港奇谭', hue: '#3A4E7A', btn: '#3A4E7A', fields: [['角色ID', '5520****918'], ['服务器', '官服-雾港03'], ['礼包码', 'WGYK-****-****-K2RW']], tips: ['每个礼包码仅可使用一次'] },
    toast: '礼包码已过期',
    corpus: [SRC.giftExpired],
    key_phrases: ['礼包码已过期'],
  },
  {
    name: 'b32-xhh-kefu-partial', case: 'b32-xhh-codes-partial', file: 'Screenshot_20280425-110218.png', split: B,
    style: 'xiaoheihe-kefu', device: 'android-1080x2400', clock: '11:02', battery: 81, title: '小黑盒商城',
    card: { title: '《雾港奇谭》月卡 兑换码 ×3', no: `订单号 ${O12}`, price: '实付 ¥84.00' },
    messages: [
      { from: 'time', text: '09:31' },
      { from: 'buyer', text: `订单${O12}买了3个月卡码，前两个兑换成功了，第3个 WGYK-****-****-K2RW 提示“礼包码已过期”` },
      { from: 'buyer', type: 'image', hue: 225, w: 76, h: 132 },
      { from: 'time', text: '10:55' },
      { from: 'merchant', text: '已核实，第3个码是上一期活动批次的，早就过期了，是我们上错货了，非常抱歉' },
      { from: 'merchant', text: '您申请售后时退款金额填28元（1个码），我们审核通过' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.giftExpired],
    key_phrases: [O12, '退款金额填28元', '是我们上错货了'],
  },

  // ── 13 b32-zhw-other-order: activation_failed, not-ready (order-id-mismatch) ─────────────
  {
    name: 'b32-zhw-order-naraka', case: 'b32-zhw-other-order', file: 'Screenshot_20280426-204122.png', split: B,
    style: 'zuhaowan-order', device: 'android-1080x2400', clock: '20:41', battery: 55,
    order: {
      status: '租赁中', remain: '剩余 3小时49分', statusLine: '租赁开始 04-26 20:30，到期 04-27 00:30',
      game: '永劫无间 · Steam', title: '天人阶 全武器 红色皮肤12', tags: ['Steam', '天人阶'], owner: '61408',
      rent: [['租赁时长', '4小时'], ['每小时租金', '¥2.50'], ['押金', '¥0.00'], ['实付金额', '¥10.00', 'pay']],
      rows: [['订单编号', O13], ['下单时间', '2028-04-26 20:30:11'], ['支付方式', '微信支付']],
    },
    corpus: [SRC.rentModel],
    key_phrases: [O13, '¥10.00'],
  },
  {
    name: 'b32-zhw-login-naraka', case: 'b32-zhw-other-order', file: 'Screenshot_20280426-203402.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '20:34', battery: 56,
    game: { title: '一键上号', name: '永劫无间 · Steam', hue: '#2F7CF6', btn: '#2F7CF6', fields: [['订单编号', O13], ['登录方式', '上号器自动登录']], submit: '一键上号', tips: ['上号后请勿修改账号密码及绑定信息'] },
    toast: '上号失败10004',
    corpus: [SRC.login10004],
    key_phrases: ['上号失败10004', O13],
  },
  {
    name: 'b32-qq-zhw-yesterday', case: 'b32-zhw-other-order', file: 'mmexport1840366333417.jpg', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', degrade: ['forward'], clock: '20:52', battery: 51, title: '租号玩官方客服', merchantAvatar: ['租', '#2F7CF6'],
    messages: [
      { from: 'time', text: '昨天 19:25' },
      { from: 'buyer', text: `订单${O13b}，一键上号失败，提示上号失败10004` },
      { from: 'merchant', text: '您好，已通知号主处理，号主已经重新授权，您再点一次上号试试' },
      { from: 'buyer', text: '可以了，进去了' },
      { from: 'merchant', text: `好的，${O13b}这单租赁时长已为您补足，祝您游戏愉快` },
    ],
    corpus: [SRC.login10004],
    key_phrases: [O13b, '可以了，进去了'],
  },

  // ── 14 b32-en-weidian-douyu-noreply: late_delivery, ready/weak + chat-no-reply (English) ───
  {
    name: 'b32-weidian-en-noreply', case: 'b32-en-weidian-douyu-noreply', file: 'IMG_0912.PNG', split: B,
    style: 'weidian-chat', device: 'iphone-1170x2532', clock: '16:34', battery: 40, title: '鱼翅速充小店',
    item: { title: '斗鱼鱼翅代充 1000鱼翅 付款后1小时内到账', price: '¥98.00' },
    messages: [
      { from: 'time', text: '04-26 22:12' },
      { from: 'buyer', text: `Hi, I paid for 1000 鱼翅, order ${O14}, Douyu ID 3391****. Please top up, thanks.` },
      { from: 'time', text: '09:05' },
      { from: 'buyer', text: 'Still nothing after 11 hours. Your page says it arrives within 1 hour of payment.' },
      { from: 'time', text: '16:30' },
      { from: 'buyer', text: 'Hello? Please reply. If I hear nothing I will request a refund on Weidian.' },
    ],
    key_phrases: [O14, 'Still nothing after 11 hours.'],
  },
  {
    name: 'b32-douyu-record-en', case: 'b32-en-weidian-douyu-noreply', file: 'IMG_0914.PNG', split: B,
    style: 'live-recharge-record', device: 'iphone-1170x2532', dark: true, clock: '16:31', battery: 41,
    wallet: { brand: 'douyu', balance: '0', months: [['2028年4月', []], ['2028年3月', [['充值 500鱼翅', '03-22 21:47', '微信支付', '+500', '充值成功']]]] },
    key_phrases: ['本月暂无充值记录'],
  },
];
