import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/check-case.js';
import { OcrCache } from '../../../src/ingest/ocr/cache.js';
import { decodeImage } from '../../../src/ingest/ocr/image.js';
import { createEngine } from '../../../src/ingest/ocr/engine.js';
import { recognizeImage } from '../../../src/ingest/ocr/page.js';
import { loadRules } from '../../../src/rules/load.js';
import { FIXTURES } from '../../support/cases.js';

const rules = loadRules();
const now = new Date('2026-11-25T18:00:00+08:00');
const dir = join(FIXTURES, 'ready-card-light');

describe('OCR cache', () => {
  it('answers a warm re-check without starting OCR, with the same result', async () => {
    const cache = new OcrCache(mkdtempSync(join(tmpdir(), 'rc-cache-')));
    const cold = await createEngine('auto', 2);
    const first = await checkCase(dir, 'c', { rules, engine: cold, cache, now, lang: 'zh', minScore: 80 });
    await cold.close();
    const warm = await createEngine('auto', 2);
    const second = await checkCase(dir, 'c', { rules, engine: warm, cache, now, lang: 'zh', minScore: 80 });
    expect(warm.started).toBe(false);
    expect(second.findings).toEqual(first.findings);
    expect(second.verdict).toBe(first.verdict);
  });

  it('gives back a page exactly as it was stored (a field the schema forgot would be lost on a warm run)', async () => {
    const cache = new OcrCache(mkdtempSync(join(tmpdir(), 'rc-cache-')));
    const engine = await createEngine('auto', 1);
    const bytes = readFileSync(join(FIXTURES, 'evidence-unreadable', '微信图片_20261205101530.jpg'));
    const page = await recognizeImage(engine, await decodeImage(bytes));
    await engine.close();
    expect(page.keptFraction).toBeGreaterThan(0);
    cache.set(OcrCache.key(bytes, engine.name), page);
    expect(cache.get(OcrCache.key(bytes, engine.name))).toEqual(page);
  });

  it('ignores a corrupt entry and writes it again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rc-cache-'));
    const cache = new OcrCache(root);
    const engine = await createEngine('auto', 1);
    await checkCase(dir, 'c', { rules, engine, cache, now, lang: 'zh', minScore: 80 });
    const versionDir = join(root, readdirSync(root)[0]!);
    const shard = readdirSync(versionDir)[0]!;
    const entry = readdirSync(join(versionDir, shard))[0]!;
    const key = entry.replace(/\.json$/, '');
    writeFileSync(join(versionDir, shard, entry), '{"width": 1, "lines": [trunc');
    expect(cache.get(key)).toBeUndefined();
    const again = await checkCase(dir, 'c', { rules, engine, cache, now, lang: 'zh', minScore: 80 });
    await engine.close();
    expect(again.verdict).toBe('ready');
    expect(cache.get(key)).toBeDefined();
  });
});
