// The twenty-second blind end-to-end set (fixtures/blind22/): 14 cases written by a helper (branch h19c),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind22'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. The set leans on English-language key and gift-card marketplaces
// (Gameflip, PlayerAuctions, Z2U, U7BUY, Driffle, a CDKeys-like key shop, Telegram shop bots),
// on gift-card redeem errors (Roblox, V-Bucks on Epic, Xbox, Nintendo eShop, Google Play,
// PlayStation), PayPal's Resolution Center, a Trustpilot-style review and Gmail on Android (dark);
// a few sellers are Chinese and write English or a mix. Nine new app styles: `gameflip-order`,
// `playerauctions-order`, `z2u-chat`, `u7buy-order`, `driffle-order`, `keyshop-orders`
// (CDKeys-like "My Orders"), `paypal-dispute`, `trustpilot-review` and `telegram-bot`.
// Render with `node scripts/real/render.mjs --set blind22`, then
// `node scripts/real/copy-cases.mjs --set blind22`. The set is judged once, at the end: do not tune on it.
const B = 'blind22';

const O1 = 'P-60418827310'; // letter prefix + 11 digits (Gameflip-like)
const O2 = 'PA38817524'; // PA + 8 digits
const O3 = '2801102005381947'; // 16 digits (Z2U-like)
const O4 = '2801122110604415'; // 16 digits (Z2U-like)
const O5 = 'U7B2801140915472'; // U7B + 13 digits
const O6 = 'DRF-5501-8824'; // hyphenated
const O7 = 'KD40172219'; // KD + 8 digits
const O8 = 'NK-40917'; // short bot order number
const O9 = 'PCB-77120'; // short bot order number
const O10 = 'VL-2801-0613'; // hyphenated
const O11 = 'DRF-5498-3107'; // hyphenated
const O12 = 'PA38790166'; // PA + 8 digits
const O13 = 'U7B2801141930227'; // this case's order (U7B + 13 digits)
const O13b = 'U7B2801021107334'; // the buyer's earlier order, named in the mail thread
const O14 = 'P-60411930552'; // letter prefix + 11 digits

const SRC = {
  noBalance: 'a gift-card checkout: "This gift card has no remaining balance" (public GitHub JavaScript file, find_string id 62321907722), put on a Roblox redeem page',
  market: 'the same gift-card checkout: "This gift card isn\'t valid for this store\'s market" (public GitHub JavaScript file, find_string id 62321907722), put on an eShop redeem dialog',
  notActive: 'the same gift-card checkout: "This gift card is not active" (public GitHub JavaScript file, find_string id 62321907722), put on an eShop redeem dialog',
  delivery: 'an order page: "Your order is being processed. Delivery usually takes 10 mins - 24 hours." (public GitHub file, find_string id 29236071156)',
  botStock: 'a Telegram shop bot (pyTelegramBotAPI): "This item is out of stock. Please contact technical support." and "✅ Payment completed\\nAmount - …" (public GitHub Python file, find_string id 5679870359), the amount line adapted',
  cancelled: 'a gift-card model: "This gift card has been cancelled" (public GitHub Python file, find_string id 70773501250)',
  claimedOther: 'a subscription-code claim: "This code has already been claimed by another account." (public GitHub file, find_string id 60239048290)',
  claimed: 'a claim page: "That code has already been claimed." (public GitHub TypeScript file, find_string id 57021378190)',
  maxDevices: 'a licence check: "This key has already been activated on the maximum of 3 devices." (public GitHub TypeScript file, find_string id 70133942856)',
  blocked: 'a voucher page: "This voucher has been blocked. Contact support." (public GitHub file, find_string id 69390921817)',
  waiting: 'an offer page: "Waiting for seller\'s response" (public GitHub file, find_string id 2131643610), as a dispute status',
};

export default [
  // ── 1 b22-en-gameflip-roblox-balance: card_invalid, ready ──────────────────────────────────
  {
    name: 'b22-gameflip-roblox', case: 'b22-en-gameflip-roblox-balance', file: 'Screenshot 2028-01-03 192655.png', split: B,
    style: 'gameflip-order', device: 'desktop-1366x768',
    order: {
      item: 'Roblox Gift Card 800 Robux (US) – Digital Code', meta: 'Roblox · Gift card · Seller: arcadelot (4.9 ★, 1,284 sales)',
      status: 'Delivered', tone: 'ok', statusNote: 'The seller delivered the code on Jan 3, 2028 7:13 PM.', code: 'RBX8-****-****-Q7T2',
      rows: [['Purchase ID', O1], ['Purchased', 'Jan 3, 2028 7:12 PM'], ['Price', '$9.40'], ['Total paid', '$9.40']],
      note: ['Gameflip holds the seller\'s payment until you accept the item. Report a problem before accepting if the code does not work.'],
    },
    key_phrases: [O1, '$9.40', 'Delivered'],
  },
  {
    name: 'b22-roblox-no-balance', case: 'b22-en-gameflip-roblox-balance', file: 'Screenshot_20280103-192031.png', split: B,
    style: 'roblox-redeem', device: 'android-1080x2400', clock: '19:20', battery: 58, user: 'mason_builds08',
    redeem: { pin: 'RBX8 ••••• ••• Q7T2', error: 'This gift card has no remaining balance' },
    corpus: [SRC.noBalance],
    key_phrases: ['This gift card has no remaining balance'],
  },
  {
    name: 'b22-gmail-dark-roblox', case: 'b22-en-gameflip-roblox-balance', file: 'Screenshot_20280103-201012.png', split: B,
    style: 'gmail', dark: true, device: 'android-1080x2400', clock: '20:10', battery: 51, lang: 'en',
    mail: {
      subject: `New message about purchase ${O1}`, from: 'Gameflip', time: '8:05 PM', avatar: ['G', '#3B5BDB'],
      body: ['arcadelot sent you a message:', 'Sorry man, I checked this code on my side, it was already used on our test account before it was listed. My fault. Click Report a problem on the purchase and pick "Code does not work", I will accept the refund.'],
      quoteHead: 'Your message, 7:24 PM:',
      quote: [`Hi, the 800 Robux code from purchase ${O1} gives "This gift card has no remaining balance" on roblox.com/redeem. First time I used it.`],
    },
    corpus: [SRC.noBalance],
    key_phrases: [O1, 'already used on our test account', 'I will accept the refund'],
  },

  // ── 2 b22-en-pa-account-nad: not_as_described, ready ────────────────────────────────────────
  {
    name: 'b22-pa-valorant', case: 'b22-en-pa-account-nad', file: 'Screenshot 2028-01-08 213302.png', split: B,
    style: 'playerauctions-order', device: 'desktop-1920x1080',
    order: {
      id: O2, step: 3, status: 'Delivered', tone: 'ok',
      offer: 'Valorant EU Account – Diamond 2 – 31 Skins – Full Access (Original Email Included)', meta: 'Valorant · Europe · Seller: RankVault (99.2% positive)',
      rows: [['Order Number', O2], ['Order Date', 'Jan 8, 2028 14:20'], ['Delivered', 'Jan 8, 2028 15:02'], ['Payment', 'PayPal'], ['Total', '€64.99']],
      note: ['PA Protection: if the account is not as described, open a dispute before confirming receipt.'],
    },
    key_phrases: [O2, '€64.99', 'Original Email Included'],
  },
  {
    name: 'b22-discord-valorant-dark', case: 'b22-en-pa-account-nad', file: 'Screenshot 2028-01-08 221544.png', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', buyerName: 'lenny.kr', merchantName: 'RankVault', lineW: 660,
    messages: [
      { from: 'time', text: 'January 8, 2028' },
      { from: 'buyer', text: `Hey, PA order ${O2}. The listing says Full Access with the original email, but you only sent the Riot login. When I try to change the email Riot sends the code to an address I don't have.`, at: 'Today at 21:30' },
      { from: 'merchant', text: 'You are right, this one is a login-only account, the original email was never included. Our listing was copied from another account, sorry.', at: 'Today at 22:08' },
      { from: 'merchant', text: 'Open a dispute on PlayerAuctions as not as described and we accept the refund, no problem.', at: 'Today at 22:09' },
    ],
    key_phrases: [O2, 'original email was never included', 'we accept the refund'],
  },

  // ── 3 b22-z2u-cn-seller-nr: not_received, ready ─────────────────────────────────────────────
  {
    name: 'b22-z2u-welkin', case: 'b22-z2u-cn-seller-nr', file: 'Screenshot_20280111-101544.jpg', split: B,
    style: 'z2u-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '10:15', battery: 66, buyerName: 'weijie_sg',
    order: { seller: 'XingChen TopUp', product: 'Genshin Impact Blessing of the Welkin Moon ×3 (UID top-up)', id: O3, amount: 'USD 14.20', status: 'Pending Delivery', tone: 'wait' },
    messages: [
      { from: 'system', text: 'Order paid on 2028-01-10 20:05. The seller should deliver within 12 hours.' },
      { from: 'buyer', at: '01-10 22:31', text: 'Hi, my UID is 8123****77, server Asia. When will the Welkin come?' },
      { from: 'merchant', at: '01-10 22:40', text: 'ok friend, 今晚 tonight i top up, wait pls' },
      { from: 'buyer', at: '01-11 09:40', text: `It's the next morning and nothing arrived on my UID. Order ${O3} still says Pending Delivery.` },
      { from: 'merchant', at: '01-11 10:02', text: 'sorry friend, 充值渠道 closed, cannot top up this week. you apply cancel order on Z2U, i agree refund 100%' },
    ],
    key_phrases: [O3, 'Pending Delivery', 'i agree refund 100%'],
  },
  {
    name: 'b22-gmail-z2u-receipt', case: 'b22-z2u-cn-seller-nr', file: 'Screenshot_20280111-101822.png', split: B,
    style: 'gmail', device: 'android-1080x2400', clock: '10:18', battery: 65, lang: 'en',
    mail: {
      subject: `Z2U order ${O3} paid`, from: 'Z2U.com', time: '10 Jan', avatar: ['Z', '#E8332A'], brand: 'Z2U', brandColor: '#E8332A',
      body: ['Your payment was received. The seller has been notified.'],
      rows: [['Order ID', O3], ['Item', 'Genshin Impact Blessing of the Welkin Moon ×3 (UID top-up)'], ['Seller', 'XingChen TopUp'], ['Paid', '2028-01-10 20:05 (GMT+8)'], ['Total', 'USD 14.20']],
      after: ['If the seller does not deliver, you can cancel the order from the order page.'],
    },
    key_phrases: [O3, 'USD 14.20'],
  },

  // ── 4 b22-hk-z2u-private-wechat: not_received, ready/weak + private-channel ────────────────
  {
    name: 'b22-z2u-uc-dark', case: 'b22-hk-z2u-private-wechat', file: 'IMG_4471.PNG', split: B,
    style: 'z2u-chat', dark: true, device: 'iphone-1170x2532', clock: '14:26', battery: 38, buyerName: 'kaho.lam',
    order: { seller: 'LongTeng Game Store', product: 'PUBG Mobile 1800 UC (Player ID top-up)', id: O4, amount: 'USD 22.50', status: 'Pending Delivery', tone: 'wait' },
    messages: [
      { from: 'buyer', at: '01-13 10:12', text: `訂單 ${O4} 琴晚付咗錢，到而家都未有 UC 入帳，幾時會充？` },
      { from: 'merchant', at: '01-13 13:55', text: '亲 sorry, this order cannot deliver, UC 库存 no more.' },
      { from: 'merchant', at: '01-13 13:57', text: 'you add my wechat ltgame_88, i return you USD 22.50 by Alipay direct, then you close order ok? 平台 refund very slow' },
      { from: 'buyer', at: '01-13 14:20', text: '我唔加微信，亦唔要私下轉帳。請你喺 Z2U 取消訂單，我自己喺平台申請退款。' },
    ],
    key_phrases: [O4, 'add my wechat', '私下轉帳'],
  },
  {
    name: 'b22-gmail-z2u-hk', case: 'b22-hk-z2u-private-wechat', file: 'IMG_4472.PNG', split: B,
    style: 'gmail', device: 'iphone-1170x2532', clock: '14:28', battery: 38, lang: 'zh-Hant',
    mail: {
      subject: `Z2U order ${O4} paid`, from: 'Z2U.com', time: '1月12日', avatar: ['Z', '#E8332A'], brand: 'Z2U', brandColor: '#E8332A',
      body: ['Your payment was received. The seller has been notified.'],
      rows: [['Order ID', O4], ['Item', 'PUBG Mobile 1800 UC (Player ID top-up)'], ['Seller', 'LongTeng Game Store'], ['Paid', '2028-01-12 21:10 (GMT+8)'], ['Total', 'USD 22.50']],
    },
    key_phrases: [O4, 'USD 22.50'],
  },

  // ── 5 b22-en-u7buy-late-30h: late_delivery, ready ───────────────────────────────────────────
  {
    name: 'b22-u7buy-processing', case: 'b22-en-u7buy-late-30h', file: 'Screenshot 2028-01-15 155012.png', split: B,
    style: 'u7buy-order', device: 'desktop-1366x768',
    order: {
      id: O5, status: 'Processing', tone: 'wait', message: 'Your order is being processed. Delivery usually takes 10 mins - 24 hours.',
      product: 'Xbox Game Pass Ultimate 3 Months – Account Top Up (US)', meta: 'Xbox · United States · Qty 1',
      rows: [['Order No.', O5], ['Order Time', '2028-01-14 09:15 (GMT-6)'], ['Payment Method', 'Visa •••• 6022'], ['Xbox account', 'ry****@outlook.com'], ['Total', 'US$27.99']],
    },
    corpus: [SRC.delivery],
    key_phrases: [O5, 'US$27.99', 'Delivery usually takes 10 mins - 24 hours.'],
  },
  {
    name: 'b22-u7buy-livechat', case: 'b22-en-u7buy-late-30h', file: 'Screenshot 2028-01-15 155540.png', split: B,
    style: 'shop-webchat', device: 'desktop-1366x768', shop: 'U7BUY Live Chat', navColor: '#1660F5', title: `Order ${O5} not delivered`,
    ticket: [['Order', O5], ['Product', 'Xbox Game Pass Ultimate 3 Months'], ['Status', 'Open']],
    buyerName: 'Ryan', merchantName: 'Stella (U7BUY)',
    messages: [
      { from: 'buyer', at: '01-14 19:02', text: `Hi, order ${O5} was paid at 9:15 this morning and still says Processing. The page says 10 mins - 24 hours.` },
      { from: 'merchant', at: '01-14 19:10', text: 'Thanks for waiting, our team is handling it now.' },
      { from: 'buyer', at: '01-15 15:41', text: 'It\'s been more than 30 hours. Still nothing on my Xbox account.' },
      { from: 'merchant', at: '01-15 15:52', text: 'Sorry for the delay, the supplier for this top-up is out of stock and we cannot deliver it in time. Please apply for a refund on the order page, it will be approved.' },
    ],
    corpus: [SRC.delivery],
    key_phrases: [O5, 'more than 30 hours', 'it will be approved'],
  },

  // ── 6 b22-uk-driffle-eshop-region: wrong_purchase, not-ready (policy-no-refund, deadline-near) ──
  {
    name: 'b22-eshop-market', case: 'b22-uk-driffle-eshop-region', file: '2028011518083000-C2F1A4B9E0D37C55.jpg', split: B,
    style: 'eshop-redeem', device: 'switch-1280x720', degrade: ['fwd:1280:88'],
    code: 'E7K2 •••• •••• QX4M', errorCode: '',
    lines: ['This gift card isn\'t valid for this store\'s market', 'Check the region of the card and of your Nintendo Account.'],
    corpus: [SRC.market],
    key_phrases: ['This gift card isn\'t valid for this store\'s market'],
  },
  {
    name: 'b22-driffle-eshop', case: 'b22-uk-driffle-eshop-region', file: 'Screenshot_20280115-181926.png', split: B,
    style: 'driffle-order', device: 'android-1080x2400', clock: '18:19', battery: 72,
    order: {
      id: O6, date: '15 Jan 2028, 18:02', status: 'Completed', tone: 'ok',
      product: 'Nintendo eShop Gift Card 20 USD – United States', chips: ['Nintendo', 'Region: United States'], price: '£17.49',
      keyLabel: 'Your code', key: 'E7K2-****-****-QX4M', keyNote: 'Revealed on 15 Jan 2028, 18:04',
      rows: [['Subtotal', '£17.49'], ['Service fee', '£0.00'], ['Paid with', 'Apple Pay'], ['Total', '£17.49']],
      note: ['Keys can only be refunded if they have not been revealed. Buying the wrong region or changing your mind is not a reason for a refund.'],
    },
    key_phrases: [O6, '£17.49', 'Revealed on 15 Jan 2028, 18:04'],
  },
  {
    name: 'b22-helpdesk-eshop', case: 'b22-uk-driffle-eshop-region', file: 'Screenshot_20280115-183402.png', split: B,
    style: 'helpdesk-ticket', device: 'android-1080x2400', clock: '18:34', battery: 70, lang: 'en', brand: 'Driffle Help Center', brandColor: '#7B5CFF', buyerName: 'Callum Reid', merchantName: 'Priya (Driffle)',
    ticket: {
      id: '930214', subject: `Wrong region eShop card, order ${O6}`, created: 'Jan 15, 2028 18:11', last: 'Jan 15, 2028 18:30',
      status: 'Solved', tone: 'solved', fields: [['Order number', O6], ['Product', 'Nintendo eShop Gift Card 20 USD – United States']],
    },
    messages: [
      { from: 'buyer', at: 'Jan 15, 2028 18:11', text: 'I bought the US card by mistake, my Switch account is UK and it says the card isn\'t valid for this store\'s market. I already revealed the code. Can I have a refund please?' },
      { from: 'merchant', at: 'Jan 15, 2028 18:30', text: 'Hi Callum, the code itself is valid: it is a United States card, as the listing and the region chip show, so it only works on a US Nintendo Account. As our terms on the product page say, revealed keys cannot be refunded for a wrong region, so we cannot refund this order.' },
    ],
    corpus: [SRC.market],
    key_phrases: [O6, 'revealed keys cannot be refunded'],
  },

  // ── 7 b22-au-keyshop-eshop-paypal: card_invalid, ready ──────────────────────────────────────
  {
    name: 'b22-keyshop-eshop', case: 'b22-au-keyshop-eshop-paypal', file: 'Screenshot 2028-01-18 204322.png', split: B,
    style: 'keyshop-orders', device: 'desktop-1366x768',
    order: {
      head: [['Order #', O7], ['Placed', '18/01/2028 20:30'], ['Status', 'Complete'], ['Total', 'A$28.95']],
      item: 'Nintendo eShop Card A$30 – Australia', meta: 'Platform: Nintendo Switch · Region: Australia · Qty 1',
      key: 'A9QF-****-****-M2WL',
    },
    key_phrases: [O7, 'A$28.95', 'Complete'],
  },
  {
    name: 'b22-eshop-not-active', case: 'b22-au-keyshop-eshop-paypal', file: '2028011820412100-C2F1A4B9E0D37C55.jpg', split: B,
    style: 'eshop-redeem', device: 'switch-1280x720', degrade: ['fwd:1280:86'],
    code: 'A9QF •••• •••• M2WL', errorCode: '',
    lines: ['This gift card is not active', 'Please contact the store where you bought it.'],
    corpus: [SRC.notActive],
    key_phrases: ['This gift card is not active'],
  },
  {
    name: 'b22-paypal-eshop', case: 'b22-au-keyshop-eshop-paypal', file: 'Screenshot 2028-01-19 091844.png', split: B,
    style: 'paypal-dispute', device: 'desktop-1366x768',
    dispute: {
      title: 'Item not as described', id: 'PP-D-61408275', seller: 'KEYDEN Ltd', status: 'Waiting for seller\'s response', statusNote: 'The seller has until 29 January 2028 to respond.',
      rows: [['Seller', 'KEYDEN Ltd'], ['Transaction ID', '8RT40917LK2256033'], ['Invoice ID', O7], ['Date', '18 January 2028'], ['Amount', 'A$28.95']],
      messages: [
        { from: 'merchant', at: '19 Jan 2028 09:12', text: `We are sorry: the supplier batch behind order ${O7} was never activated at the till, so the card cannot work. Please close this PayPal case and request the refund on your KEYDEN order page; we will approve it the same day.` },
        { from: 'buyer', at: '18 Jan 2028 21:05', text: `The Nintendo eShop card from order ${O7} says "This gift card is not active" on my Switch. Bought 30 minutes ago, first use.` },
      ],
    },
    corpus: [SRC.notActive, SRC.waiting],
    key_phrases: [O7, 'This gift card is not active', 'we will approve it'],
  },

  // ── 8 b22-pl-tgbot-nr-stock: not_received, ready ───────────────────────────────────────────
  {
    name: 'b22-tgbot-steam-stock', case: 'b22-pl-tgbot-nr-stock', file: 'Screenshot_20280120-195102_Telegram.png', split: B,
    style: 'telegram-bot', device: 'android-1080x2400', clock: '19:51', battery: 44, title: 'NeonKeys Shop',
    messages: [
      { from: 'time', text: 'January 20' },
      { from: 'buyer', at: '19:42', text: '💰 Top up balance' },
      { from: 'merchant', at: '19:44', text: '✅ Payment completed\nAmount - 15.00 USD', keyboard: [['🛒 Catalog', '👤 Profile']] },
      { from: 'merchant', at: '19:44', text: `🧾 Order ${O8}\nSteam Wallet Gift Card 15 USD (Global)\nPaid: 15.00 USD\nStatus: paid, waiting for delivery`, keyboard: [['📦 Get my code']] },
      { from: 'buyer', at: '19:45', text: '📦 Get my code' },
      { from: 'merchant', at: '19:45', text: 'This item is out of stock. Please contact technical support.', keyboard: [['🛒 Catalog', '💬 Support']] },
    ],
    corpus: [SRC.botStock],
    key_phrases: [O8, 'Payment completed', 'This item is out of stock. Please contact technical support.'],
  },
  {
    name: 'b22-telegram-support-dark', case: 'b22-pl-tgbot-nr-stock', file: 'Screenshot_20280120-203312_Telegram.png', split: B,
    style: 'telegram', dark: true, device: 'android-1080x2400', clock: '20:33', battery: 39, title: 'NeonKeys Support', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'January 20' },
      { from: 'buyer', at: '19:48', text: `Hi, the bot took 15 USD for order ${O8} (Steam Wallet 15 USD) and then said the item is out of stock. No code came.` },
      { from: 'merchant', at: '20:29', text: 'Hello, yes, the Steam 15 USD stock ran out and the bot did not block the sale. You will not get a code for this order. Open the refund for it on our shop page and we approve it, sorry.' },
      { from: 'buyer', at: '20:31', text: 'Ok, doing it now.' },
    ],
    key_phrases: [O8, 'You will not get a code', 'we approve it'],
  },

  // ── 9 b22-in-tgbot-gplay-threat: card_invalid, ready/weak + threatening-language ───────────
  {
    name: 'b22-gplay-cancelled-dark', case: 'b22-in-tgbot-gplay-threat', file: 'Screenshot_20280105-121902.png', split: B,
    style: 'google-play-redeem', device: 'android-1080x2400', dark: true, clock: '12:19', battery: 83,
    account: 'ar*****@gmail.com', code: 'GP8M-****-****-K3TZ',
    lines: ['This gift card has been cancelled'],
    corpus: [SRC.cancelled],
    key_phrases: ['This gift card has been cancelled'],
  },
  {
    name: 'b22-tgbot-gplay', case: 'b22-in-tgbot-gplay-threat', file: 'Screenshot_20280105-131544.png', split: B,
    style: 'telegram-bot', device: 'android-1080x2400', clock: '13:15', battery: 80, title: 'PlayCodes Bot',
    messages: [
      { from: 'time', text: 'January 5' },
      { from: 'merchant', at: '12:10', text: `🧾 Order ${O9}\nGoogle Play Gift Code ₹1000 (India)\nPaid: ₹1,049\nYour code: GP8M-****-****-K3TZ`, keyboard: [['🛒 Catalog', '💬 Support']] },
      { from: 'buyer', at: '12:24', text: `Support: code from order ${O9} says "This gift card has been cancelled" on Play Store. Used it once, right now.` },
      { from: 'buyer', at: '12:51', text: 'Hello?? You sold me a dead card. Refund me today or I will report this bot to Telegram and post your name in every gaming group as a scammer.' },
      { from: 'merchant', at: '13:12', text: `Support: we checked, the issuer cancelled this card after a chargeback on our supplier's side. Not your fault. Request the refund for ${O9} with /refund and it will be approved.` },
    ],
    corpus: [SRC.cancelled],
    key_phrases: [O9, 'as a scammer', 'it will be approved'],
  },

  // ── 10 b22-en-trustpilot-no-chat: activation_failed, reverse (no chat with the shop) ───────
  {
    name: 'b22-ubisoft-max-devices', case: 'b22-en-trustpilot-no-chat', file: 'Screenshot 2028-01-06 211530.png', split: B,
    style: 'ubisoft-redeem', device: 'desktop-1920x1080', dark: true, user: 'owen_trx',
    key: 'UP4Q-****-****-****-7XHM', error: 'This key has already been activated on the maximum of 3 devices.',
    sub: 'Enter the key you received to add the game to your library.',
    corpus: [SRC.maxDevices],
    key_phrases: ['This key has already been activated on the maximum of 3 devices.'],
  },
  {
    name: 'b22-keyshop-vaultline', case: 'b22-en-trustpilot-no-chat', file: 'Screenshot 2028-01-06 211704.png', split: B,
    style: 'keyshop-orders', device: 'desktop-1366x768', shopHtml: 'VAULT<b>LINE</b>', accent: '#36B37E',
    order: {
      head: [['Order #', O10], ['Placed', '06/01/2028 20:48'], ['Status', 'Complete'], ['Total', '£24.99']],
      item: 'Anno 1800 – Ubisoft Connect Key (PC)', meta: 'Platform: Ubisoft Connect · Region: Europe · Qty 1',
      key: 'UP4Q-****-****-****-7XHM',
      note: ['Problems with a key must be reported to our support team within 24 hours of purchase, with your order number.'],
    },
    key_phrases: [O10, '£24.99'],
  },
  {
    name: 'b22-trustpilot-vaultline', case: 'b22-en-trustpilot-no-chat', file: 'Screenshot_20280107-083012.png', split: B,
    style: 'trustpilot-review', device: 'android-1080x2400', clock: '08:30', battery: 91,
    company: { name: 'Vaultline Keys', domain: 'vaultline-keys.example', score: '2.1', count: '1,906' },
    reviews: [
      {
        name: 'Owen T', meta: 'GB · 3 reviews', stars: 1, date: 'Jan 6, 2028', color: '#C2410C', experience: 'January 06, 2028',
        title: 'Used key, do not buy here',
        text: 'Bought Anno 1800 tonight and the key says it was already activated on the maximum of 3 devices. A Ubisoft game key should never be used before. Avoid this site, buy from the official store instead.',
      },
    ],
    corpus: [SRC.maxDevices],
    key_phrases: ['Used key, do not buy here', 'maximum of 3 devices'],
  },

  // ── 11 b22-br-driffle-vbucks-claimed: card_invalid, ready ───────────────────────────────────
  {
    name: 'b22-epic-claimed', case: 'b22-br-driffle-vbucks-claimed', file: 'Captura de tela 2028-01-08 222104.png', split: B,
    style: 'epic-redeem', device: 'desktop-1920x1080', user: 'tiagofn_br',
    code: 'VB7K2-*****-*****-Q9RTX',
    error: ['This code has already been claimed by another account.'],
    corpus: [SRC.claimedOther],
    key_phrases: ['This code has already been claimed by another account.'],
  },
  {
    name: 'b22-driffle-vbucks', case: 'b22-br-driffle-vbucks-claimed', file: 'Screenshot_20280108-222650.png', split: B,
    style: 'driffle-order', device: 'android-1080x2400', clock: '22:26', battery: 47,
    order: {
      id: O11, date: '8 Jan 2028, 22:15', status: 'Completed', tone: 'ok',
      product: 'Fortnite 2,800 V-Bucks Gift Card – Global', chips: ['Epic Games', 'Region: Global'], price: '$21.30',
      keyLabel: 'Your code', key: 'VB7K2-*****-*****-Q9RTX', keyNote: 'Revealed on 8 Jan 2028, 22:17',
      rows: [['Subtotal', '$21.30'], ['Paid with', 'Pix'], ['Total', '$21.30']],
    },
    key_phrases: [O11, '$21.30'],
  },
  {
    name: 'b22-gmail-dark-driffle', case: 'b22-br-driffle-vbucks-claimed', file: 'Screenshot_20280109-084512.png', split: B,
    style: 'gmail', dark: true, device: 'android-1080x2400', clock: '08:45', battery: 88, lang: 'en',
    mail: {
      subject: `Re: [Request #931877] V-Bucks code already claimed – order ${O11}`, from: 'Driffle Support', time: '8:40 AM', avatar: ['D', '#7B5CFF'],
      body: ['Hi Tiago,', `Thanks for the screenshot. The seller has confirmed that the V-Bucks code in order ${O11} went to a different customer before your order. We are sorry for this.`, 'You can request the refund from the order page (Report a problem › Refund); it will be approved.'],
      quoteHead: 'On Jan 8, 2028, at 10:23 PM, you wrote:',
      quote: [`The Fortnite 2,800 V-Bucks code from order ${O11} says "This code has already been claimed by another account." on epicgames.com. I revealed it 5 minutes ago.`],
    },
    corpus: [SRC.claimedOther],
    key_phrases: [O11, 'went to a different customer', 'it will be approved'],
  },

  // ── 12 b22-cn-pa-account-return: not_as_described, request: return ─────────────────────────
  {
    name: 'b22-pa-genshin-iphone', case: 'b22-cn-pa-account-return', file: 'IMG_8803.PNG', split: B,
    style: 'playerauctions-order', device: 'iphone-1170x2532', clock: '10:26', battery: 57,
    order: {
      id: O12, step: 3, status: 'Delivered', tone: 'ok',
      offer: 'Genshin Impact Asia Account AR58 – 5 Limited 5★ Characters – Full Access', meta: 'Genshin Impact · Asia · Seller: YunQi Accounts',
      rows: [['Order Number', O12], ['Order Date', 'Jan 3, 2028 20:00'], ['Delivered', 'Jan 3, 2028 20:30'], ['Total', 'US$45.00']],
    },
    key_phrases: [O12, 'US$45.00', '5 Limited 5★ Characters'],
  },
  {
    name: 'b22-telegram-genshin', case: 'b22-cn-pa-account-return', file: 'IMG_8805.PNG', split: B,
    style: 'telegram', device: 'iphone-1170x2532', clock: '10:41', battery: 55, title: 'YunQi Accounts', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'January 4' },
      { from: 'buyer', at: '10:02', text: `你好，PA 订单 ${O12} 的原神号，标题写 5 个限定五星，我登进去只有 3 个，雷电将军和纳西妲都没有。` },
      { from: 'merchant', at: '10:20', text: 'sorry 亲, 2 characters on another account, my mistake when listing 🙏 this account only 3 limited.' },
      { from: 'buyer', at: '10:25', text: '那我要退货，账号还给你，钱退我。' },
      { from: 'merchant', at: '10:38', text: 'ok you open dispute on PA, I accept refund.' },
    ],
    key_phrases: [O12, 'my mistake when listing', '我要退货'],
  },

  // ── 13 b22-es-u7buy-xbox-other-order: card_invalid, not-ready (order-id-mismatch) ──────────
  {
    name: 'b22-u7buy-xbox-done', case: 'b22-es-u7buy-xbox-other-order', file: 'Screenshot_20280115-094012.png', split: B,
    style: 'u7buy-order', device: 'android-1080x2400', clock: '09:40', battery: 62,
    order: {
      id: O13, status: 'Completed', tone: 'ok', message: 'Your code has been delivered. You can find it in Order Detail › Card Info.',
      product: 'Xbox Gift Card 25 EUR (EU)', meta: 'Xbox · Europe · Qty 1',
      rows: [['Order No.', O13], ['Order Time', '2028-01-14 19:30 (GMT+1)'], ['Delivered', '2028-01-14 19:31'], ['Payment Method', 'PayPal'], ['Total', '€23.10']],
      buttons: ['Live Chat'],
    },
    key_phrases: [O13, '€23.10', 'Completed'],
  },
  {
    name: 'b22-xbox-claimed', case: 'b22-es-u7buy-xbox-other-order', file: 'Screenshot_20280115-094233.png', split: B,
    style: 'xbox-redeem', device: 'android-1080x2400', clock: '09:42', battery: 61, appTitle: 'Xbox',
    code: 'T4W9K-*****-*****-*****-HM2QD',
    lines: ['That code has already been claimed.'],
    buttons: ['Try again', 'Cancel'],
    corpus: [SRC.claimed],
    key_phrases: ['That code has already been claimed.'],
  },
  {
    name: 'b22-gmail-dark-xbox', case: 'b22-es-u7buy-xbox-other-order', file: 'Screenshot_20280115-095810.png', split: B,
    style: 'gmail', dark: true, device: 'android-1080x2400', clock: '09:58', battery: 58, lang: 'en',
    mail: {
      subject: `Re: Xbox code already claimed – order ${O13b}`, from: 'U7BUY Support', time: '9:55 AM', avatar: ['U', '#1660F5'],
      body: ['Dear customer,', `We checked order ${O13b}: the Xbox Gift Card 25 EUR in that order was delivered on 2 January and redeemed on an Xbox account on 2 January at 11:20 (CET), so the code was used.`, 'If you have a problem with another order, please reply with that order number.'],
      quoteHead: 'On Jan 15, 2028, 9:45 AM, Álvaro wrote:',
      quote: [`Hello, the Xbox code from order ${O13b} says "That code has already been claimed." I never used it. Please refund.`],
    },
    corpus: [SRC.claimed],
    key_phrases: [O13b, 'redeemed on an Xbox account'],
  },

  // ── 14 b22-us-gameflip-psn-late: card_invalid, not-ready (deadline-passed) ─────────────────
  {
    name: 'b22-ps-blocked', case: 'b22-us-gameflip-psn-late', file: 'PXL_20280113_004122193.jpg', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.15, focus: [0.5, 0.52],
    code: 'PS7M-****-K2QD', heading: 'Something went wrong',
    lines: ['This voucher has been blocked. Contact support.'],
    corpus: [SRC.blocked],
    key_phrases: ['This voucher has been blocked.'],
  },
  {
    name: 'b22-gameflip-psn', case: 'b22-us-gameflip-psn-late', file: 'Screenshot_20280112-195522.png', split: B,
    style: 'gameflip-order', device: 'android-1080x2400', clock: '19:55', battery: 33,
    order: {
      item: 'PlayStation Store Gift Card $25 (US) – Digital Code', meta: 'PlayStation · Gift card · Seller: cardcove_us',
      status: 'Completed', tone: 'ok', statusNote: 'Delivered Jan 10, 2028 1:06 PM. Accepted automatically.', code: 'PS7M-****-K2QD',
      rows: [['Purchase ID', O14], ['Purchased', 'Jan 10, 2028 1:05 PM'], ['Total paid', '$23.75']],
      buttons: ['Message seller'],
    },
    key_phrases: [O14, '$23.75', 'Accepted automatically'],
  },
  {
    name: 'b22-gmail-gameflip-psn', case: 'b22-us-gameflip-psn-late', file: 'Screenshot_20280112-201840.png', split: B,
    style: 'gmail', device: 'android-1080x2400', clock: '20:18', battery: 31, lang: 'en',
    mail: {
      subject: `New message about purchase ${O14}`, from: 'Gameflip', time: '8:12 PM', avatar: ['G', '#3B5BDB'],
      body: ['cardcove_us sent you a message:', 'Hi, that code was delivered Jan 10 and worked in our check at delivery. Our listing says to redeem within 24 hours and report problems right away; two days later we can\'t check what happened to it, sorry. Sony support may be able to tell you why it was blocked.'],
      quoteHead: 'Your message, 7:50 PM:',
      quote: [`The PSN $25 code from purchase ${O14} says "This voucher has been blocked. Contact support." I tried it tonight for the first time.`],
    },
    corpus: [SRC.blocked],
    key_phrases: [O14, 'redeem within 24 hours', 'two days later'],
  },
];
