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
