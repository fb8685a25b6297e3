import sharp from 'sharp';

/** An image decoded to 8-bit RGB, upright (EXIF orientation applied). */
export interface DecodedImage {
  width: number;
  height: number;
  /** Packed RGB, 3 bytes per pixel, row-major. */
  rgb: Buffer;
  /** A denoised copy to find the layout on (JPEG sources), else the layout uses `rgb`. */
  layoutRgb?: Buffer;
}

/** The image cannot be decoded; the message says why in plain words. */
export class ImageDecodeError extends Error {
  override name = 'ImageDecodeError';
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
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated', pages: 1 });
    const meta = await image.metadata();
    if (!meta.width || !meta.height) throw new ImageDecodeError('no image dimensions');
    const { data, info } = await image
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new ImageDecodeError(`unexpected ${info.channels} channels`);
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

function describeSharpError(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(raw)) return 'image is too large (declared pixel count over the limit)';
  if (/unsupported image format/i.test(raw)) return 'not an image format that can be read';
  if (/premature end|truncated|VipsJpeg|end of file|read error/i.test(raw)) return 'image data is truncated or corrupt';
  const first = raw.split('\n')[0] ?? raw;
  return `cannot decode image (${first.slice(0, 120)})`;
}
