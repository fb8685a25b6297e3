// The forty-sixth blind end-to-end set (fixtures/blind46/): 14 cases written by a helper (branch b46),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind46'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository; read_file ids name
// the repository); lines not cited are the author's own connecting lines. The set is Southeast Asian
// marketplaces and wallets (Lazada, Shopee, SEAGM, UniPin, Razer Gold; DANA, GCash, TrueMoney,
// AlipayHK) with chats that mix Vietnamese, Malay, Indonesian, Thai or Tagalog with English and
// with the Chinese of Chinese-run shops (Simplified, and Traditional in Hong Kong), and the desktop
// support-ticket views of small shops. Five new app styles: `lazada-order` (the Lazada app's order
// details, en / vi / id), `dana-txn` (a DANA-like wallet's transaction detail), `messenger-lite`
// (Facebook Messenger Lite on Android), `osticket-client` (an osTicket client-portal ticket, en /
// zh-Hant) and `jsm-portal` (a Jira Service Management customer-portal request).
// Render with `node scripts/real/render.mjs --set blind46`, then
// `node scripts/real/copy-cases.mjs --set blind46`. The set is judged once, at the end: do not tune on it.
const B = 'blind46';

const O1 = '583017264490218'; // Lazada VN, 15 digits
const O2 = '528103746615820'; // Lazada ID, 15 digits
const O2t = '2028081011121280010016634057'; // DANA's transaction id beside it (no order number of another order)
const O3 = 'MY2808141205337416'; // SEAGM-like, MY + 16 digits
const O4 = 'LZ-240871'; // the shop's order; the osTicket number #604217 and the GCash Ref No. beside it
const O5 = 'TPT-0818-3342';
const O6 = '2808204QX1M7KD'; // Shopee, 14 characters
const O7 = 'KL-10482'; // Shopify order; the portal request KLS-317 beside it
// this order is SM-58904 (25 Aug, order.json only)
const O8b = 'SM-55127'; // the buyer's June order, the one the ticket is about
const O9 = 'VK-2808-2619';
const O10 = 'GP-TH-77310'; // the portal request GPT-882 beside it
const O11 = '462918307715504'; // Lazada PH, 15 digits
const O12 = '2809013TN8W5AC'; // Shopee, 14 characters
const O13 = 'TD-4417-0903';
const O14 = 'PBA2809051230447'; // PBA + 13 digits; AlipayHK's 交易號 beside it

const SRC = {
  actVi: 'an activation check: "Mã kích hoạt không hợp lệ hoặc đã được sử dụng." (public GitHub TypeScript file, a translation table that renders "Invalid or already used activation code.", find_string id 57932338283)',
  lesen: 'a licence screen: "Kod lesen tidak sah. Sila semak semula." (public GitHub Dart file, find_string id 69225353498)',
  expiredId: 'a voucher check: "Voucher sudah kedaluwarsa" (public GitHub JavaScript file, find_string id 56834229211)',
  pinUsed: 'a voucher API\'s error table: "Voucher PIN has already been redeemed or expired." (public GitHub TypeScript/React file, find_string id 60489219218), put on a Razer Gold reload page',
  ost: 'osTicket\'s client ticket view: "Ticket Status", "Department", "Create Date", "Post a Reply", "To best assist you, we request that you be specific and detailed", "Post Reply" (github:osTicket/osTicket include/client/view.inc.php, read_file id 6552144621)',
};

export default [
  // ── 1 b46-vn-lazada-code-act: activation_failed, ready ───────────────────────────────────
  {
    name: 'b46-vi-act-dialog', case: 'b46-vn-lazada-code-act', file: 'Screenshot_20280803-210512.png', split: B,
    style: 'android-dialog', device: 'android-1080x2400', clock: '21:05', battery: 62, appTitle: 'SpeakUp Pro – Kích hoạt gói',
    fields: [['Mã kích hoạt', 'SUP-****-****-R7KD'], ['Tài khoản', 'th****@gmail.com']], submit: 'Kích hoạt',
    dialog: { title: 'Kích hoạt thất bại', body: ['Mã kích hoạt không hợp lệ hoặc đã được sử dụng.'], buttons: ['ĐÓNG'] },
    corpus: [SRC.actVi],
    key_phrases: ['Mã kích hoạt không hợp lệ hoặc đã được sử dụng.'],
  },
  {
    name: 'b46-vi-lazada-chat-act', case: 'b46-vn-lazada-code-act', file: 'Screenshot_20280803-213844.png', split: B,
    style: 'lazada-chat', device: 'android-1080x2400', dark: true, mall: false, clock: '21:38', battery: 58, title: 'Huaxin Digital VN', subtitle: 'Thường trả lời trong 1 giờ',
    pin: { title: 'Mã kích hoạt SpeakUp Pro 12 tháng – gửi mã tự động', order: `Mã đơn ${O1}`, price: '₫549.000', status: 'Đã giao' },
    messages: [
      { from: 'time', text: 'Hôm nay 21:09' },
      { from: 'buyer', at: '21:09', text: `Shop ơi, đơn ${O1}, code SpeakUp Pro 12 tháng. Em nhập đúng code trong app mà báo "Mã kích hoạt không hợp lệ hoặc đã được sử dụng." Em chưa dùng code này lần nào.` },
      { from: 'merchant', at: '21:31', text: 'Xin lỗi bạn nha 🙏 shop check rồi, 这组码 supplier gửi trùng cho 2 khách, người kia kích hoạt trước. Lỗi bên shop, bạn không làm sai gì.' },
      { from: 'merchant', at: '21:32', text: `Bạn gửi yêu cầu hoàn tiền cho đơn ${O1} trên Lazada, shop sẽ đồng ý hoàn đủ ₫549.000 nhé.` },
      { from: 'buyer', at: '21:36', text: 'Ok em gửi yêu cầu luôn, cảm ơn shop.' },
    ],
    key_phrases: [O1, 'gửi trùng cho 2 khách', 'shop sẽ đồng ý hoàn đủ'],
  },
  {
    name: 'b46-vi-lazada-order-act', case: 'b46-vn-lazada-code-act', file: 'Screenshot_20280803-201802.png', split: B,
    style: 'lazada-order', device: 'android-1080x2400', lang: 'vi', clock: '20:18', battery: 66,
    order: {
      status: 'Đã giao', statusLine: 'Mã đã được gửi lúc 20:16 03/08/2028',
      code: 'SUP-****-****-R7KD', codeNote: 'Nhập mã trong ứng dụng SpeakUp › Tài khoản › Kích hoạt gói.',
      shop: 'Huaxin Digital VN', mall: false, product: 'Mã kích hoạt SpeakUp Pro 12 tháng – gửi mã tự động', variation: 'Gói: 12 tháng', price: '₫549.000',
      number: O1, placed: '03/08/2028 20:13', paid: '03/08/2028 20:14', payment: 'Ví MoMo',
      buttons: ['Liên hệ shop', 'Đã nhận hàng'],
    },
    key_phrases: [O1, '₫549.000', 'Đã giao'],
  },

  // ── 2 b46-id-lazada-dana-nr: not_received, ready ──────────────────────────────────────────
  {
    name: 'b46-id-lazada-order-nr', case: 'b46-id-lazada-dana-nr', file: 'Screenshot_20280812-093011.png', split: B,
    style: 'lazada-order', device: 'android-1080x2400', lang: 'id', clock: '09:30', battery: 81,
    order: {
      status: 'Diproses', statusLine: 'Kode voucher dikirim ke Chat Penjual setelah pembayaran diverifikasi.',
      digitalNote: 'Kode belum dikirim.',
      shop: 'PointJaya Official', product: 'Voucher VALORANT 1375 VP (Indonesia) – kode digital', variation: 'Nominal: 1375 VP', price: 'Rp150.000',
      number: O2, placed: '10 Agu 2028 19:41', paid: '10 Agu 2028 19:42', payment: 'DANA',
      buttons: ['Batalkan', 'Chat Penjual'],
    },
    key_phrases: [O2, 'Rp150.000', 'Diproses'],
  },
  {
    name: 'b46-dana-lazada', case: 'b46-id-lazada-dana-nr', file: 'Screenshot_20280810-194410.png', split: B,
    style: 'dana-txn', device: 'android-1080x2400', clock: '19:44', battery: 90,
    txn: {
      merchant: 'Lazada Indonesia', logoColor: '#0F146D', amount: 'Rp150.000', status: 'Berhasil', tone: 'ok',
      rows: [['Metode Pembayaran', 'Saldo DANA'], ['Waktu', '10 Agu 2028, 19:42'], ['ID Transaksi', O2t], ['ID Pesanan Merchant', O2]],
    },
    key_phrases: [O2, 'Rp150.000', 'Berhasil'],
  },
  {
    name: 'b46-id-lazada-chat-nr', case: 'b46-id-lazada-dana-nr', file: 'IMG-20280812-WA0007.jpg', split: B,
    style: 'lazada-chat', device: 'iphone-1170x2532', degrade: ['forward'], clock: '09:55', battery: 63, title: 'PointJaya Official', subtitle: 'Biasanya membalas dalam 1 jam',
    pin: { title: 'Voucher VALORANT 1375 VP (Indonesia) – kode digital', order: `No. Pesanan ${O2}`, price: 'Rp150.000', status: 'Diproses' },
    messages: [
      { from: 'time', text: '10 Agu 21:20' },
      { from: 'buyer', at: '21:20', text: `Halo kak, pesanan ${O2} sudah bayar pakai DANA jam 19:42, kode VP belum masuk di chat.` },
      { from: 'merchant', at: '21:48', text: 'Sebentar ya kak, kami cek dulu 🙏' },
      { from: 'time', text: 'Hari ini 09:12' },
      { from: 'buyer', at: '09:12', text: 'Sudah lewat sehari, masih belum ada kode. Please check again.' },
      { from: 'merchant', at: '09:40', text: 'Maaf kak, stok 1375 VP habis, 我们的 supplier juga belum bisa kirim. We cannot send the code.' },
      { from: 'merchant', at: '09:41', text: `Silakan ajukan pengembalian dana untuk ${O2} di Lazada, kami setujui hari ini.` },
    ],
    key_phrases: [O2, 'We cannot send the code', 'kami setujui hari ini'],
  },

  // ── 3 b46-my-seagm-lite-late: late_delivery, ready ───────────────────────────────────────
  {
    name: 'b46-seagm-hok-proc', case: 'b46-my-seagm-lite-late', file: 'Screenshot_20280814-171204.png', split: B,
    style: 'seagm-order', device: 'android-1080x2400', clock: '17:12', battery: 34,
    order: {
      status: 'Processing', tone: 'wait', product: 'Honor of Kings 1,200 Tokens (MY) – direct top-up', qty: 'Qty 1',
      rows: [['Order ID', O3], ['Order Date', '2028-08-14 12:05:33'], ['Payment Method', 'FPX Online Banking'], ['Total', 'MYR 59.90']],
      note: 'Delivered within 10 minutes after payment.',
    },
    key_phrases: [O3, 'MYR 59.90', 'within 10 minutes after payment'],
  },
  {
    name: 'b46-lite-seagm-late', case: 'b46-my-seagm-lite-late', file: 'Screenshot_20280814-181935.png', split: B,
    style: 'messenger-lite', device: 'android-1080x2400', clock: '18:19', battery: 29, title: 'TokenKita Top-Up', subtitle: 'Active 12m ago', seen: true,
    messages: [
      { from: 'time', text: 'Today 12:41 PM' },
      { from: 'buyer', text: `Hi, order ${O3} HOK 1,200 Tokens, paid 12:05 by FPX. Page says 10 minit but still Processing. UID 71****208.` },
      { from: 'time', text: 'Today 5:15 PM' },
      { from: 'buyer', text: 'Dah 5 jam, still nothing in game. Boleh check?' },
      { from: 'merchant', text: `Sorry ya boss, our HOK top-up route kena block since this morning lah, 今天全部 pending. ${O3} cannot process today.` },
      { from: 'merchant', text: 'You request refund from the order page, we OK it today and MYR 59.90 goes back in full.' },
      { from: 'buyer', text: 'Alright, submitting it now.' },
    ],
    key_phrases: [O3, 'route kena block since this morning', 'MYR 59.90 goes back in full'],
  },

  // ── 4 b46-ph-osticket-late-threat: late_delivery, ready/weak + threatening-language ─────────
  {
    name: 'b46-gcash-loadzone', case: 'b46-ph-osticket-late-threat', file: 'Screenshot_20280816-141122.png', split: B,
    style: 'gcash-receipt', device: 'android-1080x2400', clock: '14:11', battery: 72,
    receipt: {
      kind: 'Payment to merchant', to: 'LoadZone PH', toSub: 'via GCash Pay', initial: 'L', amount: '₱1,049.00',
      rows: [['Amount', '₱1,049.00'], ['Total Amount Paid', '₱1,049.00'], ['Merchant reference', O4]],
      ref: '5012849376210', date: 'Aug 16, 2028 2:10 PM',
    },
    key_phrases: [O4, '₱1,049.00', 'LoadZone PH'],
  },
  {
    name: 'b46-osticket-codm-threat', case: 'b46-ph-osticket-late-threat', file: 'Screenshot 2028-08-16 223105.png', split: B,
    style: 'osticket-client', device: 'desktop-1366x768', brand: 'LoadZone PH', tagline: 'Support Center', brandColor: '#1F6FB2', buyerName: 'Jerome Dela Cruz', merchantName: 'LoadZone Support', ticketCount: 1,
    ticket: {
      number: '604217', status: 'Open', dept: 'Top-up Orders', created: '8/16/28 8:52 PM', email: 'je****@yahoo.com', phone: '0917*****41',
      subject: `CODM 1,100 CP wala pa – order ${O4}`,
      fields: [['Order Number', O4], ['Product', 'Call of Duty Mobile 1,100 CP (direct top-up)']],
    },
    messages: [
      { from: 'buyer', at: '8/16/28 8:52 PM', text: `Bayad na ako 2:10 PM via GCash, order ${O4}. Sabi sa site "credited at most 30 minutes after payment", pero 9 PM na wala pa rin ang CP sa account ko (UID 67****1190).` },
      { from: 'buyer', at: '8/16/28 9:47 PM', text: 'Mga manloloko kayo! Kapag hindi niyo binalik ang pera ko ngayong gabi, ipo-post ko kayo sa lahat ng FB groups at isusumbong ko kayo kay Tulfo. Modus lang pala kayo!' },
      { from: 'merchant', at: '8/16/28 10:18 PM', text: `Pasensya na po, Sir Jerome. Our CODM supplier stopped processing orders this afternoon, so the CP for ${O4} could not be sent.\nPlease file the refund from your order page; the whole ₱1,049.00 will be returned once you do.` },
    ],
    corpus: [SRC.ost],
    key_phrases: [O4, 'Mga manloloko kayo', 'the whole ₱1,049.00 will be returned'],
  },

  // ── 5 b46-th-line-wrong-near: wrong_purchase, ready/weak + deadline-near ──────────────────
  {
    name: 'b46-truemoney-thaipoint', case: 'b46-th-line-wrong-near', file: 'Screenshot_20280818-210311.png', split: B,
    style: 'truemoney-slip', device: 'android-1080x2400', clock: '21:03', battery: 55,
    slip: {
      amount: '฿500.00',
      rows: [['Paid to', 'ThaiPoint Card'], ['From', '09x-xxx-3388'], ['Transaction ID', '50128990347215'], ['Date/Time', '18 Aug 2028 21:02'], ['Note', O5]],
      foot: 'This e-slip is issued by TrueMoney Wallet as proof of payment.',
    },
    key_phrases: [O5, '฿500.00', 'ThaiPoint Card'],
  },
  {
    name: 'b46-line-th-wrong', case: 'b46-th-line-wrong-near', file: 'Screenshot_20280818-211722.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '21:17', battery: 53, title: 'ThaiPoint Card 泰点卡', readMark: ['Read', ''],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', read: true, text: `Sawasdee krub, order ${O5}: I pressed wrong, bought Steam Wallet ฿500 but I need PlayStation Store ฿500 (TH). Please cancel before you send the code krub 🙏` },
      { from: 'merchant', name: 'ThaiPoint Card 泰点卡', text: `Yang mai dai song code krub, 还没发码. Order ${O5} cancel dai krub.` },
      { from: 'merchant', name: 'ThaiPoint Card 泰点卡', text: 'Please request refund on the order page, we refund ฿500 full krub.' },
      { from: 'buyer', read: true, text: 'Khob khun krub!' },
    ],
    key_phrases: [O5, 'Yang mai dai song code', 'we refund ฿500 full'],
  },

  // ── 6 b46-vn-zalo-buyer-private: not_received, ready/weak + private-channel (the buyer asks) ─
  {
    name: 'b46-shopee-vn-toship', case: 'b46-vn-zalo-buyer-private', file: 'Screenshot_20280821-081502.png', split: B,
    style: 'shopee-order', device: 'android-1080x2400', clock: '08:15', battery: 77, lang: 'en',
    order: {
      tone: 'wait', status: 'To Ship', statusSub: 'Paid on 20-08-2028 10:12. The seller has not sent your card code yet.',
      shop: 'Thẻ Game Hoa Hưng', product: 'Thẻ Garena 200.000đ – gửi mã thẻ qua chat', variation: 'Variation: 200.000đ', price: '₫200.000',
      rows: [['Order ID', O6], ['Payment Method', 'ShopeePay'], ['Order Time', '20-08-2028 10:11'], ['Payment Time', '20-08-2028 10:12']],
      buttons: ['Contact Seller', 'Cancel Order'],
    },
    key_phrases: [O6, '₫200.000', 'To Ship'],
  },
  {
    name: 'b46-zalo-buyer-momo', case: 'b46-vn-zalo-buyer-private', file: 'Screenshot_20280820-214410.png', split: B,
    style: 'zalo-chat', device: 'android-1080x2400', dark: true, clock: '21:44', battery: 31, title: 'Thẻ Game Hoa Hưng', subtitle: 'Vừa mới truy cập',
    messages: [
      { from: 'time', text: '14:05 20/08/2028' },
      { from: 'buyer', at: '14:05', text: `Shop ơi, đơn Shopee ${O6} thẻ Garena 200k, em thanh toán lúc 10:12 mà chưa nhận được mã thẻ.` },
      { from: 'merchant', at: '20:58', text: 'Xin lỗi bạn, 卡没货了, thẻ Garena 200k hết hàng rồi, shop không gửi được.' },
      { from: 'buyer', at: '21:20', text: 'Vậy anh chuyển khoản trả lại 200k qua MoMo cho em luôn đi, em hủy đơn bên Shopee sau, cho nhanh.' },
      { from: 'merchant', at: '21:41', text: '不行哦, không được bạn ơi. Tiền bạn trả qua Shopee thì bạn yêu cầu hoàn tiền trên Shopee nhé, shop sẽ đồng ý.' },
    ],
    key_phrases: [O6, 'chuyển khoản trả lại 200k qua MoMo', 'yêu cầu hoàn tiền trên Shopee'],
  },

  // ── 7 b46-sg-jsm-spotify-nad: not_as_described, ready ────────────────────────────────────
  {
    name: 'b46-shopify-keylah', case: 'b46-sg-jsm-spotify-nad', file: 'Screenshot 2028-08-22 203412.png', split: B,
    style: 'shopify-order-status', device: 'desktop-1366x768', shop: 'KeyLah SG', brandColor: '#0F766E',
    order: {
      number: O7, name: 'Wei Ling', headline: 'Your code has been delivered',
      lines: ['We sent the code for this order to we****@gmail.com on August 22, 2028 at 8:31 PM.'],
      updates: { title: 'Order updates', state: 'Fulfilled', stateTone: 'ok', lines: ['Digital delivery · Aug 22, 8:31 PM'] },
      email: 'we****@gmail.com', payment: 'PayNow (Stripe) — S$158.00', billing: 'Tan Wei Ling\nSingapore 560123',
      items: [['Spotify Premium Individual – 12-month gift code (SG)', '1', 'S$158.00', 'Singapore · digital code']], subtotal: 'S$158.00', total: 'S$158.00', currency: 'SGD',
    },
    key_phrases: [O7, 'S$158.00', '12-month gift code'],
  },
  {
    name: 'b46-jsm-spotify-nad', case: 'b46-sg-jsm-spotify-nad', file: 'Screenshot 2028-08-24 104512.png', split: B,
    style: 'jsm-portal', device: 'desktop-1920x1080', helpCenter: 'KeyLah Help Center', portal: 'KeyLah Customer Support', brandColor: '#0F766E', buyerName: 'Tan Wei Ling', merchantName: 'Darren (KeyLah)',
    request: {
      key: 'KLS-317', summary: `12-month Spotify code only gave 3 months (order ${O7})`, status: 'Waiting for customer', tone: 'customer', type: 'Wrong or incomplete product',
      raised: '23/Aug/28 9:02 AM',
      fields: [['Order number', O7], ['Description', 'I bought the 12-month Spotify Premium code. After redeeming, my account page shows Premium only until 23 November 2028 (3 months). 不是12个月。']],
    },
    messages: [
      { from: 'buyer', at: '23/Aug/28 9:05 AM', text: 'Screenshot of the account page attached: "Your next bill is on 23 November 2028".' },
      { from: 'merchant', at: '23/Aug/28 4:40 PM', text: `Hi Wei Ling, thank you for waiting. Our supplier labelled a batch of 3-month cards as 12-month, and your code for ${O7} came from it, so what you received is not what the product page says. 很抱歉。` },
      { from: 'merchant', at: '23/Aug/28 4:41 PM', text: 'Please raise the refund from your order page under "Not as described"; we\'ll OK it right after you submit and the S$158.00 goes back in full.' },
    ],
    key_phrases: [O7, 'not what the product page says', 'OK it right after you submit'],
  },

  // ── 8 b46-my-osticket-lesen-other: activation_failed, reverse: the ticket is another order ─
  {
    name: 'b46-msgbox-lesen', case: 'b46-my-osticket-lesen-other', file: 'IMG_20280825_113650.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.9, focus: [0.48, 0.42], clock: '11:36 AM', date: '25/8/2028', winX: 560, winY: 200,
    app: { title: 'KedaiPOS Pro 4', color: '#0E7490', heading: 'Pengaktifan lesen', button: 'Aktifkan', fields: [['Kod lesen', 'KPOS-****-****-7Q2M'], ['Komputer', 'KEDAI-PC02']], version: 'Versi 4.2.1 · Percubaan (7 hari lagi)' },
    box: { title: 'KedaiPOS Pro', icon: 'error', text: 'Kod lesen tidak sah. Sila semak semula.', buttons: ['OK'] },
    corpus: [SRC.lesen],
    key_phrases: ['Kod lesen tidak sah. Sila semak semula.'],
  },
  {
    name: 'b46-osticket-lesen-other', case: 'b46-my-osticket-lesen-other', file: 'Screenshot 2028-08-25 154210.png', split: B,
    style: 'osticket-client', device: 'desktop-1366x768', brand: 'SoftMart MY', tagline: 'Pusat Sokongan / Support Center', brandColor: '#B45309', buyerName: 'Faizal Rahman', merchantName: 'Kelvin (SoftMart)', ticketCount: 3,
    ticket: {
      number: '318604', status: 'Open', dept: 'Licence Support', created: '25/08/2028 11:58', email: 'fa****@gmail.com', phone: '012-7*** **61',
      subject: `Kod lesen tidak sah – order ${O8b}`,
      fields: [['Order Number', O8b]],
    },
    messages: [
      { from: 'buyer', at: '25/08/2028 11:58', text: `Hi, lesen KedaiPOS dari order ${O8b} keluar "Kod lesen tidak sah. Sila semak semula." bila aktifkan di PC kedai. Screenshot attached. Please refund.` },
      { from: 'merchant', at: '25/08/2028 14:26', text: `Hi Encik Faizal, order ${O8b} is the KedaiPOS licence delivered on 2 June; our system shows it was activated on 3 June on KEDAI-PC01, 这个 licence 已经用过了.\nIf your screenshot belongs to a different purchase, reply with that purchase's order number.` },
      { from: 'buyer', at: '25/08/2028 15:40', text: `Order ${O8b} la. Saya nak refund.` },
    ],
    corpus: [SRC.lesen, SRC.ost],
    key_phrases: [O8b, 'delivered on 2 June', 'a different purchase'],
  },

  // ── 9 b46-id-unipin-expired-passed: card_invalid, reverse: first tried after 24 h ──────────
  {
    name: 'b46-unipin-expired-id', case: 'b46-id-unipin-expired-passed', file: 'Screenshot_20280828-204122.png', split: B,
    style: 'unipin-voucher', device: 'android-1080x2400', dark: true, clock: '20:41', battery: 23, country: 'Indonesia',
    game: 'Mobile Legends: Bang Bang', publisher: 'Moonton', gameColor: '#2F6FD6',
    player: [['User ID', '8810****47'], ['Zone ID', '2207']],
    voucher: [['Serial number', 'UPID-S-S-0902****'], ['PIN', '****-****-****-5861']],
    alert: { tone: 'bad', title: 'Redeem failed', text: ['Voucher sudah kedaluwarsa'] },
    corpus: [SRC.expiredId],
    key_phrases: ['Voucher sudah kedaluwarsa'],
  },
  {
    name: 'b46-dana-voucherkilat', case: 'b46-id-unipin-expired-passed', file: 'Screenshot_20280826-190210.png', split: B,
    style: 'dana-txn', device: 'android-1080x2400', clock: '19:02', battery: 70,
    txn: {
      merchant: 'VoucherKilat', logoColor: '#7C3AED', amount: 'Rp96.000', status: 'Berhasil', tone: 'ok',
      rows: [['Metode Pembayaran', 'Saldo DANA'], ['Waktu', '26 Agu 2028, 19:01'], ['ID Transaksi', '2028082611121280010016691185'], ['ID Pesanan Merchant', O9], ['Keterangan', 'UniPin Voucher 100 UC IDR']],
    },
    key_phrases: [O9, 'Rp96.000', 'VoucherKilat'],
  },
  {
    name: 'b46-lite-unipin-passed', case: 'b46-id-unipin-expired-passed', file: 'Screenshot_20280828-210455.png', split: B,
    style: 'messenger-lite', device: 'android-1080x2400', clock: '21:04', battery: 21, title: 'VoucherKilat', subtitle: 'Active now',
    messages: [
      { from: 'time', text: 'Aug 26, 7:05 PM' },
      { from: 'merchant', text: `Kode UniPin untuk pesanan ${O9}: serial UPID-S-S-0902****, PIN dikirim di bawah. Garansi kode 1x24 jam setelah dikirim ya kak.` },
      { from: 'time', text: 'Today 8:43 PM' },
      { from: 'buyer', text: `Kak, voucher dari ${O9} baru saya pakai sekarang, keluar "Voucher sudah kedaluwarsa". Tolong diganti atau refund.` },
      { from: 'merchant', text: 'Maaf kak, kode dikirim 26 Agu jam 19:05, garansi cuma 1x24 jam, sudah lewat 2 hari. 我们 supplier juga tidak terima klaim lagi. Tidak bisa refund ya.' },
      { from: 'buyer', text: 'Saya tetap ajukan refund.' },
    ],
    key_phrases: [O9, 'garansi cuma 1x24 jam', 'Tidak bisa refund'],
  },

  // ── 10 b46-th-jsm-razer-return: card_invalid, request: return ──────────────────────────
  {
    name: 'b46-razer-used-th', case: 'b46-th-jsm-razer-return', file: 'Screenshot_20280829-134408.png', split: B,
    style: 'razer-gold-error', device: 'android-1080x2400', clock: '13:44', battery: 64,
    fields: [['Razer ID', 'pa****88@hotmail.com'], ['PIN', '**********7731']],
    result: { title: 'Reload Failed', body: ['Voucher PIN has already been redeemed or expired.'] },
    corpus: [SRC.pinUsed],
    key_phrases: ['Voucher PIN has already been redeemed or expired.'],
  },
  {
    name: 'b46-jsm-razer-return', case: 'b46-th-jsm-razer-return', file: 'Screenshot 2028-08-29 172230.png', split: B,
    style: 'jsm-portal', device: 'desktop-1366x768', helpCenter: 'GoldPin TH Help Center', portal: 'Order support', brandColor: '#15803D', buyerName: 'Pakorn S.', merchantName: 'Nok (GoldPin TH)',
    request: {
      key: 'GPT-882', summary: `Razer Gold PIN not working – order ${O10}`, status: 'Waiting for customer', tone: 'customer', type: 'Code problem',
      raised: '29/Aug/28 1:50 PM',
      fields: [['Order number', O10], ['Description', 'The Razer Gold PIN ฿1,000 I received at 13:01 does not reload: "Voucher PIN has already been redeemed or expired." (screenshot attached). Chuay check duay krub.']],
    },
    messages: [
      { from: 'merchant', at: '29/Aug/28 3:12 PM', text: `Hi Khun Pakorn, we checked ${O10}: our system assigned this PIN twice and the other buyer reloaded it first. 我们系统出错, sorry krub.` },
      { from: 'buyer', at: '29/Aug/28 3:30 PM', text: 'OK. I want to return this PIN and get my money back. Kor kuen sinkha krub.' },
      { from: 'merchant', at: '29/Aug/28 4:05 PM', text: 'A PIN cannot be sent back, there is nothing to return. Please choose "Refund only" on the order page and we will say yes to the ฿1,000 refund.' },
      { from: 'buyer', at: '29/Aug/28 5:20 PM', text: 'I will choose return and refund, I want to give the PIN back.' },
    ],
    key_phrases: [O10, 'I want to return this PIN', 'nothing to return'],
  },

  // ── 11 b46-ph-lazada-lite-noreply: not_received, ready/weak + chat-no-reply ────────────────
  {
    name: 'b46-lazada-ph-robux', case: 'b46-ph-lazada-lite-noreply', file: 'IMG_7420.PNG', split: B,
    style: 'lazada-order', device: 'iphone-1170x2532', lang: 'en', clock: '10:58', battery: 88,
    order: {
      status: 'Processing', statusLine: 'Your code will be sent within 24 hours after payment.',
      digitalNote: 'Your code will appear here once the seller sends it.',
      shop: 'RobuxHub PH', mall: false, product: 'Roblox Gift Card 800 Robux – digital code (Global)', variation: 'Denomination: 800 Robux', price: '₱499.00',
      number: O11, placed: '30 Aug 2028 09:14', paid: '30 Aug 2028 09:15', payment: 'GCash',
      buttons: ['Cancel', 'Chat'],
    },
    key_phrases: [O11, '₱499.00', 'Processing'],
  },
  {
    name: 'b46-lite-robux-noreply', case: 'b46-ph-lazada-lite-noreply', file: 'received_1182045529337162.jpeg', split: B,
    style: 'messenger-lite', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '18:06', battery: 40, title: 'RobuxHub PH', subtitle: 'Active 2h ago', seen: true,
    messages: [
      { from: 'time', text: 'Aug 30, 11:02 AM' },
      { from: 'buyer', text: `Hi po, Lazada order ${O11} (800 Robux) paid 9:15 AM via GCash, wala pa pong code.` },
      { from: 'time', text: 'Aug 30, 8:40 PM' },
      { from: 'buyer', text: 'Hello po? Still no code. Please reply.' },
      { from: 'time', text: 'Yesterday 9:30 AM' },
      { from: 'buyer', text: `Lampas na 24 hours, order ${O11} still Processing.` },
      { from: 'time', text: 'Today 6:05 PM' },
      { from: 'buyer', text: 'Wala pa rin po. Kung walang reply, magre-request na ako ng refund sa Lazada.' },
    ],
    key_phrases: [O11, 'wala pa pong code', 'magre-request na ako ng refund sa Lazada'],
  },

  // ── 12 b46-vn-shopee-zing-partial: not_received (2 of 5 cards), ready/weak + refund-partial ─
  {
    name: 'b46-shopee-vn-zing', case: 'b46-vn-shopee-zing-partial', file: 'Screenshot_20280902-092014.png', split: B,
    style: 'shopee-order', device: 'android-1080x2400', clock: '09:20', battery: 69, lang: 'en',
    order: {
      tone: 'wait', status: 'To Ship', statusSub: 'Paid on 01-09-2028 19:30. Codes are sent by the seller in Shopee Chat.',
      shop: 'ZingCard Minh Phát', product: 'Thẻ Zing 100.000đ – mã thẻ gửi qua chat', variation: 'Variation: 100.000đ × 5', price: '₫500.000',
      rows: [['Order ID', O12], ['Payment Method', 'ShopeePay'], ['Order Time', '01-09-2028 19:29'], ['Payment Time', '01-09-2028 19:30']],
      buttons: ['Contact Seller'],
    },
    key_phrases: [O12, '₫500.000', '100.000đ × 5'],
  },
  {
    name: 'b46-shopee-chat-zing', case: 'b46-vn-shopee-zing-partial', file: 'Screenshot_20280902-095830.png', split: B,
    style: 'shopee-chat', device: 'android-1080x2400', degrade: ['crop:140'], clock: '09:58', battery: 66, lang: 'en', title: 'ZingCard Minh Phát',
    pin: { title: 'Thẻ Zing 100.000đ – mã thẻ gửi qua chat', order: `Order ID ${O12}`, price: '₫500.000', status: 'To Ship' },
    messages: [
      { from: 'time', text: 'Yesterday 19:52' },
      { from: 'merchant', at: '19:52', text: 'Gửi bạn 3 mã thẻ Zing 100k: 1) ZG****4481 2) ZG****0937 3) ZG****7215. Còn 2 thẻ shop gửi sau nha.' },
      { from: 'time', text: 'Today 08:40' },
      { from: 'buyer', at: '08:40', text: `3 thẻ nạp ok rồi. Còn 2 thẻ của đơn ${O12} vẫn chưa có, shop gửi giúp em.` },
      { from: 'merchant', at: '09:33', text: 'Xin lỗi bạn, 100k 的卡 hết hàng rồi, 2 thẻ còn lại không gửi được.' },
      { from: 'merchant', at: '09:34', text: 'Bạn yêu cầu hoàn 200.000đ cho 2 thẻ chưa nhận trên Shopee, shop đồng ý ngay.' },
    ],
    key_phrases: [O12, 'không gửi được', 'hoàn 200.000đ cho 2 thẻ'],
  },

  // ── 13 b46-bali-unipin-ok-mismatch: card_invalid, reverse: the capture shows a success ──────
  {
    name: 'b46-unipin-ok-bali', case: 'b46-bali-unipin-ok-mismatch', file: 'Screenshot_20280903-201633.png', split: B,
    style: 'unipin-voucher', device: 'android-1080x2400', clock: '20:16', battery: 47, country: 'Indonesia',
    game: 'Free Fire', publisher: 'Garena', gameColor: '#F08C00',
    player: [['Player ID', '318755021']],
    voucher: [['Serial number', 'UPID-S-S-1131****'], ['PIN', '****-****-****-0462']],
    alert: { tone: 'ok', title: 'Top up successful', text: ['140 Diamonds have been added to Player ID 318755021.'] },
    key_phrases: ['Top up successful', '318755021'],
  },
  {
    name: 'b46-dana-dewata', case: 'b46-bali-unipin-ok-mismatch', file: 'Screenshot_20280903-195110.png', split: B,
    style: 'dana-txn', device: 'android-1080x2400', clock: '19:51', battery: 52,
    txn: {
      merchant: 'TopUp Dewata', logoColor: '#DC2626', amount: 'Rp20.000', status: 'Berhasil', tone: 'ok',
      rows: [['Metode Pembayaran', 'Saldo DANA'], ['Waktu', '3 Sep 2028, 19:50'], ['ID Transaksi', '2028090311121280010016702213'], ['ID Pesanan Merchant', O13], ['Keterangan', 'UniPin Voucher Free Fire 140 Diamonds']],
    },
    key_phrases: [O13, 'Rp20.000', 'TopUp Dewata'],
  },
  {
    name: 'b46-lite-unipin-ok', case: 'b46-bali-unipin-ok-mismatch', file: 'Screenshot_20280904-083215.png', split: B,
    style: 'messenger-lite', device: 'android-1080x2400', clock: '08:32', battery: 91, title: 'TopUp Dewata', subtitle: 'Active 5m ago',
    messages: [
      { from: 'time', text: 'Yesterday 9:02 PM' },
      { from: 'buyer', text: `Kak, voucher dari pesanan ${O13} tidak valid, diamond tidak masuk ke akun FF saya.` },
      { from: 'merchant', text: 'Kak, voucher-nya sudah berhasil dipakai ke Player ID 318755021 jam 20:14. Screenshot kakak sendiri tulis "Top up successful" 🙏' },
      { from: 'buyer', text: 'Oh, 318755021 itu akun kedua saya, salah ketik ID. Tapi diamond-nya saya butuh di akun utama.' },
      { from: 'merchant', text: '这个 voucher sudah terpakai dengan benar, kode tidak bermasalah kak. Kami tidak bisa refund.' },
      { from: 'buyer', text: 'Saya tetap ajukan refund "kode tidak valid" di toko.' },
    ],
    key_phrases: [O13, 'sudah berhasil dipakai', 'akun kedua saya'],
  },

  // ── 14 b46-hk-osticket-genshin-late: late_delivery, ready (Traditional Chinese) ───────────
  {
    name: 'b46-alipayhk-pinbay', case: 'b46-hk-osticket-genshin-late', file: 'IMG_3378.PNG', split: B,
    style: 'alipayhk-record', device: 'iphone-1170x2532', clock: '12:31', battery: 74,
    record: {
      merchant: 'PinBay Asia', amount: '-HK$788.00', logoColor: '#0EA5E9',
      rows: [['付款方式', '餘額'], ['商品說明', '原神 創世結晶 6480+1600 直儲（亞服）'], ['交易時間', '2028-09-05 12:30:18'], ['交易號', '2028090521001004560234417792'], ['商戶訂單號', O14]],
    },
    key_phrases: [O14, '-HK$788.00', '交易成功'],
  },
  {
    name: 'b46-osticket-genshin-late', case: 'b46-hk-osticket-genshin-late', file: '螢幕擷取畫面 2028-09-05 195612.png', split: B,
    style: 'osticket-client', device: 'desktop-1366x768', lang: 'zh-Hant', brand: 'PinBay Asia', tagline: '客戶支援中心', brandColor: '#0369A1', buyerName: '陳家豪', merchantName: 'PinBay 客服 Joanne', ticketCount: 1,
    mark: { text: '今日已停' },
    ticket: {
      number: '771502', status: '開啟', dept: '直儲訂單', created: '2028/09/05 14:02', email: 'ka****@yahoo.com.hk', phone: '9*** **18',
      subject: `原神直儲未到賬 – 訂單 ${O14}`,
      fields: [['訂單編號', O14], ['UID', '8021****37（亞服）']],
    },
    messages: [
      { from: 'buyer', at: '2028/09/05 14:02', text: `你好，訂單 ${O14}，12:30 用 AlipayHK 付款，頁面寫「落單付款後一小時內到賬」，而家兩點幾都冇收到創世結晶。` },
      { from: 'buyer', at: '2028/09/05 18:47', text: '已經六個鐘，仲係未到，麻煩跟進。' },
      { from: 'merchant', at: '2028/09/05 19:31', text: `陳先生您好，抱歉久等。上游直儲渠道今日已停，${O14} 今日做唔到直儲。\n請喺訂單頁面申請退款，我哋會全額批核 HK$788.00。` },
    ],
    corpus: [SRC.ost],
    key_phrases: [O14, '一小時內到賬', '上游直儲渠道今日已停'],
  },
];
