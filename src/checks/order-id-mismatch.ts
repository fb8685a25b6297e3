import { defineCheck } from './define.js';
import { sameOrderId } from './util.js';

/** Same length, same letter prefix, same first two characters: another order of the same shop system. */
function sameShape(candidate: string, own: string): boolean {
  const prefix = (s: string): string => /^[A-Z]*/i.exec(s)![0].toUpperCase();
  return candidate.length === own.length && prefix(candidate) === prefix(own) && candidate.slice(0, 2).toUpperCase() === own.slice(0, 2).toUpperCase();
}

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
      // A number nobody labelled is taken for an order number only when it has the shape
      // of this shop's numbers (a card code, a phone or an ID number does not).
      if (fact.label === 'bare' && !sameShape(fact.value, own)) continue;
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
