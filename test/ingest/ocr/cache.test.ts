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

  it('remembers a file that is no image, so a warm re-check loads no decoder for it; a timeout is not remembered', async () => {
    const cache = new OcrCache(mkdtempSync(join(tmpdir(), 'rc-cache-')));
    const hostile = join(FIXTURES, 'hostile-files');
    const cold = await createEngine('auto', 2);
    const first = await checkCase(hostile, 'h', { rules, engine: cold, cache, now, lang: 'en', minScore: 80 });
    await cold.close();
    const fake = OcrCache.key(readFileSync(join(hostile, 'fake.png')), cold.name);
    expect(cache.getUnreadable(fake)).toMatchObject({ code: 'not-image' });
    const warm = await createEngine('auto', 2);
    const second = await checkCase(hostile, 'h', { rules, engine: warm, cache, now, lang: 'en', minScore: 80 });
    expect(warm.started).toBe(false);
    expect(second.findings).toEqual(first.findings);
    cache.setUnreadable('k', { code: 'ocr-timeout', detail: 120 });
    expect(cache.getUnreadable('k')).toBeUndefined();
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

  it('reads one picture once: its second file (other bytes, same pixels) and a reading under way are not read again', async () => {
    const cache = new OcrCache(mkdtempSync(join(tmpdir(), 'rc-cache-')));
    const page = { width: 2, height: 1, blocks: [], avatars: [], lines: [], confidence: 90 };
    let reads = 0;
    const read = async (): Promise<typeof page> => {
      reads++;
      await new Promise((r) => setTimeout(r, 20));
      return page;
    };
    const key = OcrCache.pixelKey(Buffer.from([1, 2, 3, 4, 5, 6]), 2, 1, 'e');
    // Two files of the same picture read side by side, then a third later.
    const both = await Promise.all([cache.getOrRead(key, read), cache.getOrRead(key, read)]);
    expect(await cache.getOrRead(key, read)).toEqual(page);
    expect(both).toEqual([page, page]);
    expect(reads).toBe(1);
    // Other pixels, or the same pixels in another shape, are another picture.
    expect(OcrCache.pixelKey(Buffer.from([1, 2, 3, 4, 5, 7]), 2, 1, 'e')).not.toBe(key);
    expect(OcrCache.pixelKey(Buffer.from([1, 2, 3, 4, 5, 6]), 1, 2, 'e')).not.toBe(key);
  });

  it('does not keep a reading that failed: the next file of the picture is read again', async () => {
    const cache = new OcrCache(mkdtempSync(join(tmpdir(), 'rc-cache-')));
    const key = OcrCache.pixelKey(Buffer.from([9]), 1, 1, 'e');
    await expect(cache.getOrRead(key, () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    const page = { width: 1, height: 1, blocks: [], avatars: [], lines: [], confidence: 80 };
    expect(await cache.getOrRead(key, () => Promise.resolve(page))).toEqual(page);
  });

  it('ignores a corrupt entry and writes it again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rc-cache-'));
    const cache = new OcrCache(root);
    const engine = await createEngine('auto', 1);
    await checkCase(dir, 'c', { rules, engine, cache, now, lang: 'zh', minScore: 80 });
    // The entry of one screenshot's bytes (its pixels have one too).
    const key = OcrCache.key(readFileSync(join(dir, 'Screenshot_20261125-144118.png')), engine.name);
    const versionDir = join(root, readdirSync(root)[0]!);
    expect(readdirSync(join(versionDir, key.slice(0, 2)))).toContain(`${key}.json`);
    writeFileSync(join(versionDir, key.slice(0, 2), `${key}.json`), '{"width": 1, "lines": [trunc');
    expect(cache.get(key)).toBeUndefined();
    const again = await checkCase(dir, 'c', { rules, engine, cache, now, lang: 'zh', minScore: 80 });
    await engine.close();
    expect(again.verdict).toBe('ready');
    expect(cache.get(key)).toBeDefined();
  });
});
