import { defineCheck } from './define.js';
import { durationText, timeText } from '../time.js';

export default defineCheck({
  code: 'deadline-passed',
  severity: 'error',
  docs: {
    what: {
      zh: '申请时间（filed_at、--now 或当前时间）已超过截止时间。截止时间从发货时间（没有则用付款时间）或付款时间起算，期限取平台规则；卡密无效、账号无法激活、商品描述不符这三类，商品条款写了更短的期限时按条款算。',
      en: 'The filing time (filed_at, --now or the clock) is after the due time. The window runs from delivery (or payment when no delivery time is known) or from payment, with the length set by the platform profile; for invalid code, activation failed and not as described, a shorter window in the product terms applies instead.',
    },
    why: {
      zh: '超过平台规定时限（如卡密问题需在 24 小时内反馈）通常视为默认收货，超时申请基本会被驳回。',
      en: 'Past the platform\'s window (for example 24 hours for a card code problem) the goods count as accepted, and late claims are usually rejected.',
    },
    fix: {
      zh: '先核对 case.yaml 的 filed_at 和 order.json 的 paid_at、delivered_at 是否正确；确实超时的，仍可联系平台客服，附上能证明你在期限内首次向商家反馈的带时间的聊天截图。',
      en: 'First check filed_at in case.yaml and paid_at and delivered_at in order.json; if the window really has closed, you can still contact platform support with a dated chat screenshot showing that you first reported the problem within the window.',
    },
  },
  messages: {
    passed: {
      message: {
        zh: '申请期限已过: 截止 {due} ({window}, 从{anchor}起算{source}), 已超出 {late}',
        en: 'The window closed at {due} ({window} from {anchor}{source}); {late} late',
      },
      suggestion: {
        zh: '期限已过的申请通常会被驳回; 仍可在平台联系客服说明你何时首次反馈 (附带时间的聊天截图)。',
        en: 'Late claims are usually rejected; you can still contact platform support and show when you first reported the problem (a chat screenshot with the time).',
      },
    },
  },
  evaluate(model, report) {
    const d = model.deadline;
    if (d.status !== 'passed' || !d.due || d.windowMinutes === undefined || d.remainingHours === undefined) return;
    report('passed', {
      file: d.terms?.file ?? null,
      boxes: [d.terms?.box],
      data: {
        due: timeText(d.due, model.timezone),
        window: durationText(d.windowMinutes),
        anchor: d.anchorName === 'delivered_at' ? { zh: '发货', en: 'delivery' } : { zh: '付款', en: 'payment' },
        source: d.windowFrom === 'terms' ? { zh: ', 按商品售后条款', en: ', per the product terms' } : { zh: '', en: '' },
        late: durationText(-d.remainingHours * 60),
      },
    });
  },
});
