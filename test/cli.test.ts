import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './support/cases.js';
import { BIN, runCli } from './support/cli.js';
import { OCR_CACHE_DIR } from './support/ocr-cache.js';
import { wasWarm } from '../src/cache-home.js';

// Every command and flag of the command line, through the built CLI, in zh and en.
// Cases are read from the OCR cache the test files share.
const CACHE = ['--cache-dir', OCR_CACHE_DIR];
const READY = join(FIXTURES, 'ready-card-light');
const NOW = ['--now', '2026-11-25T18:00:00+08:00'];
const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
const temp = (): string => mkdtempSync(join(tmpdir(), 'rc-cli-'));

describe('help and version', () => {
  it('-v and --version print the version from package.json', () => {
    for (const flag of ['-v', '--version']) expect(runCli([flag])).toMatchObject({ stdout: `${VERSION}\n`, status: 0 });
  });

  it('--help lists the subcommands, three examples and the exit codes, in zh and en', () => {
    const en = runCli(['--help', '--lang', 'en']);
    expect(en.status).toBe(0);
    for (const word of ['init [options] [dir]', 'reasons', 'explain', 'draft', 'help [command]']) expect(en.stdout).toContain(word);
    expect(en.stdout.match(/^ {2}\$ refund-check /gm)).toHaveLength(3);
    expect(en.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    const zh = runCli(['--help', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/退出码:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    expect(zh.stdout).toContain('示例:');
  });

  it('with no path it says what to give and exits 2', () => {
    const run = runCli(['--lang', 'en']);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(/give a case folder.*refund-check init/);
    expect(runCli(['--lang', 'zh']).stderr).toMatch(/请给出案件文件夹/);
  });
});

describe('init', () => {
  it('writes a commented case.yaml and an order.json, asking nothing when not on a terminal (en)', () => {
    const dir = join(temp(), 'T-1042');
    const run = runCli(['init', dir, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/wrote .*case\.yaml\nwrote .*order\.json/);
    expect(run.stdout).toMatch(/no screenshots or chat exports yet/);
    const claim = readFileSync(join(dir, 'case.yaml'), 'utf8');
    expect(claim).toMatch(/^# reason: the refund reason you will choose/m);
    expect(claim).toMatch(/^# {3}card_invalid +invalid card code; needs: .*window 24 h after delivery/m);
    expect(JSON.parse(readFileSync(join(dir, 'order.json'), 'utf8'))).toMatchObject({ order_id: '', amount: 0 });
    // The claim as written names no reason yet: checking it says so and lists the reasons.
    const check = runCli([dir, '--lang', 'en', '--no-color', ...CACHE]);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/missing required field reason/);
    expect(check.stdout).toMatch(/card_invalid, activation_failed/);
  });

  it('writes Chinese comments, takes --reason, and never overwrites a file', () => {
    const dir = temp();
    writeFileSync(join(dir, 'order.json'), '{"mine": true}');
    const run = runCli(['init', dir, '--lang', 'zh', '--reason', 'not_received']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/order\.json 已存在, 未改动/);
    expect(readFileSync(join(dir, 'order.json'), 'utf8')).toBe('{"mine": true}');
    const claim = readFileSync(join(dir, 'case.yaml'), 'utf8');
    expect(claim).toMatch(/^reason: not_received$/m);
    expect(claim).toMatch(/^# reason: 你将选择的退款原因/m);
    const again = runCli(['init', dir, '--lang', 'en', '--reason', 'card_invalid']);
    expect(again.stdout).toMatch(/case\.yaml exists, left as it is/);
    expect(readFileSync(join(dir, 'case.yaml'), 'utf8')).toBe(claim);
    expect(runCli(['init', dir, '--reason', 'card-invalid', '--lang', 'en'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown refund reason "card-invalid"/) });
  });

  // `script` (util-linux) gives the command a terminal, as a user at a shell has.
  it.skipIf(spawnSync('script', ['--version']).status !== 0)('asks for the reason on a terminal, listing what each needs; a wrong answer is asked again', () => {
    const dir = join(temp(), 'T-7');
    const command = `${process.execPath} ${BIN} init ${dir} --lang en --no-read`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { input: '9\nnot_received\n', encoding: 'utf8', env: { ...process.env, MALLOC_ARENA_MAX: '2' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/3\) not_received {2}not received\r?\n {5}needs: /);
    expect(run.stdout.match(/refund reason \(1-6 or an id\): /g)).toHaveLength(2);
    expect(readFileSync(join(dir, 'case.yaml'), 'utf8')).toMatch(/^reason: not_received$/m);
  });

  it('guesses the reason from the screenshots', () => {
    const dir = temp();
    for (const f of readdirSync(READY).filter((f) => f.endsWith('.png'))) cpSync(join(READY, f), join(dir, f));
    const run = runCli(['init', dir, '--lang', 'en', ...CACHE]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/reason: card_invalid \(.*\.png shows/);
    expect(readFileSync(join(dir, 'case.yaml'), 'utf8')).toMatch(/^reason: card_invalid$/m);
  });
});

describe('reasons and explain', () => {
  it('reasons lists each reason with what it needs and its window on the platform, in zh and en', () => {
    const en = runCli(['reasons', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^wrong_purchase {2}wrong purchase\n {2}needs: .*\n {2}window: 1 h after payment$/m);
    const zh = runCli(['reasons', '--platform', 'generic', '--lang', 'zh']);
    expect(zh.stdout).toMatch(/^card_invalid {2}卡密无效\n {2}需要: .*\n {2}时限: 24 小时, 从发货时间/m);
    expect(runCli(['reasons', '--platform', 'nope', '--lang', 'en'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown platform profile "nope"; one of: generic/) });
  });

  it('explain prints what a code means and how to fix it; an unknown code gets a did-you-mean and exit 2', () => {
    const en = runCli(['explain', 'chat-missing', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^# chat-missing\n\nSeverity: error/);
    expect(runCli(['explain', 'chat-missing', '--lang', 'zh']).stdout).toMatch(/级别: error/);
    const typo = runCli(['explain', 'chat-mising', '--lang', 'en']);
    expect(typo).toMatchObject({ status: 2, stdout: '' });
    expect(typo.stderr).toMatch(/did you mean chat-missing\?/);
  });
});

describe('checking', () => {
  it('a re-check answered from the OCR cache starts in one process, with the same report and exit code', () => {
    const cache = temp();
    cpSync(OCR_CACHE_DIR, cache, { recursive: true });
    const args = [READY, ...NOW, '--cache-dir', cache, '-f', 'json'];
    const cwd = temp();
    // bin/ as a user starts it: MALLOC_ARENA_MAX unset, so it decides whether to start again
    const run = () => runCli(args, { cwd, env: { MALLOC_ARENA_MAX: undefined } });
    const first = run();
    expect(first.status).toBe(0);
    expect(wasWarm(args, cwd)).toBe(true);
    const again = run();
    expect(again).toEqual(first);
  });

  it('-o writes into a folder it creates; a write error is one line naming the file, exit 2', () => {
    const out = join(temp(), 'reports', 'ci', 'r.json');
    const run = runCli([READY, ...NOW, ...CACHE, '-f', 'json', '-o', out]);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ summary: { cases: 1, ready: 1 } });
    const blocked = join(temp(), 'file');
    writeFileSync(blocked, '');
    for (const lang of ['en', 'zh']) {
      const bad = runCli([READY, ...NOW, ...CACHE, '-o', join(blocked, 'r.txt'), '--lang', lang]);
      expect(bad.status).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
      expect(bad.stderr).toContain(join(blocked, 'r.txt'));
    }
  });

  it('-q reports errors only and no progress; without it warnings and progress show', () => {
    const threat = join(FIXTURES, 'threat-private');
    const chat = join(FIXTURES, 'chat-missing');
    const loud = runCli([threat, chat, '--now', '2026-12-04T18:00:00+08:00', ...CACHE, '-f', 'json', '--lang', 'en']);
    const quiet = runCli([threat, chat, '--now', '2026-12-04T18:00:00+08:00', ...CACHE, '-f', 'json', '--lang', 'en', '-q']);
    const severities = (json: string): string[] => (JSON.parse(json) as { cases: { findings: { severity: string }[] }[] }).cases.flatMap((c) => c.findings.map((f) => f.severity));
    expect(severities(loud.stdout)).toContain('warning');
    expect(new Set(severities(quiet.stdout))).toEqual(new Set(['error']));
    expect(loud.stderr).toMatch(/\[2\/2\]/);
    expect(quiet.stderr).toBe('');
    expect(quiet.status).toBe(loud.status);
  });

  it('colours with FORCE_COLOR, not with --no-color or NO_COLOR', () => {
    const esc = new RegExp(`${String.fromCharCode(27)}\\[`);
    expect(runCli([READY, ...NOW, ...CACHE, '-q'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(esc);
    expect(runCli([READY, ...NOW, ...CACHE, '-q', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(esc);
    expect(runCli([READY, ...NOW, ...CACHE, '-q'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(esc);
  });

  it('--debug prints the timing of each stage and the text read from each file to stderr, secrets masked', () => {
    const run = runCli([join(FIXTURES, 'secrets-everywhere'), ...NOW, ...CACHE, '--debug', '-f', 'json']);
    expect(run.stderr).toMatch(/^\[debug\] config: /m);
    expect(run.stderr).toMatch(/^\[debug\] ocr: auto \(paddle\), \d+ job\(s\)$/m);
    for (const stage of ['load', 'read', 'checks']) expect(run.stderr).toMatch(new RegExp(`secrets-everywhere: ${stage} \\d+ ms`));
    expect(run.stderr).toMatch(/secrets-everywhere\/\S+: (chat|order|error|policy|other), confidence \d+\n {4}\S/);
    expect(run.stderr).toMatch(/^\[debug\] total: \d+ ms$/m);
    JSON.parse(run.stdout);
    // No run of 11+ digits (a phone or card number) is printed whole.
    expect(run.stderr).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });

  it('reports every problem of case.yaml at once, with line, column and a concrete fix, in zh and en', () => {
    const dir = temp();
    writeFileSync(join(dir, 'case.yaml'), 'reason: card-invalid\namount: 28元\n');
    const en = runCli([dir, '--lang', 'en', '--no-color', ...CACHE]);
    expect(en.status).toBe(1);
    expect(en.stdout).toMatch(/line 1, column 9: unknown reason "card-invalid" \(case\.yaml\)/);
    expect(en.stdout).toMatch(/Did you mean "card_invalid"\?/);
    expect(en.stdout).toMatch(/line 2, column 9: amount must be a number, not "28元" \(case\.yaml\)/);
    expect(en.stdout).toMatch(/Write 28, not 28元/);
    const zh = runCli([dir, '--lang', 'zh', '--no-color', ...CACHE]);
    expect(zh.stdout).toMatch(/第 2 行第 9 列: amount 应为数字, 现在是 "28元" \(case\.yaml\)/);
    expect(zh.stdout).toMatch(/写 28, 不要写 28元/);
    expect(zh.stdout).not.toMatch(/Invalid input|expected number/);
  });

  it('reports a ticket folder with screenshots but no case.yaml, and exits 2 on a batch with no case', () => {
    const root = temp();
    cpSync(READY, join(root, 'T-1'), { recursive: true });
    mkdirSync(join(root, 'T-2', 'chat'), { recursive: true });
    cpSync(join(READY, 'Screenshot_20261125-142905.png'), join(root, 'T-2', 'chat', 'a.png'));
    const run = runCli([root, ...NOW, ...CACHE, '-f', 'json', '--lang', 'en']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { cases: { path: string; findings: { code: string; message: string; suggestion: string }[] }[] };
    expect(report.cases.map((c) => c.path.split('/').pop())).toEqual(['T-1', 'T-2']);
    expect(report.cases[1]!.findings[0]).toMatchObject({ code: 'case-invalid', message: expect.stringMatching(/no case\.yaml/), suggestion: expect.stringMatching(/refund-check init/) });
    const empty = temp();
    mkdirSync(join(empty, 'notes'));
    for (const [lang, text] of [['en', /found no case/], ['zh', /没有找到案件/]] as const) {
      expect(runCli([empty, '--lang', lang])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(text) });
    }
  });
});

describe('project config', () => {
  it('is found upwards from the working folder; flags win; --print-config says where each value came from', () => {
    const project = temp();
    writeFileSync(join(project, 'refund-check.config.yaml'), 'lang: en\nmin-score: 95\nstrict: true\n');
    const cwd = join(project, 'tickets', 'nov');
    mkdirSync(cwd, { recursive: true });
    const printed = runCli(['--print-config', '--min-score', '60'], { cwd });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^lang +en +# .*refund-check\.config\.yaml$/m);
    expect(printed.stdout).toMatch(/^min-score +60 +# flag$/m);
    expect(printed.stdout).toMatch(/^strict +true +# .*refund-check\.config\.yaml$/m);
    expect(printed.stdout).toMatch(/^platform +generic +# default$/m);
    // threat-private scores 87 (ready at 80): the config's min-score 95 makes it weak, and strict fails it.
    const threat = [join(FIXTURES, 'threat-private'), '--now', '2026-12-04T18:00:00+08:00', ...CACHE];
    const run = runCli([...threat, '-f', 'json'], { cwd });
    expect((JSON.parse(run.stdout) as { cases: { verdict: string }[] }).cases[0]!.verdict).toBe('weak');
    expect(run.status).toBe(1);
    const flagged = runCli([...threat, '-f', 'json', '--min-score', '50'], { cwd });
    expect((JSON.parse(flagged.stdout) as { cases: { verdict: string }[] }).cases[0]!.verdict).toBe('ready');
    expect(flagged.status).toBe(0);
  });

  it('reads the refund-check key of package.json, and names file, line and column of each problem', () => {
    const project = temp();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tickets', 'refund-check': { lang: 'zh', 'min-score': 70 } }, null, 2));
    expect(runCli(['--print-config'], { cwd: project }).stdout).toMatch(/^min-score +70 +# .*package\.json$/m);
    writeFileSync(join(project, 'refund-check.config.yaml'), 'lang: fr\nmin-scor: 70\njobs: 0\n');
    const bad = runCli(['--print-config', '--lang', 'en'], { cwd: project });
    expect(bad.status).toBe(2);
    const lines = bad.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/refund-check\.config\.yaml line 1, column 7: unknown lang "fr"/);
    expect(lines[1]).toMatch(/line 2, column 1: unknown field "min-scor"\. Did you mean "min-score"\?/);
    expect(lines[2]).toMatch(/line 3, column 7: jobs: 0 is out of range/);
    expect(runCli(['--print-config', '--lang', 'zh'], { cwd: project }).stderr).toMatch(/第 2 行第 1 列: 未知字段 "min-scor"/);
  });
});

it('leaves no temporary report file behind', () => {
  const dir = temp();
  runCli([READY, ...NOW, ...CACHE, '-o', join(dir, 'r.txt'), '-q']);
  expect(readdirSync(dir)).toEqual(['r.txt']);
  rmSync(dir, { recursive: true });
  expect(existsSync(dir)).toBe(false);
});
