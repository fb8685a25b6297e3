// The forty-seventh blind end-to-end set (fixtures/blind47/): 14 cases written by a helper (branch b47),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind47'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository); lines not cited are
// the author's own connecting lines. The set is about chat screenshots that travel and ugly
// captures: a phone screenshot sent as a picture inside a desktop chat client and captured there,
// a screenshot opened full screen in a chat app's photo viewer and captured again, a laptop screen
// photographed at an angle, split-screen phone captures, a chat with the keyboard open over the
// composer, a long stitched capture, an iPad in Split View. Five new app styles:
// `dingtalk-pc` (钉钉 for Windows), `feishu-pc` (飞书 / Lark desktop, Simplified, Traditional),
// `signal-desktop` (Signal Desktop, light and dark), `viber-desktop` (Viber for Windows, light
// and dark) and `chat-photo-viewer` (Telegram's, WeChat's and Signal's full-screen photo viewer
// showing a received screenshot); the pictures inside them are lib/shot.mjs screenshots.
// Render with `node scripts/real/render.mjs --set blind47`, then
// `node scripts/real/copy-cases.mjs --set blind47`. The set is judged once, at the end: do not tune on it.
const B = 'blind47';

const O1 = 'DD2028091220150377'; // DD + 16 digits
const O2 = 'FS20280918094015'; // FS + 14 digits
const O3 = 'CC-83107'; // a prefix + 5 digits
const O4 = 'LL-58204';
// this order is MC-2809-6613 (28 Sep, in order.json only)
const O5b = 'MC-2809-5207'; // the buyer's earlier order (21 Sep), the one the chat is about
const O6 = '2028091519203317'; // 16 digits
const O7 = 'PX-40922';
const O8 = '4082609191203301127'; // 19 digits (淘宝-like)
const O9 = 'YX2028092121480063';
const O10 = 'KL-2028-11904';
const O11 = 'JK2028092416225108';
const O12 = 'YT280923131006'; // YT + 12 digits
const O13 = 'NTR-55190';
const O14 = 'KD-884213';

const SRC = {
  byOther: 'a points-card redeem API: "卡密已被他人兑换，请勿重复提交" (public GitHub TypeScript file, find_string id 68752238162), shown as the redeem page\'s toast',
  bound: 'a desktop licence check: "授权码已绑定到其他电脑，请联系管理员解绑。" (public GitHub Python file, find_string id 53834818823), in a Windows MessageBox',
  redeemedAt: 'a serial redeem page: "此序號已於 \' + formatDate(found.redeemTime) + \' 兌換過，無法重複兌換。" (public GitHub JavaScript file, find_string id 52235941140), the date filled in',
  usedTwice: 'a card top-up API: "该卡密已被使用，请勿重复充值" (public GitHub JavaScript file, find_string id 62333165873)',
  notThisPc: 'a licence validator: "This license key is not valid for this computer" (public GitHub Python file, find_string id 19821162978)',
  captcha: 'a login page\'s alert: "图片验证码错误，请重新输入" (public GitHub JavaScript file, find_string id 20088143777), put under a card top-up form',
  giftUsed: 'a gift-code check: "This gift code has already been used." (public GitHub JavaScript file, find_string id 49739524684)',
};

const PC_CARD = { kind: 'redeem', clock: '20:31', battery: 64, title: '完美世界 · 点卡充值', color: '#B83227', fields: [['游戏账号', 'zh****88'], ['卡号', '1028****6630'], ['卡密', '********4417']], submit: '确认充值', toast: '卡密已被他人兑换，请勿重复提交', notes: ['一张卡密只能充值一次，充值成功后不可撤回。'] };
const NAVICAT_ORDER = { kind: 'order', h: 500, clock: '09:41', battery: 88, color: '#2F6BFF', status: '待发货', statusSub: '付款成功，授权码将通过邮件发送', shop: '数启正版软件', item: 'Navicat Premium 17 企业版 永久授权（1用户，邮件发码）', price: '¥1399.00', rows: [['订单编号', O2], ['付款时间', '2028-09-18 09:40:15'], ['收码邮箱', 'it****@hengyu-tech.cn']], total: '实付 ¥1399.00' };
const ESHOP_ORDER = { kind: 'order', h: 500, clock: '20:06', battery: 71, color: '#1F7A8C', status: 'Processing', statusSub: 'Payment received · code not sent yet', shop: 'CodeCove UK', item: 'Nintendo eShop Card £50 (UK) – digital code', price: '£46.50', rows: [['Order', O3], ['Paid', '20 Sep 2028, 19:12'], ['Payment', 'Visa •••• 3308']], total: 'Total £46.50' };
const VP_ORDER = { kind: 'order', h: 500, clock: '20:15', battery: 58, color: '#E0483E', status: 'Awaiting code', statusSub: 'Codes are sent manually within 30 minutes', shop: 'Ludo Load PH', item: 'Valorant 1000 VP – EU/TR region code', price: '₱530.00', rows: [['Order no.', O4], ['Paid', 'Sep 26, 2028 8:10 PM'], ['Payment', 'GCash']], total: 'Total ₱530.00' };
const MYCARD_ORDER = { kind: 'order', h: 500, clock: '13:38', battery: 77, color: '#0E7C66', status: '待出貨', statusSub: '已付款，序號將以 Email 寄送', shop: '雲圖點數館', item: 'MyCard 1000點 點數卡（電子序號，Email 寄送）', price: 'NT$950', rows: [['訂單編號', O12], ['付款時間', '2028/09/23 13:10'], ['付款方式', '信用卡']], total: '實付 NT$950' };

export default [
  // ── 1 b47-dingpc-card-used: card_invalid, ready ─────────────────────────────────────────
  {
    name: 'b47-dingpc-card-byother', case: 'b47-dingpc-card-used', file: '屏幕截图 2028-09-12 210544.png', split: B,
    style: 'dingtalk-pc', device: 'desktop-1920x1080', title: '青檬卡铺-小鹿', corp: '青檬数码（点卡自动发货）', buyerName: '周建明',
    chats: [['青檬卡铺-小鹿', '好的，我现在去申请。', '21:04'], ['家里人', '[图片]', '20:52'], ['项目二组', '张工: 明早9点站会', '18:31'], ['文件传输助手', '[文件] 报价单.xlsx', '昨天']],
    messages: [
      { from: 'time', text: '20:36' },
      { from: 'buyer', read: true, text: `你好，在你们店买的完美世界点卡100元，订单号${O1}，卡密输进去提示“卡密已被他人兑换，请勿重复提交”，这张卡我是头一回充。` },
      { from: 'buyer', read: true, shot: PC_CARD, w: 200 },
      { from: 'time', text: '21:02' },
      { from: 'merchant', text: `查过了，${O1}这张卡密在发给您之前就被上游渠道卖给了另一个人，对方先充掉了，属于一卡两卖，这单怪我们。` },
      { from: 'merchant', text: '您在平台发起退款，退款原因选卡密无效，我们这边点同意。' },
      { from: 'buyer', read: true, text: '好的，我现在去申请。' },
    ],
    corpus: [SRC.byOther],
    key_phrases: [O1, '卡密已被他人兑换，请勿重复提交', '这单怪我们'],
  },
  {
    name: 'b47-viewer-wx-card-byother', case: 'b47-dingpc-card-used', file: 'Screenshot_2028-09-12-20-52-17-533_com.tencent.mm.png', split: B,
    style: 'chat-photo-viewer', kind: 'error', skin: 'wechat', device: 'android-1080x2400', clock: '20:52', battery: 41, original: '查看原图(986K)',
    shot: PC_CARD,
    corpus: [SRC.byOther],
    key_phrases: ['卡密已被他人兑换，请勿重复提交'],
  },

  // ── 2 b47-feishu-pc-late: late_delivery, ready ──────────────────────────────────────────
  {
    name: 'b47-feishu-presale-order', case: 'b47-feishu-pc-late', file: '屏幕截图 2028-09-18 094322.png', split: B,
    style: 'feishu-pc', device: 'desktop-1920x1080', title: '数启软件-林经理', corp: '数启正版软件', buyerName: '陈思远',
    chats: [['数启软件-林经理', '收到，稍等。', '09:42'], ['IT 运维群', '王磊: 新工位的电脑到了', '09:30'], ['行政-刘姐', '采购单已经签了', '09:12'], ['恒宇科技全员群', '[公告] 国庆值班安排', '昨天']],
    messages: [
      { from: 'time', text: '今天 09:18' },
      { from: 'buyer', read: true, text: '你好，Navicat Premium 17 企业版永久授权，现在下单的话多久能拿到码？我们下午要给新电脑装机。' },
      { from: 'merchant', text: '您好，付款后2小时内把授权码发到下单时填的邮箱，工作日都是这个时效。' },
      { from: 'time', text: '09:41' },
      { from: 'buyer', read: true, text: `好的，已经付款了，订单号 ${O2}` },
      { from: 'buyer', read: true, shot: NAVICAT_ORDER, w: 230 },
      { from: 'merchant', text: '收到，稍等。' },
    ],
    key_phrases: [O2, '付款后2小时内把授权码发到下单时填的邮箱'],
  },
  {
    name: 'b47-feishu-late-admit', case: 'b47-feishu-pc-late', file: '屏幕截图 2028-09-18 185212.png', split: B,
    style: 'feishu-pc', device: 'desktop-1920x1080', title: '数启软件-林经理', corp: '数启正版软件', buyerName: '陈思远',
    chats: [['数启软件-林经理', '好，我去平台申请。', '18:49'], ['IT 运维群', '王磊: 装机改到明天吧', '18:30'], ['行政-刘姐', '好的', '16:02'], ['恒宇科技全员群', '[公告] 国庆值班安排', '昨天']],
    messages: [
      { from: 'time', text: '11:52' },
      { from: 'buyer', read: true, text: `${O2} 付款已经两个多小时了，邮箱里没有授权码，麻烦看一下。` },
      { from: 'merchant', text: '在处理了，稍等。' },
      { from: 'time', text: '14:05' },
      { from: 'buyer', read: true, text: '下午两点了还是没收到，说好2小时内发的，我们装机已经往后推了。' },
      { from: 'time', text: '18:20' },
      { from: 'buyer', read: true, text: `快下班了，${O2} 的码到底什么时候能发？` },
      { from: 'time', text: '18:41' },
      { from: 'merchant', text: '抱歉，上游的授权渠道这两天在调整，今天发不出来，明天也说不准，没法按承诺的时间给您。' },
      { from: 'merchant', text: '您直接在平台申请退款吧，退款理由勾延迟发货，我们会同意的。' },
      { from: 'buyer', read: true, text: '好，我去平台申请。' },
    ],
    key_phrases: [O2, '没法按承诺的时间给您', '我们会同意的'],
  },

  // ── 3 b47-signal-desk-private: not_received, ready/weak + private-channel ───────────────
  {
    name: 'b47-signaldesk-private', case: 'b47-signal-desk-private', file: 'Screenshot 2028-09-21 092212.png', split: B,
    style: 'signal-desktop', device: 'desktop-1920x1080', dark: true, title: 'CodeCove UK Support', buyerName: 'Tom Hale',
    chats: [['CodeCove UK Support', 'ok fair enough, do it on the site', '22:07'], ['Mum', 'Sunday lunch at 1?', '21:15'], ['Dan Price', 'haha no chance', 'Tue'], ['Note to Self', 'Photo', 'Mon']],
    messages: [
      { from: 'time', text: 'Wednesday, Sep 20' },
      { from: 'buyer', at: '20:05', text: `Hi, I paid for the £50 eShop card at 19:12, order ${O3}. Your site says codes are e-mailed within an hour but I've got nothing, not even in spam.` },
      { from: 'buyer', at: '20:06', shot: ESHOP_ORDER, w: 230 },
      { from: 'merchant', at: '21:40', text: 'Hi Tom, sorry about this. Our UK eShop supplier has no £50 cards left until next week.' },
      { from: 'merchant', at: '21:41', text: `Do me a favour and don't open a refund on the site, it flags our account. Just cancel ${O3} there and I'll pay the £46.50 into your Monzo tonight. I only need your sort code and account number.` },
      { from: 'buyer', at: '22:03', text: 'No thanks, I\'m not giving out my bank details. I\'ll request the refund through the site like normal.' },
      { from: 'merchant', at: '22:07', text: 'ok fair enough, do it on the site' },
    ],
    key_phrases: [O3, 'into your Monzo tonight', 'request the refund through the site'],
  },
  {
    name: 'b47-viewer-signal-eshop-order', case: 'b47-signal-desk-private', file: 'Screenshot_20280921-091847.png', split: B,
    style: 'chat-photo-viewer', kind: 'order', skin: 'signal', device: 'android-1080x2400', clock: '09:18', battery: 83, sender: 'You', when: 'Sep 20, 2028, 8:06 PM',
    shot: ESHOP_ORDER,
    key_phrases: [O3, 'Processing', '£46.50'],
  },

  // ── 4 b47-viber-desk-wrong-near: wrong_purchase, ready/weak + deadline-near ─────────────
  {
    name: 'b47-viberdesk-wrong-vp', case: 'b47-viber-desk-wrong-near', file: 'Screenshot 2028-09-26 205312.png', split: B,
    style: 'viber-desktop', device: 'desktop-1366x768', title: 'Ludo Load PH', lastSeen: 'online', buyerName: 'Migs Santos', lineW: 420,
    chats: [['Ludo Load PH', 'Thank you! Filing it now.', '20:24'], ['Tita Baby', 'Ingat kayo', '19:40'], ['Barkada 2015', 'Rico: game later?', '19:02', '4'], ['Viber', 'New sticker packs this week', 'Sun']],
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '20:16', text: `Hi! I just paid order ${O4}, 1000 VP. I picked the EU/TR code by mistake, my Riot account is on the SEA server so it won't work. Can you cancel it before you send the code?` },
      { from: 'buyer', at: '20:16', shot: VP_ORDER, w: 170 },
      { from: 'merchant', at: '20:21', text: 'Hi Migs! No problem, the code for that order hasn\'t gone out yet and I\'m holding it.' },
      { from: 'merchant', at: '20:22', text: 'Please file the refund on the site with "picked it by accident" as the reason and I\'ll sign it off. Then order the SEA one.' },
      { from: 'buyer', at: '20:24', text: 'Thank you! Filing it now.' },
    ],
    key_phrases: [O4, 'hasn\'t gone out yet', 'I\'ll sign it off'],
  },
  {
    name: 'b47-split-vp-gcash', case: 'b47-viber-desk-wrong-near', file: 'Screenshot_2028-09-26-20-50-33-118_com.android.chrome.png', split: B,
    style: 'android-split', device: 'android-1080x2400', clock: '20:50', battery: 52, ratio: 0.58,
    top: { ...VP_ORDER, notes: ['Orders can be cancelled for a full refund until the code is sent.'] },
    bottom: { kind: 'list', title: 'Transaction History', color: '#007DFE', items: [['Ludo Load PH', 'Sep 26, 8:10 PM', '-₱530.00', 'Completed'], ['Cash In via 7-Eleven', 'Sep 26, 6:02 PM', '+₱1,000.00', 'Completed']] },
    key_phrases: [O4, 'Awaiting code', '-₱530.00'],
  },

  // ── 5 b47-tg-viewer-other-order: card_invalid, not-ready (order-id-mismatch) ────────────
  {
    name: 'b47-viewer-tg-wa-chat-5207', case: 'b47-tg-viewer-other-order', file: 'Screenshot_20280928-221435.png', split: B,
    style: 'chat-photo-viewer', kind: 'chat', skin: 'telegram', device: 'android-1080x2400', clock: '22:14', battery: 36, sender: '阿晉', when: '28 Sep at 22:11', caption: '你張 GameCash 卡嗰陣同賣家嘅對話，我搵返出嚟',
    shot: {
      kind: 'chat', skin: 'wechat', clock: '22:03', battery: 55, barBg: '#EDEDED', title: '點速遞 HK', h: 720,
      messages: [
        { from: 'time', text: '9月21日 21:50' },
        { from: 'buyer', text: `你好，訂單 ${O5b} 嗰張 GameCash HK$200 兌換唔到，顯示「此序號已於 2028-09-19 14:22 兌換過，無法重複兌換。」` },
        { from: 'time', text: '22:02' },
        { from: 'merchant', text: `收到，${O5b} 呢個序號我哋查咗，供應商嗰邊早就賣咗俾第二個人，問題喺我哋呢邊。` },
        { from: 'merchant', text: '你喺網站申請退款，揀「卡密無效」，我哋同意退。' },
      ],
    },
    corpus: [SRC.redeemedAt],
    key_phrases: [O5b, '問題喺我哋呢邊'],
  },
  {
    name: 'b47-viewer-tg-gamecash-used', case: 'b47-tg-viewer-other-order', file: 'Screenshot_20280928-221502.png', split: B,
    style: 'chat-photo-viewer', kind: 'error', skin: 'telegram', device: 'android-1080x2400', clock: '22:15', battery: 35, sender: '阿晉', when: '28 Sep at 22:11',
    shot: { kind: 'redeem', clock: '21:48', battery: 58, title: 'GameCash · 序號兌換', color: '#1565C0', fields: [['帳號', 'ah****jin'], ['序號', '5JQK-****-****-R2M7']], submit: '立即兌換', dialog: { title: '兌換失敗', body: '此序號已於 2028-09-19 14:22 兌換過，無法重複兌換。', button: '確定' } },
    corpus: [SRC.redeemedAt],
    key_phrases: ['此序號已於 2028-09-19 14:22 兌換過，無法重複兌換。'],
  },

  // ── 6 b47-wecom-kb-act: activation_failed, ready ────────────────────────────────────────
  {
    name: 'b47-wecom-kb-bound', case: 'b47-wecom-kb-act', file: 'Screenshot_2028-09-15-21-33-08-412_com.tencent.wework.png', split: B,
    style: 'wecom', device: 'android-1080x2400', clock: '21:33', battery: 29, title: '小码', corp: '码上软件铺', keyboard: 'zh', candidates: ['退款', '退', '腿', '推', '褪'],
    messages: [
      { from: 'time', text: '21:05' },
      { from: 'buyer', read: true, text: `你好，订单${O6}买的简编PDF专业版，激活时弹出“授权码已绑定到其他电脑，请联系管理员解绑。”，这台电脑是第一次激活。` },
      { from: 'time', text: '21:30' },
      { from: 'merchant', text: `查到了，${O6}发的这个码之前卖给过别的客人，退款后没作废又发给了您，还绑在他电脑上，是我们这边的失误。` },
      { from: 'merchant', text: '解不了绑，您在平台申请退款，理由选账号无法激活，我来同意。' },
    ],
    corpus: [SRC.bound],
    key_phrases: [O6, '是我们这边的失误'],
  },
  {
    name: 'b47-msgbox-bound-photo', case: 'b47-wecom-kb-act', file: 'IMG_20280915_210311.jpg', split: B,
    style: 'win-msgbox', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.45, focus: [0.46, 0.38], clock: '21:03', date: '2028/9/15', winX: 560, winY: 200,
    app: { title: '简编PDF 专业版', color: '#D9480F', heading: '激活软件', button: '激活', fields: [['授权码', 'JBPF-****-****-9K2D'], ['设备名称', 'LAPTOP-Q7M2K1']], version: '版本 6.2.1 · 免费版' },
    box: { title: '简编PDF', icon: 'error', text: '授权码已绑定到其他电脑，请联系管理员解绑。', buttons: ['确定'] },
    corpus: [SRC.bound],
    key_phrases: ['授权码已绑定到其他电脑，请联系管理员解绑。'],
  },

  // ── 7 b47-long-tg-nofeedback: not_received, weak/not-ready + chat-no-feedback ───────────
  {
    name: 'b47-long-tg-presale', case: 'b47-long-tg-nofeedback', file: 'Screenshot_2028-09-22-14-12-40-311_org.telegram.messenger.png', split: B,
    style: 'long-stitch', device: 'android-1080x2400', long: true, skin: 'telegram', clock: '14:12', battery: 62, title: 'Playnix SG', subtitle: 'last seen recently', seams: [5, 10],
    messages: [
      { from: 'time', text: 'September 22' },
      { from: 'buyer', at: '13:41', text: 'Hi, is the Spotify 12 months upgrade still available?' },
      { from: 'merchant', at: '13:44', text: 'Yes! We upgrade your own account, no new account needed.' },
      { from: 'buyer', at: '13:45', text: 'Do you need my password?' },
      { from: 'merchant', at: '13:47', text: 'No password. After you pay we send an invite link to your e-mail, you accept it and the 12 months start.' },
      { from: 'buyer', at: '13:48', text: 'Will my playlists stay?' },
      { from: 'merchant', at: '13:49', text: 'Yes, everything stays on your account.' },
      { from: 'buyer', at: '13:52', text: 'How long does it take?' },
      { from: 'merchant', at: '13:53', text: 'Within 24 hours of payment, usually the same day.' },
      { from: 'buyer', at: '14:06', text: `OK paid, order ${O7}. My e-mail is the one on the order.` },
      { from: 'merchant', at: '14:10', text: `Thanks, ${O7} received. Link coming soon.` },
      { from: 'buyer', at: '14:11', text: 'Great, thanks a lot!' },
      { from: 'merchant', at: '14:11', text: '👍' },
    ],
    key_phrases: [O7, 'Within 24 hours of payment'],
  },
  {
    name: 'b47-split-px-order-mail', case: 'b47-long-tg-nofeedback', file: 'Screenshot_2028-09-25-19-41-06-775_com.android.chrome.png', split: B,
    style: 'android-split', device: 'android-1080x2400', clock: '19:41', battery: 44, ratio: 0.6,
    top: { kind: 'order', color: '#1DB954', status: 'Paid · awaiting upgrade', statusSub: 'We will e-mail your invite link', shop: 'Playnix SG', item: 'Spotify Premium Individual – 12 months (upgrade on your own account)', price: 'S$58.00', rows: [['Order', O7], ['Paid', '22 Sep 2028, 14:05'], ['Payment', 'PayNow']], total: 'Total S$58.00' },
    bottom: { kind: 'list', title: 'Search mail: Playnix', color: '#C5221F', items: [['Playnix SG', 'Order PX-40922 confirmed · 22 Sep', '14:05']], empty: 'No other messages match your search.' },
    key_phrases: [O7, 'S$58.00', 'Paid · awaiting upgrade'],
  },

  // ── 8 b47-split-qq-nad: not_as_described, ready ─────────────────────────────────────────
  {
    name: 'b47-split-order-qq-tv', case: 'b47-split-qq-nad', file: 'Screenshot_2028-09-20-10-41-27-005_com.tencent.mobileqq.png', split: B,
    style: 'android-split', device: 'android-1080x2400', clock: '10:41', battery: 73, ratio: 0.45,
    top: { kind: 'order', color: 'linear-gradient(90deg,#FF8A00,#FF5000)', status: '交易成功', statusSub: '卡密已自动发放，可在订单详情查看', shop: '晴川影音会员店', item: '腾讯视频 超级影视VIP 月卡（含电视端·云视听极光）卡密', price: '¥30.00', rows: [['订单编号', O8], ['付款时间', '2028-09-19 20:30:11'], ['发货方式', '自动发货']], total: '实付款 ¥30.00' },
    bottom: {
      kind: 'chat', skin: 'qq', title: '晴川影音会员店',
      messages: [
        { from: 'time', text: '昨天 21:12' },
        { from: 'buyer', text: `订单${O8}，拍的是含电视端的超级影视VIP，兑换完只有普通腾讯视频VIP，电视上云视听极光用不了会员。` },
        { from: 'time', text: '10:36' },
        { from: 'merchant', text: '亲，查到了，这批卡密是普通VIP月卡，不带电视端，和商品标题对不上，是店里上错了货。' },
        { from: 'merchant', text: '您申请退款，理由勾描述不符，我这边同意。' },
      ],
    },
    key_phrases: [O8, '和商品标题对不上', '¥30.00'],
  },
  {
    name: 'b47-fwd-qq-vip-record', case: 'b47-split-qq-nad', file: 'Screenshot_2028-09-19-21-15-02-881_com.tencent.mobileqq.png', split: B,
    style: 'fwd-in-chat', device: 'android-1080x2400', outer: 'qq', title: '我的电脑', clock: '21:15', battery: 70, scale: 0.62,
    messages: [
      { from: 'time', text: '21:14' },
      { from: 'self', shot: { kind: 'list', clock: '20:42', battery: 77, title: 'VIP会员 · 开通记录', color: '#FF6A00', tabs: ['全部', '兑换'], on: 1, items: [['腾讯视频VIP 月卡（卡密兑换）', '2028-09-19 20:41', '31天', '已到账'], ['电视端（云视听极光）', '未开通', '—', '不可用', '#E0483E']] }, h: 520 },
      { from: 'self', text: '兑换记录里只有普通VIP，电视端没有' },
    ],
    key_phrases: ['腾讯视频VIP 月卡（卡密兑换）'],
  },

  // ── 9 b47-ipad-split-return: card_invalid asked as 退货, not-ready ─────────────────────
  {
    name: 'b47-ipad-split-return', case: 'b47-ipad-split-return', file: 'IMG_0412.PNG', split: B,
    style: 'ipad-split', device: 'ipad-2360x1640', clock: '22:31', battery: 66, title: '悠享点卡客服',
    merchantAvatar: ['悠', '#2E86DE'], buyerAvatar: ['🐟', '#c7d3df'], leftW: 0.53,
    messages: [
      { from: 'time', text: '22:05' },
      { from: 'buyer', text: `订单${O9}，网易一卡通50元，充值时提示“该卡密已被使用，请勿重复充值”，我之前一次都没充过。` },
      { from: 'merchant', text: '亲，查了一下，上游把同一张卡密出了两次，别人先充掉了，问题在我们这边。' },
      { from: 'merchant', text: '您在平台申请仅退款就可以，卡密是虚拟的，不用寄回什么东西。' },
      { from: 'buyer', text: '我还是选退货退款吧，把卡密还给你们，钱退给我。' },
      { from: 'merchant', text: '虚拟卡密没法退货，选仅退款钱一样原路退回的。' },
      { from: 'buyer', text: '不用了，我就按退货退款提交。' },
    ],
    order: {
      url: 'yx-dianka.cn', shop: '悠享点卡', title: '订单详情', tone: 'ok',
      rows: [['订单号', O9], ['商品', '网易一卡通 50元 点卡（卡号+卡密）'], ['实付金额', '¥49.50'], ['下单时间', '2028-09-21 21:48:00'], ['订单状态', '已发货', 'status']],
      notes: ['卡密已发放，请在本页查看。', '点卡类商品发货后不支持退货。'],
    },
    corpus: [SRC.usedTwice],
    key_phrases: [O9, '¥49.50', '我就按退货退款提交'],
  },
  {
    name: 'b47-viewer-wx-used-twice', case: 'b47-ipad-split-return', file: 'IMG_5521.PNG', split: B,
    style: 'chat-photo-viewer', kind: 'error', skin: 'wechat', device: 'iphone-1170x2532', clock: '22:08', battery: 48, original: '查看原图(1.3M)',
    shot: { kind: 'redeem', clock: '22:01', battery: 62, title: '网易一卡通 · 点卡充值', color: '#C8161D', fields: [['充值账号', 'yx****@163.com'], ['卡号', '1215****8830'], ['卡密', '********2706']], submit: '确认充值', dialog: { title: '充值失败', body: '该卡密已被使用，请勿重复充值', button: '确定' } },
    corpus: [SRC.usedTwice],
    key_phrases: ['该卡密已被使用，请勿重复充值'],
  },

  // ── 10 b47-laptop-slack-passed: activation_failed, not-ready (deadline-passed) ─────────
  {
    name: 'b47-msgbox-renderbox', case: 'b47-laptop-slack-passed', file: 'Screenshot 2028-09-13 092114.png', split: B,
    style: 'win-msgbox', device: 'desktop-1366x768', clock: '9:21 AM', date: '9/13/2028', winX: 290, winY: 120,
    app: { title: 'RenderBox Pro 2028', color: '#1C7ED6', heading: 'Activate RenderBox Pro', button: 'Activate', fields: [['Licence key', 'RBX8-****-****-****-41QZ'], ['Computer', 'NB-WS-07']], version: 'Version 2028.1.2 · Not activated' },
    box: { title: 'RenderBox Pro', icon: 'error', text: 'This license key is not valid for this computer', buttons: ['OK'] },
    corpus: [SRC.notThisPc],
    key_phrases: ['This license key is not valid for this computer'],
  },
  {
    name: 'b47-slack-photo-passed', case: 'b47-laptop-slack-passed', file: 'IMG_20280913_105311.jpg', split: B,
    style: 'slack-dm', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.4, focus: [0.5, 0.8], workspace: 'Northbeam Studio', merchantName: 'Dana (KeyLedger)', buyerName: 'Chris Ortega', lineW: 900,
    messages: [
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '9:24 AM', text: `Hi Dana, we bought a RenderBox Pro 2028 seat on Monday (order ${O10}). First time installing it today and activation says "This license key is not valid for this computer". It's a brand-new workstation.` },
      { from: 'merchant', at: '10:31 AM', text: `Hi Chris, I checked ${O10}. The key was delivered Sep 11 at 10:05 AM and it's already activated on another machine, so I suspect the supplier sold it twice.` },
      { from: 'merchant', at: '10:32 AM', text: 'Our terms give 24 hours from delivery to activate and report problems, and that period ended yesterday morning, so I can\'t approve a refund. I can escalate to the publisher for a replacement; that can take a few weeks.' },
      { from: 'buyer', at: '10:40 AM', text: 'We never touched the key before today. I\'ll open a refund request on the order and let them decide.' },
    ],
    corpus: [SRC.notThisPc],
    key_phrases: [O10, 'that period ended yesterday morning'],
  },

  // ── 11 b47-dingpc-captcha-mismatch: card_invalid, not-ready (error-capture-mismatch) ────
  {
    name: 'b47-dingpc-captcha', case: 'b47-dingpc-captcha-mismatch', file: '屏幕截图 2028-09-24 183020.png', split: B,
    style: 'dingtalk-pc', device: 'desktop-1366x768', title: '锦鲤点卡-阿吉', corp: '锦鲤点卡（自动发卡）', buyerName: '韩冬', listW: 250, lineW: 400, composerH: 110,
    chats: [['锦鲤点卡-阿吉', '卡是好的，这样申请我们会拒绝…', '17:26'], ['财务部', '报销单周五前交', '16:10'], ['韩冬', '[文件] 周报.docx', '昨天']],
    messages: [
      { from: 'time', text: '16:40' },
      { from: 'buyer', read: true, text: `订单${O11}的天极一卡通30元充不进去，一直报错，截图给你看` },
      { from: 'buyer', read: true, shot: { kind: 'redeem', clock: '16:37', battery: 33, title: '天极一卡通 · 充值', color: '#0B7A75', fields: [['游戏账号', 'hd****2024'], ['卡号', '3020****5517'], ['卡密', '********0962'], ['验证码', 'x7Kp']], submit: '立即充值', toast: '图片验证码错误，请重新输入' }, w: 170 },
      { from: 'time', text: '17:15' },
      { from: 'merchant', text: `您好，${O11}这张卡我在天极后台查过，状态是“未使用”，卡密本身没问题。` },
      { from: 'merchant', text: '截图里提示的是图片验证码不对，点一下验证码图片换一张，注意大小写重新输就能充进去。' },
      { from: 'buyer', read: true, text: '试了好几次都不行，不折腾了，我直接按卡密无效申请退款。' },
      { from: 'merchant', text: '卡是好的，这样申请我们会拒绝的，您再试一次吧。' },
    ],
    corpus: [SRC.captcha],
    key_phrases: [O11, '状态是“未使用”', '图片验证码不对'],
  },
  {
    name: 'b47-split-captcha-order', case: 'b47-dingpc-captcha-mismatch', file: 'Screenshot_2028-09-24-16-37-45-201_com.android.browser.png', split: B,
    style: 'android-split', device: 'android-1080x2400', clock: '16:37', battery: 33, ratio: 0.52,
    top: { kind: 'redeem', title: '天极一卡通 · 充值', color: '#0B7A75', fields: [['游戏账号', 'hd****2024'], ['卡号', '3020****5517'], ['卡密', '********0962'], ['验证码', 'x7Kp']], submit: '立即充值', notes: ['图片验证码错误，请重新输入'] },
    bottom: { kind: 'order', color: '#E4393C', status: '已发货', statusSub: '卡密已发放', shop: '锦鲤点卡', item: '天极一卡通 30元（卡号+卡密）', price: '¥28.80', rows: [['订单编号', O11], ['付款时间', '2028-09-24 16:22:51']], total: '实付 ¥28.80' },
    corpus: [SRC.captcha],
    key_phrases: [O11, '图片验证码错误，请重新输入', '¥28.80'],
  },

  // ── 12 b47-lark-tw-noreply: not_received, ready/weak + chat-no-reply ────────────────────
  {
    name: 'b47-lark-tw-noreply', case: 'b47-lark-tw-noreply', file: '螢幕擷取畫面 2028-09-24 201822.png', split: B,
    style: 'feishu-pc', device: 'desktop-1920x1080', lang: 'zh-Hant', title: '雲圖點數館 客服', corp: '雲圖數位有限公司', buyerName: '林佩君',
    chats: [['雲圖點數館 客服', '已經一天多都沒人回…', '19:50'], ['設計組', '阿凱: 明天交稿', '18:02'], ['媽媽', '[圖片]', '12:30'], ['公司全體', '[公告] 中秋禮盒領取', '9月22日']],
    messages: [
      { from: 'time', text: '9月23日 13:40' },
      { from: 'buyer', read: false, text: `您好，訂單 ${O12} 付款半小時了，MyCard 1000點的序號還沒寄到信箱，垃圾郵件也沒有。` },
      { from: 'buyer', read: false, shot: MYCARD_ORDER, w: 210 },
      { from: 'time', text: '9月24日 10:15' },
      { from: 'buyer', read: false, text: `隔天了還是沒收到序號，麻煩回覆一下，訂單 ${O12}。` },
      { from: 'time', text: '19:50' },
      { from: 'buyer', read: false, text: '已經一天多都沒人回，再沒消息我就直接在平台申請未收到貨退款了。' },
    ],
    key_phrases: [O12, '還沒寄到信箱', '已經一天多都沒人回'],
  },
  {
    name: 'b47-fwd-tg-mycard-order', case: 'b47-lark-tw-noreply', file: 'Screenshot_20280924-195812.png', split: B,
    style: 'fwd-in-chat', device: 'android-1080x2400', outer: 'telegram', title: '儲存的訊息', clock: '19:58', battery: 38, scale: 0.6,
    messages: [
      { from: 'time', text: '9月23日' },
      { from: 'self', shot: MYCARD_ORDER, at: '13:38', h: 640 },
      { from: 'self', text: '雲圖那單付款了，序號還沒到', at: '13:39' },
    ],
    key_phrases: [O12, '待出貨'],
  },

  // ── 13 b47-signal-kb-nad-threat: not_as_described, ready/weak + threatening-language ────
  {
    name: 'b47-signal-kb-nitro-threat', case: 'b47-signal-kb-nad-threat', file: 'Screenshot_20280928-100212.png', split: B,
    style: 'signal', device: 'android-1080x2400', dark: true, clock: '10:02', battery: 57, title: 'NitroHub Support', contactAvatar: ['NH', '#C9D7F2'],
    keyboard: 'en', draft: 'ok, filing it now',
    messages: [
      { from: 'time', text: 'Yesterday' },
      { from: 'buyer', at: '18:52', text: `Order ${O13}: I paid for 12 months of Nitro and the link gave me only 3 months. Screenshot above.` },
      { from: 'time', text: 'Today' },
      { from: 'buyer', at: '08:10', text: 'Still nothing about the 3-month link. You lot are scammers. Fix it today or I file a chargeback and post your number in every Discord server I\'m in.' },
      { from: 'merchant', at: '09:47', text: 'Sorry for the wait. You\'re right: our supplier mixed 3-month links into the 12-month batch. That\'s not what the listing says.' },
      { from: 'merchant', at: '09:48', text: `Please request a refund for ${O13} on the site as "not as described", we'll refund it in full.` },
    ],
    key_phrases: [O13, 'You lot are scammers', 'That\'s not what the listing says'],
  },
  {
    name: 'b47-viewer-signal-nitro-3m', case: 'b47-signal-kb-nad-threat', file: 'Screenshot_20280927-185530.png', split: B,
    style: 'chat-photo-viewer', kind: 'error', skin: 'signal', device: 'android-1080x2400', clock: '18:55', battery: 70, sender: 'You', when: 'Sep 27, 2028, 6:52 PM',
    shot: { kind: 'redeem', clock: '18:47', battery: 74, title: 'Gift redeemed', color: '#5865F2', fields: [['Gift', 'Nitro · 3 months'], ['Account', 'ry****#0'], ['Renews', 'Dec 27, 2028']], submit: 'Continue', notes: ['This gift has been applied to your account.'] },
    key_phrases: ['Nitro · 3 months'],
  },

  // ── 14 b47-viber-desk-timeline: card_invalid, weak/ready + timeline-inconsistent ───────
  {
    name: 'b47-viberdesk-gift-used', case: 'b47-viber-desk-timeline', file: 'Screenshot 2028-09-30 115012.png', split: B,
    style: 'viber-desktop', device: 'desktop-1920x1080', dark: true, title: 'Kodomat BG', lastSeen: 'last seen today at 11:47', buyerName: 'Nikolay Petrov',
    chats: [['Kodomat BG', 'Thanks, will do.', '11:48'], ['Ivo', 'Football at 7?', '10:12'], ['Family', 'Mama: 📷 Photo', '09:40', '2'], ['Viber', 'New sticker packs this week', 'Thu']],
    messages: [
      { from: 'time', text: 'Saturday, September 30' },
      { from: 'buyer', at: '11:20', text: `Hi, order ${O14}, the €20 card you sent this morning. Redeeming it says "This gift code has already been used." First time I tried it.` },
      { from: 'buyer', at: '11:20', shot: { kind: 'redeem', clock: '11:14', battery: 81, title: 'Gift card · Redeem', color: '#00439C', fields: [['Code', '9KQ2-****-****'], ['Account', 'ni****@abv.bg']], submit: 'Redeem', toast: 'This gift code has already been used.' }, w: 200 },
      { from: 'merchant', at: '11:45', text: `Checked ${O14}: the supplier had already sold that code to someone else before it reached you. Our fault, sorry.` },
      { from: 'merchant', at: '11:46', text: 'Please request a refund on the site, I\'ll approve it today.' },
      { from: 'buyer', at: '11:48', text: 'Thanks, will do.' },
    ],
    corpus: [SRC.giftUsed],
    key_phrases: [O14, 'This gift code has already been used.', 'Our fault, sorry.'],
  },
  {
    name: 'b47-split-gift-used-mail', case: 'b47-viber-desk-timeline', file: 'Screenshot_2028-09-30-11-14-52-640_com.android.chrome.png', split: B,
    style: 'android-split', device: 'android-1080x2400', clock: '11:14', battery: 81, ratio: 0.55,
    top: { kind: 'redeem', title: 'Gift card · Redeem', color: '#00439C', fields: [['Code', '9KQ2-****-****'], ['Account', 'ni****@abv.bg']], submit: 'Redeem', notes: ['This gift code has already been used.'] },
    bottom: { kind: 'list', title: 'Inbox', color: '#C5221F', items: [['Kodomat BG', `Your code for order ${O14} · 08:11`, '€20.90', 'Delivered']] },
    corpus: [SRC.giftUsed],
    key_phrases: [O14, 'This gift code has already been used.'],
  },
];
