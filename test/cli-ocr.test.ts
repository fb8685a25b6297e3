import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './support/cases.js';
import { runCli } from './support/cli.js';
import { OCR_CACHE_DIR } from './support/ocr-cache.js';

// `refund-check ocr FILE...` and `--ocr`, through the built CLI with the real engines.
const CACHE = ['--cache-dir', OCR_CACHE_DIR];
const ERROR = join(FIXTURES, 'ready-card-light', 'Screenshot_20261125-142905.png');
const CHAT = join(FIXTURES, 'ready-card-light', 'Screenshot_20261125-144118.png');

interface OcrJson {
  files: { file: string; engine: string; kind?: string; problem?: string; lines?: { text: string; conf: number; side: string; block: number; box: { x: number; y: number; w: number; h: number } }[] }[];
}

describe('refund-check ocr', () => {
  it('prints each line with its block, speaker side and confidence, and the kind with what decided it', () => {
    const run = runCli(['ocr', CHAT, ERROR, '--lang', 'en', ...CACHE]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Screenshot_20261125-144118\.png: chat \d+% \(layout: .*bubbles.*\), 1080x2340, engine paddle:ppocrv4-mobile/);
    expect(run.stdout).toMatch(/^ {2}#\d+ +merchant +\d+ +稍等我查一下$/m);
    expect(run.stdout).toMatch(/^ {2}#\d+ +buyer +\d+ +.*该卡密已被使用$/m);
    expect(run.stdout).toMatch(/Screenshot_20261125-142905\.png: error \d+%/);
  });

  it('--format json gives lines with boxes, confidences, sides and the engine; a card number stays masked', () => {
    const run = runCli(['ocr', ERROR, '--format', 'json', ...CACHE]);
    expect(run.status, run.stderr).toBe(0);
    const { files } = JSON.parse(run.stdout) as OcrJson;
    expect(files).toHaveLength(1);
    const [page] = files;
    expect(page).toMatchObject({ engine: 'paddle:ppocrv4-mobile', kind: 'error' });
    const failure = page?.lines?.find((l) => l.text.includes('该卡密已被使用'));
    expect(failure?.conf).toBeGreaterThan(80);
    expect(failure?.box.y).toBeGreaterThan(1400);
    // the fixture shows the card number as **** **** **** 4172: no run of its digits beyond the last four
    expect(run.stdout).not.toMatch(/\d{5,}4172/);
  });

  it('--ocr tesseract reads with tesseract.js; the cache keeps each engine\'s reading apart', () => {
    const cache = mkdtempSync(join(tmpdir(), 'rc-ocr-cache-'));
    const tess = JSON.parse(runCli(['ocr', ERROR, '--format', 'json', '--ocr', 'tesseract', '--cache-dir', cache]).stdout) as OcrJson;
    const paddle = JSON.parse(runCli(['ocr', ERROR, '--format', 'json', '--ocr', 'paddle', '--cache-dir', cache]).stdout) as OcrJson;
    expect(tess.files[0]?.engine).toBe('tesseract:chi_sim+eng');
    expect(paddle.files[0]?.engine).toBe('paddle:ppocrv4-mobile');
    for (const read of [tess, paddle]) expect(read.files[0]?.lines?.some((l) => l.text.includes('该卡密已被使用'))).toBe(true);
    // different engines read differently: a shared cache entry would make them equal
    expect(JSON.stringify(tess.files[0]?.lines)).not.toBe(JSON.stringify(paddle.files[0]?.lines));
  });

  it('a missing file or an unknown engine is one clear line; the other files are still read', () => {
    const run = runCli(['ocr', join(FIXTURES, 'nope.png'), ERROR, '--lang', 'en', ...CACHE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/nope\.png: no such file/);
    expect(run.stdout).toMatch(/Screenshot_20261125-142905\.png: error/);
    const bad = runCli(['ocr', ERROR, '--ocr', 'easyocr']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--ocr.*easyocr.*auto, paddle, tesseract/s);
  });
});

describe('--ocr when checking a case', () => {
  it('judges the shipped sample case the same with tesseract.js and with PP-OCR', () => {
    const dir = join(FIXTURES, 'ready-card-light');
    for (const engine of ['tesseract', 'paddle']) {
      const run = runCli([dir, '--now', '2026-11-25T18:00:00+08:00', '--format', 'json', '--ocr', engine, ...CACHE]);
      expect(run.status, `${engine}: ${run.stderr}`).toBe(0);
      expect((JSON.parse(run.stdout) as { cases: { verdict: string }[] }).cases[0]?.verdict).toBe('ready');
    }
  });
});
