// The twenty-first blind end-to-end set (fixtures/blind21/): 14 cases written by a helper (branch h19b),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind21'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. The set leans on mainland second-hand and card marketplaces
// (闲鱼, 转转, 淘宝 with 旺旺 on the PC, independent 独角数卡 shops, WeChat Pay) and on the routes buyers
// take when a shop will not help (闲鱼小法庭, 黑猫投诉, 12315). Seven new app styles:
// `xianyu-court` (闲鱼小法庭-like dispute page), `zhuanzhuan-chat` and `zhuanzhuan-order` (转转),
// `heimao-complaint` (黑猫投诉-like complaint page), `gov-12315-form` (12315-like 投诉详情),
// `dujiao-luna` (独角数卡's luna theme order page, Simplified and Traditional) and `wechat-kf`
// (微信客服 with menu messages, light and dark).
// Render with `node scripts/real/render.mjs --set blind21`, then
// `node scripts/real/copy-cases.mjs --set blind21`. The set is judged once, at the end: do not tune on it.
const B = 'blind21';

const O1 = '4127730918865204713'; // 闲鱼, 19 digits
const O2 = '4131852207416639120'; // 闲鱼, 19 digits
const O3 = '1950372416680193'; // 转转, 16 digits
const O4 = '1950418873012456'; // 转转, 16 digits
const O5 = '3982214075513268871'; // 淘宝, 19 digits
const O6 = 'K7Q2M9XH4T1B8R5W'; // dujiaoka order_sn, 16 characters
const O7 = '5NF8C2WQ7JYA3D6P'; // dujiaoka order_sn
const O8 = 'XH20280114183020771'; // XH + 17 digits (商户单号); WeChat Pay 交易单号 beside it
const T8 = '4200002718202801148830129371'; // 28-digit WeChat Pay number
const O9 = '4140223659081127346'; // 闲鱼, 19 digits
// O10 = '2801162031550427': this case's order (16 digits), named in its order.json only
const O10b = '2801151908332165'; // the buyer's order of the day before
const T10b = '4200002731202801159082145566';
const O11 = 'W3R8T6Y1U4P9Z2KC'; // dujiaoka order_sn
const O12 = '4152287730461905528'; // 閒魚, 19 digits
const O13 = 'T5G8H2J7K4L9M3NX'; // dujiaoka order_sn
const O14 = '3990158822647103346'; // 淘宝, 19 digits

const SRC = {
  used100: 'a game platform\'s stored procedure: "抱歉！该充值卡已被使用，请换一张再试。如有疑问请联系客服中心。" (public GitHub SQL file, find_string id 53060659159)',
  wnUsed: 'a game client\'s bank window: "未能充值，该充值卡已被使用。" (public GitHub C++ file, find_string id 26943142757)',
  voucher: 'an enum of voucher errors: VOUCHER_IS_USED "点卡不可用或已用过" (public GitHub Java file, find_string id 52224091819)',
  cardErr: 'a recharge action: "充值失败！卡号或卡密错误！请重试" (public GitHub Java file, find_string id 32547063741)',
  serialTw: 'a game client\'s message list: "0xB3 此序號發生異常，請洽客服人員。" (public GitHub file, find_string id 2214570144)',
  cardNo: 'a card API: "充值卡号错误,请重新输入" (public GitHub PHP file, find_string id 36709482130)',
  luna: 'dujiaoka luna theme labels (订单编号, 订单邮箱, 订单状态; 訂單編號, 訂單信箱, 訂單狀態) from resources/lang/zh_CN/luna.php and zh_TW/luna.php, and 订单名称, 订单类型, 订单总价, 待处理, 已完成 from resources/lang/zh-CN/system.php (assimon/dujiaoka, find_string ids 929487531, 1621271264, 9930829799)',
  kfMenu: 'WeCom 微信客服 send_msg menu message (msgmenu: head_content, list of click items, tail_content): https://developer.work.weixin.qq.com/document/path/96427',
};

export default [
  // ── 1 b21-xy-court-used: card_invalid, ready (the seller denies; the 小法庭 is under way) ──────────
  {
    name: 'b21-topup-used100', case: 'b21-xy-court-used', file: 'Screenshot_20280104-200214.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '20:02', battery: 58,
    game: { title: '一卡通充值', name: '云阙游戏 充值中心', hue: '#1d4ed8', fields: [['充值账号', 'yq****2291'], ['卡号', '1608 **** **** 3307'], ['密码', '********7725']], submit: '确认充值', tips: ['一卡通面值: 100元'] },
    dialog: { title: '充值失败', body: ['抱歉！该充值卡已被使用，请换一张再试。如有疑问请联系客服中心。'], buttons: ['确定'] },
    corpus: [SRC.used100],
    key_phrases: ['抱歉！该充值卡已被使用，请换一张再试。'],
  },
  {
    name: 'b21-xianyu-used100', case: 'b21-xy-court-used', file: 'mmexport1830602183417.jpg', split: B,
    style: 'xianyu-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '20:36', battery: 55, title: '阿澈的小铺',
    item: { title: '云阙游戏一卡通 100元 卡密 秒发', price: '¥92.00', status: '已发货' },
    messages: [
      { from: 'time', text: '19:40' },
      { from: 'merchant', text: '卡号1608****3307 密码已发你了，请查收' },
      { from: 'time', text: '20:05' },
      { from: 'buyer', text: `订单${O1}的一卡通刚充，提示“抱歉！该充值卡已被使用，请换一张再试”，我是第一次输这张卡` },
      { from: 'buyer', type: 'image', hue: 220, w: 130, h: 230 },
      { from: 'time', text: '20:31' },
      { from: 'merchant', text: '我发之前自己查过是好的，你是不是已经充过了？这个不退' },
      { from: 'buyer', text: '没有充过，账号余额也没加。那我走小法庭了' },
    ],
    corpus: [SRC.used100],
    key_phrases: [O1, '该充值卡已被使用', '这个不退'],
  },
  {
    name: 'b21-court-used100', case: 'b21-xy-court-used', file: 'Screenshot_20280105-085703.png', split: B,
    style: 'xianyu-court', device: 'android-1080x2400', clock: '08:57', battery: 81,
    court: {
      title: '买家称卡密到手即显示已被使用，卖家称发货前卡密有效', status: '评审中', statusLine: '评审将于 01月05日 20:10 结束，结束前双方可补充举证',
      votes: [9, 2], voteNote: '已有11位评审员投票',
      rows: [['订单编号', O1], ['商品', '云阙游戏一卡通 100元 卡密 秒发'], ['成交价', '¥92.00'], ['付款时间', '2028-01-04 19:32:10']],
      buyer: { at: '01-04 20:48', text: '19:40收到卡密，20:02第一次充值就提示该充值卡已被使用，游戏账号余额没有增加。附充值失败截图和聊天记录。', pics: 2 },
      seller: { at: '01-04 21:15', text: '发货前测过卡是好的，不能证明不是买家自己用掉的。', pics: 0 },
    },
    key_phrases: [O1, '¥92.00', '评审中'],
  },

  // ── 2 b21-xy-return-virtual: card_invalid filed as 退货退款 (request: return) ─────────────────────
  {
    name: 'b21-xyorder-return', case: 'b21-xy-return-virtual', file: 'Screenshot_20280106-215912.png', split: B,
    style: 'xianyu-order', device: 'android-1440x3200', clock: '21:59', battery: 33,
    order: {
      status: '卖家已发货', statusLine: '卖家已通过自动发货发出卡密，请及时查收',
      seller: '星澜卡券', title: '星澜online 点卡 50元 自动发货', price: '¥47.50',
      rows: [['订单编号', O2, true], ['创建时间', '2028-01-06 21:13:52'], ['付款时间', '2028-01-06 21:14:05'], ['发货时间', '2028-01-06 21:14:30'], ['实付款', '¥47.50']],
      buttons: ['申请退款', '联系卖家', '确认收货'],
    },
    key_phrases: [O2, '¥47.50', '卖家已发货'],
  },
  {
    name: 'b21-launcher-wnused', case: 'b21-xy-return-virtual', file: 'Screenshot 2028-01-06 212032.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1366x768', taskClock: ['21:20', '2028/1/6'],
    launcher: {
      name: '星澜online', accent: '#7C5CFA', hue: '#2b1a5c', game: '星澜online', nav: ['首页', '角色', '商城', '充值', '设置'], navOn: 3,
      panelTitle: '点卡充值', fields: [['卡号', 'XL50****8124'], ['密码', '****-****-2R7M'], ['充值账号', 'chen****66']], submit: '充值',
    },
    dialog: { title: '提示', body: ['未能充值，该充值卡已被使用。'], buttons: ['确定'] },
    corpus: [SRC.wnUsed],
    key_phrases: ['未能充值，该充值卡已被使用。'],
  },
  {
    name: 'b21-xianyu-return', case: 'b21-xy-return-virtual', file: 'Screenshot_20280106-215640.png', split: B,
    style: 'xianyu-chat', device: 'android-1440x3200', clock: '21:56', battery: 34, title: '星澜卡券',
    item: { title: '星澜online 点卡 50元 自动发货', price: '¥47.50', status: '已发货' },
    messages: [
      { from: 'time', text: '21:23' },
      { from: 'buyer', text: `你好，订单${O2}的点卡充不进去，游戏里提示未能充值，该充值卡已被使用` },
      { from: 'time', text: '21:41' },
      { from: 'merchant', text: '查了，这张卡之前卖给别人过，系统重复发了，不好意思' },
      { from: 'merchant', text: '你直接申请退款，我马上处理' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.wnUsed],
    key_phrases: [O2, '该充值卡已被使用', '你直接申请退款，我马上处理'],
  },

  // ── 3 b21-zz-confirm-wx: not_received, ready/weak + private-channel ───────────────────────────────
  {
    name: 'b21-zz-confirm-wx', case: 'b21-zz-confirm-wx', file: 'Screenshot_20280108-155322.png', split: B,
    style: 'zhuanzhuan-chat', device: 'android-1080x2400', clock: '15:53', battery: 47, title: '霁月游戏代充', subtitle: '转转号 88316024',
    item: { title: '王者荣耀 点券 6480 代充 QQ区 安卓', price: '¥598.00', status: '待发货' },
    messages: [
      { from: 'time', text: '13:40' },
      { from: 'buyer', text: `订单${O3}付款半小时了，点券还没到账` },
      { from: 'time', text: '15:10' },
      { from: 'buyer', text: '两个小时了，还是没到，到底能不能充？' },
      { from: 'merchant', text: '今天渠道卡住了，充不进去' },
      { from: 'merchant', text: '你先在转转上点确认收货，钱我扫你微信收款码退回去，转转退款要等好几天' },
      { from: 'buyer', text: '不了，没到账我不会确认收货，走平台退款' },
      { from: 'merchant', text: '那你申请吧，退款我不拦着' },
    ],
    key_phrases: [O3, '扫你微信收款码退回去', '没到账我不会确认收货'],
  },
  {
    name: 'b21-zzorder-confirm-wx', case: 'b21-zz-confirm-wx', file: 'Screenshot_20280108-155410.png', split: B,
    style: 'zhuanzhuan-order', device: 'android-1080x2400', clock: '15:54', battery: 47,
    order: {
      status: '等待卖家发货', statusLine: '你已付款，卖家还未发货',
      seller: '霁月游戏代充', sellerNo: '88316024', title: '王者荣耀 点券 6480 代充 QQ区 安卓', price: '¥598.00',
      rows: [['订单编号', O3, true], ['下单时间', '2028-01-08 13:05:22'], ['付款时间', '2028-01-08 13:05:40'], ['支付方式', '微信支付'], ['实付款', '¥598.00']],
      buttons: ['联系卖家', '申请退款', '提醒发货'],
    },
    key_phrases: [O3, '¥598.00', '等待卖家发货'],
  },

  // ── 4 b21-zz-acct-nad: not_as_described, ready (an account with fewer five-star characters) ──────
  {
    name: 'b21-zzorder-acct-dark', case: 'b21-zz-acct-nad', file: 'IMG_4417.JPG', split: B,
    style: 'zhuanzhuan-order', device: 'iphone-1170x2532', dark: true, degrade: ['fwd:900:72'], clock: '14:31', battery: 62,
    order: {
      status: '卖家已发货', statusLine: '账号换绑已完成，请在验号后确认收货',
      seller: '青柠号铺', sellerNo: '60217735', title: '原神 官服账号 冒险等级58 五星角色12个 可换绑', price: '¥1280.00', verified: true,
      rows: [['订单编号', O4, true], ['下单时间', '2028-01-09 10:19:48'], ['付款时间', '2028-01-09 10:20:11'], ['发货时间', '2028-01-09 11:02:00'], ['实付款', '¥1280.00']],
      buttons: ['联系卖家', '申请退款', '确认收货'],
    },
    key_phrases: [O4, '¥1280.00', '五星角色12个'],
  },
  {
    name: 'b21-zz-acct-dark', case: 'b21-zz-acct-nad', file: 'IMG_4416.JPG', split: B,
    style: 'zhuanzhuan-chat', device: 'iphone-1170x2532', dark: true, degrade: ['fwd:900:70'], clock: '14:28', battery: 63, title: '青柠号铺', subtitle: '转转号 60217735',
    quick: ['账号有问题', '查看订单', '申请退款'],
    item: { title: '原神 官服账号 冒险等级58 五星角色12个 可换绑', price: '¥1280.00', status: '已发货', verified: true },
    messages: [
      { from: 'time', text: '12:15' },
      { from: 'buyer', text: `订单${O4}换绑好了，登上去只有7个五星角色，冒险等级也只有52，跟你标题写的五星12个、58级不一样` },
      { from: 'buyer', type: 'image', hue: 280, w: 200, h: 112 },
      { from: 'time', text: '13:40' },
      { from: 'merchant', text: '我核对了，是我这边发错号了，标题那个号上午已经卖掉了，实在抱歉' },
      { from: 'merchant', text: '你申请退款选描述不符，我同意，账号你改回的密码发我就行' },
    ],
    key_phrases: [O4, '只有7个五星角色', '是我这边发错号了'],
  },

  // ── 5 b21-ww-wrong-passed: wrong_purchase, not-ready (deadline-passed) ─────────────────────────────
  {
    name: 'b21-ww-wrong-late', case: 'b21-ww-wrong-passed', file: 'QQ截图20280110122614.png', split: B,
    style: 'wangwang-pc', device: 'desktop-1366x768', title: '畅玩点卡专营店', buyerName: 'tb_muyu2019', merchantName: '畅玩点卡专营店:小柚',
    contacts: ['畅玩点卡专营店', '淘宝小蜜', '系统消息'],
    panel: { title: '网易一卡通 30元 点卡 自动发货', rows: [['订单号', O5], ['实付款', '¥28.80'], ['付款时间', '2028-01-10 09:12:33'], ['状态', '卖家已发货']] },
    messages: [
      { from: 'time', text: '2028-01-10' },
      { from: 'buyer', at: '12:05:17', text: `订单${O5}下错了，我要的是完美一卡通，网易这张卡密我没用过，能退吗？` },
      { from: 'merchant', at: '12:05:20', auto: true, text: '亲，您好，客服正在赶来的路上，请稍等哦' },
      { from: 'merchant', at: '12:21:46', text: '亲，卡密早上9点多已经自动发出了，店铺写的是下错单请在1小时内联系，现在已经过了，没法给您退了' },
      { from: 'buyer', at: '12:23:02', text: '我早上没看到，卡真的没用过' },
    ],
    key_phrases: [O5, '下错了', '现在已经过了'],
  },
  {
    name: 'b21-tborder-wrong-late', case: 'b21-ww-wrong-passed', file: 'Screenshot_20280110-122858.png', split: B,
    style: 'taobao-order', device: 'android-1080x2400', clock: '12:28', battery: 71, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '卡密已发送，请在订单详情查看', shop: '畅玩点卡专营店', product: '网易一卡通 30元 点卡 自动发货', sku: '面值: 30元', price: '¥28.80', paid: '¥28.80',
      info: [['订单编号', O5], ['创建时间', '2028-01-10 09:12:20'], ['付款时间', '2028-01-10 09:12:33'], ['发货时间', '2028-01-10 09:12:40']],
    },
    key_phrases: [O5, '¥28.80', '卖家已发货'],
  },

  // ── 6 b21-luna-nr-kf: not_received, ready (人工充值 never done; 微信客服 agrees) ───────────────────
  {
    name: 'b21-luna-nr', case: 'b21-luna-nr-kf', file: 'Screenshot_20280112-104518.png', split: B,
    style: 'dujiao-luna', device: 'android-1080x2400', clock: '10:45', battery: 77, shop: '晴空游戏代充',
    orders: [{ id: O6, title: '原神 创世结晶 6480 代充（官服）', qty: 1, time: '2028-01-11 20:44:10', email: 'lin****@qq.com', manual: true, price: '498.00', status: 'pending', pay: '微信支付', info: '' }],
    notice: '人工代充商品付款后按顺序处理，一般12小时内完成。',
    corpus: [SRC.luna],
    key_phrases: [O6, '¥498.00', '待处理'],
  },
  {
    name: 'b21-kf-nr', case: 'b21-luna-nr-kf', file: 'Screenshot_20280112-105702.png', split: B,
    style: 'wechat-kf', device: 'android-1080x2400', clock: '10:57', battery: 75, title: '晴空游戏代充客服', corpName: '晴空网络工作室',
    messages: [
      { from: 'time', text: '10:05' },
      { from: 'buyer', text: `订单${O6}付款十几个小时了，创世结晶还没到账` },
      { from: 'merchant', type: 'menu', head: '您好，请选择您要咨询的问题：', items: ['查询订单进度', '售后/退款', '转人工客服'], tail: '也可以直接留言，客服上线后回复您' },
      { from: 'buyer', text: '转人工客服' },
      { from: 'system', text: '客服 阿晴 已接入会话' },
      { from: 'merchant', text: '抱歉，这个档位上游一直缺货，您这单今天也补不上' },
      { from: 'merchant', text: '您在下单的地方申请未收到货退款就行，钱原样退您' },
    ],
    corpus: [SRC.kfMenu],
    key_phrases: [O6, '上游一直缺货', '申请未收到货退款就行'],
  },

  // ── 7 b21-luna-used-kf-dark: card_invalid, ready (a small Android phone in WeChat's dark mode) ───
  {
    name: 'b21-luna-used', case: 'b21-luna-used-kf-dark', file: 'Screenshot 2028-01-12 224920.png', split: B,
    style: 'dujiao-luna', device: 'desktop-1920x1080', shop: '幻域点卡小站',
    orders: [{ id: O7, title: '幻域online 点卡 100点 卡密', qty: 1, time: '2028-01-12 22:30:14', email: 'zhou****@163.com', price: '95.00', status: 'completed', pay: '支付宝', info: '卡号：8801****5523\n卡密：****-****-7Q3K' }],
    notice: '卡密自动发货，请于24小时内使用；卡密无效请联系客服并提供充值截图。',
    corpus: [SRC.luna],
    key_phrases: [O7, '¥95.00', '已完成'],
  },
  {
    name: 'b21-dialog-voucher-dark', case: 'b21-luna-used-kf-dark', file: 'Screenshot_20280112-224133.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', dark: true, clock: '22:41', battery: 29, appTitle: '幻域online 点卡兑换',
    fields: [['卡号', '8801****5523'], ['卡密', '****-****-7Q3K']], submit: '兑换',
    dialog: { title: '兑换失败', body: ['点卡不可用或已用过'], buttons: ['确定'] },
    corpus: [SRC.voucher],
    key_phrases: ['点卡不可用或已用过'],
  },
  {
    name: 'b21-kf-used-dark', case: 'b21-luna-used-kf-dark', file: 'mmexport1831302791206.jpg', split: B,
    style: 'wechat-kf', device: 'android-1080x2400', dark: true, degrade: ['fwd:720:64'], clock: '23:13', battery: 26, title: '幻域点卡小站', corpName: '幻域数码',
    kfChar: '幻', kfColor: '#7A4DD8',
    messages: [
      { from: 'time', text: '22:44' },
      { from: 'buyer', text: `订单${O7}的点卡兑换提示点卡不可用或已用过，卡是刚从订单页复制的` },
      { from: 'buyer', type: 'image', hue: 260, w: 120, h: 220 },
      { from: 'time', text: '23:10' },
      { from: 'merchant', text: '核实了，这批卡上游有一部分发给了两个客户，您这张确实被别人用过了' },
      { from: 'merchant', text: '是我们出库的问题，您申请退款，后台直接给您退' },
    ],
    corpus: [SRC.voucher],
    key_phrases: [O7, '点卡不可用或已用过', '确实被别人用过了'],
  },

  // ── 8 b21-heimao-late: late_delivery, ready (the complaint page carries the report and the reply) ──
  {
    name: 'b21-wxbill-late', case: 'b21-heimao-late', file: 'IMG_3316.PNG', split: B,
    style: 'wechat-pay-bill', device: 'iphone-1170x2532', clock: '15:52', battery: 56, logoColor: '#e11d48',
    bill: {
      merchant: '星河代充', amount: '-270.00',
      rows: [['当前状态', '支付成功', 'status'], ['支付时间', '2028年1月14日 18:30:20'], ['商品', '和平精英 3000点券 代充（付款后30分钟内到账）'], ['商户全称', '南昌星河网络科技有限公司'], ['收单机构', '财付通支付科技有限公司'], ['支付方式', '零钱'], ['交易单号', T8], ['商户单号', O8]],
    },
    key_phrases: [O8, T8, '-270.00'],
  },
  {
    name: 'b21-heimao-late', case: 'b21-heimao-late', file: 'IMG_3318.PNG', split: B,
    style: 'heimao-complaint', device: 'iphone-1170x2532', clock: '15:48', battery: 55, long: true,
    complaint: {
      title: '星河代充承诺30分钟到账的点券，付款快一天了还没到账', status: '商家已回复', tone: 'replied', posted: '2028-01-15 12:40 发布',
      facts: [['投诉编号', '17360082114'], ['投诉对象', '星河代充'], ['投诉问题', '承诺付款后30分钟内到账，至今未到账'], ['投诉要求', '退款'], ['涉诉金额', '270元']],
      text: `1月14日18:30在星河代充买了和平精英3000点券代充，微信支付270元，商户单号${O8}，页面写付款后30分钟内到账。到第二天中午还没到账，联系客服只回复“稍等”。`,
      steps: [
        { title: '发起投诉', at: '01-15 12:40', who: 'buyer' },
        { title: '审核通过', at: '01-15 13:12' },
        { title: '分配商家', at: '01-15 13:12' },
        { title: '商家回复', at: '01-15 15:05', who: 'merchant', text: '您好，这笔订单因充值渠道维护一直没有充上，非常抱歉。已同意全额退款，请在微信支付账单里点“对订单有疑惑”申请退款，我们会处理。' },
      ],
    },
    key_phrases: [O8, '30分钟内到账', '已同意全额退款'],
  },

  // ── 9 b21-12315-acct-passed: not_as_described, not-ready (deadline-passed) ─────────────────────────
  {
    name: 'b21-xyorder-appleid', case: 'b21-12315-acct-passed', file: 'Screenshot_20280109-103902.png', split: B,
    style: 'xianyu-order', device: 'android-1080x2400', clock: '10:39', battery: 88,
    order: {
      status: '交易成功', statusLine: '你已确认收货，交易完成',
      seller: '北岸数码', title: 'Apple ID 美区 成品号 内含余额$50 可改密', price: '¥338.00',
      rows: [['订单编号', O9, true], ['创建时间', '2028-01-03 15:21:40'], ['付款时间', '2028-01-03 15:22:08'], ['发货时间', '2028-01-03 15:40:00'], ['确认收货时间', '2028-01-03 16:05:31'], ['实付款', '¥338.00']],
      buttons: ['联系卖家', '申请售后'],
    },
    key_phrases: [O9, '¥338.00', '交易成功'],
  },
  {
    name: 'b21-xianyu-appleid', case: 'b21-12315-acct-passed', file: 'mmexport1830951262840.jpg', split: B,
    style: 'xianyu-chat', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '21:34', battery: 41, title: '北岸数码',
    item: { title: 'Apple ID 美区 成品号 内含余额$50 可改密', price: '¥338.00', status: '交易成功' },
    messages: [
      { from: 'time', text: '01-03 15:40' },
      { from: 'merchant', text: '账号密码发你了，登录后先改密，余额你看一下' },
      { from: 'buyer', text: '改好了，余额50刀看到了' },
      { from: 'time', text: '01-08 21:10' },
      { from: 'buyer', text: `订单${O9}的Apple ID今天登不上了，提示账号已锁定，余额也没了，你卖的号有问题` },
      { from: 'merchant', text: '交易当天号是好的，余额你也确认过了，店里写的验号期三天，现在五天了我没法处理' },
    ],
    key_phrases: [O9, '提示账号已锁定', '验号期三天'],
  },
  {
    name: 'b21-12315-appleid', case: 'b21-12315-acct-passed', file: 'Screenshot 2028-01-09 103527.png', split: B,
    style: 'gov-12315-form', device: 'desktop-1366x768',
    form: {
      user: '您好，张**', status: '待受理', step: 1,
      rows: [['投诉编号', '1500280109001862'], ['登记时间', '2028-01-09 10:31:47'], ['被投诉方', '闲鱼卖家“北岸数码”'], ['购买渠道', '闲鱼App'], ['商品名称', 'Apple ID 美区 成品号 内含余额$50'], ['订单编号', O9], ['涉及金额', '338.00元'], ['消费时间', '2028-01-03 15:22']],
      text: '1月3日在闲鱼购买美区Apple ID成品号，卖家称内含余额50美元、可改密。收货当天核对无误并确认收货。1月8日账号被锁定、余额清零，疑似卖家找回或原号来源有问题，卖家以超过验号期为由拒绝处理。',
      ask: '退还货款338元',
    },
    key_phrases: [O9, '待受理', '退还货款338元'],
  },

  // ── 10 b21-wxpay-other-order: card_invalid, not-ready (order-id-mismatch) ────────────────────────
  {
    name: 'b21-wxbill-other-dark', case: 'b21-wxpay-other-order', file: 'mmexport1831641253716.jpg', split: B,
    style: 'wechat-pay-bill', device: 'android-1080x2400', dark: true, degrade: ['fwd:720:70'], clock: '21:14', battery: 36, logoColor: '#f59e0b',
    bill: {
      merchant: '桃桃点卡', amount: '-48.00',
      rows: [['当前状态', '支付成功', 'status'], ['支付时间', '2028年1月15日 19:08:41'], ['商品', '网易一卡通 50元 卡密'], ['商户全称', '桃桃数字商贸（杭州）有限公司'], ['收单机构', '财付通支付科技有限公司'], ['支付方式', '招商银行储蓄卡(6617)'], ['交易单号', T10b], ['商户单号', O10b]],
    },
    key_phrases: [O10b, T10b, '-48.00'],
  },
  {
    name: 'b21-topup-carderr', case: 'b21-wxpay-other-order', file: 'mmexport1831640781045.jpg', split: B,
    style: 'game-topup', device: 'android-1080x2400', degrade: ['fwd:720:70'], clock: '21:06', battery: 38,
    game: { title: '点卡充值', name: '网易一卡通 充值中心', hue: '#c8102e', fields: [['充值账号', 'ta****09@163.com'], ['卡号', '0711 **** **** 4092'], ['密码', '********3158']], submit: '确认充值', tips: ['一卡通面值: 50元'] },
    toast: '充值失败！卡号或卡密错误！请重试',
    corpus: [SRC.cardErr],
    key_phrases: ['卡号或卡密错误'],
  },
  {
    name: 'b21-wxdark-other', case: 'b21-wxpay-other-order', file: 'mmexport1831641917530.jpg', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '21:25', battery: 35, title: '桃桃点卡客服',
    messages: [
      { from: 'time', text: '21:09' },
      { from: 'buyer', text: `订单${O10b}的一卡通充不进去，提示充值失败！卡号或卡密错误！` },
      { from: 'buyer', type: 'image', hue: 350, w: 120, h: 220 },
      { from: 'merchant', text: '您发的这个单号是昨天晚上那单，那张卡后台显示已经充值成功了哦' },
      { from: 'buyer', text: '今天又买了一张，我以为是同一个单号' },
    ],
    corpus: [SRC.cardErr],
    key_phrases: [O10b, '卡号或卡密错误', '是昨天晚上那单'],
  },

  // ── 11 b21-kf-wrong-near: wrong_purchase, ready/weak + deadline-near ──────────────────────────────
  {
    name: 'b21-luna-wrong', case: 'b21-kf-wrong-near', file: 'IMG_4127.PNG', split: B,
    style: 'dujiao-luna', device: 'iphone-1170x2532', clock: '14:12', battery: 68, shop: '橙子游戏卡',
    orders: [{ id: O11, title: 'Steam 钱包充值卡 港服 HK$100', qty: 1, time: '2028-01-17 14:02:30', email: 'qiu****@outlook.com', manual: true, price: '92.00', status: 'pending', pay: '支付宝', info: '' }],
    notice: '人工发货商品在发货前可联系客服取消订单，全额退款；卡密发出后不退不换。', noticeFirst: true,
    corpus: [SRC.luna],
    key_phrases: [O11, '¥92.00', '待处理'],
  },
  {
    name: 'b21-kf-wrong', case: 'b21-kf-wrong-near', file: 'IMG_4131.PNG', split: B,
    style: 'wechat-kf', device: 'iphone-1170x2532', clock: '14:21', battery: 66, title: '橙子游戏卡客服', corpName: '橙子游戏卡',
    kfChar: '橙', kfColor: '#F97316',
    messages: [
      { from: 'time', text: '14:09' },
      { from: 'buyer', text: `刚拍的订单${O11}买错区了，我要的是国区钱包卡，还没发货能取消吗？` },
      { from: 'system', text: '客服 橙橙 已接入会话' },
      { from: 'merchant', text: '查到了，这单卡密还没发出，可以取消' },
      { from: 'merchant', text: '您在下单平台申请退款，原因选买错了，我们看到就同意' },
      { from: 'buyer', text: '好的谢谢' },
    ],
    key_phrases: [O11, '买错区了', '这单卡密还没发出'],
  },

  // ── 12 b21-hk-xy-card-26h: card_invalid, not-ready (deadline-passed; Hong Kong, Cantonese) ─────────
  {
    name: 'b21-launcher-serial-hk', case: 'b21-hk-xy-card-26h', file: 'Screenshot 2028-01-19 224012.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1920x1080', top: 80, winH: 860, dlgW: 460, taskClock: ['22:40', '19/1/2028'],
    launcher: {
      name: '楓林遊戲平台', accent: '#E0A526', hue: '#5a2a12', game: '楓林物語', nav: ['首頁', '我的遊戲', '儲值中心', '活動', '客服'], navOn: 2,
      panelTitle: '點數卡儲值', fields: [['序號', 'FL1K-****-****-8HXD'], ['儲值帳號', 'kit****hk']], submit: '確認儲值',
    },
    dialog: { title: '儲值結果', body: ['此序號發生異常，請洽客服人員。'], code: '錯誤代碼：0xB3', buttons: ['確定'] },
    corpus: [SRC.serialTw],
    key_phrases: ['此序號發生異常', '0xB3'],
  },
  {
    name: 'b21-xianyu-hk', case: 'b21-hk-xy-card-26h', file: 'IMG_6042.PNG', split: B,
    style: 'xianyu-chat', device: 'iphone-1170x2532', clock: '22:58', battery: 39, title: '港澳點卡舖',
    item: { title: '楓林物語 點數卡 1000點 序號 自動發貨', price: '¥168.00', status: '已發貨' },
    messages: [
      { from: 'time', text: '昨天 20:16' },
      { from: 'merchant', text: '序號已發，請喺24小時內儲值確認' },
      { from: 'time', text: '22:45' },
      { from: 'buyer', text: `訂單${O12}個序號我啱啱先試，話此序號發生異常，請洽客服人員，點算？` },
      { from: 'merchant', text: '發貨前我哋有驗過，而家已經過咗24小時驗卡期，處理唔到' },
      { from: 'buyer', text: '我尋日冇時間試咋，咁我喺平台申請退款' },
    ],
    corpus: [SRC.serialTw],
    key_phrases: [O12, '此序號發生異常', '過咗24小時驗卡期'],
  },

  // ── 13 b21-tw-luna-late-line: late_delivery, ready (Taiwan; the luna page in Traditional) ───────────
  {
    name: 'b21-luna-tw-late', case: 'b21-tw-luna-late-line', file: 'Screenshot_20280120-191522.png', split: B,
    style: 'dujiao-luna', device: 'android-1080x2400', lang: 'tw', clock: '19:15', battery: 52, shop: '小海豚代儲',
    orders: [{ id: O13, title: '星界傳說 鑽石 2000顆 代儲（人工）', qty: 1, time: '2028-01-20 13:10:45', email: 'wei****@gmail.com', manual: true, price: '760.00', status: 'pending', pay: '街口支付', info: '' }],
    notice: '代儲商品付款後2小時內完成儲值，逾時未完成可申請退款。',
    corpus: [SRC.luna],
    key_phrases: [O13, '¥760.00', '待處理', '付款後2小時內完成儲值'],
  },
  {
    name: 'b21-line-tw-late', case: 'b21-tw-luna-late-line', file: 'Screenshot_20280120-192204.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '19:22', battery: 51, title: '小海豚代儲', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '1/20（四）' },
      { from: 'buyer', read: true, text: `訂單${O13}付款四個多小時了還沒儲值，公告寫2小時內完成` },
      { from: 'buyer', read: true, text: '請問什麼時候會好？' },
      { from: 'merchant', name: '小海豚代儲', text: '抱歉，今天遊戲那邊維護，代儲排不進去，確定今天處理不了' },
      { from: 'merchant', name: '小海豚代儲', text: '您直接申請退款，這邊看到就按同意' },
    ],
    key_phrases: [O13, '付款四個多小時了還沒儲值', '這邊看到就按同意'],
  },

  // ── 14 b21-tb-old-capture: card_invalid, weak/ready + timeline-inconsistent (an error from the day before) ─
  {
    name: 'b21-launcher-cardno-old', case: 'b21-tb-old-capture', file: 'Screenshot 2028-01-20 214712.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1366x768', light: true, taskClock: ['21:47', '2028/1/20'],
    launcher: {
      name: '剑影online', accent: '#2F9E8F', hue: '#0f3d3a', game: '剑影online', nav: ['首页', '角色', '商城', '充值中心', '设置'], navOn: 3,
      panelTitle: '通宝卡充值', fields: [['卡号', 'JY10****6630'], ['密码', '********4418'], ['充值账号', 'mo****_77']], submit: '立即充值',
    },
    dialog: { title: '充值失败', body: ['充值卡号错误,请重新输入'], code: '时间：2028-01-20 21:47:09', buttons: ['确定'] },
    corpus: [SRC.cardNo],
    key_phrases: ['充值卡号错误,请重新输入', '2028-01-20 21:47:09'],
  },
  {
    name: 'b21-ww-old-capture', case: 'b21-tb-old-capture', file: 'QQ截图20280121151840.png', split: B,
    style: 'wangwang-pc', device: 'desktop-1366x768', title: '剑影游戏卡店', buyerName: 'mo_xiaobai77', merchantName: '剑影游戏卡店:阿木',
    contacts: ['剑影游戏卡店', '淘宝小蜜', '系统消息'],
    panel: { title: '剑影online 通宝卡 100元 卡密 自动发货', rows: [['订单号', O14], ['实付款', '¥96.00'], ['付款时间', '2028-01-21 14:20:08'], ['状态', '卖家已发货']] },
    messages: [
      { from: 'time', text: '2028-01-21' },
      { from: 'buyer', at: '14:40:26', text: `订单${O14}的通宝卡充不进去，提示充值卡号错误,请重新输入，截图发你了` },
      { from: 'buyer', at: '14:40:31', type: 'image' },
      { from: 'merchant', at: '15:02:11', text: '亲，您截图右下角是昨天晚上21:47，这单的卡今天14:20才发出，这张图应该不是这张卡吧？麻烦用这单的卡再充一次，失败的话截图发我们' },
      { from: 'buyer', at: '15:17:55', text: '这单的卡也不行，我直接申请退款了' },
    ],
    corpus: [SRC.cardNo],
    key_phrases: [O14, '充值卡号错误', '是昨天晚上21:47'],
  },
];
