import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/cases.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'refund-check.js');

describe('offline', () => {
  it('checks a case with OCR and makes no network request, writing nothing to the working folder', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rc-offline-'));
    const netLog = join(cwd, '..', `${cwd.split('/').pop()}-net.log`);
    const cacheDir = mkdtempSync(join(tmpdir(), 'rc-offline-cache-'));
    const args = [BIN, join(FIXTURES, 'ready-card-light'), '--format', 'json', '--now', '2026-11-25T18:00:00+08:00', '--cache-dir', cacheDir];
    const run = spawnSync(process.execPath, args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${join(import.meta.dirname, '..', 'support', 'no-network.cjs')}`, RC_NET_LOG: netLog },
    });
    expect(run.stderr).not.toMatch(/network access refused/);
    expect(existsSync(netLog) ? readFileSync(netLog, 'utf8') : '').toBe('');
    const report = JSON.parse(run.stdout) as { cases: { verdict: string; evidence: { kind: string }[] }[] };
    // OCR really ran: the screenshots were read and classified.
    expect(report.cases[0]!.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['chat', 'error']));
    expect(readdirSync(cwd)).toEqual([]);
    // The OCR results went to the cache folder given.
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^ocr-[0-9a-f]{12}$/)]);
  });

  it('the guard itself refuses a request (the test can fail)', () => {
    const run = spawnSync(process.execPath, ['-e', 'fetch("http://example.invalid/").catch((e) => { console.log(e.message); })'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${join(import.meta.dirname, '..', 'support', 'no-network.cjs')}` },
    });
    expect(run.stdout).toMatch(/network access refused/);
  });
});
