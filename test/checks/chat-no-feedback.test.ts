import chatNoFeedback from '../../src/checks/chat-no-feedback.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });

testCheck(chatNoFeedback, {
  valid: [
    { name: 'no chat at all (chat-missing says so)', evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }] },
    { name: 'the buyer reports a used code', evidence: [{ kind: 'chat', lines: [buyer('在吗'), buyer('充值提示卡密已被使用')] }] },
    { name: 'an English report', evidence: [{ kind: 'chat', lines: [buyer('Hi, the code does not work')] }] },
    { name: 'the buyer asks to cancel', claim: { reason: 'wrong_purchase' }, evidence: [{ kind: 'chat', lines: [buyer('不想要了, 能取消吗')] }] },
    { name: 'the buyer admits a wrong purchase', claim: { reason: 'wrong_purchase' }, evidence: [{ kind: 'chat', lines: [buyer('I bought the wrong item, sorry')] }] },
    { name: 'the buyer says it differs from the description', claim: { reason: 'not_as_described' }, evidence: [{ kind: 'chat', lines: [buyer('和描述不一样啊')] }] },
  
  ],
  invalid: [
    { name: '"No problem, thanks!" is no report', evidence: [{ kind: 'chat', lines: [buyer('No problem, thanks!')] }], messageIds: ['none'] },
    {
      name: 'only greetings from the buyer',
      evidence: [{ kind: 'chat', lines: [buyer('在吗'), merchant('在的亲'), buyer('好的谢谢')] }],
      messageIds: ['none'],
      expect: (f) => expect(f[0]!.file).toBe('chat-1.png'),
    },
    {
      name: '"没有问题了谢谢" is not a report',
      evidence: [{ kind: 'chat', lines: [buyer('没有问题了谢谢')] }],
      messageIds: ['none'],
    },
    {
      name: 'the merchant naming the error is not the buyer reporting it',
      evidence: [{ kind: 'chat', lines: [merchant('如果提示卡密已被使用请联系我'), buyer('好的')] }],
      messageIds: ['none'],
    },
    {
      name: 'the first chat file is named',
      evidence: [
        { kind: 'chat', file: 'chat-a.png', lines: [buyer('hello')] },
        { kind: 'chat', file: 'chat-b.png', lines: [buyer('thanks')] },
      ],
      messageIds: ['none'],
      expect: (f) => expect(f[0]!.file).toBe('chat-a.png'),
    },
    {
      // "declined" after a code subject is a failure, so a report.
      name: '"The card was declined" is a report',
      evidence: [{ kind: 'chat', lines: [buyer('The card was declined')] }],
      messageIds: [],
    },
  ],
});
