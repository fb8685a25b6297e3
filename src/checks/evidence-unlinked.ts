import { findPhrase } from '../facts/match.js';
import { mentionsProduct, productTokens } from '../model.js';
import { defineCheck } from './define.js';
import { timeText } from '../time.js';
import { sameOrderId, takenBeforePurchase } from './util.js';

const HOUR = 3_600_000;

export default defineCheck({
  code: 'evidence-unlinked',
  severity: 'warning',
  capture: {
    zh: '截图时把订单号{orderIdSpaced}或商品名一起截进去; 聊天里没提过订单号就先发一次再截图。',
    en: 'Capture the order number{orderIdSpaced} or the product name in the same screenshot; if the chat never mentions the order number, send it once and screenshot that.',
  },
  docs: {
    what: {
      zh: '某张聊天记录或报错截图里既没有本订单的订单号，也没有商品名或店铺名，也没有落在付款前 1 小时到申请后 24 小时之间的时间，无法和这笔订单对应；或者它是在付款之前截的（文件名或报错画面上的时间），又没有本订单的订单号。',
      en: 'A chat or error capture shows neither this order\'s number, nor the product or shop name, nor any time between one hour before payment and 24 hours after filing, so it cannot be tied to this order; or it was taken before the payment (by the time in its file name or on the error screen) and shows no order number of this order.',
    },
    why: {
      zh: '证据链要有关联性：一张看不出属于哪笔订单的报错截图可能来自任何一张卡，商家可以说那不是他卖出的卡密。',
      en: 'An evidence chain needs links: an error capture that shows no order could come from any code, and the merchant can say it is not the code they sold.',
    },
    fix: {
      zh: '重新截图时让商品或游戏名、卡号后几位和日期出现在画面里（例如下拉出手机状态栏）；聊天里没提过订单号的，先在平台聊天里发一次订单号再截图。',
      en: 'Capture it again with the product or game name, the last digits of the code and the date visible (for example by pulling down the phone\'s status bar); if the chat never mentions the order number, send it once in the platform chat and screenshot that.',
    },
  },
  messages: {
    chat: {
      message: { zh: '聊天记录 {file} 与这笔订单对不上: 没有订单号、商品或对得上的时间', en: 'The chat {file} cannot be tied to this order: no order number, product or matching time' },
      suggestion: {
        zh: '截图里要有订单号或商品名, 并带上聊天时间; 可以在聊天里补发订单号再截图。',
        en: 'Include the order number or the product name and the chat time; you can send the order number in the chat and capture it.',
      },
    },
    early: {
      message: {
        zh: '{file} 是在这笔订单付款之前截的 ({at}), 上面的报错属于别的卡或更早的尝试',
        en: '{file} was taken before this order was paid ({at}); what it shows belongs to another code or an earlier try',
      },
      suggestion: {
        zh: '用这笔订单的卡密重新操作, 截下带时间的报错; 删掉不属于这笔订单的截图。',
        en: 'Redeem this order\'s code again and capture the error with the time showing; remove screenshots that do not belong to this order.',
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
      if (!byId && !byProduct && !byTime) {
        report(ev.kind, { file: ev.file, data: { file: ev.file } });
        continue;
      }
      // Taken before the payment (its file name's or its screen's time), with no number of this order: another code's.
      const early = byId ? undefined : takenBeforePurchase(model, ev.file);
      if (early) report('early', { file: ev.file, data: { file: ev.file, at: timeText(early, model.timezone) } });
    }
  },
});
