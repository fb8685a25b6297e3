import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectationsIn, SAMPLES } from '../support/cases.js';
import { OCR_CACHE_DIR } from '../support/ocr-cache.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'refund-check.js');
const samples = expectationsIn(SAMPLES);

// The public samples, judged as a user's CI judges them: through the command line,
// JSON on stdout, exit code 1 exactly when the verdict is not-ready.
describe.skipIf(samples.length === 0)('public samples (../shared/samples)', () => {
  for (const exp of samples) {
    it(`${exp.id}: ${exp.why ?? ''}`, () => {
      const run = spawnSync(process.execPath, [BIN, exp.dir, '--format', 'json', '--now', exp.now, '--cache-dir', OCR_CACHE_DIR], { encoding: 'utf8' });
      const report = JSON.parse(run.stdout) as { cases: { verdict: string; findings: { code: string }[] }[] };
      const result = report.cases[0]!;
      const codes = result.findings.map((f) => f.code);
      expect(exp.verdict_in, `verdict ${result.verdict}; findings ${codes.join(', ')}`).toContain(result.verdict);
      for (const code of exp.must_include ?? []) expect(codes).toContain(code);
      for (const code of exp.must_not_include ?? []) expect(codes).not.toContain(code);
      expect(run.status).toBe(result.verdict === 'not-ready' ? 1 : 0);
    });
  }
});
