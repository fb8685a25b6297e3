import { defineCheck } from './define.js';

export default defineCheck({
  code: 'order-incomplete',
  severity: 'warning',
  messages: {
    incomplete: {
      message: { zh: '订单截图缺少: {missing}', en: 'The order screenshot lacks: {missing}' },
      suggestion: {
        zh: '重新截取完整的订单详情页, 让订单号、商品名称和实付金额都在画面里。',
        en: 'Screenshot the whole order details page so the order number, product and amount paid are all visible.',
      },
    },
  },
  evaluate(model, report) {
    const { order } = model;
    if (order.source !== 'screenshot') return;
    const missing: { zh: string; en: string }[] = [];
    if (!order.orderId) missing.push({ zh: '订单号', en: 'order number' });
    if (!order.product) missing.push({ zh: '商品', en: 'product' });
    if (order.amount === undefined) missing.push({ zh: '金额', en: 'amount' });
    if (missing.length === 0) return;
    report('incomplete', {
      file: order.file ?? null,
      data: { missing: { zh: missing.map((m) => m.zh).join('、'), en: missing.map((m) => m.en).join(', ') } },
    });
  },
});
