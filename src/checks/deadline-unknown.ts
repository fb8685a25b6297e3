import { defineCheck } from './define.js';

export default defineCheck({
  code: 'deadline-unknown',
  severity: 'warning',
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
