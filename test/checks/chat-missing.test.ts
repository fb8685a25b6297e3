import chatMissing from '../../src/checks/chat-missing.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';


const buyer = (text: string) => ({ text, side: 'buyer' as const });

testCheck(chatMissing, {
  valid: [
    { name: 'card_invalid with a chat', evidence: [{ kind: 'chat', lines: [buyer('卡密提示已被使用')] }] },
    { name: 'an exported chat log (text) counts', evidence: [{ kind: 'chat', source: 'text', lines: [buyer('the code does not work')] }] },
    { name: 'late_delivery does not need a chat', claim: { reason: 'late_delivery' }, evidence: [{ kind: 'order', lines: ['订单状态 待发货'] }] },
    { name: 'not_as_described does not need a chat', claim: { reason: 'not_as_described' } },
  ],
  invalid: [
    {
      name: 'card_invalid with only an error capture',
      evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }],
      messageIds: ['missing'],
      expect: (f) => expect(f[0]!.data.reason).toEqual({ zh: '卡密无效', en: 'invalid card code' }),
    },
    {
      name: 'a chat that mentions the problem but is an error capture is no chat',
      evidence: [{ kind: 'error', lines: ['客服: 卡密已被使用请联系商家'] }],
      messageIds: ['missing'],
    },
    {
      name: 'an unreadable chat screenshot does not count',
      evidence: [{ kind: 'chat', lines: [], unreadable: { code: 'not-image' } }],
      messageIds: ['missing'],
    },
    {
      name: 'wrong_purchase with only the order page',
      claim: { reason: 'wrong_purchase' },
      evidence: [{ kind: 'order', lines: ['订单号 2026112514201145873'] }],
      messageIds: ['missing'],
      expect: (f) => expect(f[0]!.data.reason).toMatchObject({ en: 'wrong purchase' }),
    },
    { name: 'not_received with nothing', claim: { reason: 'not_received' }, messageIds: ['missing'] },
    { name: 'activation_failed with nothing', claim: { reason: 'activation_failed' }, messageIds: ['missing'] },
  ],
});
