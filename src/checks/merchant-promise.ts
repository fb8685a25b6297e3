import { defineCheck } from './define.js';

const QUALITY = new Set(['card_invalid', 'activation_failed', 'not_as_described']);
const DELIVERY = new Set(['not_received', 'late_delivery']);

export default defineCheck({
  code: 'merchant-promise',
  severity: 'info',
  messages: {
    promise: {
      message: { zh: '商家承诺过: "{quote}", 这让你的证据链更完整', en: 'The merchant promised: "{quote}"; this strengthens the claim' },
      suggestion: { zh: '在申请说明里引用这句承诺, 并附上这张截图。', en: 'Quote this promise in the refund request and attach the screenshot.' },
    },
  },
  evaluate(model, report) {
    const { facts, reasonId } = model;
    const ref = QUALITY.has(reasonId) ? facts.promises[0] : DELIVERY.has(reasonId) ? facts.deliveryPromises[0]?.ref : undefined;
    if (ref) report('promise', { file: ref.file, boxes: [ref.box], data: { quote: ref.text } });
  },
});
