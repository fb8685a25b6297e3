import { defineCheck } from './define.js';

export default defineCheck({
  code: 'private-channel',
  severity: 'warning',
  penalty: 8,
  hurts: true,
  docs: {
    what: {
      zh: '证据里出现了到平台外私下处理的提议或请求，例如“加微信”“私下转账”“直接转你支付宝”；在店铺自己的收银台用支付宝、微信、QQ钱包或 PayPal 付款不算。',
      en: 'The evidence shows an offer or request to settle outside the platform, such as adding each other on WeChat, a private transfer or sending money straight to an Alipay account; paying at the shop\'s own checkout with Alipay, WeChat Pay, QQ Wallet or PayPal does not count.',
    },
    why: {
      zh: '私下退款脱离了平台的第三方监管，商家收款或拖延后失联，你就失去了平台介入的依据；私下协商的记录也可能让平台认为双方已自行处理。',
      en: 'A private settlement takes the deal out of the platform\'s supervision: if the merchant disappears, you lose the grounds for the platform to step in, and the platform may treat the matter as settled between you.',
    },
    fix: {
      zh: '不要加微信、不要私下转账或收款，在平台聊天里回复“请通过平台退款”，然后走平台的退款流程；已经私下收付过款的，提交时如实告诉平台客服。',
      en: 'Do not add the merchant on WeChat or send or accept private transfers; reply in the platform chat that the refund should go through the platform, and file there. If money has already changed hands privately, tell platform support honestly when you file.',
    },
  },
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
