import { defineCheck } from './define.js';
import { ofKind } from './util.js';

export default defineCheck({
  code: 'chat-no-reply',
  severity: 'warning',
  messages: {
    none: {
      message: { zh: '聊天记录里没有商家的回复', en: 'The chat holds no reply from the merchant' },
      suggestion: {
        zh: '如果商家回复过, 把回复也截进来; 如果一直不回, 截图显示你的消息和时间, 说明商家未响应。',
        en: 'If the merchant replied, include the reply; if they never did, keep a screenshot showing your messages and times, to show they did not respond.',
      },
    },
  },
  evaluate(model, report) {
    const chats = ofKind(model, 'chat');
    if (chats.length > 0 && model.facts.replies.length === 0) report('none', { file: chats[0]!.file });
  },
});
