// The twenty-seventh blind end-to-end set (fixtures/blind27/): 14 cases written by a helper (branch h20b),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind27'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set: English-speaking buyers (and some Chinese-speaking
// buyers of English shops, Simplified and Traditional) of game cards, gift cards and subscription
// codes, and the support tools they meet. Seven new app styles: `helpscout-beacon` (a Help Scout
// Beacon with a chat), `tawkto-chat` (the tawk.to widget), `livechat-widget` (a LiveChat chat
// window), `gorgias-chat` (a Shopify shop's Gorgias chat), `hubspot-chat` (the HubSpot chat
// widget), `google-messages` (an SMS thread in Google Messages) and `amazon-gc-redeem` (Amazon's
// "Redeem a gift card" page with its alert box); the desktop widgets share lib/site-backdrop.mjs.
// Render with `node scripts/real/render.mjs --set blind27`, then
// `node scripts/real/copy-cases.mjs --set blind27`. The set is judged once, at the end: do not tune on it.
const B = 'blind27';

const O1 = 'CH-58213';
const O2 = 'PP-104772';
const O3 = 'TN-20877';
const O4 = 'PX-90415';
const O5 = 'NTR-30561';
const O6 = 'RB-4490';
const O7 = 'SK-2028-1187'; // this order (18 March)
const O7b = 'SK-2028-0942'; // the buyer's February order, the one the chat is about
const O8 = 'KN-66120';
const O9 = 'MP-52008';
const O10 = 'VK-240877';
const O11 = 'GC-310957';
const O12 = 'GPA-11450';
const O13 = 'FS-40219';
const O14 = 'AK-15530';

const SRC = {
  claimUsed: 'a claim-code form: "This claim code has already been used." (public GitHub TypeScript file, find_string id 59658063778), put in Amazon\'s redeem page; the situation (a code already redeemed) as Amazon\'s help page describes it: http://www.amazon.com/gp/help/customer/display.html?nodeId=200546130',
  voucher: 'a voucher check: "This voucher has already been redeemed." (public GitHub Ruby file, find_string id 44464626542), put in a PlayStation redeem dialog',
  fewMinutes: 'a chat widget header: "Typically replies in a few minutes" (public GitHub TypeScript file, find_string id 55390082951)',
  keyOther: 'a licence service: "This license key was already redeemed by another account." (public GitHub Python file, find_string id 58089261307)',
  zhOther: 'an activation-code check: "该激活码已被其他账号兑换" (public GitHub TypeScript file, find_string id 54163784882)',
  subFailed: 'an app\'s strings: "Subscription could not be activated." (public GitHub Dart file, find_string id 42535116433)',
  subOther: 'an app\'s alert: "This subscription has already been redeemed by another account." (public GitHub TypeScript file, find_string id 30997339135), put in the Xbox redeem screen',
};

export default [
  // ── 1 b27-us-amazon-used-beacon: card_invalid, ready ────────────────────────────────────────
  {
    name: 'b27-amazon-claim-used', case: 'b27-us-amazon-used-beacon', file: 'Screenshot 2028-03-09 183412.png', split: B,
    style: 'amazon-gc-redeem', device: 'desktop-1366x768', customer: 'Dana', city: 'Newark 07102',
    code: 'AQ7X-******-K2MP',
    lines: ['This claim code has already been used.'],
    corpus: [SRC.claimUsed],
    key_phrases: ['This claim code has already been used.'],
  },
  {
    name: 'b27-beacon-amazon', case: 'b27-us-amazon-used-beacon', file: 'Screenshot 2028-03-09 190527.png', split: B,
    style: 'helpscout-beacon', device: 'desktop-1920x1080', title: 'CardHarbor', site: 'CardHarbor', replyTime: 'We usually reply within an hour', merchantName: 'Sam', brandColor: '#0E7490',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, I bought a $50 Amazon.com eGift code 15 minutes ago, order ${O1}. Amazon says "This claim code has already been used." and my gift card balance is still $0.00. I copied the code straight from your e-mail.`, at: '6:36 PM' },
      { from: 'merchant', at: '7:02 PM', text: `Hi Dana, thanks for the screenshot. Our distributor confirms that the code on ${O1} was also sold to another buyer and redeemed at 6:07 PM, before it reached you. That's on our side, sorry.` },
      { from: 'merchant', at: '7:03 PM', text: 'Please open a refund request for the order and we will approve the full $50.00.' },
      { from: 'buyer', text: 'Thank you, doing it now.', at: '7:05 PM' },
    ],
    key_phrases: [O1, 'also sold to another buyer', 'approve the full $50.00'],
  },

  // ── 2 b27-uk-tawk-nr-stock: not_received, ready ─────────────────────────────────────────────
  {
    name: 'b27-tawk-nr-uk', case: 'b27-uk-tawk-nr-stock', file: 'Screenshot_20280307-113045.png', split: B,
    style: 'tawkto-chat', device: 'android-1080x2400', clock: '11:30', battery: 64, title: 'PlayPoint UK', agentName: 'Megan', status: 'Megan is online', merchantName: 'Megan', brandColor: '#1E3A8A',
    messages: [
      { from: 'time', text: 'Mar 6' },
      { from: 'buyer', text: `Hi, I paid for PlayStation Plus Essential 12 months (UK) at 7:40 pm, order ${O2}. No code in my e-mail or spam and the order page says unfulfilled.`, at: '20:10' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Still nothing this morning. Order ${O2}, £41.99.`, at: '09:15' },
      { from: 'merchant', text: `Morning, sorry for the wait. Our supplier hasn't released any UK PS Plus 12-month codes this week, so we can't send one for ${O2}.`, at: '11:21' },
      { from: 'merchant', text: 'Please request a refund on the order and we will accept it straight away.', at: '11:22' },
    ],
    key_phrases: [O2, 'we can\'t send one', 'we will accept it'],
  },
  {
    name: 'b27-shopify-nr-uk', case: 'b27-uk-tawk-nr-stock', file: 'Screenshot 2028-03-07 114210.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'PlayPoint UK', brandColor: '#1E3A8A',
    order: {
      number: O2, name: 'Tom', headline: 'Your order is confirmed',
      lines: ['You\'ll receive an e-mail with your code when it\'s ready.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Mar 6, 7:40 PM'] },
      email: 'to****@gmail.com', payment: 'Visa ending in 3318 — £41.99 GBP', billing: 'Tom Barker\nLeeds LS6 2AB\nUnited Kingdom',
      items: [['PlayStation Plus Essential – 12 Month Membership (UK)', '1', '£41.99', 'Digital code']], subtotal: '£41.99', total: '£41.99', currency: 'GBP',
    },
    key_phrases: [O2, '£41.99', 'Unfulfilled'],
  },

  // ── 3 b27-ca-livechat-late-spotify: late_delivery, ready ────────────────────────────────────
  {
    name: 'b27-shopify-late-ca', case: 'b27-ca-livechat-late-spotify', file: 'IMG_3308.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '13:18', battery: 71, shop: 'TrueNorth Codes', brandColor: '#B91C1C', expanded: true,
    order: {
      number: O3, name: 'Priya', headline: 'Your order is confirmed',
      lines: ['Codes are delivered by e-mail within 2 hours of payment.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Mar 14, 9:15 AM'] },
      email: 'pr****@rogers.com', payment: 'Mastercard ending in 6620 — CA$65.99',
      items: [['Spotify Premium 6-Month Gift Code (Canada)', '1', 'CA$65.99', 'Digital code']], subtotal: 'CA$65.99', total: 'CA$65.99', currency: 'CAD',
    },
    key_phrases: [O3, 'within 2 hours of payment', 'Unfulfilled'],
  },
  {
    name: 'b27-livechat-late-ca', case: 'b27-ca-livechat-late-spotify', file: 'Screenshot 2028-03-14 203315.png', split: B,
    style: 'livechat-widget', device: 'desktop-1920x1080', title: 'Chat with us', site: 'TrueNorth Codes', merchantName: 'Owen', agentTitle: 'Customer Support', brandColor: '#B91C1C',
    messages: [
      { from: 'system', text: 'Chat started · Mar 14' },
      { from: 'buyer', text: `Hi, order ${O3}, Spotify Premium 6 months. Paid at 9:15 this morning, your page says codes come within 2 hours. It's 8:25 pm and still nothing.`, at: '8:25 PM', read: true },
      { from: 'merchant', text: `Hi Priya, I'm sorry. Our Spotify Canada supplier has a backlog since this morning and I can't promise a code for ${O3} today.`, at: '8:31 PM' },
      { from: 'merchant', text: 'If you\'d rather not wait, request a refund from your order page and we\'ll approve it.', at: '8:31 PM' },
      { from: 'buyer', text: 'I\'ll request the refund, thanks.', at: '8:32 PM', read: true },
    ],
    key_phrases: [O3, 'can\'t promise a code', 'we\'ll approve it'],
  },

  // ── 4 b27-us-gorgias-psn-passed: card_invalid, reverse: 36 h 55 min after delivery ──────────
  {
    name: 'b27-ps-voucher-redeemed', case: 'b27-us-gorgias-psn-passed', file: 'IMG_5521.JPG', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.1, focus: [0.5, 0.55],
    code: 'K4TR-****-9QFM', heading: 'Error',
    lines: ['This voucher has already been redeemed.'],
    corpus: [SRC.voucher],
    key_phrases: ['This voucher has already been redeemed.'],
  },
  {
    name: 'b27-gorgias-psn', case: 'b27-us-gorgias-psn-passed', file: 'IMG_5524.PNG', split: B,
    style: 'gorgias-chat', device: 'iphone-1170x2532', clock: '08:14', battery: 38, title: 'PixelCart', replyTime: 'We\'re back at 8 AM PT', merchantName: 'Carla', brandColor: '#3F3CBB',
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', text: `The $50 PlayStation card from order ${O4} doesn't work. PS5 says "This voucher has already been redeemed." First time I entered it, tonight.`, at: '11:40 PM' },
      { from: 'time', text: 'Today' },
      { from: 'merchant', text: `Hi, I checked ${O4}: the code was delivered on March 3 at 8:05 PM. Our terms say code problems must be reported no later than 24 hours after delivery, and your message came in on March 4 at 11:40 PM.`, at: '8:10 AM' },
      { from: 'merchant', text: 'So I can\'t refund this order, sorry.', at: '8:11 AM' },
    ],
    key_phrases: [O4, 'no later than 24 hours after delivery', 'can\'t refund this order'],
  },

  // ── 5 b27-us-hubspot-wrong-near: wrong_purchase, ready/weak + deadline-near ─────────────────
  {
    name: 'b27-hubspot-wrong', case: 'b27-us-hubspot-wrong-near', file: 'Screenshot 2028-03-16 142233.png', split: B,
    style: 'hubspot-chat', device: 'desktop-1366x768', title: 'NitroTree', site: 'NitroTree', replyTime: 'Typically replies in a few minutes', merchantName: 'Luis', brandColor: '#5865F2',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi! I just ordered Discord Nitro 12 months by mistake (order ${O5}, $89.99), I meant the 1 month one. Can you cancel it before you send the code?`, at: '2:07 PM' },
      { from: 'merchant', text: `Hi! The code for ${O5} hasn't been sent yet, so yes. Please click "Request refund" on the order page and I'll approve the cancellation.`, at: '2:19 PM' },
      { from: 'buyer', text: 'Great, thank you!', at: '2:20 PM' },
    ],
    corpus: [SRC.fewMinutes],
    key_phrases: [O5, 'hasn\'t been sent yet', 'approve the cancellation'],
  },
  {
    name: 'b27-shopify-wrong', case: 'b27-us-hubspot-wrong-near', file: 'IMG_0907.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '14:09', battery: 82, shop: 'NitroTree', brandColor: '#5865F2', expanded: true,
    order: {
      number: O5, name: 'Kayla', headline: 'Your order is confirmed',
      lines: ['Codes are sent by hand within 2 hours. You can cancel for a full refund until the code is sent.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Mar 16, 2:02 PM'] },
      email: 'ka****@icloud.com', payment: 'Apple Pay — $89.99 USD',
      items: [['Discord Nitro – 12 Months Gift Code', '1', '$89.99', 'Digital code']], subtotal: '$89.99', total: '$89.99', currency: 'USD',
    },
    key_phrases: [O5, '$89.99', 'until the code is sent'],
  },

  // ── 6 b27-us-sms-private-cashapp: not_received, ready/weak + private-channel ────────────────
  {
    name: 'b27-sms-cashapp', case: 'b27-us-sms-private-cashapp', file: 'Screenshot_20280321-084512.png', split: B,
    style: 'google-messages', device: 'android-1080x2400', clock: '8:45', battery: 57, title: 'BlockBux Support', avatar: 'B',
    messages: [
      { from: 'time', text: 'Text message · Mon 1:30 PM' },
      { from: 'buyer', text: `Hi, this is Marcus. I paid for a $25 Roblox card this morning, order ${O6}, and I haven't got the code. Your site says to text this number.`, status: 'Delivered' },
      { from: 'time', text: 'Text message · Tue 8:20 AM' },
      { from: 'merchant', text: `Hey Marcus, sorry, we ran out of $25 Roblox cards and can't send one for ${O6}.` },
      { from: 'merchant', text: 'Easier for both of us: send me your Cash App $cashtag, I\'ll send the $26.99 back right now. Then mark the order as received on the site so it doesn\'t count as a refund for our store.' },
      { from: 'buyer', text: 'No thanks, I\'ll ask for the refund through the order on your site.', status: 'Delivered' },
    ],
    key_phrases: [O6, 'send me your Cash App $cashtag', 'mark the order as received'],
  },
  {
    name: 'b27-shopify-cashapp', case: 'b27-us-sms-private-cashapp', file: 'Screenshot 2028-03-21 085530.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'BlockBux', brandColor: '#16A34A',
    order: {
      number: O6, name: 'Marcus', headline: 'Your order is confirmed',
      lines: ['Questions about your code? Text us at (602) 555-0147.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Mar 20, 10:00 AM'] },
      email: 'ma****@yahoo.com', payment: 'Visa ending in 0951 — $26.99 USD', billing: 'Marcus Reed\nMesa AZ 85201\nUnited States',
      items: [['Roblox Digital Gift Card – $25', '1', '$26.99', 'Digital code']], subtotal: '$26.99', total: '$26.99', currency: 'USD',
    },
    key_phrases: [O6, '$26.99', 'Unfulfilled'],
  },

  // ── 7 b27-sg-livechat-other-order: activation_failed, reverse: the chat is about another order
  {
    name: 'b27-msgbox-key-other', case: 'b27-sg-livechat-other-order', file: 'Screenshot 2028-03-18 204455.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '8:44 PM', date: '18/3/2028', winX: 640, winY: 230,
    app: { title: 'PDFMatic Pro 2028', color: '#C2410C', heading: 'Activate PDFMatic Pro', button: 'Activate', fields: [['Licence key', 'PDFM-****-****-****-7RWA'], ['Computer', 'WEI-LAPTOP']], version: 'PDFMatic Pro 2028.2 · Trial' },
    box: { title: 'PDFMatic Pro', icon: 'error', text: 'This license key was already redeemed by another account.', buttons: ['OK'] },
    corpus: [SRC.keyOther],
    key_phrases: ['This license key was already redeemed by another account.'],
  },
  {
    name: 'b27-livechat-other-order', case: 'b27-sg-livechat-other-order', file: 'IMG_7719.PNG', split: B,
    style: 'livechat-widget', device: 'iphone-1170x2532', clock: '21:38', battery: 45, title: 'Chat with us', merchantName: 'Aisyah', agentTitle: 'SoftKeys SG Support', brandColor: '#0F766E',
    messages: [
      { from: 'system', text: 'Chat started · 18 Mar' },
      { from: 'buyer', text: `Hello, my PDFMatic Pro licence from order ${O7b} won't activate, it says the key was already redeemed by another account.`, at: '9:05 PM', read: true },
      { from: 'merchant', text: `Hi Wei, ${O7b} is your order from 2 February. That key was activated on 2 February on WEI-LAPTOP, so it is in use on your own computer.`, at: '9:21 PM' },
      { from: 'merchant', text: 'Could you check which order number your new licence came with?', at: '9:21 PM' },
      { from: 'buyer', text: `It's ${O7b}, I'm sure. Please just refund it.`, at: '9:36 PM', read: true },
    ],
    key_phrases: [O7b, 'your order from 2 February', 'Please just refund it.'],
  },

  {
    name: 'b27-woo-complete-sg', case: 'b27-sg-livechat-other-order', file: 'IMG_7702.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '20:13', battery: 58,
    mail: {
      from: 'SoftKeys SG', to: 'me', date: '18 Mar 2028 at 20:11', subject: 'Your SoftKeys SG order is complete', color: '#0F766E',
      heading: 'Your licence key is ready', hi: 'Hi Wei,',
      paras: ['Your PDFMatic Pro licence key is under My account > Orders.'],
      number: O7, orderDate: 'March 18, 2028',
      items: [['PDFMatic Pro 2028 – Lifetime licence (1 PC)', 1, 'S$69.00']],
      totals: [['Subtotal:', 'S$69.00'], ['Payment method:', 'PayNow (via Stripe)'], ['Total:', 'S$69.00 (includes S$5.70 GST)']],
    },
    key_phrases: [O7, 'S$69.00', 'PDFMatic Pro 2028'],
  },

  // ── 8 b27-zh-tawk-key-return: card_invalid asked as 退货, reverse ─────────────────────────────
  {
    name: 'b27-msgbox-zh-other', case: 'b27-zh-tawk-key-return', file: '屏幕截图 2028-03-11 210842.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '21:08', date: '2028/3/11', winX: 300, winY: 100,
    app: { title: '影刻 Pro', color: '#7C3AED', heading: '激活会员', button: '激活', fields: [['激活码', 'YKPR-****-****-9D2C'], ['账号', '138****2406']], version: '影刻 Pro 4.6.1 · 免费版' },
    box: { title: '影刻 Pro', icon: 'error', text: '该激活码已被其他账号兑换', buttons: ['确定'] },
    corpus: [SRC.zhOther],
    key_phrases: ['该激活码已被其他账号兑换'],
  },
  {
    name: 'b27-tawk-zh-return', case: 'b27-zh-tawk-key-return', file: 'Screenshot_20280311-221530.png', split: B,
    style: 'tawkto-chat', device: 'android-1080x2400', lang: 'zh', clock: '22:15', battery: 49, title: 'KeyNest 客服', agentName: 'Leo', status: '在线', merchantName: 'Leo', brandColor: '#7C3AED',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `你好，订单 ${O8}，影刻 Pro 年度会员激活码，输入后提示"该激活码已被其他账号兑换"，我 9 点刚收到的。`, at: '21:12' },
      { from: 'merchant', text: `您好，查到了，${O8} 这个码供应商同时卖给了另一位客户，是我们的问题，抱歉。可以给您退款。`, at: '21:58' },
      { from: 'buyer', text: '那我申请退货退款吧，这个激活码退回给你们，你们收到再退钱。', at: '22:10' },
      { from: 'merchant', text: '好的，您在订单页面提交就可以。', at: '22:14' },
    ],
    key_phrases: [O8, '同时卖给了另一位客户', '申请退货退款'],
  },

  // ── 9 b27-ca-gorgias-noreply: not_received, ready/weak + chat-no-reply ──────────────────────
  {
    name: 'b27-woo-processing-ca', case: 'b27-ca-gorgias-noreply', file: 'IMG_2140.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '19:33', battery: 80,
    mail: {
      from: 'MapleKeys', to: 'me', date: '13 Mar 2028 at 19:31', subject: 'Your MapleKeys order has been received', color: '#B45309',
      heading: 'Thanks for shopping with us', hi: 'Hi Jenna,',
      paras: ['Your payment went through. Your Steam code will be sent to this address as soon as it is ready.'],
      number: O9, orderDate: 'March 13, 2028',
      items: [['Steam Gift Card CA$50 – digital code', 1, 'CA$52.49']],
      totals: [['Subtotal:', 'CA$52.49'], ['Payment method:', 'Credit card (Stripe)'], ['Total:', 'CA$52.49']],
    },
    key_phrases: [O9, 'CA$52.49', 'Steam Gift Card CA$50'],
  },
  {
    name: 'b27-gorgias-noreply', case: 'b27-ca-gorgias-noreply', file: 'Screenshot 2028-03-15 094812.png', split: B,
    style: 'gorgias-chat', device: 'desktop-1366x768', title: 'MapleKeys', site: 'MapleKeys', replyTime: 'We typically reply in a few hours', merchantName: 'MapleKeys', brandColor: '#B45309',
    messages: [
      { from: 'time', text: 'Mar 13' },
      { from: 'buyer', text: `Hello, I paid for a CA$50 Steam gift card at 7:30 pm (order ${O9}). No code yet.`, at: '8:45 PM' },
      { from: 'time', text: 'Mar 14' },
      { from: 'buyer', text: `Still no code for ${O9}, almost a day now. Please send it or tell me what is going on.`, at: '12:10 PM' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Third message. ${O9}, CA$52.49, nothing received and no answer. I will ask for a refund.`, at: '9:05 AM' },
    ],
    key_phrases: [O9, 'nothing received and no answer'],
  },

  // ── 10 b27-hk-hubspot-act-threat: activation_failed, ready/weak + threatening-language ──────
  {
    name: 'b27-msgbox-sub-failed', case: 'b27-hk-hubspot-act-threat', file: 'Screenshot 2028-03-08 132640.png', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', clock: '13:26', date: '8/3/2028', winX: 560, winY: 200,
    app: { title: 'StreamGuard VPN', color: '#0369A1', heading: 'Activate your subscription', button: 'Activate', fields: [['Subscription key', 'SGV-****-****-****-Q8LN'], ['Account', 'ka****@gmail.com']], version: 'StreamGuard VPN 7.2 · Free plan' },
    box: { title: 'StreamGuard VPN', icon: 'error', text: 'Subscription could not be activated.', buttons: ['OK'] },
    corpus: [SRC.subFailed],
    key_phrases: ['Subscription could not be activated.'],
  },
  {
    name: 'b27-hubspot-threat-hk', case: 'b27-hk-hubspot-act-threat', file: 'IMG_1180.PNG', split: B,
    style: 'hubspot-chat', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '16:24', battery: 33, title: 'VPNKeys Asia', replyTime: '通常在一小時內回覆', merchantName: 'Daniel', brandColor: '#0369A1',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `你好，訂單 ${O10}，StreamGuard VPN 一年訂閱，13:00 收到序號，入咗去 app 就彈 "Subscription could not be activated."，試咗三次都係咁。`, at: '13:30' },
      { from: 'buyer', text: '兩個鐘都冇人覆？再唔退錢，我就喺連登同 Facebook 群組出帖，話你哋係呃錢嘅騙子！', at: '15:40' },
      { from: 'merchant', text: `你好，抱歉遲覆。我哋查過 ${O10}，呢批序號係其他地區版本，香港帳戶啟用唔到，係我哋出錯。`, at: '16:20' },
      { from: 'merchant', text: '請喺訂單頁申請退款，我哋會全數退 HK$388。', at: '16:21' },
    ],
    key_phrases: [O10, '呃錢嘅騙子', '全數退 HK$388'],
  },

  // ── 11 b27-zh-livechat-gplay-nad: not_as_described, ready ───────────────────────────────────
  {
    name: 'b27-shopify-gplay-zh', case: 'b27-zh-livechat-gplay-nad', file: '屏幕截图 2028-03-19 183015.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', lang: 'zh', shop: 'GiftCove', brandColor: '#047857',
    order: {
      number: O11, name: '陈', headline: '您的订单已发货',
      lines: ['兑换码已于 2028年3月19日 10:00 发送至 ch****@qq.com。'],
      updates: { title: '订单更新', state: '已发货', stateTone: 'ok', lines: ['数字发货 · 3月19日 10:00'] },
      email: 'ch****@qq.com', payment: 'PayPal — US$26.50',
      items: [['Google Play 礼品卡 US$25（美区）', '1', 'US$26.50', '数字兑换码']], subtotal: 'US$26.50', total: 'US$26.50', currency: 'USD',
    },
    key_phrases: [O11, 'US$26.50', 'Google Play 礼品卡 US$25'],
  },
  {
    name: 'b27-livechat-gplay-zh', case: 'b27-zh-livechat-gplay-nad', file: 'IMG_4402.PNG', split: B,
    style: 'livechat-widget', device: 'iphone-1170x2532', lang: 'zh', clock: '19:12', battery: 62, title: '在线客服', merchantName: 'Emma', agentTitle: 'GiftCove 客服', brandColor: '#047857',
    messages: [
      { from: 'system', text: '对话开始 · 3月19日' },
      { from: 'buyer', text: `你好，订单 ${O11} 买的是 Google Play 美区 US$25 礼品卡，兑换后账户只到账 US$10.00，不是 25。`, at: '18:35', read: true },
      { from: 'merchant', text: `您好，核对了 ${O11}：我们这批 US$10 的码被误放到了 US$25 的商品下，您收到的面额和商品页不符，抱歉。`, at: '19:02' },
      { from: 'merchant', text: '请在订单页选择"描述不符"申请退款，我们会同意全额退款。', at: '19:03' },
    ],
    key_phrases: [O11, '只到账 US$10.00', '和商品页不符'],
  },

  // ── 12 b27-au-beacon-gp-partial: card_invalid (1 of 3 codes), ready/weak + refund-partial ────
  {
    name: 'b27-xbox-sub-other', case: 'b27-au-beacon-gp-partial', file: 'Screenshot_20280322-214033.png', split: B,
    style: 'xbox-redeem', device: 'android-1080x2400', light: true, clock: '21:40', battery: 52, appTitle: 'Xbox',
    code: 'HJ4QT-*****-*****-*****-7CWXB',
    lines: ['This subscription has already been redeemed by another account.'],
    corpus: [SRC.subOther],
    key_phrases: ['This subscription has already been redeemed by another account.'],
  },
  {
    name: 'b27-beacon-gp-partial', case: 'b27-au-beacon-gp-partial', file: 'IMG_6615.PNG', split: B,
    style: 'helpscout-beacon', device: 'iphone-1170x2532', clock: '07:42', battery: 90, title: 'GamePass AU', replyTime: 'We usually reply within a few hours', merchantName: 'Josh', brandColor: '#15803D',
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', text: `Hi, order ${O12}: 3 x Game Pass Ultimate 1 month. Codes 1 and 2 worked, code 3 says "This subscription has already been redeemed by another account."`, at: '9:44 PM' },
      { from: 'time', text: 'Today' },
      { from: 'merchant', at: '7:35 AM', text: `Morning! Checked ${O12}: code 3 was a replacement code that had already been given to another customer. My mistake.` },
      { from: 'merchant', at: '7:36 AM', text: 'Please request a refund of A$22.95 for that one code on the order page and I\'ll approve it.' },
      { from: 'buyer', text: 'Will do, thanks Josh.', at: '7:41 AM' },
    ],
    key_phrases: [O12, 'refund of A$22.95', 'My mistake.'],
  },

  // ── 13 b27-de-beacon-nocapture: activation_failed, reverse: no error capture ────────────────
  {
    name: 'b27-beacon-nocapture', case: 'b27-de-beacon-nocapture', file: 'Screenshot 2028-03-24 163015.png', split: B,
    style: 'helpscout-beacon', device: 'desktop-1366x768', title: 'FairSoft', site: 'FairSoft', replyTime: 'We usually reply within an hour', merchantName: 'Nina', brandColor: '#1D4ED8', tone: '#E6ECF8',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hello, the CloudVault Premium activation link from order ${O13} does not work. The page shows an error and my account stays on the free plan.`, at: '11:20' },
      { from: 'merchant', at: '14:05', text: `Hi Jonas, the link for ${O13} shows as unused on our side. Could you send us a screenshot of the error message you get? Then we can pass it to CloudVault.` },
      { from: 'buyer', text: 'I closed the page and didn\'t take a screenshot. I will just ask for a refund.', at: '16:28' },
    ],
    key_phrases: [O13, 'send us a screenshot of the error message', 'didn\'t take a screenshot'],
  },
  {
    name: 'b27-woo-complete-de', case: 'b27-de-beacon-nocapture', file: 'IMG_8840.PNG', split: B,
    style: 'woo-order-mail', device: 'iphone-1170x2532', clock: '10:04', battery: 73,
    mail: {
      from: 'FairSoft', to: 'me', date: '24 Mar 2028 at 10:01', subject: 'Your FairSoft order is complete', color: '#1D4ED8',
      heading: 'Your activation link is ready', hi: 'Hi Jonas,',
      paras: ['Your CloudVault Premium activation link is under My account > Orders. Open it while signed in to your CloudVault account.'],
      number: O13, orderDate: 'March 24, 2028',
      items: [['CloudVault Premium – 12 months (activation link)', 1, '€29.90']],
      totals: [['Subtotal:', '€29.90'], ['Payment method:', 'PayPal'], ['Total:', '€29.90 (includes €4.77 VAT)']],
    },
    key_phrases: [O13, '€29.90', 'CloudVault Premium'],
  },

  // ── 14 b27-us-sms-nr-9d: not_received, reverse: 8 d 22 h after paying ───────────────────────
  {
    name: 'b27-sms-late-9d', case: 'b27-us-sms-nr-9d', file: 'Screenshot_20280310-093012.png', split: B,
    style: 'google-messages', device: 'android-1080x2400', dark: true, clock: '9:30', battery: 28, title: 'AlpineKeys', avatar: 'A',
    messages: [
      { from: 'time', text: 'Text message · Thu 7:20 PM' },
      { from: 'buyer', text: `Hi, I ordered 2,050 Valorant Points on March 1 (order ${O14}, $20.99) and never got the code. Can you check?`, status: 'Delivered' },
      { from: 'time', text: 'Text message · Fri 8:55 AM' },
      { from: 'merchant', text: `Hi, sorry about that, the code for ${O14} was never sent, the order got stuck.` },
      { from: 'merchant', text: 'Refunds are possible within 7 days of payment, so I can only offer store credit now.' },
      { from: 'buyer', text: 'I only noticed this week. I\'ll file for the refund anyway.', status: 'Delivered' },
    ],
    key_phrases: [O14, 'was never sent', 'within 7 days of payment'],
  },
  {
    name: 'b27-shopify-9d', case: 'b27-us-sms-nr-9d', file: 'IMG_9034.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '09:33', battery: 27, shop: 'AlpineKeys', brandColor: '#334155',
    order: {
      number: O14, name: 'Ryan', headline: 'Your order is confirmed',
      lines: ['Codes are e-mailed after payment. Questions? Text (720) 555-0182.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Mar 1, 12:00 PM'] },
      email: 'ry****@gmail.com', payment: 'Visa ending in 7740 — $20.99 USD',
      items: [['VALORANT 2,050 VP – Riot Points code (US)', '1', '$20.99', 'Digital code']], subtotal: '$20.99', total: '$20.99', currency: 'USD',
    },
    key_phrases: [O14, '$20.99', 'Unfulfilled'],
  },
];
