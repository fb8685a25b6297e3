import merchantPromise from '../../src/checks/merchant-promise.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });

testCheck(merchantPromise, {
  valid: [
    { name: 'the merchant promises nothing', evidence: [{ kind: 'chat', lines: [buyer('卡密用不了'), merchant('稍等我查一下')] }] },
    { name: 'the buyer claiming a promise is not the merchant making it', evidence: [{ kind: 'chat', lines: [buyer('你说的100%能用的')] }] },
    { name: 'a delivery promise does not strengthen card_invalid', evidence: [{ kind: 'chat', lines: [merchant('付款后10分钟内到账')] }] },
    { name: 'a quality promise does not strengthen not_received', claim: { reason: 'not_received' }, evidence: [{ kind: 'chat', lines: [merchant('保证能用, 放心买')] }] },
    { name: 'wrong_purchase looks for no promise', claim: { reason: 'wrong_purchase' }, evidence: [{ kind: 'chat', lines: [merchant('100%能用')] }] },
    { name: '"没有问题" from the merchant is no promise', evidence: [{ kind: 'chat', lines: [merchant('我这边查了没有问题')] }] },
    {
      name: 'late_delivery: a delivery time kept (delivered 5 minutes after paying, within 10) strengthens nothing',
      claim: { reason: 'late_delivery' },
      evidence: [{ kind: 'policy', lines: ['付款后10分钟内到账'] }],
    },
  ],
  invalid: [
    {
      name: 'the merchant guarantees the code works',
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('能用吗'), merchant('放心, 100%能用, 有问题包退')] }],
      messageIds: ['promise'],
      expect: (f) => {
        expect(f[0]!.data.quote).toBe('放心, 100%能用, 有问题包退');
        expect(f[0]!.file).toBe('chat.png');
      },
    },
    {
      name: 'an English guarantee under not_as_described',
      claim: { reason: 'not_as_described' },
      evidence: [{ kind: 'chat', lines: [merchant('Brand new account, lifetime warranty')] }],
      messageIds: ['promise'],
      expect: (f) => expect(f[0]!.data.quote).toBe('Brand new account, lifetime warranty'),
    },
    {
      name: 'not_received: the merchant promised delivery within 10 minutes, nothing came in 100',
      claim: { reason: 'not_received' },
      order: { delivered_at: undefined },
      evidence: [{ kind: 'chat', lines: [merchant('付款后10分钟内到账')] }],
      messageIds: ['promise'],
      expect: (f) => expect(f[0]!.data.quote).toBe('付款后10分钟内到账'),
    },
    {
      name: 'late_delivery: a delivery time on the product page, long passed',
      claim: { reason: 'late_delivery' },
      order: { delivered_at: undefined },
      evidence: [{ kind: 'policy', lines: ['购买须知', '自动发货, 付款后5分钟内到账'] }],
      messageIds: ['promise'],
      expect: (f) => expect(f[0]!.data.quote).toBe('自动发货, 付款后5分钟内到账'),
    },
    {
      name: 'only the first of several promises is quoted',
      evidence: [{ kind: 'chat', lines: [merchant('保证能用'), merchant('假一赔十')] }],
      messageIds: ['promise'],
      expect: (f) => expect(f[0]!.data.quote).toBe('保证能用'),
    },
    {
      // A hedge is no promise: "不会有问题" inside the question "会不会有问题".
      name: 'a hedge (我也不知道会不会有问题)',
      evidence: [{ kind: 'chat', lines: [merchant('我也不知道会不会有问题')] }],
      messageIds: [],
    },
  ],
});
