// The sixteenth blind end-to-end set (fixtures/blind16/): 14 cases written by a helper (branch h18a),
// not by the lead engineer, centred on Chinese mainland platforms and independent 发卡 sites, from
// public wording the project had not used before (each quoted string was grepped against
// test/corpus/, scripts/real/ and the fixture READMEs), combined and lightly adapted (names, amounts
// and order numbers made consistent with each case's order.json). Every scene is `split: 'blind16'`;
// `corpus` cites the source of each line taken (repository + path, or the find_string index id when
// the index names no repository); lines not cited are the author's own connecting lines. Seven new
// app styles: `acg-faka-query` (异次元发卡 order lookup, zh / en / zh-tw), `acg-faka-ticket` (its
// member ticket page), `epay-cashier` (彩虹易支付 scan-to-pay page), `pdd-order` (拼多多 订单详情),
// `wx-mini-order` (微信小程序 order page), `qq-wallet-record` (QQ钱包 交易详情) and `win-msgbox`
// (a Chinese desktop tool's activation window with a Windows 11 MessageBox).
// Render with `node scripts/real/render.mjs --set blind16`, then
// `node scripts/real/copy-cases.mjs --set blind16`. The set is judged once, at the end: do not tune on it.
const B = 'blind16';

const O1 = '417271201201405238'; // acg-faka trade_no: 3 digits + ymdHis + 3 digits
const K1 = 'TK2712012033228C1F0A7E'; // acg-faka ticket_no: TK + ymdHis + 8 hex
const O2 = '622271202130511907'; // acg-faka trade_no
const E2 = '2027120213052184713'; // 彩虹易支付 trade_no: YmdHis + 5 digits
const O3 = '305271203094150662'; // acg-faka trade_no
const K3 = 'TK271203120341B07D93E5';
const O4 = '271204-281736450961247'; // 拼多多 order number
const O5 = '271205-093318274460519';
const O6 = 'MP2712061420335517'; // 小程序 order number: MP + 16 digits
const O7 = 'MP2712072102196640';
const O8 = 'Q7KD2WX9M4PL1R8T'; // dujiaoka order_sn: 16 upper-case letters and digits
const O9 = '581271201160812064'; // acg-faka trade_no (the QQ钱包 商户单号)
const T9 = '1010000685271201160844193372'; // QQ钱包 交易单号
const O10 = '870271208191227445';
const K10 = 'TK27120820054477A1C9F2';
const O11 = '736271209221005415';
const K11 = 'TK2712092231084D5E20B6';
const O12 = '129271210202511863';
const K12 = 'TK271210204113F6A2C47D';
const O13 = '454271211100418770';
const K13 = 'TK2712111347269B3E0D15';
const O14 = '903271212031022158';
const K14 = 'TK271212032904C8F1B7A3';

const SRC = {
  acgQuery: 'acg-faka order lookup labels 订单查询, 查询结果, 已付款 / 待付款, 下单时间：, 付款时间：, 支付方式：, 订单金额, 商品类型, 数量, 宝贝内容, 已发货 / 等待发货 (lizhipay/acg-faka, assets/user/controller/index/query.js)',
  acgQueryEn: 'acg-faka English labels Order Lookup, Results, Paid, Awaiting Payment, Ordered at:, Paid at:, Payment Method:, Order Amount, Product Type, Quantity, Item Content, Delivered, Awaiting Delivery (lizhipay/acg-faka, assets/lang/en.json)',
  acgQueryTw: 'acg-faka Traditional labels 訂單查詢, 查詢結果, 已付款, 下單時間：, 付款時間：, 訂單金額, 商品類型, 數量, 寶貝內容, 等待發貨 (lizhipay/acg-faka, assets/lang/zh-tw.json)',
  acgTicket: 'acg-faka ticket labels 售后支持, 高优先级, 当前状态, 待客服回复 / 待我回复 / 已解决, 沟通记录, 你与客服的完整对话, 官方客服, 最终答复, 工单信息, 关联内容, 相关订单, 隐私提醒 "客服不需要你的登录密码或完整卡密，请勿在回复中发送敏感信息。", and the TK ticket number format (lizhipay/acg-faka, app/View/User/Theme/Cartoon/User/TicketDetail.html, assets/user/controller/user/ticket.detail.js, app/Service/Bind/Ticket.php)',
  acgTicketEn: 'acg-faka English ticket labels After-sales, High Priority, Current Status, Awaiting Support / Awaiting My Reply / Resolved, Conversation, Official Support, Final Reply, Ticket Info, Related Content, Privacy Notice (lizhipay/acg-faka, assets/lang/en.json)',
  acgTicketTw: 'acg-faka Traditional ticket labels 售後支援, 高優先級, 當前狀態, 待客服回覆, 溝通記錄, 官方客服, 工單資訊, 關聯內容, 隱私提醒 (lizhipay/acg-faka, assets/lang/zh-tw.json)',
  epay: 'the 彩虹易支付 cashier texts 微信扫码支付, 商家, 购买物品, 商户订单号, 创建时间, "请使用微信扫一扫" / "扫描二维码完成支付" and the toast "支付成功，正在跳转中..." (zxh1220/epay, includes/pages/wxpay_qrcode.php)',
  usedOnce: 'a card-key validator\'s error "此卡密已被使用过" (public GitHub JavaScript file, find_string id 55716797737)',
  recharged: 'a card top-up controller\'s error "该卡已被充值" (public GitHub PHP file, find_string id 3912876620)',
  machine: 'a licence service\'s message "机器码不匹配，请使用绑定的设备" (public GitHub PHP file, find_string id 27291417111)',
  version: 'a card-key API error table "-1008": "版本不匹配，需强制更新" (public GitHub Python file, find_string id 68543006211)',
  voucher: 'a voucher redeem controller\'s error "This voucher has already been used." (public GitHub PHP file, find_string id 53982878775)',
};

export default [
  // ── 1 b16-acg-used-ticket: card_invalid, ready ───────────────────────────────────────────────
  {
    name: 'b16-acg-query-used', case: 'b16-acg-used-ticket', file: 'Screenshot_20271201-202916.png', split: B,
    style: 'acg-faka-query', device: 'android-1080x2400', clock: '20:29', battery: 64, shop: '喵喵卡铺',
    order: {
      query: O1, status: 'paid', delivery: 'shipped', no: O1, created: '2027-12-01 20:14:05', paidAt: '2027-12-01 20:14:37', pay: '支付宝', amount: '28.50',
      product: '完美世界一卡通 30元 卡密', qty: 1, secret: '卡号：PW30****7712\n密码：****************',
      leave: ['使用方法：登录完美世界官网充值中心，选择一卡通充值，输入卡号密码即可。'],
    },
    corpus: [SRC.acgQuery],
    key_phrases: [O1, '¥28.50', '已发货'],
  },
  {
    name: 'b16-topup-used-once', case: 'b16-acg-used-ticket', file: 'mmexport1827664083337.jpg', split: B,
    style: 'game-topup', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '20:27', battery: 65,
    game: { title: '充值中心', name: '完美世界一卡通充值', hue: '#2b6de8', fields: [['充值账号', 'pw_ra****88'], ['一卡通卡号', 'PW30****7712'], ['一卡通密码', '****************']], submit: '立即充值', tips: ['温馨提示：一卡通充值成功后不可撤销。'] },
    toast: '此卡密已被使用过',
    corpus: [SRC.usedOnce],
    key_phrases: ['此卡密已被使用过'],
  },
  {
    name: 'b16-ticket-used', case: 'b16-acg-used-ticket', file: 'Screenshot 2027-12-01 205302.png', split: B,
    style: 'acg-faka-ticket', device: 'desktop-1366x768', shop: '喵喵卡铺', merchantName: '喵喵卡铺客服',
    ticket: { no: K1, type: 'after', priority: 'high', status: 'resolved', title: '一卡通卡密充值提示已被使用过', created: '2027-12-01 20:33:22', updated: '2027-12-01 20:51:40', order: { product: '完美世界一卡通 30元 卡密', no: O1, amount: '28.5', paid: '2027-12-01 20:14:37' } },
    messages: [
      { from: 'buyer', at: '2027-12-01 20:33:22', text: `订单${O1}，20:14买的一卡通，刚才第一次充值就提示“此卡密已被使用过”，截图和购买凭证都传了。` },
      { from: 'buyer', at: '2027-12-01 20:33:40', type: 'image' },
      { from: 'merchant', at: '2027-12-01 20:51:40', final: true, text: '已核实：这张卡进货时被上游重复分配了，是我们这边的问题，不是您操作的。这单同意全额退款，您按流程提交退款申请，款项原路退回支付宝。' },
    ],
    corpus: [SRC.acgTicket, SRC.usedOnce],
    key_phrases: [O1, '此卡密已被使用过', '同意全额退款'],
  },

  // ── 2 b16-epay-nr-callback: not_received, ready; paid on the aggregator, the shop order stays unpaid
  {
    name: 'b16-epay-paid', case: 'b16-epay-nr-callback', file: 'Screenshot 2027-12-02 130604.png', split: B,
    style: 'epay-cashier', device: 'desktop-1366x768', channel: 'wxpay', paidToast: true, url: `https://pay.yunfu8.cn/pay/wxpay/${E2}/`,
    order: { amount: '19.80', store: '星河自动发卡', product: '腾讯视频VIP 月卡 激活码', no: E2, created: '2027-12-02 13:05:21' },
    corpus: [SRC.epay],
    key_phrases: [E2, '¥19.80', '支付成功，正在跳转中...'],
  },
  {
    name: 'b16-acg-query-unpaid', case: 'b16-epay-nr-callback', file: 'Screenshot_20271202-131044.png', split: B,
    style: 'acg-faka-query', device: 'android-1080x2400', clock: '13:10', battery: 81, shop: '星河自动发卡', cover: '#ff9a5a,#ff5a7a',
    order: { query: O2, status: 'unpaid', no: O2, created: '2027-12-02 13:05:11', paidAt: '-', pay: '微信支付', amount: '19.80', product: '腾讯视频VIP 月卡 激活码', qty: 1 },
    corpus: [SRC.acgQuery],
    key_phrases: [O2, '¥19.80', '待付款'],
  },
  {
    name: 'b16-qq-dark-callback', case: 'b16-epay-nr-callback', file: 'Screenshot_20271202-141116.png', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', clock: '14:11', battery: 73, title: '星河发卡-售后',
    messages: [
      { from: 'time', text: '13:12' },
      { from: 'buyer', text: `付了19.8，微信那边扣款了，支付页也跳了支付成功，可是回到站里订单${O2}还是待付款，激活码没发` },
      { from: 'time', text: '14:02' },
      { from: 'merchant', text: `查了易支付后台，钱到了，单号${E2}就是你这笔。是支付回调没通知到站里，所以没自动发卡。` },
      { from: 'merchant', text: '这款月卡刚好也没库存了，补不了。这单退给你，你直接走退款流程，我这边同意。' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.epay],
    key_phrases: [O2, E2, '没自动发卡', '我这边同意'],
  },

  // ── 3 b16-acg-card-30min: card_invalid, not-ready; the listing's 30-minute window ────────────
  {
    name: 'b16-acg-query-30min', case: 'b16-acg-card-30min', file: 'Screenshot_20271203-115911.png', split: B,
    style: 'acg-faka-query', device: 'android-1080x2400', clock: '11:59', battery: 42, shop: '白鲸卡券', cover: '#5ad1c9,#3b7bd8', scrolled: true,
    order: {
      query: O3, status: 'paid', delivery: 'shipped', no: O3, created: '2027-12-03 09:41:50', paidAt: '2027-12-03 09:42:13', pay: '支付宝', amount: '48.00',
      product: '网易一卡通 50点 卡密', qty: 1, secret: '卡号：1208****6630\n密码：************',
      leave: ['卡密售后时效：发货后30分钟内。请收到后立即充值验卡，超过30分钟的卡密问题不予处理。'],
    },
    corpus: [SRC.acgQuery],
    key_phrases: [O3, '¥48.00', '发货后30分钟内'],
  },
  {
    name: 'b16-topup-recharged-mark', case: 'b16-acg-card-30min', file: 'mmexport1827806342021.jpg', split: B,
    style: 'game-topup', device: 'android-1080x2400', degrade: ['fwd:720:64'], mark: { text: '该卡已被充值' }, clock: '11:58', battery: 43,
    game: { title: '网易一卡通充值', name: '点卡充值', hue: '#c0392b', fields: [['网易通行证', 'bj_wh****@163.com'], ['卡号', '1208****6630'], ['密码', '************']], submit: '确认充值' },
    dialog: { title: '充值失败', body: ['该卡已被充值'], buttons: ['我知道了'] },
    corpus: [SRC.recharged],
    key_phrases: ['该卡已被充值'],
  },
  {
    name: 'b16-ticket-30min', case: 'b16-acg-card-30min', file: 'Screenshot_20271203-122611.png', split: B,
    style: 'acg-faka-ticket', device: 'android-1080x2400', clock: '12:26', battery: 40, shop: '白鲸卡券', merchantName: '白鲸客服',
    ticket: { no: K3, type: 'after', priority: 'high', status: 'reply', title: '网易一卡通提示该卡已被充值', created: '2027-12-03 12:03:41', updated: '2027-12-03 12:21:07', order: { product: '网易一卡通 50点 卡密', no: O3, amount: '48', paid: '2027-12-03 09:42:13' } },
    messages: [
      { from: 'buyer', at: '2027-12-03 12:03:41', text: `订单${O3}的一卡通充不进去，提示该卡已被充值，我是第一次用` },
      { from: 'merchant', at: '2027-12-03 12:21:07', text: '您好，这张卡是09:42发货的，商品页写明售后时效为发货后30分钟内，您11:58才去充值，已经超时了。查询记录这张卡是10:37被充值的，不在售后范围内，抱歉。' },
    ],
    corpus: [SRC.acgTicket, SRC.recharged],
    key_phrases: [O3, '发货后30分钟内', '不在售后范围内'],
  },

  // ── 4 b16-pdd-nr-return: not_received, not-ready; 退货退款 asked for a card that never came ─────
  {
    name: 'b16-pdd-order-waiting', case: 'b16-pdd-nr-return', file: 'Screenshot_20271205-184102.png', split: B,
    style: 'pdd-order', device: 'android-1080x2400', clock: '18:41', battery: 55,
    order: {
      status: '待发货', promise: '商家将尽快发货，请耐心等待', notice: '虚拟商品：卡密将通过订单详情页和短信发放，发放后请及时使用',
      shop: '橙子影音会员店', product: '爱奇艺黄金VIP会员 季卡 兑换码', spec: '黄金季卡 | 兑换码', price: '¥52.80',
      money: [['商品总价', '¥52.80'], ['实付', '¥52.80', 'pay']],
      info: [['订单编号', O4], ['下单时间', '2027-12-04 10:20:37'], ['支付方式', '微信支付'], ['拼单成功时间', '2027-12-04 10:20:39']],
    },
    key_phrases: [O4, '¥52.80', '待发货'],
  },
  {
    name: 'b16-pdd-chat-return', case: 'b16-pdd-nr-return', file: 'Screenshot_20271205-184530.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '18:45', battery: 54, title: '橙子影音会员店',
    messages: [
      { from: 'system', type: 'card', card: { title: '爱奇艺黄金VIP会员 季卡 兑换码', price: '¥52.80', order: `订单编号：${O4}`, status: '待发货' } },
      { from: 'time', text: '12月4日 16:02' },
      { from: 'buyer', text: '上午十点多拍的，兑换码到现在都没发' },
      { from: 'merchant', text: '亲亲，稍等哦，正在给您安排' },
      { from: 'time', text: '12月5日 18:30' },
      { from: 'buyer', text: '一天多了还是没有，订单详情里什么都没有' },
      { from: 'merchant', text: '亲，这款季卡上游断货了，暂时发不出来，您申请退款吧，我们同意的' },
      { from: 'buyer', text: '行，我去申请退货退款' },
    ],
    key_phrases: [O4, '上游断货了', '申请退货退款'],
  },

  // ── 5 b16-pdd-nad-7day: not_as_described, ready; a 31-day code that gives 7 days ─────────────
  {
    name: 'b16-pdd-order-31d', case: 'b16-pdd-nad-7day', file: 'Screenshot_20271205-203318.png', split: B,
    style: 'pdd-order', device: 'android-1080x2400', clock: '20:33', battery: 37, cover: '#4f8cff,#7b5cff',
    order: {
      status: '已发货', promise: '卡密已发放至订单详情，自动确认收货前可申请售后', shop: '云朵网盘会员小铺', product: '百度网盘超级会员 31天 兑换码 官方直冲', spec: 'SVIP 31天', price: '¥21.90',
      money: [['商品总价', '¥21.90'], ['实付', '¥21.90', 'pay']],
      info: [['订单编号', O5], ['下单时间', '2027-12-05 09:33:02'], ['支付方式', '多多支付'], ['发货时间', '2027-12-05 09:33:20']],
      buttons: ['申请售后', '联系商家', '确认收货'],
    },
    key_phrases: [O5, '¥21.90', '31天'],
  },
  {
    name: 'b16-netdisk-7d-dark', case: 'b16-pdd-nad-7day', file: 'Screenshot_20271205-201544.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '20:15', battery: 40, appTitle: '兑换会员',
    fields: [['兑换码', 'BDSV****-****-K7QD']], submit: '立即兑换',
    dialog: { title: '兑换成功', body: ['已为你开通超级会员 7天', '有效期至 2027-12-12'], buttons: ['知道了'] },
    key_phrases: ['超级会员 7天'],
  },
  {
    name: 'b16-pdd-chat-7d', case: 'b16-pdd-nad-7day', file: 'Screenshot_20271205-203702.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '20:37', battery: 36, title: '云朵网盘会员小铺',
    messages: [
      { from: 'system', type: 'card', card: { title: '百度网盘超级会员 31天 兑换码 官方直冲', price: '¥21.90', order: `订单编号：${O5}`, status: '已发货' } },
      { from: 'time', text: '20:16' },
      { from: 'buyer', text: '买的是31天的超级会员，兑换完只给了7天，到期日是12月12号' },
      { from: 'buyer', type: 'image', w: 140, h: 220, hue: 230 },
      { from: 'merchant', text: '亲，我们查了，这批混进了7天的体验码，是仓库发错批次了，和标题不一致' },
      { from: 'merchant', text: '这单给您全额退，您申请售后选描述不符就行，我们这边通过' },
    ],
    key_phrases: [O5, '只给了7天', '和标题不一致'],
  },

  // ── 6 b16-wxmini-late-dark: late_delivery, ready; "付款后10分钟内到账", 3 h later still 充值中 ───
  {
    name: 'b16-wxmini-late-dark', case: 'b16-wxmini-late-dark', file: 'Screenshot_20271206-174455.png', split: B,
    style: 'wx-mini-order', dark: true, device: 'android-1080x2400', clock: '17:44', battery: 29, title: '订单详情', accent: '#2F80ED', accent2: '#56CCF2',
    order: {
      status: '充值中', hint: '直充订单付款后10分钟内到账，请留意QQ会员状态',
      goods: [['充值账号', 'QQ 2****8841'], ['商品', 'QQ会员 1个月 直充'], ['面值', '¥15.00']],
      info: [['订单编号', O6], ['下单时间', '2027-12-06 14:20:33'], ['支付方式', '微信支付'], ['实付款', '¥13.90', 'money']],
      buttons: ['申请退款', '联系客服'],
    },
    key_phrases: [O6, '¥13.90', '付款后10分钟内到账'],
  },
  {
    name: 'b16-wechat-dark-late', case: 'b16-wxmini-late-dark', file: 'Screenshot_20271206-174810.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '17:48', battery: 28, title: '会员直充站客服', subtitle: '小程序客服',
    messages: [
      { from: 'time', text: '14:41' },
      { from: 'buyer', text: `订单${O6}，QQ会员直充，说10分钟到账，20分钟了还没到` },
      { from: 'merchant', text: '您好，渠道有点慢，稍等一下哦' },
      { from: 'time', text: '17:36' },
      { from: 'buyer', text: '三个多小时了，QQ上会员还是没开通' },
      { from: 'merchant', text: '抱歉，上游通道今天一直卡单，这笔今天充不进去了。您在小程序订单页点申请退款，我这边马上同意' },
    ],
    key_phrases: [O6, '10分钟到账', '今天充不进去了'],
  },

  // ── 7 b16-wxmini-wrong-near: wrong_purchase, ready/weak + deadline-near ────────────────────────
  {
    name: 'b16-wxmini-wrong', case: 'b16-wxmini-wrong-near', file: 'Screenshot_20271207-211931.png', split: B,
    style: 'wx-mini-order', device: 'iphone-1170x2532', clock: '21:19', battery: 58, title: '订单详情', accent: '#1F9BFF', accent2: '#7B61FF',
    order: {
      status: '待发货', hint: '人工发卡，工作时间30分钟内发放卡密',
      goodsTitle: '商品信息', goods: [['商品', '酷喵VIP 月卡（电视端）兑换码'], ['数量', '1']],
      info: [['订单编号', O7], ['下单时间', '2027-12-07 21:02:19'], ['支付方式', '微信支付'], ['实付款', '¥18.80', 'money']],
      note: ['卡密发放前可申请退款；卡密发放后不支持退换。'],
      buttons: ['申请退款', '联系客服'],
    },
    key_phrases: [O7, '¥18.80', '卡密发放前可申请退款'],
  },
  {
    name: 'b16-wechat-wrong', case: 'b16-wxmini-wrong-near', file: 'IMG_5127.PNG', split: B,
    style: 'wechat-light', device: 'iphone-1170x2532', clock: '21:20', battery: 57, title: '影视会员卡券客服', subtitle: '小程序客服',
    messages: [
      { from: 'time', text: '21:06' },
      { from: 'buyer', text: `刚下的单${O7}买错了，买成酷喵（电视那个）了，我要的是手机上用的优酷月卡。还没发卡，能退吗` },
      { from: 'merchant', text: '看了，还没发卡，可以退。您在订单页点申请退款，原因选拍错了，我这边审核通过，钱原路退回您微信' },
      { from: 'buyer', text: '好，我现在去点' },
    ],
    key_phrases: [O7, '买成酷喵', '还没发卡，可以退'],
  },

  // ── 8 b16-act-machine-bound: activation_failed, ready ─────────────────────────────────────────
  {
    name: 'b16-msgbox-machine', case: 'b16-act-machine-bound', file: 'Screenshot 2027-12-07 201512.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '20:15', date: '2027/12/7', winX: 620, winY: 220,
    app: { title: 'PDF转换大师', color: '#e2463b', fields: [['机器码', '8F3A-****-****-C21D'], ['激活码', 'PDFM-****-****-****-7QK2']], version: '当前版本 3.2.0 · 未激活' },
    box: { title: 'PDF转换大师', icon: 'error', text: '机器码不匹配，请使用绑定的设备' },
    corpus: [SRC.machine],
    key_phrases: ['机器码不匹配，请使用绑定的设备'],
  },
  {
    name: 'b16-qqpc-machine', case: 'b16-act-machine-bound', file: 'QQ截图20271207204411.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: '启明软件授权店', buyerName: '晚风', merchantName: '启明软件授权店',
    messages: [
      { from: 'time', text: '20:17' },
      { from: 'buyer', at: '20:17:06', text: `刚买的PDF转换大师永久激活码，订单号${O8}，这台电脑第一次装，输进去弹窗说机器码不匹配，请使用绑定的设备` },
      { from: 'buyer', at: '20:17:20', type: 'image' },
      { from: 'merchant', at: '20:40:51', text: '查了，这个码以前卖给过一个客户，后来他退了，码已经绑过他的电脑，我们没把它从库存里剔掉，是我们的问题。' },
      { from: 'merchant', at: '20:41:12', text: '这单给你退，你在发卡网那边提交退款，我同意。' },
    ],
    corpus: [SRC.machine],
    key_phrases: [O8, '机器码不匹配', '是我们的问题'],
  },
  {
    name: 'b16-faka-machine', case: 'b16-act-machine-bound', file: 'Screenshot 2027-12-07 204530.png', split: B,
    style: 'faka-hyper', device: 'desktop-1366x768', shop: '启明软件授权店', accent: '#39afd1',
    order: {
      statusTone: 'ok',
      rows: [['订单号', O8], ['商品名称', 'PDF转换大师 永久激活码（单机）'], ['购买数量', '1'], ['实付金额', '¥39.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-12-07 19:52:10']],
      code: 'PDFM-****-****-****-7QK2',
      note: ['一码一机，激活后绑定本机。'], noteTitle: '使用说明',
    },
    key_phrases: [O8, '¥39.00', '已完成'],
  },

  // ── 9 b16-qqwallet-late-near: late_delivery, ready/weak + deadline-near ─────────────────────
  {
    name: 'b16-qqwallet-record', case: 'b16-qqwallet-late-near', file: 'Screenshot_20271208-111702.png', split: B,
    style: 'qq-wallet-record', device: 'android-1080x2400', clock: '11:17', battery: 70, logo: '#f08c2e',
    record: {
      merchant: '小鹿游戏代充', amount: '-552.00', status: '支付成功',
      rows: [['商品', '原神 创世结晶6480 代充'], ['商户全称', '深圳市鹿鸣网络科技有限公司'], ['支付方式', 'QQ钱包余额'], ['交易时间', '2027-12-01 16:08:44'], ['交易单号', T9], ['商户单号', O9]],
    },
    key_phrases: [O9, T9, '-552.00', '支付成功'],
  },
  {
    name: 'b16-qq-late-fwd', case: 'b16-qqwallet-late-near', file: 'mmexport1828236012554.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:600:58'], clock: '11:20', battery: 69, title: '小鹿代充-小鹿',
    messages: [
      { from: 'time', text: '12月1日 16:10' },
      { from: 'buyer', text: `付好了，订单${O9}，6480创世结晶` },
      { from: 'merchant', text: '收到，下单后48小时内完成，期间别登录账号哦' },
      { from: 'time', text: '12月3日 19:02' },
      { from: 'buyer', text: '两天多了，还没充' },
      { from: 'merchant', text: '在排了在排了' },
      { from: 'time', text: '12月6日 10:20' },
      { from: 'buyer', text: '都五天了，结晶一个没到' },
      { from: 'time', text: '12月7日 21:35' },
      { from: 'merchant', text: '这阵子单子太多，代充的人手排不过来，您再等等，实在不行就退' },
    ],
    key_phrases: [O9, '48小时内完成', '排不过来'],
  },

  // ── 10 b16-act-version-reverse: activation_failed, reverse; an outdated client ───────────────
  {
    name: 'b16-msgbox-version-dark', case: 'b16-act-version-reverse', file: 'Screenshot 2027-12-08 195610.png', split: B,
    style: 'win-msgbox', dark: true, device: 'desktop-1366x768', clock: '19:56', date: '2027/12/8', winX: 360, winY: 120,
    app: { title: '闪电字幕 1.8.2', color: '#7c5cff', fields: [['机器码', 'A91C-****-****-52EE'], ['激活码', 'SDZM-****-****-****-H3WQ']], version: '版本 1.8.2 (2026-09)' },
    box: { title: '闪电字幕', icon: 'warn', text: '版本不匹配，需强制更新' },
    corpus: [SRC.version],
    key_phrases: ['版本不匹配，需强制更新'],
  },
  {
    name: 'b16-acg-query-version', case: 'b16-act-version-reverse', file: 'Screenshot_20271208-200312.png', split: B,
    style: 'acg-faka-query', device: 'android-1080x2400', clock: '20:03', battery: 52, shop: '闪电字幕授权中心', cover: '#a78bfa,#6d28d9',
    order: {
      query: O10, status: 'paid', delivery: 'shipped', no: O10, created: '2027-12-08 19:12:27', paidAt: '2027-12-08 19:12:51', pay: '支付宝', amount: '58.00',
      product: '闪电字幕 专业版 永久激活码', qty: 1, secret: 'SDZM-****-****-****-H3WQ', leave: ['请使用官网最新版本激活。'],
    },
    corpus: [SRC.acgQuery],
    key_phrases: [O10, '¥58.00', '已发货'],
  },
  {
    name: 'b16-ticket-version', case: 'b16-act-version-reverse', file: 'Screenshot_20271208-204830.png', split: B,
    style: 'acg-faka-ticket', device: 'android-1080x2400', clock: '20:48', battery: 49, shop: '闪电字幕授权中心', merchantName: '授权客服',
    ticket: { no: K10, type: 'after', priority: 'medium', status: 'reply', title: '激活码激活不了', created: '2027-12-08 20:05:44', updated: '2027-12-08 20:46:10', order: { product: '闪电字幕 专业版 永久激活码', no: O10, amount: '58', paid: '2027-12-08 19:12:51' } },
    messages: [
      { from: 'buyer', at: '2027-12-08 20:05:44', text: `订单${O10}的激活码输进去提示版本不匹配，需强制更新，激活不了` },
      { from: 'merchant', at: '2027-12-08 20:21:36', text: '您用的是1.8.2，这是去年的旧版，授权服务器已经不支持了。官网下载2.3版安装，用同一个激活码就能激活，码本身没问题。' },
      { from: 'buyer', at: '2027-12-08 20:46:10', text: '我就用惯了1.8，新版不想装，这码在我电脑上激活不了就是激活失败，给我退款' },
    ],
    corpus: [SRC.acgTicket, SRC.version],
    key_phrases: [O10, '官网下载2.3版安装', '码本身没问题'],
  },

  // ── 11 b16-hk-acg-nr-noreply: not_received, zh-Hant; the ticket is never answered ───────────
  {
    name: 'b16-acg-query-tw', case: 'b16-hk-acg-nr-noreply', file: 'IMG_2231.PNG', split: B,
    style: 'acg-faka-query', lang: 'tw', device: 'iphone-1170x2532', clock: '09:41', battery: 77, shop: '極光點卡', cover: '#60a5fa,#1e3a8a',
    order: { query: O11, status: 'paid', delivery: 'waiting', no: O11, created: '2027-12-09 22:10:05', paidAt: '2027-12-09 22:10:40', pay: '支付寶', amount: '86.00', product: 'Steam 錢包充值碼 HK$100', qty: 1 },
    corpus: [SRC.acgQueryTw],
    key_phrases: [O11, '¥86.00', '等待發貨'],
  },
  {
    name: 'b16-ticket-tw-noreply', case: 'b16-hk-acg-nr-noreply', file: 'IMG_2233.PNG', split: B,
    style: 'acg-faka-ticket', lang: 'tw', device: 'iphone-1170x2532', degrade: ['crop:230'], clock: '09:44', battery: 76, shop: '極光點卡', merchantName: '客服',
    ticket: { no: K11, type: 'after', priority: 'high', status: 'waiting', title: '付款後一直未發貨', created: '2027-12-09 22:31:08', updated: '2027-12-10 20:40:51', order: { product: 'Steam 錢包充值碼 HK$100', no: O11, amount: '86', paid: '2027-12-09 22:10:40' } },
    messages: [
      { from: 'buyer', at: '2027-12-09 22:31:08', text: `訂單${O11}，支付寶已扣款86元，頁面一直顯示等待發貨，充值碼未收到。` },
      { from: 'buyer', at: '2027-12-10 09:15:27', text: '過咗成晚都未發貨，麻煩盡快處理。' },
      { from: 'buyer', at: '2027-12-10 20:40:51', text: '差唔多一日喇，仲係未收到，亦冇人回覆。' },
    ],
    corpus: [SRC.acgTicketTw],
    key_phrases: [O11, '等待發貨', '冇人回覆'],
  },

  // ── 12 b16-en-acg-used: card_invalid, ready; English UI, Bangkok buyer ───────────────────────
  {
    name: 'b16-acg-query-en-used', case: 'b16-en-acg-used', file: 'IMG_8840.PNG', split: B,
    style: 'acg-faka-query', lang: 'en', device: 'iphone-1170x2532', clock: '19:52', battery: 66, shop: 'NovaKeys', cover: '#34d399,#0ea5e9',
    order: {
      query: O12, status: 'paid', delivery: 'shipped', no: O12, created: '2027-12-10 20:25:11', paidAt: '2027-12-10 20:25:40', pay: 'Alipay', amount: '96.00',
      product: 'PixelPro Photo Editor – Premium 12 Months Voucher', race: 'Auto Delivery', qty: 1, secret: 'PXP-7H2K-****-****-Q9MC',
      leave: ['Redeem in the app: Settings › Redeem voucher.'],
    },
    corpus: [SRC.acgQueryEn],
    key_phrases: [O12, '¥96.00', 'Delivered'],
  },
  {
    name: 'b16-voucher-used-fwd', case: 'b16-en-acg-used', file: 'photo_2027-12-10_19-58-03.jpg', split: B,
    style: 'android-dialog', device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '19:55', battery: 71, appTitle: 'Redeem voucher',
    fields: [['Voucher code', 'PXP-7H2K-****-****-Q9MC']], submit: 'Redeem',
    dialog: { title: 'Couldn\'t redeem', body: ['This voucher has already been used.'], buttons: ['OK'] },
    corpus: [SRC.voucher],
    key_phrases: ['This voucher has already been used.'],
  },
  {
    name: 'b16-ticket-en-used', case: 'b16-en-acg-used', file: 'Screenshot 2027-12-10 210815.png', split: B,
    style: 'acg-faka-ticket', lang: 'en', device: 'desktop-1366x768', shop: 'NovaKeys', merchantName: 'NovaKeys Support',
    ticket: { no: K12, type: 'after', priority: 'high', status: 'resolved', title: 'Voucher says already used', created: '2027-12-10 20:41:13', updated: '2027-12-10 21:02:48', order: { product: 'PixelPro Photo Editor – Premium 12 Months Voucher', no: O12, amount: '96', paid: '2027-12-10 20:25:40' } },
    messages: [
      { from: 'buyer', at: '2027-12-10 20:41:13', text: `Order ${O12}: I bought the PixelPro voucher 15 minutes ago and the app says "This voucher has already been used." on the first try. Screenshot attached.` },
      { from: 'buyer', at: '2027-12-10 20:41:30', type: 'image' },
      { from: 'merchant', at: '2027-12-10 21:02:48', final: true, text: 'Checked with our supplier: this voucher was issued to another buyer before it reached you. Our mistake, sorry. File the refund request on your side and we will approve it in full.' },
    ],
    corpus: [SRC.acgTicketEn, SRC.voucher],
    key_phrases: [O12, 'already been used', 'we will approve it in full'],
  },

  // ── 13 b16-en-acg-nad-listed: not_as_described, reverse; the listing said Nitro Basic ─────────
  {
    name: 'b16-acg-query-en-basic', case: 'b16-en-acg-nad-listed', file: 'Screenshot 2027-12-10 185940.png', split: B,
    style: 'acg-faka-query', lang: 'en', device: 'desktop-1366x768', shop: 'KeyLantern', cover: '#818cf8,#4338ca',
    order: {
      query: O13, status: 'paid', delivery: 'shipped', no: O13, created: '2027-12-11 10:04:18', paidAt: '2027-12-11 10:04:55', pay: 'Alipay', amount: '22.00',
      product: 'Discord Nitro Basic – 1 Month Gift Link (not full Nitro, no server boosts)', qty: 1, secret: 'https://discord.gift/****************',
      leave: ['This is Nitro Basic. It does not include server boosts or the larger upload limit of full Nitro.'],
    },
    corpus: [SRC.acgQueryEn],
    key_phrases: [O13, '¥22.00', 'Nitro Basic'],
  },
  {
    name: 'b16-nitro-basic-dialog', case: 'b16-en-acg-nad-listed', file: 'Screenshot_20271210-190812.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '19:08', battery: 44, appTitle: 'Gift',
    fields: [['Gift link', 'discord.gift/****************']], submit: 'Accept gift',
    dialog: { title: 'Nitro Basic activated', body: ['Your Nitro Basic subscription is active for 1 month.'], buttons: ['Done'] },
    key_phrases: ['Nitro Basic activated'],
  },
  {
    name: 'b16-ticket-en-basic', case: 'b16-en-acg-nad-listed', file: 'IMG_0377.PNG', split: B,
    style: 'acg-faka-ticket', lang: 'en', device: 'iphone-1170x2532', clock: '22:05', battery: 31, shop: 'KeyLantern', merchantName: 'KeyLantern Support',
    ticket: { no: K13, type: 'after', priority: 'medium', status: 'reply', title: 'Not real Nitro', created: '2027-12-11 13:47:26', updated: '2027-12-11 14:03:12', order: { product: 'Discord Nitro Basic – 1 Month Gift Link', no: O13, amount: '22', paid: '2027-12-11 10:04:55' } },
    messages: [
      { from: 'buyer', at: '2027-12-11 13:47:26', text: `Order ${O13}: I expected Nitro with boosts, but I only got Nitro Basic. Not what I wanted.` },
      { from: 'merchant', at: '2027-12-11 14:03:12', text: 'The item title and the note on your order both say Nitro Basic, without boosts, and Nitro Basic is what was activated on your account. It matches the listing, so we can\'t refund it as not as described.' },
    ],
    corpus: [SRC.acgTicketEn],
    key_phrases: [O13, 'It matches the listing'],
  },

  // ── 14 b16-en-acg-nr-stock: not_received, ready; English, Stockholm buyer ────────────────────
  {
    name: 'b16-acg-query-en-wait', case: 'b16-en-acg-nr-stock', file: 'Screenshot_20271212-093150.png', split: B,
    style: 'acg-faka-query', lang: 'en', device: 'android-1080x2400', degrade: ['crop:200'], clock: '09:31', battery: 88, shop: 'Polar Codes', cover: '#22c55e,#15803d',
    order: { query: O14, status: 'paid', delivery: 'waiting', no: O14, created: '2027-12-12 03:10:22', paidAt: '2027-12-12 03:10:58', pay: 'Alipay', amount: '74.00', product: 'Xbox Game Pass Ultimate 1 Month (Global)', qty: 1 },
    corpus: [SRC.acgQueryEn],
    key_phrases: [O14, '¥74.00', 'Awaiting Delivery'],
  },
  {
    name: 'b16-ticket-en-stock', case: 'b16-en-acg-nr-stock', file: 'photo_2027-12-12_10-05-44.jpg', split: B,
    style: 'acg-faka-ticket', lang: 'en', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '10:05', battery: 86, shop: 'Polar Codes', merchantName: 'Polar Codes Support',
    ticket: { no: K14, type: 'after', priority: 'high', status: 'resolved', title: 'Paid, no code delivered', created: '2027-12-12 03:29:04', updated: '2027-12-12 16:48:19', order: { product: 'Xbox Game Pass Ultimate 1 Month (Global)', no: O14, amount: '74', paid: '2027-12-12 03:10:58' } },
    messages: [
      { from: 'buyer', at: '2027-12-12 03:29:04', text: `Paid for order ${O14} almost 20 minutes ago, the page still shows Awaiting Delivery and no code.` },
      { from: 'buyer', at: '2027-12-12 15:55:37', text: 'Still nothing after 12 hours. Please send the code or refund me.' },
      { from: 'merchant', at: '2027-12-12 16:48:19', final: true, text: 'Sorry for the wait. Our supplier ran dry minutes after you paid, so this order cannot be fulfilled. Request a refund for it and we will approve it.' },
    ],
    corpus: [SRC.acgTicketEn],
    key_phrases: [O14, 'Awaiting Delivery', 'cannot be fulfilled'],
  },
];
