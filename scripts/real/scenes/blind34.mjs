// The thirty-fourth blind end-to-end set (fixtures/blind34/): 14 cases written by a helper (branch b34),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind34'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is Traditional Chinese buyers and shops in Taiwan and
// Hong Kong (Cantonese with English mixed in; one mainland supplier answers in Simplified Chinese).
// Five new app styles: `beanfun-redeem` (遊戲橘子 beanfun! 儲值中心: 序號儲值 form with the error, or
// 儲值紀錄), `pchome-order` (PChome 24h購物 訂單明細), `hktvmall-order` (the HKTVmall app's 訂單詳情),
// `octopus-record` (the 八達通 Octopus app's 交易詳情) and `bahamut-pm` (巴哈姆特 站內信 thread).
// Render with `node scripts/real/render.mjs --set blind34`, then
// `node scripts/real/copy-cases.mjs --set blind34`. The set is judged once, at the end: do not tune on it.
const B = 'blind34';

const O1 = 'TK20280603201455'; // TK + 14 digits
const O2 = 'DDAE2806051320K7'; // 16 upper-case letters and digits (PChome-like)
const O3 = 'H28060721053391'; // H + 14 digits (HKTVmall-like)
const O4 = 'MK-280609-0417'; // hyphenated with a prefix
const O5 = 'JK2806112205119384'; // JK + 16 digits
const O6 = '20280602193047512'; // 17 digits
const O7 = 'EB28061209553017'; // 16 upper-case letters and digits
const O8 = 'H28061319522804'; // this order (Windows 11 Pro, 13 June)
const O8b = 'H28051120314467'; // the buyer's May order (Windows 10 Home), the one the chat is about
const O9 = 'DDAF2806150857M3';
const O10 = 'GK-2806161945';
const O11 = 'BH28061810002637';
const O12 = '28061920104418'; // 14 digits
const O13 = 'HKC20280621113005'; // HKC + 14 digits
const O14 = 'H28062420174410';

const SRC = {
  usedTw: 'a redeem-code API\'s status comment "此組序號已兌換過" (public GitHub PHP file, find_string id 3877897646), put in the beanfun! 序號儲值 page',
  expiredTw: 'a lottery page\'s serial check "此序號已過期。" (public GitHub JavaScript file, find_string id 62495644781)',
  badCardTw: 'a top-up page\'s zh-tw message "無效卡號或密碼錯誤。" (public GitHub PHP file, find_string id 34957779188)',
  keyTw: 'Microsoft\'s activation-error table in Traditional Chinese: "0xC004C008 … 啟用伺服器判定無法使用所指定的產品金鑰。" (public GitHub Markdown file, find_string id 43437703494), shown as slmgr\'s Windows Script Host box',
  noCoolOff: 'a shop\'s purchase rules "本服務經提供即完成，依《消保法》不適用七日鑑賞期。" (public GitHub HTML/JS file, find_string id 53134806711), prefixed with the product kind',
  cvsCode: 'a checkout option\'s description "取得繳費代碼後至超商繳費" (public GitHub TSX file, find_string id 15003933987)',
  cardDesc: 'a Gamania point-card product description "購買2700點數儲值序號乙組(買家中心查看)" (public GitHub SQL file, find_string id 23180081325), adapted to 500 points and five sets',
};

export default [
  // ── 1 b34-tw-beanfun-used-bahamut: card_invalid, ready ─────────────────────────────────────
  {
    name: 'b34-beanfun-used', case: 'b34-tw-beanfun-used-bahamut', file: '螢幕擷取畫面 2028-06-04 091005.png', split: B,
    style: 'beanfun-redeem', device: 'desktop-1920x1080', user: 'nightcat****', balance: '0 點', account: '帳號：nightcat****@gmail.com',
    form: {
      fields: [['遊戲帳號', 'nightcat****@gmail.com'], ['儲值序號', 'MS27-****-****-8Q4D'], ['驗證碼', '7 4 1 9']],
      error: ['此組序號已兌換過', '儲值失敗，樂點未存入您的帳號。'],
      notes: ['※ 序號請區分英文大小寫，連續輸入錯誤 5 次將暫停儲值 30 分鐘。'],
    },
    corpus: [SRC.usedTw],
    key_phrases: ['此組序號已兌換過'],
  },
  {
    name: 'b34-bahamut-used', case: 'b34-tw-beanfun-used-bahamut', file: '螢幕擷取畫面 2028-06-04 095230.png', split: B,
    style: 'bahamut-pm', device: 'desktop-1366x768', me: '夜行貓 (nightcat0917)',
    pm: {
      subject: `楓之谷專用卡 2700 點 序號不能用（訂單 ${O1}）`, buyer: ['夜行貓', 'nightcat0917'], merchant: ['阿杰點卡坊', 'ajie_cards'],
      letters: [
        { from: 'buyer', at: '2028-06-04 09:12', text: `訂單 ${O1}，昨晚 20:15 收到的楓之谷專用卡 2700 點序號，今天早上在 beanfun! 序號儲值出現「此組序號已兌換過」。我是第一次輸入，截圖附在訂單留言。` },
        { from: 'merchant', at: '2028-06-04 09:48', text: `查過了，${O1} 這組序號上游在發給你之前已經賣給另一位客人，對方昨晚 21:03 先儲值了，是我們這邊出錯，很抱歉。` },
        { from: 'merchant', at: '2028-06-04 09:49', text: '請直接在訂單頁按「申請退款」選卡密無效，我們會全額退 NT$2,650。' },
        { from: 'buyer', at: '2028-06-04 09:51', text: '好，我現在去申請，謝謝。' },
      ],
    },
    key_phrases: [O1, '是我們這邊出錯', '全額退 NT$2,650'],
  },
  {
    name: 'b34-linepay-used', case: 'b34-tw-beanfun-used-bahamut', file: 'Screenshot_20280603-201622.png', split: B,
    style: 'tw-pay-record', device: 'android-1080x2400', clock: '20:16', battery: 63, brand: 'linepay',
    record: {
      merchant: '阿杰點卡坊', amount: '-NT$2,650', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2028/06/03 20:14:37'], ['付款方式', 'LINE Pay Money'], ['訂單編號', O1], ['商品', '楓之谷專用卡 2700點 序號']],
    },
    key_phrases: [O1, 'NT$2,650', '付款成功'],
  },

  // ── 2 b34-tw-pchome-nr: not_received, ready ─────────────────────────────────────────────────
  {
    name: 'b34-pchome-nr', case: 'b34-tw-pchome-nr', file: '螢幕擷取畫面 2028-06-06 174512.png', split: B,
    style: 'pchome-order', device: 'desktop-1366x768', user: '會員 林**',
    order: {
      number: O2, date: '2028/06/05 13:20', steps: ['訂單成立', '付款完成', '序號發送', '完成'], step: 2,
      items: [['beanfun! 樂點卡 1000點（電子序號，簡訊發送）', '電子票券', '1', '$1,000']],
      rows: [['付款方式', '信用卡一次付清（VISA ****5521）'], ['配送方式', '電子序號（簡訊 / Email）'], ['收件手機', '0912-***-604']],
      total: '$1,000', status: '電子序號處理中：付款完成後將以簡訊發送序號，請留意手機簡訊。', buttons: ['聯絡客服', '取消訂單'],
    },
    key_phrases: [O2, 'beanfun! 樂點卡 1000點', '電子序號處理中'],
  },
  {
    name: 'b34-pchome-webchat-nr', case: 'b34-tw-pchome-nr', file: '螢幕擷取畫面 2028-06-06 175830.png', split: B,
    style: 'shop-webchat', device: 'desktop-1366x768', shop: 'PChome 24h購物 客服中心', navColor: '#E3001B', title: '問題諮詢 #Q2806061702 已付款未收到序號',
    ticket: [['訂單編號', O2], ['商品', 'beanfun! 樂點卡 1000點（電子序號）'], ['狀態', '已回覆', 'status'], ['提問時間', '2028/06/06 17:02']],
    buyerName: '林先生', merchantName: '客服專員 Amber',
    messages: [
      { from: 'buyer', at: '06/06 17:02', text: `訂單 ${O2} 昨天 13:20 刷卡付了 1000 元，到現在超過一天都沒收到樂點卡序號簡訊，訂單也一直停在序號發送。` },
      { from: 'merchant', at: '06/06 17:41', text: '林先生您好，經查此商品的供應商目前缺貨，您的序號無法發送，也無法確定補貨時間，造成不便非常抱歉。' },
      { from: 'merchant', at: '06/06 17:42', text: '您可直接於訂單申請「未收到商品」退款，我們受理後會刷退至原信用卡。' },
      { from: 'buyer', at: '06/06 17:55', text: '了解，我現在申請。' },
    ],
    key_phrases: [O2, '您的序號無法發送', '刷退至原信用卡'],
  },

  // ── 3 b34-hk-hktvmall-psn-nad: not_as_described, ready ─────────────────────────────────────
  {
    name: 'b34-hktvmall-psn', case: 'b34-hk-hktvmall-psn-nad', file: 'IMG_2284.PNG', split: B,
    style: 'hktvmall-order', device: 'iphone-1170x2532', clock: '21:09', battery: 71,
    order: {
      number: O3, date: '2028-06-07 21:05', steps: ['已確認 Confirmed', '處理中 Processing', '已發送 Sent', '已完成 Completed'], step: 2, merchant: '數碼禮品專門店 GiftCode HK',
      items: [['PlayStation Store 禮品卡 HK$400（香港帳戶）電子換領券', 'HK$400', '1']],
      voucher: ['電子換領券 e-Voucher：已發送 Sent', '換領碼已發送至 ch****@gmail.com'],
      rows: [['貨品小計 Subtotal', 'HK$400.00'], ['付款方式 Payment', 'Visa ****6120'], ['付款時間', '2028-06-07 21:05']], total: 'HK$400.00',
      buttons: ['聯絡商戶 Contact Merchant', '申請退款 Refund'],
    },
    key_phrases: [O3, 'PlayStation Store 禮品卡 HK$400', 'HK$400.00'],
  },
  {
    name: 'b34-psn-history-200', case: 'b34-hk-hktvmall-psn-nad', file: 'Screenshot 2028-06-08 103318.png', split: B,
    style: 'psn-txn-history', device: 'desktop-1366x768', mark: { text: '+HK$200.00' },
    labels: { title: '交易記錄', cols: ['日期', '說明', '金額', '交易編號'], menu: ['帳戶資料', '安全性', '付款管理', '交易記錄', '訂閱', '家庭管理'], account: '帳戶管理' },
    range: '顯示 2028/05/08 至 2028/06/08 的交易',
    rows: [['2028/06/07', '錢包儲值（禮品卡）', '+HK$200.00', '3104-5521-0876'], ['2028/05/19', 'Astro Bot 數碼版', '-HK$398.00', '3103-9917-2254']],
    foot: '以禮品卡或代碼增值的金額會顯示為「錢包儲值」。',
    key_phrases: ['+HK$200.00', '錢包儲值（禮品卡）'],
  },
  {
    name: 'b34-messenger-psn', case: 'b34-hk-hktvmall-psn-nad', file: 'IMG_2291.PNG', split: B,
    style: 'messenger', dark: true, device: 'iphone-1170x2532', clock: '11:52', battery: 58, title: '數碼禮品專門店 GiftCode HK', subtitle: 'Typically replies within an hour', merchantAvatar: ['G', '#2F9E44'],
    messages: [
      { from: 'time', text: '今天 10:36' },
      { from: 'buyer', text: `你好，我喺 HKTVmall 買咗 PlayStation Store 禮品卡 HK$400（訂單 ${O3}），兌換完錢包只係加咗 HK$200，交易記錄截圖喺度` },
      { from: 'buyer', type: 'image', hue: 215, w: 180, h: 110 },
      { from: 'time', text: '今天 11:48' },
      { from: 'merchant', text: '唔好意思，我哋查咗，呢批卡供應商將 HK$200 卡當咗 HK$400 發俾我哋，你收到嘅唔係網頁上寫嘅面額，係我哋出錯' },
      { from: 'merchant', text: '麻煩你喺 HKTVmall 訂單頁撳「申請退款」揀「商品與描述不符」，我哋會全數退返 HK$400' },
      { from: 'buyer', text: 'OK，我而家申請' },
    ],
    key_phrases: [O3, '唔係網頁上寫嘅面額', '全數退返 HK$400'],
  },

  // ── 4 b34-hk-octopus-private: not_received, ready/weak + private-channel ───────────────────
  {
    name: 'b34-octopus-gplay', case: 'b34-hk-octopus-private', file: 'IMG_5208.PNG', split: B,
    style: 'octopus-record', device: 'iphone-1170x2532', clock: '14:41', battery: 47, badge: '旺', badgeColor: '#C2255C',
    record: {
      merchant: '旺角點卡站 MK Card Station', amount: '-HK$200.00', status: '成功 Successful', tone: 'ok',
      rows: [['日期及時間 Date & time', '2028-06-09 14:40:18'], ['交易編號 Transaction no.', 'OP-2806091440-18337'], ['付款方式 Payment method', '八達通錢包 Octopus Wallet'], ['商戶參考編號 Merchant ref.', O4], ['備註 Remarks', 'Google Play 禮品卡 HK$200']],
    },
    key_phrases: [O4, '-HK$200.00', '成功 Successful'],
  },
  {
    name: 'b34-whatsapp-fps', case: 'b34-hk-octopus-private', file: 'Screenshot_20280609-195112.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['crop:84'], clock: '19:51', battery: 35, title: '旺角點卡站 MK Card Station', subtitle: '商業帳戶',
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '19:02', text: `Hi，${O4} 下晝 2:40 用八達通 app 俾咗 HK$200 買 Google Play 卡，到而家都未收到 code` },
      { from: 'merchant', at: '19:36', text: 'Sorry 呀，HK$200 嘅 Google Play 卡今日冇貨，幾時有都講唔定' },
      { from: 'merchant', at: '19:37', text: '網站退款要等成個星期，仲要扣我哋手續費。不如我轉數快直接過返 HK$200 俾你，你喺網站撳「已收貨」，咁最快，OK？' },
      { from: 'buyer', at: '19:50', text: '唔好喇，我都係喺網站申請退款好啲' },
    ],
    key_phrases: [O4, '我轉數快直接過返 HK$200 俾你', '今日冇貨'],
  },

  // ── 5 b34-tw-bahamut-wrong-near: wrong_purchase, ready/weak + deadline-near ────────────────
  {
    name: 'b34-jko-eshop-jp', case: 'b34-tw-bahamut-wrong-near', file: 'IMG_7729.PNG', split: B,
    style: 'tw-pay-record', device: 'iphone-1170x2532', clock: '22:06', battery: 29, brand: 'jko',
    record: {
      merchant: '星野遊戲卡', amount: '-NT$765', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2028/06/11 22:05:41'], ['交易編號', 'T2806112205417'], ['付款方式', '街口帳戶餘額'], ['訂單編號', O5], ['商品', '日本 eShop 禮物卡 ¥3000 序號']],
    },
    key_phrases: [O5, 'NT$765', '日本 eShop 禮物卡 ¥3000'],
  },
  {
    name: 'b34-bahamut-wrong', case: 'b34-tw-bahamut-wrong-near', file: 'IMG_7731.PNG', split: B,
    style: 'bahamut-pm', device: 'iphone-1170x2532', clock: '22:39', battery: 27,
    pm: {
      subject: `訂單 ${O5} 買錯區，想取消`, buyer: ['阿哲', 'zhe0611'], merchant: ['星野遊戲卡', 'hoshino_card'],
      letters: [
        { from: 'buyer', at: '06-11 22:12', text: `剛剛 22:05 下單的日本 eShop 禮物卡 ¥3000（訂單 ${O5}）買錯了，我的 Switch 帳號是香港區，日幣卡不能用。序號還沒寄出的話可以幫我取消嗎？` },
        { from: 'merchant', at: '06-11 22:31', text: `查了 ${O5}，序號還沒發出，已經幫你暫停。請在訂單頁申請退款選「買錯商品」，我這邊會同意，全額退 NT$765。` },
        { from: 'buyer', at: '06-11 22:38', text: '收到，現在去申請，謝謝！' },
      ],
    },
    key_phrases: [O5, '序號還沒發出', '全額退 NT$765'],
  },

  // ── 6 b34-tw-beanfun-expired-passed: card_invalid, not-ready (deadline-passed) ─────────────
  {
    name: 'b34-beanfun-expired', case: 'b34-tw-beanfun-expired-passed', file: 'Screenshot_20280606-203312.png', split: B,
    style: 'beanfun-redeem', device: 'android-1080x2400', clock: '20:33', battery: 52, user: '會員中心', url: 'm.beanfun.com/topup/serial',
    form: {
      fields: [['遊戲帳號', 'ko****@yahoo.com.tw'], ['儲值序號', 'GF88-****-****-2KXD'], ['驗證碼', '3 0 5 8']],
      error: ['此序號已過期。'],
      notes: ['※ 樂點卡序號之使用期限以卡片背面或購買通路標示為準。'],
    },
    corpus: [SRC.expiredTw],
    key_phrases: ['此序號已過期。'],
  },
  {
    name: 'b34-line-expired', case: 'b34-tw-beanfun-expired-passed', file: 'S__48250907.jpg', split: B,
    style: 'line-chat', device: 'android-1080x2400', degrade: ['fwd:1080:82'], clock: '20:52', battery: 49, title: '點點樂卡舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '6月6日(週二)' },
      { from: 'buyer', read: true, text: `你好，6/2 晚上買的樂點卡 1000 點（訂單 ${O6}），今天第一次拿去 beanfun! 儲值，顯示「此序號已過期。」` },
      { from: 'buyer', type: 'image', read: true, hue: 28, w: 140, h: 240 },
      { from: 'merchant', name: '點點樂卡舖', text: `您好，${O6} 是 6/2 19:31 發送的序號。商品頁有註明序號請於發貨後 24 小時內完成儲值並回報問題，這筆已經超過四天，沒辦法幫您退款，抱歉。` },
      { from: 'buyer', read: true, text: '可是我根本沒用過啊…那我還是去平台申請看看' },
    ],
    key_phrases: [O6, '已經超過四天', '沒辦法幫您退款'],
  },

  // ── 7 b34-tw-ibon-late: late_delivery, ready ───────────────────────────────────────────────
  {
    name: 'b34-ibon-paid', case: 'b34-tw-ibon-late', file: 'IMG_20280612_121544.jpg', split: B,
    style: 'cvs-receipt', device: 'android-1080x2400', degrade: ['fwd:1080:82'], tilt: -2,
    paper: {
      brand: 'seven', title: '代收款 繳費證明', sub: '（顧客收執聯）',
      rows: [['交易日期', '2028/06/12 12:10'], ['代收項目', '卡速通 網路購物'], ['繳費代碼', 'EB2806****3017'], ['店號', '203518'], ['交易序號', '2806121210203518'], ['收銀機', '01']],
      amount: ['繳費金額', 'NT$1,000'],
      foot: ['請保留本收據至商品收到為止。', '代收款項入帳約需 10 至 30 分鐘。'],
    },
    key_phrases: ['繳費證明', 'NT$1,000'],
  },
  {
    name: 'b34-lineoa-late', case: 'b34-tw-ibon-late', file: 'IMG_3356.PNG', split: B,
    style: 'line-oa-chat', device: 'iphone-1170x2532', clock: '19:08', battery: 38, title: '卡速通', shopAvatar: ['速', '#1C7ED6'], readMark: ['已讀', ''], menuLabel: '選單',
    richMenu: [['儲值商品', '#1C7ED6'], ['訂單查詢', '#F59F00'], ['付款教學', '#37B24D'], ['常見問題', '#7048E8'], ['最新活動', '#E03131'], ['聯絡客服', '#495057']], menuCollapsed: true,
    messages: [
      { from: 'merchant', name: '卡速通', text: '歡迎加入卡速通 🎮 付款方式選「超商代碼繳費」，取得繳費代碼後至超商繳費，入帳後 30 分鐘內以簡訊發送序號。' },
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O7}，中午 12:10 在 7-11 繳了 1000 元（收據照片剛剛傳給你們了），到現在 18:40 都沒收到 Steam 錢包序號簡訊` },
      { from: 'merchant', name: '卡速通', text: `不好意思，今天下午 Steam 卡的供貨商系統維護，${O7} 沒辦法在 30 分鐘內發出，目前也不知道什麼時候恢復。` },
      { from: 'merchant', name: '卡速通', text: '這筆延誤是我們的問題，您可以直接申請延遲發貨退款，我們會同意。' },
    ],
    corpus: [SRC.cvsCode],
    key_phrases: [O7, '入帳後 30 分鐘內以簡訊發送序號', '這筆延誤是我們的問題'],
  },

  // ── 8 b34-hk-hktvmall-other-order: activation_failed, not-ready (order-id-mismatch) ───────
  {
    name: 'b34-hktvmall-win11', case: 'b34-hk-hktvmall-other-order', file: 'IMG_0412.PNG', split: B,
    style: 'hktvmall-order', device: 'iphone-1170x2532', clock: '20:02', battery: 66,
    order: {
      number: O8, date: '2028-06-13 19:52', steps: ['已確認 Confirmed', '處理中 Processing', '已發送 Sent', '已完成 Completed'], step: 2, merchant: '正版軟件倉 SoftDepot HK',
      items: [['Windows 11 專業版 Pro 數碼授權 ESD（1 部電腦）', 'HK$398', '1']],
      voucher: ['數碼授權 Digital licence：已發送 Sent', '產品金鑰已發送至 ka****@yahoo.com.hk（2028-06-13 19:53）'],
      rows: [['貨品小計 Subtotal', 'HK$398.00'], ['付款方式 Payment', 'Mastercard ****3308']], total: 'HK$398.00',
      buttons: ['聯絡商戶 Contact Merchant', '申請退款 Refund'],
    },
    key_phrases: [O8, 'Windows 11 專業版 Pro', 'HK$398.00'],
  },
  {
    name: 'b34-slmgr-c008', case: 'b34-hk-hktvmall-other-order', file: 'Screenshot 2028-06-14 090611.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '09:06', date: '14/6/2028', winX: 520, winY: 180,
    app: { title: '系統 › 啟用', color: '#0067C0', heading: '啟用 Windows', button: '變更產品金鑰', fields: [['版本', 'Windows 11 專業版'], ['產品金鑰', 'VK7JG-*****-*****-*****-3HQ8D']], version: '啟用狀態：未啟用' },
    box: { title: 'Windows Script Host', icon: 'error', text: '錯誤: 0xC004C008 啟用伺服器判定無法使用所指定的產品金鑰。', buttons: ['確定'] },
    corpus: [SRC.keyTw],
    key_phrases: ['0xC004C008', '啟用伺服器判定無法使用所指定的產品金鑰。'],
  },
  {
    name: 'b34-whatsapp-other-order', case: 'b34-hk-hktvmall-other-order', file: 'Screenshot_20280614-093020_WhatsApp.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:1080:88'], clock: '09:30', battery: 81, title: '正版軟件倉 SoftDepot HK', subtitle: '商業帳戶',
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '09:12', text: `你好，我喺 HKTVmall 買嘅 Windows key（訂單 ${O8b}）啟用唔到，slmgr 彈 0xC004C008，話啟用伺服器判定無法使用所指定的產品金鑰` },
      { from: 'buyer', at: '09:12', type: 'image', hue: 205, w: 200, h: 120 },
      { from: 'merchant', at: '09:26', text: `${O8b} 係你 5 月 11 號買嘅 Windows 10 Home，我哋記錄嗰條 key 5 月 12 號已經喺你部機啟用咗，冇問題喎` },
      { from: 'buyer', at: '09:29', text: '咁點解而家用唔到…我申請退款先' },
    ],
    key_phrases: [O8b, '5 月 11 號買嘅 Windows 10 Home'],
  },

  // ── 9 b34-tw-pchome-void-return: card_invalid with request: return, not-ready ─────────────
  {
    name: 'b34-pchome-return', case: 'b34-tw-pchome-void-return', file: 'IMG_1187.PNG', split: B,
    style: 'pchome-order', device: 'iphone-1170x2532', clock: '12:08', battery: 55, mark: { text: '申請退貨' }, url: 'm.pchome.com.tw/order',
    order: {
      number: O9, date: '2028/06/15 08:57', steps: ['訂單成立', '付款完成', '序號發送', '完成'], step: 3,
      items: [['beanfun! 樂點卡 500點（電子序號）', '電子票券', '1', '$500']],
      terms: ['本商品為電子序號，本服務經提供即完成，依《消保法》不適用七日鑑賞期。'],
      rows: [['付款方式', 'LINE Pay'], ['配送方式', '電子序號（簡訊）'], ['發送時間', '2028/06/15 09:02']],
      total: '$500', buttons: ['申請退貨', '聯絡客服'],
    },
    corpus: [SRC.noCoolOff],
    key_phrases: [O9, '申請退貨', 'beanfun! 樂點卡 500點'],
  },
  {
    name: 'b34-beanfun-badcard', case: 'b34-tw-pchome-void-return', file: 'IMG_1179.PNG', split: B,
    style: 'beanfun-redeem', device: 'iphone-1170x2532', clock: '10:11', battery: 61, user: '會員中心', url: 'm.beanfun.com/topup/serial',
    form: {
      fields: [['遊戲帳號', 'yu****@hotmail.com'], ['儲值序號', 'PC50-****-****-77WE'], ['驗證碼', '9 2 6 1']],
      error: ['無效卡號或密碼錯誤。'],
    },
    corpus: [SRC.badCardTw],
    key_phrases: ['無效卡號或密碼錯誤。'],
  },
  {
    name: 'b34-pchome-webchat-return', case: 'b34-tw-pchome-void-return', file: 'IMG_1190.PNG', split: B,
    style: 'shop-webchat', device: 'iphone-1170x2532', clock: '12:10', battery: 54, shop: 'PChome 客服中心', navColor: '#E3001B', title: '問題諮詢 #Q2806151015 序號無法儲值',
    ticket: [['訂單編號', O9], ['商品', 'beanfun! 樂點卡 500點'], ['狀態', '已回覆', 'status']],
    buyerName: '我', merchantName: '客服專員 Wendy',
    messages: [
      { from: 'buyer', at: '10:15', text: `訂單 ${O9} 今天 09:02 收到的樂點卡序號，在 beanfun! 輸入顯示「無效卡號或密碼錯誤。」，我是照簡訊一個字一個字輸入的。` },
      { from: 'merchant', at: '11:40', text: '您好，經向供應商確認，該組序號已被發行商作廢，造成不便非常抱歉。請於訂單明細申請退款，我們將全額退回 $500。' },
      { from: 'buyer', at: '12:05', text: '我剛剛按了「申請退貨」，那序號簡訊要怎麼寄回給你們？' },
    ],
    key_phrases: [O9, '已被發行商作廢', '申請退貨'],
  },

  // ── 10 b34-hk-octopus-office-nocapture: activation_failed, not-ready (error-capture-missing) ─
  {
    name: 'b34-octopus-office', case: 'b34-hk-octopus-office-nocapture', file: 'IMG_8840.PNG', split: B,
    style: 'octopus-record', dark: true, device: 'iphone-1170x2532', clock: '19:47', battery: 22, badge: '荃', badgeColor: '#1971C2',
    record: {
      merchant: '荃灣軟件舖 TW Soft', amount: '-HK$268.00', status: '成功 Successful', tone: 'ok',
      rows: [['日期及時間 Date & time', '2028-06-16 19:44:52'], ['交易編號 Transaction no.', 'OP-2806161944-52091'], ['付款方式 Payment method', '八達通錢包 Octopus Wallet'], ['商戶參考編號 Merchant ref.', O10], ['備註 Remarks', 'Office 2021 Home & Student key']],
    },
    key_phrases: [O10, '-HK$268.00', 'Office 2021 Home & Student'],
  },
  {
    name: 'b34-messenger-office', case: 'b34-hk-octopus-office-nocapture', file: 'Screenshot_20280617-085412.png', split: B,
    style: 'messenger', device: 'android-1080x2400', clock: '08:54', battery: 90, title: '荃灣軟件舖 TW Soft', subtitle: 'Active 12m ago', merchantAvatar: ['荃', '#1971C2'],
    messages: [
      { from: 'time', text: 'TODAY AT 08:31' },
      { from: 'buyer', text: `Hi，${O10} 買嘅 Office 2021 Home & Student key 尋晚 activate 唔到，彈咗個 error 出嚟` },
      { from: 'merchant', text: 'Hello！可唔可以 send 個 error message 嘅 screenshot 或者 error code 嚟？我哋要睇到先可以同上游 check' },
      { from: 'buyer', text: '部 notebook 喺公司，今日影唔到 screenshot，我照樣申請退款先啦' },
      { from: 'merchant', text: '冇 screenshot 我哋好難幫你 check，平台都會要 error 截圖㗎' },
    ],
    key_phrases: [O10, 'activate 唔到', '今日影唔到 screenshot'],
  },

  // ── 11 b34-tw-bahamut-late-threat: late_delivery, ready/weak + threatening-language ────────
  {
    name: 'b34-linepay-welkin', case: 'b34-tw-bahamut-late-threat', file: 'Screenshot_20280618-100108.png', split: B,
    style: 'tw-pay-record', device: 'android-1080x2400', clock: '10:01', battery: 84, brand: 'linepay',
    record: {
      merchant: '米花代儲工作室', amount: '-NT$159', status: '付款成功', tone: 'ok',
      rows: [['交易時間', '2028/06/18 10:00:26'], ['付款方式', 'LINE Pay 信用卡（****7720）'], ['訂單編號', O11], ['商品', '原神 空月祝福 代儲（付款後2小時內完成）']],
    },
    key_phrases: [O11, 'NT$159', '付款後2小時內完成'],
  },
  {
    name: 'b34-bahamut-threat', case: 'b34-tw-bahamut-late-threat', file: '螢幕擷取畫面 2028-06-18 210412.png', split: B,
    style: 'bahamut-pm', dark: true, device: 'desktop-1920x1080', me: '琉璃 (ruri_0422)',
    pm: {
      subject: `代儲 ${O11} 空月祝福還沒到帳`, buyer: ['琉璃', 'ruri_0422'], merchant: ['米花代儲工作室', 'mika_topup'],
      letters: [
        { from: 'buyer', at: '2028-06-18 13:05', text: `早上 10:00 付款的空月祝福代儲（訂單 ${O11}），UID 8****1203，賣場寫付款後 2 小時內完成，現在已經 3 小時了還沒到。` },
        { from: 'buyer', at: '2028-06-18 19:40', text: '一整天都不回？再不處理我就去場外休憩區發文公審你，騙子賣場。' },
        { from: 'merchant', at: '2028-06-18 20:55', text: `抱歉現在才回，我們的代儲管道今天一早被官方暫停，${O11} 一直沒辦法儲值，是我們的問題。` },
        { from: 'merchant', at: '2028-06-18 20:56', text: '請直接在平台申請延遲發貨退款，我會同意，全額退 NT$159。' },
      ],
    },
    key_phrases: [O11, '發文公審你，騙子賣場', '全額退 NT$159'],
  },

  // ── 12 b34-tw-beanfun-partial: not_received (1000 of 2500), ready/weak + refund-partial ───
  {
    name: 'b34-beanfun-history', case: 'b34-tw-beanfun-partial', file: '螢幕擷取畫面 2028-06-20 103012.png', split: B, kind: 'other',
    style: 'beanfun-redeem', device: 'desktop-1366x768', mode: 'history', user: 'sora****', balance: '1,500 點', account: '帳號：sora****@gmail.com',
    history: {
      range: '查詢期間：2028/06/13 ～ 2028/06/20',
      rows: [['2028/06/19 20:26', '樂點卡序號儲值', '+500', '儲值成功'], ['2028/06/19 20:25', '樂點卡序號儲值', '+500', '儲值成功'], ['2028/06/19 20:24', '樂點卡序號儲值', '+500', '儲值成功']],
      notes: ['僅顯示近 30 天之儲值紀錄。'],
    },
    key_phrases: ['樂點卡序號儲值', '1,500 點'],
  },
  {
    name: 'b34-line-partial', case: 'b34-tw-beanfun-partial', file: 'Screenshot_20280620-104455.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '10:44', battery: 73, title: '速卡批發', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '6月19日(週一)' },
      { from: 'buyer', read: true, text: `訂單 ${O12} 買了 5 張樂點卡 500 點，只收到 3 組序號，已經儲值了，另外 2 組一直沒收到` },
      { from: 'time', text: '今天' },
      { from: 'merchant', name: '速卡批發', text: '您好，查了一下，这单上游只出了3张，剩下2张500点的卡缺货，暂时发不了。' },
      { from: 'merchant', name: '速卡批發', text: '没发的2张我们同意退款，您在平台申请退款时金额填 1000 元就可以。' },
      { from: 'buyer', read: true, text: '好，那我申請退 1000 元' },
    ],
    key_phrases: [O12, '剩下2张500点的卡缺货', '金额填 1000 元'],
  },

  // ── 13 b34-hk-octopus-steam-noreply: not_received, ready/weak + chat-no-reply ──────────────
  {
    name: 'b34-octopus-steam', case: 'b34-hk-octopus-steam-noreply', file: 'Screenshot_20280621-113112.png', split: B,
    style: 'octopus-record', device: 'android-1080x2400', clock: '11:31', battery: 68, badge: '銅', badgeColor: '#5F3DC4',
    record: {
      merchant: '銅鑼灣卡鋪 CWB Cards', amount: '-HK$150.00', status: '成功 Successful', tone: 'ok',
      rows: [['日期及時間 Date & time', '2028-06-21 11:30:07'], ['交易編號 Transaction no.', 'OP-2806211130-07755'], ['付款方式 Payment method', '八達通錢包 Octopus Wallet'], ['商戶參考編號 Merchant ref.', O13], ['備註 Remarks', 'Steam Wallet HK$150 code']],
    },
    key_phrases: [O13, '-HK$150.00', 'Steam Wallet HK$150'],
  },
  {
    name: 'b34-whatsapp-noreply', case: 'b34-hk-octopus-steam-noreply', file: 'IMG_6630.PNG', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', clock: '08:47', battery: 80, title: '銅鑼灣卡鋪 CWB Cards', subtitle: '商業帳戶',
    messages: [
      { from: 'time', text: '6月21日 星期三' },
      { from: 'buyer', at: '11:42', text: `Hello，訂單 ${O13}，11:30 用八達通 app 俾咗 HK$150 買 Steam Wallet code，未收到 code，麻煩 check 下` },
      { from: 'time', text: '6月22日 星期四' },
      { from: 'buyer', at: '10:05', text: '成日喇仲未有 code，有冇人覆一覆？' },
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '08:40', text: `第三次 message：${O13} 到而家都冇 code，冇人覆嘅話我就喺平台申請退款` },
    ],
    key_phrases: [O13, '都冇 code', '有冇人覆一覆'],
  },

  // ── 14 b34-hk-hktvmall-wrong-norefund: wrong_purchase, not-ready (policy-no-refund, deadline-near) ─
  {
    name: 'b34-hktvmall-eshop-us', case: 'b34-hk-hktvmall-wrong-norefund', file: 'IMG_3902.PNG', split: B,
    style: 'hktvmall-order', device: 'iphone-1170x2532', clock: '20:21', battery: 44,
    order: {
      number: O14, date: '2028-06-24 20:17', steps: ['已確認 Confirmed', '處理中 Processing', '已發送 Sent', '已完成 Completed'], step: 2, merchant: '遊戲卡專門店 PlayCard HK',
      items: [['Nintendo eShop 禮品卡 US$20（美國帳戶適用）電子換領券', 'HK$168', '1']],
      voucher: ['電子換領券 e-Voucher：已發送 Sent', '換領碼已存入「我的電子換領券」'],
      rows: [['貨品小計 Subtotal', 'HK$168.00'], ['付款方式 Payment', 'AlipayHK']], total: 'HK$168.00',
      note: ['電子換領券一經發出，除貨品有問題外，不設退款、換貨或取消。', 'Once issued, e-Vouchers cannot be returned, exchanged or cancelled unless defective.'],
      buttons: ['聯絡商戶 Contact Merchant'],
    },
    key_phrases: [O14, '不設退款、換貨或取消', '美國帳戶適用'],
  },
  {
    name: 'b34-messenger-eshop-us', case: 'b34-hk-hktvmall-wrong-norefund', file: 'IMG_3905.PNG', split: B,
    style: 'messenger', device: 'iphone-1170x2532', clock: '20:40', battery: 41, title: '遊戲卡專門店 PlayCard HK', subtitle: 'Active now', merchantAvatar: ['P', '#E8590C'],
    messages: [
      { from: 'time', text: '今天 20:24' },
      { from: 'buyer', text: `我頭先買錯咗，${O14} 係美國 eShop 卡，我部 Switch 係香港帳戶用唔到，可唔可以取消退款？code 我未用過` },
      { from: 'merchant', text: '唔好意思，換領碼已經發咗出嚟，貨品頁同訂單都寫明電子換領券一經發出唔設退換，張卡本身冇問題，所以退唔到款' },
      { from: 'buyer', text: '咁我自己喺平台申請買錯退款試下' },
    ],
    key_phrases: [O14, '係美國 eShop 卡', '所以退唔到款'],
  },
];
