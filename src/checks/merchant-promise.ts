import { defineCheck } from './define.js';
import { promiseKept } from './util.js';

export default defineCheck({
  code: 'merchant-promise',
  severity: 'info',
  penalty: -5,
  docs: {
    what: {
      zh: '商家在聊天里做过的承诺正好对应这次的问题：卡密无效、账号无法激活、商品描述不符时，是“卡密100%有效”“包售后”这类质量承诺；未收到货、延迟发货时，是“10分钟内发货”这类发货时间承诺。这是加分项，不是问题。',
      en: 'The merchant made a promise in the chat that covers what failed: for invalid code, activation failed and not as described, a quality promise such as the code being 100 percent valid or after-sales being covered; for not received and late delivery, a promised delivery time such as delivery within 10 minutes. This strengthens the claim and is not a problem.',
    },
    why: {
      zh: '商家承诺“卡密100%有效”而使用时却提示“已被使用”，承诺加报错就构成完整的证据链，退款请求更有说服力。',
      en: 'A promise that the code is valid, followed by an error saying it has already been used, closes the evidence chain and makes the refund request much more convincing.',
    },
    fix: {
      zh: '无需修改：在退款申请说明里引用这句承诺，并附上包含这句话的聊天截图。',
      en: 'Nothing to fix: quote this promise in the refund note and attach the chat screenshot that shows it.',
    },
  },
  messages: {
    promise: {
      message: { zh: '商家承诺过: "{quote}", 这让你的证据链更完整', en: 'The merchant promised: "{quote}"; this strengthens the claim' },
      suggestion: { zh: '在申请说明里引用这句承诺, 并附上这张截图。', en: 'Quote this promise in the refund request and attach the screenshot.' },
    },
  },
  evaluate(model, report) {
    const { facts, reason } = model;
    // A refund or replacement undertaking first: it is the strongest thing a merchant can say.
    // A delivery time kept, or not run out yet, strengthens no claim that it was broken.
    const delivery = reason.promise === 'delivery' && !promiseKept(model) ? facts.deliveryPromises[0]?.ref : undefined;
    const ref = facts.undertakings[0] ?? (reason.promise === 'quality' ? facts.promises[0] : delivery);
    if (ref) report('promise', { file: ref.file, boxes: [ref.box], data: { quote: ref.text } });
  },
});
