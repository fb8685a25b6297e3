import { defineCheck } from './define.js';
import { durationText, timeText } from './util.js';

export default defineCheck({
  code: 'deadline-passed',
  severity: 'error',
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
