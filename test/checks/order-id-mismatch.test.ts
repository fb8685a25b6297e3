import orderIdMismatch from '../../src/checks/order-id-mismatch.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });
const OWN = '2026112514201145873';

testCheck(orderIdMismatch, {
  valid: [
    { name: 'the chat quotes this order', evidence: [{ kind: 'chat', lines: [buyer(`订单号 ${OWN}`)] }] },
    { name: 'an OCR slip of one digit', evidence: [{ kind: 'chat', lines: [buyer('订单号 2026112514201145878')] }] },
    { name: 'a labelled trade number', evidence: [{ kind: 'order', lines: [`订单号 ${OWN}`, '交易号 4200001234567890123456'] }] },
    { name: 'an order number shown without its letter prefix (RV-)', order: { order_id: 'RV-27070911302284' }, evidence: [{ kind: 'chat', lines: [buyer('Order 27070911302284: the code says network error')] }] },
    { name: 'a 拼多多 number shown without its date part', order: { order_id: '270702-418205736651094' }, evidence: [{ kind: 'order', lines: ['订单编号 418205736651094', '商品 QQ Q币 100个'] }] },
    {
      name: "the shop cannot find an order named in the chat; the order page's slip of one digit is still a slip",
      order: { order_id: '27081504418393' },
      evidence: [
        { kind: 'chat', lines: [buyer('Order 27081504418393: the PIN says used'), merchant("I can't find that order, could you check?")] },
        { kind: 'order', lines: ['Order ID 27081504418398', 'Total USD 5.00'] },
      ],
    },
    { name: 'a hexadecimal invoice: this order\'s own number after "Invoice"', order: { order_id: '5c8e21-a04f9b37d6-71d2ee' }, evidence: [{ kind: 'chat', lines: [buyer('Invoice 5c8e21-a04f9b37d6-71d2ee: the code is used')] }] },
    { name: "a bill's 商户单号 that is this order's own, beside the payment's 交易单号", order: { order_id: 'DZ2808091205331742' }, evidence: [{ kind: 'order', lines: ['交易单号 4200002871202808096615092234', '商户单号 DZ2808091205331742'] }] },
    { name: 'an I read as a lower-case l (KBI-58210 read KBl-58210)', order: { order_id: 'KBI-58210' }, evidence: [{ kind: 'chat', lines: [buyer('I have paid for order KBl-58210 at 10:05AM, still no code')] }] },
    { name: 'a card code of another shape', evidence: [{ kind: 'chat', lines: [buyer('卡密 ABCD1234EFGH5678 用不了')] }] },
    { name: 'a bare long number of another shape (a phone-like id)', evidence: [{ kind: 'chat', lines: [buyer('4200001234567890')] }] },
    {
      name: 'an unlabelled second number on the order page beside this order\'s number',
      evidence: [{ kind: 'order', lines: [`订单号 ${OWN}`, '2026112514201199999'] }],
    },
    {
      name: 'the shop names the buyer\'s other order as such, beside this one',
      evidence: [{ kind: 'chat', lines: [merchant(`您另外那单 2026112400000012345 已经充好了，这单 ${OWN} 还没充，可以退`)] }],
    },
    {
      name: 'an Alipay bill: the payment\'s own 28-digit 订单号 above this order\'s 商家订单号',
      evidence: [{ kind: 'order', lines: ['订单号 2027040822001437261508372914', `商家订单号 ${OWN}`] }],
    },
    { name: 'this order\'s number written in groups', evidence: [{ kind: 'chat', lines: [buyer('订单号：2026 1125 1420 1145 873')] }] },
    {
      name: 'a shop with 12-digit order numbers: a card code, a trade number and an unlabelled number of that shape are not orders',
      order: { order_id: '202611251420' },
      evidence: [{ kind: 'chat', lines: [buyer('卡密 202611240000 用不了'), buyer('交易号 202611240001'), buyer('202611240002')] }],
    },
    { name: 'no order number known', order: null, evidence: [{ kind: 'chat', lines: [buyer('订单号 2026112400000012345')] }] },
    {
      name: 'a chat about two orders of the buyer, each named, the failure tied to this one',
      evidence: [
        {
          kind: 'chat',
          lines: [merchant(`两单都发了：订单 2026112400000012345 50元一张，订单 ${OWN} 100元一张`), buyer(`50元那张 (订单 2026112400000012345) 充进去了，100元那张 (${OWN}) 提示已被充值`)],
        },
      ],
    },
    {
      name: 'a top-up provider\'s record (Midasbuy) with its own 訂單號, beside the chat naming this order',
      order: { order_id: 'PG271205194308' },
      evidence: [
        { kind: 'order', lines: ['MIDASBUY', 'PUBG MOBILE', '充值成功', '訂單號 MB20271205200137', '660 UC'] },
        { kind: 'chat', lines: [buyer('訂單PG271205194308我買係1800UC')] },
      ],
    },
    {
      name: 'the payment aggregator\'s number, which the shop names as this order\'s payment',
      order: { order_id: '622271202130511907' },
      evidence: [
        { kind: 'order', lines: ['订单号 2027120213052184713', '支付成功 ¥19.80'] },
        { kind: 'chat', lines: [buyer('订单622271202130511907还是待付款，激活码没发'), merchant('查了后台，钱到了，单号2027120213052184713就是你这笔')] },
      ],
    },
  ],
  invalid: [
    {
      name: "a WeChat Pay complaint about another order of the shop: its 商户单号 written as this shop writes its orders",
      order: { order_id: 'KM2808201918220457' },
      evidence: [{ kind: 'chat', lines: ['投诉详情', '商户单号 KM2808081147306612', '交易单号 4200002866202808080927461153', buyer('昨天买的网易一卡通,充值提示卡密已被使用')] }],
      messageIds: ['differs'],
    },
    {
      name: 'another shop\'s order page, its number of another shape',
      order: { order_id: 'PG271205194308' },
      evidence: [
        { kind: 'order', lines: ['订单详情', '订单号 MB20271205200137', '支付方式 支付宝'] },
        { kind: 'chat', lines: [buyer('订单PG271205194308的卡密用不了')] },
      ],
      messageIds: ['differs'],
    },
    {
      name: 'a number the shop says is not this order\'s payment',
      order: { order_id: '622271202130511907' },
      evidence: [
        { kind: 'order', lines: ['订单号 2027120213052184713', '支付成功 ¥19.80'] },
        { kind: 'chat', lines: [buyer('订单622271202130511907还是待付款'), merchant('单号2027120213052184713不是你这笔，是别人的')] },
      ],
      // once on the order page, once in the chat
      messageIds: ['differs', 'differs'],
    },
    {
      name: 'the same, read with the spaces of small text lost (order27081504418893says)',
      order: { order_id: '27081504418393' },
      evidence: [{ kind: 'chat', lines: [buyer('Hi, the Garena Shells PIN from order27081504418893says"The PIN has already been used."'), merchant("I can't find order 27081504418893in my shop.")] }],
      messageIds: ['differs'],
    },
    {
      name: 'a number a digit off that the shop cannot find: another number, not an OCR slip',
      order: { order_id: '27081504418393' },
      evidence: [{ kind: 'chat', lines: [buyer('Hi, the Garena Shells PIN from 27081504418893 says "The PIN has already been used."'), merchant("I can't find order 27081504418893 in my shop. Could you check the number?")] }],
      messageIds: ['differs'],
    },
    {
      name: 'a shop with 12-digit order numbers: the chat names another of them',
      order: { order_id: '202611251420' },
      evidence: [{ kind: 'chat', lines: [buyer('订单号 202611240000 卡密用不了')] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ found: '202611240000', own: '202611251420' }),
    },
    {
      name: 'lower-case letters and digits: the merchant names another order of the shop',
      order: { order_id: 'k7q2m9x4b1c8d3f6' },
      evidence: [{ kind: 'chat', lines: [merchant('订单号 k7q2m9x4b1c8z9z9 已经发货了')] }],
      messageIds: ['differs'],
    },
    {
      name: 'hexadecimal invoice numbers (Sellix): another invoice named after "Invoice", its letters and digits elsewhere',
      order: { order_id: '5c8e21-a04f9b37d6-71d2ee' },
      evidence: [{ kind: 'chat', lines: [buyer('Invoice 9a1f4b-2e67c05d81-b3a940. GOG says the gift card has already been claimed.')] }],
      messageIds: ['differs'],
    },
    {
      name: 'another order number written in groups',
      evidence: [{ kind: 'chat', lines: [buyer('订单号：2026 1124 0000 0012 345')] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data.found).toBe('2026112400000012345'),
    },
    {
      name: 'order numbers with dashes: a ticket linked to another order',
      order: { order_id: '20261125-142011-4587' },
      evidence: [{ kind: 'chat', lines: [merchant('您的工单关联的订单号 20261124-000000-1234 已发货')] }],
      messageIds: ['differs'],
    },
    {
      name: 'the chat quotes another order number',
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('订单号 2026112400000012345 卡密用不了')] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ file: 'chat.png', found: '2026112400000012345', own: OWN }),
    },
    {
      name: 'an order list showing this order and another of the same shop',
      evidence: [{ kind: 'order', lines: [`订单号 ${OWN}`, '订单号 2026112400000012345'] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data.found).toBe('2026112400000012345'),
    },
    {
      name: 'another order named as such, with no word of this one in the file',
      evidence: [{ kind: 'chat', lines: [merchant('您另外那单 2026112400000012345 已经充好了')] }],
      messageIds: ['differs'],
    },
    {
      name: 'an English order page of another order',
      evidence: [{ kind: 'order', lines: ['Order number: 2026110311112222333'] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data.found).toBe('2026110311112222333'),
    },
    {
      name: 'a bare number of this shop\'s shape in the chat',
      evidence: [{ kind: 'chat', lines: [buyer('2026112400000012345')] }],
      messageIds: ['differs'],
    },
    {
      name: 'the same wrong number twice in one file is one finding; another file is another',
      evidence: [
        { kind: 'chat', lines: [buyer('订单号 2026112400000012345'), buyer('单号 2026112400000012345')] },
        { kind: 'error', lines: ['订单 2026112400000012345'] },
      ],
      messageIds: ['differs', 'differs'],
      expect: (f) => expect(f.map((x) => x.file)).toEqual(['chat-1.png', 'error-2.png']),
    },
  ],
});
