import { currencySign } from '../money.js';
import { defineCheck } from './define.js';

export default defineCheck({
  code: 'refund-partial',
  severity: 'warning',
  docs: {
    what: {
      zh: 'case.yaml 里的申请金额 amount 与订单金额不一致（相差一分钱以上）。',
      en: 'The amount asked for in case.yaml differs from the order amount by more than one cent.',
    },
    why: {
      zh: '申请金额与订单金额不符，可能被判定为“协商不一致”；卡密无效等问题通常应申请全额退款。',
      en: 'An amount that differs from the order can be judged a failed negotiation; for problems like an invalid code you would normally ask for a full refund.',
    },
    fix: {
      zh: '把 case.yaml 的 amount 改成订单实付金额，或删掉 amount，默认按订单金额申请全额退款。',
      en: 'Set amount in case.yaml to the amount paid on the order, or remove it so the full order amount is asked for by default.',
    },
  },
  messages: {
    partial: {
      message: { zh: '申请金额 {sign}{asked} 与订单金额 {sign}{paid} 不一致', en: 'The amount asked, {sign}{asked}, differs from the order amount, {sign}{paid}' },
      suggestion: {
        zh: '申请全额 {sign}{paid}; 金额不一致可能被判为"协商不一致"。',
        en: 'Ask for the full {sign}{paid}; a different amount can be judged a failed negotiation.',
      },
    },
  },
  evaluate(model, report) {
    const asked = model.claim.amount;
    const paid = model.order.amount;
    if (asked === undefined || paid === undefined || Math.abs(asked - paid) < 0.01) return;
    report('partial', { file: model.claimFile, data: { asked: asked.toFixed(2), paid: paid.toFixed(2), sign: currencySign(model.order.currency) } });
  },
});
