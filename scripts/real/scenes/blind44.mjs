// The forty-fourth blind end-to-end set (fixtures/blind44/): 14 cases written by a helper (branch b44),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind44'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is Chinese game top-up and account trading: 交易猫,
// 盼之 and 螃蟹 listings, chats and trade groups, 闲鱼 virtual goods with their refund pages, QQ钱包 and
// 微信支付 bills and a 微信支付 complaint, a Hong Kong WeChat Pay HK bill and a Taiwanese 8591-style
// trade, in degraded captures (forwarded JPEGs, dark mode, a picture inside 文件传输助手, a long
// screenshot cut at the top). Five new app styles: `jiaoyimao-listing` (交易猫 商品详情),
// `pxb7-group` (螃蟹 交易群, buyer + seller + 官方客服), `xianyu-refund` (闲鱼 退款详情 with 协商历史),
// `wechat-pay-complaint` (微信支付 投诉详情 with 协商历史) and `wechatpay-hk-bill` (WeChat Pay HK
// 帳單詳情, Traditional Chinese).
// Render with `node scripts/real/render.mjs --set blind44`, then
// `node scripts/real/copy-cases.mjs --set blind44`. The set is judged once, at the end: do not tune on it.
const B = 'blind44';

const O1 = '1202808031944069175'; // 交易猫: 19 digits
const O2 = 'PX2808050912203316'; // 螃蟹: PX + yyMMddHHmmss + 4
const O3 = '3961208841275530917'; // 闲鱼: 19 digits
const O4 = 'DZ2808091205331742'; // the mini-program shop's 商户单号
const T4 = '4200002871202808096615092234'; // WeChat Pay 交易单号: 28 digits
const C4 = '200201820280809184012350000'; // 投诉单号: 27 digits
const O5 = 'HK20280810153307'; // HK + 14 digits
const T5 = '4200002905202808105519483306';
const O6 = 'FL20280812201540'; // 商户单号: FL + 14 digits
const T6 = '1010000412202808122071548832'; // QQ钱包 交易单号: 28 digits
const O7 = '4018827360094512638'; // 闲鱼
const O8 = '1202808161040128846'; // 交易猫
const O9 = 'PX2808171358319052'; // 螃蟹
const O10 = '280813150247661093'; // 盼之: 18 digits
// this order (20 Aug) is KM2808201918220457; the complaint is about the buyer's order of 8 Aug
const O11 = 'KM2808201918220457';
const O11b = 'KM2808081147306612';
const T11 = '4200002880202808207731650418';
const T11b = '4200002866202808080927461153';
const C11b = '200201820280809100215770000';
const O12 = '3907716205538841274'; // 闲鱼
const O13 = 'T2808192108457'; // trading site: T + 13 digits
const O14 = '1202808221408552073'; // 交易猫

const SRC = {
  batch: 'a 卡密 check: "当前卡密批次已停用" (public GitHub TypeScript file, find_string id 56700407561)',
  usedOrUnavail: 'the same 卡密 check: "该卡密已使用或不可用" (public GitHub TypeScript file, find_string id 56700407561)',
  roleId: 'a game top-up tool\'s check: "角色ID不存在！" (public GitHub Python file, find_string id 27390839279)',
  hkUsed: 'a redeem service\'s error: "此啟用碼已被使用" (public GitHub Python file, find_string id 57517099766)',
  twRedeemed: 'a wallet app\'s localisation, Response.AlreadyRedeemedError: "此點數卡已被兌換。" (public GitHub C# file, find_string id 6737705698)',
  complaint: '微信支付 consumer-complaint fields (投诉单号, 问题类型, 问题描述, 投诉关联订单, 协商历史): https://pay.weixin.qq.com/doc/v3/merchant/4012533439 and https://pay.wechatpay.cn/doc/v3/partner/4012691648 (field names only; the page and its lines are the author\'s)',
};

export default [
  // ── 1 b44-jym-listing-skin-nad: not_as_described, ready ──────────────────────────────────
  {
    name: 'b44-jym-listing-skin', case: 'b44-jym-listing-skin-nad', file: 'Screenshot_2028-08-04-12-41-07-219_com.jym.mall.png', split: B,
    style: 'jiaoyimao-listing', device: 'android-1080x2400', clock: '12:41', battery: 64, heroH: 200,
    listing: {
      game: '和平精英', title: '安卓QQ区 王牌段位 套装87套 含2个永久载具皮肤 可二次实名', price: '¥650.00', stats: '23人想要 · 浏览1046',
      chips: ['找回包赔', '官方验号', '可二次实名'],
      attrs: [['区服', '安卓QQ区'], ['段位', '王牌'], ['套装', '87套'], ['永久载具皮肤', '2个'], ['实名', '可二次实名'], ['防沉迷', '无']],
      desc: ['两个载具皮肤都是永久的，上号即可看到，号主本人出，诚心要的直接拍。'],
      notes: ['交易完成前请勿向卖家私下转账。', '换绑完成后请及时验号，发现与描述不符请在订单内联系客服。'],
      sold: true,
    },
    key_phrases: ['含2个永久载具皮肤', '永久载具皮肤'],
  },
  {
    name: 'b44-jym-skin-chat', case: 'b44-jym-listing-skin-nad', file: 'Screenshot_2028-08-04-12-55-30-604_com.jym.mall.png', split: B,
    style: 'jiaoyimao-chat', device: 'android-1080x2400', clock: '12:55', battery: 62, title: '卖家 · 北城号铺',
    item: { title: '和平精英 安卓QQ区 王牌段位 套装87套 含2个永久载具皮肤 可二次实名', price: '¥650.00', status: '交易成功' },
    messages: [
      { from: 'time', text: '昨天 20:31' },
      { from: 'merchant', text: '换绑弄完了，你上号看看' },
      { from: 'buyer', text: '登上了' },
      { from: 'time', text: '11:46' },
      { from: 'buyer', text: `老板，订单${O1}，两个载具皮肤在仓库里都显示限时，一个剩6天一个剩3天，不是永久的` },
      { from: 'merchant', text: '确实是限时的，上架的时候我当成永久的写了，是我这边写错' },
      { from: 'merchant', text: '你在订单里申请退款，原因选描述不符，650我同意全退，号我收回' },
      { from: 'buyer', text: '好的 我现在申请' },
    ],
    key_phrases: [O1, '上架的时候我当成永久的写了', '650我同意全退'],
  },

  // ── 2 b44-pxb7-group-nr-dark: not_received, ready ───────────────────────────────────────
  {
    name: 'b44-pxb7-group-nr', case: 'b44-pxb7-group-nr-dark', file: 'IMG_5206.PNG', split: B,
    style: 'pxb7-group', dark: true, device: 'iphone-1170x2532', clock: '15:18', battery: 41, title: '交易群·逆水寒手游', members: 3,
    names: { seller: '卖家 风起', staff: '螃蟹客服-小鱼' },
    pin: { order: O2, line: '平台仅在本群内交付，请勿添加对方私人联系方式' },
    messages: [
      { from: 'time', text: '昨天 09:13' },
      { from: 'staff', text: '交易群已建立。请卖家在2小时内在群内提供账号并配合换绑。' },
      { from: 'time', text: '昨天 11:40' },
      { from: 'buyer', text: '两个多小时了，卖家还没交号' },
      { from: 'staff', text: '已电话提醒卖家，请稍等' },
      { from: 'time', text: '今天 09:05' },
      { from: 'buyer', text: `一整晚过去了还是没给号，订单${O2}还在待交号` },
      { from: 'staff', text: '卖家已超时未交号，电话和消息都联系不上。这单您可以直接申请退款，我们优先处理，钱会退回您付款的账户。' },
      { from: 'buyer', text: '好，我去申请退款' },
    ],
    key_phrases: [O2, '卖家已超时未交号'],
  },
  {
    name: 'b44-pxb7-order-nr', case: 'b44-pxb7-group-nr-dark', file: 'IMG_5207.PNG', split: B,
    style: 'pxb7-order', device: 'iphone-1170x2532', clock: '15:19', battery: 41,
    order: {
      status: '待卖家交号', statusLine: '卖家已超过交号时限，可申请退款',
      title: '逆水寒手游 官服 紫禁之巅 战力82万 时装47套', price: '¥560.00',
      rebind: [['卖家提供账号', 'fail', '超时未提供（时限：付款后2小时）'], ['登录验证', 'wait', '待卖家交号'], ['手机号换绑', 'wait', '待上一步完成']],
      rows: [['订单编号', O2], ['下单时间', '2028-08-05 09:12:20'], ['实付金额', '¥560.00'], ['订单状态', '待卖家交号', 'status']],
      buttons: ['联系客服', '申请退款'],
    },
    key_phrases: [O2, '¥560.00', '待卖家交号'],
  },

  // ── 3 b44-xy-autoship-batch-card: card_invalid, ready ───────────────────────────────────
  {
    name: 'b44-xy-autoship-batch', case: 'b44-xy-autoship-batch-card', file: 'Screenshot_2028-08-08-09-28-51-104_com.taobao.idlefish.png', split: B,
    style: 'xianyu-autoship', device: 'android-1080x2400', clock: '09:28', battery: 77, title: '萤火加速卡铺',
    item: { title: '萤火加速器 月卡 兑换卡密 秒发', price: '¥25.00', status: '已发货' },
    messages: [
      { from: 'time', text: '昨天 21:03' },
      { from: 'buyer', type: 'card', card: { title: '萤火加速器 月卡 兑换卡密 秒发', price: '¥25.00', order: `订单编号：${O3}`, status: '我已付款，等待你发货' } },
      { from: 'merchant', auto: { tool: '闲管家', head: '您购买的卡密已自动发送：', code: 'YHJS-****-****-8RTD', lines: ['萤火加速器APP → 我的 → 兑换中心，粘贴卡密即可'] } },
      { from: 'system', text: '卖家已发货' },
      { from: 'buyer', text: `订单${O3}的卡密兑换不了，弹窗说当前卡密批次已停用` },
      { from: 'time', text: '09:20' },
      { from: 'merchant', text: '早上问了上家，那一批卡被官方整批停掉了，你这张确实用不了' },
      { from: 'merchant', text: '你直接在闲鱼申请退款，我这边点同意' },
      { from: 'buyer', text: '好，已经申请了' },
    ],
    corpus: [SRC.batch],
    key_phrases: [O3, '当前卡密批次已停用', '那一批卡被官方整批停掉了'],
  },
  {
    name: 'b44-xy-batch-dialog', case: 'b44-xy-autoship-batch-card', file: 'mmexport1849266310552.jpg', split: B,
    style: 'android-dialog', device: 'android-1080x2400', degrade: ['forward'], clock: '21:06', battery: 58, appTitle: '兑换中心',
    fields: [['当前账号', '158****2093'], ['卡密', 'YHJS-****-****-8RTD']], submit: '立即兑换',
    dialog: { title: '兑换失败', body: ['当前卡密批次已停用'], buttons: ['知道了'] },
    corpus: [SRC.batch],
    key_phrases: ['当前卡密批次已停用'],
  },
  {
    name: 'b44-xy-batch-refund', case: 'b44-xy-autoship-batch-card', file: 'Screenshot_2028-08-08-09-33-14-552_com.taobao.idlefish.png', split: B,
    style: 'xianyu-refund', device: 'android-1080x2400', clock: '09:33', battery: 76,
    refund: {
      status: '等待卖家处理', line: '卖家同意后，退款将原路退回你的支付宝',
      rows: [['退款原因', '卡密无法使用'], ['退款金额', '¥25.00'], ['申请时间', '2028-08-08 09:31'], ['退款编号', '28080809314477109'], ['订单编号', O3]],
      history: [
        { who: 'buyer', name: '我', at: '2028-08-08 09:31', head: '买家发起了仅退款申请', lines: ['退款原因：卡密无法使用', '退款金额：¥25.00', '说明：兑换提示当前卡密批次已停用，卖家已确认这批卡不能用'] },
      ],
      buttons: ['修改申请', '撤销申请'],
    },
    key_phrases: [O3, '¥25.00', '等待卖家处理'],
  },

  // ── 4 b44-wxpay-complaint-late: late_delivery, ready ─────────────────────────────────────
  {
    name: 'b44-wxpay-complaint-late', case: 'b44-wxpay-complaint-late', file: 'Screenshot_20280809_201412.png', split: B,
    style: 'wechat-pay-complaint', device: 'android-1080x2400', clock: '20:14', battery: 35,
    complaint: {
      status: '商家已回复', line: '如问题已解决，可点击下方「确认已解决」',
      rows: [['投诉单号', C4], ['被投诉商户', '杭州速充网络科技有限公司'], ['问题类型', '商家未按约定时间发货'], ['投诉时间', '2028-08-09 18:40']],
      order: [['商品', '蛋仔派对 蛋币6480 代充'], ['金额', '¥498.00'], ['商户单号', O4], ['交易单号', T4]],
      history: [
        { who: 'merchant', at: '08-09 19:55', text: '抱歉，蛋仔充值渠道今天故障，您这单没充上，今天也充不了。这单我们全额退，请在小程序订单页申请退款，我们马上通过。' },
        { who: 'system', at: '08-09 18:41', text: '投诉已提交，已通知商家处理' },
        { who: 'buyer', at: '08-09 18:40', text: '下单页写付款后15分钟内充值到账，6个半小时了UID上还是没有蛋币。' },
      ],
      buttons: ['补充凭证', '确认已解决'],
    },
    corpus: [SRC.complaint],
    key_phrases: [O4, '15分钟内充值到账', '这单我们全额退'],
  },
  {
    name: 'b44-wxpay-bill-late-dark', case: 'b44-wxpay-complaint-late', file: 'Screenshot_20280809_201540.png', split: B,
    style: 'wechat-pay-bill', dark: true, device: 'android-1080x2400', clock: '20:15', battery: 35, logoColor: '#F5A623',
    bill: {
      merchant: '速充游戏小铺', amount: '-498.00',
      rows: [['当前状态', '支付成功'], ['支付时间', '2028年8月9日 12:05:33'], ['商品', '蛋仔派对 蛋币6480 代充'], ['商户全称', '杭州速充网络科技有限公司'], ['支付方式', '零钱'], ['交易单号', T4], ['商户单号', O4]],
    },
    key_phrases: [O4, T4],
  },

  // ── 5 b44-hk-wxpayhk-act: activation_failed, ready (Hong Kong) ──────────────────────────
  {
    name: 'b44-hk-act-used', case: 'b44-hk-wxpayhk-act', file: 'Screenshot_20280810-160212.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '16:02', battery: 69, appTitle: '輸入啟用碼',
    fields: [['帳戶', 'ks****@gmail.com'], ['啟用碼', 'AURA-****-****-7QX2']], submit: '立即啟用',
    dialog: { title: '啟用失敗', body: ['此啟用碼已被使用'], buttons: ['確定'] },
    corpus: [SRC.hkUsed],
    key_phrases: ['此啟用碼已被使用'],
  },
  {
    name: 'b44-hk-wa-act', case: 'b44-hk-wxpayhk-act', file: 'Screenshot_20280810-172733.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '17:27', battery: 61, title: '旺角數碼卡舖', subtitle: 'Business account',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: `你好，頭先喺你哋網站買咗極光加速器終身會員，訂單 ${O5}`, at: '16:05' },
      { from: 'buyer', text: '啟用嗰陣彈「此啟用碼已被使用」，我從來未用過呢個碼', at: '16:05' },
      { from: 'buyer', type: 'image', w: 110, h: 190, hue: 200 },
      { from: 'merchant', text: 'Sorry for the wait. 查過系統，同一個碼今日重複發咗俾兩位客人，另一位先啟用咗', at: '17:20' },
      { from: 'merchant', text: '你喺網站訂單頁按「申請退款」就得，我哋會全數退 HK$188 返你 WeChat Pay HK', at: '17:21' },
      { from: 'buyer', text: 'OK，而家去申請', at: '17:25' },
    ],
    corpus: [SRC.hkUsed],
    key_phrases: [O5, '重複發咗俾兩位客人', 'HK$188'],
  },
  {
    name: 'b44-hk-wxpayhk-bill', case: 'b44-hk-wxpayhk-act', file: 'Screenshot_20280810-173012.png', split: B,
    style: 'wechatpay-hk-bill', device: 'android-1080x2400', clock: '17:30', battery: 60,
    bill: {
      merchant: '旺角數碼卡舖', amount: '-HK$188.00', state: '支付成功',
      rows: [['當前狀態', '支付成功'], ['支付時間', '2028年8月10日 15:33:07'], ['商品', '極光加速器 終身會員 啟用碼'], ['商戶全稱', '旺角數碼科技有限公司'], ['支付方式', '零錢'], ['交易單號', T5], ['商戶單號', O5]],
    },
    key_phrases: [O5, T5, '-HK$188.00'],
  },

  // ── 6 b44-qqwallet-topup-partial: not_received (49 of 98), ready/weak + refund-partial ──
  {
    name: 'b44-qqwallet-bill-fwd', case: 'b44-qqwallet-topup-partial', file: 'Image_1849304458201.jpg', split: B,
    style: 'qqwallet-bill', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '20:18', battery: 52,
    bill: {
      merchant: '飞鹿游戏代充', amount: '-98.00', status: '支付成功', hue: '#2F8FE0',
      rows: [['商品', 'QQ飞车手游 点券5000 ×2 代充'], ['商户全称', '赣州飞鹿网络科技有限公司'], ['支付方式', 'QQ钱包余额'], ['交易时间', '2028-08-12 20:15:40'], ['交易单号', T6], ['商户单号', O6]],
    },
    key_phrases: [O6, T6, '支付成功'],
  },
  {
    name: 'b44-qq-partial-chat', case: 'b44-qqwallet-topup-partial', file: 'Screenshot_2028-08-13-10-05-44-190_com.tencent.mobileqq.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '10:05', battery: 80, title: '飞鹿代充-售后',
    messages: [
      { from: 'time', text: '昨天 20:40' },
      { from: 'buyer', text: `订单${O6}买的两份5000点券，现在只到了一份5000，还差一份` },
      { from: 'merchant', text: '稍等我看下后台' },
      { from: 'time', text: '09:52' },
      { from: 'merchant', text: '第二份上游一直没补货，充不进去了' },
      { from: 'merchant', text: '到账的那份不能退，没到的那份49元我同意退，你在订单页申请部分退款，金额填49' },
      { from: 'buyer', text: '行，我按49申请' },
    ],
    key_phrases: [O6, '没到的那份49元我同意退'],
  },

  // ── 7 b44-xy-private-vx-dark: not_received, ready/weak + private-channel ─────────────────
  {
    name: 'b44-xy-private-chat', case: 'b44-xy-private-vx-dark', file: 'Screenshot_2028-08-15-10-29-03-771_com.taobao.idlefish.png', split: B,
    style: 'xianyu-autoship', dark: true, device: 'android-1080x2400', clock: '10:29', battery: 45, title: '阿凯代充',
    item: { title: '原神 创世结晶6480+1600 官服UID直充', price: '¥488.00', status: '待发货' },
    messages: [
      { from: 'time', text: '昨天 18:22' },
      { from: 'buyer', type: 'card', card: { title: '原神 创世结晶6480+1600 官服UID直充', price: '¥488.00', order: `订单编号：${O7}`, status: '我已付款，等待你发货' } },
      { from: 'time', text: '昨天 23:40' },
      { from: 'buyer', text: '5个多小时了还没到，订单也还是待发货' },
      { from: 'time', text: '10:12' },
      { from: 'merchant', text: '兄弟 渠道被封了 这单充不了' },
      { from: 'merchant', text: '走闲鱼退款要等好几天，你把订单取消，加我vx我把488原数转你，秒到' },
      { from: 'buyer', text: '不加，我直接在闲鱼申请退款' },
      { from: 'merchant', text: '随你' },
    ],
    key_phrases: [O7, '加我vx我把488原数转你', '我直接在闲鱼申请退款'],
  },
  {
    name: 'b44-xy-private-refund', case: 'b44-xy-private-vx-dark', file: 'Screenshot_2028-08-15-10-33-40-118_com.taobao.idlefish.png', split: B,
    style: 'xianyu-refund', dark: true, device: 'android-1080x2400', clock: '10:33', battery: 44,
    refund: {
      status: '等待卖家处理', line: '卖家同意后，退款将原路退回你的支付宝',
      rows: [['退款原因', '卖家未发货'], ['退款金额', '¥488.00'], ['申请时间', '2028-08-15 10:31'], ['退款编号', '28081510312260843'], ['订单编号', O7]],
      history: [
        { who: 'buyer', name: '我', at: '2028-08-15 10:31', head: '买家发起了仅退款申请', lines: ['退款原因：卖家未发货', '退款金额：¥488.00', '说明：付款16个小时没有充值，卖家说渠道被封充不了'] },
      ],
      buttons: ['修改申请', '撤销申请'],
    },
    key_phrases: [O7, '¥488.00', '卖家未发货'],
  },

  // ── 8 b44-jym-dark-noreply: not_received, ready/weak + chat-no-reply ───────────────────
  {
    name: 'b44-jym-noreply-dark', case: 'b44-jym-dark-noreply', file: 'mmexport1849424688105.jpg', split: B,
    style: 'jiaoyimao-chat', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:62'], clock: '08:51', battery: 23, title: '卖家 · 老周金币铺',
    item: { title: '梦幻西游 电脑版 游戏币3000万 紫禁城', price: '¥258.00', status: '待发货' },
    messages: [
      { from: 'time', text: '8月16日 10:42' },
      { from: 'buyer', text: `老板 订单${O8}已付款，角色名「青衫过客」，我在长安城等你交易` },
      { from: 'time', text: '8月16日 14:15' },
      { from: 'buyer', text: '在吗？等了三个多小时了' },
      { from: 'time', text: '8月16日 22:03' },
      { from: 'buyer', text: '今天还能交易吗，订单一直是待发货' },
      { from: 'time', text: '8月17日 19:30' },
      { from: 'buyer', text: '一天多了消息也不回，那我只能申请退款了' },
    ],
    key_phrases: [O8, '我在长安城等你交易'],
  },
  {
    name: 'b44-jym-noreply-order', case: 'b44-jym-dark-noreply', file: 'Screenshot_2028-08-18-08-53-20-045_com.jym.mall.png', split: B,
    style: 'jiaoyimao-order', device: 'android-1080x2400', clock: '08:53', battery: 23,
    order: {
      status: '待卖家发货', statusLine: '卖家尚未发货，可联系客服或申请退款', step: 1,
      game: '梦幻西游 · 紫禁城', title: '梦幻西游 电脑版 游戏币3000万 紫禁城', price: '¥258.00', chips: ['平台担保'],
      rows: [['订单编号', O8], ['卖家', '老周金币铺'], ['实付金额', '¥258.00'], ['付款时间', '2028-08-16 10:40:12'], ['订单状态', '待发货', 'status']],
      buttons: ['联系卖家', '申请退款'],
    },
    key_phrases: [O8, '¥258.00', '待卖家发货'],
  },

  // ── 9 b44-pxb7-group-threat: not_as_described, ready/weak + threatening-language ────────
  {
    name: 'b44-pxb7-group-threat', case: 'b44-pxb7-group-threat', file: 'Screenshot_2028-08-18-09-48-26-301_com.pxb7.app.png', split: B,
    style: 'pxb7-group', device: 'android-1080x2400', clock: '09:48', battery: 88, title: '交易群·王者荣耀', members: 3,
    names: { seller: '卖家 清风', staff: '螃蟹客服-阿杰' },
    pin: { order: O9, line: '请在群内沟通，文明交易' },
    messages: [
      { from: 'time', text: '昨天 14:20' },
      { from: 'system', text: '换绑已完成，账号已交付买家' },
      { from: 'time', text: '09:12' },
      { from: 'buyer', text: '上号看了，贵族只有8，标题写的贵族10，差了两级' },
      { from: 'seller', text: '贵族10是之前的，可能后来掉了吧，跟我没关系' },
      { from: 'buyer', text: '你们就是一群骗子，今天不把钱退我，我就把你们挂到各个游戏论坛上' },
      { from: 'staff', text: '买家请文明沟通。已核实：账号当前贵族8，与商品描述的贵族10不符。' },
      { from: 'staff', text: `订单${O9}支持按描述不符退款，买家在订单页提交申请即可，账号收回后退款。` },
      { from: 'buyer', text: '好，我去提交' },
    ],
    key_phrases: [O9, '我就把你们挂到各个游戏论坛上', '与商品描述的贵族10不符'],
  },
  {
    name: 'b44-pxb7-order-threat', case: 'b44-pxb7-group-threat', file: 'Screenshot_2028-08-18-09-50-02-512_com.pxb7.app.png', split: B,
    style: 'pxb7-order', device: 'android-1080x2400', clock: '09:50', battery: 88,
    order: {
      status: '交易完成', statusLine: '换绑已完成，账号已交付',
      title: '王者荣耀 安卓QQ区 贵族10 皮肤168个 可二次实名', price: '¥1380.00',
      rebind: [['登录验证', 'done', '08-17 14:02 交付专员已登录'], ['QQ 手机号换绑', 'done', '08-17 14:11 完成'], ['二次实名', 'done', '08-17 14:20 完成']],
      rows: [['订单编号', O9], ['下单时间', '2028-08-17 13:58:31'], ['实付金额', '¥1380.00'], ['交付时间', '2028-08-17 14:20'], ['订单状态', '交易完成', 'status']],
      buttons: ['联系客服', '申请售后'],
    },
    key_phrases: [O9, '¥1380.00', '贵族10'],
  },

  // ── 10 b44-pzds-long-crop-passed: not_as_described, not-ready (deadline-passed) ──────────
  {
    name: 'b44-pzds-long-crop', case: 'b44-pzds-long-crop-passed', file: 'Screenshot_2028-08-18-09-52-37-880_com.pzds.app.png', split: B,
    style: 'pzds-chat', device: 'android-1080x2400', long: true, degrade: ['crop:260'], clock: '09:52', battery: 57, title: '卖家 · 墨染号行',
    pin: { title: '永劫无间 网易区 金色时装18件 天人段位', order: O10, status: '已交付' },
    messages: [
      { from: 'time', text: '8月13日 15:05' },
      { from: 'buyer', text: '老板 这个号金色时装真有18件吗' },
      { from: 'merchant', text: '有的，18件金色，图都是实拍' },
      { from: 'buyer', text: '好，那我拍了' },
      { from: 'time', text: '8月13日 15:40' },
      { from: 'merchant', text: '换绑好了，你上号验一下' },
      { from: 'buyer', text: '登上了，没问题' },
      { from: 'time', text: '8月17日 22:10' },
      { from: 'buyer', text: '老板，今天整理衣柜才发现金色时装只有15件，有3件是帮会借的，今天到期被收回了' },
      { from: 'buyer', type: 'image', w: 96, h: 170, hue: 300 },
      { from: 'buyer', text: `你标题写的18件金色，实际少了3件，订单${O10}` },
      { from: 'merchant', text: '交号那天你自己说的没问题，验号早就过了' },
      { from: 'merchant', text: '盼之售后是交付后72小时内，现在都四天多了，我这边不退' },
      { from: 'buyer', text: '那我自己去平台申请售后' },
    ],
    key_phrases: [O10, '交付后72小时内', '实际少了3件'],
  },
  {
    name: 'b44-pzds-claim-passed', case: 'b44-pzds-long-crop-passed', file: 'Screenshot_2028-08-18-10-00-21-306_com.pzds.app.png', split: B,
    style: 'pzds-claim', device: 'android-1080x2400', clock: '10:00', battery: 56,
    claim: {
      status: '待审核', ticket: 'SH2808180958', statusLine: '售后专员将尽快审核，请留意消息通知',
      rows: [['申请类型', '描述不符'], ['关联订单', O10], ['商品', '永劫无间 网易区 金色时装18件 天人段位'], ['实付金额', '¥720.00'], ['申请退款', '¥720.00', true], ['申请时间', '2028-08-18 09:58']],
      steps: [['2028-08-18 09:58', '买家提交描述不符售后申请，已上传衣柜截图']],
      terms: ['账号与描述不符须在交付后72小时内申请售后，超时不予受理'],
    },
    key_phrases: [O10, '¥720.00', '交付后72小时内申请售后'],
  },

  // ── 11 b44-wxpay-complaint-other-order: card_invalid, not-ready (order-id-mismatch) ──────
  {
    name: 'b44-card-usedunavail', case: 'b44-wxpay-complaint-other-order', file: 'Screenshot_20280820_192644.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '19:26', battery: 47, appTitle: '点卡充值',
    fields: [['充值账号', 'qy****@163.com'], ['卡号', '1208 **** **** 3391'], ['密码', '************']], submit: '确认充值',
    dialog: { title: '充值失败', body: ['该卡密已使用或不可用'], buttons: ['确定'] },
    corpus: [SRC.usedOrUnavail],
    key_phrases: ['该卡密已使用或不可用'],
  },
  {
    name: 'b44-wxpay-complaint-old', case: 'b44-wxpay-complaint-other-order', file: 'Screenshot_20280820_193512.png', split: B,
    style: 'wechat-pay-complaint', dark: true, device: 'android-1080x2400', clock: '19:35', battery: 45,
    complaint: {
      status: '已完成', line: '商家已处理，你已确认问题解决',
      rows: [['投诉单号', C11b], ['被投诉商户', '温州卡卡网络科技有限公司'], ['问题类型', '商品无法使用'], ['投诉时间', '2028-08-09 10:02']],
      order: [['商品', '网易一卡通 100点 卡密'], ['金额', '¥95.00'], ['商户单号', O11b], ['交易单号', T11b]],
      history: [
        { who: 'buyer', at: '08-09 16:30', text: '新卡密已经充进去了，问题解决。' },
        { who: 'merchant', at: '08-09 15:48', text: '核实是上游发错卡，已在订单里为您补发一张新卡密，请查收。' },
        { who: 'buyer', at: '08-09 10:02', text: '昨天买的网易一卡通，充值提示卡密已被使用，联系客服一直没人回。' },
      ],
      buttons: ['再次投诉'],
    },
    corpus: [SRC.complaint],
    key_phrases: [O11b, '为您补发一张新卡密'],
  },
  {
    name: 'b44-wxpay-bill-this', case: 'b44-wxpay-complaint-other-order', file: 'Screenshot_20280820_193640.png', split: B,
    style: 'wechat-pay-bill', device: 'android-1080x2400', clock: '19:36', battery: 45, logoColor: '#D9363E',
    bill: {
      merchant: '卡卡点卡站', amount: '-95.00',
      rows: [['当前状态', '支付成功'], ['支付时间', '2028年8月20日 19:18:22'], ['商品', '网易一卡通 100点 卡密'], ['商户全称', '温州卡卡网络科技有限公司'], ['支付方式', '零钱'], ['交易单号', T11], ['商户单号', O11]],
    },
    key_phrases: [O11, T11],
  },

  // ── 12 b44-xy-roleid-mismatch: card_invalid, not-ready (error-capture-mismatch) ──────────
  {
    name: 'b44-fwd-roleid', case: 'b44-xy-roleid-mismatch', file: 'Screenshot_2028-08-21-13-12-05-662_com.tencent.mm.jpg', split: B,
    style: 'fwd-in-chat', device: 'android-1080x2400', outer: 'wechat', degrade: ['fwd:720:70'], clock: '13:12', battery: 66, title: '文件传输助手', scale: 0.66,
    messages: [
      { from: 'time', text: '12:49' },
      { from: 'self', shot: { kind: 'redeem', clock: '12:48', title: '元宝兑换', color: '#C2410C', fields: [['角色ID', '108375529'], ['卡密', 'XH7K-****-****-2MQP']], submit: '立即兑换', notes: ['兑换失败：角色ID不存在！'] }, h: 560 },
      { from: 'self', text: '闲鱼买的星火传说元宝卡' },
    ],
    corpus: [SRC.roleId],
    key_phrases: ['角色ID不存在！'],
  },
  {
    name: 'b44-xy-roleid-chat', case: 'b44-xy-roleid-mismatch', file: 'Screenshot_2028-08-21-13-20-41-027_com.taobao.idlefish.png', split: B,
    style: 'xianyu-chat', device: 'android-1080x2400', clock: '13:20', battery: 65, title: '星火元宝小店',
    item: { title: '星火传说 元宝兑换卡 100元 卡密 自动发货', price: '¥88.00', status: '已发货' },
    messages: [
      { from: 'time', text: '12:52' },
      { from: 'buyer', text: `订单${O12}发的卡密兑换不了，提示角色ID不存在` },
      { from: 'buyer', type: 'image', hue: 20 },
      { from: 'merchant', text: '亲，角色ID不存在是ID填错了，跟卡密没关系，卡密本身没问题' },
      { from: 'merchant', text: '游戏里点左上角头像能看到角色ID，是8位数，你截图里填了9位' },
      { from: 'buyer', text: '我不管，卡用不了就是卡的问题，我申请退款了' },
    ],
    key_phrases: [O12, '角色ID不存在是ID填错了', '你截图里填了9位'],
  },

  // ── 13 b44-tw-8591-redeemed-near: card_invalid, ready/weak + deadline-near (Taipei) ──────
  {
    name: 'b44-tw-card-redeemed', case: 'b44-tw-8591-redeemed-near', file: 'Screenshot_20280820-185302.png', split: B,
    style: 'android-dialog', device: 'android-1440x3200', clock: '18:53', battery: 33, appTitle: '點數卡兌換',
    fields: [['會員帳號', 'lw****88'], ['序號', 'LW10-****-****-K7PD'], ['密碼', '**********']], submit: '確認兌換',
    dialog: { title: '兌換失敗', body: ['此點數卡已被兌換。'], buttons: ['確定'] },
    corpus: [SRC.twRedeemed],
    key_phrases: ['此點數卡已被兌換。'],
  },
  {
    name: 'b44-tw-8591-trade', case: 'b44-tw-8591-redeemed-near', file: 'Screenshot_20280820-193108.png', split: B,
    style: 't8591-trade', device: 'android-1440x3200', clock: '19:31', battery: 30, brand: '寶易通',
    trade: {
      tone: 'info',
      rows: [['交易編號', O13], ['商品', '樂玩點數卡 1000點（序號+密碼）'], ['類別', '點數卡'], ['金額', 'NT$950'], ['交易狀態', '已移交', 'status'], ['付款時間', '2028/08/19 21:08'], ['賣家移交', '2028/08/19 21:10']],
      desc: ['序號移交後請立即登入兌換，若有異常請在一天內留言告知。'],
    },
    messages: [
      { from: 'buyer', name: '阿哲', at: '2028/08/20 18:55', text: '賣家你好，剛剛兌換顯示「此點數卡已被兌換。」，這組序號我是第一次輸入。' },
      { from: 'merchant', name: '點卡小舖', at: '2028/08/20 19:20', text: '查了一下，這組序號我不小心同時移交給另一位買家，他先兌換了，是我的疏失。' },
      { from: 'merchant', name: '點卡小舖', at: '2028/08/20 19:21', text: '你直接在交易頁申請退款，我會同意，NT$950 全退。' },
    ],
    corpus: [SRC.twRedeemed],
    key_phrases: [O13, 'NT$950', '是我的疏失'],
  },

  // ── 14 b44-jym-wrong-norefund: wrong_purchase, not-ready (policy-no-refund, deadline-near) ──
  {
    name: 'b44-jym-listing-wrong', case: 'b44-jym-wrong-norefund', file: 'IMG_7418.PNG', split: B,
    style: 'jiaoyimao-listing', device: 'iphone-1170x2532', clock: '14:44', battery: 71, heroH: 190,
    listing: {
      game: '王者荣耀', title: '安卓QQ区 V6 皮肤96个 可二次实名 秒换绑', price: '¥420.00', stats: '8人想要 · 浏览377',
      chips: ['官方验号', '可二次实名'],
      attrs: [['区服', '安卓QQ区'], ['贵族', 'V6'], ['皮肤', '96个'], ['英雄', '109个']],
      desc: ['安卓QQ区的号，苹果和微信区的别拍，拍之前看清楚区服。'],
      notes: ['账号换绑完成后，非账号本身问题不支持退款。', '请确认区服与系统后再下单。'],
      sold: true,
    },
    key_phrases: ['非账号本身问题不支持退款', '安卓QQ区'],
  },
  {
    name: 'b44-jym-wrong-chat', case: 'b44-jym-wrong-norefund', file: 'IMG_7419.PNG', split: B,
    style: 'jiaoyimao-chat', device: 'iphone-1170x2532', clock: '14:46', battery: 70, title: '卖家 · 小林号铺',
    item: { title: '王者荣耀 安卓QQ区 V6 皮肤96个 可二次实名 秒换绑', price: '¥420.00', status: '交易成功' },
    messages: [
      { from: 'time', text: '14:26' },
      { from: 'merchant', text: '换绑好了，QQ和手机都换成你的了' },
      { from: 'time', text: '14:29' },
      { from: 'buyer', text: `老板我拍错了，我玩的是微信区的，订单${O14}能退吗` },
      { from: 'merchant', text: '换绑都做完了，商品页交易须知写了的，非账号本身问题不退' },
      { from: 'merchant', text: '描述里也写了微信区别拍' },
      { from: 'buyer', text: '号我还没动过，通融一下吧' },
      { from: 'merchant', text: '这个真退不了' },
    ],
    key_phrases: [O14, '非账号本身问题不退'],
  },
];
