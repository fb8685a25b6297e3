import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvidence } from '../../../src/ingest/evidence.js';
import { decodeImage } from '../../../src/ingest/ocr/image.js';
import { isScreenPhoto, screenQuad } from '../../../src/ingest/ocr/photo.js';
import { createEngine } from '../../../src/ingest/ocr/engine.js';
import { homography, project, type Point } from '../../../src/ingest/ocr/warp.js';
import { loadRules } from '../../../src/rules/load.js';
import { FIXTURES } from '../../support/cases.js';
import { messageSides, REAL, realTruth } from '../../support/real.js';

const decoded = (path: string) => decodeImage(readFileSync(path));

describe('isScreenPhoto', () => {
  it('takes the photos of a monitor for photos', async () => {
    for (const [style, name] of [
      ['qq-pc', 'qqpc-monitor-photo'],
      ['shop-order-query', 'dujiaoka-monitor-photo'],
      ['steam-activate', 'case-steam-used-photo'],
    ]) {
      const { absPath } = realTruth(style!, name!);
      expect(isScreenPhoto(await decoded(absPath)), name).toBe(true);
    }
  });

  it('leaves screenshots alone: clean PNGs, dithered gradients, forwarded and re-forwarded JPEGs', async () => {
    for (const file of [
      join(REAL, 'game-topup', 'topup-maintenance-1440.png'), // a dithered gradient page
      join(REAL, 'qq-mobile', 'qq-reforwarded.jpg'),
      join(REAL, 'xianyu-chat', 'xianyu-forwarded.jpg'),
      join(REAL, 'shop-order-query', 'case-win11-order-desktop.png'),
      join(FIXTURES, 'policy-no-refund', '微信图片_20261203101455.jpg'),
    ]) {
      expect(isScreenPhoto(await decoded(file)), file).toBe(false);
    }
  });
});

describe('screenQuad', () => {
  /** A dark room, a black bezel and a bright screen at known corners, drawn through a homography. */
  function photo(corners: Point[], w = 480, h = 360): Uint8Array {
    const grey = new Uint8Array(w * h);
    const unit: Point[] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const toScreen = homography(corners, unit);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const [u, v] = project(toScreen, [x + 0.5, y + 0.5]);
        const inScreen = u >= 0 && u <= 1 && v >= 0 && v <= 1;
        const inBezel = u >= -0.03 && u <= 1.03 && v >= -0.04 && v <= 1.06;
        // the light falls off to the right; a dark line of text here and there
        const light = 1 - (0.4 * x) / w;
        grey[y * w + x] = inScreen ? (y % 23 === 5 && x % 7 < 4 ? 30 : 210 * light) : inBezel ? 12 : 70 * light;
      }
    }
    return grey;
  }

  it('finds the four corners of a screen seen in perspective', () => {
    const corners: Point[] = [
      [60, 50],
      [420, 38],
      [430, 300],
      [48, 318],
    ];
    const quad = screenQuad(photo(corners), 480, 360)!;
    expect(quad).toBeDefined();
    // the edges are taken a little inside the screen (no bezel along them)
    quad.forEach((p, i) => {
      expect(Math.abs(p[0] - corners[i]![0])).toBeLessThan(5);
      expect(Math.abs(p[1] - corners[i]![1])).toBeLessThan(5);
    });
  });

  it('extends a side the photo cuts off parallel to the opposite side', () => {
    // the screen runs past the photo's bottom and right edges
    const corners: Point[] = [
      [60, 50],
      [560, 30],
      [580, 460],
      [40, 480],
    ];
    const quad = screenQuad(photo(corners), 480, 360)!;
    expect(quad).toBeDefined();
    expect(Math.abs(quad[0][0] - 60)).toBeLessThan(5);
    expect(Math.abs(quad[0][1] - 50)).toBeLessThan(5);
    // the top edge's slope is kept by the bottom edge taken through the region's lowest point
    const slope = (p: Point, q: Point): number => (q[1] - p[1]) / (q[0] - p[0]);
    expect(slope(quad[3], quad[2])).toBeCloseTo(slope(quad[0], quad[1]), 2);
    expect(Math.max(quad[2][1], quad[3][1])).toBeGreaterThanOrEqual(355);
  });

  it('finds no screen in a dark photo without a bright region', () => {
    const grey = new Uint8Array(480 * 360).fill(40);
    expect(screenQuad(grey, 480, 360)).toBeUndefined();
  });
});

const engine = await createEngine('auto', 2);

describe('photos of a monitor read end to end (real OCR)', () => {
  afterAll(() => engine.close());
  const lex = loadRules().lexicon;
  const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

  for (const [style, name, kind] of [
    ['qq-pc', 'qqpc-monitor-photo', 'chat'],
    ['shop-order-query', 'dujiaoka-monitor-photo', 'order'],
  ] as const) {
    it(`${style}/${name}: its key phrases, its kind, boxes in the photo`, async () => {
      const { truth, absPath } = realTruth(style, name);
      const phrases = (JSON.parse(readFileSync(absPath.replace(/\.jpg$/, '.truth.json'), 'utf8')) as { key_phrases: string[] }).key_phrases;
      const ev = (await readEvidence({ file: truth.image.file, absPath, type: 'image' }, engine, lex))[0]!;
      expect(ev.photo).toBe(true);
      expect(ev.kind).toBe(kind);
      expect([ev.width, ev.height]).toEqual([2000, 1500]);
      const text = fold(ev.lines.map((l) => l.text).join(''));
      for (const k of phrases) expect(text, k).toContain(fold(k));
      for (const l of ev.lines) {
        expect(l.box!.x + l.box!.w).toBeLessThanOrEqual(2000);
        expect(l.box!.y + l.box!.h).toBeLessThanOrEqual(1500);
      }
      if (kind === 'chat') {
        // the lines land on the photo's message blocks, and both sides are told
        const sides = messageSides(ev, truth);
        expect(new Set(sides.filter((s) => s.side === s.role).map((s) => s.role))).toEqual(new Set(['buyer', 'merchant']));
      }
    });
  }
});
