import requestReturnVirtual from '../../src/checks/request-return-virtual.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(requestReturnVirtual, {
  valid: [
    { name: 'a refund request', claim: { request: 'refund' } },
    { name: 'a refund of a wrong purchase, with "退货" said in the chat', claim: { reason: 'wrong_purchase', request: 'refund' }, evidence: [{ kind: 'chat', lines: [{ text: '能退货吗', side: 'buyer' }] }] },
  ],
  invalid: [
    { name: 'a return of a card code', claim: { request: 'return' }, messageIds: ['return'], expect: (f) => expect(f[0]!.file).toBe('case.yaml') },
    { name: 'a return of a wrong purchase', claim: { reason: 'wrong_purchase', request: 'return' }, messageIds: ['return'] },
  ],
});
