import { defineCheck } from './define.js';

export default defineCheck({
  code: 'private-channel',
  severity: 'warning',
  messages: {
    offer: {
      message: { zh: '{file} 里有平台外私下处理的提议: "{quote}"', en: '{file} shows an offer to settle outside the platform: "{quote}"' },
      suggestion: {
        zh: '不要私下转账或加微信退款: 商家收款后失联你就失去平台保障。坚持走平台退款流程。',
        en: 'Do not settle by private transfer or WeChat: if the merchant disappears you lose the platform\'s protection. Keep the refund on the platform.',
      },
    },
  },
  evaluate(model, report) {
    const seen = new Set<string>();
    for (const ref of model.facts.privateChannel) {
      if (seen.has(ref.file)) continue;
      seen.add(ref.file);
      report('offer', { file: ref.file, boxes: [ref.box], data: { file: ref.file, quote: ref.text } });
    }
  },
});
