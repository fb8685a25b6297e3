// Chat screenshots outside the e2e cases: every chat style, on several devices, some forwarded,
// re-forwarded, long, dark, or photographed off a monitor.
export default [
  // WeChat light
  {
    name: 'wechat-topup-forwarded', style: 'wechat-light', device: 'android-1080x2400', degrade: ['forward'], clock: '08:47', battery: 93, title: '快充话费店',
    messages: [
      { from: 'time', text: '昨天 23:12' },
      { from: 'buyer', text: '你好，昨晚充的移动话费100元还没到账，订单号 2026120523104471865' },
      { from: 'time', text: '08:41' },
      { from: 'merchant', text: '您好，移动通道晚高峰卡单了，今天上午会到账的，到不了全额退款' },
      { from: 'buyer', text: '好，我等到中午' },
    ],
    key_phrases: ['2026120523104471865', '还没到账', '到不了全额退款'],
  },
  {
    name: 'wechat-voice-recall', style: 'wechat-light', device: 'iphone-750x1334', clock: '16:05', battery: 40, title: '小鹿游戏代充',
    messages: [
      { from: 'time', text: '15:52' },
      { from: 'buyer', text: '原神648的结晶什么时候到' },
      { from: 'merchant', type: 'voice', seconds: 9 },
      { from: 'system', text: '"小鹿游戏代充"撤回了一条消息' },
      { from: 'merchant', text: '排队中，半小时内到账，超时包退' },
      { from: 'buyer', text: '行' },
    ],
    key_phrases: ['半小时内到账，超时包退'],
  },
  {
    name: 'wechat-long-wallet', style: 'wechat-light', device: 'iphone-1170x2532', long: true, clock: '22:40', battery: 19, title: 'Steam钱包码批发',
    messages: [
      { from: 'time', text: '12月9日 下午14:20' },
      { from: 'buyer', text: '在吗，钱包码还有货吗，要50美金的' },
      { from: 'merchant', text: '有的，¥338一张，拍下自动发码' },
      { from: 'buyer', text: '拍了，订单号 T2026120914253360' },
      { from: 'merchant', text: '码已经发到订单里了，请查收' },
      { from: 'time', text: '12月9日 晚上22:31' },
      { from: 'buyer', text: '钱包码兑换提示 Invalid or already redeemed' },
      { from: 'buyer', type: 'image', hue: 190, w: 180, h: 120 },
      { from: 'merchant', text: '我看一下这个码' },
      { from: 'merchant', text: '上游确认这张码已被兑换，给你换一张新的' },
      { from: 'buyer', text: '新的能用了，谢谢' },
      { from: 'merchant', text: '不客气，有问题随时找我' },
      { from: 'buyer', text: '好的' },
      { from: 'merchant', text: '亲，方便的话给个好评哦' },
    ],
    key_phrases: ['T2026120914253360', '¥338', '这张码已被兑换'],
  },
  // WeChat dark
  {
    name: 'wechat-dark-1440', style: 'wechat-dark', device: 'android-1440x3200', clock: '01:14', battery: 12, title: '夜猫点卡',
    messages: [
      { from: 'time', text: '01:02' },
      { from: 'buyer', text: '老板，魔兽世界月卡的卡密提示已被激活' },
      { from: 'buyer', text: '订单号 2026120600581127390' },
      { from: 'merchant', text: '我们发的都是官方新卡，100%有效' },
      { from: 'buyer', text: '可它就是提示已被激活了' },
      { from: 'merchant', text: '明天上班找上游查，查实了给你退' },
    ],
    key_phrases: ['2026120600581127390', '已被激活', '100%有效'],
  },
  {
    name: 'wechat-dark-forwarded', style: 'wechat-dark', device: 'iphone-1170x2532', degrade: ['forward'], clock: '12:26', battery: 55, title: '优品会员店',
    messages: [
      { from: 'time', text: '12:20' },
      { from: 'buyer', text: '腾讯视频年卡兑换码用不了，提示兑换码不存在' },
      { from: 'merchant', text: '亲，兑换码区分大小写，0和O别输错了' },
      { from: 'buyer', text: '复制粘贴的，不可能错' },
      { from: 'merchant', text: '那您申请退款吧，我这边同意' },
    ],
    key_phrases: ['兑换码不存在', '我这边同意'],
  },
  {
    name: 'wechat-dark-quote', style: 'wechat-dark', device: 'iphone-750x1334', clock: '18:33', battery: 67, title: '星河软件授权',
    messages: [
      { from: 'time', text: '18:20' },
      { from: 'merchant', text: 'Office 2021 专业增强版密钥，终身版，支持电话激活' },
      { from: 'buyer', type: 'quote', text: '电话激活打不通，一直提示确认ID无效', quote: '星河软件授权: 支持电话激活' },
      { from: 'merchant', text: '我帮您远程激活，激活不了全额退款' },
    ],
    key_phrases: ['确认ID无效', '激活不了全额退款'],
  },
  // QQ mobile
  {
    name: 'qq-1440-used', style: 'qq-mobile', device: 'android-1440x3200', clock: '15:47', battery: 48, title: '天天游戏卡铺',
    messages: [
      { from: 'time', text: '15:30' },
      { from: 'buyer', text: '剑网3 通宝卡 ¥45 的那个，卡密提示已被使用' },
      { from: 'merchant', text: '订单号发我一下' },
      { from: 'buyer', text: '2026120615262209934' },
      { from: 'merchant', text: '稍等，我这边查到卡是今天刚入库的' },
      { from: 'merchant', text: '已给你补发新卡，请在订单页查看' },
    ],
    key_phrases: ['2026120615262209934', '¥45', '已被使用'],
  },
  {
    name: 'qq-reforwarded', style: 'qq-mobile', device: 'android-1080x2400', degrade: ['forward', 'reforward'], clock: '20:03', battery: 77, title: '速达代充',
    messages: [
      { from: 'time', text: '19:40' },
      { from: 'buyer', text: '和平精英600点券直充，付款半小时了还没到' },
      { from: 'merchant', text: '稍等，系统显示充值中' },
      { from: 'buyer', text: '订单号 S20261206194011825' },
      { from: 'merchant', text: '充值失败了，已原路退款，1到3个工作日到账' },
    ],
    key_phrases: ['S20261206194011825', '已原路退款'],
  },
  {
    name: 'qq-iphone-quote', style: 'qq-mobile', device: 'iphone-1170x2532', clock: '10:08', battery: 83, title: '云卡小铺',
    messages: [
      { from: 'time', text: '09:58' },
      { from: 'merchant', text: '所有卡密发货前均已检测，售后24小时内有效' },
      { from: 'buyer', type: 'quote', text: '刚发的就不能用，提示卡密格式错误', quote: '云卡小铺: 所有卡密发货前均已检测' },
      { from: 'merchant', text: '卡号和密码中间不要加空格再试一下' },
      { from: 'buyer', text: '去掉空格可以了，谢谢' },
    ],
    key_phrases: ['卡密格式错误', '售后24小时内有效'],
  },
  // QQ for PC
  {
    name: 'qqpc-1920-office', style: 'qq-pc', device: 'desktop-1920x1080', title: '正版软件专营', buyerName: '阿宁', merchantName: '正版软件专营',
    messages: [
      { from: 'time', text: '2026-12-07' },
      { from: 'buyer', at: '10:21:06', text: 'Office 2021 的密钥激活提示：此产品密钥已被使用的次数太多' },
      { from: 'merchant', at: '10:24:51', text: '您好，这是批量密钥，请把订单号发我，我给您换一个' },
      { from: 'buyer', at: '10:25:30', text: '订单号 2026120709581146620，实付 ¥59.00' },
      { from: 'merchant', at: '10:31:12', text: '已换新密钥，如仍不能激活可申请退款' },
    ],
    key_phrases: ['2026120709581146620', '¥59.00', '此产品密钥已被使用的次数太多'],
  },
  {
    name: 'qqpc-monitor-photo', style: 'qq-pc', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.5, focus: [0.45, 0.25], title: '番茄点卡', buyerName: '木子', merchantName: '番茄点卡客服', lineW: 900,
    messages: [
      { from: 'time', text: '2026-12-08' },
      { from: 'buyer', at: '21:40:11', text: '天下3点卡100点 订单号 2026120821335502718 充值提示卡号不存在' },
      { from: 'merchant', at: '21:43:02', text: '亲，我们的卡都是官方渠道，不会有问题的' },
      { from: 'buyer', at: '21:44:30', text: '截图给你看了，就是卡号不存在' },
      { from: 'merchant', at: '21:50:47', text: '好的，核实后给您退款，请在平台申请' },
    ],
    key_phrases: ['2026120821335502718', '卡号不存在', '核实后给您退款'],
  },
  {
    name: 'qqpc-1366-mixed', style: 'qq-pc', device: 'desktop-1366x768', title: 'KeyHub 游戏激活码', buyerName: 'Leo', merchantName: 'KeyHub客服',
    messages: [
      { from: 'time', text: '2026-12-09' },
      { from: 'buyer', at: '13:02:45', text: 'Epic 的 key 提示 This code has already been redeemed，订单 KH20261209125511' },
      { from: 'merchant', at: '13:05:20', text: '收到，我们核实一下，一般10分钟内回复' },
      { from: 'merchant', at: '13:14:09', text: '核实是重复发码，已退款 ¥29.90 到原支付方式' },
    ],
    key_phrases: ['KH20261209125511', '¥29.90', 'This code has already been redeemed'],
  },
  // Taobao 旺旺 / 千牛
  {
    name: 'qianniu-seller-view', style: 'taobao-chat', device: 'android-1080x2400', self: 'merchant', clock: '14:18', battery: 86, title: 'tb8837261_2011', subtitle: '来自 淘宝APP',
    buyerAvatar: ['买', '#ff8a3d'],
    messages: [
      { from: 'time', text: '14:02' },
      { from: 'system', type: 'card', card: { title: '迅雷白金会员 月卡 激活码', price: '¥9.90', order: '订单号: 3402718865511094726', status: '卖家已发货' } },
      { from: 'buyer', text: '激活码输进去说已过期' },
      { from: 'merchant', text: '亲，请问是在迅雷官网激活的吗' },
      { from: 'buyer', text: '是的，官网提示激活码已过期' },
      { from: 'merchant', text: '抱歉，给您补发一个新的' },
    ],
    key_phrases: ['3402718865511094726', '激活码已过期'],
  },
  {
    name: 'taobao-iphone8-image', style: 'taobao-chat', device: 'iphone-750x1334', clock: '19:26', battery: 31, title: '雷霆游戏充值', banner: '24小时自动发货',
    messages: [
      { from: 'time', text: '19:20' },
      { from: 'system', type: 'card', card: { title: '英雄联盟 点券卡 ¥50', price: '¥48.50', order: '订单号: 3397105526841309288' } },
      { from: 'buyer', type: 'image', hue: 10, w: 120, h: 160 },
      { from: 'buyer', text: '卡密已被使用' },
      { from: 'merchant', text: '亲亲稍等，正在为您核实' },
    ],
    key_phrases: ['3397105526841309288', '¥48.50', '卡密已被使用'],
  },
  {
    name: 'taobao-long-capture', style: 'taobao-chat', device: 'android-1080x2400', long: true, clock: '23:02', battery: 15, title: '乐享数码卡券', banner: '官方直供 · 假一赔十',
    messages: [
      { from: 'time', text: '12月10日 20:15' },
      { from: 'system', type: 'card', card: { title: '百度网盘 超级会员 年卡 兑换码', price: '¥188.00', order: '订单号: 3411960275038841650' } },
      { from: 'buyer', text: '兑换码提示无效' },
      { from: 'merchant', text: '亲，兑换码要在百度网盘APP的兑换中心输入哦' },
      { from: 'buyer', text: '就是在兑换中心输的' },
      { from: 'buyer', type: 'image', hue: 205, w: 130, h: 180 },
      { from: 'merchant', text: '收到截图，我们联系上游' },
      { from: 'time', text: '12月10日 22:48' },
      { from: 'merchant', text: '上游确认这批码有问题，亲可以直接申请退款，我们同意' },
      { from: 'buyer', text: '好的，已申请' },
      { from: 'merchant', text: '已同意退款，¥188.00 原路退回' },
      { from: 'system', text: '以上是历史消息' },
    ],
    key_phrases: ['3411960275038841650', '¥188.00', '兑换码提示无效', '我们同意'],
  },
  // Xianyu
  {
    name: 'xianyu-iphone-card', style: 'xianyu-chat', device: 'iphone-1170x2532', clock: '13:40', battery: 60, title: '小飞侠卡券',
    item: { title: '网易云音乐 黑胶VIP 季卡 兑换码', price: '¥28.00', status: '已发货' },
    messages: [
      { from: 'time', text: '13:31' },
      { from: 'merchant', text: '兑换码已发送，请在网易云音乐-我的-兑换码中使用' },
      { from: 'buyer', text: '提示兑换码已被使用' },
      { from: 'merchant', text: '不可能吧，发之前我都测过的' },
      { from: 'buyer', text: '那你再看看，我没用过' },
    ],
    key_phrases: ['¥28.00', '兑换码已被使用'],
  },
  {
    name: 'xianyu-forwarded', style: 'xianyu-chat', device: 'android-1080x2400', degrade: ['forward'], clock: '21:05', battery: 39, title: '数码闲置',
    item: { title: 'Switch eshop 港服 充值卡 200港币', price: '¥178.00', status: '交易成功' },
    messages: [
      { from: 'time', text: '20:48' },
      { from: 'buyer', text: '充值卡在eshop输入提示该代码无效' },
      { from: 'merchant', text: '港服的卡要在港服账号里充，国服日服都不行' },
      { from: 'buyer', text: '哦我账号是日服，我弄错了' },
      { from: 'merchant', text: '没事，切港服账号就能用' },
    ],
    key_phrases: ['¥178.00', '该代码无效', '我弄错了'],
  },
  // Card shop web chat / ticket page
  {
    name: 'webchat-ipad-ticket', style: 'shop-webchat', device: 'ipad-2360x1640', clock: '11:11', battery: 92, shop: '萌新发卡网', navColor: '#00a2ae', title: '工单详情 #70416 卡密无效',
    ticket: [['关联订单', 'M6RT2XK9QB4WZ8NA'], ['商品', '原神 月卡 兑换码'], ['状态', '已完成', 'status'], ['提交时间', '2026-12-10 10:40']],
    messages: [
      { from: 'buyer', at: '10:40', text: '兑换码在官网兑换提示兑换码已被使用' },
      { from: 'merchant', at: '10:52', text: '您好，已核实，给您补发了一个新的兑换码，请在订单页查看' },
      { from: 'buyer', at: '11:03', text: '新的可以用了' },
      { from: 'system', text: '工单已关闭' },
    ],
    key_phrases: ['M6RT2XK9QB4WZ8NA', '兑换码已被使用'],
  },
  {
    name: 'webchat-1920-acgfaka', style: 'shop-webchat', device: 'desktop-1920x1080', shop: 'ACG 小卖部', navColor: '#ff6f91', title: '在线客服',
    ticket: [['订单号', '2026121014073359124'], ['商品', 'Netflix 高级会员 1个月 独享'], ['实付', '¥35.00'], ['状态', '处理中', 'status']],
    buyerName: '访客8831', merchantName: '客服阿May',
    messages: [
      { from: 'buyer', at: '14:20:18', text: '账号登录提示密码错误，买的独享号' },
      { from: 'merchant', at: '14:22:40', text: '您好，请稍等，我这边核对一下账号状态' },
      { from: 'merchant', at: '14:26:05', text: '账号被原主改密了，已为您更换新账号，质保期内可免费换号' },
      { from: 'buyer', at: '14:30:51', text: '好的，新的能登录' },
    ],
    key_phrases: ['2026121014073359124', '¥35.00', '质保期内可免费换号'],
  },
  {
    name: 'webchat-monitor-photo', style: 'shop-webchat', device: 'desktop-1366x768', degrade: ['monitor'], zoom: 1.15, focus: [0.5, 0.42], shop: '极速卡网', title: '工单详情 #81920 未收到卡密',
    ticket: [['关联订单', 'Z3K8VW1NP6QY5TDM'], ['实付', '¥66.00'], ['状态', '待处理', 'status']],
    messages: [
      { from: 'buyer', at: '09:12', text: '付款成功了但是订单页没有卡密，邮箱也没收到' },
      { from: 'merchant', at: '09:30', text: '抱歉，库存同步延迟，卡密已补发到您的邮箱' },
    ],
    key_phrases: ['Z3K8VW1NP6QY5TDM', '¥66.00', '没有卡密'],
  },
];
