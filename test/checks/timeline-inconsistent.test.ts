import timelineInconsistent from '../../src/checks/timeline-inconsistent.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });

// The default order: paid 2026-11-25 14:20:11, delivered 14:25 (+08:00); filed 11-25 16:00.
testCheck(timelineInconsistent, {
  valid: [
    { name: 'a chat dated between payment and filing', evidence: [{ kind: 'chat', lines: ['2026-11-25 14:40', buyer('卡密用不了')] }] },
    { name: 'an error capture in Chinese date form, after payment', evidence: [{ kind: 'error', lines: ['11月25日 14:35', '该卡密已被使用'] }] },
    { name: 'delivered 5 min before paid is within the slack', order: { delivered_at: '2026-11-25T14:15:00+08:00' } },
    { name: 'a labelled order time in the chat may be earlier (it is the order\'s, not the message\'s)', evidence: [{ kind: 'chat', lines: ['下单时间 2026-11-20 10:00'] }] },
    { name: 'an order page listing an older order is not judged', evidence: [{ kind: 'order', lines: ['2026-11-01 09:00 上一笔订单'] }] },
    { name: 'a message 5 min before payment is within the slack', evidence: [{ kind: 'chat', lines: ['2026-11-25 14:15', buyer('这个能用吗')] }] },
    {
      name: 'a chat that asked for stock the day before buying, then reported after it',
      evidence: [{ kind: 'chat', lines: ['2026-11-24 20:00', buyer('有货吗'), '2026-11-25 14:40', buyer('卡密用不了')] }],
    },
    {
      name: 'a reply after the purchase that tells when the card was used before it',
      evidence: [{ kind: 'chat', lines: ['2026-11-25 15:10', buyer('客服说这张卡 2026-11-25 03:12:44 就被别的账号充掉了')] }],
    },

  ],
  invalid: [
    {
      name: 'an error capture taken after the filing time, by the time in its file name',
      evidence: [{ kind: 'error', file: 'Screenshot_20261125-171805.png', lines: ['该批次卡密已停用'] }],
      messageIds: ['afterFiling'],
    },
    {
      name: 'an error capture taken before the payment, by the time in its file name',
      evidence: [{ kind: 'error', file: 'Screenshot_20261124-211122.png', lines: ['This code has reached its redemption limit.'] }],
      messageIds: ['beforePurchase'],
    },
    { name: 'an English date "Nov 24, 2026 20:00" before the payment', evidence: [{ kind: 'chat', lines: ['Nov 24, 2026 20:00', buyer('code not working')] }], messageIds: ['beforePurchase'] },
    {
      name: 'the order record says delivered before paid',
      order: { delivered_at: '2026-11-25T13:00:00+08:00' },
      messageIds: ['deliveredBeforePaid'],
      expect: (f) => {
        expect(JSON.stringify(f[0]!.data.delivered)).toContain('13:00');
        expect(JSON.stringify(f[0]!.data.paid)).toContain('14:20');
        expect(f[0]!.file).toBe('order.json');
      },
    },
    {
      name: 'paid after the filing time',
      now: '2026-11-25T12:00:00+08:00',
      order: { delivered_at: undefined },
      messageIds: ['paidAfterFiling'],
      expect: (f) => expect(JSON.stringify(f[0]!.data.filed)).toContain('12:00'),
    },
    {
      name: 'a chat from the day before the payment',
      evidence: [{ kind: 'chat', file: 'chat.png', lines: ['2026-11-24 20:00', buyer('卡密用不了')] }],
      messageIds: ['beforePurchase'],
      expect: (f) => {
        expect(f[0]!.data.file).toBe('chat.png');
        expect(JSON.stringify(f[0]!.data.at)).toContain('20:00');
      },
    },
    {
      name: 'an error capture dated the day after filing',
      evidence: [{ kind: 'error', file: 'err.png', lines: ['11月26日 09:00', 'This code has already been redeemed'] }],
      messageIds: ['afterFiling'],
      expect: (f) => expect(f[0]!.data.file).toBe('err.png'),
    },
    {
      name: 'one finding per file, order-record findings first',
      order: { delivered_at: '2026-11-25T13:00:00+08:00' },
      evidence: [
        { kind: 'chat', lines: ['2026-11-24 20:00', buyer('hi'), '2026-11-24 21:00'] },
        { kind: 'error', lines: ['2026-11-27 10:00'] },
      ],
      messageIds: ['deliveredBeforePaid', 'beforePurchase', 'afterFiling'],
    },
  ],
});
