// The twenty-ninth blind end-to-end set (fixtures/blind29/): 14 cases written by a helper (branch h20d),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind29'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is game top-ups and in-game currency bought by players
// in South-East Asia (Jakarta, Manila, Bangkok, Ho Chi Minh City, Kuala Lumpur, Kuching,
// Singapore) and in Hong Kong, Taipei and Shanghai: voucher PINs (UniPin, Razer Gold), direct
// top-ups by player ID or UID (diamonds, UC, Shells, Genesis Crystals, Tokens), the in-game
// screens that prove or disprove delivery, wallet slips, and resellers on WhatsApp, Telegram,
// LINE Official Accounts, Zalo, Messenger and WeChat. English, Simplified and Traditional Chinese.
// Seven new app styles: `unipin-voucher` (a UniPin-like voucher top-up page), `garena-shells-history`
// (a Garena-like Shells top-up history), `game-mailbox` (an in-game mailbox, phone held sideways),
// `game-purchase-history` (an in-game recharge history, sideways), `truemoney-slip` (a TrueMoney-like
// wallet e-slip), `momo-txn` (a MoMo-like wallet transaction detail) and `line-oa-chat` (a chat with a
// LINE Official Account and its rich menu); one new device, `android-2400x1080-land`.
// Render with `node scripts/real/render.mjs --set blind29`, then
// `node scripts/real/copy-cases.mjs --set blind29`. The set is judged once, at the end: do not tune on it.
const B = 'blind29';

const O1 = 'KG-280312-5521';
const O2 = 'PH-MLBB-0314-227';
const O3 = 'GC-280316-0087';
const O4 = 'NGV2803170052'; // NGV + 10 digits
const O5 = 'UCK-558201';
const O6 = 'SM-0320-7714';
const O7 = 'BT-20280321-0093';
const O8 = 'HKC-33019';
const O9 = 'RG20280325143307'; // RG + 14 digits
const O10 = 'CX2803261122047';
const O11 = 'RP-TH-0327-118';
// this order is SH-0328-2207 (28 Mar); it appears in no image
const O12b = 'SH-0321-1836'; // the buyer's earlier order (21 Mar), the one the chat is about
const O13 = 'XQ280329-0412';
const O14 = 'TG-SG-88031';

const SRC = {
  pinUsed: 'a voucher PIN check: "This pin has been used" (public GitHub PHP file, find_string id 24199831)',
  pinInvalid: 'the same check: "This pin is invalid" (public GitHub PHP file, find_string id 24199831)',
  redeemed: 'a voucher service: "The voucher has already been redeemed." (public GitHub PHP file, find_string id 10385265557)',
  incorrect: 'a voucher error table: "Voucher code is incorrect. Please check and try again." (public GitHub JavaScript file, find_string id 61420063195)',
  usually: 'a rewards page: "Rewards are usually sent to your in-game mailbox within seconds." (public GitHub React (JSX) file, find_string id 61937631292), put in a mailbox footnote',
};

const RICH_GEN = [['Top up', '#06C755'], ['Price list', '#0EA5E9'], ['Order status', '#F59E0B'], ['How to pay', '#8B5CF6'], ['Promotion', '#EF4444'], ['Contact admin', '#64748B']];
const RICH_RAZER = [['Razer Gold', '#16A34A'], ['Garena', '#EF4444'], ['Steam', '#1E3A8A'], ['Order status', '#F59E0B'], ['Pay by TrueMoney', '#F97316'], ['Contact admin', '#475569']];

export default [
  // ── 1 b29-id-unipin-pin-used: card_invalid, ready ─────────────────────────────────────────
  {
    name: 'b29-unipin-pin-used', case: 'b29-id-unipin-pin-used', file: 'Screenshot_20280312-195522.png', split: B,
    style: 'unipin-voucher', device: 'android-1080x2400', clock: '19:55', battery: 62, country: 'Indonesia',
    game: 'Free Fire', publisher: 'Garena', gameColor: '#F97316',
    player: [['Player ID', '2384117709']],
    voucher: [['Serial number', 'UPBD-R-S-0019****'], ['PIN', '****-****-****-5518']],
    alert: { tone: 'bad', title: 'Redeem failed', text: ['This pin has been used'] },
    corpus: [SRC.pinUsed],
    key_phrases: ['This pin has been used'],
  },
  {
    name: 'b29-wa-unipin-pin-used', case: 'b29-id-unipin-pin-used', file: 'Screenshot_20280313-081406.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '08:14', battery: 88, title: 'KiosGame ID', subtitle: 'business account',
    messages: [
      { from: 'time', text: 'YESTERDAY' },
      { from: 'buyer', at: '19:57', text: `Hi admin, order ${O1}, UniPin voucher IDR 150.000. I redeem it for Free Fire and UniPin says "This pin has been used". I only got it 15 minutes ago.` },
      { from: 'merchant', at: '20:03', text: 'Noted kak, we check with the supplier first.' },
      { from: 'time', text: 'TODAY' },
      { from: 'merchant', at: '08:10', text: `Sorry for waiting. Supplier confirmed the PIN for ${O1} was also sold to another reseller and redeemed there at 19:48, before you. Our mistake.` },
      { from: 'merchant', at: '08:11', text: 'Please submit the refund on your order page, we approve the full Rp152.500.' },
    ],
    corpus: [SRC.pinUsed],
    key_phrases: [O1, 'This pin has been used', 'Our mistake.'],
  },

  // ── 2 b29-ph-tg-mlbb-nr: not_received, ready ──────────────────────────────────────────────
  {
    name: 'b29-history-mlbb-none', case: 'b29-ph-tg-mlbb-nr', file: 'Screenshot_20280315-185012.png', split: B,
    style: 'game-purchase-history', device: 'android-2400x1080-land', lang: 'en', accent: '#60A5FA',
    title: 'Recharge History', info: ['Player ID: 48213377 (2041)', 'Server: PH'],
    rows: [
      ['2028-03-02 18:31', 'Weekly Diamond Pass', '₱95.00', 'Success'],
      ['2028-02-20 12:07', '257 Diamonds', '₱249.00', 'Success'],
      ['2028-01-30 22:45', 'Twilight Pass', '₱499.00', 'Success'],
    ],
    notes: ['Top-ups made on partner sites are listed here once they are credited to this ID.'],
    key_phrases: ['Recharge History', '48213377', '2028-03-02 18:31'],
  },
  {
    name: 'b29-tg-mlbb-nr', case: 'b29-ph-tg-mlbb-nr', file: 'IMG_5530.PNG', split: B,
    style: 'telegram', device: 'iphone-1170x2532', clock: '19:41', battery: 47, title: 'DiamondHub PH', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'March 14' },
      { from: 'buyer', at: '21:22', text: `Hi, I paid order ${O2} (1,049 diamonds) at 9:05 pm via GCash. ID 48213377 zone 2041. Diamonds not in yet po.` },
      { from: 'merchant', at: '21:40', text: 'Checking po.' },
      { from: 'time', text: 'March 15' },
      { from: 'buyer', at: '18:50', text: 'Still nothing. My recharge history in game shows nothing since March 2, screenshot below.' },
      { from: 'buyer', at: '18:50', type: 'image', hue: 220, w: 220, h: 100 },
      { from: 'merchant', at: '19:38', text: `Sorry, our top-up channel rejected ${O2} and the diamonds were never sent. We can't redo it this week.` },
      { from: 'merchant', at: '19:39', text: 'Please file the refund on the order, we will accept it.' },
    ],
    key_phrases: [O2, 'diamonds were never sent', 'we will accept it'],
  },

  // ── 3 b29-th-lineoa-genshin-late: late_delivery, ready ──────────────────────────────────────
  {
    name: 'b29-truemoney-genshin', case: 'b29-th-lineoa-genshin-late', file: 'Screenshot_20280316-131248.png', split: B,
    style: 'truemoney-slip', device: 'android-1080x2400', clock: '13:12', battery: 71,
    slip: {
      amount: '฿2,990.00',
      rows: [['Paid to', 'GenCrystal TH'], ['From', '08x-xxx-4172'], ['Transaction ID', '50128830417362'], ['Date/Time', '16 Mar 2028 13:12'], ['Note', O3]],
      foot: 'This e-slip is issued by TrueMoney Wallet as proof of payment.',
    },
    key_phrases: [O3, '฿2,990.00', 'GenCrystal TH'],
  },
  {
    name: 'b29-lineoa-genshin-late', case: 'b29-th-lineoa-genshin-late', file: 'IMG_7714.PNG', split: B,
    style: 'line-oa-chat', device: 'iphone-1170x2532', clock: '18:31', battery: 34, title: 'GenCrystal TH', shopAvatar: ['G', '#0EA5E9'], richMenu: RICH_GEN, menuCollapsed: true,
    messages: [
      { from: 'merchant', name: 'GenCrystal TH', text: 'Welcome to GenCrystal TH ✨ Crystals are topped up to your UID within 15 minutes after payment.' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', read: true, text: `Paid ${O3} at 13:12 by TrueMoney, UID 812447390 (Asia). Slip attached.` },
      { from: 'buyer', read: true, text: 'Almost 3 hours and no crystals. Your message says 15 minutes.' },
      { from: 'merchant', name: 'GenCrystal TH', text: `Sorry ka, the top-up channel we use has been down since noon, so ${O3} was not topped up and cannot be done today.` },
      { from: 'merchant', name: 'GenCrystal TH', text: 'Please request a refund on your order, we will approve the full ฿2,990.' },
    ],
    key_phrases: [O3, 'within 15 minutes after payment', 'we will approve the full ฿2,990.'],
  },

  // ── 4 b29-vn-zalo-momo-private: not_received, ready/weak + private-channel ───────────────────
  {
    name: 'b29-momo-pubg', case: 'b29-vn-zalo-momo-private', file: 'IMG_3391.PNG', split: B,
    style: 'momo-txn', device: 'iphone-1170x2532', lang: 'en', clock: '20:16', battery: 58, logoColor: '#0F766E',
    txn: {
      logo: 'N', service: 'Payment to NapGame VN', amount: '-249.000đ', status: 'Successful',
      rows: [['Time', '20:15 - 17/03/2028'], ['Transaction ID', '78123056441'], ['Merchant order ID', O4], ['Payment source', 'MoMo wallet'], ['Fee', 'Free'], ['Total', '249.000đ']],
    },
    key_phrases: [O4, '-249.000đ', 'NapGame VN'],
  },
  {
    name: 'b29-zalo-private-momo', case: 'b29-vn-zalo-momo-private', file: 'Screenshot_20280318-204210.png', split: B,
    style: 'zalo-chat', device: 'android-1080x2400', clock: '20:42', battery: 44, title: 'NapGame VN', subtitle: 'Vừa mới truy cập',
    messages: [
      { from: 'time', text: '20:31 17/03/2028' },
      { from: 'buyer', at: '20:31', text: `老板你好，订单 ${O4}，PUBG 660 UC，20:15 用 MoMo 付的，角色ID 5190338271，还没到账。` },
      { from: 'merchant', at: '21:02', text: '稍等，我问一下上游' },
      { from: 'time', text: '20:25 18/03/2028' },
      { from: 'buyer', at: '20:25', text: '已经一天了还是没有UC，到底能不能充？' },
      { from: 'merchant', at: '20:33', text: 'UC 渠道这周都没货，充不了，不好意思。' },
      { from: 'merchant', at: '20:34', text: '你在网站上点"已收到"把订单关掉，我直接用 MoMo 转 249.000đ 到你个人账户，今晚就到，比网站退款快。' },
      { from: 'buyer', at: '20:41', text: '不用了，我还是走网站的退款。' },
    ],
    key_phrases: [O4, '到你个人账户', '我还是走网站的退款'],
  },

  // ── 5 b29-my-pubg-wrong-near: wrong_purchase, ready/weak + deadline-near ─────────────────────
  {
    name: 'b29-coda-uc-processing', case: 'b29-my-pubg-wrong-near', file: 'Screenshot_20280319-220612.png', split: B,
    style: 'coda-topup-result', device: 'android-1080x2400', clock: '22:06', battery: 39, brand: 'UCKing MY',
    result: {
      headline: 'Processing your top-up', tone: 'wait', sub: 'Your UC is in the queue. Most orders are credited within 2 hours.',
      rows: [['Order No.', O5], ['Item', '1800 UC'], ['Game', 'PUBG MOBILE (Global)'], ['Player ID', '5630218847'], ['Payment', 'Touch \'n Go eWallet'], ['Total', 'RM 129.90'], ['Date', '19/03/2028 22:04']],
      notes: ['Cancellation with a full refund is possible while the order is still Processing (UC not yet credited).'],
      buttons: ['Contact us'],
    },
    key_phrases: [O5, 'RM 129.90', 'still Processing'],
  },
  {
    name: 'b29-wa-pubg-wrong', case: 'b29-my-pubg-wrong-near', file: 'Screenshot_20280319-222540.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '22:25', battery: 36, title: 'UCKing MY Support', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '22:09', text: `Hi, can cancel order ${O5}? I bought PUBG MOBILE 1800 UC but my account is PUBG MOBILE LITE, wrong item lah. It still says Processing.` },
      { from: 'merchant', at: '22:21', text: `Ok boss, ${O5} not sent yet, I already put it on hold. Just submit the cancel on the order page, full refund RM 129.90.` },
      { from: 'buyer', at: '22:23', text: 'Ok thanks, doing now.' },
    ],
    key_phrases: [O5, 'not sent yet', 'full refund RM 129.90'],
  },

  // ── 6 b29-sg-shells-partial: not_received (44 of 66), ready/weak + refund-partial ───────────
  {
    name: 'b29-shells-partial', case: 'b29-sg-shells-partial', file: 'Screenshot_20280320-180215.png', split: B,
    style: 'garena-shells-history', device: 'android-1080x2400', clock: '18:02', battery: 55, account: 'ke****n88', balance: '1,146',
    items: [
      { icon: '+', title: '+1,100 Shells · Top Up', sub: ['Reseller top-up · 20/03/2028 11:41'], amount: '+1,100', status: 'Completed', tone: 'ok' },
      { icon: '+', title: '+330 Shells · Top Up', sub: ['Shells card · 02/03/2028 20:04'], amount: '+330', status: 'Completed', tone: 'ok' },
      { icon: '+', title: '+110 Shells · Top Up', sub: ['Shells card · 14/02/2028 13:26'], amount: '+110', status: 'Completed', tone: 'ok' },
    ],
    notes: ['Only top-ups to this Garena account are listed.'],
    key_phrases: ['+1,100 Shells · Top Up', '20/03/2028 11:41'],
  },
  {
    name: 'b29-tg-shells-partial', case: 'b29-sg-shells-partial', file: 'photo_2028-03-20_18-30-21.jpg', split: B,
    style: 'telegram', dark: true, device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '18:30', battery: 52, title: 'ShellMart SG', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'March 20' },
      { from: 'buyer', at: '11:58', text: `Order ${O6}: paid for 3,300 Shells at 11:30, only 1,100 Shells came in at 11:41. Where are the other 2,200?` },
      { from: 'buyer', at: '16:40', text: 'Still only 1,100. My Shells history is below.' },
      { from: 'buyer', at: '16:40', type: 'image', hue: 5, w: 120, h: 230 },
      { from: 'merchant', at: '18:12', text: `Sorry, for ${O6} only the first 1,100 went through; the other two 1,100 batches failed at our supplier and can't be redone.` },
      { from: 'merchant', at: '18:13', text: 'Please request a refund of S$44.00 (the 2,200 Shells not delivered) on the order, we will approve it.' },
      { from: 'buyer', at: '18:20', text: 'OK, filing for S$44.00.' },
    ],
    key_phrases: [O6, 'refund of S$44.00', 'we will approve it.'],
  },

  // ── 7 b29-kch-mlbb-pass-nad: not_as_described, ready ────────────────────────────────────────
  {
    name: 'b29-mailbox-weekly-pass', case: 'b29-kch-mlbb-pass-nad', file: 'Screenshot_20280321-203015_Mobile Legends.png', split: B,
    style: 'game-mailbox', device: 'android-2400x1080-land', lang: 'en', accent: '#E8B04B',
    mails: [
      { title: 'Purchase successful: Weekly Diamond Pass', from: 'System', date: '2028/03/21', selected: true },
      { title: 'Season rewards', from: 'System', date: '2028/03/18' },
      { title: 'Maintenance compensation', from: 'System', date: '2028/03/12' },
      { title: 'Rank reset notice', from: 'System', date: '2028/03/05' },
    ],
    open: {
      title: 'Purchase successful: Weekly Diamond Pass', from: 'System', date: '2028/03/21 20:18',
      body: ['You have purchased the Weekly Diamond Pass.', 'Get 20 Diamonds now and 10 Diamonds on each of the next 7 days when you log in.', 'Rewards are usually sent to your in-game mailbox within seconds.'],
      attachments: [['Diamonds', '20']], claimed: true,
    },
    corpus: [SRC.usually],
    key_phrases: ['Purchase successful: Weekly Diamond Pass', '2028/03/21 20:18'],
  },
  {
    name: 'b29-msgr-pass-nad', case: 'b29-kch-mlbb-pass-nad', file: 'IMG_0458.PNG', split: B,
    style: 'messenger', dark: true, device: 'iphone-1170x2532', clock: '09:48', battery: 81, title: 'Borneo TopUp', subtitle: 'Active 5m ago', merchantAvatar: ['B', '#F59E0B'],
    messages: [
      { from: 'time', text: 'MAR 21 AT 20:31' },
      { from: 'buyer', text: `Hi, order ${O7} was Starlight Membership 1 month (RM38). But my mail says "Weekly Diamond Pass", only 20 diamonds. No Starlight at all.` },
      { from: 'buyer', type: 'image', hue: 40, w: 230, h: 104 },
      { from: 'time', text: 'TODAY AT 09:40' },
      { from: 'merchant', text: `Sorry bro, checked ${O7}. Starlight stock ran out and our staff sent the Weekly Diamond Pass instead without asking you. Not what you paid for, our mistake.` },
      { from: 'merchant', text: 'Please request the refund as not as described, we will approve the full RM38.' },
    ],
    key_phrases: [O7, 'Not what you paid for', 'approve the full RM38'],
  },

  // ── 8 b29-hk-unipin-redeemed-31h: card_invalid, reverse: first tried 31 h after delivery ──────
  {
    name: 'b29-unipin-redeemed-hk', case: 'b29-hk-unipin-redeemed-31h', file: 'IMG-20280324-WA0006.jpg', split: B,
    style: 'unipin-voucher', device: 'iphone-1170x2532', degrade: ['fwd:720:70'], clock: '04:52', battery: 23, country: 'Global', alertFirst: true,
    game: 'Genshin Impact', publisher: 'HoYoverse', gameColor: '#38BDF8',
    player: [['UID', '813***206'], ['Server', 'Asia']],
    voucher: [['Serial number', 'UPGC-2028-****-4471'], ['PIN', '****-****-****-90QK']],
    alert: { tone: 'bad', title: 'Redeem failed', text: ['The voucher has already been redeemed.'], rows: [['Time', '24/03/2028 04:52']] },
    corpus: [SRC.redeemed],
    key_phrases: ['The voucher has already been redeemed.', '24/03/2028 04:52'],
  },
  {
    name: 'b29-wa-unipin-hk-late', case: 'b29-hk-unipin-redeemed-31h', file: 'IMG_8820.PNG', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', clock: '09:41', battery: 60, title: '旺角點卡站', subtitle: '上線',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '04:58', text: `訂單 ${O8}，UniPin US$20 張卡，我啱啱先用，話 "The voucher has already been redeemed."，即係咩事？` },
      { from: 'buyer', at: '04:58', type: 'image', hue: 200, w: 130, h: 250 },
      { from: 'merchant', at: '09:35', text: `早晨，查咗 ${O8}：張卡 22號晚 21:30 發咗畀你，系統顯示 23號 18:02 已經被兌換咗。` },
      { from: 'merchant', at: '09:36', text: '我哋購買須知寫明收卡後24小時內要使用同回報，你今朝先報，已經超過時限，呢單我哋處理唔到。' },
      { from: 'buyer', at: '09:40', text: '我都未用過喎，我照樣申請退款。' },
    ],
    corpus: [SRC.redeemed],
    key_phrases: [O8, '收卡後24小時內', '處理唔到'],
  },

  // ── 9 b29-cn-razer-return: card_invalid asked as 退货, reverse ───────────────────────────────
  {
    name: 'b29-razer-pin-invalid', case: 'b29-cn-razer-return', file: 'Screenshot_20280325-144102.png', split: B,
    style: 'razer-gold-error', device: 'android-1080x2400', clock: '14:41', battery: 77,
    fields: [['Razer ID', 'zh****22@qq.com'], ['PIN', '**********8803']],
    result: { title: 'Reload Failed', body: ['This pin is invalid'] },
    corpus: [SRC.pinInvalid],
    key_phrases: ['This pin is invalid'],
  },
  {
    name: 'b29-wx-razer-return', case: 'b29-cn-razer-return', file: 'Screenshot_20280325-163820.png', split: B,
    style: 'wechat-light', device: 'android-1080x2400', clock: '16:38', battery: 70, title: '极速卡盟客服',
    messages: [
      { from: 'time', text: '14:44' },
      { from: 'buyer', text: `订单 ${O9}，雷蛇 US$10 卡密，充值提示 "This pin is invalid"，我是复制粘贴的，没输错。` },
      { from: 'merchant', text: '我查一下' },
      { from: 'time', text: '16:20' },
      { from: 'merchant', text: '查到了，这批 PIN 上游说被发卡方作废了，是我们这边的问题，可以给你退。' },
      { from: 'buyer', text: '那我申请退货，把这个卡密退回给你们，你们再把钱退我。' },
      { from: 'merchant', text: '行，你在订单里提交就可以。' },
    ],
    corpus: [SRC.pinInvalid],
    key_phrases: [O9, '被发卡方作废了', '申请退货'],
  },

  // ── 10 b29-my-zh-hok-nochat: not_received, reverse: no chat at all ────────────────────────────
  {
    name: 'b29-coda-hok-processing', case: 'b29-my-zh-hok-nochat', file: 'Screenshot_20280326-112530.png', split: B,
    style: 'codashop-receipt', device: 'android-1080x2400', degrade: ['crop:150'], clock: '11:25', battery: 90, country: 'Malaysia',
    receipt: {
      status: 'Processing', tone: 'wait', title: 'We are processing your order', line: 'Tokens are usually credited a few minutes after payment.',
      game: 'Honor of Kings', item: '800 Tokens', button: 'Back to home',
      rows: [['Transaction ID', O10], ['Player ID', '778109234410'], ['Payment', 'FPX Online Banking'], ['Price', 'RM 39.90'], ['Date', '26/03/2028 11:22']],
    },
    key_phrases: [O10, 'RM 39.90', '800 Tokens'],
  },
  {
    name: 'b29-history-hok-zh', case: 'b29-my-zh-hok-nochat', file: 'Screenshot_20280327-083012.png', split: B,
    style: 'game-purchase-history', device: 'android-2400x1080-land', lang: 'zh', accent: '#F2C14E',
    title: '充值记录', info: ['玩家ID：778109234410', '服务器：SEA'],
    rows: [
      ['2028-03-08 20:17', '月卡', 'RM 11.90', '成功'],
      ['2028-02-26 13:02', '400 Tokens', 'RM 19.90', '成功'],
      ['2028-02-26 12:58', '400 Tokens', 'RM 19.90', '失败', 'bad'],
    ],
    notes: ['第三方平台充值到账后显示在此处。'],
    key_phrases: ['充值记录', '778109234410', '2028-03-08 20:17'],
  },

  // ── 11 b29-th-lineoa-razer-threat: card_invalid, ready/weak + threatening-language ──────────
  {
    name: 'b29-razer-incorrect-dark', case: 'b29-th-lineoa-razer-threat', file: 'Screenshot_20280327-191522.png', split: B,
    style: 'razer-gold-error', dark: true, device: 'android-1080x2400', clock: '19:15', battery: 66,
    fields: [['Razer ID', 'pa****ya@hotmail.com'], ['PIN', '**********2614']],
    result: { title: 'Reload Failed', body: ['Voucher code is incorrect. Please check and try again.'] },
    corpus: [SRC.incorrect],
    key_phrases: ['Voucher code is incorrect. Please check and try again.'],
  },
  {
    name: 'b29-truemoney-razer', case: 'b29-th-lineoa-razer-threat', file: 'Screenshot_20280327-190533.png', split: B,
    style: 'truemoney-slip', device: 'android-1080x2400', clock: '19:05', battery: 70,
    slip: {
      amount: '฿520.00',
      rows: [['Paid to', 'RazerPoint TH'], ['From', '09x-xxx-8830'], ['Transaction ID', '50128831905114'], ['Date/Time', '27 Mar 2028 19:05'], ['Note', O11]],
      foot: 'This e-slip is issued by TrueMoney Wallet as proof of payment.',
    },
    key_phrases: [O11, '฿520.00', 'RazerPoint TH'],
  },
  {
    name: 'b29-lineoa-razer-threat', case: 'b29-th-lineoa-razer-threat', file: 'Screenshot_20280327-231844.png', split: B,
    style: 'line-oa-chat', device: 'android-1080x2400', clock: '23:18', battery: 41, title: 'RazerPoint TH', shopAvatar: ['R', '#16A34A'], richMenu: RICH_RAZER,
    messages: [
      { from: 'buyer', read: true, text: `Order ${O11}: the PIN says "Voucher code is incorrect. Please check and try again." Copied exactly.` },
      { from: 'buyer', read: true, text: 'Two hours no answer. You are cheaters. Refund tonight or I post your shop on Pantip and report you to the police.' },
      { from: 'merchant', name: 'RazerPoint TH', text: `Sorry for the late reply ka. ${O11}: our staff copied one PIN digit wrong and the real PIN went to another customer. Our fault.` },
      { from: 'merchant', name: 'RazerPoint TH', text: 'Please request the refund on your order, we will approve ฿520.' },
    ],
    corpus: [SRC.incorrect],
    key_phrases: [O11, 'You are cheaters.', 'we will approve ฿520.'],
  },

  // ── 12 b29-sg-shells-other-order: not_received, reverse: the chat is about another order ─────
  {
    name: 'b29-shells-both-credited', case: 'b29-sg-shells-other-order', file: 'IMG_6672.PNG', split: B,
    style: 'garena-shells-history', device: 'iphone-1170x2532', lang: 'zh', clock: '20:50', battery: 64, account: 'zh****ei', balance: '2,310',
    items: [
      { icon: '+', title: '+1,100 Shells · Top Up', sub: ['代充 · 28/03/2028 18:14'], amount: '+1,100', status: 'Completed', tone: 'ok' },
      { icon: '+', title: '+1,100 Shells · Top Up', sub: ['代充 · 21/03/2028 20:02'], amount: '+1,100', status: 'Completed', tone: 'ok' },
      { icon: '+', title: '+110 Shells · Top Up', sub: ['Shells card · 09/03/2028 22:30'], amount: '+110', status: 'Completed', tone: 'ok' },
    ],
    key_phrases: ['28/03/2028 18:14', '21/03/2028 20:02'],
  },
  {
    name: 'b29-wa-shells-other', case: 'b29-sg-shells-other-order', file: 'Screenshot_20280328-204512.png', split: B,
    style: 'whatsapp', device: 'android-1080x2400', clock: '20:45', battery: 63, title: '贝壳小铺 SG', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '20:20', text: `老板，订单 ${O12b} 的 1100 贝壳没到账，账号 zh****ei，麻烦查一下。` },
      { from: 'merchant', at: '20:38', text: `${O12b} 是 3月21日 的单，当天 20:02 已经充到你账号了，贝壳记录里能看到。` },
      { from: 'buyer', at: '20:41', text: '那就是没收到，我直接申请退款吧。' },
      { from: 'merchant', at: '20:43', text: '你再看看记录，确实到了的。' },
    ],
    key_phrases: [O12b, '3月21日', '确实到了的'],
  },

  // ── 13 b29-tw-mailbox-wrong-pack: wrong_purchase, reverse: delivered, terms exclude (near) ───
  {
    name: 'b29-mailbox-hsr-zhhant', case: 'b29-tw-mailbox-wrong-pack', file: 'Screenshot_20280329-201802.png', split: B,
    style: 'game-mailbox', device: 'android-2400x1080-land', lang: 'zh-Hant', accent: '#C9A66B', mark: { text: '已成功購買' },
    mails: [
      { title: '儲值到帳通知', from: '系統', date: '2028/03/29', selected: true },
      { title: '版本更新補償', from: '系統', date: '2028/03/26' },
      { title: '每日實訓獎勵', from: '系統', date: '2028/03/25' },
      { title: '模擬宇宙週報', from: '系統', date: '2028/03/23' },
    ],
    open: {
      title: '儲值到帳通知', from: '系統', date: '2028/03/29 20:05',
      body: ['您已成功購買「古老夢華 ×6480」，並獲得額外贈送 ×1600。', '古老夢華已發放至您的帳號，可於背包中查看。'],
    },
    key_phrases: ['儲值到帳通知', '2028/03/29 20:05', '古老夢華 ×6480'],
  },
  {
    name: 'b29-line-hsr-wrong', case: 'b29-tw-mailbox-wrong-pack', file: 'Screenshot_20280329-203512.png', split: B,
    style: 'line-chat', device: 'android-1080x2400', clock: '20:35', battery: 58, title: '星瓊代儲', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '3/29（三）' },
      { from: 'buyer', read: true, text: `訂單 ${O13}，我買錯了，想買的是「列車補給憑證」月卡，不小心按到 6480+1600，可以取消嗎？` },
      { from: 'merchant', name: '星瓊代儲', text: `不好意思，${O13} 在 20:05 已經儲值完成，古老夢華已經進到您的帳號了。` },
      { from: 'merchant', name: '星瓊代儲', text: '購買須知有寫代儲完成後無法取消、恕不退款，這單沒辦法退喔。' },
      { from: 'buyer', read: true, text: '可是我才買十幾分鐘…' },
    ],
    key_phrases: [O13, '已經儲值完成', '恕不退款'],
  },

  // ── 14 b29-sg-zh-welkin-late-noreply: late_delivery, ready/weak + chat-no-reply ──────────────
  {
    name: 'b29-history-welkin-zh', case: 'b29-sg-zh-welkin-late-noreply', file: 'Screenshot_20280331-113544.png', split: B,
    style: 'game-purchase-history', device: 'android-2400x1080-land', lang: 'zh', accent: '#D8B46A',
    title: '充值记录', info: ['UID：804233165', '服务器：亚服'],
    rows: [
      ['2028-03-01 10:22', '空月祝福', 'S$6.98', '成功'],
      ['2028-02-01 09:40', '空月祝福', 'S$6.98', '成功'],
      ['2028-01-02 21:13', '创世结晶 ×980', 'S$22.98', '成功'],
    ],
    key_phrases: ['充值记录', '804233165', '2028-03-01 10:22'],
  },
  {
    name: 'b29-tg-welkin-noreply', case: 'b29-sg-zh-welkin-late-noreply', file: 'IMG_9013.PNG', split: B,
    style: 'telegram', dark: true, device: 'iphone-1170x2532', clock: '11:40', battery: 29, title: '原石小铺 SG', subtitle: '最近在线',
    messages: [
      { from: 'time', text: '3月30日' },
      { from: 'buyer', at: '09:18', text: `你好，订单 ${O14}，空月祝福 ×3，9:15 付款的，UID 804233165，麻烦充一下。` },
      { from: 'buyer', at: '11:30', text: '已经两个多小时了，说好的1小时内到账呢？' },
      { from: 'time', text: '3月31日' },
      { from: 'buyer', at: '11:38', text: `一天多了，游戏里充值记录还是没有 ${O14} 这笔，消息都已读了也不回，我只能申请退款了。` },
      { from: 'buyer', at: '11:38', type: 'image', hue: 45, w: 230, h: 104 },
    ],
    key_phrases: [O14, '说好的1小时内到账呢', '也不回'],
  },
];
