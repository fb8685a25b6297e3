import type { Box } from '../../../types.js';
import { sampleBgr } from './pixels.js';
import type { OrtSession, Runtime } from './runtime.js';
import type { EngineImage } from './types.js';

/** Settings of DB text detection (PaddleOCR's names in brackets). */
export interface DetOptions {
  /** The longer side of the region is scaled down to at most this many pixels (`det_limit_side_len`, type max). */
  maxSide: number;
  /** A pixel whose text probability is above this is text (`det_db_thresh`). */
  threshold: number;
  /** A box whose mean probability is below this is dropped (`det_db_box_thresh`). */
  boxThreshold: number;
  /** How far a found kernel is grown back to the text's extent (`det_db_unclip_ratio`). */
  unclipRatio: number;
}

/** PaddleOCR's defaults, save `maxSide` (its 960 is too small for a 2340-pixel phone screenshot). */
export const DET_DEFAULTS: DetOptions = { maxSide: 1280, threshold: 0.3, boxThreshold: 0.4, unclipRatio: 1.5 };

const MEAN = [0.485, 0.456, 0.406] as const;
const STD = [0.229, 0.224, 0.225] as const;
/** A kernel whose shorter side is under this (detection-map pixels) is noise (`min_size`). */
const MIN_KERNEL = 3;
/** The detector's input sides are multiples of this. */
export const DET_STRIDE = 32;

/** A text box found by detection, in original image pixels, with its mean probability. */
export interface DetBox {
  box: Box;
  score: number;
}

/** Detection runs on horizontal strips of at most this many input rows (multiple of 32). */
const STRIP_ROWS = 512;
/** Strips overlap by this many input rows; a text line is taken from the strip that holds its centre away from the edges. */
const STRIP_OVERLAP = 96;

/**
 * Finds text lines in a region of an image with a DB detection model (PP-OCR det): the
 * region is scaled (longer side at most `maxSide`, sides rounded to multiples of 32), the model
 * gives a text probability per pixel, and each connected area above `threshold` becomes a box,
 * grown by the unclip distance (area x ratio / perimeter) as PaddleOCR does. Screenshots hold
 * upright text, so boxes are axis-aligned rectangles. A tall input is run in overlapping
 * strips, so that the model's activations (and the peak memory) stay those of a 512-row strip.
 * `scaleOf` is the box whose size sets the scale (default the region): a band of an image is
 * read at the whole image's scale.
 */
export async function detect(runtime: Runtime, session: OrtSession, image: EngineImage, region: Box, options: DetOptions = DET_DEFAULTS, scaleOf: Box = region): Promise<DetBox[]> {
  const scale = detScale(options, scaleOf);
  if (scaleOf !== region) {
    // A band read at the image's scale is grown to whole input rows: rounded to 32 rows, a
    // short band would be squeezed, and lines of two bubbles found as one.
    const rows = Math.max(DET_STRIDE, Math.ceil((region.h * scale) / DET_STRIDE) * DET_STRIDE);
    const h = Math.min(image.height, Math.round(rows / scale));
    region = { ...region, y: Math.max(0, Math.min(region.y, image.height - h)), h };
  }
  const inW = Math.max(DET_STRIDE, Math.round((region.w * scale) / DET_STRIDE) * DET_STRIDE);
  const inH = Math.max(DET_STRIDE, Math.round((region.h * scale) / DET_STRIDE) * DET_STRIDE);
  // region pixels per input pixel
  const fx = region.w / inW;
  const fy = region.h / inH;
  const boxes: DetBox[] = [];
  const step = STRIP_ROWS - STRIP_OVERLAP;
  for (let top = 0; top < inH; top += step) {
    const rows = Math.min(STRIP_ROWS, inH - top);
    const first = top === 0;
    const last = top + rows >= inH;
    const strip: Box = { x: region.x, y: region.y + top * fy, w: region.w, h: rows * fy };
    const found = await detectInput(runtime, session, image, strip, inW, rows, options);
    // Keep a box whose centre lies in this strip's own part: away from an overlap shared with a neighbour.
    const lo = first ? -Infinity : STRIP_OVERLAP / 2;
    const hi = last ? Infinity : rows - STRIP_OVERLAP / 2;
    for (const { box, score } of found) {
      const centre = box.y + box.h / 2;
      if (centre < lo || centre >= hi) continue;
      const x0 = Math.max(region.x, Math.round(region.x + box.x * fx));
      const y0 = Math.max(region.y, Math.round(region.y + (top + box.y) * fy));
      const x1 = Math.min(region.x + region.w, Math.round(region.x + (box.x + box.w) * fx));
      const y1 = Math.min(region.y + region.h, Math.round(region.y + (top + box.y + box.h) * fy));
      boxes.push({ box: { x: x0, y: y0, w: Math.max(1, x1 - x0), h: Math.max(1, y1 - y0) }, score });
    }
    if (last) break;
  }
  return boxes;
}

/** The scale detection reads a region of this size at: its longer side at most `maxSide`. */
export function detScale(options: DetOptions, size: { w: number; h: number }): number {
  return Math.min(1, options.maxSide / Math.max(size.w, size.h));
}

/** Runs the model on `region` scaled to `inW` x `inH`; boxes in input pixels. */
async function detectInput(runtime: Runtime, session: OrtSession, image: EngineImage, region: Box, inW: number, inH: number, options: DetOptions): Promise<DetBox[]> {
  const input = new Float32Array(3 * inW * inH);
  sampleBgr(image, region, inW, inH, MEAN, STD, input, 0, inW, inW * inH);
  const feeds = { [session.inputNames[0] ?? 'x']: runtime.tensor(input, [1, 3, inH, inW]) };
  const output = (await session.run(feeds))[session.outputNames[0] ?? 'sigmoid_0.tmp_0'];
  if (!output || !(output.data instanceof Float32Array)) throw new Error('detection model gave no probability map');
  const [, , mapH = inH, mapW = inW] = output.dims;
  return boxesFromMap(output.data, mapW, mapH, options);
}

/**
 * DB post-processing on a probability map (`width` x `height`): connected areas of pixels
 * above the threshold (4-connected), each scored by the mean probability of its pixels
 * (PaddleOCR's "slow", polygon score), grown by the unclip distance. Boxes are in map pixels
 * (fractional), clipped to the map.
 */
export function boxesFromMap(prob: Float32Array, width: number, height: number, options: DetOptions): DetBox[] {
  const n = width * height;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const boxes: DetBox[] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start] || (prob[start] ?? 0) <= options.threshold) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let minX = width;
    let minY = height;
    let maxX = -1;
    let maxY = -1;
    let count = 0;
    let sum = 0;
    while (top > 0) {
      const p = stack[--top] ?? 0;
      count++;
      sum += prob[p] ?? 0;
      const x = p % width;
      const y = (p - x) / width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      const push = (q: number): void => {
        if (!seen[q] && (prob[q] ?? 0) > options.threshold) {
          seen[q] = 1;
          stack[top++] = q;
        }
      };
      if (x > 0) push(p - 1);
      if (x < width - 1) push(p + 1);
      if (y > 0) push(p - width);
      if (y < height - 1) push(p + width);
    }
    const w = maxX - minX + 1;
    const h = maxY - minY + 1;
    if (Math.min(w, h) < MIN_KERNEL) continue;
    // Scored over the area's own pixels, not its bounding rectangle: a line photographed at a
    // slant fills little of its rectangle and would score as background.
    const score = sum / count;
    if (score < options.boxThreshold) continue;
    // Grown as PaddleOCR grows the area's polygon: area x ratio / perimeter, the perimeter of
    // a band as long as the rectangle is wide and as thick as its area allows.
    const long = Math.max(w, h);
    const d = (count * options.unclipRatio) / (2 * (long + count / long));
    const x0 = Math.max(0, minX - d);
    const y0 = Math.max(0, minY - d);
    const x1 = Math.min(width, maxX + 1 + d);
    const y1 = Math.min(height, maxY + 1 + d);
    if (Math.min(x1 - x0, y1 - y0) < MIN_KERNEL + 2) continue;
    boxes.push({ box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, score });
  }
  return boxes;
}
