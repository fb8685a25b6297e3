import { describe, expect, it } from 'vitest';
import { homography, invert, project, warpImage, type Homography, type Point } from '../../../src/ingest/ocr/warp.js';

/** A known perspective map: a slight keystone and rotation, as a camera sees a monitor. */
const KNOWN: Homography = [0.92, -0.05, 40, 0.03, 0.95, 25, 0.00008, -0.00005, 1];
const SQUARE: Point[] = [
  [0, 0],
  [400, 0],
  [400, 300],
  [0, 300],
];

describe('homography', () => {
  it('recovers a known homography from the four points it maps a rectangle to', () => {
    const H = homography(SQUARE, SQUARE.map((p) => project(KNOWN, p)));
    H.forEach((v, i) => expect(v).toBeCloseTo(KNOWN[i]!, 6));
  });

  it('maps every point, not only the four corners, as the known map does, and its inverse maps them back', () => {
    const H = homography(SQUARE, SQUARE.map((p) => project(KNOWN, p)));
    const back = invert(H);
    for (const p of [[17, 230], [200, 150], [399, 1], [123.5, 77.25]] as Point[]) {
      const q = project(H, p);
      const k = project(KNOWN, p);
      expect(q[0]).toBeCloseTo(k[0], 6);
      expect(q[1]).toBeCloseTo(k[1], 6);
      const r = project(back, q);
      expect(r[0]).toBeCloseTo(p[0], 6);
      expect(r[1]).toBeCloseTo(p[1], 6);
    }
  });

  it('refuses points of which three lie on one line', () => {
    expect(() => homography([[0, 0], [1, 1], [2, 2], [0, 5]], SQUARE)).toThrow(RangeError);
  });
});

describe('warpImage', () => {
  /** A grey image with a dark square on a light page. */
  function page(): { width: number; height: number; channels: number; data: Buffer } {
    const width = 200;
    const height = 150;
    const data = Buffer.alloc(width * height, 230);
    for (let y = 50; y < 90; y++) for (let x = 60; x < 120; x++) data[y * width + x] = 20;
    return { width, height, channels: 1, data };
  }

  it('is the identity through the identity map', () => {
    const src = page();
    const out = warpImage(src, [1, 0, 0, 0, 1, 0, 0, 0, 1], src.width, src.height, [0]);
    expect(out.data.equals(src.data)).toBe(true);
  });

  it('undoes a perspective: a page warped by a homography and back is the page again, but for its edges', () => {
    const src = page();
    const H = homography(
      [
        [0, 0],
        [200, 0],
        [200, 150],
        [0, 150],
      ],
      [
        [12, 8],
        [190, 3],
        [196, 147],
        [4, 140],
      ],
    );
    // into the photo: each photo pixel samples the page through the inverse map
    const photo = warpImage(src, invert(H), 200, 150, [0]);
    // and back: each page pixel samples the photo through H
    const back = warpImage(photo, H, 200, 150, [0]);
    let off = 0;
    let inner = 0;
    for (let y = 20; y < 130; y++) {
      for (let x = 20; x < 180; x++) {
        inner++;
        if (Math.abs(back.data[y * 200 + x]! - src.data[y * 200 + x]!) > 60) off++;
      }
    }
    // bilinear sampling twice softens the square's edges by a pixel; nothing else moves
    expect(off / inner).toBeLessThan(0.01);
    expect(back.data[70 * 200 + 90]).toBeLessThan(40);
    expect(back.data[30 * 200 + 30]).toBeGreaterThan(200);
  });

  it('fills what lies outside the source', () => {
    const src = page();
    const shifted = warpImage(src, [1, 0, -50, 0, 1, 0, 0, 0, 1], 100, 10, [7]);
    expect(shifted.data[0]).toBe(7);
    expect(shifted.data[60]).toBe(230);
  });
});
