import { defineCheck } from './define.js';

export default defineCheck({
  code: 'threatening-language',
  severity: 'warning',
  penalty: 10,
  hurts: true,
  docs: {
    what: {
      zh: '你自己发出的聊天消息里有威胁或辱骂的话，例如“不退就投诉”“曝光你”“骗子”；只检查买家一方的消息。',
      en: 'Your own chat messages contain threats or insults, such as threatening to complain or expose the merchant, or calling them a scammer; only the buyer\'s side of the chat is checked.',
    },
    why: {
      zh: '威胁性语言会激化矛盾，让商家更不愿配合，也会让平台调解员反感；理性陈述事实的一方更容易获得支持。',
      en: 'Threats escalate the dispute, make the merchant less willing to cooperate and put mediators off; the side that calmly states facts is more likely to be supported.',
    },
    fix: {
      zh: '之后的沟通和申请说明只陈述事实：哪天买的什么商品、报错原文、订单号、商家的承诺，再明确提出“要求全额退款”；不要再重复威胁或辱骂的话。',
      en: 'From now on state only facts in the chat and the refund note: what you bought and when, the exact error, the order number and the merchant\'s promise, then ask clearly for a full refund; do not repeat the threats or insults.',
    },
  },
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
