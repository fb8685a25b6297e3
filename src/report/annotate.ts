/**
 * Screenshots for the HTML report: secrets blurred and highlight boxes drawn into the
 * pixels, downscaled, as a JPEG data: URI.
 */
import { join } from 'node:path';
import type { OverlayOptions } from 'sharp';
import { loadSharp } from '../ingest/ocr/sharp.js';
import { decodeImage } from '../ingest/ocr/image.js';
import type { RunResult } from '../result/types.js';
import type { Box } from '../types.js';
import { imageKey } from './options.js';

/** A box to draw: green where the phrase supports the claim, red where it hurts it. */
export interface Mark {
  box: Box;
  tone: 'support' | 'hurt';
}

/** An annotated screenshot, ready to embed. */
export interface AnnotatedImage {
  /** `data:image/jpeg;base64,...` */
  dataUri: string;
  /** Size of the embedded JPEG. */
  width: number;
  height: number;
  /** Size of the image the boxes refer to (the decoded, upright image OCR read). */
  sourceWidth: number;
  sourceHeight: number;
}

export interface AnnotateOptions {
  /** Widest embedded image, px (default 1440: phone text stays readable at full size). */
  maxWidth?: number;
  /** JPEG quality (default 75). */
  quality?: number;
  /** Size the boxes were measured on, when it may differ from the decoded image. */
  boxSpace?: { width: number; height: number };
}

const COLOUR = { support: '#16a34a', hurt: '#dc2626' } as const;

/**
 * Decodes the image exactly as the OCR saw it (upright, same size), so the boxes land
 * on the right pixels; blurs each secret box in the pixels themselves (extract, blur,
 * composite back), so no card code survives in the report; draws the marks as an SVG
 * overlay; then scales to `maxWidth` and encodes a JPEG.
 */
export async function annotateImage(file: string, marks: Mark[], secretBoxes: Box[], options: AnnotateOptions = {}): Promise<AnnotatedImage> {
  const maxWidth = options.maxWidth ?? 1440;
  const sharp = await loadSharp();
  const decoded = await decodeImage(file);
  const { width, height } = decoded;
  const raw = { width, height, channels: 3 as const };
  const sx = options.boxSpace ? width / options.boxSpace.width : 1;
  const sy = options.boxSpace ? height / options.boxSpace.height : 1;
  const inImage = (b: Box, pad: number): Box | null => {
    const x = Math.max(0, Math.floor(b.x * sx - pad));
    const y = Math.max(0, Math.floor(b.y * sy - pad));
    const right = Math.min(width, Math.ceil((b.x + b.w) * sx + pad));
    const bottom = Math.min(height, Math.ceil((b.y + b.h) * sy + pad));
    return right - x >= 1 && bottom - y >= 1 ? { x, y, w: right - x, h: bottom - y } : null;
  };

  const layers: OverlayOptions[] = [];
  for (const secret of secretBoxes) {
    const region = inImage(secret, Math.max(4, Math.round(secret.h * 0.2)));
    if (!region) continue;
    const blurred = await sharp(decoded.rgb, { raw })
      .extract({ left: region.x, top: region.y, width: region.w, height: region.h })
      .blur(Math.max(12, region.h / 3))
      .raw()
      .toBuffer();
    layers.push({ input: blurred, raw: { width: region.w, height: region.h, channels: 3 }, left: region.x, top: region.y });
  }

  const scale = Math.min(1, maxWidth / width);
  // Strokes about 3 px wide once scaled, drawn just outside the phrase so they cover no glyph.
  const stroke = 3 / scale;
  const rects: string[] = [];
  const seen = new Set<string>();
  for (const mark of [...marks.filter((m) => m.tone === 'support'), ...marks.filter((m) => m.tone === 'hurt')]) {
    const key = `${mark.tone} ${mark.box.x} ${mark.box.y} ${mark.box.w} ${mark.box.h}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = inImage(mark.box, stroke / 2 + 2);
    if (!r) continue;
    const c = COLOUR[mark.tone];
    // A white halo under the coloured stroke keeps it visible on red, green or blue bubbles.
    const rect = `x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="${stroke.toFixed(1)}"`;
    rects.push(
      `<rect ${rect} fill="none" stroke="#ffffff" stroke-opacity="0.9" stroke-width="${(stroke * 2).toFixed(1)}"/>`,
      `<rect ${rect} fill="${c}" fill-opacity="0.08" stroke="${c}" stroke-width="${stroke.toFixed(1)}"/>`,
    );
  }
  if (rects.length > 0) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${rects.join('')}</svg>`;
    layers.push({ input: Buffer.from(svg), left: 0, top: 0 });
  }

  // Composite at full size first: sharp resizes before it composites within one pipeline.
  let pixels: { data: Buffer; channels: 1 | 2 | 3 | 4 } = { data: decoded.rgb, channels: 3 };
  if (layers.length > 0) {
    const out = await sharp(decoded.rgb, { raw }).composite(layers).raw().toBuffer({ resolveWithObject: true });
    pixels = { data: out.data, channels: out.info.channels };
  }
  const { data, info } = await sharp(pixels.data, { raw: { width, height, channels: pixels.channels } })
    .resize({ width: Math.min(width, maxWidth), withoutEnlargement: true })
    .removeAlpha()
    .jpeg({ quality: options.quality ?? 75 })
    .toBuffer({ resolveWithObject: true });
  return {
    dataUri: `data:image/jpeg;base64,${data.toString('base64')}`,
    width: info.width,
    height: info.height,
    sourceWidth: width,
    sourceHeight: height,
  };
}

/**
 * Every screenshot of a run, annotated for the HTML report, keyed by {@link imageKey}.
 * An image that cannot be decoded is left out (the report says it cannot be read).
 */
export async function annotateRun(run: RunResult, options: AnnotateOptions = {}): Promise<Map<string, AnnotatedImage>> {
  const images = new Map<string, AnnotatedImage>();
  for (const [i, c] of run.cases.entries()) {
    if (!c.dir) continue;
    for (const e of c.evidence) {
      if (!e.width || !e.height) continue;
      try {
        images.set(imageKey(i, e.file), await annotateImage(join(c.dir, e.file), e.highlights, e.secretBoxes, { ...options, boxSpace: { width: e.width, height: e.height } }));
      } catch {
        // Not decodable now: the report shows the file as unreadable.
      }
    }
  }
  return images;
}
