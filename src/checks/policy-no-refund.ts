import { defineCheck } from './define.js';

export default defineCheck({
  code: 'policy-no-refund',
  severity: 'error',
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
    if (model.reasonId !== 'wrong_purchase') return;
    const term = model.facts.noRefund[0];
    if (term) report('excluded', { file: term.ref.file === model.orderFile ? model.orderFile : term.ref.file, boxes: [term.ref.box], data: { quote: term.ref.text } });
  },
});
