// The thirty-fifth blind end-to-end set (fixtures/blind35/): 14 cases written by a helper (branch b35),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind35'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is South-East Asian and other English-speaking buyers
// of game credits and vouchers (the Philippines, Indonesia, Malaysia, Singapore, and a Taiwanese
// buyer of a Singapore shop), with the wallets, banks and marketplaces they use. English mostly,
// some Chinese (Simplified in Jakarta and Kuala Lumpur, Traditional in Taipei); Indonesian and
// Malay words only in the apps' own labels. Seven new app styles: `gcash-receipt` (a GCash payment
// receipt), `maybank2u-receipt` (a Maybank2u DuitNow / FPX receipt), `lazada-chat` (the Lazada
// app's chat with a seller), `tokopedia-chat` (the Tokopedia app's chat with a shop),
// `itemku-order` (an itemku order page and its chat with the seller), `steam-trade-offer` (a Steam
// Community trade offer page) and `fb-page-messenger` (a Facebook Page's chat in Messenger, with the
// Page's automated replies).
// Render with `node scripts/real/render.mjs --set blind35`, then
// `node scripts/real/copy-cases.mjs --set blind35`. The set is judged once, at the end: do not tune on it.
const B = 'blind35';

const O1 = '861204573319820'; // Lazada PH, 15 digits
const O2 = 'IK28051419374421'; // itemku, IK + 14 digits
const O3 = 'INV/20280516/MPL/3219048817'; // Tokopedia invoice number
const O4 = 'KR-10582'; // a Malaysian web shop; the bank reference drops the hyphen (KR10582)
const O5 = 'CR-74419026'; // Carousell order
const O6 = '861377205148036'; // Lazada PH
const O7 = '357210946682019'; // Lazada MY
// this order (22 May) is INV/20280522/MPL/3230577140: it is in order.json only
const O8b = 'INV/20280508/MPL/3188420961'; // the buyer's earlier order (8 May), the one the chat is about
const O9 = 'RC-10523';
const O10 = 'IK28052515208830';
// case 11's order GK-77104 is in order.json; the bank reference drops the hyphen (GK77104)
const O12 = '357488120375566'; // Lazada MY
const O13 = 'KB-280528-013';
const O14 = 'IK28052910124407';

const SRC = {
  walletInvalid: 'a Steam store client library: "Wallet code is not valid" (public GitHub JavaScript file, find_string id 18880251273; the same text in the library\'s README, find_string id 2651306094), put under Steam\'s wallet-code field',
  cancelled: 'a voucher check: "This voucher has been cancelled." (public GitHub TypeScript file, find_string id 69616552115), put in Razer Gold\'s reload result',
  notActivatedEn: 'a card-issuer error list: "This card has not been activated, please activate it and try again." (public GitHub Java file, find_string id 51904225636), put under Google Play\'s code field',
  notActivatedZh: 'the same list\'s Chinese text: "此卡尚未激活，请激活后重试。" (public GitHub Java file, find_string id 51904225636), put under Steam\'s wallet-code field',
  claimed: 'a Discord bot\'s redeem command: "That code was already claimed." (public GitHub JavaScript file, find_string id 652597296), put on Roblox\'s redeem page',
  giftRevoked: 'a gift-code endpoint: "This gift code is invalid, already redeemed, or revoked." (public GitHub C# file, find_string id 71424720967), put under Google Play\'s code field',
  membership: 'a membership mutation\'s error: "Membership could not be activated." (public GitHub TypeScript file, find_string id 59353140503), put in the Xbox app\'s redeem screen',
  autoReply: 'an inbox plug-in\'s auto-reply placeholder: "Thanks for messaging us. Our team will reply shortly." (public GitHub JavaScript file, find_string id 56474664368), used as a Facebook Page\'s automated reply',
};

export default [
  // ── 1 b35-ph-lazada-steam-wallet: card_invalid, ready ──────────────────────────────────────
  {
    name: 'b35-steam-wallet-invalid', case: 'b35-ph-lazada-steam-wallet', file: 'Screenshot 2028-05-12 201533.png', split: B,
    style: 'steam-wallet-redeem', device: 'desktop-1366x768', code: 'P7QKM-*****-****T', error: 'Wallet code is not valid',
    mark: { text: 'Wallet code is not valid' },
    corpus: [SRC.walletInvalid],
    key_phrases: ['Wallet code is not valid'],
  },
  {
    name: 'b35-lazada-steam-chat', case: 'b35-ph-lazada-steam-wallet', file: 'IMG_5521.PNG', split: B,
    style: 'lazada-chat', device: 'iphone-1170x2532', clock: '20:43', battery: 47, title: 'GameVault PH',
    pin: { title: 'Steam Wallet Code ₱1,000 (PH) – digital code', order: `Order No. ${O1}`, price: '₱1,049.00', status: 'Delivered' },
    messages: [
      { from: 'time', text: 'May 12' },
      { from: 'merchant', at: '19:52', text: `Hi! Here is your Steam Wallet code for order ${O1}: P7QKM-*****-****T. Redeem it at store.steampowered.com/account/redeemwalletcode` },
      { from: 'buyer', at: '20:16', text: 'Hi, I tried the code right away on my Steam account and it says "Wallet code is not valid". I typed it exactly as you sent it.' },
      { from: 'buyer', type: 'image', w: 170, h: 100, hue: 210 },
      { from: 'merchant', at: '20:41', text: 'Sorry po for the trouble. Our distributor checked: that code was already redeemed on another account before we sent it to you. It was a duplicate in their batch, so it\'s on our side.' },
      { from: 'merchant', at: '20:42', text: `Please request a refund for order ${O1} and we will approve it.` },
    ],
    key_phrases: [O1, 'Wallet code is not valid', 'we will approve it'],
  },
  {
    name: 'b35-gcash-lazada-steam', case: 'b35-ph-lazada-steam-wallet', file: 'IMG_5517.PNG', split: B,
    style: 'gcash-receipt', device: 'iphone-1170x2532', clock: '19:40', battery: 55,
    receipt: { kind: 'Payment to merchant', initial: 'L', to: 'Lazada', toSub: 'Lazada E-Services Philippines', amount: '₱1,049.00', rows: [['Amount', '₱1,049.00'], ['Total Amount Paid', '₱1,049.00']], ref: '7014 238 905412', date: 'May 12, 2028 7:40 PM' },
    key_phrases: ['₱1,049.00', 'May 12, 2028 7:40 PM'],
  },

  // ── 2 b35-id-itemku-ff-nr: not_received, ready ─────────────────────────────────────────────
  {
    name: 'b35-itemku-ff-order', case: 'b35-id-itemku-ff-nr', file: 'Screenshot_20280515-210214.png', split: B,
    style: 'itemku-order', device: 'android-1080x2400', clock: '21:02', battery: 64, gameColor: '#FF9800',
    order: {
      status: 'Sedang Diproses', tone: 'proc', statusLine: 'Penjual sedang memproses pesananmu. Dana kamu aman di itemku sampai pesanan selesai.',
      seller: 'TopUpKilat', game: 'Free Fire', product: '1440 Diamonds (Top Up via ID)', qty: '1 x Rp189.000',
      rows: [['No. Pesanan', O2], ['Waktu Pembayaran', '14 Mei 2028, 19:37 WIB'], ['Metode Pembayaran', 'DANA'], ['ID Pemain', '5182****77'], ['Total Pembayaran', 'Rp189.000']],
    },
    key_phrases: [O2, 'Rp189.000', 'Sedang Diproses'],
  },
  {
    name: 'b35-itemku-ff-chat', case: 'b35-id-itemku-ff-nr', file: 'Screenshot_20280515-210530.png', split: B,
    style: 'itemku-order', view: 'chat', kind: 'chat', device: 'android-1080x2400', clock: '21:05', battery: 63, title: 'TopUpKilat',
    strip: { order: `No. Pesanan ${O2}`, status: 'Sedang Diproses' },
    messages: [
      { from: 'time', text: '14 Mei' },
      { from: 'buyer', at: '20:05', text: `Hi, I paid order ${O2} for 1440 diamonds at 19:37, player ID 5182****77. Nothing in my Free Fire account yet.` },
      { from: 'time', text: 'Hari ini' },
      { from: 'buyer', at: '19:48', text: 'Still no diamonds after a full day. Please send them or cancel the order.' },
      { from: 'merchant', at: '20:31', text: `Sorry kak. Our Free Fire reload route has been blocked since yesterday and we can't send the diamonds for ${O2}.` },
      { from: 'merchant', at: '20:32', text: 'Please submit a refund request on the order, we\'ll accept it and the Rp189.000 goes back through itemku.' },
      { from: 'buyer', at: '20:40', text: 'OK, I\'ll do it now.' },
    ],
    key_phrases: [O2, 'can\'t send the diamonds', 'we\'ll accept it'],
  },

  // ── 3 b35-id-tokopedia-private-ovo: not_received, ready/weak + private-channel ─────────────
  {
    name: 'b35-tokopedia-nr-1', case: 'b35-id-tokopedia-private-ovo', file: 'IMG_0712.PNG', split: B,
    style: 'tokopedia-chat', device: 'iphone-1170x2532', clock: '16:20', battery: 72, title: 'Voucherindo Official',
    pin: { title: 'Voucher Google Play Rp150.000 (kode digital)', order: O3, price: 'Rp152.500', status: 'Diproses' },
    messages: [
      { from: 'time', text: 'Hari ini' },
      { from: 'system', text: 'Demi keamanan, jangan bertransaksi atau membayar di luar Tokopedia.' },
      { from: 'buyer', at: '10:20', text: `Hi, I paid invoice ${O3} at 10:12. When will I get the Google Play code?` },
      { from: 'buyer', at: '14:05', text: 'Still nothing after 4 hours. Please send the code or tell me if there is no stock.' },
      { from: 'merchant', at: '16:02', text: 'Sorry, the Rp150.000 Google Play vouchers are out of stock and our supplier has no date for new stock.' },
      { from: 'merchant', at: '16:03', text: 'If you cancel in Tokopedia it can take days to get the money back.' },
    ],
    key_phrases: [O3, 'out of stock', 'Still nothing after 4 hours'],
  },
  {
    name: 'b35-tokopedia-nr-2', case: 'b35-id-tokopedia-private-ovo', file: 'IMG_0715.PNG', split: B,
    style: 'tokopedia-chat', device: 'iphone-1170x2532', clock: '16:41', battery: 70, title: 'Voucherindo Official',
    pin: { title: 'Voucher Google Play Rp150.000 (kode digital)', order: O3, price: 'Rp152.500', status: 'Diproses' },
    messages: [
      { from: 'time', text: 'Hari ini' },
      { from: 'system', text: 'Demi keamanan, jangan bertransaksi atau membayar di luar Tokopedia.' },
      { from: 'buyer', at: '10:20', text: `Hi, I paid invoice ${O3} at 10:12. When will I get the Google Play code?` },
      { from: 'buyer', at: '14:05', text: 'Still nothing after 4 hours. Please send the code or tell me if there is no stock.' },
      { from: 'merchant', at: '16:02', text: 'Sorry, the Rp150.000 Google Play vouchers are out of stock and our supplier has no date for new stock.' },
      { from: 'merchant', at: '16:03', text: 'If you cancel in Tokopedia it can take days to get the money back.' },
      { from: 'merchant', at: '16:04', text: 'Faster way: chat me on WhatsApp 0812-****-7730, I transfer Rp152.500 back to your OVO tonight, then you just press "Pesanan Selesai" here.' },
      { from: 'buyer', at: '16:30', text: 'No thanks. I won\'t finish an order I never received. I\'ll request the refund through Tokopedia.' },
      { from: 'merchant', at: '16:38', text: 'Ok kak, up to you.' },
    ],
    key_phrases: ['chat me on WhatsApp', 'back to your OVO tonight', 'request the refund through Tokopedia'],
  },

  // ── 4 b35-my-m2u-fbpage-noreply: not_received, ready/weak + chat-no-reply ──────────────────
  {
    name: 'b35-m2u-kedai-reload', case: 'b35-my-m2u-fbpage-noreply', file: 'IMG-20280518-WA0004.jpg', split: B,
    style: 'maybank2u-receipt', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '21:05', battery: 38,
    receipt: {
      amount: 'RM 95.00',
      rows: [['Reference number', '6183920475'], ['Date & time', '18 May 2028, 9:05:14 PM'], ['From', 'Savings Account-i\n••••••2217'], ['To', 'KEDAI RELOAD MY ENTERPRISE\nCIMB Bank ••••8830'], ['Transfer type', 'DuitNow Transfer'], ['Recipient reference', 'KR10582'], ['Other payment details', 'PUBG 1800 UC']],
    },
    key_phrases: ['RM 95.00', 'KR10582'],
  },
  {
    name: 'b35-fbpage-noreply', case: 'b35-my-m2u-fbpage-noreply', file: 'IMG_3094.PNG', split: B,
    style: 'fb-page-messenger', device: 'iphone-1170x2532', clock: '08:52', battery: 81, title: 'Kedai Reload MY', introColor: '#F57C00',
    intro: { likes: '12K people like this', category: 'Video Game Store' },
    messages: [
      { from: 'time', text: 'MAY 18 AT 21:11' },
      { from: 'buyer', text: `Hi, I paid order ${O4} (PUBG Mobile 1800 UC, RM95) by DuitNow just now. Receipt attached. Player ID 51****8832.` },
      { from: 'merchant', auto: true, text: 'Thanks for messaging us. Our team will reply shortly.' },
      { from: 'time', text: 'MAY 19 AT 10:05' },
      { from: 'buyer', text: `Hello? Still no UC in my account. Your website says top-ups are done within 30 minutes. Order ${O4}.` },
      { from: 'time', text: 'MAY 19 AT 20:40' },
      { from: 'buyer', text: 'It\'s been almost 24 hours. Please top up or refund my RM95.' },
    ],
    corpus: [SRC.autoReply],
    key_phrases: [O4, 'Our team will reply shortly.', 'Please top up or refund my RM95.'],
  },

  // ── 5 b35-sg-trade-offer-nad: not_as_described, ready ──────────────────────────────────────
  {
    name: 'b35-trade-offer-crates', case: 'b35-sg-trade-offer-nad', file: 'Screenshot 2028-05-19 202544.png', split: B,
    style: 'steam-trade-offer', device: 'desktop-1920x1080', user: 'weilun_88',
    offer: {
      id: '6718204935', partner: 'keybot.sg | TF2 keys', date: 'Trade offer received 19 May @ 8:18pm', message: `Order ${O5}: your 10 keys, thanks for buying!`,
      get: Array.from({ length: 10 }, () => ['Mann Co. Supply Crate', '#8B5A2B']),
      nothing: 'You are not giving anything in this trade.',
    },
    key_phrases: [O5, 'Mann Co. Supply Crate', 'Items you will receive'],
  },
  {
    name: 'b35-carousell-crates', case: 'b35-sg-trade-offer-nad', file: 'IMG_8840.PNG', split: B,
    style: 'carousell-chat', device: 'iphone-1170x2532', degrade: ['crop:140'], clock: '21:06', battery: 58, title: 'keybot.sg',
    listing: { title: 'TF2 Mann Co. Supply Crate Key x10 – instant Steam trade', price: 'S$28', status: 'Paid · Buyer Protection', button: 'View order' },
    messages: [
      { from: 'time', text: '19 May' },
      { from: 'system', text: `You paid S$28 for order ${O5}. Carousell holds the payment until you confirm you have received the item.` },
      { from: 'merchant', at: '20:18', text: 'Trade offer sent, please accept on Steam 🙂' },
      { from: 'buyer', at: '20:24', text: 'The offer has 10 Mann Co. Supply Crates, not Crate Keys. The listing says keys. I haven\'t accepted it.' },
      { from: 'merchant', at: '21:02', text: 'Oh no, my bot pulled the crates from the wrong slot. Sorry. I\'m sold out of keys now, so I can\'t send the right item.' },
      { from: 'merchant', at: '21:03', text: 'Pls decline the offer and request a refund on the order, I will accept it.' },
    ],
    key_phrases: [O5, 'not Crate Keys', 'I will accept it'],
  },

  // ── 6 b35-ph-lazada-wrong-near: wrong_purchase, ready/weak + deadline-near ─────────────────
  {
    name: 'b35-lazada-wrong-vp', case: 'b35-ph-lazada-wrong-near', file: 'Screenshot_20280521-132214.png', split: B,
    style: 'lazada-chat', mall: false, device: 'android-1080x2400', clock: '13:22', battery: 69, title: 'PointsHub PH',
    pin: { title: 'VALORANT VP Top Up (PH) – Variation: 5,350 VP', order: `Order No. ${O6}`, price: '₱2,650.00', status: 'To Ship' },
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '13:08', text: `Hi, I chose the wrong variation in order ${O6}. I wanted 2,050 VP but tapped 5,350 VP. Please don't top up, I want to cancel.` },
      { from: 'merchant', at: '13:20', text: 'Hi! Noted, we have not topped up your Riot ID yet and we will not process this order.' },
      { from: 'merchant', at: '13:21', text: 'Please request the cancellation/refund from your order page and we\'ll approve it right away.' },
      { from: 'buyer', at: '13:22', text: 'Thank you!' },
    ],
    key_phrases: [O6, 'wrong variation', 'have not topped up your Riot ID yet'],
  },
  {
    name: 'b35-gcash-lazada-vp', case: 'b35-ph-lazada-wrong-near', file: 'Screenshot_20280521-130312.png', split: B,
    style: 'gcash-receipt', device: 'android-1080x2400', clock: '13:03', battery: 72,
    receipt: { kind: 'Payment to merchant', initial: 'L', to: 'Lazada', toSub: 'Lazada E-Services Philippines', amount: '₱2,650.00', rows: [['Amount', '₱2,650.00'], ['Total Amount Paid', '₱2,650.00']], ref: '9021 573 860134', date: 'May 21, 2028 1:02 PM' },
    key_phrases: ['₱2,650.00', 'May 21, 2028 1:02 PM'],
  },

  // ── 7 b35-my-lazada-razer-passed: card_invalid, reverse: 36 h 46 min after delivery ─────────
  {
    name: 'b35-razer-cancelled', case: 'b35-my-lazada-razer-passed', file: 'Screenshot_20280512-093104.png', split: B,
    style: 'razer-gold-error', dark: true, device: 'android-1080x2400', clock: '09:31', battery: 88,
    fields: [['Razer ID', 'am****91@gmail.com'], ['PIN', '**********4410']],
    result: { title: 'Reload Failed', body: ['This voucher has been cancelled.'] },
    corpus: [SRC.cancelled],
    key_phrases: ['This voucher has been cancelled.'],
  },
  {
    name: 'b35-lazada-razer-passed', case: 'b35-my-lazada-razer-passed', file: 'Screenshot_20280512-104233.png', split: B,
    style: 'lazada-chat', dark: true, mall: false, device: 'android-1080x2400', clock: '10:42', battery: 84, title: 'ReloadMart MY',
    pin: { title: 'Razer Gold PIN RM100 (MY) – e-PIN', order: `Order No. ${O7}`, price: 'RM102.00', status: 'Delivered' },
    messages: [
      { from: 'time', text: '10 May' },
      { from: 'merchant', at: '22:14', text: `Your Razer Gold PIN for order ${O7}: **********4410. Please redeem within 24 hours and tell us if there is any problem.` },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '09:40', text: `Hi, I just tried the PIN from order ${O7} at gold.razer.com: "This voucher has been cancelled." Please check.` },
      { from: 'merchant', at: '10:25', text: 'We checked: the PIN was delivered on 10 May at 22:14, and our supplier says it was voided yesterday after a dispute with their own reseller.' },
      { from: 'merchant', at: '10:26', text: 'Our terms ask buyers to redeem and report within 24 hours, so we cannot refund it now. Sorry.' },
      { from: 'buyer', at: '10:40', text: 'I didn\'t know it could be cancelled later. I\'ll ask Lazada anyway.' },
    ],
    corpus: [SRC.cancelled],
    key_phrases: [O7, 'redeem and report within 24 hours', 'cannot refund it now'],
  },

  // ── 8 b35-id-tokopedia-gplay-other-order: card_invalid, reverse: the chat is another invoice ─
  {
    name: 'b35-gplay-not-activated', case: 'b35-id-tokopedia-gplay-other-order', file: 'Screenshot_20280522-193018.png', split: B,
    style: 'google-play-redeem', device: 'android-1080x2400', clock: '19:30', battery: 45,
    account: 'ri*****@gmail.com', code: '7M2K-****-****-QX4P',
    lines: ['This card has not been activated, please activate it and try again.'],
    corpus: [SRC.notActivatedEn],
    key_phrases: ['This card has not been activated, please activate it and try again.'],
  },
  {
    name: 'b35-tokopedia-other-invoice', case: 'b35-id-tokopedia-gplay-other-order', file: 'Screenshot_20280522-195812.png', split: B,
    style: 'tokopedia-chat', dark: true, device: 'android-1080x2400', clock: '19:58', battery: 41, title: 'Pulsa Murah Jaya',
    pin: { title: 'Voucher Google Play Rp100.000', order: O8b, price: 'Rp101.500', status: 'Selesai' },
    messages: [
      { from: 'time', text: '8 Mei' },
      { from: 'merchant', at: '11:02', text: 'Code sent, please check the photo of the card 🙏' },
      { from: 'time', text: 'Hari ini' },
      { from: 'buyer', at: '19:32', text: `Hi, the Google Play card from invoice ${O8b} gives "This card has not been activated, please activate it and try again." Can you check?` },
      { from: 'merchant', at: '19:50', text: `Kak, invoice ${O8b} is from 8 May and it is already finished. Do you mean another order?` },
      { from: 'buyer', at: '19:55', text: 'That one. Please just refund.' },
    ],
    corpus: [SRC.notActivatedEn],
    key_phrases: [O8b, 'Do you mean another order?'],
  },

  // ── 9 b35-ph-fbpage-roblox-threat: card_invalid, ready/weak + threatening-language ─────────
  {
    name: 'b35-roblox-claimed', case: 'b35-ph-fbpage-roblox-threat', file: 'Screenshot_20280523-182644.png', split: B,
    style: 'roblox-redeem', device: 'android-1080x2400', clock: '18:26', battery: 57, user: 'jepoy_builds',
    redeem: { pin: 'RBX4 ••••• ••• 9KD2', error: 'That code was already claimed.' },
    corpus: [SRC.claimed],
    key_phrases: ['That code was already claimed.'],
  },
  {
    name: 'b35-fbpage-roblox-threat', case: 'b35-ph-fbpage-roblox-threat', file: 'Screenshot_20280523-210142.png', split: B,
    style: 'fb-page-messenger', device: 'android-1080x2400', clock: '21:01', battery: 33, title: 'RoboCards PH', introColor: '#E53935',
    intro: { likes: '8.4K people like this', category: 'Video Game Store' },
    messages: [
      { from: 'time', text: 'MAY 23 AT 18:31' },
      { from: 'buyer', text: `Hi, my Roblox code from order ${O9} (800 Robux, paid via GCash) says "That code was already claimed." I bought it 10 minutes ago.` },
      { from: 'merchant', auto: true, text: 'Thanks for messaging us. Our team will reply shortly.' },
      { from: 'time', text: 'MAY 23 AT 20:45' },
      { from: 'buyer', text: 'Two hours and no answer. You people are scammers. Refund me today or I will report your page to DTI and post it in every Roblox PH group.' },
      { from: 'time', text: 'MAY 23 AT 20:58' },
      { from: 'merchant', text: `Hi, sorry for the late reply. We checked ${O9}: our supplier sold that code twice, so it was claimed on another account. That one is on us.` },
      { from: 'merchant', text: 'Please request the refund on your order page and we will approve the full ₱499.' },
    ],
    corpus: [SRC.claimed, SRC.autoReply],
    key_phrases: [O9, 'You people are scammers.', 'approve the full ₱499'],
  },
  {
    name: 'b35-gcash-robocards', case: 'b35-ph-fbpage-roblox-threat', file: 'Screenshot_20280523-181802.png', split: B,
    style: 'gcash-receipt', device: 'android-1080x2400', clock: '18:18', battery: 60, avatarColor: '#E53935',
    receipt: { kind: 'Payment to merchant', initial: 'R', to: 'RoboCards PH', toSub: 'via PayMongo', amount: '₱499.00', rows: [['Amount', '₱499.00'], ['Total Amount Paid', '₱499.00']], ref: '5032 118 774920', date: 'May 23, 2028 6:17 PM' },
    key_phrases: ['₱499.00', 'RoboCards PH'],
  },

  // ── 10 b35-zh-itemku-steam-return: card_invalid, request: return ───────────────────────────
  {
    name: 'b35-steam-zh-not-activated', case: 'b35-zh-itemku-steam-return', file: 'Screenshot_20280525-161502.png', split: B,
    style: 'steam-wallet-redeem', device: 'android-1080x2400', clock: '16:15', battery: 52, code: '4K9T-****-****-2QHM',
    labels: { title: '兑换 Steam 钱包充值码', lead: '请在下方输入您的 Steam 钱包充值码。', field: 'Steam 钱包充值码', button: '继续' },
    error: '此卡尚未激活，请激活后重试。',
    corpus: [SRC.notActivatedZh],
    key_phrases: ['此卡尚未激活，请激活后重试。'],
  },
  {
    name: 'b35-itemku-zh-return-chat', case: 'b35-zh-itemku-steam-return', file: 'Screenshot_20280525-171822.png', split: B,
    style: 'itemku-order', view: 'chat', kind: 'chat', device: 'android-1080x2400', clock: '17:18', battery: 47, title: 'Kartu Game Jaya',
    strip: { order: `No. Pesanan ${O10}`, status: 'Pesanan Selesai' },
    messages: [
      { from: 'time', text: '25 Mei' },
      { from: 'merchant', at: '15:20', text: '卡密已发送，实体卡照片在订单里，请查收' },
      { from: 'buyer', at: '16:18', text: `你好，订单 ${O10} 的 Steam 钱包卡，兑换时显示"此卡尚未激活，请激活后重试。"截图发你了` },
      { from: 'merchant', at: '17:02', text: '不好意思，查了一下，这批实体卡进货时店里没有在收银机上激活，责任在我们这边。' },
      { from: 'buyer', at: '17:10', text: '那这个卡密我退回给你们，我在itemku提交退货退款。' },
      { from: 'merchant', at: '17:15', text: '好的，你提交申请，我这边同意。' },
    ],
    corpus: [SRC.notActivatedZh],
    key_phrases: [O10, '提交退货退款', '责任在我们这边'],
  },
  {
    name: 'b35-itemku-steam-order', case: 'b35-zh-itemku-steam-return', file: 'Screenshot_20280525-171930.png', split: B,
    style: 'itemku-order', device: 'android-1080x2400', clock: '17:19', battery: 47, gameColor: '#1B2838',
    order: {
      status: 'Pesanan Selesai', tone: 'done', statusLine: 'Penjual sudah mengirim pesananmu.',
      seller: 'Kartu Game Jaya', game: 'Steam', product: 'Steam Wallet Code IDR 120.000 (kartu fisik, kode difoto)', qty: '1 x Rp128.000',
      rows: [['No. Pesanan', O10], ['Waktu Pembayaran', '25 Mei 2028, 15:12 WIB'], ['Metode Pembayaran', 'OVO'], ['Total Pembayaran', 'Rp128.000']],
      delivery: ['Kode: 4K9T-****-****-2QHM', 'Foto kartu terlampir · dikirim 25 Mei 2028, 15:20 WIB'],
    },
    key_phrases: [O10, 'Rp128.000', 'Pesanan Selesai'],
  },

  // ── 11 b35-my-m2u-gplay-nochat: card_invalid, reverse: no chat at all ───────────────────────
  {
    name: 'b35-gplay-revoked', case: 'b35-my-m2u-gplay-nochat', file: 'Screenshot_20280526-130520.png', split: B,
    style: 'google-play-redeem', device: 'android-1080x2400', clock: '13:05', battery: 90,
    account: 'fa*****@gmail.com', code: 'H3WQ-****-****-8ZPN',
    lines: ['This gift code is invalid, already redeemed, or revoked.'],
    corpus: [SRC.giftRevoked],
    key_phrases: ['This gift code is invalid, already redeemed, or revoked.'],
  },
  {
    name: 'b35-m2u-gamekedai', case: 'b35-my-m2u-gplay-nochat', file: 'Screenshot_20280526-123058.png', split: B,
    style: 'maybank2u-receipt', device: 'android-1080x2400', clock: '12:30', battery: 94,
    receipt: {
      amount: 'RM 52.00',
      rows: [['Reference number', '6220418395'], ['Date & time', '26 May 2028, 12:30:41 PM'], ['From', 'Savings Account-i\n••••••7140'], ['To', 'GAMEKEDAI TRADING\nPublic Bank ••••4102'], ['Transfer type', 'DuitNow Transfer'], ['Recipient reference', 'GK77104'], ['Other payment details', 'Google Play RM50']],
    },
    key_phrases: ['RM 52.00', 'GK77104'],
  },

  // ── 12 b35-my-zh-lazada-partial: not_received (RM50 of RM150), ready/weak + refund-partial ───
  {
    name: 'b35-lazada-zh-partial', case: 'b35-my-zh-lazada-partial', file: 'IMG_6630.PNG', split: B,
    style: 'lazada-chat', device: 'iphone-1170x2532', clock: '11:41', battery: 66, title: 'KadKod Digital',
    pin: { title: 'Google Play Gift Card RM50 (MY) – digital code ×3', order: `Order No. ${O12}`, price: 'RM150.00', status: 'To Receive' },
    messages: [
      { from: 'time', text: '26 May' },
      { from: 'merchant', at: '20:30', text: '您好，订单的3张卡密我们先发2张：H7RM-****-****-2WQA、PK4D-****-****-Y8TC，第3张补货后马上发。' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '11:02', text: `你好，订单 ${O12} 还差1张RM50的卡密，已经过了一晚了，什么时候发？` },
      { from: 'merchant', at: '11:30', text: '不好意思，供应商那边RM50的卡一直没货，第3张没办法补了。' },
      { from: 'merchant', at: '11:31', text: '您直接在Lazada申请退这一张的钱RM50就可以，我们会同意。前两张可以正常使用。' },
      { from: 'buyer', at: '11:40', text: '好的，我申请退RM50。' },
    ],
    key_phrases: [O12, '第3张没办法补了', '我申请退RM50'],
  },
  {
    name: 'b35-m2u-fpx-lazada', case: 'b35-my-zh-lazada-partial', file: 'IMG_6612.PNG', split: B,
    style: 'maybank2u-receipt', device: 'iphone-1170x2532', clock: '20:15', battery: 80,
    receipt: {
      title: 'Payment successful', amount: 'RM 150.00',
      rows: [['Reference number', '6231087742'], ['Date & time', '26 May 2028, 8:15:09 PM'], ['From', 'Savings Account-i\n••••••5563'], ['To', 'Lazada Malaysia'], ['Transaction type', 'FPX Payment'], ['FPX transaction ID', '2805262015090438']],
    },
    key_phrases: ['RM 150.00', 'Lazada Malaysia'],
  },

  // ── 13 b35-tw-trade-hold-late: late_delivery, ready ────────────────────────────────────────
  {
    name: 'b35-fbpage-tw-late', case: 'b35-tw-trade-hold-late', file: 'IMG_2207.PNG', split: B,
    style: 'fb-page-messenger', dark: true, device: 'iphone-1170x2532', clock: '20:27', battery: 29, title: 'KeyBay SEA', introColor: '#00897B',
    subtitle: '通常在一天內回覆', autoLabel: '自動回覆',
    intro: { likes: '3.1萬人說這讚', category: '電玩遊戲商店' },
    messages: [
      { from: 'time', text: '5月28日 13:07' },
      { from: 'buyer', text: `訂單 ${O13} 已付款 NT$1,180，請問鑰匙什麼時候送？` },
      { from: 'merchant', auto: true, text: '感謝來訊！付款後1小時內送出交易報價，鑰匙即時到貨。' },
      { from: 'time', text: '5月28日 16:40' },
      { from: 'buyer', text: '已經3個半小時了，還沒收到報價。' },
      { from: 'time', text: '5月28日 19:52' },
      { from: 'merchant', text: '抱歉，機器人帳號被 Steam 限制交易，剛剛才送出報價，接受後物品會暫留15天。' },
      { from: 'buyer', text: '我接受了，但顯示6月12日才會到，說好即時到貨的。' },
      { from: 'merchant', text: `是我們的問題。你在 Steam 取消這筆暫留的交易，然後在訂單 ${O13} 申請退款，我們會同意全額退 NT$1,180。` },
    ],
    key_phrases: [O13, '付款後1小時內送出交易報價', '我們會同意全額退 NT$1,180。'],
  },
  {
    name: 'b35-trade-offer-hold', case: 'b35-tw-trade-hold-late', file: 'IMG_2210.JPG', split: B,
    style: 'steam-trade-offer', device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.2, focus: [0.5, 0.45], user: 'ahsiang0917',
    banner: 'Trade accepted. The items are on trade hold and will be delivered on Jun 12, 2028.', bannerTone: 'wait', noButtons: true,
    offer: {
      id: '6721930557', partner: 'KeyBay SEA #3', date: 'Trade offer received 28 May @ 7:49pm', message: `Order ${O13} – 20 keys`,
      get: Array.from({ length: 20 }, () => ['Mann Co. Supply Crate Key', '#D2A24C']),
    },
    key_phrases: ['on trade hold', 'Jun 12, 2028'],
  },

  // ── 14 b35-id-itemku-gamepass-act: activation_failed, ready ────────────────────────────────
  {
    name: 'b35-xbox-membership', case: 'b35-id-itemku-gamepass-act', file: 'Screenshot_20280529-183044.png', split: B,
    style: 'xbox-redeem', device: 'android-1080x2400', clock: '18:30', battery: 61,
    code: 'V4TQ9-*****-*****-*****-MK2RX', lines: ['Membership could not be activated.'],
    corpus: [SRC.membership],
    key_phrases: ['Membership could not be activated.'],
  },
  {
    name: 'b35-itemku-gamepass-chat', case: 'b35-id-itemku-gamepass-act', file: 'Screenshot_20280529-190812.png', split: B,
    style: 'itemku-order', view: 'chat', kind: 'chat', device: 'android-1080x2400', clock: '19:08', battery: 55, title: 'XGP Store ID',
    strip: { order: `No. Pesanan ${O14}`, status: 'Pesanan Selesai' },
    messages: [
      { from: 'time', text: '29 Mei' },
      { from: 'merchant', at: '10:12', text: 'Code sent on the order page. Redeem at xbox.com/redeem 👍' },
      { from: 'buyer', at: '18:32', text: `Hi, the Game Pass Ultimate code from ${O14} won't activate on my Xbox account: "Membership could not be activated." Screenshot attached.` },
      { from: 'buyer', type: 'image', w: 110, h: 190, hue: 120 },
      { from: 'merchant', at: '19:05', text: 'Checked with our supplier: this batch is for US accounts only and can\'t be activated on Indonesian accounts. The listing says Global, so the mistake sits with us.' },
      { from: 'merchant', at: '19:06', text: 'Please request a refund on the order, we will accept it.' },
    ],
    corpus: [SRC.membership],
    key_phrases: [O14, 'Membership could not be activated.', 'we will accept it'],
  },
  {
    name: 'b35-itemku-gamepass-order', case: 'b35-id-itemku-gamepass-act', file: 'Screenshot_20280529-190930.png', split: B,
    style: 'itemku-order', device: 'android-1080x2400', clock: '19:09', battery: 55, gameColor: '#107C10',
    order: {
      status: 'Pesanan Selesai', tone: 'done', statusLine: 'Penjual sudah mengirim pesananmu.',
      seller: 'XGP Store ID', game: 'Xbox', product: 'Xbox Game Pass Ultimate 1 Bulan – kode digital (Global)', qty: '1 x Rp95.000',
      rows: [['No. Pesanan', O14], ['Waktu Pembayaran', '29 Mei 2028, 10:08 WIB'], ['Metode Pembayaran', 'GoPay'], ['Total Pembayaran', 'Rp95.000']],
      delivery: ['Kode: V4TQ9-*****-*****-*****-MK2RX', 'Dikirim 29 Mei 2028, 10:12 WIB'],
    },
    key_phrases: [O14, 'Rp95.000', 'Pesanan Selesai'],
  },
];
