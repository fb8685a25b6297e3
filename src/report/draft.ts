/**
 * The refund request (退款申请说明) written from a case result, what to fix before
 * filing, and what to capture next. Pure: a result in, text out.
 */
import { checkOf } from '../checks/index.js';
import { render } from '../checks/define.js';
import type { CaseResult, Finding, TimelineEvent } from '../result/types.js';
import { loadRules, type RuleSet } from '../rules/load.js';
import type { ReasonRule } from '../rules/schema.js';
import { money } from '../money.js';
import { fullTime } from '../time.js';
import type { Lang } from '../types.js';

/** What the request needs besides the result: reason names and the phrases a quote must not carry. */
export interface DraftOptions {
  lang: Lang;
  rules: Pick<RuleSet, 'reasons' | 'lexicon'>;
}

/** One instruction for the buyer: a fix or a screenshot to take. */
export interface DraftItem {
  code: string;
  text: string;
}

type Timeline = TimelineEvent;

const WORDS = {
  zh: {
    title: '退款申请说明',
    reason: '退款原因',
    orderId: '订单号',
    product: '商品',
    merchant: '店铺',
    amount: '实付金额',
    paid: '付款时间',
    delivered: '发货时间',
    unknown: '(请补充)',
    check: '（请核对）',
    story: '情况说明:',
    demand: '诉求:',
    attachments: '附件:',
    kinds: { order: '订单记录', error: '报错截图', chat: '聊天记录', policy: '售后说明', other: '其他' },
    bought: (when: string | null, product: string, amount: string) => `我${when ? `于 ${when} ` : ''}购买了“${product}”${amount ? `, 实付 ${amount}` : ''}`,
    deliveredAt: (when: string) => `, 商家于 ${when} 发货`,
    failure: (when: string | null, quote: string, check: string) => `${when ? `${when} ` : ''}使用时页面提示: “${quote}”${check}。`,
    failureNoQuote: (when: string | null) => `${when ? `${when} ` : ''}使用时发现商品无法正常使用 (见报错截图)。`,
    reported: (when: string | null, quote: string, check: string) => `${when ? `${when} ` : ''}我在平台内向商家反馈: “${quote}”${check}。`,
    reportedNoQuote: (when: string | null) => `${when ? `${when} ` : ''}我在平台内向商家反馈了问题 (见聊天记录)。`,
    replied: (when: string | null, quote: string, check: string) => `${when ? `${when} ` : ''}商家回复: “${quote}”${check}。`,
    promise: (quote: string, check: string) => `商家曾承诺: “${quote}”${check}。`,
    sep: '',
    inTime: '我在售后时限内反馈了问题。',
    whyOther: (name: string) => `退款原因为“${name}”。`,
    full: (amount: string) => `要求全额退款 ${amount}, 退回原支付方式。`,
    fullUnknown: '要求全额退款, 退回原支付方式。',
    part: (asked: string, paid: string) => `要求退款 ${asked} (实付 ${paid}), 退回原支付方式。`,
    close: '请平台核实以上证据并处理, 谢谢。',
    fixTitle: '暂不建议提交, 请先处理这些问题:',
    captureTitle: '还需要补充的证据:',
    forceHint: '处理后再运行 refund-check draft; 如仍要现在生成草稿, 加 --force。',
    forced: '注意: 这个案件还有未解决的问题, 下面的草稿仅供参考。',
  },
  en: {
    title: 'Refund request',
    reason: 'Reason',
    orderId: 'Order number',
    product: 'Product',
    merchant: 'Shop',
    amount: 'Amount paid',
    paid: 'Paid',
    delivered: 'Delivered',
    unknown: '(please fill in)',
    check: ' (please check)',
    story: 'What happened:',
    demand: 'Request:',
    attachments: 'Attachments:',
    kinds: { order: 'order record', error: 'error screenshot', chat: 'chat record', policy: 'refund terms', other: 'other' },
    bought: (when: string | null, product: string, amount: string) => `${when ? `On ${when}, ` : ''}I bought "${product}"${amount ? ` for ${amount}` : ''}`,
    deliveredAt: (when: string) => `; the shop delivered it on ${when}`,
    failure: (when: string | null, quote: string, check: string) => `${when ? `On ${when}, u` : 'U'}sing it showed: "${quote}"${check}.`,
    failureNoQuote: (when: string | null) => `${when ? `On ${when}, t` : 'T'}he goods could not be used (see the error screenshot).`,
    reported: (when: string | null, quote: string, check: string) => `${when ? `On ${when}, ` : ''}I told the shop through the platform chat: "${quote}"${check}.`,
    reportedNoQuote: (when: string | null) => `${when ? `On ${when}, ` : ''}I told the shop about the problem through the platform chat (see the chat record).`,
    replied: (when: string | null, quote: string, check: string) => `${when ? `On ${when}, t` : 'T'}he shop replied: "${quote}"${check}.`,
    promise: (quote: string, check: string) => `The shop had promised: "${quote}"${check}.`,
    sep: ' ',
    inTime: 'I reported it within the after-sales window.',
    whyOther: (name: string) => `The reason for the refund is "${name}".`,
    full: (amount: string) => `I ask for a full refund of ${amount} to the original payment method.`,
    fullUnknown: 'I ask for a full refund to the original payment method.',
    part: (asked: string, paid: string) => `I ask for a refund of ${asked} (paid ${paid}) to the original payment method.`,
    close: 'Please review the evidence above. Thank you.',
    fixTitle: 'Not ready to file yet. Fix these first:',
    captureTitle: 'Evidence still to capture:',
    forceHint: 'Run refund-check draft again after fixing them; add --force to write the draft now anyway.',
    forced: 'Note: this case still has open problems; the draft below is for reference only.',
  },
} as const;

/** The goods of each category as the request names them: a software key is a key, not an account. */
const GOODS: Record<CaseResult['order']['category'], { zh: string; en: string }> = {
  game_card: { zh: '卡密', en: 'card code' },
  software_key: { zh: '密钥', en: 'product key' },
  account: { zh: '账号', en: 'account' },
  recharge: { zh: '充值', en: 'top-up' },
  other: { zh: '商品', en: 'goods' },
};

/** The reason's rule, from the rule packs given or the built-in ones. */
function reasonOf(c: CaseResult, rules?: DraftOptions['rules']): ReasonRule | undefined {
  return (rules ?? loadRules()).reasons[c.reason ?? ''];
}

function reasonName(c: CaseResult, lang: Lang, rules?: DraftOptions['rules']): string {
  return reasonOf(c, rules)?.name[lang] ?? c.reason ?? '';
}

/**
 * Whether a quoted line can go into the request: not a threat or insult, not an offer
 * to settle outside the platform (the request must stay calm and on the platform).
 */
/**
 * A quoted OCR line as it goes between quotation marks: without the icon read as
 * leading symbols ("@@ 激活失败", "o Activation failed") and without its closing stop.
 */
export function cleanQuote(text: string): string {
  return text
    .trim()
    .replace(/^[^\p{L}\p{N}“"'(（【[]+/u, '')
    .replace(/^[a-z]\s+(?=[A-Z])/, '')
    .replace(/[。.!！,，;；:：\s]+$/u, '');
}

function quotable(text: string | undefined, rules: DraftOptions['rules']): text is string {
  if (!text || !text.trim()) return false;
  const lower = text.toLowerCase();
  return ![...rules.lexicon.threat, ...rules.lexicon.private_channel].some((p) => lower.includes(p.toLowerCase()));
}

/**
 * The refund request text (退款申请说明), ready to paste into the platform's form:
 * reason, order facts, what happened with the error and chat quoted, the merchant's
 * promise, a calm demand for the refund, and the attachments. Fields the case does
 * not show are left as "(请补充)".
 */
export function refundRequest(c: CaseResult, options: DraftOptions): string {
  const { lang, rules } = options;
  const w = WORDS[lang];
  const zone = c.timezone;
  const when = (e: Timeline): string | null => {
    const at = c.timeline.find((t) => t.event === e)?.at;
    return at ? fullTime(at, zone, lang) : null;
  };
  const orElse = (v: string | null | undefined): string => (v ? v : w.unknown);
  const paid = c.order.amount !== null ? money(c.order.amount, c.order.currency) : null;
  const out: string[] = [w.title, ''];
  out.push(`${w.reason}: ${reasonName(c, lang, rules)}`);
  // A fact read with doubt is marked for the buyer to check against the screenshot, not guessed.
  const check = (unsure: boolean | undefined): string => (unsure ? w.check : '');
  out.push(`${w.orderId}: ${orElse(c.order.orderId)}${check(c.order.orderId !== null && c.unsure?.orderId)}`);
  out.push(`${w.product}: ${orElse(c.order.product)}${check(c.order.product !== null && c.unsure?.product)}`);
  if (c.order.merchant) out.push(`${w.merchant}: ${c.order.merchant}`);
  out.push(`${w.amount}: ${orElse(paid)}`);
  out.push(`${w.paid}: ${orElse(c.order.paidAt && fullTime(c.order.paidAt, zone, lang))}`);
  if (c.order.deliveredAt) out.push(`${w.delivered}: ${fullTime(c.order.deliveredAt, zone, lang)}`);

  const product = c.order.product ?? (lang === 'zh' ? '本订单商品' : 'the goods of this order');
  let bought = w.bought(when('paid'), product, paid ?? '');
  if (c.order.deliveredAt) bought += w.deliveredAt(fullTime(c.order.deliveredAt, zone, lang));
  const story: string[] = [`${bought}${lang === 'zh' ? '。' : '.'}`];
  const quotes = {
    error: quotable(c.quotes.error, rules) ? cleanQuote(c.quotes.error) : undefined,
    report: quotable(c.quotes.report, rules) ? cleanQuote(c.quotes.report) : undefined,
    reply: quotable(c.quotes.reply, rules) && c.quotes.reply !== c.quotes.promise ? cleanQuote(c.quotes.reply) : undefined,
    promise: quotable(c.quotes.promise, rules) ? cleanQuote(c.quotes.promise) : undefined,
  };
  // The failure and the chat, in time order (an error capture may be saved after the report).
  const steps: { at: number; text: string }[] = [];
  const time = (e: Timeline): number => {
    // Infinity: not known, and the narrative order stays.
    const at = c.timeline.find((t) => t.event === e)?.at;
    return at ? at.getTime() : Number.POSITIVE_INFINITY;
  };
  const failure = c.timeline.find((t) => t.event === 'failure');
  if (quotes.error) steps.push({ at: time('failure'), text: w.failure(when('failure'), quotes.error, check(c.unsure?.error)) });
  else if (failure) steps.push({ at: time('failure'), text: w.failureNoQuote(when('failure')) });
  const reported = c.timeline.find((t) => t.event === 'reported');
  const said: string[] = [];
  if (quotes.report) said.push(w.reported(when('reported'), quotes.report, check(c.unsure?.report)));
  else if (reported) said.push(w.reportedNoQuote(when('reported')));
  if (quotes.reply) {
    const replyAt = when('replied');
    // A reply in the same minute as the report needs no second time stamp.
    said.push(w.replied(replyAt !== null && replyAt === when('reported') && said.length > 0 ? null : replyAt, quotes.reply, check(c.unsure?.reply)));
  }
  if (said.length > 0) steps.push({ at: Math.min(time('reported'), time('replied')), text: said.join(w.sep) });
  if (steps.every((step) => Number.isFinite(step.at))) steps.sort((a, b) => a.at - b.at);
  story.push(...steps.map((step) => step.text));
  if (quotes.promise) story.push(w.promise(quotes.promise, check(c.unsure?.promise)));
  out.push('', w.story, ...story.map((s, i) => `${i + 1}. ${s}`));

  const request = reasonOf(c, rules)?.request;
  let why = request ? render(request, lang, { goods: GOODS[c.order.category] }) : w.whyOther(reasonName(c, lang, rules));
  const inTime = (c.deadline.status === 'open' || c.deadline.status === 'near') && c.timeline.some((t) => t.event === 'reported');
  if (inTime) why += `${w.sep}${w.inTime}`;
  const asked = c.asked;
  let demand: string;
  if (paid === null && asked === null) demand = w.fullUnknown;
  else if (paid !== null && asked !== null && Math.abs(asked - (c.order.amount ?? 0)) >= 0.005) demand = w.part(money(asked, c.order.currency), paid);
  else demand = w.full(paid ?? money(asked ?? 0, c.order.currency));
  out.push('', w.demand, `${why}${w.sep}${demand}`, w.close);

  // Only evidence files are attached: the order record is a file the buyer wrote.
  const files = c.evidence.filter((e) => e.kind !== 'other' || e.width !== undefined);
  const attachments: string[] = [];
  for (const kind of ['order', 'error', 'chat', 'policy', 'other'] as const) {
    const mine = files.filter((e) => e.kind === kind || e.windows?.some((w) => w.kind === kind)).map((e) => e.file);
    if (mine.length > 0) attachments.push(`- ${w.kinds[kind]}: ${mine.join(', ')}`);
  }
  if (attachments.length > 0) out.push('', w.attachments, ...attachments);
  return `${out.join('\n')}\n`;
}

/** The error findings, each with its suggestion: what to fix before filing. */
export function whatToFix(c: CaseResult): Finding[] {
  return c.findings.filter((f) => f.severity === 'error');
}

/**
 * "What to capture next": one concrete instruction per missing or weak piece of
 * evidence (by finding code; one per code), plus the merchant's promise where it
 * would strengthen the reason and none is shown.
 */
export function captureNext(c: CaseResult, lang: Lang, rules?: DraftOptions['rules']): DraftItem[] {
  const reason = reasonOf(c, rules);
  const data = {
    reason: reason?.name[lang] ?? c.reason ?? '',
    chatTopic: reason?.chat_topic[lang] ?? (lang === 'zh' ? '你向商家反馈问题' : 'you report the problem to the shop'),
    evidence: reason?.evidence[lang] ?? '',
    orderIdSpaced: c.order.orderId ? ` ${c.order.orderId}` : '',
  };
  const out: DraftItem[] = [];
  const seen = new Set<string>();
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (const f of c.findings) {
      const capture = checkOf(f.code)?.capture;
      if (f.severity !== severity || !capture || seen.has(f.code)) continue;
      seen.add(f.code);
      out.push({ code: f.code, text: render(capture, lang, data) });
    }
  }
  const invalid = c.findings.some((f) => f.code === 'case-invalid');
  if (!invalid && reason?.capture_promise && !c.quotes.promise) out.push({ code: 'promise-missing', text: reason.capture_promise[lang] });
  return out;
}

/** What `refund-check draft` prints: the request (stdout) and notes for the buyer (stderr). */
export interface DraftOutput {
  /** The text for stdout: the request, or, for a not-ready case without `force`, what to fix. */
  text: string;
  /** Notes for stderr (forced drafts, hints for a weak case); empty when there are none. */
  notes: string;
  /** False when the list of fixes was printed instead of a request. */
  ok: boolean;
}

/**
 * What `refund-check draft` prints for a case: the request when the case is not
 * `not-ready` (or with `force`); otherwise what to fix and what to capture next.
 */
export function draftOutput(c: CaseResult, options: DraftOptions & { force?: boolean }): DraftOutput {
  const w = WORDS[options.lang];
  const fixes = whatToFix(c);
  const capture = captureNext(c, options.lang, options.rules);
  const lines: string[] = [];
  if (fixes.length > 0) {
    lines.push(w.fixTitle, ...fixes.map((f, i) => `${i + 1}. ${f.message}${f.file ? ` (${f.file})` : ''}\n   → ${f.suggestion}`));
  }
  if (capture.length > 0) lines.push(...(lines.length > 0 ? [''] : []), w.captureTitle, ...capture.map((item) => `- ${item.text}`));
  if (c.verdict === 'not-ready' && !options.force) {
    return { text: `${c.path}\n\n${[...lines, '', w.forceHint].join('\n')}\n`, notes: '', ok: false };
  }
  const notes = c.verdict === 'not-ready' ? [w.forced, '', ...lines] : lines;
  return { text: refundRequest(c, options), notes: notes.length > 0 ? `${notes.join('\n')}\n` : '', ok: true };
}
