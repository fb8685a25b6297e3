import { defineCheck } from './define.js';
import { durationText, timeText } from './util.js';

export default defineCheck({
  code: 'deadline-near',
  severity: 'warning',
  messages: {
    near: {
      message: { zh: '期限快到了: 还剩 {left}, 截止 {due}', en: 'The window is closing: {left} left, until {due}' },
      suggestion: { zh: '尽快提交申请; 缺的证据可以在申请后补充。', en: 'File now; missing evidence can be added after filing.' },
    },
  },
  evaluate(model, report) {
    const d = model.deadline;
    if (d.status !== 'near' || !d.due || d.remainingHours === undefined) return;
    report('near', { data: { left: durationText(d.remainingHours * 60), due: timeText(d.due, model.timezone) } });
  },
});
