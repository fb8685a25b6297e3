import chatNoReply from '../../src/checks/chat-no-reply.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });

testCheck(chatNoReply, {
  valid: [
    { name: 'no chat at all', evidence: [{ kind: 'error', lines: ['该卡密已被使用'] }] },
    { name: 'the merchant answered', evidence: [{ kind: 'chat', lines: [buyer('卡密提示已被使用'), merchant('亲, 稍等我查一下')] }] },
    { name: 'an English answer', evidence: [{ kind: 'chat', lines: [buyer('the code does not work'), merchant('Let me check')] }] },
    {
      name: 'a chat whose sides nothing told (read as one block) shows no reply missing',
      evidence: [{ kind: 'chat', lines: ['前两个兑换成功了,第三个提示兑换码不存在', '查了,第三个码上游卖给了别人,这一个的钱给您退'] }],
    },
    {
      name: 'the reply is in a second chat screenshot',
      evidence: [
        { kind: 'chat', lines: [buyer('卡密用不了')] },
        { kind: 'chat', lines: [merchant('已补发')] },
      ],
    },
  ],
  invalid: [
    {
      name: 'only the buyer speaks',
      evidence: [{ kind: 'chat', lines: [buyer('卡密用不了'), buyer('在吗?'), buyer('人呢')] }],
      messageIds: ['none'],
      expect: (f) => expect(f[0]!.file).toBe('chat-1.png'),
    },
    {
      name: 'the buyer quoting the shop\'s words is not a reply',
      evidence: [{ kind: 'chat', lines: [buyer('你们客服说"稍等", 然后就没人了')] }],
      messageIds: ['none'],
    },
    {
      name: 'a merchant line on an error capture is not a chat reply',
      evidence: [
        { kind: 'chat', lines: [buyer('the code is invalid')] },
        { kind: 'error', lines: ['Invalid code. Please contact the seller.'] },
      ],
      messageIds: ['none'],
    },
  ],
});
