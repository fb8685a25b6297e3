// The twenty-fifth blind end-to-end set (fixtures/blind25/): 14 cases written by a helper (branch h19f),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind25'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is a support team's queue for digital-key and
// gift-card shops: the helpdesk tools as the customer sees them and the error captures of the
// stores and activators behind the keys. English mostly, some Chinese customers (Simplified and
// Traditional). Six new app styles: `shopify-order-status` (a Shopify store's order status page),
// `woo-order-mail` (a WooCommerce order e-mail in Apple Mail on an iPhone), `intercom-messenger`
// (the Intercom Messenger, phone or desktop widget), `crisp-chat` (the Crisp chatbox),
// `freshdesk-portal` (a Freshdesk customer-portal ticket) and `ea-app-redeem` (the EA app's
// "Redeem code" dialog).
// Render with `node scripts/real/render.mjs --set blind25`, then
// `node scripts/real/copy-cases.mjs --set blind25`. The set is judged once, at the end: do not tune on it.
const B = 'blind25';

const O1 = 'PVK-10574'; // prefix + 5 digits (Shopify store with an order prefix)
const O2 = 'KS-48213'; // WooCommerce, sequential number with a prefix
const O3 = 'SW-30418';
const O4 = 'NK-2028-07719';
const O5 = 'GDA-51037';
const O6 = 'IC-88120';
const O7 = 'DK-77120';
const O8 = 'WK-21377'; // this order (Windows 11 Pro, 17 Feb)
const O8b = 'WK-20931'; // the buyer's earlier order (Windows 10 Pro, January), the one the ticket is about
const O9 = 'GKH-30588';
const O10 = 'XK20280220193144'; // XK + 14 digits
const O11 = 'TW-2028-0221-0415'; // hyphenated
const O12 = 'LT-60214';
const O13 = 'AC-330917';
const O14 = 'SP-4471902';

const SRC = {
  usage: 'a coupon check: "This code has reached its usage limit." (public GitHub TypeScript file, find_string id 71558309270), put in the EA app\'s redeem dialog',
  onHold: 'WooCommerce\'s on-hold order e-mail: "Your order is on-hold until we confirm payment has been received. Your order details are shown below for your reference:" (public GitHub PHP file, find_string id 13173327856)',
  finished: 'WooCommerce\'s completed order e-mail: "We have finished processing your order." (public GitHub PHP file, find_string id 25319083768)',
  processing: 'WooCommerce\'s processing order e-mail: "Just to let you know — we\'ve received your order #…, and it is now being processed:" (public GitHub JavaScript file reproducing it, find_string id 52112129437)',
  keyFor: 'a key check: "This product key is for ${productKey.type}, not ${expectedType}" (public GitHub TypeScript file, find_string id 44062987528), adapted to Office editions',
  revoked: 'a WooCommerce licence-manager plugin: "The provided license key has been revoked. Please contact support." (public GitHub PHP file, find_string id 16604049965)',
  maxAct: 'the same plugin: "This license key has been activated the maximum number of times." (public GitHub PHP file, find_string id 16604049965)',
  replies: 'a messenger header: "The team typically replies in a day." (public GitHub JavaScript file, find_string id 21892992154)',
  used: 'a licence check: "This product key has already been used." (public GitHub JavaScript file, find_string id 44062987528)',
  expiredZh: 'a shop\'s virtual-code check: "该兑换码已过期，使用截止日期为： …" (public GitHub PHP file, find_string id 2472540551), the date adapted',
  voidZh: 'a gift-card check: "抱歉，该礼品卡已作废" (public GitHub Java file, find_string id 10492060294)',
  gcExpired: 'a gift-card error list: "This gift card has expired." (public GitHub C# file, find_string id 53164895267)',
};

export default [
  // ── 1 b25-en-ea-usage-shopify: card_invalid, ready ────────────────────────────────────────
  {
    name: 'b25-ea-usage-limit', case: 'b25-en-ea-usage-shopify', file: 'Screenshot 2028-02-03 193540.png', split: B,
    style: 'ea-app-redeem', device: 'desktop-1920x1080', lang: 'en', account: 'TexasTwoStep88',
    code: 'X7KQ-****-****-****-M2PD',
    lines: ['This code has reached its usage limit.'],
    corpus: [SRC.usage],
    key_phrases: ['This code has reached its usage limit.'],
  },
  {
    name: 'b25-intercom-ea-usage', case: 'b25-en-ea-usage-shopify', file: 'IMG_4417.PNG', split: B,
    style: 'intercom-messenger', device: 'iphone-1170x2532', clock: '20:07', battery: 58, title: 'Pixel Vault Keys', replyTime: 'The team typically replies in a day.', merchantName: 'Maya', brandColor: '#5B3FD9',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, I bought EA SPORTS FC 26 (EA app PC key) at 7:12 pm, order ${O1}. The EA app won't take the key: "This code has reached its usage limit." I typed it exactly as in the e-mail.` },
      { from: 'buyer', text: 'Screenshot is attached. Can you check it?', meta: 'Seen' },
      { from: 'merchant', text: `Thanks for waiting. I checked ${O1}: that key was sent to a second customer by our supplier before it reached you, so it was redeemed on their account. I'm really sorry, that's our fault.`, at: '20:05' },
      { from: 'merchant', text: 'Please submit the refund request from your order page and I\'ll approve it today.', at: '20:05' },
    ],
    corpus: [SRC.usage, SRC.replies],
    key_phrases: [O1, 'usage limit', 'that\'s our fault'],
  },
  {
    name: 'b25-shopify-ea-usage', case: 'b25-en-ea-usage-shopify', file: 'Screenshot 2028-02-03 194420.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'Pixel Vault Keys', brandColor: '#5B3FD9',
    order: {
      number: O1, name: 'Jordan', headline: 'Your key has been delivered',
      lines: ['We sent the key for this order to jo****@outlook.com on February 3, 2028 at 7:12 PM CST.'],
      updates: { title: 'Order updates', state: 'Fulfilled', stateTone: 'ok', lines: ['Digital delivery · Feb 3, 7:12 PM'] },
      email: 'jo****@outlook.com', payment: 'Visa ending in 4471 — $42.99 USD', billing: 'Jordan Price\nAustin TX 78704\nUnited States',
      items: [['EA SPORTS FC 26 Standard Edition – EA app (PC) Key', '1', '$42.99', 'Global · digital key']], subtotal: '$42.99', total: '$42.99', currency: 'USD',
    },
    key_phrases: [O1, '$42.99', 'EA SPORTS FC 26'],
  },

  // ── 2 b25-en-woo-onhold-crisp-nr: not_received, ready ─────────────────────────────────────
  {
    name: 'b25-woo-onhold', case: 'b25-en-woo-onhold-crisp-nr', file: 'IMG_8802.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '10:33', battery: 77,
    mail: {
      from: 'Keystead', to: 'me', date: '7 Feb 2028 at 10:31', subject: `Your Keystead order has been received!`, color: '#2B6CB0',
      heading: 'Thank you for your order', hi: 'Hi Oliver,',
      paras: ['Your order is on-hold until we confirm payment has been received. Your order details are shown below for your reference:'],
      number: O2, orderDate: 'February 7, 2028',
      items: [['Xbox Game Pass Ultimate – 3 Month Membership (UK) – digital code', 1, '£27.49']],
      totals: [['Subtotal:', '£27.49'], ['Payment method:', 'Direct bank transfer'], ['Total:', '£27.49']],
      after: [`Please use ${O2} as the payment reference. Codes are sent by e-mail once the transfer has arrived.`],
    },
    corpus: [SRC.onHold],
    key_phrases: [O2, '£27.49', 'Direct bank transfer'],
  },
  {
    name: 'b25-crisp-nr-stock', case: 'b25-en-woo-onhold-crisp-nr', file: 'Screenshot 2028-02-10 143012.png', split: B,
    style: 'crisp-chat', device: 'desktop-1366x768', title: 'Keystead', site: 'Keystead', status: 'Support is online', merchantName: 'Hannah', brandColor: '#2B6CB0', operators: [['H', '#E07A5F']],
    messages: [
      { from: 'time', text: 'Monday, February 7' },
      { from: 'buyer', text: `Hello, I paid order ${O2} (Game Pass Ultimate 3 months) by bank transfer this morning with the order number as reference.`, at: '10:52' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Three days later I still have no code and the order still says on-hold. Has the money arrived? Order ${O2}, £27.49.`, at: '13:58', seen: true },
      { from: 'merchant', text: 'Hi Oliver, sorry for the wait. Your transfer reached us on 8 February, but our supplier has run out of UK Game Pass Ultimate codes and cannot say when more will come.', at: '14:21' },
      { from: 'merchant', text: 'We can\'t send you a code, so please ask for a refund on the order; we\'ll accept it and return the £27.49 to the account you paid from.', at: '14:22' },
      { from: 'buyer', text: 'OK, I\'ll request the refund now. Thanks.', at: '14:29', seen: true },
    ],
    key_phrases: [O2, 'can\'t send you a code', 'we\'ll accept it'],
  },

  // ── 3 b25-en-office-sku-freshdesk: not_as_described, ready ───────────────────────────────
  {
    name: 'b25-office-sku', case: 'b25-en-office-sku-freshdesk', file: 'Screenshot 2028-02-06 095812.png', split: B,
    style: 'office-activation', device: 'desktop-1920x1080', lang: 'en',
    error: ['This product key is for Office Home & Student 2021, not Office Professional Plus 2021.', 'Enter a key for the product you have installed.'],
    corpus: [SRC.keyFor],
    key_phrases: ['This product key is for Office Home & Student 2021'],
  },
  {
    name: 'b25-freshdesk-sku', case: 'b25-en-office-sku-freshdesk', file: 'Screenshot 2028-02-06 154106.png', split: B,
    style: 'freshdesk-portal', device: 'desktop-1366x768', lang: 'en', brand: 'SoftWerk Support', brandColor: '#1D3B53', buyerName: 'Lena Hoffmann', merchantName: 'Jonas (SoftWerk)',
    ticket: {
      id: '5521', subject: `Key is Home & Student, not Professional Plus (order ${O3})`, created: 'Sun, 6 Feb 2028 at 10:02 AM',
      status: 'Resolved', tone: 'resolved', priority: 'Medium', type: 'Wrong product', fields: [['Order number', O3], ['Product', 'Office 2021 Professional Plus – Retail Key']],
    },
    messages: [
      { from: 'buyer', at: 'Sun, 6 Feb 2028 at 10:02 AM', text: `I bought Office 2021 Professional Plus (order ${O3}) last night. I installed Professional Plus from the link in your e-mail and the key is refused: "This product key is for Office Home & Student 2021, not Office Professional Plus 2021." I need Access and Publisher, which Home & Student does not have.` },
      { from: 'merchant', at: 'Sun, 6 Feb 2028 at 3:38 PM', text: 'Hello Lena, you are right. The keys in that batch were labelled Professional Plus by our supplier but are Home & Student keys, so the product you received is not the one on the product page.\nPlease request a refund from "My account > Orders" and choose "not as described"; we will approve it.' },
    ],
    corpus: [SRC.keyFor],
    key_phrases: [O3, 'not the one on the product page', 'we will approve it'],
  },
  {
    name: 'b25-woo-complete-office', case: 'b25-en-office-sku-freshdesk', file: 'IMG_1260.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '21:16', battery: 41,
    mail: {
      from: 'SoftWerk', to: 'me', date: '5 Feb 2028 at 21:15', subject: 'Your SoftWerk order is now complete', color: '#1D3B53',
      heading: 'Your order is complete', hi: 'Hi Lena,',
      paras: ['We have finished processing your order.', 'Your product key and the download link are in the next e-mail and under My account > Orders.'],
      number: O3, orderDate: 'February 5, 2028',
      items: [['Office 2021 Professional Plus – Retail Key (1 PC)', 1, '€34.90']],
      totals: [['Subtotal:', '€34.90'], ['Payment method:', 'PayPal'], ['Total:', '€34.90 (includes €5.57 VAT)']],
    },
    corpus: [SRC.finished],
    key_phrases: [O3, '€34.90', 'Office 2021 Professional Plus'],
  },

  // ── 4 b25-en-licence-revoked-passed: activation_failed, reverse: 2 d 14 h after delivery ──
  {
    name: 'b25-msgbox-revoked', case: 'b25-en-licence-revoked-passed', file: 'Screenshot 2028-02-09 105512.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '10:55 AM', date: '2/9/2028', winX: 600, winY: 210,
    app: { title: 'ClipForge Studio 5', color: '#E8590C', heading: 'Activate licence', button: 'Activate', fields: [['Licence key', 'CFS5-****-****-****-8HQ2'], ['Device', 'DESKTOP-7QK2M1']], version: 'Version 5.0.3 · Trial (14 days left)' },
    box: { title: 'ClipForge Studio', icon: 'error', text: 'The provided license key has been revoked. Please contact support.', buttons: ['OK'] },
    corpus: [SRC.revoked],
    key_phrases: ['The provided license key has been revoked.'],
  },
  {
    name: 'b25-intercom-revoked', case: 'b25-en-licence-revoked-passed', file: 'Screenshot 2028-02-09 132410.png', split: B,
    style: 'intercom-messenger', device: 'desktop-1366x768', title: 'NorthKey Software', site: 'NorthKey Software — licences for creators', replyTime: 'Back tomorrow at 9 AM', merchantName: 'Ethan', brandColor: '#0F766E',
    messages: [
      { from: 'time', text: 'Feb 9' },
      { from: 'buyer', text: `Hi, my ClipForge Studio 5 licence from order ${O4} won't activate: "The provided license key has been revoked. Please contact support." This is the first time I tried it.`, meta: 'Seen' },
      { from: 'merchant', text: `Hi, I looked up ${O4}. The key was delivered on Feb 6 at 8:40 PM and the publisher revoked that batch on Feb 8 after a reseller chargeback.`, at: '1:15 PM' },
      { from: 'merchant', text: 'Our licence terms give 24 hours from delivery to activate and report a problem, so I can\'t offer a refund now. I can sell you a replacement key at 50% off if you like.', at: '1:16 PM' },
      { from: 'buyer', text: 'That\'s not fair, I never used it. I\'ll file the refund anyway.', meta: 'Seen' },
    ],
    corpus: [SRC.revoked],
    key_phrases: [O4, '24 hours from delivery', 'can\'t offer a refund'],
  },

  // ── 5 b25-en-late-threat-intercom: late_delivery, ready/weak + threatening-language ─────────
  {
    name: 'b25-shopify-unfulfilled-au', case: 'b25-en-late-threat-intercom', file: 'IMG_0231.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '12:36', battery: 66, shop: 'GiftDrop AU', brandColor: '#D9480F', expanded: true,
    order: {
      number: O5, name: 'Chloe', headline: 'Your order is being prepared',
      lines: ['Codes are e-mailed within 15 minutes of payment.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Feb 12, 8:05 AM'] },
      email: 'ch****@bigpond.com', payment: 'Mastercard ending in 2207 — A$55.00',
      items: [['Steam Wallet Gift Card A$50 – digital code', '1', 'A$55.00', 'Australia']], subtotal: 'A$55.00', total: 'A$55.00', currency: 'AUD',
    },
    key_phrases: [O5, 'within 15 minutes of payment', 'Unfulfilled'],
  },
  {
    name: 'b25-intercom-late-threat', case: 'b25-en-late-threat-intercom', file: 'IMG_0236.PNG', split: B,
    style: 'intercom-messenger', device: 'iphone-1170x2532', degrade: ['crop:140'], clock: '14:35', battery: 52, title: 'GiftDrop AU', replyTime: 'We\'ll reply as soon as we can', merchantName: 'Priya', brandColor: '#D9480F',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Order ${O5}, Steam card A$50. Paid at 8:05 this morning, your page says codes come within 15 minutes. It's 12:40 and nothing.` },
      { from: 'buyer', text: 'Hello?? Still nothing at 2pm. If this isn\'t sorted today I\'m posting in every Aussie deals group that GiftDrop are scammers and thieves.', meta: 'Seen' },
      { from: 'merchant', text: `Hi Chloe, I'm sorry about the wait. Our Steam card supplier has had no A$50 stock since this morning, so we can't send a code for ${O5}.`, at: '2:32 PM' },
      { from: 'merchant', text: 'Please request a refund from your order page and I\'ll approve the full A$55.00.', at: '2:33 PM' },
    ],
    key_phrases: [O5, 'scammers and thieves', 'approve the full A$55.00'],
  },

  // ── 6 b25-ph-crisp-private-tg: not_received, ready/weak + private-channel ───────────────────
  {
    name: 'b25-shopify-unfulfilled-ph', case: 'b25-ph-crisp-private-tg', file: 'Screenshot 2028-02-15 193020.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1920x1080', shop: 'IslaCodes PH', brandColor: '#B91C1C',
    order: {
      number: O6, name: 'Paolo', headline: 'Your order is confirmed',
      lines: ['You\'ll get the code by e-mail as soon as it\'s ready.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Payment captured · Feb 14, 9:10 PM'] },
      email: 'pa****@gmail.com', payment: 'GCash (PayMongo) — ₱1,450.00', billing: 'Paolo Reyes\nQuezon City 1101\nPhilippines',
      items: [['Xbox Gift Card US$25 – digital code (US account)', '1', '₱1,450.00', 'United States']], subtotal: '₱1,450.00', total: '₱1,450.00', currency: 'PHP',
    },
    key_phrases: [O6, '₱1,450.00', 'Unfulfilled'],
  },
  {
    name: 'b25-crisp-private-tg', case: 'b25-ph-crisp-private-tg', file: 'Screenshot_20280215-194812.jpg', split: B,
    style: 'crisp-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '19:48', battery: 38, title: 'IslaCodes PH', headTitle: 'IslaCodes PH', status: 'Online', merchantName: 'Marcus', brandColor: '#B91C1C', operators: [['M', '#374151']],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, order ${O6} (Xbox US$25) was paid last night at 9:10 pm and there's still no code. When will it come?`, at: '19:21' },
      { from: 'merchant', text: 'Hi! The US$25 cards are out of stock, sorry. Refunds through PayMongo take 5 to 10 days and we lose the fee.', at: '19:33' },
      { from: 'merchant', text: 'Text me on Telegram @isla_marcus, I send ₱1,450 back to your personal GCash tonight, then you click "Order received" on the site ok?', at: '19:34' },
      { from: 'buyer', text: 'I\'d rather get the refund through the order, thanks.', at: '19:47', seen: true },
    ],
    key_phrases: [O6, 'Text me on Telegram', 'back to your personal GCash'],
  },

  // ── 7 b25-en-wrong-edition-near: wrong_purchase, ready/weak + deadline-near ───────────────
  {
    name: 'b25-shopify-wrong-edition', case: 'b25-en-wrong-edition-near', file: 'IMG_3310.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '18:04', battery: 83, shop: 'DigiKeys West', brandColor: '#1E40AF', expanded: true,
    order: {
      number: O7, name: 'Marco', headline: 'Your order is confirmed',
      lines: ['Keys are sent within 2 hours, after a manual fraud check.', 'Orders can be cancelled for a full refund until the key has been sent.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Feb 16, 6:01 PM'] },
      email: 'ma****@yahoo.com', payment: 'Visa ending in 9034 — $62.99 USD',
      items: [['Diablo IV – Xbox Series X|S Key (US)', '1', '$62.99', 'Xbox · United States']], subtotal: '$62.99', total: '$62.99', currency: 'USD',
    },
    key_phrases: [O7, 'Xbox Series X|S', 'until the key has been sent'],
  },
  {
    name: 'b25-intercom-wrong-edition', case: 'b25-en-wrong-edition-near', file: 'Screenshot 2028-02-16 182130.png', split: B,
    style: 'intercom-messenger', device: 'desktop-1366x768', title: 'DigiKeys West', site: 'DigiKeys West', replyTime: 'Typically replies in under 15 minutes', merchantName: 'Alex', brandColor: '#1E40AF',
    messages: [
      { from: 'time', text: 'Today 6:07 PM' },
      { from: 'buyer', text: `I just ordered Diablo IV by mistake in the Xbox edition (order ${O7}). I play on PC through Battle.net. Please cancel it before the key is sent.`, meta: 'Seen' },
      { from: 'merchant', text: `No problem, Marco. The key for ${O7} has not been sent and I've put the order on hold.`, at: '6:19 PM' },
      { from: 'merchant', text: 'Submit the cancellation from your order page and we\'ll refund the full $62.99.', at: '6:19 PM' },
    ],
    key_phrases: [O7, 'has not been sent', 'refund the full $62.99'],
  },

  // ── 8 b25-ie-win11-other-order: activation_failed, reverse: the ticket is another order ────
  {
    name: 'b25-win11-used', case: 'b25-ie-win11-other-order', file: 'IMG_6049.JPG', split: B,
    style: 'win11-activation', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.35, focus: [0.5, 0.4], lang: 'en', edition: 'Windows 11 Pro', user: 'Aoife',
    error: ['We can\'t activate Windows on this device. This product key has already been used.', 'Error code: 0xC004C008'],
    corpus: [SRC.used],
    key_phrases: ['This product key has already been used.', '0xC004C008'],
  },
  {
    name: 'b25-freshdesk-other-order', case: 'b25-ie-win11-other-order', file: 'Screenshot 2028-02-17 153340.png', split: B,
    style: 'freshdesk-portal', device: 'desktop-1366x768', lang: 'en', brand: 'WinKey Ireland Help Centre', brandColor: '#14532D', buyerName: 'Aoife Byrne', merchantName: 'Ciarán (WinKey)',
    ticket: {
      id: '9087', subject: `Windows key says already used (order ${O8b})`, created: 'Thu, 17 Feb 2028 at 2:25 PM',
      status: 'Pending', tone: 'pending', priority: 'Low', type: 'Activation', fields: [['Order number', O8b]],
    },
    messages: [
      { from: 'buyer', at: 'Thu, 17 Feb 2028 at 2:25 PM', text: `Hi, the Windows key from order ${O8b} gives "This product key has already been used." (0xC004C008). Screenshot attached. Please refund it.` },
      { from: 'merchant', at: 'Thu, 17 Feb 2028 at 3:31 PM', text: `Hi Aoife, order ${O8b} was a Windows 10 Pro key delivered on 12 January. Our records show it activated on 13 January, and its 24-hour check period ended long ago.\nIf the key in the screenshot is from another order, please send us that order number.` },
    ],
    corpus: [SRC.used],
    key_phrases: [O8b, 'delivered on 12 January', 'another order'],
  },
  {
    name: 'b25-woo-complete-win11', case: 'b25-ie-win11-other-order', file: 'IMG_6054.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '11:22', battery: 90, dark: true,
    mail: {
      from: 'WinKey Ireland', to: 'me', date: '17 Feb 2028 at 11:21', subject: 'Your WinKey Ireland order is now complete', color: '#14532D',
      heading: 'Your order is complete', hi: 'Hi Aoife,',
      paras: ['We have finished processing your order.', 'Your Windows 11 Pro key: VK7JG-*****-*****-*****-3P8WT'],
      number: O8, orderDate: 'February 17, 2028',
      items: [['Windows 11 Pro – Retail Key (1 PC)', 1, '€19.90']],
      totals: [['Subtotal:', '€19.90'], ['Payment method:', 'Credit / debit card'], ['Total:', '€19.90']],
    },
    corpus: [SRC.finished],
    key_phrases: [O8, '€19.90', 'Windows 11 Pro'],
  },

  // ── 9 b25-zh-ea-expired-intercom: card_invalid, ready (a Chinese customer) ─────────────────
  {
    name: 'b25-ea-expired-zh', case: 'b25-zh-ea-expired-intercom', file: 'Screenshot 2028-02-18 204122.png', split: B,
    style: 'ea-app-redeem', device: 'desktop-1920x1080', lang: 'zh', account: 'lanyue_0713', library: ['#2f4b6b', '#6b2f4b', '#3d6b2f', '#5a2f6b', '#6b4f2f', '#2f6b66'],
    code: 'EAP1-****-****-****-7RXQ',
    lines: ['该兑换码已过期，使用截止日期为： 2028-01-31 23:59:59'],
    corpus: [SRC.expiredZh],
    key_phrases: ['该兑换码已过期', '2028-01-31 23:59:59'],
  },
  {
    name: 'b25-intercom-zh-expired', case: 'b25-zh-ea-expired-intercom', file: 'IMG_2291.PNG', split: B,
    style: 'intercom-messenger', device: 'iphone-1170x2532', lang: 'zh', clock: '21:12', battery: 47, title: 'GameKey Hub', replyTime: '中文客服 10:00–24:00（北京时间）', merchantName: '小林', brandColor: '#0E7490', team: [['林', '#F59E0B'], ['K', '#10B981']],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `你好，订单 ${O9}，买的 EA Play 12个月，20:30 发的码。EA app 里兑换提示"该兑换码已过期，使用截止日期为： 2028-01-31 23:59:59"，截图在上面。` },
      { from: 'buyer', text: '我今天才买的，怎么会是一月就过期的码？', meta: '已读' },
      { from: 'merchant', text: `您好，帮您查了 ${O9}：这批 EA Play 码确实在 1 月底已到期，是我们库存没有及时下架，非常抱歉。`, at: '21:10' },
      { from: 'merchant', text: '请在订单页面提交退款申请，我们这边会同意全额退款 US$29.99。', at: '21:10' },
    ],
    corpus: [SRC.expiredZh],
    key_phrases: [O9, '已过期', '同意全额退款'],
  },
  {
    name: 'b25-shopify-zh-ea', case: 'b25-zh-ea-expired-intercom', file: 'IMG_2288.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', lang: 'zh', clock: '20:33', battery: 50, shop: 'GameKey Hub', brandColor: '#0E7490', expanded: true,
    order: {
      number: O9, name: '蓝月', headline: '您的兑换码已发送',
      lines: ['兑换码已发送至 la****@163.com，也可在账户的订单中查看。'],
      updates: { title: '订单动态', state: '已发货', stateTone: 'ok', lines: ['数字发货 · 2月18日 20:30'] },
      email: 'la****@163.com', payment: 'Alipay — US$29.99',
      items: [['EA Play 12 Month Membership – EA app (PC) code', '1', 'US$29.99', '全球']], subtotal: 'US$29.99', total: 'US$29.99', currency: 'USD',
    },
    key_phrases: [O9, 'US$29.99', 'EA Play 12 Month'],
  },

  // ── 10 b25-zh-crisp-xbox-return: card_invalid asked as 退货, reverse ───────────────────────
  {
    name: 'b25-xbox-void-zh', case: 'b25-zh-crisp-xbox-return', file: 'Screenshot_20280220-194012.png', split: B,
    style: 'xbox-redeem', device: 'android-1080x2400', clock: '19:40', battery: 71, appTitle: 'Xbox', heading: '兑换代码', prompt: '输入 25 个字符的代码',
    code: 'QW7HR-*****-*****-*****-TK3DM',
    lines: ['抱歉，该礼品卡已作废'],
    buttons: ['重试', '取消'],
    corpus: [SRC.voidZh],
    key_phrases: ['抱歉，该礼品卡已作废'],
  },
  {
    name: 'b25-crisp-zh-return', case: 'b25-zh-crisp-xbox-return', file: 'Screenshot_20280220-205531.png', split: B,
    style: 'crisp-chat', device: 'android-1080x2400', lang: 'zh', clock: '20:55', battery: 64, title: '星卡数码', headTitle: '星卡数码 在线客服', status: '在线', merchantName: '阿杰', brandColor: '#7C3AED', operators: [['杰', '#0EA5E9']],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `订单 ${O10}，Xbox 礼品卡 US$50，兑换提示"抱歉，该礼品卡已作废"，刚买的。`, at: '19:42' },
      { from: 'merchant', text: '您好，我查了一下，这张卡被发卡方作废了（上游的付款被撤回），是我们的问题，抱歉。可以给您退款。', at: '20:31' },
      { from: 'buyer', text: '那我申请退货退款，把这张卡退回给你们，你们收到后退钱给我。', at: '20:49', seen: true },
      { from: 'merchant', text: '好的，您在平台上提交就行。', at: '20:53' },
    ],
    corpus: [SRC.voidZh],
    key_phrases: [O10, '已作废', '申请退货退款'],
  },

  // ── 11 b25-tw-freshdesk-noreply: not_received, ready/weak + chat-no-reply ─────────────────
  {
    name: 'b25-shopify-tw-unfulfilled', case: 'b25-tw-freshdesk-noreply', file: 'IMG_5147.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '13:07', battery: 80, shop: '點卡小舖 PointBox', brandColor: '#BE185D', expanded: true,
    order: {
      number: O11, name: '怡君', headline: '已確認您的訂單',
      lines: ['數位序號將以電子郵件寄送，通常於付款後 1 小時內送達。'],
      updates: { title: '訂單動態', state: '未出貨', lines: ['已付款 · 2月21日 下午1:05'] },
      email: 'yi****@gmail.com', payment: 'LINE Pay — NT$1,190',
      items: [['Nintendo eShop 禮物卡 HK$300（數位序號）', '1', 'NT$1,190', '香港帳號']], subtotal: 'NT$1,190', total: 'NT$1,190', currency: 'TWD',
    },
    key_phrases: [O11, 'NT$1,190', '未出貨'],
  },
  {
    name: 'b25-freshdesk-tw-noreply', case: 'b25-tw-freshdesk-noreply', file: '螢幕擷取畫面 2028-02-23 092810.png', split: B,
    style: 'freshdesk-portal', device: 'desktop-1366x768', lang: 'zh-Hant', brand: 'PointBox 客服中心', brandColor: '#BE185D', buyerName: '林怡君', merchantName: 'PointBox',
    ticket: {
      id: '3306', subject: `付款後沒有收到 eShop 序號（訂單 ${O11}）`, created: '2028年2月21日 下午3:20',
      status: '開啟', tone: 'open', priority: '中', type: '未收到商品', fields: [['訂單編號', O11]],
    },
    messages: [
      { from: 'buyer', at: '2028年2月21日 下午3:20', text: `您好，我在 2/21 下午1:05 用 LINE Pay 付款（訂單 ${O11}，NT$1,190），網頁說 1 小時內寄出序號，但到現在兩個多小時了信箱和垃圾信都沒有。` },
      { from: 'buyer', at: '2028年2月22日 上午10:02', text: '已經過了一天，訂單還是「未出貨」，請問序號什麼時候會寄？' },
      { from: 'buyer', at: '2028年2月23日 上午8:40', text: '第三次詢問，一直沒有人回覆。如果沒有貨請直接退款，謝謝。' },
    ],
    key_phrases: [O11, '未出貨', '一直沒有人回覆'],
  },

  // ── 12 b25-zh-woo-steam-late-crisp: late_delivery, ready (a Chinese customer) ─────────────
  {
    name: 'b25-woo-processing-steam', case: 'b25-zh-woo-steam-late-crisp', file: 'IMG_7730.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '12:12', battery: 69, dark: true,
    mail: {
      from: 'Lotus Keys', to: '我', box: '收件箱', date: '2028年2月24日 12:11', subject: `Your Lotus Keys order has been received!`, color: '#9D174D',
      heading: 'Thank you for your order', hi: 'Hi 子涵,',
      paras: [`Just to let you know — we've received your order #${O12}, and it is now being processed:`, 'Steam wallet top-ups are completed within 30 minutes of payment.'],
      number: O12, orderDate: 'February 24, 2028',
      items: [['Steam Wallet Top-up HK$200 (to your Steam account)', 1, 'US$28.50']],
      totals: [['Subtotal:', 'US$28.50'], ['Payment method:', 'Alipay'], ['Total:', 'US$28.50']],
    },
    corpus: [SRC.processing],
    key_phrases: [O12, 'US$28.50', 'within 30 minutes of payment'],
  },
  {
    name: 'b25-crisp-zh-steam-late', case: 'b25-zh-woo-steam-late-crisp', file: 'Screenshot 2028-02-24 170830.png', split: B,
    style: 'crisp-chat', device: 'desktop-1920x1080', lang: 'zh', title: 'Lotus Keys', site: 'Lotus Keys', status: 'Online', merchantName: 'Grace', brandColor: '#9D174D', operators: [['G', '#F97316']],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `你好，订单 ${O12}，12:10 付的款，Steam 钱包 HK$200 代充，邮件里写 30 分钟内完成，现在 13:30 了余额还没到。`, at: '13:30' },
      { from: 'buyer', text: '已经快 5 个小时了，Steam 里还是没有到账，请给个准话。', at: '16:45', seen: true },
      { from: 'merchant', text: `抱歉久等。${O12} 的代充通道今天在维护，我们没能按承诺的 30 分钟完成，今天也完成不了。`, at: '17:02' },
      { from: 'merchant', text: '您可以在订单页申请退款（原因选延迟发货），我们会同意。', at: '17:03' },
    ],
    corpus: [SRC.processing],
    key_phrases: [O12, '30 分钟', '我们会同意'],
  },

  // ── 13 b25-us-eshop-expired-nochat: card_invalid, reverse: no chat at all ──────────────────
  {
    name: 'b25-eshop-gc-expired', case: 'b25-us-eshop-expired-nochat', file: '2028022520025600-C2F1A4B9E0D37C55.jpg', split: B,
    style: 'eshop-redeem', device: 'switch-1280x720', degrade: ['fwd:1280:87'],
    code: 'H4PN •••• •••• 9WQE', errorCode: '',
    lines: ['This gift card has expired.', 'Check the card and enter it again.'],
    corpus: [SRC.gcExpired],
    key_phrases: ['This gift card has expired.'],
  },
  {
    name: 'b25-shopify-eshop', case: 'b25-us-eshop-expired-nochat', file: 'Screenshot 2028-02-25 204812.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'ArcadeCodes US', brandColor: '#DC2626', mark: { text: 'Delivered by e-mail' },
    order: {
      number: O13, name: 'Tyler', headline: 'Your code has been delivered',
      lines: ['Your Nintendo eShop code was sent to ty****@gmail.com.'],
      updates: { title: 'Order updates', state: 'Fulfilled', stateTone: 'ok', lines: ['Delivered by e-mail · Feb 25, 7:40 PM'] },
      email: 'ty****@gmail.com', payment: 'PayPal — $47.50 USD', billing: 'Tyler Brooks\nAlbany NY 12203\nUnited States',
      items: [['Nintendo eShop Gift Card $50 – digital code (US)', '1', '$47.50', 'United States']], subtotal: '$47.50', total: '$47.50', currency: 'USD',
    },
    key_phrases: [O13, '$47.50', 'Nintendo eShop Gift Card $50'],
  },

  // ── 14 b25-nl-licence-maxact-partial: activation_failed, 1 of 3 keys, ready/weak + refund-partial
  {
    name: 'b25-msgbox-maxact', case: 'b25-nl-licence-maxact-partial', file: 'Screenshot 2028-02-26 194012.png', split: B,
    style: 'win-msgbox', dark: true, device: 'desktop-1366x768', clock: '19:40', date: '26-2-2028', winX: 330, winY: 110,
    app: { title: 'ShieldPoint Antivirus 2028', color: '#2563EB', heading: 'Activate ShieldPoint', button: 'Activate', fields: [['Licence key', 'SPA8-****-****-****-L7VC'], ['Computer', 'ANNE-LAPTOP']], version: 'ShieldPoint 2028.1 · Not activated' },
    box: { title: 'ShieldPoint Antivirus', icon: 'error', text: 'This license key has been activated the maximum number of times.', buttons: ['OK'] },
    corpus: [SRC.maxAct],
    key_phrases: ['activated the maximum number of times'],
  },
  {
    name: 'b25-intercom-maxact', case: 'b25-nl-licence-maxact-partial', file: 'IMG_9126.PNG', split: B,
    style: 'intercom-messenger', device: 'iphone-1170x2532', clock: '20:44', battery: 45, title: 'ShieldPoint Store', replyTime: 'The team can help', merchantName: 'Sanne', brandColor: '#2563EB',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, I bought 3 ShieldPoint 2028 licences (order ${O14}). Keys 1 and 3 worked, key 2 (ends L7VC) says "This license key has been activated the maximum number of times." on my daughter's laptop.`, meta: 'Seen' },
      { from: 'merchant', text: 'Hi Anne, I checked key 2: it came back from a refunded order and went into stock again by mistake, so it was already in use. Sorry!', at: '20:38' },
      { from: 'merchant', text: 'We have no spare key today. Request a refund for that one licence, €13.30 of the €39.90, and I\'ll approve it.', at: '20:39' },
    ],
    corpus: [SRC.maxAct],
    key_phrases: [O14, 'one licence, €13.30', 'I\'ll approve it'],
  },
  {
    name: 'b25-woo-complete-shield', case: 'b25-nl-licence-maxact-partial', file: 'IMG_9101.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '14:04', battery: 71,
    mail: {
      from: 'ShieldPoint Store', to: 'me', box: 'Inbox', date: '26 Feb 2028, 14:03', subject: 'Your ShieldPoint Store order is now complete', color: '#2563EB',
      heading: 'Your order is complete', hi: 'Hi Anne,',
      paras: ['We have finished processing your order.', 'Your three licence keys are listed under My account > Licences.'],
      number: O14, orderDate: 'February 26, 2028',
      items: [['ShieldPoint Antivirus 2028 – 1 PC / 1 year licence key', 3, '€39.90']],
      totals: [['Subtotal:', '€39.90'], ['Payment method:', 'iDEAL'], ['Total:', '€39.90 (includes €6.92 VAT)']],
    },
    corpus: [SRC.finished],
    key_phrases: [O14, '€39.90', 'ShieldPoint Antivirus 2028'],
  },
];
