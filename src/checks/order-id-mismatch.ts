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
  capture: {
    zh: '在聊天里发一次本订单的订单号{orderIdSpaced}, 截图商家确认的那段, 要带时间。',
    en: 'Send this order\'s number{orderIdSpaced} in the chat and screenshot the shop\'s confirmation, with the time.',
  },
  docs: {
    what: {
      zh: '证据里出现的订单号与本订单的订单号不同；已容许识别误差，交易流水号不算，没有标注的数字只有格式与本店订单号一致时才会比对。',
      en: 'An order number in the evidence differs from this order\'s number. Small recognition errors are allowed, trade or transaction numbers are ignored, and an unlabelled number is compared only when it has the same shape as this shop\'s order numbers.',
    },
    why: {
      zh: '订单号对不上，说明这张截图可能属于另一笔订单，无法证明这笔订单的问题，还可能让人怀疑证据的真实性。',
      en: 'A different order number suggests the screenshot belongs to another purchase: it proves nothing about this order and can make the evidence look unreliable.',
    },
    fix: {
      zh: '删掉属于其他订单的截图，并核对 order.json 里的 order_id；如果是聊天里报错了单号，在平台聊天中补发正确的订单号，并截图商家确认的那段。',
      en: 'Remove screenshots that belong to other orders and check order_id in order.json; if you quoted the wrong number in the chat, send the correct one in the platform chat and screenshot the merchant\'s acknowledgement.',
    },
  },
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
