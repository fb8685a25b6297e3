// The seventeenth blind end-to-end set (fixtures/blind17/): 14 cases written by a helper (branch h18b),
// not by the lead engineer, from public wording the project had not used before (each quoted string
// was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and lightly
// adapted (names, amounts and order numbers made consistent with each case's order.json; adaptations
// said so). Every scene is `split: 'blind17'`; `corpus` cites the source of each line taken (a URL,
// or the find_string index id where the index names no repository); lines not cited are the author's
// own connecting lines. Emphasis: English-speaking buyers on international key and top-up
// marketplaces and console/PC stores, many time zones (two cases sit across a daylight-saving change
// near the deadline). Seven new app styles: `wa-desktop` (WhatsApp desktop, light and dark),
// `zendesk-request` (a marketplace help-centre request), `coda-topup-result` (a top-up site's
// transaction page, English and 繁體中文), `notification-shade` (the Android notification shade),
// `xbox-orders-web` (Microsoft account order history), `steam-help-ticket` (Steam Support help
// request, English and 简体中文) and `psn-txn-history` (PlayStation transaction history).
// Render with `node scripts/real/render.mjs --set blind17`, then
// `node scripts/real/copy-cases.mjs --set blind17`. The set is judged once, at the end: do not tune on it.
const B = 'blind17';

const O1 = 'KG27110610113841'; // KG + 14 digits
const O2 = '30127741920558'; // 14 digits
const O3 = 'IN2711031945228064'; // IN + 16 digits
const O4 = 'PH-1105-1357-62018'; // prefix with hyphens
const O5 = '17305908214476'; // 14 digits
const MS5 = '5281 0047 3392'; // Microsoft's own order number, beside it
const O6 = '7712041983356620'; // 16 digits
const O7 = 'K7F3QW91ZX5M2R8D'; // 16 upper-case letters and digits
const O8 = '481120279034417'; // 15 digits
const O9 = 'NZ-5520-9917-3306'; // prefix with hyphens
const O10 = 'HKPS20271104203102'; // HKPS + 14 digits
const O11 = '271107203544918026'; // 18 digits
const O12 = '20271108130544881712'; // 20 digits
const O13 = 'YZ20271106101502337'; // YZ + 17 digits
const O14 = 'MY2711092110448823'; // MY + 16 digits

const SRC = {
  ws: 'a PS4 help post: "If the code you are trying to redeem has already been used, you will be prompted with error ws-45479-9" (https://consolelibrary.blogspot.com/2022/09/how-to-fix-error-ws-45479-9-on-ps4.html), the code shown upper-case',
  voucher: 'a key shop\'s PlayStation FAQ: the heading "PlayStation Store voucher is already redeemed" and "top-ups will show as \'Wallet Funding\'" (https://support.electronicfirst.com/support/solutions/articles/80000598785-fix-common-issues-for-playstation), the heading adapted into the console line "This voucher code has already been redeemed."',
  maxAct: 'a licence client\'s message "This license has reached its maximum number of activations" (public GitHub Python file, find_string id 8870569463)',
  upi: 'an SMS parser test "Rs.500.00 debited from A/c XX1234 on 20-Oct-25 to merchant@upi (UPI Ref No 123456789012)" (public GitHub Kotlin file, find_string id 58555507507), adapted (amount, account, date, VPA, reference)',
  topupOk: 'a top-up result page title "Top-Up Successful" (public GitHub JavaScript file, find_string id 54617396576)',
  wrongId: 'a top-up shop\'s refund policy: "Refund requests will not be accepted under the following conditions:" and "Incorrect information provided during checkout (e.g. wrong game ID, email, username, or server)." (https://ffdiamondtopup.com/?p=26), joined into one line',
  core: 'the plan name "Xbox Game Pass Core" (public GitHub JavaScript file, find_string id 34488970196), with "– 12 Month Membership" added',
  revoked: 'a key shop\'s article quoting Steam: "A Steam product code you activated has been removed from your account. The games associated with this product code can no longer be played as a result." and "The CD Key you used to activate this game has been revoked by the publisher." (https://ghostkeys.eu/blog/how-to-fix-the-cd-key-you-used-to-activate-this-game-has-been-revoked-by-the-publisher-steam-error)',
  lost: 'a payment module\'s message "Card reported lost or stolen." (public GitHub PHP file, find_string id 261098790), adapted to a code: "This code was reported lost or stolen."',
  preorder: 'a shop page line "Pre-orders will ship after May 20th, 2021" (public GitHub PHP file, find_string id 47619767068), adapted (date)',
  steamZh: 'a keyword list holding Steam\'s "已由另一个 steam 帐户激活" (public GitHub Python file, find_string id 58428845569), written out as the client\'s sentence',
  kami: 'a card shop\'s delivery note "请妥善保管您的卡密，切勿泄露给他人。" (public GitHub TSX file, find_string id 55387975809)',
};

export default [
  // ── 1 b17-en-ps-dst-passed: card_invalid, reverse; 24 h closed across the New York fall-back ─────
  {
    name: 'b17-kinguin-ps-dst', case: 'b17-en-ps-dst-passed', file: 'Screenshot_20271107-085512.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '08:55', battery: 64,
    order: {
      id: O1, date: 'Placed on 11/06/2027, 10:11 AM', status: 'Completed', tone: 'ok',
      product: 'PlayStation Store Gift Card 50 USD (US)', meta: 'PlayStation · United States · Qty 1 · Seller: HudsonCards', price: '$46.90',
      keyLabel: 'Your key (revealed 11/06/2027, 10:12 AM)', key: 'R4QM-****-7KTD',
      rows: [['Subtotal', '$46.90'], ['Payment', 'Visa •••• 2209'], ['Total paid', '$46.90']],
    },
    key_phrases: [O1, '$46.90', 'Completed'],
  },
  {
    name: 'b17-ps-ws-tv', case: 'b17-en-ps-dst-passed', file: 'PXL_20271107_135812447.jpg', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.2, focus: [0.5, 0.55],
    code: 'R4QM-****-7KTD', heading: 'Something went wrong',
    lines: ['This voucher code has already been redeemed.', '(WS-45479-9)'],
    corpus: [SRC.voucher, SRC.ws],
    key_phrases: ['This voucher code has already been redeemed.'],
  },
  {
    name: 'b17-wadesk-ps-dst', case: 'b17-en-ps-dst-passed', file: 'Screenshot 2027-11-07 092530.png', split: B,
    style: 'wa-desktop', device: 'desktop-1366x768', sideW: 360, title: 'HudsonCards', subtitle: 'last seen today at 9:22 AM',
    preview: 'Ok, thanks. Filing it now.', previewAt: '9:23 AM',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '9:05 AM', text: `Hi, the PSN $50 card from Kinguin order ${O1} won't redeem on my PS5: "This voucher code has already been redeemed." (WS-45479-9). I typed it in for the first time this morning.` },
      { from: 'buyer', at: '9:05 AM', type: 'image', hue: 225, w: 300, h: 169 },
      { from: 'merchant', at: '9:21 AM', text: 'Checked with my supplier: that code was redeemed before it was sent to you, so it\'s on us. Open a refund on the Kinguin order and I\'ll confirm it on my side.' },
      { from: 'buyer', at: '9:23 AM', text: 'Ok, thanks. Filing it now.' },
    ],
    corpus: [SRC.voucher, SRC.ws],
    key_phrases: [O1, 'WS-45479-9', 'I\'ll confirm it on my side'],
  },

  // ── 2 b17-en-vpn-dst-near: activation_failed, ready/weak + deadline-near across the Sydney spring-forward ─
  {
    name: 'b17-vpn-maxact', case: 'b17-en-vpn-dst-near', file: 'Screenshot_20271002-213812.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '21:38', battery: 41, appTitle: 'SurfGuard VPN',
    fields: [['License key', 'SGVP-****-****-****-H7QE'], ['Device', 'Pixel 8']], submit: 'Activate',
    dialog: { title: 'Activation failed', body: ['This license has reached its maximum number of activations.'], buttons: ['Help', 'OK'] },
    corpus: [SRC.maxAct],
    key_phrases: ['This license has reached its maximum number of activations.'],
  },
  {
    name: 'b17-g2a-vpn', case: 'b17-en-vpn-dst-near', file: 'Screenshot_20271002-214402.png', split: B,
    style: 'g2a-order', device: 'android-1080x2400', clock: '21:44', battery: 40,
    order: {
      number: `Order #${O2}`, date: '2 Oct 2027, 21:04', status: 'Completed', tone: 'ok',
      product: 'SurfGuard VPN Premium 1 Year / 5 Devices Key (GLOBAL)', meta: 'SurfGuard · Key · Global', price: 'A$38.95',
      rows: [['Seller', 'Kestrel Software'], ['Payment', 'PayPal'], ['Delivered', '2 Oct 2027, 21:05']],
      key: ['Your key', 'SGVP-****-****-****-H7QE'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O2, 'A$38.95', 'Completed'],
  },
  {
    name: 'b17-zd-vpn', case: 'b17-en-vpn-dst-near', file: 'Screenshot 2027-10-03 211204.png', split: B,
    style: 'zendesk-request', device: 'desktop-1366x768', brand: 'G2A', brandColor: '#E0641B',
    request: {
      number: '8841732', subject: `Key does not activate – order #${O2}`, status: 'Awaiting your reply', tone: 'pending', requester: 'Liam H.',
      fields: [['Order number', O2], ['Created', '2 Oct 2027, 21:41'], ['Last activity', '3 Oct 2027, 20:56']],
      comments: [
        { from: 'buyer', at: 'October 2, 2027 21:41', text: `The SurfGuard VPN key from order #${O2} fails on the first try: "This license has reached its maximum number of activations." I have never used it on any device.`, file: 'Screenshot_20271002-213812.png' },
        { from: 'merchant', name: 'Maja (G2A Support)', badge: 'Support', at: 'October 3, 2027 20:56', text: 'The seller Kestrel Software checked the key and confirmed it had been activated on other devices before it was sold to you. Please request a refund from the order page; the seller has agreed to accept it.' },
      ],
    },
    corpus: [SRC.maxAct],
    key_phrases: [O2, 'maximum number of activations', 'the seller has agreed to accept it'],
  },

  // ── 3 b17-en-coda-nr-upi: not_received, ready; Kolkata, INR ─────────────────────────────────────
  {
    name: 'b17-shade-upi', case: 'b17-en-coda-nr-upi', file: 'Screenshot_20271103-194731.png', split: B,
    style: 'notification-shade', device: 'android-1080x2400', clock: '19:47', date: 'Wed, 3 Nov', battery: 58, carrier: 'Jio',
    notifications: [
      { app: 'Messages', at: 'now', color: '#1A73E8', icon: 'M', title: 'VM-HDFCBK', lines: ['Rs.2,399.00 debited from A/c XX4417 on 03-Nov-27 to VPA codashop.in@icici (UPI Ref No 730719451182)'] },
      { app: 'Codashop', at: '1m', color: '#4A1E8F', icon: 'C', title: 'Payment received', lines: [`Order ${O3}: your top-up is being processed.`] },
    ],
    corpus: [SRC.upi],
    key_phrases: ['Rs.2,399.00 debited from A/c XX4417'],
  },
  {
    name: 'b17-coda-processing', case: 'b17-en-coda-nr-upi', file: 'Screenshot_20271104-095810.png', split: B,
    style: 'coda-topup-result', device: 'android-1080x2400', clock: '09:58', battery: 77, brand: 'codashop',
    result: {
      headline: 'Processing your top-up', tone: 'wait', sub: 'Payment received. UC will be credited to your game account shortly.',
      rows: [['Transaction ID', O3], ['Item', '1800 UC'], ['Game', 'Battlegrounds Mobile India'], ['Player ID', '5127339081'], ['Payment', 'UPI'], ['Total', '₹2,399.00'], ['Date', '03/11/2027 19:45']],
      buttons: ['Buy again', 'Contact us'],
    },
    key_phrases: [O3, '₹2,399.00', 'Processing your top-up'],
  },
  {
    name: 'b17-zd-coda-fwd', case: 'b17-en-coda-nr-upi', file: 'IMG-20271104-WA0007.jpg', split: B,
    style: 'zendesk-request', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '10:31', battery: 75, brand: 'Codashop', brandColor: '#4A1E8F',
    request: {
      number: '5520913', subject: 'UC not received after UPI payment', status: 'Awaiting your reply', tone: 'pending', requester: 'Arjun S.',
      fields: [['Transaction ID', O3], ['Game', 'Battlegrounds Mobile India']],
      comments: [
        { from: 'buyer', at: 'Nov 3, 2027, 20:32', text: `Paid ₹2,399 by UPI at 19:45 for 1800 UC, transaction ${O3}. The money is debited but there is no UC in my BGMI account after 45 minutes.` },
        { from: 'buyer', at: 'Nov 4, 2027, 08:10', text: 'Still no UC this morning. Please credit it or refund me.' },
        { from: 'merchant', name: 'Codashop Support', badge: 'Agent', at: 'Nov 4, 2027, 10:26', text: 'Sorry for the delay. The top-up to your Player ID could not be completed on the publisher\'s side and we cannot deliver this order. Please submit a refund request for the full amount; it will be approved without further checks.' },
      ],
    },
    key_phrases: [O3, 'no UC in my BGMI account', 'it will be approved without further checks'],
  },

  // ── 4 b17-en-coda-wrongid-final: wrong_purchase, reverse; delivered to a mistyped ID, terms exclude it ─
  {
    name: 'b17-coda-wrongid', case: 'b17-en-coda-wrongid-final', file: 'Screenshot_20271105-140355.png', split: B,
    style: 'coda-topup-result', device: 'android-1080x2400', clock: '14:03', battery: 66, brand: 'Isla Reload',
    result: {
      headline: 'Top-Up Successful', tone: 'ok', sub: 'Diamonds were sent to the account below.',
      rows: [['Order No.', O4], ['Item', '1412 Diamonds'], ['User ID (Zone ID)', '58231147 (2981)'], ['Nickname', 'kuyaBENTO'], ['Payment', 'GCash'], ['Total', '₱1,350.00'], ['Date', '05 Nov 2027, 1:58 PM']],
      notes: ['Refund requests will not be accepted under the following conditions: Incorrect information provided during checkout (e.g. wrong game ID, email, username, or server).'],
      buttons: ['Buy again'],
    },
    corpus: [SRC.topupOk, SRC.wrongId],
    key_phrases: [O4, '₱1,350.00', 'Top-Up Successful', 'Incorrect information provided during checkout'],
  },
  {
    name: 'b17-wa-wrongid', case: 'b17-en-coda-wrongid-final', file: 'Screenshot_20271105-142012.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '14:20', battery: 63, title: 'Isla Reload', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '14:09', text: `Hi, order ${O4}: I typed my ID wrong. It should be 58231174 (2981), not 58231147. Please cancel it and refund me.` },
      { from: 'merchant', at: '14:16', text: 'Sorry po, that order was already delivered at 1:58 PM to 58231147 (2981). A top-up can\'t be reversed once sent, and a wrong ID entered at checkout is not refundable under our policy.' },
      { from: 'buyer', at: '14:18', text: 'It was a mistake, I\'ll file it as a wrong purchase then.' },
    ],
    corpus: [SRC.wrongId],
    key_phrases: [O4, 'I typed my ID wrong', 'not refundable under our policy'],
  },

  // ── 5 b17-en-xbox-core-nad: not_as_described, ready; Stockholm, SEK; both dark ─────────────────
  {
    name: 'b17-g2g-ultimate', case: 'b17-en-xbox-core-nad', file: 'Screenshot_20271102-201215.png', split: B,
    style: 'g2g-order', device: 'android-1080x2400', clock: '20:12', battery: 52, shop: 'G2G',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'The seller delivered this order on Nov 2, 2027 19:21.',
      rows: [['Order ID', O5], ['Offer', 'Xbox Game Pass Ultimate 12 Months (EU) – Key'], ['Seller', 'NordicPlay Keys'], ['Quantity', '1'], ['Total', 'SEK 1,199.00'], ['Order date', 'Nov 2, 2027 19:20']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O5, 'SEK 1,199.00', 'Xbox Game Pass Ultimate 12 Months (EU) – Key'],
  },
  {
    name: 'b17-msorders-core-dark', case: 'b17-en-xbox-core-nad', file: 'Screenshot 2027-11-02 200318.png', split: B,
    style: 'xbox-orders-web', device: 'desktop-1920x1080', dark: true,
    orders: [
      { date: '02/11/2027', number: `Order number ${MS5}`, items: [{ name: 'Xbox Game Pass Core – 12 Month Membership', meta: 'Redeemed with a code · Xbox', price: 'Redeemed', status: true, color: '#107C10' }], links: ['Order details', 'Manage subscription'] },
      { date: '14/09/2027', number: 'Order number 5266 1930 0871', total: '499,00 kr', items: [{ name: 'Forza Motorsport – Car Pass', meta: 'Xbox Series X|S', price: '499,00 kr', color: '#B4009E' }] },
    ],
    corpus: [SRC.core],
    key_phrases: ['Xbox Game Pass Core – 12 Month Membership', 'Redeemed'],
  },
  {
    name: 'b17-wadesk-core-dark', case: 'b17-en-xbox-core-nad', file: 'Screenshot 2027-11-02 204512.png', split: B,
    style: 'wa-desktop', device: 'desktop-1920x1080', dark: true, title: 'NordicPlay Keys', subtitle: 'online',
    preview: 'OK, thanks.', previewAt: '20:43', others: [['Emma', 'Fika tomorrow?', '18:10'], ['Ludvig', 'Photo', 'Yesterday'], ['Padel Tuesdays', 'Court 3 booked', 'Monday']],
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '20:05', text: `Hi, G2G order ${O5}: the listing says Xbox Game Pass Ultimate 12 Months, but the code added "Xbox Game Pass Core – 12 Month Membership" to my account. Screenshot of my Microsoft order history attached.` },
      { from: 'buyer', at: '20:05', type: 'image', hue: 150, w: 320, h: 180 },
      { from: 'merchant', at: '20:41', text: 'You\'re right, sorry. Our supplier mixed Core codes into the Ultimate batch. Open a refund on G2G as "not as described" and I\'ll click accept.' },
      { from: 'buyer', at: '20:43', text: 'OK, thanks.' },
    ],
    corpus: [SRC.core],
    key_phrases: [O5, 'mixed Core codes into the Ultimate batch', 'I\'ll click accept'],
  },

  // ── 6 b17-en-steam-revoked-9d: activation_failed, reverse; the key worked, revoked 9 days later ──
  {
    name: 'b17-steam-ticket-revoked', case: 'b17-en-steam-revoked-9d', file: 'image0.jpg', split: B,
    style: 'steam-help-ticket', device: 'desktop-1366x768', degrade: ['fwd:1100:72'],
    ticket: {
      subject: 'Cyberpunk 2077 removed from my library', number: 'HT-4N7Q-2XK8-9PLD', status: 'Answered',
      messages: [
        { from: 'buyer', name: 'quillfeather (you)', at: 'Oct 20, 2027 @ 9:02am', text: 'I activated Cyberpunk 2077 with a product key on October 11 and played it. Today it is gone from my library and I got this message: "A Steam product code you activated has been removed from your account. The games associated with this product code can no longer be played as a result." Why?' },
        { from: 'merchant', name: 'Steam Support', at: 'Oct 20, 2027 @ 4:48pm', text: 'Hello,\n\nThe CD Key you used to activate this game has been revoked by the publisher. Steam Support cannot restore product keys that were revoked. Please contact the retailer or online seller where the key was purchased.' },
      ],
    },
    corpus: [SRC.revoked],
    key_phrases: ['revoked by the publisher', 'has been removed from your account'],
  },
  {
    name: 'b17-eneba-revoked', case: 'b17-en-steam-revoked-9d', file: 'Screenshot_20271020-173811.png', split: B,
    style: 'eneba-chat', device: 'android-1080x2400', clock: '17:38', battery: 44, title: 'Eneba Support', subtitle: 'Order help',
    order: { id: O6, product: 'Cyberpunk 2077 (PC) Steam Key GLOBAL', price: 'CA$32.40', status: 'Completed', tone: 'ok', date: '11 Oct 2027, 20:14' },
    messages: [
      { from: 'buyer', at: '17:20', text: 'The Cyberpunk key from this order was revoked by the publisher today and the game is gone from my Steam library. Steam Support screenshot attached. I want a refund.' },
      { from: 'buyer', type: 'image', hue: 205, w: 150, h: 84 },
      { from: 'merchant', name: 'Tomas · Eneba Support', at: '17:34', text: 'Thank you. This order was delivered on 11 October and the key was activated on your account that evening. We have forwarded your case to the seller MapleByte Games and will update you.' },
      { from: 'buyer', at: '17:36', text: 'Fine, I\'m filing it as activation failed.' },
    ],
    corpus: [SRC.revoked],
    key_phrases: [O6, 'revoked by the publisher today', 'forwarded your case to the seller'],
  },

  // ── 7 b17-en-usdt-private: not_received, ready/weak + private-channel; Dubai, AED ───────────────
  {
    name: 'b17-kinguin-apple-proc', case: 'b17-en-usdt-private', file: 'Screenshot_20271109-093014.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '09:30', battery: 88,
    order: {
      id: O7, date: 'Placed on 08/11/2027, 16:09', status: 'Processing', tone: 'wait',
      product: 'Apple Gift Card AED 200 (UAE)', meta: 'Apple · United Arab Emirates · Qty 1 · Seller: DuneCodes', price: 'AED 205.00',
      keyLabel: 'Your key', key: 'Key not available yet',
      rows: [['Subtotal', 'AED 205.00'], ['Payment', 'Apple Pay'], ['Total paid', 'AED 205.00']],
    },
    key_phrases: [O7, 'AED 205.00', 'Key not available yet'],
  },
  {
    name: 'b17-tg-usdt-dark', case: 'b17-en-usdt-private', file: 'photo_2027-11-09_09-41-20.jpg', split: B,
    style: 'telegram', dark: true, device: 'android-1080x2400', degrade: ['fwd:600:58'], clock: '09:41', battery: 86, title: 'DuneCodes', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'November 8' },
      { from: 'buyer', at: '17:31', text: `Hi, Kinguin order ${O7}, paid at 16:09 for the AED 200 Apple card. Still "Processing", no code.` },
      { from: 'merchant', at: '18:02', text: 'Checking with supplier, 1-2 hours.' },
      { from: 'buyer', at: '21:05', text: 'Five hours now and still nothing. Please send the code or cancel.' },
      { from: 'merchant', at: '21:40', text: 'Supplier is out of stock. Close the order on Kinguin and I send you AED 205 in USDT directly to your wallet, faster than their refund.' },
      { from: 'buyer', at: '21:44', text: 'No thanks, I\'ll request the refund on Kinguin.' },
    ],
    key_phrases: [O7, 'in USDT directly to your wallet', 'no code'],
  },

  // ── 8 b17-en-xbox-stolen-threat: card_invalid, ready/weak + threatening-language; Johannesburg, ZAR ─
  {
    name: 'b17-xbox-lost-stolen', case: 'b17-en-xbox-stolen-threat', file: 'Screenshot 2027-11-05 185512.png', split: B,
    style: 'xbox-redeem', device: 'desktop-1366x768', appTitle: 'Xbox',
    code: 'W2K8R-*****-*****-*****-P4HXT',
    lines: ['This code was reported lost or stolen.'],
    buttons: ['Try again', 'Cancel'],
    corpus: [SRC.lost],
    key_phrases: ['This code was reported lost or stolen.'],
  },
  {
    name: 'b17-g2a-xbox-za', case: 'b17-en-xbox-stolen-threat', file: 'IMG_5120.PNG', split: B,
    style: 'g2a-order', device: 'iphone-1170x2532', clock: '18:58', battery: 69,
    order: {
      number: `Order #${O8}`, date: '5 Nov 2027, 18:40', status: 'Completed', tone: 'ok',
      product: 'Xbox Gift Card ZAR 500 (South Africa)', meta: 'Xbox · Code · South Africa', price: 'R489.00',
      rows: [['Seller', 'CapeKey Traders'], ['Payment', 'Ozow'], ['Delivered', '5 Nov 2027, 18:40']],
      key: ['Your code', 'W2K8R-*****-*****-*****-P4HXT'], buttons: ['Report a problem', 'Contact seller'],
    },
    key_phrases: [O8, 'R489.00', 'Completed'],
  },
  {
    name: 'b17-zd-xbox-threat', case: 'b17-en-xbox-stolen-threat', file: 'Screenshot 2027-11-05 211210.png', split: B,
    style: 'zendesk-request', device: 'desktop-1920x1080', brand: 'G2A', brandColor: '#E0641B',
    request: {
      number: '9027716', subject: `Xbox code reported lost or stolen – order #${O8}`, status: 'Open', tone: 'open', requester: 'Thabo M.',
      fields: [['Order number', O8], ['Seller', 'CapeKey Traders'], ['Created', '5 Nov 2027, 19:02']],
      comments: [
        { from: 'buyer', at: 'November 5, 2027 19:02', text: `The Xbox gift card from order #${O8} doesn't redeem. Xbox says: "This code was reported lost or stolen." First time I entered it, 15 minutes after buying.`, file: 'Screenshot 2027-11-05 185512.png' },
        { from: 'merchant', name: 'Kasia (G2A Support)', badge: 'Support', at: 'November 5, 2027 19:48', text: 'Thank you for the screenshot. We have asked the seller to check the code and will come back to you.' },
        { from: 'buyer', at: 'November 5, 2027 20:20', text: 'This is a scam. Refund me today or I\'m doing a chargeback with my bank and posting CapeKey Traders\' name everywhere as thieves.' },
        { from: 'merchant', name: 'Kasia (G2A Support)', badge: 'Support', at: 'November 5, 2027 21:06', text: 'The seller confirmed the code belonged to a batch their supplier reported stolen. Please submit the refund request on the order page; the seller will accept it. No chargeback is needed.' },
      ],
    },
    corpus: [SRC.lost],
    key_phrases: [O8, 'doing a chargeback with my bank', 'the seller will accept it'],
  },

  // ── 9 b17-en-preorder-early: late_delivery, reverse; a pre-order filed before its release date ──
  {
    name: 'b17-kinguin-preorder', case: 'b17-en-preorder-early', file: 'Screenshot_20271106-113210.png', split: B,
    style: 'kinguin-order', device: 'android-1080x2400', clock: '11:32', battery: 71,
    order: {
      id: O9, date: 'Placed on 02/11/2027, 19:30', status: 'Pre-order', tone: 'wait',
      product: 'Skyward Rally 2 (PC) Steam Key – Pre-order', meta: 'Steam · Global · Qty 1 · Seller: Southern Cross Keys', price: 'NZ$89.95',
      keyLabel: 'Your key', key: 'Available on release day',
      rows: [['Subtotal', 'NZ$89.95'], ['Payment', 'Visa •••• 5530'], ['Total paid', 'NZ$89.95']],
      note: ['Pre-orders will ship after November 14th, 2027.'],
    },
    corpus: [SRC.preorder],
    key_phrases: [O9, 'NZ$89.95', 'Pre-orders will ship after November 14th, 2027.'],
  },
  {
    name: 'b17-discord-preorder', case: 'b17-en-preorder-early', file: 'Screenshot 2027-11-06 112455.png', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', light: true, buyerName: 'tama_r', merchantName: 'Southern Cross Keys', lineW: 640,
    messages: [
      { from: 'time', text: 'November 5, 2027' },
      { from: 'buyer', at: 'Yesterday at 21:12', text: `hey, order ${O9} for Skyward Rally 2, paid on the 2nd and still no key. three days is way too long` },
      { from: 'merchant', at: 'Yesterday at 22:40', text: 'Hi! It\'s a pre-order, the key is sent on release day, 14 November, as the listing says. Nothing is late yet.' },
      { from: 'time', text: 'November 6, 2027' },
      { from: 'buyer', at: 'Today at 11:20', text: 'not waiting that long. filing it as late delivery' },
    ],
    key_phrases: [O9, 'It\'s a pre-order', 'filing it as late delivery'],
  },

  // ── 10 b17-hk-ps-used-history: card_invalid, ready; Hong Kong, Cantonese, English console ──────
  {
    name: 'b17-ps-ws-hk', case: 'b17-hk-ps-used-history', file: 'ps5_redeem_error.png', split: B,
    style: 'ps-redeem', device: 'desktop-1920x1080',
    code: 'HK7T-****-Q2MB', heading: 'Something went wrong',
    lines: ['This voucher code has already been redeemed.', '(WS-45479-9)'],
    corpus: [SRC.voucher, SRC.ws],
    key_phrases: ['This voucher code has already been redeemed.', 'WS-45479-9'],
  },
  {
    name: 'b17-psn-history-hk', case: 'b17-hk-ps-used-history', file: 'Screenshot 2027-11-04 213522.png', split: B,
    style: 'psn-txn-history', device: 'desktop-1366x768', mark: { text: '02/10/2027' },
    range: 'Showing transactions from 01/08/2027 to 04/11/2027',
    rows: [['02/10/2027', 'Wallet Funding', '+HK$200.00', '2771-0192-4486'], ['14/09/2027', 'EA SPORTS FC 26 Standard Edition', '-HK$468.00', '2771-0088-1305'], ['01/08/2027', 'Wallet Funding', '+HK$300.00', '2770-9934-5512']],
    foot: 'Codes added to your wallet show as "Wallet Funding".',
    corpus: [SRC.voucher],
    key_phrases: ['Wallet Funding', '02/10/2027'],
  },
  {
    name: 'b17-wadesk-hk', case: 'b17-hk-ps-used-history', file: 'Screenshot 2027-11-04 221802.png', split: B,
    style: 'wa-desktop', device: 'desktop-1366x768', sideW: 360, title: '旺角遊戲卡舖', subtitle: 'last seen today at 22:16',
    preview: '好，唔該。', previewAt: '22:17', others: [['阿媽', '今晚返唔返嚟食飯', '19:02'], ['Team lunch', 'Photo', 'Yesterday'], ['Ka Ho', 'ok', 'Monday']],
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '21:02', text: `你好，訂單 ${O10} 嘅 PSN HK$300 卡，PS5 兌換顯示 "This voucher code has already been redeemed." (WS-45479-9)，我頭先第一次入。` },
      { from: 'buyer', at: '21:02', type: 'image', hue: 225, w: 280, h: 158 },
      { from: 'buyer', at: '21:40', text: '我個 PSN 交易記錄都冇呢張卡，最後一次 Wallet Funding 係 10 月 2 號，截圖畀你睇。' },
      { from: 'buyer', at: '21:40', type: 'image', hue: 30, w: 280, h: 158 },
      { from: 'merchant', at: '22:15', text: '查過喇，呢張卡早前已經出咗畀第二個客，我哋執錯貨，唔好意思。你直接喺平台按退款，我後台即刻通過。' },
      { from: 'buyer', at: '22:17', text: '好，唔該。' },
    ],
    corpus: [SRC.voucher, SRC.ws],
    key_phrases: [O10, 'WS-45479-9', '我後台即刻通過'],
  },

  // ── 11 b17-tw-coda-late: late_delivery, ready; Taipei ───────────────────────────────────────────
  {
    name: 'b17-topup-tw-processing', case: 'b17-tw-coda-late', file: 'LINE_ALBUM_20271107_1.jpg', split: B,
    style: 'coda-topup-result', device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '23:05', battery: 31, brand: '樂點儲值',
    result: {
      headline: '儲值處理中', tone: 'wait', sub: '付款已完成，點數將於 5 分鐘內到帳。',
      rows: [['交易編號', O11], ['商品', '原神 創世結晶 6480+1600'], ['UID', '812447305（Asia）'], ['付款方式', '信用卡'], ['金額', 'NT$3,290'], ['付款時間', '2027/11/07 20:35']],
      buttons: ['聯絡客服'],
    },
    key_phrases: [O11, 'NT$3,290', '儲值處理中'],
  },
  {
    name: 'b17-line-tw-late-dark', case: 'b17-tw-coda-late', file: 'Screenshot_20271107-234211.png', split: B,
    style: 'line-chat', dark: true, readMark: ['已讀', ''], device: 'android-1080x2400', clock: '23:42', battery: 27, title: '樂點儲值客服',
    messages: [
      { from: 'time', text: '11/7（日）' },
      { from: 'buyer', read: true, text: `訂單 ${O11} 付款快20分鐘了，原神結晶到現在都沒進帳，頁面寫5分鐘內到帳` },
      { from: 'merchant', text: '您好，系統排隊中，請再稍等一下' },
      { from: 'buyer', read: true, text: '已經兩個半小時了，還是處理中' },
      { from: 'merchant', text: '很抱歉，上游儲值通道異常，這筆今天無法到帳。我們會全額退款，請您在平台申請，我們這邊同意。' },
    ],
    key_phrases: [O11, '都沒進帳', '我們會全額退款'],
  },

  // ── 12 b17-cn-steam-ticket: activation_failed, ready; Steam client + Steam Support + QQ ─────────
  {
    name: 'b17-steam-zh-used', case: 'b17-cn-steam-ticket', file: 'QQ截图20271108132012.png', split: B,
    style: 'steam-activate', device: 'desktop-1366x768', user: 'XIAOYU', width: 600, title: '产品激活',
    heading: '产品代码已被使用', code: 'Q7T2M-*****-K9XWD',
    lines: ['您输入的产品代码已由另一个 Steam 帐户激活。'],
    buttons: ['< 返回', '打印', '取消'],
    corpus: [SRC.steamZh],
    key_phrases: ['您输入的产品代码已由另一个 Steam 帐户激活。'],
  },
  {
    name: 'b17-steam-ticket-zh', case: 'b17-cn-steam-ticket', file: 'Snipaste_2027-11-08_21-20-33.png', split: B,
    style: 'steam-help-ticket', device: 'desktop-1366x768', heading: 'Steam 客服', nav: ['商店', '社区', '关于', '客服'], replyHint: '回复此帮助请求', sendLabel: '发送',
    ticket: {
      subject: '激活码提示已被另一个帐户激活', number: 'HT-7RKD-3QW9-M2XC', status: '已回复',
      messages: [
        { from: 'buyer', name: 'xiaoyu_cn（您）', at: '2027 年 11 月 8 日 下午 1:31', text: '我今天买的《双人成行》激活码，激活时提示“您输入的产品代码已由另一个 Steam 帐户激活。”我从没用过这个码，能帮忙查一下吗？' },
        { from: 'merchant', name: 'Steam 客服', at: '2027 年 11 月 8 日 下午 9:12', text: '您好，\n\n我们查看了您提供的产品代码。该代码此前已在另一个 Steam 帐户上激活，无法转移到您的帐户。请联系您购买该代码的卖家处理。' },
      ],
    },
    corpus: [SRC.steamZh],
    key_phrases: ['该代码此前已在另一个 Steam 帐户上激活'],
  },
  {
    name: 'b17-qqpc-steam', case: 'b17-cn-steam-ticket', file: 'QQ截图20271108140512.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: '蒸汽方块-客服', buyerName: '小宇', merchantName: '蒸汽方块客服', lineW: 620,
    contacts: ['蒸汽方块-客服', '我的手机', '宿舍群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2027-11-08' },
      { from: 'buyer', at: '13:22:05', text: `订单 ${O12} 的双人成行激活码，Steam 提示已由另一个 Steam 帐户激活，截图在这` },
      { from: 'merchant', at: '13:40:17', text: '稍等我查下' },
      { from: 'merchant', at: '14:02:31', text: '查到了，这个码之前有客户退款后被误放回库存，是我们的问题。您直接在平台申请退款，我后台直接通过。' },
      { from: 'buyer', at: '14:03:10', text: '好的' },
    ],
    corpus: [SRC.steamZh],
    key_phrases: [O12, '已由另一个 Steam 帐户激活', '我后台直接通过'],
  },

  // ── 13 b17-cn-sms-delivered: not_received, reverse; the SMS and e-mail say it was sent ────────
  {
    name: 'b17-shade-zh-sms', case: 'b17-cn-sms-delivered', file: 'Screenshot_2027-11-06-10-17-22-118_com.android.systemui.jpg', split: B,
    style: 'notification-shade', device: 'android-1080x2400', dark: false, degrade: ['fwd:1080:88'], clock: '10:17', date: '11月6日 周六', battery: 73, carrier: '中国移动',
    tiles: ['WLAN', '蓝牙', '勿扰模式', '手电筒'], footer: ['管理', '全部清除'],
    notifications: [
      { app: '信息', at: '1分钟前', color: '#34A853', icon: '信', title: '106907*****', lines: [`【云栈数卡】您的订单 ${O13} 已发货，卡密已发至邮箱 q***8@qq.com，请妥善保管您的卡密，切勿泄露给他人。`] },
      { app: 'QQ邮箱', at: '1分钟前', color: '#F5A623', icon: '邮', title: '云栈数卡', lines: ['您购买的商品已发货：网易云音乐黑胶VIP 年卡 兑换码'] },
    ],
    corpus: [SRC.kami],
    key_phrases: [O13, '切勿泄露给他人'],
  },
  {
    name: 'b17-wechat-sms-delivered', case: 'b17-cn-sms-delivered', file: 'Screenshot_2027-11-06-14-35-10-552_com.tencent.mm.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:1080:88'], clock: '14:35', battery: 52, title: '云栈数卡客服',
    messages: [
      { from: 'time', text: '11月6日 14:28' },
      { from: 'buyer', text: `订单${O13}付了钱一直没收到卡密` },
      { from: 'merchant', text: '您好，系统10:16已经自动发货了，卡密发到您下单时填的邮箱 q***8@qq.com，同时有短信通知，订单查询页也能看到卡密' },
      { from: 'buyer', text: '我没看邮箱，反正没收到，我就申请未收到货' },
      { from: 'merchant', text: '您先看一下邮箱和垃圾箱哦' },
    ],
    key_phrases: [O13, '系统10:16已经自动发货了', '我就申请未收到货'],
  },

  // ── 14 b17-my-wrong-near: wrong_purchase, ready/weak + deadline-near; Kuala Lumpur, simplified Chinese ─
  {
    name: 'b17-seagm-hsr-proc', case: 'b17-my-wrong-near', file: 'Screenshot_20271109-211850.png', split: B,
    style: 'seagm-order', device: 'android-1080x2400', clock: '21:18', battery: 48,
    order: {
      status: 'Processing', tone: 'wait', product: 'Honkai: Star Rail – 6480 Oneiric Shards (Global)', qty: 'Qty 1',
      rows: [['Order ID', O14], ['Order Date', '2027-11-09 21:10:44'], ['Payment Method', 'Touch \'n Go eWallet'], ['Total', 'MYR 399.90']],
      note: 'Orders that have not been delivered can be cancelled for a full refund.',
    },
    key_phrases: [O14, 'MYR 399.90', 'Processing'],
  },
  {
    name: 'b17-zd-seagm-crop', case: 'b17-my-wrong-near', file: 'Screenshot_20271109-214512.png', split: B,
    style: 'zendesk-request', device: 'android-1080x2400', degrade: ['crop:230'], clock: '21:45', battery: 45, brand: 'SEAGM', brandColor: '#E4572E',
    request: {
      number: '3384105', subject: '下错单了，请取消', status: 'Awaiting your reply', tone: 'pending', requester: '林先生',
      fields: [['Order ID', O14]],
      comments: [
        { from: 'buyer', at: 'Nov 9, 2027, 21:16', text: `我刚才下错单了，订单 ${O14}。本来要买列车补给凭证，结果买成了 6480 古老梦华。还没到账，麻烦帮我取消并退款。` },
        { from: 'merchant', name: 'SEAGM 客服', badge: 'Agent', at: 'Nov 9, 2027, 21:41', text: '您好，已确认该订单尚未发货，我们已暂停处理。请在订单页面提交退款申请，我们会为您全额退款。' },
      ],
    },
    key_phrases: [O14, '我刚才下错单了', '我们会为您全额退款'],
  },
];
