import { mentionsProduct, namingTokens } from '../model.js';
import { defineCheck } from './define.js';

export default defineCheck({
  code: 'evidence-irrelevant',
  severity: 'info',
  penalty: 3,
  docs: {
    what: {
      zh: '某张图片能读出文字，但既不是订单、聊天、报错或售后条款页面，也读不出订单号、金额、报错提示等任何与申请有关的内容。',
      en: 'An image has readable text but is not an order, chat, error or terms page, and nothing in it relates to the claim: no order number, amount or error message.',
    },
    why: {
      zh: '证据的精准性比数量更重要；审核人员只看与退款理由相关的证据，无关图片只会分散注意力。',
      en: 'Precise evidence counts for more than a lot of it: reviewers look for what fits the reason, and unrelated images only distract from it.',
    },
    fix: {
      zh: '把这张图从案件文件夹里删掉；如果它其实是订单、聊天、报错或条款截图，把文件名改成以 order、chat、error 或 policy 开头，或放进同名文件夹。',
      en: 'Remove the image from the case folder; if it really is an order, chat, error or terms screenshot, start its file name with order, chat, error or policy, or put it in a folder with that name.',
    },
  },
  messages: {
    irrelevant: {
      message: { zh: '{file} 与这次退款无关: 看不到订单、聊天、报错或售后条款', en: '{file} supports nothing in the claim: no order, chat, error or terms in it' },
      suggestion: {
        zh: '审核只看与退款理由相关的证据, 把这张图去掉, 让证据更集中。',
        en: 'Reviewers look for evidence that fits the reason: leave this image out so the rest stands out.',
      },
    },
  },
  evaluate(model, report) {
    const { facts } = model;
    // A screen naming the goods bought (the app's own licence page showing "Plan: Pro (1 year)"
    // for a lifetime licence) is what a not-as-described claim rests on: words every listing
    // shares (license, gift card) name nothing.
    const product = namingTokens(model.order.product);
    for (const ev of model.evidence) {
      // A cut-off image is not judged on the part that arrived (evidence-unreadable says so).
      if (ev.unreadable || ev.keptFraction !== undefined || ev.kind !== 'other' || ev.lines.length === 0) continue;
      const used =
        facts.orderIds.some((f) => f.ref.file === ev.file) ||
        facts.amounts.some((f) => f.ref.file === ev.file) ||
        facts.failures.some((f) => f.ref.file === ev.file) ||
        facts.privateChannel.some((f) => f.file === ev.file) ||
        ev.lines.some((l) => mentionsProduct(l.text, product));
      if (!used) report('irrelevant', { file: ev.file, data: { file: ev.file } });
    }
  },
});
