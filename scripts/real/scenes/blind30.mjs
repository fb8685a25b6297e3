// The thirtieth blind end-to-end set (fixtures/blind30/): 14 cases written by a helper (branch h20e),
// not by the lead engineer, from public wording the project had not used before (each quoted
// string was checked against test/corpus/, scripts/real/ and the fixture READMEs), combined and
// lightly adapted (names, amounts, dates and order numbers made consistent with each case's
// order.json; adaptations said so). Every scene is `split: 'blind30'`; `corpus` cites the source of
// each line taken (the find_string index id: the index names no repository; or the public page's
// address); lines not cited are the author's own connecting lines. The set is software licences and
// shared subscriptions bought on card shops: Windows and Office keys checked from a console,
// JetBrains, antivirus and VPN keys, Netflix / YouTube Premium / Microsoft 365 shared seats (车位),
// ChatGPT and Claude top-ups (代充), App Store cards on a Mac and Mac app licences; chats on Telegram,
// QQ, WeChat, WhatsApp, LINE, Discord, Messenger and e-mail. Simplified and Traditional Chinese and
// English. Six new app styles: `win-terminal` (Windows Terminal / Command Prompt running slmgr or
// ospp through cscript), `jetbrains-licenses` (a JetBrains IDE's Licenses dialog and a licence
// balloon), `av-activation` (a security or VPN app's activation page), `netflix-household` (a
// streaming app's household block screen), `mail163-web` (网易邮箱 on the web, conversation view)
// and `macappstore-redeem` (the Mac App Store's redeem sheet).
// Render with `node scripts/real/render.mjs --set blind30`, then
// `node scripts/real/copy-cases.mjs --set blind30`. The set is judged once, at the end: do not tune on it.
const B = 'blind30';

const O1 = '2028030419221738406'; // 19 digits (发卡 shop)
const O2 = 'DKO-30611'; // prefix + 5 digits (an English key shop using Stripe)
const O3 = '280308210344891275'; // acg-faka trade number, 18 digits
const O4 = 'HK2028031019304417'; // HK + 16 digits
const O5 = 'JZ2028031209153318'; // JZ + 16 digits
const O6 = '8028031314021977'; // 16 digits (WeChat mini-program shop)
const O7 = '2028031510204473'; // 16 digits
const O8 = 'SB-58213';
const O9 = 'MS20280317200011'; // MS + 14 digits
const O10 = '280308221016650123'; // 18 digits
// this order is KM2028031814551209 (Office 2021, 18 March: order.json only)
const O11b = 'KM2028021109302275'; // the buyer's earlier order (Office 2019, 11 February), the one the mails are about
const O12 = 'KG-5520917';
const O13 = '280322203311574209'; // acg-faka trade number, 18 digits
const O14 = '2028032020004418'; // 16 digits

const SRC = {
  vlKey: 'slmgr.vbs\'s message table: L_MsgError_C004F035 "The software Licensing Service reported that the computer could not be activated with a Volume license product key. Volume licensed systems require upgrading from a qualified operating system. Please contact your system administrator or use a different type of key" and L_MsgActivating "Activating %PRODUCTNAME% (%PRODUCTID%) ..." (public GitHub VBScript file, find_string id 4066849753)',
  proEdition: 'slmgr /ato output "正在激活 Windows(R), Professional edition (4de7cb65-cdf1-4de9-8ae8-e3cce27b9f2c) ..." (public GitHub Markdown file, find_string id 12619894938), the product name and id put into the English message',
  jbExpiry: 'JetBrains support, "In-IDE notifications about license expiration": "Your <product> subscription expired on X. If you don\'t renew it before Y, you will no longer be able to use the product." (https://intellij-support.jetbrains.com/hc/en-us/articles/11211452533010-In-IDE-notifications-about-license-expiration), product and dates filled in',
  esetOverused: 'ESET online help, "License status": "Overused | More devices are using this license than allowed. You will receive an activation error." (https://help.eset.com/eav/16.1/en-US/license_status.html); the error code ACT.39 for an overused licence (https://www.nod32.com.hr/podrska/kb7512)',
  household: 'the household block message "Your device isn\'t part of the Netflix Household for this account" (public GitHub JavaScript file, find_string id 33834641998)',
  downloadAccess: 'a licence client\'s status messages: "Error: This version of the software was released after your download access expired. Please downgrade or contact support for more information." (public GitHub PHP file, find_string id 29482796330)',
  redeemed: 'a redeem page\'s messages: "兑换码已被兑换过，请重新输入" (public GitHub JavaScript file, find_string id 12145861800)',
  osppFormat: 'ospp.vbs /act output lines "SKU ID: …", "LICENSE NAME: Office 21, Office21ProPlus2021R_Grace edition", "LICENSE DESCRIPTION: Office 21, RETAIL(Grace) channel", "Last 5 characters of installed product key: …", "ERROR CODE: …", "ERROR DESCRIPTION: …" (public GitHub Markdown file, find_string id 35093874407; the same on a Chinese Windows, find_string id 52586052429)',
  skuNotFound: 'slmgr.vbs\'s message table: L_MsgError_C004F066 "The Software Licensing Service reported that the product SKU is not found" (public GitHub VBScript file, find_string id 4066849753)',
  noKey: 'a licence check: "That license key does not exist" (public GitHub TypeScript file, find_string id 53773503022)',
  kasMac: 'Kaspersky support: "Activation codes for Kaspersky Anti-Virus (Mac OS X) are not compatible with other Kaspersky Lab products." (http://support.kaspersky.com/us/kavmac/buy?qid=208282987), adapted into the shop\'s Chinese terms',
};

export default [
  // ── 1 b30-slmgr-vl-telegram: activation_failed, ready ─────────────────────────────────────────
  {
    name: 'b30-slmgr-vl', case: 'b30-slmgr-vl-telegram', file: 'Screenshot 2028-03-04 194410.png', split: B,
    style: 'win-terminal', device: 'desktop-1920x1080', clock: '7:44 PM', date: '3/4/2028',
    lines: [
      { kind: 'cmd', text: 'cscript //nologo C:\\Windows\\System32\\slmgr.vbs /ato' },
      { kind: 'out', text: 'Activating Windows(R), Professional edition (4de7cb65-cdf1-4de9-8ae8-e3cce27b9f2c) ...' },
      { kind: 'err', text: 'Error: 0xC004F035 The software Licensing Service reported that the computer could not be activated with a Volume license product key. Volume licensed systems require upgrading from a qualified operating system. Please contact your system administrator or use a different type of key' },
    ],
    corpus: [SRC.vlKey, SRC.proEdition],
    key_phrases: ['0xC004F035', 'Volume license product key'],
  },
  {
    name: 'b30-tg-vl', case: 'b30-slmgr-vl-telegram', file: 'Screenshot_20280304-201228.png', split: B,
    style: 'telegram', dark: true, device: 'android-1080x2400', clock: '20:12', battery: 47, title: '极光软件铺 客服', subtitle: '在线',
    messages: [
      { from: 'time', text: '3月4日' },
      { from: 'buyer', at: '19:48', text: `你好，订单 ${O1} 买的 Win11 专业版零售密钥，用 slmgr 激活报 0xC004F035，说这是批量许可(Volume)的密钥，激活不了我这台电脑` },
      { from: 'buyer', at: '19:48', type: 'image', hue: 215, w: 220, h: 124 },
      { from: 'merchant', at: '20:06', text: '查了一下，这批货里混进了批量授权的 MAK 密钥，不是零售密钥，家用电脑确实激活不了，是我们发错货了' },
      { from: 'merchant', at: '20:07', text: '您直接在订单页申请退款，我这边同意' },
      { from: 'buyer', at: '20:09', text: '好的，我去申请' },
    ],
    key_phrases: [O1, '0xC004F035', '是我们发错货了'],
  },
  {
    name: 'b30-order-vl', case: 'b30-slmgr-vl-telegram', file: 'Screenshot_20280304-194812.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '19:48', battery: 52, shop: '极光软件铺', accent: '#4F46E5',
    order: {
      query: O1, statusTone: 'ok',
      rows: [['订单号', O1], ['商品名称', 'Windows 11 专业版 零售密钥（一机一码 永久激活）'], ['实付金额', '¥29.90'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-03-04 19:22:05']],
      code: '产品密钥 7RWXN-*****-*****-*****-3QKMP',
      noteTitle: '使用说明', note: ['设置 → 系统 → 激活 → 更改产品密钥，输入上方密钥即可；激活异常请在24小时内联系客服。'],
    },
    key_phrases: [O1, '¥29.90', '已完成'],
  },

  // ── 2 b30-en-jetbrains-expired-nad: not_as_described, ready ───────────────────────────────────
  {
    name: 'b30-jb-expired', case: 'b30-en-jetbrains-expired-nad', file: 'Screenshot 2028-03-06 211530.png', split: B,
    style: 'jetbrains-licenses', device: 'desktop-1920x1080', ideName: 'IntelliJ IDEA', project: 'billing-api', branch: 'feature/invoices',
    license: {
      products: [{ name: 'IntelliJ IDEA Ultimate', mark: 'IJ', color: '#FE2857', state: 'Subscription expired', bad: true }, { name: 'Database Tools', mark: 'DB', color: '#21D789' }],
      title: 'IntelliJ IDEA Ultimate',
      lines: ['Licensed to Brightfield Analytics Sp. z o.o.', 'Activated with an activation code', 'Subscription expired on March 1, 2028'],
      state: 'Grace period: the IDE stops working after March 31, 2028.', bad: true,
      buttons: ['Deactivate License…', 'Close'],
    },
    balloon: { title: 'IntelliJ IDEA Ultimate', text: 'Your IntelliJ IDEA Ultimate subscription expired on March 1, 2028. If you don\'t renew it before March 31, 2028, you will no longer be able to use the product.', actions: ['Renew Subscription', 'Manage Licenses'] },
    corpus: [SRC.jbExpiry],
    key_phrases: ['subscription expired on March 1, 2028', 'you will no longer be able to use the product'],
  },
  {
    name: 'b30-discord-jb', case: 'b30-en-jetbrains-expired-nad', file: 'Screenshot 2028-03-07 094102.png', split: B,
    style: 'discord-dm', device: 'desktop-1366x768', buyerName: 'tomasz.k', merchantName: 'DevKeys Outlet', lineW: 760,
    messages: [
      { from: 'time', text: 'March 6, 2028' },
      { from: 'buyer', at: '9:21 PM', text: `Hi, order ${O2}, the "1 Year Personal Subscription" for IntelliJ IDEA Ultimate. The code activates, but the licence is in the name of some company and the IDE says the subscription expired on March 1, 2028 and stops after March 31. That is not a one-year personal licence.` },
      { from: 'time', text: 'March 7, 2028' },
      { from: 'merchant', at: '9:32 AM', text: `Morning. I checked ${O2}: that code came from a team pool our supplier resold, and the team didn't renew. So it is not the 12-month personal subscription on the listing. Sorry about that.` },
      { from: 'merchant', at: '9:33 AM', text: 'Please open the refund from the receipt link and pick "not as described"; I will accept it today.' },
      { from: 'buyer', at: '9:40 AM', text: 'OK, doing it now.' },
    ],
    key_phrases: [O2, 'not the 12-month personal subscription', 'I will accept it today'],
  },
  {
    name: 'b30-stripe-jb', case: 'b30-en-jetbrains-expired-nad', file: 'Screenshot_20280306-201702.png', split: B,
    style: 'stripe-receipt', device: 'android-1080x2400', clock: '20:17', battery: 71,
    mail: {
      subject: 'Your receipt from DevKeys Outlet #2290-4418', from: 'DevKeys Outlet', time: 'Mon 6 Mar, 20:15', shop: 'DevKeys Outlet', color: '#0F766E',
      amount: '€59.00', date: 'March 6, 2028', number: '2290-4418', method: 'VISA – 3307',
      items: [[`Order ${O2}: IntelliJ IDEA Ultimate – 1 Year Personal Subscription (activation code) × 1`, '€59.00']],
      notes: ['Your activation code was sent in a separate e-mail at 20:15. It gives 12 months of IntelliJ IDEA Ultimate from the day you activate it.'],
      foot: ['Questions? Message us on Discord: DevKeys Outlet.'],
    },
    key_phrases: [O2, '€59.00', '12 months of IntelliJ IDEA Ultimate'],
  },

  // ── 3 b30-eset-overused-qq: card_invalid, ready ──────────────────────────────────────────────
  {
    name: 'b30-eset-overused', case: 'b30-eset-overused-qq', file: 'Screenshot 2028-03-08 211650.png', split: B,
    style: 'av-activation', device: 'desktop-1366x768', clock: '21:16', date: '2028/3/8',
    app: { name: 'ESET NOD32 Antivirus', color: '#0E8A8A', barBg: '#16333A', nav: ['Overview', 'Computer scan', 'Update', 'Tools', 'Setup', 'Help and support'], navOn: 5 },
    heading: 'Product activation', keyLabel: 'License Key', key: '3TRA-****-****-****-K8UM',
    result: { tone: 'error', title: 'Activation failed', lines: ['More devices are using this license than allowed.'], code: 'ACT.39' },
    buttons: ['Back', 'Open ESET HOME'],
    corpus: [SRC.esetOverused],
    key_phrases: ['More devices are using this license than allowed.', 'ACT.39'],
  },
  {
    name: 'b30-qq-eset', case: 'b30-eset-overused-qq', file: 'Screenshot_20280308-221402.png', split: B,
    style: 'qq-mobile', device: 'android-1080x2400', clock: '22:14', battery: 38, title: '小鹿正版软件',
    messages: [
      { from: 'time', text: '21:18' },
      { from: 'buyer', name: '阿哲', text: `订单 ${O3} 的 ESET NOD32 激活码，激活失败，提示 More devices are using this license than allowed.，右下角错误代码 ACT.39` },
      { from: 'buyer', name: '阿哲', type: 'image', hue: 180, w: 200, h: 120 },
      { from: 'time', text: '22:10' },
      { from: 'merchant', name: '小鹿正版软件', text: '查过了，这个码之前那批被卖给了好几个人，设备数超了，跟您的操作没关系' },
      { from: 'merchant', name: '小鹿正版软件', text: '您在订单页申请退款，我这边同意全额退' },
      { from: 'buyer', name: '阿哲', text: '好的' },
    ],
    key_phrases: [O3, 'ACT.39', '我这边同意全额退'],
  },
  {
    name: 'b30-acg-eset', case: 'b30-eset-overused-qq', file: 'Screenshot_20280308-210521.png', split: B,
    style: 'acg-faka-query', device: 'android-1080x2400', clock: '21:05', battery: 44, shop: '小鹿正版软件',
    order: {
      query: O3, status: 'paid', delivery: 'shipped', no: O3, created: '2028-03-08 21:02:41', paidAt: '2028-03-08 21:03:12', pay: '微信支付', amount: '39.00',
      product: 'ESET NOD32 Antivirus 全球版 1年1台 激活码', qty: 1, secret: '激活码：3TRA-****-****-****-K8UM',
      leave: ['激活方法：打开 ESET → 帮助和支持 → 更改许可证，输入激活码。激活问题请在24小时内联系客服。'],
    },
    key_phrases: [O3, 'ESET NOD32 Antivirus'],
  },

  // ── 4 b30-hk-netflix-household: not_as_described, ready ─────────────────────────────────────
  {
    name: 'b30-order-netflix', case: 'b30-hk-netflix-household', file: 'IMG_3381.PNG', split: B,
    style: 'shop-order-query', device: 'iphone-1170x2532', clock: '19:46', battery: 80, shop: '港速影音車位', accent: '#B91C1C',
    order: {
      query: O4, statusTone: 'ok',
      rows: [['訂單號', O4], ['商品名稱', 'Netflix 高級方案 4K 共享車位 1個月（支援電視、手機、平板）'], ['實付金額', 'HK$58.00'], ['支付方式', 'PayMe'], ['訂單狀態', '已完成', 'status'], ['下單時間', '2028-03-10 19:30:12']],
      code: '帳號 nf****@outlook.com  密碼 ********  個人檔案 4號',
      noteTitle: '使用說明', note: ['請只使用 4 號個人檔案，勿修改密碼；登入問題請於收貨後 72 小時內聯絡客服。'],
    },
    key_phrases: [O4, 'HK$58.00', '支援電視'],
  },
  {
    name: 'b30-netflix-tv', case: 'b30-hk-netflix-household', file: 'IMG_3384.JPG', split: B,
    style: 'netflix-household', device: 'desktop-1920x1080', degrade: ['monitor'], zoom: 1.05,
    screen: {
      title: 'Your device isn\'t part of the Netflix Household for this account',
      lines: [],
      buttons: ['Send Email', 'Send Text Message', 'Back'],
      foot: 'nf****@outlook.com',
    },
    corpus: [SRC.household],
    key_phrases: ['isn\'t part of the Netflix Household'],
  },
  {
    name: 'b30-wa-netflix', case: 'b30-hk-netflix-household', file: 'IMG_3392.PNG', split: B,
    style: 'whatsapp', device: 'iphone-1170x2532', clock: '21:36', battery: 61, title: '港速影音車位', subtitle: 'online',
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', at: '21:05', text: `你好，訂單 ${O4} 嘅 Netflix 車位，手機登入到，但係部電視一開就出「Your device isn't part of the Netflix Household for this account」，你個商品寫明支援電視㗎喎` },
      { from: 'buyer', at: '21:05', type: 'image', hue: 0, w: 200, h: 150 },
      { from: 'merchant', at: '21:32', text: '唔好意思，呢批車位嘅主帳號設咗喺另一個住址，電視係用唔到嘅，同商品描述唔啱。你喺平台申請退款，我會同意。' },
      { from: 'buyer', at: '21:35', text: '好，我而家申請' },
    ],
    key_phrases: [O4, '同商品描述唔啱', '我會同意'],
  },

  // ── 5 b30-m365-seat-late-qqpc: late_delivery, ready ─────────────────────────────────────────
  {
    name: 'b30-163-m365-paid', case: 'b30-m365-seat-late-qqpc', file: 'Screenshot 2028-03-12 120512.png', split: B,
    style: 'mail163-web', kind: 'order', device: 'desktop-1366x768', account: 'xu****@163.com', unread: 3,
    mail: {
      subject: `【橘子会员铺】订单 ${O5} 支付成功`,
      letters: [{
        name: '橘子会员铺', addr: 'noreply@juzi-vip.shop', to: 'xu****@163.com', time: '2028年3月12日(星期日) 上午9:16',
        body: ['您好，您的订单已支付成功：', `订单号：${O5}\n商品：Microsoft 365 家庭版 共享车位 12个月（邀请制）\n实付金额：¥89.00\n付款时间：2028-03-12 09:15`, '我们会在付款后2小时内把家庭组邀请发送到本邮箱，接受邀请后即可在 Office 应用中登录使用。', '橘子会员铺'],
      }],
    },
    key_phrases: [O5, '¥89.00', '付款后2小时内'],
  },
  {
    name: 'b30-qqpc-m365-late', case: 'b30-m365-seat-late-qqpc', file: 'Screenshot 2028-03-12 163020.png', split: B,
    style: 'qq-pc', device: 'desktop-1920x1080', title: '橘子会员铺-售后', buyerName: '小许', merchantName: '橘子会员铺-售后', lineW: 760,
    contacts: ['橘子会员铺-售后', '我的手机', '研究生群', 'QQ邮箱提醒'],
    messages: [
      { from: 'time', text: '2028-03-12' },
      { from: 'buyer', at: '12:04:10', text: `订单 ${O5}，Microsoft 365 家庭版车位，早上9点15付的款，说好2小时内发邀请，现在邮箱什么都没收到` },
      { from: 'buyer', at: '15:31:22', text: '还是没有，到底什么时候发？' },
      { from: 'merchant', at: '16:05:47', text: '抱歉久等了，家庭组的主账号续费没扣成功，订阅被暂停了，今天发不了邀请，什么时候恢复也说不准' },
      { from: 'merchant', at: '16:06:15', text: '您在订单里申请退款吧，我这边同意' },
      { from: 'buyer', at: '16:08:02', text: '行，我按延迟发货申请退款' },
    ],
    key_phrases: [O5, '今天发不了邀请', '我这边同意'],
  },

  // ── 6 b30-ytp-seat-private-wx: not_received, ready/weak + private-channel ──────────────────
  {
    name: 'b30-wxmini-ytp', case: 'b30-ytp-seat-private-wx', file: 'IMG_5520.PNG', split: B,
    style: 'wx-mini-order', device: 'iphone-1170x2532', clock: '09:20', battery: 58, title: '订单详情', accent: '#E53935', accent2: '#FF7043',
    order: {
      status: '待发货', hint: '车位名额付款后24小时内安排，请保持 Google 账号可登录',
      goods: [['商品', 'YouTube Premium 家庭组车位 12个月'], ['Google账号', 'li****@gmail.com'], ['规格', '1个车位']],
      info: [['订单编号', O6], ['下单时间', '2028-03-13 14:02:47'], ['支付方式', '微信支付'], ['实付款', '¥118.00', 'money']],
      buttons: ['申请退款', '联系客服'],
    },
    key_phrases: [O6, '¥118.00', '待发货'],
  },
  {
    name: 'b30-wx-ytp-private', case: 'b30-ytp-seat-private-wx', file: 'IMG_5526.PNG', split: B,
    style: 'wechat-light', device: 'iphone-1170x2532', clock: '09:58', battery: 55, title: '油管会员小铺',
    messages: [
      { from: 'time', text: '昨天 14:10' },
      { from: 'buyer', text: `订单${O6}，YouTube家庭组车位，什么时候拉我进组？` },
      { from: 'merchant', text: '今天之内安排' },
      { from: 'time', text: '09:12' },
      { from: 'buyer', text: '过了一晚上还是没收到邀请，订单还是待发货' },
      { from: 'merchant', text: '家庭组都满了，这单做不了了' },
      { from: 'merchant', text: '平台退款要审核好几天，你加我私人微信 ytvip_2028，我微信直接转你118，你这边把订单点个确认收货就行' },
      { from: 'buyer', text: '不用了，我直接在平台申请退款' },
    ],
    key_phrases: [O6, '我微信直接转你118', '确认收货'],
  },

  // ── 7 b30-gpt-topup-threat-tg: not_received, ready/weak + threatening-language ──────────────
  {
    name: 'b30-order-gpt', case: 'b30-gpt-topup-threat-tg', file: 'Screenshot_20280315-213310.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '21:33', battery: 33, shop: '星河AI会员站', accent: '#10A37F',
    order: {
      query: O7, statusTone: 'wait',
      rows: [['订单号', O7], ['商品名称', 'ChatGPT Plus 代充 1个月（需提供账号）'], ['实付金额', '¥139.00'], ['支付方式', '微信支付'], ['订单状态', '处理中', 'status'], ['下单时间', '2028-03-15 10:20:41']],
      noteTitle: '购买须知', note: ['代充订单付款后6小时内完成，高峰期顺延；充值完成后请自行修改密码。'],
    },
    key_phrases: [O7, '¥139.00', '处理中'],
  },
  {
    name: 'b30-gpt-free', case: 'b30-gpt-topup-threat-tg', file: 'Screenshot 2028-03-15 213002.png', split: B,
    style: 'saas-billing', device: 'desktop-1366x768',
    app: { name: 'ChatGPT', color: '#10A37F', nav: ['常规', '通知', '个性化', '数据管控', '账户'], navOn: 4, crumb: '设置 › 账户', title: '账户' },
    plan: { label: '当前套餐', name: 'Free', status: '免费版', tone: 'warn', rows: [['账号', 'zh****@outlook.com'], ['Plus', '未订阅'], ['下次续费', '—']] },
    key_phrases: ['未订阅'],
  },
  {
    name: 'b30-tg-gpt-threat', case: 'b30-gpt-topup-threat-tg', file: 'Screenshot_20280315-214522.png', split: B,
    style: 'telegram', device: 'android-1080x2400', clock: '21:45', battery: 31, title: '星河AI会员站', subtitle: '最近在线',
    messages: [
      { from: 'time', text: '3月15日' },
      { from: 'buyer', at: '10:25', text: `订单 ${O7}，ChatGPT Plus 代充，账号 zh****@outlook.com，麻烦尽快` },
      { from: 'buyer', at: '18:40', text: '8个多小时了还是免费版，页面写的6小时内' },
      { from: 'buyer', at: '21:30', text: '你们是不是骗子？今天不给我充上，我就去黑猫投诉，再把你们店挂到每个群里曝光' },
      { from: 'merchant', at: '21:41', text: '抱歉，海外支付渠道这两天一直被拒，这单充不了。您在订单页申请退款，我这边同意全额退' },
      { from: 'buyer', at: '21:44', text: '行' },
    ],
    key_phrases: [O7, '你们是不是骗子', '这单充不了'],
  },

  // ── 8 b30-en-adobe-wrong-near: wrong_purchase, ready/weak + deadline-near ───────────────────
  {
    name: 'b30-stripe-adobe', case: 'b30-en-adobe-wrong-near', file: 'IMG_7703.PNG', split: B,
    style: 'stripe-receipt', device: 'iphone-1170x2532', clock: '13:07', battery: 68,
    mail: {
      subject: 'Your receipt from SnapByte Software #2140-7716', from: 'SnapByte Software', time: 'Thu 16 Mar, 13:05', shop: 'SnapByte Software', color: '#C2410C',
      amount: '$89.99', date: 'March 16, 2028', number: '2140-7716', method: 'Mastercard – 6612',
      items: [[`Order ${O8}: Adobe Creative Cloud Photography Plan 20GB – 12 months (redemption code) × 1`, '$89.99']],
      notes: ['Redemption codes are e-mailed within 2 hours of payment.', 'An order whose code has not been sent can be cancelled for a full refund within 1 hour of payment.'],
      foot: ['Questions? Message SnapByte Software on Facebook Messenger.'],
    },
    key_phrases: [O8, '$89.99', 'within 1 hour of payment'],
  },
  {
    name: 'b30-messenger-adobe', case: 'b30-en-adobe-wrong-near', file: 'IMG_7711.PNG', split: B,
    style: 'messenger', device: 'iphone-1170x2532', clock: '13:44', battery: 63, title: 'SnapByte Software', subtitle: 'Typically replies within an hour', merchantAvatar: ['S', '#C2410C'],
    messages: [
      { from: 'time', text: 'TODAY AT 13:13' },
      { from: 'buyer', text: `Hi, I just paid order ${O8} for the Photography plan by mistake. I need Creative Cloud All Apps, not Photography. No code has come yet. Can you cancel it?` },
      { from: 'time', text: 'TODAY AT 13:31' },
      { from: 'merchant', text: `Hi Daniel, no problem. The code for ${O8} hasn't been sent, so please request the refund on your order page as "bought by mistake" and we'll approve it.` },
      { from: 'buyer', text: 'Thanks, doing it now.' },
    ],
    key_phrases: [O8, 'by mistake', 'we\'ll approve it'],
  },

  // ── 9 b30-mac-licence-noreply-163: activation_failed, ready/weak + chat-no-reply ─────────────
  {
    name: 'b30-mac-download-access', case: 'b30-mac-licence-noreply-163', file: '截屏2028-03-17 20.24.51.png', split: B,
    style: 'mac-license-sheet', device: 'desktop-1920x1080', dark: true, app: 'PixelNest', menus: ['File', 'Edit', 'View', 'Window', 'Help'], clock: '3月17日 周五 20:24', iconColor: '#7C3AED',
    win: { title: 'PixelNest Pro 3.2 — License', fields: [['Name', 'Xu Yifan'], ['Email', 'xy****@163.com'], ['License key', 'PNST-****-****-****-72QD']] },
    alert: { title: 'Activation Failed', lines: ['Error: This version of the software was released after your download access expired. Please downgrade or contact support for more information.'], buttons: ['OK', 'Contact Support'] },
    corpus: [SRC.downloadAccess],
    key_phrases: ['after your download access expired'],
  },
  {
    name: 'b30-163-mac-sent', case: 'b30-mac-licence-noreply-163', file: '截屏2028-03-18 11.45.12.png', split: B,
    style: 'mail163-web', device: 'desktop-1366x768', folder: 'sent', account: 'xy****@163.com',
    mail: {
      subject: `订单 ${O9} PixelNest Pro 授权激活失败`,
      letters: [
        { self: true, name: '许一帆', addr: 'xy****@163.com', to: 'service@maco-soft.shop', time: '2028年3月17日(星期五) 晚上8:31', body: [`你好，我在贵店买的 PixelNest Pro for Mac 永久授权（含免费升级），订单号 ${O9}，今晚第一次激活就提示 "This version of the software was released after your download access expired."，我装的是官网最新的 3.2 版。截图见附件，麻烦处理。`] },
        { self: true, name: '许一帆', addr: 'xy****@163.com', to: 'service@maco-soft.shop', time: '2028年3月17日(星期五) 晚上11:10', body: ['补充：重装后还是一样的提示。商品页写的是永久授权、免费升级。'] },
        { self: true, name: '许一帆', addr: 'xy****@163.com', to: 'service@maco-soft.shop', time: '2028年3月18日(星期六) 上午11:40', body: ['已经十几个小时没有回复了，店铺页面写“授权问题24小时内处理”。今天再没有回复，我只能在平台申请退款了。'] },
      ],
    },
    key_phrases: [O9, 'download access expired', '十几个小时没有回复'],
  },

  // ── 10 b30-mac-appstore-card-passed: card_invalid, not-ready (deadline-passed) ───────────────
  {
    name: 'b30-macstore-redeemed', case: 'b30-mac-appstore-card-passed', file: '截屏2028-03-11 09.31.27.png', split: B,
    style: 'macappstore-redeem', device: 'desktop-1920x1080', clock: '3月11日 周六 09:31', account: 'li****@icloud.com',
    sheet: { title: '兑换充值卡或代码', help: '请输入充值卡背面的代码。', code: 'XJ7K********4RWM', errors: ['兑换码已被兑换过，请重新输入'], buttons: ['取消', '兑换'] },
    corpus: [SRC.redeemed],
    key_phrases: ['兑换码已被兑换过'],
  },
  {
    name: 'b30-order-appstore', case: 'b30-mac-appstore-card-passed', file: 'Screenshot_20280311-100355.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '10:03', battery: 77, shop: '果果礼品卡', accent: '#111827',
    order: {
      query: O10, statusTone: 'ok',
      rows: [['订单号', O10], ['商品名称', 'App Store 充值卡 100元（中国区）'], ['实付金额', '¥97.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-03-08 22:10:16']],
      code: '卡密 XJ7K********4RWM',
      noteTitle: '购买须知', note: ['卡密问题请在发卡后24小时内联系客服，超时不予处理。'],
    },
    key_phrases: [O10, '¥97.00', '发卡后24小时内'],
  },
  {
    name: 'b30-wx-appstore-late', case: 'b30-mac-appstore-card-passed', file: 'Screenshot_20280311-100812.png', split: B,
    style: 'wechat-dark', device: 'android-1080x2400', clock: '10:08', battery: 74, title: '果果礼品卡',
    messages: [
      { from: 'time', text: '09:40' },
      { from: 'buyer', text: `订单${O10}的App Store充值卡，刚才在Mac上兑换提示“兑换码已被兑换过，请重新输入”` },
      { from: 'buyer', type: 'image', hue: 230, w: 200, h: 124 },
      { from: 'merchant', text: '亲，这单是3月8号晚上10点10分发的卡，我们的售后时效是发卡后24小时，现在已经过了，查不了了哦' },
      { from: 'buyer', text: '这两天出差没空用，今天才第一次兑换' },
      { from: 'merchant', text: '理解您，但超过时效确实处理不了' },
    ],
    key_phrases: [O10, '兑换码已被兑换过', '现在已经过了'],
  },

  // ── 11 b30-office-ospp-other-order: activation_failed, not-ready (order-id-mismatch) ────────
  {
    name: 'b30-ospp-sku', case: 'b30-office-ospp-other-order', file: 'Screenshot 2028-03-18 151204.png', split: B,
    style: 'win-terminal', shell: 'cmd', device: 'desktop-1366x768', float: true, winX: 90, winY: 40, winW: 1080, winH: 600, fontSize: 14, clock: '15:12', date: '2028/3/18',
    title: '管理员: 命令提示符', prompt: 'C:\\Program Files\\Microsoft Office\\Office16>', header: [],
    lines: [
      { kind: 'out', text: '---Processing--------------------------' },
      { kind: 'out', text: '---------------------------------------' },
      { kind: 'out', text: 'SKU ID: cd18ecc0-466a-45d4-8d2e-8c4fa48ae591' },
      { kind: 'out', text: 'LICENSE NAME: Office 21, Office21ProPlus2021R_Grace edition' },
      { kind: 'out', text: 'LICENSE DESCRIPTION: Office 21, RETAIL(Grace) channel' },
      { kind: 'out', text: 'Last 5 characters of installed product key: 7WQ4J' },
      { kind: 'err', text: 'ERROR CODE: 0xC004F066' },
      { kind: 'err', text: 'ERROR DESCRIPTION: The Software Licensing Service reported that the product SKU is not found.' },
      { kind: 'out', text: '---------------------------------------' },
      { kind: 'out', text: '---Exiting-----------------------------' },
    ],
    corpus: [SRC.osppFormat, SRC.skuNotFound],
    key_phrases: ['0xC004F066', 'product SKU is not found'],
  },
  {
    name: 'b30-163-office-other', case: 'b30-office-ospp-other-order', file: 'Screenshot 2028-03-18 160522.png', split: B,
    style: 'mail163-web', device: 'desktop-1366x768', account: 'ch****@163.com', unread: 1,
    mail: {
      subject: 'Office 激活报错 0xC004F066',
      letters: [
        { self: true, name: '陈默', addr: 'ch****@163.com', to: 'kefu@kuaimi-soft.shop', time: '2028年3月18日(星期六) 下午3:20', body: [`你好，订单 ${O11b}，Office 密钥激活报错 0xC004F066，ospp 提示 product SKU is not found，麻烦看一下。`] },
        { name: '快米软件 售后', addr: 'kefu@kuaimi-soft.shop', to: 'ch****@163.com', time: '2028年3月18日(星期六) 下午3:58', body: [`您好，订单 ${O11b} 是2月11日购买的 Office 2019 专业增强版，密钥已于2月11日激活成功，后台状态正常，已超过售后期。`, '如果是其他订单，请提供正确的订单号。'] },
      ],
    },
    key_phrases: [O11b, '0xC004F066', '已超过售后期'],
  },

  // ── 12 b30-uk-vpn-key-nochat: card_invalid, not-ready (chat-missing) ────────────────────────
  {
    name: 'b30-vpn-nokey', case: 'b30-uk-vpn-key-nochat', file: 'Screenshot 2028-03-19 101512.png', split: B,
    style: 'av-activation', device: 'desktop-1366x768', dark: true, clock: '10:15', date: '19/03/2028',
    app: { name: 'TunnelFox VPN', color: '#F97316', barBg: '#111318', round: true, nav: ['Connect', 'Locations', 'Account', 'Settings'], navOn: 2 },
    heading: 'Activate Premium', keyLabel: 'License key', key: 'TFX-****-****-9QM2',
    result: { tone: 'error', title: 'Activation failed', lines: ['That license key does not exist'] },
    buttons: ['Try again', 'Buy Premium'],
    corpus: [SRC.noKey],
    key_phrases: ['That license key does not exist'],
  },
  {
    name: 'b30-kinguin-vpn', case: 'b30-uk-vpn-key-nochat', file: 'Screenshot 2028-03-19 101930.png', split: B,
    style: 'kinguin-order', device: 'desktop-1366x768',
    order: {
      id: O12, date: 'Placed on 19/03/2028, 09:41', status: 'Completed', tone: 'ok',
      product: 'TunnelFox VPN Premium – 1 Year (1 device) Key', meta: 'Software · Global · Qty 1 · Seller: NordicDeals', price: '£18.40',
      keyLabel: 'Your key', key: 'TFX-****-****-9QM2 · revealed 19/03/2028 09:42',
      rows: [['Subtotal', '£18.40'], ['Payment', 'Visa •••• 0921'], ['Total paid', '£18.40']],
    },
    key_phrases: [O12, '£18.40', 'Completed'],
  },

  // ── 13 b30-tw-claude-return-line: not_received, `request: return` → not-ready ───────────────
  {
    name: 'b30-acg-claude', case: 'b30-tw-claude-return-line', file: 'IMG_2207.PNG', split: B,
    style: 'acg-faka-query', lang: 'tw', device: 'iphone-1170x2532', clock: '18:40', battery: 49, shop: '雲端代儲小站',
    order: {
      query: O13, status: 'paid', delivery: 'waiting', no: O13, created: '2028-03-22 20:32:51', paidAt: '2028-03-22 20:33:20', pay: '街口支付', amount: '690.00',
      product: 'Claude Pro 代儲 1個月（提供帳號）', qty: 1,
      leave: ['代儲商品付款後12小時內完成，完成後會以 Email 通知。'],
    },
    key_phrases: [O13, 'Claude Pro'],
  },
  {
    name: 'b30-line-claude-return', case: 'b30-tw-claude-return-line', file: 'IMG_2213.PNG', split: B,
    style: 'line-chat', device: 'iphone-1170x2532', clock: '18:52', battery: 46, title: '雲端代儲小站', readMark: ['已讀', ''],
    messages: [
      { from: 'time', text: '今天' },
      { from: 'buyer', read: true, text: `訂單 ${O13} 的 Claude Pro 代儲，付款到現在快一天了還沒儲值` },
      { from: 'merchant', name: '雲端代儲小站', text: '不好意思，上游的海外卡這週都被拒付，這單沒辦法儲值' },
      { from: 'merchant', name: '雲端代儲小站', text: '您直接在訂單頁申請退款，我們會同意' },
      { from: 'buyer', read: true, text: '好，那我申請退貨退款' },
    ],
    key_phrases: [O13, '這單沒辦法儲值', '申請退貨退款'],
  },

  // ── 14 b30-kaspersky-mac-norefund: wrong_purchase, not-ready (policy-no-refund, deadline-near)
  {
    name: 'b30-order-kas', case: 'b30-kaspersky-mac-norefund', file: 'Screenshot_20280320-202614.png', split: B,
    style: 'shop-order-query', device: 'android-1080x2400', clock: '20:26', battery: 66, shop: '安心杀毒软件店', accent: '#00A88E',
    order: {
      query: O14, statusTone: 'ok',
      rows: [['订单号', O14], ['商品名称', '卡巴斯基安全软件 Mac版 1年1台 激活码'], ['实付金额', '¥45.00'], ['支付方式', '支付宝'], ['订单状态', '已完成', 'status'], ['下单时间', '2028-03-20 20:00:18']],
      code: '激活码 5QK2A-*****-*****-H7T3M',
      noteTitle: '购买须知', note: ['本激活码仅适用于 Mac 版，与卡巴斯基其他产品不通用，请确认电脑系统后再下单。', '激活码为自动发货，发货后不退不换。'],
    },
    corpus: [SRC.kasMac],
    key_phrases: [O14, '¥45.00', '发货后不退不换'],
  },
  {
    name: 'b30-kas-win', case: 'b30-kaspersky-mac-norefund', file: 'Screenshot 2028-03-20 202210.png', split: B,
    style: 'av-activation', device: 'desktop-1920x1080', clock: '20:22', date: '2028/3/20', winW: 1000, winH: 640,
    app: { name: '卡巴斯基安全软件', color: '#00A88E', nav: ['主页', '扫描', '数据库更新', '隐私保护', '更多工具', '我的账户'], navOn: 5 },
    heading: '激活应用程序', keyLabel: '激活码', key: '5QK2A-*****-*****-H7T3M',
    result: { tone: 'error', title: '无法激活', lines: ['此激活码不适用于当前安装的应用程序。'] },
    buttons: ['重新输入', '取消'],
    key_phrases: ['此激活码不适用于当前安装的应用程序'],
  },
  {
    name: 'b30-tg-kas-wrong', case: 'b30-kaspersky-mac-norefund', file: 'Screenshot_20280320-203105.png', split: B,
    style: 'telegram', device: 'android-1080x2400', clock: '20:31', battery: 63, title: '安心杀毒软件店', subtitle: '在线',
    messages: [
      { from: 'time', text: '3月20日' },
      { from: 'buyer', at: '20:25', text: `订单 ${O14}，我买错了，买成 Mac 版了，我电脑是 Windows，激活不了，能退吗？` },
      { from: 'merchant', at: '20:28', text: '亲，页面写了仅限 Mac 版，激活码是自动发货的，发出去就不退不换了' },
      { from: 'buyer', at: '20:29', text: '码我一次都没激活成功，还是新的' },
      { from: 'merchant', at: '20:30', text: '码已经发给您了，没法回收，抱歉' },
    ],
    key_phrases: [O14, '买成 Mac 版了', '不退不换'],
  },
];
