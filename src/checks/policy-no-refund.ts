import { defineCheck } from './define.js';

export default defineCheck({
  code: 'policy-no-refund',
  severity: 'error',
  docs: {
    what: {
      zh: '退款原因选的是买错商品，而商品条款（订单记录的 policy 字段、条款截图或订单页）写明了“不退不换”“非质量问题不退换”之类的内容。',
      en: 'The reason is wrong purchase, and the product terms (the policy field of the order record, a terms screenshot or the order page) say no refunds or no refunds except for quality problems.',
    },
    why: {
      zh: '买错商品不属于质量问题，下单前展示的条款已写明不退，平台通常会按条款支持商家。',
      en: 'A wrong purchase is not a quality problem, and the terms shown before purchase exclude it, so platforms usually side with the merchant.',
    },
    fix: {
      zh: '在商品未使用的前提下，通过平台聊天礼貌地请商家协商取消订单，并保留聊天记录；如果其实是卡密本身有问题，改选对应原因并补上报错截图。',
      en: 'While the goods are unused, politely ask the merchant in the platform chat to cancel the order and keep the chat; if the code itself is actually faulty, choose that reason and add the error capture.',
    },
  },
  messages: {
    excluded: {
      message: { zh: '商品条款排除了这类退款: "{quote}"', en: 'The product terms exclude this refund: "{quote}"' },
      suggestion: {
        zh: '买错不属于质量问题, 条款写明不退时平台通常不支持; 可以礼貌地请商家在未使用的前提下协商取消, 并保留聊天记录。',
        en: 'A wrong purchase is not a quality problem and these terms exclude it; politely ask the merchant to cancel while the goods are unused, and keep the chat.',
      },
    },
  },
  evaluate(model, report) {
    if (!model.reason.excluded_by_no_refund_terms) return;
    // A term from the delivery on ("已充值到账后不退不换") refuses nothing while nothing came.
    const delivered = model.order.deliveredAt !== undefined || model.facts.delivered.length > 0;
    const term = model.facts.noRefund.find((t) => delivered || !t.once);
    if (term) report('excluded', { file: term.ref.file === model.orderFile ? model.orderFile : term.ref.file, boxes: [term.ref.box], data: { quote: term.ref.text } });
  },
});
