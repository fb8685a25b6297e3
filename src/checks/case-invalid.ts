import { positionOf } from '../case/problems.js';
import { defineCheck } from './define.js';

/** The claim or the order record cannot be used as given. */
export default defineCheck({
  code: 'case-invalid',
  severity: 'error',
  docs: {
    what: {
      zh: '案件文件无法使用：case.yaml（或 case.json）读不出来、缺少 reason 等必填字段、字段格式不对，或写了未知的退款原因、平台规则；订单记录（order.json/order.yaml）格式有误或缺少订单号、商品、金额、付款时间时也会报告。申请本身有误时整个案件无法检查；只是订单记录有误时，其余证据仍会照常检查。',
      en: 'The case cannot be used as given: case.yaml (or case.json) cannot be read, lacks a required field such as reason, has a malformed value, or names an unknown refund reason or platform profile. It is also reported when the order record (order.json/order.yaml) is malformed or lacks order_id, product, amount or paid_at; a broken claim stops the case, while a broken order record is reported and the rest of the evidence is still checked.',
    },
    why: {
      zh: '退款原因决定了要提交哪些证据、适用多长的申请期限，平台规则决定了期限怎么算；原因或订单信息不明确，就无法判断这笔申请能否通过。',
      en: 'The refund reason decides which evidence is needed and how long the window is, and the platform profile decides how the deadline is counted. Without a valid reason and order record, nothing can be judged.',
    },
    fix: {
      zh: '按提示修改对应字段：reason 只能是 card_invalid、not_received、late_delivery、not_as_described、activation_failed、wrong_purchase 之一，platform 要是 rules/platforms/ 里已有的规则（默认 generic）；order.json 里补齐 order_id、product、amount、paid_at，时间写成 2026-12-12 15:06 这样的格式。',
      en: 'Fix the field the message names: reason must be one of card_invalid, not_received, late_delivery, not_as_described, activation_failed, wrong_purchase, and platform must be a profile in rules/platforms/ (default generic). In order.json fill in order_id, product, amount and paid_at, with times such as 2026-12-12 15:06.',
    },
  },
  messages: {
    claim: {
      message: { zh: '{where}: {problem}', en: '{where}: {problem}' },
      suggestion: { zh: '{fix}', en: '{fix}' },
    },
    reason: {
      message: { zh: '{where}: {problem}', en: '{where}: {problem}' },
      suggestion: { zh: '{fix}', en: '{fix}' },
    },
    platform: {
      message: { zh: '{where}: {problem}', en: '{where}: {problem}' },
      suggestion: { zh: '{fix}', en: '{fix}' },
    },
    order: {
      message: { zh: '订单记录有误, {where}: {problem}', en: 'The order record is invalid, {where}: {problem}' },
      suggestion: { zh: '{fix}', en: '{fix}' },
    },
  },
  evaluate(model, report) {
    // Claim, reason and platform problems stop the case before a model exists (see check-case.ts);
    // order record problems are found here so the rest of the case is still checked.
    for (const p of model.orderProblems) report('order', { data: { where: positionOf(p), problem: p.message, fix: p.fix }, file: p.file });
  },
});
