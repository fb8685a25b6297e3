import amountMismatch from '../../src/checks/amount-mismatch.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(amountMismatch, {
  valid: [
    { name: 'the order page shows the amount of the record', evidence: [{ kind: 'order', lines: ['订单号 2026112514201145873', '实付金额 ¥28.00'] }] },
    { name: 'list price and amount paid side by side, one of them is the record', evidence: [{ kind: 'order', lines: ['原价 ¥35.00', '实付 ¥28.00'] }] },
    { name: 'an English order page with the same amount', evidence: [{ kind: 'order', lines: ['Order number: 2026112514201145873', 'Amount paid: ¥28.00'] }] },
    { name: 'a different amount in a chat is not an order page', evidence: [{ kind: 'chat', lines: [{ text: '我充了¥50.00', side: 'buyer' }] }] },
    { name: 'no order record: the screenshot is the only source', order: null, evidence: [{ kind: 'order', lines: ['实付金额 ¥30.00'] }] },
    { name: 'an unlabelled plain number on the order page', evidence: [{ kind: 'order', lines: ['数量 30'] }] },
  ],
  invalid: [
    {
      name: 'the order page shows another amount paid',
      evidence: [{ kind: 'order', lines: ['订单号 2026112514201145873', '实付金额 ¥30.00'] }],
      messageIds: ['differs'],
      expect: (f) => {
        expect(f[0]!.data).toMatchObject({ found: '30.00', own: '28.00', file: 'order-1.png' });
        expect(f[0]!.file).toBe('order-1.png');
      },
    },
    {
      name: 'a labelled amount in 元 without a currency sign',
      evidence: [{ kind: 'order', lines: ['实付 30元'] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data.found).toBe('30.00'),
    },
    {
      name: 'an English order page with another total',
      evidence: [{ kind: 'order', lines: ['Unit price ¥40.00', 'Amount paid: ¥35.50'] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data.found).toBe('35.50'),
    },
    {
      name: 'one finding per order screenshot that disagrees',
      evidence: [
        { kind: 'order', lines: ['实付金额 ¥30.00'] },
        { kind: 'order', lines: ['实付金额 ¥28.00'] },
        { kind: 'order', lines: ['合计 ¥12.00'] },
      ],
      messageIds: ['differs', 'differs'],
      expect: (f) => expect(f.map((x) => x.file)).toEqual(['order-1.png', 'order-3.png']),
    },
    {
      // ¥2,800.00 is the record's 2800: the comma is a thousands separator, not a decimal point.
      name: 'a thousands separator',
      order: { amount: 2800 },
      evidence: [{ kind: 'order', lines: ['实付金额 ¥2,800.00'] }],
      messageIds: [],
    },
  ],
});
