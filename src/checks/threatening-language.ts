import { defineCheck } from './define.js';

export default defineCheck({
  code: 'threatening-language',
  severity: 'warning',
  messages: {
    threat: {
      message: { zh: '你的消息里有威胁或辱骂: "{quote}"', en: 'Your messages threaten or insult: "{quote}"' },
      suggestion: {
        zh: '威胁和辱骂会让调解员反感。提交时只陈述事实: 哪天买的什么、报错原文、订单号、商家的承诺, 并提出"要求全额退款"。',
        en: 'Threats and insults put reviewers off. State only facts: what you bought and when, the exact error, the order number, the merchant\'s promise, and ask for a full refund.',
      },
    },
  },
  evaluate(model, report) {
    const first = model.facts.threats[0];
    if (first) report('threat', { file: first.file, boxes: model.facts.threats.map((t) => t.box), data: { quote: first.text } });
  },
});
