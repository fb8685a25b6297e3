import deadlinePassed from '../../src/checks/deadline-passed.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

// The default case: card_invalid, paid 2026-11-25 14:20, delivered 14:25 (+08:00); 24 h from delivery.
testCheck(deadlinePassed, {
  valid: [
    { name: 'filed within the window', now: '2026-11-25T16:00:00+08:00' },
    { name: 'filed with little time left (deadline-near says so)', now: '2026-11-26T14:00:00+08:00' },
    { name: 'no order: the deadline is unknown', order: null, now: '2027-01-01T00:00:00+08:00' },
    {
      name: 'a 1 h window in the terms that leaves card problems out',
      order: { policy: '除卡密问题外, 1小时内反馈' },
      now: '2026-11-25T18:00:00+08:00',
    },
    { name: 'not_received: 7 days from payment, filed on day 6', claim: { reason: 'not_received' }, now: '2026-12-01T14:00:00+08:00' },
  ],
  invalid: [
    {
      name: 'filed 35 min after the 24 h window',
      now: '2026-11-26T15:00:00+08:00',
      messageIds: ['passed'],
      expect: (f) => {
        expect(f[0]!.data).toMatchObject({
          window: { en: '1 d' },
          late: { zh: '35 分', en: '35 min' },
          anchor: { en: 'delivery' },
          source: { en: '' },
        });
        expect(f[0]!.file).toBeNull();
      },
    },
    {
      name: 'a 1 h window in the refund terms of the order record',
      order: { policy: '卡密问题请于1小时内反馈' },
      now: '2026-11-25T18:00:00+08:00',
      messageIds: ['passed'],
      expect: (f) => {
        expect(f[0]!.data).toMatchObject({ window: { en: '1 h' }, source: { en: ', per the product terms' } });
        expect(f[0]!.file).toBe('order.json');
      },
    },
    {
      name: 'an English window of 30 minutes on a policy page',
      evidence: [{ kind: 'policy', file: 'terms.png', lines: ['Terms of sale', 'Contact us within 30 minutes for invalid codes.'] }],
      now: '2026-11-25T16:00:00+08:00',
      messageIds: ['passed'],
      expect: (f) => expect(f[0]!.file).toBe('terms.png'),
    },
    {
      name: 'wrong_purchase: 1 h from payment',
      claim: { reason: 'wrong_purchase' },
      now: '2026-11-25T16:00:00+08:00',
      messageIds: ['passed'],
      expect: (f) => expect(f[0]!.data.anchor).toMatchObject({ en: 'payment' }),
    },
    {
      name: 'no delivery time: card_invalid falls back to payment',
      order: { delivered_at: undefined },
      now: '2026-11-26T14:30:00+08:00',
      messageIds: ['passed'],
      expect: (f) => expect(f[0]!.data.anchor).toMatchObject({ en: 'payment' }),
    },
  ],
});
