// The ninth blind end-to-end set (fixtures/blind9/): 14 cases written by a helper (branch h16e),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind9'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. Six new app styles: `weibo-dm` (微博私信), `viber-chat`, `x-dm`
// (X / Twitter direct message), `huawei-appgallery` (华为应用市场 dialog), `mihoyo-topup` (原神
// 充值 result page) and `xianyu-order` (闲鱼 订单详情). User edits from lib/user-edit.mjs: a top
// cut off (`crop:N`) and a red circle with an arrow (`mark`). One tablet capture (ipad-2048x1536).
// Render with `node scripts/real/render.mjs --set blind9` (into fixtures/real-blind9/<style>/),
// then `node scripts/real/copy-cases.mjs --set blind9` copies the images into fixtures/blind9/<case>/.
// The set is judged once, at the end: do not tune on it.
const B = 'blind9';

// order numbers (see each case's order.json)
const O1 = '2708031524409918'; // 16 digits
const O2 = '4210938857213360417'; // Xianyu: 19 digits
const T2 = '2027080522001437851402293317'; // its 支付宝交易号 beside it: 28 digits
const O3 = 'HB27080619310522'; // letter prefix + 14 digits
const O4 = '3807214465930182751'; // Xianyu: 19 digits
const O5 = '270810120533864'; // 15 digits
const O6 = 'QM2708120905173'; // two letters + 13 digits
const O7 = 'HK27081421075530'; // letter prefix + 14 digits
const O8 = '20270815213344109'; // 17 digits
const O9 = '27081504418393'; // 14 digits: this order
const O9X = '27081504418893'; // as the buyer typed it in the chat: one digit differs
const O10 = 'PF8K3Q2W7M4T'; // 12 upper-case letters and digits
const O11 = 'RT-2707181930'; // letter prefix, hyphen, 10 digits
const O12 = '90270818224105'; // 14 digits
const O13 = 'DL2708191000472'; // two letters + 13 digits
const O14 = '6627082016481205'; // 16 digits

const SRC = {
  maint: 'a recharge page\'s message "系统维护中，暂停充值，请联系本站客服手动为您充值。" (public GitHub C# file, find_string id 631311591)',
  codeBad: 'a redeem-code result table entry `text: \'兑换码无效，请核对后重试\'` (public GitHub TypeScript file, find_string id 58867717035)',
  zoneWrong: 'a game-automation check raising ValueException("区服选择错误") (public GitHub Python file, find_string id 36947034307), adapted into the shop\'s reply "这属于下单时区服选择错误"',
  addWx: 'a sample conversation message "黄先生您好，方便加个微信吗？" (public GitHub file, find_string id 55238841779), adapted into the shop\'s "方便加个微信吗？"',
  twUsed: 'a member-key check\'s error \'此序號已被使用\' (public GitHub JavaScript file, find_string id 55701322174)',
  twEmail: 'the same member-key check\'s error \'序號與您的帳號 Email 不符\' (public GitHub JavaScript file, find_string id 55701322174)',
  pinUsed: 'a PIN check\'s messages "The Pin is Expired." and "The Pin has already been used." (public GitHub JavaScript file, find_string id 36657745995)',
  device: 'an app\'s string table entry "This activation code is not valid for this device" (public GitHub C# file, find_string id 65780390595)',
  rental: 'a rental alert "Rental period: 30 days" (public GitHub JavaScript file, find_string id 46038864147)',
  realJob: 'a list of angry replies "WHO IS THIS? GET A REAL JOB!" (public GitHub file, find_string id 4902027972), adapted into the buyer\'s "GET A REAL JOB!"',
  within1h: 'a shop page\'s text "We are taking orders normally. Delivery within 1 hour of purchase." (public GitHub JavaScript file, find_string id 57919335189)',
};

export default [
  // ── 1 b9-card-maintenance: card_invalid, reverse; the capture shows maintenance, not the card ──
  {
    name: 'b9-tianhong-maint', case: 'b9-card-maintenance', file: 'Screenshot_20270803-161207.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '16:12', battery: 58,
    game: { title: '天宏一卡通充值', name: '天宏一卡通 充值中心', hue: '#0e7490', fields: [['卡号', 'TH27****8804'], ['卡密', '****-****-****-3317'], ['充值账号', 'zhou****21']], submit: '立即充值' },
    toast: '系统维护中，暂停充值，请联系本站客服手动为您充值。',
    corpus: [SRC.maint],
    key_phrases: ['系统维护中，暂停充值'],
  },
  {
    name: 'b9-weibo-maint-cropped', case: 'b9-card-maintenance', file: 'Screenshot_20270803-163455.png', split: B,
    style: 'weibo-dm', device: 'android-1080x2400', degrade: ['crop:270'], clock: '16:34', battery: 55, title: '蜂鸟卡券旗舰店',
    messages: [
      { from: 'time', text: '16:13' },
      { from: 'buyer', text: `订单${O1}的天宏卡充不进去，是不是卡有问题` },
      { from: 'buyer', type: 'image', hue: 190, w: 110, h: 200 },
      { from: 'merchant', text: '您好，截图上写的是系统维护中，是天宏充值站在维护，不是卡密的问题' },
      { from: 'merchant', text: '卡密我们查过是未使用状态，等官方维护结束再充就可以' },
      { from: 'buyer', text: '我不想等了，我直接申请卡密无效退款' },
      { from: 'merchant', text: '卡是好的，这个理由我们这边没法同意' },
    ],
    corpus: [SRC.maint],
    key_phrases: [O1, '系统维护中', '不是卡密的问题'],
  },
  {
    name: 'b9-tianhong-order', case: 'b9-card-maintenance', file: 'Screenshot_20270803-163720.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '16:37', battery: 55, shop: '蜂鸟卡券', accent: '#0e7490',
    order: {
      query: O1, statusTone: 'ok',
      rows: [['订单号', O1], ['商品名称', '天宏一卡通 50元 卡密'], ['实付金额', '¥48.50'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-08-03 15:24:40']],
      code: '卡号 TH27********8804  卡密 ************3317',
    },
    key_phrases: [O1, '¥48.50', '已完成'],
  },

  // ── 2 b9-nr-refunded-xianyu: not_received, reverse; the order page already says 已退款 ────────
  {
    name: 'b9-xianyu-refunded', case: 'b9-nr-refunded-xianyu', file: 'Screenshot_2027-08-05-17-42-10-118_com.taobao.idlefish.png', split: B,
    style: 'xianyu-order', device: 'android-1080x2400', clock: '17:42', battery: 49,
    order: {
      status: '交易关闭', statusLine: '卖家已退款 ¥30.00，款项已退回您的支付宝余额',
      seller: '小鹿会员铺', title: '爱奇艺黄金VIP会员 月卡 手机号直充', price: '¥30.00',
      rows: [['订单编号', O2, true], ['支付宝交易号', T2, true], ['创建时间', '2027-08-05 10:12:08'], ['付款时间', '2027-08-05 10:12:15'], ['实付款', '¥30.00'], ['退款状态', '已退款']],
      buttons: ['联系卖家', '删除订单'],
    },
    key_phrases: [O2, '交易关闭', '已退款'],
  },
  {
    name: 'b9-xianyu-refunded-chat', case: 'b9-nr-refunded-xianyu', file: 'mmexport1817459103218.jpg', split: B,
    style: 'xianyu-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '17:45', battery: 48, title: '小鹿会员铺',
    item: { title: '爱奇艺黄金VIP会员 月卡 手机号直充', price: '¥30.00', status: '交易关闭' },
    messages: [
      { from: 'time', text: '10:40' },
      { from: 'buyer', text: '付款半小时了，会员还没到账，手机号138****6612' },
      { from: 'time', text: '11:05' },
      { from: 'merchant', text: '不好意思，月卡这两天没货了，我已经点了退款，30块退回你支付宝余额了，可以看下订单' },
      { from: 'time', text: '17:41' },
      { from: 'buyer', text: '我一直没收到会员，我还是要申请未收到货' },
    ],
    key_phrases: ['会员还没到账', '我已经点了退款'],
  },

  // ── 3 b9-card-resent-works: card_invalid, reverse; a new code was sent and works ──────────────
  {
    name: 'b9-huawei-code-bad', case: 'b9-card-resent-works', file: 'Screenshot_20270806-195102.png', split: B,
    style: 'huawei-appgallery', device: 'android-1080x2400', clock: '19:51', battery: 71,
    app: { name: '花币卡兑换', sub: '华为应用市场 · 我的 · 花币' },
    fields: [['兑换码', '7H2K-****-****-Q9MD'], ['华为账号', '186****0457']],
    dialog: { title: '兑换失败', body: ['兑换码无效，请核对后重试'], buttons: ['取消', '确定'] },
    corpus: [SRC.codeBad],
    key_phrases: ['兑换码无效，请核对后重试'],
  },
  {
    name: 'b9-wechat-dark-resent', case: 'b9-card-resent-works', file: 'Screenshot_20270806-203318.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '20:33', battery: 66, title: '海贝数卡客服',
    messages: [
      { from: 'time', text: '19:53' },
      { from: 'buyer', text: `订单${O3}的花币卡兑换不了，提示兑换码无效，请核对后重试` },
      { from: 'buyer', type: 'image', hue: 0, w: 110, h: 200 },
      { from: 'merchant', text: '抱歉，上游给错了一批码，给您换一张：8N4P-****-****-R2WX' },
      { from: 'time', text: '20:21' },
      { from: 'buyer', text: '新的这张兑换成功了，花币已经到账，谢谢' },
      { from: 'merchant', text: '好的，给您添麻烦了' },
    ],
    corpus: [SRC.codeBad],
    key_phrases: [O3, '兑换成功了', '花币已经到账'],
  },
  {
    name: 'b9-huabi-order-dark', case: 'b9-card-resent-works', file: 'Screenshot_20270806-203540.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '20:35', battery: 65, shop: '海贝数卡', accent: '#c7000b',
    order: {
      query: O3, statusTone: 'ok',
      rows: [['订单号', O3], ['商品名称', '华为花币卡 100元 兑换码'], ['实付金额', '¥97.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-08-06 19:31:05']],
      code: '兑换码 7H2K-****-****-Q9MD',
    },
    key_phrases: [O3, '¥97.00', '已完成'],
  },

  // ── 4 b9-wrong-40min-xianyu: wrong_purchase; 40 minutes of the 1 h window are left ───────────
  {
    name: 'b9-xianyu-wait-ship', case: 'b9-wrong-40min-xianyu', file: 'Screenshot_2027-08-08-20-58-31-507_com.taobao.idlefish.png', split: B,
    style: 'xianyu-order', device: 'android-1080x2400', clock: '20:58', battery: 37,
    order: {
      status: '等待卖家发货', statusLine: '你已付款，卖家还未发货',
      seller: '橘子数字小店', title: '网易云音乐 黑胶VIP 年卡 兑换码', price: '¥128.00',
      rows: [['订单编号', O4, true], ['创建时间', '2027-08-08 20:41:02'], ['付款时间', '2027-08-08 20:41:09'], ['实付款', '¥128.00']],
      buttons: ['申请退款', '联系卖家', '提醒发货'],
    },
    key_phrases: [O4, '¥128.00', '等待卖家发货'],
  },
  {
    name: 'b9-xianyu-wrong-chat', case: 'b9-wrong-40min-xianyu', file: 'Screenshot_2027-08-08-20-59-50-221_com.taobao.idlefish.png', split: B,
    style: 'xianyu-chat', device: 'android-1080x2400', clock: '20:59', battery: 36, title: '橘子数字小店',
    item: { title: '网易云音乐 黑胶VIP 年卡 兑换码', price: '¥128.00', status: '待发货' },
    messages: [
      { from: 'time', text: '20:50' },
      { from: 'buyer', text: '拍错了，我要的是月卡不是年卡。你还没发货吧？码先别发，我申请退款' },
      { from: 'merchant', text: '还没发，你直接申请，我这边点同意' },
      { from: 'buyer', text: '好的谢谢，马上申请' },
    ],
    key_phrases: ['拍错了', '码先别发', '我这边点同意'],
  },

  // ── 5 b9-nr-wrong-server: not_received, reverse; topped up to the server the buyer chose ──────
  {
    name: 'b9-mihoyo-success', case: 'b9-nr-wrong-server', file: 'Screenshot_20270810-131244.png', split: B,
    style: 'mihoyo-topup', device: 'android-1080x2400', clock: '13:12', battery: 80,
    result: {
      title: '充值成功', sub: '创世结晶已发放至角色邮箱，请进入游戏查收',
      rows: [['游戏', '原神'], ['服务器', '天空岛'], ['角色UID', '10*****362'], ['商品', '创世结晶×1980'], ['实付金额', '¥328.00'], ['支付时间', '2027-08-10 12:06:51']],
    },
    key_phrases: ['充值成功', '天空岛', '¥328.00'],
  },
  {
    name: 'b9-weibo-server', case: 'b9-nr-wrong-server', file: 'mmexport1817878601507.jpg', split: B,
    style: 'weibo-dm', device: 'android-1080x2400', degrade: ['fwd:640:58'], clock: '14:16', battery: 74, title: '提瓦特代充小铺',
    messages: [
      { from: 'time', text: '13:40' },
      { from: 'buyer', text: `订单${O5}付款一个半小时了，游戏里结晶还是没到` },
      { from: 'merchant', text: '12:06已经充好了，充到天空岛服UID 10*****362，这是充值成功的截图' },
      { from: 'buyer', text: '我号是B服世界树的，天空岛那个不是我的' },
      { from: 'merchant', text: '您下单填的服务器就是天空岛，这属于下单时区服选择错误，充进去的结晶撤不回来' },
      { from: 'buyer', text: '反正我没收到，我申请未到账退款' },
    ],
    corpus: [SRC.zoneWrong],
    key_phrases: [O5, '天空岛', '区服选择错误'],
  },
  {
    name: 'b9-genshin-order', case: 'b9-nr-wrong-server', file: 'Screenshot_20270810-141902.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '14:19', battery: 73, shop: '提瓦特代充小铺', accent: '#a4884f',
    order: {
      query: O5, statusTone: 'ok',
      rows: [['订单号', O5], ['商品名称', '原神 创世结晶1980 UID直充'], ['服务器', '天空岛'], ['角色UID', '10*****362'], ['实付金额', '¥318.00'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-08-10 12:05:33']],
    },
    key_phrases: [O5, '¥318.00', '已完成'],
  },

  // ── 6 b9-late-private-weibo-dark: late_delivery; the shop asks to add WeChat ──────────────────
  {
    name: 'b9-qqmusic-order', case: 'b9-late-private-weibo-dark', file: 'Screenshot_20270812-114802.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '11:48', battery: 62, shop: '青木会员代充', accent: '#31c27c',
    order: {
      query: O6, statusTone: 'wait',
      rows: [['订单号', O6], ['商品名称', 'QQ音乐 豪华绿钻 月卡 直充'], ['充值账号', '28****7751'], ['实付金额', '¥18.00'], ['订单状态', '待发货', 'status'], ['下单时间', '2027-08-12 09:05:17']],
      noteTitle: '购买须知', note: ['付款后30分钟内自动到账，高峰期请耐心等待。'],
    },
    key_phrases: [O6, '¥18.00', '待发货', '30分钟内自动到账'],
  },
  {
    name: 'b9-weibo-dark-wx', case: 'b9-late-private-weibo-dark', file: 'Screenshot_20270812-120614.png', split: B,
    style: 'weibo-dm', dark: true, device: 'android-1080x2400', clock: '12:06', battery: 60, title: '青木会员代充',
    messages: [
      { from: 'time', text: '11:40' },
      { from: 'buyer', text: `订单${O6}早上九点付的，说30分钟内到账，现在快三个小时了绿钻还没开通` },
      { from: 'merchant', text: '上游卡单了，今天可能都开不了' },
      { from: 'merchant', text: '方便加个微信吗？我微信把18块直接转你，平台那边就别申请了' },
      { from: 'buyer', text: '不用加微信，退款我走平台流程' },
    ],
    corpus: [SRC.addWx],
    key_phrases: [O6, '方便加个微信吗', '退款我走平台流程'],
  },

  // ── 7 b9-hk-card-used-mark: card_invalid, ready; the buyer circled the error in red ──────────
  {
    name: 'b9-hk-serial-used', case: 'b9-hk-card-used-mark', file: 'IMG_20270814_214412.jpg', split: B,
    style: 'game-topup', device: 'android-1080x2400', degrade: ['fwd:720:70'], clock: '21:44', battery: 44, mark: { text: '此序號已被使用' },
    game: { title: '點數卡儲值', name: 'GASH 點數卡 儲值', hue: '#7c3aed', fields: [['序號', 'GS27****5530'], ['密碼', '************4R8T'], ['會員帳號', 'wing****hk']], submit: '確認儲值' },
    dialog: { title: '儲值未成功', body: ['此序號已被使用'], buttons: ['確定'] },
    corpus: [SRC.twUsed],
    key_phrases: ['此序號已被使用'],
  },
  {
    name: 'b9-whatsapp-hk-used', case: 'b9-hk-card-used-mark', file: 'IMG-20270814-WA0023.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '22:05', battery: 41, title: '星光點卡 HK', subtitle: 'online',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '21:46', text: `你好，訂單 ${O7} 張 GASH 卡一入就話「此序號已被使用」，我頭先先收到個碼，未用過` },
      { from: 'buyer', at: '21:46', type: 'image', hue: 270, w: 110, h: 200 },
      { from: 'merchant', at: '22:01', text: '唔好意思，查到呢張卡之前已經出過貨，係我哋嘅問題。你喺平台申請退款，我會同意。' },
      { from: 'buyer', at: '22:03', text: '好，我而家申請' },
    ],
    corpus: [SRC.twUsed],
    key_phrases: [O7, '此序號已被使用', '係我哋嘅問題'],
  },
  {
    name: 'b9-hk-gash-order', case: 'b9-hk-card-used-mark', file: 'Screenshot_20270814-220820.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '22:08', battery: 40, shop: '星光點卡 HK', accent: '#7c3aed',
    order: {
      query: O7, statusTone: 'ok',
      rows: [['訂單編號', O7], ['商品名稱', 'GASH 點數卡 1000點'], ['實付金額', 'HK$268.00'], ['付款方式', 'PayMe'], ['訂單狀態', '已完成', 'status'], ['下單時間', '2027-08-14 21:07:55']],
      code: '序號 GS27****5530  密碼 ************4R8T',
    },
    key_phrases: [O7, 'HK$268.00', '已完成'],
  },

  // ── 8 b9-tw-activation-email: activation_failed, ready; the serial was bound to a wrong e-mail ─
  {
    name: 'b9-tw-email-mismatch', case: 'b9-tw-activation-email', file: 'Screenshot_20270815-215802.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '21:58', battery: 69, appTitle: '筆記本 Pro 會員啟用',
    fields: [['序號', 'NBP-****-****-6C2Y'], ['帳號 Email', 'ya****@gmail.com']], submit: '啟用',
    dialog: { title: '啟用失敗', body: ['序號與您的帳號 Email 不符'], buttons: ['確定'] },
    corpus: [SRC.twEmail],
    key_phrases: ['序號與您的帳號 Email 不符'],
  },
  {
    name: 'b9-line-tw-email', case: 'b9-tw-activation-email', file: 'IMG_8841.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '22:31', battery: 63, title: '數位小舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O8} 的會員序號啟用時顯示「序號與您的帳號 Email 不符」，我下單填的就是這個信箱` },
      { from: 'buyer', read: true, type: 'image', hue: 260, w: 110, h: 200 },
      { from: 'merchant', name: '數位小舖', text: '抱歉，我們綁定時把您的信箱打錯一個字，這組序號已經綁到錯的信箱，無法更改' },
      { from: 'merchant', name: '數位小舖', text: '麻煩您到平台那邊送出退款申請，我們這邊會同意' },
      { from: 'buyer', read: true, text: '好的，我去申請' },
    ],
    corpus: [SRC.twEmail],
    key_phrases: [O8, '序號與您的帳號 Email 不符', '我們這邊會同意'],
  },
  {
    name: 'b9-tw-notebook-order', case: 'b9-tw-activation-email', file: 'IMG_8842.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '22:34', battery: 62, shop: '數位小舖', accent: '#0f766e',
    order: {
      query: O8, statusTone: 'ok',
      rows: [['訂單編號', O8], ['商品名稱', '筆記本 Pro 一年會員序號'], ['實付金額', 'NT$890'], ['付款方式', '街口支付'], ['訂單狀態', '已完成', 'status'], ['下單時間', '2027/08/15 21:33:44']],
      code: '序號 NBP-****-****-6C2Y',
    },
    key_phrases: [O8, 'NT$890', '已完成'],
  },

  // ── 9 b9-en-card-digit-x: card_invalid, reverse; the chat names an order one digit off ────────
  {
    name: 'b9-en-pin-used', case: 'b9-en-card-digit-x', file: 'Screenshot_20270815-050210.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '05:02', battery: 83, appTitle: 'Garena Shells Top Up',
    fields: [['PIN', 'GS-****-****-7Q2F'], ['Garena account', 'mi****ng']], submit: 'Top up',
    dialog: { title: 'Top-up failed', body: ['The Pin has already been used.'], buttons: ['OK'] },
    corpus: [SRC.pinUsed],
    key_phrases: ['The Pin has already been used.'],
  },
  {
    name: 'b9-xdm-digit', case: 'b9-en-card-digit-x', file: 'Screenshot_20270815-053344.jpg', split: B,
    style: 'x-dm', device: 'android-1080x2400', degrade: ['fwd:660:60'], clock: '05:33', battery: 80, title: 'ShellsDirect', subtitle: '@shellsdirect', merchantAvatar: ['S', '#e11d48'],
    messages: [
      { from: 'time', text: 'Today 05:04' },
      { from: 'buyer', text: `Hi, the Garena Shells PIN from order ${O9X} says "The Pin has already been used." Got it 20 minutes ago.` },
      { from: 'merchant', text: `I can't find order ${O9X} in my shop. Could you check the number?` },
      { from: 'buyer', text: 'That is the one in my purchase list, I am filing the refund now' },
    ],
    corpus: [SRC.pinUsed],
    key_phrases: [O9X, 'The Pin has already been used.', "I can't find order"],
  },
  {
    name: 'b9-en-order-shells', case: 'b9-en-card-digit-x', file: 'Screenshot_20270815-053610.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '05:36', battery: 79, shop: 'ShellsDirect',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'PIN delivered on 15 Aug 2027 04:41.',
      rows: [['Order ID', O9], ['Offer', 'Garena Shells 330 – PIN (SEA)'], ['Seller', 'ShellsDirect'], ['Quantity', '1'], ['Total', 'USD 9.20'], ['Order date', '15 Aug 2027 04:41']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O9, 'USD 9.20'],
  },

  // ── 10 b9-en-activation-xdm-dark: activation_failed, ready; the order page from an iPad ──────
  {
    name: 'b9-en-device-code', case: 'b9-en-activation-xdm-dark', file: 'Screenshot_20270816-141522.png', split: B,
    style: 'android-dialog', dark: true, device: 'android-1080x2400', clock: '14:15', battery: 57, appTitle: 'PixelForge Studio',
    fields: [['Activation code', 'PXF-****-****-M8RJ'], ['Machine ID', '7C1E-****-A09B']], submit: 'Activate',
    dialog: { title: 'Activation failed', body: ['This activation code is not valid for this device'], buttons: ['OK'] },
    corpus: [SRC.device],
    key_phrases: ['This activation code is not valid for this device'],
  },
  {
    name: 'b9-xdm-dark-device', case: 'b9-en-activation-xdm-dark', file: 'Screenshot_20270816-150140.png', split: B,
    style: 'x-dm', dark: true, device: 'android-1080x2400', clock: '15:01', battery: 54, title: 'ForgeKeys', subtitle: '@forgekeys_store', merchantAvatar: ['F', '#f97316'],
    messages: [
      { from: 'time', text: 'Today 14:17' },
      { from: 'buyer', text: `Hi, the PixelForge code from order ${O10} fails: "This activation code is not valid for this device". I sent you my Machine ID when I ordered.` },
      { from: 'merchant', text: 'Let me look.' },
      { from: 'merchant', text: 'You are right, the code was generated for another machine ID, my error. It cannot be moved. Open a refund request and I will approve it.' },
      { from: 'buyer', text: 'Thanks, opening it now.' },
    ],
    corpus: [SRC.device],
    key_phrases: [O10, 'This activation code is not valid for this device', 'I will approve it'],
  },
  {
    name: 'b9-en-order-ipad', case: 'b9-en-activation-xdm-dark', file: 'IMG_0417.PNG', split: B,
    style: 'g2g-order', device: 'ipad-2048x1536', clock: '15:04', battery: 90, shop: 'ForgeKeys',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'Code delivered on 16 Aug 2027 13:52.',
      rows: [['Order ID', O10], ['Offer', 'PixelForge Studio 2027 – Perpetual License (1 PC, bound to Machine ID)'], ['Seller', 'ForgeKeys'], ['Quantity', '1'], ['Total', 'USD 34.00'], ['Order date', '16 Aug 2027 13:51']],
      buttons: ['Request refund', 'Contact seller'],
    },
    key_phrases: [O10, 'USD 34.00'],
  },

  // ── 11 b9-en-nad-rental-30d: not_as_described, reverse; a 30-day rental ended after 30 days ────
  {
    name: 'b9-en-order-rental', case: 'b9-en-nad-rental-30d', file: 'Screenshot_20270817-194455.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '19:44', battery: 46, shop: 'StreamRent',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'Account details delivered on 18 Jul 2027 19:31.',
      rows: [['Order ID', O11], ['Offer', 'Spotify Premium Individual – Shared Account Rental'], ['Seller', 'StreamRent'], ['Quantity', '1'], ['Total', 'USD 3.50'], ['Order date', '18 Jul 2027 19:30']],
      buttons: ['Contact seller'],
      note: ['Rental period: 30 days', 'Login details stop working when the rental period ends.'],
    },
    corpus: [SRC.rental],
    key_phrases: [O11, 'USD 3.50', 'Rental period: 30 days'],
  },
  {
    name: 'b9-viber-rental', case: 'b9-en-nad-rental-30d', file: 'IMG-20270817-WA0031.jpg', split: B,
    style: 'viber-chat', device: 'android-1080x2400', degrade: ['fwd:540:62'], clock: '19:41', battery: 45, title: 'StreamRent', subtitle: 'online',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '19:34', text: `The account from order ${O11} stopped working today, Premium is gone. This is not what I paid for.` },
      { from: 'merchant', at: '19:37', text: 'Hi! The offer was a rental. Rental period: 30 days. You got the login on 18 July at 19:31, so it ended today.' },
      { from: 'buyer', at: '19:40', text: 'I thought it was mine to keep. I will file it as not as described.' },
    ],
    corpus: [SRC.rental],
    key_phrases: [O11, 'Rental period: 30 days', 'not what I paid for'],
  },

  // ── 12 b9-en-nr-threat-viber: not_received; the buyer insults and threatens ───────────────────
  {
    name: 'b9-en-order-pending', case: 'b9-en-nr-threat-viber', file: 'Screenshot_20270820-112014.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '11:20', battery: 72, shop: 'RiftCoins',
    order: {
      status: 'Not delivered', tone: 'wait', statusNote: 'Waiting for the seller to send your code.',
      rows: [['Order ID', O12], ['Offer', 'League of Legends 1380 RP – Gift Card Code (EUW)'], ['Seller', 'RiftCoins'], ['Quantity', '1'], ['Total', 'EUR 10.40'], ['Order date', '18 Aug 2027 22:41']],
      buttons: ['Cancel order', 'Contact seller'],
    },
    key_phrases: [O12, 'EUR 10.40', 'Not delivered'],
  },
  {
    name: 'b9-viber-threat', case: 'b9-en-nr-threat-viber', file: 'IMG-20270820-WA0007.jpg', split: B,
    style: 'viber-chat', device: 'android-1080x2400', degrade: ['fwd:720:68', 'fwd:600:55'], clock: '11:14', battery: 73, title: 'RiftCoins', subtitle: 'last seen today at 11:02',
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', at: '09:12', text: `Order ${O12}, paid last night, no RP code yet.` },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '10:47', text: 'Still nothing. GET A REAL JOB! I am reporting you to PayPal and posting this everywhere.' },
      { from: 'merchant', at: '11:02', text: "Sorry for the wait, our EUW codes ran out. Open a refund on the site and I'll accept it." },
    ],
    corpus: [SRC.realJob],
    key_phrases: [O12, 'GET A REAL JOB!', "I'll accept it"],
  },

  // ── 13 b9-en-late-telegram: late_delivery, ready; "within 1 hour" and 5 hours later nothing ───
  {
    name: 'b9-en-order-late', case: 'b9-en-late-telegram', file: 'Screenshot_20270819-150412.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '15:04', battery: 52, shop: 'DuneLoot',
    order: {
      status: 'Awaiting seller', tone: 'wait', statusNote: 'Paid on 19 Aug 2027 10:00. The seller has not delivered yet.',
      rows: [['Order ID', O13], ['Offer', 'Valorant 2050 VP – Top Up by Riot ID (EU)'], ['Seller', 'DuneLoot'], ['Quantity', '1'], ['Total', 'EUR 18.60'], ['Order date', '19 Aug 2027 10:00']],
      buttons: ['Contact seller'],
      note: ['We are taking orders normally. Delivery within 1 hour of purchase.'],
    },
    corpus: [SRC.within1h],
    key_phrases: [O13, 'EUR 18.60', 'Delivery within 1 hour of purchase.'],
  },
  {
    name: 'b9-telegram-late', case: 'b9-en-late-telegram', file: 'photo_2027-08-19_15-10-44.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '15:10', battery: 51, title: 'DuneLoot', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'August 19' },
      { from: 'buyer', at: '11:35', text: `Hi, order ${O13} was paid at 10:00, the page says delivery within 1 hour. No VP yet.` },
      { from: 'buyer', at: '14:30', text: 'It has been four and a half hours. Anything?' },
      { from: 'merchant', at: '14:52', text: "Very sorry, our top-up account is locked for review and I cannot deliver today. Go ahead and ask for a refund here, I'll approve." },
      { from: 'buyer', at: '14:55', text: 'Ok, requesting it.' },
    ],
    corpus: [SRC.within1h],
    key_phrases: [O13, 'delivery within 1 hour', "I'll approve."],
  },

  // ── 14 b9-en-card-expired-messenger: card_invalid, ready ─────────────────────────────────────
  {
    name: 'b9-en-pin-expired', case: 'b9-en-card-expired-messenger', file: 'Screenshot_20270820-165804.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '16:58', battery: 67, appTitle: 'Shells Wallet',
    fields: [['PIN', 'SW-****-****-K4N8'], ['Account', 'da****88']], submit: 'Redeem',
    dialog: { title: 'Redeem failed', body: ['The Pin is Expired.'], buttons: ['OK'] },
    corpus: [SRC.pinUsed],
    key_phrases: ['The Pin is Expired.'],
  },
  {
    name: 'b9-messenger-expired', case: 'b9-en-card-expired-messenger', file: 'Screenshot_20270820-174012_Messenger.png', split: B,
    style: 'messenger', device: 'android-1080x2400', clock: '17:40', battery: 64, title: 'PinVault', subtitle: 'Active now', merchantAvatar: ['P', '#0ea5e9'],
    messages: [
      { from: 'time', text: 'TODAY AT 17:01' },
      { from: 'buyer', text: `Hi, the PIN I got for order ${O14} half an hour ago won't redeem: "The Pin is Expired."` },
      { from: 'merchant', text: 'Checked it: that PIN came from an old batch that expired last month. It should never have been sent, sorry.' },
      { from: 'merchant', text: 'Please open a refund for the order, I will accept it.' },
      { from: 'buyer', text: 'Alright, thanks.' },
    ],
    corpus: [SRC.pinUsed],
    key_phrases: [O14, 'The Pin is Expired.', 'I will accept it'],
  },
  {
    name: 'b9-en-order-expired', case: 'b9-en-card-expired-messenger', file: 'Screenshot_20270820-174410.jpg', split: B,
    style: 'g2g-order', device: 'android-1080x2400', degrade: ['fwd:600:70'], clock: '17:44', battery: 63, shop: 'PinVault',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'PIN delivered on 20 Aug 2027 16:48.',
      rows: [['Order ID', O14], ['Offer', 'Garena Shells 1000 – PIN (MY)'], ['Seller', 'PinVault'], ['Quantity', '1'], ['Total', 'USD 24.50'], ['Order date', '20 Aug 2027 16:48']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O14, 'USD 24.50'],
  },
];
