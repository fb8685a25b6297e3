// Order pages and error captures outside the e2e cases.
export default [
  // Taobao / Xianyu / Alipay order details
  {
    name: 'alipay-bill-forwarded', style: 'taobao-order', device: 'android-1080x2400', variant: 'alipay', degrade: ['forward'], clock: '12:04', battery: 70,
    order: {
      shop: '奇迹游戏卡券', paid: '-59.00', status: '交易成功',
      info: [['创建时间', '2026-12-09 11:58:30'], ['商品说明', '剑侠情缘 点卡 60元'], ['支付方式', '花呗'], ['交易号', '2026120922001144731096585213'], ['商家订单号', 'T2026120911583011']],
    },
    key_phrases: ['T2026120911583011'],
  },
  {
    name: 'taobao-order-1440', style: 'taobao-order', device: 'android-1440x3200', variant: 'taobao', clock: '18:40', battery: 58,
    order: {
      status: '交易成功', shop: '云游点卡旗舰店', product: '梦幻西游 点卡 300点 官方直充', sku: '区服: 全区通用', price: '¥30.00', paid: '¥29.40',
      info: [['订单编号', '3418850912746630187'], ['支付宝交易号', '2026121122001171256603318840'], ['创建时间', '2026-12-11 18:21:40'], ['付款时间', '2026-12-11 18:21:52'], ['成交时间', '2026-12-11 18:23:07']],
      buttons: ['删除订单', '申请售后', '再买一单'],
    },
  },
  {
    name: 'xianyu-order-refunding', style: 'taobao-order', device: 'iphone-1170x2532', variant: 'xianyu', clock: '09:15', battery: 95,
    order: {
      status: '退款中', statusNote: '等待卖家处理退款申请', shop: '二次元周边屋', product: '明日方舟 月卡 代充 官服', price: '¥30.00', paid: '¥30.00',
      info: [['订单编号', '3425500193861172046'], ['下单时间', '2026-12-12 08:50:11'], ['付款时间', '2026-12-12 08:50:24']],
      buttons: ['查看退款', '联系卖家'],
    },
  },
  {
    name: 'taobao-order-iphone8-wait', style: 'taobao-order', device: 'iphone-750x1334', variant: 'taobao', clock: '15:09', battery: 44,
    order: {
      status: '等待卖家发货', statusNote: '卖家将在24小时内发货', shop: '极速话费充值', product: '中国联通 话费充值 50元 快充', price: '¥49.20', paid: '¥49.20',
      info: [['订单编号', '3430018826657312904'], ['创建时间', '2026-12-13 14:50:03'], ['付款时间', '2026-12-13 14:50:09']],
      buttons: ['提醒发货', '申请退款'],
    },
  },
  // card shop order query pages
  {
    name: 'dujiaoka-desktop-dark', style: 'shop-order-query', device: 'desktop-1920x1080', dark: true, shop: '夜航发卡', accent: '#8c7cff',
    order: {
      query: 'HV9C3T7MZ2R8KQ1L',
      rows: [['订单号', 'HV9C3T7MZ2R8KQ1L'], ['商品名称', 'ChatGPT Plus 代充 1个月'], ['购买数量', '1'], ['实付金额', '¥158.00'], ['支付方式', 'USDT'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-08 23:10:45']],
      code: '账号: ch****@outlook.com  密码: ********',
      note: ['充值成功后请勿修改账号密码', '售后期: 发货后24小时'],
    },
  },
  {
    name: 'dujiaoka-ipad', style: 'shop-order-query', device: 'ipad-2360x1640', clock: '16:20', battery: 81, shop: '像素卡铺', accent: '#27ae60',
    order: {
      query: '2026121016120073361',
      rows: [['订单号', '2026121016120073361'], ['商品名称', 'Xbox Game Pass Ultimate 1个月 兑换码'], ['实付金额', '¥49.00'], ['支付方式', '支付宝'], ['订单状态', '已发货', 'status'], ['下单时间', '2026-12-10 16:12:00']],
      code: 'XG7PQ-*****-*****-*****-4RT2D',
    },
  },
  {
    name: 'dujiaoka-monitor-photo', style: 'shop-order-query', device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.3, focus: [0.5, 0.4], shop: '白鲸卡网', accent: '#1e88e5',
    order: {
      query: 'B4N7XQ2KT9W5RM3C',
      rows: [['订单号', 'B4N7XQ2KT9W5RM3C'], ['商品名称', '网易云游戏 时长卡 30天'], ['实付金额', '¥25.00'], ['订单状态', '已完成', 'status'], ['下单时间', '2026-12-11 20:02:17']],
      code: 'NE5W-****-****-K2PQ',
    },
  },
  {
    name: 'acgfaka-pending', style: 'shop-order-query', device: 'android-1080x2400', clock: '10:33', battery: 66, shop: 'ACG 小卖部', accent: '#ff6f91',
    order: {
      query: '2026121210280119456',
      rows: [['订单号', '2026121210280119456'], ['商品名称', '哔哩哔哩 大会员 年卡 直充'], ['实付金额', '¥148.00'], ['支付方式', '微信支付'], ['订单状态', '待处理', 'status'], ['下单时间', '2026-12-12 10:28:01']],
      statusTone: 'wait',
      note: ['直充商品人工处理，一般30分钟内到账'],
    },
  },
  // game top-up
  {
    name: 'topup-toast-iphone8', style: 'game-topup', device: 'iphone-750x1334', clock: '20:18', battery: 50,
    game: { title: '游戏充值', name: '征途 点卡充值', hue: '#c0392b', fields: [['游戏账号', 'zt****2024'], ['卡号', '7720********0913'], ['卡密', '************5562']] },
    toast: '充值失败：卡号或密码错误',
    key_phrases: ['卡号或密码错误'],
  },
  {
    name: 'topup-dialog-forwarded', style: 'game-topup', device: 'android-1080x2400', degrade: ['forward'], clock: '22:51', battery: 28,
    game: { title: '兑换中心', name: '梦幻西游 点卡兑换', fields: [['兑换账号', 'mh****@163.com'], ['点卡密码', '********3C8F']], tips: ['每张点卡仅能兑换一次'] },
    dialog: { title: '兑换失败', body: ['此卡已被使用，请勿重复兑换', '错误码: 2010'], buttons: ['取消', '联系客服'] },
    key_phrases: ['此卡已被使用', '错误码: 2010'],
  },
  {
    name: 'topup-maintenance-1440', style: 'game-topup', device: 'android-1440x3200', clock: '03:05', battery: 9,
    game: { title: '充值中心', name: '和平精英 点券直充', hue: '#e67e22', fields: [['充值QQ号', '95****3312'], ['充值面额', '600点券 ¥60.00']], submit: '立即支付' },
    toast: '充值通道维护中，订单异常，请联系客服',
    key_phrases: ['充值通道维护中', '¥60.00'],
  },
  // Windows 11
  {
    name: 'win11-invalid-key-zh', style: 'win11-activation', device: 'desktop-1366x768', lang: 'zh', edition: 'Windows 11 家庭中文版', user: 'wang',
    error: ['Windows 报告此设备上没有有效的产品密钥。', '错误代码: 0xC004F050'],
    key_phrases: ['错误代码: 0xC004F050'],
  },
  {
    name: 'win11-used-key-en', style: 'win11-activation', device: 'desktop-1920x1080', lang: 'en', edition: 'Windows 11 Pro', user: 'Alex',
    error: ['We can\'t activate Windows on this device because the product key has already been used on another device.', 'Error code: 0xC004C008'],
    key_phrases: ['already been used on another device', 'Error code: 0xC004C008'],
  },
  // Steam
  {
    name: 'steam-invalid-code', style: 'steam-activate', device: 'desktop-1920x1080', user: 'ORCHID',
    heading: 'Invalid Product Code', code: 'ABCDE-*****-12F45',
    lines: ['The product code you\'ve entered is not valid. Please double check to see if you\'ve mistyped your key.', 'I, L, and 1 can look alike, as can V and Y, and 0 and O.'],
    key_phrases: ['The product code you\'ve entered is not valid'],
  },
  {
    name: 'steam-used-forwarded', style: 'steam-activate', device: 'desktop-1366x768', degrade: ['forward'], user: 'KIWI', width: 560,
    heading: 'Product code already in use',
    lines: ['The product code you\'ve entered has already been activated by a different Steam account.'],
    key_phrases: ['already been activated by a different Steam account'],
  },
  // iOS App Store
  {
    name: 'ios-redeemed-en', style: 'ios-appstore-alert', device: 'iphone-1170x2532', lang: 'en', clock: '9:41', battery: 100, code: 'XR7T********QK3N',
    alert: { title: 'Code Already Redeemed', message: 'This code has already been redeemed.', buttons: ['OK'] },
    key_phrases: ['This code has already been redeemed.'],
  },
  {
    name: 'ios-invalid-dark-zh', style: 'ios-appstore-alert', device: 'iphone-750x1334', dark: true, clock: '23:16', battery: 21, code: 'M4Q8********2WVX',
    alert: { title: '无法兑换', message: '你输入的代码无效。请检查代码后再试。', buttons: ['好'] },
    key_phrases: ['你输入的代码无效'],
  },
  // Android Material dialogs
  {
    name: 'android-format-1440', style: 'android-dialog', device: 'android-1440x3200', clock: '11:46', battery: 74, appTitle: '卡密兑换',
    fields: [['卡密', 'AQ3F****Z7K'], ['兑换账号', '186****5520']],
    dialog: { title: '兑换失败', body: ['卡密格式错误，请检查位数后重新输入'], buttons: ['取消', '重新输入'] },
    key_phrases: ['卡密格式错误'],
  },
  {
    name: 'android-reforwarded', style: 'android-dialog', device: 'android-1080x2400', degrade: ['forward', 'reforward'], clock: '07:58', battery: 99, appTitle: '会员激活',
    fields: [['激活码', 'VIP8-****-****-30QE']], submit: '激活',
    dialog: { title: '激活失败', body: ['该激活码已被其他账号使用'], buttons: ['确定'] },
    key_phrases: ['该激活码已被其他账号使用'],
  },
];
