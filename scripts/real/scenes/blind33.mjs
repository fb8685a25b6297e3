// The thirty-third blind end-to-end set (fixtures/blind33/): 14 cases written by a helper (branch b33),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind33'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is English-language key stores and the support
// channels around them: CDKeys.com's order page, a Humble Bundle gift link, shops that answer
// through Tidio, Zoho SalesIQ or Freshchat, and the buyers' own mail in Yahoo Mail and Proton Mail.
// English mostly, with Chinese-speaking buyers (mainland Simplified, Taiwan and Hong Kong
// Traditional, some mixing English). Seven new app styles: `humble-keys` (Humble Bundle's gift /
// keys pages), `cdkeys-order` (CDKeys.com's order view), `tidio-chat`, `zoho-salesiq`, `freshchat`
// (three support widgets), `yahoo-mail` (the Yahoo Mail app) and `proton-mail` (Proton Mail on the web).
// Render with `node scripts/real/render.mjs --set blind33`, then
// `node scripts/real/copy-cases.mjs --set blind33`. The set is judged once, at the end: do not tune on it.
const B = 'blind33';

const O1 = 'BB-58213'; // prefix + 5 digits
const O2 = '100482137'; // Magento increment id, 9 digits
const O3 = 'NV-2028-04418';
const O4 = 'DD20280409193512'; // DD + 14 digits
const O5 = '100479906';
const O6 = 'SW-71044';
const O7 = 'MC-20931';
const O8 = 'RK-66120';
const O9 = 'KH-30877'; // this order (Fluxa AI Pro, 11 Apr)
const O9b = 'KH-30412'; // the buyer's earlier order (Fluxa AI Pro, March), the one the chat is about
const O10 = 'HKG280412-0931';
const O11 = 'PN-5127';
const O12 = '100491552';
const O13 = 'JK-88305';
const O14 = '100493018';

const SRC = {
  gift: 'a gift-claim error: "Looks like this gift has already been claimed. Each gift can only be claimed once." with the title "Gift Already Claimed" (public GitHub TypeScript file, find_string id 61994457431), put on Humble Bundle\'s gift page',
  onHold: 'a shop\'s order notice: "… a temporary shortage of the product in stock was detected. Your order has been placed on hold waiting for stock." (public GitHub PHP file, find_string id 10176259572), the order number and product filled in',
  country: 'a licence check: "This license is not valid in your country." (public GitHub JavaScript file, find_string id 37418479071)',
  voided: 'a voucher API\'s error list: "此序號已被註銷，無法核銷" (public GitHub Markdown file, find_string id 37156217420)',
  expired: 'a key check: "This key has expired before redemption." (public GitHub JavaScript file, find_string id 52018367422)',
  another: 'an access-key check: "This key has already been redeemed by another user" (public GitHub TypeScript file, find_string id 52760868414)',
  usedHant: 'a redeem check: "當前序號已被使用、請確認您輸入的序號是否正確！" (public GitHub TypeScript file, find_string id 4264062184)',
  limit: 'a licensing domain rule: "The license activation limit has been reached." (public GitHub C# file, find_string id 71324781936)',
  reply2: 'a support-chat header: "We typically reply within 2 minutes" (public GitHub TypeScript file, find_string id 22195123246)',
};

export default [
  // ── 1 b33-en-humble-gift-tidio: card_invalid, ready ─────────────────────────────────────────
  {
    name: 'b33-humble-gift-claimed', case: 'b33-en-humble-gift-tidio', file: 'Screenshot 2028-04-03 203522.png', split: B,
    style: 'humble-keys', device: 'desktop-1920x1080', account: 'nate.ellison', art: '#2b2f55,#b4532a',
    gift: { game: 'Hades II · Steam', title: 'Gift Already Claimed', text: 'Looks like this gift has already been claimed. Each gift can only be claimed once.' },
    corpus: [SRC.gift],
    key_phrases: ['Gift Already Claimed', 'Each gift can only be claimed once.'],
  },
  {
    name: 'b33-tidio-gift', case: 'b33-en-humble-gift-tidio', file: 'Screenshot 2028-04-04 094610.png', split: B,
    style: 'tidio-chat', device: 'desktop-1366x768', title: 'BundleBay Keys', site: 'BundleBay Keys', merchantName: 'Kayla', brandColor: '#0566FF', brandColor2: '#2A27DA', opColor: '#E76F51',
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', text: `Hi, I bought Hades II (Humble gift link) tonight, order ${O1}. When I open the link Humble says "Gift Already Claimed". I never opened it before, it came in your e-mail at 8:11 pm.`, at: '8:37 PM' },
      { from: 'time', text: 'Today' },
      { from: 'merchant', text: `Good morning! I checked ${O1}. Our system sent that same gift link to two orders last night, and the other customer claimed it first. That is our mistake, sorry.`, at: '9:41 AM' },
      { from: 'merchant', text: 'Please open a refund request on your order and I will approve it today.', at: '9:41 AM' },
      { from: 'buyer', text: 'Thanks, doing it now.', at: '9:45 AM' },
    ],
    key_phrases: [O1, 'the other customer claimed it first', 'I will approve it today'],
  },

  // ── 2 b33-uk-cdkeys-hold-yahoo: not_received, ready ─────────────────────────────────────────
  {
    name: 'b33-cdkeys-processing', case: 'b33-uk-cdkeys-hold-yahoo', file: 'IMG_5520.PNG', split: B,
    style: 'cdkeys-order', device: 'iphone-1170x2532', clock: '17:41', battery: 62,
    order: {
      number: O2, status: 'Processing', tone: 'wait', date: 'April 5, 2028',
      items: [['Forza Horizon 5 Premium Edition Xbox One / PC (UK) Key', 'FH5-PREM-UK', '£31.49', 1, '£31.49']],
      keyNote: 'Your key will appear here as soon as it is available.',
      totals: [['Subtotal', '£31.49'], ['Grand Total', '£31.49']], payment: 'Visa Debit ending 6630',
    },
    key_phrases: [O2, '£31.49', 'Processing'],
  },
  {
    name: 'b33-yahoo-hold', case: 'b33-uk-cdkeys-hold-yahoo', file: 'Screenshot_20280407-175312.png', split: B,
    style: 'yahoo-mail', device: 'android-1080x2400', clock: '17:53', battery: 58,
    mail: {
      subject: `Your order #${O2} is on hold`,
      messages: [
        { from: 'CDKeys.com', role: 'merchant', date: '5 Apr, 09:14', text: [`Hello! During processing of your order #${O2} for "Forza Horizon 5 Premium Edition", a temporary shortage of the product in stock was detected. Your order has been placed on hold waiting for stock.`] },
        { from: 'me', role: 'buyer', to: 'to CDKeys.com', date: '6 Apr, 12:30', text: [`Over a day later order ${O2} still has no key. Is stock coming?`] },
        { from: 'CDKeys.com Support', role: 'merchant', date: 'Today 17:20', text: [`Hi Callum, sorry for the wait. Our supplier will not get more Forza Horizon 5 Premium (UK) keys, so we cannot fulfil this order at all.`, 'Please request a refund and we will accept it; the £31.49 goes back to your card. – Daniel'] },
      ],
    },
    corpus: [SRC.onHold],
    key_phrases: [O2, 'cannot fulfil this order', 'we will accept it'],
  },

  // ── 3 b33-zh-zoho-region-nad: not_as_described, ready (a mainland buyer, mixed) ────────────
  {
    name: 'b33-msgbox-country', case: 'b33-zh-zoho-region-nad', file: '屏幕截图 2028-04-07 213402.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '21:34', date: '2028/4/7', winX: 610, winY: 200,
    app: { title: 'LumaGrade Studio 7', color: '#0F766E', heading: 'Activate LumaGrade Studio', button: 'Activate', fields: [['License key', 'LGS7-****-****-****-Q4TN'], ['Computer', 'CHEN-PC']], version: 'LumaGrade Studio 7.2 · Trial (30 days left)' },
    box: { title: 'LumaGrade Studio', icon: 'error', text: 'This license is not valid in your country.', buttons: ['OK'] },
    corpus: [SRC.country],
    key_phrases: ['This license is not valid in your country.'],
  },
  {
    name: 'b33-zoho-country', case: 'b33-zh-zoho-region-nad', file: '屏幕截图 2028-04-08 093015.png', split: B,
    style: 'zoho-salesiq', device: 'desktop-1366x768', title: 'Nordvik Software', site: 'Nordvik Software', merchantName: 'Erik', brandColor: '#0F766E', opColor: '#7C3AED',
    messages: [
      { from: 'system', text: 'Erik has joined the conversation.' },
      { from: 'buyer', text: `Hello, order ${O3}, LumaGrade Studio 7. 你们页面写 "Global licence – activate anywhere"，但我在中国激活提示 "This license is not valid in your country." 截图已上传。`, at: '09:12' },
      { from: 'merchant', text: `Hi Chen, thanks for the screenshot. I checked ${O3}: the key you received only activates in the European Economic Area, so it cannot be activated in China. The product page should not have called it Global.`, at: '09:24' },
      { from: 'merchant', text: 'We have no Global keys left, so please submit a refund as "not as described" on your order and we will approve it.', at: '09:25' },
      { from: 'buyer', text: 'OK 明白，我现在提交。Thanks.', at: '09:28' },
    ],
    key_phrases: [O3, 'only activates in the European Economic Area', 'we will approve it'],
  },
  {
    name: 'b33-shopify-country', case: 'b33-zh-zoho-region-nad', file: 'IMG_3071.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', lang: 'zh', clock: '21:40', battery: 44, shop: 'Nordvik Software', brandColor: '#0F766E', expanded: true,
    order: {
      number: O3, name: '陈', headline: '您的许可证密钥已发送',
      lines: ['密钥已发送至 ch****@qq.com。'],
      updates: { title: '订单动态', state: '已发货', stateTone: 'ok', lines: ['数字发货 · 4月6日 21:30'] },
      email: 'ch****@qq.com', payment: 'PayPal — US$49.00',
      items: [['LumaGrade Studio 7 – Global licence (1 PC, lifetime)', '1', 'US$49.00', 'Global licence – activate anywhere']], subtotal: 'US$49.00', total: 'US$49.00', currency: 'USD',
    },
    key_phrases: [O3, 'US$49.00', 'Global licence'],
  },

  // ── 4 b33-tw-freshchat-serial-void: card_invalid, ready (Taiwan, Traditional) ──────────────
  {
    name: 'b33-mycard-voided', case: 'b33-tw-freshchat-serial-void', file: 'Screenshot_20280409-201544.png', split: B,
    style: 'mycard-redeem', device: 'android-1080x2400', clock: '20:15', battery: 71, lang: 'zh-Hant',
    redeem: {
      member: 'hsu****17', account: 'hsu****17', cardNo: 'MCTW****7731', cardPwd: 'K8****2QXD',
      result: { tone: 'bad', title: '儲值失敗', text: '此序號已被註銷，無法核銷', time: '2028/04/09 20:15:31' },
    },
    corpus: [SRC.voided],
    key_phrases: ['此序號已被註銷，無法核銷'],
  },
  {
    name: 'b33-freshchat-voided', case: 'b33-tw-freshchat-serial-void', file: 'IMG_8814.PNG', split: B,
    style: 'freshchat', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '08:21', battery: 83, title: 'DotDot Digital', topic: '訂單客服', topicIcon: '點', replyTime: 'We typically reply within 2 minutes', merchantName: 'Amber', brandColor: '#DB2777',
    messages: [
      { from: 'time', text: '昨天' },
      { from: 'buyer', text: `你好，訂單 ${O4} 買的 MyCard 1000點，19:35 收到序號，儲值時顯示「此序號已被註銷，無法核銷」，截圖如上。`, at: '20:18', read: true },
      { from: 'time', text: '今天' },
      { from: 'merchant', text: `您好，幫您查了 ${O4}：這組序號在上游已被註銷（發卡方退回的卡又被誤放進庫存），是我們的疏失，非常抱歉。`, at: '08:12' },
      { from: 'merchant', text: '請直接在訂單頁申請退款，我們會同意全額退款 NT$1,050。', at: '08:13' },
    ],
    corpus: [SRC.voided, SRC.reply2],
    key_phrases: [O4, '已被註銷', '同意全額退款'],
  },
  {
    name: 'b33-yahoo-receipt-tw', case: 'b33-tw-freshchat-serial-void', file: 'IMG_8790.PNG', split: B,
    style: 'yahoo-mail', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '19:36', battery: 90,
    mail: {
      subject: `DotDot Digital 訂單 ${O4} 已完成`,
      messages: [
        { from: 'DotDot Digital', role: 'merchant', date: '4月9日 19:35', text: ['親愛的顧客您好，感謝您的訂購！您的數位序號已發送，明細如下：'], rows: [['訂單編號', O4], ['商品', 'MyCard 1000點 儲值卡（數位序號）'], ['金額', 'NT$1,050'], ['付款方式', 'LINE Pay'], ['出貨時間', '2028/04/09 19:35'], ['序號', 'MCTW****7731']], after: ['序號問題請於出貨後24小時內透過網站客服回報。'] },
      ],
    },
    key_phrases: [O4, 'NT$1,050', 'MyCard 1000點'],
  },

  // ── 5 b33-en-cdkeys-expired-passed: card_invalid, reverse: 3 days after delivery ───────────
  {
    name: 'b33-launcher-expired', case: 'b33-en-cdkeys-expired-passed', file: 'Screenshot 2028-04-04 191208.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1920x1080', top: 90, winH: 820, dlgW: 480, taskClock: ['19:12', '04/04/2028'],
    launcher: {
      name: 'Riftgate Launcher', accent: '#38BDF8', hue: '#1e3a5f', game: 'Starfall Tactics', nav: ['Home', 'Library', 'Store', 'Redeem a code', 'Support'], navOn: 3,
      panelTitle: 'Redeem a product key', fields: [['Product key', 'SFT-****-****-****-8KXA'], ['Account', 'hollyb_92']], submit: 'Redeem',
    },
    dialog: { title: 'Redeem failed', body: ['This key has expired before redemption.'], buttons: ['OK'] },
    corpus: [SRC.expired],
    key_phrases: ['This key has expired before redemption.'],
  },
  {
    name: 'b33-cdkeys-complete-sft', case: 'b33-en-cdkeys-expired-passed', file: 'Screenshot 2028-04-04 191530.png', split: B,
    style: 'cdkeys-order', device: 'desktop-1366x768',
    order: {
      number: O5, status: 'Complete', tone: 'ok', date: 'April 1, 2028',
      items: [['Starfall Tactics – Deluxe Edition PC (Riftgate) Key', 'SFT-DLX-PC', '£18.99', 1, '£18.99']],
      keys: ['SFT-****-****-****-8KXA'], keyNote: 'Delivered 01/04/2028 16:05. Faulty keys must be reported within 24 hours of delivery.',
      totals: [['Subtotal', '£18.99'], ['Grand Total', '£18.99']], payment: 'PayPal',
    },
    key_phrases: [O5, '£18.99', 'within 24 hours of delivery'],
  },
  {
    name: 'b33-proton-expired', case: 'b33-en-cdkeys-expired-passed', file: 'Screenshot 2028-04-04 200208.png', split: B,
    style: 'proton-mail', device: 'desktop-1920x1080', me: 'H',
    mail: {
      folder: 'Inbox', inboxCount: '2',
      list: [['CDKeys.com Support', `Re: Order #${O5} key expired`, '19:58', true], ['Riftgate', 'Your weekly Riftgate news', '12:30'], ['CDKeys.com', `Your order #${O5} is complete`, '1 Apr']],
      subject: `Re: Order #${O5} key expired`,
      messages: [
        { from: 'Holly Bennett', addr: '<hollyb92@proton.me>', to: 'support@cdkeys.com', role: 'buyer', date: 'Tue, 4 Apr 2028, 19:16', text: [`Hello, I tried to redeem the Starfall Tactics key from order #${O5} today and the launcher says "This key has expired before redemption." Screenshot attached. Can I have a refund?`] },
        { from: 'CDKeys.com Support', addr: '<support@cdkeys.com>', role: 'merchant', date: 'Tue, 4 Apr 2028, 19:58', text: [`Hi Holly, the key for order #${O5} was delivered on 1 April at 16:05. As shown on the order page, faulty keys have to be reported within 24 hours of delivery, so we cannot refund this order now.`, 'Kind regards,\nMia – CDKeys.com Support'] },
      ],
    },
    key_phrases: [O5, 'delivered on 1 April at 16:05', 'cannot refund this order'],
  },

  // ── 6 b33-de-tidio-private-paypal: not_received, ready/weak + private-channel ──────────────
  {
    name: 'b33-proton-receipt-de', case: 'b33-de-tidio-private-paypal', file: 'Screenshot 2028-04-12 203012.png', split: B,
    style: 'proton-mail', device: 'desktop-1366x768', me: 'J',
    mail: {
      folder: 'Inbox', inboxCount: '1',
      list: [['Spielwerk Keys', `Order ${O6} confirmed`, 'Yesterday', true], ['Deutsche Bahn', 'Ihre Buchungsbestätigung', 'Mon']],
      subject: `Order ${O6} confirmed`,
      messages: [
        { from: 'Spielwerk Keys', addr: '<orders@spielwerk-keys.de>', role: 'merchant', date: 'Tue, 11 Apr 2028, 19:41', text: ['Hi Jonas, thank you for your order!', `Order: ${O6}\nProduct: PlayStation Store Gift Card €25 (DE) – digital code\nTotal paid: €24.99 (PayPal)\nStatus: paid – your code will be e-mailed as soon as it is ready.`] },
      ],
    },
    key_phrases: [O6, '€24.99', 'PlayStation Store Gift Card €25'],
  },
  {
    name: 'b33-tidio-private', case: 'b33-de-tidio-private-paypal', file: 'Screenshot_20280412-205530.jpg', split: B,
    style: 'tidio-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '20:55', battery: 34, title: 'Spielwerk Keys', merchantName: 'Lukas', brandColor: '#7C3AED', brandColor2: '#4C1D95', opColor: '#0EA5E9',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, order ${O6} (PSN €25) was paid yesterday at 19:40 and I still have no code. What's happening?`, at: '20:31' },
      { from: 'merchant', text: 'Hi Jonas, sorry, the DE €25 cards are sold out and a refund through the shop takes 10 days.', at: '20:44' },
      { from: 'merchant', text: 'Send me your PayPal address and I pay the €24.99 back to you personally tonight, outside the shop. Then please confirm delivery on your order, ok?', at: '20:45' },
      { from: 'buyer', text: 'No thanks, I will request the refund on the order.', at: '20:52' },
    ],
    key_phrases: [O6, 'back to you personally tonight, outside the shop', 'confirm delivery on your order'],
  },

  // ── 7 b33-ca-freshchat-late-threat: late_delivery, ready/weak + threatening-language ───────
  {
    name: 'b33-yahoo-receipt-ca', case: 'b33-ca-freshchat-late-threat', file: 'IMG_2604.PNG', split: B,
    style: 'yahoo-mail', device: 'iphone-1170x2532', clock: '10:07', battery: 88,
    mail: {
      subject: `MapleCodes receipt – order ${O7}`,
      messages: [
        { from: 'MapleCodes', role: 'merchant', date: 'Apr 13, 10:06 AM', text: ['Thanks for shopping with MapleCodes! Your payment was received.'], rows: [['Order', O7], ['Item', 'Roblox Gift Card CA$50 – digital code'], ['Total', 'CA$52.50'], ['Paid with', 'Interac Online'], ['Delivery', 'within 1 hour of payment']], after: ['Your code will be sent to this address.'] },
      ],
    },
    key_phrases: [O7, 'CA$52.50', 'within 1 hour of payment'],
  },
  {
    name: 'b33-freshchat-threat', case: 'b33-ca-freshchat-late-threat', file: 'Screenshot_20280413-160214.png', split: B,
    style: 'freshchat', device: 'android-1080x2400', clock: '16:02', battery: 41, title: 'MapleCodes', topic: 'Order help', replyTime: 'Typically replies in a few hours', merchantName: 'Noah', brandColor: '#C2410C',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Order ${O7}, Roblox CA$50. Paid at 10:05, your receipt says within 1 hour. It's 1 pm and no code.`, at: '1:10 PM' },
      { from: 'buyer', text: '3:40 now and still no code. You people are thieves. Refund me today or I report MapleCodes to the police and post your scam in every Reddit group I can find.', at: '3:41 PM', read: true },
      { from: 'merchant', text: `Hi, I'm sorry for the delay on ${O7}. Our Roblox supplier has not sent any CA$50 codes since this morning, so we can't deliver it today.`, at: '3:55 PM' },
      { from: 'merchant', text: 'Please request a refund on the order page and we will approve the full CA$52.50.', at: '3:56 PM' },
    ],
    key_phrases: [O7, 'You people are thieves', 'approve the full CA$52.50'],
  },

  // ── 8 b33-au-zoho-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────────
  {
    name: 'b33-shopify-wrong-au', case: 'b33-au-zoho-wrong-near', file: 'IMG_0417.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '14:06', battery: 77, shop: 'RoamKeys AU', brandColor: '#15803D', expanded: true,
    order: {
      number: O8, name: 'Liam', headline: 'Your order is confirmed',
      lines: ['Keys are released after a short payment check.', 'Orders can be cancelled for a full refund within 1 hour if the key has not been released.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Apr 10, 2:02 PM'] },
      email: 'li****@outlook.com', payment: 'Mastercard ending in 5512 — A$69.95',
      items: [['It Takes Two – PS5 Digital Code (AU)', '1', 'A$69.95', 'PlayStation · Australia']], subtotal: 'A$69.95', total: 'A$69.95', currency: 'AUD',
    },
    key_phrases: [O8, 'PS5 Digital Code', 'if the key has not been released'],
  },
  {
    name: 'b33-zoho-wrong', case: 'b33-au-zoho-wrong-near', file: 'Screenshot 2028-04-10 142512.png', split: B,
    style: 'zoho-salesiq', device: 'desktop-1366x768', title: 'RoamKeys AU', site: 'RoamKeys AU', merchantName: 'Zoe', brandColor: '#15803D', opColor: '#F59E0B', selfBg: '#DCFCE7',
    messages: [
      { from: 'buyer', text: `Hi, I just bought It Takes Two for PS5 by mistake (order ${O8}). I only have an Xbox. Can you cancel it before the key is released?`, at: '14:08' },
      { from: 'system', text: 'Zoe has joined the conversation.' },
      { from: 'merchant', text: `Hi Liam, no worries. The key for ${O8} has not been released yet and I have stopped it.`, at: '14:20' },
      { from: 'merchant', text: 'Please submit the cancellation on your order page and we will refund the full A$69.95.', at: '14:21' },
    ],
    key_phrases: [O8, 'has not been released yet', 'refund the full A$69.95'],
  },

  // ── 9 b33-zh-tidio-other-order: card_invalid, reverse: the chat is about another order ─────
  {
    name: 'b33-msgbox-another-user', case: 'b33-zh-tidio-other-order', file: '屏幕截图 2028-04-11 222014.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '22:20', date: '2028/4/11', winX: 320, winY: 110,
    app: { title: 'Fluxa AI Desktop', color: '#4F46E5', heading: 'Redeem an access key', button: 'Redeem', fields: [['Access key', 'FLXA-****-****-****-7JQM'], ['Account', 'wang****@163.com']], version: 'Fluxa AI 3.4 · Free plan' },
    box: { title: 'Fluxa AI', icon: 'error', text: 'This key has already been redeemed by another user', buttons: ['OK'] },
    corpus: [SRC.another],
    key_phrases: ['This key has already been redeemed by another user'],
  },
  {
    name: 'b33-tidio-other-order', case: 'b33-zh-tidio-other-order', file: 'IMG_7702.PNG', split: B,
    style: 'tidio-chat', device: 'iphone-1170x2532', clock: '23:05', battery: 29, title: 'KeyHarbor', merchantName: 'Ivy', brandColor: '#0891B2', brandColor2: '#1E40AF', opColor: '#F472B6',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `hi, Fluxa AI Pro 的 key 兑换不了，提示 "This key has already been redeemed by another user"。order ${O9b}，please check 一下。`, at: '22:24' },
      { from: 'merchant', text: `Hi Wang, order ${O9b} was delivered on March 20 and that key was redeemed the same day on an account ending @163.com. Did you redeem it yourself back then?`, at: '22:51' },
      { from: 'buyer', text: '哦那个可能是我上个月用的…反正现在这个 key 用不了，帮我退款吧。', at: '22:58' },
      { from: 'merchant', text: 'If the key in the screenshot is from a different order, please send me that order number.', at: '23:03' },
    ],
    corpus: [SRC.another],
    key_phrases: [O9b, 'delivered on March 20', 'a different order'],
  },
  {
    name: 'b33-yahoo-receipt-zh', case: 'b33-zh-tidio-other-order', file: 'IMG_7689.PNG', split: B,
    style: 'yahoo-mail', device: 'iphone-1170x2532', lang: 'zh', clock: '21:52', battery: 36, dark: true,
    mail: {
      subject: `KeyHarbor order ${O9} – your access key`,
      messages: [
        { from: 'KeyHarbor', role: 'merchant', date: '4月11日 21:50', text: ['Hi Wang, thanks for your order. Your access key is below.'], rows: [['Order', O9], ['Product', 'Fluxa AI Pro – 12 months access key'], ['Total', 'US$59.00'], ['Payment', 'Alipay'], ['Key', 'FLXA-****-****-****-7JQM']] },
      ],
    },
    key_phrases: [O9, 'US$59.00', 'Fluxa AI Pro'],
  },

  // ── 10 b33-hk-freshchat-serial-return: card_invalid asked as 退貨, reverse ─────────────────
  {
    name: 'b33-launcher-used-hk', case: 'b33-hk-freshchat-serial-return', file: '螢幕擷取畫面 2028-04-12 213340.png', split: B,
    style: 'pc-launcher-error', device: 'desktop-1366x768', taskClock: ['下午 09:33', '12/4/2028'],
    launcher: {
      name: '星途遊戲', accent: '#F59E0B', hue: '#4c1d95', game: '幻境之城', nav: ['首頁', '我的遊戲', '儲值中心', '活動', '客服'], navOn: 2,
      panelTitle: '序號兌換', fields: [['兌換序號', 'XT8Q-****-****-4MWB'], ['遊戲帳號', 'kit****hk']], submit: '確認兌換',
    },
    dialog: { title: '兌換失敗', body: ['當前序號已被使用、請確認您輸入的序號是否正確！'], buttons: ['確定'] },
    corpus: [SRC.usedHant],
    key_phrases: ['當前序號已被使用、請確認您輸入的序號是否正確！'],
  },
  {
    name: 'b33-freshchat-return-hk', case: 'b33-hk-freshchat-serial-return', file: 'Screenshot_20280412-223105.png', split: B,
    style: 'freshchat', device: 'android-1080x2400', lang: 'zh-Hant', clock: '22:31', battery: 66, title: 'GameVault HK', topic: 'GameVault HK 客服', replyTime: '通常幾分鐘內回覆', merchantName: 'Ken', brandColor: '#0F766E',
    messages: [
      { from: 'time', text: '今日' },
      { from: 'buyer', text: `Hi，訂單 ${O10}，幻境之城 500 晶鑽序號，兌換時彈出「當前序號已被使用、請確認您輸入的序號是否正確！」，我 copy and paste 都唔得。`, at: '21:36' },
      { from: 'merchant', text: '你好，查過咗，呢個序號上游已經畀人用咗，係我哋出貨出錯，唔好意思，可以幫你退款。', at: '22:12' },
      { from: 'buyer', text: '咁我申請退貨退款，將個序號退返俾你哋，你哋收到再退錢。', at: '22:25', read: true },
      { from: 'merchant', text: '好，你喺平台提交就得。', at: '22:29' },
    ],
    corpus: [SRC.usedHant],
    key_phrases: [O10, '序號已被使用', '申請退貨退款'],
  },

  // ── 11 b33-us-proton-late-noreply: late_delivery, ready/weak + chat-no-reply ───────────────
  {
    name: 'b33-shopify-late-us', case: 'b33-us-proton-late-noreply', file: 'Screenshot 2028-04-15 174205.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'PinePixel Codes', brandColor: '#1D4ED8',
    order: {
      number: O11, name: 'Maya', headline: 'Your order is confirmed',
      lines: ['Digital codes are delivered by e-mail within 2 hours of payment.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Apr 14, 9:20 AM'] },
      email: 'ma****@proton.me', payment: 'Visa ending in 3308 — $100.00 USD', billing: 'Maya Ortiz\nRaleigh NC 27601\nUnited States',
      items: [['Apple Gift Card $100 – digital code (US)', '1', '$100.00', 'United States']], subtotal: '$100.00', total: '$100.00', currency: 'USD',
    },
    key_phrases: [O11, '$100.00', 'within 2 hours of payment'],
  },
  {
    name: 'b33-proton-noreply', case: 'b33-us-proton-late-noreply', file: 'Screenshot 2028-04-15 174630.png', split: B,
    style: 'proton-mail', device: 'desktop-1920x1080', me: 'M',
    mail: {
      folder: 'Sent',
      list: [['support@pinepixelcodes.com', `Order ${O11} – still no code`, '17:30', true], ['support@pinepixelcodes.com', `Order ${O11} – code not received`, 'Yesterday']],
      subject: `Order ${O11} – still no code`,
      messages: [
        { from: 'Maya Ortiz', addr: '<maya.ortiz@proton.me>', to: 'support@pinepixelcodes.com', date: 'Fri, 14 Apr 2028, 12:05', text: [`Hello, I paid order ${O11} (Apple Gift Card $100) at 9:20 this morning. Your site says codes come within 2 hours, but nothing has arrived, not in spam either.`] },
        { from: 'Maya Ortiz', addr: '<maya.ortiz@proton.me>', to: 'support@pinepixelcodes.com', date: 'Sat, 15 Apr 2028, 08:40', text: [`Second message: order ${O11} is still Unfulfilled and I have had no answer. When will the code be sent?`] },
        { from: 'Maya Ortiz', addr: '<maya.ortiz@proton.me>', to: 'support@pinepixelcodes.com', date: 'Sat, 15 Apr 2028, 17:30', text: ['Third message, still no code and no reply from anyone. If you cannot deliver, please refund the $100.00.'] },
      ],
    },
    key_phrases: [O11, 'no reply from anyone', 'Second message'],
  },

  // ── 12 b33-en-cdkeys-limit-nochat: activation_failed, reverse: no chat at all ──────────────
  {
    name: 'b33-msgbox-limit', case: 'b33-en-cdkeys-limit-nochat', file: 'IMG_20280418_213344.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.3, focus: [0.5, 0.42], clock: '21:33', date: '18/04/2028', winX: 620, winY: 220,
    app: { title: 'VaultGuard VPN', color: '#1E3A8A', heading: 'Activate VaultGuard Premium', button: 'Activate', fields: [['Licence key', 'VGVP-****-****-****-3HRC'], ['Device', 'OWEN-DESKTOP']], version: 'VaultGuard 6.1 · Free' },
    box: { title: 'VaultGuard VPN', icon: 'error', text: 'The license activation limit has been reached.', buttons: ['OK'] },
    corpus: [SRC.limit],
    key_phrases: ['The license activation limit has been reached.'],
  },
  {
    name: 'b33-cdkeys-complete-vpn', case: 'b33-en-cdkeys-limit-nochat', file: 'Screenshot 2028-04-18 214010.png', split: B,
    style: 'cdkeys-order', device: 'desktop-1920x1080', mark: { text: 'VGVP-' },
    order: {
      number: O12, status: 'Complete', tone: 'ok', date: 'April 18, 2028',
      items: [['VaultGuard VPN Premium 1 Device 1 Year PC Key', 'VGV-PREM-1Y', '£12.49', 1, '£12.49']],
      keys: ['VGVP-****-****-****-3HRC'],
      totals: [['Subtotal', '£12.49'], ['Grand Total', '£12.49']], payment: 'Apple Pay',
    },
    key_phrases: [O12, '£12.49', 'VaultGuard VPN Premium'],
  },

  // ── 13 b33-zh-zoho-partial: not_received, 1 of 3 codes, ready/weak + refund-partial ────────
  {
    name: 'b33-woo-jade', case: 'b33-zh-zoho-partial', file: 'IMG_4158.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '20:09', battery: 52,
    mail: {
      from: 'Jade Keys', to: '我', box: '收件箱', date: '2028年4月16日 20:08', subject: 'Your Jade Keys order is now complete', color: '#047857',
      heading: 'Your order is complete', hi: 'Hi 思远,',
      paras: ['We have finished processing your order.', 'Your codes are listed under My account > Codes.'],
      number: O13, orderDate: 'April 16, 2028',
      items: [['Apple Gift Card US$25 – digital code (US)', 3, 'US$75.00']],
      totals: [['Subtotal:', 'US$75.00'], ['Payment method:', 'Alipay'], ['Total:', 'US$75.00']],
    },
    key_phrases: [O13, 'US$75.00', 'Apple Gift Card US$25'],
  },
  {
    name: 'b33-zoho-partial', case: 'b33-zh-zoho-partial', file: 'IMG_4171.PNG', split: B,
    style: 'zoho-salesiq', device: 'iphone-1170x2532', lang: 'zh', clock: '11:32', battery: 80, title: 'Jade Keys', merchantName: 'Grace', brandColor: '#047857', opColor: '#DB2777', selfBg: '#D1FAE5',
    messages: [
      { from: 'buyer', text: `你好，订单 ${O13} 买了 3 张 Apple Gift Card US$25，邮件说 complete，但 My account 里只有 2 张码，第三张一直是 "pending"。`, at: '10:48' },
      { from: 'system', text: 'Grace 已加入对话。' },
      { from: 'merchant', text: `您好，查了 ${O13}：第三张码供应商缺货，发不出来，抱歉。前两张已正常发出。`, at: '11:15' },
      { from: 'merchant', text: '请在订单页申请退款 US$25.00（未发的那一张），我们会同意。', at: '11:16' },
      { from: 'buyer', text: '好的，那我申请 25 刀。', at: '11:20' },
    ],
    key_phrases: [O13, '第三张码供应商缺货', '我们会同意'],
  },

  // ── 14 b33-uk-cdkeys-revealed-norefund: wrong_purchase, reverse: terms exclude it ──────────
  {
    name: 'b33-cdkeys-revealed', case: 'b33-uk-cdkeys-revealed-norefund', file: 'IMG_9033.PNG', split: B,
    style: 'cdkeys-order', device: 'iphone-1170x2532', clock: '10:21', battery: 93,
    order: {
      number: O14, status: 'Complete', tone: 'ok', date: 'April 19, 2028',
      items: [['EA SPORTS FC 26 PS5 (UK) Digital Code', 'FC26-PS5-UK', '£44.99', 1, '£44.99']],
      keys: ['Revealed 19/04/2028 10:14 · 7TQK-****-****'], keyNote: 'Revealed keys are final sale and cannot be refunded.',
      totals: [['Subtotal', '£44.99'], ['Grand Total', '£44.99']], payment: 'PayPal',
    },
    key_phrases: [O14, '£44.99', 'final sale and cannot be refunded'],
  },
  {
    name: 'b33-yahoo-revealed', case: 'b33-uk-cdkeys-revealed-norefund', file: 'IMG_9041.PNG', split: B,
    style: 'yahoo-mail', device: 'iphone-1170x2532', clock: '10:38', battery: 91, dark: true,
    mail: {
      subject: `Order #${O14} – wrong platform`,
      messages: [
        { from: 'me', role: 'buyer', to: 'to CDKeys.com Support', date: '10:18', collapsed: true, text: [`Hi, I bought FC 26 for PS5 by mistake on order #${O14}, I only have a PS4. Can you cancel it?`] },
        { from: 'CDKeys.com Support', role: 'merchant', date: '10:35', text: [`Hi Ryan, I can see the code on order #${O14} was revealed at 10:14, two minutes after payment. Revealed keys are final sale under our terms, including purchases made by mistake.`, 'Sorry we cannot help further with this one.\nPriya – CDKeys.com Support'] },
      ],
    },
    key_phrases: [O14, 'was revealed at 10:14', 'final sale under our terms'],
  },
];
