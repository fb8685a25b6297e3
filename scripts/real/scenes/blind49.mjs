// The forty-ninth blind end-to-end set (fixtures/blind49/): 14 cases written by a helper (branch b49),
// not by the lead engineer, from public wording the project had not used before (each quoted string was
// checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and lightly adapted
// (names, amounts, dates and order numbers made consistent with each case's order.json; adaptations
// said so). Every scene is `split: 'blind49'`; `corpus` cites the source of each line taken (a public
// page's address, or the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. The set: English-speaking buyers, native and not (Indian, Nigerian,
// Filipino, Brazilian, Turkish English; one Malaysian buyer writing Simplified Chinese, one Taiwanese
// buyer writing Traditional Chinese), on international key and top-up marketplaces and the support
// channels behind them. Six new app styles: `kinguin-resolution` (a Kinguin Resolution Center
// ticket), `moogold-order` (a MooGold-style top-up order page), `phonepe-txn` (PhonePe's transaction
// details), `opay-receipt` (OPay's transaction details), `tiktok-dm` (TikTok direct messages) and
// `discord-mobile` (Discord's phone app in a DM).
// Render with `node scripts/real/render.mjs --set blind49`, then
// `node scripts/real/copy-cases.mjs --set blind49`. The set is judged once, at the end: do not tune on it.
const B = 'blind49';

const O1 = '31884207'; // MooGold-style order number (8 digits)
const O2 = 'KQ7M4X2PT9WRD3LB'; // Kinguin, 16 upper-case letters and digits
const O3 = 'KT5R8N2WQ6ZHC1PV';
const O4 = 'EN8315520476'; // EN + 10 digits (Eneba)
const O5 = 'RT-58213';
const O6 = 'KK-77412';
const O7 = 'CV-2028-10418';
const O8 = '118733029451'; // SEAGM, 12 digits
const O9 = 'KR2H6M9QX4TB7WNE'; // this order (September)
const O9b = 'KF8C3P5LZ2VD9QJA'; // the buyer's August order, the one the ticket is about
const O10 = 'LU-240118';
const O11 = '32077519';
const O12 = '2810119873012'; // G2A, 13 digits
const O13 = '2809224713385';
const O14 = '32314760';

const SRC = {
  bnet: 'Battle.net\'s redeem error as quoted on a gift-card help page: "This code has already been claimed! You can only redeem a code once. If you didn’t already claim this code, please make sure you entered it correctly and try again." (https://help.fluz.app/en/articles/5896948-world-of-warcraft)',
  mgStock: 'MooGold\'s refund policy: "We are unable to fulfill your order due to the lack of stock or unable to deliver your items due to the item is not available anymore." (https://moogold.com/refund-policy/), adapted to the agent\'s reply',
  mgProof: 'MooGold\'s refund policy: "We require a receipt or proof of purchase in MooGold for the payment to be refunded." (https://moogold.com/refund-policy/)',
  kgTickets: 'Kinguin\'s FAQ: "Please avoid creating multiple tickets regarding the same issue as this may cause a delay in our response." (https://www.kinguin.net/faq)',
  diffUser: 'a gift-card API: "Gift card has already been redeemed by a different user" (public GitHub file, find_string id 56716443907)',
  xboxUsed: 'Xbox Support\'s explanation of "This code has already been used": "This error indicates that while the code that you entered is valid, another person has already used it." (http://support.xbox.com/en-GB/billing/prepaid-codes/problems-redeeming-token-qr-code)',
  blocked: 'a gift-card service\'s error list: "This gift card has been blocked" (public GitHub JavaScript file, find_string id 59126081371)',
  zhOther: 'a redemption-code service: "该兑换码已被其他账号使用" (public GitHub file, find_string id 55072711476)',
  esetMax: 'ESET knowledge base KB872: "Serial number exceeded the allowed number of activations" (https://support.eset.com/en/kb872-i-receive-the-error-message-serial-number-or-activation-key-already-activated-or-serial-number-exceeded-the-allowed-number-of-activations), put in an invented antivirus',
  esetNotFound: 'the same ESET article: "The serial number you entered could not be found in our system" (support.eset.com KB872), put in an invented antivirus',
  verify: 'a gift page: "Verify your email before redeeming a gift." (public GitHub TypeScript file, find_string id 57550955086)',
};

export default [
  // ── 1 b49-in-moogold-phonepe-nr: not_received, ready ─────────────────────────────────────
  {
    name: 'b49-moogold-processing', case: 'b49-in-moogold-phonepe-nr', file: 'Screenshot_20280913-174210_Chrome.png', split: B,
    style: 'moogold-order', device: 'android-1080x2400', clock: '17:42', battery: 38,
    order: {
      number: O1, date: 'September 12, 2028', status: 'Processing', tone: 'wait',
      items: [['Genshin Impact – 980 + 110 Genesis Crystals (Asia)', 1, '₹1,249.00']],
      totals: [['Subtotal:', '₹1,249.00'], ['Payment method:', 'UPI (PhonePe)'], ['Total:', '₹1,249.00']],
      fields: [['User ID', '81*****905'], ['Server', 'Asia']],
    },
    key_phrases: [O1, '₹1,249.00', 'Processing'],
  },
  {
    name: 'b49-phonepe-moogold', case: 'b49-in-moogold-phonepe-nr', file: 'Screenshot_20280913-174455_PhonePe.png', split: B,
    style: 'phonepe-txn', device: 'android-1080x2400', clock: '17:44', battery: 37, avatarColor: '#C98F00',
    txn: {
      time: '09:40 pm on 12 Sep 2028', to: 'MooGold', toSub: 'Merchant · Verified', amount: '₹1,249',
      id: 'T2809122140518834207711', rows: [['Merchant order ID', O1]], bank: 'State Bank of India XXXX4416', utr: '426015883120',
    },
    key_phrases: ['T2809122140518834207711', O1, '09:40 pm on 12 Sep 2028'],
  },
  {
    name: 'b49-livechat-moogold-nr', case: 'b49-in-moogold-phonepe-nr', file: 'Screenshot_20280913-175806_Chrome.png', split: B,
    style: 'livechat-widget', device: 'android-1080x2400', clock: '17:58', battery: 35, title: 'MooGold Support', site: 'MooGold', merchantName: 'Aina', agentTitle: 'Customer Support', brandColor: '#C98F00',
    messages: [
      { from: 'system', text: 'Chat started · Sep 13' },
      { from: 'buyer', text: `Hello, order ${O1} for Genshin 980+110 crystals. Paid ₹1,249 through PhonePe last night at 9:40 pm, still showing Processing and nothing in my game. Kindly check.`, at: '5:45 PM', read: true },
      { from: 'merchant', text: 'Hi Arjun! We require a receipt or proof of purchase in MooGold for the payment to be refunded. Could you send the PhonePe screenshot?', at: '5:49 PM' },
      { from: 'buyer', text: 'Sent the screenshot just now, UTR 426015883120.', at: '5:51 PM', read: true },
      { from: 'merchant', text: `Thank you. We are unable to fulfill order ${O1} due to the lack of stock on the Asia server crystals, so it will not be delivered.`, at: '5:56 PM' },
      { from: 'merchant', text: 'Please submit the refund request on the order; our team will approve it on our side and the ₹1,249 goes back to your UPI account.', at: '5:56 PM' },
    ],
    corpus: [SRC.mgProof, SRC.mgStock],
    key_phrases: [O1, 'unable to fulfill order', 'approve it on our side'],
  },

  // ── 2 b49-ng-bnet-claimed-kinguin: card_invalid, ready ───────────────────────────────────
  {
    name: 'b49-bnet-claimed', case: 'b49-ng-bnet-claimed-kinguin', file: 'Screenshot 2028-09-20 200952.png', split: B,
    style: 'battlenet-redeem', device: 'desktop-1920x1080', account: 'ChiAgu#11742',
    code: 'D4XK-****-****-****-Q8LW',
    error: ['This code has already been claimed! You can only redeem a code once.', 'If you didn’t already claim this code, please make sure you entered it correctly and try again.'],
    corpus: [SRC.bnet],
    key_phrases: ['This code has already been claimed! You can only redeem a code once.'],
  },
  {
    name: 'b49-kgres-claimed', case: 'b49-ng-bnet-claimed-kinguin', file: 'Screenshot 2028-09-21 101233.png', split: B,
    style: 'kinguin-resolution', device: 'desktop-1920x1080', account: 'chinedu.agu',
    ticket: {
      id: '5208817', subject: 'Key already used', order: O2, product: 'Diablo IV – Standard Edition Battle.net Key (GLOBAL)', seller: 'OkapiKeys',
      opened: '20/09/2028, 20:14', status: 'Waiting for you', tone: 'info',
      summary: [['Order', O2], ['Paid', '€29.49'], ['Payment', 'Visa •••• 6120'], ['Delivered', '20/09/2028, 20:05']],
    },
    notice: 'Please avoid creating multiple tickets regarding the same issue as this may cause a delay in our response.',
    messages: [
      { from: 'buyer', at: '20/09/2028, 20:14', text: `Good evening. I bought Diablo IV (order ${O2}) at 20:05 and revealed the key at once. Battle.net says "This code has already been claimed! You can only redeem a code once." I have never used this key, please check.`, files: ['Screenshot 2028-09-20 200952.png'] },
      { from: 'merchant', at: '21/09/2028, 09:41', text: 'Hello Chinedu, we checked with our distributor. This key was delivered to another customer on 19 September by mistake and redeemed on that account. We are sorry.' },
      { from: 'merchant', at: '21/09/2028, 09:42', text: 'We have no replacement in stock, so please choose a refund on this ticket and we will confirm it.' },
      { from: 'merchant', support: true, name: 'Kinguin Support · Marta', at: '21/09/2028, 10:05', text: 'The seller has confirmed the key was used before your purchase. Once you confirm, the €29.49 is refunded to your original payment method.' },
    ],
    corpus: [SRC.kgTickets, SRC.bnet],
    key_phrases: [O2, 'redeemed on that account', 'we will confirm it'],
  },
  {
    name: 'b49-kinguin-order-d4', case: 'b49-ng-bnet-claimed-kinguin', file: 'Screenshot_20280920-201512.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '20:15', battery: 64,
    order: {
      id: O2, date: 'Placed on 20/09/2028, 20:04', status: 'Completed', tone: 'ok',
      product: 'Diablo IV – Standard Edition Battle.net Key (GLOBAL)', meta: 'Battle.net · Global · Qty 1 · Seller: OkapiKeys', price: '€29.49',
      keyLabel: 'Your key (revealed 20/09/2028, 20:06)', key: 'D4XK-****-****-****-Q8LW',
      rows: [['Subtotal', '€27.99'], ['Service fee', '€1.50'], ['Total paid', '€29.49'], ['Payment', 'Visa •••• 6120']],
    },
    key_phrases: [O2, '€29.49', 'Completed'],
  },

  // ── 3 b49-tr-xbox-kgres-passed: card_invalid, not-ready (deadline-passed) ───────────────
  {
    name: 'b49-xbox-diffuser', case: 'b49-tr-xbox-kgres-passed', file: 'Screenshot_20280908-194212.png', split: B,
    style: 'xbox-redeem', device: 'android-1080x2400', light: true, clock: '19:42', battery: 29, appTitle: 'Xbox',
    code: 'TQ8WM-*****-*****-*****-4KXRB',
    lines: ['Gift card has already been redeemed by a different user'],
    corpus: [SRC.diffUser],
    key_phrases: ['Gift card has already been redeemed by a different user'],
  },
  {
    name: 'b49-kinguin-order-xbox', case: 'b49-tr-xbox-kgres-passed', file: 'Screenshot_20280908-194505.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '19:45', battery: 28,
    order: {
      id: O3, date: 'Placed on 05/09/2028, 14:19', status: 'Completed', tone: 'ok',
      product: 'Xbox Gift Card 200 TRY (Turkey)', meta: 'Xbox · Turkey · Qty 1 · Seller: BosphorusCodes', price: '€6.35',
      keyLabel: 'Your key (revealed 05/09/2028, 14:20)', key: 'TQ8WM-*****-*****-*****-4KXRB',
      rows: [['Total paid', '€6.35'], ['Payment', 'Papara card']],
      note: ['Seller\'s terms: faulty keys must be reported in the first 24 hours after delivery.'],
    },
    key_phrases: [O3, '€6.35', 'in the first 24 hours after delivery'],
  },
  {
    name: 'b49-kgres-xbox-late', case: 'b49-tr-xbox-kgres-passed', file: 'Screenshot_20280909-095120.png', split: B,
    style: 'kinguin-resolution', device: 'android-1080x2400', clock: '09:51', battery: 81,
    ticket: { id: '5197446', subject: 'Key already used', order: O3, product: 'Xbox Gift Card 200 TRY (Turkey)', seller: 'BosphorusCodes', opened: '08/09/2028, 19:50', status: 'Waiting for you', tone: 'wait' },
    messages: [
      { from: 'buyer', at: '08/09/2028, 19:50', text: `Hi, order ${O3}. Today I try the Xbox card first time and it says "Gift card has already been redeemed by a different user". I bought it on 5 September. Please give new one or refund.` },
      { from: 'merchant', at: '09/09/2028, 09:30', text: 'This error indicates that while the code that you entered is valid, another person has already used it. The key was revealed on your order on 5 September at 14:20.' },
      { from: 'merchant', at: '09/09/2028, 09:31', text: 'Our terms on the product page ask for a report in the first 24 hours after delivery. Yours came more than three days later, so we cannot check who used it and we refuse the refund.' },
    ],
    corpus: [SRC.diffUser, SRC.xboxUsed],
    key_phrases: [O3, 'in the first 24 hours after delivery', 'we refuse the refund'],
  },

  // ── 4 b49-ng-eneba-discord-private: not_received, ready/weak + private-channel ──────────
  {
    name: 'b49-eneba-psn-pending', case: 'b49-ng-eneba-discord-private', file: 'Screenshot_20281003-111804.png', split: B,
    style: 'eneba-order', device: 'android-1080x2400', clock: '11:18', battery: 52,
    order: {
      id: O4, date: '2 Oct 2028, 18:10', status: 'Processing', tone: 'wait',
      product: 'PlayStation Network Card 50 USD (US)', meta: 'PSN · Gift card · United States', seller: 'slyk.keys', price: '$47.80',
      key: 'Seller is preparing your key', keyLabel: 'Your key',
      rows: [['Item price', '$45.99'], ['Service fee', '$1.81'], ['Total', '$47.80'], ['Payment', 'Mastercard •••• 3307']],
    },
    key_phrases: [O4, '$47.80', 'Processing'],
  },
  {
    name: 'b49-discord-opay-offer', case: 'b49-ng-eneba-discord-private', file: 'Screenshot_20281003-114130.png', split: B,
    style: 'discord-mobile', device: 'android-1080x2400', clock: '11:41', battery: 49, merchantName: 'slyk.keys', buyerName: 'tunde_ola', merchantColor: '#EB459E',
    messages: [
      { from: 'time', text: 'October 2, 2028' },
      { from: 'buyer', at: 'Yesterday at 7:02 PM', text: `Good evening boss, I bought your PSN 50 USD card on Eneba, order ${O4}, paid $47.80 at 6:10 PM. The order still says Processing and no code.` },
      { from: 'time', text: 'October 3, 2028' },
      { from: 'merchant', at: 'Today at 11:20 AM', text: 'Bro no stock now, my supplier never load since yesterday. I can\'t send am.' },
      { from: 'merchant', at: 'Today at 11:21 AM', text: 'Abeg cancel the order on Eneba make e no count against my shop. I go send your $47.80 back to you direct on my OPay, or USDT if you prefer.' },
      { from: 'buyer', at: 'Today at 11:38 AM', text: 'No, I no go cancel. I\'ll file for the refund on Eneba, that\'s where I paid.' },
    ],
    key_phrases: [O4, 'send your $47.80 back to you direct on my OPay', 'file for the refund on Eneba'],
  },

  // ── 5 b49-br-tiktok-ff-late: late_delivery, ready ────────────────────────────────────────
  {
    name: 'b49-mp-pix-ff', case: 'b49-br-tiktok-ff-late', file: 'Screenshot_20280914-155812.png', split: B,
    style: 'mercadopago-activity', lang: 'pt', device: 'android-1080x2400', clock: '15:58', battery: 46, avatarColor: '#7C3AED',
    payment: {
      kind: 'Você pagou a', to: 'Recarga Turbo BR', amount: 'R$ 79,90', status: 'Aprovado', tone: 'ok',
      rows: [['Descrição', `Pedido ${O5} · Free Fire 2.180 diamantes`], ['Meio de pagamento', 'Pix'], ['Data', '14 de setembro de 2028, 10:05'], ['Número da operação', '90214476318']],
    },
    key_phrases: [O5, 'R$ 79,90', 'Aprovado'],
  },
  {
    name: 'b49-tiktok-ff-late', case: 'b49-br-tiktok-ff-late', file: 'Screenshot_20280914-161944.png', split: B,
    style: 'tiktok-dm', device: 'android-1080x2400', clock: '16:19', battery: 44, title: 'Recarga Turbo BR', subtitle: '@recargaturbo.br', contactAvatar: ['R', '#7C3AED'],
    messages: [
      { from: 'time', text: 'Sep 14 9:58 AM' },
      { from: 'merchant', text: 'Hi! Free Fire diamonds by Player ID. Delivery within 20 minutes after the Pix is confirmed ⚡' },
      { from: 'time', text: 'Sep 14 10:06 AM' },
      { from: 'buyer', text: `Paid the Pix now, order ${O5}, 2.180 diamonds, ID 58*****13` },
      { from: 'time', text: 'Sep 14 1:47 PM' },
      { from: 'buyer', text: 'Hello? Is more than 3 hours and nothing arrive in my account. You said 20 minutes.', read: true },
      { from: 'time', text: 'Sep 14 4:12 PM' },
      { from: 'merchant', text: `Sorry Lucas, our Garena supplier has been offline since this morning and we can't deliver ${O5} today. Please ask the refund on Mercado Pago, we agree with it.` },
      { from: 'buyer', text: 'Ok, opening it now.', read: true },
    ],
    key_phrases: [O5, 'within 20 minutes after the Pix is confirmed', 'we agree with it'],
  },

  // ── 6 b49-in-discord-wrong-near: wrong_purchase, ready/weak + deadline-near ─────────────
  {
    name: 'b49-phonepe-keykart', case: 'b49-in-discord-wrong-near', file: 'Screenshot_20280925-221205_PhonePe.png', split: B,
    style: 'phonepe-txn', device: 'android-1080x2400', clock: '22:12', battery: 61, avatarColor: '#2563EB',
    txn: {
      time: '10:10 pm on 25 Sep 2028', to: 'KeyKart Digital', toSub: 'keykart.in · Merchant', amount: '₹999',
      id: 'T2809252210447412093356', rows: [['Merchant order ID', O6], ['Item', 'Xbox Game Pass for PC – 3 Months (IN)']], bank: 'HDFC Bank XXXX2281', utr: '426922107735',
      note: 'KeyKart: orders can be cancelled for a full refund within 1 hour of payment if the code has not been sent.',
    },
    key_phrases: [O6, '₹999', 'within 1 hour of payment if the code has not been sent'],
  },
  {
    name: 'b49-discord-keykart-cancel', case: 'b49-in-discord-wrong-near', file: 'Screenshot_20280925-222840.png', split: B,
    style: 'discord-mobile', light: true, device: 'android-1080x2400', clock: '22:28', battery: 58, merchantName: 'KeyKart Support', buyerName: 'karthik.s', merchantColor: '#2563EB',
    messages: [
      { from: 'time', text: 'September 25, 2028' },
      { from: 'buyer', at: 'Today at 10:15 PM', text: `Hi, I just paid order ${O6}, Game Pass for PC 3 months. Wrong one, I play on Xbox Series S, I need Ultimate. Please cancel it, don't send the code.` },
      { from: 'merchant', at: 'Today at 10:21 PM', text: `Hi Karthik, no problem. The code for ${O6} has not gone out and I have held the order.` },
      { from: 'merchant', at: 'Today at 10:22 PM', text: 'Please click "Request refund" on your order page within the 1 hour window, I\'ll accept the request and the ₹999 goes back to your UPI.' },
      { from: 'buyer', at: 'Today at 10:27 PM', text: 'Thank you, doing it now.' },
    ],
    key_phrases: [O6, 'has not gone out', 'accept the request'],
  },

  // ── 7 b49-ng-opay-insta-threat: card_invalid, ready/weak + threatening-language ─────────
  {
    name: 'b49-amazon-blocked', case: 'b49-ng-opay-insta-threat', file: 'Screenshot 2028-10-09 113402.png', split: B,
    style: 'amazon-gc-redeem', device: 'desktop-1366x768', customer: 'Ifeoma', city: 'Abuja',
    code: 'AZ4Q-******-W7TN',
    lines: ['This gift card has been blocked'],
    corpus: [SRC.blocked],
    key_phrases: ['This gift card has been blocked'],
  },
  {
    name: 'b49-opay-cardville', case: 'b49-ng-opay-insta-threat', file: 'Screenshot_20281009-112205.png', split: B,
    style: 'opay-receipt', device: 'android-1080x2400', clock: '11:22', battery: 73,
    receipt: {
      title: 'Merchant Payment', amount: '₦38,500.00', tone: 'ok',
      rows: [['Merchant', 'CardVille NG (Paystack)'], ['Description', `Order ${O7} · Amazon.com Gift Card $25`], ['Payment Method', 'OWealth Balance'], ['Transaction No.', '281009112014773250'], ['Transaction Date', 'Oct 9th, 2028 11:20:14']],
    },
    key_phrases: [O7, '₦38,500.00', 'Oct 9th, 2028 11:20:14'],
  },
  {
    name: 'b49-ig-cardville-threat', case: 'b49-ng-opay-insta-threat', file: 'Screenshot_20281009-183015.png', split: B,
    style: 'instagram-dm', dark: true, device: 'android-1080x2400', clock: '18:30', battery: 22, title: 'cardville.ng', subtitle: 'CardVille NG · Business', contactAvatar: ['C', '#16A34A'],
    messages: [
      { from: 'time', text: 'Today 11:40' },
      { from: 'buyer', text: `Good morning. Order ${O7}, Amazon $25 card. Amazon says "This gift card has been blocked". I paid ₦38,500 at 11:20.` },
      { from: 'buyer', type: 'image', hue: 35, w: 150, h: 96 },
      { from: 'time', text: 'Today 17:55' },
      { from: 'buyer', text: 'Since morning no reply. This is pure scam. Refund my money today or I go report you people to EFCC and expose this page everywhere. Thieves!' },
      { from: 'merchant', text: `Sorry for the delay ma. Our supplier confirmed the card on ${O7} was blocked by Amazon before we sent it to you. Please file the refund on our site, we'll refund you today.` },
    ],
    corpus: [SRC.blocked],
    key_phrases: [O7, 'report you people to EFCC', 'we\'ll refund you today'],
  },

  // ── 8 b49-my-iqiyi-zendesk-return: card_invalid, request: return → request-return-virtual ─
  {
    name: 'b49-iqiyi-other-account', case: 'b49-my-iqiyi-zendesk-return', file: 'Screenshot_20280918-204412.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '20:44', battery: 57, appTitle: 'iQIYI · 兑换VIP',
    fields: [['兑换码', 'IQ8F****K2PD']], submit: '立即兑换',
    dialog: { title: '兑换失败', body: ['该兑换码已被其他账号使用'], buttons: ['确定'] },
    corpus: [SRC.zhOther],
    key_phrases: ['该兑换码已被其他账号使用'],
  },
  {
    name: 'b49-seagm-iqiyi', case: 'b49-my-iqiyi-zendesk-return', file: 'Screenshot_20280918-204630.png', split: B,
    style: 'seagm-order', device: 'android-1080x2400', clock: '20:46', battery: 56,
    order: {
      status: 'Delivered', tone: 'ok', product: 'iQIYI VIP Standard – 3 Months (MY)', qty: 'Qty 1',
      rows: [['Order ID', O8], ['Order Date', '2028-09-18 20:29:51'], ['Payment Method', 'DuitNow QR'], ['Total', 'MYR 28.90']],
    },
    key_phrases: [O8, 'MYR 28.90', 'Delivered'],
  },
  {
    name: 'b49-zendesk-iqiyi-return', case: 'b49-my-iqiyi-zendesk-return', file: 'Screenshot_20280919-093512.png', split: B,
    style: 'zendesk-messaging', device: 'android-1080x2400', lang: 'zh', clock: '09:35', battery: 90, title: 'SEAGM 客服', tagline: '我们通常在几分钟内回复', brandColor: '#0B2545', logo: ['S', '#F59E0B', '#0B2545'], merchantName: 'Wei Ling',
    messages: [
      { from: 'time', text: '9月18日' },
      { from: 'buyer', text: `订单${O8}，爱奇艺VIP 3个月，兑换时显示"该兑换码已被其他账号使用"。我刚买的，一次都没用过。`, at: '20:48', status: '已送达' },
      { from: 'time', text: '今天' },
      { from: 'merchant', text: `早上好，我们查过了：订单${O8}的兑换码在发给您之前已被另一位顾客兑换，是我们的失误，抱歉。`, at: '09:20' },
      { from: 'merchant', text: '您可以在订单页申请退款，我们会同意。', at: '09:21' },
      { from: 'buyer', text: '好的，那我走退货退款，把这个码还给你们。', at: '09:33', status: '已读' },
    ],
    corpus: [SRC.zhOther],
    key_phrases: [O8, '已被另一位顾客兑换', '退货退款'],
  },

  // ── 9 b49-in-kgres-other-order: activation_failed, not-ready (order-id-mismatch) ────────
  {
    name: 'b49-av-notfound-photo', case: 'b49-in-kgres-other-order', file: 'IMG_20280927_173015.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.25, focus: [0.45, 0.4], clock: '17:29', date: '27-09-2028', winX: 560, winY: 230,
    app: { title: 'NovaGuard Total Security', color: '#0E7490', heading: 'Activate NovaGuard', button: 'Activate', fields: [['Serial number', 'NG7-****-****-****-R2K'], ['Device', 'RAHUL-LAPTOP']], version: 'Version 18.4.2 · Trial' },
    box: { title: 'Activation failed', icon: 'error', text: 'The serial number you entered could not be found in our system', buttons: ['OK'] },
    corpus: [SRC.esetNotFound],
    key_phrases: ['could not be found in our system'],
  },
  {
    name: 'b49-kgres-other-order', case: 'b49-in-kgres-other-order', file: 'Screenshot 2028-09-27 174822.png', split: B,
    style: 'kinguin-resolution', device: 'desktop-1920x1080', account: 'rahul.nair',
    ticket: {
      id: '5221930', subject: 'Key does not work', order: O9b, product: 'NovaGuard Antivirus 1 PC 1 Year Key (GLOBAL)', seller: 'SoftLoft', opened: '27/09/2028, 17:34', status: 'Waiting for you', tone: 'wait',
      summary: [['Order', O9b], ['Paid', '€9.90'], ['Delivered', '14/08/2028, 11:02'], ['Product', 'NovaGuard Antivirus 1 PC 1 Year']],
    },
    messages: [
      { from: 'buyer', at: '27/09/2028, 17:34', text: 'Hello, the NovaGuard key gives "The serial number you entered could not be found in our system". Please send a working key or refund.', files: ['IMG_20280927_173015.jpg'] },
      { from: 'merchant', at: '27/09/2028, 17:46', text: `Hi Rahul, this ticket is opened on order ${O9b} (NovaGuard Antivirus, delivered 14 August). That key was activated on 14 August and is still active on your device.` },
      { from: 'merchant', at: '27/09/2028, 17:47', text: 'If your problem is with another order, please open the ticket from that order so we can see it.' },
    ],
    corpus: [SRC.esetNotFound],
    key_phrases: [O9b, 'this ticket is opened on order', 'open the ticket from that order'],
  },
  {
    name: 'b49-kinguin-order-nova', case: 'b49-in-kgres-other-order', file: 'Screenshot_20280927-175302.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '17:53', battery: 44,
    order: {
      id: O9, date: 'Placed on 27/09/2028, 13:04', status: 'Completed', tone: 'ok',
      product: 'NovaGuard Total Security 3 PC 1 Year Key (GLOBAL)', meta: 'NovaGuard · Global · Qty 1 · Seller: SoftLoft', price: '€19.90',
      keyLabel: 'Your key (revealed 27/09/2028, 13:06)', key: 'NG7-****-****-****-R2K',
      rows: [['Total paid', '€19.90'], ['Payment', 'UPI via PayU']],
    },
    key_phrases: [O9, '€19.90', 'Completed'],
  },

  // ── 10 b49-ph-tiktok-noreply: not_received, ready/weak + chat-no-reply ──────────────────
  {
    name: 'b49-gcash-loadup', case: 'b49-ph-tiktok-noreply', file: 'Screenshot_20281004-201622.png', split: B,
    style: 'gcash-receipt', device: 'android-1080x2400', clock: '20:16', battery: 66,
    receipt: { kind: 'Payment to merchant', initial: 'L', to: 'LoadUp Gaming PH', toSub: `Order ${O10} · MLBB 1,000 Diamonds`, amount: '₱1,099.00', rows: [['Amount', '₱1,099.00'], ['Total Amount Paid', '₱1,099.00']], ref: '5021 774 318806', date: 'Oct 4, 2028 8:15 PM' },
    key_phrases: [O10, '₱1,099.00', 'Oct 4, 2028 8:15 PM'],
  },
  {
    name: 'b49-tiktok-loadup-noreply', case: 'b49-ph-tiktok-noreply', file: 'received_1187330294518260.jpeg', split: B,
    style: 'tiktok-dm', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '07:48', battery: 83, title: 'LoadUp Gaming PH', subtitle: '@loadup.gaming.ph', contactAvatar: ['L', '#F59E0B'],
    messages: [
      { from: 'time', text: 'Oct 4 8:40 PM' },
      { from: 'buyer', text: `Hi po, paid ₱1,099 via GCash 8:15 PM, order ${O10}, 1,000 diamonds. ID 48*****21 (2107). Not yet received.` },
      { from: 'time', text: 'Oct 4 11:10 PM' },
      { from: 'buyer', text: 'Still none po. Pls check.' },
      { from: 'time', text: 'Oct 5 9:05 AM' },
      { from: 'buyer', text: `Good morning, order ${O10} still not in my account. GCash ref 5021 774 318806.` },
      { from: 'time', text: 'Oct 5 10:30 PM' },
      { from: 'buyer', text: 'Almost one day already and no reply. I will file a refund na lang.', read: false },
    ],
    key_phrases: [O10, 'Not yet received', 'no reply'],
  },

  // ── 11 b49-in-moogold-vp-partial: not_received (399 of 1,197), ready/weak + refund-partial
  {
    name: 'b49-moogold-vp-partial', case: 'b49-in-moogold-vp-partial', file: 'IMG_7714.PNG', split: B,
    style: 'moogold-order', dark: true, device: 'iphone-1170x2532', clock: '10:41', battery: 70,
    order: {
      number: O11, date: 'September 29, 2028', status: 'Processing', tone: 'wait',
      items: [['Valorant 475 VP (India) – code', 3, '₹1,197.00']],
      totals: [['Subtotal:', '₹1,197.00'], ['Payment method:', 'UPI (Google Pay)'], ['Total:', '₹1,197.00']],
      notesTitle: 'Your codes',
      notes: ['1) IN-VP-****-****-7QD2', '2) IN-VP-****-****-M4KX', '3) Out of stock – pending'],
    },
    key_phrases: [O11, '₹1,197.00', 'Out of stock'],
  },
  {
    name: 'b49-ig-moogold-partial', case: 'b49-in-moogold-vp-partial', file: 'IMG_7716.PNG', split: B,
    style: 'instagram-dm', device: 'iphone-1170x2532', clock: '10:52', battery: 69, title: 'moogold_official', subtitle: 'MooGold · Video game store', contactAvatar: ['M', '#C98F00'],
    messages: [
      { from: 'time', text: 'Sep 29, 19:52' },
      { from: 'buyer', text: `Hi MooGold, order ${O11}, 3 × Valorant 475 VP. I got 2 codes only, third says out of stock. Both received codes worked.` },
      { from: 'time', text: 'Today 10:30' },
      { from: 'merchant', text: `Hi Sana, sorry! The third 475 VP code for ${O11} won't come, our India stock is finished.` },
      { from: 'merchant', text: 'Please request a refund of ₹399 for the undelivered code on the order. The other two codes are fine and stay with you.' },
      { from: 'buyer', text: 'Okay, requesting ₹399 now. Thanks.' },
    ],
    key_phrases: [O11, 'refund of ₹399 for the undelivered code', 'won\'t come'],
  },

  // ── 12 b49-ph-nitro-verify-mismatch: card_invalid, not-ready (error-capture-mismatch) ───
  {
    name: 'b49-nitro-verify', case: 'b49-ph-nitro-verify-mismatch', file: 'IMG-20281011-WA0007.jpg', split: B,
    style: 'android-dialog', device: 'android-1080x2400', degrade: ['forward'], clock: '21:12', battery: 34, appTitle: 'Discord · Nitro gift',
    fields: [['Gift', 'Nitro · 1 Month'], ['From', 'G2A order gift link']], submit: 'Redeem',
    dialog: { title: 'Unable to redeem', body: ['Verify your email before redeeming a gift.'], buttons: ['OK'] },
    corpus: [SRC.verify],
    key_phrases: ['Verify your email before redeeming a gift.'],
  },
  {
    name: 'b49-g2a-nitro', case: 'b49-ph-nitro-verify-mismatch', file: 'Screenshot_20281011-211540.png', split: B,
    style: 'g2a-order', device: 'android-1080x2400', clock: '21:15', battery: 33,
    order: {
      number: `Order #${O12}`, date: '11 Oct 2028, 20:59', status: 'Completed', tone: 'ok',
      product: 'Discord Nitro 1 Month Gift Link (GLOBAL)', meta: 'Discord · Gift link · Global', price: '$10.49',
      rows: [['Seller', 'NitroNest'], ['Payment', 'GCash'], ['Delivered', '11 Oct 2028, 21:00']],
      key: ['Your gift link', 'discord.gift/****************Xq2m'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O12, '$10.49', 'Completed'],
  },
  {
    name: 'b49-discord-nitro-verify', case: 'b49-ph-nitro-verify-mismatch', file: 'Screenshot_20281011-223406.png', split: B,
    style: 'discord-mobile', device: 'android-1080x2400', clock: '22:34', battery: 30, merchantName: 'NitroNest', buyerName: 'bea.codes', merchantColor: '#23A55A',
    messages: [
      { from: 'time', text: 'October 11, 2028' },
      { from: 'buyer', at: 'Today at 9:14 PM', text: `Hi, your Nitro link from G2A order ${O12} won't redeem. Screenshot below. I want a refund.` },
      { from: 'buyer', at: 'Today at 9:14 PM', type: 'image', hue: 250, w: 120, h: 200 },
      { from: 'merchant', at: 'Today at 10:02 PM', text: 'Hi! That message is from your own Discord account: it says your email is not verified yet. The gift is still unused, I checked it.' },
      { from: 'merchant', at: 'Today at 10:03 PM', text: 'Verify your email in User Settings › My Account, then open the link again and it will work. Nothing is wrong with the code.' },
      { from: 'buyer', at: 'Today at 10:30 PM', text: 'I don\'t want to do that, just refund me.' },
    ],
    key_phrases: [O12, 'your email is not verified yet', 'The gift is still unused'],
  },

  // ── 13 b49-tr-av-maxact-zendesk: activation_failed, ready ───────────────────────────────
  {
    name: 'b49-av-maxact', case: 'b49-tr-av-maxact-zendesk', file: 'Screenshot 2028-09-22 171208.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '17:12', date: '22.09.2028', winX: 300, winY: 150,
    app: { title: 'NovaGuard Total Security', color: '#0E7490', heading: 'Activate NovaGuard', button: 'Activate', fields: [['Serial number', 'NG7-****-****-****-8TZ'], ['Device', 'BURAK-PC']], version: 'Version 18.4.2 · Trial' },
    box: { title: 'Activation failed', icon: 'error', text: 'Serial number exceeded the allowed number of activations', buttons: ['OK'] },
    corpus: [SRC.esetMax],
    key_phrases: ['Serial number exceeded the allowed number of activations'],
  },
  {
    name: 'b49-g2a-nova', case: 'b49-tr-av-maxact-zendesk', file: 'Screenshot 2028-09-22 171630.png', split: B,
    style: 'g2a-order', device: 'desktop-1366x768',
    order: {
      number: `Order #${O13}`, date: '22 Sep 2028, 16:39', status: 'Completed', tone: 'ok',
      product: 'NovaGuard Total Security 1 Device 1 Year Key (GLOBAL)', meta: 'NovaGuard · Key · Global', price: '€14.20',
      rows: [['Seller', 'Anatolia Soft'], ['Payment', 'Visa •••• 0918'], ['Delivered', '22 Sep 2028, 16:40']],
      key: ['Your key', 'NG7-****-****-****-8TZ'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O13, '€14.20', 'Completed'],
  },
  {
    name: 'b49-zendesk-nova-act', case: 'b49-tr-av-maxact-zendesk', file: 'Screenshot 2028-09-23 084410.png', split: B,
    style: 'zendesk-messaging', device: 'desktop-1366x768', title: 'Anatolia Soft Support', tagline: 'We usually reply within a few hours', site: 'Anatolia Soft', menu: ['Antivirus', 'Office', 'Windows', 'Help'], brandColor: '#7C2D12', logo: ['A', '#FDBA74', '#7C2D12'], merchantName: 'Selin', siteTone: '#F3E2D9',
    messages: [
      { from: 'time', text: 'September 22' },
      { from: 'buyer', text: `Hello, G2A order ${O13}, NovaGuard 1 year. When I activate, it says "Serial number exceeded the allowed number of activations". This is first time I use this key, fresh Windows.`, at: '5:14 PM', status: 'Delivered' },
      { from: 'time', text: 'Today' },
      { from: 'merchant', text: `Good morning Burak. We checked ${O13}: this key came back from a refunded customer and was sold again by mistake, so its activations were already used.`, at: '8:38 AM' },
      { from: 'merchant', text: 'We have no other key now. Please use "Report a problem" on the G2A order and choose refund, we\'ll confirm it from our side.', at: '8:39 AM' },
    ],
    corpus: [SRC.esetMax],
    key_phrases: [O13, 'sold again by mistake', 'confirm it from our side'],
  },

  // ── 14 b49-tw-moogold-genshin-nad: not_as_described, ready ──────────────────────────────
  {
    name: 'b49-moogold-genshin-3280', case: 'b49-tw-moogold-genshin-nad', file: 'IMG_3308.PNG', split: B,
    style: 'moogold-order', device: 'iphone-1170x2532', clock: '15:24', battery: 58,
    mark: { text: '3280 + 600' },
    order: {
      number: O14, date: 'October 7, 2028', status: 'Completed', tone: 'ok',
      items: [['Genshin Impact – 3280 + 600 Genesis Crystals (TW, HK, MO)', 1, 'NT$1,590']],
      totals: [['Subtotal:', 'NT$1,590'], ['Payment method:', 'JKOPAY'], ['Total:', 'NT$1,590']],
      fields: [['User ID', '90*****338'], ['Server', 'TW, HK, MO']],
    },
    key_phrases: [O14, 'NT$1,590', '3280 + 600 Genesis Crystals'],
  },
  {
    name: 'b49-history-genshin-980', case: 'b49-tw-moogold-genshin-nad', file: 'Screenshot_20281007-153015.png', split: B,
    style: 'game-purchase-history', device: 'android-2400x1080-land', lang: 'zh-Hant', accent: '#C9A86A',
    title: '儲值紀錄', info: ['UID：90*****338', '伺服器：港澳台服'],
    rows: [
      ['2028-10-07 15:11', '創世結晶 ×980 + 110', '—', '成功'],
      ['2028-09-12 21:02', '空月祝福', '—', '成功'],
    ],
    notes: ['透過合作平台的儲值，到帳後會列在這裡。'],
    key_phrases: ['儲值紀錄', '2028-10-07 15:11', '創世結晶 ×980 + 110'],
  },
  {
    name: 'b49-zendesk-genshin-nad', case: 'b49-tw-moogold-genshin-nad', file: 'IMG_3315.PNG', split: B,
    style: 'zendesk-messaging', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '09:52', battery: 81, title: 'MooGold 客服', tagline: '我們通常在幾小時內回覆', brandColor: '#B07D00', logo: ['M', '#FFE27A', '#3A2A00'], merchantName: 'Hazel',
    messages: [
      { from: 'time', text: '10月7日' },
      { from: 'buyer', text: `訂單 ${O14} 買的是 3280 + 600 創世結晶，NT$1,590，可是帳號只收到 980 + 110，儲值紀錄截圖在這。`, at: '15:32', status: '已送達' },
      { from: 'time', text: '今天' },
      { from: 'merchant', text: `Hi, we checked ${O14}: our supplier sent the 980 + 110 package instead of 3280 + 600. The order does not match what you paid for, sorry.`, at: '09:40' },
      { from: 'merchant', text: 'Please submit a refund request for the order and we will grant it.', at: '09:41' },
    ],
    key_phrases: [O14, 'does not match what you paid for', 'we will grant it'],
  },
];
