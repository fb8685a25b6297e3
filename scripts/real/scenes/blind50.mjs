// The fiftieth blind end-to-end set (fixtures/blind50/): 14 cases written by a helper (branch b50),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind50'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository; or the page's address);
// lines not cited are the author's own connecting lines. The set is Taiwan and Hong Kong buyers of
// point cards, gift cards, accounts and software keys (Traditional Chinese, Cantonese colloquial with
// English mixed in, two mainland sellers writing Simplified). Five new app styles: `momoshop-order`
// (the momo購物網 app's order detail), `tapngo-record` (a Tap & Go-like Hong Kong wallet's transaction
// details), `line-openchat` (a LINE 社群 room with its pinned 公告), `discuss-hk-pm` (a Hong Kong
// forum's 短訊 in a desktop browser) and `yahoo-auction-qa` (the Yahoo奇摩拍賣 app's 問與答 screen);
// `win11-activation` gained a Traditional Chinese chrome (`lang: 'zh-Hant'`).
// Render with `node scripts/real/render.mjs --set blind50`, then
// `node scripts/real/copy-cases.mjs --set blind50`. The set is judged once, at the end: do not tune on it.
const B = 'blind50';

const O1 = '28031107314520'; // momo 訂單編號, 14 digits
const O2 = 'GGHK-0318-2291'; // a Hong Kong shop's own order number
const T2 = 'TG2803181326448712'; // the wallet's transaction number beside it
const O3 = 'CR28032141073';
const O4 = '2803221907445213'; // Yahoo拍賣 訂單編號, 16 digits
const O5 = 'AK2803250412';
const J5 = '2803251204557309';
const O6 = 'PPHK-77305';
const T6 = 'TG2803262102913350';
const O7 = '2803271012887031';
const O8 = 'LM28032820301';
const O9 = 'ACCHK-2803-2906';
const T9 = 'TG2803291410220687';
const O10 = '28033015220741'; // this order (Windows 11 專業版, 30 Mar)
const O10b = '27112608153309'; // the buyer's November order (Office), the one the chat is about
const O11 = 'XY2803310855';
const O12 = 'PK-2804-0215';
const T12 = 'TG2804022015067421';
const O13 = '2803312105119742';
const O14 = '28040409301176';

const SRC = {
  notExist: 'a MapleStory-server cash-shop error list (GASH / 楓之谷 codes): "0xD4 此序號不存在。" (public GitHub Java file, find_string id 2214570144)',
  busy: 'the same list: "0xD5 目前系統繁忙，請於一小時後再試。" (public GitHub Java file, find_string id 2214570144)',
  usedCode: 'a discount-code check: "此兌換碼已使用過" (public GitHub PHP file, find_string id 43914890892)',
  keyInvalid: 'Microsoft\'s volume-activation error table in Traditional Chinese: "輸入的產品金鑰無效。 請檢查產品金鑰並再試一次，或輸入其他金鑰。" (0x80070490; public GitHub Markdown file, find_string id 43437703494)',
  mak: 'Microsoft\'s activation error table in Traditional Chinese: "0xC004C001 | 啟用伺服器判定所指定的產品金鑰無效" (public GitHub Markdown file, find_string id 43638146333)',
  backSame: 'a Hong Kong game-card shop\'s FAQ (iGameBUY): balances returned "給轉帳增值的匯款帳號(原路退還)", top-ups by "FPS 或現金存款" (https://www.igamebuy.com/terms/about_igbpoint.html), adapted: the shop returns the payment 原路退還',
  escrow: 'Yahoo拍賣\'s notice on 價金保管 for 輕鬆付 orders ("價金保管天數", "價金將於 … 撥款給賣家") (https://tw.news.yahoo.com/ — "2026春節 … 價金保管款項保管期延長", 2026), adapted to an order-detail row',
  broker: 'Hong Kong Consumer Council press release "時刻警惕免惹網購消費糾紛", case 2 "交易中介網站拒絕處理買賣爭議" (https://www.consumer.org.hk/ws_chi/news/press/487/online-shopping.html), adapted into the buyer\'s Cantonese',
  protect: 'MyCard\'s help page: unused cards may show "未開通或無法正常使用的訊息"; 客服 "將會協助解除MyCard點數卡保護機制" (https://service.mycard520.com/ — "MyCard點數卡是否有使用期限?"), adapted: the shop first asks whether the card was only locked',
};

const RICH_DD = [['查訂單', '#F783AC'], ['點數價目', '#74C0FC'], ['常見問題', '#FFD43B'], ['真人客服', '#63E6BE'], ['序號教學', '#B197FC'], ['活動', '#FFA94D']];
const RICH_FK = [['訂單查詢', '#4DABF7'], ['安裝教學', '#69DB7C'], ['啟用問題', '#FFA94D'], ['聯絡客服', '#DA77F2']];

export default [
  // ── 1 b50-tw-momo-gash-notexist: card_invalid, ready ─────────────────────────────────────
  {
    name: 'b50-momo-gash-order', case: 'b50-tw-momo-gash-notexist', file: 'IMG_3184.PNG', split: B,
    style: 'momoshop-order', device: 'iphone-1170x2532', clock: '20:12', battery: 47,
    order: {
      head: [['訂單編號', O1], ['訂購日期', '2028/03/11 19:42'], ['付款方式', '信用卡一次付清']],
      shop: '點點卡行（摩天商城）', product: 'GASH 點數卡 1000點【數位序號 簡訊發送】', spec: '數量：1', status: '序號已發送', tone: 'ok', price: '$1,000',
      serial: [['序號', 'GA10-****-****-7KQ3'], ['發送時間', '2028/03/11 19:43'], ['發送方式', '簡訊 09**-***-218']],
      pay: [['商品金額', '$1,000'], ['折價券', '-$0'], ['實付金額', '$1,000']],
      buttons: ['聯絡賣家', '申請退貨'],
    },
    key_phrases: [O1, '$1,000', '序號已發送'],
  },
  {
    name: 'b50-gash-notexist', case: 'b50-tw-momo-gash-notexist', file: 'IMG_3185.PNG', split: B,
    style: 'gash-redeem', device: 'iphone-1170x2532', dark: true, clock: '20:05', battery: 52,
    redeem: {
      member: 'lin****0311',
      fields: [['會員帳號', 'lin****0311'], ['點數卡序號', 'GA10-****-7KQ3'], ['點數卡密碼', '****-W2RD'], ['驗證碼', '5093']],
      result: { tone: 'bad', text: '此序號不存在。', rows: [['錯誤代碼', '0xD4'], ['時間', '2028/03/11 20:05']] },
    },
    corpus: [SRC.notExist],
    key_phrases: ['此序號不存在。', '0xD4'],
  },
  {
    name: 'b50-oa-gash-notexist', case: 'b50-tw-momo-gash-notexist', file: 'IMG_3186.PNG', split: B,
    style: 'line-oa-chat', device: 'iphone-1170x2532', clock: '20:44', battery: 45, title: '點點卡行', shopAvatar: ['點', '#E4007F'], richMenu: RICH_DD, menuCollapsed: true,
    messages: [
      { from: 'merchant', name: '點點卡行', text: '您好，這裡是點點卡行 LINE 官方帳號～momo 訂單問題請附上訂單編號與畫面截圖，客服時間 10:00–23:00。' },
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `momo訂單 ${O1}，GASH 1000點，19:43 收到簡訊序號，到 GASH 儲值顯示「此序號不存在。」代碼 0xD4，序號是從簡訊直接複製的` },
      { from: 'merchant', name: '點點卡行', text: '收到，先幫您確認是不是卡片被鎖（沒開通）的狀況，請稍等' },
      { from: 'merchant', name: '點點卡行', text: `查好了：這組序號屬於上游已作廢的批次，系統不該把它發出去，是我們這邊出的錯，非常抱歉。請在 momo 訂單 ${O1} 按「申請退款」，我們會同意全額退 $1,000。` },
      { from: 'buyer', read: true, text: '好，我現在去申請' },
    ],
    corpus: [SRC.protect],
    key_phrases: [O1, '此序號不存在。', '是我們這邊出的錯'],
  },

  // ── 2 b50-hk-tapngo-steam-nr: not_received, ready ────────────────────────────────────────
  {
    name: 'b50-tapngo-steam', case: 'b50-hk-tapngo-steam-nr', file: 'IMG_7702.PNG', split: B,
    style: 'tapngo-record', device: 'iphone-1170x2532', clock: '19:20', battery: 66,
    record: {
      merchant: 'Game Gear HK 遊戲點卡', badge: 'G', badgeColor: '#1864AB', amount: '-HK$200.00', status: '成功', tone: 'ok',
      rows: [['交易類型', '網上付款'], ['日期及時間', '2028-03-18 13:26'], ['交易編號', T2], ['付款來源', '拍住賞戶口'], ['備註', `訂單 ${O2}`]],
      note: '如對此交易有疑問，請先聯絡商戶。',
    },
    key_phrases: [O2, 'HK$200.00', T2],
  },
  {
    name: 'b50-wa-steam-nr', case: 'b50-hk-tapngo-steam-nr', file: 'IMG_7705.PNG', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', clock: '19:24', battery: 65, title: 'Game Gear HK', subtitle: 'business account',
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '13:50', text: `Hello，我 1:26pm 用 Tap & Go 俾咗 HK$200 買 Steam 錢包卡，單號 ${O2}，email 同 SMS 都冇收到 code` },
      { from: 'buyer', at: '18:05', text: '四個幾鐘都未有，張單仲係 pending，可唔可以check下？' },
      { from: 'merchant', at: '19:12', text: `唔好意思遲覆。Steam HK$200 嘅卡今日斷貨，上游話下星期先有，${O2} 我哋發唔到 code。` },
      { from: 'merchant', at: '19:13', text: '你喺網站張單度撳申請退款，我哋會 approve，HK$200 原路退返你個 Tap & Go。' },
      { from: 'buyer', at: '19:20', text: 'OK 咁我即刻申請' },
    ],
    corpus: [SRC.backSame],
    key_phrases: [O2, '發唔到 code', '原路退返'],
  },

  // ── 3 b50-hk-discuss-pm-private: not_received, ready/weak + private-channel ──────────────
  {
    name: 'b50-carousell-genshin', case: 'b50-hk-discuss-pm-private', file: 'IMG_0418.PNG', split: B,
    style: 'carousell-chat', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '09:41', battery: 72, title: 'crystal_topup_88',
    listing: { title: '原神 創世結晶 6480 代充（UID 直充）', price: 'HK$688', status: '已付款 · 買家保障', button: '查看訂單' },
    messages: [
      { from: 'time', text: '3月21日' },
      { from: 'system', text: `你已為訂單 ${O3} 付款 HK$688。款項會由 Carousell 保管，直至你確認收貨。` },
      { from: 'buyer', at: '18:24', text: `已經用 Carousell 付款，單號 ${O3}，UID 812094417（亞服），麻煩盡快充` },
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '09:30', text: '成日半都未到，你又唔覆呢度，到底幾時充？' },
    ],
    key_phrases: [O3, 'HK$688', '都未到'],
  },
  {
    name: 'b50-discuss-pm-private', case: 'b50-hk-discuss-pm-private', file: 'Screenshot 2028-03-23 095212.png', split: B,
    style: 'discuss-hk-pm', device: 'desktop-1366x768', me: 'kaho_1998', peer: 'crystal_topup_88', peerColor: '#c2255c', url: 'https://www.discuss.com.hk/pm.php?uid=4471902&daterange=2',
    messages: [
      { from: 'merchant', at: '2028-3-22 23:41', text: '亲，Carousell那边的单我这边上游卡住了，你先在Carousell取消订单，我直接转数快退你688，比Carousell退款快。' },
      { from: 'merchant', at: '2028-3-22 23:42', text: '或者你FPS直接转给我，我今晚马上帮你充，不用再等Carousell放款。' },
      { from: 'buyer', at: '2028-3-23 09:48', text: `唔駛，錢喺 Carousell 保管緊，我唔會私下轉數快俾你。消委會都講過有啲交易中介網站唔理買賣爭議，所以我只會經 Carousell 退款。你充唔到就我喺 app 申請退款 ${O3}。` },
    ],
    corpus: [SRC.broker],
    key_phrases: ['我直接转数快退你688', 'FPS直接转给我', '我唔會私下轉數快俾你'],
  },

  // ── 4 b50-tw-yahoo-qa-region-nad: not_as_described, ready ───────────────────────────────
  {
    name: 'b50-yahoo-qa-region', case: 'b50-tw-yahoo-qa-region-nad', file: 'Screenshot_20280323-115230.png', split: B,
    style: 'yahoo-auction-qa', device: 'android-1080x2400', clock: '11:52', battery: 80,
    listing: { title: 'PlayStation Store 禮物卡 HK$300【港服 PSN 數位序號】', price: '$1,260', seller: '星野數位點卡' },
    qa: [
      { asker: 'ch***e07', at: '2028/03/20 22:15', text: '請問台灣人開的港服帳號可以儲嗎？', answer: '可以的，只要帳號地區是香港就能儲，台灣IP也沒問題', answerAt: '2028/03/20 22:40' },
      { asker: 'le***19', at: '2028/03/22 19:02', text: '確定是港服卡不是日服卡嗎？上次在別家買到日服的', answer: '本賣場只賣港服序號，請放心下標', answerAt: '2028/03/22 19:05' },
    ],
    key_phrases: ['PlayStation Store 禮物卡 HK$300', '本賣場只賣港服序號'],
  },
  {
    name: 'b50-ps-region', case: 'b50-tw-yahoo-qa-region-nad', file: 'IMG_20280323_114502.jpg', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.15, focus: [0.5, 0.55],
    appTitle: '兌換代碼', code: 'JP7K-****-Q9MX', heading: '發生錯誤',
    lines: ['此代碼無法在您帳戶所屬的國家或地區使用。', '（此代碼為日本 PlayStation Store 專用）'],
    key_phrases: ['此代碼無法在您帳戶所屬的國家或地區使用'],
  },
  {
    name: 'b50-yahoo-order-region', case: 'b50-tw-yahoo-qa-region-nad', file: 'Screenshot_20280323-115812.png', split: B,
    style: 'yahoo-auction-order', device: 'android-1080x2400', long: true, clock: '11:58', battery: 79,
    order: {
      status: '賣家已出貨', statusSub: '賣家已於 2028/03/22 19:15 以訂單留言傳送序號', tone: 'ok', seller: '星野數位點卡',
      product: 'PlayStation Store 禮物卡 HK$300【港服 PSN 數位序號】', spec: '規格：HK$300 港服', price: '$1,260', total: '$1,260',
      rows: [['訂單編號', O4], ['成立時間', '2028/03/22 19:07'], ['付款方式', '輕鬆付 信用卡'], ['付款時間', '2028/03/22 19:07'], ['價金保管結束日', '2028/03/31']],
      buttons: ['聯絡賣家', '完成取貨'],
    },
    messages: [
      { from: 'buyer', at: '2028/03/23 11:30', text: '港服帳號輸入後顯示「此代碼無法在您帳戶所屬的國家或地區使用」，這是日服的卡吧？問與答寫只賣港服' },
      { from: 'merchant', at: '2028/03/23 11:50', text: '抱歉，查了這批進貨混到日服序號，跟賣場寫的港服不符，您直接申請退款，我會按同意' },
    ],
    corpus: [SRC.escrow],
    key_phrases: [O4, '$1,260', '跟賣場寫的港服不符'],
  },

  // ── 5 b50-tw-openchat-late: late_delivery, ready ────────────────────────────────────────
  {
    name: 'b50-jko-akai', case: 'b50-tw-openchat-late', file: 'Screenshot_20280325-120512.png', split: B,
    style: 'tw-pay-record', device: 'android-1080x2400', clock: '12:05', battery: 88, brand: 'jko',
    record: {
      merchant: '阿凱代儲工作室', amount: '-NT$1,690', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2028/03/25 12:04:31'], ['交易編號', J5], ['付款方式', '街口帳戶餘額'], ['訂單編號', O5], ['商品', '崩壞：星穹鐵道 古老夢華 6480 代儲']],
    },
    key_phrases: [O5, 'NT$1,690', '付款成功'],
  },
  {
    name: 'b50-openchat-late', case: 'b50-tw-openchat-late', file: 'Screenshot_20280325-162833.png', split: B,
    style: 'line-openchat', device: 'android-1080x2400', clock: '16:28', battery: 61, title: '阿凱代儲｜星鐵・原神 代儲社群', members: '1,284',
    notice: '代儲單付款後1小時內完成儲值，進度請在社群標記管理員並附訂單編號。',
    buyerAvatar: ['我', '#74c0fc'], merchantAvatar: ['凱', '#f59f00'],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `@阿凱（管理員） 訂單 ${O5}，12:04 街口付款 NT$1,690，星鐵 UID 803317265，還沒收到古老夢華` },
      { from: 'buyer', read: true, text: '已經過兩個多小時了，公告寫1小時內，可以幫我看一下嗎' },
      { from: 'merchant', name: '阿凱（管理員）', text: `抱歉久等，今天上游儲值通道卡住，${O5} 還沒儲到，今天應該都沒辦法完成了` },
      { from: 'merchant', name: '阿凱（管理員）', text: '麻煩到訂單頁申請退款，我們會全額退 NT$1,690' },
    ],
    key_phrases: [O5, '付款後1小時內完成儲值', '全額退 NT$1,690'],
  },

  // ── 6 b50-hk-tapngo-wrong-near: wrong_purchase, ready/weak + deadline-near ──────────────
  {
    name: 'b50-tapngo-wrong-dark', case: 'b50-hk-tapngo-wrong-near', file: 'Screenshot_20280326-210433.png', split: B,
    style: 'tapngo-record', device: 'android-1080x2400', dark: true, lang: 'en', clock: '21:04', battery: 23,
    record: {
      merchant: 'PlayDot HK', badge: 'P', badgeColor: '#7048E8', amount: '-HK$390.00', status: 'Successful', tone: 'ok',
      rows: [['Type', 'Online payment'], ['Date & time', '26 Mar 2028 21:02'], ['Transaction no.', T6], ['Paid from', 'Tap & Go account'], ['Reference', O6]],
    },
    key_phrases: [O6, 'HK$390.00', 'Successful'],
  },
  {
    name: 'b50-wa-wrong', case: 'b50-hk-tapngo-wrong-near', file: 'Screenshot_20280326-211802.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '21:18', battery: 22, title: 'PlayDot HK', subtitle: 'business account',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '21:06', text: `Hi 我啱啱 9:02 落咗單 ${O6}，本來想買 Google Play HK$390，但揀錯咗 App Store & iTunes HK$390 😭 仲未收到 code，可唔可以 cancel？` },
      { from: 'merchant', at: '21:15', text: `OK，${O6} 個 code 未發出，幫你 hold 住唔發。你喺網站張單度申請退款，揀「買錯」，我哋 approve 之後退返 Tap & Go。` },
      { from: 'buyer', at: '21:17', text: 'Thanks! 好，等我去申請' },
    ],
    key_phrases: [O6, '個 code 未發出', '揀錯咗'],
  },

  // ── 7 b50-tw-yahoo-wrong-norefund: wrong_purchase, not-ready (policy-no-refund) ──────────
  {
    name: 'b50-yahoo-qa-norefund', case: 'b50-tw-yahoo-wrong-norefund', file: 'Screenshot_20280327-103611.png', split: B,
    style: 'yahoo-auction-qa', device: 'android-1080x2400', dark: true, clock: '10:36', battery: 58,
    listing: { title: 'Nintendo eShop 預付卡 ¥5000【日本帳號專用 數位序號】', price: '$1,150', seller: '任意門卡舖' },
    desc: '付款後系統自動於訂單留言發送序號。\n虛擬序號一經付款即發送，買錯帳號地區恕不取消、不退款，下標前請確認帳號地區。',
    qa: [
      { asker: 'wu***88', at: '2028/03/27 10:20', text: `剛剛買錯了（訂單${O7}），我的帳號是港區，序號還沒用，可以取消退款嗎？`, answer: '不好意思，商品說明有寫買錯地區不取消也不退款，序號付款當下就自動發送了，沒辦法回收', answerAt: '2028/03/27 10:31' },
    ],
    key_phrases: ['買錯帳號地區恕不取消、不退款', O7],
  },
  {
    name: 'b50-yahoo-order-eshop', case: 'b50-tw-yahoo-wrong-norefund', file: 'Screenshot_20280327-103702.png', split: B,
    style: 'yahoo-auction-order', device: 'android-1080x2400', dark: true, clock: '10:37', battery: 58,
    order: {
      status: '賣家已出貨', statusSub: '系統已於 2028/03/27 10:12 以訂單留言傳送序號', tone: 'ok', seller: '任意門卡舖',
      product: 'Nintendo eShop 預付卡 ¥5000【日本帳號專用 數位序號】', spec: '規格：¥5000 日本', price: '$1,150', total: '$1,150',
      rows: [['訂單編號', O7], ['成立時間', '2028/03/27 10:11'], ['付款方式', '輕鬆付 信用卡'], ['付款時間', '2028/03/27 10:12']],
      buttons: ['聯絡賣家', '完成取貨'],
    },
    key_phrases: [O7, '$1,150', '賣家已出貨'],
  },

  // ── 8 b50-tw-maple-busy-mismatch: card_invalid, not-ready (error-capture-mismatch) ──────
  {
    name: 'b50-launcher-busy', case: 'b50-tw-maple-busy-mismatch', file: '螢幕擷取畫面 2028-03-28 205014.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1920x1080', top: 90, winH: 820, dlgW: 480, taskClock: ['下午 08:50', '2028/3/28'],
    launcher: {
      name: '楓葉遊戲平台', accent: '#F08C00', hue: '#5c3b0b', game: '楓之谷', nav: ['首頁', '我的遊戲', '儲值中心', '公告', '客服'], navOn: 2,
      panelTitle: '序號兌換', fields: [['遊戲帳號', 'kai****28'], ['兌換序號', 'MS50-****-****-3JDW']], submit: '確認兌換',
    },
    dialog: { title: '兌換失敗', body: ['目前系統繁忙，請於一小時後再試。'], code: '錯誤代碼：0xD5', buttons: ['確定'] },
    corpus: [SRC.busy],
    key_phrases: ['目前系統繁忙，請於一小時後再試。', '0xD5'],
  },
  {
    name: 'b50-line-busy', case: 'b50-tw-maple-busy-mismatch', file: 'Screenshot_20280328-211840.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '21:18', battery: 39, title: '楓幣小舖', readMark: ['已讀', ''],
    buyerAvatar: ['凱', '#5c7cfa'], merchantAvatar: ['楓', '#f08c00'],
    messages: [
      { from: 'time', text: '3月28日(週二)' },
      { from: 'buyer', read: true, text: `訂單 ${O8} 的楓之谷序號不能用，兌換一直失敗，截圖給你，我要退款` },
      { from: 'buyer', type: 'image', hue: 30, w: 170, h: 96, read: true },
      { from: 'merchant', name: '楓幣小舖', text: '你好，截图上是游戏那边服务器忙的提示，不是序号的问题。我刚查了这组序号，状态还是未使用，官方今晚在维护，晚点再兑换就可以' },
      { from: 'buyer', read: true, text: '我不想等了，直接退款吧' },
    ],
    key_phrases: [O8, '状态还是未使用', '服务器忙的提示'],
  },

  // ── 9 b50-hk-discuss-acct-threat: not_as_described, ready/weak + threatening-language ──
  {
    name: 'b50-discuss-acct-threat', case: 'b50-hk-discuss-acct-threat', file: 'Screenshot 2028-03-29 215530.png', split: B,
    style: 'discuss-hk-pm', device: 'desktop-1366x768', me: 'tsz_hin', peer: 'AcctHK 帳號專門店', peerColor: '#2b8a3e', url: 'https://www.discuss.com.hk/pm.php?uid=3308815&daterange=1', listH: 470,
    messages: [
      { from: 'buyer', at: '2028-3-29 15:02', text: `我喺你哋網站買咗 ${O9}（Apex Legends 帳號，寫明「傳家寶 x3：Wraith 苦無、Octane 蝴蝶刀、Bloodhound 斧頭」），2:25 收到帳密，入到去得 Wraith 苦無一件，其餘兩件都冇。` },
      { from: 'merchant', at: '2028-3-29 18:40', text: 'sorry 遲覆。查咗，我哋上架時用咗另一個 account 嘅截圖，呢個帳號真係得一件傳家寶，錯喺我哋。' },
      { from: 'buyer', at: '2028-3-29 21:20', text: '你哋呢啲咪即係騙子！今晚唔退錢我即刻報警話你哋詐騙，仲會將你啲對話截圖貼上連登同 FB group 起晒你底，睇你仲點做生意' },
      { from: 'merchant', at: '2028-3-29 21:51', text: `明白，全額退 HK$560。你喺網站 ${O9} 張單申請退款，我哋收到即刻 approve，帳號你唔好再登入就得。` },
    ],
    key_phrases: [O9, '錯喺我哋', '報警話你哋詐騙', '起晒你底'],
  },
  {
    name: 'b50-tapngo-acct', case: 'b50-hk-discuss-acct-threat', file: 'Screenshot_20280329-141158.png', split: B,
    style: 'tapngo-record', device: 'android-1080x2400', clock: '14:11', battery: 71,
    record: {
      merchant: 'AcctHK 帳號專門店', badge: 'A', badgeColor: '#2B8A3E', amount: '-HK$560.00', status: '成功', tone: 'ok',
      rows: [['交易類型', '網上付款'], ['日期及時間', '2028-03-29 14:10'], ['交易編號', T9], ['付款來源', '拍住賞戶口'], ['備註', O9]],
    },
    key_phrases: [O9, 'HK$560.00'],
  },

  // ── 10 b50-tw-momo-win-other-order: activation_failed, not-ready (order-id-mismatch) ────
  {
    name: 'b50-momo-win11', case: 'b50-tw-momo-win-other-order', file: 'IMG_8840.PNG', split: B,
    style: 'momoshop-order', device: 'iphone-1170x2532', clock: '15:58', battery: 54,
    order: {
      head: [['訂單編號', O10], ['訂購日期', '2028/03/30 15:22'], ['付款方式', 'LINE Pay']],
      shop: '飛快軟體（摩天商城）', product: 'Windows 11 專業版 數位金鑰【永久授權 1台】', spec: '數量：1', status: '序號已發送', tone: 'ok', price: '$1,490',
      serial: [['產品金鑰', 'VK7JG-*****-*****-*****-QX9T3'], ['發送時間', '2028/03/30 15:24']],
      pay: [['商品金額', '$1,490'], ['momo幣折抵', '-$0'], ['實付金額', '$1,490']],
      buttons: ['聯絡賣家', '申請退貨'],
    },
    key_phrases: [O10, '$1,490', 'Windows 11 專業版'],
  },
  {
    name: 'b50-win11-keyinvalid', case: 'b50-tw-momo-win-other-order', file: '螢幕擷取畫面 2028-03-30 154103.png', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'zh-Hant', edition: 'Windows 11 專業版', user: 'Yuting',
    error: ['輸入的產品金鑰無效。 請檢查產品金鑰並再試一次，或輸入其他金鑰。', '錯誤碼：0x80070490'],
    corpus: [SRC.keyInvalid],
    key_phrases: ['輸入的產品金鑰無效。', '0x80070490'],
  },
  {
    name: 'b50-oa-other-order', case: 'b50-tw-momo-win-other-order', file: 'IMG_8842.PNG', split: B,
    style: 'line-oa-chat', device: 'iphone-1170x2532', clock: '16:05', battery: 52, title: '飛快軟體', shopAvatar: ['飛', '#1971C2'], richMenu: RICH_FK,
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `你好，momo 訂單 ${O10b} 的金鑰啟用失敗，Windows 顯示「輸入的產品金鑰無效」，錯誤碼 0x80070490，截圖如上` },
      { from: 'merchant', name: '飛快軟體', text: `您好，${O10b} 是去年11月的 Office 2021 家用版訂單喔，那組是 Office 的金鑰，不能拿來啟用 Windows。請問您說的是哪一筆？` },
      { from: 'buyer', read: true, text: '就是這筆，反正不能用，我會去momo申請退款' },
    ],
    key_phrases: [O10b, '0x80070490', 'Office 2021 家用版'],
  },

  // ── 11 b50-tw-openchat-noreply: not_received, ready/weak + chat-no-reply ────────────────
  {
    name: 'b50-linepay-xy', case: 'b50-tw-openchat-noreply', file: 'Screenshot_20280331-085702.png', split: B,
    style: 'tw-pay-record', device: 'android-1080x2400', clock: '08:57', battery: 93, brand: 'linepay',
    record: {
      merchant: '小雨點數代購', amount: '-NT$1,490', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2028/03/31 08:55:40'], ['付款方式', 'LINE Pay Money'], ['訂單編號', O11], ['商品', 'Google Play 禮品卡 NT$1,490（數位序號）']],
    },
    key_phrases: [O11, 'NT$1,490', '付款成功'],
  },
  {
    name: 'b50-openchat-noreply', case: 'b50-tw-openchat-noreply', file: 'S__48103427.jpg', split: B,
    style: 'line-openchat', device: 'iphone-1170x2532', dark: true, degrade: ['fwd:720:66'], clock: '15:47', battery: 30, title: '小雨點數代購｜禮品卡・點數卡', members: '862',
    notice: '下單付款後序號30分鐘內發送到LINE Pay訂單備註，問題請在社群標記管理員。',
    buyerAvatar: ['我', '#63e6be'],
    messages: [
      { from: 'time', text: '3月31日(週五)' },
      { from: 'system', text: '小郁 已加入社群' },
      { from: 'buyer', read: true, text: `@小雨（管理員） 訂單 ${O11}，08:55 LINE Pay 付 NT$1,490 買 Google Play 禮品卡，到現在沒收到序號` },
      { from: 'buyer', read: true, text: `@小雨（管理員） 下午了還是沒有序號，訂單 ${O11} 麻煩回覆` },
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `@小雨（管理員） 已經超過一天，${O11} 沒有序號也沒人回，我要申請退款了` },
    ],
    key_phrases: [O11, '沒有序號也沒人回'],
  },

  // ── 12 b50-hk-tapngo-psn-partial: card_invalid (400 of 1000), ready/weak + refund-partial ─
  {
    name: 'b50-ps-usedcode', case: 'b50-hk-tapngo-psn-partial', file: 'IMG_4471.JPG', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.25, focus: [0.5, 0.55],
    appTitle: '兌換代碼', code: 'HK2P-****-7RNC', heading: '無法兌換',
    lines: ['此兌換碼已使用過'],
    corpus: [SRC.usedCode],
    key_phrases: ['此兌換碼已使用過'],
  },
  {
    name: 'b50-tapngo-psn', case: 'b50-hk-tapngo-psn-partial', file: 'IMG_4466.PNG', split: B,
    style: 'tapngo-record', device: 'iphone-750x1334', clock: '20:16', battery: 55,
    record: {
      merchant: 'PlayKey HK', badge: 'P', badgeColor: '#003087', amount: '-HK$1,000.00', status: '成功', tone: 'ok',
      rows: [['交易類型', '網上付款'], ['日期及時間', '2028-04-02 20:15'], ['交易編號', T12], ['備註', `${O12} PSN HK$200 ×5`]],
    },
    key_phrases: [O12, 'HK$1,000.00'],
  },
  {
    name: 'b50-wa-psn-partial', case: 'b50-hk-tapngo-psn-partial', file: 'IMG-20280403-WA0009.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['forward'], clock: '10:52', battery: 81, title: 'PlayKey HK', subtitle: 'business account',
    messages: [
      { from: 'time', text: '昨天' },
      { from: 'buyer', at: '22:40', text: `${O12} 五張 PSN HK$200，頭三張 OK，第四同第五張都出「此兌換碼已使用過」，我第一次入，相已經 send 咗` },
      { from: 'time', text: '今天' },
      { from: 'merchant', at: '10:31', text: 'Morning，查咗，嗰兩張 code 係另一位客退咗單之後我哋錯手再賣出，被人用咗，我哋錯。' },
      { from: 'merchant', at: '10:33', text: '三張用咗嘅照計，嗰兩張退返 HK$400。你喺網站申請部分退款 HK$400，我哋會 approve。' },
      { from: 'buyer', at: '10:50', text: 'OK，申請緊 HK$400' },
    ],
    key_phrases: [O12, '此兌換碼已使用過', '退返 HK$400'],
  },

  // ── 13 b50-tw-yahoo-win-passed: activation_failed, not-ready (deadline-passed) ─────────
  {
    name: 'b50-win11-mak', case: 'b50-tw-yahoo-win-passed', file: '螢幕擷取畫面 2028-04-03 201012.png', split: B,
    style: 'win11-activation', device: 'desktop-1366x768', lang: 'zh-Hant', edition: 'Windows 11 專業版', user: 'Hsu',
    error: ['無法在此裝置上啟用 Windows。', '0xC004C001 啟用伺服器判定所指定的產品金鑰無效'],
    corpus: [SRC.mak],
    key_phrases: ['啟用伺服器判定所指定的產品金鑰無效', '0xC004C001'],
  },
  {
    name: 'b50-yahoo-qa-late', case: 'b50-tw-yahoo-win-passed', file: 'Screenshot_20280403-202544.png', split: B,
    style: 'yahoo-auction-qa', device: 'android-1080x2400', degrade: ['crop:140'], clock: '20:25', battery: 47,
    listing: { title: 'Windows 11 專業版 序號金鑰 永久啟用', price: '$690', seller: '藍海軟體館' },
    desc: '金鑰於付款後以訂單留言發送，請於收到後24小時內完成啟用並回報問題，逾期恕無法處理。',
    qa: [
      { asker: 'hs***15', at: '2028/04/03 20:12', text: `訂單${O13}，3/31 晚上收到的金鑰，今天重灌完輸入，顯示 0xC004C001 啟用伺服器判定所指定的產品金鑰無效，可以換一組或退款嗎？`, answer: '您好，金鑰是 3/31 21:05 發送的，說明有寫收到後24小時內回報，已經過了快三天，這邊無法處理，抱歉', answerAt: '2028/04/03 20:24' },
    ],
    corpus: [SRC.mak],
    key_phrases: [O13, '0xC004C001', '24小時內'],
  },

  // ── 14 b50-tw-momo-nr-return: not_received, request: return (request-return-virtual) ───
  {
    name: 'b50-momo-pending', case: 'b50-tw-momo-nr-return', file: 'IMG_9015.PNG', split: B,
    style: 'momoshop-order', device: 'iphone-750x1334', clock: '09:48', battery: 62, mark: { text: '申請退貨' },
    order: {
      head: [['訂單編號', O14], ['訂購日期', '2028/04/04 09:30'], ['付款方式', '信用卡一次付清']],
      shop: '卡卡數位（摩天商城）', product: 'Apple 禮品卡 NT$1,500【數位序號】', spec: '數量：1', status: '處理中', tone: 'wait', price: '$1,500',
      pay: [['商品金額', '$1,500'], ['折價券', '-$0'], ['實付金額', '$1,500']],
      buttons: ['聯絡賣家', '申請退貨'],
    },
    key_phrases: [O14, '$1,500', '處理中'],
  },
  {
    name: 'b50-oa-return', case: 'b50-tw-momo-nr-return', file: 'IMG_9017.PNG', split: B,
    style: 'line-oa-chat', device: 'iphone-750x1334', clock: '09:55', battery: 61, title: '卡卡數位', shopAvatar: ['卡', '#F76707'], menuCollapsed: true,
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `momo 訂單 ${O14} Apple 禮品卡，昨天 09:30 付款，到現在一天了序號都沒發，狀態還是處理中` },
      { from: 'merchant', name: '卡卡數位', text: 'Apple 卡這兩天缺貨，還沒辦法發，真的很抱歉' },
      { from: 'buyer', read: true, text: '那我直接按「申請退貨」，把這筆退貨退款' },
      { from: 'merchant', name: '卡卡數位', text: '好的，您申請後我們會同意' },
    ],
    key_phrases: [O14, '序號都沒發', '申請退貨'],
  },
];
