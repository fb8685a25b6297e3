import pLimit, { type LimitFunction } from 'p-limit';
import { UsageError } from '../../../errors.js';
import { intersectionArea, unionBox } from '../../../geometry.js';
import type { Box } from '../../../types.js';
import type { BlockLine, OcrEngine } from '../engine.js';
import type { DecodedImage } from '../image.js';
import type { LayoutBlock } from '../layout.js';
import { splitGlued } from '../glued.js';
import { isTextLine, normalizeText } from '../normalize.js';
import { OcrTimeoutError } from '../page.js';
import { assignBlocks, padded, readingOrder } from './reader.js';
import { createThreadReader, ReaderLoadError } from './thread.js';
import { installedModels } from './models.js';
import { blankColumns } from './pixels.js';
import type { EngineImage, EngineLine, PaddleReader } from './types.js';


/**
 * The PP-OCR engine: PP-OCRv4 mobile detection and recognition on ONNX Runtime (native),
 * models from an npm package, loaded in a worker thread on first need (a warm run from the
 * cache never loads them). The detector finds the lines on the whole image, and each line is
 * given the layout block it overlaps most (measured better than detecting inside each block:
 * README of `paddle/`). Images are read one at a time in that thread, each inference on `jobs`
 * threads, while the main thread decodes and lays out the next.
 */
export class PaddleEngine implements OcrEngine {
  readonly name: string;
  private reader: PaddleReader | undefined;
  private readonly limit: LimitFunction = pLimit(1);

  constructor(
    private readonly jobs: number,
    /** Longest time one image may take to read. */
    private readonly timeoutMs = 120_000,
  ) {
    this.name = `paddle:${installedModels()[0]?.name ?? 'none'}`;
  }

  prepare(): void {
    this.start();
  }

  private start(): PaddleReader {
    return (this.reader ??= createThreadReader({ threads: Math.max(1, this.jobs) }));
  }

  readBlocks(img: DecodedImage, blocks: LayoutBlock[]): Promise<BlockLine[][]> {
    const r = this.start();
    return this.limit(async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrTimeoutError(this.timeoutMs)), this.timeoutMs);
      });
      try {
        const image = { data: img.rgb, width: img.width, height: img.height, channels: 3 as const };
        const read = async (): Promise<BlockLine[][]> => {
          const boxes = blocks.map((b) => b.box);
          const placed = assignBlocks(await r.read(image, undefined, boxes), boxes);
          const found: EngineLine[][] = blocks.map(() => []);
          for (const line of placed) if (line.block !== undefined) found[line.block]!.push(line);
          // A one-row block the detector saw only part of (a masked field: stars are no text to
          // it, "卡号 **** **** 4172" comes out as "卡号") is read whole as one line.
          const whole = blocks.flatMap((b, i) => {
            // A block the layout cut from a line the detector read whole ("Hello," of "Hello, I
            // purchased…" on a bubble the layout did not see) holds no text of its own.
            if (found[i]!.length === 0 && placed.some((l) => intersectionArea(l.box, b.box) >= READ_ELSEWHERE * b.box.w * b.box.h)) return [];
            const row = rowToRead(b, found[i]!);
            return row && inkMissed(image, row, found[i]!) ? [{ index: i, box: padded(row, ROW_PAD, img.width, img.height) }] : [];
          });
          if (whole.length) {
            const again = await r.recognize(image, whole.map((w) => w.box));
            whole.forEach(({ index: blockIndex }, j) => {
              const line = again[j];
              if (line && wholeRowWins(line, found[blockIndex]!)) found[blockIndex] = [line];
            });
          }
          return found.map((lines) => rows(lines).flatMap((row) => asBlockLine(row) ?? []));
        };
        return await Promise.race([read(), timeout]);
      } catch (err) {
        if (err instanceof ReaderLoadError) throw new UsageError(`PP-OCR cannot run here (${err.message.split('\n')[0]}); read with --ocr tesseract`);
        throw err;
      } finally {
        clearTimeout(timer);
      }
    });
  }

  get started(): boolean {
    return this.reader !== undefined;
  }

  async close(): Promise<void> {
    const reader = this.reader;
    this.reader = undefined;
    if (!reader) return;
    try {
      await reader.close();
    } catch {
      // the models never loaded (the error was reported by the read that needed them)
    }
  }
}

/** A block without lines of its own, this share of which a line of another block covers, was read with that line. */
const READ_ELSEWHERE = 0.5;
/** A block whose detected lines cover less than this share of its width is read whole (if one row). */
const WHOLE_ROW_COVER = 0.8;
/** A whole-row reading replaces the detector's pieces only when read at least this surely. */
const MIN_WHOLE_CONF = 60;
/** Lines overlapping by this share of the lower one's height stand on one row. */
const ROW_OVERLAP = 0.7;
/** Background pixels kept around a row read whole. */
const ROW_PAD = 4;

/**
 * The whole row's reading replaces the detector's pieces when it holds them all and adds what
 * the detector missed: masked or plain digits and letters ("**** **** 4172"), not an icon read
 * as a stray mark ("<" of a back arrow, "···" of a menu).
 */
function wholeRowWins(whole: EngineLine, pieces: EngineLine[]): boolean {
  if (whole.conf < MIN_WHOLE_CONF) return false;
  const compact = (s: string): string => s.replace(/\s/g, '');
  let rest = compact(whole.text);
  for (const piece of pieces) {
    const at = rest.indexOf(compact(piece.text));
    if (at < 0) return false;
    rest = rest.slice(0, at) + ' ' + rest.slice(at + compact(piece.text).length);
  }
  return (rest.match(/[*\p{N}A-Za-z]/gu) ?? []).length >= 2;
}

/**
 * The row of a block to read whole, if any: a block of one row of text (a label and its value,
 * a one-line field) whose detected lines cover less than {@link WHOLE_ROW_COVER} of its width;
 * the row spans the block's width at the height of the lines found in it.
 */
function rowToRead(block: LayoutBlock, lines: EngineLine[]): Box | undefined {
  const { box } = block;
  if (box.w < 2 * Math.max(block.textHeight, 8)) return undefined;
  if (lines.length === 0) return box.h <= 2 * Math.max(block.textHeight, 8) ? box : undefined;
  if (rows(lines).length !== 1 || covered(lines, box) >= WHOLE_ROW_COVER) return undefined;
  const y = Math.min(...lines.map((l) => l.box.y));
  const y1 = Math.max(...lines.map((l) => l.box.y + l.box.h));
  return { x: box.x, y, w: box.w, h: y1 - y };
}

/** Ink outside the detected lines at least this share of the row's height wide is worth a second reading (two digits). */
const MISSED_INK = 1;
/** Ink runs closer than this share of the row's height belong to one mark (a word, a row of stars, an icon). */
const MARK_GAP = 1;
/** A mark no detected line reaches, at most this share of the row's height wide, is an icon. */
const ICON_WIDTH = 1.5;

/**
 * Whether the row holds ink the detector's lines do not cover, at least {@link MISSED_INK} of
 * the row's height wide: masked digits and stars it did not see. Ink is taken in marks (runs
 * closer than {@link MARK_GAP} heights); a mark no detected line reaches that is at most
 * {@link ICON_WIDTH} heights wide (a title bar's back arrow and menu dots, a dialog's rounded
 * corners) is no text missed. Most rows are not read again: the second reading costs as much as
 * the first and almost never wins (on the SVG set 2 of 98 second readings won, on the
 * real-looking set 10 of 58; the marks rule skips 43 and 23 of them, none of those that won).
 */
function inkMissed(image: EngineImage, row: Box, lines: EngineLine[]): boolean {
  const ink: [number, number][] = [];
  let at = 0;
  for (const [start, end] of blankColumns(image, row)) {
    if (start > at) ink.push([at, start]);
    at = end;
  }
  if (at < row.w) ink.push([at, row.w]);
  const marks: [number, number][][] = [];
  for (const run of ink) {
    const mark = marks[marks.length - 1];
    const last = mark?.[mark.length - 1];
    if (mark && last && run[0] - last[1] < MARK_GAP * row.h) mark.push(run);
    else marks.push([run]);
  }
  const covered = (x: number): boolean => lines.some((l) => x >= l.box.x && x < l.box.x + l.box.w);
  let missed = 0;
  for (const mark of marks) {
    const width = mark[mark.length - 1]![1] - mark[0]![0];
    const reached = mark.some(([from, to]) => lines.some((l) => l.box.x < row.x + to && l.box.x + l.box.w > row.x + from));
    if (!reached && width <= ICON_WIDTH * row.h) continue;
    for (const [from, to] of mark) for (let x = from; x < to; x++) if (!covered(row.x + x)) missed++;
  }
  return missed >= MISSED_INK * row.h;
}

/** Share of the box's width the lines cover. */
function covered(lines: EngineLine[], box: Box): number {
  const spans = lines.map((l) => [Math.max(box.x, l.box.x), Math.min(box.x + box.w, l.box.x + l.box.w)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = box.x;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / Math.max(1, box.w);
}


/**
 * The lines of a block grouped in rows (vertical overlap of more than {@link ROW_OVERLAP} of the
 * lower one's height: a label and its value share a baseline, a toast laid over a form does
 * not), each row left to right: the detector cuts a label from its value ("充值账号",
 * "28****7731") where the tesseract engine reads one line; a row becomes one line again.
 */
export function rows(lines: EngineLine[]): EngineLine[] {
  const out: EngineLine[][] = [];
  const cuts = columnCuts(lines);
  for (const line of readingOrder(lines)) {
    const row = out[out.length - 1];
    const first = row?.[0];
    const last = row?.[row.length - 1];
    if (row && first && last && !cuts.some((c) => c >= last.box.x + last.box.w && c <= line.box.x)) {
      if (sameRow(first.box, line.box)) {
        row.push(line);
        continue;
      }
    }
    out.push([line]);
  }
  return out.map((row): EngineLine => {
    if (row.length === 1) return row[0]!;
    const chars = row.map((l) => Math.max(1, l.text.length));
    const total = chars.reduce((a, b) => a + b, 0);
    return {
      text: row.map((l) => l.text).join(' '),
      conf: row.reduce((sum, l, i) => sum + l.conf * chars[i]!, 0) / total,
      box: unionBox(...row.map((l) => l.box)),
      words: row.flatMap((l) => l.words ?? [{ text: l.text, conf: l.conf, box: l.box }]),
    };
  });
}

/** Two boxes stand on one row: they overlap by more than {@link ROW_OVERLAP} of the lower one's height. */
function sameRow(a: Box, b: Box): boolean {
  const overlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return overlap > ROW_OVERLAP * Math.min(a.h, b.h);
}

/** Columns fewer of whose lines than this share a row with the other side's are unrelated (panes), not labels and values. */
const PAIRED_LINES = 0.5;

/**
 * Where a block the layout could not cut (a desktop page: a contact list beside the messages, a
 * side panel beside a ticket) parts into unrelated columns: a gap no line crosses, with most lines
 * of the side with fewer lines (at least 3) on rows the other side leaves empty. Labels and their
 * values share their rows, and stay one line.
 */
function columnCuts(lines: EngineLine[]): number[] {
  const spans = lines.map((l) => [l.box.x, l.box.x + l.box.w] as const).sort((a, b) => a[0] - b[0]);
  const gaps: number[] = [];
  let end = spans[0]?.[1] ?? 0;
  for (const [start, stop] of spans.slice(1)) {
    if (start > end) gaps.push((end + start) / 2);
    end = Math.max(end, stop);
  }
  return gaps.filter((cut) => {
    const left = lines.filter((l) => l.box.x + l.box.w <= cut);
    const right = lines.filter((l) => l.box.x >= cut);
    const [fewer, more] = left.length <= right.length ? [left, right] : [right, left];
    if (fewer.length < 3) return false;
    const paired = fewer.filter((l) => more.some((m) => sameRow(l.box, m.box))).length;
    return paired < PAIRED_LINES * fewer.length;
  });
}

/**
 * A line as the pipeline stores it: text normalised as the tesseract engine's, and icons left
 * out ({@link isTextLine}).
 */
function asBlockLine(line: EngineLine): BlockLine | undefined {
  const text = splitGlued(normalizeText(line.text));
  if (!isTextLine(text, line.conf)) return undefined;
  let before = '';
  const words = (line.words ?? []).flatMap((w) => {
    const parts = splitWord({ text: w.text, conf: Math.round(w.conf), box: w.box }, before);
    before += `${w.text} `;
    return parts;
  });
  return { text, conf: Math.round(line.conf), box: line.box, words: words.length ? words : [{ text, conf: Math.round(line.conf), box: line.box }] };
}

/** A word the model read glued to the next ("customergets") as its words, its box shared by their letters; `before` is the line's text before it. */
function splitWord(word: { text: string; conf: number; box: Box }, before: string): { text: string; conf: number; box: Box }[] {
  const parts = splitGlued(word.text, before).split(' ');
  if (parts.length === 1) return [word];
  const letters = parts.reduce((n, p) => n + p.length, 0);
  let x = word.box.x;
  return parts.map((text) => {
    const w = Math.max(1, Math.round((word.box.w * text.length) / letters));
    const box = { x, y: word.box.y, w, h: word.box.h };
    x += w;
    return { text, conf: word.conf, box };
  });
}
