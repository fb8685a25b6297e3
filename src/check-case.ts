import { readdirSync } from 'node:fs';
import pMap from 'p-map';
import { ClaimError, loadCase, parseTime } from './case/load.js';
import { positionOf, type FieldProblem } from './case/problems.js';
import { CHECKS } from './checks/index.js';
import { runCheck, type RawFinding } from './checks/define.js';
import { listEvidence } from './ingest/files.js';
import { readEvidence } from './ingest/evidence.js';
import type { OcrCache } from './ingest/ocr/cache.js';
import type { OcrEngine } from './ingest/ocr/engine.js';
import { buildModel } from './model.js';
import { buildResult, invalidResult, type BuildOptions } from './result/build.js';
import type { CaseResult } from './result/types.js';
import type { RuleSet } from './rules/load.js';
import type { Evidence, EvidenceKind } from './types.js';

/** Images of one case read at the same time (decoded, cut into blocks, queued for OCR). */
const IMAGES_IN_FLIGHT = 2;

/** Options of one check run. */
export interface CheckOptions extends BuildOptions {
  rules: RuleSet;
  engine: OcrEngine;
  /** The current time for deadlines (`--now`); `filed_at` in the claim wins. */
  now: Date;
  /** OCR results by image hash; none: every image is read again. */
  cache?: OcrCache;
  /** The platform profile for a claim that names none (the project config's); default `generic`. */
  platform?: string;
  /** Timings per stage and the text read from each file (`--debug`). */
  debug?: (event: DebugEvent) => void;
}

/** What `--debug` shows: a stage of one case and how long it took, or the text read from one file. */
export type DebugEvent =
  | { type: 'stage'; case: string; stage: 'load' | 'read' | 'checks'; ms: number }
  | { type: 'evidence'; case: string; file: string; kind: EvidenceKind; confidence: number; text: string };

/**
 * Checks one case folder: loads the claim and order, reads every evidence file
 * (OCR through the shared engine), extracts facts, runs every check, scores.
 * Problems the user can fix come back as findings; only a programming error throws.
 */
export async function checkCase(dir: string, displayPath: string, options: CheckOptions): Promise<CaseResult> {
  const started = Date.now();
  const names = new Set(safeList(dir));
  let loaded;
  try {
    loaded = loadCase(dir, names, { reasons: Object.keys(options.rules.reasons), platforms: Object.keys(options.rules.platforms) }, options.platform);
  } catch (err) {
    if (err instanceof ClaimError) return invalidCase(displayPath, dir, err, options, Date.now() - started);
    throw err;
  }
  const { claim, claimFile } = loaded;
  // loadCase has checked both ids against these rules.
  const reason = options.rules.reasons[claim.reason]!;
  const platform = options.rules.platforms[claim.platform]!;
  let lap = started;
  const stage = (name: 'load' | 'read' | 'checks'): void => {
    const now = Date.now();
    options.debug?.({ type: 'stage', case: displayPath, stage: name, ms: now - lap });
    lap = now;
  };
  stage('load');

  const filedAt = claim.filed_at ? parseTime(claim.filed_at, claim.timezone) : options.now;
  const skip = new Set([loaded.orderFile, claimFile].filter((f): f is string => Boolean(f)));
  const listing = listEvidence(dir, skip);
  // A few images at a time: each is decoded in full (a 400-screenshot folder read all at
  // once would hold gigabytes), and the OCR engine is the bottleneck anyway.
  const evidence: Evidence[] = (
    await pMap(listing.files, (f) => readEvidence(f, options.engine, options.rules.lexicon, loaded.order?.merchant, options.cache), { concurrency: IMAGES_IN_FLIGHT })
  ).flat();
  if (options.debug) {
    for (const e of evidence) options.debug({ type: 'evidence', case: displayPath, file: e.file, kind: e.kind, confidence: e.confidence, text: e.lines.map((l) => l.text).join('\n') });
  }
  stage('read');
  for (const p of listing.problems) {
    evidence.push({ file: p.file, absPath: '', source: 'image', kind: 'other', kindFrom: 'content', lines: [], confidence: 0, unreadable: p.problem });
  }

  const model = buildModel({ dir, loaded, reason, platform, rules: options.rules, evidence, filedAt });
  const raw = CHECKS.flatMap((check) => runCheck(check, model));
  stage('checks');
  return buildResult(model, raw, displayPath, options, Date.now() - started);
}

/**
 * A case whose claim cannot be used: one case-invalid finding per problem of the claim
 * (`reason` and `platform` for an unknown id, `claim` for the rest) and of the order record.
 */
function invalidCase(displayPath: string, dir: string, error: ClaimError, options: CheckOptions, ms: number): CaseResult {
  const finding = (p: FieldProblem, messageId: 'claim' | 'reason' | 'platform' | 'order'): RawFinding => ({
    code: 'case-invalid',
    severity: 'error',
    boxes: [],
    messageId,
    file: p.file,
    data: { where: positionOf(p), problem: p.message, fix: p.fix },
  });
  const idOf = (p: FieldProblem): 'claim' | 'reason' | 'platform' => (p.unknownId === 'reason' ? 'reason' : p.unknownId === 'platform' ? 'platform' : 'claim');
  const raw = [...error.problems.map((p) => finding(p, idOf(p))), ...error.orderProblems.map((p) => finding(p, 'order'))];
  return invalidResult(displayPath, dir, null, raw, options, ms);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
