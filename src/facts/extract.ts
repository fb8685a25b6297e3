import { TZDate } from '@date-fns/tz';
import { unionBox } from '../geometry.js';
import type { Lexicon } from '../rules/load.js';
import { BUYER_CAUSED, FAILURE_KINDS, type FailureKind } from '../rules/schema.js';
import { endsWithSecretLabel } from '../secret-labels.js';
import type { Evidence, EvidenceKind, TextLine } from '../types.js';
import { clauseAt, findPhrase, hasWord, type PhraseHit } from './match.js';
import { simplified } from './simplified.js';
import { sentenceQuote } from './quote.js';
import { CLOCK_SLACK } from '../time.js';
import type { FactRef, Facts } from './types.js';

/** Context for reading facts: the zone for times without offset, and a date to infer years from. */
export interface ExtractContext {
  lexicon: Lexicon;
  timezone: string;
  /** A time near the events (payment time, else now): years missing from "11月25日" come from it. */
  reference: Date;
  /** The order's payment time, when the case has an order record. */
  paidAt?: Date;
  /** The product the order record names: what it names is the goods, not something else failing ("… (invite link)"). */
  product?: string;
  /** Error codes and the failure kind each means (rules/error-codes.yaml). */
  errorCodes?: Record<string, FailureKind>;
}

export function emptyFacts(): Facts {
  return {
    orderIds: [],
    amounts: [],
    times: [],
    failures: [],
    reports: [],
    replies: [],
    promises: [],
    undertakings: [],
    deliveryPromises: [],
    wrongPurchase: [],
    wrongPurchaseAdmitted: [],
    ownUse: [],
    taken: [],
    goodsShown: [],
    unchecked: [],
    denials: [],
    cured: [],
    refunded: [],
    unpaid: [],
    cancels: [],
    notAsDescribed: [],
    privateChannel: [],
    threats: [],
    noRefund: [],
    windows: [],
    delivered: [],
    undelivered: [],
    products: [],
  };
}

// A long number glued to small English words ("order27081504418893says": PP-OCR drops the spaces
// of small text) is still one: digits alone may touch lower-case letters.
const ORDER_ID = /(?<![A-Za-z0-9/])([A-Z]{2,5}\/\d{8}\/[A-Z]{2,6}\/\d{6,12}|[A-Z]{1,4}\d{10,22}|(?=[A-Z0-9]{16}(?![A-Za-z0-9]))(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{16})(?![A-Za-z0-9])|(?<![A-Z0-9])(\d{14,32})(?![A-Z0-9])/g;
// An amount after a currency sign: yuan, or the sign of the order's own currency (NT$830, HK$99, €24.99, RM 35).
const MONEY = /(?:(?:[¥￥$€£₱₩₫đ]|(?<![A-Za-z])(?:RM|Rp))\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?!\d)|\d{1,7}(?:[.,]\d{1,2}(?!\d))?)|(?<![A-Za-z0-9])[Y#羊]\s?(\d{1,3}(?:,\d{3})+\.\d{2}|\d{1,7}[.,]\d{2})(?!\d))/g;
const FULL_TIME = /(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:[T ]?\s*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?/g;
/**
 * The value of an amount's digits: "2,800.00" has a thousands separator, "28,00" a decimal comma;
 * "549.000" (₫, Rp) and "1.234,50" (€) separate thousands with dots.
 */
function amountOf(digits: string): number {
  if (/,\d{3}(?!\d)/.test(digits)) return Number(digits.replace(/,/g, ''));
  if (/\.\d{3}(?!\d)/.test(digits)) return Number(digits.replace(/\./g, '').replace(',', '.'));
  return Number(digits.replace(',', '.'));
}
/** Whether a text shows an amount after a currency sign (MONEY is global: its `test` would keep state). */
function hasMoney(text: string): boolean {
  return text.search(MONEY) >= 0;
}
const MONTH_DAY_TIME = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2})\s*[:：]\s*(\d{2})/;
/** "Nov 24, 2026 20:00", "24 Nov 2026 8:00 PM", "November 24 2026 20:00". */
const MONTH_NAME_TIME = /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?\s+(20\d\d),?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RELATIVE_DAY_TIME = /(昨天|前天|今天)\s*(\d{1,2})\s*[:：]\s*(\d{2})/;
const BARE_TIME = /^(上午|下午|晚上|凌晨)?\s*(\d{1,2})\s*[:：]\s*(\d{2})$/;
const WINDOW = /(\d+(?:\.\d+)?|半|一|两|二|三|六|七|十二|十五|二十四|四十八)\s*(?:个|-)?\s*(?:(?:business|working)\s+)?(小时|钟头|分钟|工作日|天|日|个月|周|星期|hours?|hrs?|h|minutes?|mins?|days?|day|weeks?|wks?|months?)(?![a-z])\s*(?:内|之内|以内)?/i;
const WORKING_DAYS = /工作日|個工作天|(?:business|working)\s+days?/i;
// A range counts to its end: "within 24-48 hours" is 48 hours, "1-3个工作日" 3 days.
const WITHIN_EN = /within\s+(?:\*\*)?(?:\d+\s*(?:-|–|—|~|to)\s*)?(\d+|one|two|three|five|seven|ten|fourteen|fifteen|thirty)\s*(?:(?:business|working)\s+)?(hours?|hrs?|h|minutes?|mins?|days?|weeks?|months?)(?![a-z])/i;
/**
 * A product key shown, masked or not ("XBOX LIVE Gold : *****-*****-*****-*****-*****"): on a
 * page, the goods were delivered. It holds a letter or a mask; digits alone in groups are an
 * order or card number ("Order ID 1234-5678-9012-3456").
 */
const KEY_SHOWN = /(?<![A-Za-z0-9*-])(?=[A-Z0-9*-]*[A-Z*])[A-Z0-9*]{4,6}(?:-[A-Z0-9*]{4,6}){3,}(?![A-Za-z0-9*-])/;
/** A question mark: with the lexicon's question words ("是不是买错了?"), a message asking, not telling. */
const QUESTION_MARK = /[?？]/;
/** After a scam question's words, a question mark before the sentence ends ("are we being scammed?"). */
const THEN_QUESTION_MARK = /[^.!]*\?/;
/** Before a scam told of another, a question word ("how did he scam you", "did they rip off you"). */
const QUESTION_WORD_EN = /\b(?:how|did|has|have|why)\s+(?:did\s+)?/;
/** A time counted from the purchase: 购买后, 下单之日起, 购买时间不超过, "of purchase", "since the purchase". */
const PURCHASE_ANCHOR = /(?:购买|购入|下单|付款|支付|收货|订购)(?:后|之后|之日|日起|时间|起)|(?:of|after|since|from)\s+(?:the\s+)?(?:date\s+of\s+)?(?:purchase|order|payment)/i;
/** Numbers written as words, Chinese and English ("七天", "within five days"). */
const NUMBER_WORDS: Record<string, number> = { 半: 0.5, 一: 1, 两: 2, 二: 2, 三: 3, 六: 6, 七: 7, 十二: 12, 十五: 15, 二十四: 24, 四十八: 48, one: 1, two: 2, three: 3, five: 5, seven: 7, ten: 10, fourteen: 14, fifteen: 15, thirty: 30 };

/** Reads the facts of every evidence file of a case. */
export function extractFacts(evidence: Evidence[], ctx: ExtractContext): Facts {
  const facts = emptyFacts();
  for (const ev of evidence) {
    if (ev.unreadable) continue;
    extractFromEvidence(ev, ctx, facts);
  }
  return facts;
}

/** Reads the facts of the refund terms written in the order record. */
export function extractPolicyText(policy: string, file: string, ctx: ExtractContext, facts: Facts): void {
  const lines = policy.split(/[\n;；。]/).filter((l) => l.trim());
  lines.forEach((text, i) => readTerms({ file, kind: 'policy', line: i, text, side: 'unknown' }, policy, ctx, facts));
}

/**
 * The units facts are read from: each block (a chat bubble, a dialog message: its
 * wrapped lines joined, so a phrase broken over two lines is found); on an order page
 * each line, so a label stays with its value.
 */
function unitsOf(ev: Evidence): Unit[] {
  if (ev.kind === 'order') {
    // A note's sentence wrapped mid-clause ("… (usually 3 seconds to" over "1 minute).") is one.
    const units: Unit[] = [];
    for (const line of ev.lines) {
      const last = units[units.length - 1];
      if (last && proseWrapsOn(last.parts[last.parts.length - 1]!, line)) {
        last.text += ` ${line.text}`;
        last.box = last.box && line.box ? unionBox(last.box, line.box) : (last.box ?? line.box);
        last.words = [...(last.words ?? []), ...(line.words ?? [])];
        last.parts.push(line);
      } else units.push({ ...line, parts: [line] });
    }
    return units;
  }
  const units: Unit[] = [];
  for (const line of ev.lines) {
    // A button's label is no part of the message above it.
    if (line.button) continue;
    const last = units[units.length - 1];
    // Lines of another speaker in the same block (an e-mail's header above its body) are their own unit.
    if (last && (last.block === line.block || (ev.kind === 'chat' && wrapsOn(last.parts[last.parts.length - 1]!, line))) && last.side !== 'system' && last.side === line.side) {
      // A dialog's short title over its message ("Unable to redeem" / "Verify your email …") ends a
      // sentence: its words are not read into the message's (an "unable to" negating it).
      const above = last.parts[last.parts.length - 1]!.text.trim();
      const title = ev.kind !== 'chat' && /[A-Za-z]$/.test(above) && above.split(/\s+/).length <= 5 && /^[A-Z][a-z]/.test(line.text);
      const glue = title ? '. ' : /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
      last.text += glue + line.text;
      last.conf = Math.min(last.conf, line.conf);
      last.box = last.box && line.box ? unionBox(last.box, line.box) : (last.box ?? line.box);
      last.words = [...(last.words ?? []), ...(line.words ?? [])];
      last.parts.push(line);
    } else units.push({ ...line, parts: [line] });
  }
  return units;
}

/**
 * Whether a chat line goes on the message of the line above although the layout cut them into two
 * blocks: the same speaker, the same left edge, the next line at the line pitch (a new bubble
 * starts after its padding and margin, well over half a line further), the line above not ending
 * its sentence.
 */
function wrapsOn(above: TextLine, line: TextLine): boolean {
  if (!above.box || !line.box || (line.side !== 'buyer' && line.side !== 'merchant')) return false;
  const h = Math.min(above.box.h, line.box.h);
  const gap = line.box.y - (above.box.y + above.box.h);
  return Math.abs(line.box.x - above.box.x) <= h / 2 && gap >= -h / 4 && gap <= h * 0.6 && !/[。.!！?？~～]$|\d{1,2}[:：]\d{2}\S*$/.test(above.text.trim());
}

/**
 * Whether a line of an order page goes on the English sentence of the line above: the same left
 * edge, the next line at the line pitch, the line above stopping mid-clause (a lowercase word or a
 * comma) and this one going on in lowercase or with a number. A label and its value end in a value.
 */
function proseWrapsOn(above: TextLine, line: TextLine): boolean {
  if (!above.box || !line.box) return false;
  const h = Math.min(above.box.h, line.box.h);
  const gap = line.box.y - (above.box.y + above.box.h);
  return Math.abs(line.box.x - above.box.x) <= h / 2 && gap >= -h / 4 && gap <= h * 0.6 && /\s[a-z]+,?$|,$/.test(above.text.trim()) && /^(?:[a-z]|\d+\s*[a-z])/.test(line.text.trim());
}

/** A unit facts are read from, with the lines it was joined from. */
type Unit = TextLine & { parts: TextLine[] };

function extractFromEvidence(ev: Evidence, ctx: ExtractContext, facts: Facts): void {
  const lex = ctx.lexicon;
  const all = ev.lines.map((l) => l.text).join('\n');
  const units = unitsOf(ev);
  const nameTime = localNameTime(ev.nameTime, ctx.timezone);
  let dayContext: { y: number; mo: number; d: number } | undefined = nameTime;
  let separatorDay: { y: number; mo: number; d: number } | null | undefined;
  if (nameTime) {
    const t = nameTime;
    facts.times.push({
      at: wall(t.y, t.mo, t.d, t.h, t.mi, t.s, ctx.timezone),
      source: 'name',
      ref: { file: ev.file, kind: ev.kind, line: -1, text: ev.file, side: 'unknown' },
    });
  }
  const lapsed = ev.kind !== 'chat' && lapsedBefore(units.map((u) => u.text), ctx);
  // A chat's first day separator ("TODAY" over the shop's answer): the bare times above it are of
  // an earlier day the screenshot does not show, not of the screenshot's own.
  const firstSeparator = ev.kind === 'chat' ? units.findIndex((u) => daySeparator(u.text.trim(), nameTime, ctx) !== undefined) : -1;
  units.forEach((line, index) => {
    const ref: FactRef = { file: ev.file, kind: ev.kind, line: index, text: line.text, side: line.side, box: line.box, conf: line.conf };
    const text = line.text;
    const inStatusBar = ev.height !== undefined && line.box !== undefined && line.box.y + line.box.h < ev.height * 0.06;
    if (inStatusBar) return;

    // Order numbers, with the label on this line or the line before in the same block.
    const previous = index > 0 && units[index - 1]!.block === line.block ? units[index - 1]!.text : '';
    for (const m of text.matchAll(ORDER_ID)) {
      const before = text.slice(0, m.index);
      // A value beside a card-code, password, key, phone, ID or bank-card label is that secret; a
      // player's ID written as one word ("角色ID5190338271", "UID8120…") is the account's.
      if (/^U?ID\d/i.test(m[0]) || endsWithSecretLabel(before) || (before.replace(/[\s:：#]/g, '').length === 0 && endsWithSecretLabel(previous))) continue;
      const label =
        labelOf(before, lex) ?? (before.replace(/[\s:：#]/g, '').length === 0 ? labelOf(previous, lex) : undefined) ?? 'bare';
      facts.orderIds.push({ value: (m[1] ?? m[2])!, label, ref });
    }

    // Amounts.
    const amountLabel = findPhrase(text, lex.labels.amount) !== undefined;
    // Vietnamese dong as OCR reads its sign, before or after: "d500.000", "100.000d".
    const moneyText = text.replace(/(?<![A-Za-z])d(?=\d{1,3}(?:\.\d{3})+(?!\d))/g, '₫').replace(/(\d{1,3}(?:\.\d{3})+)\s?[dđ₫](?![A-Za-z])/g, '₫$1');
    for (const m of moneyText.matchAll(MONEY)) {
      const digits = (m[1] ?? m[2])!;
      const value = amountOf(digits);
      if (Number.isFinite(value)) facts.amounts.push({ value, labeled: amountLabel, ref });
    }
    if (amountLabel && !hasMoney(moneyText)) {
      // "Total INR 1,499.00": a thousands separator
      const m = /(?:实付|金额|合计|总价|应付|paid|total|amount)[^\d]{0,6}(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?!\d)|\d{1,7}(?:\.\d{1,2})?)\s*(?:元|rmb|cny)?/i.exec(text);
      if (m) facts.amounts.push({ value: amountOf(m[1]!), labeled: true, ref });
    }

    // Times.
    const timeLabel = findPhrase(text, lex.labels.delivered_at) ? 'delivered' : findPhrase(text, lex.labels.paid_at) ? 'paid' : undefined;
    let matchedTime = false;
    for (const m of text.matchAll(FULL_TIME)) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      matchedTime = true;
      dayContext = { y, mo, d };
      if (m[4] === undefined || isAhead(text, m.index)) continue;
      const at = wall(y, mo, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), ctx.timezone);
      facts.times.push({ at, label: timeLabel, source: 'text', ref });
    }
    const named = matchedTime ? null : MONTH_NAME_TIME.exec(text);
    if (named) {
      matchedTime = true;
      const mo = MONTHS.indexOf((named[1] ?? named[4])!.toLowerCase()) + 1;
      const d = Number(named[2] ?? named[3]);
      let h = Number(named[6]);
      if (named[8]?.toLowerCase() === 'pm' && h < 12) h += 12;
      if (named[8]?.toLowerCase() === 'am' && h === 12) h = 0;
      dayContext = { y: Number(named[5]), mo, d };
      facts.times.push({ at: wall(Number(named[5]), mo, d, h, Number(named[7]), 0, ctx.timezone), label: timeLabel, source: 'text', ref });
    }
    if (!matchedTime) {
      const md = MONTH_DAY_TIME.exec(text);
      const rel = RELATIVE_DAY_TIME.exec(text);
      const bare = BARE_TIME.exec(text.trim());
      const separator = daySeparator(text.trim(), nameTime, ctx);
      if (md) {
        const [mo, d] = [Number(md[1]), Number(md[2])];
        const y = inferYear(mo, d, ctx);
        dayContext = { y, mo, d };
        if (!isAhead(text, md.index)) facts.times.push({ at: wall(y, mo, d, Number(md[3]), Number(md[4]), 0, ctx.timezone), label: timeLabel, source: 'text', ref });
      } else if (rel && nameTime) {
        const back = rel[1] === '昨天' ? 1 : rel[1] === '前天' ? 2 : 0;
        dayContext = daysBefore(nameTime, back);
        facts.times.push({ at: wall(dayContext.y, dayContext.mo, dayContext.d, Number(rel[2]), Number(rel[3]), 0, ctx.timezone), source: 'text', ref });
      } else if (separator && ev.kind === 'chat') {
        // A chat's day separator ("November 8", "11月8日", "昨天"): the bare times under it are of that day
        // (of no known day under a "Today" of a screenshot whose day is unknown).
        separatorDay = separator === 'unknown' ? null : separator;
      } else if (bare && separatorDay !== null && (separatorDay ?? nameTime ?? dayContext) && ev.kind === 'chat' && !(separatorDay === undefined && dayContext === nameTime && index < firstSeparator)) {
        // Chat apps show a bare time for today's messages: today is the screenshot's day, unless a day separator above says another.
        let day = (separatorDay ?? nameTime ?? dayContext)!;
        let h = Number(bare[2]);
        if ((bare[1] === '下午' || bare[1] === '晚上') && h < 12) h += 12;
        const mi = Number(bare[3]);
        // Later in the day than the screenshot was taken, with no separator over it: yesterday's (20:41 on a capture of 11:44).
        if (separatorDay === undefined && nameTime && day === nameTime && h * 60 + mi > nameTime.h * 60 + nameTime.mi + CLOCK_SLACK / 60_000) day = daysBefore(nameTime, 1);
        facts.times.push({ at: wall(day.y, day.mo, day.d, h, mi, 0, ctx.timezone), source: 'text', ref });
      }
    }

    // Failures shown (any evidence; checks tell an error capture from a chat).
    // The shop or a page foreseeing a failure ("如果没收到请检查垃圾箱", "If you bought the card
    // second-hand, someone may have used it") or a page asking of one (a help heading "充值未到账
    // 应如何处理?") tells of none; a buyer's "要是再不发我就投诉" still tells that nothing came.
    const foreseen = ev.kind !== 'chat' || line.side === 'merchant';
    const said = failurePhrases(text, lex);
    const phrases = said.filter((p) => !(foreseen && isConditional(text, p.hit, lex)) && !(ev.kind !== 'chat' && (isAskedAt(text, p.hit, lex) || isToldAt(text, p.hit, lex) || isClaimField(text, p.hit, lex))) && !isOptionNamed(text, p.phrase));
    for (const failure of failuresIn(text, ev.kind, ctx, phrases, phrases.length < said.length)) {
      // An expiry dated before the purchase ("Claude Pro 已于2028年5月21日过期" on a subscriptions page,
      // under its heading 已过期) is of what the buyer had before, not of the goods bought.
      if (failure.kind === 'expired' && (lapsed || expiredBefore(text, ctx))) continue;
      // On a screenshot that is no chat: the sentence of the failure, from the block's own lines.
      const quote = ev.kind === 'chat' ? undefined : sentenceQuote(line.parts, failure.phrase);
      facts.failures.push({ ...failure, quote: quote?.text ?? failure.quote, quoteConf: quote?.conf ?? line.conf, ref });
    }

    // Order status and product on order pages.
    if (ev.kind === 'order' || ev.kind === 'other') {
      // The order's money already sent back (a 售后 page's 退款成功 ¥58.80): not a term ("未使用可退款").
      const refunded = findPhrase(text, lex.status.refunded);
      if (refunded && !isConditional(text, refunded, lex) && !PROSPECTIVE.test(sentenceBefore(text, refunded)) && findPhrase(text, lex.feedback_verbs.filter((v) => v !== '退款' && v !== 'refund')) === undefined) facts.refunded.push(ref);
      const unpaid = findPhrase(text, lex.status.unpaid);
      if (unpaid && !isConditional(text, unpaid, lex)) facts.unpaid.push(ref);
      const undelivered = findPhrase(text, lex.status.undelivered);
      if (undelivered && !isConditional(text, undelivered, lex)) facts.undelivered.push(ref);
      else if (findPhrase(text, lex.status.delivered) || KEY_SHOWN.test(text)) facts.delivered.push(ref);
      // The key itself, not a field masked whole ("****-****-****-****" shows nothing).
      if ((KEY_SHOWN.exec(text)?.[0].replace(/[^A-Z0-9]/g, '').length ?? 0) >= 4) facts.goodsShown.push(ref);
      const product = productValue(text, units[index + 1]?.block === line.block ? units[index + 1]!.text : undefined, lex);
      if (product) facts.products.push({ value: product, ref });
    }

    // The goods taken over, as the order or the shop shows it (已换绑, 买家已确认收货): not asked, not under a condition.
    const takenOver = line.side !== 'buyer' ? findPhrase(text, lex.taken.any) : undefined;
    if (takenOver && !isConditional(text, takenOver, lex) && !isAsking(text, lex)) facts.taken.push(ref);

    // Private channel anywhere; checkout payment methods are not that. A chat message wrapped into
    // several blocks is read with the start of its clause, so a warning three lines up still warns.
    const clause = ev.kind === 'chat' ? leadIn(units, index) + text : text;
    // A messenger named as the account's binding (不换绑手机/邮箱/微信号, 走微信安全中心把号拿回去) is no channel either.
    const channel = findPhrase(text, lex.private_channel);
    const binding = channel !== undefined && hasWord(clauseAt(text, channel).clause, lex.account_binding);
    // A shop's signed notice (【速发卡】…客服将通过QQ与您联系) that its support will reach the buyer settles nothing.
    const notice = channel !== undefined && /^\s*【[^】]{1,16}】/.test(text) && /联系|咨询|contact/i.test(channel.phrase);
    if (channel && !binding && !notice && findPhrase(clause, lex.private_channel) && !findPhrase(text, lex.checkout) && !hasWord(text, lex.payment_warning)) facts.privateChannel.push(ref);

    if (ev.kind === 'chat') readChatLine(line, ref, phrases.length > 0, lex, facts);
    if (ev.kind === 'policy' || ev.kind === 'order') readTerms(ref, all, ctx, facts);
    // A product page, or the shop's own notice in a chat (its order e-mail, a product card), promises a delivery time too.
    else if (ev.kind === 'other' || (ev.kind === 'chat' && line.side === 'system')) {
      const promised = promisedDelivery(text, lex);
      if (promised !== undefined) facts.deliveryPromises.push({ minutes: promised, ref });
    }
  });
}

/**
 * The start of the clause a chat unit continues: the units of the same speaker right before it
 * (at most three, none of them ending a sentence), from their last clause end. Empty when the
 * unit starts a message.
 */
function leadIn(units: Unit[], index: number): string {
  const side = units[index]!.side;
  if (side !== 'buyer' && side !== 'merchant') return '';
  let text = '';
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const unit = units[i]!;
    if (unit.side !== side || /[。！？!?；;~～]\s*$/.test(unit.text)) break;
    text = unit.text + text;
  }
  return text.split(/[，,。！？；!?;]/).pop()!;
}

/**
 * Whether a line threatens or accuses in the writer's own voice: not a question about someone
 * else ("how did he scam you"), nor someone else's words told on ("群里有人说你家是骗子，我不信",
 * "people say this shop is a scam").
 */
function isThreat(text: string, lex: Lexicon): boolean {
  const hit = findPhrase(text, lex.threat);
  if (!hit || isScamQuestion(text, lex)) return false;
  // The authority named as the one who speaks ("消委會都講過…", "the consumer council says") threatens no one.
  const { clause, lead } = clauseAt(text, hit);
  const after = clause.slice(clause.indexOf(hit.phrase) + hit.phrase.length);
  if (hit.index >= 0 && clause.includes(hit.phrase) && SAYS.test(after)) return false;
  return findPhrase(lead, lex.reported_speech) === undefined;
}

/** An authority's words reported right after its name: 都讲过, 说, 提醒, "says", "advises". */
const SAYS = /^\s*(?:都|也|曾经|曾|亦)?(?:讲过|讲|说过|说|话|提醒|建议|指出|表示|呼吁)|^\s*(?:says|said|advises|advised|warns|warned|recommends)\b/i;

/**
 * Whether a text asks whether one is being scammed ("are we being scammed?"), or asks about
 * someone else having scammed the reader ("how did he scam you"): a worry, no accusation.
 */
function isScamQuestion(text: string, lex: Lexicon): boolean {
  return hasWord(text, lex.scam_question, { after: THEN_QUESTION_MARK }) || hasWord(text, lex.scam_of_other, { before: QUESTION_WORD_EN });
}

/** Whether a phrase found in a text is said under a condition earlier in its sentence (如果, 万一, "if"). */
function isConditional(text: string, hit: PhraseHit, lex: Lexicon): boolean {
  return findPhrase(sentenceBefore(text, hit), lex.conditional) !== undefined;
}

/** What a term says may happen, not what did: "Orders can be refunded in full", "will be refunded within 3 days". */
const PROSPECTIVE = /\b(?:can|could|may|might|will|would|shall|should|must|to)\s+(?:\w+\s+)?be\s+$/;

/** The part of a phrase's sentence before it, in the form it was searched in. */
function sentenceBefore(text: string, hit: PhraseHit): string {
  const { lead, before } = clauseAt(text, hit);
  return before.split(/[。.!?！？;；]/).pop()! + lead;
}

/** The sentence a phrase was found in, in the form it was searched in (compacted for Chinese, lower-cased for English). */
function sentenceAt(text: string, hit: PhraseHit): string {
  const { before, clause, after } = clauseAt(text, hit);
  const end = after.search(/[。.!?！？;；]/);
  return before.split(/[。.!?！？;；]/).pop()! + clause + (end < 0 ? after : after.slice(0, end + 1));
}

/** Whether a phrase found in a text stands in a question ("皇室战争充值未到账应如何处理?"): a help page's heading, not a status. */
function isAskedAt(text: string, hit: PhraseHit, lex: Lexicon): boolean {
  const sentence = sentenceAt(text, hit);
  // A help page's heading asks without a question mark ("ebay未发货如何退款", "兑换失败怎么办").
  return isAsking(sentence, lex) || findPhrase(sentence, lex.help_question) !== undefined;
}

/**
 * Whether a page tells of a failure rather than shows one: a sentence long enough to be prose
 * that speaks of failures in general ("用户常遇到卡密无效", "the most common cause of an invalid
 * PIN is…", "例如…"), or one that quotes the failure inside a story ("用户反映“卡盟显示支付失败”",
 * "I was getting the ‘already redeemed’ error"). A dialog's own "提示：“卡密已被使用”" still shows it.
 */
function isToldAt(text: string, hit: PhraseHit, lex: Lexicon): boolean {
  if (wordCount(sentenceAt(text, hit)) >= 12 && hasWord(sentenceBefore(text, hit), lex.told_in_general)) return true;
  return quotedOnly(text, hit.phrase);
}

/** Whether a failure phrase stands in a page's field restating the buyer's chosen reason ("申请原因 卡密无效"): the claim, not a failure shown. */
function isClaimField(text: string, hit: PhraseHit, lex: Lexicon): boolean {
  const label = findPhrase(text, lex.claim_label);
  return label !== undefined && label.index <= 1 && label.index < hit.index;
}

/**
 * Whether the time at `index` of a line is one still ahead, not something that happened: a
 * deadline or an end the page announces ("评审将于01月05日20:10结束", "缴费期限 2027-12-22 21:30",
 * "Offer ends on Dec 5, 20:00"). The timeline takes only what happened.
 */
function isAhead(text: string, index: number): boolean {
  return AHEAD_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}

const AHEAD_BEFORE = /(?:将于|将在|预计于?|預計於?|截止(?:时间|時間|日期)?|期限|有效期至|到期(?:时间|時間)?|结束时间|結束時間|最晚|will\s+(?:end|close|expire)\s+(?:on|at)?|ends?\s+(?:on|at)|expires?\s+(?:on|at)?|deadline|due(?:\s+(?:by|on))?|until|by)\s*(?:为|為|是)?\s*[:：]?\s*$/i;

/** Chinese characters and English words in a text. */
function wordCount(text: string): number {
  return (text.match(CJK_CHAR_G)?.length ?? 0) + (text.match(/[A-Za-z]+/g)?.length ?? 0);
}

const CJK_CHAR_G = /[\u3400-\u9fff]/gu;
/** Spans in quotation marks, of two to forty characters. */
const QUOTED = /[“"「『‘'](.{2,40}?)[”"」』’']/gu;

/** A verb that picks a menu option or a button, right before its quoted name (选「未收到商品」, click "Item not received"). */
const PICK_BEFORE = /(?:选|选择|選|選擇|点|點|点击|點擊|勾选|勾選|按|select|choose|click|tap|pick)\s*$/iu;

/** Whether a phrase stands only in the quoted name of an option picked ("申請退款選「未收到商品」"): a menu's words, no failure. */
function isOptionNamed(text: string, phrase: string): boolean {
  if (findPhrase(text.replace(QUOTED, ' '), [phrase]) !== undefined) return false;
  return [...text.matchAll(QUOTED)].some((m) => findPhrase(m[1]!, [phrase]) !== undefined && PICK_BEFORE.test(text.slice(0, m.index)));
}

/** Whether a phrase stands only inside quotation marks, in a line that says more than a label around them. */
function quotedOnly(text: string, phrase: string): boolean {
  const spans = [...text.matchAll(QUOTED)];
  if (!spans.some((m) => findPhrase(m[1]!, [phrase]) !== undefined)) return false;
  const outside = text.replace(QUOTED, ' ');
  if (findPhrase(outside, [phrase]) !== undefined) return false;
  return wordCount(outside) >= 5;
}

/** Whether a text undertakes a refund or replacement: not one sent to another party ("contact the site you bought it from for a refund"). */
function isUndertaking(text: string, lex: Lexicon): boolean {
  return findPhrase(text, lex.refund_undertaking) !== undefined && findPhrase(text, lex.refund_elsewhere) === undefined;
}

/** Whether a message asks, not tells ("是不是买错了?"): a question mark or a question word. */
export function isAsking(text: string, lex: Lexicon): boolean {
  return QUESTION_MARK.test(text) || hasWord(text, lex.question);
}

function readChatLine(line: TextLine, ref: FactRef, failure: boolean, lex: Lexicon, facts: Facts): void {
  const text = line.text;
  const buyerSide = line.side === 'buyer' || line.side === 'unknown';
  const threat = buyerSide && isThreat(text, lex);
  if (buyerSide) {
    const wrong = findPhrase(text, lex.wrong_purchase) !== undefined;
    const differs = findPhrase(text, lex.not_as_described) !== undefined;
    // A failure, a wrong purchase, goods unlike their description or an accusation told to the merchant is a problem report too.
    // The goods named with a question or a negation ("激活码是不是错的?", "the key isn't accepted") is a problem told too.
    const trouble = findPhrase(text, lex.code_subject) !== undefined && findPhrase(text, lex.trouble_cue) !== undefined && findPhrase(text, lex.inquiry) === undefined;
    // "新的这张兑换成功了": the goods work after all; not asked, not beside a failure ("激活成功了，第二天又显示未激活").
    const cured = findPhrase(text, lex.cured) !== undefined && !failure && !trouble && !isAsking(text, lex);
    if ((findPhrase(text, lex.report) || failure || wrong || differs || threat || trouble) && !cured && !findPhrase(text, lex.resolved)) facts.reports.push(ref);
    if (cured && line.side === 'buyer') facts.cured.push(ref);
    if (wrong) facts.wrongPurchase.push(ref);
    if (wrong && findPhrase(text, lex.wrong_purchase_admitted) && !isAsking(text, lex)) facts.wrongPurchaseAdmitted.push(ref);
    const ownUse = findPhrase(text, lex.own_use);
    // "我想先激活在平板上" means to, has not: an intent before the phrase in its clause undoes it.
    if (ownUse && !isAsking(text, lex) && !findPhrase(clauseAt(text, ownUse).lead, lex.intent)) facts.ownUse.push(ref);
    // "Yes, I already added it to my account": the buyer used the goods (not asked, not a plan).
    const used = findPhrase(text, lex.taken.buyer);
    if ((ownUse || used) && line.side === 'buyer' && !isAsking(text, lex) && !findPhrase(clauseAt(text, (used ?? ownUse)!).lead, lex.intent)) facts.taken.push(ref);
    if (findPhrase(text, lex.cancel)) facts.cancels.push(ref);
    if (differs) facts.notAsDescribed.push(ref);
    // "我没看邮箱, 反正没收到": the buyer has not looked where the goods were sent.
    if (line.side === 'buyer' && findPhrase(text, lex.unchecked) && !isAsking(text, lex)) facts.unchecked.push(ref);
  }
  if (line.side === 'buyer' && threat) facts.threats.push(ref);
  if (line.side === 'merchant') {
    facts.replies.push(ref);
    // The shop owning that it sent other goods than sold ("上游发成季卡了", "listed as Global by mistake").
    if (findPhrase(text, lex.sent_wrong) && !isAsking(text, lex)) facts.notAsDescribed.push(ref);
    if (hasWord(text, lex.denial)) facts.denials.push(ref);
    if (isUndertaking(text, lex)) facts.undertakings.push(ref);
    if (findPhrase(text, lex.promise)) facts.promises.push(ref);
    // What the merchant says of the delivery (已发你邮箱); not under a condition ("if … still not
    // received, click Resend").
    // (nor one still to come: "will be delivered shortly")
    const delivered = findPhrase(text, lex.status.delivered);
    if (delivered && !isConditional(text, delivered, lex) && !FUTURE_DELIVERY.test(text)) facts.delivered.push(ref);
    const promised = promisedDelivery(text, lex);
    if (promised !== undefined) facts.deliveryPromises.push({ minutes: promised, ref });
  }
}

/** A delivery still to come, in English ("will be delivered shortly", "is going to be sent"). */
const FUTURE_DELIVERY = /\b(?:will|shall|going\s+to|about\s+to)\s+(?:be\s+)?(?:\w+\s+)?(?:delivered|sent|credited|emailed|shipped)\b/i;

/** Words of an order table's header row: a line holding two or more of them is no value. */
const HEADER_WORDS = /订单号|订单编号|商品|实付|付款时间|下单时间|状态|数量|单价|金额|操作|order|product|status|amount|qty|price/gi;

/**
 * The product title a line of an order page gives: the value beside a product label (or on
 * the next line of the same block when the label stands alone), or a title shown with its
 * price. A table's header row ("订单号 商品 实付 付款时间 状态") is no value.
 */
function productValue(text: string, next: string | undefined, lex: Lexicon): string | undefined {
  const headerWords = (s: string): number => new Set(s.match(HEADER_WORDS)?.map((w) => w.toLowerCase()) ?? []).size;
  if (headerWords(text) >= 2 && text.replace(HEADER_WORDS, '').replace(/[\s:：|]/g, '').length <= 4) return undefined;
  const label = findPhrase(text, lex.labels.product);
  if (label) {
    const after = text
      .slice(text.indexOf(label.phrase) >= 0 ? text.indexOf(label.phrase) + label.phrase.length : 0)
      .replace(/^[\s:：]+/, '')
      .trim();
    if (after.length >= 2 && headerWords(after) < 2) return after;
    if (after.length === 0 && next && headerWords(next) < 2 && !findPhrase(next, [...lex.labels.order_id, ...lex.labels.amount, ...lex.labels.paid_at])) return next.trim();
    return undefined;
  }
  const priced = hasMoney(text);
  // A row of an order table: the title between the order number, the price, the time and the status.
  const status = [...lex.status.delivered, ...lex.status.undelivered].filter((p) => !p.includes('…'));
  let title = text.replace(ORDER_ID, ' ').replace(MONEY, ' ').replace(FULL_TIME, ' ');
  if (title !== text.replace(MONEY, ' ')) for (const word of status) title = title.split(word).join(' ');
  title = title.replace(/实付|金额|合计|已售.*$/g, '').replace(/\s+/g, ' ').trim();
  if (priced && /[\u4e00-\u9fffA-Za-z]{4,}/.test(title) && headerWords(title) < 2) return title;
  return undefined;
}

/** Error codes as screens show them: 0xC004C003, 0x803F7001, E-102, errors.com.epicgames.coderedemption.code_used. */
const ERROR_CODE = /\b(0x[0-9a-f]{8}|[A-Z]{1,4}-?\d{3,6}|errors(?:\.\w+){2,})\b/gi;

/** Per lexicon and product: the things a failure may be of other than the goods (see {@link unrelatedTo}). */
const unrelatedCache = new WeakMap<readonly string[], Map<string, readonly string[]>>();

/**
 * The things whose failure is not the goods' (a coupon, a captcha, an invite link), less what the
 * order's product names: an invite link sold as a family plan's seat is the goods.
 */
function unrelatedTo(lex: Lexicon, product: string | undefined): readonly string[] {
  if (!product) return lex.failure_unrelated;
  let byProduct = unrelatedCache.get(lex.failure_unrelated);
  if (!byProduct) unrelatedCache.set(lex.failure_unrelated, (byProduct = new Map()));
  let list = byProduct.get(product);
  if (!list) byProduct.set(product, (list = lex.failure_unrelated.filter((p) => findPhrase(product, [p]) === undefined)));
  return list;
}

/**
 * The failures a line shows: each kind whose phrases it holds, the kind of an error code
 * it names (rules/error-codes.yaml), and on an error capture a failure of kind `unknown`
 * when it shows failure cues (失败, 错误, error, an error code) but no known kind, unless the
 * line only foresaw its failures under a condition (`foreseen`).
 */
function failuresIn(text: string, kind: EvidenceKind, ctx: ExtractContext, phrases: FailureHit[], foreseen: boolean): { kind: FailureKind; phrase: string; quote: string }[] {
  const lex = ctx.lexicon;
  const found: { kind: FailureKind; phrase: string; quote: string }[] = [];
  // A failure said of something else (优惠券已过期, 验证码错误, "coupon has expired", "加载失败，
  // 请稍后再试") is not the order's: the other thing is named in its clause, or earlier in the line
  // with no code named in its clause. A clause about the code still counts ("验证码正确，卡密已被使用").
  const unrelated = unrelatedTo(lex, ctx.product);
  const aboutOther = (hit: PhraseHit): boolean => {
    const { clause, before } = clauseAt(text, hit);
    const other = findPhrase(clause, unrelated);
    // In Chinese, the code named after the other thing and apart from it, nearer the state (a form's
    // 验证码 label read into the dialog's "序號已過期"): the code's. ("coupon code" names the coupon.)
    const flat = simplified(clause);
    const at = other && /[\u4e00-\u9fff]/.test(other.phrase) ? flat.lastIndexOf(other.phrase) : -1;
    // The other thing's word inside a longer name of a code (券码 in 领券码) names the code.
    const inCode = other !== undefined && lex.code_subject.some((c) => c.length > other.phrase.length && c.includes(other.phrase) && flat.includes(c));
    if (other && !inCode && !(at >= 0 && hasWord(flat.slice(at + other.phrase.length + 1), lex.code_subject))) return true;
    // The code named in its clause, negated or not ("No code came"), keeps the failure the code's.
    return findPhrase(before, unrelated) !== undefined && !hasWord(clause, lex.code_subject);
  };
  // A phrase of one kind that holds a buyer-caused one within it outranks it: "登录失败…账号或密码
  // 错误" is a login that fails, not the 账号…错误 of an account typed wrong.
  const flat = text.replace(/\s+/g, '').toLowerCase();
  const span = (h: FailureHit): [number, number] | undefined => {
    if (h.hit.plain || h.hit.squeezed) return undefined;
    let at = h.hit.index;
    for (const part of h.phrase.split('…')) {
      const found = flat.indexOf(part.replace(/\s+/g, '').toLowerCase(), at);
      if (found < 0) return undefined;
      at = found + part.replace(/\s+/g, '').length;
    }
    return [h.hit.index, at];
  };
  const outranked = (hit: FailureHit): boolean => {
    const own = BUYER_CAUSED.has(hit.kind) ? span(hit) : undefined;
    if (!own) return false;
    return phrases.some((o) => {
      const other = BUYER_CAUSED.has(o.kind) ? undefined : span(o);
      // longer, or as long and exact where the other is gapped ("账号或密码错误" over 账号…错误)
      const exact = !o.phrase.includes('…') && hit.phrase.includes('…');
      return other !== undefined && other[0] <= own[0] && other[1] >= own[1] && (other[1] - other[0] > own[1] - own[0] || exact);
    });
  };
  for (const hit of phrases) if (!aboutOther(hit.hit) && !outranked(hit)) found.push({ kind: hit.kind, phrase: hit.phrase, quote: sentenceOf(text, hit.phrase, lex) });
  let code: string | undefined;
  for (const m of text.matchAll(ERROR_CODE)) {
    const known = ctx.errorCodes?.[m[1]!.toUpperCase()];
    // An error code names its kind exactly: it goes before what the words only suggest.
    if (known && !found.some((f) => f.kind === known)) found.unshift({ kind: known, phrase: m[1]!, quote: text.trim() });
    if (/^0x/i.test(m[1]!)) code = m[1];
  }
  // A failure the buyer caused, or the network or maintenance, explains the rest of the line:
  // "not available in this country, cannot be redeemed" is a region lock, not a bad code.
  const buyer = found.filter((f) => BUYER_CAUSED.has(f.kind));
  if (buyer.length > 0) return buyer;
  const platform = found.filter((f) => f.kind === 'network' || f.kind === 'maintenance');
  if (platform.length > 0) return platform;
  // A failure foreseen under a condition ("若出現此一錯誤…", "If … someone may have used it") is none of any kind.
  if (found.length === 0 && kind === 'error' && !foreseen) {
    const cue = findPhrase(text, lex.failure_cue);
    const shown = cue !== undefined && !aboutOther(cue) && !isConditional(text, cue, lex) && !isAskedAt(text, cue, lex) && !isToldAt(text, cue, lex);
    if (shown || code) found.push({ kind: 'unknown', phrase: shown ? cue.phrase : code!, quote: text.trim() });
  }
  return found;
}

/** A failure kind a line's phrases show, and where. */
interface FailureHit {
  kind: FailureKind;
  phrase: string;
  hit: PhraseHit;
}

/**
 * How much a kind says about the code: a failed activation says only that it failed; a code
 * that is wrong or invalid says more; used, activated, expired or unknown to the system says
 * why. The kind that says most comes first ("激活失败，提示已被激活" is a code already activated).
 */
const SPECIFICITY: Partial<Record<FailureKind, number>> = { activation_failed: 0, invalid: 1, wrong_format: 1 };

/** Each failure kind whose phrases a line holds, with the phrase found: the most telling first, then the later in the line. */
function failurePhrases(text: string, lex: Lexicon): FailureHit[] {
  const hits: FailureHit[] = [];
  for (const kind of FAILURE_KINDS) {
    const hit = kind === 'unknown' ? undefined : findPhrase(text, lex.failure[kind]);
    if (hit) hits.push({ kind, phrase: hit.phrase, hit });
  }
  const rank = (k: FailureKind): number => SPECIFICITY[k] ?? 2;
  return hits.sort((a, b) => rank(b.kind) - rank(a.kind) || b.hit.index - a.hit.index);
}

/**
 * The sentence to quote for a failure phrase: from the failure's subject ("该充值卡") to the
 * end of its sentence, so a button read into the same line ("立即充值该充值卡已被他人使用")
 * stays out of the quote. English lines are quoted whole.
 */
function sentenceOf(text: string, phrase: string, lex: Lexicon): string {
  const first = phrase.split('…')[0]!.replace(/\s+/g, '');
  const flat = text.replace(/\s+/g, '');
  let start = /[a-z]/i.test(first) ? -1 : flat.indexOf(first);
  if (start < 0) return text.trim();
  const before = flat.slice(0, start);
  const subject = lex.code_subject.filter((s) => before.endsWith(s)).sort((a, b) => b.length - a.length)[0];
  if (subject) start -= subject.length;
  while (start > 0 && /[该此这那本您你]/.test(flat[start - 1]!)) start--;
  // From the start of the sentence if it is short: "提示: 该卡密已被使用" keeps its "提示".
  const sentenceStart = Math.max(flat.lastIndexOf('。', start - 1), flat.lastIndexOf('!', start - 1), flat.lastIndexOf('！', start - 1), flat.lastIndexOf(',', start - 1), flat.lastIndexOf('，', start - 1)) + 1;
  if (start - sentenceStart <= 3 && /[:：]/.test(flat.slice(sentenceStart, start))) start = sentenceStart;
  const rest = flat.slice(start);
  const end = rest.search(/[。!！?？;；]/);
  return end >= 0 ? rest.slice(0, end + 1) : rest;
}

/** Refund terms on a policy page, an order page or in the order record. */
function readTerms(ref: FactRef, whole: string, ctx: ExtractContext, facts: Facts): void {
  const lex = ctx.lexicon;
  const exceptCard = findPhrase(whole, lex.exception_card) !== undefined;
  // The shop's own guarantee or refund undertaking, in its terms.
  if (isUndertaking(ref.text, lex)) facts.undertakings.push(ref);
  if (findPhrase(ref.text, lex.promise)) facts.promises.push(ref);
  // "未使用可退款, 已使用不退款" allows a refund of unused goods: it excludes nothing a prompt claim needs.
  const allowed = findPhrase(ref.text, lex.refund_allowed) !== undefined;
  // "超过7天的订单不予退货" refuses only after the window: the window says it.
  const late = findPhrase(ref.text, lex.late_cue) !== undefined && (windowMinutes(ref.text) !== undefined || /期限|时限|时间限制|time limit|period/i.test(simplified(ref.text)));
  if (allowed || late) {
    // nothing excluded
  } else {
    // "已充值到账后不退不换" refuses only goods that came: the term says when it starts.
    const once = findPhrase(ref.text, lex.once_delivered) !== undefined;
    // "Payment processing fees are non-refundable" refuses the fee, not the goods.
    const ofGoods = (hit: PhraseHit | undefined): hit is PhraseHit => hit !== undefined && findPhrase(clauseAt(ref.text, hit).clause, lex.charges) === undefined;
    if (ofGoods(findPhrase(ref.text, lex.no_refund.non_quality))) facts.noRefund.push({ type: 'non_quality', exceptCard, once, ref });
    else if (ofGoods(findPhrase(ref.text, lex.no_refund.absolute))) facts.noRefund.push({ type: 'absolute', exceptCard, once, ref });
  }
  const promised = promisedDelivery(ref.text, lex);
  if (promised !== undefined) facts.deliveryPromises.push({ minutes: promised, ref });
  const minutes = windowMinutes(ref.text);
  if (minutes === undefined) {
    // "请在退款的有效期限内进行申请", "超出约定的时间限制…不予受理": a window named, its length elsewhere.
    if (findPhrase(ref.text, lex.window_ref) && (findPhrase(ref.text, lex.feedback_verbs) || findPhrase(ref.text, lex.late_cue))) facts.windows.push({ minutes: undefined, exceptCard: findPhrase(ref.text, lex.exception_card) !== undefined, ref });
    return;
  }
  // Working days count how long the shop takes ("3-5个工作日审核", "paid within 3 business days"), not how long the buyer has.
  if (promised !== undefined || findPhrase(ref.text, lex.response_time) || WORKING_DAYS.test(ref.text)) return;
  // A time counted from the purchase that is no delivery time is how long the buyer has
  // ("购买后7天内，产品未使用", "游戏购买时间不超过14天", "within 14 days of purchase").
  const timed = whatIsTimed(ref.text, lex);
  if (timed === 'feedback' || (timed === 'other' && PURCHASE_ANCHOR.test(simplified(ref.text)))) facts.windows.push({ minutes, exceptCard: findPhrase(ref.text, lex.exception_card) !== undefined, ref });
}

/**
 * The delivery time a line of the shop promises, in minutes, if it promises one: a time that
 * times the delivery ("付款后10分钟内到账", "Delivery within 1 hour"), not the buyer's feedback
 * ("收到后24小时内反馈") nor how fast the shop answers ("最迟24小时内予以回复"); 0 for a delivery
 * promised at once (自动发货, "instant delivery"), not the delivery done (已自动发货) nor one under
 * a condition.
 */
function promisedDelivery(text: string, lex: Lexicon): number | undefined {
  // "delivered within a few minutes", "几分钟内到账": a few minutes are at most ten.
  const minutes = windowMinutes(text) ?? (FEW_MINUTES.test(simplified(text)) ? 10 : undefined);
  if (minutes === undefined) {
    const instant = findPhrase(text, lex.instant_delivery);
    return instant && !findPhrase(text, lex.status.delivered) && !isConditional(text, instant, lex) ? 0 : undefined;
  }
  if (findPhrase(text, lex.response_time)) return undefined;
  return whatIsTimed(text, lex) === 'delivery' ? minutes : undefined;
}

/**
 * What the time in a text times: the delivery ("付款后10分钟内到账", and "if you do not receive your
 * key within 24 hours … eligible for a refund": a delivery timed is one whether it comes or not),
 * the buyer's feedback ("收到后24小时内反馈"), or something else. What must happen within the time is
 * said in its own clause ("付款后10分钟内到账，如未到账可申请退款").
 */
function whatIsTimed(text: string, lex: Lexicon): 'delivery' | 'feedback' | 'other' {
  // "Guaranteed delivery time: 20 min" guarantees the delivery: no warranty of the goods.
  const timed = timedEvent(text).replace(/\bguaranteed\s+(?=deliver)/gi, '');
  const timesDelivery = hasWord(timed, lex.delivery_verbs);
  if (findPhrase(timed, lex.feedback_verbs) !== undefined || (!timesDelivery && findPhrase(text, lex.feedback_verbs) !== undefined)) return 'feedback';
  return timesDelivery || findPhrase(text, lex.delivery_verbs) !== undefined ? 'delivery' : 'other';
}

/**
 * What a time window times, in its clause: in Chinese what follows it ("10分钟内到账"; "收到后24小时内
 * 反馈" names the delivery only as the start), in English what comes before the time ("receive your
 * key within 24 hours"; "within 7 days of delivery" and "3 days from the delivery" name it as the start). The whole text when
 * it has no window.
 */
function timedEvent(raw: string): string {
  const text = simplified(raw);
  const en = WITHIN_EN.exec(text);
  const m = en ?? WINDOW.exec(text);
  if (!m) return text;
  // English names the timed event before the time ("refund requests made after 3 days from the delivery").
  if (en || /^[a-z]/i.test(m[2] ?? '')) {
    const start = Math.max(...[',', ';', '!', '?', '. '].map((b) => text.lastIndexOf(b, m.index))) + 1;
    return text.slice(start, m.index);
  }
  const rest = text.slice(m.index + m[0].length);
  const end = rest.search(/[,，。;；!！?？（(：:]/);
  const after = end < 0 ? rest : rest.slice(0, end);
  // Nothing after the time in its clause, and a time limit named before it: the event it limits
  // ("代练时限72小时"; not the start it counts from, "自卖家发货之日起七天内").
  const start = Math.max(...[',', '，', '。', ';', '；', '!', '！', '?', '？'].map((b) => text.lastIndexOf(b, m.index))) + 1;
  const before = text.slice(start, m.index);
  return after.trim().length === 0 && /(时限|时长|用时|工期)\s*[:：]?\s*$/.test(before) ? before : after;
}

/**
 * An English time is a window only in a window's words: "within 7 days", "14 days of/after
 * purchase", "up to 30 days", "more than 60 days ago", "a 14-day refund", "30 days money-back", "delivered in 15
 * minutes". A bare duration ("chargebacks
 * are slow (30–120 days)", "after 48 hours, we will refund", "refund in 24 hours") is none.
 */
const WINDOW_EN_BEFORE = /(?:period\s+of|(?:delivery|dispatch|processing|it)\s+(?:usually\s+|normally\s+|typically\s+)?takes?|passed|(?:report|contact|claim|request|notify|complain|dispute|open\s+a\s+ticket|let\s+us\s+know)\b[^.;!?]{0,40}\bin|(?:deliver(?:ed|y)?|arrives?|sent|shipped|dispatched|credited)\b[^.;!?]{0,20}\bin|(?:delivery|dispatch|shipping|processing)\s+time\s*[:：]?|(?:submitted|made|filed|received|opened|raised)\s+after|before|up\s+to|first|for|under|more\s+than|older\s+than|over|(?:have|has|get)(?:\s+only)?|no\s+later\s+than|not\s+later\s+than|not\s+more\s+than|no\s+more\s+than|less\s+than|at\s+most|maximum\s+of|max\.?|(?:deadline|time\s+limit|grace\s+period|window)\s+of|\(?(?:usually|normally|typically|generally))\s*(?:\d+\s*(?:seconds?|secs?)?\s*(?:-|–|—|~|to)\s*)?$/i;
const WINDOW_EN_AFTER = /^\s*(?:-?\s*(?:money[\s-]*back|refund|return|exchange|guarantee|warranty|replacement|satisfaction|window|period|grace)|(?:of|after|from|since|following|ago|have\s+passed|has\s+passed|total)\b|to\s+(?:request|return|claim|apply|ask|report|cancel|contact|get|open|file|submit|notify|let|exchange|dispute))/i;

/** "30分钟内", "1小时内", "半小时内", "within 2 hours" in minutes. */
/** A delivery time of a few minutes, said without a number. */
const FEW_MINUTES = /(几|数|两三|三五)分钟(内|之内|左右|后)?|\b(a few|several|few|couple of) minutes\b/i;

export function windowMinutes(raw: string): number | undefined {
  // 24小時內 as 24小时内
  const text = simplified(raw);
  const m = WITHIN_EN.exec(text) ?? WINDOW.exec(text);
  if (!m) return undefined;
  if (!/^within/i.test(m[0]) && /^[a-z]/i.test(m[2]!) && !/[内]/.test(m[0])) {
    if (!WINDOW_EN_BEFORE.test(text.slice(0, m.index)) && !WINDOW_EN_AFTER.test(text.slice(m.index + m[0].length))) return undefined;
  }
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const minutes = inMinutes(n, m[2]!);
  // A range of two units ("10 mins - 24 hours", "30分钟至2小时"): the longer end is the time.
  const upTo = RANGE_END.exec(text.slice(m.index + m[0].length));
  return upTo ? Math.max(minutes, inMinutes(Number(upTo[1]), upTo[2]!)) : minutes;
}

/** The far end of a range after a duration: "- 24 hours", "to 2 days", "至2小时". */
const RANGE_END = /^\s*(?:-|–|—|~|to|至|到)\s*(\d+(?:\.\d+)?)\s*(?:个)?\s*(小时|钟头|分钟|天|日|个月|周|星期|hours?|hrs?|h|minutes?|mins?|days?|weeks?|wks?|months?)(?![a-z])/i;

function inMinutes(n: number, rawUnit: string): number {
  const unit = rawUnit.toLowerCase();
  if (/^(分钟|minutes?|mins?)$/.test(unit)) return n;
  if (/^(小时|钟头|hours?|hrs?|h)$/.test(unit)) return n * 60;
  if (/^(个月|months?)$/.test(unit)) return n * 30 * 24 * 60;
  if (/^(周|星期|weeks?|wks?)$/.test(unit)) return n * 7 * 24 * 60;
  return n * 24 * 60;
}

function labelOf(text: string, lex: Lexicon): 'order' | 'trade' | undefined {
  if (!text) return undefined;
  if (findPhrase(text, lex.labels.trade_id)) return 'trade';
  if (findPhrase(text, lex.labels.order_id)) return 'order';
  return undefined;
}

function inferYear(month: number, day: number, ctx: ExtractContext): number {
  const ref = new TZDate(ctx.reference.getTime(), ctx.timezone);
  let year = ref.getFullYear();
  // A date more than 6 months after the reference belongs to the year before.
  if ((month - (ref.getMonth() + 1)) * 31 + (day - ref.getDate()) > 183) year--;
  return year;
}

/** A word of expiry beside a date. */
const EXPIRY_WORD = /过期|過期|到期|失效|expired|expires|expiry/i;

/** Whether a page dates every expiry it shows, one or more, to before the order's payment (a subscriptions page listing what lapsed). */
function lapsedBefore(texts: string[], ctx: ExtractContext): boolean {
  const dated = texts.filter((t) => EXPIRY_WORD.test(t) && t.search(FULL_TIME) >= 0);
  return dated.length > 0 && dated.every((t) => expiredBefore(t, ctx));
}

/**
 * Whether a text dates its expiry to a day before the order's payment day (in the case's zone), of
 * no code: a code sold after its own expiry ("该兑换码已过期，使用截止日期为 2028-01-31") is the goods' failure.
 */
function expiredBefore(text: string, ctx: ExtractContext): boolean {
  // The first full date of the text (FULL_TIME reads "2028年5月21日", "2028-05-21", "2028/5/21").
  const m = text.matchAll(FULL_TIME).next().value;
  if (!m || !ctx.paidAt || findPhrase(text, ctx.lexicon.code_subject) !== undefined) return false;
  const paid = new TZDate(ctx.paidAt.getTime(), ctx.timezone);
  const day = Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
  return day < paid.getFullYear() * 10000 + (paid.getMonth() + 1) * 100 + paid.getDate();
}

/** A chat's day separator alone on its line: "November 8", "Nov 8, 2027", "8 Nov", "11月8日", "Today", "昨天". */
const DAY_SEPARATOR_EN = /^(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})|(\d{1,2})\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?:,?\s*(20\d\d))?$/i;
const DAY_SEPARATOR_ZH = /^(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[(（]?(?:星期|周|週)?.[)）]?)?$/;

/** LINE's day separator: month/day with the weekday in brackets, "6/26(週一)", "2028/6/26 (Mon)" (the weekday's character may be misread). */
const DAY_SEPARATOR_NUM = /^(?:(20\d\d)\s*\/\s*)?(\d{1,2})\s*\/\s*(\d{1,2})\s*[(（]\s*(?:星期|周|週)?(?:[\u4e00-\u9fff]{1,2}|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[)）]$/i;

function daySeparator(text: string, nameTime: Evidence['nameTime'], ctx: ExtractContext): { y: number; mo: number; d: number } | 'unknown' | undefined {
  const en = DAY_SEPARATOR_EN.exec(text);
  const zh = en ? null : (DAY_SEPARATOR_ZH.exec(text) ?? DAY_SEPARATOR_NUM.exec(text));
  if (en || zh) {
    const mo = en ? MONTHS.indexOf((en[1] ?? en[4])!.toLowerCase().slice(0, 3)) + 1 : Number(zh![2]);
    const d = Number(en ? (en[2] ?? en[3]) : zh![3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    const year = en?.[5] ?? zh?.[1];
    // Without a year: the screenshot's year (the one before, for a day after the screenshot's), else the case's.
    const y = year ? Number(year) : nameTime ? (mo * 100 + d > nameTime.mo * 100 + nameTime.d ? nameTime.y - 1 : nameTime.y) : inferYear(mo, d, ctx);
    return { y, mo, d };
  }
  const rel = /^(today|yesterday|今天|昨天|前天)$/i.exec(text);
  const weekday = WEEKDAY_SEPARATOR.exec(text);
  if (!rel && !weekday) return undefined;
  // A day named by the screenshot's own ("Today", "星期三"): unknown without the screenshot's day.
  if (!nameTime) return 'unknown';
  if (rel) return daysBefore(nameTime, /yesterday|昨天/i.test(rel[1]!) ? 1 : rel[1] === '前天' ? 2 : 0);
  // A weekday stands for a day of the week before the screenshot's (today and yesterday have their own words).
  const wd = weekday![1] ? '日一二三四五六'.indexOf(weekday![1].replace('天', '日')) : ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(weekday![2]!.toLowerCase().slice(0, 3));
  const own = new Date(Date.UTC(nameTime.y, nameTime.mo - 1, nameTime.d)).getUTCDay();
  return daysBefore(nameTime, (own - wd + 7) % 7 || 7);
}

/** A chat's weekday separator: 星期三, 周三, "Wednesday", "Wed". */
const WEEKDAY_SEPARATOR = /^(?:星期|周|週)([一二三四五六日天])$|^(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$/i;

/** The calendar day `back` days before a day (昨天 of the screenshot's day). */
function daysBefore(day: { y: number; mo: number; d: number }, back: number): { y: number; mo: number; d: number } {
  const at = new Date(Date.UTC(day.y, day.mo - 1, day.d - back));
  return { y: at.getUTCFullYear(), mo: at.getUTCMonth() + 1, d: at.getUTCDate() };
}

/** A file name's time as a wall time of the case's zone (a name in UTC, a Pixel camera's, turned into it). */
function localNameTime(t: Evidence['nameTime'], zone: string): Evidence['nameTime'] {
  if (!t?.utc) return t;
  const local = new TZDate(Date.UTC(t.y, t.mo - 1, t.d, t.h, t.mi, t.s), zone);
  return { y: local.getFullYear(), mo: local.getMonth() + 1, d: local.getDate(), h: local.getHours(), mi: local.getMinutes(), s: local.getSeconds() };
}

function wall(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string): Date {
  return new Date(new TZDate(y, mo - 1, d, h, mi, s, zone).getTime());
}
