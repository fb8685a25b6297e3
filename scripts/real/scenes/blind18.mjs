// The eighteenth blind end-to-end set (fixtures/blind18/): 14 cases written by a helper (branch h18d),
// not by the lead engineer, around game top-ups (代充, 点券, UC, 钻石, 创世结晶) and game accounts, from
// public wording the project had not used before (each quoted string was grepped against
// test/corpus/, scripts/real/ and the fixture READMEs), combined and lightly adapted (names, amounts
// and order numbers made consistent with each case's order.json). Every scene is `split: 'blind18'`;
// `corpus` cites the source of each line taken (a URL, or the find_string index id where the index
// names no repository); lines not cited are the author's own connecting lines. Six new app styles:
// `midasbuy-result` (Midasbuy top-up result), `codashop-receipt` (Codashop order result),
// `pc-launcher-error` (a PC game launcher with an error dialog), `whatsapp-desktop` (WhatsApp for
// Windows), `qqwallet-bill` (QQ钱包 交易详情) and `android-shade` (the Android notification shade).
// Render with `node scripts/real/render.mjs --set blind18`, then
// `node scripts/real/copy-cases.mjs --set blind18`. The set is judged once, at the end: do not tune on it.
const B = 'blind18';

const O1 = 'PG271205194308'; // PG + 12 digits (HK shop)
const M1 = 'MB20271205200137'; // the Midasbuy transaction the shop made for it
const O2 = 'MY27120814573809'; // Codashop transaction: MY + 14 digits
const O3 = 'OD2712092134058'; // OD + 13 digits (TW shop)
const O4 = 'CF20271210130541'; // 商户单号: CF + 14 digits
const T4 = '1010000397202712100458206643'; // QQ钱包 交易单号: 28 digits
const O5A = '2712112047300581'; // the buyer's first order that night (16 digits), fine
const O5B = '2712112051190736'; // this case's order (16 digits)
const O6 = '27121210488163'; // G2G: 14 digits
const O7 = 'YS2712131922064471'; // 商户单号: YS + 16 digits
const T7 = '1010000397202712131922064780'; // QQ钱包 交易单号: 28 digits
const O8 = 'JP-2712-1409-3361'; // hyphenated
const M8 = 'MB20271214211602'; // Midasbuy transaction
const O9 = 'AC271215200517'; // AC + 12 digits (HK shop)
const O10 = 'K27121610320471'; // K + 14 digits
const O11 = '271217161033618'; // 15 digits
const O12 = 'R7KX2Q9MB4TD8H3N'; // dujiaoka order_sn: 16 upper-case letters and digits
const O13 = 'PH27122009413307'; // Codashop transaction: PH + 14 digits
const O14 = '2712211830427705'; // 16 digits (TW shop)

const SRC = {
  codaPolicy: 'Codashop refund policy: "All game items that have been purchased or shipped are final, and we do not accept refund requests for incorrect purchase transactions (e.g. wrong game ID, etc)." and "You are fully responsible for ensuring that the data you entered when making a transaction is correct." (https://sa.support.codashop.com/hc/en-us/articles/6576487384463-Refund-Policy)',
  tng: 'a checkout\'s payment badge "Touch \'n Go eWallet" (public GitHub TSX file, find_string id 62699388812)',
  dianjuan: 'a point-card top-up page\'s error "儲值失敗 請確認點卷代碼是否正確" (public GitHub JSP file, find_string id 42162348368)',
  chongzhi: 'a card-payment channel\'s result codes: "点卡已被充值!" (10008) (public GitHub Java file, find_string id 44120098436)',
  quFu: 'a top-up bot\'s result "失败 -> 服务器区服错误" (retcode 1010) (public GitHub JavaScript file, find_string id 8964732167), adapted',
  tingquan: 'a login page\'s message "此帳號已被停權，請洽客服人員" (public GitHub Vue file, find_string id 28275018844)',
  server: 'a CDK plugin\'s warning "该激活码不适用于当前服务器" (public GitHub JavaScript file, find_string id 58013502567)',
};

export default [
  // ── 1 b18-hk-uc-partial: not_received for the undelivered part (amount 128 of 198) ───────────
  {
    name: 'b18-midas-660', case: 'b18-hk-uc-partial', file: 'IMG-20271205-WA0014.jpg', split: B,
    style: 'midasbuy-result', device: 'iphone-1170x2532', degrade: ['fwd:720:70'], clock: '20:01', battery: 64, region: 'HK', server: '伺服器：亞洲',
    result: {
      title: '購買成功', sub: 'UC 將於數分鐘內發送至遊戲帳號，請留意遊戲內信件。', tone: 'ok', button: '返回商店', button2: '查看購買記錄',
      rows: [['玩家ID', '5127738841'], ['玩家名稱', 'KenKen仔'], ['商品', '660 UC', true], ['金額', 'US$9.99'], ['訂單號', M1], ['時間', '2027-12-05 20:01:37']],
    },
    key_phrases: [M1, '660 UC', '購買成功'],
  },
  {
    name: 'b18-wa-uc-partial', case: 'b18-hk-uc-partial', file: 'IMG_5581.PNG', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', clock: '20:34', battery: 61, title: '旺角手遊代充', subtitle: '上線',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'merchant', at: '20:02', text: '已經幫你充咗，呢張係Midasbuy嘅充值紀錄' },
      { from: 'merchant', at: '20:02', type: 'image', hue: 45, w: 150, h: 260 },
      { from: 'buyer', at: '20:15', text: `訂單 ${O1} 我買嘅係1800 UC，點解遊戲入面得660 UC？` },
      { from: 'merchant', at: '20:31', text: '唔好意思，1800 嗰個包我哋嗰邊買唔到，落錯咗660 嘅單。餘下1140 UC 補唔到，差價HK$128 你喺平台申請部分退款，我會同意' },
      { from: 'buyer', at: '20:33', text: '好，我申請退返HK$128' },
    ],
    key_phrases: [O1, '得660 UC', 'HK$128'],
  },
  {
    name: 'b18-order-uc-partial', case: 'b18-hk-uc-partial', file: 'IMG_5583.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '20:36', battery: 60, shop: '旺角手遊代充', accent: '#E4572E',
    order: {
      query: O1, statusTone: 'ok',
      rows: [['訂單編號', O1], ['商品', 'PUBG MOBILE 1800 UC 代充（玩家ID直充）'], ['玩家ID', '5127738841'], ['實付金額', 'HK$198.00'], ['付款方式', 'FPS 轉數快'], ['訂單狀態', '已發貨', 'status'], ['下單時間', '2027-12-05 19:43:08'], ['發貨時間', '2027-12-05 20:01:40']],
    },
    key_phrases: [O1, 'HK$198.00', '已發貨'],
  },

  // ── 2 b18-my-coda-wrong-zone: wrong_purchase, the top-up already went to the wrong Zone ID ─────
  {
    name: 'b18-coda-wrong-zone', case: 'b18-my-coda-wrong-zone', file: 'Screenshot_20271208-150211.png', split: B,
    style: 'codashop-receipt', device: 'android-1080x2400', clock: '15:02', battery: 48, country: 'Malaysia',
    receipt: {
      status: 'Successful', tone: 'ok', title: 'Thank you for your purchase!', line: 'Your Diamonds have been sent to the account below.',
      game: 'Mobile Legends: Bang Bang', item: '257 Diamonds',
      rows: [['Transaction ID', O2], ['User ID', '108823715'], ['Zone ID', '2104'], ['Username', 'Kn1ght_Rz'], ['Payment', 'Touch \'n Go eWallet'], ['Price', 'RM 21.90'], ['Date', '08/12/2027 14:57']],
      note: ['All game items that have been purchased or shipped are final, and we do not accept refund requests for incorrect purchase transactions (e.g. wrong game ID, etc).'],
    },
    corpus: [SRC.codaPolicy, SRC.tng],
    key_phrases: [O2, 'RM 21.90', 'Zone ID', 'incorrect purchase transactions'],
  },
  {
    name: 'b18-wad-coda-zone', case: 'b18-my-coda-wrong-zone', file: 'Screenshot 2027-12-08 153012.png', split: B,
    style: 'whatsapp-desktop', device: 'desktop-1366x768', title: 'Codashop Malaysia', subtitle: 'business account',
    chats: [['Codashop Malaysia', 'You are fully responsible for ensuring…', '15:21'], ['Mak', 'ok noted', '13:40'], ['Futsal Kaki Jumaat', 'Ravi: 8pm ok?', '12:02'], ['Shopee MY', 'Your parcel is out for delivery', 'Yesterday']],
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '15:05', text: `Hi, transaction ${O2}, 257 Diamonds. I keyed in Zone ID 2104 but mine is 2014. The diamonds went to Kn1ght_Rz, not me. Can cancel and refund?` },
      { from: 'merchant', at: '15:21', text: 'Dear Codashopper, the publisher reports the 257 Diamonds were delivered to User ID 108823715 (2104). You are fully responsible for ensuring that the data you entered when making a transaction is correct, so we cannot cancel or refund this one.' },
      { from: 'buyer', at: '15:24', text: 'Aiyo. I will still try request refund as wrong purchase.' },
    ],
    corpus: [SRC.codaPolicy],
    key_phrases: [O2, 'Zone ID 2104', 'cannot cancel or refund'],
  },

  // ── 3 b18-tw-launcher-point-used: card_invalid, ready (the red circle is the buyer's) ──────────
  {
    name: 'b18-launcher-dianjuan', case: 'b18-tw-launcher-point-used', file: 'Screenshot 2027-12-09 214722.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1366x768', mark: { text: '儲值失敗' }, taskClock: ['下午 09:47', '2027/12/9'],
    launcher: {
      name: '樂玩遊戲平台', accent: '#F2A33A', hue: '#6b2a3b', game: '天涯online', nav: ['首頁', '我的遊戲', '儲值中心', '活動', '客服'], navOn: 2,
      panelTitle: '點數卡儲值', fields: [['點卷代碼', 'G7K2-****-****-9XQD'], ['儲值帳號', 'ada****88']], submit: '確認儲值',
    },
    dialog: { title: '儲值結果', body: ['儲值失敗 請確認點卷代碼是否正確'], buttons: ['確定'] },
    corpus: [SRC.dianjuan],
    key_phrases: ['儲值失敗 請確認點卷代碼是否正確'],
  },
  {
    name: 'b18-line-dianjuan', case: 'b18-tw-launcher-point-used', file: 'Screenshot_20271209-220514.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '22:05', battery: 57, title: '阿達點數小舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O3} 的1000點序號，儲值時跳出「儲值失敗 請確認點卷代碼是否正確」，我照著複製貼上三次都一樣` },
      { from: 'buyer', type: 'image', read: true, hue: 340, w: 200, h: 112 },
      { from: 'merchant', text: '我幫您查了，這組序號12/8就被儲值過了，是我們這邊重複出貨，很抱歉。請直接在平台申請退款，我這邊會同意' },
      { from: 'buyer', read: true, text: '了解，我去申請' },
    ],
    corpus: [SRC.dianjuan],
    key_phrases: [O3, '重複出貨', '我這邊會同意'],
  },
  {
    name: 'b18-order-dianjuan', case: 'b18-tw-launcher-point-used', file: 'Screenshot_20271209-220702.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '22:07', battery: 56, shop: '阿達點數小舖', accent: '#2F9E6E',
    order: {
      query: O3, statusTone: 'ok', code: 'G7K2-****-****-9XQD',
      rows: [['訂單編號', O3], ['商品名稱', '天涯online 點數卡 1000點 序號'], ['實付金額', 'NT$950'], ['付款方式', '超商代碼繳費'], ['訂單狀態', '已完成', 'status'], ['付款時間', '2027/12/09 21:34:05'], ['發貨時間', '2027/12/09 21:34:08']],
    },
    key_phrases: [O3, 'NT$950', '已完成'],
  },

  // ── 4 b18-cf-dianquan-late: late_delivery, ready ───────────────────────────────────────────
  {
    name: 'b18-qqwallet-cf', case: 'b18-cf-dianquan-late', file: 'Screenshot_20271210-165502.png', split: B,
    style: 'qqwallet-bill', device: 'android-1080x2400', clock: '16:55', battery: 39,
    bill: {
      merchant: '火线点券代充店', amount: '-95.00', status: '支付成功', hue: '#E4572E',
      rows: [['商品', '穿越火线 10000点券 代充'], ['商户全称', '南昌火线网络科技有限公司'], ['支付方式', 'QQ钱包余额'], ['交易时间', '2027-12-10 13:05:47'], ['交易单号', T4], ['商户单号', O4]],
    },
    key_phrases: [O4, T4, '支付成功'],
  },
  {
    name: 'b18-qqpc-cf-late', case: 'b18-cf-dianquan-late', file: 'QQ截图20271210165811.png', split: B,
    style: 'qq-pc', device: 'desktop-1920x1080', title: '火线点券代充店-客服小满', buyerName: '夜行者_07', merchantName: '火线点券代充店-客服小满',
    contacts: ['火线点券代充店-客服小满', 'CF战队群', '我的手机', 'QQ钱包'],
    messages: [
      { from: 'time', text: '2027-12-10 13:06' },
      { from: 'merchant', at: '13:06:30', text: `订单${O4}已收到，拍下后30分钟内充到您的QQ，充值期间别上号` },
      { from: 'buyer', at: '14:02:15', text: '快一个小时了，10000点券还没到，30分钟不是早过了吗' },
      { from: 'merchant', at: '14:20:48', text: '高峰期排队，稍等一下亲' },
      { from: 'buyer', at: '16:21:09', text: `三个多小时了还是没到，订单${O4}，到底还能不能充` },
      { from: 'merchant', at: '16:40:33', text: '不好意思，这单在上游卡住了，今天充不进去。您直接在平台申请退款，我这边同意' },
    ],
    key_phrases: [O4, '30分钟内充到您的QQ', '今天充不进去'],
  },

  // ── 5 b18-two-orders-card: card_invalid, ready; two order numbers in one chat (hard negative) ─
  {
    name: 'b18-topup-chongzhi', case: 'b18-two-orders-card', file: 'Screenshot_20271211-205830.png', split: B,
    style: 'game-topup', device: 'android-1080x2400', clock: '20:58', battery: 71,
    game: { title: '点卡充值', name: '九州游戏 点卡充值中心', hue: '#0e7490', fields: [['点卡卡号', 'JZ27****0736'], ['点卡密码', '************4R7P'], ['游戏账号', 'wu****1990']], submit: '立即充值' },
    dialog: { title: '充值失败', body: ['点卡已被充值!'], buttons: ['确定'] },
    corpus: [SRC.chongzhi],
    key_phrases: ['点卡已被充值!'],
  },
  {
    name: 'b18-wechat-two-orders', case: 'b18-two-orders-card', file: 'mmexport1828960071245.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '21:12', battery: 69, title: '九州点卡批发-阿峰', mark: { text: `100元那张（${O5B}）` },
    messages: [
      { from: 'time', text: '20:52' },
      { from: 'merchant', text: `两单都发了：${O5A} 50元一张，${O5B} 100元一张，卡号卡密在订单详情里` },
      { from: 'time', text: '21:01' },
      { from: 'buyer', text: `50元那张（${O5A}）充进去了，没问题` },
      { from: 'buyer', text: `100元那张（${O5B}）提示：点卡已被充值! 我是第一次充` },
      { from: 'merchant', text: '我查了，100元那张确实之前被人充过了，是我这边库存没清掉。这一单你申请退款我同意，50元那单不受影响' },
    ],
    corpus: [SRC.chongzhi],
    key_phrases: [O5A, O5B, '点卡已被充值!', '这一单你申请退款我同意'],
  },
  {
    name: 'b18-order-two-orders', case: 'b18-two-orders-card', file: 'Screenshot_20271211-211502.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '21:15', battery: 68, shop: '九州点卡批发', accent: '#0e7490',
    order: {
      query: O5B, statusTone: 'ok', code: '卡号 JZ27****0736  密码 ************4R7P',
      rows: [['订单号', O5B], ['商品名称', '九州游戏点卡 100元'], ['实付金额', '¥97.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-12-11 20:51:19']],
    },
    key_phrases: [O5B, '¥97.00', '已完成'],
  },

  // ── 6 b18-my-private-tng: not_received, the seller offers a refund outside the platform ───────
  {
    name: 'b18-g2g-crystals', case: 'b18-my-private-tng', file: 'Screenshot_20271212-160233.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '16:02', battery: 33, shop: 'G2G',
    order: {
      status: 'Processing', tone: 'wait', statusNote: 'The seller has not delivered this order yet.',
      rows: [['Order ID', O6], ['Offer', 'Genshin Impact 6480 Genesis Crystals (UID top-up, Asia server)'], ['Seller', 'AhSengTopup'], ['Quantity', '1'], ['Total', 'MYR 418.00'], ['Order date', 'Dec 12, 2027 10:48']],
      buttons: ['Did not receive', 'Contact seller'],
    },
    key_phrases: [O6, 'MYR 418.00', 'Processing'],
  },
  {
    name: 'b18-wad-private-dark', case: 'b18-my-private-tng', file: 'Screenshot 2027-12-12 161540.jpg', split: B,
    style: 'whatsapp-desktop', device: 'desktop-1920x1080', dark: true, degrade: ['fwd:960:70'], title: 'Ah Seng Topup', subtitle: 'online',
    chats: [['Ah Seng Topup', 'No need, I request refund on G2G.', '16:14'], ['Mum', 'Dinner at 7', '15:02'], ['Genshin MY Kaki', 'Wei: anyone got spare resin', '14:47']],
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '13:20', text: `Bro, G2G order ${O6}, 6480 Genesis Crystals UID 812004556. Paid 10.48am, until now still haven't masuk.` },
      { from: 'merchant', at: '15:52', text: 'Sorry bro, supplier down today, cannot top up already.' },
      { from: 'merchant', at: '15:53', text: 'Cancel on G2G very slow one. I refund you direct through Touch \'n Go eWallet lah, send me your number. You close the order there.' },
      { from: 'buyer', at: '16:14', text: 'No need, I request refund on G2G.' },
    ],
    corpus: [SRC.tng],
    key_phrases: [O6, 'haven\'t masuk', 'Touch \'n Go eWallet lah'],
  },

  // ── 7 b18-gs-intl-wrong-near: wrong_purchase, ready/weak + deadline-near ─────────────────────
  {
    name: 'b18-qqwallet-gs-dark', case: 'b18-gs-intl-wrong-near', file: 'Screenshot_20271213-194012.png', split: B,
    style: 'qqwallet-bill', dark: true, device: 'android-1080x2400', clock: '19:40', battery: 52,
    bill: {
      merchant: '提瓦特代充小铺', amount: '-488.00', status: '支付成功', hue: '#7c5cff',
      rows: [['商品', '原神 国际服 6480创世结晶 UID代充'], ['支付方式', 'QQ钱包余额'], ['交易时间', '2027-12-13 19:22:06'], ['交易单号', T7], ['商户单号', O7]],
    },
    key_phrases: [O7, T7, '支付成功'],
  },
  {
    name: 'b18-qq-gs-wrong-dark', case: 'b18-gs-intl-wrong-near', file: 'Screenshot_20271213-194455.png', split: B,
    style: 'qq-mobile', dark: true, device: 'android-1080x2400', clock: '19:44', battery: 51, title: '提瓦特代充小铺',
    messages: [
      { from: 'time', text: '19:29' },
      { from: 'buyer', text: `拍错了！订单${O7}，我是官服（天空岛）的UID，拍成国际服的了。还没充吧？先别充，我要取消` },
      { from: 'merchant', text: '刚提交就被打回来了：失败 -> 服务器区服错误。没有充进去，您在平台申请退款，我这边同意' },
      { from: 'buyer', text: '好的谢谢，我马上申请' },
    ],
    corpus: [SRC.quFu],
    key_phrases: [O7, '拍成国际服的了', '服务器区服错误'],
  },

  // ── 8 b18-en-uc-kr-version: not_received, reverse; delivered to the Global version as listed ─
  {
    name: 'b18-midas-global-en', case: 'b18-en-uc-kr-version', file: 'image.png', split: B,
    style: 'midasbuy-result', device: 'android-1080x2400', clock: '21:16', battery: 77, region: 'JP', server: 'Global version',
    result: {
      title: 'Payment Successful', sub: 'The UC will arrive in your game mailbox within a few minutes.', tone: 'ok', button: 'Back to shop', button2: 'Purchase history',
      rows: [['Player ID', '5139920476'], ['Nickname', 'ShiroNeko_JP'], ['Item', '325 UC', true], ['Amount', 'US$4.99'], ['Order ID', M8], ['Time', '2027-12-14 21:16:02']],
    },
    key_phrases: [M8, '325 UC', 'Payment Successful'],
  },
  {
    name: 'b18-discord-uc-kr', case: 'b18-en-uc-kr-version', file: 'Screenshot 2027-12-14 215012.png', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', buyerName: 'shironeko', merchantName: 'UCExpress', lineW: 660,
    messages: [
      { from: 'time', text: 'December 14, 2027' },
      { from: 'buyer', text: `Order ${O8}: the 325 UC never showed up. I checked my mailbox in PUBG MOBILE twice.`, at: 'Today at 21:38' },
      { from: 'merchant', text: 'Here is the Midasbuy receipt: Payment Successful, 325 UC to Player ID 5139920476, the ID you gave at checkout.', at: 'Today at 21:41' },
      { from: 'merchant', text: 'Your screenshot is from PUBG MOBILE KR. The listing says Global version only; UC bought for Global never shows up in the KR/JP client. Log in to the Global app with that ID and it is there.', at: 'Today at 21:43' },
      { from: 'buyer', text: 'I only play KR. I am filing not received.', at: 'Today at 21:46' },
    ],
    key_phrases: [O8, 'PUBG MOBILE KR', 'Global version only'],
  },
  {
    name: 'b18-g2g-uc-kr', case: 'b18-en-uc-kr-version', file: 'Screenshot_20271214-215530.jpg', split: B,
    style: 'g2g-order', device: 'android-1080x2400', degrade: ['fwd:600:60'], clock: '21:55', battery: 74, shop: 'G2G',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'The seller delivered this order on Dec 14, 2027 21:17.',
      rows: [['Order ID', O8], ['Offer', 'PUBG Mobile 325 UC (Global version, Player ID top-up)'], ['Seller', 'UCExpress'], ['Total', 'JPY 780'], ['Order date', 'Dec 14, 2027 21:09']],
      buttons: ['Report a problem'],
      note: ['Global version only. Not for PUBG MOBILE KR/JP, Taiwan or Vietnam versions.'],
    },
    key_phrases: [O8, 'JPY 780', 'Delivered'],
  },

  // ── 9 b18-hk-lol-banned: not_as_described, ready ─────────────────────────────────────────────
  {
    name: 'b18-launcher-banned-dark', case: 'b18-hk-lol-banned', file: 'Screenshot 2027-12-15 205844.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1920x1080', top: 90, winH: 820, dlgW: 470, taskClock: ['20:58', '15/12/2027'],
    launcher: {
      name: 'GameHub 遊戲平台', accent: '#3FA9F5', hue: '#0b3d5c', game: '英雄聯盟', nav: ['首頁', '遊戲庫', '好友', '商城', '設定'], navOn: 1,
      panelTitle: '登入', fields: [['帳號', 'hk****ken'], ['伺服器', '香港/澳門']], submit: '登入',
    },
    dialog: { title: '登入失敗', body: ['此帳號已被停權，請洽客服人員'], code: '錯誤代碼：A1027（停權至 2027/12/29）', buttons: ['聯絡客服', '確定'] },
    corpus: [SRC.tingquan],
    key_phrases: ['此帳號已被停權，請洽客服人員'],
  },
  {
    name: 'b18-wad-lol-banned', case: 'b18-hk-lol-banned', file: 'Screenshot 2027-12-15 211920.png', split: B,
    style: 'whatsapp-desktop', device: 'desktop-1366x768', title: '峽谷帳號舖', subtitle: '聯絡資料請按這裡', searchHint: '搜尋或開始新對話', inputHint: '輸入訊息',
    chats: [['峽谷帳號舖', '你喺平台申請退款，我同意', '21:17'], ['阿媽', '今晚返唔返嚟食飯', '19:30'], ['大學同學', 'Jason: 聖誕去邊', '18:02']],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'merchant', at: '20:10', text: `訂單 ${O9} 嘅帳號密碼已經喺訂單頁，記得改密碼` },
      { from: 'buyer', at: '21:00', text: '你listing寫住「無違規紀錄、從未停權」，一登入就彈「此帳號已被停權，請洽客服人員」，停權到12月29號' },
      { from: 'buyer', at: '21:00', type: 'image', hue: 200, w: 260, h: 146 },
      { from: 'merchant', at: '21:16', text: '查咗，原主上個月用過外掛，停權係之前嘅事，我哋listing寫錯咗，唔好意思' },
      { from: 'merchant', at: '21:17', text: '你喺平台申請退款，我同意' },
    ],
    corpus: [SRC.tingquan],
    key_phrases: [O9, '無違規紀錄、從未停權', 'listing寫錯咗'],
  },
  {
    name: 'b18-order-lol-banned', case: 'b18-hk-lol-banned', file: 'IMG_7712.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '21:20', battery: 45, shop: '峽谷帳號舖', accent: '#3FA9F5',
    order: {
      query: O9, statusTone: 'ok', code: '帳號 hk****ken  密碼 ********',
      rows: [['訂單編號', O9], ['商品名稱', '英雄聯盟 港澳服 鑽石IV 帳號 無違規紀錄 從未停權'], ['實付金額', 'HK$680.00'], ['付款方式', 'PayMe'], ['訂單狀態', '已交付', 'status'], ['下單時間', '2027-12-15 20:05:17'], ['交付時間', '2027-12-15 20:09:52']],
    },
    key_phrases: [O9, 'HK$680.00', '無違規紀錄 從未停權'],
  },

  // ── 10 b18-shade-points-threat: not_as_described, 60 of 600 点券; the buyer threatens ──────────
  {
    name: 'b18-shade-60', case: 'b18-shade-points-threat', file: 'Screenshot_20271216-113005.png', split: B,
    style: 'android-shade', device: 'android-1080x2400', clock: '11:30', battery: 80, date: '12月16日 星期四',
    notifs: [
      { app: 'QQ', color: '#12B7F5', when: '10:58', title: '王者点券代充-小七', text: '系统出了点问题，我晚点给你补', role: 'merchant' },
      { app: '王者荣耀', color: '#C9A063', when: '10:41', title: '充值到账提醒', text: '您充值的 60 点券已到账，请在游戏内查收。' },
      { app: '支付宝', color: '#1677FF', when: '10:33', title: '付款成功', text: '你在王者点券代充付款 ¥58.00' },
    ],
    key_phrases: ['60 点券已到账', '¥58.00'],
  },
  {
    name: 'b18-qq-points-threat', case: 'b18-shade-points-threat', file: 'mmexport1829187300567.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '11:48', battery: 78, title: '王者点券代充-小七',
    messages: [
      { from: 'time', text: '10:52' },
      { from: 'buyer', text: `订单${O10}，我拍的是600点券，到账只有60，少了540` },
      { from: 'merchant', text: '系统出了点问题，我晚点给你补' },
      { from: 'time', text: '11:40' },
      { from: 'buyer', text: '一个小时了还没补。今天不补齐我就去黑猫投诉，再把你们店挂到贴吧上曝光，骗子' },
      { from: 'merchant', text: '确实是我们充错了面值，补不了了，您按描述不符申请退款吧，我同意' },
    ],
    key_phrases: [O10, '到账只有60', '挂到贴吧上曝光'],
  },
  {
    name: 'b18-order-points', case: 'b18-shade-points-threat', file: 'Screenshot_20271216-115012.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '11:50', battery: 77, shop: '王者点券代充', accent: '#C9A063',
    order: {
      query: O10, statusTone: 'ok',
      rows: [['订单号', O10], ['商品名称', '王者荣耀 600点券 QQ区 代充'], ['充值账号', 'QQ 27****8810'], ['实付金额', '¥58.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-12-16 10:32:04']],
    },
    key_phrases: [O10, '¥58.00', '600点券'],
  },

  // ── 11 b18-cdk-server-30h: activation_failed, reported 30 h after delivery ────────────────────
  {
    name: 'b18-launcher-cdk-photo', case: 'b18-cdk-server-30h', file: 'IMG_20271218_222301.jpg', split: B,
    style: 'pc-launcher-error', device: 'desktop-1366x768', light: true, degrade: ['monitor'], zoom: 1.35, taskClock: ['22:22', '2027/12/18'],
    launcher: {
      name: '星海游戏中心', accent: '#F5B301', hue: '#1f3a8a', game: '星海纪元 测试资格', nav: ['首页', '游戏', '激活码', '公告'], navOn: 2,
      panelTitle: '激活测试资格', fields: [['激活码', 'XH-****-****-72QK'], ['当前服务器', '国服 · 星辰一区']], submit: '激活',
    },
    dialog: { title: '激活失败', body: ['该激活码不适用于当前服务器'], buttons: ['知道了'] },
    corpus: [SRC.server],
    key_phrases: ['该激活码不适用于当前服务器'],
  },
  {
    name: 'b18-wechat-cdk-dark', case: 'b18-cdk-server-30h', file: 'Screenshot_20271218-223512.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '22:35', battery: 22, title: '星海资格码-阿俊',
    messages: [
      { from: 'time', text: '昨天 16:12' },
      { from: 'merchant', text: `订单${O11}的资格码已经发到订单页了，国服可用` },
      { from: 'time', text: '22:24' },
      { from: 'buyer', text: '今晚才装好客户端，一激活就提示：该激活码不适用于当前服务器。我选的是国服星辰一区' },
      { from: 'buyer', type: 'image', hue: 45, w: 200, h: 150 },
      { from: 'merchant', text: '看了，这批码是海外服的，发错了。不过码是昨天下午4点发的，已经过了24小时，平台那边不一定给退' },
    ],
    corpus: [SRC.server],
    key_phrases: [O11, '该激活码不适用于当前服务器', '已经过了24小时'],
  },
  {
    name: 'b18-order-cdk-dark', case: 'b18-cdk-server-30h', file: 'Screenshot_20271218-223640.png', split: B,
    style: 'shop-order-query', dark: true, device: 'android-1080x2400', clock: '22:36', battery: 22, shop: '星海资格码小店', accent: '#F5B301',
    order: {
      query: O11, statusTone: 'ok', code: 'XH-****-****-72QK',
      rows: [['订单号', O11], ['商品名称', '星海纪元 国服 测试资格激活码'], ['实付金额', '¥68.00'], ['支付方式', '微信支付'], ['订单状态', '已发货', 'status'], ['下单时间', '2027-12-17 16:10:33'], ['发货时间', '2027-12-17 16:12:05']],
    },
    key_phrases: [O11, '¥68.00', '已发货'],
  },

  // ── 12 b18-acct-no-chat: activation_failed, a game account with no chat at all ────────────────
  {
    name: 'b18-dialog-acct-pwd', case: 'b18-acct-no-chat', file: 'Screenshot_20271219-231104.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '23:11', battery: 18, appTitle: '原神 · 米哈游通行证登录',
    fields: [['账号', '138****6072'], ['密码', '••••••••••']], submit: '进入游戏',
    dialog: { title: '登录失败', body: ['账号或密码错误，已连续输错3次，请稍后再试或找回密码'], buttons: ['找回密码', '确定'] },
    key_phrases: ['账号或密码错误'],
  },
  {
    name: 'b18-order-acct', case: 'b18-acct-no-chat', file: 'IMG_0456.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '23:14', battery: 17, shop: '七七原神号铺', accent: '#6777EF',
    order: {
      query: O12, statusTone: 'ok', code: '账号 138****6072  密码 s*********8',
      rows: [['订单号', O12], ['商品名称', '原神 官服 60级 成品号 可换绑'], ['实付金额', '¥320.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-12-19 22:40:11']],
      note: ['收到账号后请立即登录并修改密码、换绑手机。'], noteTitle: '售后须知',
    },
    key_phrases: [O12, '¥320.00', '已完成'],
  },

  // ── 13 b18-ph-coda-late: late_delivery, ready ─────────────────────────────────────────────
  {
    name: 'b18-coda-processing', case: 'b18-ph-coda-late', file: 'IMG_3381.PNG', split: B,
    style: 'codashop-receipt', device: 'iphone-1170x2532', clock: '18:05', battery: 41, country: 'Philippines',
    receipt: {
      status: 'Processing', tone: 'wait', title: 'We are processing your order', line: 'Blessing of the Welkin Moon is delivered within 5 minutes after payment.',
      game: 'Genshin Impact', item: 'Blessing of the Welkin Moon', button: 'Back to home',
      rows: [['Transaction ID', O13], ['UID', '823301447'], ['Server', 'Asia'], ['Payment', 'GCash'], ['Price', '₱249.00'], ['Date', '20/12/2027 09:41']],
    },
    key_phrases: [O13, '₱249.00', 'within 5 minutes after payment'],
  },
  {
    name: 'b18-messenger-coda-late', case: 'b18-ph-coda-late', file: 'Screenshot_20271220-181233_Messenger.jpg', split: B,
    style: 'messenger', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '18:12', battery: 39, title: 'Codashop Philippines', subtitle: 'Typically replies within a few hours', merchantAvatar: ['C', '#4A2A8C'],
    messages: [
      { from: 'time', text: 'TODAY AT 10:02' },
      { from: 'buyer', text: `Hi! Transaction ${O13}, Welkin Moon for UID 823301447. Paid 9:41 via GCash, still Processing, nothing in my mailbox.` },
      { from: 'time', text: 'TODAY AT 15:30' },
      { from: 'buyer', text: 'Still Processing after almost 6 hours. The page says within 5 minutes.' },
      { from: 'merchant', text: 'Hi Codashopper! We are sorry for the delay. The delivery to the publisher has not gone through and we cannot say when it will. You may request a refund for this transaction.' },
    ],
    key_phrases: [O13, 'within 5 minutes', 'You may request a refund'],
  },

  // ── 14 b18-tw-nr-read-no-reply: not_received, 已讀 but never answered ──────────────────────────
  {
    name: 'b18-order-tw-noreply', case: 'b18-tw-nr-read-no-reply', file: 'Screenshot_20271222-093015.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '09:30', battery: 90, shop: '小熊代儲館', accent: '#D97706',
    order: {
      query: O14, statusTone: 'wait',
      rows: [['訂單編號', O14], ['商品名稱', '原神 空月祝福 代儲（UID直儲）'], ['UID', '807715523'], ['實付金額', 'NT$150'], ['付款方式', 'LINE Pay'], ['訂單狀態', '待處理', 'status'], ['付款時間', '2027/12/21 18:30:42']],
    },
    key_phrases: [O14, 'NT$150', '待處理'],
  },
  {
    name: 'b18-line-tw-noreply', case: 'b18-tw-nr-read-no-reply', file: 'IMG_2290.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', degrade: ['crop:200'], clock: '09:33', battery: 89, title: '小熊代儲館', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '12月21日（二）' },
      { from: 'buyer', read: true, text: `您好，訂單 ${O14} 空月祝福 18:30 付款了，UID 807715523，還沒到` },
      { from: 'buyer', read: true, text: '三個小時了，麻煩幫我看一下' },
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: '已讀不回是什麼意思？訂單還是待處理，到底有沒有要儲' },
      { from: 'buyer', read: true, text: '今天中午前沒處理我就在平台申請未收到退款了' },
    ],
    key_phrases: [O14, '還沒到', '已讀不回'],
  },
];
