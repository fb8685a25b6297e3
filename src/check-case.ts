import { readdirSync } from 'node:fs';
import pMap from 'p-map';
import { ClaimError, loadCase, parseTime } from './case/load.js';
import { whereOf, type FileProblem } from './case/problems.js';
import { CHECKS } from './checks/index.js';
import caseInvalid from './checks/case-invalid.js';
import { render, runCheck, type RawFinding } from './checks/define.js';
import { extractFacts, extractPolicyText } from './facts/extract.js';
import type { Facts } from './facts/types.js';
import { listEvidence } from './ingest/files.js';
import { readEvidence } from './ingest/evidence.js';
import type { OcrCache } from './ingest/cache.js';
import type { OcrPool } from './ingest/ocr.js';
import { computeDeadline, orderView, type CaseModel, type DeadlineStatus } from './model.js';
import type { RuleSet } from './rules/load.js';
import { scoreOf, verdictOf, type Verdict } from './score.js';
import { maskSecrets } from './secrets.js';
import type { Box, Evidence, EvidenceKind, Lang, Severity } from './types.js';

/** Images of one case read at the same time (decoded, cut into blocks, queued for OCR). */
const IMAGES_IN_FLIGHT = 2;

/** Options of one check run. */
export interface CheckOptions {
  rules: RuleSet;
  pool: OcrPool;
  /** The current time for deadlines (`--now`); `filed_at` in the claim wins. */
  now: Date;
  lang: Lang;
  minScore: number;
  /** OCR results by image hash; none: every image is read again. */
  cache?: OcrCache;
  /** Show card codes and phone numbers whole (local debugging only). */
  showSecrets?: boolean;
  /** The platform profile for a claim that names none (the project config's); default `generic`. */
  platform?: string;
  /** Timings per stage and the text read from each file (`--debug`). */
  debug?: (event: DebugEvent) => void;
}

/** What `--debug` shows: a stage of one case and how long it took, or the text read from one file. */
export type DebugEvent =
  | { type: 'stage'; case: string; stage: 'load' | 'read' | 'facts' | 'checks'; ms: number }
  | { type: 'evidence'; case: string; file: string; kind: EvidenceKind; confidence: number; text: string };

/** One evidence file in a result. */
export interface EvidenceSummary {
  file: string;
  kind: EvidenceKind;
  confidence: number;
  facts: Record<string, unknown>;
  /** Where the file is on disk (not in the JSON report). */
  absPath?: string;
  width?: number;
  height?: number;
  /** Phrases that support the claim (green) or hurt it (red), in the file's pixels. */
  highlights?: { box: Box; tone: 'support' | 'hurt'; label: string }[];
  /** Boxes of text holding a secret (card code, phone, ID): to blur in any picture of the file. */
  secretBoxes?: Box[];
}

/** A finding as reported to the user. */
export interface Finding {
  code: string;
  severity: Severity;
  file: string | null;
  message: string;
  suggestion: string;
  messageId: string;
  /** Boxes of the phrases behind the finding, in the file's pixels. */
  boxes: Box[];
}

/** The result of checking one case folder. */
export interface CaseResult {
  /** The case folder as given on the command line (or relative to the batch root). */
  path: string;
  reason: string | null;
  verdict: Verdict;
  score: number;
  deadline: { due: string | null; remaining_hours: number | null; status: DeadlineStatus };
  evidence: EvidenceSummary[];
  findings: Finding[];
  /** The order as known (record or screenshot), for reports and the refund request. */
  order: {
    order_id: string | null;
    product: string | null;
    amount: number | null;
    paid_at: string | null;
    delivered_at: string | null;
    merchant: string | null;
  };
  /** The chain in time order: paid, delivered, failure, reported, replied, filed. */
  timeline: { event: 'paid' | 'delivered' | 'failure' | 'reported' | 'replied' | 'filed'; at: string | null; file: string | null }[];
  /** Lines quoted from the evidence (masked): the error text, the buyer's report, the merchant's reply and promise. */
  quotes: { error?: string; report?: string; reply?: string; promise?: string };
  /** The refund amount asked for: the claim's amount, else the order's. */
  asked: number | null;
  timezone: string;
  /** Wall time of the check in milliseconds. */
  ms: number;
}

/**
 * Checks one case folder: loads the claim and order, reads every evidence file
 * (OCR through the shared pool), extracts facts, runs every check, scores.
 * Problems the user can fix come back as findings; only a programming error throws.
 */
export async function checkCase(dir: string, displayPath: string, options: CheckOptions): Promise<CaseResult> {
  const started = Date.now();
  const names = new Set(safeList(dir));
  let loaded;
  try {
    loaded = loadCase(dir, names, { reasons: Object.keys(options.rules.reasons), platforms: Object.keys(options.rules.platforms) }, options.platform);
  } catch (err) {
    if (err instanceof ClaimError) return invalid(displayPath, err, options, started);
    throw err;
  }
  const { claim, claimFile } = loaded;
  let lap = started;
  const stage = (name: 'load' | 'read' | 'facts' | 'checks'): void => {
    const now = Date.now();
    options.debug?.({ type: 'stage', case: displayPath, stage: name, ms: now - lap });
    lap = now;
  };
  stage('load');
  // loadCase has checked both ids against these rules.
  const reason = options.rules.reasons[claim.reason]!;
  const platform = options.rules.platforms[claim.platform]!;

  const timezone = claim.timezone;
  const filedAt = claim.filed_at ? parseTime(claim.filed_at, timezone) : options.now;
  const skip = new Set([loaded.orderFile, claimFile].filter((f): f is string => Boolean(f)));
  const listing = listEvidence(dir, skip);
  // A few images at a time: each is decoded in full (a 400-screenshot folder read all at
  // once would hold gigabytes), and the OCR pool is the bottleneck anyway.
  const evidence: Evidence[] = await pMap(
    listing.files,
    (f) => readEvidence(f, options.pool, options.rules.lexicon, loaded.order?.merchant, options.cache),
    { concurrency: IMAGES_IN_FLIGHT },
  );
  if (options.debug) {
    for (const e of evidence) options.debug({ type: 'evidence', case: displayPath, file: e.file, kind: e.kind, confidence: e.confidence, text: e.lines.map((l) => l.text).join('\n') });
  }
  stage('read');
  for (const p of listing.problems) {
    evidence.push({ file: p.file, absPath: '', source: 'image', kind: 'other', kindFrom: 'content', lines: [], confidence: 0, unreadable: p.problem });
  }

  const reference = loaded.order ? parseTime(loaded.order.paid_at, timezone) : filedAt;
  const ctx = { lexicon: options.rules.lexicon, timezone, reference };
  const facts: Facts = extractFacts(evidence, ctx);
  if (loaded.order?.policy) extractPolicyText(loaded.order.policy, loaded.orderFile ?? 'order.json', ctx, facts);
  const order = orderView(loaded.order, loaded.orderFile, facts, evidence, timezone);
  const model: CaseModel = {
    dir,
    claim,
    claimFile,
    reasonId: claim.reason,
    reason,
    platform,
    rules: options.rules,
    order,
    orderRecord: loaded.order,
    orderFile: loaded.orderFile,
    orderProblems: loaded.orderProblems,
    evidence,
    facts,
    filedAt,
    timezone,
    deadline: computeDeadline(claim.reason, platform, order, facts, filedAt),
  };
  stage('facts');
  const raw = CHECKS.flatMap((check) => runCheck(check, model));
  stage('checks');
  const keep = orderNumbers(model);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const findings = raw.map((f) => present(f, options, keep)).sort((a, b) => rank[a.severity] - rank[b.severity]);
  const score = scoreOf(findings);
  const d = model.deadline;
  return {
    path: displayPath,
    reason: claim.reason,
    verdict: verdictOf(findings, score, options.minScore),
    score,
    deadline: {
      due: d.due ? isoInZone(d.due, timezone) : null,
      remaining_hours: d.remainingHours ?? null,
      status: d.status,
    },
    evidence: evidence.map((e) => ({
      file: e.file,
      kind: e.kind,
      confidence: e.confidence,
      facts: factsOf(e.file, facts, options, keep),
      absPath: e.absPath || undefined,
      width: e.width,
      height: e.height,
      highlights: highlightsOf(e.file, model, findings),
      secretBoxes: secretBoxesOf(e, keep),
    })),
    findings,
    order: {
      order_id: order.orderId ?? null,
      product: order.product ?? null,
      amount: order.amount ?? null,
      paid_at: order.paidAt ? isoInZone(order.paidAt, timezone) : null,
      delivered_at: order.deliveredAt ? isoInZone(order.deliveredAt, timezone) : null,
      merchant: order.merchant ?? null,
    },
    timeline: timelineOf(model),
    quotes: quotesOf(model, options, keep),
    asked: claim.amount ?? order.amount ?? null,
    timezone,
    ms: Date.now() - started,
  };
}

/**
 * The order numbers of a case, which stay readable when everything else long and
 * numeric is masked: this order's own number, numbers labelled as an order number,
 * and date-based numbers quoted in a chat (another order the buyer mentions).
 */
function orderNumbers(model: CaseModel): Set<string> {
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

function present(f: RawFinding, options: CheckOptions, keep: ReadonlySet<string> = new Set()): Finding {
  const check = CHECKS.find((c) => c.code === f.code) ?? caseInvalid;
  const spec = check.messages[f.messageId as keyof typeof check.messages];
  // Values from the evidence are masked, then shortened, before they enter the message
  // (in that order: a cut number would no longer be recognised); the templates are ours.
  // A file name is shown as it is (the finding names the file whole anyway).
  const data = Object.fromEntries(
    Object.entries(f.data).map(([k, v]) => {
      if (typeof v !== 'string' || k === 'file') return [k, v];
      const masked = options.showSecrets ? v : maskSecrets(v, keep);
      return [k, QUOTES.has(k) ? shorten(masked) : masked];
    }),
  );
  return {
    code: f.code,
    severity: f.severity,
    file: f.file,
    message: render(spec.message, options.lang, data),
    suggestion: render(spec.suggestion, options.lang, data),
    messageId: f.messageId,
    boxes: f.boxes,
  };
}

const HURTS = new Set(['private-channel', 'threatening-language', 'order-id-mismatch', 'amount-mismatch', 'reason-mismatch', 'timeline-inconsistent', 'error-capture-mismatch', 'policy-no-refund', 'deadline-passed']);

/** Green boxes on the phrases that carry the claim, red boxes on those behind a finding against it. */
function highlightsOf(file: string, model: CaseModel, findings: Finding[]): { box: Box; tone: 'support' | 'hurt'; label: string }[] {
  const out: { box: Box; tone: 'support' | 'hurt'; label: string }[] = [];
  const { facts } = model;
  const support = (refs: { file: string; box?: Box }[], label: string): void => {
    for (const r of refs) if (r.file === file && r.box) out.push({ box: r.box, tone: 'support', label });
  };
  support(facts.failures.filter((f) => model.reason.failures.includes(f.kind)).map((f) => f.ref), 'failure');
  support(facts.reports, 'report');
  support(facts.promises, 'promise');
  support(facts.orderIds.filter((o) => model.order.orderId && o.value === model.order.orderId).map((o) => o.ref), 'order number');
  for (const f of findings) {
    if (f.file !== file || !(f.severity === 'error' || HURTS.has(f.code))) continue;
    for (const box of f.boxes) out.push({ box, tone: 'hurt', label: f.code });
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
  const { order, facts, timezone } = model;
  const at = (d: Date | undefined): string | null => (d ? isoInZone(d, timezone) : null);
  const firstTime = (file: string | undefined): Date | undefined =>
    file === undefined ? undefined : facts.times.filter((t) => t.ref.file === file && t.source === 'text').map((t) => t.at)[0] ?? facts.times.find((t) => t.ref.file === file)?.at;
  const failure = facts.failures.find((f) => f.ref.kind === 'error');
  const report = facts.reports[0];
  const reply = facts.replies[0];
  const events: CaseResult['timeline'] = [
    { event: 'paid', at: at(order.paidAt), file: order.file ?? null },
    { event: 'delivered', at: at(order.deliveredAt), file: order.file ?? null },
    { event: 'failure', at: at(firstTime(failure?.ref.file)), file: failure?.ref.file ?? null },
    { event: 'reported', at: at(firstTime(report?.file)), file: report?.file ?? null },
    { event: 'replied', at: at(firstTime(reply?.file)), file: reply?.file ?? null },
    { event: 'filed', at: at(model.filedAt), file: null },
  ];
  return events.filter((e) => e.at !== null || e.file !== null);
}

function quotesOf(model: CaseModel, options: CheckOptions, keep: ReadonlySet<string>): CaseResult['quotes'] {
  const mask = (s: string | undefined): string | undefined => (s === undefined ? undefined : options.showSecrets ? s : maskSecrets(s, keep));
  const { facts } = model;
  const failure = facts.failures.find((f) => f.ref.kind === 'error' && model.reason.failures.includes(f.kind)) ?? facts.failures.find((f) => f.ref.kind === 'error');
  return {
    error: mask(failure?.ref.text),
    report: mask(facts.reports[0]?.text),
    reply: mask(facts.replies[0]?.text),
    promise: mask(facts.promises[0]?.text),
  };
}

/** Message data that quotes the evidence, shortened in messages. */
const QUOTES = new Set(['quote', 'text']);

/** Shortens a quoted line for a message. */
function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function emptyOrder(): CaseResult['order'] {
  return { order_id: null, product: null, amount: null, paid_at: null, delivered_at: null, merchant: null };
}

function invalid(path: string, error: ClaimError, options: CheckOptions, started: number): CaseResult {
  const finding = (p: FileProblem, messageId: 'claim' | 'order'): RawFinding => ({
    code: 'case-invalid',
    severity: 'error',
    file: p.file,
    boxes: [],
    messageId,
    data: { where: whereOf(p), problem: p.message, fix: p.fix },
  });
  const raw = [...error.problems.map((p) => finding(p, 'claim')), ...error.orderProblems.map((p) => finding(p, 'order'))];
  const findings = raw.map((f) => present(f, options));
  const reason = null;
  return {
    path,
    reason,
    verdict: 'not-ready',
    score: 0,
    deadline: { due: null, remaining_hours: null, status: 'unknown' },
    evidence: [],
    findings,
    order: emptyOrder(),
    timeline: [],
    quotes: {},
    asked: null,
    timezone: 'Asia/Shanghai',
    ms: Date.now() - started,
  };
}

function factsOf(file: string, facts: Facts, options: CheckOptions, keep: ReadonlySet<string>): Record<string, unknown> {
  const mine = <T extends { ref: { file: string } }>(list: T[]): T[] => list.filter((f) => f.ref.file === file);
  const refs = (list: { file: string; text: string }[]): string[] => list.filter((r) => r.file === file).map((r) => mask(r.text));
  const mask = (s: string): string => (options.showSecrets ? s : maskSecrets(s, keep));
  const out: Record<string, unknown> = {
    order_ids: unique(mine(facts.orderIds).map((f) => mask(f.value))),
    amounts: unique(mine(facts.amounts).map((f) => f.value)),
    times: unique(mine(facts.times).map((f) => f.at.toISOString())),
    failures: unique(mine(facts.failures).map((f) => f.kind)),
    problem_reports: refs(facts.reports),
    merchant_replies: refs(facts.replies),
    promises: refs(facts.promises),
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

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-26T14:32:10+08:00. */
export function isoInZone(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(at);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}

