import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { problemLine } from './case/problems.js';
import { checkOf } from './checks/index.js';
import { explainText, nearestCode } from './commands/explain.js';
import { caseYaml, guessReason, orderJson, writeCaseFiles, type ReasonGuess } from './commands/init.js';
import { ocrJson, ocrText, readFiles } from './commands/ocr.js';
import { formatReasons, reasonRows } from './commands/reasons.js';
import { ConfigError, findConfig, resolveSettings, type FlagValues, type FoundConfig, type Settings } from './config.js';
import { DiscoverError } from './discover.js';
import { CaseError, RulePackError, UsageError } from './errors.js';
import { defaultCacheDir, rememberWarm } from './cache-home.js';
import { OcrCache } from './ingest/ocr/cache.js';
import { createEngine, OCR_CHOICES, resolveChoice, type OcrChoice } from './ingest/ocr/engine.js';
import { checkPaths, discoverCases, type DebugEvent } from './index.js';
import { annotateRun } from './report/annotate.js';
import { draftOutput } from './report/draft.js';
import { FORMATTERS, type FormatName } from './report/index.js';
import { Progress } from './report/progress.js';
import type { CaseResult } from './result/types.js';
import { maskSecrets } from './secrets.js';
import { parseShard } from './shard.js';
import { loadRules } from './rules/load.js';
import type { Lang } from './types.js';

/** The package version, read from package.json (one level above dist/ and src/). */
export const VERSION = ((): string => {
  const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
})();

const FORMATS = Object.keys(FORMATTERS) as FormatName[];
type Format = FormatName;

/** A write that failed: one line naming the file, exit 2. */
class OutputError extends UsageError {
  override name = 'OutputError';
}

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

function localeLang(): Lang {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** The language before the options are parsed (for help and early errors): --lang, else the locale. */
function earlyLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' || value === 'zh' ? value : localeLang();
}

/** Colour on stdout: --no-color wins, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
function useColor(flag: boolean, toFile: boolean): boolean {
  if (!flag) return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (process.env.NO_COLOR) return false;
  return !toFile && process.stdout.isTTY === true;
}

const HELP_AFTER: Record<Lang, string> = {
  zh: `
示例:
  $ refund-check init ./T-1042                 开始一个案件: 写出带说明的 case.yaml 和 order.json
  $ refund-check ./T-1042                      检查一个案件 (中文报告; --lang en 为英文)
  $ refund-check tickets/ -f junit -o reports/junit.xml -q    在 CI 里检查一批案件

退出码:
  0  没有不合格的案件
  1  有案件 not-ready (或 --strict 下为 weak, 或警告多于 --max-warnings)
  2  命令无法运行 (未知参数、路径不存在、没有案件、配置或规则文件有误、无法写出报告)

配置: 从当前文件夹向上查找 refund-check.config.yaml (.json, 或 package.json 的 "refund-check" 键);
命令行参数优先。--print-config 显示生效的设置及其来源。
`,
  en: `
Examples:
  $ refund-check init ./T-1042                 start a case: a commented case.yaml and an order.json to fill in
  $ refund-check ./T-1042 --lang en            check one case
  $ refund-check tickets/ -f junit -o reports/junit.xml -q    check a batch in CI

Exit codes:
  0  no case is failing
  1  a case is not-ready (or weak with --strict, or more warnings than --max-warnings)
  2  the command could not run (unknown flag, missing path, no case found, broken config or rule pack, output not writable)

Config: refund-check.config.yaml (.json, or a "refund-check" key in package.json), found from the
working folder upwards; flags win. --print-config shows what applies and where it came from.
`,
};

interface CheckFlags {
  now?: Date;
  format?: Format;
  output?: string;
  lang?: Lang;
  minScore?: number;
  strict?: boolean;
  maxWarnings?: number;
  shard?: string;
  quiet?: boolean;
  rules?: string[];
  jobs?: number;
  cacheDir?: string;
  cache: boolean;
  ocr?: OcrChoice;
  showSecrets?: boolean;
  platform?: string;
  color: boolean;
  debug?: boolean;
  printConfig?: boolean;
}

/** Runs the command line; returns the exit code (0 ok, 1 a case is failing, 2 cannot run). */
export async function main(argv: string[]): Promise<number> {
  const lang0 = earlyLang(argv);
  let exitCode = 0;
  const program = new Command()
    .name('refund-check')
    .description('Check a virtual-goods (卡盟) refund case folder before filing: evidence, deadline, verdict.')
    .version(VERSION, '-v, --version', 'print the version')
    .argument('[paths...]', 'case folders, or folders of cases')
    .option('--now <iso>', 'current time for deadlines (ISO 8601)', parseNow)
    .addOption(new Option('-f, --format <format>', 'report format (default: pretty)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file (its folder is created)')
    .addOption(new Option('--lang <lang>', 'message language (default: the locale, else zh)').choices(['zh', 'en']))
    .option('--min-score <n>', 'score needed for a ready verdict (default: 80)', parseInteger(0, 100))
    .option('--strict', 'a weak case fails too (exit 1)')
    .option('--max-warnings <n>', 'fail when the cases hold more warnings than this', parseInteger(0, 1_000_000))
    .option('--platform <id>', 'platform profile for claims that name none (default: generic)')
    .option('--shard <i/n>', 'check only the i-th of n deterministic parts of the batch (CI shards)')
    .option('-q, --quiet', 'report errors only, and no progress on stderr')
    .option('--rules <dir...>', 'extra rule packs (reasons, platforms, lexicons) on top of the built-in ones')
    .option('--jobs <n>', 'parallel OCR workers', parseInteger(1, 64))
    .option('--cache-dir <dir>', 'where OCR results are cached (default: $XDG_CACHE_HOME/refund-check)')
    .addOption(ocrOption())
    .option('--no-cache', 'read every image again, without the OCR cache')
    .option('--show-secrets', 'print card codes and phone numbers whole (local debugging only)')
    .option('--no-color', 'no colour (FORCE_COLOR=1 forces it, NO_COLOR=1 turns it off)')
    .option('--debug', 'timings per stage and the text read from each file, on stderr')
    .option('--print-config', 'print the settings that apply and where each comes from, then exit')
    .addHelpText('after', HELP_AFTER[lang0])
    .showSuggestionAfterError(true)
    .helpCommand(true)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .action(async (paths: string[], flags: CheckFlags) => {
      exitCode = await runCheck(paths, flags, argv.slice(2));
    });

  program
    .command('init')
    .description('write a commented case.yaml and an order.json into DIR (never overwrites)')
    .argument('[dir]', 'the case folder (created when missing)', '.')
    .addOption(new Option('--lang <lang>', 'language of the comments').choices(['zh', 'en']))
    .option('--reason <id>', 'the refund reason (no question asked)')
    .option('--platform <id>', 'platform profile for the windows shown (default: generic)')
    .option('--no-read', 'do not read the screenshots to guess the reason')
    .option('--rules <dir...>', 'extra rule packs')
    .option('--cache-dir <dir>', 'OCR cache folder')
    .action(async (dir: string, flags: { lang?: Lang; reason?: string; platform?: string; read: boolean; rules?: string[]; cacheDir?: string }, cmd: Command) => {
      exitCode = await runInit(dir, { ...flags, lang: flags.lang ?? (cmd.optsWithGlobals() as { lang?: Lang }).lang });
    });

  program
    .command('reasons')
    .description('list the refund reasons: what each must show, its window and anchor on a platform')
    .option('--platform <id>', 'platform profile (default: generic, or the project config)')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .option('--rules <dir...>', 'extra rule packs')
    .action((flags: { platform?: string; lang?: Lang; rules?: string[] }, cmd: Command) => {
      exitCode = runReasons({ ...flags, lang: flags.lang ?? (cmd.optsWithGlobals() as { lang?: Lang }).lang });
    });

  program
    .command('explain')
    .description('what a finding code means, why reviewers care, how to fix it')
    .argument('<code>', 'a finding code, e.g. chat-missing')
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .action((code: string, flags: { lang?: Lang }, cmd: Command) => {
      exitCode = runExplain(code, flags.lang ?? (cmd.optsWithGlobals() as { lang?: Lang }).lang ?? settingsLang());
    });

  program
    .command('draft')
    .description('print the refund request (退款申请说明) for one case, or what to fix first')
    .argument('<case>', 'the case folder')
    .option('--now <iso>', 'current time for deadlines (ISO 8601)', parseNow)
    .addOption(new Option('--lang <lang>', 'language of the request').choices(['zh', 'en']))
    .option('--force', 'write the request even when the case is not ready')
    .option('--min-score <n>', 'score needed for a ready verdict', parseInteger(0, 100))
    .option('--rules <dir...>', 'extra rule packs')
    .option('--jobs <n>', 'parallel OCR workers', parseInteger(1, 64))
    .option('--cache-dir <dir>', 'OCR cache folder')
    .option('--no-cache', 'read every image again, without the OCR cache')
    .addOption(ocrOption())
    .action(async (path: string, flags: DraftFlags, cmd: Command) => {
      exitCode = await runDraft(path, { ...flags, lang: flags.lang ?? (cmd.optsWithGlobals() as { lang?: Lang }).lang });
    });

  program
    .command('ocr')
    .description('print what was read from each image: lines with block, speaker side and confidence, and the kind')
    .argument('<files...>', 'image (or chat export) files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']))
    .option('--jobs <n>', 'parallel OCR workers', parseInteger(1, 64))
    .option('--cache-dir <dir>', 'OCR cache folder')
    .option('--no-cache', 'read every image again, without the OCR cache')
    .option('--show-secrets', 'print card codes and phone numbers whole (local debugging only)')
    .addOption(ocrOption())
    .action(async (files: string[], flags: OcrFlags, cmd: Command) => {
      exitCode = await runOcr(files, { ...flags, lang: flags.lang ?? (cmd.optsWithGlobals() as { lang?: Lang }).lang });
    });

  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    return userError(err, lang0);
  }
  return exitCode;
}

/** An error the user can cause, as one line on stderr (exit 2); anything else is re-thrown. */
function userError(err: unknown, lang: Lang): number {
  if (err instanceof ConfigError) {
    for (const p of err.problems) process.stderr.write(`refund-check: ${problemLine(p, lang)}\n`);
    return 2;
  }
  if (err instanceof DiscoverError) {
    process.stderr.write(`refund-check: ${err.text[lang]}\n`);
    return 2;
  }
  if (err instanceof UsageError || err instanceof RulePackError || err instanceof CaseError) {
    process.stderr.write(`refund-check: ${err.message}\n`);
    return 2;
  }
  throw err;
}

/** The language when no flag says: the project config's, else the locale's. */
function settingsLang(): Lang {
  try {
    return findConfig(process.cwd())?.config.lang ?? localeLang();
  } catch {
    return localeLang();
  }
}

function settingsOf(flags: FlagValues, found: FoundConfig | undefined): Settings {
  return resolveSettings(flags, found?.config, {
    lang: localeLang(),
    jobs: Math.max(1, Math.min(availableParallelism(), 4)),
    cacheDir: defaultCacheDir(),
  });
}

async function runCheck(paths: string[], flags: CheckFlags, args: readonly string[]): Promise<number> {
  const lang0 = flags.lang ?? localeLang();
  const t0 = Date.now();
  const debug = flags.debug ? (line: string): void => void process.stderr.write(`[debug] ${line}\n`) : undefined;
  let progress: Progress | undefined;
  try {
    const found = findConfig(process.cwd());
    const settings = settingsOf(
      {
        lang: flags.lang,
        'min-score': flags.minScore,
        strict: flags.strict,
        platform: flags.platform,
        rules: flags.rules?.map((r) => resolve(r)),
        'max-warnings': flags.maxWarnings,
        jobs: flags.jobs,
        'cache-dir': flags.cacheDir ? resolve(flags.cacheDir) : undefined,
        ocr: flags.ocr,
      },
      found,
    );
    const lang = settings.lang.value;
    debug?.(`config: ${found ? found.file : 'none'} (${Date.now() - t0} ms)`);
    if (flags.printConfig) {
      process.stdout.write(printConfig(settings, found, lang, flags.cache));
      return 0;
    }
    if (paths.length === 0) {
      throw new DiscoverError({
        zh: '请给出案件文件夹, 例如 refund-check ./T-1042 (新案件: refund-check init ./T-1042; 帮助: refund-check --help)',
        en: 'give a case folder, e.g. refund-check ./T-1042 (a new case: refund-check init ./T-1042; help: refund-check --help)',
      });
    }
    const shard = flags.shard ? parseShard(flags.shard) : undefined;
    const tRules = Date.now();
    const rules = loadRules(settings.rules.value);
    debug?.(`rules: ${Object.keys(rules.reasons).length} reasons, ${Object.keys(rules.platforms).length} platforms (${Date.now() - tRules} ms)`);
    debug?.(`ocr: ${settings.ocr.value}${settings.ocr.value === 'auto' ? ` (${resolveChoice('auto')})` : ''}, ${settings.jobs.value} job(s)`);
    progress = flags.quiet ? undefined : new Progress(process.stderr);
    const tCheck = Date.now();
    const engine = await createEngine(settings.ocr.value, settings.jobs.value);
    let ocrRan = false;
    const { cases, summary } = await checkPaths(paths, {
      engine,
      shard,
      onStart: (total) => {
        debug?.(`discover: ${total} case(s) (${Date.now() - tCheck} ms)`);
        progress?.start(total);
      },
      onCase: (result, i, total) => {
        debug?.(`case ${result.path}: ${result.verdict} ${result.score} (${result.ms} ms)`);
        progress?.tick(result, i, total);
      },
      now: flags.now,
      lang,
      minScore: settings['min-score'].value,
      rulesDirs: settings.rules.value,
      jobs: settings.jobs.value,
      showSecrets: flags.showSecrets,
      platform: settings.platform.value,
      cacheDir: flags.cache ? settings['cache-dir'].value : null,
      debug: debug ? (e: DebugEvent) => debug(debugLine(e, flags.showSecrets === true)) : undefined,
    }).finally(async () => {
      ocrRan = engine.started;
      await engine.close();
    });
    // Every page came from the cache: the same command next time starts in one process.
    if (process.platform === 'linux') rememberWarm(args, flags.cache && !ocrRan);
    progress?.stop();
    debug?.(`check: ${cases.length} case(s) (${Date.now() - tCheck} ms)`);
    const strict = settings.strict.value;
    const isFailing = (c: CaseResult): boolean => c.verdict === 'not-ready' || (strict && c.verdict === 'weak');
    // --quiet as in ESLint: only errors are reported; verdicts, scores and the exit code stay as they are.
    const shown = flags.quiet ? cases.map((c) => ({ ...c, findings: c.findings.filter((f) => f.severity === 'error') })) : cases;
    const format = flags.format ?? 'pretty';
    const tReport = Date.now();
    const shownRun = { cases: shown, summary };
    const images = format === 'html' ? await annotateRun(shownRun) : undefined;
    const color = useColor(flags.color, flags.output !== undefined);
    const text = FORMATTERS[format](shownRun, { lang, color, version: VERSION, rules, isFailing, images });
    debug?.(`report: ${format} (${Date.now() - tReport} ms)`);
    if (flags.output) writeReport(flags.output, text, lang);
    else process.stdout.write(text);
    const warnings = cases.reduce((n, c) => n + c.findings.filter((f) => f.severity === 'warning').length, 0);
    const maxWarnings = settings['max-warnings'].value;
    const tooManyWarnings = maxWarnings !== null && warnings > maxWarnings;
    if (tooManyWarnings) {
      process.stderr.write(lang === 'zh' ? `refund-check: ${warnings} 个警告, 多于 --max-warnings ${maxWarnings}\n` : `refund-check: ${warnings} warnings (more than --max-warnings ${maxWarnings})\n`);
    }
    debug?.(`total: ${Date.now() - t0} ms`);
    return cases.some(isFailing) || tooManyWarnings ? 1 : 0;
  } catch (err) {
    progress?.stop();
    return userError(err, lang0);
  }
}

function debugLine(e: DebugEvent, showSecrets: boolean): string {
  if (e.type === 'stage') return `${e.case}: ${e.stage} ${e.ms} ms`;
  // Card codes, phone and ID numbers stay masked here too, unless --show-secrets.
  const read = showSecrets ? e.text : maskSecrets(e.text);
  const text = read.trim() ? read.split('\n').map((l) => `    ${l}`).join('\n') : '    (no text)';
  return `${e.case}/${e.file}: ${e.kind}, confidence ${e.confidence}\n${text}`;
}

function printConfig(settings: Settings, found: FoundConfig | undefined, lang: Lang, cache: boolean): string {
  const from = (s: Settings[keyof Settings]): string => {
    const zh = { flag: '命令行参数', config: found?.file ?? '', default: '默认值', environment: '环境 (locale / XDG_CACHE_HOME)' };
    const en = { flag: 'flag', config: found?.file ?? '', default: 'default', environment: 'environment (locale / XDG_CACHE_HOME)' };
    return (lang === 'zh' ? zh : en)[s.source];
  };
  const out = [lang === 'zh' ? `# 配置文件: ${found?.file ?? '无'}` : `# config file: ${found?.file ?? 'none'}`];
  for (const [key, s] of Object.entries(settings) as [keyof Settings, Settings[keyof Settings]][]) {
    let value = Array.isArray(s.value) ? (s.value.length ? s.value.join(', ') : '[]') : s.value === null ? '-' : String(s.value);
    if (key === 'cache-dir' && !cache) value = `${value} (--no-cache)`;
    if (key === 'ocr' && value === 'auto') value = `auto (${resolveChoice('auto')})`;
    out.push(`${key.padEnd(13)} ${value.padEnd(24)} # ${from(s)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Writes the report through a temporary file and a rename (its folder created); a failure is one line, exit 2. */
function writeReport(file: string, text: string, lang: Lang): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const why = { EACCES: ['没有写入权限', 'no permission to write'], EISDIR: ['这是一个文件夹', 'it is a folder'], ENOTDIR: ['路径中有一段不是文件夹', 'a part of the path is not a folder'], EEXIST: ['路径中有一段不是文件夹', 'a part of the path is not a folder'], EROFS: ['文件系统只读', 'read-only file system'], ENOSPC: ['磁盘已满', 'disk full'] }[code] ?? [code, code];
    throw new OutputError(lang === 'zh' ? `无法写出报告 ${file}: ${why[0]}` : `cannot write the report to ${file}: ${why[1]}`);
  }
}

async function runInit(dir: string, flags: { lang?: Lang; reason?: string; platform?: string; read: boolean; rules?: string[]; cacheDir?: string }): Promise<number> {
  const lang0 = flags.lang ?? localeLang();
  try {
    const found = findConfig(process.cwd());
    const settings = settingsOf({ lang: flags.lang, platform: flags.platform, rules: flags.rules?.map((r) => resolve(r)), 'cache-dir': flags.cacheDir }, found);
    const lang = settings.lang.value;
    const zh = lang === 'zh';
    const rules = loadRules(settings.rules.value);
    const ids = Object.keys(rules.reasons);
    if (flags.reason !== undefined && !ids.includes(flags.reason)) {
      throw new UsageError(zh ? `未知的退款原因 "${flags.reason}"; 可选: ${ids.join(', ')}` : `unknown refund reason "${flags.reason}"; one of: ${ids.join(', ')}`);
    }
    if (!rules.platforms[settings.platform.value]) {
      throw new UsageError(zh ? `未知的平台规则 "${settings.platform.value}"` : `unknown platform profile "${settings.platform.value}"`);
    }
    let guess: ReasonGuess | undefined;
    if (flags.reason === undefined && flags.read) {
      guess = await guessReason(dir, { rules, cache: new OcrCache(settings['cache-dir'].value), now: new Date() });
    } else if (flags.reason === undefined) {
      guess = { files: 0, why: { zh: '没有读取截图 (--no-read), 未推测退款原因', en: 'screenshots not read (--no-read), so no reason was guessed' } };
    }
    let reason = flags.reason ?? guess?.reason;
    if (flags.reason === undefined && process.stdin.isTTY === true && process.stdout.isTTY === true) {
      reason = await askReason(rules, lang, reason);
    }
    const result = writeCaseFiles(dir, { caseYaml: caseYaml(lang, rules, settings.platform.value, reason, guess), orderJson: orderJson() });
    const out: string[] = [];
    for (const f of result.written) out.push(zh ? `已写出 ${join(dir, f)}` : `wrote ${join(dir, f)}`);
    for (const f of result.kept) out.push(zh ? `${join(dir, f)} 已存在, 未改动` : `${join(dir, f)} exists, left as it is`);
    if (guess && flags.reason === undefined) out.push(zh ? `退款原因: ${reason ?? '未定'} (${guess.why.zh})` : `reason: ${reason ?? 'not set'} (${guess.why.en})`);
    out.push(
      zh
        ? `下一步: 填好 order.json${reason ? '' : ' 和 case.yaml 里的 reason'}, 把截图放进 ${dir}, 然后运行 refund-check ${dir}`
        : `next: fill in order.json${reason ? '' : ' and the reason in case.yaml'}, put the screenshots into ${dir}, then run refund-check ${dir}`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } catch (err) {
    return userError(err, lang0);
  }
}

/** Asks for the reason on a terminal: a number or an id; Enter keeps the guess; end of input keeps it too. */
async function askReason(rules: ReturnType<typeof loadRules>, lang: Lang, guess: string | undefined): Promise<string | undefined> {
  const rows = reasonRows(rules, 'generic', lang);
  rows.forEach((r, i) => {
    process.stdout.write(`  ${i + 1}) ${r.id}  ${r.name}\n     ${lang === 'zh' ? '需要' : 'needs'}: ${r.needs.join('; ')}\n`);
    if (r.window) process.stdout.write(`     ${lang === 'zh' ? '时限' : 'window'}: ${r.window}\n`);
  });
  const prompt = lang === 'zh' ? `退款原因 (1-${rows.length} 或 id${guess ? `, 回车选 ${guess}` : ''}): ` : `refund reason (1-${rows.length} or an id${guess ? `, Enter for ${guess}` : ''}): `;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  try {
    process.stdout.write(prompt);
    for await (const line of rl) {
      const answer = line.trim();
      if (answer === '' && guess) return guess;
      const byNumber = /^\d+$/.test(answer) ? rows[Number(answer) - 1] : undefined;
      if (byNumber) return byNumber.id;
      if (rows.some((r) => r.id === answer)) return answer;
      process.stdout.write(prompt);
    }
    return guess;
  } finally {
    rl.close();
  }
}

function runReasons(flags: { platform?: string; lang?: Lang; rules?: string[] }): number {
  const lang0 = flags.lang ?? localeLang();
  try {
    const found = findConfig(process.cwd());
    const settings = settingsOf({ lang: flags.lang, platform: flags.platform, rules: flags.rules?.map((r) => resolve(r)) }, found);
    const rules = loadRules(settings.rules.value);
    const platform = settings.platform.value;
    if (!rules.platforms[platform]) {
      const known = Object.keys(rules.platforms).join(', ');
      throw new UsageError(settings.lang.value === 'zh' ? `未知的平台规则 "${platform}"; 可选: ${known}` : `unknown platform profile "${platform}"; one of: ${known}`);
    }
    process.stdout.write(formatReasons(rules, platform, settings.lang.value));
    return 0;
  } catch (err) {
    return userError(err, lang0);
  }
}

function runExplain(code: string, lang: Lang): number {
  const check = checkOf(code);
  if (!check) {
    const near = nearestCode(code);
    const hint = near ? (lang === 'zh' ? `; 是不是 ${near}?` : `; did you mean ${near}?`) : '';
    process.stderr.write(lang === 'zh' ? `refund-check: 没有这个检查代码 "${code}"${hint}\n` : `refund-check: no finding code "${code}"${hint}\n`);
    return 2;
  }
  process.stdout.write(explainText(check, lang));
  return 0;
}

/** `--ocr`: which engine reads the screenshots. */
function ocrOption(): Option {
  return new Option('--ocr <engine>', 'OCR engine: auto (PP-OCR where it can run, else tesseract.js), paddle or tesseract').choices([...OCR_CHOICES]);
}

interface OcrFlags {
  format: 'text' | 'json';
  lang?: Lang;
  jobs?: number;
  cache: boolean;
  cacheDir?: string;
  showSecrets?: boolean;
  ocr?: OcrChoice;
}

/** `refund-check ocr FILE...`: what was read from each file; exit 1 when a file could not be read. */
async function runOcr(files: string[], flags: OcrFlags): Promise<number> {
  const lang0 = flags.lang ?? localeLang();
  try {
    const found = findConfig(process.cwd());
    const settings = settingsOf({ lang: flags.lang, jobs: flags.jobs, 'cache-dir': flags.cacheDir ? resolve(flags.cacheDir) : undefined, ocr: flags.ocr }, found);
    const lang = settings.lang.value;
    const rules = loadRules(settings.rules.value);
    const engine = await createEngine(settings.ocr.value, settings.jobs.value);
    try {
      const cache = flags.cache ? new OcrCache(settings['cache-dir'].value) : undefined;
      const reports = await readFiles(files, { engine, lexicon: rules.lexicon, cache, lang });
      process.stdout.write(flags.format === 'json' ? ocrJson(reports, flags.showSecrets) : ocrText(reports, lang, flags.showSecrets));
      return reports.some((r) => r.problem) ? 1 : 0;
    } finally {
      await engine.close();
    }
  } catch (err) {
    return userError(err, lang0);
  }
}

interface DraftFlags {
  now?: Date;
  lang?: Lang;
  force?: boolean;
  minScore?: number;
  rules?: string[];
  jobs?: number;
  cache: boolean;
  cacheDir?: string;
  ocr?: OcrChoice;
}

/**
 * `refund-check draft CASE`: the refund request (退款申请说明) for one case on stdout;
 * for a not-ready case, what to fix instead and exit 1, unless --force.
 */
async function runDraft(path: string, flags: DraftFlags): Promise<number> {
  const lang0 = flags.lang ?? localeLang();
  try {
    const found = findConfig(process.cwd());
    const settings = settingsOf(
      { lang: flags.lang, 'min-score': flags.minScore, rules: flags.rules?.map((r) => resolve(r)), jobs: flags.jobs, 'cache-dir': flags.cacheDir ? resolve(flags.cacheDir) : undefined, ocr: flags.ocr },
      found,
    );
    const lang = settings.lang.value;
    const cases = discoverCases([path]);
    if (cases.length !== 1) throw new UsageError(`${path}: holds ${cases.length} cases; draft writes the request for one case folder`);
    const run = await checkPaths([path], {
      now: flags.now,
      lang,
      minScore: settings['min-score'].value,
      rulesDirs: settings.rules.value,
      jobs: settings.jobs.value,
      platform: settings.platform.value,
      cacheDir: flags.cache ? settings['cache-dir'].value : null,
      ocr: settings.ocr.value,
    });
    const result = draftOutput(run.cases[0]!, { lang, rules: loadRules(settings.rules.value), force: flags.force });
    if (result.notes) process.stderr.write(result.notes);
    process.stdout.write(result.text);
    return result.ok ? 0 : 1;
  } catch (err) {
    return userError(err, lang0);
  }
}
