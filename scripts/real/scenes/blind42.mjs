// The forty-second blind end-to-end set (fixtures/blind42/): 14 cases written by a helper (branch b42),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind42'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. Theme: software keys, licences and subscriptions bought from
// card shops (Windows activation through slmgr, Adobe Creative Cloud and Acrobat, JetBrains,
// antivirus and VPN codes, Microsoft 365 and iCloud+ subscriptions, an AI tool's 代开通), Chinese
// (Simplified and Traditional) and English. Six new app styles: `wsh-slmgr-dialog` (slmgr's
// Windows Script Host box over an elevated Command Prompt), `adobe-cc-desktop` (the Creative Cloud
// desktop app with an alert, or a perpetual product's serial-number step), `meiqia-chat` (the 美洽
// web chat, desktop panel or phone H5), `qiyu-chat` (the 网易七鱼 H5 chat on a phone),
// `thunderbird-mail` (Mozilla Thunderbird on the desktop) and `ios-subscriptions` (the iPhone's
// Settings › Apple ID › Subscriptions page).
// Render with `node scripts/real/render.mjs --set blind42`, then
// `node scripts/real/copy-cases.mjs --set blind42`. The set is judged once, at the end: do not tune on it.
const B = 'blind42';

const O1 = 'W2KTQ8M5RZ7J4XHD'; // dujiaoka order_sn, 16 upper-case letters and digits
const O2 = 'CLD-20417';
const O3 = '528280608100512904'; // acg-faka style trade_no: 3 digits + ymdHis + 3 digits
const O4 = 'H4TX9Q2MB7K5WR8N';
const O5 = 'DLK-448120';
const O6 = 'VG-30871'; // this order (June)
const O6b = 'VG-30544'; // the buyer's April order, the one the mail thread is about
const O7 = 'LN2806062103';
const O8 = '731280612131955208';
const O9 = 'DVK-10293';
const O10 = '5062806141104337712'; // 19 digits
const O11 = 'PS-58203';
const O12 = 'SV28061619203355'; // SV + 14 digits
const O13 = 'J8B2WQ5N7KX3TM9R';
const O14 = 'R5M8XQ2KT9W4NB7J';

const SRC = {
  inUse: 'the Windows licensing error table: "0xC004C770 … The activation server reported that the product key type is being used by another user." (SL_E_CHPA_PRODUCT_KEY_BEING_USED; public GitHub C header, find_string id 4846742826, and a Python table, id 359713994), shown as slmgr prints it ("Error: 0x… message")',
  activating: 'slmgr\'s activation line: "Activating Windows(R), Professional edition (2de67392-b7a7-462a-b1ca-108dd189f588) ..." (public GitHub Markdown file, find_string id 556946305); the same frame, with another product id, is in blind30\'s console scene',
  dnsZh: 'a Chinese KMS troubleshooting table: "0x80072EE7 | 服务器名称或地址无法解析" (public GitHub Markdown file, find_string id 56520960939), shown as slmgr prints it ("错误: 0x… 消息。")',
  removed: 'an app\'s alert: "You no longer have access to ${businessName}. The owner may have removed you from the team." (public GitHub TypeScript/JavaScript file, find_string id 56719924496), the business name filled in',
  blocked: 'a warranty service: "This serial number has been blocked by the manufacturer." (public GitHub JavaScript file, find_string id 52876791537)',
  codeBlocked: 'a licence-code client: "Error: This activation code has been blocked." (public GitHub PHP files, find_string ids 4787566471 and 39727471268)',
  deviceCap: 'a licence API test: "该激活码已达到设备上限。" (public GitHub TypeScript file, find_string id 67053199418)',
  redemption: 'a membership service: "This redemption code is invalid or unavailable." (public GitHub TypeScript file, find_string id 71479236027)',
  usedTw: 'a class-enrolment route: "此啟用碼已使用。" (public GitHub TypeScript file, find_string id 62000544829)',
};

export default [
  // ── 1 b42-zh-slmgr-inuse-meiqia: activation_failed, ready ─────────────────────────────────
  {
    name: 'b42-wsh-inuse', case: 'b42-zh-slmgr-inuse-meiqia', file: 'Screenshot 2028-06-03 210644.png', split: B,
    style: 'wsh-slmgr-dialog', device: 'desktop-1920x1080', lang: 'en', clock: '9:06 PM', date: '6/3/2028',
    cmd: ['C:\\Windows\\system32>slmgr /ipk QN7D4-*****-*****-*****-R8KTW', '', 'C:\\Windows\\system32>slmgr /ato', ''],
    box: { lines: ['Activating Windows(R), Professional edition (2de67392-b7a7-462a-b1ca-108dd189f588) ...', 'Error: 0xC004C770 The activation server reported that the product key type is being used by another user.'], maxW: 640 },
    corpus: [SRC.activating, SRC.inUse],
    key_phrases: ['0xC004C770', 'being used by another user'],
  },
  {
    name: 'b42-meiqia-inuse', case: 'b42-zh-slmgr-inuse-meiqia', file: 'Screenshot 2028-06-03 212050.png', split: B,
    style: 'meiqia-chat', device: 'desktop-1366x768', title: '极客钥匙铺', site: '极客钥匙铺', merchantName: '小林', brandColor: '#1E8CFA',
    messages: [
      { from: 'time', text: '今天 21:09' },
      { from: 'system', text: '客服 小林 为您服务' },
      { from: 'buyer', text: `你好，订单${O1}，Win11专业版零售密钥，刚用 slmgr /ato 激活，弹窗报 0xC004C770，说密钥正被另一个用户使用。我是第一次用这个码`, at: '21:10' },
      { from: 'buyer', type: 'image', hue: 215, at: '21:10' },
      { from: 'merchant', text: `查了一下：这个密钥上游同一批发给了两位客户，另一位先激活了，所以您这边提示被别人使用，是我们这边的问题。`, at: '21:18' },
      { from: 'merchant', text: '您直接在订单页申请退款，我这边同意，全额退39元。', at: '21:19' },
      { from: 'buyer', text: '好的，我去申请', at: '21:20' },
    ],
    key_phrases: [O1, '另一位先激活了', '全额退39元'],
  },
  {
    name: 'b42-luna-inuse', case: 'b42-zh-slmgr-inuse-meiqia', file: 'Screenshot_20280603-212312.png', split: B,
    style: 'dujiao-luna', device: 'android-1080x2400', clock: '21:23', battery: 64, shop: '极客钥匙铺',
    orders: [{ id: O1, title: 'Windows 11 专业版 零售激活密钥（Retail，一机一码）', qty: 1, time: '2028-06-03 19:42:08', email: 'zh****@163.com', price: '39.00', status: 'completed', pay: '支付宝', info: '密钥：QN7D4-*****-*****-*****-R8KTW' }],
    key_phrases: [O1, '¥39.00', '已完成'],
  },

  // ── 2 b42-en-adobe-seat-thunderbird: not_as_described, ready ─────────────────────────────
  {
    name: 'b42-cc-removed', case: 'b42-en-adobe-seat-thunderbird', file: 'Screenshot 2028-06-07 101214.png', split: B,
    style: 'adobe-cc-desktop', device: 'desktop-1920x1080', lang: 'en', initials: 'TW', plan: 'Plan: Creative Cloud free membership',
    apps: [
      { short: 'Ps', name: 'Photoshop', state: 'Installed · not licensed', button: 'Buy', bg: '#001E36', fg: '#31A8FF' },
      { short: 'Ai', name: 'Illustrator', state: 'Installed · not licensed', button: 'Buy', bg: '#330000', fg: '#FF9A00' },
      { short: 'Pr', name: 'Premiere Pro', state: 'Installed · not licensed', button: 'Buy', bg: '#00005B', fg: '#9999FF' },
    ],
    modal: { title: 'Team access ended', lines: ['You no longer have access to Brightline Media Ltd. The owner may have removed you from the team.', 'Creative Cloud All Apps is no longer available on this Adobe ID.'], buttons: ['Sign out', 'View plans'] },
    corpus: [SRC.removed],
    key_phrases: ['You no longer have access to Brightline Media Ltd.', 'Team access ended'],
  },
  {
    name: 'b42-tb-seat', case: 'b42-en-adobe-seat-thunderbird', file: 'Screenshot 2028-06-07 143902.png', split: B,
    style: 'thunderbird-mail', device: 'desktop-1366x768', lang: 'en', account: 'tw****@btinternet.com', unread: '2', folderW: 190, listW: 290,
    list: [
      { from: 'LicenceLoft Support', date: '14:36', subject: `Re: CC All Apps seat removed – order ${O2}` },
      { from: 'Adobe', date: '09:58', subject: 'You have been removed from a team' },
      { from: 'LicenceLoft', date: '05/06/2028', subject: `Order ${O2}: your Adobe invite` },
    ],
    mail: {
      from: 'LicenceLoft Support <support@licenceloft.co.uk>', to: 'Tom Walsh <tw****@btinternet.com>', date: '07/06/2028, 14:36',
      subject: `Re: CC All Apps seat removed – order ${O2}`,
      body: [
        'Hi Tom,',
        `Sorry about this. We checked order ${O2}: the Adobe business account that held your seat (Brightline Media Ltd) was closed by Adobe this morning, and every seat on it went with it.`,
        'So you did not get what the product page promised, a 12-month All Apps seat on your own Adobe ID: it lasted less than two days.',
        'Please open a refund request on the order and choose "Not as described". We will approve the full £89.99.',
        'Kind regards,\nAmira – LicenceLoft Support',
        { head: 'On 07/06/2028 10:20, Tom Walsh wrote:', lines: [`Hello, my Creative Cloud app now says "You no longer have access to Brightline Media Ltd. The owner may have removed you from the team." I bought the 12-month All Apps seat from you on Monday (order ${O2}) and none of the apps open any more.`] },
      ],
    },
    corpus: [SRC.removed],
    key_phrases: [O2, 'We will approve the full £89.99.', 'a 12-month All Apps seat on your own Adobe ID'],
  },

  // ── 3 b42-zh-ios-claude-noreply: not_received, ready/weak + chat-no-reply ───────────────
  {
    name: 'b42-ios-subs-claude', case: 'b42-zh-ios-claude-noreply', file: 'IMG_5120.PNG', split: B,
    style: 'ios-subscriptions', device: 'iphone-1170x2532', lang: 'zh', clock: '20:41', battery: 38,
    sections: [
      { head: '有效', rows: [{ name: 'iCloud+', short: '☁', color: '#3B8CF5', lines: ['50 GB（月度）', '续订日期：2028年6月21日'] }] },
      { head: '已过期', rows: [{ name: 'Claude', short: 'C', color: '#D97757', lines: ['Claude Pro（月度）', '已于2028年5月21日过期'] }, { name: '网易云音乐', short: '云', color: '#E60026', lines: ['黑胶VIP（月度）', '已于2028年2月3日过期'] }] },
    ],
    key_phrases: ['已于2028年5月21日过期', 'Claude Pro（月度）'],
  },
  {
    name: 'b42-qiyu-claude-noreply', case: 'b42-zh-ios-claude-noreply', file: 'IMG_5123.JPG', split: B,
    style: 'qiyu-chat', device: 'iphone-1170x2532', degrade: ['fwd:900:72'], clock: '20:49', battery: 37, title: '云栈数字会员', notice: '代开通商品付款后按顺序处理，请耐心等待，勿重复下单。', merchantName: '云栈',
    messages: [
      { from: 'time', text: '昨天 14:12' },
      { from: 'buyer', text: `你好，订单${O3}，Claude Pro 代开通1个月，上午10:05付的款，页面写2小时内完成，现在还没开通` , read: false },
      { from: 'time', text: '今天 09:30' },
      { from: 'buyer', text: '过了一晚上还是没开，苹果账号的订阅里也没有，麻烦看一下', read: false },
      { from: 'time', text: '今天 20:47' },
      { from: 'buyer', type: 'image', hue: 20 },
      { from: 'buyer', text: '订阅页面截图发你了，Claude 还是显示5月就过期了。一天多了没人回，明天还不开通我就在平台申请未收到货退款', read: false },
    ],
    key_phrases: [O3, '一天多了没人回', '申请未收到货退款'],
  },
  {
    name: 'b42-hyper-claude', case: 'b42-zh-ios-claude-noreply', file: 'IMG_5118.PNG', split: B,
    style: 'faka-hyper', device: 'iphone-1170x2532', clock: '20:39', battery: 38, shop: '云栈数字会员', accent: '#727cf5',
    order: {
      statusTone: 'wait',
      rows: [['订单号', O3], ['商品名称', 'Claude Pro 会员代开通 1个月（iOS 内购，付款后2小时内完成）'], ['购买数量', '1'], ['订单总价', '¥158.00'], ['支付方式', '微信支付'], ['订单状态', '待处理', 'status'], ['下单时间', '2028-06-08 10:05:12']],
    },
    key_phrases: [O3, '¥158.00', '待处理'],
  },

  // ── 4 b42-zh-meiqia-o365-private: not_received, ready/weak + private-channel ──────────────
  {
    name: 'b42-sq-o365', case: 'b42-zh-meiqia-o365-private', file: '屏幕截图 2028-06-10 103802.png', split: B,
    style: 'shop-order-query', device: 'desktop-1920x1080', shop: '微光软件铺', accent: '#0f9d8a',
    order: {
      query: O4, statusTone: 'wait',
      rows: [['订单号', O4], ['商品名称', 'Microsoft 365 家庭版 12个月（邀请加入家庭组，1个席位）'], ['购买数量', '1'], ['实付金额', '¥59.00'], ['支付方式', '支付宝'], ['订单状态', '待处理', 'status'], ['下单时间', '2028-06-09 21:30:26']],
      code: '人工发货商品：客服处理后将家庭组邀请发送到您的邮箱',
      note: ['请填写未加入任何家庭组的微软账号', '发送邀请后请在7天内接受'],
    },
    key_phrases: [O4, '¥59.00', '待处理'],
  },
  {
    name: 'b42-meiqia-o365-private', case: 'b42-zh-meiqia-o365-private', file: 'Screenshot_20280610-103655.jpg', split: B,
    style: 'meiqia-chat', device: 'android-1080x2400', degrade: ['fwd:720:74'], clock: '10:36', battery: 81, title: '微光软件铺', merchantName: '阿凯', brandColor: '#0f9d8a',
    messages: [
      { from: 'time', text: '昨天 21:36' },
      { from: 'buyer', text: `你好，订单${O4}，365家庭版车位，付款了一直没收到邀请邮件` },
      { from: 'system', text: '客服 阿凯 为您服务' },
      { from: 'merchant', text: '稍等我看下', at: '21:52' },
      { from: 'time', text: '今天 10:14' },
      { from: 'buyer', text: '一晚上了还是没邀请，到底能不能发？' },
      { from: 'merchant', text: '不好意思，这批家庭组的位置都满了，暂时给不了您车位', at: '10:31' },
      { from: 'merchant', text: '平台退款要审核好几天，麻烦。您加我QQ 31*****87，我那边直接给您支付宝转59块，您这边把订单点成已收货就行', at: '10:32' },
      { from: 'buyer', text: '不加了，我还是走平台退款' },
    ],
    key_phrases: [O4, '加我QQ', '直接给您支付宝转59块'],
  },

  // ── 5 b42-us-acrobat-blocked-passed: card_invalid, not-ready (deadline-passed) ───────────────
  {
    name: 'b42-acrobat-blocked', case: 'b42-us-acrobat-blocked-passed', file: 'Screenshot 2028-06-09 194122.png', split: B,
    style: 'adobe-cc-desktop', device: 'desktop-1366x768', view: 'serial', lang: 'en', product: 'Adobe Acrobat Pro 2020', clock: '7:41 PM', date: '6/9/2028',
    sub: 'Enter the 24-digit serial number from your purchase to license this copy.', serial: '1118-****-****-****-****-2290', account: 'ma****@gmail.com',
    lines: ['This serial number has been blocked by the manufacturer.'],
    corpus: [SRC.blocked],
    key_phrases: ['This serial number has been blocked by the manufacturer.'],
  },
  {
    name: 'b42-beacon-acrobat', case: 'b42-us-acrobat-blocked-passed', file: 'Screenshot 2028-06-10 091204.png', split: B,
    style: 'helpscout-beacon', device: 'desktop-1920x1080', title: 'KeyDepot US', site: 'KeyDepot US', replyTime: 'We usually reply within a few hours', merchantName: 'Lauren', brandColor: '#7C3AED',
    messages: [
      { from: 'time', text: 'Jun 9' },
      { from: 'buyer', text: `Hi, I bought Acrobat Pro 2020 on Tuesday (order ${O5}) and installed it tonight for the first time. The serial is refused: "This serial number has been blocked by the manufacturer." Can I get a refund?`, at: '7:48 PM' },
      { from: 'time', text: 'Today' },
      { from: 'merchant', at: '9:05 AM', text: `Hi Marcus, order ${O5} was delivered on June 6 at 2:12 PM. Our terms give 24 hours from delivery to report a key problem, and this is the first we have heard of it, so we can't refund it now.` },
      { from: 'merchant', at: '9:06 AM', text: 'I can offer you a replacement serial at 40% off.' },
      { from: 'buyer', text: 'No thanks. I\'ll file the refund request anyway.', at: '9:11 AM' },
    ],
    corpus: [SRC.blocked],
    key_phrases: [O5, '24 hours from delivery', 'we can\'t refund it now'],
  },

  // ── 6 b42-au-av-other-order: activation_failed, not-ready (order-id-mismatch) ───────────────
  {
    name: 'b42-av-blocked-photo', case: 'b42-au-av-other-order', file: 'IMG_3307.JPG', split: B,
    style: 'av-activation', device: 'desktop-1920x1080', degrade: ['monitor'], clock: '7:52 AM', date: '12/06/2028',
    app: { name: 'Vigilo Total Security', color: '#0E9F6E', barBg: '#0B3B2E', nav: ['Overview', 'Scan', 'Update', 'Privacy', 'Tools', 'Licence'], navOn: 5 },
    heading: 'Activate your licence', keyLabel: 'Activation code', key: 'VGTS-****-****-****-Q7PL',
    result: { tone: 'error', title: 'Activation failed', lines: ['Error: This activation code has been blocked.'] },
    buttons: ['Try again', 'Contact support'],
    corpus: [SRC.codeBlocked],
    key_phrases: ['Error: This activation code has been blocked.'],
  },
  {
    name: 'b42-tb-av-other', case: 'b42-au-av-other-order', file: 'Screenshot 2028-06-12 085310.png', split: B,
    style: 'thunderbird-mail', device: 'desktop-1920x1080', dark: true, lang: 'en', account: 'dk****@bigpond.com', unread: '4',
    list: [
      { from: 'Southern Cross Keys', date: '08:47', subject: `Re: Order ${O6b} – activation code blocked` },
      { from: 'Southern Cross Keys', date: '11/06/2028', subject: `Your order ${O6} is complete` },
      { from: 'Vigilo', date: '11/06/2028', subject: 'Welcome to Vigilo Total Security' },
      { from: 'Southern Cross Keys', date: '14/04/2028', subject: `Your order ${O6b} is complete` },
    ],
    mail: {
      from: 'Southern Cross Keys <help@sckeys.com.au>', to: 'Daniel Kerr <dk****@bigpond.com>', date: '12/06/2028, 08:47',
      subject: `Re: Order ${O6b} – activation code blocked`,
      body: [
        'Hi Daniel,',
        `We looked up order ${O6b} from 14 April. That was a 1-device Vigilo licence and it has been active on your other PC since April, so Vigilo blocks the code on a second computer. The code itself is fine.`,
        `That order is also well past our 24-hour window, so we can't refund ${O6b}.`,
        'Cheers,\nJess – Southern Cross Keys',
        { head: 'On 12/06/2028 7:58 am, Daniel Kerr wrote:', lines: [`Hi, the activation code from order ${O6b} now says "Error: This activation code has been blocked." on my new laptop. Please refund it.`] },
      ],
    },
    corpus: [SRC.codeBlocked],
    key_phrases: [O6b, 'The code itself is fine.', `we can't refund ${O6b}`],
  },

  // ── 7 b42-tw-icloud-return: not_as_described, request: return, not-ready (request-return-virtual) ─
  {
    name: 'b42-ios-subs-icloud-tw', case: 'b42-tw-icloud-return', file: 'IMG_7731.PNG', split: B,
    style: 'ios-subscriptions', device: 'iphone-1170x2532', kind: 'error', lang: 'zh-Hant', dark: true, clock: '21:08', battery: 45,
    sections: [
      { head: '有效', rows: [{ name: 'Apple Music', short: '♫', color: '#FA2D48', lines: ['個人方案（月繳）', '續訂日期：2028年6月30日'] }] },
      { head: '已過期', rows: [{ name: 'iCloud+', short: '☁', color: '#3B8CF5', lines: ['2 TB（年繳）', '已於2028年6月8日過期'] }] },
    ],
    key_phrases: ['已於2028年6月8日過期', '2 TB（年繳）'],
  },
  {
    name: 'b42-line-icloud-return', case: 'b42-tw-icloud-return', file: 'IMG_7735.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '21:41', battery: 43, title: '果子數位小舖', readMark: ['已讀', ''],
    buyerAvatar: ['怡', '#c9a'], merchantAvatar: ['果', '#e07b39'],
    messages: [
      { from: 'time', text: '6月8日(週四)' },
      { from: 'buyer', text: `老闆，訂單${O7} 的 iCloud+ 2TB 年繳代訂，今天手機一直跳儲存空間已滿，去訂閱項目看，iCloud+ 顯示已於6月8日過期，才用兩天`, read: true },
      { from: 'buyer', type: 'image', hue: 230, w: 100, h: 150, read: true },
      { from: 'merchant', name: '果子數位小舖', text: '我查了，這批年繳是用禮品卡餘額訂的，上游那批禮品卡被蘋果回收，所以年繳被取消了，是我們的問題，不好意思' },
      { from: 'buyer', text: '那我在平台申請退貨退款，這個訂閱退回給你們', read: true },
      { from: 'merchant', name: '果子數位小舖', text: '好的，您申請我這邊會同意' },
    ],
    key_phrases: [O7, '申請退貨退款', '是我們的問題'],
  },

  // ── 8 b42-zh-slmgr-dns-mismatch: card_invalid, not-ready (error-capture-mismatch) ───────────
  {
    name: 'b42-wsh-dns', case: 'b42-zh-slmgr-dns-mismatch', file: 'QQ截图20280612140012.png', split: B,
    style: 'wsh-slmgr-dialog', device: 'desktop-1366x768', lang: 'zh', clock: '14:00', date: '2028/6/12', winX: 120, winY: 60, conW: 900, conH: 470, boxX: 300, boxY: 250,
    cmd: ['C:\\Windows\\system32>slmgr /ipk NT8Q2-*****-*****-*****-7HJ4W', '', 'C:\\Windows\\system32>slmgr /ato', ''],
    box: { lines: ['错误: 0x80072EE7 服务器名称或地址无法解析。'] },
    mark: { text: '0x80072EE7' },
    corpus: [SRC.dnsZh],
    key_phrases: ['0x80072EE7', '服务器名称或地址无法解析'],
  },
  {
    name: 'b42-qq-dns', case: 'b42-zh-slmgr-dns-mismatch', file: 'Screenshot_20280612_141822.jpg', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', degrade: ['forward'], clock: '14:18', battery: 52, title: '蓝鲸软件商城',
    messages: [
      { from: 'time', text: '14:02' },
      { from: 'buyer', text: `订单${O8}，win10专业版密钥，激活报错，截图你看` },
      { from: 'buyer', type: 'image', hue: 210, w: 110, h: 140 },
      { from: 'buyer', text: '是不是卡密有问题' },
      { from: 'merchant', text: '您好，这个0x80072EE7是电脑连不上微软的激活服务器，跟密钥没关系。您先把加速器和代理关掉，网络正常了再执行一次 slmgr /ato 就能激活' },
      { from: 'buyer', text: '懒得弄了，直接给我退吧，我就按卡密无效申请' },
      { from: 'merchant', text: '密钥我查了是全新未使用的，按卡密无效申请我这边不能同意哦' },
    ],
    key_phrases: [O8, '跟密钥没关系', '全新未使用的'],
  },

  // ── 9 b42-us-jetbrains-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────
  {
    name: 'b42-tb-jb-order', case: 'b42-us-jetbrains-wrong-near', file: 'Screenshot 2028-06-13 094630.png', split: B,
    style: 'thunderbird-mail', device: 'desktop-1366x768', lang: 'en', account: 'no****@fastmail.com', unread: '1', folderW: 190, listW: 280,
    list: [
      { from: 'DevSeat Keys', date: '9:42 AM', subject: `Order ${O9} confirmed – WebStorm 1 year` },
      { from: 'PayPal', date: '9:41 AM', subject: 'Receipt for your payment to DevSeat Keys' },
      { from: 'GitHub', date: 'Yesterday', subject: '[nora-w/portfolio] Dependabot alert' },
    ],
    mail: {
      from: 'DevSeat Keys <orders@devseatkeys.com>', to: 'Nora Whitfield <no****@fastmail.com>', date: '6/13/2028, 9:42 AM',
      subject: `Order ${O9} confirmed – WebStorm 1 year`,
      body: [
        'Hi Nora,',
        `Thanks for your order ${O9}.`,
        'WebStorm – 1 year individual subscription (activation code) × 1 — $69.00\nPaid with PayPal on June 13, 2028 at 9:41 AM.',
        'Activation codes are issued by hand within 12 hours. An order can be cancelled for a full refund until its code has been sent.',
        '— DevSeat Keys',
      ],
    },
    key_phrases: [O9, '$69.00', 'cancelled for a full refund until its code has been sent'],
  },
  {
    name: 'b42-livechat-jb-wrong', case: 'b42-us-jetbrains-wrong-near', file: 'Screenshot 2028-06-13 095712.png', split: B,
    style: 'livechat-widget', device: 'desktop-1920x1080', title: 'Chat with us', site: 'DevSeat Keys', merchantName: 'Marco', agentTitle: 'Support', brandColor: '#1D4ED8',
    messages: [
      { from: 'system', text: 'Chat started · Jun 13' },
      { from: 'buyer', text: `Hi, I just paid order ${O9} for WebStorm by mistake. I meant to buy PyCharm Professional. Has the code gone out yet? If not, can you cancel it?`, at: '9:48 AM', read: true },
      { from: 'merchant', text: `Hi Nora, no code has been issued for ${O9} yet, and I've paused the order so none will be sent.`, at: '9:55 AM' },
      { from: 'merchant', text: 'Please file a refund request on the order (reason: wrong purchase) and I\'ll approve the full $69.00.', at: '9:55 AM' },
      { from: 'buyer', text: 'Thank you, filing it now.', at: '9:57 AM', read: true },
    ],
    key_phrases: [O9, 'no code has been issued', 'approve the full $69.00'],
  },

  // ── 10 b42-zh-av-devicecap-partial: activation_failed (30 of 90), ready/weak + refund-partial ──
  {
    name: 'b42-av-devicecap', case: 'b42-zh-av-devicecap-partial', file: 'Screenshot_20280614-141855.png', split: B,
    style: 'av-activation', device: 'android-1080x2400', clock: '14:18', battery: 69,
    app: { name: '御盾安全 专业版', color: '#2563EB', barBg: '#1E3A8A' },
    heading: '激活软件', keyLabel: '激活码', key: 'YD8K-****-****-M2Q7',
    result: { tone: 'error', title: '激活失败', lines: ['该激活码已达到设备上限。'] },
    buttons: ['重新输入', '联系客服'],
    corpus: [SRC.deviceCap],
    key_phrases: ['该激活码已达到设备上限。'],
  },
  {
    name: 'b42-qiyu-devicecap', case: 'b42-zh-av-devicecap-partial', file: 'Screenshot_20280614-143420.png', split: B,
    style: 'qiyu-chat', device: 'android-1080x2400', clock: '14:34', battery: 66, title: '码上正版软件', notice: '人工客服服务时间 9:00-22:00', merchantName: '小鱼',
    messages: [
      { from: 'time', text: '14:20' },
      { from: 'buyer', text: `你好，订单${O10}买了3个御盾的激活码，前两个激活好了，第三个 YD8K…M2Q7 提示该激活码已达到设备上限。` },
      { from: 'buyer', type: 'image', hue: 220 },
      { from: 'system', text: '您好，人工客服 小鱼 为您服务' },
      { from: 'merchant', text: '您好，查到了，第三个码上游发重复了，已经被别的客户绑满设备，是我们的问题' },
      { from: 'merchant', text: '前两个正常可以用，第三个给您退30元，您在订单里申请退款，金额填30就行' },
      { from: 'buyer', text: '好的' },
    ],
    corpus: [SRC.deviceCap],
    key_phrases: [O10, '第三个给您退30元', '金额填30就行'],
  },

  // ── 11 b42-de-adobe-redeem-nochat: card_invalid, not-ready (chat-missing) ─────────────────
  {
    name: 'b42-cc-redeem-invalid', case: 'b42-de-adobe-redeem-nochat', file: 'Screenshot 2028-06-15 204406.png', split: B,
    style: 'adobe-cc-desktop', device: 'desktop-1920x1080', lang: 'en', initials: 'LS', plan: 'Plan: Creative Cloud free membership',
    apps: [
      { short: 'Ps', name: 'Photoshop', state: 'Trial ended', button: 'Buy', bg: '#001E36', fg: '#31A8FF' },
      { short: 'Lr', name: 'Lightroom', state: 'Not installed', button: 'Try', bg: '#001E36', fg: '#31A8FF' },
    ],
    modal: { title: 'Redeem code', lines: ['This redemption code is invalid or unavailable.', 'Code: 8XQM-****-****-****-T42R'], buttons: ['Cancel', 'Redeem'] },
    corpus: [SRC.redemption],
    key_phrases: ['This redemption code is invalid or unavailable.'],
  },
  {
    name: 'b42-stripe-ps', case: 'b42-de-adobe-redeem-nochat', file: 'Screenshot_20280615-204932.png', split: B,
    style: 'stripe-receipt', device: 'android-1080x2400', clock: '20:49', battery: 58,
    mail: {
      subject: 'Your receipt from CodeKontor #2031-5574', from: 'CodeKontor', time: 'Thu 15 Jun, 20:31', shop: 'CodeKontor', color: '#B45309',
      amount: '€89.90', date: 'June 15, 2028', number: '2031-5574', method: 'VISA – 6620',
      items: [[`Order ${O11}: Adobe Photoshop – 12-month plan (redemption code) × 1`, '€89.90']],
      notes: ['Your redemption code is in your CodeKontor account under Orders. Redeem it at adobe.com/redeem or in the Creative Cloud app.'],
      foot: ['Questions? Write to hilfe@codekontor.de.'],
    },
    key_phrases: [O11, '€89.90', 'Adobe Photoshop – 12-month plan'],
  },

  // ── 12 b42-tw-vpn-used-threat: card_invalid, ready/weak + threatening-language ─────────────
  {
    name: 'b42-vpn-used-tw', case: 'b42-tw-vpn-used-threat', file: 'IMG_2604.PNG', split: B,
    style: 'av-activation', device: 'iphone-1170x2532', clock: '22:03', battery: 31, dark: true,
    app: { name: 'SwiftLink VPN', color: '#7C3AED', barBg: '#2E1065', round: true },
    heading: '輸入啟用碼', keyLabel: '啟用碼', key: 'SLV-****-****-8QZT',
    result: { tone: 'error', title: '啟用失敗', lines: ['此啟用碼已使用。'] },
    buttons: ['重新輸入', '聯絡客服'],
    corpus: [SRC.usedTw],
    key_phrases: ['此啟用碼已使用。'],
  },
  {
    name: 'b42-line-vpn-threat', case: 'b42-tw-vpn-used-threat', file: 'IMG_2611.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', degrade: ['crop:150'], clock: '10:31', battery: 74, title: '宅宅數位卡舖', readMark: ['已讀', ''],
    buyerAvatar: ['宇', '#79a'], merchantAvatar: ['宅', '#8b5cf6'],
    messages: [
      { from: 'time', text: '6月16日(週五)' },
      { from: 'buyer', text: `你好，訂單${O12} 的 VPN 啟用碼，輸入後顯示「此啟用碼已使用。」，我今天才買的`, read: true },
      { from: 'time', text: '6月17日(週六)' },
      { from: 'buyer', text: '一個晚上都沒人回？中午前不退錢，我就把你們賣場跟對話截圖貼到PTT跟臉書社團，讓大家知道你們專門賣用過的碼騙錢', read: true },
      { from: 'merchant', name: '宅宅數位卡舖', text: '抱歉回覆晚了。查到這組碼上游同時賣給了另一位客人，對方先啟用了，是我們的疏失' },
      { from: 'merchant', name: '宅宅數位卡舖', text: '您直接在平台申請退款，我們會同意全額退 NT$990' },
    ],
    key_phrases: [O12, '貼到PTT跟臉書社團', '全額退 NT$990'],
  },

  // ── 13 b42-zh-jetbrains-late-qiyu: late_delivery, ready ────────────────────────────────
  {
    name: 'b42-luna-jb-late', case: 'b42-zh-jetbrains-late-qiyu', file: 'IMG_8840.PNG', split: B,
    style: 'dujiao-luna', device: 'iphone-1170x2532', clock: '20:38', battery: 49, shop: '码农工具铺',
    notice: '人工发码商品：付款后2小时内发送激活码到订单邮箱，未按时发码可申请全额退款。',
    orders: [{ id: O13, title: 'JetBrains All Products Pack 1年 个人订阅 激活码', qty: 1, time: '2028-06-17 09:02:47', email: 'we****@qq.com', manual: true, price: '699.00', status: 'pending', pay: '支付宝', info: '' }],
    key_phrases: [O13, '¥699.00', '待处理', '付款后2小时内发送激活码'],
  },
  {
    name: 'b42-qiyu-jb-late', case: 'b42-zh-jetbrains-late-qiyu', file: 'IMG_8843.PNG', split: B,
    style: 'qiyu-chat', device: 'iphone-1170x2532', clock: '20:45', battery: 48, title: '码农工具铺', merchantName: '阿哲', merchantColor: '#0EA5E9',
    messages: [
      { from: 'time', text: '今天 11:40' },
      { from: 'buyer', text: `你好，订单${O13}，全家桶年付，9点付的款，说2小时内发码，到现在还没收到` },
      { from: 'system', text: '您好，人工客服 阿哲 为您服务' },
      { from: 'merchant', text: '您好，官方渠道这两天在做风控审核，今天的码都还没出来，我这边也在催' },
      { from: 'time', text: '今天 20:36' },
      { from: 'buyer', text: '都快12个小时了还没发，我不等了' },
      { from: 'merchant', text: '实在抱歉，今天确定出不了码了。您在订单页申请退款吧，我这边同意全额退699' },
    ],
    key_phrases: [O13, '今天确定出不了码了', '同意全额退699'],
  },

  // ── 14 b42-zh-win-home-norefund: wrong_purchase, not-ready (policy-no-refund, deadline-near) ──
  {
    name: 'b42-sq-win-home', case: 'b42-zh-win-home-norefund', file: '屏幕截图 2028-06-18 142012.png', split: B,
    style: 'shop-order-query', device: 'desktop-1920x1080', dark: true, shop: '极光正版软件', accent: '#8c7cff',
    order: {
      query: O14,
      rows: [['订单号', O14], ['商品名称', 'Windows 11 家庭版 零售激活密钥（自动发货）'], ['购买数量', '1'], ['实付金额', '¥25.00'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-06-18 14:02:31']],
      code: '密钥：TX9VP-*****-*****-*****-3K7YD',
      note: ['激活码类商品自动发货，发货后不支持退换，请确认版本后再下单。', '家庭版密钥不能激活专业版系统。'],
    },
    key_phrases: [O14, '¥25.00', '发货后不支持退换'],
  },
  {
    name: 'b42-meiqia-win-home', case: 'b42-zh-win-home-norefund', file: '屏幕截图 2028-06-18 143110.png', split: B,
    style: 'meiqia-chat', device: 'desktop-1366x768', title: '极光正版软件', site: '极光正版软件', merchantName: '小雪', brandColor: '#6D5BD0', tone: '#ECE9FB',
    messages: [
      { from: 'time', text: '今天 14:21' },
      { from: 'buyer', text: `你好，订单${O14}，我买成家庭版了，我要的是专业版，密钥还没用，能退吗`, at: '14:21' },
      { from: 'system', text: '客服 小雪 为您服务' },
      { from: 'merchant', text: '您好，激活码类商品是自动发货的，密钥已经发到您订单里了，页面上写了发货后不支持退换，这单没办法退', at: '14:26' },
      { from: 'merchant', text: '您可以补差价换成专业版，或者再拍一个专业版', at: '14:27' },
      { from: 'buyer', text: '没用过也不能退？那我自己去平台申请', at: '14:30' },
    ],
    key_phrases: [O14, '发货后不支持退换', '这单没办法退'],
  },
];
