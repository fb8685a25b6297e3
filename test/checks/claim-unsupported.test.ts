import claimUnsupported from '../../src/checks/claim-unsupported.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });

testCheck(claimUnsupported, {
  valid: [
    { name: 'card_invalid: the error capture shows a used code', evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }] },
    { name: 'card_invalid: an English rejection', evidence: [{ kind: 'error', lines: ['This code has already been redeemed.'] }] },
    { name: 'card_invalid: the buyer reports the failure in the chat', evidence: [{ kind: 'chat', lines: [buyer('充值提示卡密无效')] }] },
    { name: 'activation_failed: an activation error', claim: { reason: 'activation_failed' }, evidence: [{ kind: 'error', lines: ['激活失败, 产品密钥无效'] }] },
    { name: 'not_received: the order is still awaiting delivery', claim: { reason: 'not_received' }, evidence: [{ kind: 'order', lines: ['订单状态 待发货'] }] },
    { name: 'not_received: the buyer says nothing arrived', claim: { reason: 'not_received' }, evidence: [{ kind: 'chat', lines: [buyer('付款半天了还没到账')] }] },
    {
      name: 'not_received: the buyer has not looked yet, and nobody says it was sent',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'chat', lines: [buyer('付款半天了还没到账，我没看邮箱但是订单页也没有')] }],
    },
    {
      name: 'not_received: the shop blames the account the buyer typed, but nothing shows a delivery',
      claim: { reason: 'not_received' },
      order: { delivered_at: undefined },
      evidence: [{ kind: 'order', lines: ['订单状态 待发货'] }, { kind: 'chat', lines: [buyer('付款半天了还没到账'), merchant('账号是你自己填的,我们查一下')] }],
    },
    {
      name: 'not_received: the order page masks the whole key field (no key shown)',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'order', lines: ['卡密 ****-****-****-****', '订单状态 待发货'] }, { kind: 'chat', lines: [buyer('付款半天了还没到账')] }],
    },
    { name: 'late_delivery: the shop promised 10 minutes', claim: { reason: 'late_delivery' }, order: { delivered_at: undefined }, evidence: [{ kind: 'chat', lines: [merchant('付款后10分钟内到账')] }] },
    { name: 'not_as_described: the buyer says it differs', claim: { reason: 'not_as_described' }, evidence: [{ kind: 'chat', lines: [buyer('和描述不一样, 不是永久的')] }] },
    {
      name: 'not_as_described: a promise and a failure',
      claim: { reason: 'not_as_described' },
      evidence: [{ kind: 'chat', lines: [merchant('保证能用'), buyer('提示已过期')] }],
    },
    { name: 'wrong_purchase: the buyer admits it in English', claim: { reason: 'wrong_purchase' }, evidence: [{ kind: 'chat', lines: [buyer('Sorry, I bought the wrong item')] }] },
    { name: 'wrong_purchase: the buyer asks to cancel', claim: { reason: 'wrong_purchase' }, evidence: [{ kind: 'chat', lines: [buyer('帮我取消订单')] }] },
    {
      name: 'a report, the shop agreeing to refund, and the buyer thanking it: nothing cured',
      evidence: [{ kind: 'error', lines: ['兑换码无效'] }, { kind: 'chat', lines: [buyer('卡密兑换提示兑换码无效'), merchant('抱歉, 给您退款'), buyer('好了谢谢')] }],
    },
    {
      name: 'the code arrived, but it is used: arriving cures nothing',
      evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }, { kind: 'chat', lines: [buyer('卡密到账了, 但是兑换提示已被使用')] }],
    },
    {
      name: 'not_as_described: the shop owns it sent other goods, after denying something else',
      claim: { reason: 'not_as_described' },
      evidence: [{ kind: 'chat', lines: [merchant('我们没说过永久哦'), buyer('买的是年卡, 到期日只有三个月, 和描述不一样'), merchant('亲, 上游发成季卡了')] }],
    },
    {
      name: 'late_delivery: the product page promises automatic delivery, with no time named',
      claim: { reason: 'late_delivery' },
      order: { delivered_at: undefined },
      evidence: [{ kind: 'other', lines: ['商品说明', '本店自动发货，付款后兑换码即时送达'] }, { kind: 'order', lines: ['订单状态 待发货'] }],
    },
    {
      name: 'late_delivery: delivered two days after the payment, past the hour promised',
      claim: { reason: 'late_delivery' },
      order: { paid_at: '2026-11-23T14:20:11+08:00', delivered_at: '2026-11-25T14:23:40+08:00' },
      evidence: [{ kind: 'order', lines: ['Delivery within 1 hour of purchase.'] }],
    },
    {
      name: 'late_delivery: the order page names a range of hours, three days passed',
      claim: { reason: 'late_delivery' },
      order: { delivered_at: undefined },
      now: '2026-11-28T16:00:00+08:00',
      evidence: [{ kind: 'order', lines: ['Status: Processing', 'Your order is being processed. Delivery within 24-48 hours.'] }],
    },
    {
      name: 'late_delivery: the shop\'s order e-mail, read as a chat, names the time',
      claim: { reason: 'late_delivery' },
      order: { delivered_at: undefined },
      evidence: [{ kind: 'chat', lines: [{ text: '儲值完成後通常在5分鐘內到帳。', side: 'system' }, buyer('三個小時了還沒到')] }],
    },
    {
      name: 'a ¥2.00 fee already sent back, and the claim asks only the rest of the ¥28.00',
      claim: { reason: 'not_received', amount: 26 },
      evidence: [{ kind: 'other', lines: ['退款详情', '退款成功 ¥2.00', '退回微信零钱'] }, { kind: 'chat', lines: [buyer('话费半个多小时了没到账')] }],
    },
    {
      name: 'an order list whose tab bar names 待付款 is no payment pending',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'order', lines: ['全部 待付款 待发货 待收货 待评价', '订单状态 待发货'] }],
    },
    {
      name: 'an order page whose terms allow a refund is no refund made',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'order', lines: ['订单状态 待发货', '售后说明: 未发货可申请退款, 退款成功后款项原路退回'] }],
    },
  ],
  invalid: [
    {
      name: 'late_delivery: the promised time only in the buyer\'s words, which the shop denies, and nothing promised',
      claim: { reason: 'late_delivery' },
      evidence: [
        { kind: 'order', lines: ['订单状态 待处理', '人工代充，按下单顺序处理'] },
        { kind: 'chat', lines: [buyer('说好的十分钟到账，都一天了还没到'), merchant('我们没说过十分钟哦，今晚一定给您充上')] },
      ],
      messageIds: ['unsupported'],
    },
    {
      name: 'late_delivery: delivered three minutes after the payment, within the hour the shop promised',
      claim: { reason: 'late_delivery' },
      order: { paid_at: '2026-11-25T14:20:11+08:00', delivered_at: '2026-11-25T14:23:40+08:00' },
      evidence: [{ kind: 'order', file: 'order.png', lines: ['Delivery within 1 hour of purchase.'] }, { kind: 'chat', lines: [buyer('The key you sent does not work')] }],
      messageIds: ['onTime'],
      expect: (f) => expect(f[0]!.file).toBe('order.png'),
    },
    {
      name: 'late_delivery filed 13 hours after paying, while the shop promised 1-2 working days and nothing came yet',
      claim: { reason: 'late_delivery' },
      order: { paid_at: '2026-11-24T20:05:33+08:00', delivered_at: undefined },
      now: '2026-11-25T09:30:00+08:00',
      evidence: [{ kind: 'chat', lines: [merchant('亲，本商品由客服手工发码，预计1-2个工作日发货，请您耐心等待'), buyer('一晚上了还没收到激活码，我要按延迟发货申请退款')] }],
      messageIds: ['notYet'],
    },
    {
      name: 'the key went through once typed right, and the buyer still files for the slow answer',
      evidence: [
        { kind: 'error', lines: ["That isn't a valid code."] },
        { kind: 'chat', file: 'chat.png', lines: [buyer('Key gets "That isn\'t a valid code." can you check it?'), merchant('You typed the letter O instead of the zero. Try again with 0.'), buyer('Oh. Typed it with the zero and it went through, the game is on my account now.'), buyer('Still filing for a refund, I waited over an hour for you.')] },
      ],
      messageIds: ['cured'],
    },
    {
      name: 'not_received on an order whose payment is still being confirmed',
      claim: { reason: 'not_received' },
      order: { delivered_at: undefined },
      evidence: [{ kind: 'order', file: 'pay.png', lines: ['街口支付交易明細', '付款確認中', '訂單編號 TW20271109120741'] }, { kind: 'chat', lines: [buyer('已經付款了,為什麼還沒收到點數序號?')] }],
      messageIds: ['unpaid'],
      expect: (f) => expect(f[0]!.file).toBe('pay.png'),
    },
    {
      name: 'not_received while the order page shows the key itself',
      claim: { reason: 'not_received' },
      evidence: [
        { kind: 'order', file: 'order.png', lines: ['Order #5512093381207', 'Completed', 'Your key', 'VK7N2-*****-*****-*****-Q8T4W', 'Key revealed 9 Nov 2027, 21:03'] },
        { kind: 'chat', lines: [buyer('The order shows Completed but I never got an email with the key. I am claiming not received.')] },
      ],
      messageIds: ['shown'],
      expect: (f) => expect(f[0]!.file).toBe('order.png'),
    },
    {
      name: 'not_received while the shop says it was sent by e-mail and the buyer has not looked',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('订单付了钱一直没收到卡密'), merchant('系统10:16已经自动发货了，卡密发到您下单时填的邮箱'), buyer('我没看邮箱，反正没收到，我就申请未收到货')] }],
      messageIds: ['unchecked'],
    },
    {
      name: 'not_received while the shop says the top-up went to the account the buyer typed, and the order was delivered',
      claim: { reason: 'not_received' },
      order: { delivered_at: '2027-12-18 09:41:00' },
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('6480元宝到现在没到账'), merchant('系统显示09:41已经充值成功了,充值账号1385****7021,这是你下单时填的'), buyer('那我申请未收到货退款')] }],
      messageIds: ['credited'],
      expect: (f) => expect(f[0]!.file).toBe('chat.png'),
    },
    {
      name: 'not_received in English: the shop says the gems went to the server the buyer selected',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'chat', lines: [buyer('I never got the gems.'), merchant('Done, 6480 gems sent to UID 812447093 on the server you selected (Europe).')] }],
      messageIds: ['credited'],
    },
    {
      name: 'not_received on an order page that shows the buyer confirmed receipt',
      claim: { reason: 'not_received' },
      evidence: [
        { kind: 'order', file: 'order.png', lines: ['交易成功', '卖家已邮寄发货,买家于2027-10-05 20:03确认收货', '订单编号 YX202710051930417725'] },
        { kind: 'chat', lines: [buyer('我背包里只剩3000G了,金币根本没给够,我要按没收到货退款')] },
      ],
      messageIds: ['taken'],
      expect: (f) => expect(f[0]!.file).toBe('order.png'),
    },
    {
      name: 'wrong_purchase: the buyer already redeemed the code before asking to cancel',
      claim: { reason: 'wrong_purchase' },
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('I accidentally bought the 12-month plan, can I cancel?'), merchant('Did you already redeem it?'), buyer('Yes, I already added it to my account')] }],
      messageIds: ['taken'],
      expect: (f) => expect(f[0]!.file).toBe('chat.png'),
    },
    {
      name: 'wrong_purchase: the account was rebound to the buyer and receipt confirmed',
      claim: { reason: 'wrong_purchase' },
      evidence: [{ kind: 'chat', lines: [merchant('交付进度：已换绑·买家已确认收货'), buyer('我拍错区了，能退吗')] }],
      messageIds: ['taken'],
    },
    {
      name: 'not_as_described: the buyer misread the listing and the shop points to the description',
      claim: { reason: 'not_as_described' },
      evidence: [{ kind: 'chat', lines: [buyer('我以为都带限定，那我按描述不符申请退款'), merchant('商品描述里写了不含限定皮肤，皮肤数量和描述一致')] }],
      messageIds: ['unsupported'],
    },
    {
      name: 'not_as_described on the buyer\'s word alone, which the shop denies',
      claim: { reason: 'not_as_described' },
      evidence: [{ kind: 'chat', lines: [buyer('You told me it works in every country, I want a refund for false advertising'), merchant('I never said that, scroll up: the offer title says EUROPE')] }],
      messageIds: ['unsupported'],
    },
    {
      name: 'the replacement code worked, after the report',
      evidence: [
        { kind: 'error', lines: ['兑换码无效, 请核对后重试'] },
        { kind: 'chat', file: 'chat.png', lines: [buyer('花币卡兑换不了, 提示兑换码无效'), merchant('抱歉, 给您换一张'), buyer('新的这张兑换成功了, 花币已经到账, 谢谢')] },
      ],
      messageIds: ['cured'],
      expect: (f) => expect(f[0]!.file).toBe('chat.png'),
    },
    {
      name: 'not_received on an order whose after-sale page shows the money sent back',
      claim: { reason: 'not_received' },
      evidence: [
        { kind: 'chat', lines: [buyer('只到了40个Q币, 还差60个没到')] },
        { kind: 'order', file: 'aftersale.png', lines: ['售后详情', '退款成功', '退款金额 ¥58.80'] },
      ],
      messageIds: ['refunded'],
      expect: (f) => expect(f[0]!.file).toBe('aftersale.png'),
    },
    {
      name: 'card_invalid with only a network error',
      evidence: [{ kind: 'error', lines: ['网络连接超时, 请稍后重试'] }],
      messageIds: ['unsupported'],
      expect: (f) => {
        expect(f[0]!.data.reason).toEqual({ zh: '卡密无效', en: 'invalid card code' });
        expect(f[0]!.data.what).toMatchObject({ en: 'the error message, and the chat where you reported it' });
      },
    },
    {
      name: 'card_invalid: a used code named only in the refund terms',
      order: { policy: '卡密已被使用不退不换' },
      messageIds: ['unsupported'],
    },
    {
      name: 'card_invalid: "没有问题了" is no failure',
      evidence: [{ kind: 'chat', lines: [buyer('没有问题了谢谢')] }],
      messageIds: ['unsupported'],
    },
    {
      name: 'not_received while the order page says delivered',
      claim: { reason: 'not_received' },
      evidence: [{ kind: 'order', lines: ['订单状态 交易成功'] }],
      messageIds: ['unsupported'],
      expect: (f) => expect(f[0]!.data.reason).toMatchObject({ en: 'not received' }),
    },
    { name: 'late_delivery with nothing', claim: { reason: 'late_delivery' }, messageIds: ['unsupported'] },
    {
      name: 'not_as_described with only greetings',
      claim: { reason: 'not_as_described' },
      evidence: [{ kind: 'chat', lines: [buyer('在吗'), merchant('在的')] }],
      messageIds: ['unsupported'],
    },
    {
      name: 'wrong_purchase without admitting it or asking to cancel',
      claim: { reason: 'wrong_purchase' },
      evidence: [{ kind: 'chat', lines: [buyer('hello'), merchant('hi')] }],
      messageIds: ['unsupported'],
    },
  ],
});
