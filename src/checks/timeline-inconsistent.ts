import { defineCheck } from './define.js';
import { timeText } from '../time.js';
import { CLOCK_SLACK as SLACK } from '../time.js';

export default defineCheck({
  code: 'timeline-inconsistent',
  severity: 'warning',
  hurts: true,
  capture: {
    zh: '用带日期的截图 (聊天里的日期分隔、手机状态栏时间) 重新截取, 核对付款、报错、反馈的先后。',
    en: 'Capture again with dates visible (the chat date separator, the phone status bar) and check the order of payment, error and report.',
  },
  docs: {
    what: {
      zh: '时间前后矛盾：订单记录里的发货时间早于付款时间，付款时间晚于申请时间，或某张聊天、报错截图上的时间早于付款或晚于申请时间，截图文件名里的拍摄时间 (Screenshot_20270819-211122) 也算（允许 10 分钟误差）。',
      en: 'The times contradict each other: the order record has delivery before payment, payment after the filing time, or a chat or error capture is dated before the payment or after the filing time, by a time it shows or the time in its file name (Screenshot_20270819-211122) (with 10 minutes of slack).',
    },
    why: {
      zh: '付款前的报错或聊天证明不了这笔订单的问题，时间顺序说不通的证据会让审核人员怀疑截图的来源和真实性。',
      en: 'An error or chat from before the payment proves nothing about this order, and evidence whose times do not add up makes reviewers doubt where the screenshots came from.',
    },
    fix: {
      zh: '核对 order.json 的 paid_at、delivered_at 和 case.yaml 的 filed_at、timezone（不带时区的时间按 timezone 理解）；删掉不属于这笔订单的截图，需要时用能看到日期的截图重新截取。',
      en: 'Check paid_at and delivered_at in order.json and filed_at and timezone in case.yaml (times without an offset are read in that zone); remove screenshots that do not belong to this order, and recapture with the dates visible where needed.',
    },
  },
  messages: {
    beforePurchase: {
      message: { zh: '{file} 的时间 {at} 早于付款时间 {paid}', en: '{file} is dated {at}, before the payment at {paid}' },
      suggestion: {
        zh: '确认这张截图属于这笔订单; 付款前的报错或聊天不能证明这笔订单的问题。',
        en: 'Make sure this screenshot belongs to this order; an error or chat from before the payment proves nothing about it.',
      },
    },
    afterFiling: {
      message: { zh: '{file} 的时间 {at} 晚于申请时间 {filed}', en: '{file} is dated {at}, after the filing time {filed}' },
      suggestion: {
        zh: '检查截图日期和申请时间; 申请时提交的证据不能晚于申请本身。',
        en: 'Check the screenshot date and the filing time; evidence cannot postdate the filing.',
      },
    },
    paidAfterFiling: {
      message: { zh: '付款时间 {paid} 晚于申请时间 {filed}', en: 'The payment time {paid} is after the filing time {filed}' },
      suggestion: { zh: '核对订单记录的 paid_at 和 --now / filed_at (注意时区)。', en: 'Check paid_at in the order record and --now / filed_at (mind the time zone).' },
    },
    deliveredBeforePaid: {
      message: { zh: '订单记录的发货时间 {delivered} 早于付款时间 {paid}', en: 'The order record says delivered at {delivered}, before paid at {paid}' },
      suggestion: { zh: '核对订单记录里的 paid_at 和 delivered_at。', en: 'Check paid_at and delivered_at in the order record.' },
    },
  },
  evaluate(model, report) {
    const { order, facts, timezone } = model;
    if (order.paidAt && order.deliveredAt && order.deliveredAt.getTime() < order.paidAt.getTime() - SLACK) {
      report('deliveredBeforePaid', { file: order.file ?? null, data: { delivered: timeText(order.deliveredAt, timezone), paid: timeText(order.paidAt, timezone) } });
    }
    if (order.paidAt && order.paidAt.getTime() > model.filedAt.getTime() + SLACK) {
      report('paidAfterFiling', { file: order.file ?? null, data: { paid: timeText(order.paidAt, timezone), filed: timeText(model.filedAt, timezone) } });
    }
    const seen = new Set<string>();
    // A chat may hold messages from before the purchase (asking for stock) and tell of times past (卡今天凌晨3点就被充掉了):
    // it predates the purchase only when its last time does.
    const last = new Map<string, number>();
    for (const t of facts.times) if (t.ref.kind === 'chat') last.set(t.ref.file, Math.max(last.get(t.ref.file) ?? 0, t.at.getTime()));
    for (const t of facts.times) {
      // A time the screenshot shows, or the phone's file name gives (Screenshot_20270819-211122: when it was taken).
      if (t.label || (t.ref.kind !== 'chat' && t.ref.kind !== 'error')) continue;
      if (seen.has(t.ref.file)) continue;
      const paid = order.paidAt;
      if (paid && t.at.getTime() < paid.getTime() - SLACK && (t.ref.kind !== 'chat' || last.get(t.ref.file)! < paid.getTime() - SLACK)) {
        seen.add(t.ref.file);
        report('beforePurchase', { file: t.ref.file, boxes: [t.ref.box], data: { file: t.ref.file, at: timeText(t.at, timezone), paid: timeText(paid, timezone) } });
      } else if (t.at.getTime() > model.filedAt.getTime() + SLACK) {
        seen.add(t.ref.file);
        report('afterFiling', { file: t.ref.file, boxes: [t.ref.box], data: { file: t.ref.file, at: timeText(t.at, timezone), filed: timeText(model.filedAt, timezone) } });
      }
    }
  },
});
