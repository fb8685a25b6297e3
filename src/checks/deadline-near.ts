import { defineCheck } from './define.js';
import { durationText, timeText } from '../time.js';

export default defineCheck({
  code: 'deadline-near',
  severity: 'warning',
  penalty: 8,
  docs: {
    what: {
      zh: '申请期限还没过，但剩余时间已不到整个期限的四分之一，或不到 2 小时。',
      en: 'The window is still open, but less than a quarter of it, or less than two hours, is left.',
    },
    why: {
      zh: '错过期限就会被视为默认收货，申请期限一般不能延长，而证据通常可以在提交后补充。',
      en: 'Missing the window means the goods count as accepted; the window usually cannot be extended, while evidence can usually be added after filing.',
    },
    fix: {
      zh: '尽快在平台提交退款申请，先上传已有的订单、聊天和报错截图，缺的证据在商家处理阶段再补充。',
      en: 'File on the platform now with the order, chat and error screenshots you already have, and add what is missing while the merchant is handling it.',
    },
  },
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
