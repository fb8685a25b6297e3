import privateChannel from '../../src/checks/private-channel.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });

testCheck(privateChannel, {
  valid: [
    { name: 'paying by 支付宝 at checkout', evidence: [{ kind: 'order', lines: ['付款方式 支付宝支付', '实付 ¥28.00'] }] },
    { name: 'paying by WeChat Pay at checkout', evidence: [{ kind: 'order', lines: ['支付方式: 微信支付'] }] },
    { name: 'paid with PayPal', evidence: [{ kind: 'order', lines: ['Paid with PayPal', 'Total ¥28.00'] }] },
    { name: 'the buyer says how they paid', evidence: [{ kind: 'chat', lines: [buyer('我是用微信支付的')] }] },
    { name: 'the merchant refuses WeChat: "别加微信"', evidence: [{ kind: 'chat', lines: [merchant('别加微信, 在平台申请退款就行')] }] },
    { name: 'an ordinary refund on the platform', evidence: [{ kind: 'chat', lines: [merchant('已同意退款, 原路退回')] }] },
  ],
  invalid: [
    {
      name: 'the merchant offers a refund over WeChat',
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('卡密用不了'), merchant('加我微信, 直接退你')] }],
      messageIds: ['offer'],
      expect: (f) => {
        expect(f[0]!.data).toMatchObject({ file: 'chat.png', quote: '加我微信, 直接退你' });
        expect(f[0]!.file).toBe('chat.png');
      },
    },
    {
      name: 'an English offer off the platform',
      evidence: [{ kind: 'chat', lines: [merchant('Add me on WeChat, I will pay you directly')] }],
      messageIds: ['offer'],
      expect: (f) => expect(f[0]!.data.quote).toBe('Add me on WeChat, I will pay you directly'),
    },
    {
      name: 'a refund to Alipay outside the platform',
      evidence: [{ kind: 'chat', lines: [merchant('平台退太麻烦, 我支付宝转你')] }],
      messageIds: ['offer'],
    },
    {
      name: 'one finding per file, quoting the first offer',
      evidence: [
        { kind: 'chat', lines: [merchant('加个微信吧'), merchant('微信转你')] },
        { kind: 'chat', lines: [merchant('私聊')] },
      ],
      messageIds: ['offer', 'offer'],
      expect: (f) => expect(f.map((x) => x.data.quote)).toEqual(['加个微信吧', '私聊']),
    },
    // Negations and near misses: no offer.
    {
      name: 'the merchant warning against a private deal ("不要私下交易")',
      evidence: [{ kind: 'chat', lines: [merchant('请在平台内申请退款, 不要私下交易')] }],
      messageIds: [],
    },
    {
      name: '"请勿加微信" (勿 is a negation)',
      evidence: [{ kind: 'chat', lines: [merchant('请勿加微信, 以免被骗')] }],
      messageIds: [],
    },
    {
      name: 'the buyer forwarding a screenshot ("转给你")',
      evidence: [{ kind: 'chat', lines: [buyer('我把报错截图转给你')] }],
      messageIds: [],
    },
  ],
});
