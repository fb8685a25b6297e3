// Scenes used by the end-to-end cases fixtures/cases/real-*. Each has `case` (the case id) and
// `file` (the realistic file name the image gets inside the case folder).
const C1 = 'QX4T8B2NWF7RKC3D';
const C2 = '3261849057731209475';
const C3 = 'T202612111430229871';
const C4 = '2026121220153348761';
const C5 = '3389201746158830271';
const C6 = '2026121609420587316';
const C7 = 'K7M2QZ9X4HB6TR1W';
const C8 = 'P8D3WK6QZ2M7HF5R';
const C8_OTHER = 'P8D3WK6QZ2N9HF4T';
const C9 = '4017726351980624413';
const C11 = '2026121421030917752';
const C12 = 'T20261218101544307';
const C12_TRADE = '2026121822001183540712963058';
const C13 = 'E20261219163358207';

export default [
  // ── real-card-dujiaoka-wechat: card_invalid, ready ─────────────────────────────
  {
    name: 'case-dujiaoka-order-mobile', case: 'real-card-dujiaoka-wechat', file: 'Screenshot_20261208-194530.png',
    style: 'shop-order-query', device: 'android-1080x2400', clock: '19:45', battery: 64, shop: '云端发卡小铺',
    order: {
      query: C1,
      rows: [['订单号', C1], ['商品名称', '网易一卡通 100元 卡密 自动发货'], ['购买数量', '1'], ['实付金额', '¥94.50'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-08 19:42:10']],
      code: '卡号: 1501****8832  密码: ********0417',
      note: ['充值地址: 网易一卡通官网 / 游戏内充值', '卡密问题请在发货后24小时内联系客服处理'],
    },
  },
  {
    name: 'case-netease-card-used', case: 'real-card-dujiaoka-wechat', file: 'Screenshot_20261208-194812.png',
    style: 'game-topup', device: 'android-1080x2400', clock: '19:48', battery: 63,
    game: { title: '点卡充值', name: '网易一卡通充值', fields: [['充值账号', 'ha***@163.com'], ['卡号', '1501 **** **** 8832'], ['密码', '********0417']], submit: '确认充值', tips: ['一卡通面值: 100元'] },
    dialog: { title: '充值失败', body: ['该卡密已被使用，请核对卡号和密码'], buttons: ['确定'] },
    key_phrases: ['该卡密已被使用'],
  },
  {
    name: 'case-wechat-shop-cs', case: 'real-card-dujiaoka-wechat', file: 'Screenshot_20261208-195640.png',
    style: 'wechat-light', device: 'android-1080x2400', clock: '19:56', battery: 61, title: '云端发卡小铺-客服',
    messages: [
      { from: 'time', text: '19:49' },
      { from: 'buyer', text: `你好，我刚在你们网站买的网易一卡通100元，订单号${C1}，充值提示该卡密已被使用` },
      { from: 'merchant', text: '亲，稍等我查一下' },
      { from: 'merchant', text: '我们的卡都是当天新卡，保证卡密有效的，您把充值页面截图发我看看' },
      { from: 'buyer', type: 'image', hue: 220, w: 110, h: 150 },
      { from: 'merchant', text: '收到，已提交上游核实，您先在平台申请售后' },
    ],
    key_phrases: [C1, '该卡密已被使用', '保证卡密有效'],
  },

  // ── real-card-taobao: card_invalid, ready ──────────────────────────────────────
  {
    name: 'case-taobao-qb-chat', case: 'real-card-taobao', file: 'IMG_3318.PNG',
    style: 'taobao-chat', device: 'iphone-1170x2532', clock: '11:02', battery: 88, title: '星耀点卡专营店', banner: '官方授权 · 自动发货 · 7x24小时',
    messages: [
      { from: 'time', text: '10:41' },
      { from: 'system', type: 'card', card: { title: '腾讯Q币 200元 卡密 自动发货', price: '¥189.00', order: `订单号: ${C2}` } },
      { from: 'buyer', text: '在吗，这个卡密充值提示卡密不存在或已过期' },
      { from: 'merchant', text: '亲亲，麻烦提供一下充值失败的截图哦' },
      { from: 'buyer', type: 'image', hue: 30 },
      { from: 'time', text: '10:58' },
      { from: 'merchant', text: '核实了，这张卡确实有问题，您申请退款，我这边同意' },
      { from: 'buyer', text: '好的' },
    ],
    key_phrases: ['卡密不存在或已过期', '您申请退款，我这边同意'],
  },
  {
    name: 'case-qb-toast', case: 'real-card-taobao', file: 'IMG_3316.PNG',
    style: 'game-topup', device: 'iphone-1170x2532', clock: '10:39', battery: 89,
    game: { title: 'Q币充值', name: 'Q币/Q点充值', fields: [['充值QQ号', '28****9071'], ['卡号', '2406********5518'], ['卡密', '**************3390']], submit: '立即充值', tips: ['Q币卡面值: 200元'] },
    toast: '充值失败，该卡密不存在或已过期',
    key_phrases: ['该卡密不存在或已过期'],
  },
  {
    name: 'case-taobao-order-qb', case: 'real-card-taobao', file: 'IMG_3320.PNG',
    style: 'taobao-order', device: 'iphone-1170x2532', clock: '11:04', battery: 87, variant: 'taobao',
    order: {
      status: '卖家已发货', statusNote: '虚拟物品已自动发货', shop: '星耀点卡专营店', product: '腾讯Q币 200元 卡密 自动发货', sku: '面值: 200元', price: '¥189.00', paid: '¥189.00',
      info: [['订单编号', C2], ['支付宝交易号', '2026121022001156781234567890'], ['创建时间', '2026-12-10 10:15:21'], ['付款时间', '2026-12-10 10:15:33'], ['发货时间', '2026-12-10 10:15:40']],
    },
  },

  // ── real-activation-win11: activation_failed, ready ────────────────────────────
  {
    name: 'case-qqpc-win11-key', case: 'real-activation-win11', file: 'Snipaste_2026-12-11_15-20-44.png',
    style: 'qq-pc', device: 'desktop-1366x768', title: '码上正版软件店-售后', buyerName: '小林', merchantName: '码上正版-售后',
    contacts: ['码上正版软件店-售后', '我的手机', '装机交流群', '腾讯新闻'],
    messages: [
      { from: 'time', text: '2026-12-11' },
      { from: 'buyer', at: '15:02:17', text: `你好，在你家买的Win11专业版密钥，订单号 ${C3}，激活的时候报错 0xC004C003` },
      { from: 'merchant', at: '15:06:40', text: '您好，请问是在 设置-系统-激活 里输入的密钥吗？' },
      { from: 'buyer', at: '15:07:02', text: '是的，提示产品密钥已被阻止，换了网络也一样' },
      { from: 'merchant', at: '15:12:55', text: '抱歉，这批密钥可能被微软封了，您在平台申请退款，我们这边同意退' },
    ],
    key_phrases: [C3, '0xC004C003', '产品密钥已被阻止', '我们这边同意退'],
  },
  {
    name: 'case-win11-blocked-zh', case: 'real-activation-win11', file: 'Snipaste_2026-12-11_15-01-09.png',
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'zh', edition: 'Windows 11 专业版', user: 'Lin',
    error: ['无法在此设备上激活 Windows，因为你输入的产品密钥已被阻止。', '错误代码: 0xC004C003'],
    key_phrases: ['产品密钥已被阻止', '错误代码: 0xC004C003'],
  },
  {
    name: 'case-win11-order-desktop', case: 'real-activation-win11', file: 'Snipaste_2026-12-11_15-21-30.png',
    style: 'shop-order-query', device: 'desktop-1366x768', shop: '码上正版软件店', accent: '#2f80ed',
    order: {
      query: C3,
      rows: [['订单号', C3], ['商品名称', 'Windows 11 专业版 零售密钥 在线激活'], ['购买数量', '1'], ['实付金额', '¥39.90'], ['支付方式', '微信支付'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-11 14:30:22']],
      code: 'NW6C2-*****-*****-*****-KTQ9H',
      note: ['请在 设置 > 系统 > 激活 > 更改产品密钥 中输入', '激活失败请在24小时内联系售后并提供报错截图'],
    },
  },

  // ── real-card-steam-monitor: card_invalid (software key), ready; capture is a photo ──
  {
    name: 'case-steam-used-photo', case: 'real-card-steam-monitor', file: 'IMG_20261212_203944.jpg',
    style: 'steam-activate', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.7, user: 'MOONFOX', width: 680,
    heading: 'Product code already in use', code: '4HXZ2-*****-Q7M9P',
    lines: ['The product code you\'ve entered has already been activated by a different Steam account.', 'This code cannot be used again. Please contact the retailer or online seller where the code was purchased for assistance.'],
    key_phrases: ['already been activated by a different Steam account'],
  },
  {
    name: 'case-qq-dark-steam', case: 'real-card-steam-monitor', file: 'Screenshot_20261212-205211.png',
    style: 'qq-mobile', device: 'android-1440x3200', dark: true, clock: '20:52', battery: 35, title: '蒸汽游戏小店',
    messages: [
      { from: 'time', text: '20:41' },
      { from: 'buyer', text: `老板，你发我的Steam key激活说已经被别的账号激活了，订单号 ${C4}` },
      { from: 'merchant', text: '不可能吧，我们都是一手key' },
      { from: 'buyer', type: 'image', hue: 250, w: 200, h: 150 },
      { from: 'buyer', text: '拍屏给你看了，Steam原话' },
      { from: 'merchant', text: '行，我找上游核实，核实是问题key包退' },
    ],
    key_phrases: [C4, '已经被别的账号激活了', '核实是问题key包退'],
  },
  {
    name: 'case-steam-order-fwd', case: 'real-card-steam-monitor', file: '微信图片_20261212205530.jpg',
    style: 'shop-order-query', device: 'android-1080x2400', degrade: ['forward'], clock: '20:55', battery: 34, shop: '蒸汽游戏小店', accent: '#1b2838',
    order: {
      query: C4,
      rows: [['订单号', C4], ['商品名称', '双人成行 Steam激活码 国区'], ['实付金额', '¥76.00'], ['支付方式', 'QQ钱包'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-12 20:15:33']],
      code: '4HXZ2-*****-Q7M9P',
    },
  },

  // ── real-not-received-xianyu: not_received, ready, order proof is the screenshot ──
  {
    name: 'case-xianyu-not-received', case: 'real-not-received-xianyu', file: 'IMG_7741.PNG',
    style: 'xianyu-chat', device: 'iphone-750x1334', clock: '17:20', battery: 52, title: '阿杰的小店',
    item: { title: '王者荣耀 点券 直充 1000点 安卓QQ区', price: '¥88.00', status: '待发货' },
    messages: [
      { from: 'time', text: '14:10' },
      { from: 'merchant', text: '拍下后10分钟内到账，请耐心等待' },
      { from: 'time', text: '17:02' },
      { from: 'buyer', text: '拍下快3个小时了，点券还没到账' },
      { from: 'merchant', text: '不好意思，今天充值通道维护，晚点给你充' },
      { from: 'buyer', text: '说好的10分钟到账，一直没到，我申请退款了' },
      { from: 'merchant', text: '好的，你申请吧，我同意' },
    ],
    key_phrases: ['点券还没到账', '10分钟内到账', '我同意'],
  },
  {
    name: 'case-xianyu-order-wait', case: 'real-not-received-xianyu', file: 'Screenshot_20261213-172304.png',
    style: 'taobao-order', device: 'android-1080x2400', clock: '17:23', battery: 51, variant: 'xianyu',
    order: {
      status: '等待卖家发货', statusNote: '卖家承诺10分钟内发货', shop: '阿杰的小店', product: '王者荣耀 点券 直充 1000点 安卓QQ区', price: '¥88.00', paid: '¥88.00',
      info: [['订单编号', C5], ['支付宝交易号', '2026121322001174400981265537'], ['下单时间', '2026-12-13 14:05:12'], ['付款时间', '2026-12-13 14:05:40']],
      buttons: ['申请退款', '联系卖家'],
    },
  },

  // ── real-wrong-purchase-no-refund: wrong_purchase vs 不退不换 ───────────────────
  {
    name: 'case-wechat-dark-wrong', case: 'real-wrong-purchase-no-refund', file: 'IMG_0922.PNG',
    style: 'wechat-dark', device: 'iphone-1170x2532', clock: '09:51', battery: 71, title: '游戏点卡批发',
    messages: [
      { from: 'time', text: '09:45' },
      { from: 'buyer', text: '不好意思，我拍错了，本来想买网易的，拍成了完美一卡通，卡密还没用，能退吗' },
      { from: 'merchant', text: '亲，下单页面写了虚拟商品一经售出，不退不换哦' },
      { from: 'buyer', text: '我真的还没用啊，刚拍的' },
      { from: 'merchant', text: '卡密已经自动发出了，系统不支持退' },
    ],
    key_phrases: ['我拍错了', '不退不换'],
  },
  {
    name: 'case-order-policy-iphone8', case: 'real-wrong-purchase-no-refund', file: 'IMG_0921.PNG',
    style: 'shop-order-query', device: 'iphone-750x1334', clock: '09:50', battery: 72, shop: '游戏点卡批发', accent: '#e0533d',
    order: {
      query: C6,
      rows: [['订单号', C6], ['商品名称', '完美一卡通 50元 卡密'], ['实付金额', '¥48.00'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-16 09:42:05']],
      code: '卡号: 8850****2271  密码: ********6093',
      noteTitle: '售后须知',
      note: ['虚拟商品一经售出，不退不换', '卡密有问题请在发货后1小时内联系客服'],
    },
    key_phrases: ['虚拟商品一经售出，不退不换'],
  },

  // ── real-reason-mismatch-dlc: claims card_invalid, but the DLC needs the base game ──
  {
    name: 'case-steam-dlc-base', case: 'real-reason-mismatch-dlc', file: 'Snipaste_2026-12-15_21-10-33.png',
    style: 'steam-activate', device: 'desktop-1366x768', user: 'TARNISHED', width: 600,
    heading: 'Product activation failed',
    lines: ['This product requires ownership of another product before activation.', 'If you are trying to activate an expansion pack or downloadable content, please first activate the original game, then activate this additional content.'],
    key_phrases: ['requires ownership of another product before activation'],
  },
  {
    name: 'case-ticket-dlc', case: 'real-reason-mismatch-dlc', file: 'Snipaste_2026-12-15_21-25-02.png',
    style: 'shop-webchat', device: 'desktop-1366x768', shop: '次元发卡', title: '工单详情 #58213 激活码无法使用',
    ticket: [['关联订单', C7], ['商品', '艾尔登法环 黄金树幽影 DLC 激活码（需本体）'], ['状态', '处理中', 'status'], ['提交时间', '2026-12-15 21:12']],
    buyerName: '我', merchantName: '客服-小次',
    messages: [
      { from: 'buyer', at: '21:12', text: '激活码用不了，Steam提示需要另一个产品，卡密无效，给我退款' },
      { from: 'merchant', at: '21:18', text: '您好，这是DLC，需要先拥有本体游戏才能激活，商品标题已写明需本体' },
      { from: 'buyer', at: '21:20', text: '我没买本体，那就退了吧' },
      { from: 'merchant', at: '21:24', text: '激活码没有问题，未拥有本体不属于卡密问题，无法按卡密无效退款' },
    ],
    key_phrases: [C7, '需要先拥有本体游戏才能激活', '我没买本体'],
  },

  // ── real-order-id-mismatch-webchat: the ticket names another order of the same shop ──
  {
    name: 'case-ticket-other-order', case: 'real-order-id-mismatch-webchat', file: 'Screenshot_20261217-132215.png',
    style: 'shop-webchat', device: 'android-1080x2400', clock: '13:22', battery: 45, shop: '极光卡铺', navColor: '#6f42c1', title: '工单 #60177',
    ticket: [['关联订单', C8_OTHER], ['状态', '待处理', 'status']],
    buyerName: '我', merchantName: '客服',
    messages: [
      { from: 'buyer', at: '13:05', text: `订单号 ${C8_OTHER} 的兑换码提示已被使用，麻烦处理` },
      { from: 'merchant', at: '13:19', text: '您好，已收到，请提供兑换失败截图' },
    ],
    key_phrases: [C8_OTHER, '兑换码提示已被使用'],
  },
  {
    name: 'case-android-code-used', case: 'real-order-id-mismatch-webchat', file: 'Screenshot_20261217-130240.png',
    style: 'android-dialog', device: 'android-1080x2400', clock: '13:02', battery: 47, appTitle: '兑换中心',
    fields: [['兑换码', 'YK7Q-****-****-M2WD']], submit: '立即兑换',
    dialog: { title: '兑换失败', body: ['该兑换码已被使用，请勿重复兑换'], buttons: ['知道了'] },
    key_phrases: ['该兑换码已被使用'],
  },
  {
    name: 'case-order-mismatch-query', case: 'real-order-id-mismatch-webchat', file: 'Screenshot_20261217-132540.png',
    style: 'shop-order-query', device: 'android-1080x2400', clock: '13:25', battery: 44, shop: '极光卡铺', accent: '#6f42c1',
    order: {
      query: C8,
      rows: [['订单号', C8], ['商品名称', '优酷VIP会员 月卡 兑换码'], ['实付金额', '¥15.80'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-17 12:58:41']],
      code: 'YK7Q-****-****-M2WD',
    },
  },

  // ── real-private-channel-qq: merchant offers to settle over WeChat ──────────────
  {
    name: 'case-qq-private', case: 'real-private-channel-qq', file: 'Screenshot_20261214-093012.png',
    style: 'qq-mobile', device: 'android-1080x2400', clock: '09:30', battery: 90, title: '京卡优选',
    messages: [
      { from: 'time', text: '09:12' },
      { from: 'buyer', text: `你好，昨晚买的京东E卡100元，订单${C9}，绑定提示卡号或密码错误` },
      { from: 'merchant', text: '我看下' },
      { from: 'merchant', text: '平台退款要走好几天，你加我微信 kami_8826，我私下转你' },
      { from: 'buyer', text: '不能直接在平台退吗？' },
      { from: 'merchant', text: '平台要扣手续费，微信私下转你更快' },
    ],
    key_phrases: [C9, '卡号或密码错误', '加我微信', '私下转你'],
  },
  {
    name: 'case-jd-bind-fail', case: 'real-private-channel-qq', file: 'Screenshot_20261214-090847.png',
    style: 'android-dialog', device: 'android-1080x2400', clock: '09:08', battery: 92, appTitle: '绑定京东E卡',
    fields: [['卡号', 'JDE1****6620'], ['密码', '****-****-****-71A9']], submit: '绑定',
    dialog: { title: '绑定失败', body: ['卡号或密码错误，请核对后重新输入'], buttons: ['取消', '重新输入'] },
    key_phrases: ['卡号或密码错误'],
  },
  {
    name: 'case-taobao-order-jd', case: 'real-private-channel-qq', file: 'Screenshot_20261214-093355.png',
    style: 'taobao-order', device: 'android-1080x2400', clock: '09:33', battery: 89, variant: 'taobao',
    order: {
      status: '交易成功', shop: '京卡优选', product: '京东E卡 100元 电子卡 卡密', sku: '面值: 100元', price: '¥97.00', paid: '¥97.00',
      info: [['订单编号', C9], ['支付宝交易号', '2026121322001198807712345501'], ['创建时间', '2026-12-13 22:41:09'], ['付款时间', '2026-12-13 22:41:15'], ['发货时间', '2026-12-13 22:41:20']],
    },
  },

  // ── real-threat-xianyu: the buyer threatens and insults ─────────────────────────
  {
    name: 'case-xianyu-threat', case: 'real-threat-xianyu', file: 'Screenshot_20261219-221045.png',
    style: 'xianyu-chat', device: 'android-1440x3200', clock: '22:10', battery: 23, title: '影视会员铺',
    item: { title: '爱奇艺 黄金VIP 月卡 兑换码 秒发', price: '¥12.50', status: '已发货' },
    messages: [
      { from: 'time', text: '21:48' },
      { from: 'buyer', text: '你卖的爱奇艺兑换码兑换不了，提示兑换码已被使用' },
      { from: 'merchant', text: '我发之前都测过的，你确定没输错？' },
      { from: 'buyer', text: '骗子！不退款我就去投诉你，还要曝光你' },
      { from: 'merchant', text: '你先别急，发个截图我看看' },
      { from: 'buyer', type: 'image', hue: 120 },
    ],
    key_phrases: ['兑换码已被使用', '骗子', '不退款我就去投诉你'],
  },
  {
    name: 'case-iqiyi-used', case: 'real-threat-xianyu', file: 'Screenshot_20261219-214702.png',
    style: 'game-topup', device: 'android-1440x3200', clock: '21:47', battery: 25,
    game: { title: 'VIP会员兑换', name: '黄金VIP会员', hue: '#0bbe06', fields: [['兑换账号', '138****2207'], ['兑换码', 'IQ8H********X4N2']], submit: '立即兑换' },
    dialog: { title: '兑换失败', body: ['兑换码已被使用，请更换兑换码'], buttons: ['我知道了'] },
    key_phrases: ['兑换码已被使用'],
  },

  // ── real-deadline-passed-longchat: card problem reported 3 days after delivery ──
  {
    name: 'case-wechat-long-late', case: 'real-deadline-passed-longchat', file: 'Screenshot_20261217-211530.png',
    style: 'wechat-light', device: 'android-1080x2400', long: true, clock: '21:15', battery: 58, title: '橙子游戏充值',
    messages: [
      { from: 'time', text: '12月14日 晚上21:01' },
      { from: 'buyer', text: '老板，完美世界的点卡还有吗' },
      { from: 'merchant', text: '有的，100元面值，直接在网站下单就行，自动发卡' },
      { from: 'buyer', text: '好的' },
      { from: 'buyer', text: `下单了，订单号${C11}` },
      { from: 'merchant', text: '收到，卡密已经发到订单页了' },
      { from: 'buyer', text: '谢谢，我过两天再充' },
      { from: 'merchant', text: '好的，卡密有问题请在24小时内反馈' },
      { from: 'time', text: '12月17日 晚上20:58' },
      { from: 'buyer', text: '今天去充值，提示激活码已过期，这怎么回事' },
      { from: 'buyer', type: 'image', hue: 280 },
      { from: 'merchant', text: '亲，发卡已经三天了，超过24小时售后期了，上游不给处理' },
      { from: 'buyer', text: '我买了一直没用，怎么就过期了' },
      { from: 'merchant', text: '您可以自己申请平台售后试试' },
      { from: 'buyer', text: '那我申请一下' },
    ],
    key_phrases: [C11, '激活码已过期', '卡密有问题请在24小时内反馈'],
  },
  {
    name: 'case-android-dark-expired', case: 'real-deadline-passed-longchat', file: 'Screenshot_20261217-205512.png',
    style: 'android-dialog', device: 'android-1080x2400', dark: true, clock: '20:55', battery: 60, appTitle: '完美世界 点卡激活',
    fields: [['游戏账号', 'pw****88'], ['激活码', 'WM20-****-****-5C7E']], submit: '激活',
    dialog: { title: '激活失败', body: ['激活码已过期，无法使用'], buttons: ['确定'] },
    key_phrases: ['激活码已过期'],
  },

  // ── real-card-appstore-ipad: App Store code already redeemed, ready ──────────────
  {
    name: 'case-ipad-redeemed', case: 'real-card-appstore-ipad', file: 'IMG_1205.PNG',
    style: 'ios-appstore-alert', device: 'ipad-2360x1640', clock: '10:22', battery: 66, code: 'X9KQ********7TWD',
    alert: { title: '无法兑换', message: '此代码已被兑换。', buttons: ['好'] },
    key_phrases: ['此代码已被兑换'],
  },
  {
    name: 'case-taobao-appstore-fwd', case: 'real-card-appstore-ipad', file: 'mmexport1766025301847.jpg',
    style: 'taobao-chat', device: 'android-1080x2400', degrade: ['forward'], clock: '10:35', battery: 70, title: '苹果充值卡小铺',
    messages: [
      { from: 'time', text: '10:24' },
      { from: 'system', type: 'card', card: { title: 'App Store 充值卡 100元 中国区 自动发货', price: '¥98.00', order: `订单号: ${C12}` } },
      { from: 'buyer', text: 'App Store充值卡兑换提示此代码已被兑换' },
      { from: 'merchant', text: '卡密是系统自动发的，您确认之前没有兑换过吗' },
      { from: 'buyer', text: '确认没有，第一次输入就提示' },
      { from: 'merchant', text: '好的，您申请退款吧，我这边同意' },
    ],
    key_phrases: [C12, '此代码已被兑换', '您申请退款吧'],
  },
  {
    name: 'case-alipay-bill', case: 'real-card-appstore-ipad', file: 'IMG_1209.PNG',
    style: 'taobao-order', device: 'iphone-1170x2532', clock: '10:40', battery: 65, variant: 'alipay',
    order: {
      shop: '苹果充值卡小铺', paid: '-98.00', status: '交易成功',
      info: [['支付时间', '2026-12-18 10:15:44'], ['商品说明', 'App Store 充值卡 100元 中国区'], ['支付方式', '余额宝'], ['交易号', C12_TRADE], ['商家订单号', C12]],
    },
    key_phrases: [C12_TRADE],
  },

  // ── real-activation-monitor-en: Windows (English) photographed off the monitor ───
  {
    name: 'case-win11-en-photo', case: 'real-activation-monitor-en', file: 'IMG_20261219_170512.jpg',
    style: 'win11-activation', device: 'desktop-1920x1080', lang: 'en', edition: 'Windows 11 Pro', user: 'Chen', degrade: ['monitor'], zoom: 1.5, focus: [0.4, 0.3],
    error: ['We can\'t activate Windows on this device because the product key you entered has been blocked.', 'Error code: 0xC004C003'],
    key_phrases: ['product key you entered has been blocked', '0xC004C003'],
  },
  {
    name: 'case-wechat-en-key', case: 'real-activation-monitor-en', file: 'Screenshot_20261219-171020.png',
    style: 'wechat-light', device: 'android-1080x2400', clock: '17:10', battery: 81, title: '微软正版授权店',
    messages: [
      { from: 'time', text: '17:04' },
      { from: 'buyer', text: `你好，订单 ${C13} 的 Win11 Pro 密钥激活失败，提示 the product key has been blocked，错误代码 0xC004C003` },
      { from: 'buyer', type: 'image', hue: 200, w: 200, h: 150 },
      { from: 'merchant', text: '您好，这个报错是密钥被封了，非常抱歉，给您走平台退款' },
    ],
    key_phrases: [C13, '0xC004C003', '给您走平台退款'],
  },
];
