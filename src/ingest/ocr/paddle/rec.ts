import type { Box } from '../../../types.js';
import { ctcDecode, type CtcChar } from './ctc.js';
import { blankColumns, sampleBgr } from './pixels.js';
import type { OrtSession, Runtime } from './runtime.js';
import type { EngineImage, EngineWord } from './types.js';

/** Input height of the PP-OCRv4/v5 recognition models. */
const REC_HEIGHT = 48;
/** Lines are read in batches of at most this many, sorted by width so that little is padding. */
const BATCH = 8;
/**
 * A batch holds at most this many input columns (lines x padded width): the model's output
 * is width/8 steps x 6625 classes of float per line, 13 MB per 4096 columns.
 */
const BATCH_COLUMNS = 4096;
/** Widest input (pixels at height 48); a longer line is squeezed to it. */
const MAX_WIDTH = 3200;
const HALF = [0.5, 0.5, 0.5] as const;

/** What recognition read in one box. */
export interface RecResult {
  text: string;
  /** Mean character probability x 100 (0 when nothing was read). */
  conf: number;
  words: EngineWord[];
}

/**
 * Reads text lines with a PP-OCR recognition model (SVTR/CRNN with CTC head): each box is
 * scaled to height 48 keeping its aspect ratio, normalised to [-1, 1] in BGR order, padded
 * with zeros to the widest of its batch, and decoded greedily against the dictionary.
 */
export async function recognize(runtime: Runtime, session: OrtSession, dictionary: readonly string[], image: EngineImage, boxes: readonly Box[]): Promise<RecResult[]> {
  const widths = boxes.map((b) => Math.min(MAX_WIDTH, Math.max(REC_HEIGHT / 4, Math.ceil((REC_HEIGHT * b.w) / Math.max(1, b.h)))));
  const order = boxes.map((_, i) => i).sort((a, b) => (widths[a] ?? 0) - (widths[b] ?? 0));
  const results: RecResult[] = new Array<RecResult>(boxes.length);
  for (let start = 0; start < order.length; ) {
    // sorted by width: the last line of a batch is its widest
    let end = start + 1;
    while (end < order.length && end - start < BATCH && (end - start + 1) * (widths[order[end] ?? 0] ?? 0) <= BATCH_COLUMNS) end++;
    const batch = order.slice(start, end);
    start = end;
    // The widest of the batch, rounded up to a multiple of 8 (the model's time-step width).
    const batchW = Math.ceil(Math.max(...batch.map((i) => widths[i] ?? 0)) / 8) * 8;
    const plane = REC_HEIGHT * batchW;
    const input = new Float32Array(batch.length * 3 * plane);
    batch.forEach((boxIndex, j) => {
      const box = boxes[boxIndex];
      if (box) sampleBgr(image, box, widths[boxIndex] ?? REC_HEIGHT, REC_HEIGHT, HALF, HALF, input, j * 3 * plane, batchW, plane);
    });
    const feeds = { [session.inputNames[0] ?? 'x']: runtime.tensor(input, [batch.length, 3, REC_HEIGHT, batchW]) };
    const output = (await session.run(feeds))[session.outputNames[0] ?? 'softmax_11.tmp_0'];
    if (!output || !(output.data instanceof Float32Array)) throw new Error('recognition model gave no output');
    const [, steps = 0, classes = 0] = output.dims;
    if (classes !== dictionary.length) throw new Error(`recognition model has ${classes} classes, its dictionary ${dictionary.length}`);
    batch.forEach((boxIndex, j) => {
      const box = boxes[boxIndex];
      if (!box) return;
      const chars = ctcDecode(output.data as Float32Array, j * steps * classes, steps, classes, dictionary);
      // One time step covers this many original pixels of the box (padding lies beyond it).
      const stepPx = (batchW / steps) * (box.w / (widths[boxIndex] ?? box.w));
      results[boxIndex] = toResult(withWordGaps(chars, image, box, stepPx), box, stepPx);
    });
  }
  return results;
}

/** A blank run at least this share of the line height wide, between two Latin characters, is a word gap. */
const WORD_GAP = 0.24;
const LATIN = /[A-Za-z0-9.,:;!?'")\]]/;
/** A gap between a letter and a digit must be this share of the line height to be a word gap. */
const NUMBER_GAP = 0.36;

/**
 * Puts back the spaces the model dropped between Latin words: where a run of blank columns at
 * least {@link WORD_GAP} of the line height wide lies between two Latin characters with no
 * space decoded between them. Letters of a word never stand that far apart; CJK text is left
 * as it is (no spaces there).
 */
function withWordGaps(chars: CtcChar[], image: EngineImage, box: Box, stepPx: number): CtcChar[] {
  if (!chars.some((c, i) => i > 0 && LATIN.test(c.char) && LATIN.test(chars[i - 1]!.char))) return chars;
  const gaps = blankColumns(image, box).filter(([a, b]) => a > 0 && b < box.w && b - a >= WORD_GAP * box.h);
  if (gaps.length === 0) return chars;
  const centre = (c: CtcChar): number => ((c.first + c.last + 1) / 2) * stepPx;
  const out: CtcChar[] = [];
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    // Digits stay together whatever the gap (a "1" in a monospaced order number stands apart);
    // a letter before a number needs a wider gap ("Error 0x803F7001", not "B2" of a key).
    const pair = prev && /[A-Za-z.,:;!?'")\]]/.test(prev.char) ? (/[A-Za-z(]/.test(c.char) ? WORD_GAP : /[0-9]/.test(c.char) ? NUMBER_GAP : 0) : 0;
    if (prev && pair > 0) {
      const [left, right] = [centre(prev), centre(c)];
      if (gaps.some(([a, b]) => b - a >= pair * box.h && (a + b) / 2 > left && (a + b) / 2 < right)) out.push({ char: ' ', prob: 1, first: prev.last, last: prev.last });
    }
    out.push(c);
  });
  return out;
}

/** Text, confidence and word boxes (space-separated; a CJK character is a word of its own) of decoded characters. */
function toResult(chars: CtcChar[], box: Box, stepPx: number): RecResult {
  const text = chars.map((c) => c.char).join('').replace(/\s+/g, ' ').trim();
  const visible = chars.filter((c) => c.char.trim() !== '');
  const conf = visible.length ? (100 * visible.reduce((s, c) => s + c.prob, 0)) / visible.length : 0;
  // Character centres in box pixels; a character reaches halfway to its neighbours.
  const centres = chars.map((c) => ((c.first + c.last + 1) / 2) * stepPx);
  const words: EngineWord[] = [];
  let current: { text: string; probs: number[]; left: number; right: number } | undefined;
  const flush = (): void => {
    if (current && current.text) {
      const x0 = Math.max(0, Math.round(current.left));
      const x1 = Math.min(box.w, Math.round(current.right));
      words.push({ text: current.text, conf: (100 * current.probs.reduce((s, p) => s + p, 0)) / current.probs.length, box: { x: box.x + x0, y: box.y, w: Math.max(1, x1 - x0), h: box.h } });
    }
    current = undefined;
  };
  chars.forEach((c, i) => {
    const centre = centres[i] ?? 0;
    const before = i > 0 ? (centre - (centres[i - 1] ?? 0)) / 2 : Infinity;
    const after = i < chars.length - 1 ? ((centres[i + 1] ?? 0) - centre) / 2 : Infinity;
    // Half a character at most: about half the line height for CJK.
    const half = Math.min(before, after, box.h * 0.6);
    if (c.char.trim() === '') {
      flush();
      return;
    }
    const cjk = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(c.char);
    if (cjk) flush();
    const left = centre - Math.min(before, half);
    const right = centre + Math.min(after, half);
    if (!current) current = { text: '', probs: [], left, right };
    current.text += c.char;
    current.probs.push(c.prob);
    current.right = right;
    if (cjk) flush();
  });
  flush();
  return { text, conf, words };
}
