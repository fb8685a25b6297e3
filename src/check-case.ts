import { readdirSync } from 'node:fs';
import pMap from 'p-map';
import { loadCase, parseTime } from './case/load.js';
import { CHECKS } from './checks/index.js';
import { runCheck, type RawFinding } from './checks/define.js';
import { CaseError } from './errors.js';
import { listEvidence } from './ingest/files.js';
import { readEvidence } from './ingest/evidence.js';
import type { OcrCache } from './ingest/ocr/cache.js';
import type { OcrPool } from './ingest/ocr/tesseract.js';
import { buildModel } from './model.js';
import { buildResult, invalidResult, type BuildOptions } from './result/build.js';
import type { CaseResult } from './result/types.js';
import type { RuleSet } from './rules/load.js';
import type { Evidence } from './types.js';

/** Images of one case read at the same time (decoded, cut into blocks, queued for OCR). */
const IMAGES_IN_FLIGHT = 2;

/** Options of one check run. */
export interface CheckOptions extends BuildOptions {
  rules: RuleSet;
  pool: OcrPool;
  /** The current time for deadlines (`--now`); `filed_at` in the claim wins. */
  now: Date;
  /** OCR results by image hash; none: every image is read again. */
  cache?: OcrCache;
}

/**
 * Checks one case folder: loads the claim and order, reads every evidence file
 * (OCR through the shared pool), extracts facts, runs every check, scores.
 * Problems the user can fix come back as findings; only a programming error throws.
 */
export async function checkCase(dir: string, displayPath: string, options: CheckOptions): Promise<CaseResult> {
  const started = Date.now();
  const invalid = (reasonId: string | null, finding: Pick<RawFinding, 'messageId' | 'file' | 'data'>): CaseResult =>
    invalidResult(displayPath, dir, reasonId, { code: 'case-invalid', severity: 'error', boxes: [], ...finding }, options, Date.now() - started);
  const names = new Set(safeList(dir));
  let loaded;
  try {
    loaded = loadCase(dir, names);
  } catch (err) {
    if (err instanceof CaseError) return invalid(null, { messageId: 'claim', file: err.file, data: { problem: err.problem } });
    throw err;
  }
  const { claim, claimFile } = loaded;
  const reason = options.rules.reasons[claim.reason];
  if (!reason) return invalid(claim.reason, { messageId: 'reason', file: claimFile, data: { reason: claim.reason, known: Object.keys(options.rules.reasons).join(', ') } });
  const platform = options.rules.platforms[claim.platform];
  if (!platform) return invalid(claim.reason, { messageId: 'platform', file: claimFile, data: { platform: claim.platform, known: Object.keys(options.rules.platforms).join(', ') } });

  const filedAt = claim.filed_at ? parseTime(claim.filed_at, claim.timezone) : options.now;
  const skip = new Set([loaded.orderFile, claimFile].filter((f): f is string => Boolean(f)));
  const listing = listEvidence(dir, skip);
  // A few images at a time: each is decoded in full (a 400-screenshot folder read all at
  // once would hold gigabytes), and the OCR pool is the bottleneck anyway.
  const evidence: Evidence[] = await pMap(
    listing.files,
    (f) => readEvidence(f, options.pool, options.rules.lexicon, loaded.order?.merchant, options.cache),
    { concurrency: IMAGES_IN_FLIGHT },
  );
  for (const p of listing.problems) {
    evidence.push({ file: p.file, absPath: '', source: 'image', kind: 'other', kindFrom: 'content', lines: [], confidence: 0, unreadable: p.problem });
  }

  const model = buildModel({ dir, loaded, reason, platform, rules: options.rules, evidence, filedAt });
  const raw = CHECKS.flatMap((check) => runCheck(check, model));
  return buildResult(model, raw, displayPath, options, Date.now() - started);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
