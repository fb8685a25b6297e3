import { defineCheck } from './define.js';
import { sameOrderId } from './util.js';

export default defineCheck({
  code: 'order-id-mismatch',
  severity: 'error',
  messages: {
    differs: {
      message: { zh: '{file} 里的订单号 {found} 与本订单 {own} 不一致', en: 'The order number {found} in {file} differs from this order ({own})' },
      suggestion: {
        zh: '确认截图属于这笔订单; 如果聊天里报错了单号, 向商家补发正确的订单号并截图。',
        en: 'Make sure the screenshot belongs to this order; if you quoted the wrong number in the chat, send the merchant the right one and capture that.',
      },
    },
  },
  evaluate(model, report) {
    const own = model.order.orderId;
    if (!own) return;
    const reported = new Set<string>();
    for (const fact of model.facts.orderIds) {
      if (fact.label === 'trade' || sameOrderId(fact.value, own)) continue;
      // An order page may show a trade number beside the order's own number.
      if (fact.label === 'bare' && fact.ref.kind !== 'chat' && model.facts.orderIds.some((o) => o.ref.file === fact.ref.file && sameOrderId(o.value, own))) continue;
      const key = `${fact.ref.file}\0${fact.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report('differs', {
        file: fact.ref.file,
        boxes: [fact.ref.box],
        data: { file: fact.ref.file, found: fact.value, own },
      });
    }
  },
});
