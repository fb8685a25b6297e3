import { defineCheck } from './define.js';

export default defineCheck({
  code: 'evidence-irrelevant',
  severity: 'info',
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
    for (const ev of model.evidence) {
      // A cut-off image is not judged on the part that arrived (evidence-unreadable says so).
      if (ev.unreadable || ev.keptFraction !== undefined || ev.kind !== 'other' || ev.lines.length === 0) continue;
      const used =
        facts.orderIds.some((f) => f.ref.file === ev.file) ||
        facts.amounts.some((f) => f.ref.file === ev.file) ||
        facts.failures.some((f) => f.ref.file === ev.file) ||
        facts.privateChannel.some((f) => f.file === ev.file);
      if (!used) report('irrelevant', { file: ev.file, data: { file: ev.file } });
    }
  },
});
