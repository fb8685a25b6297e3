import { defineCheck } from './define.js';

export default defineCheck({
  code: 'order-missing',
  severity: 'error',
  messages: {
    missing: {
      message: { zh: '没有订单凭证: 既没有订单记录, 也没有订单截图', en: 'No order proof: no order record and no order screenshot' },
      suggestion: {
        zh: '在平台"我的订单"里打开这笔订单, 截图订单详情 (要看得到订单号、商品、实付金额和付款时间)。',
        en: 'Open this order under "My orders" on the platform and screenshot its details (order number, product, amount paid, payment time).',
      },
    },
  },
  evaluate(model, report) {
    if (model.order.source === 'none' && model.orderProblems.length === 0) report('missing');
  },
});
