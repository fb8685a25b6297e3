import deadlineNear from '../../src/checks/deadline-near.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

// The default case: card_invalid, delivered 2026-11-25 14:25 (+08:00); the generic window is 24 h from delivery.
testCheck(deadlineNear, {
  valid: [
    { name: 'filed 1.5 h after delivery: 22 h left', now: '2026-11-25T16:00:00+08:00' },
    { name: 'filed after the window closed (deadline-passed says so)', now: '2026-11-26T15:00:00+08:00' },
    { name: 'no order record and no order screenshot: unknown', order: null },
    {
      name: 'a 2 h window in the terms that leaves card problems out does not apply to card_invalid',
      order: { policy: '除卡密问题外, 请于2小时内反馈' },
    },
    { name: 'not_received: 7 days from payment, filed the same day', claim: { reason: 'not_received' } },
  ],
  invalid: [
    {
      name: 'filed with 4 h 25 min left (under a quarter of 24 h)',
      now: '2026-11-26T10:00:00+08:00',
      messageIds: ['near'],
      expect: (f) => {
        expect(f[0]!.data.left).toEqual({ zh: '4 小时 25 分', en: '4 h 25 min' });
        expect(JSON.stringify(f[0]!.data.due)).toContain('14:25');
      },
    },
    {
      name: 'a 2 h feedback window in the refund terms, 25 min left',
      order: { policy: '卡密问题请于2小时内反馈, 逾期不予处理' },
      now: '2026-11-25T16:00:00+08:00',
      messageIds: ['near'],
      expect: (f) => expect(f[0]!.data.left).toMatchObject({ en: '25 min' }),
    },
    {
      name: 'an English window on a policy page',
      evidence: [{ kind: 'policy', lines: ['Refund policy', 'Please report problems within 2 hours of delivery.'] }],
      now: '2026-11-25T16:00:00+08:00',
      messageIds: ['near'],
    },
    {
      name: 'wrong_purchase: 1 h from payment, 30 min left',
      claim: { reason: 'wrong_purchase' },
      order: { paid_at: '2026-11-25T15:30:00+08:00', delivered_at: '2026-11-25T15:31:00+08:00' },
      now: '2026-11-25T16:00:00+08:00',
      messageIds: ['near'],
      expect: (f) => expect(f[0]!.data.left).toMatchObject({ en: '30 min' }),
    },
  ],
});
