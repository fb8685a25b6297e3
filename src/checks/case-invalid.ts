import { defineCheck } from './define.js';

/** The claim or the order record cannot be used as given. */
export default defineCheck({
  code: 'case-invalid',
  severity: 'error',
  messages: {
    claim: {
      message: { zh: '案件文件有误: {problem}', en: 'The case file is invalid: {problem}' },
      suggestion: { zh: '按提示修正 case.yaml 的字段后重试。', en: 'Fix the named field of case.yaml and run again.' },
    },
    reason: {
      message: { zh: '未知的退款原因 "{reason}"', en: 'Unknown refund reason "{reason}"' },
      suggestion: { zh: '把 reason 改为以下之一: {known}。', en: 'Set reason to one of: {known}.' },
    },
    platform: {
      message: { zh: '未知的平台规则 "{platform}"', en: 'Unknown platform profile "{platform}"' },
      suggestion: { zh: '把 platform 改为以下之一: {known}, 或用 --rules 提供该平台的规则。', en: 'Set platform to one of: {known}, or add its profile with --rules.' },
    },
    order: {
      message: { zh: '订单记录有误: {problem}', en: 'The order record is invalid: {problem}' },
      suggestion: { zh: '按提示修正订单记录 (order.json) 的字段; 订单号、商品、金额和付款时间都是必填。', en: 'Fix the named field of the order record; order_id, product, amount and paid_at are required.' },
    },
  },
  evaluate(model, report) {
    // Claim, reason and platform problems stop the case before a model exists (see check-case.ts);
    // order record problems are found here so the rest of the case is still checked.
    for (const problem of model.orderProblems) report('order', { data: { problem }, file: model.orderFile ?? null });
  },
});
