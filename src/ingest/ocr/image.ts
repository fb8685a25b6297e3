import sharp from 'sharp';
import type { FileProblem } from '../../types.js';

/** An image decoded to 8-bit RGB, upright (EXIF orientation applied). */
export interface DecodedImage {
  width: number;
  height: number;
  /** Packed RGB, 3 bytes per pixel, row-major. */
  rgb: Buffer;
  /** A denoised copy to find the layout on (JPEG sources), else the layout uses `rgb`. */
  layoutRgb?: Buffer;
  /**
   * Set when the file is cut short (a screenshot whose transfer broke off): what could be
   * decoded is kept, the decoder's fill below it is cropped away, and this says how much is left.
   */
  truncated?: { keptFraction: number };
  /** The image is a photo of a screen whose light was evened out before reading. */
  screenPhoto?: boolean;
}

/** The image cannot be decoded; the message says why in plain words. */
export class ImageDecodeError extends Error {
  override name = 'ImageDecodeError';
  constructor(readonly problem: FileProblem) {
    super(`${problem.code}${problem.detail === undefined ? '' : ` (${problem.detail})`}`);
  }
}

/** Largest image we decode (pixels). A 50000x50000 "bomb" is refused before decoding. */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Longest side we keep; larger photos are scaled down before OCR. */
const MAX_SIDE = 4000;

/**
 * Decodes an image file with sharp, auto-oriented, flattened on white, 8-bit sRGB.
 * Throws {@link ImageDecodeError} for anything sharp cannot read (truncated, not an
 * image, unsupported format, too many pixels), so that a broken file never reaches
 * the OCR engine.
 */
export async function decodeImage(input: string | Buffer): Promise<DecodedImage> {
  try {
    return await decode(input, 'truncated');
  } catch (err) {
    if (!(err instanceof ImageDecodeError)) throw err;
    // Read what is there: the top of a cut-off screenshot still holds messages. Only a
    // JPEG decoder fills the missing part with flat grey; a cut PNG comes back with
    // earlier rows repeated, which would be read as text twice. Whether rows are missing
    // is read off the pixels, not the error: libvips keeps its error text in one buffer
    // for all threads, and with two decodes at once it can come back "Unknown error".
    const format = await sharp(input).metadata().then((m) => m.format, () => undefined);
    if (format !== 'jpeg') throw err;
    const partial = await decode(input, 'none').catch(() => undefined);
    if (!partial) throw err;
    const kept = decodedRows(partial);
    if (kept === partial.height && err.problem.code !== 'truncated') throw err;
    if (kept < Math.max(MIN_KEPT_ROWS, partial.height * 0.05)) throw new ImageDecodeError({ code: 'truncated' });
    return crop(partial, kept);
  }
}

/** A truncated image with fewer decoded rows than this is not worth reading. */
const MIN_KEPT_ROWS = 40;

async function decode(input: string | Buffer, failOn: 'truncated' | 'none'): Promise<DecodedImage> {
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn, pages: 1 });
    const meta = await image.metadata();
    if (!meta.width || !meta.height) throw new ImageDecodeError({ code: 'undecodable', detail: 'no image dimensions' });
    const { data, info } = await image
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new ImageDecodeError({ code: 'undecodable', detail: `unexpected ${info.channels} channels` });
    // JPEG ringing leaves specks in the gaps between chat bubbles that would join them
    // into one block: the layout is found on a 3x3 median of the image, while OCR reads
    // the original pixels (the median would blur small text).
    const median = (rgb: Buffer): Promise<Buffer> => sharp(rgb, { raw: { width: info.width, height: info.height, channels: 3 } }).median(3).raw().toBuffer();
    // A photo of a screen: light evened out and the room around the screen blanked, then
    // read like a screenshot (its sensor noise smoothed for layout and OCR alike).
    const even = meta.format === 'jpeg' ? evenScreenLight({ width: info.width, height: info.height, rgb: data }) : undefined;
    if (even) {
      const smooth = await median(even);
      return { width: info.width, height: info.height, rgb: smooth, layoutRgb: smooth, screenPhoto: true };
    }
    const layoutRgb = meta.format === 'jpeg' ? await median(data) : undefined;
    return { width: info.width, height: info.height, rgb: data, layoutRgb };
  } catch (err) {
    if (err instanceof ImageDecodeError) throw err;
    throw new ImageDecodeError(describeSharpError(err));
  }
}

function describeSharpError(err: unknown): FileProblem {
  const raw = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(raw)) return { code: 'too-many-pixels' };
  if (/unsupported image format/i.test(raw)) return { code: 'not-image' };
  if (/premature end|truncated|VipsJpeg|end of file|read error/i.test(raw)) return { code: 'truncated' };
  const first = raw.split('\n')[0] ?? raw;
  return { code: 'undecodable', detail: first.slice(0, 120) };
}

/**
 * Rows a decoder really decoded from a cut-off file: it fills the missing part with one
 * flat colour (grey for JPEG) from some row, or some pixel of a row, to the end. Returns the
 * first row touched by that fill, or the height when the bottom is not a flat fill (a
 * progressive JPEG cut short is blurred, not cut).
 */
function decodedRows(img: DecodedImage): number {
  const { width, height, rgb } = img;
  const last = (width * height - 1) * 3;
  const fill = (i: number): boolean => rgb[i] === rgb[last] && rgb[i + 1] === rgb[last + 1] && rgb[i + 2] === rgb[last + 2];
  let y = height;
  // whole rows of fill
  while (y > 0) {
    let flat = true;
    for (let x = 0, i = (y - 1) * width * 3; x < width; x++, i += 3) {
      if (!fill(i)) {
        flat = false;
        break;
      }
    }
    if (!flat) break;
    y--;
  }
  if (y === height) return height;
  // the partly decoded block row above: its right end is fill too
  while (y > 0 && fill(((y - 1) * width + width - 1) * 3)) y--;
  return y;
}

function crop(img: DecodedImage, rows: number): DecodedImage {
  const bytes = img.width * rows * 3;
  return {
    width: img.width,
    height: rows,
    rgb: img.rgb.subarray(0, bytes),
    layoutRgb: img.layoutRgb?.subarray(0, bytes),
    truncated: { keptFraction: rows / img.height },
  };
}

/** Luminance of the pixel at byte offset i. */
function lum(rgb: Buffer, i: number): number {
  return 0.299 * rgb[i]! + 0.587 * rgb[i + 1]! + 0.114 * rgb[i + 2]!;
}

/**
 * Evens out the light of a photo of a screen, or returns undefined when the image is no such
 * photo. The image is cut into cells about 1/40 of its long side; a cell's background is its
 * 90th-percentile luminance. A photo has a lit screen over most of it (cells at least 0.45 of the
 * brightest), sensor noise even where the screen is blank (a screenshot, even as a JPEG, is
 * flat there) and a background that drifts smoothly (many distinct levels). Each pixel is then
 * divided by the background interpolated at it (a light spot fading to the corners becomes
 * one white), the contrast is stretched, and the room and bezel outside the screen are blanked.
 */
export function evenScreenLight(img: { width: number; height: number; rgb: Buffer }): Buffer | undefined {
  const { width: W, height: H, rgb } = img;
  const cell = Math.max(16, Math.round(Math.max(W, H) / 40));
  const cols = Math.floor(W / cell);
  const rows = Math.floor(H / cell);
  if (cols < 8 || rows < 8) return undefined;
  const bg = new Float32Array(cols * rows);
  const noise = new Float32Array(cols * rows);
  const hist = new Uint32Array(256);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      hist.fill(0);
      let mad = 0;
      for (let y = cy * cell; y < (cy + 1) * cell; y++) {
        let prev = -1;
        for (let x = cx * cell, i = (y * W + x) * 3; x < (cx + 1) * cell; x++, i += 3) {
          const l = lum(rgb, i);
          hist[Math.round(l)]!++;
          if (prev >= 0) mad += Math.abs(l - prev);
          prev = l;
        }
      }
      const target = cell * cell * 0.9;
      let acc = 0;
      let v = 0;
      while (v < 255 && acc + hist[v]! < target) acc += hist[v++]!;
      bg[cy * cols + cx] = v;
      noise[cy * cols + cx] = mad / (cell * (cell - 1));
    }
  }
  let max = 0;
  for (const v of bg) max = Math.max(max, v);
  const screen = (k: number): boolean => bg[k]! > 0.45 * max;
  const lit: number[] = [];
  const levels = new Set<number>();
  const noises: number[] = [];
  for (let k = 0; k < bg.length; k++) {
    if (!screen(k)) continue;
    lit.push(k);
    levels.add(Math.round(bg[k]! / 2));
    noises.push(noise[k]!);
  }
  noises.sort((a, b) => a - b);
  const quietNoise = noises[Math.floor(noises.length * 0.2)] ?? 0;
  if (lit.length < bg.length * 0.5 || quietNoise < 0.5 || levels.size < 40) return undefined;

  // The background of a text-heavy cell reads low: take the median of each lit cell's lit neighbours.
  const smooth = new Float32Array(bg.length);
  for (let cy = 0; cy < rows; cy++) {
    for (let cx = 0; cx < cols; cx++) {
      const k = cy * cols + cx;
      if (!screen(k)) continue;
      const around: number[] = [];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          if (x >= 0 && y >= 0 && x < cols && y < rows && screen(y * cols + x)) around.push(bg[y * cols + x]!);
        }
      }
      around.sort((a, b) => a - b);
      smooth[k] = around[Math.floor(around.length / 2)]!;
    }
  }
  // Unlit cells take the mean of the lit cells (they are blanked; this only keeps interpolation sane).
  const litMean = lit.reduce((s, k) => s + smooth[k]!, 0) / lit.length;
  for (let k = 0; k < bg.length; k++) if (!screen(k)) smooth[k] = litMean;
  const bgAt = (x: number, y: number): number => {
    const fx = Math.min(cols - 1, Math.max(0, x / cell - 0.5));
    const fy = Math.min(rows - 1, Math.max(0, y / cell - 0.5));
    const x0 = Math.floor(fx);
    const y0 = Math.floor(fy);
    const x1 = Math.min(cols - 1, x0 + 1);
    const y1 = Math.min(rows - 1, y0 + 1);
    const ax = fx - x0;
    const ay = fy - y0;
    const top = smooth[y0 * cols + x0]! * (1 - ax) + smooth[y0 * cols + x1]! * ax;
    const bottom = smooth[y1 * cols + x0]! * (1 - ax) + smooth[y1 * cols + x1]! * ax;
    return top * (1 - ay) + bottom * ay;
  };
  // Lit cells beside an unlit one hold the screen's edge.
  const edge = new Uint8Array(bg.length);
  for (const k of lit) {
    const cx = k % cols;
    const cy = (k - cx) / cols;
    for (const [dx, dy] of [[-1, 0], [1, 0], [0, -1], [0, 1]] as const) {
      const x = cx + dx;
      const y = cy + dy;
      if (x >= 0 && y >= 0 && x < cols && y < rows && !screen(y * cols + x)) edge[k] = 1;
    }
  }
  const out = Buffer.alloc(rgb.length);
  const WHITE = 245;
  const flatHist = new Uint32Array(256);
  for (let y = 0; y < H; y++) {
    const cy = Math.min(rows - 1, Math.floor(y / cell));
    for (let x = 0, i = y * W * 3; x < W; x++, i += 3) {
      const cx = Math.min(cols - 1, Math.floor(x / cell));
      // Outside the screen, and the dark bezel in cells on the screen's edge: blank.
      if (!screen(cy * cols + cx) || (edge[cy * cols + cx] && lum(rgb, i) < 0.45 * max)) {
        out[i] = out[i + 1] = out[i + 2] = 255;
        continue;
      }
      const f = WHITE / Math.max(1, bgAt(x, y));
      out[i] = Math.min(255, rgb[i]! * f);
      out[i + 1] = Math.min(255, rgb[i + 1]! * f);
      out[i + 2] = Math.min(255, rgb[i + 2]! * f);
      flatHist[Math.round(lum(out, i))]!++;
    }
  }
  // Stretch: the darkest ink (0.3rd percentile) to black, the evened background to white.
  let total = 0;
  for (const n of flatHist) total += n;
  let acc = 0;
  let lo = 0;
  while (lo < WHITE - 40 && acc + flatHist[lo]! < total * 0.003) acc += flatHist[lo++]!;
  const scale = 255 / (WHITE + 5 - lo);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round((out[i]! - lo) * scale)));
  // What is left of the background's drift (a card a shade off the page, a tint) would keep
  // the layout from parting the page: light, greyish pixels become white.
  for (let i = 0; i < out.length; i += 3) {
    const r = out[i]!;
    const g = out[i + 1]!;
    const b = out[i + 2]!;
    if (lum(out, i) >= 226 && Math.max(r, g, b) - Math.min(r, g, b) < 40) out[i] = out[i + 1] = out[i + 2] = 255;
  }
  // The bezel and the room's dark corners reach the photo's edge: flood them white from there.
  blankDarkFromBorder(out, W, H);
  return out;
}

/** Paints white every dark pixel (luminance under 90) connected to the image border. */
function blankDarkFromBorder(rgb: Buffer, W: number, H: number): void {
  const seen = new Uint8Array(W * H);
  const stack: number[] = [];
  const push = (p: number): void => {
    if (seen[p] || lum(rgb, p * 3) >= 90) return;
    seen[p] = 1;
    stack.push(p);
  };
  for (let x = 0; x < W; x++) {
    push(x);
    push((H - 1) * W + x);
  }
  for (let y = 0; y < H; y++) {
    push(y * W);
    push(y * W + W - 1);
  }
  while (stack.length) {
    const p = stack.pop()!;
    rgb[p * 3] = rgb[p * 3 + 1] = rgb[p * 3 + 2] = 255;
    const x = p % W;
    if (x > 0) push(p - 1);
    if (x < W - 1) push(p + 1);
    if (p >= W) push(p - W);
    if (p < (H - 1) * W) push(p + W);
  }
}
