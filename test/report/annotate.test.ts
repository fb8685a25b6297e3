import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/ingest/ocr/image.js';
import { annotateImage } from '../../src/report/annotate.js';
import type { Box } from '../../src/types.js';
import { FIXTURES } from '../support/cases.js';

// The boxes are drawn into the pixels and the secrets blurred in them: read the JPEG back.
const IMAGE = join(FIXTURES, 'ready-card-light', 'Screenshot_20261125-142905.png');

async function pixels(dataUri: string): Promise<{ at: (x: number, y: number) => [number, number, number]; width: number; height: number }> {
  const { data, info } = await sharp(Buffer.from(dataUri.split(',')[1]!, 'base64')).raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => {
      const i = (Math.round(y) * info.width + Math.round(x)) * info.channels;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}

/** Standard deviation of the grey values inside a box of a raw RGB image. */
async function spread(rgb: Buffer, width: number, height: number, box: Box): Promise<number> {
  const { data } = await sharp(rgb, { raw: { width, height, channels: 3 } })
    .extract({ left: box.x, top: box.y, width: box.w, height: box.h })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const mean = data.reduce((s, v) => s + v, 0) / data.length;
  return Math.sqrt(data.reduce((s, v) => s + (v - mean) ** 2, 0) / data.length);
}

describe('annotateImage', () => {
  const hurt: Box = { x: 71, y: 300, w: 500, h: 60 };
  const support: Box = { x: 386, y: 1531, w: 305, h: 63 };
  const secret: Box = { x: 71, y: 875, w: 531, h: 43 };

  it('scales to the width asked, JPEG, and keeps the source size for the boxes', async () => {
    const image = await annotateImage(IMAGE, [], [], { maxWidth: 720 });
    expect(image.dataUri.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(image).toMatchObject({ width: 720, height: 1560, sourceWidth: 1080, sourceHeight: 2340 });
  });

  it('keeps a phone screenshot at its own width by default, so its text can be read at full size', async () => {
    const image = await annotateImage(IMAGE, [], []);
    expect(image).toMatchObject({ width: 1080, height: 2340 });
  });

  it('draws a red box around a hurting phrase and a green one around a supporting phrase, at the scaled position', async () => {
    const image = await annotateImage(IMAGE, [{ box: hurt, tone: 'hurt' }, { box: support, tone: 'support' }], []);
    const s = image.width / image.sourceWidth;
    const px = await pixels(image.dataUri);
    // The stroke runs just outside the box: sample the middle of the top and left edges.
    const [r1, g1, b1] = px.at((hurt.x + hurt.w / 2) * s, (hurt.y - 4) * s);
    expect(r1).toBeGreaterThan(170);
    expect(g1).toBeLessThan(110);
    expect(b1).toBeLessThan(110);
    const [r2, g2, b2] = px.at((hurt.x - 4) * s, (hurt.y + hurt.h / 2) * s);
    expect(r2 - Math.max(g2, b2)).toBeGreaterThan(80);
    const [r3, g3, b3] = px.at((support.x + support.w / 2) * s, (support.y + support.h + 4) * s);
    expect(g3 - Math.max(r3, b3)).toBeGreaterThan(40);
    // Inside the box the picture is still readable: not covered by an opaque fill.
    const plain = await pixels((await annotateImage(IMAGE, [], [])).dataUri);
    const inside = px.at((hurt.x + 20) * s, (hurt.y + hurt.h / 2) * s);
    const before = plain.at((hurt.x + 20) * s, (hurt.y + hurt.h / 2) * s);
    for (let i = 0; i < 3; i++) expect(Math.abs(inside[i]! - before[i]!)).toBeLessThan(60);
  });

  it('blurs each secret box in the pixels', async () => {
    const original = await decodeImage(IMAGE);
    const image = await annotateImage(IMAGE, [], [secret], { maxWidth: 1080 });
    const { data } = await sharp(Buffer.from(image.dataUri.split(',')[1]!, 'base64')).raw().toBuffer({ resolveWithObject: true });
    const before = await spread(original.rgb, original.width, original.height, secret);
    const after = await spread(data, image.width, image.height, secret);
    expect(before).toBeGreaterThan(20);
    expect(after).toBeLessThan(before / 3);
    // Outside the secret the image is untouched (up to JPEG noise).
    const label: Box = { x: 71, y: 300, w: 500, h: 60 };
    expect(await spread(data, image.width, image.height, label)).toBeGreaterThan((await spread(original.rgb, original.width, original.height, label)) * 0.8);
  });
});
