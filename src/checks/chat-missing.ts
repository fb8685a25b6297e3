import { defineCheck } from './define.js';
import { ofKind, reasonName } from './util.js';

export default defineCheck({
  code: 'chat-missing',
  severity: 'error',
  messages: {
    missing: {
      message: { zh: '"{reason}" 需要与商家的聊天记录, 但案件里没有', en: '"{reason}" needs the chat with the merchant, and the case has none' },
      suggestion: {
        zh: '截图你向商家反馈问题的聊天 (带时间), 以及商家的回复; 没有联系过商家就先在平台内联系并保留记录。',
        en: 'Screenshot the chat where you reported the problem to the merchant (with the time visible) and their reply; if you have not contacted them, do it on the platform first.',
      },
    },
  },
  evaluate(model, report) {
    if (!model.reason.needs.includes('chat')) return;
    if (ofKind(model, 'chat').length === 0) report('missing', { data: { reason: reasonName(model) } });
  },
});
