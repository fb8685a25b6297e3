// The nineteenth blind end-to-end set (fixtures/blind19/): 14 cases written by a helper (branch h18e),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts and order numbers made consistent with each case's order.json;
// adaptations said so). Every scene is `split: 'blind19'`; `corpus` cites the source of each line
// taken (the find_string index id: the index names no repository); lines not cited are the
// author's own connecting lines. The set leans on software licences and memberships (Windows and
// Office keys, VPN / AI-tool / cloud subscriptions, 视频会员 兑换码, gift cards) and on e-mail
// receipts, desktop dialogs, web dashboards and support tickets. Seven new app styles:
// `win-slui-key` (Windows 11 "Enter a product key" dialog), `stripe-receipt` (Stripe e-mail
// receipt), `qqmail-web` (QQ邮箱 web), `helpdesk-ticket` (Zendesk-like help-center request),
// `saas-billing` (subscription dashboard), `vip-redeem-web` (视频会员 兑换中心) and
// `mac-license-sheet` (macOS licence alert sheet).
// Render with `node scripts/real/render.mjs --set blind19`, then
// `node scripts/real/copy-cases.mjs --set blind19`. The set is judged once, at the end: do not tune on it.
const B = 'blind19';

const O1 = 'KV-88412075'; // letter prefix + 8 digits; Stripe receipt number 1874-6630 beside it
const O2 = 'ELD-30917446'; // prefix + 8 digits
const O3 = '1733481920764'; // 13 digits
const O4 = 'KKS-40718'; // short shop number
const O5 = 'LK-2712-0931-6604'; // hyphenated
const O6 = 'CH-771920'; // short shop number
const O7 = 'TU-58231'; // short shop number
const O8 = 'SG202712061935448120'; // SG + 18 digits
const O9 = '2712092108445173'; // 16 digits
const O10 = 'SL27121014302261'; // SL + 14 digits
// O11 = 'ZR2712121408350971': ZR + 16 digits (this case's order, named in its order.json only)
const O11b = 'ZR2712050912774406'; // the buyer's other order (Office, 5 Dec)
const O12 = '20271213201544091736'; // 20 digits
const O13 = 'TW2712141930055'; // TW + 13 digits
const O14 = 'HK27121019413'; // HK + 11 digits

const SRC = {
  slui: 'a Windows activation simulator: "This product key didn\'t work. Check it and try again, or try a different key. (0x800f0805)" (public GitHub JavaScript file, find_string id 70988625875)',
  freePlan: 'a billing page: "Your subscription was canceled. You\'re currently on the Free plan." (public GitHub JavaScript file, find_string id 55634395090)',
  expired: 'a login check: "Your subscription has expired. Please renew to continue." (public GitHub file, find_string id 42028985137)',
  giftUsed: 'a gift-card check: "This gift card has already been used or is inactive." (public GitHub TypeScript file, find_string id 58105048528)',
  vip30: 'a redeem API doc: "恭喜您获得30天VIP会员权益！" (public GitHub Markdown file, find_string id 29029080574), adapted to 31天',
  refunded: 'a licence client\'s errors: "该激活码已失效或已退款。" (public GitHub Swift file, find_string id 55524427839), put on a VIP redeem page',
  keyInvalid: 'an activation dialog: MessageBox "产品密钥无效。请检查密钥并重试。" titled "激活失败" (public GitHub C# file, find_string id 53466142736)',
  noCancel: 'a cloud console FAQ: "Coding Plan 为包月订阅产品，到期自动停止，中途不支持取消和退款。" (public GitHub Markdown file, find_string id 56649421197), adapted into a shop\'s 购买须知',
  otherMac: 'a licence spec: "此序號已在另一台電腦激活，請聯繫技術支援" (public GitHub Markdown file, find_string id 56813535712)',
  voided: 'a licence server: "此序號已被停用或作廢，請聯繫官方客服 (support@…)" (public GitHub JavaScript file, find_string id 70227413185), the address left out',
};

export default [
  // ── 1 b19-en-slui-edition-ticket: activation_failed, ready ─────────────────────────────────
  {
    name: 'b19-slui-edition-dark', case: 'b19-en-slui-edition-ticket', file: 'Screenshot 2027-12-02 194108.png', split: B,
    style: 'win-slui-key', device: 'desktop-1920x1080', dark: true, lang: 'en', clock: '19:41', date: '2-12-2027',
    key: 'NW6C2-*****-*****-*****-2HYVT',
    lines: ['This product key didn\'t work. Check it and try again, or try a different key. (0x800f0805)'],
    corpus: [SRC.slui],
    key_phrases: ['0x800f0805', 'This product key didn\'t work.'],
  },
  {
    name: 'b19-helpdesk-edition', case: 'b19-en-slui-edition-ticket', file: 'Screenshot 2027-12-02 210744.png', split: B,
    style: 'helpdesk-ticket', device: 'desktop-1366x768', lang: 'en', brand: 'KeyVault Support', brandColor: '#1F4E79', buyerName: 'Daan Visser', merchantName: 'Noor (KeyVault)',
    ticket: {
      id: '48213', subject: `Windows 11 Pro key not accepted (order ${O1})`, created: 'Dec 2, 2027 19:44', last: 'Dec 2, 2027 21:02',
      status: 'Awaiting your reply', tone: 'pending', fields: [['Order number', O1], ['Product', 'Windows 11 Pro Retail Key']],
    },
    messages: [
      { from: 'buyer', at: 'Dec 2, 2027 19:44', text: `Hello, the Windows 11 Pro key from order ${O1} is refused in the "Enter a product key" window: "This product key didn't work. Check it and try again, or try a different key. (0x800f0805)". I copied it straight from your e-mail. Screenshot attached.` },
      { from: 'merchant', at: 'Dec 2, 2027 21:02', text: 'Hi Daan, thanks for the screenshot. We checked the key batch behind this order: our supplier listed Windows 11 Enterprise keys as Pro, so this key can never activate Pro. That is our mistake.\nPlease open a refund for this order on the KeyVault Market order page and we will approve it.' },
    ],
    corpus: [SRC.slui],
    key_phrases: [O1, '0x800f0805', 'we will approve it'],
  },
  {
    name: 'b19-stripe-edition', case: 'b19-en-slui-edition-ticket', file: 'Screenshot_20271202-211533.png', split: B,
    style: 'stripe-receipt', device: 'android-1080x2400', clock: '21:15', battery: 64,
    mail: {
      subject: 'Your receipt from KeyVault Market #1874-6630', from: 'KeyVault Market', time: 'Thu 2 Dec, 19:06', shop: 'KeyVault Market', color: '#1F4E79',
      amount: '€24.90', date: 'December 2, 2027', number: '1874-6630', method: 'VISA – 5530',
      items: [[`Order ${O1}: Windows 11 Pro Retail Key × 1`, '€24.90']],
      notes: ['Your key was sent in a separate e-mail at 19:06.'],
      foot: ['Questions? Reply to this e-mail or open a request at KeyVault Support.'],
    },
    key_phrases: [O1, '€24.90', '1874-6630'],
  },

  // ── 2 b19-en-ai-free-plan-nad: not_as_described, ready ──────────────────────────────────────
  {
    name: 'b19-saas-free-plan', case: 'b19-en-ai-free-plan-nad', file: 'Screenshot 2027-12-05 180402.png', split: B,
    style: 'saas-billing', device: 'desktop-1366x768',
    app: { name: 'ScribeMind', color: '#7C3AED', nav: ['Home', 'Documents', 'Templates', 'Team', 'Billing', 'Settings'], navOn: 4, crumb: 'Settings › Billing', title: 'Billing' },
    banner: { tone: 'info', lines: ['Your subscription was canceled. You\'re currently on the Free plan.'] },
    plan: { label: 'Current plan', name: 'Free', status: 'Canceled', tone: 'warn', rows: [['Pro', 'Canceled on Dec 5, 2027'], ['Words left this month', '1,500'], ['Account', 'ma****@gmail.com']] },
    corpus: [SRC.freePlan],
    key_phrases: ['You\'re currently on the Free plan.', 'Canceled on Dec 5, 2027'],
  },
  {
    name: 'b19-viber-free-plan', case: 'b19-en-ai-free-plan-nad', file: 'photo_2027-12-05_18-44-10.jpg', split: B,
    style: 'viber-chat', device: 'android-1080x2400', degrade: ['fwd:720:64'], clock: '18:44', battery: 52, title: 'AIUpgradeHub', subtitle: 'online',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '18:10', text: `Hi, order ${O2}: the ScribeMind Pro upgrade you did yesterday is gone. Billing says "Your subscription was canceled. You're currently on the Free plan." Your listing said a full month on my own account with warranty.` },
      { from: 'merchant', at: '18:38', text: 'Checked it. The payment card we used for your upgrade was disputed by its bank, so ScribeMind canceled the plan. That\'s on us, not you.' },
      { from: 'merchant', at: '18:39', text: 'Open a refund as not as described on Eldorado and I\'ll accept it.' },
      { from: 'buyer', at: '18:43', text: 'OK, filing it now.' },
    ],
    corpus: [SRC.freePlan],
    key_phrases: [O2, 'currently on the Free plan', 'I\'ll accept it'],
  },
  {
    name: 'b19-eldorado-free-plan', case: 'b19-en-ai-free-plan-nad', file: 'Screenshot 2027-12-05 184812.png', split: B,
    style: 'eldorado-order', device: 'desktop-1366x768',
    order: {
      status: 'Delivered', tone: 'ok', statusNote: 'The seller marked this order delivered on Dec 4, 2027, 11:52 AM.',
      offer: 'ScribeMind Pro – 1 Month Upgrade on Your Own Account – Full Warranty', seller: 'AIUpgradeHub', rating: '97.9%',
      rows: [['Order ID', O2], ['Order date', 'Dec 4, 2027, 11:20 AM'], ['Quantity', '1'], ['Payment', 'Mastercard •••• 3381'], ['Total', '$11.50']],
      buttons: ['Open dispute', 'Confirm received'],
    },
    key_phrases: [O2, '$11.50', 'Full Warranty'],
  },

  // ── 3 b19-en-vpn-expired-10d: not_as_described, reverse; 72 h long gone ─────────────────────
  {
    name: 'b19-saas-vpn-expired-dark', case: 'b19-en-vpn-expired-10d', file: 'IMG_2231.PNG', split: B,
    style: 'saas-billing', device: 'iphone-1170x2532', dark: true, clock: '09:05', battery: 81,
    app: { name: 'HavenVPN', color: '#10B981', nav: ['Overview', 'Devices', 'Subscription', 'Settings'], navOn: 2, title: 'Subscription' },
    banner: { tone: 'error', lines: ['Your subscription has expired. Please renew to continue.'] },
    plan: { label: 'Plan', name: 'Premium · 12 months', status: 'Expired', tone: 'error', rows: [['Expired on', 'Dec 6, 2027'], ['Devices', '0 of 6 connected'], ['Account', 'sv****@proton.me']] },
    corpus: [SRC.expired],
    key_phrases: ['Your subscription has expired.', 'Expired on'],
  },
  {
    name: 'b19-messenger-vpn-expired', case: 'b19-en-vpn-expired-10d', file: 'IMG_2234.PNG', split: B,
    style: 'messenger', device: 'iphone-1170x2532', clock: '09:41', battery: 79, title: 'Nordlys Accounts', subtitle: 'Active 3m ago', merchantAvatar: ['N', '#0ea5e9'],
    messages: [
      { from: 'time', text: 'TODAY AT 09:12' },
      { from: 'buyer', text: `The HavenVPN account from order ${O3} stopped working. The dashboard says "Your subscription has expired. Please renew to continue." You sold it as 12 months.` },
      { from: 'merchant', text: 'That login was delivered on 26 November and ran for ten days; HavenVPN closed the shared plan behind it on 6 December. Our listing gives 72 hours to check an account, so I can\'t refund it now. I can give you a replacement at half price.' },
      { from: 'buyer', text: 'No, I\'ll file it as not as described.' },
    ],
    corpus: [SRC.expired],
    key_phrases: [O3, 'ran for ten days', '72 hours to check'],
  },
  {
    name: 'b19-g2g-vpn-expired', case: 'b19-en-vpn-expired-10d', file: 'IMG_2235.PNG', split: B,
    style: 'g2g-order', device: 'iphone-1170x2532', clock: '09:43', battery: 79, shop: 'Nordlys Accounts',
    order: {
      status: 'Completed', tone: 'ok', statusNote: 'Account delivered on 26 Nov 2027 20:31.',
      rows: [['Order ID', O3], ['Offer', 'HavenVPN Premium Account – 12 Months'], ['Seller', 'Nordlys Accounts'], ['Quantity', '1'], ['Total', 'SEK 219.00'], ['Order date', '26 Nov 2027 20:14']],
      buttons: ['Report a problem'],
    },
    key_phrases: [O3, 'SEK 219.00'],
  },

  // ── 4 b19-en-office-mac-wrong-near: wrong_purchase, ready/weak + deadline-near ──────────────
  {
    name: 'b19-stripe-office-mac', case: 'b19-en-office-mac-wrong-near', file: 'IMG_5820.PNG', split: B,
    style: 'stripe-receipt', device: 'iphone-1170x2532', clock: '20:14', battery: 43,
    mail: {
      subject: 'Your receipt from Kiwi Key Store #3312-0875', from: 'Kiwi Key Store', time: '8 December 2027 at 8:09 pm', shop: 'Kiwi Key Store', color: '#0F766E',
      amount: 'NZ$89.00', date: 'December 8, 2027', number: '3312-0875', method: 'Mastercard – 2209',
      items: [['Office Home & Business 2021 for Mac – digital key × 1', 'NZ$89.00']],
      notes: [`Order ${O4}. Keys are e-mailed within 2 hours (manual delivery, 9am–9pm).`, 'Orders can be cancelled for a full refund until the key is sent.'],
    },
    key_phrases: [O4, 'NZ$89.00', 'until the key is sent'],
  },
  {
    name: 'b19-wa-office-mac-dark', case: 'b19-en-office-mac-wrong-near', file: 'Screenshot_20271208-203122_WhatsApp.png', split: B,
    style: 'whatsapp', dark: true, device: 'android-1080x2400', clock: '20:31', battery: 40, title: 'Kiwi Key Store', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '20:17', text: `Hi, order ${O4}: I bought Office 2021 for Mac by mistake, my laptop runs Windows. The key hasn't come yet, please cancel it.` },
      { from: 'merchant', at: '20:29', text: 'No worries, the key hasn\'t been sent. Request the refund on your order page as a wrong purchase and we\'ll approve it.' },
      { from: 'buyer', at: '20:30', text: 'Thank you!' },
    ],
    key_phrases: [O4, 'by mistake', 'hasn\'t been sent'],
  },

  // ── 5 b19-en-cloud-gift-used: card_invalid, ready ───────────────────────────────────────────
  {
    name: 'b19-saas-gift-used', case: 'b19-en-cloud-gift-used', file: 'Screenshot 2027-12-09 221402.png', split: B,
    style: 'saas-billing', device: 'desktop-1920x1080',
    app: { name: 'Driftbox', color: '#2563EB', nav: ['Files', 'Photos', 'Shared', 'Plan & billing', 'Settings'], navOn: 3, crumb: 'Account › Plan & billing', title: 'Plan & billing' },
    plan: { label: 'Your plan', name: 'Basic · 5 GB', status: 'Active', tone: 'ok', rows: [['Storage used', '3.8 GB of 5 GB'], ['Account', 'jo****@sapo.pt']] },
    redeem: { title: 'Redeem a gift card', help: 'Enter the code from your Driftbox gift card.', code: 'DBX7-****-****-7QK2', button: 'Redeem', lines: ['This gift card has already been used or is inactive.'] },
    corpus: [SRC.giftUsed],
    key_phrases: ['This gift card has already been used or is inactive.'],
  },
  {
    name: 'b19-discord-gift-used', case: 'b19-en-cloud-gift-used', file: 'Screenshot 2027-12-09 224012.jpg', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', degrade: ['fwd:1100:70'], light: true, buyerName: 'joaomarq', merchantName: 'LusoKeys',
    messages: [
      { from: 'time', text: 'December 9, 2027' },
      { from: 'buyer', text: `boa noite, the Driftbox 2 TB 1-year gift card from order ${O5} says "This gift card has already been used or is inactive." first time I entered it`, at: 'Today at 22:15' },
      { from: 'merchant', text: 'Sorry about that, I checked our log: that card was sent to another buyer as well. Please file the refund on the order page, I\'ll approve it.', at: 'Today at 22:37' },
      { from: 'buyer', text: 'ok, thanks', at: 'Today at 22:39' },
    ],
    corpus: [SRC.giftUsed],
    key_phrases: [O5, 'already been used or is inactive', 'sent to another buyer'],
  },
  {
    name: 'b19-kinguin-gift-used', case: 'b19-en-cloud-gift-used', file: 'Screenshot 2027-12-09 224230.png', split: B,
    style: 'kinguin-order', device: 'desktop-1366x768',
    order: {
      id: O5, date: 'Placed on 09.12.2027, 21:48', status: 'Completed', tone: 'ok',
      product: 'Driftbox 2 TB – 1 Year Gift Card (EU)', meta: 'Driftbox · Europe · Qty 1 · Seller: LusoKeys', price: '€59.90',
      keyLabel: 'Your key (revealed 09.12.2027, 21:49)', key: 'DBX7-****-****-7QK2',
      rows: [['Subtotal', '€59.90'], ['Payment', 'MB WAY'], ['Total paid', '€59.90']],
    },
    key_phrases: [O5, '€59.90', 'Completed'],
  },

  // ── 6 b19-en-apple-gc-nr-threat: not_received, weak/ready + threatening-language ───────────
  {
    name: 'b19-helpdesk-gc-threat', case: 'b19-en-apple-gc-nr-threat', file: 'IMG_7716.PNG', split: B,
    style: 'helpdesk-ticket', device: 'iphone-1170x2532', long: true, clock: '14:31', battery: 35, lang: 'en', brand: 'CardHaven Help', brandColor: '#B45309', buyerName: 'Tyler Brooks', merchantName: 'Maya (CardHaven)',
    ticket: {
      id: '30177', subject: `Code not received – order ${O6}`, created: 'Dec 10, 2027 10:02', last: 'Dec 10, 2027 14:20',
      status: 'Open', tone: 'open', fields: [['Order number', O6]],
    },
    messages: [
      { from: 'buyer', at: 'Dec 10, 2027 10:02', text: `I paid for order ${O6} (Apple Gift Card $50) at 9:15 this morning and I still have no code.` },
      { from: 'merchant', at: 'Dec 10, 2027 10:40', text: 'Thanks for reaching out. Your order is in our verification queue; codes usually go out within the hour.' },
      { from: 'buyer', at: 'Dec 10, 2027 13:55', text: 'Four hours and nothing. If I don\'t get the code or my money back today I\'ll post your store on every forum and tell everyone you are scammers.' },
      { from: 'merchant', at: 'Dec 10, 2027 14:20', text: 'We\'re sorry. Our supplier has no Apple cards in stock, so we can\'t send this code. Please request a refund on the order and we will approve it.' },
    ],
    key_phrases: [O6, 'still have no code', 'you are scammers', 'can\'t send this code'],
  },
  {
    name: 'b19-stripe-gc', case: 'b19-en-apple-gc-nr-threat', file: 'Screenshot 2027-12-10 143655.png', split: B,
    style: 'stripe-receipt', device: 'desktop-1366x768',
    mail: {
      subject: 'Your receipt from CardHaven #2045-7719', from: 'CardHaven', time: 'Fri, Dec 10, 2027, 9:15 AM', shop: 'CardHaven', color: '#B45309',
      amount: '$50.00', date: 'December 10, 2027', number: '2045-7719', method: 'Discover – 6021',
      items: [['Apple Gift Card $50 (US) – e-mail delivery × 1', '$50.00']],
      notes: [`Order ${O6}. Your code will be e-mailed after a short verification.`],
    },
    key_phrases: [O6, '$50.00'],
  },

  // ── 7 b19-en-music-late-telegram: late_delivery, ready ──────────────────────────────────────
  {
    name: 'b19-stripe-music', case: 'b19-en-music-late-telegram', file: 'Screenshot_20271211-213802.png', split: B,
    style: 'stripe-receipt', device: 'android-1080x2400', clock: '21:38', battery: 29,
    mail: {
      subject: 'Your receipt from Tunely Upgrades #5120-3348', from: 'Tunely Upgrades', time: '11 Dec, 08:05', shop: 'Tunely Upgrades', color: '#15803D',
      amount: 'R 349.00', date: 'December 11, 2027', number: '5120-3348', method: 'VISA – 0917',
      items: [['Premium Family 12 months – upgrade on your own account × 1', 'R 349.00']],
      notes: [`Order ${O7}. Upgrade is completed within 6 hours of payment.`],
    },
    key_phrases: [O7, 'R 349.00', 'within 6 hours of payment'],
  },
  {
    name: 'b19-tg-music', case: 'b19-en-music-late-telegram', file: 'photo_2027-12-11_22-07-31.jpg', split: B,
    style: 'telegram', device: 'android-1080x2400', degrade: ['fwd:600:58'], clock: '22:07', battery: 27, title: 'Tunely Upgrades', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'December 11' },
      { from: 'buyer', at: '13:20', text: `Hi, order ${O7}, paid at 08:05. Any news on the upgrade?` },
      { from: 'buyer', at: '21:40', text: 'The receipt says within 6 hours. It has been over 13 hours and my account is still on the free plan.' },
      { from: 'merchant', at: '22:05', text: 'Sorry for the wait. Our upgrade slots for South Africa are full and we can\'t complete it today. Please request the refund on the order page for late delivery, we\'ll accept it.' },
    ],
    key_phrases: [O7, 'over 13 hours', 'we\'ll accept it'],
  },

  // ── 8 b19-vip-year-month-nad: not_as_described, ready ───────────────────────────────────────
  {
    name: 'b19-qqmail-vip-year', case: 'b19-vip-year-month-nad', file: 'QQ截图20271206200511.png', split: B,
    style: 'qqmail-web', device: 'desktop-1366x768', user: 'wh****@qq.com', unread: 2,
    mail: {
      subject: `【拾光影音会员铺】您的订单已发货（订单号：${O8}）`, from: '拾光影音会员铺 <no-reply@shiguang-vip.shop>', time: '2027年12月6日(星期一) 晚上7:35', to: '我 <wh****@qq.com>', shop: '拾光影音会员铺', color: '#E67E22',
      hello: ['亲爱的顾客，您好！您购买的商品已自动发货，信息如下：'],
      rows: [['订单号', O8], ['商品名称', '腾讯视频VIP会员 12个月 年卡 兑换码'], ['数量', '1'], ['实付金额', '¥148.00'], ['下单时间', '2027-12-06 19:35:21'], ['兑换码', 'TX5K********R8Q2']],
      notes: ['请登录腾讯视频，在 VIP会员 › 兑换码兑换 中使用。'],
    },
    key_phrases: [O8, '¥148.00', '12个月 年卡'],
  },
  {
    name: 'b19-vip-month-ok', case: 'b19-vip-year-month-nad', file: 'QQ截图20271206195310.png', split: B,
    style: 'vip-redeem-web', device: 'desktop-1366x768', ok: true, mark: { text: '31天' },
    site: { name: '腾讯视频', color: '#FF7A1A' }, user: '微光****', userLine: 'VIP会员 有效期至 2028-01-06',
    code: 'TX5K********R8Q2', lines: ['兑换成功，恭喜您获得31天VIP会员权益！'],
    records: { head: ['兑换时间', '兑换内容', '到期时间'], rows: [['2027-12-06 19:52', 'VIP会员 31天', '2028-01-06']] },
    tips: ['1. 每个兑换码仅可使用一次；', '2. 兑换成功后会员时长自动累加。'],
    corpus: [SRC.vip30],
    key_phrases: ['恭喜您获得31天VIP会员权益', 'VIP会员 31天'],
  },
  {
    name: 'b19-qq-vip-month', case: 'b19-vip-year-month-nad', file: 'Screenshot_20271206-203344.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '20:33', battery: 62, title: '拾光影音会员铺',
    messages: [
      { from: 'time', text: '19:58' },
      { from: 'buyer', text: `订单${O8}买的是12个月年卡，兑换完只加了31天，截图给你` },
      { from: 'buyer', type: 'image', hue: 30, w: 200, h: 112 },
      { from: 'time', text: '20:21' },
      { from: 'merchant', text: '亲，我查了，这批码是上游发错的月卡，跟标题写的年卡不符，是我们的问题' },
      { from: 'merchant', text: '您按描述不符申请退款，我这边同意；或者给您补11个月也行' },
      { from: 'buyer', text: '我申请退款吧' },
    ],
    key_phrases: [O8, '只加了31天', '我这边同意'],
  },

  // ── 9 b19-vip-code-refunded-dark: card_invalid, ready (不退不换 terms do not cover a bad code) ─
  {
    name: 'b19-vip-refunded-dark', case: 'b19-vip-code-refunded-dark', file: 'Screenshot_20271209-211655.png', split: B,
    style: 'vip-redeem-web', device: 'android-1080x2400', dark: true, clock: '21:16', battery: 48,
    site: { name: '爱奇艺', color: '#00C853' }, user: 'qi****88', userLine: '当前未开通会员',
    code: 'IQY8********3MZC', lines: ['该激活码已失效或已退款。'],
    tips: ['1. 激活码仅限本人账号使用；', '2. 如遇问题请联系购买渠道。'],
    corpus: [SRC.refunded],
    key_phrases: ['该激活码已失效或已退款。'],
  },
  {
    name: 'b19-wecom-refunded', case: 'b19-vip-code-refunded-dark', file: 'Screenshot_20271209-214410.png', split: B,
    style: 'wecom', device: 'android-1080x2400', clock: '21:44', battery: 46, title: '阿楠', corp: '青柚影视会员',
    messages: [
      { from: 'time', text: '21:18' },
      { from: 'buyer', read: true, text: `你好，订单${O9}买的爱奇艺黄金会员季卡，兑换提示“该激活码已失效或已退款。”，我没退过款啊` },
      { from: 'buyer', type: 'image', hue: 140, w: 110, h: 200 },
      { from: 'time', text: '21:41' },
      { from: 'merchant', text: '查到了，这张码在上游被退单作废了，不是您的问题。您直接在平台申请退款，选卡密无效，我们同意' },
      { from: 'buyer', read: false, text: '好的' },
    ],
    corpus: [SRC.refunded],
    key_phrases: [O9, '该激活码已失效或已退款', '我们同意'],
  },
  {
    name: 'b19-order-refunded', case: 'b19-vip-code-refunded-dark', file: 'Screenshot_20271209-214602.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '21:46', battery: 45, shop: '青柚影视会员', accent: '#16a34a',
    order: {
      query: O9, statusTone: 'ok',
      rows: [['订单号', O9], ['商品名称', '爱奇艺黄金VIP会员 季卡 激活码 自动发货'], ['实付金额', '¥45.80'], ['支付方式', '微信支付'], ['订单状态', '已发货', 'status'], ['下单时间', '2027-12-09 21:08:44'], ['发货时间', '2027-12-09 21:08:47']],
      code: '激活码 IQY8********3MZC',
      noteTitle: '购买须知', note: ['虚拟商品一经售出，非质量问题不退不换；激活码无效请在24小时内联系客服。'],
    },
    key_phrases: [O9, '¥45.80', '已发货', '非质量问题不退不换'],
  },

  // ── 10 b19-music-late-buyer-delay: late_delivery, reverse; the buyer's wrong account held it up ─
  {
    name: 'b19-qqmail-music', case: 'b19-music-late-buyer-delay', file: 'QQ截图20271211091504.png', split: B,
    style: 'qqmail-web', device: 'desktop-1920x1080', user: 'ch****@qq.com', unread: 5,
    mail: {
      subject: `订单确认：网易云音乐 黑胶VIP 年卡 代充（订单号 ${O10}）`, from: '声浪数字会员站 <order@shenglang-vip.shop>', time: '2027年12月10日(星期五) 下午2:30', to: '我 <ch****@qq.com>', shop: '声浪数字会员站', color: '#C0392B',
      hello: ['您好，您的订单已付款成功，我们会尽快为您充值。'],
      rows: [['订单号', O10], ['商品名称', '网易云音乐 黑胶VIP 年卡 代充'], ['充值账号', '138****6620'], ['实付金额', '¥118.00'], ['付款时间', '2027-12-10 14:30:12']],
      notes: ['付款后2小时内到账（需提供正确的充值账号）。账号有误时客服会通过工单联系您。'],
    },
    key_phrases: [O10, '¥118.00', '付款后2小时内到账'],
  },
  {
    name: 'b19-helpdesk-music', case: 'b19-music-late-buyer-delay', file: 'QQ截图20271211092240.png', split: B,
    style: 'helpdesk-ticket', device: 'desktop-1366x768', lang: 'zh', brand: '声浪客服中心', brandColor: '#C0392B', buyerName: '陈晨', merchantName: '客服小鹿',
    ticket: {
      id: '2210457', subject: `订单 ${O10} 付款后未到账`, created: '2027-12-10 14:40', last: '2027-12-11 09:10',
      status: '处理中', tone: 'open', fields: [['订单号', O10]],
    },
    messages: [
      { from: 'buyer', at: '2027-12-10 14:40', text: '付款了，黑胶VIP还没到账' },
      { from: 'merchant', at: '2027-12-10 14:52', text: '您好，您下单时填写的充值账号 138****6620 未注册网易云音乐，无法充值。请在本工单回复正确的账号，收到后2小时内为您充值。' },
      { from: 'buyer', at: '2027-12-10 22:47', text: '账号是 139****6620，写错了一位' },
      { from: 'merchant', at: '2027-12-10 23:30', text: '已为 139****6620 充值黑胶VIP年卡，请刷新查看。' },
      { from: 'buyer', at: '2027-12-11 09:10', text: '到是到了，但付款都快9个小时了才到，我要按延迟发货申请退款' },
    ],
    key_phrases: [O10, '未注册网易云音乐', '写错了一位', '已为 139****6620 充值'],
  },

  // ── 11 b19-slui-zh-other-order: activation_failed, reverse; the evidence is the other order ─
  {
    name: 'b19-slui-zh-monitor', case: 'b19-slui-zh-other-order', file: 'IMG_20271212_143812.jpg', split: B,
    style: 'win-slui-key', device: 'desktop-1920x1080', lang: 'zh', degrade: ['monitor'], clock: '14:36', date: '2027/12/12',
    key: 'FXYTK-*****-*****-*****-6C8DQ',
    lines: ['产品密钥无效。请检查密钥并重试。'],
    corpus: [SRC.keyInvalid],
    key_phrases: ['产品密钥无效'],
  },
  {
    name: 'b19-qqmail-other-order', case: 'b19-slui-zh-other-order', file: 'QQ截图20271212144015.png', split: B,
    style: 'qqmail-web', device: 'desktop-1366x768', user: 'li****@qq.com', unread: 1,
    mail: {
      subject: `正软小铺 发货通知（订单 ${O11b}）`, from: '正软小铺 <fahuo@zhengruan.shop>', time: '2027年12月5日(星期日) 上午9:12', to: '我 <li****@qq.com>', shop: '正软小铺', color: '#2F6FD6',
      hello: ['您好，您购买的商品已发货：'],
      rows: [['订单号', O11b], ['商品名称', 'Office 2021 专业增强版 零售密钥'], ['实付金额', '¥29.90'], ['下单时间', '2027-12-05 09:12:40'], ['产品密钥', 'FXYTK-*****-*****-*****-6C8DQ']],
      notes: ['请在 Office 应用 › 账户 › 更改产品密钥 中激活。'],
    },
    key_phrases: [O11b, '¥29.90', 'Office 2021 专业增强版'],
  },
  {
    name: 'b19-qqpc-other-order', case: 'b19-slui-zh-other-order', file: 'QQ截图20271212144633.png', split: B,
    style: 'qq-pc', device: 'desktop-1366x768', title: '正软小铺-售后', buyerName: '李想', merchantName: '正软小铺售后', lineW: 620,
    contacts: ['正软小铺-售后', '我的手机', '大学同学群', '我的电脑'],
    messages: [
      { from: 'time', text: '2027-12-12' },
      { from: 'buyer', at: '14:41:20', text: `订单${O11b}的密钥激活不了，提示产品密钥无效，麻烦看一下` },
      { from: 'buyer', at: '14:41:52', type: 'image' },
      { from: 'merchant', at: '14:45:08', text: '您好，我查一下这个单号，稍等' },
    ],
    corpus: [SRC.keyInvalid],
    key_phrases: [O11b, '产品密钥无效'],
  },

  // ── 12 b19-ai-daichong-norefund: wrong_purchase, not-ready (policy-no-refund) ────────────────
  {
    name: 'b19-saas-ai-team', case: 'b19-ai-daichong-norefund', file: 'Screenshot_20271213-202610.png', split: B,
    style: 'saas-billing', device: 'android-1080x2400', clock: '20:26', battery: 71,
    app: { name: '灵笔AI', color: '#4F46E5', nav: ['首页', '对话', '订阅与账单', '设置'], navOn: 2, title: '订阅与账单' },
    plan: { label: '当前套餐', name: 'Plus 团队版', status: '生效中', tone: 'ok', rows: [['开通时间', '2027-12-13 20:19'], ['到期时间', '2028-01-13'], ['账号', 'li****@163.com']] },
    key_phrases: ['Plus 团队版', '2027-12-13 20:19'],
  },
  {
    name: 'b19-wx-ai-team', case: 'b19-ai-daichong-norefund', file: 'mmexport1828989115204.jpg', split: B,
    style: 'wechat-light', device: 'android-1080x2400', degrade: ['fwd:540:60'], clock: '20:35', battery: 70, title: '灵笔会员代充-小夏',
    messages: [
      { from: 'time', text: '20:24' },
      { from: 'buyer', text: `订单${O12}我拍错了，要的是个人Plus，不是团队版，能取消退款吗` },
      { from: 'merchant', text: '亲，团队版20:19已经给您开通好了。下单页写了：包月订阅商品，提交后即开始处理，中途不支持取消和退款。这单退不了哦' },
      { from: 'buyer', text: '那我还是在平台申请一下' },
    ],
    corpus: [SRC.noCancel],
    key_phrases: [O12, '我拍错了', '中途不支持取消和退款'],
  },
  {
    name: 'b19-order-ai-team', case: 'b19-ai-daichong-norefund', file: 'Screenshot_20271213-203702.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '20:37', battery: 69, shop: '灵笔会员代充', accent: '#4f46e5',
    order: {
      query: O12, statusTone: 'ok',
      rows: [['订单号', O12], ['商品名称', '灵笔AI Plus 团队版 月付 代充'], ['实付金额', '¥168.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2027-12-13 20:15:44']],
      noteTitle: '购买须知', note: ['包月订阅商品，提交后即开始处理，中途不支持取消和退款。'],
    },
    corpus: [SRC.noCancel],
    key_phrases: [O12, '¥168.00', '中途不支持取消和退款'],
  },

  // ── 13 b19-tw-mac-serial-ticket: activation_failed, ready ───────────────────────────────────
  {
    name: 'b19-mac-serial', case: 'b19-tw-mac-serial-ticket', file: '截圖 2027-12-14 下午7.56.41.png', split: B,
    style: 'mac-license-sheet', device: 'desktop-1920x1080', app: '文書大師 Pro', menus: ['檔案', '編輯', '顯示方式', '視窗', '輔助說明'], clock: '12月14日 週二 下午7:56', iconColor: '#E4572E',
    win: { title: '啟用授權', fields: [['姓名', '林怡君'], ['電子郵件', 'yi****@gmail.com'], ['序號', 'WSDP-****-****-7N3C']] },
    alert: { title: '啟用失敗', lines: ['此序號已在另一台電腦激活，請聯繫技術支援'], buttons: ['好', '聯絡技術支援'] },
    corpus: [SRC.otherMac],
    key_phrases: ['此序號已在另一台電腦激活'],
  },
  {
    name: 'b19-helpdesk-mac', case: 'b19-tw-mac-serial-ticket', file: '截圖 2027-12-14 下午8.45.10.png', split: B,
    style: 'helpdesk-ticket', device: 'desktop-1366x768', degrade: ['crop:60'], lang: 'zh-Hant', brand: '好軟小舖 支援中心', brandColor: '#0E7490', buyerName: '林怡君', merchantName: '客服 阿哲',
    ticket: {
      id: '7712', subject: `序號無法啟用（訂單 ${O13}）`, created: '2027-12-14 19:58', last: '2027-12-14 20:40',
      status: '待回覆', tone: 'pending', fields: [['訂單編號', O13], ['商品', '文書大師 Pro 永久授權']],
    },
    messages: [
      { from: 'buyer', at: '2027-12-14 19:58', text: `訂單 ${O13} 買的序號，第一次在我的 MacBook 輸入就顯示「此序號已在另一台電腦激活，請聯繫技術支援」，我從來沒用過這組序號。` },
      { from: 'merchant', at: '2027-12-14 20:40', text: '您好，查詢後這組序號之前誤發給另一位客人並已被啟用，是我們的疏失，很抱歉。\n請在平台對此訂單申請退款，我們會同意。' },
    ],
    corpus: [SRC.otherMac],
    key_phrases: [O13, '另一台電腦激活', '我們會同意'],
  },
  {
    name: 'b19-stripe-mac-tw', case: 'b19-tw-mac-serial-ticket', file: 'IMG_3390.PNG', split: B,
    style: 'stripe-receipt', device: 'iphone-1170x2532', clock: '20:48', battery: 58,
    mail: {
      labels: { receipt: '收據來自', paid: '付款於', number: '收據編號', date: '付款日期', method: '付款方式', summary: '摘要', charged: '已收取金額', download: '下載收據' },
      subject: '您在 好軟小舖 的收據 #4471-2093', from: '好軟小舖', time: '2027年12月14日 下午7:30', shop: '好軟小舖', color: '#0E7490',
      amount: 'NT$1,290.00', date: '2027年12月14日', number: '4471-2093', method: 'JCB – 8834',
      items: [['文書大師 Pro 永久授權 序號 × 1', 'NT$1,290.00']],
      notes: [`訂單編號 ${O13}。序號已另以電子郵件寄出。`],
    },
    key_phrases: [O13, 'NT$1,290.00'],
  },

  // ── 14 b19-hk-vpn-serial-3d: card_invalid, reverse; first tried three days after delivery ───
  {
    name: 'b19-saas-vpn-voided-dark', case: 'b19-hk-vpn-serial-3d', file: 'Screenshot 2027-12-13 220218.png', split: B,
    style: 'saas-billing', device: 'desktop-1366x768', dark: true,
    app: { name: '翠鳥VPN', color: '#0EA5E9', nav: ['總覽', '裝置', '訂閱與兌換', '設定'], navOn: 2, crumb: '帳戶 › 訂閱與兌換', title: '訂閱與兌換' },
    plan: { label: '目前方案', name: '免費版', status: '未訂閱', tone: 'warn', rows: [['帳戶', 'ka****@yahoo.com.hk']] },
    redeem: { title: '兌換序號', help: '輸入購買取得的年費序號。', code: 'KF7Q-****-****-2D9R', button: '兌換', lines: ['此序號已被停用或作廢，請聯繫官方客服'] },
    corpus: [SRC.voided],
    key_phrases: ['此序號已被停用或作廢'],
  },
  {
    name: 'b19-wa-vpn-voided', case: 'b19-hk-vpn-serial-3d', file: 'IMG-20271213-WA0007.jpg', split: B,
    style: 'whatsapp', device: 'android-1080x2400', degrade: ['fwd:720:66'], clock: '22:36', battery: 33, title: '速達數碼', subtitle: 'online',
    messages: [
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', at: '22:05', text: `你好，10號買嘅翠鳥VPN年費序號（訂單 ${O14}）我今日先用，話「此序號已被停用或作廢，請聯繫官方客服」` },
      { from: 'merchant', at: '22:31', text: '呢個序號10號晚7點幾已經發咗俾你，我哋頁面寫明序號收到後24小時內要兌換驗證，過咗就唔包換㗎啦。我幫你問下上游，但唔保證。' },
      { from: 'buyer', at: '22:34', text: '咁我自己喺平台申請退款' },
    ],
    corpus: [SRC.voided],
    key_phrases: [O14, '此序號已被停用或作廢', '24小時內要兌換驗證'],
  },
  {
    name: 'b19-order-vpn-voided', case: 'b19-hk-vpn-serial-3d', file: 'Screenshot_20271213-223802.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '22:38', battery: 32, shop: '速達數碼 訂單查詢', accent: '#0ea5e9',
    order: {
      query: O14, statusTone: 'ok',
      rows: [['訂單編號', O14], ['商品名稱', '翠鳥VPN 年費 序號'], ['實付金額', 'HK$188.00'], ['付款方式', 'PayMe'], ['訂單狀態', '已發貨', 'status'], ['付款時間', '2027-12-10 19:41:26'], ['發貨時間', '2027-12-10 19:41:30']],
      noteTitle: '購買須知', note: ['序號請於收到後24小時內兌換驗證，逾時恕不處理。'],
    },
    key_phrases: [O14, 'HK$188.00', '24小時內兌換驗證'],
  },
];
