import { defineCheck } from './define.js';

export default defineCheck({
  code: 'deadline-unknown',
  severity: 'warning',
  penalty: 10,
  capture: {
    zh: '截图订单详情里的付款时间和发货时间 (或在订单记录里补上 paid_at / delivered_at)。',
    en: 'Screenshot the payment and delivery times in the order details (or add paid_at / delivered_at to the order record).',
  },
  docs: {
    what: {
      zh: '有订单凭证，但不知道付款时间（需要按发货时间起算的原因也没有发货时间），无法判断是否还在申请期限内。',
      en: 'There is order proof, but no payment time is known (nor a delivery time, for reasons counted from delivery), so it cannot be told whether the claim is still within the window.',
    },
    why: {
      zh: '平台会核对申请是否在时限内提交；不知道起算时间，你无法确认自己还剩多少时间，也可能在不知不觉中超时。',
      en: 'The platform checks that the claim was filed within the window; without the starting time you cannot tell how much time is left and may miss it without noticing.',
    },
    fix: {
      zh: '在 order.json 里填上 paid_at（卡密发出时间填 delivered_at），或截图显示付款时间、发货时间的订单详情页。',
      en: 'Add paid_at (and delivered_at, when the code was delivered) to order.json, or screenshot the order details page showing the payment and delivery times.',
    },
  },
  messages: {
    unknown: {
      message: { zh: '不知道付款或发货时间, 无法判断是否还在申请期限内', en: 'No payment or delivery time is known, so the deadline cannot be checked' },
      suggestion: {
        zh: '在订单记录里填 paid_at (和 delivered_at), 或截图显示付款时间的订单详情。',
        en: 'Add paid_at (and delivered_at) to the order record, or screenshot the order details showing the payment time.',
      },
    },
  },
  evaluate(model, report) {
    if (model.deadline.status === 'unknown' && model.order.source !== 'none') report('unknown', { file: model.order.file ?? null });
  },
});
