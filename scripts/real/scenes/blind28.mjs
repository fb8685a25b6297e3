// The twenty-eighth blind end-to-end set (fixtures/blind28/): 14 cases written by a helper (branch h20c),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind28'`; `corpus` cites the source of
// each line taken (the find_string / read_file index id: the index names no repository); lines not
// cited are the author's own connecting lines. The set is mainland Chinese buyers of 卡盟 / 发卡网
// shops and the apps around them (TIM, QQ, 企业微信, 钉钉, 拼多多, 抖音, 闲鱼, 支付宝, 腾讯充值, 网易游戏
// 客服中心), with one Taiwanese buyer (Traditional Chinese) and one English software error.
// Five new app styles: `caihong-ds-query` (the 彩虹代刷 / 彩虹云商城 shop's 订单查询 with its
// 订单详细信息 popup), `qpay-result` (腾讯充值中心: 充值结果 and 充值记录), `tim-pc` (TIM for Windows),
// `alipay-complaint` (支付宝 投诉详情 with its 协商记录) and `netease-gm` (网易游戏客服中心 问题详情).
// Render with `node scripts/real/render.mjs --set blind28`, then
// `node scripts/real/copy-cases.mjs --set blind28`. The set is judged once, at the end: do not tune on it.
const B = 'blind28';

const O1 = '2028040321153871'; // 彩虹代刷 trade number, 16 digits
const O2 = '202804061302114527'; // 18 digits
const O3 = 'K2804Q8R2031ZP7M'; // 16 upper-case letters and digits
const T3 = '2028040822001410531172604486'; // Alipay 交易单号, 28 digits
const O4 = '280410-517203948816'; // 拼多多
const O5 = '6928041120051377402'; // 抖音, 19 digits
const O6 = 'DW20280402193012'; // letter prefix + 14 digits
const O7 = '2028041215203396'; // this order (accelerator card, 12 Apr)
const O7b = '2028040919485120'; // the buyer's earlier order (9 Apr), the one the chat is about
const O8 = 'Y7KQ2M4T9WX3B8NE'; // dujiaoka order_sn
const O9 = '3951824601737520891'; // 闲鱼, 19 digits
const O10 = '2028041422081907';
const O11 = '202804152002386610';
const O12 = 'GK20280416211008';
const T12 = '2028041622001471021455839217';
const O13 = '202804172210574471';
const O14 = '280418093027615049';

const SRC = {
  caihong: 'the 彩虹代刷 shop\'s order query: "订单详细信息", "订单基本信息", "订单编号", "订单金额", "购买时间", "下单信息", "订单状态", "投诉订单", "以下是你的卡密信息", "处理结果", "商品简介", status words 待处理 / 已完成 / 处理中 / 异常 / 已退款, "详细", "立即查询" (public GitHub JavaScript file, read_file id 37220098160, and its PHP template, read_file id 37495536901); layout reconstructed',
  pwdOrBalance: 'a prepaid-card gateway\'s status text: "您输入的充值卡密码错误或充值卡余额不足" (public GitHub PHP file, find_string id 40444783507), put in a game\'s 点卡充值 dialog',
  lapsed: 'a VPN panel\'s card top-up: "充值失败，此卡密已失效，请联系您的上级服务商更换卡密~~~" (public GitHub PHP file, find_string id 12667327635), shown without the trailing "~~~" in an accelerator app',
  expired: 'a CMS charge language pack: "充值卡已过有效期" (public GitHub PHP file, find_string id 10819726781)',
  boundZh: 'a licence client: "该卡密已被其他设备激活绑定" (public GitHub Kotlin file, find_string id 71369848215), put in a desktop editor\'s MessageBox',
  boundEn: 'a licence client: "this activation code is already bound to another device" (public GitHub Go file, find_string id 58854061015), capitalised with a full stop in an English MessageBox',
  frozen: 'an API error enum: "您的账号存在异常，已被冻结；重新启用请联系客服" (public GitHub Java file, find_string id 48095019013), as a game login failure',
  cardUsed: 'a gift-card check: "该点卡已被使用" (public GitHub Python file, find_string id 55152053328)',
};

export default [
  // ── 1 b28-caihong-used-tim: card_invalid, ready ──────────────────────────────────────────
  {
    name: 'b28-topup-pwd-balance', case: 'b28-caihong-used-tim', file: 'Screenshot_20280403-214012.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '21:40', battery: 63,
    game: { title: '点卡充值', name: '完美世界 一卡通充值', hue: '#7c2d12', fields: [['游戏账号', 'wm****0917'], ['卡号', '1808 **** **** 5531'], ['密码', '********8826']], submit: '立即充值', tips: ['一卡通面值：100元'] },
    dialog: { title: '充值失败', body: ['您输入的充值卡密码错误或充值卡余额不足'], buttons: ['确定'] },
    corpus: [SRC.pwdOrBalance],
    key_phrases: ['您输入的充值卡密码错误或充值卡余额不足', '充值失败'],
  },
  {
    name: 'b28-caihong-used-detail', case: 'b28-caihong-used-tim', file: 'QQ截图20280404102218.png', split: B,
    style: 'caihong-ds-query', device: 'desktop-1920x1080', shop: '星途卡盟',
    order: {
      by: 'id', query: O1,
      rows: [{ input: 'wm****0917', name: '完美一卡通 100元 点卡卡密', num: 1, time: '2028-04-03 21:15:38', status: '已完成' }],
    },
    detail: {
      id: O1, name: '完美一卡通 100元 点卡卡密（自动发货）', money: '97.00', date: '2028-04-03 21:15:38', inputs: '联系QQ：3301****27', status: '已完成', complain: true,
      km: ['卡号：1808********5531  密码：********8826'],
      desc: ['卡密自动发货，充值前请核对游戏账号。卡密问题请在发货后24小时内联系客服处理，超时不再受理。'],
    },
    corpus: [SRC.caihong],
    key_phrases: [O1, '97.00元', '以下是你的卡密信息', '24小时内联系客服'],
  },
  {
    name: 'b28-tim-used', case: 'b28-caihong-used-tim', file: 'TIM截图20280404102512.png', split: B,
    style: 'tim-pc', device: 'desktop-1920x1080', title: '星途卡盟-售后客服', online: '在线', buyerAvatar: '泽', merchantAvatar: '星',
    taskbar: ['10:25', '2028/4/4'],
    sessions: [['星途卡盟-售后客服', '好的，谢谢', '昨天'], ['项目组-周报', '下午三点前交', '09:40'], ['我的手机', '[图片]', '昨天'], ['梦幻老友群', '今晚打本吗', '昨天']],
    messages: [
      { from: 'time', text: '昨天 21:43' },
      { from: 'buyer', text: `订单${O1}的完美一卡通，刚在游戏里充，提示“您输入的充值卡密码错误或充值卡余额不足”。卡号密码是从订单详情里直接复制的，没有输错。` },
      { from: 'buyer', type: 'image' },
      { from: 'time', text: '昨天 22:26' },
      { from: 'merchant', text: '查了，这张卡在完美官方那边显示4月1日就已经被充过了，是我们进的那批卡有问题，不怪你。' },
      { from: 'merchant', text: '你在网站订单详情里申请退款，原因选卡密无效，我这边同意全额退。' },
      { from: 'buyer', text: '好的，谢谢' },
    ],
    corpus: [SRC.pwdOrBalance],
    key_phrases: [O1, '4月1日就已经被充过了', '我这边同意全额退'],
  },

  // ── 2 b28-caihong-qb-late: late_delivery, ready ─────────────────────────────────────────
  {
    name: 'b28-caihong-qb-processing', case: 'b28-caihong-qb-late', file: 'IMG_5208.PNG', split: B,
    style: 'caihong-ds-query', device: 'iphone-1170x2532', clock: '19:18', battery: 47, shop: '青柠代充网',
    order: {
      query: '1738204509',
      rows: [{ input: '1738204509', name: 'Q币 100个 QQ号直充', num: 1, time: '2028-04-06 13:02:11', status: '处理中' }],
    },
    detail: {
      id: O2, name: 'Q币 100个 QQ号直充', money: '96.00', date: '2028-04-06 13:02:11', inputs: 'QQ号码：1738204509', status: '处理中',
      desc: ['本商品为QQ号直充Q币，付款后15分钟内到账，到账前请勿重复下单。'],
    },
    corpus: [SRC.caihong],
    key_phrases: [O2, '96.00元', '付款后15分钟内到账', '处理中'],
  },
  {
    name: 'b28-qpay-records-empty', case: 'b28-caihong-qb-late', file: 'Screenshot_20280406-192540.png', split: B,
    style: 'qpay-result', device: 'android-1080x2400', clock: '19:25', battery: 45, mode: 'records',
    records: {
      account: 'QQ 1738204509', nick: '昵称：晚风', tab: 1,
      months: [
        { month: '2028年4月', items: [], empty: '本月暂无Q币充值记录' },
        { month: '2028年3月', items: [{ name: 'Q币 30个 · 微信支付', time: '2028-03-18 20:11', amount: '¥30.00', status: '充值成功' }] },
      ],
    },
    key_phrases: ['本月暂无Q币充值记录', '1738204509'],
  },
  {
    name: 'b28-qq-qb-late', case: 'b28-caihong-qb-late', file: 'mmexport1838633702115.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '19:35', battery: 44, title: '青柠代充-客服',
    messages: [
      { from: 'time', text: '13:40' },
      { from: 'buyer', text: `你好，订单${O2}付款半个多小时了，页面写15分钟到账，Q币还没到` },
      { from: 'time', text: '16:05' },
      { from: 'buyer', text: '三个小时了还是没到，腾讯充值记录里什么都没有' },
      { from: 'time', text: '19:12' },
      { from: 'merchant', text: '不好意思，上游Q币通道下午被风控关了，今天恢复不了，您这单充不进去。' },
      { from: 'merchant', text: '您在网站上申请退款吧，我同意全额退96。' },
      { from: 'buyer', text: '好' },
    ],
    key_phrases: [O2, '上游Q币通道下午被风控关了', '我同意全额退96'],
  },

  // ── 3 b28-alipay-complaint-private: not_received, ready/weak + private-channel ───────────
  {
    name: 'b28-acg-steam-waiting', case: 'b28-alipay-complaint-private', file: 'IMG_5233.PNG', split: B,
    style: 'acg-faka-query', device: 'iphone-1170x2532', clock: '15:40', battery: 71, shop: '极光数卡', scrolled: true,
    order: {
      query: O3, no: O3, status: 'paid', delivery: 'waiting', created: '2028-04-08 20:31:05', paidAt: '2028-04-08 20:31:19', pay: '支付宝', amount: '102.00',
      product: 'Steam 钱包充值卡 HK$100（香港区）人工发货', race: '人工发货', qty: 1,
      leave: ['人工发货商品，付款后请耐心等待客服发卡。'],
    },
    key_phrases: [O3, '等待发货', '¥102.00'],
  },
  {
    name: 'b28-alipay-complaint-wx', case: 'b28-alipay-complaint-private', file: 'IMG_5236.PNG', split: B,
    style: 'alipay-complaint', device: 'iphone-1170x2532', long: true, clock: '15:45', battery: 70,
    complaint: {
      status: '商家已回复', lines: ['商家已于 04-09 15:02 回复，请在7天内确认处理结果'], step: 1,
      rows: [['投诉单号', '2028040910062200315547'], ['被投诉方', '极光数卡'], ['投诉原因', '付款后商家未发货'], ['涉及金额', '¥102.00'], ['交易单号', T3], ['商家订单号', O3], ['投诉时间', '2028-04-09 10:06']],
      records: [
        { from: 'buyer', title: '发起投诉', at: '04-09 10:06', text: `4月8日20:31在极光数卡买了 Steam 港区 HK$100 充值卡，订单号 ${O3}，到现在卡密都没发，网页上联系客服也没人回。`, images: 2 },
        { from: 'merchant', name: '商家', title: '商家回复', at: '04-09 15:02', text: '亲，港区卡这两天断货了发不了。你加我微信 jg_kashop88，我微信直接转你102，转完你把这个投诉撤了就行。' },
        { from: 'buyer', title: '补充说明', at: '04-09 15:20', text: '不加微信。钱请走支付宝原路退回，退款到账后我再完结投诉。' },
      ],
    },
    key_phrases: [O3, '你加我微信 jg_kashop88', '我微信直接转你102', '商家已回复'],
  },

  // ── 4 b28-pdd-svip-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────
  {
    name: 'b28-pdd-svip-order', case: 'b28-pdd-svip-wrong-near', file: 'Screenshot_20280410-094012.png', split: B,
    style: 'pdd-order', device: 'android-1080x2400', clock: '09:40', battery: 88, cover: '#3b82f6,#22d3ee',
    order: {
      status: '待发货', promise: '商家将在2小时内发放兑换码', notice: '虚拟商品：兑换码发放后不退不换，未发放前可申请退款',
      shop: '小满网盘会员店', product: '百度网盘 超级会员SVIP 季卡 兑换码', spec: 'SVIP 季卡 | 兑换码', price: '¥58.00',
      money: [['商品总价', '¥58.00'], ['实付', '¥58.00', 'pay']],
      info: [['订单编号', O4], ['下单时间', '2028-04-10 09:14:16'], ['支付方式', '微信支付'], ['拼单成功时间', '2028-04-10 09:14:22']],
    },
    key_phrases: [O4, '¥58.00', '未发放前可申请退款'],
  },
  {
    name: 'b28-pdd-svip-chat', case: 'b28-pdd-svip-wrong-near', file: 'Screenshot_20280410-094130.png', split: B,
    style: 'pdd-chat', device: 'android-1080x2400', clock: '09:41', battery: 88, title: '小满网盘会员店',
    messages: [
      { from: 'system', type: 'card', card: { title: '百度网盘 超级会员SVIP 季卡 兑换码', price: '¥58.00', order: `订单编号：${O4}`, status: '待发货' } },
      { from: 'time', text: '09:21' },
      { from: 'buyer', text: '拍错了，本来要买年卡，点成季卡了。这单码还没发，帮我取消退款吧' },
      { from: 'time', text: '09:33' },
      { from: 'merchant', text: '好的亲，季卡这单的码还没发出，可以退的。您在订单里点申请退款，原因选拍错了，我这边同意' },
      { from: 'buyer', text: '好的' },
    ],
    key_phrases: [O4, '季卡这单的码还没发出', '我这边同意'],
  },

  // ── 5 b28-douyin-svip-threat: not_as_described, ready/weak + threatening-language ────────
  {
    name: 'b28-douyin-svip-order', case: 'b28-douyin-svip-threat', file: 'Screenshot_20280411-201004.png', split: B,
    style: 'douyin-order', device: 'android-1080x2400', clock: '20:10', battery: 52,
    order: {
      status: '已完成', statusLine: '兑换码已发放，可在订单详情查看',
      shop: '潮汐影音官方旗舰店', title: '腾讯视频 超级影视VIP 年卡 含电视端 兑换码', spec: '超级影视VIP 12个月', price: '¥238.00', paid: '¥238.00',
      rows: [['订单编号', O5, true], ['下单时间', '2028-04-11 20:04:51'], ['支付方式', '抖音支付'], ['支付时间', '2028-04-11 20:04:58'], ['发货时间', '2028-04-11 20:05:03']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O5, '¥238.00', '超级影视VIP'],
  },
  {
    name: 'b28-vip-plain-year', case: 'b28-douyin-svip-threat', file: 'Screenshot_20280411-201236.png', split: B,
    style: 'vip-redeem-web', device: 'android-1080x2400', ok: true, clock: '20:12', battery: 51,
    site: { name: '腾讯视频', color: '#FF7A1A' }, user: '潮****猫', userLine: 'VIP会员 有效期至 2029-04-11',
    code: 'TXSV********7K2D', lines: ['兑换成功，您已获得腾讯视频VIP会员12个月'],
    records: { head: ['兑换时间', '兑换内容', '到期时间'], rows: [['2028-04-11 20:12', 'VIP会员 12个月', '2029-04-11']] },
    tips: ['1. 超级影视VIP可在电视端使用，VIP会员不含电视端权益；', '2. 兑换记录可在本页查看。'],
    key_phrases: ['您已获得腾讯视频VIP会员12个月', 'VIP会员 12个月'],
  },
  {
    name: 'b28-douyin-svip-chat', case: 'b28-douyin-svip-threat', file: 'Screenshot_20280411-210530.png', split: B,
    style: 'douyin-chat', dark: true, device: 'android-1080x2400', clock: '21:05', battery: 47, title: '潮汐影音官方旗舰店', subtitle: '官方客服',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '腾讯视频 超级影视VIP 年卡 含电视端 兑换码', price: '¥238.00', order: `订单编号：${O5}`, status: '已完成' } },
      { from: 'time', text: '20:18' },
      { from: 'buyer', text: '买的是超级影视VIP年卡（含电视端），兑换出来只是普通VIP会员12个月，电视上打不开' },
      { from: 'buyer', type: 'image', hue: 25, w: 110, h: 200 },
      { from: 'time', text: '20:45' },
      { from: 'buyer', text: '半小时了没人回？骗子店铺，今晚不给说法我就去抖音举报你们虚假宣传，再发小红书曝光你们' },
      { from: 'time', text: '21:02' },
      { from: 'merchant', text: '抱歉亲，核实了这批是普通VIP年卡的码，上架时链接挂错了。您申请退款，原因选商品与描述不符，我们同意' },
    ],
    key_phrases: ['骗子店铺', '链接挂错了'],
  },

  // ── 6 b28-netease-frozen-passed: not_as_described, reverse: 72 h window long past ───────
  {
    name: 'b28-idv-frozen', case: 'b28-netease-frozen-passed', file: 'Screenshot_20280408-095011.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '09:50', battery: 90, appTitle: '第五人格 – 网易账号登录',
    fields: [['账号', '15****2207@163.com'], ['服务器', '国服 官方']], submit: '进入游戏',
    dialog: { title: '登录失败', body: ['您的账号存在异常，已被冻结；重新启用请联系客服'], buttons: ['联系客服', '确定'] },
    corpus: [SRC.frozen],
    key_phrases: ['您的账号存在异常，已被冻结', '登录失败'],
  },
  {
    name: 'b28-gm-frozen', case: 'b28-netease-frozen-passed', file: 'IMG_5301.PNG', split: B,
    style: 'netease-gm', device: 'iphone-1170x2532', long: true, clock: '14:30', battery: 64,
    ticket: {
      status: '已回复', tone: 'done', subject: '账号登录提示已被冻结，请问原因',
      fields: [['问题编号', 'GM2028040810153347'], ['游戏', '第五人格'], ['账号', '15****2207@163.com'], ['问题分类', '账号冻结/解冻'], ['提交时间', '2028-04-08 10:15']],
    },
    messages: [
      { from: 'buyer', at: '2028-04-08 10:15', text: '今天登录提示“您的账号存在异常，已被冻结；重新启用请联系客服”，请问是什么原因？这个号是我4月2日从别人手里买的。', images: 1 },
      { from: 'merchant', at: '2028-04-08 14:02', text: '您好，经核查，该账号的原注册人已提交资料申诉，4月7日确认归还原注册人，因此目前处于冻结状态。网易游戏不支持账号买卖，由此产生的损失需要您与交易对方协商处理。', sign: '网易游戏客服 青柠' },
    ],
    corpus: [SRC.frozen],
    key_phrases: ['GM2028040810153347', '4月7日确认归还原注册人'],
  },
  {
    name: 'b28-qq-frozen-shop', case: 'b28-netease-frozen-passed', file: 'Screenshot_20280408-144215.png', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', clock: '14:42', battery: 61, title: '白鹭游戏号铺',
    messages: [
      { from: 'time', text: '14:35' },
      { from: 'buyer', text: `4月2号在你店里买的第五人格号（订单${O6}），今天被原号主申诉找回冻结了，网易客服的回复截图发你了` },
      { from: 'buyer', type: 'image', hue: 350, w: 110, h: 200 },
      { from: 'merchant', text: '我们售后写的是交号后72小时内出现找回冻结包赔，现在都过去快一个星期了，这个处理不了' },
      { from: 'buyer', text: '卖的时候你说这号不会被找回的' },
    ],
    key_phrases: [O6, '交号后72小时内出现找回冻结包赔', '处理不了'],
  },

  // ── 7 b28-wecom-other-order: card_invalid, reverse: the chat is about another order ───────
  {
    name: 'b28-shop-jf-order', case: 'b28-wecom-other-order', file: 'Screenshot_20280412-163202.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '16:32', battery: 58, shop: '闪电卡铺', accent: '#0ea5e9',
    order: {
      query: O7,
      rows: [['订单号', O7], ['商品名称', '疾风加速器 月卡30天 卡密'], ['实付金额', '¥25.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-04-12 15:20:14']],
      code: 'JF30-****-****-Q8V2',
      note: ['打开疾风加速器 → 我的 → 卡密充值，粘贴卡密即可。'],
    },
    key_phrases: [O7, '¥25.00', '已完成'],
  },
  {
    name: 'b28-jf-lapsed', case: 'b28-wecom-other-order', file: 'Screenshot_20280412-160118.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '16:01', battery: 61, appTitle: '疾风加速器 – 卡密充值',
    fields: [['账号', '138****6021'], ['卡密', 'JF30-****-****-Q8V2']], submit: '立即兑换',
    dialog: { title: '提示', body: ['充值失败，此卡密已失效，请联系您的上级服务商更换卡密'], buttons: ['确定'] },
    corpus: [SRC.lapsed],
    key_phrases: ['充值失败，此卡密已失效'],
  },
  {
    name: 'b28-wecom-other-order', case: 'b28-wecom-other-order', file: 'mmexport1839149881034.jpg', split: B,
    style: 'wecom', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '16:25', battery: 59, title: '小闪', corp: '闪电卡铺',
    messages: [
      { from: 'time', text: '16:05' },
      { from: 'buyer', read: true, text: `你好，订单${O7b}的加速器卡密充值失败，提示“此卡密已失效”，截图发你了` },
      { from: 'buyer', type: 'image', hue: 200, w: 110, h: 200 },
      { from: 'time', text: '16:20' },
      { from: 'merchant', text: `查了，${O7b}这单的卡密4月9日晚上就已经兑换成功了，兑换账号是138****6021，会员到5月9日，不是失效。` },
      { from: 'buyer', read: false, text: '反正现在用不了，我直接申请退款了' },
    ],
    key_phrases: [O7b, '4月9日晚上就已经兑换成功了'],
  },

  // ── 8 b28-dingtalk-expired-return: card_invalid, reverse: request: return ───────────────
  {
    name: 'b28-shop-sq-order', case: 'b28-dingtalk-expired-return', file: 'Screenshot 2028-04-13 135512.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '云栖点卡站', accent: '#7c3aed',
    order: {
      query: O8,
      rows: [['订单号', O8], ['商品名称', '盛趣一卡通 50元 卡密'], ['实付金额', '¥48.50'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-04-13 11:05:20']],
      code: '卡号：2206********3017  密码：**********5840',
      note: ['卡密自动发货，充值入口：盛趣游戏官网 → 充值中心 → 一卡通充值。'],
    },
    key_phrases: [O8, '¥48.50', '盛趣一卡通 50元'],
  },
  {
    name: 'b28-sq-expired', case: 'b28-dingtalk-expired-return', file: 'Screenshot_20280413-112812.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '11:28', battery: 73,
    game: { title: '一卡通充值', name: '盛趣游戏 充值中心', hue: '#1e3a8a', fields: [['充值账号', 'sq****4418'], ['卡号', '2206 **** **** 3017'], ['密码', '**********5840']], submit: '确认充值', tips: ['一卡通面值：50元'] },
    dialog: { title: '充值失败', body: ['充值卡已过有效期'], buttons: ['确定'] },
    corpus: [SRC.expired],
    key_phrases: ['充值卡已过有效期'],
  },
  {
    name: 'b28-dingtalk-return', case: 'b28-dingtalk-expired-return', file: 'Screenshot_20280413-120530.png', split: B,
    style: 'dingtalk', device: 'android-1080x2400', clock: '12:05', battery: 70, title: '云栖点卡站-小周',
    messages: [
      { from: 'time', text: '上午 11:30' },
      { from: 'buyer', read: true, text: `你好，订单${O8}的一卡通充值提示“充值卡已过有效期”，截图发你了` },
      { from: 'merchant', name: '小周', text: '不好意思，这批卡是去年的库存，已经过期了，是我们的问题。您在网站上申请退款就行，我这边同意' },
      { from: 'buyer', read: false, text: '我选退货退款，卡号密码退回给你们' },
    ],
    corpus: [SRC.expired],
    key_phrases: [O8, '这批卡是去年的库存', '退货退款'],
  },

  // ── 9 b28-xianyu-bound-no-chat: activation_failed, reverse: no chat at all ──────────────
  {
    name: 'b28-xianyu-editor-order', case: 'b28-xianyu-bound-no-chat', file: 'Screenshot_20280414-201544.png', split: B,
    style: 'xianyu-order', device: 'android-1080x2400', clock: '20:15', battery: 34,
    order: {
      status: '卖家已发货', statusLine: '卖家已发货，确认收货后交易成功',
      seller: '阿砚软件小铺', title: '映画剪辑 Pro 永久激活码 Windows版', price: '¥39.90',
      rows: [['订单编号', O9, true], ['创建时间', '2028-04-14 19:38:50'], ['付款时间', '2028-04-14 19:39:02'], ['发货时间', '2028-04-14 19:40:15'], ['实付款', '¥39.90']],
      buttons: ['申请退款', '联系卖家', '确认收货'],
    },
    key_phrases: [O9, '¥39.90', '卖家已发货'],
  },
  {
    name: 'b28-editor-bound-photo', case: 'b28-xianyu-bound-no-chat', file: 'IMG_20280414_200611.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.3, focus: [0.42, 0.38], clock: '20:06', date: '2028/4/14', winX: 520, winY: 220,
    app: { title: '映画剪辑 Pro', color: '#db2777', heading: '软件激活', button: '立即激活', fields: [['机器码', '7F3A-****-****-C91E'], ['激活码', 'YHJ-****-****-82KD']], version: '版本 6.2.1 · 试用版' },
    box: { title: '激活失败', icon: 'error', text: '该卡密已被其他设备激活绑定', buttons: ['确定'] },
    corpus: [SRC.boundZh],
    key_phrases: ['该卡密已被其他设备激活绑定'],
  },

  // ── 10 b28-qb-cards-partial: not_received (60 of 150), ready/weak + refund-partial ─────────
  {
    name: 'b28-shop-qbcard-partial', case: 'b28-qb-cards-partial', file: 'IMG_5347.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '09:05', battery: 92, shop: '企鹅卡券站', accent: '#f59e0b',
    order: {
      query: O10, statusTone: 'wait',
      rows: [['订单号', O10], ['商品名称', 'Q币充值卡 30元 卡密（自动发货）'], ['购买数量', '5'], ['实付金额', '¥150.00'], ['订单状态', '部分发货', 'status'], ['下单时间', '2028-04-14 22:08:19']],
      code: '① 卡号 9001****4471 密码 ****2283；② 卡号 9001****4472 密码 ****6610；③ 卡号 9001****4475 密码 ****0937',
      noteTitle: '发货说明', note: ['库存不足，已发 3 张，剩余 2 张补货后自动发放。'],
    },
    key_phrases: [O10, '¥150.00', '部分发货', '剩余 2 张补货后自动发放'],
  },
  {
    name: 'b28-qpay-card-ok', case: 'b28-qb-cards-partial', file: 'Screenshot_20280414-223110.png', split: B,
    style: 'qpay-result', device: 'android-1080x2400', clock: '22:31', battery: 40, mode: 'result',
    result: {
      tone: 'ok', title: '充值成功', amount: '30 Q币', lines: ['Q币已充入您的QQ账户'],
      rows: [['充值账号', 'QQ 2286015537'], ['充值产品', 'Q币'], ['充值方式', 'QQ卡'], ['充值数量', '30个'], ['腾讯充值单号', 'QB202804142231047781'], ['充值时间', '2028-04-14 22:31:04']],
    },
    key_phrases: ['充值成功', '30 Q币'],
  },
  {
    name: 'b28-dingtalk-partial', case: 'b28-qb-cards-partial', file: 'Screenshot_20280415-100512.png', split: B,
    style: 'dingtalk', device: 'android-1080x2400', clock: '10:05', battery: 86, title: '企鹅卡券站-小桃',
    messages: [
      { from: 'time', text: '上午 09:10' },
      { from: 'buyer', read: true, text: `订单${O10}买了5张30元Q币卡，只发了3张，页面写库存不足，剩下2张什么时候发？` },
      { from: 'time', text: '上午 10:02' },
      { from: 'merchant', name: '小桃', text: '抱歉，上游这个面值一直没补到货，剩下2张发不了。您申请退款60元（2张），已发的3张正常用，我这边同意' },
      { from: 'buyer', read: false, text: '好的，我申请退60' },
    ],
    key_phrases: [O10, '剩下2张发不了', '您申请退款60元'],
  },

  // ── 11 b28-caihong-wps-norefund: wrong_purchase, reverse: code delivered, terms exclude it ─
  {
    name: 'b28-caihong-wps-detail', case: 'b28-caihong-wps-norefund', file: 'QQ截图20280415203602.png', split: B,
    style: 'caihong-ds-query', device: 'desktop-1366x768', shop: '小鹿卡盟',
    order: {
      by: 'id', query: O11,
      rows: [{ input: '1892****63', name: 'WPS 稻壳会员 月卡 激活码', num: 1, time: '2028-04-15 20:02:08', status: '已完成' }],
    },
    detail: {
      id: O11, name: 'WPS 稻壳会员 月卡 激活码', money: '15.80', date: '2028-04-15 20:02:08', inputs: '联系QQ：1892****63', status: '已完成',
      km: ['激活码：WPSD-****-****-7QXM'],
      desc: ['本店卡密均为自动发货，付款后立即发放到订单详情。虚拟商品售出后非卡密质量问题不退不换，请确认需求后再下单。'],
    },
    corpus: [SRC.caihong],
    key_phrases: [O11, '15.80元', '非卡密质量问题不退不换'],
  },
  {
    name: 'b28-qq-wps-wrong', case: 'b28-caihong-wps-norefund', file: 'Screenshot_20280415-203815.png', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', clock: '20:38', battery: 29, title: '小鹿卡盟客服',
    messages: [
      { from: 'time', text: '20:14' },
      { from: 'buyer', text: `拍错了，订单${O11}，我要的是WPS超级会员，不是稻壳会员，激活码还没用，能退吗` },
      { from: 'time', text: '20:29' },
      { from: 'merchant', text: '亲，卡密付款后就自动发出去了，商品简介写了非质量问题不退不换，这单退不了哦。可以补差价给您换超级会员' },
      { from: 'buyer', text: '码都没用你们也不退？' },
    ],
    key_phrases: [O11, '这单退不了哦', '补差价'],
  },

  // ── 12 b28-wecom-en-key-near: activation_failed, ready/weak + deadline-near ──────────────
  {
    name: 'b28-msgbox-bound-en', case: 'b28-wecom-en-key-near', file: 'Screenshot 2028-04-17 170512.png', split: B,
    style: 'win-msgbox', dark: true, device: 'desktop-1920x1080', clock: '17:05', date: '2028/4/17', winX: 640, winY: 200,
    app: { title: 'ClipNova Studio 3', color: '#0891b2', heading: 'Activate ClipNova Studio', button: 'Activate', fields: [['Activation code', 'CNS3-****-****-****-R7TD'], ['Device', 'DESKTOP-H4Q7ZP2']], version: 'Version 3.4.0 · Trial (6 days left)' },
    box: { title: 'ClipNova Studio', icon: 'error', text: 'This activation code is already bound to another device.', buttons: ['OK'] },
    corpus: [SRC.boundEn],
    key_phrases: ['This activation code is already bound to another device.'],
  },
  {
    name: 'b28-wecom-bound', case: 'b28-wecom-en-key-near', file: 'IMG_5412.PNG', split: B,
    style: 'wecom', device: 'iphone-1170x2532', clock: '17:50', battery: 38, title: '阿岚', corp: '极客正版软件',
    messages: [
      { from: 'time', text: '17:08' },
      { from: 'buyer', read: true, text: `你好，昨晚买的 ClipNova Studio 3 激活码（订单 ${O12}），今天第一次激活就提示 “This activation code is already bound to another device.”` },
      { from: 'buyer', type: 'image', hue: 190, w: 200, h: 112 },
      { from: 'time', text: '17:41' },
      { from: 'merchant', text: '查到了，这个码之前卖给一个退款的客户激活过，我们回收的时候没解绑就又发出去了，是我们的问题。你在支付宝订单那边申请退款，我同意。' },
      { from: 'buyer', read: false, text: '好的' },
    ],
    corpus: [SRC.boundEn],
    key_phrases: [O12, '没解绑就又发出去了', '我同意'],
  },
  {
    name: 'b28-alipay-clipnova', case: 'b28-wecom-en-key-near', file: 'Screenshot_20280417-175502.png', split: B,
    style: 'alipay-order', device: 'android-1080x2400', clock: '17:55', battery: 36,
    bill: {
      merchant: '极客正版软件', mark: '极', amount: '-168.00', status: '交易成功',
      rows: [['支付时间', '2028-04-16 21:09:55'], ['付款方式', '花呗'], ['商品说明', 'ClipNova Studio 3 永久激活码 Windows 1台'], ['收单机构', '支付宝(中国)网络技术有限公司'], ['订单号', T12], ['商家订单号', O12]],
      links: ['对此订单有疑问', '联系商家'],
    },
    key_phrases: [O12, '-168.00', '交易成功'],
  },

  // ── 13 b28-tw-caihong-noreply: not_received, ready/weak + chat-no-reply (zh-Hant buyer) ───
  {
    name: 'b28-caihong-gs-pending', case: 'b28-tw-caihong-noreply', file: 'IMG_5438.PNG', split: B,
    style: 'caihong-ds-query', device: 'iphone-1170x2532', clock: '08:45', battery: 81, shop: '星辰卡盟',
    order: {
      query: '812****305',
      rows: [{ input: '812****305', name: '原神 6480创世结晶 UID代充（台港澳服）', num: 1, time: '2028-04-17 22:10:57', status: '待处理' }],
    },
    detail: {
      id: O13, name: '原神 6480创世结晶 UID代充（台港澳服）', money: '468.00', date: '2028-04-17 22:10:57', inputs: 'UID：812****305 服务器：台港澳服', status: '待处理',
      desc: ['代充商品由人工处理，请保持游戏离线。'],
    },
    corpus: [SRC.caihong],
    key_phrases: [O13, '468.00元', '待处理'],
  },
  {
    name: 'b28-qq-tw-noreply', case: 'b28-tw-caihong-noreply', file: 'IMG_5439.PNG', split: B,
    style: 'qq-mobile', device: 'iphone-1170x2532', degrade: ['crop:200'], clock: '08:46', battery: 81, title: '星辰卡盟 客服',
    messages: [
      { from: 'time', text: '4月17日 22:41' },
      { from: 'buyer', text: `你好，訂單 ${O13} 已經付款了，UID 812****305，請問什麼時候儲值？` },
      { from: 'time', text: '4月18日 12:05' },
      { from: 'buyer', text: '已經過了十幾個小時了，還是沒有到帳，麻煩回覆一下' },
      { from: 'time', text: '08:30' },
      { from: 'buyer', text: '兩天了還是沒消息，查單頁面一直顯示待處理，請給個答覆，不然我只能申請退款了' },
    ],
    key_phrases: [O13, '還是沒有到帳', '一直顯示待處理'],
  },

  // ── 14 b28-netease-card-gm: card_invalid, ready (the publisher confirms an earlier use) ───
  {
    name: 'b28-topup-card-used', case: 'b28-netease-card-gm', file: 'Screenshot_20280418-094522.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '09:45', battery: 84,
    game: { title: '点卡充值', name: '网易一卡通 充值中心', hue: '#b91c1c', fields: [['网易账号', 'xi****@163.com'], ['卡号', '1410 **** **** 6638'], ['密码', '**********2915']], submit: '立即充值', tips: ['点卡面值：50元'] },
    toast: '该点卡已被使用',
    corpus: [SRC.cardUsed],
    key_phrases: ['该点卡已被使用'],
  },
  {
    name: 'b28-gm-card-used', case: 'b28-netease-card-gm', file: 'Screenshot 2028-04-18 145302.png', split: B,
    style: 'netease-gm', device: 'desktop-1366x768', mark: { text: '2028-04-18 03:12:44' },
    ticket: {
      status: '已回复', tone: 'done', subject: '点卡充值提示已被使用，请查询使用记录',
      fields: [['问题编号', 'GM2028041809581206'], ['游戏', '梦幻西游 电脑版'], ['账号', 'xi****@163.com'], ['问题分类', '充值/点卡'], ['提交时间', '2028-04-18 09:58']],
    },
    messages: [
      { from: 'buyer', at: '2028-04-18 09:58', text: '刚买的网易一卡通50元点卡，充值提示“该点卡已被使用”，卡号 1410****6638，麻烦帮忙查一下这张卡的使用记录。', images: 1 },
      { from: 'merchant', at: '2028-04-18 14:36', text: '您好，经查询，卡号尾号6638的点卡已于2028-04-18 03:12:44被其他帐号充值使用，并非您的帐号使用。建议您联系点卡的购买渠道处理。', sign: '网易游戏客服 小满' },
    ],
    corpus: [SRC.cardUsed],
    key_phrases: ['2028-04-18 03:12:44', '被其他帐号充值使用'],
  },
  {
    name: 'b28-tim-card-used', case: 'b28-netease-card-gm', file: 'TIM截图20280418151820.png', split: B,
    style: 'tim-pc', device: 'desktop-1920x1080', title: '青柚点卡-客服', online: '在线', buyerAvatar: '溪', merchantAvatar: '柚',
    taskbar: ['15:18', '2028/4/18'],
    sessions: [['青柚点卡-客服', '好', '15:14'], ['财务部', '报销单周五前交', '11:20'], ['我的手机', '[文件]', '09:02']],
    messages: [
      { from: 'time', text: '14:50' },
      { from: 'buyer', text: `老板，订单${O14}的网易点卡，充值提示“该点卡已被使用”。网易客服查了，这张卡今天凌晨3点12分就被别的账号充掉了，我是9点半才买的，截图发你` },
      { from: 'buyer', type: 'image' },
      { from: 'time', text: '15:12' },
      { from: 'merchant', text: '看到了，这张卡是我们库存里被人盗刷的，抱歉。你在网站订单那里申请退款，我这边通过。' },
      { from: 'buyer', text: '好' },
    ],
    corpus: [SRC.cardUsed],
    key_phrases: [O14, '库存里被人盗刷的', '我这边通过'],
  },
];
