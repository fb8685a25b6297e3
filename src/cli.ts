import { writeFileSync, renameSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CaseError, RulePackError, UsageError } from './errors.js';
import { defaultCacheDir } from './ingest/ocr/cache.js';
import { checkPaths, discoverCases } from './index.js';
import { annotateRun } from './report/annotate.js';
import { draftOutput } from './report/draft.js';
import { FORMATTERS, type FormatName } from './report/index.js';
import { Progress } from './report/progress.js';
import type { CaseResult } from './result/types.js';
import { parseShard } from './shard.js';
import { loadRules } from './rules/load.js';
import type { Lang } from './types.js';

const VERSION = '0.1.0';

function parseInteger(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    return n;
  };
}

function parseNow(value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) || Number.isNaN(at.getTime())) {
    throw new InvalidArgumentError('expected an ISO 8601 date-time, e.g. 2026-11-26T14:32:00+08:00');
  }
  return at;
}

function defaultLang(): Lang {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** Runs the command line; returns the exit code (0 ok, 1 a case is failing, 2 cannot run). */
export async function main(argv: string[]): Promise<number> {
  if (argv[2] === 'draft') return draft(argv);
  const program = new Command()
    .name('refund-check')
    .description('Check a virtual-goods refund case folder before filing: evidence, deadline, verdict.')
    .version(VERSION)
    .argument('<paths...>', 'case folders, or folders of cases')
    .option('--now <iso>', 'current time for deadlines (ISO 8601)', parseNow)
    .addOption(new Option('--format <format>', 'report format').choices(['pretty', 'json', 'junit', 'markdown', 'sarif', 'html']).default('pretty'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--lang <lang>', 'message language').choices(['zh', 'en']))
    .option('--min-score <n>', 'score needed for a ready verdict', parseInteger(0, 100), 80)
    .option('--strict', 'a weak case fails too (exit 1)')
    .option('--max-warnings <n>', 'fail when the cases hold more warnings than this', parseInteger(0, 1_000_000))
    .option('--shard <i/n>', 'check only the i-th of n deterministic parts of the batch (CI shards)')
    .option('--quiet', 'no progress on stderr')
    .option('--rules <dir...>', 'extra rule packs (reasons, platforms, lexicons) on top of the built-in ones')
    .option('--jobs <n>', 'parallel OCR workers', parseInteger(1, 64))
    .option('--cache-dir <dir>', 'where OCR results are cached (default: $XDG_CACHE_HOME/refund-check)')
    .option('--no-cache', 'read every image again, without the OCR cache')
    .option('--show-secrets', 'print card codes and phone numbers whole (local debugging only)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  try {
    program.parse(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const opts = program.opts<{
    now?: Date;
    format: FormatName;
    maxWarnings?: number;
    shard?: string;
    quiet?: boolean;
    output?: string;
    lang?: Lang;
    minScore: number;
    strict?: boolean;
    rules?: string[];
    jobs?: number;
    showSecrets?: boolean;
    cache: boolean;
    cacheDir?: string;
  }>();
  const lang = opts.lang ?? defaultLang();
  let progress: Progress | undefined;
  try {
    const shard = opts.shard ? parseShard(opts.shard) : undefined;
    progress = opts.quiet ? undefined : new Progress(process.stderr);
    const run = await checkPaths(program.args, {
      shard,
      onStart: (total) => progress?.start(total),
      onCase: (result, i, total) => progress?.tick(result, i, total),
      now: opts.now,
      lang,
      minScore: opts.minScore,
      rulesDirs: opts.rules,
      jobs: opts.jobs ?? Math.max(1, Math.min(availableParallelism(), 4)),
      showSecrets: opts.showSecrets,
      cacheDir: opts.cache ? (opts.cacheDir ?? defaultCacheDir()) : null,
    });
    progress?.stop();
    const isFailing = (c: CaseResult): boolean => c.verdict === 'not-ready' || (opts.strict === true && c.verdict === 'weak');
    const color = !opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const { cases } = run;
    const images = opts.format === 'html' ? await annotateRun(run) : undefined;
    const text = FORMATTERS[opts.format](run, { lang, color, version: VERSION, rules: loadRules(opts.rules ?? []), isFailing, images });
    if (opts.output) writeAtomically(opts.output, text);
    else process.stdout.write(text);
    const warnings = cases.reduce((n, c) => n + c.findings.filter((f) => f.severity === 'warning').length, 0);
    const tooManyWarnings = opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
    if (tooManyWarnings) process.stderr.write(`refund-check: ${warnings} warnings (more than --max-warnings ${opts.maxWarnings})\n`);
    return cases.some(isFailing) || tooManyWarnings ? 1 : 0;
  } catch (err) {
    progress?.stop();
    if (err instanceof UsageError || err instanceof RulePackError || err instanceof CaseError) {
      process.stderr.write(`refund-check: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/**
 * `refund-check draft CASE`: the refund request (退款申请说明) for one case on stdout;
 * for a not-ready case, what to fix instead and exit 1, unless --force.
 */
async function draft(argv: string[]): Promise<number> {
  const command = new Command()
    .name('refund-check draft')
    .description('Write the refund request (退款申请说明) for one case folder, or what to fix first.')
    .argument('<case>', 'the case folder')
    .option('--now <iso>', 'current time for deadlines (ISO 8601)', parseNow)
    .addOption(new Option('--lang <lang>', 'language of the request').choices(['zh', 'en']))
    .option('--force', 'write the request even when the case is not ready')
    .option('--min-score <n>', 'score needed for a ready verdict', parseInteger(0, 100), 80)
    .option('--rules <dir...>', 'extra rule packs (reasons, platforms, lexicons) on top of the built-in ones')
    .option('--jobs <n>', 'parallel OCR workers', parseInteger(1, 64))
    .option('--cache-dir <dir>', 'where OCR results are cached (default: $XDG_CACHE_HOME/refund-check)')
    .option('--no-cache', 'read every image again, without the OCR cache')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  try {
    command.parse(argv.filter((_, i) => i !== 2));
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const opts = command.opts<{
    now?: Date;
    lang?: Lang;
    force?: boolean;
    minScore: number;
    rules?: string[];
    jobs?: number;
    cache: boolean;
    cacheDir?: string;
  }>();
  const lang = opts.lang ?? defaultLang();
  try {
    const path = command.args[0]!;
    const found = discoverCases([path]);
    if (found.length !== 1) throw new UsageError(`${path}: holds ${found.length} cases; draft writes the request for one case folder`);
    const { cases } = await checkPaths([path], {
      now: opts.now,
      lang,
      minScore: opts.minScore,
      rulesDirs: opts.rules,
      jobs: opts.jobs ?? Math.max(1, Math.min(availableParallelism(), 4)),
      cacheDir: opts.cache ? (opts.cacheDir ?? defaultCacheDir()) : null,
    });
    const result = draftOutput(cases[0]!, { lang, rules: loadRules(opts.rules ?? []), force: opts.force });
    if (result.notes) process.stderr.write(result.notes);
    process.stdout.write(result.text);
    return result.ok ? 0 : 1;
  } catch (err) {
    if (err instanceof UsageError || err instanceof RulePackError || err instanceof CaseError) {
      process.stderr.write(`refund-check: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** Writes a file through a temporary file and a rename, so a reader never sees half a report. */
function writeAtomically(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
