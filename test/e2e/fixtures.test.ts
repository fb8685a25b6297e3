import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCase } from '../../src/check-case.js';
import { createEngine } from '../../src/ingest/ocr/engine.js';
import { loadRules } from '../../src/rules/load.js';
import { expectationsIn, FIXTURES } from '../support/cases.js';
import { OCR_CACHE_DIR } from '../support/ocr-cache.js';
import { OcrCache } from '../../src/ingest/ocr/cache.js';

// Every fixture case runs through the real pipeline and must meet the expectation written
// beside it. The OCR itself ran in the global setup (test/support/global-setup.ts), which
// filled the shared cache: cold on the first run and under `npm run test:full`.
const engine = await createEngine('auto', 2);
const rules = loadRules();
const cache = new OcrCache(OCR_CACHE_DIR);
afterAll(() => engine.close());

const cases = expectationsIn(FIXTURES);

/** Bytes (hash) and modification time of every file under a folder, links not followed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const st = lstatSync(p);
      if (e.isDirectory()) walk(p);
      else out[p] = `${st.mtimeMs} ${e.isFile() ? createHash('sha256').update(readFileSync(p)).digest('hex') : 'link'}`;
    }
  };
  walk(dir);
  return out;
}
const before = snapshot(FIXTURES);

describe('fixture cases', () => {
  it('has a fixture for every case folder', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  for (const exp of cases) {
    // A known gap is expected to fail; when it starts to pass, this test fails so the mark is removed.
    const test = exp.known_gap ? it.fails : it;
    test(`${exp.id}: ${exp.known_gap ? `KNOWN GAP: ${exp.known_gap}` : (exp.why ?? '')}`, async () => {
      const result = await checkCase(exp.dir, exp.id, { rules, engine, now: new Date(exp.now), lang: 'zh', minScore: 80, cache });
      const codes = result.findings.map((f) => f.code);
      expect(exp.verdict_in, `verdict ${result.verdict}; findings ${codes.join(', ')}`).toContain(result.verdict);
      for (const code of exp.must_include ?? []) expect(codes, `must include ${code}`).toContain(code);
      for (const code of exp.must_not_include ?? []) expect(codes, `must not include ${code}`).not.toContain(code);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
    });
  }

  it('left every file of every case folder unchanged (bytes and modification time), and wrote none', () => {
    expect(snapshot(FIXTURES)).toEqual(before);
  });
});
