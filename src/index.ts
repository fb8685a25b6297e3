/** Public entry: check case folders from code or tests. The CLI is a thin shell over this. */
import { checkCase, type CheckOptions, type DebugEvent } from './check-case.js';
import { discoverCases } from './discover.js';
import { OcrCache } from './ingest/ocr/cache.js';
import { createEngine, type OcrChoice, type OcrEngine } from './ingest/ocr/engine.js';
import { summarize, type CaseResult, type RunResult } from './result/types.js';
import { inShard, type Shard } from './shard.js';
import { loadRules } from './rules/load.js';
import type { Lang } from './types.js';

export { checkCase, type CheckOptions, type DebugEvent } from './check-case.js';
export { discoverCases } from './discover.js';
export { createEngine, OCR_CHOICES, type OcrChoice, type OcrEngine } from './ingest/ocr/engine.js';
export { loadRules, type RuleSet } from './rules/load.js';
export { summarize, type CaseResult, type EvidenceSummary, type Finding, type Highlight, type RunResult, type RunSummary } from './result/types.js';
export * from './report/index.js';

export interface RunOptions {
  now?: Date;
  lang?: Lang;
  minScore?: number;
  rulesDirs?: string[];
  jobs?: number;
  showSecrets?: boolean;
  /** Called after each case, in order. */
  onCase?: (result: CaseResult, index: number, total: number) => void;
  /** Called once the cases are known. */
  onStart?: (total: number) => void;
  /** Only the cases of this shard. */
  shard?: Shard;
  /** OCR cache folder; null for no cache. Default: none (the CLI passes the user cache). */
  cacheDir?: string | null;
  /** An OCR engine to use (and leave open); by default one of `ocr` is made and closed. */
  engine?: OcrEngine;
  /** Which OCR engine reads the screenshots (default `auto`); ignored when `engine` is given. */
  ocr?: OcrChoice;
  /** The platform profile for claims that name none; default `generic`. */
  platform?: string;
  /** Timings per stage and the text read from each file. */
  debug?: (event: DebugEvent) => void;
}

/** Checks every case under the given paths with one shared OCR engine. */
export async function checkPaths(paths: string[], options: RunOptions = {}): Promise<RunResult> {
  const refs = discoverCases(paths).filter((r) => !options.shard || inShard(r.display, options.shard));
  options.onStart?.(refs.length);
  const rules = loadRules(options.rulesDirs ?? []);
  const engine = options.engine ?? (await createEngine(options.ocr ?? 'auto', options.jobs ?? 2));
  const checkOptions: CheckOptions = {
    rules,
    engine,
    now: options.now ?? new Date(),
    lang: options.lang ?? 'zh',
    minScore: options.minScore ?? 80,
    showSecrets: options.showSecrets,
    cache: options.cacheDir ? new OcrCache(options.cacheDir) : undefined,
    platform: options.platform,
    debug: options.debug,
  };
  // Two cases in flight keep every OCR worker busy (one case's last image while the next
  // case starts); results are reported in discovery order.
  const cases: CaseResult[] = [];
  const pending = new Map<number, CaseResult>();
  let next = 0;
  let reported = 0;
  const worker = async (): Promise<void> => {
    while (next < refs.length) {
      const i = next++;
      const ref = refs[i]!;
      pending.set(i, await checkCase(ref.dir, ref.display, checkOptions));
      while (pending.has(reported)) {
        const result = pending.get(reported)!;
        pending.delete(reported);
        cases.push(result);
        options.onCase?.(result, reported, refs.length);
        reported++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(2, refs.length) }, worker));
  } finally {
    if (!options.engine) await engine.close();
  }
  return { cases, summary: summarize(cases) };
}
