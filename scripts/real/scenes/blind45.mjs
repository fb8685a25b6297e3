// The forty-fifth blind end-to-end set (fixtures/blind45/): 14 cases written by a helper (branch b45),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind45'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository; or the repository and
// path the code search named); lines not cited are the author's own connecting lines. The set is
// the support side of English-language key and gift-card marketplaces and web shops (Eneba,
// Kinguin, invented shops selling PlayStation, Nintendo eShop, Roblox, Amazon, Xbox and Steam
// codes and software licences): support by e-mail in Gmail on the web (light and dark, English and
// Chinese chrome) and in live-chat widgets the project had not drawn, with buyers who write
// non-native English (Polish, Brazilian, Indonesian, Turkish, Mexican, Vietnamese, French and
// Chinese buyers) and some Chinese (Simplified and Traditional). Six new app styles: `gmail-web`
// (Gmail on the web, desktop, light and dark), `jivochat-widget` (the JivoChat window, desktop
// widget or phone), `smartsupp-chat` (the Smartsupp chat box), `olark-chat` (an Olark chat box,
// online or offline), `eneba-order` (Eneba's order details page, desktop or phone, light or dark)
// and `psstore-web-redeem` (the PlayStation Store's "Redeem code" page in a browser, error or the
// item the code gives).
// Render with `node scripts/real/render.mjs --set blind45`, then
// `node scripts/real/copy-cases.mjs --set blind45`. The set is judged once, at the end: do not tune on it.
const B = 'blind45';

const O1 = 'EN8204471930'; // EN + 10 digits (Eneba marketplace order)
const O2 = 'KBI-58210';
const O3 = 'PC-31957';
const O4 = 'LL-204417';
const O5 = 'CC-7712-0458'; // hyphenated groups
const O6 = 'KG-4417093'; // Kinguin-style
const O7 = 'KH-40917';
const O8 = 'GN-118402';
const O9 = 'OC-90318'; // this order (26 Aug, A$100)
const O9b = 'OC-89977'; // the buyer's July order (A$50), the one the whole thread is about
const O10 = 'PV-310552';
const O11 = 'CL-2808-71043';
const O12 = 'GH-772105';
const O13 = 'KC-55018';
const O14 = 'EN8209035127';

const OLARK = 'fhsieh/yoyomarket-opencart, catalog/language/english/olark/olark.php (a shop\'s Olark texts, found by the code search)';
const SRC = {
  revoked: 'a gift-card status check: "This card has been revoked." (public GitHub TypeScript file, find_string id 66223384042)',
  pending: 'the same file: "This card is pending activation. It should be activated shortly." (find_string id 66223384042)',
  expired: 'the same file: "This card has expired." (find_string id 66223384042)',
  cancelled: 'a gift-card check: "This card has been cancelled" (public GitHub TypeScript file, find_string id 61504816246)',
  fullyUsed: 'a gift-card redemption: "This gift card has already been fully used." (public GitHub TypeScript file, find_string id 16509659383)',
  deactivated: 'a licence check: "This license key has been deactivated. Please contact support." (public GitHub Python file, find_string id 31265392307)',
  country: 'a code check: "This code is not valid in your country" (public GitHub TypeScript file, find_string id 53306946326)',
  olarkAway: `${OLARK}: the offline title "Send us a message!" and the away line "If you have a question, comment, or need help with anything, just send us a message!"`,
  olarkThanks: `${OLARK}: the offline form's "Thank you for your message! We will get back to you as soon as we can."`,
};

export default [
  // ── 1 b45-pl-eneba-psn-revoked: card_invalid, ready ───────────────────────────────────────
  {
    name: 'b45-psstore-revoked', case: 'b45-pl-eneba-psn-revoked', file: 'Screenshot 2028-08-14 184102.png', split: B,
    style: 'psstore-web-redeem', device: 'desktop-1366x768', account: 'kuba_wro91',
    code: 'M7QK-****-R2TD',
    error: ['This card has been revoked.'],
    corpus: [SRC.revoked],
    key_phrases: ['This card has been revoked.'],
  },
  {
    name: 'b45-eneba-chat-revoked', case: 'b45-pl-eneba-psn-revoked', file: 'Screenshot_20280814-190712.png', split: B,
    style: 'eneba-chat', dark: true, device: 'android-1080x2400', clock: '19:07', battery: 64, title: 'Eneba Support', subtitle: 'Order help',
    order: { id: O1, product: 'PlayStation Network Card 200 PLN (PL)', price: 'zł203.57', status: 'Completed', tone: 'ok', date: '14 Aug 2028, 18:22' },
    messages: [
      { from: 'buyer', at: '18:52', text: `Hello, I buy PSN card 200 PLN one half hour ago, order ${O1}. When I put the code on PlayStation Store it write "This card has been revoked." I never use this code before, is first time. What I must do?` },
      { from: 'buyer', type: 'image', hue: 220, w: 150, h: 90 },
      { from: 'merchant', name: 'Agne · Eneba Support', at: '19:04', text: 'Thank you for the screenshot. The seller confirmed this card came from a batch their distributor cancelled after a payment reversal, so it cannot be used. This is not your fault.' },
      { from: 'merchant', name: 'Agne · Eneba Support', at: '19:05', text: `Please submit the refund request on order ${O1}; it will be approved in full.` },
      { from: 'buyer', at: '19:06', text: 'Ok thank you very much, I do it now.' },
    ],
    corpus: [SRC.revoked],
    key_phrases: [O1, 'This is not your fault.', 'it will be approved in full'],
  },
  {
    name: 'b45-eneba-order-psn', case: 'b45-pl-eneba-psn-revoked', file: 'Screenshot_20280814-191004.png', split: B,
    style: 'eneba-order', dark: true, device: 'android-1080x2400', clock: '19:10', battery: 63,
    order: {
      id: O1, date: '14 Aug 2028, 18:22', status: 'Completed', tone: 'ok',
      product: 'PlayStation Network Card 200 PLN (PL)', meta: 'PSN · Gift card · Poland', seller: 'DigiNova', price: 'zł203.57',
      key: 'M7QK-****-R2TD', keyLabel: 'Your key (revealed 14 Aug, 18:38)',
      rows: [['Item price', 'zł199.00'], ['Service fee', 'zł4.57'], ['Total', 'zł203.57'], ['Payment', 'BLIK']],
    },
    key_phrases: [O1, 'zł203.57', 'PlayStation Network Card 200 PLN (PL)'],
  },

  // ── 2 b45-in-gmail-xgp-late: late_delivery, ready ─────────────────────────────────────────
  {
    name: 'b45-gmail-kbi-order', case: 'b45-in-gmail-xgp-late', file: 'Screenshot 2028-08-16 101012.png', split: B,
    style: 'gmail-web', device: 'desktop-1920x1080', me: 'R', meColor: '#00897B',
    mail: {
      subject: `Order ${O2} confirmed – KeyMandi`, count: '3,118', pos: '1 of 3,118',
      messages: [
        {
          from: 'KeyMandi', addr: 'orders@keymandi.in', role: 'merchant', date: 'Aug 16, 2028, 10:06 AM (4 minutes ago)', color: '#F4511E',
          text: ['Hi Rahul,', 'Thank you for shopping with KeyMandi. We have received your payment for the order below.'],
          rows: [['Order number', O2], ['Product', 'Xbox Game Pass for PC – 3 Months (India) – digital code'], ['Amount paid', '₹1,149.00 (UPI)'], ['Paid on', '16 Aug 2028, 10:05 AM IST']],
          after: ['Your code will be e-mailed within 2 hours of payment.', 'Team KeyMandi'],
        },
      ],
    },
    key_phrases: [O2, '₹1,149.00', 'within 2 hours of payment'],
  },
  {
    name: 'b45-gmail-kbi-late', case: 'b45-in-gmail-xgp-late', file: 'Screenshot 2028-08-16 201530.png', split: B,
    style: 'gmail-web', dark: true, device: 'desktop-1366x768', me: 'R', meColor: '#00897B',
    mail: {
      subject: `Re: Code not received – order ${O2}`, count: '3,121', pos: '2 of 3,121',
      messages: [
        { from: 'Rahul Menon', role: 'buyer', date: 'Aug 16, 2028, 2:31 PM', collapsed: true, text: [`Hello team, I have paid for order ${O2} at 10:05 AM, more than 4 hours back, and still the Game Pass code has not come…`] },
        { from: 'Rahul Menon', addr: 'rahul.menon94@gmail.com', role: 'buyer', date: 'Aug 16, 2028, 7:42 PM', to: 'support', text: [`Kindly revert. It is now almost 10 hours since payment for ${O2} and no code. Your mail itself says within 2 hours.`] },
        { from: 'KeyMandi Support', addr: 'support@keymandi.in', role: 'merchant', date: 'Aug 16, 2028, 8:12 PM (3 minutes ago)', color: '#F4511E', text: ['Dear Rahul,', `We apologise for the delay. Our distributor's Xbox codes are delayed since this morning and we cannot send the code for ${O2} today.`, 'Please raise a refund request from My Orders and we will approve it; the ₹1,149.00 will go back to your UPI account.', 'Regards,\nAnkita, KeyMandi Support'] },
      ],
    },
    key_phrases: [O2, 'we cannot send the code', 'we will approve it'],
  },

  // ── 3 b45-br-jivo-roblox-nr: not_received, ready ──────────────────────────────────────────
  {
    name: 'b45-jivo-roblox-nr', case: 'b45-br-jivo-roblox-nr', file: 'IMG-20280819-WA0012.jpg', split: B,
    style: 'jivochat-widget', device: 'android-1080x2400', degrade: ['fwd:720:68'], clock: '10:08', battery: 47, merchantName: 'Julia', agentTitle: 'PixelBrasa support', brandColor: '#16A085', brandColor2: '#1ABC9C',
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', at: '20:25', text: `hello, i pay the roblox card 800 robux with pix, order ${O3}. 15 minutes and nothing arrive in my email, also not in spam. can you see please?` },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '09:31', status: 'read', text: `good morning, still nothing the code.. my son is waiting since yesterday. order ${O3}` },
      { from: 'merchant', at: '10:04', text: `Hi Lucas, sorry for the delay. Your Pix payment for ${O3} is confirmed, but our supplier has no 800 Robux codes in stock now, so we cannot send it.` },
      { from: 'merchant', at: '10:05', text: 'Please request a refund on your order page and we will approve it.' },
      { from: 'buyer', at: '10:07', status: 'read', text: 'ok thank you, i will ask the refund' },
    ],
    key_phrases: [O3, 'no 800 Robux codes in stock', 'we will approve it'],
  },
  {
    name: 'b45-shopify-roblox-unf', case: 'b45-br-jivo-roblox-nr', file: 'Screenshot_20280819-101105.png', split: B,
    style: 'shopify-order-status', device: 'android-1080x2400', clock: '10:11', battery: 46, shop: 'PixelBrasa', brandColor: '#16A085',
    order: {
      number: O3, name: 'Lucas', headline: 'Your order is confirmed',
      lines: ['You\'ll receive an e-mail with your code when it\'s ready.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid with Pix · Aug 18, 8:10 PM'] },
      email: 'lu****@gmail.com', payment: 'Pix — R$ 54,90',
      items: [['Roblox Gift Card 800 Robux (Global) – digital code', '1', 'R$ 54,90', 'Digital']], subtotal: 'R$ 54,90', total: 'R$ 54,90', currency: 'BRL',
    },
    key_phrases: [O3, 'Unfulfilled', 'R$ 54,90'],
  },

  // ── 4 b45-id-smartsupp-licence-deact: activation_failed, ready ─────────────────────────────
  {
    name: 'b45-msgbox-deactivated', case: 'b45-id-smartsupp-licence-deact', file: 'IMG_20280820_200712.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.3, focus: [0.45, 0.4], clock: '20:05', date: '20/08/2028', winX: 330, winY: 130,
    app: { title: 'SnapVault Backup Pro 3', color: '#2563EB', heading: 'Activate licence', button: 'Activate', fields: [['Licence key', 'SVBP-****-****-****-Q7WM'], ['Computer', 'LAPTOP-BUDI01']], version: 'Version 3.4.1 · Trial' },
    box: { title: 'SnapVault Backup Pro', icon: 'error', text: 'This license key has been deactivated. Please contact support.', buttons: ['OK'] },
    corpus: [SRC.deactivated],
    key_phrases: ['This license key has been deactivated.'],
  },
  {
    name: 'b45-smartsupp-deactivated', case: 'b45-id-smartsupp-licence-deact', file: 'Screenshot 2028-08-20 204455.png', split: B,
    style: 'smartsupp-chat', device: 'desktop-1920x1080', title: 'LicenceLane', site: 'LicenceLane', merchantName: 'Nadia', agents: [['N', '#7C3AED'], ['T', '#0EA5E9']], brandColor: '#2563EB', menu: ['Software', 'Antivirus', 'Office', 'Support'],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '20:09', text: `Good evening. I am buy SnapVault Backup Pro 3 licence 30 minute ago, order ${O4}. When I activate, program say "This license key has been deactivated. Please contact support." I not install before in other computer. Please help` },
      { from: 'merchant', at: '20:36', text: `Hello Budi, I checked the key on ${O4} with the publisher. It was deactivated because it had been issued before to a customer who was refunded, and it should not have been sent again. That's our mistake, sorry.` },
      { from: 'merchant', at: '20:37', text: 'Please open a refund request for the order and I will approve it.' },
      { from: 'buyer', at: '20:41', text: 'Ok, thank you for check.' },
    ],
    corpus: [SRC.deactivated],
    key_phrases: [O4, 'should not have been sent again', 'I will approve it'],
  },

  // ── 5 b45-us-olark-eshop-threat: card_invalid, ready/weak + threatening-language ────────────
  {
    name: 'b45-eshop-expired', case: 'b45-us-olark-eshop-threat', file: '2028082216204300-9B3E27C41D0A86F5.jpg', split: B,
    style: 'eshop-redeem', device: 'switch-1280x720', degrade: ['fwd:1280:86'],
    code: 'F4KD •••• •••• 9QWT', errorCode: '',
    lines: ['This card has expired.'],
    corpus: [SRC.expired],
    key_phrases: ['This card has expired.'],
  },
  {
    name: 'b45-olark-threat', case: 'b45-us-olark-eshop-threat', file: 'Screenshot 2028-08-22 170118.png', split: B,
    style: 'olark-chat', device: 'desktop-1920x1080', title: 'Now Chatting', site: 'Cartridge Corner', merchantName: 'Dave', brandColor: '#C0392B', menu: ['Nintendo', 'PlayStation', 'Xbox', 'Gift Cards', 'Help'],
    messages: [
      { from: 'buyer', at: '4:31 PM', text: `Order ${O5}. The $35 eShop code you sent says "This card has expired." I bought it 30 minutes ago.` },
      { from: 'buyer', at: '4:48 PM', text: 'Nobody answering? You people are crooks selling dead codes. Refund me by tonight or I\'m reporting you to the FTC and my bank and telling every deals forum you rip people off.' },
      { from: 'merchant', at: '4:55 PM', text: 'Hi Tyler, sorry for the wait. Our supplier confirms that card was from stock that had already expired before we sent it. That\'s our error.' },
      { from: 'merchant', at: '4:56 PM', text: `Please request the refund on ${O5} and we'll approve the full $33.50.` },
    ],
    corpus: [SRC.expired],
    key_phrases: [O5, 'You people are crooks', 'approve the full $33.50'],
  },

  // ── 6 b45-tr-kinguin-revolut-private: not_received, ready/weak + private-channel ───────────
  {
    name: 'b45-kinguin-pending-steam', case: 'b45-tr-kinguin-revolut-private', file: 'Screenshot_20280824-104211.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '10:42', battery: 81,
    order: {
      id: O6, date: '23 Aug 2028, 13:10', status: 'Processing', tone: 'wait',
      product: 'Steam Gift Card 50 EUR (EU)', meta: 'Steam · Gift card · Europe · Qty 1', price: '€55.80',
      keyLabel: 'Your key', key: 'Waiting for the seller to send the key',
      rows: [['Seller', 'OrbitKeys'], ['Payment', 'Card (Visa •• 3306)'], ['Total', '€55.80']],
    },
    key_phrases: [O6, 'Waiting for the seller to send the key', '€55.80'],
  },
  {
    name: 'b45-gmail-revolut', case: 'b45-tr-kinguin-revolut-private', file: 'Screenshot 2028-08-24 105530.png', split: B,
    style: 'gmail-web', dark: true, device: 'desktop-1920x1080', me: 'E', meColor: '#C62828',
    mail: {
      subject: `Your Kinguin order ${O6} – Steam Gift Card 50 EUR`, count: '842', pos: '1 of 842',
      messages: [
        { from: 'OrbitKeys', addr: 'orbitkeys.sales@gmail.com', role: 'merchant', date: 'Aug 24, 2028, 9:48 AM', color: '#6A1B9A', text: ['Hello Emre,', `we have no stock of this card now, sorry. Please don't open a dispute on Kinguin for ${O6}, it hurts our seller rating.`, 'Send me your IBAN or your Revolut tag and I return the €55.80 to you directly today, then you mark the order as received on Kinguin. It is faster for both of us.', 'Best, Marek – OrbitKeys'] },
        { from: 'Emre Yildiz', addr: 'emreyldz.tr@gmail.com', role: 'buyer', date: 'Aug 24, 2028, 10:51 AM (3 minutes ago)', to: 'OrbitKeys', text: ['Hello, sorry but I not want to send my bank details and I will not mark received an order I never get.', 'I paid on Kinguin, so I want the refund on Kinguin, not private transfer.'] },
      ],
    },
    key_phrases: [O6, 'Send me your IBAN or your Revolut tag', 'not private transfer'],
  },

  // ── 7 b45-uk-smartsupp-term-near: wrong_purchase, ready/weak + deadline-near ─────────────
  {
    name: 'b45-smartsupp-term', case: 'b45-uk-smartsupp-term-near', file: 'IMG_7305.PNG', split: B,
    style: 'smartsupp-chat', device: 'iphone-1170x2532', clock: '21:33', battery: 29, title: 'CodeWharf', merchantName: 'Oscar', agents: [['O', '#059669']], brandColor: '#0F4C81',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '21:18', text: `Hi, I wanted the 3 month Switch Online but the page had 12 months selected and I didn't notice before paying. Order ${O7}. Can you cancel it before you send the code? I'll buy the 3 months instead.` },
      { from: 'merchant', at: '21:29', text: `Hi Sophie, no problem. The code for ${O7} (paid 21:14) has not been sent yet, so I've put the order on hold.` },
      { from: 'merchant', at: '21:30', text: `Please request a cancellation refund for ${O7} from your account page. Orders can be refunded as long as the code hasn't been sent, so it will go through.` },
      { from: 'buyer', at: '21:32', text: 'Great, doing it now. Thank you!' },
    ],
    key_phrases: [O7, 'has not been sent yet', 'it will go through'],
  },
  {
    name: 'b45-shopify-term', case: 'b45-uk-smartsupp-term-near', file: 'IMG_7306.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', clock: '21:35', battery: 28, shop: 'CodeWharf', brandColor: '#0F4C81',
    order: {
      number: O7, name: 'Sophie', headline: 'Your order is on hold',
      lines: ['Orders can be refunded in full as long as the code hasn\'t been sent.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Aug 25, 9:14 PM', 'On hold by CodeWharf · 9:29 PM'] },
      email: 'so****@icloud.com', payment: 'Apple Pay — £17.99',
      items: [['Nintendo Switch Online – 12 Month Individual Membership (UK)', '1', '£17.99', 'Digital code']], subtotal: '£17.99', total: '£17.99', currency: 'GBP',
    },
    key_phrases: [O7, 'Unfulfilled', '£17.99'],
  },

  // ── 8 b45-mx-jivo-roblox-passed: card_invalid, not-ready (deadline-passed) ─────────────────
  {
    name: 'b45-roblox-cancelled', case: 'b45-mx-jivo-roblox-passed', file: 'Screenshot_20280813-170522.png', split: B,
    style: 'roblox-redeem', dark: true, device: 'android-1080x2400', clock: '17:05', battery: 55, user: 'santi_bloxx',
    redeem: { pin: '3WQT ••••• ••• 7KMA', error: 'This card has been cancelled' },
    corpus: [SRC.cancelled],
    key_phrases: ['This card has been cancelled'],
  },
  {
    name: 'b45-jivo-roblox-passed', case: 'b45-mx-jivo-roblox-passed', file: 'Screenshot 2028-08-13 175012.png', split: B,
    style: 'jivochat-widget', device: 'desktop-1366x768', merchantName: 'Kevin', agentTitle: 'GiftNest customer care', site: 'GiftNest', brandColor: '#8E44AD', brandColor2: '#C0392B', tone: '#F1E6F5', menu: ['Gaming', 'Gift cards', 'Streaming', 'Help'],
    messages: [
      { from: 'buyer', at: '17:20', text: `Hi, i buy this card on august 10 for the birthday of my son, today we try to redeem and say "This card has been cancelled". Order ${O8}. Please give me other code or the money back.` },
      { from: 'merchant', at: '17:42', text: `Hello Mariana, I checked ${O8}: the card was delivered on August 10 at 12:30 and our terms ask that codes are checked and any problem reported within one day (24 hours) of delivery.` },
      { from: 'merchant', at: '17:43', text: 'The distributor cancelled the card on August 12 and we can no longer claim it back, so I\'m afraid we can\'t refund it.' },
      { from: 'buyer', at: '17:47', status: 'read', text: 'But nobody tell me this. I will ask refund anyway.' },
    ],
    corpus: [SRC.cancelled],
    key_phrases: [O8, 'within one day (24 hours) of delivery', 'we can\'t refund it'],
  },

  // ── 9 b45-au-gmail-amazon-other-order: card_invalid, not-ready (order-id-mismatch) ────────
  {
    name: 'b45-amazon-fully-used', case: 'b45-au-gmail-amazon-other-order', file: 'Screenshot 2028-08-26 094108.png', split: B,
    style: 'amazon-gc-redeem', device: 'desktop-1366x768', customer: 'Hayden', city: 'Perth 6000',
    code: 'AU7K-******-Q2VX',
    lines: ['This gift card has already been fully used.'],
    corpus: [SRC.fullyUsed],
    key_phrases: ['This gift card has already been fully used.'],
  },
  {
    name: 'b45-gmail-amazon-july', case: 'b45-au-gmail-amazon-other-order', file: 'Screenshot 2028-08-26 114420.png', split: B,
    style: 'gmail-web', device: 'desktop-1920x1080', me: 'H', meColor: '#1565C0',
    mail: {
      subject: `Amazon card not working – order ${O9b}`, count: '1,407', pos: '3 of 1,407',
      messages: [
        { from: 'Hayden Clarke', addr: 'hayden.clarke@outlook.com.au', role: 'buyer', date: 'Aug 26, 2028, 9:52 AM', to: 'OzCodes Support', text: ['Hi OzCodes,', `the Amazon card from order ${O9b} shows "This gift card has already been fully used." when I enter it. Please refund or send a new code.`, 'Hayden'] },
        { from: 'OzCodes Support', addr: 'help@ozcodes.com.au', role: 'merchant', date: 'Aug 26, 2028, 11:37 AM (7 minutes ago)', color: '#2E7D32', text: ['Hi Hayden,', `we checked ${O9b} (Amazon.com.au A$50 e-code, delivered 14 July). Amazon shows that code was redeemed on 14 July at 6:02 pm to an account with your e-mail address, and the balance has since been spent.`, `So the message is correct for ${O9b} and we can't refund it. If you meant another order, please send us its number.`, 'Cheers,\nMia – OzCodes'] },
      ],
    },
    key_phrases: [O9b, 'redeemed on 14 July', 'please send us its number'],
  },
  {
    name: 'b45-gmail-oz-receipt', case: 'b45-au-gmail-amazon-other-order', file: 'Screenshot 2028-08-26 091733.png', split: B,
    style: 'gmail-web', device: 'desktop-1366x768', me: 'H', meColor: '#1565C0',
    mail: {
      subject: `Your OzCodes order ${O9} – code inside`, count: '1,406', pos: '1 of 1,406',
      messages: [
        { from: 'OzCodes', addr: 'orders@ozcodes.com.au', role: 'merchant', date: 'Aug 26, 2028, 9:15 AM (2 minutes ago)', color: '#2E7D32', text: ['Hi Hayden, thanks for your order. Your code is below.'], rows: [['Order', O9], ['Product', 'Amazon.com.au Gift Card A$100 – e-code'], ['Code', 'AU7K-******-Q2VX'], ['Paid', 'A$100.00 · PayPal'], ['Date', '26 Aug 2028, 9:15 am AWST']] },
      ],
    },
    key_phrases: [O9, 'A$100.00'],
  },

  // ── 10 b45-zh-gmail-psplus-return: not_as_described + request return, not-ready ───────────
  {
    name: 'b45-psstore-essential-zh', case: 'b45-zh-gmail-psplus-return', file: 'Screenshot 2028-08-27 203014.png', split: B,
    style: 'psstore-web-redeem', lang: 'zh', device: 'desktop-1920x1080', account: 'leiyu_hk',
    code: 'T9WM-****-6KQE',
    item: { title: 'PlayStation Plus 基础：3 个月会员资格', sub: 'PlayStation Plus · 订阅' },
    key_phrases: ['PlayStation Plus 基础：3 个月会员资格'],
  },
  {
    name: 'b45-gmail-zh-return', case: 'b45-zh-gmail-psplus-return', file: 'Screenshot 2028-08-28 094502.png', split: B,
    style: 'gmail-web', lang: 'zh', dark: true, device: 'desktop-1366x768', me: '雷', meColor: '#AD1457',
    mail: {
      subject: `订单 ${O10} 收到的不是 Premium`, count: '586', pos: '1 / 586',
      messages: [
        { from: '雷宇', addr: 'leiyu.hk88@gmail.com', role: 'buyer', date: '2028年8月27日 20:41', to: 'PlayVault', text: [`你好，我在你们店买的是 PlayStation Plus Premium 3 个月（订单 ${O10}，HK$398），兑换页面显示的是 PlayStation Plus 基础 3 个月，跟商品页写的不一样。我还没有点确认。截图在附件。`] },
        { from: 'PlayVault Support', addr: 'support@playvault.hk', role: 'merchant', date: '2028年8月28日 09:12', color: '#283593', text: ['Hello Lei Yu,', 'sorry about this. Our supplier mixed Essential codes into the Premium batch, so you received a different product from the one you paid for. Please do not redeem it.', `Request a refund on ${O10} from your order page and we will approve the full HK$398.`] },
        { from: '雷宇', addr: 'leiyu.hk88@gmail.com', role: 'buyer', date: '2028年8月28日 09:40（5 分钟前）', to: 'PlayVault', text: ['好的，我现在就申请退货退款，这个码我原样退还给你们。'] },
      ],
    },
    key_phrases: [O10, 'you received a different product', '申请退货退款'],
  },

  // ── 11 b45-hk-olark-offline-noreply: not_received, ready/weak + chat-no-reply ─────────────
  {
    name: 'b45-olark-offline', case: 'b45-hk-olark-offline-noreply', file: 'Screenshot 2028-08-30 101422.png', split: B,
    style: 'olark-chat', device: 'desktop-1366x768', title: 'Send us a message!', site: 'CardLoop', brandColor: '#1F7A8C', tone: '#E3F0F2',
    away: 'If you have a question, comment, or need help with anything, just send us a message!',
    messages: [
      { from: 'time', text: 'Mon, Aug 28' },
      { from: 'buyer', at: '10:58 PM', text: `你好，我 22:40 用 PayPal 付款買了 HK$200 Steam 錢包碼，訂單 ${O11}，到現在都沒收到 email。` },
      { from: 'system', text: 'Thank you for your message! We will get back to you as soon as we can.' },
      { from: 'time', text: 'Tue, Aug 29' },
      { from: 'buyer', at: '9:15 AM', text: `早晨，仲未收到個 code，訂單 ${O11}，麻煩幫我查下。` },
      { from: 'buyer', at: '3:40 PM', text: `Hello? Still no code for order ${O11}, please reply.` },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '10:05 AM', text: '已經差唔多兩日，一個回覆都冇。我而家申請退款。' },
    ],
    corpus: [SRC.olarkAway, SRC.olarkThanks],
    key_phrases: [O11, '仲未收到個 code', '一個回覆都冇'],
  },
  {
    name: 'b45-gmail-cardloop-order', case: 'b45-hk-olark-offline-noreply', file: 'Screenshot 2028-08-28 224512.png', split: B,
    style: 'gmail-web', lang: 'zh-Hant', device: 'desktop-1366x768', me: '陳', meColor: '#EF6C00',
    mail: {
      subject: `CardLoop order ${O11} received`, count: '2,051', pos: '1 / 2,051',
      messages: [
        { from: 'CardLoop', addr: 'no-reply@cardloop.hk', role: 'merchant', date: '2028年8月28日 下午10:41（4 分鐘前）', color: '#1F7A8C', text: ['Hi Chan Ka Ho, thanks for your order. Your payment has been received and your code will be sent to this address.'], rows: [['Order', O11], ['Item', 'Steam Wallet Code HK$200 (Hong Kong)'], ['Total', 'HK$208.00 · PayPal'], ['Status', 'Processing']] },
      ],
    },
    key_phrases: [O11, 'HK$208.00'],
  },

  // ── 12 b45-vn-jivo-nso-late: late_delivery, ready ─────────────────────────────────────────
  {
    name: 'b45-jivo-nso-late', case: 'b45-vn-jivo-nso-late', file: 'Screenshot_20280829-145804.png', split: B,
    style: 'jivochat-widget', device: 'android-1080x2400', degrade: ['crop:90'], clock: '14:58', battery: 38, merchantName: 'Hana', agentTitle: 'GameKeyHub support', brandColor: '#E74C3C', brandColor2: '#F39C12',
    messages: [
      { from: 'system', text: 'Express delivery: your code is sent within 10 minutes after payment.' },
      { from: 'buyer', at: '08:45', text: `Hello, I paid 25 minutes ago order ${O12} but not receive code yet. Your page say 10 minutes.` },
      { from: 'buyer', at: '11:30', status: 'delivered', text: 'It is 3 hours now, still nothing. Please check for me.' },
      { from: 'merchant', at: '14:50', text: `Hi Minh, apologies. Our US Nintendo supplier has had a system outage since this morning, so ${O12} is still waiting and we can't say when it will be sent.` },
      { from: 'merchant', at: '14:51', text: 'If you don\'t want to wait, request a refund on the order and we\'ll approve it.' },
      { from: 'buyer', at: '14:56', status: 'read', text: 'OK I will request refund, thanks.' },
    ],
    key_phrases: [O12, 'within 10 minutes after payment', 'we\'ll approve it'],
  },
  {
    name: 'b45-shopify-nso-unf', case: 'b45-vn-jivo-nso-late', file: 'Screenshot_20280829-150122.png', split: B,
    style: 'shopify-order-status', device: 'android-1080x2400', clock: '15:01', battery: 37, shop: 'GameKeyHub', brandColor: '#E74C3C', expanded: true,
    order: {
      number: O12, name: 'Minh', headline: 'Preparing your code',
      lines: ['Express delivery: your code is sent within 10 minutes after payment.'],
      updates: { title: 'Order updates', state: 'Unfulfilled', lines: ['Paid · Aug 29, 8:20 AM'] },
      email: 'mi****@gmail.com', payment: 'Visa ending in 8812 — $49.99 USD',
      items: [['Nintendo Switch Online + Expansion Pack – 12 Months (US)', '1', '$49.99', 'Digital code']], subtotal: '$49.99', total: '$49.99', currency: 'USD',
    },
    key_phrases: [O12, 'Unfulfilled', '$49.99'],
  },

  // ── 13 b45-fr-jivo-eshop-region-norefund: wrong_purchase, not-ready (policy-no-refund, near) ─
  {
    name: 'b45-eshop-country', case: 'b45-fr-jivo-eshop-region-norefund', file: 'IMG_2291.PNG', split: B,
    style: 'eshop-redeem', device: 'iphone-1170x2532', clock: '19:14', battery: 71,
    code: 'B8XN •••• •••• 4RJD', errorCode: '',
    lines: ['This code is not valid in your country'],
    corpus: [SRC.country],
    key_phrases: ['This code is not valid in your country'],
  },
  {
    name: 'b45-jivo-region', case: 'b45-fr-jivo-eshop-region-norefund', file: 'IMG_2294.PNG', split: B,
    style: 'jivochat-widget', device: 'iphone-1170x2532', clock: '19:33', battery: 69, merchantName: 'Paul', agentTitle: 'KeyCrate support', brandColor: '#2C3E50', brandColor2: '#3498DB',
    messages: [
      { from: 'buyer', at: '19:20', text: `Hello, I make a mistake, I buy the eShop card 25 USD but my account is France. The code say "This code is not valid in your country". Order ${O13}. Can you cancel and refund please, or change for the 25 EUR card?` },
      { from: 'merchant', at: '19:31', text: `Hello Camille, the code for ${O13} was delivered at 19:02 and shown to you, so we can't take it back. As the product page and your delivery e-mail say, codes cannot be refunded after they are delivered.` },
      { from: 'merchant', at: '19:32', text: 'The card still works on a US Nintendo Account.' },
    ],
    corpus: [SRC.country],
    key_phrases: [O13, 'cannot be refunded after they are delivered', 'we can\'t take it back'],
  },
  {
    name: 'b45-gmail-keycrate', case: 'b45-fr-jivo-eshop-region-norefund', file: 'IMG_2296.PNG', split: B,
    style: 'gmail', device: 'iphone-1170x2532', clock: '19:35', battery: 68,
    mail: {
      subject: `KeyCrate – your code for order ${O13}`, from: 'KeyCrate', time: '19:02', brandColor: '#2C3E50', avatar: ['K', '#2C3E50'],
      body: ['Bonjour Camille, thanks for your order. Here is your code.'],
      rows: [['Order', O13], ['Product', 'Nintendo eShop Card 25 USD (US)'], ['Code', 'B8XN-****-****-4RJD'], ['Paid', '€23.40 · card'], ['Note', 'Codes cannot be refunded after they are delivered.']],
    },
    key_phrases: [O13, '€23.40', 'Nintendo eShop Card 25 USD (US)'],
  },

  // ── 14 b45-zh-eneba-roblox-partial: card_invalid (24.10 of 72.30), ready/weak + refund-partial
  {
    name: 'b45-roblox-pending', case: 'b45-zh-eneba-roblox-partial', file: 'Screenshot_20280901-091205.png', split: B,
    style: 'roblox-redeem', device: 'android-1080x2400', clock: '09:12', battery: 88, user: 'xiaoyu_0612', mark: { text: 'pending activation' },
    redeem: { pin: '6HRP ••••• ••• W3ZC', error: 'This card is pending activation. It should be activated shortly.' },
    corpus: [SRC.pending],
    key_phrases: ['This card is pending activation.'],
  },
  {
    name: 'b45-eneba-chat-pending', case: 'b45-zh-eneba-roblox-partial', file: 'Screenshot_20280901-114406.png', split: B,
    style: 'eneba-chat', device: 'android-1080x2400', clock: '11:44', battery: 80, title: 'Eneba Support', subtitle: 'Order help',
    order: { id: O14, product: 'Roblox Gift Card 25 USD (Global) × 3', price: '$72.30', status: 'Completed', tone: 'ok', date: '31 Aug 2028, 20:05' },
    messages: [
      { from: 'buyer', at: '20:20', text: `Hi, order ${O14} 买了3张 Roblox 25 USD，前两张兑换成功，第三张显示 "This card is pending activation. It should be activated shortly." 怎么办？` },
      { from: 'merchant', name: 'Tomas · Eneba Support', at: '20:41', text: 'Thank you. The seller says the third code may still be activating. Please try it again in a few hours.' },
      { from: 'buyer', at: '09:13', text: '今天早上又试了，还是 pending activation，已经13个小时了。' },
      { from: 'merchant', name: 'Tomas · Eneba Support', at: '11:38', text: 'The seller has confirmed the third Roblox code was never activated by their supplier and cannot be used. You can request a refund of $24.10 for that code; the other two codes are fine.' },
    ],
    corpus: [SRC.pending],
    key_phrases: [O14, 'never activated by their supplier', 'refund of $24.10'],
  },
  {
    name: 'b45-eneba-order-roblox', case: 'b45-zh-eneba-roblox-partial', file: 'Screenshot_20280901-114630.png', split: B,
    style: 'eneba-order', device: 'android-1080x2400', clock: '11:46', battery: 80,
    order: {
      id: O14, date: '31 Aug 2028, 20:05', status: 'Completed', tone: 'ok',
      product: 'Roblox Gift Card 25 USD (Global) × 3', meta: 'Roblox · Gift card · Global', seller: 'CodeRiver', price: '$72.30',
      keyLabel: 'Your keys (3)', key: 'Q2M7-****-D8KA\nL5TX-****-N1RB\n6HRP-****-W3ZC',
      rows: [['Item price', '3 × $23.40'], ['Service fee', '$2.10'], ['Total', '$72.30'], ['Payment', 'Alipay']],
    },
    key_phrases: [O14, '$72.30', 'Roblox Gift Card 25 USD (Global) × 3'],
  },
];
