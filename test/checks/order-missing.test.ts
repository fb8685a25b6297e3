import orderMissing from '../../src/checks/order-missing.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(orderMissing, {
  valid: [
    { name: 'an order record' },
    { name: 'an order screenshot only', order: null, evidence: [{ kind: 'order', lines: ['订单号 2026112514201145873'] }] },
    { name: 'a broken order record (case-invalid says so)', order: null, orderProblems: [{ file: 'order.json', field: 'amount', message: { zh: '缺少 amount', en: 'missing amount' }, fix: { zh: '加上', en: 'add it' } }] },
  ],
  invalid: [
    { name: 'nothing about the order', order: null, messageIds: ['missing'], expect: (f) => expect(f[0]!.file).toBeNull() },
    {
      name: 'an order number quoted in the chat is not an order proof',
      order: null,
      evidence: [{ kind: 'chat', lines: [{ text: '订单号 2026112514201145873 卡密用不了', side: 'buyer' }] }],
      messageIds: ['missing'],
    },
    {
      name: 'an unclassified payment screenshot is not an order screenshot',
      order: null,
      evidence: [{ kind: 'other', lines: ['Payment successful', 'Amount paid: ¥28.00'] }],
      messageIds: ['missing'],
    },
  ],
});
