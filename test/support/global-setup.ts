import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
 * every file reads its images from it. It lives in node_modules/.cache and is kept
 * between runs: the cache keys each entry by the image bytes and the OCR pipeline's
 * version (a hash of src/ingest/ocr/), so a change to the pipeline starts cold by
 * itself. `npm run test:full` (RC_TEST_COLD=1) always starts from an empty folder.
 */
function cacheDirFor(): string {
  if (process.env.RC_TEST_COLD === '1') return mkdtempSync(join(tmpdir(), 'rc-test-ocr-'));
  const dir = join(ROOT, 'node_modules', '.cache', 'refund-check-test');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The OCR version key is a hash of the pipeline's source files, so the built CLI (dist/*.js)
 * and the tests that import src/*.ts key the same readings differently. When dist/ is
 * newer than every source file of the pipeline it was built from them, and the CLI's
 * readings are copied under the source key too, so the library tests start warm.
 */
async function shareWithSources(dir: string): Promise<void> {
  const srcDir = join(ROOT, 'src', 'ingest', 'ocr');
  const distDir = join(ROOT, 'dist', 'ingest', 'ocr');
  const files = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.[jt]s$/.test(f));
  const newest = Math.max(...files(srcDir).map((f) => statSync(join(srcDir, f)).mtimeMs));
  if (!existsSync(distDir) || files(distDir).some((f) => statSync(join(distDir, f)).mtimeMs < newest)) return;
  const { OCR_VERSION: fromSources } = await import('../../src/ingest/ocr/page.js');
  const built = (await import(pathToFileURL(join(distDir, 'page.js')).href)) as { OCR_VERSION: string };
  const from = join(dir, `ocr-${built.OCR_VERSION}`);
  if (built.OCR_VERSION !== fromSources && existsSync(from)) cpSync(from, join(dir, `ocr-${fromSources}`), { recursive: true, force: false });
}

export default async function setup(project: TestProject): Promise<void> {
  for (const line of missingPrograms()) process.stderr.write(`${line}\n`);
  const dir = cacheDirFor();
  const started = Date.now();
  // Exit code 1 is expected (some cases are not ready); only a crash matters here.
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'refund-check.js'), FIXTURES, ...(existsSync(SAMPLES) ? [SAMPLES] : []), '--format', 'json', '--quiet', '--cache-dir', dir, '--now', '2026-11-26T12:00:00+08:00'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`warming the OCR cache failed (exit ${run.status}): ${run.stderr}`);
  await shareWithSources(dir);
  process.stderr.write(`OCR cache ${dir}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide('ocrCacheDir', dir);
}
