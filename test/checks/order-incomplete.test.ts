import orderIncomplete from '../../src/checks/order-incomplete.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(orderIncomplete, {
  valid: [
    { name: 'an order record (the screenshot is not the source)', evidence: [{ kind: 'order', lines: ['订单详情'] }] },
    {
      name: 'a complete order screenshot',
      order: null,
      evidence: [{ kind: 'order', lines: ['订单号 2026112514201145873', '商品名称 腾讯Q币卡 100元', '实付金额 ¥28.00'] }],
    },
    {
      name: 'a complete English order screenshot',
      order: null,
      evidence: [{ kind: 'order', lines: ['Order number: 2026112514201145873', 'Product: Steam Wallet Code $20', 'Amount paid: ¥138.00'] }],
    },
    { name: 'no order at all (order-missing says so)', order: null },
  ],
  invalid: [
    {
      name: 'only the order number',
      order: null,
      evidence: [{ kind: 'order', file: 'order.png', lines: ['订单号 2026112514201145873'] }],
      messageIds: ['incomplete'],
      expect: (f) => {
        expect(f[0]!.data.missing).toEqual({ zh: '商品、金额', en: 'product, amount' });
        expect(f[0]!.file).toBe('order.png');
      },
    },
    {
      name: 'product and amount but no order number',
      order: null,
      evidence: [{ kind: 'order', lines: ['商品名称 腾讯Q币卡 100元', '实付金额 ¥28.00'] }],
      messageIds: ['incomplete'],
      expect: (f) => expect(f[0]!.data.missing).toEqual({ zh: '订单号', en: 'order number' }),
    },
    {
      name: 'an English page with only a status',
      order: null,
      evidence: [{ kind: 'order', lines: ['My orders', 'Completed'] }],
      messageIds: ['incomplete'],
      expect: (f) => expect(f[0]!.data.missing).toMatchObject({ en: 'order number, product, amount' }),
    },
  ],
});
