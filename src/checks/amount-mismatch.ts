import { defineCheck } from './define.js';

export default defineCheck({
  code: 'amount-mismatch',
  severity: 'warning',
  messages: {
    differs: {
      message: { zh: '{file} 显示金额 ¥{found}, 订单金额是 ¥{own}', en: '{file} shows ¥{found}; the order amount is ¥{own}' },
      suggestion: {
        zh: '核对订单记录的实付金额; 截图应是这笔订单的详情页。',
        en: 'Check the amount paid in the order record; the screenshot should be this order\'s details page.',
      },
    },
  },
  evaluate(model, report) {
    const { order } = model;
    if (order.source !== 'record' || order.amount === undefined) return;
    const own = order.amount;
    const byFile = new Map<string, typeof model.facts.amounts>();
    for (const a of model.facts.amounts) {
      if (a.ref.kind !== 'order' || !(a.labeled || a.ref.text.includes('¥') || a.ref.text.includes('￥'))) continue;
      byFile.set(a.ref.file, [...(byFile.get(a.ref.file) ?? []), a]);
    }
    for (const [file, amounts] of byFile) {
      if (amounts.some((a) => Math.abs(a.value - own) < 0.01)) continue;
      const shown = amounts.find((a) => a.labeled) ?? amounts[0]!;
      report('differs', { file, boxes: [shown.ref.box], data: { file, found: shown.value.toFixed(2), own: own.toFixed(2) } });
    }
  },
});
