/**
 * The refund request (退款申请说明) written from a case result, what to fix before
 * filing, and what to capture next. Pure: a result in, text out.
 */
import { TZDate } from '@date-fns/tz';
import type { CaseResult, Finding } from './check-case.js';
import { loadRules, type RuleSet } from './rules/load.js';
import type { Lang } from './types.js';

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

type Timeline = CaseResult['timeline'][number]['event'];

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
    story: '情况说明:',
    demand: '诉求:',
    attachments: '附件:',
    kinds: { order: '订单记录', error: '报错截图', chat: '聊天记录', policy: '售后说明', other: '其他' },
    bought: (when: string | null, product: string, amount: string) => `我${when ? `于 ${when} ` : ''}购买了“${product}”${amount ? `, 实付 ${amount}` : ''}`,
    deliveredAt: (when: string) => `, 商家于 ${when} 发货`,
    failure: (when: string | null, quote: string) => `${when ? `${when} ` : ''}使用时页面提示: “${quote}”。`,
    failureNoQuote: (when: string | null) => `${when ? `${when} ` : ''}使用时发现商品无法正常使用 (见报错截图)。`,
    reported: (when: string | null, quote: string) => `${when ? `${when} ` : ''}我在平台内向商家反馈: “${quote}”。`,
    reportedNoQuote: (when: string | null) => `${when ? `${when} ` : ''}我在平台内向商家反馈了问题 (见聊天记录)。`,
    replied: (when: string | null, quote: string) => `${when ? `${when} ` : ''}商家回复: “${quote}”。`,
    promise: (quote: string) => `商家曾承诺: “${quote}”。`,
    sep: '',
    why: {
      card_invalid: '所购卡密无法使用, 属于商品本身的问题。',
      activation_failed: '所购账号无法激活, 商品无法正常使用。',
      not_received: '付款后至今未收到商品 (或充值未到账)。',
      late_delivery: '商家未在承诺的时间内发货。',
      not_as_described: '收到的商品与商品描述或商家的承诺不符。',
      wrong_purchase: '我拍错了商品, 已及时联系商家申请取消, 商品未使用。',
    } as Record<string, string>,
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
    story: 'What happened:',
    demand: 'Request:',
    attachments: 'Attachments:',
    kinds: { order: 'order record', error: 'error screenshot', chat: 'chat record', policy: 'refund terms', other: 'other' },
    bought: (when: string | null, product: string, amount: string) => `${when ? `On ${when}, ` : ''}I bought "${product}"${amount ? ` for ${amount}` : ''}`,
    deliveredAt: (when: string) => `; the shop delivered it on ${when}`,
    failure: (when: string | null, quote: string) => `${when ? `On ${when}, u` : 'U'}sing it showed: "${quote}".`,
    failureNoQuote: (when: string | null) => `${when ? `On ${when}, t` : 'T'}he goods could not be used (see the error screenshot).`,
    reported: (when: string | null, quote: string) => `${when ? `On ${when}, ` : ''}I told the shop through the platform chat: "${quote}".`,
    reportedNoQuote: (when: string | null) => `${when ? `On ${when}, ` : ''}I told the shop about the problem through the platform chat (see the chat record).`,
    replied: (when: string | null, quote: string) => `${when ? `On ${when}, t` : 'T'}he shop replied: "${quote}".`,
    promise: (quote: string) => `The shop had promised: "${quote}".`,
    sep: ' ',
    why: {
      card_invalid: 'The card code cannot be used; this is a problem with the goods themselves.',
      activation_failed: 'The account cannot be activated, so the goods cannot be used.',
      not_received: 'I paid but have not received the goods (or the top-up has not arrived).',
      late_delivery: 'The shop did not deliver within the promised time.',
      not_as_described: 'What I received differs from the product description or the shop\'s promise.',
      wrong_purchase: 'I bought the wrong item by mistake, asked the shop to cancel right away, and have not used the goods.',
    } as Record<string, string>,
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

/**
 * One concrete instruction per missing or weak piece, by finding code. A function
 * receives the case, for instructions that depend on the reason or the order.
 */
const CAPTURE: Record<string, { zh: string | ((c: CaseResult) => string); en: string | ((c: CaseResult) => string) }> = {
  'order-missing': {
    zh: '截图订单详情页, 要能看到订单号、商品名称、实付金额和付款时间 (或导出订单记录存为 order.json)。',
    en: 'Screenshot the order details page showing the order number, product, amount paid and payment time (or export the order record as order.json).',
  },
  'order-incomplete': {
    zh: '截图完整的订单详情页, 让订单号、商品名称和实付金额出现在同一张图里。',
    en: 'Screenshot the whole order details page, so the order number, product and amount paid are in one picture.',
  },
  'chat-missing': {
    zh: (c) => `截图${chatTopic(c, 'zh')}的那段平台内聊天, 要带时间, 并包括商家的回复。`,
    en: (c) => `Screenshot the platform chat where ${chatTopic(c, 'en')}, with the times visible, including the shop's reply.`,
  },
  'chat-no-feedback': {
    zh: (c) => `截图${chatTopic(c, 'zh')}的那条消息, 要带时间; 还没说过就先在平台内发给商家再截图。`,
    en: (c) => `Screenshot the message where ${chatTopic(c, 'en')}, with its time; if you have not said it yet, send it in the platform chat first.`,
  },
  'chat-no-reply': {
    zh: '截图商家回复你的那段聊天, 要带时间; 商家一直没回, 就截图你发出消息后到现在的完整对话, 让时间显示商家未回复。',
    en: "Screenshot the shop's reply with its time; if the shop never replied, screenshot the whole chat from your message until now, with the times showing no reply.",
  },
  'error-capture-missing': {
    zh: '在充值/兑换页面再试一次, 截图完整的报错提示 (例如“该卡密已被使用”), 要能看到所在页面和时间; 卡密本身可以遮住。',
    en: 'Try the code again on the redeem page and screenshot the whole error message (e.g. "this code has already been used") with the page and time visible; you may cover the code itself.',
  },
  'error-capture-mismatch': {
    zh: (c) => `截图与“${reasonName(c, 'zh')}”相符的报错提示 (例如卡密已被使用、不存在、格式错误、账号无法激活), 要带时间。`,
    en: (c) => `Screenshot an error that matches "${reasonName(c, 'en')}" (e.g. code already used, not found, wrong format, account cannot be activated), with its time.`,
  },
  'evidence-unreadable': {
    zh: '重新截一张清晰的原图 (用手机截屏, 不要拍屏幕, 不要压缩或裁得太小), 文字要能看清。',
    en: 'Take a clear screenshot again (a real screenshot, not a photo of the screen, not compressed or cropped too small) so the text can be read.',
  },
  'evidence-unlinked': {
    zh: (c) => `截图时把订单号${c.order.order_id ? ` ${c.order.order_id}` : ''}或商品名一起截进去; 聊天里没提过订单号就先发一次再截图。`,
    en: (c) => `Capture the order number${c.order.order_id ? ` ${c.order.order_id}` : ''} or the product name in the same screenshot; if the chat never mentions the order number, send it once and screenshot that.`,
  },
  'order-id-mismatch': {
    zh: (c) => `在聊天里发一次本订单的订单号${c.order.order_id ? ` ${c.order.order_id}` : ''}, 截图商家确认的那段, 要带时间。`,
    en: (c) => `Send this order's number${c.order.order_id ? ` ${c.order.order_id}` : ''} in the chat and screenshot the shop's confirmation, with the time.`,
  },
  'amount-mismatch': {
    zh: '截图订单详情里的“实付金额”那一行, 和订单号在同一张图里。',
    en: 'Screenshot the "amount paid" line of the order details, in the same picture as the order number.',
  },
  'deadline-unknown': {
    zh: '截图订单详情里的付款时间和发货时间 (或在订单记录里补上 paid_at / delivered_at)。',
    en: 'Screenshot the payment and delivery times in the order details (or add paid_at / delivered_at to the order record).',
  },
  'timeline-inconsistent': {
    zh: '用带日期的截图 (聊天里的日期分隔、手机状态栏时间) 重新截取, 核对付款、报错、反馈的先后。',
    en: 'Capture again with dates visible (the chat date separator, the phone status bar) and check the order of payment, error and report.',
  },
  'claim-unsupported': {
    zh: (c) => `截图能证明“${reasonName(c, 'zh')}”的页面: 报错提示、商家的承诺或与描述不符之处, 要带时间。`,
    en: (c) => `Screenshot what proves "${reasonName(c, 'en')}": the error, the shop's promise or what differs from the description, with the time.`,
  },
  'promise-missing': {
    zh: '如果商家说过卡密有效、保证能用或承诺了发货时间, 截图商家说这句话的那段聊天, 要带时间。',
    en: 'If the shop said the code is valid, guaranteed it works or promised a delivery time, screenshot that part of the chat with the time.',
  },
};

/** Reasons where the merchant's word ("保证卡密都能用", a delivery time) strengthens the claim. */
const PROMISE_HELPS = new Set(['card_invalid', 'activation_failed', 'late_delivery', 'not_as_described']);

/** What the chat should show, by reason. */
function chatTopic(c: CaseResult, lang: Lang): string {
  const zh: Record<string, string> = {
    card_invalid: '你告诉商家卡密不能用',
    activation_failed: '你告诉商家账号无法激活',
    not_received: '你告诉商家没收到货或没到账',
    late_delivery: '你催商家发货',
    not_as_described: '你告诉商家商品与描述不符',
    wrong_purchase: '你请商家取消订单',
  };
  const en: Record<string, string> = {
    card_invalid: 'you tell the shop the code does not work',
    activation_failed: 'you tell the shop the account cannot be activated',
    not_received: 'you tell the shop nothing arrived',
    late_delivery: 'you ask the shop to deliver',
    not_as_described: 'you tell the shop the goods differ from the description',
    wrong_purchase: 'you ask the shop to cancel the order',
  };
  const table = lang === 'zh' ? zh : en;
  return table[c.reason ?? ''] ?? (lang === 'zh' ? '你向商家反馈问题' : 'you report the problem to the shop');
}

function reasonName(c: CaseResult, lang: Lang, rules?: DraftOptions['rules']): string {
  const id = c.reason ?? '';
  // Reason names live in the rule packs (rules/reasons.yaml), never in code.
  return (rules ?? loadRules()).reasons[id]?.name[lang] ?? id;
}

/** "¥96.50". */
export function money(amount: number): string {
  return `¥${amount.toFixed(2)}`;
}

/** A date-time with its year, as a request states it: "2026年11月25日 14:20" / "2026-11-25 14:20". */
export function fullTime(iso: string, zone: string, lang: Lang): string {
  const t = new TZDate(new Date(iso).getTime(), zone);
  const hm = `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
  if (lang === 'zh') return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日 ${hm}`;
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')} ${hm}`;
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
  return ![...rules.lexicon.threat, ...rules.lexicon.privateChannel].some((p) => lower.includes(p.toLowerCase()));
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
  const paid = c.order.amount !== null ? money(c.order.amount) : null;
  const out: string[] = [w.title, ''];
  out.push(`${w.reason}: ${reasonName(c, lang, rules)}`);
  out.push(`${w.orderId}: ${orElse(c.order.order_id)}`);
  out.push(`${w.product}: ${orElse(c.order.product)}`);
  if (c.order.merchant) out.push(`${w.merchant}: ${c.order.merchant}`);
  out.push(`${w.amount}: ${orElse(paid)}`);
  out.push(`${w.paid}: ${orElse(c.order.paid_at && fullTime(c.order.paid_at, zone, lang))}`);
  if (c.order.delivered_at) out.push(`${w.delivered}: ${fullTime(c.order.delivered_at, zone, lang)}`);

  const product = c.order.product ?? (lang === 'zh' ? '本订单商品' : 'the goods of this order');
  let bought = w.bought(when('paid'), product, paid ?? '');
  if (c.order.delivered_at) bought += w.deliveredAt(fullTime(c.order.delivered_at, zone, lang));
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
    return at ? new Date(at).getTime() : Number.POSITIVE_INFINITY;
  };
  const failure = c.timeline.find((t) => t.event === 'failure');
  if (quotes.error) steps.push({ at: time('failure'), text: w.failure(when('failure'), quotes.error) });
  else if (failure) steps.push({ at: time('failure'), text: w.failureNoQuote(when('failure')) });
  const reported = c.timeline.find((t) => t.event === 'reported');
  const said: string[] = [];
  if (quotes.report) said.push(w.reported(when('reported'), quotes.report));
  else if (reported) said.push(w.reportedNoQuote(when('reported')));
  if (quotes.reply) {
    const replyAt = when('replied');
    // A reply in the same minute as the report needs no second time stamp.
    said.push(w.replied(replyAt !== null && replyAt === when('reported') && said.length > 0 ? null : replyAt, quotes.reply));
  }
  if (said.length > 0) steps.push({ at: Math.min(time('reported'), time('replied')), text: said.join(w.sep) });
  if (steps.every((step) => Number.isFinite(step.at))) steps.sort((a, b) => a.at - b.at);
  story.push(...steps.map((step) => step.text));
  if (quotes.promise) story.push(w.promise(quotes.promise));
  out.push('', w.story, ...story.map((s, i) => `${i + 1}. ${s}`));

  let why = w.why[c.reason ?? ''] ?? w.whyOther(reasonName(c, lang, rules));
  const inTime = (c.deadline.status === 'open' || c.deadline.status === 'near') && c.timeline.some((t) => t.event === 'reported');
  if (inTime) why += `${w.sep}${w.inTime}`;
  const asked = c.asked;
  let demand: string;
  if (paid === null && asked === null) demand = w.fullUnknown;
  else if (paid !== null && asked !== null && Math.abs(asked - (c.order.amount ?? 0)) >= 0.005) demand = w.part(money(asked), paid);
  else demand = w.full(paid ?? money(asked ?? 0));
  out.push('', w.demand, `${why}${w.sep}${demand}`, w.close);

  const files = c.evidence.filter((e) => e.kind !== 'other' || e.width !== undefined);
  const orderFile = c.timeline.find((t) => t.event === 'paid')?.file;
  const attachments: string[] = [];
  for (const kind of ['order', 'error', 'chat', 'policy', 'other'] as const) {
    const mine = files.filter((e) => e.kind === kind).map((e) => e.file);
    // The order record (order.json) is no evidence file, but it is part of what is filed.
    if (kind === 'order' && orderFile && !files.some((e) => e.file === orderFile)) mine.unshift(orderFile);
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
export function captureNext(c: CaseResult, lang: Lang): DraftItem[] {
  const out: DraftItem[] = [];
  const seen = new Set<string>();
  const add = (code: string): void => {
    const spec = CAPTURE[code];
    if (!spec || seen.has(code)) return;
    seen.add(code);
    const text = spec[lang];
    out.push({ code, text: typeof text === 'function' ? text(c) : text });
  };
  const order = ['error', 'warning', 'info'] as const;
  for (const severity of order) for (const f of c.findings) if (f.severity === severity) add(f.code);
  const invalid = c.findings.some((f) => f.code === 'case-invalid');
  if (!invalid && c.reason && PROMISE_HELPS.has(c.reason) && !c.quotes.promise) add('promise-missing');
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
  const capture = captureNext(c, options.lang);
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
