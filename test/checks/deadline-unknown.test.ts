import deadlineUnknown from '../../src/checks/deadline-unknown.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(deadlineUnknown, {
  valid: [
    { name: 'an order record with its payment time' },
    { name: 'an order record without a delivery time: payment is the anchor', order: { delivered_at: undefined } },
    { name: 'no order at all (order-missing says so)', order: null },
    {
      name: 'an order screenshot with a payment time',
      order: null,
      evidence: [{ kind: 'order', lines: ['订单号 2026112514201145873', '付款时间 2026-11-25 14:20:11', '实付金额 ¥28.00'] }],
    },
    {
      name: 'an English order screenshot with a payment time',
      order: null,
      evidence: [{ kind: 'order', lines: ['Order number: 2026112514201145873', 'Payment time: 2026-11-25 14:20'] }],
    },
  ],
  invalid: [
    {
      name: 'an order screenshot with no time on it',
      order: null,
      evidence: [{ kind: 'order', file: 'order.png', lines: ['订单号 2026112514201145873', '实付金额 ¥28.00'] }],
      messageIds: ['unknown'],
      expect: (f) => expect(f[0]!.file).toBe('order.png'),
    },
    {
      name: 'an English order screenshot with no time',
      order: null,
      evidence: [{ kind: 'order', lines: ['Order details', 'Order number: 2026112514201145873', 'Amount paid: ¥28.00'] }],
      messageIds: ['unknown'],
    },
    {
      name: 'a time in the chat does not date the order',
      order: null,
      evidence: [
        { kind: 'order', lines: ['订单号 2026112514201145873'] },
        { kind: 'chat', lines: [{ text: '2026-11-25 14:30 卡密用不了', side: 'buyer' }] },
      ],
      messageIds: ['unknown'],
    },
  ],
});
