// The forty-first blind end-to-end set (fixtures/blind41/): 14 cases written by a helper (branch b41),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind41'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is game top-ups and vouchers bought in South-East Asia,
// India, Latin America and the Gulf: top-up sites, card-store apps, wallets and the shops' WhatsApp
// Business chats. English mostly, some Chinese from diaspora buyers (Simplified in Dubai and
// Singapore, Traditional in Manila), Portuguese and Spanish only in the wallets' own labels. Six new
// app styles: `wa-business` (a shop's WhatsApp Business chat as the customer sees it),
// `smileone-order` (a Smile.one-style top-up order page), `paytm-receipt` (a Paytm-style UPI
// receipt), `grabpay-txn` (the Grab app's GrabPay transaction details), `mercadopago-activity`
// (Mercado Pago's activity detail, es/pt) and `likecard-order` (a Gulf digital-card store's order
// page in the Like Card manner).
// Render with `node scripts/real/render.mjs --set blind41`, then
// `node scripts/real/copy-cases.mjs --set blind41`. The set is judged once, at the end: do not tune on it.
const B = 'blind41';

const O1 = '2804121905418836'; // 16 digits (a top-up site's order number)
const O2 = 'DC2804140817'; // prefix + 10 digits
const O3 = 'RR-20417'; // a WhatsApp shop's own numbering
const O4 = '280418KQ7V3M2P'; // Shopee-style: date + 8 letters and digits
const O5 = 'LDG-20417733';
const O6 = 'NJ2804217721';
const O7 = 'WX2804231510376204'; // WX + 16 digits
const O8 = '2804241820556071'; // this order (April)
const O8b = '2803091412203318'; // the buyer's March order, the one the chat is about
const O9 = 'CHP2804250915';
const O10 = 'RK-28040118';
const O11 = 'SC88104273';
const O12 = 'QJ20280428200517'; // QJ + 14 digits
const O13 = 'MLB2804291930';
const O14 = 'PB2804302115';

const SRC = {
  meta: 'WhatsApp\'s business-chat notice: "This business uses a secure service from Meta to manage this chat. Tap to learn more." (reproduced in a public GitHub React mock-up, find_string id 54561774266), drawn by the wa-business style when `metaNotice` is set',
  cantUse: 'a gift-card check: "This gift card can\'t be used. Please contact support." (public GitHub Python file, find_string id 70759488451), put in the PlayStation redeem box',
  epin: 'an e-PIN service\'s status messages: "E-PIN has already been used and cannot be reused" (public GitHub Markdown file, find_string id 58256501357), put in the UniPin redeem alert',
  lapsed: 'a gift-code redeemer: "兑换失败,兑换码已失效！！！" (public GitHub Java file, find_string id 38767642545)',
  expired: 'a gift-code check: "This gift redemption code has expired." (public GitHub JavaScript file, find_string id 68845842299), put under Google Play\'s code field',
  membership: 'a membership module\'s language file: "Your membership could not be activated at this time due to the following reason: " (public GitHub PHP file, find_string id 15987834673); the reason after it is the author\'s own',
};

export default [
  // ── 1 b41-ph-smileone-mlbb-nr: not_received, ready ─────────────────────────────────────────
  {
    name: 'b41-smileone-mlbb-pending', case: 'b41-ph-smileone-mlbb-nr', file: 'Screenshot_20280412-213544.png', split: B,
    style: 'smileone-order', device: 'android-1080x2400', clock: '21:35', battery: 58, country: 'Philippines', gameColor: '#2563EB',
    order: {
      heading: 'Order details', tone: 'wait', status: 'Processing', game: 'Mobile Legends: Bang Bang', item: '1412 Diamonds',
      rows: [['Order No.', O1], ['Role ID (Zone ID)', '518228830 (2817)'], ['Payment', 'GCash'], ['Amount', '₱1,249.00'], ['Created', '2028-04-12 19:05:33']],
      note: ['Your order is being processed. If the items have not arrived after 30 minutes, contact customer service with your order number.'],
      button: 'Contact customer service',
    },
    key_phrases: [O1, '₱1,249.00', 'Processing', '518228830 (2817)'],
  },
  {
    name: 'b41-wab-smileone-nr', case: 'b41-ph-smileone-mlbb-nr', file: 'Screenshot_20280412-213702.png', split: B,
    style: 'wa-business', device: 'android-1080x2400', clock: '21:37', battery: 57, title: 'Smile One Support PH', picColor: '#FF7A00', metaNotice: true,
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '19:31', text: `Hi, order ${O1}: 1412 diamonds for ID 518228830 (2817), paid ₱1,249 by GCash at 7:05 pm. It still says Processing and nothing came into my game.` },
      { from: 'merchant', at: '19:31', text: 'Hi! Thanks for contacting us. An agent will reply as soon as possible. Please send your order number.' },
      { from: 'merchant', at: '21:12', text: `Sorry for the wait. Your payment for ${O1} reached us, but the top-up to your ID failed on our side and no diamonds were sent. Please request a refund on the order, it will be approved.` },
      { from: 'buyer', at: '21:14', text: 'Ok, I will request it now. Thanks.' },
    ],
    corpus: [SRC.meta],
    key_phrases: [O1, 'no diamonds were sent', 'it will be approved'],
  },

  // ── 2 b41-ae-likecard-psn-used: card_invalid, ready ────────────────────────────────────────
  {
    name: 'b41-likecard-psn-done', case: 'b41-ae-likecard-psn-used', file: 'IMG_3318.PNG', split: B,
    style: 'likecard-order', device: 'iphone-1170x2532', clock: '20:16', battery: 71, shop: 'DUNECARDS', cardColor: '#0B4DA2',
    order: {
      number: `Order #${O2}`, date: '14 Apr 2028, 8:13 PM', tone: 'ok', status: 'Completed',
      product: 'PlayStation Store Gift Card $20', sub: 'UAE account · Qty 1', price: 'AED 79.00',
      codes: [{ rows: [['Serial', '3310****8842'], ['Code', 'Q7K2-****-****']], hint: 'Redeem on your PS5: PlayStation Store › ⋯ › Redeem code.' }],
      pay: [['Payment method', 'Apple Pay'], ['Subtotal', 'AED 75.24'], ['VAT 5%', 'AED 3.76'], ['Total', 'AED 79.00']],
    },
    key_phrases: [O2, 'AED 79.00', 'Completed', 'PlayStation Store Gift Card $20'],
  },
  {
    name: 'b41-ps-cant-use', case: 'b41-ae-likecard-psn-used', file: 'IMG_20280414_205702.jpg', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.05,
    code: 'Q7K2-****-****', heading: 'Can\'t redeem',
    lines: ['This gift card can\'t be used. Please contact support.'],
    corpus: [SRC.cantUse],
    key_phrases: ['This gift card can\'t be used.'],
  },
  {
    name: 'b41-wab-psn-admit', case: 'b41-ae-likecard-psn-used', file: 'IMG_3326.PNG', split: B,
    style: 'wa-business', device: 'iphone-1170x2532', clock: '21:44', battery: 64, title: 'DuneCards Support', picColor: '#0B4DA2', metaNotice: true, readColor: true,
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '20:58', text: `Hello, order ${O2}. The PS Store card I got at 8:14 pm doesn't work on my PS5: "This gift card can't be used. Please contact support." Photo attached, I entered it once.` },
      { from: 'buyer', type: 'image', hue: 225, w: 210, h: 120, at: '20:58' },
      { from: 'merchant', at: '21:40', text: `Checked with our distributor: the code in ${O2} was killed by the card issuer before we delivered it to you. That is our error, sorry.` },
      { from: 'merchant', at: '21:41', text: 'Please raise a refund request from the order page (Contact support › Refund). We will approve the full AED 79.' },
      { from: 'buyer', at: '21:43', text: 'Thanks, I\'ll send it.' },
    ],
    corpus: [SRC.meta, SRC.cantUse],
    key_phrases: [O2, 'That is our error', 'We will approve the full AED 79.'],
  },

  // ── 3 b41-br-mp-ff-late: late_delivery, ready ──────────────────────────────────────────────
  {
    name: 'b41-mp-ff-paid', case: 'b41-br-mp-ff-late', file: 'Screenshot_20280416-233802.png', split: B,
    style: 'mercadopago-activity', lang: 'pt', device: 'android-1080x2400', clock: '23:38', battery: 33, avatarColor: '#E53935',
    payment: {
      kind: 'Você pagou a', to: 'Recarga Relâmpago', amount: 'R$ 39,90', status: 'Aprovado', tone: 'ok',
      rows: [['Descrição', `Pedido ${O3} · Free Fire 1.060 diamantes`], ['Meio de pagamento', 'Pix'], ['Data', '16 de abril de 2028, 19:05'], ['Número da operação', '81377420519']],
    },
    key_phrases: [O3, 'R$ 39,90', 'Aprovado'],
  },
  {
    name: 'b41-wab-ff-late', case: 'b41-br-mp-ff-late', file: 'Screenshot_20280416-233545.png', split: B,
    style: 'wa-business', device: 'android-1080x2400', clock: '23:35', battery: 34, title: 'Recarga Relâmpago', picColor: '#E53935', readColor: true,
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'merchant', at: '18:58', text: 'Olá! 👋 Welcome to Recarga Relâmpago. Diamonds are delivered within 15 minutes after the payment is confirmed. Send the item and your Free Fire ID.' },
      { from: 'buyer', type: 'card', card: { title: 'Free Fire 1.060 Diamantes', price: 'R$ 39,90', order: '1 item · from the catalog' } },
      { from: 'merchant', at: '19:01', text: `Order ${O3} confirmed ✅ ID 118642207. Payment link sent, you can pay with Pix or card in Mercado Pago.` },
      { from: 'buyer', at: '20:10', text: `Paid R$ 39,90 at 19:05. It's been an hour and no diamonds on ID 118642207. Order ${O3}?` },
      { from: 'buyer', at: '23:20', text: 'Still nothing after more than 4 hours. I needed them for tonight\'s event. I want my money back.' },
      { from: 'merchant', at: '23:34', text: `You're right, we can't deliver ${O3} today. Ask for the refund in Mercado Pago on this payment, we will accept it.` },
    ],
    key_phrases: [O3, 'within 15 minutes after the payment is confirmed', 'we will accept it'],
  },

  // ── 4 b41-my-shopee-vp-private: not_received, ready/weak + private-channel ────────────────
  {
    name: 'b41-shopee-vp-toship', case: 'b41-my-shopee-vp-private', file: 'Screenshot_20280419-114810.png', split: B,
    style: 'shopee-order', device: 'android-1080x2400', clock: '11:48', battery: 45, lang: 'en',
    order: {
      tone: 'wait', status: 'To Ship', statusSub: 'Paid on 18-04-2028 13:20. The seller has not sent your code yet.',
      shop: 'VPointz MY', product: 'Valorant 1000 VP Gift Code (MY/SEA) – code sent in chat', variation: 'Variation: 1000 VP', price: 'RM45.90',
      rows: [['Order ID', O4], ['Payment Method', 'Online Banking'], ['Order Time', '18-04-2028 13:19'], ['Payment Time', '18-04-2028 13:20']],
      noteTitle: 'Product description', note: ['Code is sent in Shopee Chat after payment. Redeem in the Riot client under Store › Prepaid cards & codes.'],
      buttons: ['Contact Seller', 'Cancel Order'],
    },
    key_phrases: [O4, 'RM45.90', 'To Ship'],
  },
  {
    name: 'b41-shopee-chat-grabpay-offer', case: 'b41-my-shopee-vp-private', file: 'Screenshot_20280419-115203.png', split: B,
    style: 'shopee-chat', device: 'android-1080x2400', degrade: ['crop:140'], clock: '11:52', battery: 44, lang: 'en', title: 'VPointz MY',
    pin: { title: 'Valorant 1000 VP Gift Code (MY/SEA) – code sent in chat', order: `Order ID ${O4}`, price: 'RM45.90', status: 'To Ship' },
    messages: [
      { from: 'time', text: 'Yesterday 14:40' },
      { from: 'buyer', at: '14:40', text: `Hi, order ${O4} was paid at 1:20pm. Still no VP code in chat.` },
      { from: 'merchant', at: '15:02', text: 'Sorry boss, stock issue. Tomorrow ok?' },
      { from: 'time', text: 'Today 10:05' },
      { from: 'buyer', at: '10:05', text: 'Still nothing today. Can you send the code?' },
      { from: 'merchant', at: '11:31', text: 'Shopee hold my money 2 weeks 😩 You cancel this order, I send the code by WhatsApp, you GrabPay me RM42 direct to 012-7** ****. Cheaper for you.' },
      { from: 'buyer', at: '11:40', text: 'No thanks, I keep everything on Shopee. If you have no code, please refund through the order.' },
      { from: 'merchant', at: '11:44', text: 'ok up to you' },
    ],
    key_phrases: [O4, 'you GrabPay me RM42 direct', 'I keep everything on Shopee'],
  },

  // ── 5 b41-in-paytm-pubg-wrong-near: wrong_purchase, ready/weak + deadline-near ────────────
  {
    name: 'b41-paytm-pubg-paid', case: 'b41-in-paytm-pubg-wrong-near', file: 'Screenshot_20280420-210318.png', split: B,
    style: 'paytm-receipt', device: 'android-1080x2400', clock: '21:03', battery: 62, avatarColor: '#F97316',
    receipt: {
      amount: '₹799', date: '09:02 PM, 20 Apr 2028', to: 'LootDrop Gaming', upi: 'lootdropgaming@paytm',
      rows: [['UPI Ref No.', '811204377265'], ['Order ID', O5], ['From', 'HDFC Bank - 4471']],
    },
    key_phrases: [O5, '₹799', 'Paid Successfully'],
  },
  {
    name: 'b41-wab-pubg-cancel', case: 'b41-in-paytm-pubg-wrong-near', file: 'Screenshot_20280420-212305.png', split: B,
    style: 'wa-business', dark: true, device: 'android-1080x2400', clock: '21:23', battery: 60, title: 'LootDrop Gaming', picColor: '#F97316', readColor: true,
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '21:07', text: `Hi, I just paid ₹799 for order ${O5}, PUBG MOBILE 660 UC. My mistake! I play BGMI, not the global PUBG MOBILE, so this UC is no use to me. Please don't send it, I want to cancel.` },
      { from: 'merchant', at: '21:21', text: `Order ${O5} is still in the queue, nothing was sent. We have stopped it. Please raise the cancellation on our site (My orders › Cancel) and we'll refund the ₹799 to your Paytm.` },
      { from: 'buyer', at: '21:22', text: 'Thank you, doing it now.' },
    ],
    key_phrases: [O5, 'My mistake! I play BGMI', 'nothing was sent'],
  },

  // ── 6 b41-sa-unipin-epin-threat: card_invalid, ready/weak + threatening-language ─────────
  {
    name: 'b41-likecard-unipin-dark', case: 'b41-sa-unipin-epin-threat', file: 'Screenshot_20280421-223544.png', split: B,
    style: 'likecard-order', dark: true, device: 'android-1080x2400', clock: '22:35', battery: 29, shop: 'NAJM CARDS', cardColor: '#B91C1C',
    order: {
      number: `Order #${O6}`, date: '21 Apr 2028, 10:29 PM', tone: 'ok', status: 'Completed',
      product: 'UniPin Voucher SAR 50', sub: 'Saudi Arabia · Qty 1', price: 'SAR 57.50',
      codes: [{ rows: [['Serial', 'UPSA-R-S-0041****'], ['E-PIN', '****-****-****-2207']], hint: 'Redeem on UniPin: choose your game, enter the serial and the E-PIN.' }],
      pay: [['Payment method', 'mada'], ['Subtotal', 'SAR 50.00'], ['VAT 15%', 'SAR 7.50'], ['Total', 'SAR 57.50']],
    },
    key_phrases: [O6, 'SAR 57.50', 'Completed'],
  },
  {
    name: 'b41-unipin-epin-used', case: 'b41-sa-unipin-epin-threat', file: 'Screenshot_20280421-223312.png', split: B,
    style: 'unipin-voucher', device: 'android-1080x2400', clock: '22:33', battery: 30, country: 'Saudi Arabia',
    game: 'PUBG MOBILE', publisher: 'Level Infinite', gameColor: '#D4A017',
    player: [['Player ID', '5147720931']],
    voucher: [['Serial number', 'UPSA-R-S-0041****'], ['PIN', '****-****-****-2207']],
    alert: { tone: 'bad', title: 'Redeem failed', text: ['E-PIN has already been used and cannot be reused'] },
    corpus: [SRC.epin],
    key_phrases: ['E-PIN has already been used and cannot be reused'],
  },
  {
    name: 'b41-wab-unipin-threat', case: 'b41-sa-unipin-epin-threat', file: 'Screenshot_20280422-101530.png', split: B,
    style: 'wa-business', device: 'android-1080x2400', clock: '10:15', battery: 81, title: 'Najm Cards', picColor: '#B91C1C', readColor: true,
    messages: [
      { from: 'time', text: 'YESTERDAY' },
      { from: 'buyer', at: '22:34', text: `Order ${O6}. Your UniPin E-PIN does not work: "E-PIN has already been used and cannot be reused". I got it 3 minutes ago!` },
      { from: 'buyer', type: 'image', hue: 10, w: 110, h: 200, at: '22:34' },
      { from: 'buyer', at: '23:50', text: 'No answer?? You sold me a used PIN. Refund me today or I report you to the Ministry of Commerce and post your number in every gaming group. Bunch of crooks.' },
      { from: 'time', text: 'TODAY' },
      { from: 'merchant', at: '10:12', text: `Sorry for the late reply. Our supplier confirms the E-PIN in ${O6} was redeemed at 22:05, before it was delivered to you. Please request the refund from the order page and we will accept it.` },
    ],
    corpus: [SRC.epin],
    key_phrases: [O6, 'Bunch of crooks.', 'we will accept it'],
  },

  // ── 7 b41-zh-ae-giftcode-return: card_invalid, request: return → not-ready ───────────────
  {
    name: 'b41-dialog-giftcode-lapsed', case: 'b41-zh-ae-giftcode-return', file: 'Screenshot_20280423-154022.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '15:40', battery: 77, appTitle: '星海纪元 · 礼包兑换',
    fields: [['角色ID', '80417733'], ['兑换码', 'XH64-****-****-7QK2']], submit: '兑换',
    dialog: { title: '提示', body: ['兑换失败,兑换码已失效！！！'], buttons: ['确定'] },
    corpus: [SRC.lapsed],
    key_phrases: ['兑换失败,兑换码已失效'],
  },
  {
    name: 'b41-wx-giftcode-return', case: 'b41-zh-ae-giftcode-return', file: 'Screenshot_20280423-162544.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', clock: '16:25', battery: 73, title: '迪拜游戏小铺',
    messages: [
      { from: 'time', text: '15:42' },
      { from: 'buyer', text: `订单${O7}的648礼包码兑换不了，提示「兑换失败,兑换码已失效！！！」，我刚收到就去兑的` },
      { from: 'buyer', type: 'image', hue: 200, w: 110, h: 200 },
      { from: 'merchant', text: '稍等，我问一下上游' },
      { from: 'time', text: '16:20' },
      { from: 'merchant', text: '上游说这批码被官方作废了，是我们的问题，不好意思' },
      { from: 'buyer', text: '那这个码我退回给你们，你们按退货流程走，钱退我就行' },
      { from: 'merchant', text: '可以，你在订单里提交申请，我们同意' },
    ],
    corpus: [SRC.lapsed],
    key_phrases: [O7, '被官方作废了', '按退货流程走'],
  },

  // ── 8 b41-mx-smileone-genshin-other-order: late_delivery, not-ready (order-id-mismatch) ──
  {
    name: 'b41-smileone-genshin-desk', case: 'b41-mx-smileone-genshin-other-order', file: 'Screenshot 2028-04-25 094812.png', split: B,
    style: 'smileone-order', device: 'desktop-1366x768', country: 'México', account: 'dani****@gmail.com', gameColor: '#7C3AED', mark: { text: 'Top-ups usually arrive' },
    order: {
      heading: 'Order details', tone: 'wait', status: 'Processing', game: 'Genshin Impact', item: '980 Genesis Crystals',
      rows: [['Order No.', O8], ['UID (Server)', '812004550 (America)'], ['Payment', 'Mercado Pago'], ['Amount', 'MX$299.00'], ['Created', '2028-04-24 18:20:41']],
      note: ['Top-ups usually arrive within 5 minutes. If it takes longer, contact support with this order number.'],
      button: 'Contact support',
    },
    key_phrases: [O8, 'MX$299.00', 'Processing'],
  },
  {
    name: 'b41-mp-genshin-paid', case: 'b41-mx-smileone-genshin-other-order', file: 'Screenshot_20280425-095102.png', split: B,
    style: 'mercadopago-activity', lang: 'es', device: 'android-1080x2400', clock: '09:51', battery: 88, avatarColor: '#FF7A00',
    payment: {
      kind: 'Pagaste a', to: 'Smile One', amount: '$ 299', status: 'Aprobado', tone: 'ok',
      rows: [['Descripción', `Smile One · pedido ${O8}`], ['Medio de pago', 'Dinero disponible'], ['Fecha', '24 de abril de 2028, 18:20'], ['Número de operación', '81544020376']],
    },
    key_phrases: [O8, '$ 299', 'Aprobado'],
  },
  {
    name: 'b41-wab-genshin-march', case: 'b41-mx-smileone-genshin-other-order', file: 'Screenshot_20280425-095530.png', split: B,
    style: 'wa-business', device: 'android-1080x2400', clock: '09:55', battery: 87, title: 'Smile One Support', picColor: '#FF7A00', metaNotice: true, readColor: true,
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '09:20', text: `Hi, my Genshin top-up never arrived. Order ${O8b}, 980 Genesis Crystals to UID 812004550. Please check.` },
      { from: 'merchant', at: '09:41', text: `Order ${O8b} was delivered to UID 812004550 on 9 March at 14:13 (status Success). Is there another order you meant?` },
      { from: 'buyer', at: '09:44', text: 'Oh, let me check and come back.' },
    ],
    corpus: [SRC.meta],
    key_phrases: [O8b, 'Is there another order you meant?'],
  },

  // ── 9 b41-ph-gplay-expired-passed: card_invalid, not-ready (deadline-passed) ─────────────
  {
    name: 'b41-grabpay-cardhaus', case: 'b41-ph-gplay-expired-passed', file: 'Screenshot_20280427-203012.png', split: B,
    style: 'grabpay-txn', device: 'android-1080x2400', clock: '20:30', battery: 52, avatarColor: '#0EA5E9',
    txn: {
      merchant: 'CardHaus PH', amount: '-₱1,000.00', tone: 'ok', status: 'Successful',
      rows: [['Transaction ID', 'A-4XQ2K7PLM9ZT'], ['Date & time', '25 Apr 2028, 9:12 AM'], ['Paid with', 'GrabPay Wallet'], ['Merchant reference', O9]],
    },
    key_phrases: [O9, '-₱1,000.00', 'Successful'],
  },
  {
    name: 'b41-gplay-code-expired', case: 'b41-ph-gplay-expired-passed', file: 'IMG-20280427-WA0008.jpg', split: B,
    style: 'google-play-redeem', device: 'android-1080x2400', degrade: ['forward'], clock: '20:27', battery: 53,
    account: 'ma*****@gmail.com', code: 'P9RZ-****-****-4TNC',
    lines: ['This gift redemption code has expired.'],
    corpus: [SRC.expired],
    key_phrases: ['This gift redemption code has expired.'],
  },
  {
    name: 'b41-tg-gplay-24h', case: 'b41-ph-gplay-expired-passed', file: 'IMG_9041.PNG', split: B,
    style: 'telegram', device: 'iphone-1170x2532', clock: '20:52', battery: 49, title: 'CardHaus PH', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'April 27' },
      { from: 'buyer', at: '20:31', text: `Hi, order ${O9}, the Google Play ₱1,000 code from Tuesday morning. I only tried it now and Play says "This gift redemption code has expired."` },
      { from: 'merchant', at: '20:48', text: 'Hi po. The code was checked valid when we sent it on 25 Apr 9:15 AM. Our terms say any code problem has to reach us no more than 24 hours after the code is sent, so we can\'t refund it anymore. Sorry.' },
      { from: 'buyer', at: '20:50', text: 'I was busy, didn\'t open it until today.' },
    ],
    corpus: [SRC.expired],
    key_phrases: [O9, 'no more than 24 hours after the code is sent', 'we can\'t refund it anymore'],
  },

  // ── 10 b41-my-grabpay-razer-partial: not_received (RM50 of RM150), ready/weak + refund-partial
  {
    name: 'b41-grabpay-reloadking', case: 'b41-my-grabpay-razer-partial', file: 'IMG_7714.PNG', split: B,
    style: 'grabpay-txn', device: 'iphone-1170x2532', clock: '9:44', battery: 90, avatarColor: '#16A34A',
    txn: {
      merchant: 'ReloadKing Enterprise', amount: '-RM150.00', tone: 'ok', status: 'Successful',
      rows: [['Transaction ID', 'A-7MW3R8QHE2VD'], ['Date & time', '26 Apr 2028, 2:02 PM'], ['Paid with', 'GrabPay Wallet'], ['Merchant reference', O10]],
    },
    key_phrases: [O10, '-RM150.00', 'Successful'],
  },
  {
    name: 'b41-wab-razer-third', case: 'b41-my-grabpay-razer-partial', file: 'IMG_7716.PNG', split: B,
    style: 'wa-business', device: 'iphone-1170x2532', clock: '9:45', battery: 90, title: 'ReloadKing', picColor: '#16A34A', metaNotice: true, readColor: true,
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'merchant', type: 'card', card: { title: `Order ${O10}`, price: 'RM150.00', order: 'Razer Gold PIN RM50 × 3', status: 'Paid · GrabPay' } },
      { from: 'merchant', at: '14:10', text: 'PIN 1: ****-****-3381\nPIN 2: ****-****-9054\nPIN 3 coming soon, supplier restocking.' },
      { from: 'buyer', at: '14:25', text: 'PIN 1 and 2 reloaded OK, thanks. Waiting for the third one.' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '09:12', text: `Morning. Still no third PIN for ${O10}. Can you send it?` },
      { from: 'merchant', at: '09:40', text: 'Sorry, our supplier has no more RM50 PINs this week. We refund RM50 for the third PIN, please submit the refund for RM50 only.' },
      { from: 'buyer', at: '09:42', text: 'Ok, submitting RM50.' },
    ],
    corpus: [SRC.meta],
    key_phrases: [O10, 'Still no third PIN', 'submit the refund for RM50 only'],
  },

  // ── 11 b41-sa-likecard-uc-noreply: not_received, ready/weak + chat-no-reply ──────────────
  {
    name: 'b41-likecard-uc-processing', case: 'b41-sa-likecard-uc-noreply', file: 'IMG_5206.PNG', split: B,
    style: 'likecard-order', device: 'iphone-1170x2532', clock: '8:52', battery: 67, shop: 'SAHARA CODES', cardColor: '#CA8A04',
    order: {
      number: `Order #${O11}`, date: '27 Apr 2028, 11:10 PM', tone: 'wait', status: 'Processing',
      product: 'PUBG MOBILE 1800 UC Redeem Code', sub: 'Global · Qty 1', price: 'SAR 92.00',
      note: 'Your code will appear here when the order is completed.',
      pay: [['Payment method', 'Apple Pay'], ['Subtotal', 'SAR 80.00'], ['VAT 15%', 'SAR 12.00'], ['Total', 'SAR 92.00']],
    },
    key_phrases: [O11, 'SAR 92.00', 'Processing'],
  },
  {
    name: 'b41-wab-uc-unanswered', case: 'b41-sa-likecard-uc-noreply', file: 'IMG_5207.PNG', split: B,
    style: 'wa-business', device: 'iphone-1170x2532', clock: '8:53', battery: 67, title: 'Sahara Codes', picColor: '#CA8A04', metaNotice: true, readColor: true,
    messages: [
      { from: 'time', text: 'Thursday' },
      { from: 'buyer', at: '23:25', text: `Hello, I paid order ${O11} (1800 UC code, SAR 92) at 11:10 pm. The app still shows Processing and there is no code.` },
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', at: '12:40', text: `Any news about ${O11}? It has been 13 hours.` },
      { from: 'buyer', at: '21:05', text: 'Please send the code or refund me. Nobody answers here or in the app.' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '08:45', text: 'Hello?' },
    ],
    corpus: [SRC.meta],
    key_phrases: [O11, 'Nobody answers here or in the app.'],
  },

  // ── 12 b41-zh-sg-xgp-nocapture: activation_failed, not-ready (error-capture-missing) ─────
  {
    name: 'b41-grabpay-lioncity-dark', case: 'b41-zh-sg-xgp-nocapture', file: 'Screenshot_20280429-091802.png', split: B,
    style: 'grabpay-txn', dark: true, device: 'android-1080x2400', clock: '09:18', battery: 76, avatarColor: '#DC2626',
    txn: {
      merchant: 'LionCity Games', amount: '-S$55.90', tone: 'ok', status: 'Successful',
      rows: [['Transaction ID', 'A-9PD4L2WQX6KR'], ['Date & time', '28 Apr 2028, 8:03 PM'], ['Paid with', 'GrabPay Wallet'], ['Merchant reference', O12]],
    },
    key_phrases: [O12, '-S$55.90', 'Successful'],
  },
  {
    name: 'b41-wxdark-xgp-noshot', case: 'b41-zh-sg-xgp-nocapture', file: 'Screenshot_20280429-092614.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '09:26', battery: 74, title: '狮城游戏坊客服',
    messages: [
      { from: 'time', text: '昨天 20:40' },
      { from: 'buyer', text: `你好，订单${O12}的 XGPU 三个月码激活不了，Xbox 里输进去就报错，会员没开通` },
      { from: 'merchant', text: '您好，麻烦发一下报错的截图，我们好跟上游核实' },
      { from: 'buyer', text: '好的我晚点截' },
      { from: 'time', text: '09:10' },
      { from: 'buyer', text: '截图没保存下来，我现在不在家，你们先直接给我退款吧' },
      { from: 'merchant', text: '没有截图我们这边没法跟上游申请，麻烦您回家后截个图发过来' },
    ],
    key_phrases: [O12, '会员没开通', '截图没保存下来'],
  },

  // ── 13 b41-tw-wab-mlbb-nad: not_as_described, ready (Traditional Chinese) ────────────────
  {
    name: 'b41-history-starlight', case: 'b41-tw-wab-mlbb-nad', file: 'Screenshot_20280429-205230.png', split: B,
    style: 'game-purchase-history', device: 'android-2400x1080-land', lang: 'zh-Hant', accent: '#60A5FA',
    title: '儲值紀錄', info: ['玩家ID：73118402 (5017)', '伺服器：PH'],
    rows: [
      ['2028-04-29 19:42', '星光會員', '₱549.00', '成功'],
      ['2028-04-02 12:15', '86 鑽石', '₱85.00', '成功'],
    ],
    notes: ['透過合作平台的儲值，到帳後會列在這裡。'],
    key_phrases: ['儲值紀錄', '73118402', '2028-04-29 19:42', '星光會員'],
  },
  {
    name: 'b41-wab-starlight-nad', case: 'b41-tw-wab-mlbb-nad', file: 'Screenshot_20280429-212306.png', split: B,
    style: 'wa-business', device: 'android-1080x2400', clock: '21:23', battery: 41, title: '菲島鑽石站', subtitle: '商家帳號', picColor: '#0891B2', readColor: true,
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', type: 'card', card: { title: '星光會員 + 贈300鑽石（菲律賓伺服器）', price: '₱699.00', order: '1 件商品 · 目錄' } },
      { from: 'merchant', at: '19:29', text: `收到，訂單編號 ${O13}，付款後 15 分鐘內到帳` },
      { from: 'buyer', at: '20:55', text: `訂單 ${O13} 只到了星光會員，商品寫的贈送 300 鑽石沒有到，遊戲的儲值紀錄截圖給你看` },
      { from: 'buyer', type: 'image', hue: 210, w: 200, h: 96, at: '20:55' },
      { from: 'merchant', at: '21:20', text: '抱歉，上游這個方案其實不含 300 鑽石，是我們商品頁寫錯了，跟描述的不一樣。' },
      { from: 'merchant', at: '21:21', text: '你可以直接申請退款，選「商品與描述不符」，我們會同意。' },
    ],
    key_phrases: [O13, '贈送 300 鑽石沒有到', '是我們商品頁寫錯了'],
  },

  // ── 14 b41-in-xgp-membership-act: activation_failed, ready ───────────────────────────────
  {
    name: 'b41-paytm-xgp-paid', case: 'b41-in-xgp-membership-act', file: 'Screenshot_20280430-211341.png', split: B,
    style: 'paytm-receipt', device: 'android-1080x2400', clock: '21:13', battery: 55, avatarColor: '#107C10',
    receipt: {
      amount: '₹499', date: '09:12 PM, 30 Apr 2028', to: 'Pixel Bazaar', upi: 'pixelbazaar@ptyes',
      rows: [['UPI Ref No.', '811930442918'], ['Order ID', O14], ['From', 'State Bank of India - 0093']],
    },
    key_phrases: [O14, '₹499', 'Paid Successfully'],
  },
  {
    name: 'b41-xbox-membership-fail', case: 'b41-in-xgp-membership-act', file: 'Screenshot_20280430-213022.png', split: B,
    style: 'xbox-redeem', device: 'android-1080x2400', clock: '21:30', battery: 52, appTitle: 'Xbox',
    code: 'H7QRT-*****-*****-*****-8VJWC',
    lines: ['Your membership could not be activated at this time due to the following reason: this code has been deactivated by the issuer.'],
    buttons: ['Try again', 'Cancel'],
    corpus: [SRC.membership],
    key_phrases: ['Your membership could not be activated at this time'],
  },
  {
    name: 'b41-ig-xgp-admit', case: 'b41-in-xgp-membership-act', file: 'Screenshot_20280430-224312.png', split: B,
    style: 'instagram-dm', device: 'android-1080x2400', clock: '22:43', battery: 47, title: 'pixelbazaar.in', subtitle: 'Pixel Bazaar · Business', contactAvatar: ['P', '#107C10'],
    messages: [
      { from: 'time', text: 'Today 21:32' },
      { from: 'buyer', text: `Hi! Order ${O14}, Game Pass Ultimate 1 month. Xbox app: "Your membership could not be activated at this time due to the following reason: this code has been deactivated by the issuer."` },
      { from: 'buyer', type: 'image', hue: 130, w: 84, h: 150 },
      { from: 'merchant', text: 'Hi, checking with our distributor 🙏' },
      { from: 'time', text: 'Today 22:40' },
      { from: 'merchant', text: `Sorry! The distributor cancelled that batch after we sent your code, so ${O14} can't be activated. Please file the refund on your order, we'll approve it.` },
    ],
    corpus: [SRC.membership],
    key_phrases: [O14, 'could not be activated at this time', 'we\'ll approve it'],
  },
];
