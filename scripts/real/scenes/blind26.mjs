// The twenty-sixth blind end-to-end set (fixtures/blind26/): 14 cases written by a helper (branch h20a),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind26'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is Taiwan and Hong Kong buyers (Traditional Chinese
// mostly, Cantonese, one Simplified-writing seller, one English buyer) on the auction sites, trading
// boards, point-card sites and messengers they use. Six new app styles: `ruten-order` (a 露天拍賣
// order page, desktop and phone, with 訂單留言), `yahoo-auction-order` (the Yahoo奇摩拍賣 app's order
// detail, with 商品說明 and 訂單留言), `gash-redeem` (a GASH-like point-card site's 點數卡儲值 with
// its result dialog), `ptt-mail` (a PTT 站內信 in the browser terminal), `dcard-chat` (Dcard 私訊)
// and `payme-record` (a PayMe-like Hong Kong wallet's transaction details).
// Render with `node scripts/real/render.mjs --set blind26`, then
// `node scripts/real/copy-cases.mjs --set blind26`. The set is judged once, at the end: do not tune on it.
const B = 'blind26';

const O1 = '28031420451183'; // 露天: 14 digits
const O2 = 'Y2803181310226'; // Yahoo奇摩拍賣: Y + 13 digits
const O3 = '28032010125529';
const O4 = 'CHK2803092014'; // a Hong Kong web shop: 3 letters + 10 digits
const O5 = 'TR-280311-0877'; // a trading board, hyphenated
const O6 = '280315KJ7WQ2XM'; // 蝦皮: date + 8 letters and digits
const O7 = 'CRHK2803131920'; // Carousell HK
const O8 = 'Y2803191948013';
const O9 = '28032119023317'; // this order (MyCard 500, 21 March)
const O9b = '28021820114406'; // the buyer's February order the chat is about
const O10 = 'CB-0316-4471';
const O11 = 'Y2803021930557';
const O12 = '28032321050842';
const O13 = 'GV-88213';
const O14 = '280325QN4DT8VA';

const SRC = {
  used: 'a serial check\'s message map: "此序號已使用過，無法重複兌換。" (public GitHub TypeScript file, find_string id 56758425199)',
  expired: 'the same map: "序號已過期，請聯繫客服重新補發。" (public GitHub TypeScript file, find_string id 56758425199)',
  invalidated: 'a redemption-code service: "此兌換碼已失效" (public GitHub Java file, find_string id 52432417593)',
  cardPwd: 'a point-card top-up page: "儲值卡號或密碼錯誤, 儲值點數失敗!!" (public GitHub ASP file, find_string id 3745503150)',
  locked: 'a Path of Exile 2 (Traditional Chinese client) automation script matching the login screen: "此帳號已被鎖定，請至信箱確認解鎖郵件中的解鎖碼並在此輸入。" and the button "重新寄送解鎖信" (public GitHub Lua file, find_string id 38727229213)',
  device: 'a licence API\'s errors: "授權碼已被其他設備使用，每個激活碼只能使用一次" (public GitHub Markdown file, find_string id 58892872113)',
};

export default [
  // ── 1 b26-tw-ruten-gash-used: card_invalid, ready ─────────────────────────────────────────
  {
    name: 'b26-gash-used', case: 'b26-tw-ruten-gash-used', file: 'Screenshot_20280314-210412.png', split: B,
    style: 'gash-redeem', device: 'android-1080x2400', clock: '21:04', battery: 63,
    redeem: {
      member: 'chen****07',
      fields: [['會員帳號', 'chen****07'], ['點數卡序號', 'GP28-****-6631'], ['點數卡密碼', '****-Q7HT'], ['驗證碼', '4826']],
      result: { tone: 'bad', text: '此序號已使用過，無法重複兌換。', rows: [['序號', 'GP28-****-6631'], ['時間', '2028/03/14 21:03']] },
    },
    corpus: [SRC.used],
    key_phrases: ['此序號已使用過，無法重複兌換。'],
  },
  {
    name: 'b26-ruten-gash-order', case: 'b26-tw-ruten-gash-used', file: '螢幕擷取畫面 2028-03-14 214512.png', split: B,
    style: 'ruten-order', device: 'desktop-1366x768', member: 'chen_0307',
    order: {
      id: O1, time: '2028/03/14 20:45', status: '賣家已出貨', tone: 'info', seller: '阿哲點卡鋪（azhe_card）',
      items: [['GASH 點數卡 1000點 序號+密碼（訂單留言傳送）', '規格：1000點', '1', '$980']], total: '$980',
      rows: [['付款方式', '信用卡一次付清'], ['付款時間', '2028/03/14 20:45'], ['出貨時間', '2028/03/14 20:52'], ['取貨方式', '虛擬商品（免運送）']],
    },
    key_phrases: [O1, '$980', '賣家已出貨'],
  },
  {
    name: 'b26-ruten-gash-msgs', case: 'b26-tw-ruten-gash-used', file: 'Screenshot_20280314-214830.png', split: B,
    style: 'ruten-order', kind: 'chat', device: 'android-1080x2400', clock: '21:48', battery: 58, compact: true,
    order: { id: O1, status: '賣家已出貨', tone: 'info' },
    messages: [
      { from: 'merchant', name: 'azhe_card', at: '03/14 20:52', text: '您好，序號密碼如下，請盡快儲值：\n序號 GP28-****-6631\n密碼 ****-Q7HT' },
      { from: 'buyer', name: 'chen_0307', at: '03/14 21:05', text: '你好，剛剛到GASH儲值，跳出「此序號已使用過，無法重複兌換。」我是第一次輸入這組序號，截圖如附。' },
      { from: 'merchant', name: 'azhe_card', at: '03/14 21:40', text: '抱歉！查了一下，這組序號下午已經賣給另一位買家，是我貼錯了。手上沒有1000點可以補，請直接在露天申請退款，我會同意。' },
      { from: 'buyer', name: 'chen_0307', at: '03/14 21:44', text: '好，我去申請。' },
    ],
    corpus: [SRC.used],
    key_phrases: [O1, '賣給另一位買家', '我會同意'],
  },

  // ── 2 b26-tw-yahoo-late-messenger: late_delivery, ready ──────────────────────────────────
  {
    name: 'b26-yahoo-genshin-order', case: 'b26-tw-yahoo-late-messenger', file: 'IMG_5120.PNG', split: B,
    style: 'yahoo-auction-order', device: 'iphone-1170x2532', clock: '18:52', battery: 41,
    order: {
      status: '待賣家出貨', statusSub: '買家已付款，賣家尚未出貨', tone: 'wait', seller: '晴天代儲工作室',
      product: '原神 創世結晶 6480 代儲（UID直儲，免帳密）', spec: '規格：6480+1600 創世結晶', price: '$2,990', total: '$2,990',
      rows: [['訂單編號', O2], ['成立時間', '2028/03/18 13:08'], ['付款方式', '信用卡'], ['付款時間', '2028/03/18 13:10']],
      desc: ['【付款後1小時內完成儲值】UID直儲，不需提供帳號密碼。\n深夜（00:00–09:00）付款者，當日中午前完成。'],
      buttons: ['聯絡賣家'],
    },
    key_phrases: [O2, '$2,990', '付款後1小時內完成儲值'],
  },
  {
    name: 'b26-messenger-genshin-late', case: 'b26-tw-yahoo-late-messenger', file: 'Screenshot_20280318-184102.png', split: B,
    style: 'messenger', device: 'android-1080x2400', clock: '18:41', battery: 44, title: '晴天代儲工作室', subtitle: '通常在數小時內回覆', merchantAvatar: ['晴', '#f59f00'],
    messages: [
      { from: 'time', text: '今天 14:25' },
      { from: 'buyer', text: `你好，我13:10在奇摩拍賣下單原神6480結晶代儲，訂單 ${O2}，UID 8******42。已經過1小時了還沒到帳` },
      { from: 'time', text: '今天 17:02' },
      { from: 'buyer', text: '賣場寫付款後1小時內完成，現在快4小時了，請問什麼時候會好？' },
      { from: 'time', text: '今天 18:36' },
      { from: 'merchant', text: '不好意思讓你久等，我們的儲值管道今天下午被暫停，今天內都沒辦法處理。你直接在奇摩拍賣申請退款，我這邊會同意，真的很抱歉' },
      { from: 'buyer', text: '好吧，那我申請退款' },
    ],
    key_phrases: [O2, '儲值管道今天下午被暫停', '我這邊會同意'],
  },

  // ── 3 b26-tw-ruten-ptt-private: not_received, ready/weak + private-channel ────────────────
  {
    name: 'b26-ruten-steam-long', case: 'b26-tw-ruten-ptt-private', file: 'Screenshot_20280322-091820.png', split: B,
    style: 'ruten-order', device: 'android-1080x2400', clock: '09:18', battery: 88, long: true,
    order: {
      id: O3, status: '待出貨', tone: 'wait', seller: 'steamkey_tw',
      items: [['Steam 錢包序號 NT$1000（台灣區）', '規格：NT$1000', '1', '$1,020']], total: '$1,020',
      rows: [['付款方式', 'ATM轉帳'], ['付款時間', '2028/03/20 10:12'], ['出貨時間', '—']],
    },
    messages: [
      { from: 'buyer', name: 'kuma0912', at: '03/20 19:30', text: '你好，中午前就付款了，到現在還沒收到序號，請問何時發送？' },
      { from: 'buyer', name: 'kuma0912', at: '03/21 12:02', text: '已經超過一天還是沒有序號，麻煩回覆。' },
      { from: 'buyer', name: 'kuma0912', at: '03/22 09:12', text: '你在PTT寄信叫我取消訂單、私下轉帳退錢，我不接受。序號一直沒收到，我會直接在露天申請退款。' },
    ],
    key_phrases: [O3, '$1,020', '待出貨', '私下轉帳退錢，我不接受'],
  },
  {
    name: 'b26-ptt-mail-atm', case: 'b26-tw-ruten-ptt-private', file: '螢幕擷取畫面 2028-03-21 212210.png', split: B,
    style: 'ptt-mail', device: 'desktop-1366x768',
    mail: {
      author: 'steamkey (阿凱)', title: `Re: 露天訂單 ${O3} 序號`, time: 'Tue Mar 21 21:15:40 2028', from: 'merchant',
      quote: { id: 'kuma0912', lines: ['我在露天買的Steam錢包序號一天了都沒收到，', `訂單 ${O3}，請問還要多久？`] },
      lines: ['你好，這批序號供貨商延遲，這幾天應該都發不出來。', '麻煩你先到露天按「取消訂單」，不要申請退款，', '退款會影響我的賣場評價。你把銀行帳號寄給我，', '我今晚直接用ATM轉1020給你，比露天退款快。'],
      sig: ['--', '阿凱'],
    },
    key_phrases: ['不要申請退款', '我今晚直接用ATM轉1020給你，比露天退款快。'],
  },

  // ── 4 b26-hk-payme-wrong-passed: wrong_purchase, not-ready (deadline-passed) ─────────────
  {
    name: 'b26-payme-gplay', case: 'b26-hk-payme-wrong-passed', file: 'IMG_2231.PNG', split: B,
    style: 'payme-record', lang: 'zh-Hant', device: 'iphone-1170x2532', clock: '23:46', battery: 35,
    record: {
      merchant: 'CardHub HK', badge: 'C', badgeColor: '#0B7285', amount: '-HK$205.00', status: '已付款',
      rows: [['日期及時間', '2028年3月9日 20:14'], ['交易編號', 'PM2803092014583301'], ['付款方式', 'PayMe 結餘'], ['訊息', `訂單 ${O4}`]],
      note: '此款項經商戶網站結帳頁以 PayMe 支付。',
    },
    key_phrases: [O4, '-HK$205.00', '已付款'],
  },
  {
    name: 'b26-wa-gplay-region', case: 'b26-hk-payme-wrong-passed', file: 'IMG-20280310-WA0007.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '09:42', battery: 77, title: 'CardHub HK', subtitle: '商業帳戶',
    messages: [
      { from: 'time', text: '2028年3月9日' },
      { from: 'buyer', at: '23:48', text: `你好，我頭先8點幾喺你哋網站買咗張 Google Play HK$200，訂單 ${O4}。我買錯咗區，其實要美國區，可唔可以取消退款？個碼我未用過` },
      { from: 'time', text: '今天' },
      { from: 'merchant', at: '09:31', text: '你好，個碼喺你付款後一分鐘已經自動send咗去你email，系統收唔返，所以呢單取消唔到，唔好意思。' },
      { from: 'buyer', at: '09:40', text: '但我真係未用過，我照樣會喺網站申請退款' },
    ],
    key_phrases: [O4, '我買錯咗區', '取消唔到'],
  },

  // ── 5 b26-tw-8591-poe2-locked: activation_failed, ready ──────────────────────────────────
  {
    name: 'b26-poe2-locked', case: 'b26-tw-8591-poe2-locked', file: '螢幕擷取畫面 2028-03-11 215820.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1920x1080', taskClock: ['下午 09:58', '2028/3/11'],
    launcher: {
      name: 'Path of Exile 2', accent: '#C8A165', hue: '#3b2a1e', game: '流亡黯道 2', nav: ['登入', '新聞', '商城', '論壇', '支援'], navOn: 0,
      panelTitle: '登入', fields: [['電子郵件', 'po****@gmail.com'], ['密碼', '••••••••••']], submit: '登入',
    },
    dialog: { title: '帳號已鎖定', body: ['此帳號已被鎖定，請至信箱確認解鎖郵件中的解鎖碼並在此輸入。'], buttons: ['重新寄送解鎖信', '確定'] },
    corpus: [SRC.locked],
    key_phrases: ['此帳號已被鎖定，請至信箱確認解鎖郵件中的解鎖碼並在此輸入。'],
  },
  {
    name: 'b26-trade-poe2-detail', case: 'b26-tw-8591-poe2-locked', file: '螢幕擷取畫面 2028-03-12 103512.png', split: B,
    style: 't8591-trade', device: 'desktop-1366x768', dark: true, brand: '星寶 寶物交易網',
    trade: {
      tone: 'info',
      rows: [['交易編號', O5], ['商品', '流亡黯道2 國際服帳號 傭兵92等 附S1賽季裝備 可改信箱'], ['遊戲/伺服器', '流亡黯道2 / 國際服'], ['類別', '帳號'], ['金額', 'NT$4,600'], ['交易狀態', '已移交 待確認', 'status'], ['付款時間', '2028/03/11 21:20'], ['移交時間', '2028/03/11 21:40']],
    },
    key_phrases: [O5, 'NT$4,600', '已移交 待確認'],
  },
  {
    name: 'b26-trade-poe2-msgs', case: 'b26-tw-8591-poe2-locked', file: 'Screenshot_20280312-104108.png', split: B,
    style: 't8591-trade', kind: 'chat', device: 'android-1440x3200', clock: '10:41', battery: 66, brand: '星寶', compact: true,
    trade: { id: O5, title: '流亡黯道2 國際服帳號 傭兵92等', status: '已移交 待確認', tone: 'info' },
    messages: [
      { from: 'merchant', name: '夜鴉', at: '03/11 21:40', text: '帳號密碼已寄到站內信，登入後請記得改密碼和信箱。' },
      { from: 'buyer', name: '小杰', at: '03/11 21:58', text: '登入時跳出「此帳號已被鎖定，請至信箱確認解鎖郵件中的解鎖碼並在此輸入。」解鎖信寄到你原本的信箱，我收不到，麻煩給我解鎖碼。' },
      { from: 'buyer', name: '小杰', at: '03/12 08:30', text: '早上再試還是鎖住，請回覆。' },
      { from: 'merchant', name: '夜鴉', at: '03/12 10:05', text: '抱歉，那個信箱是我很久以前的，密碼忘了進不去，解鎖碼拿不到。這筆我沒辦法完成，你直接申請取消交易退款，我同意。' },
      { from: 'system', name: '客服 小芸', at: '03/12 10:20', text: '已看到雙方留言，買家可於「我的交易」提出取消交易申請。' },
    ],
    corpus: [SRC.locked],
    key_phrases: [O5, '解鎖碼拿不到', '我同意'],
  },

  // ── 6 b26-tw-dcard-shopee-ytp-nad: not_as_described, ready ───────────────────────────────
  {
    name: 'b26-shopee-ytp-order', case: 'b26-tw-dcard-shopee-ytp-nad', file: 'IMG_7734.PNG', split: B,
    style: 'shopee-order', device: 'iphone-1170x2532', clock: '19:48', battery: 52,
    order: {
      tone: 'ok', status: '訂單已完成', statusSub: '賣家已於 2028/03/16 09:30 透過聊聊傳送開通連結',
      shop: '小豬影音代購', product: 'YouTube Premium 個人方案 12個月｜升級你自己的帳號', variation: '規格：個人方案 12個月', price: '$890',
      rows: [['訂單編號', O6], ['付款方式', '信用卡/金融卡'], ['訂單成立時間', '2028-03-15 22:08'], ['付款時間', '2028-03-15 22:10'], ['訂單完成時間', '2028-03-16 09:30']],
      noteTitle: '商品說明', note: ['直接升級您自己的 Google 帳號為 YouTube Premium 個人方案，不需加入家庭群組，不會被踢出。'],
      buttons: ['聯絡賣家', '再買一次'],
    },
    key_phrases: [O6, '$890', '訂單已完成', '不需加入家庭群組'],
  },
  {
    name: 'b26-dcard-ytp-family', case: 'b26-tw-dcard-shopee-ytp-nad', file: 'Screenshot_20280317-193102.png', split: B,
    style: 'dcard-chat', device: 'android-1080x2400', clock: '19:31', battery: 47, title: '小豬影音代購', subtitle: '國立中興大學',
    messages: [
      { from: 'system', text: '請勿在私訊中提供帳號密碼或進行站外匯款' },
      { from: 'time', text: '3月16日' },
      { from: 'buyer', at: '10:12', read: true, text: `你好，我在Dcard看到你的文，在蝦皮下單了YouTube Premium個人方案（訂單 ${O6}）。收到的是一個家庭群組邀請，管理員是別人的帳號，不是升級我自己的帳號` },
      { from: 'buyer', at: '10:13', read: true, text: '賣場寫「不需加入家庭群組」，這跟商品說明不一樣' },
      { from: 'time', text: '3月17日' },
      { from: 'merchant', at: '19:20', text: '抱歉，個人方案的貨源上週斷了，我就改用家庭方案出貨，沒有先跟你說。這筆確實跟賣場寫的不一樣，你在蝦皮申請退款，理由選「商品與描述不符」，我會同意。' },
      { from: 'buyer', at: '19:26', read: true, text: '好，我去申請，謝謝' },
    ],
    key_phrases: [O6, '改用家庭方案出貨', '我會同意'],
  },

  // ── 7 b26-hk-carousell-ms365-nocap: activation_failed, not-ready (error-capture-missing) ─
  {
    name: 'b26-carousell-ms365-1', case: 'b26-hk-carousell-ms365-nocap', file: 'IMG_3380.PNG', split: B,
    style: 'carousell-chat', lang: 'zh-Hant', device: 'iphone-1170x2532', clock: '22:43', battery: 30, title: 'softkey.hk',
    listing: { title: 'Microsoft 365 家庭版 12個月 產品金鑰（正版）', price: 'HK$288', status: '已付款 · 買家保障', button: '查看訂單' },
    messages: [
      { from: 'time', text: '3月13日' },
      { from: 'system', text: `你已為訂單 ${O7} 付款 HK$288。確認收貨前，款項由 Carousell 代為保管。` },
      { from: 'merchant', at: '19:21', text: 'Key 已經send咗俾你，請喺 setup.office.com 登入你個 Microsoft account 輸入。' },
      { from: 'buyer', at: '22:40', text: 'Hi，個key輸入咗之後話唔work，activate唔到' },
    ],
    key_phrases: [O7, 'HK$288', 'activate唔到'],
  },
  {
    name: 'b26-carousell-ms365-2', case: 'b26-hk-carousell-ms365-nocap', file: 'IMG_3386.PNG', split: B,
    style: 'carousell-chat', lang: 'zh-Hant', device: 'iphone-1170x2532', clock: '09:44', battery: 92, title: 'softkey.hk',
    listing: { title: 'Microsoft 365 家庭版 12個月 產品金鑰（正版）', price: 'HK$288', status: '已付款 · 買家保障', button: '查看訂單' },
    messages: [
      { from: 'time', text: '今天' },
      { from: 'merchant', at: '09:12', text: 'Can you send me a screenshot of the error message? 我要影俾供應商睇' },
      { from: 'buyer', at: '09:30', text: '我冇截圖，之後再試都係一樣，總之用唔到，你退錢啦' },
      { from: 'merchant', at: '09:41', text: '冇截圖我冇辦法同供應商claim，你影到個error再send俾我' },
    ],
    key_phrases: ['我冇截圖', '冇截圖我冇辦法同供應商claim'],
  },

  // ── 8 b26-tw-yahoo-licence-return: activation_failed, request: return ─────────────────────
  {
    name: 'b26-yahoo-licence-order', case: 'b26-tw-yahoo-licence-return', file: 'Screenshot_20280319-201544.png', split: B,
    style: 'yahoo-auction-order', device: 'android-1080x2400', dark: true, clock: '20:15', battery: 70,
    order: {
      status: '賣家已出貨', statusSub: '賣家已於 2028/03/19 20:01 以訂單留言傳送授權碼', tone: 'ok', seller: '剪輯王授權小舖',
      product: '影片剪輯王 Pro 永久授權碼（1台電腦）', spec: '規格：Windows 永久版', price: '$1,290', total: '$1,290',
      rows: [['訂單編號', O8], ['成立時間', '2028/03/19 19:46'], ['付款方式', 'LINE Pay'], ['付款時間', '2028/03/19 19:48'], ['出貨時間', '2028/03/19 20:01']],
      buttons: ['聯絡賣家', '完成取貨'],
    },
    key_phrases: [O8, '$1,290', '賣家已出貨'],
  },
  {
    name: 'b26-msgbox-licence-device', case: 'b26-tw-yahoo-licence-return', file: '螢幕擷取畫面 2028-03-19 201310.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '20:13', date: '2028/3/19', winX: 360, winY: 150,
    app: { title: '影片剪輯王 Pro', color: '#7048e8', heading: '軟體啟用', fields: [['電腦識別碼', '7C1E-****-****-A93F'], ['授權碼', 'VEP-****-****-****-K2M8']], button: '立即啟用', version: '版本 5.4.1 · 未啟用' },
    box: { title: '影片剪輯王 Pro', icon: 'error', text: '授權碼已被其他設備使用，每個激活碼只能使用一次', buttons: ['確定'] },
    corpus: [SRC.device],
    key_phrases: ['授權碼已被其他設備使用，每個激活碼只能使用一次'],
  },
  {
    name: 'b26-line-licence-return', case: 'b26-tw-yahoo-licence-return', file: 'IMG_6018.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '21:11', battery: 61, title: '剪輯王授權小舖', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '3/19(日)' },
      { from: 'buyer', read: true, text: `訂單 ${O8} 的授權碼，我這台電腦第一次安裝，輸入後跳出「授權碼已被其他設備使用，每個激活碼只能使用一次」` },
      { from: 'buyer', type: 'image', read: true, hue: 260, w: 200, h: 112 },
      { from: 'merchant', text: '查過了，這組碼之前有人買過又退了，已經綁在他的電腦上，我們沒從庫存移除，是我們的疏失。您在奇摩拍賣申請退款，我會同意。' },
      { from: 'buyer', read: true, text: '好，那我申請退貨退款，授權碼還給你們' },
    ],
    corpus: [SRC.device],
    key_phrases: [O8, '是我們的疏失', '申請退貨退款'],
  },

  // ── 9 b26-tw-ruten-mycard-other-order: card_invalid, not-ready (order-id-mismatch) ──────
  {
    name: 'b26-mycard-cardpwd', case: 'b26-tw-ruten-mycard-other-order', file: '螢幕擷取畫面 2028-03-21 192430.png', split: B,
    style: 'mycard-redeem', device: 'desktop-1366x768', lang: 'zh-Hant',
    redeem: {
      member: 'lin****52', account: 'lin****52', cardNo: 'MCTW****2085', cardPwd: 'P3****8KDW',
      result: { tone: 'bad', title: '儲值失敗', text: '儲值卡號或密碼錯誤, 儲值點數失敗!!', time: '2028/03/21 19:24:05' },
    },
    corpus: [SRC.cardPwd],
    key_phrases: ['儲值卡號或密碼錯誤, 儲值點數失敗!!'],
  },
  {
    name: 'b26-ruten-mycard-order', case: 'b26-tw-ruten-mycard-other-order', file: '螢幕擷取畫面 2028-03-21 192611.png', split: B,
    style: 'ruten-order', device: 'desktop-1366x768', member: 'lin_0852',
    order: {
      id: O9, time: '2028/03/21 19:02', status: '賣家已出貨', tone: 'info', seller: '小林点卡（xiaolin_card）',
      items: [['MyCard 點數卡 500點 序號密碼（訂單留言傳送）', '規格：500點', '1', '$480']], total: '$480',
      rows: [['付款方式', '超商代碼繳費'], ['付款時間', '2028/03/21 19:02'], ['出貨時間', '2028/03/21 19:05'], ['取貨方式', '虛擬商品（免運送）']],
    },
    key_phrases: [O9, '$480', '賣家已出貨'],
  },
  {
    name: 'b26-messenger-mycard-feb', case: 'b26-tw-ruten-mycard-other-order', file: 'Screenshot_20280321-201802.png', split: B,
    style: 'messenger', dark: true, device: 'android-1080x2400', clock: '20:18', battery: 39, title: '小林点卡', subtitle: '活躍於 5 分鐘前', merchantAvatar: ['林', '#12b886'],
    messages: [
      { from: 'time', text: '今天 19:40' },
      { from: 'buyer', text: `你好，我上個月在露天跟你買的MyCard 500點，訂單 ${O9b}，今天才拿出來儲值，跳出「儲值卡號或密碼錯誤, 儲值點數失敗!!」` },
      { from: 'time', text: '今天 20:11' },
      { from: 'merchant', text: `你说的是2月那笔 ${O9b} 吗？那张卡2月18号就出货了，MyCard那边显示2月19号已经储值成功，麻烦你再确认一下是不是自己储过了。` },
      { from: 'buyer', text: '我再查查看' },
    ],
    key_phrases: [O9b, '2月那笔', '已经储值成功'],
  },

  // ── 10 b26-hk-tg-gash-threat: card_invalid, ready/weak + threatening-language ───────────
  {
    name: 'b26-gash-expired-desk', case: 'b26-hk-tg-gash-threat', file: 'Screenshot 2028-03-16 143208.png', split: B,
    style: 'gash-redeem', device: 'desktop-1920x1080', brand: 'GASH HK',
    redeem: {
      member: 'wong****hk',
      fields: [['會員帳號', 'wong****hk'], ['點數卡序號', 'GH27-****-3390'], ['點數卡密碼', '****-M2XE'], ['驗證碼', '7150']],
      result: { tone: 'bad', text: '序號已過期，請聯繫客服重新補發。', rows: [['序號', 'GH27-****-3390'], ['時間', '2028/03/16 14:31']] },
    },
    corpus: [SRC.expired],
    key_phrases: ['序號已過期，請聯繫客服重新補發。'],
  },
  {
    name: 'b26-payme-gash', case: 'b26-hk-tg-gash-threat', file: 'Screenshot_20280316-140512.png', split: B,
    style: 'payme-record', lang: 'zh-Hant', device: 'android-1080x2400', clock: '14:05', battery: 82,
    record: {
      merchant: '卡寶站 CardBo HK', badge: '卡', badgeColor: '#5f3dc4', amount: '-HK$158.00', status: '已付款',
      rows: [['日期及時間', '2028年3月16日 14:02'], ['交易編號', 'PM28031614021187'], ['付款方式', 'PayMe 結餘'], ['訊息', `訂單 ${O10}`]],
    },
    key_phrases: [O10, '-HK$158.00', '已付款'],
  },
  {
    name: 'b26-tg-gash-threat', case: 'b26-hk-tg-gash-threat', file: 'Screenshot_20280316-164702.png', split: B,
    style: 'telegram', device: 'android-1080x2400', clock: '16:47', battery: 61, title: '卡寶站客服', subtitle: '最近上線',
    messages: [
      { from: 'time', text: '3月16日' },
      { from: 'buyer', at: '14:35', text: `你好，訂單 ${O10} 嘅 GASH 卡一入就話「序號已過期，請聯繫客服重新補發。」我兩點先收到個碼` },
      { from: 'buyer', at: '15:50', text: '一個鐘都冇人覆？你哋係咪專賣過期卡呃人？再唔退錢我就去消委會投訴，仲要將你哋張單貼上Facebook群組，話你哋係老千' },
      { from: 'merchant', at: '16:42', text: '唔好意思遲咗覆。查到呢批 GASH 卡係舊貨，上個月已經過咗期，係我哋出錯。你喺網站申請退款，我哋會批。' },
      { from: 'buyer', at: '16:45', text: 'OK' },
    ],
    corpus: [SRC.expired],
    key_phrases: [O10, '話你哋係老千', '係我哋出錯'],
  },

  // ── 11 b26-tw-dcard-late-passed: late_delivery, not-ready (deadline-passed) ─────────────
  {
    name: 'b26-yahoo-pogo-order', case: 'b26-tw-dcard-late-passed', file: 'IMG_8841.PNG', split: B,
    style: 'yahoo-auction-order', device: 'iphone-1170x2532', clock: '11:52', battery: 73,
    order: {
      status: '待賣家出貨', statusSub: '買家已付款，賣家尚未出貨', tone: 'wait', seller: '訓練家代儲小站',
      product: 'Pokémon GO 寶可幣 14500 代儲', spec: '規格：14500 寶可幣', price: '$3,350', total: '$3,350',
      rows: [['訂單編號', O11], ['成立時間', '2028/03/02 19:27'], ['付款方式', 'ATM轉帳'], ['付款時間', '2028/03/02 19:30']],
      desc: ['【24小時內完成代儲】下單後請於訂單留言提供遊戲暱稱，儲值完成會通知。'],
      buttons: ['聯絡賣家'],
    },
    key_phrases: [O11, '$3,350', '24小時內完成代儲'],
  },
  {
    name: 'b26-dcard-pogo-late', case: 'b26-tw-dcard-late-passed', file: 'Screenshot_20280310-112512.png', split: B,
    style: 'dcard-chat', dark: true, device: 'android-1080x2400', clock: '11:25', battery: 58, title: '訓練家代儲小站', subtitle: '寶可夢板',
    messages: [
      { from: 'time', text: '3月3日' },
      { from: 'buyer', at: '21:10', read: true, text: `你好，我昨天晚上在奇摩拍賣下單寶可幣14500代儲（訂單 ${O11}），賣場寫24小時內完成，現在過了一天還沒收到` },
      { from: 'merchant', at: '22:40', text: '抱歉最近單很多，這兩三天內一定幫你處理' },
      { from: 'time', text: '3月6日' },
      { from: 'buyer', at: '12:30', read: true, text: '還是沒有，請問進度？' },
      { from: 'merchant', at: '23:55', text: '再給我一點時間，週末前一定好' },
      { from: 'time', text: '3月10日' },
      { from: 'buyer', at: '11:20', read: true, text: '週末也過了，寶可幣還是沒進帳，我要申請退款了' },
    ],
    key_phrases: [O11, '週末前一定好', '我要申請退款了'],
  },

  // ── 12 b26-tw-ruten-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────
  {
    name: 'b26-ruten-eshop-order', case: 'b26-tw-ruten-wrong-near', file: 'IMG_9903.PNG', split: B,
    style: 'ruten-order', device: 'iphone-1170x2532', dark: true, clock: '21:10', battery: 24,
    order: {
      id: O12, status: '待出貨', tone: 'wait', seller: 'nin_point',
      items: [['Nintendo eShop 點數卡 ¥3000（日本帳號專用）序號', '規格：¥3000', '1', '$830']], total: '$830',
      rows: [['付款方式', '信用卡一次付清'], ['付款時間', '2028/03/23 21:05']],
      notes: ['序號於付款後2小時內以訂單留言傳送。序號送出前可取消訂單並全額退款，送出後恕不退換。'],
    },
    key_phrases: [O12, '$830', '待出貨', '序號送出前可取消訂單並全額退款'],
  },
  {
    name: 'b26-ruten-eshop-msgs', case: 'b26-tw-ruten-wrong-near', file: 'IMG_9907.PNG', split: B,
    style: 'ruten-order', kind: 'chat', device: 'iphone-1170x2532', dark: true, clock: '21:36', battery: 22, compact: true,
    order: { id: O12, status: '待出貨', tone: 'wait' },
    messages: [
      { from: 'buyer', name: 'yuchen_tw', at: '03/23 21:11', text: '不好意思我買錯了，我的Switch是香港帳號，用不了日本點數卡。序號還沒傳，可以取消嗎？' },
      { from: 'merchant', name: 'nin_point', at: '03/23 21:34', text: '收到，序號還沒傳給你，可以取消。你直接按申請退款，原因選買錯商品，我這邊同意。' },
    ],
    key_phrases: [O12, '我買錯了', '序號還沒傳給你，可以取消'],
  },

  // ── 13 b26-hk-en-wa-steam-partial: not_received (HK$99 of HK$297), ready/weak + refund-partial
  {
    name: 'b26-payme-steam-en', case: 'b26-hk-en-wa-steam-partial', file: 'IMG_4502.PNG', split: B,
    style: 'payme-record', lang: 'en', dark: true, device: 'iphone-1170x2532', clock: '12:31', battery: 90,
    record: {
      merchant: 'GameVault HK', badge: 'G', badgeColor: '#1c7ed6', amount: '-HK$297.00', status: 'Paid',
      rows: [['Date & time', '24 Mar 2028, 12:30'], ['Transaction ID', 'PM28032412305519'], ['Payment method', 'PayMe balance'], ['Message', `Order ${O13}`]],
    },
    key_phrases: [O13, '-HK$297.00', 'Paid'],
  },
  {
    name: 'b26-wa-steam-third', case: 'b26-hk-en-wa-steam-partial', file: 'Screenshot_20280324-183302.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '18:33', battery: 48, title: 'GameVault HK', subtitle: 'Business account',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '12:41', text: `Hi, order ${O13}: 3 x Steam Wallet HK$100 codes, paid HK$297 by PayMe at 12:30. Your email only has 2 codes, the third one is missing.` },
      { from: 'buyer', at: '15:05', text: 'Any update on the third code?' },
      { from: 'merchant', at: '18:22', text: 'Sorry, we only had 2 HK$100 codes left and the system sent those. We can\'t get a third one this week. Please request a refund of HK$99 for the missing code on the order page and we will approve it.' },
      { from: 'buyer', at: '18:30', text: 'OK, I\'ll request HK$99. The other two codes worked fine.' },
    ],
    key_phrases: [O13, 'the third one is missing', 'request a refund of HK$99'],
  },

  // ── 14 b26-tw-line-gash-before: card_invalid, weak/not-ready + timeline-inconsistent ─────
  {
    name: 'b26-gash-invalidated', case: 'b26-tw-line-gash-before', file: 'Screenshot_20280325-190312.png', split: B,
    style: 'gash-redeem', device: 'android-1080x2400', dark: true, clock: '19:03', battery: 35,
    redeem: {
      member: 'tsai****19',
      fields: [['會員帳號', 'tsai****19'], ['點數卡序號', 'GL28-****-0953'], ['點數卡密碼', '****-B6RT'], ['驗證碼', '3318']],
      result: { tone: 'bad', text: '此兌換碼已失效', rows: [['序號', 'GL28-****-0953'], ['時間', '2028/03/25 19:02']] },
    },
    corpus: [SRC.invalidated],
    key_phrases: ['此兌換碼已失效', '2028/03/25 19:02'],
  },
  {
    name: 'b26-shopee-gash-order', case: 'b26-tw-line-gash-before', file: 'Screenshot_20280325-203402.png', split: B,
    style: 'shopee-order', device: 'android-1080x2400', clock: '20:34', battery: 31,
    order: {
      tone: 'ok', status: '訂單已完成', statusSub: '序號密碼已於 2028/03/25 20:11 透過聊聊自動發送',
      shop: '速達點卡', product: 'GASH 點數卡 300點 序號+密碼（聊聊自動發送）', variation: '規格：300點', price: '$295',
      rows: [['訂單編號', O14], ['付款方式', '信用卡/金融卡'], ['訂單成立時間', '2028-03-25 20:09'], ['付款時間', '2028-03-25 20:10'], ['訂單完成時間', '2028-03-25 20:11']],
      buttons: ['聯絡賣家', '再買一次'],
    },
    key_phrases: [O14, '$295', '訂單已完成'],
  },
  {
    name: 'b26-line-gash-before', case: 'b26-tw-line-gash-before', file: 'Screenshot_20280325-210702.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '21:07', battery: 28, title: '速達點卡', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O14} 的GASH序號不能用，顯示「此兌換碼已失效」，截圖給你` },
      { from: 'buyer', type: 'image', read: true, hue: 20, w: 112, h: 200 },
      { from: 'merchant', text: '您好，您這張截圖的儲值時間是19:02，比您20:10下單還早，截圖上的序號也不是我們發給您的那組（我們的是GL28開頭、9137結尾）。麻煩用我們的序號再儲值一次並截圖給我們。' },
      { from: 'buyer', read: true, text: '我就是用你們的序號儲的啊，反正不能用' },
    ],
    corpus: [SRC.invalidated],
    key_phrases: [O14, '比您20:10下單還早', '不是我們發給您的那組'],
  },
];
