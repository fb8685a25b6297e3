import { defineCheck } from './define.js';

export default defineCheck({
  code: 'request-return-virtual',
  severity: 'error',
  docs: {
    what: {
      zh: 'case.yaml 里写了 request: return，即对虚拟商品申请退货。',
      en: 'case.yaml has request: return, asking to return virtual goods.',
    },
    why: {
      zh: '卡密、账号、充值等虚拟商品无法退回，不存在“退货”一说；选了退货，平台可能以商品无法退回为由驳回申请。',
      en: 'Card codes, accounts and top-ups cannot be sent back, so there is no return for virtual goods; a return request may be rejected because nothing can be returned.',
    },
    fix: {
      zh: '把 case.yaml 里的 request 改为 refund（或删掉这一行），在平台提交时选择“仅退款”。',
      en: 'Set request to refund in case.yaml (or delete the line) and choose refund only when filing on the platform.',
    },
  },
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
