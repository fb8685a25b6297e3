import { defineCheck } from './define.js';
import { reasonName } from './util.js';

export default defineCheck({
  code: 'claim-unsupported',
  severity: 'error',
  messages: {
    unsupported: {
      message: { zh: '证据里没有任何内容支持"{reason}"', en: 'Nothing in the evidence supports "{reason}"' },
      suggestion: {
        zh: '谁主张谁举证: 补充能证明"{reason}"的截图 ({what})。',
        en: 'The claimant must prove it: add screenshots that show "{reason}" ({what}).',
      },
    },
  },
  evaluate(model, report) {
    const { facts, reasonId } = model;
    const failures = facts.failures.filter((f) => model.reason.failures.includes(f.kind) && f.ref.kind !== 'policy');
    const notArrived = facts.failures.some((f) => f.kind === 'not_arrived' && f.ref.kind !== 'policy') || facts.undelivered.length > 0;
    let supported: boolean;
    let what: { zh: string; en: string };
    switch (reasonId) {
      case 'card_invalid':
      case 'activation_failed':
        supported = failures.length > 0;
        what = { zh: '报错提示截图, 以及你向商家反馈的聊天', en: 'the error message, and the chat where you reported it' };
        break;
      case 'not_received':
        supported = notArrived;
        what = { zh: '显示未发货/未到账的订单页, 以及你催发货的聊天', en: 'the order page showing it undelivered, and the chat where you asked for it' };
        break;
      case 'late_delivery':
        supported = facts.deliveryPromises.length > 0 || facts.windows.length > 0 || notArrived;
        what = { zh: '商家承诺的发货时间, 以及超时未发货的订单页', en: 'the delivery time the merchant promised, and the order still undelivered after it' };
        break;
      case 'not_as_described':
        supported = facts.notAsDescribed.length > 0 || (facts.promises.length > 0 && facts.failures.length > 0);
        what = { zh: '商品描述或商家承诺, 以及与之不符的实际情况', en: 'the description or promise, and what differs from it' };
        break;
      case 'wrong_purchase':
        supported = facts.wrongPurchase.length + facts.cancels.length > 0;
        what = { zh: '你及时请求取消订单的聊天', en: 'the chat where you promptly asked to cancel' };
        break;
      default:
        return;
    }
    if (!supported) report('unsupported', { data: { reason: reasonName(model), what } });
  },
});
