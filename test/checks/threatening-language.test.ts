import threateningLanguage from '../../src/checks/threatening-language.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });

testCheck(threateningLanguage, {
  valid: [
    { name: 'a polite report', evidence: [{ kind: 'chat', lines: [buyer('卡密提示已被使用, 麻烦尽快处理, 谢谢')] }] },
    { name: 'asking for a refund', evidence: [{ kind: 'chat', lines: [buyer('I would like a refund, please')] }] },
    { name: '"没报警" is no threat', evidence: [{ kind: 'chat', lines: [buyer('我没报警, 只想退款')] }] },
    { name: 'the merchant\'s insult is not the buyer\'s', evidence: [{ kind: 'chat', lines: [merchant('你才是骗子')] }] },
    { name: 'an unknown speaker is not taken for the buyer', evidence: [{ kind: 'chat', lines: ['骗子'] }] },
    { name: 'asking how someone else was scammed accuses no one here', evidence: [{ kind: 'chat', lines: [buyer('Hey bro, how did he scam you')] }] },
  ],
  invalid: [
    {
      name: 'the buyer threatens a complaint and insults',
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('不退款就投诉你们, 骗子')] }],
      messageIds: ['threat'],
      expect: (f) => {
        expect(f[0]!.data.quote).toBe('不退款就投诉你们, 骗子');
        expect(f[0]!.file).toBe('chat.png');
      },
    },
    {
      name: 'an English threat',
      evidence: [{ kind: 'chat', lines: [buyer('You are a scammer, I will report you')] }],
      messageIds: ['threat'],
      expect: (f) => expect(f[0]!.data.quote).toBe('You are a scammer, I will report you'),
    },
    {
      name: 'several threats: one finding, quoting the first, boxing each',
      evidence: [{ kind: 'chat', lines: [buyer('黑店'), merchant('请文明沟通'), buyer('等着瞧')] }],
      messageIds: ['threat'],
      expect: (f) => {
        expect(f[0]!.data.quote).toBe('黑店');
        expect(f[0]!.boxes).toHaveLength(2);
      },
    },
    // Negations and a number that merely holds 12315: no threat.
    {
      name: 'an order number containing the digits 12315',
      evidence: [{ kind: 'chat', lines: [buyer('订单号 2026112315201145873')] }],
      messageIds: [],
    },
    {
      name: '"我不会给你差评的" (negated with a modal)',
      evidence: [{ kind: 'chat', lines: [buyer('我不会给你差评的, 放心')] }],
      messageIds: [],
    },
    {
      name: '"I will not report you" (English negation)',
      evidence: [{ kind: 'chat', lines: [buyer('I will not report you, just refund please')] }],
      messageIds: [],
    },
  ],
});
