// The fortieth blind end-to-end set (fixtures/blind40/): 14 cases written by a helper (branch b40),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind40'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is Traditional Chinese buyers in Taiwan and Hong Kong
// (8591-like trading site, 露天, 蝦皮, MyCard, GASH, Carousell, LINE / WhatsApp / Telegram chats with
// sellers, 7-11 ibon codes, 轉數快, AlipayHK), Cantonese and some English mixed in. Six new app
// styles: `line-desktop` (LINE for PC), `ecpay-payinfo` (a 綠界科技 ECPay payment-information page:
// 超商代碼 / ATM), `hk-fps-transfer` (a Hong Kong bank app's 轉數快 result), `alipayhk-record` (an
// AlipayHK transaction detail), `shopee-refund-form` (蝦皮 申請退貨/退款) and `t8591-service` (the
// trading site's 客服中心 question page).
// Render with `node scripts/real/render.mjs --set blind40`, then
// `node scripts/real/copy-cases.mjs --set blind40`. The set is judged once, at the end: do not tune on it.
const B = 'blind40';

const O1 = 'T2806142005318'; // trading site: T + 13 digits
const O2 = 'KS28061611582037'; // shop order (ECPay 特店訂單編號): KS + 14 digits
const O2t = '2806161158412763'; // ECPay's own trade number beside it (16 digits)
const O3 = 'DX2806201154'; // Hong Kong shop: 2 letters + 10 digits
const O4 = '280621H3KX9QWD'; // 蝦皮: date + 8 letters and digits
const O5 = 'PH2806221905337'; // PH + 13 digits
const O5t = '2028062221001004530261847712'; // AlipayHK 交易號, 28 digits
const O6 = '28062421024417'; // 露天: 14 digits
const O7 = 'WK2806241030'; // this order (24 June)
const O7b = 'WK2806170912'; // the buyer's earlier order (17 June), the one the chat is about
const O8 = 'T2806252210446';
const O9 = 'GP28062614220915'; // GP + 14 digits
const O9t = '2806261422587301';
const O10 = '280627V8MNQ2TC';
const O11 = 'KN-2806-2915'; // hyphenated
const O11t = '2028062922001004530277619034';
const O12 = '28070110052276';
const O13 = 'T2807021300127';
const O14 = 'CR2807042010583';
const O14t = '2028070422001004530281150467';

const SRC = {
  disabled: 'a redeem-code error map: "CODE_DISABLED: \'此兌換碼已被禁用\'" (public GitHub TypeScript file, find_string id 34077026184)',
  notFound: 'the same map: "CODE_NOT_FOUND: \'兌換碼不存在\'" (public GitHub TypeScript file, find_string id 34077026184)',
  voided: 'a voucher POS error table: "`ERV0006` | 序號已作廢" (public GitHub Markdown file, find_string id 52698818932)',
  otherAcct: 'an activation-code API: "此啟用碼剛剛已被其他帳號兌換" (public GitHub TypeScript file, find_string id 61934208517)',
  licExpired: 'a licence dialog\'s translation table: "Your license has expired, please enter a new serial number": "授權已到期，請輸入新序號" (public GitHub Python file, find_string id 56107000590)',
  steamDup: 'the ArchiSteamFarm zh-TW FAQ\'s status table: "DuplicateActivationCode | 所提供的產品序號已被其他帳號兌換過，或已被開發人員／發行者撤銷。" (public GitHub Markdown file, find_string id 42536261858), put in the Steam client\'s activation dialog',
  cvsCode: 'a payment SDK\'s type list: "PaymentTypeCVSCVS convenience store payment code (超商代碼繳款)" (public GitHub Go file, find_string id 27371683086), as the 付款方式 label',
  paidState: 'a payment plugin\'s trade states: "\'0\'; // 信用審查正常或取號成功" and "\'1\'; // 已付款." (public GitHub PHP file, find_string id 21215755346), as the page\'s state word 已付款',
  refundReasons: 'a return form\'s reasons: "{ value: \'NOT_AS_DESCRIBED\', label: \'與商品描述不符\', hint: \'實物與頁面說明不同\' }" and "label: \'商品瑕疵或損壞\', hint: \'收到時已經有問題\'" (public GitHub TypeScript file, find_string id 59917278804)',
  fps: 'a Hong Kong checkout\'s method list: "{ id: \\"fps\\", label: { en: \\"FPS (轉數快)\\", zh: \\"轉數快 FPS\\" } … { id: \\"alipayhk\\", label: { en: \\"AlipayHK\\", zh: \\"支付寶香港\\" }" (public GitHub TypeScript file, find_string id 71304828775), as the 轉數快 FPS label',
};

export default [
  // ── 1 b40-tw-8591-mycard-disabled: card_invalid, ready ────────────────────────────────────
  {
    name: 'b40-mycard-disabled', case: 'b40-tw-8591-mycard-disabled', file: '螢幕擷取畫面 2028-06-14 201305.png', split: B,
    style: 'mycard-redeem', device: 'desktop-1366x768', lang: 'zh-Hant',
    redeem: {
      member: 'lin****25', account: 'lin****25', cardNo: 'MCTW****5823', cardPwd: 'Q8****K2LM',
      result: { tone: 'bad', title: '儲值失敗', text: '此兌換碼已被禁用', time: '2028/06/14 20:12:48' },
    },
    corpus: [SRC.disabled],
    key_phrases: ['此兌換碼已被禁用', '2028/06/14 20:12:48'],
  },
  {
    name: 'b40-trade-mycard-card', case: 'b40-tw-8591-mycard-disabled', file: 'Screenshot_20280614-204455.png', split: B,
    style: 't8591-trade', device: 'android-1080x2400', clock: '20:44', battery: 61, brand: '寶易通',
    trade: {
      tone: 'info',
      rows: [['交易編號', O1], ['商品', 'MyCard 1150點 點數卡 序號+密碼 即時移交'], ['類別', '點數卡'], ['金額', 'NT$1,100'], ['交易狀態', '已移交', 'status'], ['付款時間', '2028/06/14 20:05'], ['賣家移交', '2028/06/14 20:07']],
      desc: ['官方正卡，移交後請立即儲值，如有問題請於24小時內在交易留言回報。'],
    },
    key_phrases: [O1, 'NT$1,100', '已移交'],
  },
  {
    name: 'b40-trade-mycard-msgs', case: 'b40-tw-8591-mycard-disabled', file: 'Screenshot_20280614-204512.png', split: B,
    style: 't8591-trade', kind: 'chat', device: 'android-1080x2400', clock: '20:45', battery: 61, brand: '寶易通', compact: true,
    trade: { id: O1, title: 'MyCard 1150點 點數卡', status: '已移交', tone: 'info' },
    messages: [
      { from: 'merchant', name: 'kaka_card', at: '06/14 20:07', text: '序號：MCTW****5823\n密碼：Q8****K2LM\n請盡快儲值，謝謝' },
      { from: 'buyer', name: '阿霖', at: '06/14 20:15', text: `您好，剛剛到 MyCard 儲值，顯示「儲值失敗 此兌換碼已被禁用」，這組我只輸入過這一次，截圖已附上。交易編號 ${O1}` },
      { from: 'merchant', name: 'kaka_card', at: '06/14 20:41', text: '抱歉，查過了，這批卡是上游退款的卡，被 MyCard 停用，不是你操作的問題。我手上沒有1150點可以補，請直接在交易頁按申請退款，我這邊按同意就好。' },
      { from: 'buyer', name: '阿霖', at: '06/14 20:44', text: '好，我去申請，謝謝。' },
    ],
    corpus: [SRC.disabled],
    key_phrases: [O1, '此兌換碼已被禁用', '我這邊按同意就好'],
  },

  // ── 2 b40-tw-ecpay-ibon-nr: not_received, ready ───────────────────────────────────────────
  {
    name: 'b40-ecpay-ibon-paid', case: 'b40-tw-ecpay-ibon-nr', file: 'IMG_3381.PNG', split: B,
    style: 'ecpay-payinfo', device: 'iphone-1170x2532', clock: '14:02', battery: 47,
    pay: {
      shop: '卡神小舖 KaShen', status: '已付款', tone: 'ok', amount: 'NT$1,050',
      codeLabel: '繳費代碼（7-ELEVEN ibon）', code: 'LLL2806161187', deadline: '繳費期限 2028/06/19 23:59',
      rows: [['特店訂單編號', O2], ['綠界交易編號', O2t], ['商品名稱', 'Steam 錢包序號 NT$1,000（台灣區）'], ['付款方式', '超商代碼繳款'], ['付款時間', '2028/06/16 12:41:09']],
      notes: ['付款完成後，商品由特約商店提供；商品或出貨問題請洽詢特約商店。'],
    },
    corpus: [SRC.cvsCode, SRC.paidState],
    key_phrases: [O2, '已付款', '超商代碼繳款', 'NT$1,050'],
  },
  {
    name: 'b40-linepc-ibon-stock', case: 'b40-tw-ecpay-ibon-nr', file: '螢幕擷取畫面 2028-06-17 102031.png', split: B,
    style: 'line-desktop', device: 'desktop-1366x768', title: '卡神小舖 KaShen',
    chats: [['卡神小舖 KaShen', '請直接在訂單頁按「申請退款」…', '10:12'], ['媽媽', '晚上回來吃飯嗎', '09:40'], ['公司同事群組(14)', 'Amy: 會議改到兩點', '昨天'], ['阿凱', '傳送了貼圖', '6/15']],
    messages: [
      { from: 'time', text: '6/16(週五)' },
      { from: 'buyer', at: '14:10', text: `你好，我的訂單 ${O2} 中午 12:41 已經在 7-11 ibon 繳費完成，綠界也顯示已付款，但網站還是「待出貨」，序號沒收到。` },
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '09:31', text: '請問 Steam 1000 的序號什麼時候會寄？已經過一天了' },
      { from: 'merchant', at: '10:12', text: '抱歉晚回覆！Steam 1000 元的卡目前缺貨，上游說這週補不到，所以您的訂單沒辦法出貨。' },
      { from: 'merchant', at: '10:12', text: '請直接在訂單頁按「申請退款」，我們收到申請就會通過，款項會退到您提供的帳戶。' },
      { from: 'buyer', at: '10:19', text: '好的，我現在去申請。' },
    ],
    key_phrases: [O2, '沒辦法出貨', '收到申請就會通過'],
  },

  // ── 3 b40-hk-fps-late: late_delivery, ready ──────────────────────────────────────────────
  {
    name: 'b40-fps-dx-paid', case: 'b40-hk-fps-late', file: 'IMG_5120.PNG', split: B,
    style: 'hk-fps-transfer', device: 'iphone-1170x2532', clock: '11:55', battery: 83, bank: '海港銀行', color: '#0B6E4F',
    fps: {
      amount: 'HK$688.00',
      rows: [['收款人', 'DIAMOND EXPRESS HK'], ['FPS 識別碼', '1688****'], ['付款戶口', '儲蓄 ****-***-2731'], ['交易參考編號', 'FRN20280620114733951'], ['備註', O3], ['日期及時間', '2028年6月20日 11:54']],
    },
    corpus: [SRC.fps],
    key_phrases: ['HK$688.00', O3, '2028年6月20日 11:54'],
  },
  {
    name: 'b40-order-dx-processing', case: 'b40-hk-fps-late', file: 'IMG_5133.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '15:12', battery: 61, shop: 'Diamond Express HK', accent: '#0B6E4F',
    order: {
      query: O3, statusTone: 'wait',
      rows: [['訂單編號', O3], ['商品名稱', '崩壞：星穹鐵道 古老夢華 6480+1600 UID直充'], ['實付金額', 'HK$688.00'], ['付款方式', '轉數快 FPS'], ['訂單狀態', '處理中', 'status'], ['付款時間', '2028-06-20 11:54:21']],
      noteTitle: '購買須知', note: ['轉數快付款後30分鐘內完成直充，請填寫正確 UID 及伺服器。'],
    },
    corpus: [SRC.fps],
    key_phrases: [O3, '處理中', '30分鐘內完成直充'],
  },
  {
    name: 'b40-wa-dx-late', case: 'b40-hk-fps-late', file: 'IMG-20280620-WA0004.jpg', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', degrade: ['forward'], clock: '17:06', battery: 38, title: 'Diamond Express HK', subtitle: 'business account',
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '12:40', text: `Hi，我 11:54 用轉數快俾咗 HK$688，單號 ${O3}，UID 已經填咗。你哋寫 30 分鐘內到帳，而家 45 分鐘都未見古老夢華` },
      { from: 'merchant', at: '12:52', text: 'Sorry 而家 queue 有啲多，請等等' },
      { from: 'buyer', at: '15:10', text: '三個幾鐘都未到帳，order 仲係「處理中」，到底幾時充？' },
      { from: 'merchant', at: '17:02', text: `唔好意思，我哋上游嘅充值系統今日壞咗，${O3} 一直未充到，今日都充唔到。可以幫你全額退返 HK$688，你喺網站張單度申請退款，我哋收到就會 approve。` },
      { from: 'buyer', at: '17:05', text: 'OK，咁我申請退款。' },
    ],
    key_phrases: [O3, '30 分鐘內到帳', '我哋收到就會 approve'],
  },

  // ── 4 b40-tw-shopee-return: card_invalid, request: return (reverse) ──────────────────────
  {
    name: 'b40-mycard-notfound', case: 'b40-tw-shopee-return', file: 'Screenshot_20280621-133402.png', split: B,
    style: 'mycard-redeem', device: 'android-1080x2400', lang: 'zh-Hant', clock: '13:34', battery: 72,
    redeem: {
      member: 'wu****mei', account: 'wu****mei', cardNo: 'MCTW****1947', cardPwd: 'H3****7QPA',
      result: { tone: 'bad', title: '儲值失敗', text: '兌換碼不存在', time: '2028/06/21 13:33:51' },
    },
    corpus: [SRC.notFound],
    key_phrases: ['兌換碼不存在', '2028/06/21 13:33:51'],
  },
  {
    name: 'b40-shopee-chat-return', case: 'b40-tw-shopee-return', file: 'Screenshot_20280621-141820.png', split: B,
    style: 'shopee-chat', device: 'android-1080x2400', clock: '14:18', battery: 66, title: '點卡便利站',
    pin: { title: 'MyCard 500點 點數卡 序號+密碼（聊聊自動發送）', order: `訂單編號 ${O4}`, price: '$490', status: '已完成' },
    messages: [
      { from: 'time', text: '今天 13:21' },
      { from: 'merchant', at: '13:21', text: '【自動發貨】MyCard 500點\n序號 MCTW****1947\n密碼 H3****7QPA' },
      { from: 'buyer', at: '13:36', text: '你好，這組儲值顯示「兌換碼不存在」，序號密碼是直接複製貼上的，截圖如附' },
      { from: 'merchant', at: '14:02', text: '查了一下，這組是上游給錯的卡號，確實無效，抱歉。可以申請退款。' },
      { from: 'buyer', at: '14:10', text: '好，那我申請退貨退款，序號退還給你們' },
      { from: 'merchant', at: '14:12', text: '好的' },
    ],
    corpus: [SRC.notFound],
    key_phrases: [O4, '兌換碼不存在', '申請退貨退款'],
  },
  {
    name: 'b40-shopee-form-return', case: 'b40-tw-shopee-return', file: 'Screenshot_20280621-142533.png', split: B,
    style: 'shopee-refund-form', device: 'android-1080x2400', clock: '14:25', battery: 65,
    form: {
      product: 'MyCard 500點 點數卡 序號+密碼（聊聊自動發送）', variation: '規格：500點', price: '$490 ×1', order: O4,
      option: 'return', reason: '商品瑕疵或損壞', hint: '收到時已經有問題', amount: '$490',
      text: '序號儲值顯示「兌換碼不存在」，賣家已確認是無效卡。申請退貨退款，序號密碼退還給賣家。', photos: 2, to: '信用卡/金融卡（原付款方式）',
    },
    corpus: [SRC.refundReasons],
    key_phrases: [O4, '我要退貨退款', '商品瑕疵或損壞'],
  },

  // ── 5 b40-hk-tg-alipayhk-private: not_received, ready/weak + private-channel ──────────────
  {
    name: 'b40-alipayhk-pointhk', case: 'b40-hk-tg-alipayhk-private', file: 'IMG_7702.PNG', split: B,
    style: 'alipayhk-record', device: 'iphone-1170x2532', clock: '19:06', battery: 55,
    record: {
      merchant: 'PointHK Limited', amount: '-HK$390.00', logoColor: '#7048E8',
      rows: [['付款方式', '餘額'], ['商品說明', 'Apple Gift Card HK$400'], ['交易時間', '2028-06-22 19:05:44'], ['交易號', O5t], ['商戶訂單號', O5]],
    },
    key_phrases: [O5, '-HK$390.00', '交易成功'],
  },
  {
    name: 'b40-tg-pointhk-private', case: 'b40-hk-tg-alipayhk-private', file: 'IMG_7745.PNG', split: B,
    style: 'telegram', dark: true, device: 'iphone-1170x2532', clock: '10:31', battery: 71, title: 'PointHK 客服', subtitle: '最近上線',
    messages: [
      { from: 'time', text: '6月22日' },
      { from: 'buyer', at: '19:38', text: `你好，我 19:05 用 AlipayHK 俾咗錢，單號 ${O5}，網站寫即時發 code，到而家都未收到 Apple Gift Card` },
      { from: 'time', text: '今日' },
      { from: 'merchant', at: '10:15', text: 'Sorry，HK$400 Apple card 斷咗貨，呢幾日都冇貨。' },
      { from: 'merchant', at: '10:16', text: '你唔好喺網站申請退款啦，會影響我哋評分。俾個電話我，我私下用 AlipayHK 轉返 HK$390 俾你，再補多 HK$20，今晚搞掂。' },
      { from: 'buyer', at: '10:29', text: '唔使喇，我照網站程序申請退款，你喺網站批就得。' },
    ],
    key_phrases: [O5, '我私下用 AlipayHK 轉返 HK$390 俾你', '照網站程序申請退款'],
  },

  // ── 6 b40-tw-linepc-wrong-near: wrong_purchase, ready/weak + deadline-near ────────────────
  {
    name: 'b40-ruten-nso-pending', case: 'b40-tw-linepc-wrong-near', file: '螢幕擷取畫面 2028-06-24 210524.png', split: B,
    style: 'ruten-order', device: 'desktop-1366x768', member: 'yu_ting88',
    order: {
      id: O6, time: '2028/06/24 21:02', status: '待出貨', tone: 'wait', seller: '任天小鋪（nsshop_tw）',
      items: [['Nintendo Switch Online 12個月 個人方案 序號（台灣/香港帳號適用）', '規格：個人方案 12個月', '1', '$590']], total: '$590',
      rows: [['付款方式', 'LINE Pay'], ['付款時間', '2028/06/24 21:02'], ['出貨時間', '—'], ['取貨方式', '虛擬商品（免運送）']],
      notes: ['序號發送前可取消訂單並全額退款；序號一經發送，不接受退換。'],
    },
    key_phrases: [O6, '$590', '待出貨', '序號發送前可取消訂單並全額退款'],
  },
  {
    name: 'b40-linepc-nso-cancel', case: 'b40-tw-linepc-wrong-near', file: '螢幕擷取畫面 2028-06-24 213318.png', split: B,
    style: 'line-desktop', device: 'desktop-1366x768', title: '任天小鋪',
    chats: [['任天小鋪', '好的，我現在去申請，謝謝！', '21:16'], ['羽毛球週三團', '小陳: 場地訂好了', '20:48'], ['姊姊', '明天幾點到？', '19:02'], ['全家便利商店', '本週會員獨享優惠', '6/23']],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '21:08', text: `老闆你好，我剛剛在露天下單 ${O6}，買成個人方案了，我要的是家庭方案。個人的序號先不要發，可以取消退款嗎？` },
      { from: 'merchant', at: '21:14', text: '收到，序號我還沒傳給你，幫你保留不寄。請直接在露天按「取消訂單」申請退款，我這邊會按確認取消。家庭方案的話請另外下單。' },
      { from: 'buyer', at: '21:16', text: '好的，我現在去申請，謝謝！' },
    ],
    key_phrases: [O6, '序號我還沒傳給你', '我這邊會按確認取消'],
  },

  // ── 7 b40-hk-wadesk-other-order: activation_failed, reverse: the chat is about another order ─
  {
    name: 'b40-msgbox-framecut-photo', case: 'b40-hk-wadesk-other-order', file: 'IMG_20280624_211406.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.5, focus: [0.47, 0.36], clock: '21:13', date: '2028/6/24', winX: 620, winY: 220,
    app: { title: 'FrameCut 2028', color: '#7048E8', heading: '啟用軟件', button: '啟用', fields: [['電郵', 'ka****@gmail.com'], ['啟用碼', 'FC28-****-****-7Q4M']], version: '版本 28.0.2 · 試用版（尚餘 7 日）' },
    box: { title: 'FrameCut', icon: 'error', text: '此啟用碼剛剛已被其他帳號兌換', buttons: ['確定'] },
    corpus: [SRC.otherAcct],
    key_phrases: ['此啟用碼剛剛已被其他帳號兌換'],
  },
  {
    name: 'b40-order-framecut', case: 'b40-hk-wadesk-other-order', file: 'IMG_2231.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '21:15', battery: 44, shop: 'KeyBay HK 軟件鋪', accent: '#7048E8',
    order: {
      query: O7, statusTone: 'ok',
      rows: [['訂單編號', O7], ['商品名稱', 'FrameCut 影格剪輯 2028 永久啟用碼（1部電腦）'], ['實付金額', 'HK$168.00'], ['付款方式', 'PayMe'], ['訂單狀態', '已發貨', 'status'], ['付款時間', '2028-06-24 10:30:12'], ['發貨時間', '2028-06-24 10:31:05']],
      code: '啟用碼 FC28-****-****-7Q4M',
    },
    key_phrases: [O7, 'HK$168.00', '已發貨'],
  },
  {
    name: 'b40-wadesk-framecut-old', case: 'b40-hk-wadesk-other-order', file: 'Screenshot 2028-06-24 213020.png', split: B,
    style: 'whatsapp-desktop', device: 'desktop-1366x768', title: 'KeyBay HK 軟件鋪', subtitle: 'business account',
    chats: [['KeyBay HK 軟件鋪', '你係咪換咗電腦？', '21:26'], ['阿媽', '聽日飲茶', '20:11'], ['Team Lunch 🍜', 'Ivan: 11:45 lobby', '18:32'], ['HKTVmall', '你的訂單已送達', '昨天']],
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', at: '21:18', text: `Hi，我張單 ${O7b} 個 FrameCut 啟用碼啱啱用唔到，彈「此啟用碼剛剛已被其他帳號兌換」，可唔可以幫我睇睇？` },
      { from: 'merchant', at: '21:26', text: `${O7b} 係 6月17號嗰張單，個啟用碼 17號當日已經喺你部機啟用咗，系統見到綁定咗你個電郵。你係咪換咗電腦？` },
      { from: 'buyer', at: '21:29', text: '係呀，換咗新 laptop，咁我申請退款先。' },
    ],
    corpus: [SRC.otherAcct],
    key_phrases: [O7b, '6月17號嗰張單'],
  },

  // ── 8 b40-tw-8591-gash-passed: card_invalid, reverse: 40 h 48 min after delivery ──────────
  {
    name: 'b40-gash-voided-dark', case: 'b40-tw-8591-gash-passed', file: 'Screenshot_20280627-094108.png', split: B,
    style: 'gash-redeem', device: 'android-1080x2400', dark: true, clock: '09:41', battery: 88,
    redeem: {
      member: 'hsu****31',
      fields: [['會員帳號', 'hsu****31'], ['點數卡序號', 'GT28-****-2207'], ['點數卡密碼', '****-R5NC'], ['驗證碼', '6093']],
      result: { tone: 'bad', text: '序號已作廢', rows: [['序號', 'GT28-****-2207'], ['時間', '2028/06/27 09:40']] },
    },
    corpus: [SRC.voided],
    key_phrases: ['序號已作廢', '2028/06/27 09:40'],
  },
  {
    name: 'b40-trade-gash-card', case: 'b40-tw-8591-gash-passed', file: 'Screenshot_20280627-094530.png', split: B,
    style: 't8591-trade', device: 'android-1080x2400', clock: '09:45', battery: 87, brand: '寶易通',
    trade: {
      tone: 'ok',
      rows: [['交易編號', O8], ['商品', 'GASH 點數卡 1000點 序號+密碼'], ['類別', '點數卡'], ['金額', 'NT$990'], ['交易狀態', '交易完成', 'status'], ['付款時間', '2028/06/25 22:10'], ['賣家移交', '2028/06/25 22:12']],
      desc: ['點數卡移交後請於24小時內儲值並回報問題，逾時恕不受理。'],
    },
    key_phrases: [O8, 'NT$990', '交易完成', '24小時內儲值並回報問題'],
  },
  {
    name: 'b40-service-gash-late', case: 'b40-tw-8591-gash-passed', file: '螢幕擷取畫面 2028-06-27 150218.png', split: B,
    style: 't8591-service', device: 'desktop-1366x768', brand: '寶易通 寶物交易網',
    ticket: {
      subject: 'GASH 點數卡儲值顯示序號已作廢', status: '已回覆', tone: 'ok',
      rows: [['問題編號', 'Q28062709521'], ['問題類型', '交易糾紛'], ['相關交易編號', O8], ['提問時間', '2028/06/27 09:52']],
    },
    messages: [
      { from: 'buyer', name: '小許', at: '2028/06/27 09:52', text: `6/25 晚上買的 GASH 1000 點（交易編號 ${O8}），今天早上第一次儲值就顯示「序號已作廢」，賣家一直沒回，請客服協助退款。` },
      { from: 'system', name: '小安', at: '2028/06/27 14:36', text: '您好，經查賣家已於 2028/06/25 22:12 移交序號。依商品說明，點數卡須於移交後24小時內儲值並回報問題，本交易已超過回報期限，平台無法為您辦理退款，建議您與賣家協商。' },
    ],
    corpus: [SRC.voided],
    key_phrases: [O8, '序號已作廢', '已超過回報期限'],
  },

  // ── 9 b40-tw-linepc-noreply: not_received, ready/weak + chat-no-reply ─────────────────────
  {
    name: 'b40-ecpay-atm-paid', case: 'b40-tw-linepc-noreply', file: '螢幕擷取畫面 2028-06-26 143912.png', split: B,
    style: 'ecpay-payinfo', device: 'desktop-1366x768',
    pay: {
      shop: '小胖點數 XiaoPang', status: '已付款', tone: 'ok', amount: 'NT$500',
      codeLabel: '轉帳帳號（銀行代碼 812）', code: '9921 **** **** 4417',
      rows: [['特店訂單編號', O9], ['綠界交易編號', O9t], ['商品名稱', 'Google Play 禮物卡 NT$500 序號（台灣）'], ['付款方式', 'ATM 轉帳'], ['付款時間', '2028/06/26 14:37:26']],
    },
    corpus: [SRC.paidState],
    key_phrases: [O9, '已付款', 'NT$500'],
  },
  {
    name: 'b40-linepc-gp-noreply', case: 'b40-tw-linepc-noreply', file: '螢幕擷取畫面 2028-06-28 085512.png', split: B,
    style: 'line-desktop', device: 'desktop-1920x1080', dark: true, title: '小胖點數 XiaoPang',
    chats: [['小胖點數 XiaoPang', '到現在還是沒有序號也沒有回覆…', '08:50'], ['大學同學會', 'Kevin: 週六見', '昨天'], ['爸爸', '颱風天記得關窗', '6/26'], ['LINE 購物', '限時回饋 10%', '6/25']],
    messages: [
      { from: 'time', text: '6/26(週一)' },
      { from: 'buyer', at: '15:20', text: `您好，訂單 ${O9} 下午 14:37 已經用 ATM 轉帳付款，綠界顯示已付款，請問 Google Play 序號什麼時候會傳？` },
      { from: 'time', text: '6/27(週二)' },
      { from: 'buyer', at: '10:05', text: `您好？已經快一天了，序號還是沒收到，訂單 ${O9}。` },
      { from: 'buyer', at: '21:30', text: '訊息都已讀了，麻煩回覆一下。沒辦法出貨的話，我會在網站申請退款。' },
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '08:50', text: '到現在還是沒有序號也沒有回覆，我今天申請退款。' },
    ],
    key_phrases: [O9, '序號還是沒收到', '沒有回覆'],
  },

  // ── 10 b40-tw-shopee-nad: not_as_described, ready ─────────────────────────────────────────
  {
    name: 'b40-shopee-order-xgpu', case: 'b40-tw-shopee-nad', file: 'IMG_0912.PNG', split: B,
    style: 'shopee-order', device: 'iphone-1170x2532', clock: '12:20', battery: 64,
    order: {
      tone: 'ok', status: '訂單已完成', statusSub: '序號已於 2028/06/27 19:33 透過聊聊發送',
      shop: 'XB玩家小舖', product: 'Xbox Game Pass Ultimate 3個月 序號（全區）主機+PC 皆可用', variation: '規格：Ultimate 3個月', price: '$899',
      rows: [['訂單編號', O10], ['付款方式', '信用卡/金融卡'], ['訂單成立時間', '2028-06-27 19:29'], ['付款時間', '2028-06-27 19:30'], ['訂單完成時間', '2028-06-27 19:33']],
      noteTitle: '商品說明', note: ['Ultimate 方案：Xbox 主機與 PC 皆可遊玩，含 EA Play 與雲端遊戲。序號兌換後為 3 個月 Ultimate 會員。'],
      buttons: ['聯絡賣家', '申請退貨/退款'],
    },
    key_phrases: [O10, '$899', '訂單已完成', 'Xbox 主機與 PC 皆可遊玩'],
  },
  {
    name: 'b40-shopee-chat-xgpu', case: 'b40-tw-shopee-nad', file: 'IMG_0915.PNG', split: B,
    style: 'shopee-chat', device: 'iphone-1170x2532', degrade: ['crop:140'], clock: '12:09', battery: 63, title: 'XB玩家小舖',
    pin: { title: 'Xbox Game Pass Ultimate 3個月 序號（全區）', order: `訂單編號 ${O10}`, price: '$899', status: '已完成' },
    messages: [
      { from: 'time', text: '06/27 19:33' },
      { from: 'merchant', at: '19:33', text: '【序號】Xbox Game Pass Ultimate 3個月\nXGPU-****-****-8KQ2' },
      { from: 'time', text: '今天 11:42' },
      { from: 'buyer', at: '11:42', text: '你好，序號兌換後帳號顯示的是「PC Game Pass」3 個月，不是 Ultimate，主機上不能玩、也沒有雲端遊戲，跟商品說明不一樣，截圖如附。' },
      { from: 'merchant', at: '12:05', text: '不好意思，查了一下這批上游給的是 PC Game Pass 的序號，不是 Ultimate，是我們出錯了。你直接申請退款，原因選與商品描述不符，我們會直接接受。' },
      { from: 'buyer', at: '12:08', text: '好的，謝謝' },
    ],
    key_phrases: ['PC Game Pass', '是我們出錯了', '我們會直接接受'],
  },
  {
    name: 'b40-shopee-form-nad', case: 'b40-tw-shopee-nad', file: 'IMG_0918.PNG', split: B,
    style: 'shopee-refund-form', device: 'iphone-1170x2532', clock: '12:31', battery: 62,
    form: {
      product: 'Xbox Game Pass Ultimate 3個月 序號（全區）主機+PC 皆可用', variation: '規格：Ultimate 3個月', price: '$899 ×1', order: O10,
      option: 'refund', reason: '與商品描述不符', hint: '實物與頁面說明不同', amount: '$899',
      text: '賣場寫 Game Pass Ultimate（主機+PC），兌換後只有 PC Game Pass 3 個月，賣家已在聊聊確認出錯。', photos: 2, to: '信用卡/金融卡（原付款方式）',
    },
    corpus: [SRC.refundReasons],
    key_phrases: [O10, '與商品描述不符', '我要退款（無須退貨）'],
  },

  // ── 11 b40-hk-alipayhk-steam-threat: card_invalid, ready/weak + threatening-language ──────
  {
    name: 'b40-steam-dup-key', case: 'b40-hk-alipayhk-steam-threat', file: 'Screenshot 2028-06-29 212204.png', split: B,
    style: 'steam-activate', device: 'desktop-1920x1080', user: 'KAHO_HK', title: '產品啟用', width: 660,
    heading: '無法啟用此產品', code: 'N8R4X-*****-2KQJP',
    lines: ['所提供的產品序號已被其他帳號兌換過，或已被開發人員／發行者撤銷。', '如有疑問，請聯絡售出此產品序號的商家。'],
    buttons: ['< 上一步', '列印', '取消'],
    mark: { text: '已被其他帳號兌換過' },
    corpus: [SRC.steamDup],
    key_phrases: ['所提供的產品序號已被其他帳號兌換過'],
  },
  {
    name: 'b40-alipayhk-keynest', case: 'b40-hk-alipayhk-steam-threat', file: 'IMG_8120.PNG', split: B,
    style: 'alipayhk-record', device: 'iphone-1170x2532', lang: 'en', clock: '21:16', battery: 39,
    record: {
      merchant: 'KeyNest HK', amount: '-HK$248.00', logoColor: '#1C7ED6',
      rows: [['Payment method', 'AlipayHK Balance'], ['Item', 'Steam key – ELDEN RING NIGHTREIGN (Asia)'], ['Time', '2028-06-29 21:15:02'], ['Transaction No.', O11t], ['Merchant order No.', O11]],
    },
    key_phrases: [O11, '-HK$248.00', 'Successful'],
  },
  {
    name: 'b40-wa-keynest-threat', case: 'b40-hk-alipayhk-steam-threat', file: 'Screenshot_20280630-085512.png', split: B,
    style: 'whatsapp', dark: true, device: 'android-1080x2400', clock: '08:55', battery: 80, title: 'KeyNest HK', subtitle: 'business account',
    messages: [
      { from: 'time', text: '昨天' },
      { from: 'buyer', at: '21:24', text: `我單 ${O11} 個 Steam key 啟動唔到，Steam 話「所提供的產品序號已被其他帳號兌換過」，我第一次輸入，截圖喺度` },
      { from: 'buyer', at: '23:40', text: '喂？兩個鐘都唔覆？你哋班騙子，聽朝再唔退錢，我就喺 Google review 同 IG 寫晒出嚟，等大家知你哋賣二手 key' },
      { from: 'time', text: '今天' },
      { from: 'merchant', at: '08:41', text: '唔好意思夜晚冇人覆。查咗，呢個 key 供應商重複賣咗俾另一位客，責任喺我哋，可以全額退返 HK$248，你喺網站申請退款我哋即刻處理。' },
      { from: 'buyer', at: '08:50', text: 'OK' },
    ],
    corpus: [SRC.steamDup],
    key_phrases: [O11, '你哋班騙子', '責任喺我哋'],
  },

  // ── 12 b40-tw-linepc-licence-expired: activation_failed, ready ────────────────────────────
  {
    name: 'b40-msgbox-moviecraft', case: 'b40-tw-linepc-licence-expired', file: '螢幕擷取畫面 2028-07-01 102214.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '10:22', date: '2028/7/1', winX: 300, winY: 110,
    app: { title: 'MovieCraft Pro 365', color: '#0CA678', heading: '授權啟用', button: '啟用', fields: [['使用者', 'ting****@yahoo.com.tw'], ['產品序號', 'MC36-****-****-W8RT']], version: '版本 15.2.0 · 未啟用' },
    box: { title: 'MovieCraft Pro', icon: 'error', text: '授權已到期，請輸入新序號', buttons: ['確定'] },
    corpus: [SRC.licExpired],
    key_phrases: ['授權已到期，請輸入新序號'],
  },
  {
    name: 'b40-ruten-moviecraft', case: 'b40-tw-linepc-licence-expired', file: 'Screenshot_20280701-102530.png', split: B,
    style: 'ruten-order', device: 'android-1080x2400', clock: '10:25', battery: 91, member: 'ting_0701',
    order: {
      id: O12, time: '2028/07/01 10:03', status: '賣家已出貨', tone: 'info', seller: '軟體王國（softking_tw）',
      items: [['MovieCraft Pro 365 一年授權序號（Windows）', '規格：1年 / 1台電腦', '1', '$1,290']], total: '$1,290',
      rows: [['付款方式', '信用卡一次付清'], ['付款時間', '2028/07/01 10:03'], ['出貨時間', '2028/07/01 10:05'], ['取貨方式', '虛擬商品（免運送）']],
    },
    key_phrases: [O12, '$1,290', '賣家已出貨'],
  },
  {
    name: 'b40-linepc-moviecraft', case: 'b40-tw-linepc-licence-expired', file: '螢幕擷取畫面 2028-07-01 153044.png', split: B,
    style: 'line-desktop', device: 'desktop-1366x768', dark: true, title: '軟體王國 客服',
    chats: [['軟體王國 客服', '好的，我去申請。', '15:20'], ['設計組', 'Mia: 新版 logo 已上傳', '14:58'], ['房東', '本月水電費 1,280', '昨天']],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '10:26', text: `您好，我在露天買的 MovieCraft Pro 365（訂單 ${O12}），輸入序號後跳出「授權已到期，請輸入新序號」，是剛買的序號，截圖如附。` },
      { from: 'merchant', at: '15:12', text: '您好，查過了，這組是去年的庫存序號，一年期已經過了，是我們出錯，很抱歉。目前沒有新的序號可以補。' },
      { from: 'merchant', at: '15:13', text: '請直接在露天申請退款，我們會接受並全額退款。' },
      { from: 'buyer', at: '15:20', text: '好的，我去申請。' },
    ],
    corpus: [SRC.licExpired],
    key_phrases: [O12, '授權已到期，請輸入新序號', '我們會接受並全額退款'],
  },

  // ── 13 b40-tw-8591-wrong-uid: not_received, reverse: the buyer gave a wrong UID ───────────
  {
    name: 'b40-trade-uid-msgs', case: 'b40-tw-8591-wrong-uid', file: 'Screenshot_20280703-093015.png', split: B,
    style: 't8591-trade', kind: 'chat', device: 'android-1080x2400', clock: '09:30', battery: 76, brand: '寶易通', compact: true,
    trade: { id: O13, title: '鳴潮 月相 4920 代儲（UID）', status: '交易完成', tone: 'ok' },
    messages: [
      { from: 'buyer', name: '阿凱', at: '07/02 13:02', text: 'UID：800123457 伺服器：Asia，麻煩了' },
      { from: 'merchant', name: '月光代儲', at: '07/02 13:26', text: '已儲值完成，UID 800123457 月相 4920 已到帳，儲值紀錄截圖在附件，請確認後完成交易。' },
      { from: 'buyer', name: '阿凱', at: '07/02 22:10', text: '我遊戲裡沒有收到月相' },
      { from: 'buyer', name: '阿凱', at: '07/03 09:12', text: '剛剛發現我的 UID 是 800123475，我打錯了最後兩個數字……沒收到，可以退款嗎？' },
      { from: 'merchant', name: '月光代儲', at: '07/03 09:25', text: '我們是照你留言提供的 UID 800123457 儲值的，已經到帳，沒辦法退款，也沒辦法從別人的帳號拿回來。' },
    ],
    key_phrases: [O13, 'UID 800123457', '我打錯了最後兩個數字'],
  },
  {
    name: 'b40-service-uid-closed', case: 'b40-tw-8591-wrong-uid', file: 'S__45023238.jpg', split: B,
    style: 't8591-service', device: 'iphone-1170x2532', degrade: ['fwd:1080:82'], clock: '15:52', battery: 40, brand: '寶易通',
    ticket: {
      subject: '付款後沒有收到月相', status: '已結案', tone: 'done',
      rows: [['問題編號', 'Q28070310117'], ['問題類型', '交易糾紛'], ['相關交易編號', O13], ['提問時間', '2028/07/03 10:11']],
    },
    messages: [
      { from: 'buyer', name: '阿凱', at: '07/03 10:11', text: '代儲的月相沒有到我的帳號，賣家不肯退款，請協助。' },
      { from: 'system', name: '小晴', at: '07/03 15:40', text: '您好，經查賣家已於 2028/07/02 13:26 依您在交易留言提供的 UID 800123457 完成儲值並附上紀錄。您事後表示正確 UID 為 800123475，屬提供資料錯誤，不符合「未收到商品」退款條件，本問題結案。' },
    ],
    key_phrases: [O13, '已結案', '屬提供資料錯誤'],
  },

  // ── 14 b40-hk-carousell-wrong-norefund: wrong_purchase, reverse: code sent, terms exclude ──
  {
    name: 'b40-carousell-apple-region', case: 'b40-hk-carousell-wrong-norefund', file: 'IMG_9034.PNG', split: B,
    style: 'carousell-chat', device: 'iphone-1170x2532', clock: '20:31', battery: 52, lang: 'zh-Hant', title: 'giftcode.hk',
    listing: { title: 'Apple Gift Card HK$300 香港區 即時發 code｜code 發出後恕不接受退款', price: 'HK$285', status: '已付款 · 買家保障', button: '查看訂單' },
    messages: [
      { from: 'time', text: '今日' },
      { from: 'system', text: `你已為訂單 ${O14} 付款 HK$285。` },
      { from: 'merchant', at: '20:12', text: 'Code 已發：XK7P****QW3M\n請喺 App Store 兌換。數碼 code 一經發出，恕不接受退款。' },
      { from: 'buyer', at: '20:28', text: '唔好意思，我買錯咗，我個 Apple ID 係台灣區，用唔到香港區嘅卡。code 我未用過，可唔可以退款？' },
      { from: 'merchant', at: '20:30', text: 'Code 已經發咗俾你，我哋無法確認你有冇用過，listing 寫明發出後恕不接受退款，唔可以退。' },
    ],
    key_phrases: [O14, '恕不接受退款', '我買錯咗'],
  },
  {
    name: 'b40-alipayhk-carousell', case: 'b40-hk-carousell-wrong-norefund', file: 'IMG_9029.PNG', split: B,
    style: 'alipayhk-record', device: 'iphone-1170x2532', dark: true, clock: '20:11', battery: 53,
    record: {
      merchant: 'Carousell', amount: '-HK$285.00', logoColor: '#D2232A',
      rows: [['付款方式', '餘額'], ['商品說明', 'Apple Gift Card HK$300 香港區'], ['交易時間', '2028-07-04 20:10:37'], ['交易號', O14t], ['商戶訂單號', O14]],
    },
    key_phrases: [O14, '-HK$285.00', '交易成功'],
  },
];
