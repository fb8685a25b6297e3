import { defineCheck } from './define.js';

export default defineCheck({
  code: 'refund-partial',
  severity: 'warning',
  messages: {
    partial: {
      message: { zh: '申请金额 ¥{asked} 与订单金额 ¥{paid} 不一致', en: 'The amount asked, ¥{asked}, differs from the order amount, ¥{paid}' },
      suggestion: {
        zh: '申请全额 ¥{paid}; 金额不一致可能被判为"协商不一致"。',
        en: 'Ask for the full ¥{paid}; a different amount can be judged a failed negotiation.',
      },
    },
  },
  evaluate(model, report) {
    const asked = model.claim.amount;
    const paid = model.order.amount;
    if (asked === undefined || paid === undefined || Math.abs(asked - paid) < 0.01) return;
    report('partial', { file: model.claimFile, data: { asked: asked.toFixed(2), paid: paid.toFixed(2) } });
  },
});
