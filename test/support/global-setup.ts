import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURES, SAMPLES } from './cases.js';
import { missingPrograms } from './system.js';

const ROOT = join(import.meta.dirname, '..', '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The OCR cache every test file shares (see test/support/ocr-cache.ts). */
    ocrCacheDir: string;
  }
}

/**
 * The OCR cache the test files share, filled once before they start: one real OCR
 * pass over every fixture case and public sample (cold the first time), after which
 * every file reads its images from it. The folder is keyed by the source of the OCR
 * pipeline and the lock file, so a change to either starts a cold cache; `npm run
 * test:full` (RC_TEST_COLD=1) always starts from an empty one.
 */
function cacheDirFor(): string {
  if (process.env.RC_TEST_COLD === '1') return mkdtempSync(join(tmpdir(), 'rc-test-ocr-'));
  const hash = createHash('sha256');
  const ingest = join(ROOT, 'src', 'ingest');
  for (const f of readdirSync(ingest).sort()) hash.update(f).update(readFileSync(join(ingest, f)));
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  const dir = join(ROOT, 'node_modules', '.cache', 'refund-check-test', hash.digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  return dir;
}

export default function setup(project: TestProject): void {
  for (const line of missingPrograms()) process.stderr.write(`${line}\n`);
  const dir = cacheDirFor();
  const started = Date.now();
  // Exit code 1 is expected (some cases are not ready); only a crash matters here.
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'refund-check.js'), FIXTURES, ...(existsSync(SAMPLES) ? [SAMPLES] : []), '--format', 'json', '--quiet', '--cache-dir', dir, '--now', '2026-11-26T12:00:00+08:00'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`warming the OCR cache failed (exit ${run.status}): ${run.stderr}`);
  process.stderr.write(`OCR cache ${dir}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide('ocrCacheDir', dir);
}
