import { findPhrase } from '../facts/match.js';
import { mentionsProduct, productTokens } from '../model.js';
import { defineCheck } from './define.js';
import { sameOrderId } from './util.js';

const HOUR = 3_600_000;

export default defineCheck({
  code: 'evidence-unlinked',
  severity: 'warning',
  messages: {
    chat: {
      message: { zh: '聊天记录 {file} 与这笔订单对不上: 没有订单号、商品或对得上的时间', en: 'The chat {file} cannot be tied to this order: no order number, product or matching time' },
      suggestion: {
        zh: '截图里要有订单号或商品名, 并带上聊天时间; 可以在聊天里补发订单号再截图。',
        en: 'Include the order number or the product name and the chat time; you can send the order number in the chat and capture it.',
      },
    },
    error: {
      message: { zh: '报错截图 {file} 与这笔订单对不上: 没有订单号、商品或对得上的时间', en: 'The error capture {file} cannot be tied to this order: no order number, product or matching time' },
      suggestion: {
        zh: '重新截图时让商品/游戏名、卡号后几位和时间出现在画面里 (例如下拉出状态栏的日期)。',
        en: 'Capture it again with the product or game name, the last digits of the code and the date visible (e.g. pull down the status bar).',
      },
    },
  },
  evaluate(model, report) {
    const { order, facts } = model;
    if (order.source === 'none') return;
    const tokens = productTokens(order.product);
    const merchant = order.merchant ? [order.merchant] : [];
    const start = (order.paidAt?.getTime() ?? Number.NEGATIVE_INFINITY) - HOUR;
    const end = model.filedAt.getTime() + 24 * HOUR;
    for (const ev of model.evidence) {
      if (ev.unreadable || (ev.kind !== 'chat' && ev.kind !== 'error')) continue;
      const text = ev.lines.map((l) => l.text).join('\n');
      const byId = order.orderId !== undefined && facts.orderIds.some((f) => f.ref.file === ev.file && sameOrderId(f.value, order.orderId!));
      const byProduct = mentionsProduct(text, tokens) || (merchant.length > 0 && findPhrase(text, merchant) !== undefined);
      const byTime =
        order.paidAt !== undefined &&
        facts.times.some((t) => t.ref.file === ev.file && t.at.getTime() >= start && t.at.getTime() <= end);
      if (!byId && !byProduct && !byTime) report(ev.kind, { file: ev.file, data: { file: ev.file } });
    }
  },
});
