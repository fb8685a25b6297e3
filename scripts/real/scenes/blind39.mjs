// The thirty-ninth blind end-to-end set (fixtures/blind39/): 14 cases written by a helper (branch b39),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind39'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is English-language key and gift-card marketplaces
// and the support channels around them: a marketplace's order page and its support widget, the
// storefronts Discord key shops sell through, their ticket transcripts, live-chat widgets, and
// the redeem pages behind the keys. English mostly, some Chinese buyers (Simplified, and
// Traditional from Hong Kong and Taiwan). Six new app styles: `gamivo-order` (GAMIVO order
// details), `zendesk-messaging` (the Zendesk messaging Web Widget), `chatwoot-widget` (the
// Chatwoot live-chat widget), `sellix-invoice` (a Sellix storefront invoice), `discord-transcript`
// (a ticket bot's HTML transcript opened in a browser) and `gog-redeem` (GOG.com's "Redeem a
// code" page), with the browser chrome in `lib/browser-chrome.mjs`.
// Render with `node scripts/real/render.mjs --set blind39`, then
// `node scripts/real/copy-cases.mjs --set blind39`. The set is judged once, at the end: do not tune on it.
const B = 'blind39';

const O1 = 'GMV7K2Q9X4LT8R3P'; // GAMIVO-style: 16 upper-case letters and digits
const O2 = 'b7e41c-5d9a07f3e2-8a61f0'; // Sellix invoice id (hex groups with dashes)
const O3 = 'PA38951207'; // PA + 8 digits
const O4 = 'f03a9d-71c2e84b05-3e9c27';
const O5 = 'GMV4R8T1WQ6ZP3N7';
const O6 = '5c8e21-a04f9b37d6-71d2ee'; // this order (GOG gift card $25, 11 June)
const O6b = '9a1f4b-2e67c05d81-b3a940'; // the buyer's May order ($10 card), the one the ticket is about
const O7 = 'e2d7b0-88c14f0a39-5f6d1a';
const O8 = 'GMV9P2X7L4K8Q1M5';
const O9 = 'DRF-4471936052';
const O10 = '2806181800937214'; // 16 digits
const O11 = 'GMV3H6N8V2R5T9W1';
const O12 = 'KL-100482';
const O13 = '3b90ad-6e1f27c4a8-0c5b91';
const O14 = 'KN10577';

const SRC = {
  bySomeone: 'a key check: "This key has already been activated by someone else" (public GitHub TypeScript file, find_string id 54225757332), a full stop added, put on GOG\'s redeem page',
  region: 'a code check: "This code is not valid for your region" (public GitHub JavaScript file, find_string id 30724926472), a full stop added, put in Ubisoft Connect\'s key activation',
  tooMany: 'a redeem rate limit: "Too many redeem attempts. Please try again later." (public GitHub TypeScript file, find_string id 60010226612)',
  claimed: 'a gift-card claim check: "This gift card has already been claimed by someone else." (public GitHub Dart file, find_string id 71245282809)',
  expired: 'the same file: "This gift card has expired and can no longer be used." (public GitHub Dart file, find_string id 71245282809)',
  installs: 'a licence activation page: "This license is already in use on the maximum number of installations. Deactivate an existing one, or reissue the license from your account." (public GitHub PHP file, find_string id 58544038228)',
  anotherPc: 'a licence check: "This license is already in use on another computer." (public GitHub TypeScript file, find_string id 71440605469)',
  serialTw: 'a game store\'s redeem error list: "此序號已被兌換" (public GitHub JavaScript file, find_string id 55948835254)',
  replyHours: 'Chatwoot\'s reply-time line: "Typically replies in a few hours" (a public GitHub Swift client for Chatwoot, find_string id 68321258867)',
  exported: 'discord-html-transcripts\' footer "Exported {number} message{s}." (public GitHub Rust file testing it, find_string id 70890409864)',
};

export default [
  // ── 1 b39-en-gamivo-gog-used: card_invalid, ready ─────────────────────────────────────────
  {
    name: 'b39-gog-used', case: 'b39-en-gamivo-gog-used', file: 'Screenshot 2028-06-03 205512.png', split: B,
    style: 'gog-redeem', device: 'desktop-1920x1080', user: 'marcus_d',
    code: 'GQ7XM-*****-*****-K4TR8', error: 'This key has already been activated by someone else.',
    corpus: [SRC.bySomeone],
    key_phrases: ['This key has already been activated by someone else.'],
  },
  {
    name: 'b39-gamivo-gog', case: 'b39-en-gamivo-gog-used', file: 'Screenshot 2028-06-04 091230.png', split: B,
    style: 'gamivo-order', device: 'desktop-1366x768', account: 'marcus_d',
    order: {
      id: O1, date: 'June 3, 2028, 8:41 PM', status: 'Completed', tone: 'ok',
      product: 'Cyberpunk 2077: Phantom Liberty (PC) – GOG.COM Key – GLOBAL', chips: ['GOG.COM', 'GLOBAL', 'Digital key'], seller: 'NeonKeys Trading', price: '$23.49',
      keys: [{ key: 'GQ7XM-*****-*****-K4TR8', note: 'Revealed on June 3, 2028, 8:43 PM' }],
      rows: [['Order number', O1], ['Payment method', 'Visa •••• 2207'], ['Total', '$23.49']],
      buttons: ['Report a problem', 'Download invoice'],
    },
    key_phrases: [O1, '$23.49', 'Cyberpunk 2077: Phantom Liberty'],
  },
  {
    name: 'b39-zendesk-gog', case: 'b39-en-gamivo-gog-used', file: 'Screenshot 2028-06-04 094105.png', split: B,
    style: 'zendesk-messaging', device: 'desktop-1920x1080', title: 'GAMIVO Support', tagline: 'We usually reply within a few hours', site: 'GAMIVO', menu: ['Games', 'Gift cards', 'Software', 'SMART'], brandColor: '#1B2150', logo: ['G', '#FFB800', '#1B2150'], merchantName: 'Marta', siteTone: '#DCE0F0',
    messages: [
      { from: 'time', text: 'June 3' },
      { from: 'merchant', bot: true, name: 'GAMIVO Bot', text: 'Hi! What do you need help with?', options: ['My order', 'Payments', 'Account'] },
      { from: 'buyer', text: `Order ${O1}, Phantom Liberty GOG key. GOG says "This key has already been activated by someone else." I revealed it two minutes after buying and pasted it straight into gog.com/redeem.`, at: '9:02 PM', status: 'Delivered' },
      { from: 'time', text: 'Today' },
      { from: 'merchant', text: `Good morning Marcus. We checked ${O1} with the seller: they admit this key was also sold in another order before yours, so it was redeemed by that buyer.`, at: '8:40 AM' },
      { from: 'merchant', text: 'Please use "Report a problem" on the order and choose "Key already used". We will approve the refund to your card.', at: '8:41 AM' },
    ],
    key_phrases: [O1, 'they admit this key was also sold', 'We will approve the refund'],
  },

  // ── 2 b39-uk-sellix-nitro-late: late_delivery, ready ─────────────────────────────────────
  {
    name: 'b39-sellix-nitro', case: 'b39-uk-sellix-nitro-late', file: 'Screenshot_20280606-191502.png', split: B,
    style: 'sellix-invoice', device: 'android-1080x2400', clock: '19:15', battery: 66, shop: 'NitroNest', domain: 'nitronest.mysellix.io', brandColor: '#5865F2',
    invoice: {
      id: O2, status: 'Processing', tone: 'wait', product: 'Discord Nitro 1 Month – Gift Link', qty: 1, price: '£8.99',
      rows: [['E-mail', 'ja****@gmail.com'], ['Gateway', 'Stripe (card)'], ['Created', 'Jun 6, 2028, 1:20 PM'], ['Total', '£8.99 GBP']],
      deliveryTitle: 'Product delivery',
      delivery: ['Manual delivery: the seller sends this product no later than 1 hour after payment.', 'Your goods will appear here once the seller delivers them.'],
    },
    key_phrases: [O2, '£8.99', '1 hour after payment'],
  },
  {
    name: 'b39-chatwoot-nitro', case: 'b39-uk-sellix-nitro-late', file: 'Screenshot_20280606-192204.png', split: B,
    style: 'chatwoot-widget', device: 'android-1080x2400', clock: '19:22', battery: 64, title: 'NitroNest', replyTime: 'Typically replies in a few hours', merchantName: 'Rhys', brandColor: '#5865F2', agentColor: '#EB459E',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hi, I paid for Nitro 1 Month at 1:20 pm (invoice ${O2}). The page says it is sent no later than 1 hour after payment, but nothing has come yet.`, at: '2:35 PM' },
      { from: 'buyer', text: 'It is almost 6 pm now and the invoice still says Processing. Can you send it or refund me?', at: '5:50 PM' },
      { from: 'merchant', text: 'Hi James, sorry for the wait. Our Nitro supplier ran out this morning and we have no Nitro links to send today.', at: '7:11 PM' },
      { from: 'merchant', text: 'That is our fault, not yours. Please request a refund on the invoice and we will approve the full £8.99.', at: '7:12 PM' },
    ],
    corpus: [SRC.replyHours],
    key_phrases: [O2, 'no Nitro links to send today', 'we will approve the full £8.99'],
  },

  // ── 3 b39-us-pa-discord-private: not_received, ready/weak + private-channel ──────────────────
  {
    name: 'b39-pa-vp-pending', case: 'b39-us-pa-discord-private', file: 'Screenshot 2028-06-09 083015.png', split: B,
    style: 'playerauctions-order', device: 'desktop-1920x1080',
    order: {
      id: O3, step: 2, status: 'Pending delivery', tone: 'wait',
      offer: 'Valorant 5350 VP (NA) – Direct Top-up by Seller – 1 Hour Delivery', meta: 'Valorant · North America · Seller: vp_dealer (97.8% positive)',
      rows: [['Order Number', O3], ['Order Date', 'Jun 8, 2028 11:30'], ['Delivered', '—'], ['Payment', 'Visa'], ['Total', 'US$47.50']],
      note: ['PA Protection: do not confirm delivery until you have received your order. Never settle outside PlayerAuctions.'],
    },
    key_phrases: [O3, 'US$47.50', 'Pending delivery'],
  },
  {
    name: 'b39-discord-pa-private', case: 'b39-us-pa-discord-private', file: 'Screenshot 2028-06-09 084402.png', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', buyerName: 'kestrel.jm', merchantName: 'vp_dealer', lineW: 660,
    messages: [
      { from: 'time', text: 'June 8, 2028' },
      { from: 'buyer', text: `Hey, PA order ${O3} (5350 VP). Paid at 11:30, the listing says 1 hour, and my Valorant account still has 0 VP. Are you topping it up?`, at: 'Yesterday at 3:10 PM' },
      { from: 'merchant', text: 'my supplier account got banned, cant load VP right now', at: 'Yesterday at 7:58 PM' },
      { from: 'merchant', text: 'dont open a dispute on PA pls, it kills my rating. i send the 47.50 back to you on paypal as a personal payment right now and you just click delivered on PA', at: 'Yesterday at 8:02 PM' },
      { from: 'buyer', text: 'No, I won\'t mark it delivered. I\'ll cancel it through PlayerAuctions so the refund goes through them.', at: 'Yesterday at 8:10 PM' },
    ],
    key_phrases: [O3, 'paypal as a personal payment', 'cancel it through PlayerAuctions'],
  },

  // ── 4 b39-us-sellix-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────────
  {
    name: 'b39-sellix-wrong', case: 'b39-us-sellix-wrong-near', file: 'Screenshot 2028-06-10 at 9.41.07 PM.png', split: B,
    style: 'sellix-invoice', light: true, device: 'desktop-1920x1080', shop: 'KeyCove', domain: 'keycove.mysellix.io', brandColor: '#0EA5E9', mark: { text: 'can be cancelled' },
    invoice: {
      id: O4, status: 'Processing', tone: 'wait', product: 'ELDEN RING NIGHTREIGN – PS5 (US PSN code)', qty: 1, price: '$38.99',
      rows: [['E-mail', 'da****@yahoo.com'], ['Gateway', 'PayPal'], ['Created', 'Jun 10, 2028, 9:02 PM'], ['Total', '$38.99 USD']],
      deliveryTitle: 'Product delivery',
      delivery: ['Keys are sent manually within 2 hours.', 'An order can be cancelled for a full refund until its key is sent.'],
    },
    key_phrases: [O4, '$38.99', 'ELDEN RING NIGHTREIGN'],
  },
  {
    name: 'b39-chatwoot-wrong', case: 'b39-us-sellix-wrong-near', file: 'Screenshot 2028-06-10 at 9.24.51 PM.png', split: B,
    style: 'chatwoot-widget', device: 'desktop-1920x1080', title: 'KeyCove', site: 'KeyCove', menu: ['PlayStation', 'Xbox', 'Steam', 'Support'], replyTime: 'Typically replies in a few hours', merchantName: 'Ava', brandColor: '#0EA5E9', siteTone: '#DDEFF8',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `I just bought Nightreign for PS5 by mistake (invoice ${O4}), I play on Steam. Please cancel it before the key is sent.`, at: '9:06 PM' },
      { from: 'merchant', text: 'Hi Dana, no problem. The key has not been sent, and I have stopped the order.', at: '9:19 PM' },
      { from: 'merchant', text: 'Request the refund on the invoice page now and we approve it; PayPal returns the $38.99 in a few days.', at: '9:19 PM' },
      { from: 'buyer', text: 'Thank you, doing it now.', at: '9:22 PM' },
    ],
    key_phrases: [O4, 'The key has not been sent', 'we approve it'],
  },

  // ── 5 b39-pl-gamivo-installs-passed: activation_failed, not-ready (deadline-passed) ──────────
  {
    name: 'b39-msgbox-installs', case: 'b39-pl-gamivo-installs-passed', file: 'IMG_20280605_101844.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', degrade: ['monitor'], clock: '10:18', date: '05.06.2028', winX: 560, winY: 190,
    app: { title: 'Lumatic Photo Studio 4', color: '#7C3AED', heading: 'Activate your licence', button: 'Activate', fields: [['Licence key', 'LPS4-****-****-****-W8ZD'], ['Computer', 'KASIA-PC']], version: 'Lumatic 4.2.1 · Not activated' },
    box: { title: 'Lumatic Photo Studio', icon: 'error', text: 'This license is already in use on the maximum number of installations. Deactivate an existing one, or reissue the license from your account.', buttons: ['OK'] },
    corpus: [SRC.installs],
    key_phrases: ['maximum number of installations'],
  },
  {
    name: 'b39-gamivo-installs', case: 'b39-pl-gamivo-installs-passed', file: 'Screenshot_20280605-110230.png', split: B,
    style: 'gamivo-order', dark: true, device: 'android-1080x2400', clock: '11:02', battery: 71,
    order: {
      id: O5, date: 'June 2, 2028, 21:12', status: 'Completed', tone: 'ok',
      product: 'Lumatic Photo Studio 4 – Lifetime Licence (1 PC) – Key – GLOBAL', chips: ['Windows', 'GLOBAL'], seller: 'SoftPlanet PL', price: '€29.90',
      keys: [{ key: 'LPS4-****-****-****-W8ZD', note: 'Revealed on June 2, 2028, 21:14' }],
      rows: [['Order number', O5], ['Payment method', 'BLIK'], ['Total', '€29.90']],
      note: ['Seller\'s terms: report key problems within 24 hours of delivery.'],
      buttons: ['Report a problem'],
    },
    key_phrases: [O5, '€29.90', 'within 24 hours of delivery'],
  },
  {
    name: 'b39-zendesk-installs', case: 'b39-pl-gamivo-installs-passed', file: 'Screenshot_20280605-111512.png', split: B,
    style: 'zendesk-messaging', device: 'android-1080x2400', clock: '11:15', battery: 69, title: 'GAMIVO Support', tagline: 'We usually reply within a few hours', brandColor: '#1B2150', logo: ['G', '#FFB800', '#1B2150'], merchantName: 'Piotr',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Hello, order ${O5}. I installed Lumatic today and the key is refused: "This license is already in use on the maximum number of installations." I have never used it anywhere.`, at: '10:25', status: 'Read' },
      { from: 'merchant', text: `Hi Katarzyna. The key for ${O5} was delivered on 2 June at 21:14. The seller's terms give 24 hours from delivery to report a key problem, so that window closed on 3 June at 21:14.`, at: '11:08' },
      { from: 'merchant', text: 'We cannot open a refund for this order any more. We have asked the seller if they will reset the key as a goodwill gesture.', at: '11:08' },
    ],
    key_phrases: [O5, 'that window closed on 3 June', 'cannot open a refund'],
  },

  // ── 6 b39-ca-transcript-other-order: card_invalid, not-ready (order-id-mismatch) ──────────────
  {
    name: 'b39-gog-claimed', case: 'b39-ca-transcript-other-order', file: 'Screenshot 2028-06-11 185812.png', split: B,
    style: 'gog-redeem', device: 'desktop-1366x768', dark: true, user: 'owl_harper',
    code: 'GIFT-*****-*****-9QDL', error: 'This gift card has already been claimed by someone else.',
    corpus: [SRC.claimed],
    key_phrases: ['This gift card has already been claimed by someone else.'],
  },
  {
    name: 'b39-transcript-other', case: 'b39-ca-transcript-other-order', file: 'Screenshot 2028-06-11 194630.png', split: B,
    style: 'discord-transcript', device: 'desktop-1920x1080', server: 'GiftFox Market', channel: 'ticket-0318', topic: 'Ticket opened by owl_harper · Order help', serverColor: '#F97316', pcUser: 'Harper',
    buyerName: 'owl_harper', merchantName: 'Milo | Support', botName: 'Ticket Tool',
    messages: [
      { from: 'time', text: 'June 11, 2028' },
      { from: 'bot', at: '06/11/2028 7:01 PM', text: '@owl_harper', embed: { title: 'Order help', text: 'Support will be with you shortly. Please post your invoice ID and a screenshot.', color: '#F97316' } },
      { from: 'buyer', at: '06/11/2028 7:02 PM', text: `Invoice ${O6b}. GOG says "This gift card has already been claimed by someone else."`, file: 'Screenshot 2028-06-11 185812.png' },
      { from: 'merchant', at: '06/11/2028 7:30 PM', text: `${O6b} is your order from May 14 (GOG gift card $10). Our records show that code was claimed on May 14, the day you bought it.` },
      { from: 'buyer', at: '06/11/2028 7:38 PM', text: 'ok I will just ask for a refund then' },
      { from: 'bot', at: '06/11/2028 7:45 PM', embed: { title: 'Ticket Closed', text: 'Ticket closed by Milo | Support. Transcript saved.', color: '#ED4245' } },
    ],
    corpus: [SRC.exported, SRC.claimed],
    key_phrases: [O6b, 'your order from May 14'],
  },
  {
    name: 'b39-sellix-gog-this', case: 'b39-ca-transcript-other-order', file: 'Screenshot 2028-06-11 194801.png', split: B,
    style: 'sellix-invoice', light: true, device: 'desktop-1366x768', shop: 'GiftFox Market', domain: 'giftfox.mysellix.io', brandColor: '#F97316',
    invoice: {
      id: O6, status: 'Completed', tone: 'ok', product: 'GOG.COM Gift Card $25 (Global) – digital code', qty: 1, price: '$25.00',
      rows: [['E-mail', 'ha****@proton.me'], ['Gateway', 'PayPal'], ['Created', 'Jun 11, 2028, 6:20 PM'], ['Total', '$25.00 USD']],
      serials: ['GIFT-*****-*****-9QDL'],
    },
    key_phrases: [O6, '$25.00', 'GOG.COM Gift Card $25'],
  },

  // ── 7 b39-hk-ticket-serial-return: card_invalid, request: return, not-ready ──────────────────
  {
    name: 'b39-dialog-serial-tw', case: 'b39-hk-ticket-serial-return', file: 'IMG-20280612-WA0007.jpg', split: B,
    style: 'android-dialog', device: 'android-1080x2400', degrade: ['fwd:720:70'], clock: '20:02', battery: 58, appTitle: 'HoYoverse 兌換碼',
    fields: [['伺服器', '港澳台服'], ['兌換碼', 'GS7Q****K2MW']], submit: '兌換',
    dialog: { title: '兌換失敗', body: ['此序號已被兌換'], buttons: ['確定'] },
    corpus: [SRC.serialTw],
    key_phrases: ['此序號已被兌換'],
  },
  {
    name: 'b39-ticket-return-hk', case: 'b39-hk-ticket-serial-return', file: '螢幕擷取畫面 2028-06-12 221530.png', split: B,
    style: 'discord-ticket', light: true, device: 'desktop-1366x768', server: '晴天點卡 SunnyCards', channel: 'ticket-0233', topic: '客服單 · 訂單問題',
    buyerName: 'kaho.lam', merchantName: 'Ivan｜客服', botName: 'Tickets', serverColor: '#0EA5E9', staffColor: '#1F8B4C', lineW: 760,
    channels: [['公告', ['規則', '價目表']], ['客服', ['開單']], ['TICKETS', ['ticket-0233']]],
    messages: [
      { from: 'time', text: '2028年6月12日' },
      { from: 'buyer', at: '今天 20:05', text: `訂單 ${O7}，原神 6480 兌換碼一兌就彈「此序號已被兌換」，我從來冇用過，截圖喺上面` },
      { from: 'merchant', at: '今天 21:40', text: '查咗，上游將呢個碼同時賣咗俾另一間店，呢單係我哋搞錯，唔好意思' },
      { from: 'buyer', at: '今天 21:52', text: '咁我喺 Sellix 揀退貨，將個兌換碼交返俾你哋，你哋收返個碼先退錢俾我' },
    ],
    key_phrases: [O7, '呢單係我哋搞錯', '揀退貨'],
  },
  {
    name: 'b39-sellix-hk', case: 'b39-hk-ticket-serial-return', file: 'Screenshot_20280612-221802.png', split: B,
    style: 'sellix-invoice', light: true, device: 'android-1080x2400', clock: '22:18', battery: 40, shop: '晴天點卡 SunnyCards', domain: 'sunnycards.mysellix.io', brandColor: '#0EA5E9',
    invoice: {
      id: O7, status: 'Completed', tone: 'ok', product: '原神 創世結晶 6480 兌換碼（港澳台服）', qty: 1, price: 'HK$788.00',
      rows: [['E-mail', 'ka****@gmail.com'], ['Gateway', 'Stripe (card)'], ['Created', 'Jun 12, 2028, 7:38 PM'], ['Total', 'HK$788.00 HKD']],
      serials: ['GS7Q****K2MW'],
    },
    key_phrases: [O7, 'HK$788.00'],
  },

  // ── 8 b39-zh-gamivo-apple-partial: not_received (amount 21.00 of 63.00), ready/weak ───────────
  {
    name: 'b39-gamivo-apple-3', case: 'b39-zh-gamivo-apple-partial', file: 'IMG_2051.PNG', split: B,
    style: 'gamivo-order', device: 'iphone-1170x2532', clock: '10:26', battery: 83,
    order: {
      id: O8, date: 'June 14, 2028, 20:00', status: 'Partially delivered', tone: 'wait',
      product: 'Apple Gift Card 20 USD – App Store & iTunes – UNITED STATES × 3', chips: ['Apple', 'UNITED STATES', 'Qty 3'], seller: 'CardMint', price: '$63.00',
      keyLabel: 'Your keys (2 of 3)',
      keys: [{ key: 'X9KQ****7HTM', note: 'Revealed on June 14, 2028, 20:01' }, { key: 'XR2V****M4PD', note: 'Revealed on June 14, 2028, 20:01' }, { key: 'Awaiting key from seller', note: 'The seller is preparing this key.' }],
      rows: [['Order number', O8], ['Payment method', 'Alipay'], ['Total', '$63.00']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O8, '$63.00', 'Awaiting key from seller'],
  },
  {
    name: 'b39-zendesk-apple-zh', case: 'b39-zh-gamivo-apple-partial', file: 'IMG_2054.PNG', split: B,
    style: 'zendesk-messaging', lang: 'zh', device: 'iphone-1170x2532', clock: '11:31', battery: 80, title: 'GAMIVO Support', tagline: 'We usually reply within a few hours', brandColor: '#1B2150', logo: ['G', '#FFB800', '#1B2150'], merchantName: 'Marta',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `你好，订单 ${O8} 买了 3 张 20 美元 Apple 礼品卡，只收到 2 张，第三张一直显示 Awaiting key from seller，已经过了一晚上。`, at: '10:28', status: 'Read' },
      { from: 'merchant', text: `Hello, sorry for the trouble. The seller of ${O8} has no more stock and cannot deliver the third card. The two delivered cards are fine.`, at: '11:20' },
      { from: 'merchant', text: 'Please request a refund of $21.00 for the undelivered card on the order page; we will approve it.', at: '11:21' },
      { from: 'buyer', text: '好的，我只申请没发的那张，21 美元。', at: '11:30' },
    ],
    key_phrases: [O8, '$21.00 for the undelivered card', 'we will approve it'],
  },

  // ── 9 b39-ie-driffle-noreply: not_received, ready/weak + chat-no-reply ───────────────────────
  {
    name: 'b39-driffle-processing', case: 'b39-ie-driffle-noreply', file: 'Screenshot 2028-06-17 154812.png', split: B,
    style: 'driffle-order', device: 'desktop-1920x1080',
    order: {
      id: O9, date: '16 Jun 2028, 09:12', status: 'Processing', tone: 'wait',
      product: 'Minecraft: Java & Bedrock Edition (PC) – Microsoft Store Key – GLOBAL', chips: ['Microsoft Store', 'GLOBAL'], price: '€19.79',
      keyLabel: 'Your key', key: 'Waiting for the seller to send it', keyNote: 'The seller has not sent this key yet.',
      rows: [['Order number', O9], ['Payment', 'Apple Pay'], ['Total', '€19.79']],
    },
    key_phrases: [O9, '€19.79', 'Waiting for the seller to send it'],
  },
  {
    name: 'b39-chatwoot-driffle-dark', case: 'b39-ie-driffle-noreply', file: 'Screenshot_20280617-155530.png', split: B,
    style: 'chatwoot-widget', dark: true, device: 'android-1080x2400', clock: '15:55', battery: 36, title: 'Driffle Help', replyTime: 'Typically replies in a few hours', merchantName: 'Driffle', brandColor: '#8B5CF6', online: false,
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', text: `Hi, order ${O9} (Minecraft Java & Bedrock key, €19.79) was paid at 09:12 and it still says Processing. Could you check with the seller?`, at: '10:30' },
      { from: 'buyer', text: `Still nothing on ${O9} this evening. Please send the key or cancel the order.`, at: '18:02' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: 'This is my third message in 30 hours and nobody has answered. I will ask for a refund on the order.', at: '15:40' },
    ],
    corpus: [SRC.replyHours],
    key_phrases: [O9, 'nobody has answered'],
  },

  // ── 10 b39-au-z2u-late-threat: late_delivery, ready/weak + threatening-language ──────────────
  {
    name: 'b39-z2u-late-1', case: 'b39-au-z2u-late-threat', file: 'Screenshot_20280618-211530.png', split: B,
    style: 'z2u-chat', device: 'android-1080x2400', clock: '21:15', battery: 52, buyerName: 'tomw_perth', merchantName: 'StarTopup',
    order: { seller: 'StarTopup', product: 'Genshin Impact 6480+1600 Genesis Crystals – UID Top-up (Asia)', id: O10, amount: 'USD 79.99', status: 'Delivering', tone: 'wait' },
    messages: [
      { from: 'merchant', at: '06-18 18:01', text: 'Thanks for your order! Top-up is finished in 30 minutes from payment. Please send your UID.' },
      { from: 'buyer', at: '06-18 18:03', text: 'UID 8xx xxx 412, Asia server.' },
      { from: 'buyer', at: '06-18 19:20', text: 'It has been over an hour and no crystals yet.' },
      { from: 'buyer', at: '06-18 21:10', text: `Order ${O10}: three hours now. Where is my top-up?` },
    ],
    key_phrases: [O10, 'in 30 minutes from payment', 'USD 79.99'],
  },
  {
    name: 'b39-z2u-late-2', case: 'b39-au-z2u-late-threat', file: 'Screenshot_20280619-000412.jpg', split: B,
    style: 'z2u-chat', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '00:04', battery: 31, buyerName: 'tomw_perth', merchantName: 'StarTopup',
    order: { seller: 'StarTopup', product: 'Genshin Impact 6480+1600 Genesis Crystals – UID Top-up (Asia)', id: O10, amount: 'USD 79.99', status: 'Delivering', tone: 'wait' },
    messages: [
      { from: 'buyer', at: '06-18 23:40', text: 'You are thieves. If my money isn\'t back tonight I\'m doing a chargeback with my bank and posting your shop on Reddit and Trustpilot so nobody buys from you again.' },
      { from: 'merchant', at: '06-18 23:58', text: 'Sorry, our top-up channel for Asia was closed today and we cannot deliver. Please cancel the order for a full refund, we accept.' },
      { from: 'buyer', at: '06-19 00:02', text: 'Cancelling now.' },
    ],
    key_phrases: [O10, 'You are thieves.', 'we accept'],
  },

  // ── 11 b39-br-gamivo-region-nad: not_as_described, ready ─────────────────────────────────────
  {
    name: 'b39-ubisoft-region', case: 'b39-br-gamivo-region-nad', file: 'Screenshot 2028-06-20 141812.png', split: B,
    style: 'ubisoft-redeem', device: 'desktop-1920x1080', dark: true, user: 'rafa.lima',
    key: 'AC5H-****-****-****-Q7XN', error: 'This code is not valid for your region.',
    sub: 'Enter the key you received to add the game to your library.',
    corpus: [SRC.region],
    key_phrases: ['This code is not valid for your region.'],
  },
  {
    name: 'b39-gamivo-region', case: 'b39-br-gamivo-region-nad', file: 'Screenshot 2028-06-20 142233.png', split: B,
    style: 'gamivo-order', dark: true, device: 'desktop-1920x1080', account: 'rafa.lima',
    order: {
      id: O11, date: 'June 20, 2028, 14:05', status: 'Completed', tone: 'ok',
      product: 'Assassin\'s Creed Shadows (PC) – Ubisoft Connect Key – GLOBAL', chips: ['Ubisoft Connect', 'GLOBAL'], seller: 'EuroKeys Hub', price: '$41.90',
      keys: [{ key: 'AC5H-****-****-****-Q7XN', note: 'Revealed on June 20, 2028, 14:06' }],
      rows: [['Order number', O11], ['Payment method', 'Pix'], ['Total', '$41.90']],
      buttons: ['Report a problem', 'Download invoice'],
    },
    key_phrases: [O11, '$41.90', 'Ubisoft Connect Key – GLOBAL'],
  },
  {
    name: 'b39-zendesk-region', case: 'b39-br-gamivo-region-nad', file: 'IMG_6405.PNG', split: B,
    style: 'zendesk-messaging', device: 'iphone-1170x2532', clock: '08:16', battery: 92, title: 'GAMIVO Support', tagline: 'We usually reply within a few hours', brandColor: '#1B2150', logo: ['G', '#FFB800', '#1B2150'], merchantName: 'Marta',
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', text: `Order ${O11}: the listing says GLOBAL, but Ubisoft Connect says "This code is not valid for your region." I am in Brazil.`, at: '14:31', status: 'Delivered' },
      { from: 'time', text: 'Today' },
      { from: 'merchant', text: 'Good morning Rafael. The seller confirmed this batch is Europe-only keys that were put up under GLOBAL in error. The product you got is not the one described.', at: '08:10' },
      { from: 'merchant', text: 'Please report it on the order as "not as described" and we will approve the refund.', at: '08:11' },
    ],
    key_phrases: [O11, 'put up under GLOBAL in error', 'we will approve the refund'],
  },

  // ── 12 b39-us-gog-ratelimit-mismatch: card_invalid, not-ready (error-capture-mismatch) ───────
  {
    name: 'b39-gog-too-many', case: 'b39-us-gog-ratelimit-mismatch', file: 'Screenshot 2028-06-22 200402.png', split: B,
    style: 'gog-redeem', device: 'desktop-1366x768', user: 'tyler_k',
    code: 'BG3LX-*****-*****-7RQ2P', error: 'Too many redeem attempts. Please try again later.',
    corpus: [SRC.tooMany],
    key_phrases: ['Too many redeem attempts. Please try again later.'],
  },
  {
    name: 'b39-chatwoot-too-many', case: 'b39-us-gog-ratelimit-mismatch', file: 'IMG_0882.PNG', split: B,
    style: 'chatwoot-widget', device: 'iphone-1170x2532', degrade: ['crop:140'], clock: '20:42', battery: 55, title: 'KeyLantern', replyTime: 'Typically replies in a few hours', merchantName: 'Noah', brandColor: '#D97706',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: `Order ${O12}: the Baldur's Gate 3 GOG key doesn't work, see the screenshot. I want a refund.`, at: '8:06 PM' },
      { from: 'merchant', text: `Hi Tyler. We checked the key for ${O12}: it has not been redeemed and is still unused. GOG shows "Too many redeem attempts" after several wrong tries in a row.`, at: '8:31 PM' },
      { from: 'merchant', text: 'Please wait an hour and paste the key instead of typing it. If it is refused then, send us the new message.', at: '8:31 PM' },
      { from: 'buyer', text: 'I don\'t want to wait, I\'ll just file it as an invalid code.', at: '8:40 PM' },
    ],
    key_phrases: [O12, 'it has not been redeemed and is still unused'],
  },

  // ── 13 b39-nl-transcript-before: card_invalid, weak/not-ready + timeline-inconsistent ────────
  {
    name: 'b39-xbox-expired-early', case: 'b39-nl-transcript-before', file: 'Screenshot_20280624-184012.png', split: B,
    style: 'xbox-redeem', device: 'android-1080x2400', clock: '18:40', battery: 62,
    code: 'QF7K2-*****-*****-*****-HV9XT', lines: ['This gift card has expired and can no longer be used.'],
    corpus: [SRC.expired],
    key_phrases: ['This gift card has expired and can no longer be used.'],
  },
  {
    name: 'b39-transcript-before', case: 'b39-nl-transcript-before', file: 'Screenshot_20280624-203112.png', split: B,
    style: 'discord-transcript', device: 'android-1080x2400', clock: '20:31', battery: 49, server: 'BoxPilot Codes', channel: 'ticket-1142', topic: 'Ticket by joep.v', serverColor: '#16A34A',
    buyerName: 'joep.v', merchantName: 'Sem | Staff', botName: 'Ticket Tool',
    messages: [
      { from: 'time', text: 'June 24, 2028' },
      { from: 'bot', at: '24/06/2028 18:41', embed: { title: 'Support', text: 'Support will be with you shortly.', color: '#16A34A' } },
      { from: 'buyer', at: '24/06/2028 18:41', text: 'the Xbox gift card code you sent me doesn\'t work, it shows expired', file: 'Screenshot_20280624-184012.png' },
      { from: 'merchant', at: '24/06/2028 20:12', text: 'Which invoice is this? I will check it with the supplier.' },
      { from: 'buyer', at: '24/06/2028 20:20', text: 'the 25 dollar one, I\'m requesting a refund' },
    ],
    corpus: [SRC.exported],
    key_phrases: ['it shows expired', '24/06/2028 18:41'],
  },
  {
    name: 'b39-sellix-xbox', case: 'b39-nl-transcript-before', file: 'Screenshot 2028-06-24 203540.png', split: B,
    style: 'sellix-invoice', device: 'desktop-1366x768', shop: 'BoxPilot Codes', domain: 'boxpilot.mysellix.io', brandColor: '#16A34A',
    invoice: {
      id: O13, status: 'Completed', tone: 'ok', product: 'Xbox Gift Card 25 USD (US) – digital code', qty: 1, price: '€23.90',
      rows: [['E-mail', 'jo****@outlook.com'], ['Gateway', 'iDEAL'], ['Created', 'Jun 24, 2028, 19:05'], ['Total', '€23.90 EUR']],
      serials: ['QF7K2-*****-*****-*****-HV9XT'],
    },
    key_phrases: [O13, '€23.90', 'Jun 24, 2028, 19:05'],
  },

  // ── 14 b39-tw-zendesk-licence-act: activation_failed, ready ──────────────────────────────────
  {
    name: 'b39-msgbox-another-pc', case: 'b39-tw-zendesk-licence-act', file: '螢幕擷取畫面 2028-06-26 141022.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '14:10', date: '2028/6/26', winX: 300, winY: 110,
    app: { title: 'Renderly Studio 3', color: '#0F766E', heading: 'Activate Renderly', button: 'Activate', fields: [['License key', 'RS3P-****-****-****-8KVT'], ['Computer', 'YUTING-PC']], version: 'Renderly 3.1 · Trial' },
    box: { title: 'Renderly Studio', icon: 'error', text: 'This license is already in use on another computer.', buttons: ['OK'] },
    corpus: [SRC.anotherPc],
    key_phrases: ['This license is already in use on another computer.'],
  },
  {
    name: 'b39-shopify-tw-licence', case: 'b39-tw-zendesk-licence-act', file: 'IMG_4530.PNG', split: B,
    style: 'shopify-order-status', device: 'iphone-1170x2532', lang: 'zh-Hant', clock: '14:02', battery: 77, shop: '序號小舖 KeyNook', brandColor: '#0F766E', expanded: true,
    order: {
      number: O14, name: '郁婷', headline: '您的序號已寄出',
      lines: ['授權序號已於 2028年6月26日 下午1:10 寄到 yu****@gmail.com。'],
      updates: { title: '訂單動態', state: '已出貨', stateTone: 'ok', lines: ['數位出貨 · 6月26日 下午1:10'] },
      email: 'yu****@gmail.com', payment: '街口支付 — NT$1,290',
      items: [['Renderly Studio 3 永久授權（1 台電腦）', '1', 'NT$1,290', '數位序號']], subtotal: 'NT$1,290', total: 'NT$1,290', currency: 'TWD',
    },
    key_phrases: [O14, 'NT$1,290', 'Renderly Studio 3'],
  },
  {
    name: 'b39-zendesk-tw-licence', case: 'b39-tw-zendesk-licence-act', file: '螢幕擷取畫面 2028-06-26 183512.png', split: B,
    style: 'zendesk-messaging', lang: 'zh-Hant', device: 'desktop-1366x768', title: '序號小舖 KeyNook', tagline: '通常在幾小時內回覆', site: '序號小舖 KeyNook', menu: ['軟體授權', '遊戲序號', '常見問題'], brandColor: '#0F766E', logo: ['K', '#FFFFFF', '#0F766E'], merchantName: '小芸', siteTone: '#DDEFEA',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', text: `您好，訂單 ${O14} 的 Renderly Studio 3 授權碼無法啟用，顯示「This license is already in use on another computer.」，我只有這一台電腦，截圖如附。`, at: '14:15', status: '已讀' },
      { from: 'merchant', text: `郁婷您好，已查證：${O14} 這組授權碼先前誤發給另一位客人，並已在他的電腦上啟用，這是本店出貨時的失誤。`, at: '18:20' },
      { from: 'merchant', text: '請直接在訂單頁申請退款，我們這邊核准全額退款 NT$1,290。', at: '18:21' },
    ],
    key_phrases: [O14, '本店出貨時的失誤', '核准全額退款'],
  },
];
