import { defineCheck } from './define.js';

export default defineCheck({
  code: 'order-incomplete',
  severity: 'warning',
  capture: {
    zh: '截图完整的订单详情页, 让订单号、商品名称和实付金额出现在同一张图里。',
    en: 'Screenshot the whole order details page, so the order number, product and amount paid are in one picture.',
  },
  docs: {
    what: {
      zh: '案件没有订单记录，只靠订单截图，而截图里读不出订单号、商品名称或金额中的一项或几项；提示会列出缺少哪几项。',
      en: 'The case has no order record and relies on an order screenshot, but the order number, the product or the amount cannot be read from it; the message lists which are missing.',
    },
    why: {
      zh: '审核人员靠订单号、商品和金额把聊天记录、报错截图和这笔订单对应起来；订单截图不完整，证据之间就缺了连接点。',
      en: 'Reviewers use the order number, product and amount to match the chat and the error captures to this order; an incomplete order screenshot leaves that link open.',
    },
    fix: {
      zh: '重新截取完整的订单详情页，让订单号、商品名称和实付金额出现在同一张图里，不要只截局部；或者补一份含 order_id、product、amount 的 order.json。',
      en: 'Screenshot the whole order details page again so the order number, product and amount paid are in one picture, not a crop, or add an order.json with order_id, product and amount.',
    },
  },
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
