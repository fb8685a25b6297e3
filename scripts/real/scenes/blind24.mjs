// The 24th blind end-to-end set (fixtures/blind24/): 14 cases written by a helper (branch h19e),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind24'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. The set is about mainland game-account and game-item trading
// platforms and their after-sales: accounts taken back by their former owners and 找回包赔
// claims, 换绑 that does not finish, 官方验号 reports, 代练 and 代充 orders, the platforms'
// 在线客服, and order pages with a 担保 state. Six new app styles: `jiaoyimao-order` (交易猫
// 订单详情), `pxb7-order` (螃蟹账号 订单详情 with 换绑进度), `pzds-claim` (盼之 售后 / 包赔 申请详情),
// `dailian-order` (a 代练 app's order page), `yanhao-report` (a platform's 官方验号报告) and
// `game-trade-kefu` (a trading site's 在线客服 in the desktop browser).
// Render with `node scripts/real/render.mjs --set blind24`, then
// `node scripts/real/copy-cases.mjs --set blind24`. The set is judged once, at the end: do not tune on it.
const B = 'blind24';

const O1 = '2801081936552074318'; // 19 digits (交易猫)
const O2 = 'PX2801031411250967'; // PX + 16 digits (螃蟹)
const O3 = '280112203318845260'; // 18 digits (盼之)
const O4 = '2801021830441592'; // 16 digits (代练)
const O5 = '2801100950273361'; // 16 digits (代练)
const O6 = '2801151204380412'; // 16 digits (DD373)
const O7 = '280118213005716629'; // 18 digits (7881), 支付宝 trade number T7 beside it
const T7 = '2028011822001436620519874402';
const O8 = '2801200821449930571'; // 19 digits (交易猫)
const O9 = 'PX2801221930478810'; // PX + 16 digits (螃蟹)
const O10 = '280116201240338815'; // 18 digits (7881): this case's order
const O10b = '280109194805127730'; // the buyer's earlier 7881 order (9 Jan)
const T10 = '2028011622001455310283760915';
const O11 = '280125141509331742'; // 18 digits (5173)
const O12 = '2801021015339067214'; // 19 digits (交易猫)
const O13 = '2801270911528806341'; // 19 digits (交易猫)
const O14 = '2801291402177730'; // 16 digits (代练)

const SRC = {
  escrow: 'a trading app\'s page checks: "平台担保中" and "买家完成付款后进入平台担保流程。" (public GitHub JavaScript file, find_string id 56385984639)',
  relogin: 'a login-expired dialog\'s reasons: "• 在其他设备上登录了相同账号" and "• 账号密码已被修改" (public GitHub Dart file, find_string id 61387613577)',
  rebindCd: 'an account-selector doc\'s risk flags: "无换绑CD" / "存在换绑 CD" (public GitHub Markdown file, find_string id 55142857553), as "存在换绑CD"',
  noRebind: 'a rental guide: "不改密、不换绑手机/邮箱/微信号。" (public GitHub TypeScript file, find_string id 52470390627)',
  baopei: 'a trading site\'s 包赔 page: "找回包赔需买家承担交易总额10%的费用 平台提供盖章交易证明" (public GitHub HTML file, find_string id 19530006457)',
  dlStates: 'a 代练 order-state table: "代练中", "待验收", "撤销中", "仲裁中" (public GitHub Python file, find_string id 56134709038)',
  banned: 'a game\'s event line: "该账号因使用第三方程序被永久封停。" (public GitHub JavaScript file, find_string id 57471412706)',
  fullBaopei: 'a listing service\'s options: "全额包赔" (public GitHub Java file, find_string id 54500581299)',
  cardVoid: 'a card system\'s message: "该卡已失效。" (public GitHub PHP file, find_string id 34957779188)',
  frozen: 'a login controller: "账号已被冻结,请联系客服" (public GitHub Java file, find_string id 24536643889)',
};

export default [
  // ── 1 b24-jym-recovered-20h: not_as_described, ready ────────────────────────────────────────
  {
    name: 'b24-jym-relogin-dialog', case: 'b24-jym-recovered-20h', file: 'Screenshot_20280109-153212.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '15:32', battery: 57, appTitle: '王者荣耀 – QQ登录',
    fields: [['QQ账号', '31****7740'], ['区服', '安卓QQ区']], submit: '开始游戏',
    dialog: { title: '登录失效提示', body: ['可能的原因：', '• 在其他设备上登录了相同账号', '• 账号密码已被修改'], buttons: ['重新登录'] },
    corpus: [SRC.relogin],
    key_phrases: ['账号密码已被修改', '登录失效提示'],
  },
  {
    name: 'b24-jym-recovered-chat', case: 'b24-jym-recovered-20h', file: 'mmexport1831018514330.jpg', split: B,
    style: 'jiaoyimao-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '16:14', battery: 52, title: '卖家 · 青木号行',
    item: { title: '王者荣耀 安卓QQ区 V7 皮肤126个 可二次实名 找回包赔', price: '¥880.00', status: '平台担保中' },
    messages: [
      { from: 'time', text: '15:36' },
      { from: 'buyer', text: `订单${O1}：昨晚换绑完好好的，今天下午登不上了，提示密码被改，绑定的QQ手机也变了` },
      { from: 'time', text: '16:05' },
      { from: 'merchant', text: '查了，之前的号主走腾讯客服把号要回去了，这个号我们没法再给你' },
      { from: 'merchant', text: '标题写的找回包赔，是我们卖的号出了问题。你在订单里申请退款，原因选描述不符，我这边同意' },
      { from: 'buyer', text: '好，我现在提交' },
    ],
    corpus: [SRC.escrow],
    key_phrases: [O1, '没法再给你', '原因选描述不符'],
  },
  {
    name: 'b24-jym-recovered-order', case: 'b24-jym-recovered-20h', file: 'Screenshot_20280109-161955.png', split: B,
    style: 'jiaoyimao-order', device: 'android-1080x2400', clock: '16:19', battery: 51,
    order: {
      status: '平台担保中', statusLine: '买家完成付款后进入平台担保流程。', step: 3,
      game: '王者荣耀 · 安卓QQ区', title: '王者荣耀 安卓QQ区 V7 皮肤126个 可二次实名 找回包赔', price: '¥880.00', chips: ['找回包赔', '官方验号', '可二次实名'],
      rows: [['订单编号', O1], ['卖家', '青木号行'], ['实付金额', '¥880.00'], ['付款时间', '2028-01-08 19:36:55'], ['交号时间', '2028-01-08 20:05:00'], ['订单状态', '平台担保中', 'status']],
      buttons: ['联系卖家', '申请退款'],
    },
    corpus: [SRC.escrow],
    key_phrases: [O1, '¥880.00', '平台担保中'],
  },

  // ── 2 b24-pxb7-rebind-late: late_delivery, ready ────────────────────────────────────────────
  {
    name: 'b24-pxb7-rebind-order', case: 'b24-pxb7-rebind-late', file: 'IMG_4108.PNG', split: B,
    style: 'pxb7-order', device: 'iphone-1170x2532', long: true, clock: '09:31', battery: 66,
    order: {
      status: '交付中', statusLine: '已超过承诺交付时间，换绑仍未完成',
      title: '原神 官服 冒险等级60 五星角色14个 手机号可换绑', price: '¥1260.00',
      rebind: [['登录验证', 'done', '01-03 15:02 交付专员已登录'], ['米哈游通行证 手机号换绑', 'wait', '存在换绑CD，需等待冷却结束'], ['密保邮箱换绑', 'wait', '待上一步完成'], ['实名信息', 'wait', '待上一步完成']],
      rows: [['订单编号', O2], ['下单时间', '2028-01-03 14:11:25'], ['实付金额', '¥1260.00'], ['承诺交付', '付款后24小时内完成换绑'], ['订单状态', '交付中', 'status']],
      notice: ['交付期间卖家须遵守：不改密、不换绑手机/邮箱/微信号。'],
      buttons: ['联系客服', '申请退款'],
    },
    corpus: [SRC.rebindCd, SRC.noRebind],
    key_phrases: [O2, '存在换绑CD', '付款后24小时内完成换绑', '¥1260.00'],
  },
  {
    name: 'b24-pxb7-rebind-chat', case: 'b24-pxb7-rebind-late', file: 'IMG_4110.PNG', split: B,
    style: 'pxb7-chat', device: 'iphone-1170x2532', clock: '09:44', battery: 65, title: '卖家 · 提瓦特小铺', subtitle: '螃蟹担保交易',
    pin: { title: '原神 官服 冒险等级60 五星角色14个', price: '¥1260.00', order: O2, status: '交付中' },
    notice: '平台提示：请勿添加对方私人联系方式，所有交易请在平台内完成',
    messages: [
      { from: 'time', text: '01-04 21:10' },
      { from: 'buyer', text: '你好，24小时早过了，换绑怎么还没开始？' },
      { from: 'time', text: '09:20' },
      { from: 'buyer', text: `订单${O2}付款快两天了，标题写的24小时交付` },
      { from: 'merchant', text: '抱歉，我上架时没注意这个号的手机号刚换过，要等冷却，最快下周三才能换' },
      { from: 'merchant', text: '没按说好的时间交付是我这边的问题，你要是不想等就申请退款，理由选延迟发货，我同意' },
      { from: 'buyer', text: '不等了，我申请退款' },
    ],
    key_phrases: [O2, '最快下周三', '理由选延迟发货'],
  },

  // ── 3 b24-pzds-baopei-90pct: not_as_described, ready/weak + refund-partial ─────────────────
  {
    name: 'b24-pzds-claim', case: 'b24-pzds-baopei-90pct', file: 'Screenshot_20280114-104905.png', split: B,
    style: 'pzds-claim', device: 'android-1440x3200', clock: '10:49', battery: 73,
    claim: {
      status: '赔付审核中', ticket: 'SH2801141028', statusLine: '卖家已确认，平台将在1个工作日内完成审核',
      rows: [['申请类型', '找回包赔'], ['关联订单', O3], ['商品', '和平精英 安卓微信区 成年实名 套装41套'], ['实付金额', '¥2150.00'], ['申请赔付', '¥1935.00', true], ['申请时间', '2028-01-14 10:28']],
      steps: [['2028-01-14 10:46', '卖家已确认账号被之前的号主找回，同意按包赔规则赔付'], ['2028-01-14 10:28', '买家提交找回包赔申请，已上传登录截图']],
      terms: ['找回包赔需买家承担交易总额10%的费用 平台提供盖章交易证明'],
    },
    corpus: [SRC.baopei],
    key_phrases: [O3, '¥1935.00', '¥2150.00', '找回包赔需买家承担交易总额10%的费用'],
  },
  {
    name: 'b24-pzds-claim-chat-dark', case: 'b24-pzds-baopei-90pct', file: 'Screenshot_20280114-103950.png', split: B,
    style: 'pzds-chat', dark: true, device: 'android-1080x2400', clock: '10:39', battery: 75, title: '卖家 · 老K号铺',
    pin: { title: '和平精英 安卓微信区 成年实名 套装41套', order: O3, status: '已交付' },
    messages: [
      { from: 'time', text: '09:50' },
      { from: 'buyer', text: '号今早登不上了，微信登录验证码发到了别人的手机上，套装41套也看不到了' },
      { from: 'buyer', type: 'image', hue: 210, w: 96, h: 170 },
      { from: 'time', text: '10:21' },
      { from: 'merchant', text: '联系上原来的号主了，他承认走微信安全中心把号拿回去了，这单按平台包赔赔你' },
      { from: 'merchant', text: '包赔要扣10%，你在售后里按1935填就行，我这边确认' },
      { from: 'buyer', text: '行，已经提交了' },
    ],
    key_phrases: [O3, '按1935填', '拿回去了'],
  },

  // ── 4 b24-dailian-rank-late: late_delivery, ready ───────────────────────────────────────────
  {
    name: 'b24-dailian-late-order', case: 'b24-dailian-rank-late', file: 'Screenshot_20280106-204811.png', split: B,
    style: 'dailian-order', device: 'android-1080x2400', clock: '20:48', battery: 34,
    order: {
      status: '代练中', statusLine: '代练时限72小时，已超时26小时，目标未完成',
      progress: ['钻石Ⅰ', '星耀Ⅴ', '星耀Ⅲ', 38],
      rows: [['订单号', O4], ['游戏/区服', '王者荣耀 安卓QQ区'], ['代练内容', '钻石Ⅰ → 星耀Ⅲ'], ['代练时限', '72小时'], ['代练费', '¥168.00'], ['安全保证金', '¥50.00'], ['效率保证金', '¥30.00'], ['发单时间', '2028-01-02 18:30'], ['接单时间', '2028-01-02 18:52'], ['接单方', '北辰代练工作室']],
      log: [['01-04 23:10', '今晚上到星耀Ⅴ，明天继续'], ['01-03 22:41', '钻石Ⅰ打满，晋级赛进行中']],
      buttons: ['联系打手', '申请撤销', '申请仲裁'],
    },
    corpus: [SRC.dlStates],
    key_phrases: [O4, '¥168.00', '已超时26小时', '代练中'],
  },
  {
    name: 'b24-dailian-late-qq', case: 'b24-dailian-rank-late', file: 'QQ图片20280106211502.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:720:62'], clock: '21:14', battery: 31, title: '北辰代练工作室',
    messages: [
      { from: 'time', text: '20:40' },
      { from: 'buyer', text: `订单${O4}说好72小时到星耀Ⅲ，现在都四天了还在星耀Ⅴ，我后天要用号` },
      { from: 'merchant', text: '实在抱歉，接你单的打手这两天生病没上线，没按时打完是我们的责任' },
      { from: 'merchant', text: '你在代练平台申请退款吧，原因选延迟，我们这边全额同意，保证金不扣你的' },
      { from: 'buyer', text: '好的，那我申请了' },
    ],
    key_phrases: [O4, '没按时打完是我们的责任', '全额同意'],
  },

  // ── 5 b24-dailian-ban-threat: not_as_described, reverse + threats ──────────────────────────
  {
    name: 'b24-dailian-ban-dialog-dark', case: 'b24-dailian-ban-threat', file: 'Screenshot_20280110-102611.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '10:26', battery: 81, appTitle: '和平精英 – 登录',
    fields: [['账号', '微信 wx****8812'], ['区服', '安卓微信区']], submit: '进入游戏',
    dialog: { title: '账号封禁通知', body: ['该账号因使用第三方程序被永久封停。', '封停时间：2028-01-09 23:14'], buttons: ['申诉', '确定'] },
    corpus: [SRC.banned],
    key_phrases: ['该账号因使用第三方程序被永久封停。', '2028-01-09 23:14'],
  },
  {
    name: 'b24-dailian-ban-wechat', case: 'b24-dailian-ban-threat', file: 'Screenshot_20280110-143302.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '14:33', battery: 70, title: '夜枭电竞代练',
    messages: [
      { from: 'time', text: '10:31' },
      { from: 'merchant', text: `订单${O5}的打手10:02上号，一进去就是封号提示，截图发你了` },
      { from: 'merchant', text: '你看封停时间，是昨晚23:14，我们10点才接单，这个号在我们上号前就已经被封了' },
      { from: 'time', text: '14:25' },
      { from: 'buyer', text: '少来这套，肯定是你们开挂打的，号给你们就封了' },
      { from: 'buyer', text: '今天不把钱和号的损失赔给我，我就去黑猫投诉，把你们骗子工作室挂到每个车队群里' },
      { from: 'merchant', text: '代练费可以走平台仲裁，封号我们不认' },
    ],
    key_phrases: [O5, '昨晚23:14', '骗子工作室'],
  },
  {
    name: 'b24-dailian-ban-order', case: 'b24-dailian-ban-threat', file: 'Screenshot_20280110-143540.png', split: B,
    style: 'dailian-order', device: 'android-1080x2400', clock: '14:35', battery: 69,
    order: {
      status: '仲裁中', statusLine: '买家已申请仲裁，平台客服将在24小时内介入',
      rows: [['订单号', O5], ['游戏/区服', '和平精英 安卓微信区'], ['代练内容', '钻石 → 皇冠 3天'], ['代练时限', '72小时'], ['代练费', '¥120.00'], ['安全保证金', '¥40.00'], ['发单时间', '2028-01-10 09:50'], ['接单时间', '2028-01-10 10:02'], ['接单方', '夜枭电竞代练']],
      demand: ['号上有两套限定套装，打手不要改任何设置。'],
      log: [['01-10 10:05', '上号即提示账号封禁，已截图给号主，暂停代练']],
      buttons: ['联系打手', '查看仲裁'],
    },
    corpus: [SRC.dlStates],
    key_phrases: [O5, '¥120.00', '仲裁中', '2028-01-10 10:02'],
  },

  // ── 6 b24-dd373-yanhao-skins: not_as_described, ready ───────────────────────────────────────
  {
    name: 'b24-dd373-yanhao-report', case: 'b24-dd373-yanhao-skins', file: 'Screenshot 2028-01-15 143318.png', split: B,
    style: 'yanhao-report', device: 'desktop-1366x768',
    report: {
      brand: 'DD373', color: '#FF5A00', no: 'YH2801151352', time: '2028-01-15 13:52', order: O6, game: '英雄联盟 · 艾欧尼亚 · 账号交易',
      verdict: '验号结论：与描述不符 2 项', ok: false,
      items: [['段位', '钻石Ⅳ', '钻石Ⅳ', true], ['英雄数量', '全英雄 168', '168', true], ['皮肤数量', '142', '97', false], ['至臻皮肤', '2款', '0款', false], ['二次实名', '可改', '可改', true]],
      foot: ['本报告由平台验号专员登录账号核对，结果以截图存档为准。'],
    },
    key_phrases: [O6, '与描述不符 2 项', 'YH2801151352'],
  },
  {
    name: 'b24-dd373-kefu', case: 'b24-dd373-yanhao-skins', file: 'Screenshot 2028-01-15 151204.png', split: B,
    style: 'game-trade-kefu', device: 'desktop-1920x1080', brand: 'DD373', color: '#FF5A00', agent: 'DD373官方客服 · 小唐', buyerName: '买家 zhou***',
    sessions: ['DD373官方客服 · 小唐', '卖家 · 峡谷号行', '系统通知'],
    messages: [
      { from: 'system', text: '客服小唐已接入，工作时间 9:00-24:00' },
      { from: 'buyer', at: '14:41', text: `订单${O6}验号报告出来了，皮肤只有97个，至臻一个都没有，描述写的142个含至臻2款` },
      { from: 'merchant', at: '14:49', text: '您好，报告YH2801151352我这边核对过了，确实与商品描述不符，已联系卖家，卖家同意退款' },
      { from: 'merchant', at: '14:50', text: '请在订单页点“申请退款”，原因选择“商品描述不符”，资金还在平台担保，审核通过后原路退回' },
      { from: 'buyer', at: '15:11', text: '好的，谢谢' },
    ],
    panel: { rows: [['订单编号', O6], ['商品', '英雄联盟 艾欧尼亚 钻石 皮肤142个 含至臻2款'], ['订单金额', '¥1380.00'], ['交易状态', '验号中', 'status']] },
    key_phrases: [O6, '确实与商品描述不符', '卖家同意退款'],
  },
  {
    name: 'b24-dd373-order', case: 'b24-dd373-yanhao-skins', file: 'Screenshot_20280115-151630.png', split: B,
    style: 'dd373-order', device: 'android-1080x2400', clock: '15:16', battery: 48, order: {
      step: 2,
      rows: [['订单编号', O6], ['商品标题', '英雄联盟 艾欧尼亚 钻石 皮肤142个 含至臻2款'], ['游戏/区服', '英雄联盟/艾欧尼亚'], ['订单金额', '¥1380.00'], ['交易状态', '验号中', 'status'], ['付款时间', '2028-01-15 12:04:38'], ['发货时间', '2028-01-15 12:40:10']],
      desc: ['全英雄，皮肤142个，含至臻皮肤2款，钻石Ⅳ，可二次实名。'],
      buttons: ['联系客服', '申请退款'],
    },
    key_phrases: [O6, '¥1380.00', '皮肤142个'],
  },

  // ── 7 b24-7881-dup-order-near: wrong_purchase, ready/weak + deadline-near ──────────────────
  {
    name: 'b24-7881-dup-chat', case: 'b24-7881-dup-order-near', file: 'Screenshot_20280118-214722.png', split: B,
    style: '7881-chat', device: 'android-1080x2400', clock: '21:47', battery: 22, title: '云端代充',
    item: { title: '原神 创世结晶×6480 官服代充', order: `订单号 ${O7}`, status: '待处理' },
    messages: [
      { from: 'time', text: '21:34' },
      { from: 'buyer', text: `刚才网卡了，点了两次付款，付了两单。这单${O7}是多出来的，麻烦别充，帮我取消` },
      { from: 'buyer', text: '先付的那单正常充就行' },
      { from: 'time', text: '21:45' },
      { from: 'merchant', text: '看到了，这单还没开始处理，你直接申请退款，原因选拍错了/误操作，我这边点同意' },
    ],
    key_phrases: [O7, '付了两单', '还没开始处理'],
  },
  {
    name: 'b24-7881-dup-alipay', case: 'b24-7881-dup-order-near', file: 'Screenshot_20280118-214850.png', split: B,
    style: 'alipay-bill', device: 'android-1080x2400', clock: '21:48', battery: 22, logoColor: '#E8461E',
    bill: {
      merchant: '7881游戏交易', amount: '-648.00', status: '交易成功',
      rows: [['支付时间', '2028-01-18 21:30:05'], ['付款方式', '余额宝'], ['商品说明', '原神 创世结晶×6480 官服代充'], ['订单号', T7], ['商家订单号', O7]],
    },
    key_phrases: [O7, T7, '-648.00'],
  },

  // ── 8 b24-jym-return-account: not_as_described with request: return (reverse) ───────────────
  {
    name: 'b24-jym-return-chat-dark', case: 'b24-jym-return-account', file: 'Screenshot_20280120-122708.png', split: B,
    style: 'jiaoyimao-chat', dark: true, device: 'android-1080x2400', clock: '12:27', battery: 61, title: '卖家 · 长安梦幻号',
    item: { title: '梦幻西游手游 安卓官服 175级 含神兽×2', price: '¥1688.00', status: '售后中' },
    messages: [
      { from: 'time', text: '11:52' },
      { from: 'buyer', text: `订单${O8}的号宠物栏里只有一只神兽，描述写的两只` },
      { from: 'merchant', text: '我看了截图，另一只之前被我转到小号上了，描述没改，是我的错' },
      { from: 'merchant', text: '你把号原样退回来，手机和密码改回我给的那套，我就退你钱' },
      { from: 'buyer', text: '行，我这就申请退货退款' },
    ],
    key_phrases: [O8, '只有一只神兽', '原样退回来'],
  },
  {
    name: 'b24-jym-return-order-dark', case: 'b24-jym-return-account', file: 'Screenshot_20280120-123015.png', split: B,
    style: 'jiaoyimao-order', dark: true, device: 'android-1080x2400', clock: '12:30', battery: 60,
    order: {
      status: '售后中', statusLine: '买家已发起售后，卖家处理中', step: 3,
      game: '梦幻西游手游 · 安卓官服', title: '梦幻西游手游 安卓官服 175级 含神兽×2', price: '¥1688.00', chips: ['官方验号', '换绑交付'],
      rows: [['订单编号', O8], ['卖家', '长安梦幻号'], ['实付金额', '¥1688.00'], ['付款时间', '2028-01-20 08:21:44'], ['交号时间', '2028-01-20 08:50:12'], ['售后类型', '退货退款'], ['订单状态', '售后中', 'status']],
      buttons: ['联系卖家', '查看售后'],
    },
    key_phrases: [O8, '¥1688.00', '退货退款'],
  },

  // ── 9 b24-hk-pxb7-fps: not_received, ready/weak + private-channel (zh-Hant buyer) ──────────
  {
    name: 'b24-hk-pxb7-order', case: 'b24-hk-pxb7-fps', file: 'IMG_0862.PNG', split: B,
    style: 'pxb7-order', device: 'iphone-750x1334', clock: '10:38', battery: 47,
    order: {
      status: '交付中', statusLine: '卖家尚未提交账号信息',
      title: '原神 官服 冒险等级57 五星角色12个 可换绑邮箱', price: '¥980.00',
      rebind: [['卖家提交账号', 'wait', '等待卖家提交'], ['登录验证', 'wait', ''], ['邮箱换绑', 'wait', '']],
      rows: [['订单编号', O9], ['下单时间', '2028-01-22 19:30:47'], ['实付金额', '¥980.00'], ['订单状态', '交付中', 'status']],
      buttons: ['联系客服', '申请退款'],
    },
    key_phrases: [O9, '¥980.00', '等待卖家提交'],
  },
  {
    name: 'b24-hk-pxb7-chat', case: 'b24-hk-pxb7-fps', file: 'IMG_0864.PNG', split: B,
    style: 'pxb7-chat', device: 'iphone-1170x2532', clock: '10:52', battery: 45, title: '卖家 · 星穹号仓', subtitle: '螃蟹担保交易',
    pin: { title: '原神 官服 冒险等级57 五星角色12个', price: '¥980.00', order: O9, status: '交付中' },
    messages: [
      { from: 'time', text: '01-22 21:40' },
      { from: 'buyer', text: `訂單${O9}付咗款兩個鐘，幾時交號？` },
      { from: 'time', text: '10:31' },
      { from: 'buyer', text: '等咗成晚都未收到帳號，到底有冇貨？' },
      { from: 'merchant', text: '不好意思，这个号昨晚在别的平台先卖掉了，交不了给你' },
      { from: 'merchant', text: '平台退款要等几天，你给我个转数快，我直接FPS退你，你把订单撤了就行' },
      { from: 'buyer', text: '唔使，我照平台流程申請退款' },
    ],
    key_phrases: [O9, '交不了给你', '我直接FPS退你'],
  },

  // ── 10 b24-7881-dc-other-order: not_received, reverse (another order's chat) ──────────────
  {
    name: 'b24-7881-other-chat', case: 'b24-7881-dc-other-order', file: 'mmexport1831080011443.jpg', split: B,
    style: '7881-chat', device: 'android-1080x2400', degrade: ['fwd:540:58'], clock: '09:20', battery: 64, title: '峡谷点券代充',
    item: { title: '王者荣耀 点券1000 安卓QQ区 代充', order: `订单号 ${O10b}`, status: '退款中' },
    messages: [
      { from: 'time', text: '01-10 09:05' },
      { from: 'buyer', text: `订单${O10b}的点券到现在还没到账，游戏里点券还是0` },
      { from: 'merchant', text: '这单那天充值通道卡住了，没充上去，你申请退款吧，我同意' },
      { from: 'buyer', text: '好' },
    ],
    key_phrases: [O10b, '没充上去'],
  },
  {
    name: 'b24-7881-other-alipay', case: 'b24-7881-dc-other-order', file: 'IMG_5531.PNG', split: B,
    style: 'alipay-bill', device: 'iphone-1170x2532', clock: '09:46', battery: 63, logoColor: '#E8461E',
    bill: {
      merchant: '7881游戏交易', amount: '-96.00', status: '交易成功',
      rows: [['支付时间', '2028-01-16 20:12:40'], ['付款方式', '花呗'], ['商品说明', '王者荣耀 点券1000 安卓QQ区 代充'], ['订单号', T10], ['商家订单号', O10]],
    },
    key_phrases: [O10, T10, '-96.00'],
  },

  // ── 11 b24-5173-card-void: card_invalid, ready ─────────────────────────────────────────────
  {
    name: 'b24-5173-card-topup', case: 'b24-5173-card-void', file: 'Screenshot_20280125-144028.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '14:40', battery: 77,
    game: { title: '点卡充值', name: '天澜一卡通 充值中心', hue: '#0e7490', fields: [['充值账号', 'tl****5520'], ['卡号', '2806 **** **** 1174'], ['密码', '********3391']], submit: '确认充值', tips: ['一卡通面值: 100元'] },
    dialog: { title: '充值失败', body: ['该卡已失效。'], buttons: ['确定'] },
    corpus: [SRC.cardVoid],
    key_phrases: ['该卡已失效。', '充值失败'],
  },
  {
    name: 'b24-5173-kefu-photo', case: 'b24-5173-card-void', file: 'IMG_20280125_162318.jpg', split: B,
    style: 'game-trade-kefu', device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.2, focus: [0.45, 0.4], brand: '5173', color: '#FF6A00', agent: '5173客服 · 阿宁', buyerName: '买家 li***',
    sessions: ['5173客服 · 阿宁', '卖家 · 天澜点卡专营'],
    messages: [
      { from: 'buyer', at: '15:02', text: `订单${O11}买的天澜一卡通100元，充值时提示“该卡已失效。”，我第一次用` },
      { from: 'merchant', at: '15:20', text: '已核实：这张卡在卖家进货渠道被作废，卖家承认发出了失效卡，同意退款' },
      { from: 'merchant', at: '15:21', text: '请在订单详情点“申请售后”，原因选卡密无效，提交后我这边加急处理' },
    ],
    panel: { rows: [['订单编号', O11], ['商品', '天澜一卡通 100元 点卡'], ['实付金额', '¥97.00'], ['订单状态', '交易成功', 'status']] },
    key_phrases: [O11, '卖家承认发出了失效卡'],
  },
  {
    name: 'b24-5173-card-order', case: 'b24-5173-card-void', file: 'IMG_7790.PNG', split: B,
    style: '5173-order', device: 'iphone-1170x2532', clock: '16:25', battery: 40,
    order: {
      status: '交易成功', statusLine: '卡密已于 2028-01-25 14:15:20 自动发货',
      game: '点卡 / 天澜一卡通', title: '天澜一卡通 100元 点卡 自动发货', mode: '交易方式：自动发卡',
      rows: [['订单编号', O11], ['下单时间', '2028-01-25 14:14:51'], ['付款时间', '2028-01-25 14:15:09'], ['商品单价', '¥97.00'], ['购买数量', '1'], ['实付金额', '¥97.00']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O11, '¥97.00', '交易成功'],
  },

  // ── 12 b24-mo-jym-skins-6d: not_as_described, reverse (72 h long gone; the 验号 passed) ─────
  {
    name: 'b24-mo-jym-yanhao-dark', case: 'b24-mo-jym-skins-6d', file: 'Screenshot_20280108-195602.png', split: B,
    style: 'yanhao-report', dark: true, device: 'android-1080x2400', clock: '19:56', battery: 38,
    report: {
      brand: '交易猫', color: '#FF7A1A', no: 'JYM-YH-0102-4471', time: '2028-01-02 10:38', order: O12, game: '和平精英 · 安卓QQ区',
      verdict: '验号通过：与商品描述一致', ok: true,
      items: [['套装数量', '60套', '60套', true], ['冰霜M416', '有', '有', true], ['实名状态', '成年实名', '成年实名', true], ['防沉迷', '无', '无', true]],
      foot: ['验号完成后请买家及时换绑，确认收货后平台不再保留账号截图以外的资料。'],
    },
    key_phrases: [O12, '验号通过', '2028-01-02 10:38'],
  },
  {
    name: 'b24-mo-jym-chat', case: 'b24-mo-jym-skins-6d', file: 'IMG_3317.PNG', split: B,
    style: 'jiaoyimao-chat', device: 'iphone-1170x2532', clock: '20:04', battery: 36, title: '卖家 · 阿豪号行',
    item: { title: '和平精英 安卓QQ区 套装60套 含冰霜M416', price: '¥1150.00', status: '交易完成' },
    messages: [
      { from: 'time', text: '19:41' },
      { from: 'buyer', text: `訂單${O12}：今日先發現冰霜M416同兩套套裝唔見咗，你賣嘅時候係咪冇？` },
      { from: 'merchant', text: '交号那天平台验号全部通过，冰霜M416当时在号上，报告你也看过' },
      { from: 'merchant', text: '你确认收货都6天了，号一直在你手里，这个我没法退' },
      { from: 'buyer', text: '咁我自己去申請描述不符' },
    ],
    key_phrases: [O12, '平台验号全部通过', '确认收货都6天了'],
  },

  // ── 13 b24-jym-login-no-chat: activation_failed, reverse (no chat) ───────────────────────────
  {
    name: 'b24-jym-frozen-dialog', case: 'b24-jym-login-no-chat', file: 'Screenshot_20280127-103344.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '10:33', battery: 90, appTitle: '崩坏：星穹铁道 – 登录',
    fields: [['账号', '188****6027'], ['服务器', '星穹列车（官服）']], submit: '登录',
    dialog: { title: '登录失败', body: ['账号已被冻结,请联系客服'], buttons: ['确定'] },
    corpus: [SRC.frozen],
    key_phrases: ['账号已被冻结,请联系客服'],
  },
  {
    name: 'b24-jym-frozen-order', case: 'b24-jym-login-no-chat', file: 'Screenshot_20280127-103520.png', split: B,
    style: 'jiaoyimao-order', device: 'android-1080x2400', clock: '10:35', battery: 89,
    order: {
      status: '平台担保中', statusLine: '卖家已交号，请尽快登录验号并完成换绑', step: 2,
      game: '崩坏：星穹铁道 · 官服', title: '崩坏：星穹铁道 官服 开拓等级70 五星角色9个', price: '¥760.00', chips: ['全额包赔', '官方验号'],
      rows: [['订单编号', O13], ['卖家', '列车长号铺'], ['实付金额', '¥760.00'], ['付款时间', '2028-01-27 09:11:52'], ['交号时间', '2028-01-27 09:40:06'], ['订单状态', '平台担保中', 'status']],
      buttons: ['联系卖家', '申请退款'],
    },
    corpus: [SRC.fullBaopei],
    key_phrases: [O13, '¥760.00', '开拓等级70'],
  },

  // ── 14 b24-dailian-cancel-norefund: wrong_purchase, reverse (terms, started) ───────────────
  {
    name: 'b24-dailian-cancel-order', case: 'b24-dailian-cancel-norefund', file: 'Screenshot_20280129-143110.png', split: B,
    style: 'dailian-order', device: 'android-1080x2400', clock: '14:31', battery: 55,
    order: {
      status: '撤销中', statusLine: '买家申请撤销，打手未同意',
      progress: ['1600分', '1643分', '1800分', 22],
      rows: [['订单号', O14], ['游戏/区服', '王者荣耀 安卓微信区'], ['代练内容', '巅峰赛 1600 → 1800'], ['代练时限', '48小时'], ['代练费', '¥98.00'], ['发单时间', '2028-01-29 14:02'], ['接单时间', '2028-01-29 14:05'], ['接单方', '打手 · 阿木']],
      demand: ['代练须知：代练订单接单后非质量问题不退换，撤销需双方协商。'],
      buttons: ['联系打手', '取消撤销', '申请仲裁'],
    },
    corpus: [SRC.dlStates],
    key_phrases: [O14, '¥98.00', '接单后非质量问题不退换', '2028-01-29 14:05'],
  },
  {
    name: 'b24-dailian-cancel-qq-dark', case: 'b24-dailian-cancel-norefund', file: 'Screenshot_20280129-143602.png', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', clock: '14:36', battery: 53, title: '打手 · 阿木',
    messages: [
      { from: 'time', text: '14:20' },
      { from: 'buyer', text: `订单${O14}我下错了，我要打的是排位不是巅峰赛，能帮我撤销吗` },
      { from: 'merchant', text: '兄弟，我14:05接的单，已经上号打了两把巅峰赛，加了43分' },
      { from: 'merchant', text: '须知里写了接单后非质量问题不退换，这个撤销我不同意' },
    ],
    key_phrases: [O14, '我下错了', '已经上号打了两把'],
  },
];
