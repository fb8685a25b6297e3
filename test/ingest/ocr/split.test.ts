import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvidence } from '../../../src/ingest/evidence.js';
import { createEngine } from '../../../src/ingest/ocr/engine.js';
import { decodeImage } from '../../../src/ingest/ocr/image.js';
import { splitWindows } from '../../../src/ingest/ocr/split.js';
import { loadRules } from '../../../src/rules/load.js';
import { FIXTURES } from '../../support/cases.js';
import { REAL } from '../../support/real.js';

const BLIND47 = join(FIXTURES, '..', 'real-blind47');
const decoded = (path: string) => decodeImage(readFileSync(path));

describe('splitWindows', () => {
  it('parts a phone in split screen at its divider, above and below the grab handle', async () => {
    // A 1080x2400 capture: the order page above, the QQ chat below, the divider between them.
    const windows = splitWindows(await decoded(join(BLIND47, 'android-split', 'b47-split-order-qq-tv.png')));
    expect(windows).toHaveLength(2);
    const [top, bottom] = windows!;
    expect(top).toMatchObject({ x: 0, y: 0, w: 1080 });
    expect(bottom).toMatchObject({ x: 0, w: 1080 });
    expect(bottom!.y + bottom!.h).toBe(2400);
    // The divider (14 CSS pixels at 3x) lies between them, near the middle of the screen.
    expect(bottom!.y - (top!.y + top!.h)).toBeGreaterThan(30);
    expect(bottom!.y - (top!.y + top!.h)).toBeLessThan(50);
    expect(top!.h).toBeGreaterThan(1000);
    expect(top!.h).toBeLessThan(1200);
  });

  it('parts a tablet in Split View side by side', async () => {
    const windows = splitWindows(await decoded(join(BLIND47, 'ipad-split', 'b47-ipad-split-return.png')));
    expect(windows).toHaveLength(2);
    const [left, right] = windows!;
    expect(left).toMatchObject({ x: 0, y: 0, h: 1640 });
    expect(right!.x).toBeGreaterThan(left!.w);
    expect(right!.x + right!.w).toBe(2360);
  });

  it('leaves one-app screens whole: dark chats with centred times, dark dialogs, a split pane stitched under another', async () => {
    for (const file of [
      join(REAL, 'qq-mobile', 'case-qq-dark-steam.png'),
      join(REAL, 'android-dialog', 'case-android-dark-expired.png'),
      join(REAL, 'ios-appstore-alert', 'ios-invalid-dark-zh.png'),
      join(BLIND47, 'long-stitch', readdirFirst(join(BLIND47, 'long-stitch'))),
    ]) {
      expect(splitWindows(await decoded(file)), file).toBeUndefined();
    }
  });
});

describe('a split-screen capture as evidence', () => {
  const engine = createEngine('auto', 2);
  afterAll(async () => (await engine).close());

  it('reads each app as evidence of its own kind, with its boxes back in the whole image', async () => {
    const lex = (await loadRules()).lexicon;
    const file = 'Screenshot_2028-09-20-10-41-27-005_com.tencent.mobileqq.png';
    const absPath = join(FIXTURES, '..', 'blind47', 'b47-split-qq-nad', file);
    const windows = await readEvidence({ file, absPath, type: 'image' }, await engine, lex);
    expect(windows.map((w) => [w.kind, w.window])).toEqual([
      ['order', { n: 1, of: 2 }],
      ['chat', { n: 2, of: 2 }],
    ]);
    const [order, chat] = windows;
    expect(order!.lines.some((l) => l.text.includes('付款时间'))).toBe(true);
    expect(order!.lines.some((l) => l.text.includes('店里上错了货'))).toBe(false);
    // The shop's replies are the shop's, below the divider in the image's own pixels.
    const admission = chat!.lines.find((l) => l.text.includes('店里上错了货'));
    expect(admission?.side).toBe('merchant');
    expect(admission!.box!.y).toBeGreaterThan(1200);
    expect([order!.width, order!.height, chat!.width, chat!.height]).toEqual([1080, 2400, 1080, 2400]);
  });
});

function readdirFirst(dir: string): string {
  return readdirSync(dir).find((f) => f.endsWith('.png'))!;
}
