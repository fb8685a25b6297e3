// The thirty-first blind end-to-end set (fixtures/blind31/): 14 cases written by a helper (branch h20f),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind31'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is evidence as buyers really hand it over: WeChat's
// merged forward (合并转发的聊天记录), long scrolling captures, a screenshot of a screenshot, a photo
// of another phone, a frame of a screen recording, Snipping Tool captures marked up in red pen and
// highlighter, mail apps (Outlook on a phone, 网易邮箱大师, Gmail, Outlook on the web) and an SMS
// thread, across 卡盟 shops (Simplified and Traditional Chinese) and English shops. Seven new app
// styles: `wx-merged-record` (the merged-forward record page), `snipping-tool` (the Windows 11
// Snipping Tool with a marked-up capture), `outlook-mobile` (Outlook for iOS / Android, a
// conversation), `mail163-app` (网易邮箱大师 reading a shop's mail), `android-sms` (Google
// Messages, an SMS thread), `screen-rec-frame` (a paused screen recording in the gallery's player)
// and `phone-photo` (a photo of another phone's screen lying on a desk).
// Render with `node scripts/real/render.mjs --set blind31`, then
// `node scripts/real/copy-cases.mjs --set blind31`. The set is judged once, at the end: do not tune on it.
const B = 'blind31';

const O1 = '20280302211437512'; // 17 digits (a 发卡 site's trade number)
const O2 = '280305193204417'; // 15 digits (a Taiwan shop's system)
const O3 = 'KN-770413';
const O4 = 'JS2028030814052291'; // JS + 16 digits
const O5 = 'SF202803101902117736'; // SF + 18 digits
const O6 = 'P7QW2K9D4M1XZ8RT'; // dujiaoka 16-character order_sn
const O7 = 'M2028031222400518'; // M + 16 digits
const O8 = 'CC-204718';
const O9 = 'XH2028031512003318'; // this order (15 March)
const O9b = 'XH2028022819472205'; // the buyer's earlier order (28 February), the one the chat is about
const O10 = '2028031613301247'; // 16 digits
const O11 = 'NS-58207';
// case 12's order YK20280318201005 (YK + 14 digits) appears in no image: its evidence holds no order number
const O13 = 'TWA-31880452';
const O14 = 'QB2028032019450731'; // QB + 16 digits

const SRC = {
  redeemedTwice: 'a redeem page\'s messages: "兑换码已被兑换过，请重新输入" (public GitHub JavaScript file, find_string id 12145861800)',
  redeemed: 'a redeem-code error enum: "该兑换码已被兑换" (public GitHub Java file, find_string id 23307054068)',
  expired: 'a point-card error map: "该点卡已过期，请更换其它点卡" (public GitHub PHP file, find_string id 44280112402)',
  zeroPoints: 'the same map: "点卡可用点数为0，请更换点卡" (public GitHub PHP file, find_string id 44280112402)',
  actUsed: 'a game server\'s activation-code errors: "此激活码已被激活使用" (public GitHub Lua file, find_string id 35971375855)',
  net: 'a game SDK\'s Android activity: "网络连接失败，请检查网络设置。" (public GitHub Java file, find_string id 60064384107)',
  inUse: 'a licence API: "This license key is already in use." (public GitHub JavaScript file, find_string id 56340370071)',
  nonRefundable: 'a checkout checkbox: "I agree to the terms and understand that digital products are non-refundable after delivery." (public GitHub React (JSX or TSX) file, find_string id 66489549010)',
  frozen: 'a login page alert: "此帳號已被凍結，請與網站管理員聯繫。" (public GitHub JavaScript file, find_string id 102961504; the phone line after it left out)',
};

export default [
  // ── 1 b31-wx-merged-used: card_invalid, ready ──────────────────────────────────────────────
  {
    name: 'b31-dialog-redeemed', case: 'b31-wx-merged-used', file: 'Screenshot_2028-03-02-21-20-36-512_com.netease.my.jpg', split: B,
    style: 'android-dialog', device: 'android-1080x2400', degrade: ['fwd:1080:90'], clock: '21:20', battery: 61, appTitle: '仙玉兑换',
    fields: [['角色ID', '10384****'], ['服务器', '长安城（双线一区）'], ['兑换码', 'MHXY****8Q2K']],
    dialog: { title: '兑换失败', body: ['兑换码已被兑换过，请重新输入'], buttons: ['取消', '重新输入'] },
    corpus: [SRC.redeemedTwice],
    key_phrases: ['兑换码已被兑换过，请重新输入'],
  },
  {
    name: 'b31-merged-used', case: 'b31-wx-merged-used', file: 'Screenshot_2028-03-03-09-41-12-087_com.tencent.mm.jpg', split: B,
    style: 'wx-merged-record', device: 'android-1080x2400', degrade: ['fwd:1080:90'], clock: '09:41', battery: 83,
    buyerAvatar: ['鹿', '#b58b6a'], merchantAvatar: ['云', '#2f7de1'],
    record: {
      title: '云顶卡铺-阿杰和小鹿的聊天记录', date: '2028年3月2日',
      rows: [
        { from: 'buyer', name: '小鹿', at: '21:22', text: `你好，我刚在你们网站买的梦幻西游手游仙玉兑换码，订单号${O1}，游戏里兑换提示“兑换码已被兑换过，请重新输入”` },
        { from: 'buyer', name: '小鹿', at: '21:22', type: 'image', hue: 30 },
        { from: 'merchant', name: '云顶卡铺-阿杰', at: '21:25', text: '收到，截图看到了，我去上游查一下这个码' },
        { from: 'merchant', name: '云顶卡铺-阿杰', at: '21:48', text: '查到了，这个码今晚20:51已经被别的账号兑换了，上游把同一个码发了两次，是我们这边的问题，抱歉' },
        { from: 'merchant', name: '云顶卡铺-阿杰', at: '21:49', text: '你在网站订单页点申请退款，原因选卡密无效，我后台直接同意' },
        { from: 'buyer', name: '小鹿', at: '21:52', text: '好的，我明天上午去申请' },
      ],
    },
    corpus: [SRC.redeemedTwice],
    key_phrases: [O1, '发了两次', '我后台直接同意'],
  },
  {
    name: 'b31-faka-used', case: 'b31-wx-merged-used', file: 'Screenshot 2028-03-03 094530.png', split: B,
    style: 'faka-hyper', device: 'desktop-1366x768', shop: '云顶卡铺', accent: '#2f7de1',
    order: {
      statusTone: 'ok',
      rows: [['订单号', O1], ['商品名称', '梦幻西游手游 仙玉兑换码 300仙玉（自动发货）'], ['购买数量', '1'], ['订单总价', '¥30.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-03-02 21:14:37']],
      code: '兑换码：MHXY********8Q2K',
    },
    key_phrases: [O1, '¥30.00', '已完成'],
  },

  // ── 2 b31-tw-snip-nad: not_as_described, ready (zh-Hant) ──────────────────────────────────
  {
    name: 'b31-snip-cc-listing', case: 'b31-tw-snip-nad', file: '螢幕擷取畫面 2028-03-05 201204.png', split: B,
    style: 'snipping-tool', device: 'desktop-1920x1080', lang: 'zh-Hant', clock: '下午 08:12', date: '2028/3/5',
    snip: {
      width: 900, bar: { text: '點卡王 數位商城', color: '#C62828' },
      heading: 'Adobe Creative Cloud 全應用程式 12 個月 序號（全球版）',
      rows: [['訂單編號', O2], ['售價', 'NT$1,880'], ['商品內容', 'Creative Cloud 全應用程式方案 12 個月'], ['包含', 'Photoshop、Illustrator、Premiere Pro、After Effects 等 20 多款應用程式'], ['發貨方式', '付款後自動發送序號至訂單頁']],
      paras: ['序號兌換後請登入 Adobe 帳戶確認方案內容。'],
      ink: ['Creative Cloud 全應用程式方案 12 個月'],
    },
    key_phrases: [O2, 'NT$1,880', 'Creative Cloud 全應用程式方案 12 個月'],
  },
  {
    name: 'b31-snip-cc-plan', case: 'b31-tw-snip-nad', file: '螢幕擷取畫面 2028-03-05 201540.png', split: B,
    style: 'snipping-tool', device: 'desktop-1920x1080', lang: 'zh-Hant', clock: '下午 08:15', date: '2028/3/5',
    snip: {
      width: 820, bar: { text: 'Adobe 帳戶', color: '#222222' },
      heading: '方案與付款',
      rows: [['您的方案', '攝影計劃 (20GB)'], ['包含的應用程式', 'Photoshop、Lightroom、Lightroom Classic'], ['兌換的序號', '****-****-****-****-7K2Q'], ['方案到期', '2029年3月5日']],
      hl: ['攝影計劃 (20GB)'],
    },
    key_phrases: ['攝影計劃 (20GB)', 'Photoshop、Lightroom、Lightroom Classic'],
  },
  {
    name: 'b31-line-cc-admit', case: 'b31-tw-snip-nad', file: 'IMG_3391.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '21:44', battery: 48, title: '點卡王 客服',
    messages: [
      { from: 'time', text: '3/5(日)' },
      { from: 'buyer', read: true, text: `您好，訂單 ${O2} 買的是 Creative Cloud 全應用程式 12 個月，序號兌換後帳戶顯示「攝影計劃 (20GB)」，只有 Photoshop 和 Lightroom，截圖附上` },
      { from: 'merchant', name: '點卡王 客服', text: '您好，我們跟上游確認一下，請稍等' },
      { from: 'merchant', name: '點卡王 客服', text: '確認了，上游這批序號是攝影計劃的，被標成全應用程式，和商品頁寫的不一樣，是我們的問題，非常抱歉' },
      { from: 'merchant', name: '點卡王 客服', text: '請直接在訂單頁申請退款，原因選「商品與描述不符」，我們會同意' },
      { from: 'buyer', read: true, text: '好的，謝謝' },
    ],
    key_phrases: [O2, '和商品頁寫的不一樣', '我們會同意'],
  },

  // ── 3 b31-en-outlook-nr: not_received, ready (English) ───────────────────────────────────
  {
    name: 'b31-shopify-eshop-unfulfilled', case: 'b31-en-outlook-nr', file: 'IMG_5117.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '08:52', battery: 71, shop: 'KeyNest', brandColor: '#0F766E', expanded: true,
    order: {
      number: O3, name: 'Ethan', headline: 'Your order is confirmed',
      lines: ['You\'ll get an e-mail with your code as soon as it is ready.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Mar 6, 8:40 AM'] },
      email: 'et****@outlook.com', payment: 'Visa ending in 5802 — $49.99 USD',
      items: [['Nintendo eShop Gift Card $50 (US) – digital code', '1', '$49.99', 'United States']], subtotal: '$49.99', total: '$49.99', currency: 'USD',
    },
    key_phrases: [O3, 'Unfulfilled', '$49.99'],
  },
  {
    name: 'b31-outlook-mobile-nr', case: 'b31-en-outlook-nr', file: 'IMG_5120.PNG', split: B,
    style: 'outlook-mobile', device: 'iphone-1170x2532', dark: true, lang: 'en', clock: '08:55', battery: 69,
    mail: {
      subject: `Order ${O3} – no code received`,
      thread: [
        { from: 'Ethan Moore', role: 'buyer', when: 'Mar 6', collapsed: true, body: [`Hi, I paid for order ${O3} (Nintendo eShop Gift Card $50 US) at 8:40 this morning. The order page still says Unfulfilled and no code has arrived…`] },
        { from: 'KeyNest Support', role: 'merchant', when: 'Mar 6, 2:12 PM', body: ['Hi Ethan,', `Sorry for the wait. Your payment for ${O3} went through, but our supplier has no $50 US eShop cards left and cannot say when more will come, so we are unable to deliver this order.`, 'Please use "Request a refund" on your order page and we will approve it as soon as it comes in.', 'KeyNest Support'] },
        { from: 'Ethan Moore', role: 'buyer', to: 'KeyNest Support', when: '8:47 AM', body: ['Still no code this morning, so I will send the refund request today. Thanks.'] },
      ],
    },
    key_phrases: [O3, 'unable to deliver this order', 'we will approve it'],
  },

  // ── 4 b31-163-late: late_delivery, ready ───────────────────────────────────────────────────
  {
    name: 'b31-mail163-order', case: 'b31-163-late', file: 'Screenshot_2028-03-09-09-36-40-115_com.netease.mail.jpg', split: B,
    style: 'mail163-app', device: 'android-1080x2400', degrade: ['fwd:1080:90'], clock: '09:36', battery: 77,
    mail: {
      subject: `【极速代充网】订单 ${O4} 支付成功`, from: '极速代充网', time: '3月8日 14:05', shop: '极速代充网', color: '#E8452C',
      hello: '尊敬的用户，您好：',
      paras: ['您的订单已支付成功，系统正在为您充值。代充商品付款后2小时内到账，请耐心等待。'],
      rows: [['订单号', O4], ['商品', 'QQ音乐 豪华绿钻 12个月（代充）'], ['充值账号', 'QQ 2731****58'], ['支付金额', '¥138.00'], ['支付时间', '2028-03-08 14:05:22'], ['订单状态', '处理中']],
      notes: ['本邮件由系统自动发送，请勿直接回复。'],
    },
    key_phrases: [O4, '付款后2小时内到账', '¥138.00'],
  },
  {
    name: 'b31-qq-long-late', case: 'b31-163-late', file: 'Screenshot_2028-03-09-09-58-03-774_com.tencent.mobileqq.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', long: true, clock: '09:58', battery: 75, title: '极速代充网-客服小周',
    messages: [
      { from: 'time', text: '昨天 16:41' },
      { from: 'buyer', text: `订单${O4}，绿钻年卡代充，付款两个半小时了还没到账，你们写的2小时内到账` },
      { from: 'merchant', name: '极速代充网-客服小周', text: '稍等，我帮您催一下' },
      { from: 'time', text: '昨天 21:10' },
      { from: 'buyer', text: '晚上九点了还是没到，QQ音乐里还是普通用户' },
      { from: 'merchant', name: '极速代充网-客服小周', text: '上游渠道在维护，今天可能到不了，抱歉' },
      { from: 'time', text: '09:30' },
      { from: 'buyer', text: '已经过了一晚上了，到底还能不能充？' },
      { from: 'merchant', name: '极速代充网-客服小周', text: '跟您说实话，上游这个渠道停了，什么时候恢复不知道，这单充不了了' },
      { from: 'merchant', name: '极速代充网-客服小周', text: '您在网站订单页申请退款吧，我们这边同意' },
      { from: 'buyer', text: '好，我按延迟发货申请' },
    ],
    key_phrases: [O4, '这单充不了了', '我们这边同意'],
  },

  // ── 5 b31-sms-card-expired: card_invalid, ready ────────────────────────────────────────────
  {
    name: 'b31-sms-delivery', case: 'b31-sms-card-expired', file: 'Screenshot_2028-03-10-20-44-18-301_com.google.android.apps.messaging.png', split: B,
    style: 'android-sms', device: 'android-1080x2400', lang: 'zh', clock: '20:44', battery: 39, title: '10690932287', contactAvatar: ['1', '#5E97F6'],
    messages: [
      { from: 'time', text: '3月10日周五 19:02' },
      { from: 'merchant', at: '19:02', text: `【速发卡】您购买的盛趣一卡通100元已发货，订单${O5}，卡号 8812****0467，卡密请在订单页查看。如有问题请于24小时内联系客服。` },
      { from: 'time', text: '20:40' },
      { from: 'merchant', at: '20:40', text: '【速发卡】您的售后咨询已受理，客服将通过QQ与您联系，请留意消息。' },
    ],
    key_phrases: [O5, '盛趣一卡通100元已发货', '8812****0467'],
  },
  {
    name: 'b31-gallery-card-expired', case: 'b31-sms-card-expired', file: 'Screenshot_2028-03-10-20-33-05-662_com.miui.gallery.jpg', split: B,
    style: 'gallery-viewer', kind: 'error', device: 'android-1080x2400', degrade: ['fwd:1080:88'], clock: '20:33', battery: 41,
    shotDate: '2028年3月10日', shotTime: '20:30',
    inner: {
      kind: 'redeem', clock: '20:30', battery: 42, title: '盛趣一卡通 · 点卡充值', color: '#D9302C',
      fields: [['充值账号', 'sq****2288'], ['卡号', '8812****0467'], ['卡密', '********5391']], submit: '确认充值',
      dialog: { title: '充值失败', body: '该点卡已过期，请更换其它点卡', button: '确定' },
    },
    corpus: [SRC.expired],
    key_phrases: ['该点卡已过期，请更换其它点卡'],
  },
  {
    name: 'b31-qq-dark-expired', case: 'b31-sms-card-expired', file: 'Screenshot_2028-03-10-21-07-52-940_com.tencent.mobileqq.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', dark: true, long: true, clock: '21:07', battery: 37, title: '速发卡售后-阿敏',
    messages: [
      { from: 'time', text: '20:35' },
      { from: 'buyer', text: `订单${O5}的盛趣一卡通，刚充值提示“该点卡已过期，请更换其它点卡”，截图发你` },
      { from: 'buyer', type: 'image', hue: 5, w: 110, h: 200 },
      { from: 'merchant', name: '速发卡售后-阿敏', text: '我查一下这张卡的批次' },
      { from: 'time', text: '21:02' },
      { from: 'merchant', name: '速发卡售后-阿敏', text: '查到了，这批卡是去年的库存，已经过了有效期，不该再卖出去的，是我们的失误' },
      { from: 'merchant', name: '速发卡售后-阿敏', text: '您在平台上提交退款申请，原因选卡密无效，我这边马上同意' },
      { from: 'buyer', text: '好的，明早提交' },
    ],
    corpus: [SRC.expired],
    key_phrases: [O5, '过了有效期', '我这边马上同意'],
  },

  // ── 6 b31-photo-private: not_received, ready/weak + private-channel ───────────────────────
  {
    name: 'b31-photo-mum-phone', case: 'b31-photo-private', file: 'mmexport1836433912000.jpg', split: B,
    style: 'phone-photo', device: 'ipad-2048x1536', degrade: ['fwd:1280:74'], skin: 'qq', tilt: [-7, 12], clock: '08:30', battery: 23, title: '影视会员代充-小七',
    buyerAvatar: ['妈', '#c58aa5'], merchantAvatar: ['七', '#7a5cff'],
    messages: [
      { from: 'time', text: '昨天 15:02' },
      { from: 'buyer', text: `订单${O6}的腾讯视频年卡，付了钱一直没给我充，什么时候好` },
      { from: 'merchant', text: '阿姨您好，这个渠道今天没货了' },
      { from: 'time', text: '昨天 16:20' },
      { from: 'merchant', text: '这样吧，你加一下我vx：xq****88，98块我用vx给你退回去，你在平台点个确认收货就行，省得麻烦' },
      { from: 'buyer', text: '我女儿说不能这样，要在平台上退款，你们同意退款就行' },
      { from: 'merchant', text: '那你平台申请吧，没货确实充不了' },
    ],
    key_phrases: [O6, '98块我用vx给你退回去', '没货确实充不了'],
  },
  {
    name: 'b31-query-mum-order', case: 'b31-photo-private', file: 'IMG_6604.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '08:41', battery: 64, shop: '影视会员代充', accent: '#7a5cff',
    order: {
      query: O6, statusTone: 'wait',
      rows: [['订单号', O6], ['商品名称', '腾讯视频VIP 年卡 12个月 代充'], ['购买数量', '1'], ['实付金额', '¥98.00'], ['支付方式', '支付宝'], ['订单状态', '待处理', 'status'], ['下单时间', '2028-03-11 10:15:40']],
      note: ['代充商品请确认充值账号无误'],
    },
    key_phrases: [O6, '¥98.00', '待处理'],
  },

  // ── 7 b31-rec-act-near: activation_failed, ready/weak + deadline-near ─────────────────────
  {
    name: 'b31-rec-act-used', case: 'b31-rec-act-near', file: 'Screenshot_2028-03-13-21-01-44-205_com.miui.videoplayer.png', split: B,
    style: 'screen-rec-frame', device: 'android-1080x2400', clock: '21:01', battery: 52,
    rec: {
      file: 'Screenrecorder-2028-03-13-20-55-02-641.mp4', at: '00:38', total: '01:12', progress: 0.53,
      inner: { clock: '20:55', title: '快写笔记 · 激活会员', color: '#2F6BFF', fields: [['当前账号', '138****6620'], ['会员类型', '未开通'], ['激活码', 'KXB8-****-****-Q3TD']], button: '立即激活', dialog: { title: '激活失败', text: '此激活码已被激活使用', buttons: ['我知道了'] } },
    },
    corpus: [SRC.actUsed],
    key_phrases: ['此激活码已被激活使用', '激活失败'],
  },
  {
    name: 'b31-wecom-act-admit', case: 'b31-rec-act-near', file: 'Screenshot_2028-03-13-21-18-30-558_com.tencent.wework.png', split: B,
    style: 'wecom', device: 'android-1080x2400', clock: '21:18', battery: 49, title: '客服-小唐', corp: '数码密钥铺',
    messages: [
      { from: 'time', text: '20:58' },
      { from: 'buyer', read: true, text: `你好，昨晚买的快写笔记超级会员年卡，订单${O7}，今天激活提示“此激活码已被激活使用”，录屏发你了` },
      { from: 'merchant', text: '我查一下激活记录' },
      { from: 'time', text: '21:16' },
      { from: 'merchant', text: '查到了，这个码昨天下午就被另一个账号激活了，是上游重复发码，是我们这边的问题' },
      { from: 'merchant', text: '您在平台提交退款，原因选账号无法激活，我们同意' },
      { from: 'buyer', read: false, text: '好的' },
    ],
    corpus: [SRC.actUsed],
    key_phrases: [O7, '上游重复发码', '我们同意'],
  },

  // ── 8 b31-en-gmail-wrong-final: wrong_purchase, not-ready (policy-no-refund) ─────────────
  {
    name: 'b31-gmail-psn-code', case: 'b31-en-gmail-wrong-final', file: 'Screenshot_20280314-184402.png', split: B,
    style: 'gmail', device: 'android-1080x2400', lang: 'en', clock: '18:44', battery: 58,
    mail: {
      subject: `Your CodeCrate order ${O8} – here is your code`, from: 'CodeCrate', time: '18:20', brand: 'CodeCrate', brandColor: '#0E7C66', avatar: ['C', '#0E7C66'],
      body: ['Hi Priya,', 'Thanks for your order. Your code is ready:'],
      rows: [['Order', O8], ['Product', 'PlayStation Store Gift Card £20 (UK account)'], ['Code', '****-****-Q7MN'], ['Paid', '£18.49 · Visa •• 2210'], ['Date', '14 Mar 2028, 18:20']],
      after: ['At checkout you ticked: "I agree to the terms and understand that digital products are non-refundable after delivery."', 'Redeem it at PlayStation Store > Redeem codes on a UK account.'],
    },
    corpus: [SRC.nonRefundable],
    key_phrases: [O8, 'non-refundable after delivery', '£18.49'],
  },
  {
    name: 'b31-intercom-psn-refused', case: 'b31-en-gmail-wrong-final', file: 'Screenshot_20280314-184715.png', split: B,
    style: 'intercom-messenger', device: 'android-1080x2400', clock: '18:47', battery: 57, title: 'CodeCrate', replyTime: 'The team can also help', merchantName: 'Tom', brandColor: '#0E7C66',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, I bought order ${O8} by mistake: a £20 UK PSN card, but my PlayStation account is a US one, so I can't use it. I haven't redeemed it. Can you cancel and refund?` },
      { from: 'merchant', text: 'Hi Priya, I\'m sorry, but the code was delivered to you at 18:20, and the terms you accepted at checkout say digital products are non-refundable after delivery. We can\'t cancel it.', at: '18:41' },
      { from: 'merchant', text: 'You could give it to someone with a UK account.', at: '18:41' },
      { from: 'buyer', text: 'OK, I\'ll still send the refund request.', meta: 'Seen' },
    ],
    corpus: [SRC.nonRefundable],
    key_phrases: [O8, 'non-refundable after delivery', 'We can\'t cancel it.'],
  },

  // ── 9 b31-merged-other-late: late_delivery, not-ready (order-id-mismatch) ─────────────────
  {
    name: 'b31-mail163-this-order', case: 'b31-merged-other-late', file: 'Screenshot_2028-03-15-19-48-22-930_com.netease.mail.jpg', split: B,
    style: 'mail163-app', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:90'], clock: '19:48', battery: 33,
    mail: {
      subject: `【星河代充】订单 ${O9} 已支付`, from: '星河代充', time: '3月15日 12:00', shop: '星河代充', color: '#6A3FD0',
      hello: '亲爱的玩家：',
      paras: ['您的代充订单已支付成功，付款后1小时内到账。'],
      rows: [['订单号', O9], ['商品', '王者荣耀 6000点券 代充'], ['充值QQ', '5417****63'], ['实付', '¥586.00'], ['支付时间', '2028-03-15 12:00:33'], ['状态', '处理中']],
      notes: ['如超时未到账，请在订单页联系在线客服。'],
    },
    key_phrases: [O9, '付款后1小时内到账', '¥586.00'],
  },
  {
    name: 'b31-merged-dark-other', case: 'b31-merged-other-late', file: 'Screenshot_2028-03-15-19-52-40-118_com.tencent.mm.jpg', split: B,
    style: 'wx-merged-record', device: 'android-1080x2400', dark: true, degrade: ['fwd:1080:90'], clock: '19:52', battery: 32,
    buyerAvatar: ['哲', '#4a6e8c'], merchantAvatar: ['星', '#6A3FD0'],
    record: {
      title: '星河代充-客服和阿哲的聊天记录', date: '2028年2月28日 至 2028年3月1日',
      rows: [
        { from: 'buyer', name: '阿哲', at: '2月28日 20:52', text: `订单${O9b}，王者6000点券代充，你们说付款后1小时内到账，现在快一个小时了还没到` },
        { from: 'merchant', name: '星河代充-客服', at: '2月28日 20:58', text: '抱歉，今晚上游卡单了，我帮您催' },
        { from: 'buyer', name: '阿哲', at: '3月1日 10:05', text: '一晚上了还没到' },
        { from: 'merchant', name: '星河代充-客服', at: '3月1日 10:31', text: `${O9b}这单确实超时了，您在平台申请退款，我们同意` },
      ],
    },
    key_phrases: [O9b, '这单确实超时了'],
  },

  // ── 10 b31-long-threat: card_invalid, ready/weak + threatening-language ───────────────────
  {
    name: 'b31-toast-redeemed', case: 'b31-long-threat', file: 'Screenshot_2028-03-16-13-48-55-317_com.tencent.letsgo.png', split: B,
    style: 'android-toast', device: 'android-1080x2400', clock: '13:48', battery: 70,
    game: { title: '兑换中心', name: '元梦之星', fields: [['角色ID', '71****309'], ['兑换码', 'YMZX****3K8P']], tips: ['兑换码仅限本人使用', '兑换成功后星钻即时到账'] },
    toast: '该兑换码已被兑换',
    corpus: [SRC.redeemed],
    key_phrases: ['该兑换码已被兑换'],
  },
  {
    name: 'b31-wechat-long-threat', case: 'b31-long-threat', file: 'Screenshot_2028-03-16-15-10-26-602_com.tencent.mm.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', long: true, clock: '15:10', battery: 64, title: '鲸落游戏商城客服',
    messages: [
      { from: 'time', text: '13:52' },
      { from: 'buyer', text: `你好，订单${O10}买的600星钻兑换码，游戏里兑换提示“该兑换码已被兑换”` },
      { from: 'buyer', type: 'image', hue: 190, w: 110, h: 200 },
      { from: 'time', text: '14:40' },
      { from: 'buyer', text: '人呢？四十多分钟了没人回' },
      { from: 'buyer', text: '你们这个黑店专卖废码，骗子，今天不给我退钱我就去12315投诉你们，再发到抖音上曝光你们' },
      { from: 'time', text: '15:06' },
      { from: 'merchant', text: '抱歉让您久等，刚才在处理别的单。查到了，这个码上游重复发了两次，被另一位买家先兑换了，是我们的问题' },
      { from: 'merchant', text: '您在订单页申请退款，原因选卡密无效，我们马上同意' },
      { from: 'buyer', text: '行，我现在申请' },
    ],
    corpus: [SRC.redeemed],
    key_phrases: [O10, '黑店专卖废码', '我们马上同意'],
  },
  {
    name: 'b31-query-ymzx', case: 'b31-long-threat', file: 'Screenshot 2028-03-16 151733.png', split: B,
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '鲸落游戏商城', accent: '#0f9fb4',
    order: {
      query: O10, statusTone: 'ok',
      rows: [['订单号', O10], ['商品名称', '元梦之星 600星钻兑换码（自动发货）'], ['购买数量', '1'], ['实付金额', '¥56.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-03-16 13:30:05']],
      code: '兑换码：YMZX********3K8P',
      note: ['发货时间：2028-03-16 13:30:12', '兑换码问题请于发货后24小时内联系客服'],
    },
    key_phrases: [O10, '¥56.00', '已完成'],
  },

  // ── 11 b31-en-return-key: activation_failed, request return, not-ready ────────────────────
  {
    name: 'b31-snip-license-in-use', case: 'b31-en-return-key', file: 'Screenshot 2028-03-17 101244.png', split: B,
    style: 'snipping-tool', device: 'desktop-1920x1080', lang: 'en', clock: '10:12 AM', date: '3/17/2028',
    snip: {
      width: 760, bar: { text: 'Nimbus PDF Editor Pro', color: '#3F51B5' },
      heading: 'Activate Nimbus PDF Editor Pro',
      rows: [['Email', 'dan****@yahoo.com'], ['License key', 'NPDF-****-****-****-8XW4']],
      dialog: { title: 'Activation failed', text: 'This license key is already in use.', button: 'OK' },
      ink: ['This license key is already in use.'],
    },
    corpus: [SRC.inUse],
    key_phrases: ['This license key is already in use.'],
  },
  {
    name: 'b31-owa-return', case: 'b31-en-return-key', file: 'Screenshot 2028-03-17 140912.png', split: B,
    style: 'outlook-mail', device: 'desktop-1920x1080', user: 'Daniel Reyes',
    mail: {
      subject: `RE: Order ${O11} – license key already in use`,
      open: 0,
      list: [
        ['Daniel Reyes', `RE: Order ${O11} – license key already in use`, 'Thanks. I will send the key back to you…', '2:05 PM'],
        ['Nimbus Store Support', `RE: Order ${O11} – license key already in use`, 'We checked your order: the key was already…', '1:46 PM'],
        ['Nimbus Store', `Your order ${O11}`, 'Thank you for your purchase. Your license key…', '9:05 AM'],
        ['LinkedIn', 'You appeared in 4 searches this week', 'See who is looking at your profile…', 'Thu'],
      ],
      thread: [
        { from: 'Daniel Reyes', addr: 'dan.reyes@mail.example', to: 'Nimbus Store Support', when: 'Fri 3/17/2028 2:05 PM', role: 'buyer', body: ['Thanks. I will send the key back to you and ask for my money back with the "Return item" option on the order page.', 'Daniel'] },
        { from: 'Nimbus Store Support', addr: 'support@nimbus-store.example', to: 'Daniel Reyes', when: 'Fri 3/17/2028 1:46 PM', role: 'merchant', body: ['Hi Daniel,', `We checked order ${O11}: the key was already activated on another customer's computer on March 2; our reseller sent it out twice. We are sorry.`, 'You can request a refund on your order page and we will approve it.', 'Nimbus Store Support'] },
        { from: 'Daniel Reyes', addr: 'dan.reyes@mail.example', to: 'Nimbus Store Support', when: 'Fri 3/17/2028 10:20 AM', role: 'buyer', body: ['Hello,', `I bought Nimbus PDF Editor Pro (order ${O11}) this morning. Activation fails with "This license key is already in use." on my only PC. Screenshot attached.`, 'Daniel'] },
      ],
    },
    corpus: [SRC.inUse],
    key_phrases: [O11, 'sent it out twice', 'Return item'],
  },

  // ── 12 b31-merged-presale: card_invalid, not-ready/weak (chat-no-feedback) ────────────────
  {
    name: 'b31-merged-presale', case: 'b31-merged-presale', file: 'Screenshot_2028-03-19-08-50-31-402_com.tencent.mm.jpg', split: B,
    style: 'wx-merged-record', device: 'android-1080x2400', degrade: ['fwd:1080:90'], clock: '08:50', battery: 90,
    buyerAvatar: ['橙', '#f0a030'], merchantAvatar: ['速', '#c0392b'],
    record: {
      title: '速点卡盟-客服和大橙子的聊天记录', date: '2028年3月18日',
      rows: [
        { from: 'buyer', name: '大橙子', at: '19:58', text: '在吗，巨人一卡通50元的有货吗？' },
        { from: 'merchant', name: '速点卡盟-客服', at: '20:01', text: '有货的亲，网站下单自动发卡，秒到' },
        { from: 'buyer', name: '大橙子', at: '20:02', text: '能直接充征途吗？' },
        { from: 'merchant', name: '速点卡盟-客服', at: '20:03', text: '可以的，官网或者游戏里点卡充值都行' },
        { from: 'buyer', name: '大橙子', at: '20:04', text: '好，我去拍' },
      ],
    },
    key_phrases: ['有货的亲', '点卡充值都行'],
  },
  {
    name: 'b31-snip-zero-points', case: 'b31-merged-presale', file: '屏幕截图 2028-03-18 201633.png', split: B,
    style: 'snipping-tool', device: 'desktop-1920x1080', lang: 'zh', clock: '20:16', date: '2028/3/18',
    snip: {
      width: 780, bar: { text: '巨人一卡通 · 账户充值', color: '#B71C1C' },
      rows: [['充值账号', 'dch****518'], ['卡号', '2203****7716'], ['卡密', '************']],
      dialog: { title: '提示', text: '点卡可用点数为0，请更换点卡', button: '确定' },
      ink: ['点卡可用点数为0，请更换点卡'],
    },
    corpus: [SRC.zeroPoints],
    key_phrases: ['点卡可用点数为0，请更换点卡'],
  },

  // ── 13 b31-tw-outlook-acct-passed: not_as_described, not-ready (deadline-passed) ──────────
  {
    name: 'b31-snip-frozen', case: 'b31-tw-outlook-acct-passed', file: '螢幕擷取畫面 2028-03-18 233112.png', split: B,
    style: 'snipping-tool', device: 'desktop-1920x1080', lang: 'zh-Hant', dark: true, clock: '下午 11:31', date: '2028/3/18',
    snip: {
      width: 760, bar: { text: '星辰Online 會員中心', color: '#283593' },
      rows: [['帳號', 'lin****0921'], ['密碼', '••••••••••']],
      dialog: { title: '登入失敗', text: '此帳號已被凍結，請與網站管理員聯繫。', button: '確定' },
      ink: ['此帳號已被凍結，請與網站管理員聯繫。'],
    },
    corpus: [SRC.frozen],
    key_phrases: ['此帳號已被凍結，請與網站管理員聯繫。'],
  },
  {
    name: 'b31-outlook-tw-passed', case: 'b31-tw-outlook-acct-passed', file: 'Screenshot_20280319-093015.png', split: B,
    style: 'outlook-mobile', device: 'android-1080x2400', lang: 'zh-Hant', clock: '09:30', battery: 62,
    mail: {
      subject: `訂單 ${O13} 帳號被凍結`,
      thread: [
        { from: '林子軒', role: 'buyer', to: '幻想帳號館 客服', when: '3月18日 下午11:40', body: ['您好：', `我在 3 月 14 日購買的帳號（訂單 ${O13}，「星辰Online 80級法師 無違規 可改密」），今天登入官網時顯示「此帳號已被凍結，請與網站管理員聯繫。」，完全無法登入，截圖附上。`, '請協助處理，謝謝。'] },
        { from: '幻想帳號館 客服', role: 'merchant', when: '上午9:12', body: ['林先生您好：', '帳號於 3 月 14 日 21:00 移交，您當時已登入並改密確認。本店帳號商品驗號期為移交後 72 小時，逾期發生的問題恕無法受理退款。', '幻想帳號館 客服'] },
      ],
    },
    corpus: [SRC.frozen],
    key_phrases: [O13, '移交後 72 小時', '恕無法受理退款'],
  },

  // ── 14 b31-rec-network-mismatch: card_invalid, not-ready (error-capture-mismatch) ─────────
  {
    name: 'b31-rec-network', case: 'b31-rec-network-mismatch', file: 'Screenshot_2028-03-20-20-04-11-736_com.miui.videoplayer.png', split: B,
    style: 'screen-rec-frame', device: 'android-1080x2400', clock: '20:04', battery: 45,
    rec: {
      file: 'Screenrecorder-2028-03-20-20-02-17-903.mp4', at: '00:24', total: '00:51', progress: 0.47,
      inner: { clock: '20:02', title: '畅游一卡通 · 点卡充值', color: '#FF7A00', fields: [['游戏账号', 'qq****7730'], ['充值卡号', '6601****2984'], ['充值卡密', '**********']], button: '立即充值', toast: '网络连接失败，请检查网络设置。' },
    },
    corpus: [SRC.net],
    key_phrases: ['网络连接失败，请检查网络设置。'],
  },
  {
    name: 'b31-qq-network', case: 'b31-rec-network-mismatch', file: 'Screenshot_2028-03-20-20-41-09-215_com.tencent.mobileqq.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '20:41', battery: 41, title: '启航卡盟-客服',
    messages: [
      { from: 'time', text: '20:05' },
      { from: 'buyer', text: `订单${O14}的点卡充不进去，是不是卡密有问题？录屏发你了` },
      { from: 'merchant', name: '启航卡盟-客服', text: '我查一下' },
      { from: 'time', text: '20:19' },
      { from: 'merchant', name: '启航卡盟-客服', text: '这张卡在上游查了是未使用，可以正常充值。您录屏里提示的是网络连接失败，不是卡密的问题' },
      { from: 'merchant', name: '启航卡盟-客服', text: '换个网络，或者连WiFi再充一次试试' },
      { from: 'buyer', text: '我不想试了，直接退款吧，我按卡密无效申请' },
    ],
    key_phrases: [O14, '可以正常充值', '不是卡密的问题'],
  },
];
