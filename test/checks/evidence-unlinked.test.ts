import evidenceUnlinked from '../../src/checks/evidence-unlinked.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';


const buyer = (text: string) => ({ text, side: 'buyer' as const });

// The default order: 2026112514201145873, 腾讯Q币卡 100元 卡密, paid 2026-11-25 14:20, shop 企鹅点卡专营店; filed 11-25 16:00.
testCheck(evidenceUnlinked, {
  valid: [
    { name: 'the chat quotes the order number', evidence: [{ kind: 'chat', lines: [buyer('订单号 2026112514201145873 卡密用不了')] }] },
    { name: 'the order number with one OCR slip', evidence: [{ kind: 'chat', lines: [buyer('订单 2026112514201145878')] }] },
    { name: 'the error capture names the product', evidence: [{ kind: 'error', lines: ['腾讯充值中心', '该卡密已被使用'] }] },
    { name: 'the chat names the shop', evidence: [{ kind: 'chat', lines: ['企鹅点卡专营店', buyer('卡密用不了')] }] },
    { name: 'the chat is dated after the payment', evidence: [{ kind: 'chat', lines: ['2026-11-25 14:40', buyer('卡密用不了')] }] },
    { name: 'no order known at all (order-missing says so)', order: null, evidence: [{ kind: 'chat', lines: [buyer('卡密用不了')] }] },
    { name: 'an order page is not judged', evidence: [{ kind: 'order', lines: ['实付 ¥28.00'] }] },
    {
      name: 'a capture taken before the payment that shows this order\'s number is this order\'s (timeline-inconsistent judges the time)',
      evidence: [{ kind: 'error', file: 'Screenshot_20261124-091200.png', lines: ['订单号 2026112514201145873', '该卡密已被使用'] }],
    },
    { name: 'a capture taken after the payment', evidence: [{ kind: 'error', file: 'Screenshot_20261125-150000.png', lines: ['腾讯充值中心', '该卡密已被使用'] }] },
    { name: 'an unreadable capture is not judged', evidence: [{ kind: 'error', lines: [], unreadable: { code: 'not-image' } }] },
  ],
  invalid: [
    {
      name: 'an error capture naming the product, taken the day before the payment (its file name says when)',
      evidence: [{ kind: 'error', file: 'Screenshot_20261124-091200.png', lines: ['腾讯充值中心', '该卡密已被使用'] }],
      messageIds: ['early'],
      expect: (f) => expect(f[0]!.file).toBe('Screenshot_20261124-091200.png'),
    },
    {
      name: 'a chat with nothing that ties it to the order',
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('在吗'), buyer('卡密用不了')] }],
      messageIds: ['chat'],
      expect: (f) => expect(f[0]!.data.file).toBe('chat.png'),
    },
    {
      name: 'an error capture with only the error',
      evidence: [{ kind: 'error', file: 'err.png', lines: ['该卡密已被使用'] }],
      messageIds: ['error'],
      expect: (f) => expect(f[0]!.file).toBe('err.png'),
    },
    {
      name: 'an English error capture from another day and another order',
      evidence: [{ kind: 'error', lines: ['Order 2026110311112222333', '2026-11-03 10:00', 'This code has already been redeemed'] }],
      messageIds: ['error'],
    },
    {
      name: 'a chat dated days before the payment',
      evidence: [{ kind: 'chat', lines: ['2026-11-20 10:00', buyer('卡密用不了')] }],
      messageIds: ['chat'],
    },
    {
      name: 'a chat and an error capture, both unlinked, in evidence order',
      evidence: [
        { kind: 'error', lines: ['该卡密已被使用'] },
        { kind: 'chat', lines: [buyer('the code does not work')] },
      ],
      messageIds: ['error', 'chat'],
    },
  ],
});
