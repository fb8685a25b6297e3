import { currencySign } from '../money.js';
import { defineCheck } from './define.js';

export default defineCheck({
  code: 'amount-mismatch',
  severity: 'warning',
  hurts: true,
  capture: {
    zh: '截图订单详情里的“实付金额”那一行, 和订单号在同一张图里。',
    en: 'Screenshot the "amount paid" line of the order details, in the same picture as the order number.',
  },
  docs: {
    what: {
      zh: '有订单记录时，订单截图上标出的金额（实付、金额或带 ¥ 的数字）没有一个与订单记录里的 amount 相同。',
      en: 'With an order record present, none of the amounts on an order screenshot (labelled as paid or amount, or marked with ¥) equals the amount in the order record.',
    },
    why: {
      zh: '退款以实付金额为准；订单记录和截图金额对不上，审核人员会怀疑截图是不是这笔订单、记录是否准确。',
      en: 'A refund is based on the amount actually paid; when the record and the screenshot disagree, the reviewer will doubt that the screenshot is this order or that the record is right.',
    },
    fix: {
      zh: '按订单详情里的“实付金额”（不是原价）核对并修改 order.json 的 amount；同时确认截图是这笔订单的详情页。',
      en: 'Check amount in order.json against the amount actually paid on the order details page (not the list price) and correct it, and make sure the screenshot is this order\'s details page.',
    },
  },
  messages: {
    differs: {
      message: { zh: '{file} 显示金额 {sign}{found}, 订单金额是 {sign}{own}', en: '{file} shows {sign}{found}; the order amount is {sign}{own}' },
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
      report('differs', { file, boxes: [shown.ref.box], data: { file, found: shown.value.toFixed(2), own: own.toFixed(2), sign: currencySign(order.currency) } });
    }
  },
});
