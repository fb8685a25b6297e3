import { defineCheck } from './define.js';
import { isParty } from '../types.js';
import { ofKind } from './util.js';

export default defineCheck({
  code: 'chat-no-reply',
  severity: 'warning',
  penalty: 10,
  capture: {
    zh: '截图商家回复你的那段聊天, 要带时间; 商家一直没回, 就截图你发出消息后到现在的完整对话, 让时间显示商家未回复。',
    en: 'Screenshot the shop\'s reply with its time; if the shop never replied, screenshot the whole chat from your message until now, with the times showing no reply.',
  },
  docs: {
    what: {
      zh: '案件里有聊天记录，但识别不到任何一条商家的回复。',
      en: 'The case has a chat, but no message from the merchant can be found in it.',
    },
    why: {
      zh: '商家如何回应（承诺补发、拒绝处理或一直不回）是平台判定商家责任的重要依据；只有你单方面的消息，审核人员看不出商家的态度。',
      en: 'How the merchant responded (promised a replacement, refused, or never answered) is what the platform uses to judge the merchant\'s responsibility; your messages alone do not show it.',
    },
    fix: {
      zh: '如果商家回复过，把回复所在的那段聊天也截进来；如果商家一直没回，截图从你发出消息到现在的完整对话，让时间显示商家未回复。',
      en: 'If the merchant replied, include the part of the chat with the reply; if they never did, screenshot the whole chat from your message until now so the times show there was no answer.',
    },
  },
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
    // A chat whose sides nothing told (a screenshot framed in a photo editor, read as one block)
    // may hold the shop's reply among its lines: no reply is shown missing.
    const sided = chats.filter((c) => c.lines.some((l) => isParty(l.side)));
    if (sided.length > 0 && model.facts.replies.length === 0) report('none', { file: sided[0]!.file });
  },
});
