// The third held-out set ("holdout3"): app styles the tool was never tuned on (Telegram,
// WhatsApp, Discord, DingTalk, JD customer service, a G2G-like marketplace order page, a console
// shop's redeem-code error, an Android launcher toast). Every scene is `split: 'holdout3'`;
// render with `node scripts/real/render.mjs --set holdout3`. Wording: see SOURCES.md.
const H = 'holdout3';
export default [
  // Telegram
  {
    name: 'tg-light-steam-key', style: 'telegram', device: 'android-1080x2400', split: H, clock: '21:18', battery: 64, title: 'KeyMaster Store', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'December 5' },
      { from: 'buyer', text: 'Hi, I paid $24.99 for the Elden Ring key, order KM-2026120588412', at: '20:41' },
      { from: 'merchant', text: 'Thanks! Key sent to your email, please check spam too', at: '20:44' },
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: 'Steam says the product code has already been activated by a different Steam account', at: '21:09' },
      { from: 'buyer', text: 'I want a refund please', at: '21:09' },
      { from: 'merchant', text: 'Send me a screenshot of the error, if it is used I will give you a new key or refund', at: '21:15' },
    ],
    key_phrases: ['KM-2026120588412', 'already been activated by a different Steam account', 'I will give you a new key or refund'],
  },
  {
    name: 'tg-dark-iphone-topup', case: 'real-not-received-telegram', file: 'IMG_5127.PNG', style: 'telegram', device: 'iphone-1170x2532', dark: true, split: H, clock: '00:37', battery: 22, title: '代充小铺', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'December 6' },
      { from: 'buyer', text: '原神6480创世结晶，付了¥498，两个小时了还没到账', at: '00:12' },
      { from: 'merchant', text: '高峰期排队，今晚一定到，不到全退', at: '00:20' },
      { from: 'buyer', text: '订单号 DC20261206001977，你看一下', at: '00:31' },
      { from: 'merchant', text: '查到了，上游卡单，我马上给你补充', at: '00:35' },
    ],
    key_phrases: ['DC20261206001977', '¥498', '不到全退'],
  },
  {
    name: 'tg-light-forwarded', style: 'telegram', device: 'iphone-750x1334', degrade: ['forward'], split: H, clock: '10:02', battery: 81, title: '卡密批发 Leo', subtitle: 'last seen recently',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: 'Leo，昨天买的 Xbox Game Pass 码兑换显示 code already redeemed', at: '09:48' },
      { from: 'merchant', text: '兄弟，码出了就不退不换的，群公告写了', at: '09:55' },
      { from: 'buyer', text: '我根本没用过，刚拿到就是已兑换', at: '09:57' },
    ],
    key_phrases: ['code already redeemed', '不退不换'],
  },
  // WhatsApp
  {
    name: 'wa-light-giftcard', style: 'whatsapp', device: 'android-1080x2400', split: H, clock: '17:26', battery: 47, title: 'GiftCard Hub', subtitle: 'online',
    messages: [
      { from: 'system', text: 'Messages are end-to-end encrypted. No one outside of this chat can read or listen to them.' },
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: 'Hello, the $50 Apple gift card you sent says "This code has already been redeemed"', at: '16:58' },
      { from: 'merchant', text: 'Which order? Send the order number', at: '17:03' },
      { from: 'buyer', text: 'GH-40917 paid via PayPal', at: '17:04' },
      { from: 'merchant', text: 'All cards are tested before sending. No refund for redeemed codes', at: '17:20' },
    ],
    key_phrases: ['This code has already been redeemed', 'GH-40917', 'No refund for redeemed codes'],
  },
  {
    name: 'wa-dark-long', style: 'whatsapp', device: 'android-1080x2400', dark: true, long: true, split: H, clock: '23:05', battery: 31, title: '游戏点卡 阿杰', subtitle: 'online',
    messages: [
      { from: 'time', text: 'YESTERDAY' },
      { from: 'buyer', text: '在吗，要两张PSN港服500港币点卡', at: '19:10' },
      { from: 'merchant', text: '有，一张¥455，两张¥910，转账后发卡密', at: '19:12' },
      { from: 'buyer', text: '已经转了¥910，订单号 AJ202612050032', at: '19:20' },
      { from: 'merchant', text: '发你了，第一张 XXXX-XXXX-XXXX，第二张马上', at: '19:26' },
      { from: 'buyer', text: '收到第一张了，第二张呢', at: '19:27' },
      { from: 'merchant', text: '上游补货中，半小时内发', at: '19:31' },
      { from: 'buyer', text: '好', at: '19:31' },
      { from: 'buyer', text: '一个小时了', at: '20:35' },
      { from: 'merchant', text: '今晚一定给你', at: '20:52' },
      { from: 'time', text: 'TODAY' },
      { from: 'buyer', text: '第二张一直没发，第一张兑换提示此代码已被使用', at: '22:40' },
      { from: 'buyer', text: '你不处理我就去投诉了', at: '22:41' },
      { from: 'merchant', text: '别急，明天找上游核实，是我们的问题就退款', at: '22:58' },
      { from: 'buyer', text: '那我等你到明天中午', at: '23:01' },
    ],
    key_phrases: ['AJ202612050032', '¥910', '此代码已被使用', '是我们的问题就退款'],
  },
  // Discord DM
  {
    name: 'discord-dm-1920', case: 'real-card-discord-no-capture', file: 'Screenshot 2026-12-06 132731.png', style: 'discord-dm', device: 'desktop-1920x1080', split: H, buyerName: 'nightowl', merchantName: 'ValorantPointsShop',
    messages: [
      { from: 'time', text: 'December 6, 2026' },
      { from: 'buyer', text: 'hey, bought 1000 VP yesterday, order VP-77120', at: 'Today at 13:02' },
      { from: 'buyer', text: 'the code gives an error: this code is invalid or has expired', at: 'Today at 13:02' },
      { from: 'merchant', text: 'did you redeem it in the right region? EU codes dont work on NA accounts', at: 'Today at 13:10' },
      { from: 'buyer', text: 'my account is EU, same as the listing', at: 'Today at 13:12' },
      { from: 'merchant', text: 'ok my bad, will refund you to the original payment in 24h', at: 'Today at 13:25' },
    ],
    key_phrases: ['VP-77120', 'this code is invalid or has expired', 'will refund you to the original payment in 24h'],
  },
  {
    name: 'discord-dm-1366-light', style: 'discord-dm', device: 'desktop-1366x768', light: true, split: H, buyerName: 'mika_k', merchantName: 'RobuxDealer', lineW: 640,
    messages: [
      { from: 'time', text: 'December 5, 2026' },
      { from: 'merchant', text: 'sent 2200 robux gift card code, enjoy', at: 'Yesterday at 21:44' },
      { from: 'time', text: 'December 6, 2026' },
      { from: 'buyer', text: 'it says card already redeemed. I paid $20 on your site, order RD-5512', at: 'Today at 09:31' },
      { from: 'merchant', text: 'not possible, I only sell fresh cards', at: 'Today at 09:50' },
      { from: 'merchant', text: 'maybe you redeemed it yourself on another account', at: 'Today at 09:50' },
      { from: 'buyer', text: 'I did not. I will open a dispute with PayPal then', at: 'Today at 09:52' },
    ],
    key_phrases: ['RD-5512', 'card already redeemed', 'open a dispute with PayPal'],
  },
  // DingTalk
  {
    name: 'dingtalk-android', style: 'dingtalk', device: 'android-1080x2400', split: H, clock: '11:20', battery: 88, title: '软件授权客服-王敏',
    messages: [
      { from: 'time', text: '上午 10:42' },
      { from: 'buyer', text: '王经理，我们公司买的20个Office授权，有5个激活报错0xC004C008', read: true },
      { from: 'merchant', name: '王敏', text: '收到，麻烦把这5个密钥对应的订单号发我' },
      { from: 'buyer', text: '订单号 LIC2026120410025，合同金额¥3980', read: true },
      { from: 'merchant', name: '王敏', text: '已核实，这5个今天下午补发新密钥，补不上按比例退款' },
      { from: 'buyer', text: '好的，等你消息', read: false },
    ],
    key_phrases: ['0xC004C008', 'LIC2026120410025', '¥3980', '补不上按比例退款'],
  },
  {
    name: 'dingtalk-iphone-forward', style: 'dingtalk', device: 'iphone-1170x2532', degrade: ['forward'], split: H, clock: '16:48', battery: 39, title: '云盘会员代理-小赵',
    messages: [
      { from: 'time', text: '昨天 15:06' },
      { from: 'merchant', name: '小赵', text: '百度网盘超级会员年卡，¥198，激活码已发邮箱' },
      { from: 'time', text: '16:30' },
      { from: 'buyer', text: '激活码提示已失效，用不了', read: true },
      { from: 'merchant', name: '小赵', text: '这个码是正常的，你清一下缓存再试' },
      { from: 'buyer', text: '试了三次都不行，我要退款', read: true },
    ],
    key_phrases: ['¥198', '激活码提示已失效', '我要退款'],
  },
  // JD customer service
  {
    name: 'jd-chat-android', style: 'jd-chat', device: 'android-1080x2400', split: H, clock: '19:55', battery: 52, title: '京东客服', subtitle: '游戏点卡专营店',
    messages: [
      { from: 'system', text: '客服 京东小李 为您服务' },
      { from: 'buyer', type: 'card', card: { title: '网易一卡通 100元 直充', price: '¥98.50', order: '订单号：298811204517', status: '已完成' } },
      { from: 'buyer', text: '这单显示已完成，但是游戏里没收到点数' },
      { from: 'merchant', name: '京东小李', text: '亲，充值到账可能有延迟，请您提供游戏账号' },
      { from: 'buyer', text: '账号就是下单填的那个，已经等了一天了' },
      { from: 'merchant', name: '京东小李', text: '已为您提交售后，24小时内未到账将原路退款' },
    ],
    key_phrases: ['298811204517', '¥98.50', '已完成', '24小时内未到账将原路退款'],
  },
  {
    name: 'jd-chat-iphone-long', style: 'jd-chat', device: 'iphone-1170x2532', long: true, split: H, clock: '08:30', battery: 90, title: '京东客服', subtitle: '数码软件自营',
    messages: [
      { from: 'time', text: '12月5日 21:10' },
      { from: 'system', text: '客服 京东阿德 为您服务' },
      { from: 'buyer', text: '买的Windows 11专业版电子密钥，激活失败' },
      { from: 'merchant', name: '京东阿德', text: '您好，请问报错代码是多少呢' },
      { from: 'buyer', text: '0xC004C003，说密钥被阻止' },
      { from: 'merchant', name: '京东阿德', text: '请提供订单号，我帮您申请换货' },
      { from: 'buyer', text: '订单号 301276554098，付款¥169' },
      { from: 'merchant', name: '京东阿德', text: '换货申请已提交，新密钥将在2小时内发送' },
      { from: 'time', text: '12月6日 08:21' },
      { from: 'buyer', text: '过了一晚上还没收到新密钥' },
      { from: 'merchant', name: '京东阿德', text: '非常抱歉，已为您改为退款，预计1-3个工作日到账' },
    ],
    key_phrases: ['0xC004C003', '301276554098', '¥169', '已为您改为退款'],
  },
  {
    name: 'jd-chat-750-forward', style: 'jd-chat', device: 'iphone-750x1334', degrade: ['forward'], split: H, clock: '13:14', battery: 66, title: '京东客服', subtitle: '视频会员专营',
    messages: [
      { from: 'system', text: '客服 京东小雨 为您服务' },
      { from: 'buyer', text: '爱奇艺黄金会员月卡的兑换码提示不存在' },
      { from: 'merchant', name: '京东小雨', text: '亲亲，兑换码要在爱奇艺App里兑换哦' },
      { from: 'buyer', text: '就是在App里兑换的' },
      { from: 'merchant', name: '京东小雨', text: '好的，这边为您补发一个新码' },
    ],
    key_phrases: ['兑换码提示不存在', '为您补发一个新码'],
  },
  // marketplace order page
  {
    name: 'g2g-order-desktop', style: 'g2g-order', device: 'desktop-1366x768', split: H,
    order: {
      status: 'Delivered', tone: 'wait', statusNote: 'The seller has delivered this order. Please confirm receipt within 3 days or report a problem.',
      rows: [['Order ID', '1733402216045KHJ'], ['Offer', 'Steam Wallet Gift Card 50 USD (Global)'], ['Seller', 'PixelTrader'], ['Quantity', '1'], ['Total', 'USD 52.40'], ['Delivery method', 'Code delivery'], ['Order date', 'Dec 5, 2026 22:14']],
      buttons: ['Confirm Received', 'Did Not Receive'],
    },
    key_phrases: ['1733402216045KHJ', 'USD 52.40', 'Delivered'],
  },
  {
    name: 'g2g-order-phone', style: 'g2g-order', device: 'android-1080x2400', split: H, clock: '10:41', battery: 73,
    order: {
      status: 'Resolution', tone: 'bad', statusNote: 'Order under review due to dispute.',
      rows: [['Order ID', '1733498870112QWE'], ['Offer', 'Genshin Impact 6480 Genesis Crystals'], ['Seller', 'TopUpKing'], ['Total', 'USD 99.99'], ['Delivery', 'Top-up by UID'], ['Order date', 'Dec 6, 2026 09:02']],
      buttons: ['Cancel Request', 'Chat with Seller'],
    },
    key_phrases: ['1733498870112QWE', 'USD 99.99', 'Resolution'],
  },
  // console shop redeem error
  {
    name: 'eshop-switch-redeemed', style: 'eshop-redeem', device: 'switch-1280x720', dark: true, split: H,
    code: 'B7QK 4MPX 2R9T WN3C', errorCode: 'Error Code: 2813-0040',
    lines: ['This download code has already been redeemed.'],
    key_phrases: ['2813-0040', 'already been redeemed'],
  },
  {
    name: 'eshop-phone-invalid', style: 'eshop-redeem', device: 'iphone-1170x2532', split: H, clock: '20:12', battery: 58, appTitle: 'Redeem Code', prompt: 'Enter your 16-character code',
    code: 'H4TN-7XQ2-LM8D-R3KZ', errorCode: 'Error Code: 2813-0026',
    lines: ['The code you entered is invalid. Check the code and try again.'],
    key_phrases: ['2813-0026', 'The code you entered is invalid'],
  },
  // Android launcher toast
  {
    name: 'toast-giftcode-light', style: 'android-toast', device: 'android-1440x3200', split: H, clock: '15:33', battery: 41,
    game: { title: '礼包兑换', name: '幻境大陆', fields: [['角色ID', '88142076'], ['服务器', '华东一区'], ['兑换码', 'HJDL8K2M9Q']], tips: ['每个兑换码限使用一次', '兑换成功后奖励将通过邮件发放'] },
    toast: '兑换失败：该兑换码已被使用',
    key_phrases: ['兑换失败：该兑换码已被使用'],
  },
  {
    name: 'toast-recharge-dark', style: 'android-toast', device: 'android-1080x2400', dark: true, split: H, clock: '22:08', battery: 18,
    game: { title: '点卡充值', name: '星穹战记', hue: '#D9480F', btn: '#D9480F', fields: [['账号', 'xq_player***21'], ['卡号', '1720****5531'], ['面值', '¥50']], tips: ['充值卡一经使用不可撤销'] },
    toast: '充值失败(错误码 4012)：卡号或密码错误',
    key_phrases: ['错误码 4012', '卡号或密码错误'],
  },
];
