/**
 * Turns a checked case model and the raw findings of its checks into the result every
 * reporter reads: messages rendered in the user's language, values from the evidence
 * masked, the score and verdict, the evidence with its highlights, the timeline and the
 * lines to quote. Dates stay `Date`s; reporters format them.
 */
import { checkOf } from '../checks/index.js';
import { hurtsClaim, render, type FindingData, type RawFinding } from '../checks/define.js';
import { QUOTE_MIN_CONF, SURE_CONF } from '../facts/quote.js';
import type { FactRef, Facts } from '../facts/types.js';
import type { CaseModel } from '../model.js';
import { scoreOf, verdictOf } from '../score.js';
import { maskSecrets } from '../secrets.js';
import type { Box, Evidence, Lang } from '../types.js';
import type { CaseResult, Finding, Highlight } from './types.js';

/** How a result is rendered. */
export interface BuildOptions {
  lang: Lang;
  minScore: number;
  /** Show card codes and phone numbers whole (local debugging only). */
  showSecrets?: boolean;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The result of a case whose checks ran. */
export function buildResult(model: CaseModel, raw: RawFinding[], displayPath: string, options: BuildOptions, ms: number): CaseResult {
  const keep = orderNumbers(model);
  const mask = (s: string): string => (options.showSecrets ? s : maskSecrets(s, keep));
  const sorted = [...raw].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const findings = sorted.map((f) => presentFinding(f, options.lang, mask));
  const score = scoreOf(findings);
  const { order, deadline, evidence, facts, timezone } = model;
  return {
    path: displayPath,
    dir: model.dir,
    reason: model.reasonId,
    verdict: verdictOf(findings, score, options.minScore),
    score,
    deadline: { status: deadline.status, due: deadline.due ?? null, remainingHours: deadline.remainingHours ?? null },
    evidence: byFile(evidence).map((windows) => {
      // A split screen's windows are one file: its kind is its first window's of a role, its
      // lines all of theirs, and `windows` says what each showed.
      const e = windows.find((w) => w.kind !== 'other') ?? windows[0]!;
      const all: Evidence = windows.length > 1 ? { ...e, lines: windows.flatMap((w) => w.lines) } : e;
      return {
        file: e.file,
        kind: e.kind,
        kindFrom: e.kindFrom,
        kindConfidence: e.kindConfidence,
        kindReason: e.kindReason,
        confidence: windows.length > 1 ? Math.round(windows.reduce((n, w) => n + w.confidence, 0) / windows.length) : e.confidence,
        facts: factsOf(e.file, facts, mask),
        width: e.width,
        height: e.height,
        highlights: highlightsOf(e.file, model, findings),
        secretBoxes: secretBoxesOf(all, keep),
        ...(windows.length > 1 ? { windows: windows.map((w) => ({ kind: w.kind, kindReason: w.kindReason, confidence: w.confidence })) } : {}),
      };
    }),
    findings,
    order: {
      orderId: order.orderId ?? null,
      product: order.product ?? null,
      amount: order.amount ?? null,
      paidAt: order.paidAt ?? null,
      deliveredAt: order.deliveredAt ?? null,
      merchant: order.merchant ?? null,
      currency: order.currency,
      category: order.category,
      file: order.file ?? null,
      fromRecord: order.source === 'record',
    },
    timeline: timelineOf(model),
    ...quotesOf(model, mask),
    asked: model.claim.amount ?? order.amount ?? null,
    timezone,
    ms,
  };
}

/** The result of a case that could not be checked: one case-invalid finding. */
export function invalidResult(displayPath: string, dir: string | null, reason: string | null, raw: RawFinding | RawFinding[], options: BuildOptions, ms: number): CaseResult {
  return {
    path: displayPath,
    dir,
    reason,
    verdict: 'not-ready',
    score: 0,
    deadline: { status: 'unknown', due: null, remainingHours: null },
    evidence: [],
    findings: [raw].flat().map((f) => presentFinding(f, options.lang, (s) => s)),
    order: { orderId: null, product: null, amount: null, paidAt: null, deliveredAt: null, merchant: null, currency: 'CNY', category: 'other', file: null, fromRecord: false },
    timeline: [],
    quotes: {},
    asked: null,
    timezone: 'Asia/Shanghai',
    ms,
  };
}

/**
 * The order numbers of a case, which stay readable when everything else long and
 * numeric is masked: this order's own number, numbers labelled as an order number,
 * and date-based numbers quoted in a chat (another order the buyer mentions).
 */
export function orderNumbers(model: CaseModel): Set<string> {
  const keep = new Set<string>();
  const add = (id: string): void => {
    keep.add(id);
    keep.add(id.replace(/^[A-Za-z]+/, ''));
  };
  if (model.order.orderId) add(model.order.orderId);
  for (const f of model.facts.orderIds) {
    if (f.label === 'order' || (f.label === 'bare' && /^[A-Z]{0,4}20\d{2}(0[1-9]|1[0-2])\d{10,}$/.test(f.value))) add(f.value);
  }
  return keep;
}

/** Message data that quotes the evidence, shortened in messages. */
const QUOTES = new Set(['quote', 'text']);

/** Renders a raw finding in the user's language, its quoted values masked and shortened. */
function presentFinding(f: RawFinding, lang: Lang, mask: (s: string) => string): Finding {
  const check = checkOf(f.code);
  if (!check) throw new Error(`no check reports ${f.code}`);
  const spec = check.messages[f.messageId];
  if (!spec) throw new Error(`${f.code}: unknown message id ${f.messageId}`);
  // Values from the evidence are masked, then shortened, before they enter the message
  // (in that order: a cut number would no longer be recognised); the templates are ours.
  // A file name is shown as it is (the finding names the file whole anyway).
  const data: FindingData = Object.fromEntries(
    Object.entries(f.data).map(([k, v]) => {
      if (typeof v !== 'string' || k === 'file') return [k, v];
      const masked = mask(v);
      return [k, QUOTES.has(k) ? shorten(masked) : masked];
    }),
  );
  return {
    code: f.code,
    severity: f.severity,
    file: f.file,
    message: render(spec.message, lang, data),
    suggestion: render(spec.suggestion, lang, data),
    messageId: f.messageId,
    boxes: f.boxes,
  };
}

/** Shortens a quoted line for a message. */
function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Green boxes on the phrases that carry the claim, red boxes on those behind a finding against it. */
/** The evidence grouped by file, in the order first read (a split screen's windows together). */
function byFile(evidence: Evidence[]): Evidence[][] {
  const files = new Map<string, Evidence[]>();
  for (const e of evidence) files.set(e.file, [...(files.get(e.file) ?? []), e]);
  return [...files.values()];
}

function highlightsOf(file: string, model: CaseModel, findings: Finding[]): Highlight[] {
  const out: Highlight[] = [];
  const { facts } = model;
  const support = (refs: { file: string; box?: Box }[], label: string): void => {
    for (const r of refs) if (r.file === file && r.box) out.push({ box: r.box, tone: 'support', label });
  };
  support(facts.failures.filter((f) => model.reason.failures.includes(f.kind)).map((f) => f.ref), 'failure');
  support(facts.reports, 'report');
  support([...facts.undertakings, ...facts.promises], 'promise');
  support(facts.orderIds.filter((o) => model.order.orderId && o.value === model.order.orderId).map((o) => o.ref), 'order number');
  for (const [i, f] of findings.entries()) {
    const check = checkOf(f.code);
    if (f.file !== file || !check || !hurtsClaim(check)) continue;
    for (const box of f.boxes) out.push({ box, tone: 'hurt', label: f.code, finding: i });
  }
  return out;
}

/** Boxes of the OCR words that hold a secret, to blur in pictures of the file. */
function secretBoxesOf(e: Evidence, keep: ReadonlySet<string>): Box[] {
  const boxes: Box[] = [];
  for (const line of e.lines) {
    if (maskSecrets(line.text, keep) === line.text) continue;
    const words = (line.words ?? []).filter((w) => /\d{4,}|[A-Z0-9]{4,}-/.test(w.text));
    if (words.length > 0) boxes.push(...words.map((w) => w.box));
    else if (line.box) boxes.push(line.box);
  }
  return boxes;
}

function timelineOf(model: CaseModel): CaseResult['timeline'] {
  const { order, facts } = model;
  const firstTime = (file: string | undefined): Date | null =>
    file === undefined ? null : (facts.times.filter((t) => t.ref.file === file && t.source === 'text').map((t) => t.at)[0] ?? facts.times.find((t) => t.ref.file === file)?.at ?? null);
  const failure = facts.failures.find((f) => f.ref.kind === 'error');
  const report = facts.reports[0];
  const reply = facts.replies[0];
  const events: CaseResult['timeline'] = [
    { event: 'paid', at: order.paidAt ?? null, file: order.file ?? null },
    { event: 'delivered', at: order.deliveredAt ?? null, file: order.file ?? null },
    { event: 'failure', at: firstTime(failure?.ref.file), file: failure?.ref.file ?? null },
    { event: 'reported', at: firstTime(report?.file), file: report?.file ?? null },
    { event: 'replied', at: firstTime(reply?.file), file: reply?.file ?? null },
    { event: 'filed', at: model.filedAt, file: null },
  ];
  return events.filter((e) => e.at !== null || e.file !== null);
}

/** A price as a product card in a chat shows it ("¥88.00"): the card is no reply. */
const PRICE = /[¥￥]\s?\d/;

/**
 * The lines to quote (masked) and which of them, and of the order facts, the request marks
 * "(please check)". A line read with less than QUOTE_MIN_CONF is never quoted (the next
 * candidate is); one read with less than SURE_CONF is quoted and marked.
 */
function quotesOf(model: CaseModel, mask: (s: string) => string): Pick<CaseResult, 'quotes' | 'unsure'> {
  const { facts, order } = model;
  const confOf = (ref: FactRef): number => ref.conf ?? 100;
  const readable = (ref: FactRef): boolean => confOf(ref) >= QUOTE_MIN_CONF;
  const errors = facts.failures.filter((f) => f.ref.kind === 'error' && (f.quoteConf ?? confOf(f.ref)) >= QUOTE_MIN_CONF);
  const failure = errors.find((f) => model.reason.failures.includes(f.kind)) ?? errors[0];
  const report = facts.reports.find(readable);
  // A bubble read in part (its first lines unreadable just above it) is no whole sentence.
  const rest = (r: FactRef): boolean =>
    facts.replies.some((u) => {
      if (u === r || u.file !== r.file || readable(u) || !u.box || !r.box) return false;
      const gap = r.box.y - (u.box.y + u.box.h);
      return gap > -4 && gap < Math.min(u.box.h, r.box.h);
    });
  // A reply to quote says something: not a product card's price or status ("¥88.00", "待发货").
  const reply = facts.replies.find((r) => readable(r) && !rest(r) && !PRICE.test(r.text) && (r.text.match(/[\p{L}\p{N}]/gu) ?? []).length > 3);
  // The merchant's strongest word: a refund or replacement undertaking before a guarantee.
  const promise = facts.undertakings.find(readable) ?? facts.promises.find(readable);
  const unsure = (conf: number | undefined): boolean => conf !== undefined && conf < SURE_CONF;
  const onOrder = (f: { ref: FactRef }): boolean => order.source === 'screenshot' && f.ref.file === order.file;
  const product = facts.products.find((p) => p.value === order.product && onOrder(p));
  const ids = facts.orderIds.filter((f) => f.value === order.orderId);
  const read = ids.find(onOrder);
  return {
    quotes: {
      error: failure && mask(failure.quote),
      report: report && mask(report.text),
      reply: reply && mask(reply.text),
      promise: promise && mask(promise.text),
    },
    unsure: {
      error: unsure(failure && (failure.quoteConf ?? confOf(failure.ref))),
      report: unsure(report && confOf(report)),
      reply: unsure(reply && confOf(reply)),
      promise: unsure(promise && confOf(promise)),
      product: unsure(product && confOf(product.ref)),
      // An order number from a screenshot alone: read with doubt, or shown nowhere else.
      orderId: read !== undefined && (unsure(confOf(read.ref)) || !ids.some((f) => f.ref.file !== read.ref.file)),
    },
  };
}

function factsOf(file: string, facts: Facts, mask: (s: string) => string): Record<string, unknown> {
  const mine = <T extends { ref: { file: string } }>(list: T[]): T[] => list.filter((f) => f.ref.file === file);
  const refs = (list: { file: string; text: string }[]): string[] => list.filter((r) => r.file === file).map((r) => mask(r.text));
  const out: Record<string, unknown> = {
    order_ids: unique(mine(facts.orderIds).map((f) => mask(f.value))),
    amounts: unique(mine(facts.amounts).map((f) => f.value)),
    times: unique(mine(facts.times).map((f) => f.at.toISOString())),
    failures: unique(mine(facts.failures).map((f) => f.kind)),
    problem_reports: refs(facts.reports),
    merchant_replies: refs(facts.replies),
    promises: refs([...facts.undertakings, ...facts.promises]),
    delivery_promises: refs(facts.deliveryPromises.map((p) => p.ref)),
    refund_terms: unique([...mine(facts.noRefund).map((f) => mask(f.ref.text)), ...mine(facts.windows).map((f) => mask(f.ref.text))]),
    private_channel: refs(facts.privateChannel),
    threats: refs(facts.threats),
    wrong_purchase: refs(facts.wrongPurchase),
    cancel_request: refs(facts.cancels),
  };
  for (const key of Object.keys(out)) if ((out[key] as unknown[]).length === 0) delete out[key];
  return out;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
