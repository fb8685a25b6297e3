import type { Box } from '../../../types.js';
import type { EngineImage } from './types.js';

/**
 * Samples a region of an image, scaled bilinearly to `outW` x `outH`, into a planar float
 * tensor in BGR order (as PaddleOCR's models were trained on OpenCV images):
 * `value = (pixel / 255 - mean[c]) / std[c]`. Writes at `offset` in `out`, whose row length is
 * `rowStride` (a batch pads rows to the widest image; the padding is left as it is).
 */
export function sampleBgr(
  image: EngineImage,
  region: Box,
  outW: number,
  outH: number,
  mean: readonly [number, number, number],
  std: readonly [number, number, number],
  out: Float32Array,
  offset: number,
  rowStride: number,
  planeStride: number,
): void {
  const { data, width, height, channels } = image;
  const sx = region.w / outW;
  const sy = region.h / outH;
  // Per output column: source columns and weight, computed once.
  const x0s = new Int32Array(outW);
  const x1s = new Int32Array(outW);
  const fxs = new Float32Array(outW);
  for (let x = 0; x < outW; x++) {
    const fx = Math.min(Math.max(region.x + (x + 0.5) * sx - 0.5, 0), width - 1);
    const x0 = Math.floor(fx);
    x0s[x] = x0;
    x1s[x] = Math.min(x0 + 1, width - 1);
    fxs[x] = fx - x0;
  }
  const scale = [1 / (255 * std[0]), 1 / (255 * std[1]), 1 / (255 * std[2])];
  const shift = [mean[0] / std[0], mean[1] / std[1], mean[2] / std[2]];
  // BGR planes from RGB(A) or grey pixels.
  const source = channels === 1 ? [0, 0, 0] : [2, 1, 0];
  for (let y = 0; y < outH; y++) {
    const fy = Math.min(Math.max(region.y + (y + 0.5) * sy - 0.5, 0), height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, height - 1);
    const wy = fy - y0;
    const row0 = y0 * width;
    const row1 = y1 * width;
    for (let x = 0; x < outW; x++) {
      const a = (row0 + x0s[x]!) * channels;
      const b = (row0 + x1s[x]!) * channels;
      const c = (row1 + x0s[x]!) * channels;
      const d = (row1 + x1s[x]!) * channels;
      const wx = fxs[x]!;
      for (let p = 0; p < 3; p++) {
        const s = source[p]!;
        const top = data[a + s]! + (data[b + s]! - data[a + s]!) * wx;
        const bottom = data[c + s]! + (data[d + s]! - data[c + s]!) * wx;
        const v = top + (bottom - top) * wy;
        out[offset + p * planeStride + y * rowStride + x] = v * scale[p]! - shift[p]!;
      }
    }
  }
}

/**
 * Runs of columns of a line's box with no ink, in box pixels (`[start, end)`), the line's
 * background taken as the median luminance of its border pixels and ink as a pixel at least
 * `inkDiff` away from it. Word gaps of Latin text show here where the recognition model, reading
 * small text scaled up, sometimes drops the space ("toomany").
 */
export function blankColumns(image: EngineImage, box: Box, inkDiff = 60): [number, number][] {
  const { data, width, channels } = image;
  const lum = (x: number, y: number): number => {
    const i = (y * width + x) * channels;
    return channels >= 3 ? 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]! : data[i]!;
  };
  const border: number[] = [];
  for (let x = box.x; x < box.x + box.w; x++) border.push(lum(x, box.y), lum(x, box.y + box.h - 1));
  for (let y = box.y; y < box.y + box.h; y++) border.push(lum(box.x, y), lum(box.x + box.w - 1, y));
  border.sort((a, b) => a - b);
  const bg = border[border.length >> 1] ?? 255;
  const runs: [number, number][] = [];
  let start = -1;
  for (let x = 0; x < box.w; x++) {
    let ink = false;
    for (let y = box.y; y < box.y + box.h && !ink; y++) ink = Math.abs(lum(box.x + x, y) - bg) >= inkDiff;
    if (!ink && start < 0) start = x;
    if (ink && start >= 0) {
      runs.push([start, x]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, box.w]);
  return runs;
}
