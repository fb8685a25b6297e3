import orderIdMismatch from '../../src/checks/order-id-mismatch.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const OWN = '2026112514201145873';

testCheck(orderIdMismatch, {
  valid: [
    { name: 'the chat quotes this order', evidence: [{ kind: 'chat', lines: [buyer(`订单号 ${OWN}`)] }] },
    { name: 'an OCR slip of one digit', evidence: [{ kind: 'chat', lines: [buyer('订单号 2026112514201145878')] }] },
    { name: 'a labelled trade number', evidence: [{ kind: 'order', lines: [`订单号 ${OWN}`, '交易号 4200001234567890123456'] }] },
    { name: 'a card code of another shape', evidence: [{ kind: 'chat', lines: [buyer('卡密 ABCD1234EFGH5678 用不了')] }] },
    { name: 'a bare long number of another shape (a phone-like id)', evidence: [{ kind: 'chat', lines: [buyer('4200001234567890')] }] },
    {
      name: 'an unlabelled second number on the order page beside this order\'s number',
      evidence: [{ kind: 'order', lines: [`订单号 ${OWN}`, '2026112514201199999'] }],
    },
    { name: 'no order number known', order: null, evidence: [{ kind: 'chat', lines: [buyer('订单号 2026112400000012345')] }] },
  ],
  invalid: [
    {
      name: 'the chat quotes another order number',
      evidence: [{ kind: 'chat', file: 'chat.png', lines: [buyer('订单号 2026112400000012345 卡密用不了')] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ file: 'chat.png', found: '2026112400000012345', own: OWN }),
    },
    {
      name: 'an English order page of another order',
      evidence: [{ kind: 'order', lines: ['Order number: 2026110311112222333'] }],
      messageIds: ['differs'],
      expect: (f) => expect(f[0]!.data.found).toBe('2026110311112222333'),
    },
    {
      name: 'a bare number of this shop\'s shape in the chat',
      evidence: [{ kind: 'chat', lines: [buyer('2026112400000012345')] }],
      messageIds: ['differs'],
    },
    {
      name: 'the same wrong number twice in one file is one finding; another file is another',
      evidence: [
        { kind: 'chat', lines: [buyer('订单号 2026112400000012345'), buyer('单号 2026112400000012345')] },
        { kind: 'error', lines: ['订单 2026112400000012345'] },
      ],
      messageIds: ['differs', 'differs'],
      expect: (f) => expect(f.map((x) => x.file)).toEqual(['chat-1.png', 'error-2.png']),
    },
  ],
});
