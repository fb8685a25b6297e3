import policyNoRefund from '../../src/checks/policy-no-refund.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

const buyer = (text: string) => ({ text, side: 'buyer' as const });
const merchant = (text: string) => ({ text, side: 'merchant' as const });
const wrongPurchase = { reason: 'wrong_purchase' } as const;

testCheck(policyNoRefund, {
  valid: [
    { name: 'wrong_purchase with no terms', claim: wrongPurchase, evidence: [{ kind: 'chat', lines: [buyer('拍错了, 能取消吗')] }] },
    { name: 'card_invalid is a quality problem: "拍错不退" does not exclude it', evidence: [{ kind: 'policy', lines: ['购买须知', '虚拟商品, 拍错不退'] }] },
    { name: 'the merchant saying "不退款" in the chat is not the product terms', claim: wrongPurchase, evidence: [{ kind: 'chat', lines: [merchant('不退款的亲')] }] },
    { name: 'terms that promise a refund', claim: wrongPurchase, evidence: [{ kind: 'policy', lines: ['售后说明', '未使用可申请退款'] }] },
    {
      name: 'a term from the top-up on, and nothing topped up yet',
      claim: wrongPurchase,
      order: { delivered_at: undefined, policy: '人工排单直充，未充值前可申请退款；已充值到账后不退不换' },
      evidence: [{ kind: 'chat', lines: [buyer('拍错区服了, 还没充的话能取消吗'), merchant('还在排队没充, 可以取消')] }],
    },
  ],
  invalid: [
    {
      name: 'a term from the top-up on, once the top-up came',
      claim: wrongPurchase,
      order: { policy: '人工排单直充，未充值前可申请退款；已充值到账后不退不换' },
      evidence: [{ kind: 'chat', lines: [buyer('拍错区服了, 能退吗')] }],
      messageIds: ['excluded'],
    },
    {
      name: 'wrong_purchase against "拍错不退" on the product page',
      claim: wrongPurchase,
      evidence: [{ kind: 'policy', file: 'terms.png', lines: ['购买须知', '虚拟商品, 拍错不退'] }],
      messageIds: ['excluded'],
      expect: (f) => {
        expect(f[0]!.data.quote).toBe('虚拟商品, 拍错不退');
        expect(f[0]!.file).toBe('terms.png');
      },
    },
    {
      name: 'English terms in the order record',
      claim: wrongPurchase,
      order: { policy: 'Digital goods: no refunds after delivery' },
      messageIds: ['excluded'],
      expect: (f) => {
        expect(f[0]!.data.quote).toBe('Digital goods: no refunds after delivery');
        expect(f[0]!.file).toBe('order.json');
      },
    },
    {
      name: '"非质量问题不退" on the order page',
      claim: wrongPurchase,
      evidence: [{ kind: 'order', lines: ['订单详情', '非质量问题不退换'] }],
      messageIds: ['excluded'],
      expect: (f) => expect(f[0]!.data.quote).toBe('非质量问题不退换'),
    },
    {
      // These terms allow a refund of unused goods, which a prompt wrong purchase is.
      name: 'terms that allow a refund of unused goods (未使用可退款, 已使用不退款)',
      claim: wrongPurchase,
      evidence: [{ kind: 'policy', lines: ['售后说明', '未使用可退款, 已使用不退款'] }],
      messageIds: [],
    },
  ],
});
