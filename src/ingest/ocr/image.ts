import { loadSharp } from './sharp.js';
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
 * the OCR engine. `onHeader` is called once the header shows an image of a size we decode,
 * before its pixels are (the OCR engine can start loading then).
 */
export async function decodeImage(input: string | Buffer, onHeader?: () => void): Promise<DecodedImage> {
  try {
    return await decode(input, 'truncated', onHeader);
  } catch (err) {
    if (!(err instanceof ImageDecodeError)) throw err;
    // Read what is there: the top of a cut-off screenshot still holds messages. Only a
    // JPEG decoder fills the missing part with flat grey; a cut PNG comes back with
    // earlier rows repeated, which would be read as text twice. Whether rows are missing
    // is read off the pixels, not the error: libvips keeps its error text in one buffer
    // for all threads, and with two decodes at once it can come back "Unknown error".
    const sharp = await loadSharp();
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

async function decode(input: string | Buffer, failOn: 'truncated' | 'none', onHeader?: () => void): Promise<DecodedImage> {
  const sharp = await loadSharp();
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn, pages: 1 });
    const meta = await image.metadata();
    if (!meta.width || !meta.height) throw new ImageDecodeError({ code: 'undecodable', detail: 'no image dimensions' });
    if (meta.width * meta.height <= MAX_INPUT_PIXELS) onHeader?.();
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
    const layoutRgb =
      meta.format === 'jpeg'
        ? await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).median(3).raw().toBuffer()
        : undefined;
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
