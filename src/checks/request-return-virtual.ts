import { defineCheck } from './define.js';

export default defineCheck({
  code: 'request-return-virtual',
  severity: 'error',
  messages: {
    return: {
      message: { zh: '虚拟商品没有"退货"一说, 申请类型选了退货会被驳回', en: 'Virtual goods cannot be returned: a "return" request will be rejected' },
      suggestion: { zh: '申请类型改为"仅退款" (case.yaml 里 request: refund)。', en: 'Ask for a refund only (request: refund in case.yaml).' },
    },
  },
  evaluate(model, report) {
    if (model.claim.request === 'return') report('return', { file: model.claimFile });
  },
});
