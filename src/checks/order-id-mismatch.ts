import { findPhrase } from '../facts/match.js';
import type { CaseModel } from '../model.js';
import { endsWithSecretLabel } from '../secret-labels.js';
import type { Box, EvidenceKind } from '../types.js';
import { defineCheck } from './define.js';
import { sameOrderId } from './util.js';

/** A number in the evidence written the way this order's number is written. */
interface ShapedId {
  value: string;
  /** As written on its line, and the line. */
  raw: string;
  text: string;
  file: string;
  kind: EvidenceKind;
  box?: Box;
}

/**
 * A pattern for numbers of this order's shape: a digit where it has a digit, a letter (any
 * case) where it has a letter (a hex digit anywhere in a hexadecimal number), its separators kept; OCR and people may put a space between
 * groups ("2026 1124 0000 0012 345"). Numbers of 10 characters or fewer are too common to tell, unless
 * letters and digits mix (six or fewer then).
 */
function shapePattern(own: string): RegExp | undefined {
  const chars = [...own.replace(/\s+/g, '')];
  const alnum = chars.filter((c) => /[A-Za-z0-9]/.test(c)).length;
  // Letters and digits mixed ("SK-2028-1187", "MP-52008") tell a shop's numbers at fewer characters.
  const mixed = chars.some((c) => /[A-Za-z]/.test(c)) && chars.some((c) => /\d/.test(c));
  if (alnum <= (mixed ? 6 : 10)) return undefined;
  // A hexadecimal number (an invoice's "5c8e21-a04f9b37d6-71d2ee") puts letters and digits anywhere.
  const hex = mixed && /^[0-9a-f]+(?:-[0-9a-f]+)*$/.test(own.trim());
  const body = chars
    .map((c) => (hex && /[0-9a-f]/.test(c) ? '[0-9a-f]' : /\d/.test(c) ? '\\d' : /[A-Za-z]/.test(c) ? '[A-Za-z]' : `\\${c}`))
    .join(' ?');
  return new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, 'g');
}

/**
 * Numbers of this order's shape named after an order label ("订单号", "order #") that the
 * extraction's order-number forms do not cover (a 12-digit number, lower-case letters, a
 * number written in groups or with dashes): another order of the same shop.
 */
function sameShapeIds(model: CaseModel, own: string): ShapedId[] {
  const pattern = shapePattern(own);
  if (!pattern) return [];
  const lex = model.rules.lexicon;
  const found: ShapedId[] = [];
  for (const ev of model.evidence) {
    if (ev.unreadable) continue;
    for (const line of ev.lines) {
      for (const m of line.text.matchAll(pattern)) {
        const before = line.text.slice(0, m.index);
        if (endsWithSecretLabel(before)) continue;
        // The nearest label before the number, on this line, must be an order label (not a trade or ticket label).
        const tail = before.slice(-12);
        if (!findPhrase(tail, lex.labels.order_id) || findPhrase(tail, lex.labels.trade_id)) continue;
        found.push({ value: m[0].replace(/ /g, ''), raw: m[0], text: line.text, file: ev.file, kind: ev.kind, box: line.box });
      }
    }
  }
  return found;
}

/**
 * Whether a number is named as the buyer's other order ("您另外那单 …8265", "your other order
 * …") in a file that also names this order: the evidence is about this order, told apart.
 */
function namedOther(model: CaseModel, file: string, text: string, value: string, own: string): boolean {
  const at = text.indexOf(value);
  const other = model.rules.lexicon.other_order;
  // Named as the other order right before it, or the chat speaks of two orders ("两单都发了", "both orders").
  const toldApart =
    (at >= 0 && findPhrase(text.slice(Math.max(0, at - 12), at), other) !== undefined) ||
    model.evidence.some((ev) => ev.file === file && ev.kind === 'chat' && ev.lines.some((l) => findPhrase(l.text, model.rules.lexicon.two_orders) !== undefined));
  return toldApart && model.facts.orderIds.some((o) => o.ref.file === file && sameOrderId(o.value, own));
}

/** Same length, same letter prefix, same first two characters: another order of the same shop system. */
function sameShape(candidate: string, own: string): boolean {
  const prefix = (s: string): string => /^[A-Z]*/i.exec(s)![0].toUpperCase();
  return candidate.length === own.length && prefix(candidate) === prefix(own) && candidate.slice(0, 2).toUpperCase() === own.slice(0, 2).toUpperCase();
}

export default defineCheck({
  code: 'order-id-mismatch',
  severity: 'error',
  capture: {
    zh: '在聊天里发一次本订单的订单号{orderIdSpaced}, 截图商家确认的那段, 要带时间。',
    en: 'Send this order\'s number{orderIdSpaced} in the chat and screenshot the shop\'s confirmation, with the time.',
  },
  docs: {
    what: {
      zh: '证据里出现的订单号与本订单的订单号不同；已容许识别误差，交易流水号不算，没有标注的数字只有格式与本店订单号一致时才会比对。',
      en: 'An order number in the evidence differs from this order\'s number. Small recognition errors are allowed, trade or transaction numbers are ignored, and an unlabelled number is compared only when it has the same shape as this shop\'s order numbers.',
    },
    why: {
      zh: '订单号对不上，说明这张截图可能属于另一笔订单，无法证明这笔订单的问题，还可能让人怀疑证据的真实性。',
      en: 'A different order number suggests the screenshot belongs to another purchase: it proves nothing about this order and can make the evidence look unreliable.',
    },
    fix: {
      zh: '删掉属于其他订单的截图，并核对 order.json 里的 order_id；如果是聊天里报错了单号，在平台聊天中补发正确的订单号，并截图商家确认的那段。',
      en: 'Remove screenshots that belong to other orders and check order_id in order.json; if you quoted the wrong number in the chat, send the correct one in the platform chat and screenshot the merchant\'s acknowledgement.',
    },
  },
  messages: {
    differs: {
      message: { zh: '{file} 里的订单号 {found} 与本订单 {own} 不一致', en: 'The order number {found} in {file} differs from this order ({own})' },
      suggestion: {
        zh: '确认截图属于这笔订单; 如果聊天里报错了单号, 向商家补发正确的订单号并截图。',
        en: 'Make sure the screenshot belongs to this order; if you quoted the wrong number in the chat, send the merchant the right one and capture that.',
      },
    },
  },
  evaluate(model, report) {
    const own = model.order.orderId;
    if (!own) return;
    // The shop saying in a chat that it cannot find the order named there ("查不到这个订单", "can't
    // find that order"): a number a digit off in that chat is another number, not an OCR slip.
    const disowned = new Set(model.facts.replies.filter((r) => findPhrase(r.text, model.rules.lexicon.order_not_found) !== undefined).map((r) => r.file));
    const sameIn = (file: string, a: string, b: string): boolean => sameOrderId(a, b, disowned.has(file) ? 0 : 2);
    const reported = new Set<string>();
    // Numbers the shop names as this order's own (the payment's number: "单号…就是你这笔").
    const aliases = model.facts.orderIds.filter((o) => o.ref.kind === 'chat' && o.ref.side === 'merchant' && findPhrase(o.ref.text, model.rules.lexicon.same_order) !== undefined).map((o) => o.value);
    // A top-up or payment provider's own record (Midasbuy, Codashop, 易支付): its 订单号 of another
    // shape is the provider's number for the shop's top-up or the payment, not another order.
    const providers = new Set(model.evidence.filter((ev) => ev.kind !== 'chat' && ev.lines.some((l) => findPhrase(l.text, model.rules.lexicon.provider_page) !== undefined)).map((ev) => ev.file));
    for (const fact of model.facts.orderIds) {
      // A number under a trade label (商户单号 on a payment's bill) is the payment's, unless it is
      // written as this shop writes its orders, letters first ("KM2808081147306612" beside "KM…0457").
      const shopShaped = /^[A-Z]{2,}/i.test(fact.value) && sameShape(fact.value, own);
      if ((fact.label === 'trade' && !shopShaped) || sameIn(fact.ref.file, fact.value, own) || aliases.some((a) => sameOrderId(a, fact.value))) continue;
      if (providers.has(fact.ref.file) && !sameShape(fact.value, own)) continue;
      // A number nobody labelled is taken for an order number only when it has the shape
      // of this shop's numbers (a card code, a phone or an ID number does not).
      if (fact.label === 'bare' && !sameShape(fact.value, own)) continue;
      // A page that shows this order's own number may show a trade number beside it, or the
      // payment's own number under a plain 订单号 (an Alipay bill's 28-digit 订单号 above its
      // 商家订单号): only a number of this shop's shape is another order there.
      const besideOwn = fact.ref.kind !== 'chat' && model.facts.orderIds.some((o) => o.ref.file === fact.ref.file && sameIn(o.ref.file, o.value, own));
      if (besideOwn && (fact.label === 'bare' || !sameShape(fact.value, own))) continue;
      // "您另外那单 …8265 已经充好了，这单 …2381 还没充": another order named as such, beside this one.
      if (namedOther(model, fact.ref.file, fact.ref.text, fact.value, own)) continue;
      const key = `${fact.ref.file}\0${fact.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report('differs', {
        file: fact.ref.file,
        boxes: [fact.ref.box],
        data: { file: fact.ref.file, found: fact.value, own },
      });
    }
    // Another order of the same shop written in this order's own form, which the order-number forms above may miss.
    const compact = (v: string): string => v.replace(/[\s-]/g, '');
    for (const id of sameShapeIds(model, own)) {
      if (sameIn(id.file, compact(id.value), compact(own)) || aliases.some((a) => sameOrderId(compact(a), compact(id.value)))) continue;
      if (model.facts.orderIds.some((o) => o.ref.file === id.file && sameIn(id.file, compact(o.value), compact(id.value)))) continue;
      if (namedOther(model, id.file, id.text, id.raw, own)) continue;
      const key = `${id.file}\0${id.value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      report('differs', { file: id.file, boxes: [id.box], data: { file: id.file, found: id.value, own } });
    }
  },
});
