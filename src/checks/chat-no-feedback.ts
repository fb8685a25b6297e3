import { defineCheck } from './define.js';
import { ofKind } from './util.js';

export default defineCheck({
  code: 'chat-no-feedback',
  severity: 'warning',
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
