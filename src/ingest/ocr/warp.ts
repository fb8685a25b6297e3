/**
 * Projective geometry for photos of a screen: the homography that maps four points onto four
 * others, and a warp of raw pixels through it with bilinear sampling.
 */

/** A point [x, y] in pixels. */
export type Point = [number, number];

/** A 3x3 matrix, row-major, acting on [x, y, 1]. */
export type Homography = [number, number, number, number, number, number, number, number, number];

/**
 * The homography H with H(from[i]) = to[i] for four point pairs (no three of either set on one
 * line), h33 fixed at 1: the 8x8 linear system of the direct linear transform, solved by Gaussian
 * elimination with partial pivoting. Throws when the points are degenerate.
 */
export function homography(from: readonly Point[], to: readonly Point[]): Homography {
  if (from.length !== 4 || to.length !== 4) throw new RangeError('a homography needs exactly four point pairs');
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  const h = solve(rows);
  return [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!, 1];
}

/** Solves the augmented system (n rows of n unknowns and the right-hand side) in place. */
function solve(m: number[][]): number[] {
  const n = m.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (Math.abs(m[p]![c]!) < 1e-12) throw new RangeError('degenerate points: no homography');
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r]!;
      const f = row[c]! / pivot[c]!;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) row[k]! -= f * pivot[k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** The point H maps p to. */
export function project(H: Homography, [x, y]: Point): Point {
  const w = H[6] * x + H[7] * y + H[8];
  return [(H[0] * x + H[1] * y + H[2]) / w, (H[3] * x + H[4] * y + H[5]) / w];
}

/** The inverse homography (adjugate over determinant, scaled so that h33 = 1 where possible). */
export function invert(H: Homography): Homography {
  const [a, b, c, d, e, f, g, h, i] = H;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (Math.abs(det) < 1e-15) throw new RangeError('singular homography');
  const inv: Homography = [A, -(b * i - c * h), b * f - c * e, B, a * i - c * g, -(a * f - c * d), C, -(a * h - b * g), a * e - b * d];
  const s = Math.abs(inv[8]) > 1e-12 ? inv[8] : det;
  return inv.map((v) => v / s) as Homography;
}

/** Raw interleaved pixels (8 bits a channel), row-major. */
export interface RawImage {
  width: number;
  height: number;
  channels: number;
  data: Buffer;
}

/**
 * A new image of `width` x `height` whose pixel (u, v) is the source sampled bilinearly at
 * `toSource(u + 0.5, v + 0.5)` (pixel centres); points outside the source take `fill` (one value
 * a channel). `toSource` maps output coordinates into the source: the inverse of the warp.
 */
export function warpImage(src: RawImage, toSource: Homography, width: number, height: number, fill: readonly number[]): RawImage {
  const { channels: ch, data: s, width: sw, height: sh } = src;
  if (fill.length !== ch) throw new RangeError(`fill needs ${ch} values`);
  const out = Buffer.alloc(width * height * ch);
  const [a, b, c, d, e, f, g, h, i] = toSource;
  for (let v = 0; v < height; v++) {
    const cy = v + 0.5;
    for (let u = 0, o = v * width * ch; u < width; u++, o += ch) {
      const cx = u + 0.5;
      const w = g * cx + h * cy + i;
      // pixel centres sit at +0.5: the sample point in index coordinates
      const x = (a * cx + b * cy + c) / w - 0.5;
      const y = (d * cx + e * cy + f) / w - 0.5;
      if (!(x >= -0.5 && y >= -0.5 && x <= sw - 0.5 && y <= sh - 0.5)) {
        for (let k = 0; k < ch; k++) out[o + k] = fill[k]!;
        continue;
      }
      // clamped to the edge pixels within half a pixel of the border
      const x0 = Math.min(sw - 1, Math.max(0, Math.floor(x)));
      const y0 = Math.min(sh - 1, Math.max(0, Math.floor(y)));
      const x1 = Math.min(sw - 1, x0 + 1);
      const y1 = Math.min(sh - 1, y0 + 1);
      const fx = Math.min(1, Math.max(0, x - x0));
      const fy = Math.min(1, Math.max(0, y - y0));
      const i00 = (y0 * sw + x0) * ch;
      const i10 = (y0 * sw + x1) * ch;
      const i01 = (y1 * sw + x0) * ch;
      const i11 = (y1 * sw + x1) * ch;
      for (let k = 0; k < ch; k++) {
        const top = s[i00 + k]! + (s[i10 + k]! - s[i00 + k]!) * fx;
        const bottom = s[i01 + k]! + (s[i11 + k]! - s[i01 + k]!) * fx;
        out[o + k] = Math.round(top + (bottom - top) * fy);
      }
    }
  }
  return { width, height, channels: ch, data: out };
}
