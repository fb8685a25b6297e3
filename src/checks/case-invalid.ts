import { whereOf } from '../case/problems.js';
import { defineCheck } from './define.js';

/** The claim or the order record cannot be used as given. */
export default defineCheck({
  code: 'case-invalid',
  severity: 'error',
  messages: {
    claim: {
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
    for (const p of model.orderProblems) report('order', { data: { where: whereOf(p), problem: p.message, fix: p.fix }, file: p.file });
  },
});
