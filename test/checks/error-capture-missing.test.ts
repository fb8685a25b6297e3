import errorCaptureMissing from '../../src/checks/error-capture-missing.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';


const buyer = (text: string) => ({ text, side: 'buyer' as const });

testCheck(errorCaptureMissing, {
  valid: [
    { name: 'card_invalid with an error capture', evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }] },
    { name: 'even an unclear capture is a capture (error-capture-mismatch judges it)', evidence: [{ kind: 'error', lines: ['充值中心'] }] },
    { name: 'not_received needs no error capture', claim: { reason: 'not_received' }, evidence: [{ kind: 'chat', lines: [buyer('还没到账')] }] },
    { name: 'wrong_purchase needs no error capture', claim: { reason: 'wrong_purchase' } },
  ],
  invalid: [
    {
      name: 'card_invalid: the chat names the error, but there is no capture of it',
      evidence: [{ kind: 'chat', lines: [buyer('充值提示该卡密已被使用')] }],
      messageIds: ['missing'],
      expect: (f) => expect(f[0]!.data.reason).toEqual({ zh: '卡密无效', en: 'invalid card code' }),
    },
    {
      name: 'activation_failed: the only capture is unreadable',
      claim: { reason: 'activation_failed' },
      evidence: [{ kind: 'error', lines: [], unreadable: { code: 'truncated' } }],
      messageIds: ['missing'],
      expect: (f) => expect(f[0]!.data.reason).toMatchObject({ en: 'activation failed' }),
    },
    { name: 'card_invalid with nothing', messageIds: ['missing'] },
  ],
});
