// The fourth held-out set ("holdout4"): four more app styles (LINE, Pinduoduo chat, a 卡盟 back
// office order page, a console's redeem-code error on a TV capture), rendered before any change
// made while holdout3's failures were known, and measured only at the end.
// Render with `node scripts/real/render.mjs --set holdout4`.
const H = 'holdout4';
export default [
  {
    name: 'line-steam-gift', style: 'line-chat', device: 'iphone-1170x2532', split: H, clock: '19:40', battery: 57, title: 'GameCode Shop',
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', text: 'Hi, the Steam gift card code from order GC-88213 shows invalid', read: true },
      { from: 'merchant', name: 'GameCode Shop', text: 'Sorry about that. Please send a photo of the card back' },
      { from: 'buyer', type: 'image', hue: 30, w: 150, h: 110, read: true },
      { from: 'merchant', name: 'GameCode Shop', text: 'Checked: the code was sold twice by mistake. Refund of ¥320 sent' },
      { from: 'buyer', text: 'Received, thanks', read: true },
    ],
    key_phrases: ['GC-88213', '¥320', 'Refund of ¥320 sent'],
  },
  {
    name: 'line-android-forward', style: 'line-chat', device: 'android-1080x2400', degrade: ['forward'], split: H, clock: '08:12', battery: 77, title: '点卡小舖',
    messages: [
      { from: 'time', text: '12/5(五)' },
      { from: 'buyer', text: '老闆，昨天買的MyCard 1000點序號顯示已使用', read: true },
      { from: 'merchant', name: '點卡小舖', text: '我查一下，請給我訂單編號' },
      { from: 'buyer', text: '訂單編號 MC20261205117', read: true },
      { from: 'merchant', name: '點卡小舖', text: '確認是我們這邊的問題，今天幫你退款' },
    ],
    key_phrases: ['MC20261205117', '今天幫你退款'],
  },
  {
    name: 'pdd-chat-android', style: 'pdd-chat', device: 'android-1080x2400', split: H, clock: '20:47', battery: 35, title: '极速卡券专营店',
    messages: [
      { from: 'buyer', type: 'card', card: { title: '京东E卡 200元 电子卡', price: '¥196.00', order: '订单编号：261206-488120337419', status: '已发货' } },
      { from: 'buyer', text: '卡密绑定提示该卡已被绑定' },
      { from: 'merchant', text: '亲，我们发的都是新卡，您是不是已经绑过了' },
      { from: 'buyer', text: '没有，第一次绑就提示已被绑定' },
      { from: 'merchant', text: '亲亲稍等，帮您核实一下' },
      { from: 'merchant', text: '核实了，给您补发一张，麻烦撤销投诉哦' },
    ],
    key_phrases: ['¥196.00', '该卡已被绑定', '给您补发一张'],
  },
  {
    name: 'pdd-chat-750-long', style: 'pdd-chat', device: 'iphone-750x1334', long: true, split: H, clock: '11:03', battery: 62, title: '话费快充官方店',
    messages: [
      { from: 'time', text: '昨天 09:15' },
      { from: 'buyer', text: '充的100元话费一直没到账' },
      { from: 'merchant', text: '亲，话费充值高峰期可能延迟，72小时内到账' },
      { from: 'buyer', text: '已经超过24小时了' },
      { from: 'time', text: '10:40' },
      { from: 'buyer', text: '还是没到账，订单号 261205-310877451922' },
      { from: 'merchant', text: '抱歉亲，这边渠道充值失败，已为您申请退款' },
      { from: 'buyer', text: '多久能退回来' },
      { from: 'merchant', text: '原路退回，1-3天到账' },
    ],
    key_phrases: ['261205-310877451922', '已为您申请退款'],
  },
  {
    name: 'kameng-admin-order', style: 'kameng-admin', device: 'desktop-1920x1080', split: H,
    order: {
      status: '售后中',
      rows: [['订单号', 'KM202612061433087'], ['商品名称', 'Steam 充值卡 100元'], ['购买数量', '1'], ['实付金额', '¥96.00'], ['支付方式', '支付宝'], ['联系方式', 'QQ 8821****'], ['下单时间', '2026-12-06 14:33:08'], ['发货状态', '已发货'], ['卡密', 'STM8-****-****-Q2KD'], ['售后原因', '卡密已被使用']],
      buttons: ['补发卡密', '退款', '关闭工单'],
    },
    key_phrases: ['KM202612061433087', '¥96.00', '卡密已被使用'],
  },
  {
    name: 'ps-redeem-tv', style: 'ps-redeem', device: 'desktop-1920x1080', split: H,
    code: 'K8RT-9MQE-3NXA', heading: 'Cannot redeem this code',
    lines: ['This code has already been used.', '(WC-40330-8)'],
    key_phrases: ['This code has already been used', 'WC-40330-8'],
  },
];
