import { defineCheck } from './define.js';
import { ofKind } from './util.js';

export default defineCheck({
  code: 'chat-no-feedback',
  severity: 'warning',
  // A chain with no report to the shop is one a shop answers with "the buyer used it wrong" (the
  // article): more than a warning's usual points, so such a case alone is weak, not ready.
  penalty: 21,
  capture: {
    zh: '截图{chatTopic}的那条消息, 要带时间; 还没说过就先在平台内发给商家再截图。',
    en: 'Screenshot the message where {chatTopic}, with its time; if you have not said it yet, send it in the platform chat first.',
  },
  docs: {
    what: {
      zh: '案件里有聊天记录，但其中找不到你这一方反馈问题的消息：既没有说明故障，也没有申请取消、说明买错或指出与描述不符。',
      en: 'The case has a chat, but none of your own messages reports a problem: no description of the failure, no request to cancel, no mention of a wrong purchase or of the goods differing from the description.',
    },
    why: {
      zh: '审核人员要看到你在期限内把具体问题告诉了商家；聊天里没有反馈，商家可以说从没收到过问题，你首次反馈的时间也无从证明。',
      en: 'Reviewers want to see that you told the merchant the actual problem within the window; without it the merchant can say they were never told, and the time of your first report cannot be shown.',
    },
    fix: {
      zh: '截图你向商家说明问题的那条消息，例如“充值提示该卡密已被使用，订单号……”，要带时间；还没说过的，先在平台聊天里发给商家再截图。',
      en: 'Screenshot the message where you told the merchant what went wrong, for example that the code says it has already been used, with the order number and the time visible; if you have not said it yet, send it in the platform chat first.',
    },
  },
  messages: {
    none: {
      message: { zh: '聊天记录里看不到你向商家反馈问题', en: 'The chat shows no problem report from you to the merchant' },
      suggestion: {
        zh: '截图你向商家说明问题的那段聊天, 例如"卡密充值提示已被使用, 订单号 …", 要带时间。',
        en: 'Screenshot the part of the chat where you told the merchant what went wrong (e.g. "the code says already used, order no. …"), with the time visible.',
      },
    },
  },
  evaluate(model, report) {
    const chats = ofKind(model, 'chat');
    if (chats.length === 0) return;
    const { facts } = model;
    if (facts.reports.length + facts.cancels.length + facts.wrongPurchase.length + facts.notAsDescribed.length === 0) report('none', { file: chats[0]!.file });
  },
});
