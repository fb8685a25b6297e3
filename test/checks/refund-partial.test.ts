import refundPartial from '../../src/checks/refund-partial.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(refundPartial, {
  valid: [
    { name: 'no amount asked: the full amount is meant' },
    { name: 'the full amount asked', claim: { amount: 28 } },
    { name: 'a rounding difference under a cent', claim: { amount: 28.004 } },
    { name: 'no order amount known', claim: { amount: 10 }, order: null },
    { name: 'the full amount of the order screenshot', claim: { amount: 30 }, order: null, evidence: [{ kind: 'order', lines: ['实付金额 ¥30.00'] }] },
  ],
  invalid: [
    {
      name: 'less than was paid',
      claim: { amount: 10 },
      messageIds: ['partial'],
      expect: (f) => {
        expect(f[0]!.data).toMatchObject({ asked: '10.00', paid: '28.00' });
        expect(f[0]!.file).toBe('case.yaml');
      },
    },
    {
      name: 'in the order record\'s currency (HK$), not in yuan',
      claim: { amount: 99 },
      order: { amount: 297, currency: 'HKD' },
      messageIds: ['partial'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ sign: 'HK$', asked: '99.00', paid: '297.00' }),
    },
    { name: 'more than was paid', claim: { amount: 56 }, messageIds: ['partial'], expect: (f) => expect(f[0]!.data.asked).toBe('56.00') },
    {
      name: 'against the amount on the order screenshot',
      claim: { amount: 28 },
      order: null,
      evidence: [{ kind: 'order', lines: ['Amount paid: ¥30.00'] }],
      messageIds: ['partial'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ asked: '28.00', paid: '30.00' }),
    },
  ],
});
