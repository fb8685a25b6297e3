// The twentieth blind end-to-end set (fixtures/blind20/): 14 cases written by a helper (branch h19a),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind20'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository; or the page's address); lines
// not cited are the author's own connecting lines. The set leans on game top-ups, point cards
// (點數卡 序號/密碼) and game accounts bought in Taiwan, Hong Kong and Southeast Asia: Shopee-style
// shops, a game-item trading site, Carousell chats, LINE / WhatsApp / Telegram chats and
// convenience-store payment papers, mostly in Traditional Chinese, some English and Simplified.
// Six new app styles: `mycard-redeem` (MyCard-like 點數卡儲值 page), `shopee-order` (Shopee order
// detail), `shopee-chat` (蝦皮聊聊 / Shopee Chat), `t8591-trade` (8591-like trade page with 交易留言),
// `carousell-chat` (Carousell chat with the listing strip) and `cvs-receipt` (a phone photo of a
// convenience-store 繳費證明 or ibon 繳費單).
// Render with `node scripts/real/render.mjs --set blind20`, then
// `node scripts/real/copy-cases.mjs --set blind20`. The set is judged once, at the end: do not tune on it.
const B = 'blind20';

const O1 = '271216QK4M8WJ2'; // Shopee TW: yymmdd + 8 letters and digits
const O2 = 'MC27121709324418'; // MC + 14 digits
const O3 = 'T2712192130517'; // trading site: T + 13 digits
const O4 = 'T2712212011064'; // trading site: T + 13 digits
// O5 = 'T2712231940226': this case's trade (named in its order.json only)
const O5b = 'T2712181204339'; // the buyer's other trade with the same seller (18 Dec)
const O6 = 'GC271222183055'; // GC + 12 digits
const O7 = 'LD2712241947302'; // LD + 13 digits
const O8 = '271219QJ3WKX8M'; // Shopee MY
const O9 = '271220R7HD2PXN'; // Shopee PH
const O10 = 'CB27121811420937'; // CB + 14 digits
const O11 = 'CB27122120451186'; // CB + 14 digits
const O12 = '615271223192044738'; // 18 digits (3 + ymdHis + 3)
const O13 = '271226M2ZK7VQ5'; // Shopee TW
const O14 = 'H8KQ27D5XW3M9PZT'; // 16 upper-case letters and digits

const SRC = {
  used: 'a MyCard card-payment client\'s notes: ReturnMsg "您好,此張儲值卡訊息[已儲值],請聯絡MyCard客服人員(02)2651-0754或利用線上客服查詢狀況造成您的不便,請多多見諒" (public GitHub PHP file, find_string id 6081238323), the phone number left out',
  frozen: 'the same notes: ReturnMsg "您好,此張儲值卡訊息[已凍結],請聯絡MyCard客服人員(02)2651-0754或利用線上客服查詢狀況造成您的不便,請多多見諒" (public GitHub PHP file, find_string id 6081238323), the phone number left out',
  wrongPwd: 'a MyCard top-up tool\'s message: "親愛的客戶您好，由於以下原因，請您重新再試。" + "卡號或密碼錯誤,請確認後重新輸入!" (public GitHub VB.NET file, find_string id 17800136675; the second line also in find_string id 6081238323)',
  bound: 'a login API: "此帳號已綁定其他裝置，無法在此裝置登入" (public GitHub PHP file, find_string id 61328116203)',
  disputing: 'a trading-app status map: "爭議中" (public GitHub TypeScript file, find_string id 56202373058)',
  dispute: 'Carousell Help Centre: "This user\'s account is under review for a dispute." (https://support.carousell.com/hc/en-us/articles/360035587993)',
  slip3h: 'a shop\'s ezPay help: "繳費單於列印後3小時內有效" (http://buy.yusoo.com.tw/mobile.php?web=EZPAY_mmk), adapted',
  overdue: 'a shop\'s ibon guide: the order becomes 「超過付款時間」 when not paid (https://itoytw.shoplineapp.com/pages/7-eleven-ibon-%E4%BB%A3%E7%A2%BC%E7%B9%B3%E8%B2%BB%E6%B5%81%E7%A8%8B)',
};

const USED = '您好,此張儲值卡訊息[已儲值],請聯絡MyCard客服人員或利用線上客服查詢狀況造成您的不便,請多多見諒';
const FROZEN = '您好,此張儲值卡訊息[已凍結],請聯絡MyCard客服人員或利用線上客服查詢狀況造成您的不便,請多多見諒';

export default [
  // ── 1 b20-tw-shopee-mycard-used: card_invalid, ready ──────────────────────────────────────
  {
    name: 'b20-shopee-order-mycard', case: 'b20-tw-shopee-mycard-used', file: 'Screenshot_20271216-202805.png', split: B,
    style: 'shopee-order', device: 'android-1080x2400', clock: '20:28', battery: 71,
    order: {
      tone: 'ok', status: '訂單已完成', statusSub: '序號密碼已於 2027/12/16 20:14 透過聊聊自動發送',
      shop: '點點卡舖', product: 'MyCard 1000點 點數卡 序號+密碼 聊聊自動發送', variation: '規格：1000點', price: '$980',
      rows: [['訂單編號', O1], ['付款方式', '信用卡/金融卡'], ['訂單成立時間', '2027-12-16 20:13'], ['付款時間', '2027-12-16 20:14'], ['訂單完成時間', '2027-12-16 20:14']],
      buttons: ['聯絡賣家', '再買一次'],
    },
    key_phrases: [O1, '$980', '訂單已完成'],
  },
  {
    name: 'b20-mycard-used-desktop', case: 'b20-tw-shopee-mycard-used', file: 'Screenshot 2027-12-16 203140.png', split: B,
    style: 'mycard-redeem', device: 'desktop-1366x768', lang: 'zh-Hant',
    redeem: {
      member: 'kuo****88', account: 'kuo****88', cardNo: 'MGAU****7412', cardPwd: 'K7****R2QX',
      result: { tone: 'bad', title: '儲值失敗', text: USED, time: '2027/12/16 20:31:22' },
      note: ['送出前請核對卡片序號與密碼是否完整。'],
    },
    corpus: [SRC.used],
    key_phrases: ['[已儲值]', '儲值失敗'],
  },
  {
    name: 'b20-shopee-chat-mycard', case: 'b20-tw-shopee-mycard-used', file: 'Screenshot_20271216-205540.png', split: B,
    style: 'shopee-chat', device: 'android-1080x2400', clock: '20:55', battery: 66, title: '點點卡舖',
    pin: { title: 'MyCard 1000點 點數卡 序號+密碼 聊聊自動發送', order: `訂單編號 ${O1}`, price: '$980', status: '已完成' },
    messages: [
      { from: 'time', text: '今天 20:14' },
      { from: 'merchant', at: '20:14', text: '【自動發送】感謝購買！MyCard 1000點\n序號：MGAU****7412\n密碼：K7****R2QX\n儲值有問題請在聊聊留言' },
      { from: 'buyer', at: '20:33', text: `你好，訂單 ${O1} 的序號我剛剛在 MyCard 會員儲值，顯示「此張儲值卡訊息[已儲值]」，我是第一次輸入，截圖給你` },
      { from: 'buyer', type: 'image', hue: 20, w: 200, h: 112 },
      { from: 'merchant', at: '20:52', text: '查過了，這組序號下午已經發給另一位買家，是我們系統把同一組序號發了兩次，很抱歉。請直接在訂單申請退貨/退款選「未收到商品或商品有問題」，我們會同意全額退款' },
      { from: 'buyer', at: '20:54', text: '好，我現在申請' },
    ],
    corpus: [SRC.used],
    key_phrases: [O1, '[已儲值]', '我們會同意全額退款'],
  },

  // ── 2 b20-hk-mycard-frozen-near: card_invalid, ready/weak + deadline-near ─────────────────
  {
    name: 'b20-mycard-frozen-iphone', case: 'b20-hk-mycard-frozen-near', file: 'IMG_4417.PNG', split: B,
    style: 'mycard-redeem', device: 'iphone-1170x2532', clock: '05:42', battery: 23, lang: 'zh-Hant',
    redeem: {
      member: 'wing****hk', account: 'wing****hk', cardNo: 'MHKD****0391', cardPwd: 'P3****8ZTA',
      result: { tone: 'bad', title: '儲值失敗', text: FROZEN, time: '2027/12/18 05:41:09' },
    },
    corpus: [SRC.frozen],
    key_phrases: ['[已凍結]', '儲值失敗'],
  },
  {
    name: 'b20-wa-frozen', case: 'b20-hk-mycard-frozen-near', file: 'Screenshot_20271218-060212.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '06:02', battery: 61, title: '卡片易 CardEasy', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '05:44', text: `早晨，尋日朝早買嘅 MyCard HK$200 卡（單號 ${O2}），我啱啱收工先入，MyCard 話「此張儲值卡訊息[已凍結]」，我從來冇用過呢張卡` },
      { from: 'buyer', type: 'image', hue: 20, w: 150, h: 220 },
      { from: 'merchant', at: '05:58', text: '收到，我哋查咗，呢批卡喺上游俾 MyCard 風控凍結咗，唔係你嘅問題。你喺訂單頁撳「申請退款」揀卡密無效，我哋會即刻批。' },
      { from: 'buyer', at: '06:01', text: '好，唔該晒' },
    ],
    corpus: [SRC.frozen],
    key_phrases: [O2, '[已凍結]', '我哋會即刻批'],
  },
  {
    name: 'b20-order-frozen', case: 'b20-hk-mycard-frozen-near', file: 'Screenshot_20271218-060430.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '06:04', battery: 60, shop: '卡片易 CardEasy', accent: '#0891b2',
    order: {
      query: O2, statusTone: 'ok',
      rows: [['訂單編號', O2], ['商品名稱', 'MyCard 港版 HK$200 點數卡'], ['實付金額', 'HK$192.00'], ['付款方式', '轉數快 FPS'], ['訂單狀態', '已發貨', 'status'], ['付款時間', '2027-12-17 09:32:41'], ['發貨時間', '2027-12-17 09:32:50']],
      code: '序號 MHKD****0391  密碼 P3****8ZTA',
      noteTitle: '購買須知', note: ['點數卡如有問題，請於發貨後24小時內聯絡客服並附上儲值畫面截圖。'],
    },
    key_phrases: [O2, 'HK$192.00', '已發貨'],
  },

  // ── 3 b20-tw-8591-acct-nad: not_as_described, ready ───────────────────────────────────────
  {
    name: 'b20-trade-acct-desktop', case: 'b20-tw-8591-acct-nad', file: 'Screenshot 2027-12-20 124755.png', split: B,
    style: 't8591-trade', device: 'desktop-1366x768', brand: '寶易通 寶物交易網',
    trade: {
      tone: 'bad',
      rows: [['交易編號', O3], ['商品', '天堂W 帳號 70級黑妖 附傳說變身卡+傳說魔法娃娃'], ['遊戲/伺服器', '天堂W / 古魯丁01'], ['類別', '帳號'], ['金額', 'NT$3,200'], ['交易狀態', '爭議中', 'status'], ['付款時間', '2027/12/19 21:30'], ['賣家移交', '2027/12/19 21:58']],
      desc: ['70級黑暗妖精，已抽到傳說變身卡「死亡騎士」與傳說魔法娃娃「巴風特」，裝備全+7以上。附原始信箱，可改綁手機。帳號移交後請於72小時內確認內容。'],
    },
    corpus: [SRC.disputing],
    key_phrases: [O3, 'NT$3,200', '爭議中', '傳說魔法娃娃'],
  },
  {
    name: 'b20-trade-acct-msgs', case: 'b20-tw-8591-acct-nad', file: 'Screenshot_20271220-125502.png', split: B,
    style: 't8591-trade', kind: 'chat', device: 'android-1080x2400', clock: '12:55', battery: 57, brand: '寶易通', compact: true,
    trade: { id: O3, title: '天堂W 帳號 70級黑妖', status: '爭議中', tone: 'bad' },
    messages: [
      { from: 'buyer', name: '阿哲', at: '12/19 22:20', text: '登入了，變身卡只有英雄級，收藏裡沒有「死亡騎士」，魔法娃娃也沒有巴風特，和商品描述不一樣。截圖在附件' },
      { from: 'buyer', name: '阿哲', at: '12/20 09:05', text: '賣家你好？請回覆' },
      { from: 'merchant', name: '黑妖小舖', at: '12/20 12:31', text: '抱歉，我給錯帳號了，這支是我的副帳。描述那支昨天已經在別的地方賣掉，沒辦法給你。你申請取消交易吧，我這邊同意退款' },
    ],
    key_phrases: ['死亡騎士', '我這邊同意退款'],
  },

  // ── 4 b20-tw-8591-late: late_delivery, ready ──────────────────────────────────────────────
  {
    name: 'b20-trade-late-phone', case: 'b20-tw-8591-late', file: 'Screenshot_20271222-091502.png', split: B,
    style: 't8591-trade', device: 'android-1080x2400', clock: '09:15', battery: 82, brand: '寶易通',
    trade: {
      tone: 'wait',
      rows: [['交易編號', O4], ['商品', '【30分鐘內移交】天堂W 鑽石代儲 3000顆'], ['類別', '代儲'], ['金額', 'NT$2,650'], ['交易狀態', '移交中', 'status'], ['付款時間', '2027/12/21 20:11'], ['移交期限', '2027/12/21 20:41']],
      desc: ['付款後30分鐘內移交（代儲完成後會截圖給您）。請提供正確的角色名稱與伺服器。'],
    },
    key_phrases: [O4, 'NT$2,650', '移交中', '30分鐘內移交'],
  },
  {
    name: 'b20-trade-late-msgs', case: 'b20-tw-8591-late', file: 'Screenshot_20271222-091530.jpg', split: B,
    style: 't8591-trade', kind: 'chat', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '09:15', battery: 82, brand: '寶易通', compact: true,
    trade: { id: O4, title: '天堂W 鑽石代儲 3000顆', status: '移交中', tone: 'wait' },
    messages: [
      { from: 'buyer', name: '小安', at: '12/21 20:13', text: '已付款，角色「安安不睡覺」伺服器 肯特03，麻煩了' },
      { from: 'buyer', name: '小安', at: '12/21 21:05', text: '已經超過30分鐘了，還沒收到鑽石' },
      { from: 'buyer', name: '小安', at: '12/22 08:30', text: '過一晚了還是沒有，請問什麼時候處理？' },
      { from: 'merchant', name: '鑽石代儲王', at: '12/22 08:52', text: '抱歉，昨晚儲值的管道被卡住，今天也還不能處理。你直接申請取消交易退款吧，我會同意' },
    ],
    key_phrases: [O4, '已經超過30分鐘了', '我會同意'],
  },

  // ── 5 b20-tw-8591-bound-other: activation_failed, not-ready (order-id-mismatch) ────────────
  {
    name: 'b20-dialog-bound', case: 'b20-tw-8591-bound-other', file: 'Screenshot_20271223-211036.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '21:10', battery: 38, appTitle: '傳說對決 – 登入',
    fields: [['帳號', 'gar****7719'], ['伺服器', '台港澳']], submit: '進入遊戲',
    dialog: { title: '登入失敗', body: ['此帳號已綁定其他裝置，無法在此裝置登入'], buttons: ['確定'] },
    corpus: [SRC.bound],
    key_phrases: ['此帳號已綁定其他裝置'],
  },
  {
    name: 'b20-trade-bound-msgs', case: 'b20-tw-8591-bound-other', file: 'Screenshot_20271223-213312.png', split: B,
    style: 't8591-trade', kind: 'chat', device: 'android-1080x2400', clock: '21:33', battery: 35, brand: '寶易通', compact: true,
    trade: { id: O5b, title: '傳說對決 帳號 S級造型12款', status: '交易完成', tone: 'ok' },
    messages: [
      { from: 'buyer', name: 'Yuki', at: '12/23 21:12', text: `交易編號 ${O5b} 這支帳號現在登不進去，顯示「此帳號已綁定其他裝置，無法在此裝置登入」，截圖附上` },
      { from: 'merchant', name: '傳說帳號館', at: '12/23 21:30', text: '這支是18號那筆，已經交易完成五天了，當時你也登入改綁過。我幫你問問看原本的綁定' },
    ],
    key_phrases: [O5b, '此帳號已綁定其他裝置'],
  },

  // ── 6 b20-tw-cvs-slip-unpaid: not_received, reverse (never paid at the counter) ────────────
  {
    name: 'b20-cvs-ibon-slip', case: 'b20-tw-cvs-slip-unpaid', file: 'IMG20271222184512.jpg', split: B,
    style: 'cvs-receipt', device: 'android-1080x2400', degrade: ['fwd:1080:82'], tilt: -3,
    paper: {
      brand: 'seven', title: 'ibon 代碼繳費 繳費單', sub: '請持本單至櫃檯繳費（本單非繳費證明）',
      rows: [['列印時間', '2027/12/22 18:45'], ['繳費代碼', 'GW2712****7725'], ['代收項目', '遊戲點卡小舖 網路購物'], ['店號', '184752']],
      amount: ['應繳金額', 'NT$1,030'],
      foot: ['繳費單於列印後3小時內有效，逾時請重新列印。', '完成櫃檯付款後請索取繳費收據。'],
    },
    corpus: [SRC.slip3h],
    key_phrases: ['本單非繳費證明', 'NT$1,030'],
  },
  {
    name: 'b20-order-overdue', case: 'b20-tw-cvs-slip-unpaid', file: 'Screenshot_20271223-101808.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '10:18', battery: 90, shop: '遊戲點卡小舖', accent: '#7c3aed',
    order: {
      query: O6, statusTone: 'bad',
      rows: [['訂單編號', O6], ['商品名稱', 'GASH 點數卡 1000點 序號'], ['應付金額', 'NT$1,030（含超商手續費30元）'], ['付款方式', 'ibon 代碼繳費'], ['訂單狀態', '超過付款時間', 'status'], ['下單時間', '2027-12-22 18:30:55'], ['繳費期限', '2027-12-22 21:30']],
      noteTitle: '付款說明', note: ['超商代碼請於繳費期限前至櫃檯完成付款，逾期訂單將自動取消。'],
    },
    corpus: [SRC.overdue],
    key_phrases: [O6, '超過付款時間'],
  },
  {
    name: 'b20-line-overdue', case: 'b20-tw-cvs-slip-unpaid', file: 'Screenshot_20271223-103502.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '10:35', battery: 88, title: '遊戲點卡小舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O6} 我昨天在7-11繳了1030，到現在都沒收到GASH序號` },
      { from: 'buyer', type: 'image', read: true, hue: 35, w: 150, h: 210 },
      { from: 'merchant', text: '您好，系統沒有收到這筆款項，訂單昨晚21:30超過付款時間已自動取消。您傳的是ibon印出來的繳費單，不是櫃檯結帳後的收據，請確認當天有沒有拿到櫃檯結帳' },
      { from: 'buyer', read: true, text: '我以為印出來就算繳了…那我直接申請沒收到貨退款' },
    ],
    corpus: [SRC.overdue],
    key_phrases: [O6, '超過付款時間', '不是櫃檯結帳後的收據'],
  },

  // ── 7 b20-tw-cvs-paid-stock: not_received, ready ──────────────────────────────────────────
  {
    name: 'b20-cvs-fami-receipt', case: 'b20-tw-cvs-paid-stock', file: '20271224_195833.jpg', split: B,
    style: 'cvs-receipt', device: 'android-1080x2400', degrade: ['fwd:1080:80'], tilt: 2,
    paper: {
      brand: 'family', title: '代收款 繳費證明', sub: '（顧客收執聯）',
      rows: [['交易日期', '2027/12/24 19:52'], ['代收項目', '樂點小舖 網路購物'], ['繳費代碼', 'LD2712****7302'], ['店號', '013562'], ['交易序號', '2712241952013562'], ['收銀機', '02']],
      amount: ['繳費金額', 'NT$500'],
      foot: ['本聯為繳費證明，請妥善保存。', '如有疑問請洽代收廠商。'],
    },
    key_phrases: ['繳費證明', 'NT$500'],
  },
  {
    name: 'b20-line-stock', case: 'b20-tw-cvs-paid-stock', file: 'Screenshot_20271225-113004.jpg', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', degrade: ['fwd:720:66'], clock: '11:30', battery: 47, title: '樂點小舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '12/24(五)' },
      { from: 'buyer', read: true, text: `訂單 ${O7} 剛在全家繳費500元了，收據如圖，序號還沒收到` },
      { from: 'buyer', type: 'image', read: true, hue: 150, w: 150, h: 210 },
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: '過一晚了還是沒有收到Garena貝殼序號，請問怎麼了？' },
      { from: 'merchant', text: '不好意思，款項我們有收到了，但貝殼500點這批缺貨，上游這週都補不到。請您在訂單頁申請退款，我們會同意全額退費' },
      { from: 'buyer', read: true, text: '好的，我去申請' },
    ],
    key_phrases: [O7, '序號還沒收到', '我們會同意全額退費'],
  },

  // ── 8 b20-my-shopee-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────
  {
    name: 'b20-shopee-order-my', case: 'b20-my-shopee-wrong-near', file: 'Screenshot_20271219-214602.png', split: B,
    style: 'shopee-order', device: 'android-1080x2400', clock: '21:46', battery: 54, lang: 'en',
    order: {
      tone: 'wait', status: 'To Ship', statusSub: 'Seller will top up your game ID within 1 hour.',
      shop: 'GemPoint Topup MY', product: 'Free Fire 520 Diamonds Direct Top Up (Indonesia server ID only)', variation: 'Variation: 520 Diamonds', price: 'RM22.90',
      rows: [['Order ID', O8], ['Payment Method', 'ShopeePay'], ['Order Time', '19-12-2027 21:06'], ['Payment Time', '19-12-2027 21:06']],
      noteTitle: 'Seller note', note: ['Cancellation is accepted before the top-up is processed. Check your server before buying.'],
      buttons: ['Contact Seller', 'Cancel Order'],
    },
    key_phrases: [O8, 'RM22.90', 'To Ship', 'Indonesia server ID only'],
  },
  {
    name: 'b20-shopee-chat-my', case: 'b20-my-shopee-wrong-near', file: 'Screenshot_20271219-214730.png', split: B,
    style: 'shopee-chat', device: 'android-1080x2400', clock: '21:47', battery: 54, lang: 'en', title: 'GemPoint Topup MY',
    pin: { title: 'Free Fire 520 Diamonds Direct Top Up (Indonesia server ID only)', order: `Order ID ${O8}`, price: 'RM22.90', status: 'To Ship' },
    messages: [
      { from: 'time', text: 'Today 21:11' },
      { from: 'buyer', at: '21:11', text: `Hi, order ${O8}: I picked the Indonesia server by mistake, my Free Fire ID is on the Malaysia server. Please don't top up yet, I want to cancel.` },
      { from: 'merchant', at: '21:24', text: 'Ok noted, not topped up yet. Please request the cancel/refund in the app and choose wrong item, we will approve.' },
      { from: 'buyer', at: '21:25', text: 'Thanks a lot!' },
    ],
    key_phrases: [O8, 'Please don\'t top up yet', 'we will approve'],
  },

  // ── 9 b20-ph-shopee-late: late_delivery, ready ────────────────────────────────────────────
  {
    name: 'b20-shopee-order-ph', case: 'b20-ph-shopee-late', file: 'IMG_2096.PNG', split: B,
    style: 'shopee-order', device: 'iphone-1170x2532', clock: '6:31', battery: 34, lang: 'en',
    order: {
      tone: 'wait', status: 'To Ship', statusSub: 'Paid on 20-12-2027 10:15. Waiting for the seller to process your order.',
      shop: 'ML Diamond Hub PH', product: 'Mobile Legends 1000+100 Diamonds via ID & Server – delivered within 30 minutes', variation: 'Variation: 1100 Diamonds', price: '₱899',
      rows: [['Order ID', O9], ['Payment Method', 'GCash'], ['Order Time', '20-12-2027 10:15'], ['Payment Time', '20-12-2027 10:15']],
      noteTitle: 'Product description', note: ['Delivered within 30 minutes after payment (8AM–10PM). Send your ID and Server in chat.'],
      buttons: ['Contact Seller', 'Cancel Order'],
    },
    key_phrases: [O9, '₱899', 'To Ship', 'within 30 minutes after payment'],
  },
  {
    name: 'b20-shopee-chat-ph', case: 'b20-ph-shopee-late', file: 'IMG_2097.jpg', split: B,
    style: 'shopee-chat', device: 'iphone-1170x2532', degrade: ['fwd:720:62'], clock: '6:32', battery: 34, lang: 'en', title: 'ML Diamond Hub PH',
    pin: { title: 'Mobile Legends 1000+100 Diamonds via ID & Server', order: `Order ID ${O9}`, price: '₱899', status: 'To Ship' },
    messages: [
      { from: 'time', text: 'Today 10:16' },
      { from: 'buyer', at: '10:16', text: 'Hi, paid na po. ID 58210947 Server 2214' },
      { from: 'buyer', at: '11:02', text: 'Hello po, it\'s been 45 minutes, no diamonds yet' },
      { from: 'buyer', at: '13:40', text: `Still nothing for order ${O9}. Your page says 30 minutes.` },
      { from: 'merchant', at: '17:55', text: 'Sorry po for the delay, our top-up supplier is down since this morning, we cannot process your diamonds today. Please request a refund on the order, we will accept it.' },
      { from: 'buyer', at: '18:03', text: 'Ok, requesting now.' },
    ],
    key_phrases: [O9, 'Your page says 30 minutes', 'we will accept it'],
  },

  // ── 10 b20-sg-carousell-paynow: not_received, ready/weak + private-channel ─────────────────
  {
    name: 'b20-carousell-paynow-1', case: 'b20-sg-carousell-paynow', file: 'IMG_5530.PNG', split: B,
    style: 'carousell-chat', device: 'iphone-1170x2532', clock: '19:41', battery: 58, title: 'vp.kingdom.sg',
    listing: { title: 'Valorant 2050 VP top-up (Asia Pacific) – fast', price: 'S$38', status: 'Paid · Buyer Protection', button: 'View order' },
    messages: [
      { from: 'time', text: '18 Dec' },
      { from: 'system', text: `You paid S$38 for order ${O10}. Your payment is held until you confirm you received the item.` },
      { from: 'buyer', at: '14:05', text: `Hi, paid through the Buy button at 11:42 (order ${O10}). Riot ID sent in my first message, still no VP.` },
      { from: 'merchant', at: '19:30', text: 'Sorry bro my supplier stuck today. Can you cancel the order on Carousell? I PayNow you back the S$38 direct tonight, faster than Carousell refund.' },
    ],
    key_phrases: [O10, 'I PayNow you back the S$38 direct tonight'],
  },
  {
    name: 'b20-carousell-paynow-2', case: 'b20-sg-carousell-paynow', file: 'IMG_5538.PNG', split: B,
    style: 'carousell-chat', device: 'iphone-1170x2532', clock: '08:52', battery: 91, title: 'vp.kingdom.sg',
    listing: { title: 'Valorant 2050 VP top-up (Asia Pacific) – fast', price: 'S$38', status: 'Paid · Buyer Protection', button: 'View order' },
    warning: 'This user\'s account is under review for a dispute.',
    messages: [
      { from: 'time', text: '18 Dec' },
      { from: 'merchant', at: '19:30', text: 'Sorry bro my supplier stuck today. Can you cancel the order on Carousell? I PayNow you back the S$38 direct tonight, faster than Carousell refund.' },
      { from: 'buyer', at: '19:36', text: 'No thanks, I\'ll keep the payment on Carousell. If you can\'t deliver, I\'ll request the refund in the app.' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '08:50', text: `Still no VP for order ${O10}. Requesting the refund now.` },
    ],
    corpus: [SRC.dispute],
    key_phrases: [O10, 'under review for a dispute', 'Requesting the refund now'],
  },

  // ── 11 b20-hk-carousell-threat: not_as_described, ready/weak + threatening-language ──────
  {
    name: 'b20-carousell-dlc-1', case: 'b20-hk-carousell-threat', file: 'IMG_7302.PNG', split: B,
    style: 'carousell-chat', device: 'iphone-1170x2532', clock: '22:10', battery: 44, lang: 'zh-Hant', title: 'psgame_hk',
    listing: { title: 'PSN 港服 共享帳號 Elden Ring 連 DLC 黃金樹幽影', price: 'HK$168', status: '已付款 · 買家保障', button: '查看訂單' },
    messages: [
      { from: 'time', text: '12月21日' },
      { from: 'merchant', at: '21:02', text: `訂單 ${O11}：帳號同密碼已經發咗俾你，登入後喺遊戲庫下載 Elden Ring 同 DLC 就得` },
      { from: 'buyer', at: '21:40', text: '登入咗，遊戲庫只有 Elden Ring 本體，黃金樹幽影顯示要購買，你個標題寫明連 DLC' },
      { from: 'buyer', type: 'image', hue: 230, w: 200, h: 112 },
      { from: 'merchant', at: '22:06', text: '唔好意思，買 DLC 嗰個戶口上個月過期咗，我冇留意，而家冇得補' },
    ],
    key_phrases: [O11, '黃金樹幽影顯示要購買', '而家冇得補'],
  },
  {
    name: 'b20-carousell-dlc-2', case: 'b20-hk-carousell-threat', file: 'IMG_7315.PNG', split: B,
    style: 'carousell-chat', device: 'iphone-1170x2532', clock: '11:48', battery: 80, lang: 'zh-Hant', title: 'psgame_hk',
    listing: { title: 'PSN 港服 共享帳號 Elden Ring 連 DLC 黃金樹幽影', price: 'HK$168', status: '已付款 · 買家保障', button: '查看訂單' },
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '11:30', text: '你收錢唔交貨，今日唔退錢我就報警，再喺連登同FB group公審你呢個呃人嘅' },
      { from: 'merchant', at: '11:44', text: '唔使咁，係我哋搞錯，冇 DLC 就唔符合描述。你喺 Carousell 訂單申請退款，我會接受全額退款' },
      { from: 'buyer', at: '11:46', text: '好，而家申請' },
    ],
    key_phrases: ['今日唔退錢我就報警', '我會接受全額退款'],
  },

  // ── 12 b20-cn-mycard-return: card_invalid, not-ready (request-return-virtual) ─────────────
  {
    name: 'b20-order-cn-mycard', case: 'b20-cn-mycard-return', file: 'Screenshot_20271223-204012.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '20:40', battery: 52, shop: '港台点卡站', accent: '#ea580c',
    order: {
      query: O12, statusTone: 'ok',
      rows: [['订单号', O12], ['商品名称', 'MyCard 台湾 1000点 点数卡 卡号+密码'], ['实付金额', '¥232.00'], ['支付方式', '支付宝'], ['订单状态', '已发货', 'status'], ['下单时间', '2027-12-23 19:20:44'], ['发货时间', '2027-12-23 19:20:46']],
      code: '卡号 MGAU****5520  密码 H2****Q7WE',
      noteTitle: '购买须知', note: ['点数卡储值失败请在24小时内联系客服，并提供MyCard储值页面截图。'],
    },
    key_phrases: [O12, '¥232.00', '已发货'],
  },
  {
    name: 'b20-mycard-used-hans', case: 'b20-cn-mycard-return', file: 'Screenshot_20271223-203318.png', split: B,
    style: 'mycard-redeem', device: 'android-1080x2400', clock: '20:33', battery: 55, lang: 'zh-Hans',
    redeem: {
      member: 'lin****09', account: 'lin****09', cardNo: 'MGAU****5520', cardPwd: 'H2****Q7WE',
      result: { tone: 'bad', title: '储值失败', text: USED, time: '2027/12/23 20:32:57' },
    },
    corpus: [SRC.used],
    key_phrases: ['[已儲值]', '储值失败'],
  },
  {
    name: 'b20-wechat-mycard', case: 'b20-cn-mycard-return', file: 'mmexport1829565871000.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '20:44', battery: 51, title: '港台点卡站客服',
    messages: [
      { from: 'time', text: '20:34' },
      { from: 'buyer', text: `订单 ${O12} 的MyCard卡，第一次储值就提示“此張儲值卡訊息[已儲值]”，截图发你了` },
      { from: 'buyer', type: 'image', hue: 20, w: 120, h: 220 },
      { from: 'merchant', text: '查了，这张卡上游重复出给了两个客户，是我们的问题。你在订单页申请退款就行，我这边同意' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.used],
    key_phrases: [O12, '[已儲值]', '我这边同意'],
  },

  // ── 13 b20-tw-shopee-gash-wrong: wrong_purchase, not-ready (policy-no-refund, deadline-near) ──
  {
    name: 'b20-shopee-order-gash', case: 'b20-tw-shopee-gash-wrong', file: 'Screenshot_20271226-142640.png', split: B,
    style: 'shopee-order', device: 'android-1080x2400', clock: '14:26', battery: 77, dark: true,
    order: {
      tone: 'ok', status: '訂單已完成', statusSub: '序號已於 2027/12/26 14:02 透過聊聊自動發送',
      shop: '橘子點數館', product: 'GASH 樂點卡 1000點 序號 付款後自動發送', variation: '規格：1000點', price: '$1,000',
      rows: [['訂單編號', O13], ['付款方式', '蝦皮錢包'], ['訂單成立時間', '2027-12-26 14:02'], ['付款時間', '2027-12-26 14:02']],
      noteTitle: '商品說明', note: ['點數卡序號於付款後自動發送，一經發送即無法回收，恕不接受買錯取消或退款。'],
      buttons: ['聯絡賣家', '再買一次'],
    },
    key_phrases: [O13, '$1,000', '恕不接受買錯取消或退款'],
  },
  {
    name: 'b20-shopee-chat-gash', case: 'b20-tw-shopee-gash-wrong', file: 'Screenshot_20271226-142812.png', split: B,
    style: 'shopee-chat', device: 'android-1080x2400', clock: '14:28', battery: 76, dark: true, title: '橘子點數館',
    pin: { title: 'GASH 樂點卡 1000點 序號 付款後自動發送', order: `訂單編號 ${O13}`, price: '$1,000', status: '已完成' },
    messages: [
      { from: 'time', text: '今天 14:02' },
      { from: 'merchant', at: '14:02', text: '【自動發送】GASH 1000點\n序號：GS27****8841\n密碼：**********V6Q' },
      { from: 'buyer', at: '14:15', text: `不好意思，訂單 ${O13} 我買錯了，我要的是 MyCard 不是 GASH，序號我完全沒用過，可以取消退款嗎？` },
      { from: 'merchant', at: '14:21', text: '序號在您付款後已經自動發送了，賣場說明有寫發送後無法回收，買錯恕不退款，抱歉喔' },
    ],
    key_phrases: [O13, '我買錯了', '買錯恕不退款'],
  },

  // ── 14 b20-cn-mycard-2h-passed: card_invalid, not-ready (deadline-passed by the 2 h terms) ──
  {
    name: 'b20-order-faka-2h', case: 'b20-cn-mycard-2h-passed', file: 'Screenshot_20271225-165012.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '16:50', battery: 41, shop: '极速点卡', accent: '#2563eb',
    order: {
      query: O14, statusTone: 'ok',
      rows: [['订单号', O14], ['商品名称', 'MyCard 香港 HK$100 点数卡'], ['实付金额', '¥96.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-12-25 10:05:09'], ['发货时间', '2027-12-25 10:05:12']],
      code: '卡号 MHKD****2046  密码 T9****K3MA',
      noteTitle: '购买须知', note: ['点数卡发货后请在2小时内完成储值验证，超时出现问题不予受理。'],
    },
    key_phrases: [O14, '¥96.00', '2小时内完成储值验证'],
  },
  {
    name: 'b20-mycard-wrongpwd-hans', case: 'b20-cn-mycard-2h-passed', file: 'Screenshot_20271225-164122.png', split: B,
    style: 'mycard-redeem', device: 'android-1080x2400', clock: '16:41', battery: 44, lang: 'zh-Hans',
    redeem: {
      member: 'zhou****77', account: 'zhou****77', cardNo: 'MHKD****2046', cardPwd: 'T9****K3MA',
      result: { tone: 'bad', title: '親愛的客戶您好，由於以下原因，請您重新再試。', text: '卡號或密碼錯誤,請確認後重新輸入!', time: '2027/12/25 16:40:51' },
    },
    corpus: [SRC.wrongPwd],
    key_phrases: ['卡號或密碼錯誤'],
  },
  {
    name: 'b20-telegram-2h', case: 'b20-cn-mycard-2h-passed', file: 'photo_2027-12-25_17-06-40.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', dark: true, degrade: ['fwd:720:66'], clock: '17:06', battery: 39, title: '极速点卡 客服', subtitle: 'online',
    messages: [
      { from: 'time', text: 'December 25' },
      { from: 'buyer', at: '16:44', text: `订单 ${O14} 的 MyCard 卡储值提示“卡號或密碼錯誤”，卡号密码我是复制粘贴的` },
      { from: 'merchant', at: '17:01', text: '我们查了，这张卡今天中午已经被储值过了。但卡是上午10:05发的，购买须知写了发货后2小时内验证，超时不予受理，这单没法退' },
      { from: 'buyer', at: '17:03', text: '我之前在上班没空用，那我自己去平台申请' },
    ],
    corpus: [SRC.wrongPwd],
    key_phrases: [O14, '卡號或密碼錯誤', '超时不予受理'],
  },
];
