import { defineCheck } from './define.js';
import { ofKind, reasonName } from './util.js';

export default defineCheck({
  code: 'chat-missing',
  severity: 'error',
  capture: {
    zh: '截图{chatTopic}的那段平台内聊天, 要带时间, 并包括商家的回复。',
    en: 'Screenshot the platform chat where {chatTopic}, with the times visible, including the shop\'s reply.',
  },
  docs: {
    what: {
      zh: '所选退款原因需要与商家的聊天记录（卡密无效、账号无法激活、未收到货、买错商品），但案件里没有可读的聊天截图或聊天导出文件。',
      en: 'The chosen reason needs the chat with the merchant (invalid card code, activation failed, not received, wrong purchase), but the case has no readable chat screenshot or exported chat log.',
    },
    why: {
      zh: '只有报错截图、没有和商家的沟通记录，商家很容易辩称是“消费者操作错误”；聊天记录能证明你及时反馈过问题，也给过商家处理的机会。',
      en: 'An error screenshot without the chat lets the merchant say it was the buyer\'s own mistake. The chat shows that you reported the problem in time and gave the merchant a chance to fix it.',
    },
    fix: {
      zh: '截图你在平台内向商家反馈问题的聊天（要带时间）以及商家的回复；还没联系过商家的，先通过平台聊天联系并保留记录。如果聊天截图没被识别，可把文件名改成以 chat 开头，或放进名为 chat 的文件夹。',
      en: 'Screenshot the platform chat where you reported the problem, with the times visible, and the merchant\'s reply; if you have not contacted the merchant yet, do it in the platform chat first. If a chat screenshot is not recognised, start its file name with chat or put it in a folder named chat.',
    },
  },
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
