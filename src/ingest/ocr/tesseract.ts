import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import sharp from 'sharp';
import type Tesseract from 'tesseract.js';
import { unionBox } from '../../geometry.js';
import type { Box } from '../../types.js';
import type { BlockLine, OcrEngine } from './engine.js';
import type { DecodedImage } from './image.js';
import { blockRenderings } from './background.js';
import type { LayoutBlock } from './layout.js';
import { isTextLine, normalizeText } from './normalize.js';
import { OcrTimeoutError, weighed } from './page.js';
import { starRuns, type Grey } from './stars.js';

const require = createRequire(import.meta.url);

/**
 * What a worker reads with. Blocks are read with the Chinese model, which also knows digits and
 * Latin letters; a block with a line of English, or unsure digits or symbols, is read again with
 * the English model alone and the two readings of such lines are merged (see {@link merged}).
 * Tesseract's own `chi_sim+eng` tries English on every line the Chinese model is not sure of,
 * Chinese-only lines included: that cost a third of the OCR time, and its English readings of
 * Chinese lines were junk ("BRE, EBX RRR EL"). `chi_sim+eng` is there for the bench, to read
 * whole images the way native tesseract does.
 */
export type OcrModel = 'chi_sim' | 'eng' | 'chi_sim+eng';

/** Target height of a text line after scaling; tesseract's LSTM reads best around this. */
const TARGET_TEXT_HEIGHT = 40;

/**
 * The tesseract.js engine: a lazily started pool of workers, shared by all cases of a run. At
 * most `jobs` blocks are read at a time, by workers of the model each job asks for, started on
 * first use (a run that never needs English never loads it). Traineddata comes from the
 * `@tesseract.js-data/*` packages (never downloaded) and nothing is written to the current
 * directory (cacheMethod none). Each block is cropped, turned to grey (green and blue bubbles
 * would otherwise lose their text), scaled so its text is about 40 px high, and read as one
 * block of text.
 */
export class TesseractEngine implements OcrEngine {
  readonly name = 'tesseract:chi_sim+eng';

  private readonly schedulers = new Map<OcrModel, Promise<Tesseract.Scheduler>>();
  private readonly limit: LimitFunction;
  private workerError: unknown;

  constructor(
    private readonly jobs: number,
    /** Longest time one block may take to read. */
    private readonly timeoutMs = 60_000,
  ) {
    this.limit = pLimit(Math.max(1, jobs));
  }

  private start(model: OcrModel): Promise<Tesseract.Scheduler> {
    let starting = this.schedulers.get(model);
    if (starting) return starting;
    starting = (async () => {
      // Loaded on first use: a warm run answered from the cache never pays for it.
      const { default: tesseract } = await import('tesseract.js');
      const langs = model.split('+');
      // The traineddata files sit in one package each; tesseract.js wants one folder. The
      // folder is needed only while the workers load, so a run killed later leaves nothing.
      const dir = mkdtempSync(join(tmpdir(), 'refund-check-tessdata-'));
      for (const lang of langs) {
        const file = require.resolve(`@tesseract.js-data/${lang}/4.0.0_best_int/${lang}.traineddata.gz`);
        symlinkSync(file, join(dir, `${lang}.traineddata.gz`));
      }
      const scheduler = tesseract.createScheduler();
      const workers = await Promise.all(
        Array.from({ length: Math.max(1, this.jobs) }, async () => {
          const worker = await tesseract.createWorker(
            langs,
            tesseract.OEM.LSTM_ONLY,
            {
              langPath: dir,
              cacheMethod: 'none',
              gzip: true,
              // Without a handler a worker-side failure exits the whole process.
              errorHandler: (err: unknown) => {
                this.workerError = err;
              },
            },
            // The best_int chi_sim config asks for chi_sim_vert, which drops English silently.
            { tessedit_load_sublangs: '' } as unknown as Partial<Tesseract.InitOptions>,
          );
          await worker.setParameters({
            tessedit_pageseg_mode: tesseract.PSM.SINGLE_BLOCK,
            preserve_interword_spaces: '1',
            user_defined_dpi: '300',
            debug_file: '/dev/null',
          });
          return worker;
        }),
      ).finally(() => rmSync(dir, { recursive: true, force: true }));
      for (const w of workers) scheduler.addWorker(w);
      return scheduler;
    })();
    this.schedulers.set(model, starting);
    return starting;
  }

  /**
   * Reads one image file (PGM, PNG, JPEG) as a single block of text. A job that takes longer than the
   * timeout is given up ({@link OcrTimeoutError}), so one pathological image cannot
   * hold the whole run.
   */
  async recognizeBlock(file: Buffer, params: Record<string, string> = {}, model: OcrModel = 'chi_sim'): Promise<Tesseract.Page> {
    const scheduler = await this.start(model);
    return this.limit(async () => {
      this.workerError = undefined;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrTimeoutError(this.timeoutMs)), this.timeoutMs);
      });
      try {
        const { data } = await Promise.race([scheduler.addJob('recognize', file, params, { blocks: true, text: false }), timeout]);
        if (this.workerError) throw new Error(`OCR worker failed: ${String(this.workerError)}`);
        return data;
      } finally {
        clearTimeout(timer);
      }
    });
  }

  prepare(): void {
    // A failure to start is reported by the first read, which waits for the same start.
    this.start('chi_sim').catch(() => undefined);
  }

  readBlocks(img: DecodedImage, blocks: LayoutBlock[]): Promise<BlockLine[][]> {
    return Promise.all(blocks.map((block) => readBlock(this, img, block)));
  }

  /** Whether any worker was started. */
  get started(): boolean {
    return this.schedulers.size > 0;
  }

  async close(): Promise<void> {
    const all = [...this.schedulers.values()];
    this.schedulers.clear();
    await Promise.all(
      all.map(async (starting) => {
        try {
          await (await starting).terminate();
        } catch {
          // the workers are gone either way
        }
      }),
    );
  }
}

const PAD = 8;
/** Lines read with less confidence are noise: icons, avatars, picture edges. */
const MIN_LINE_CONF = 35;
/** A scrap of up to 3 characters with a word read less surely than this is an icon. */
const SCRAP_BELOW = 50;

/**
 * The renderings of a block as given to tesseract (grey, padded, scaled), and the scale used.
 * They stay raw and are handed over as PGM: leptonica reads it without decompressing, where a
 * PNG cost a compression here and a decompression in the worker (8% of the OCR time).
 */
export async function blockImages(img: DecodedImage, block: LayoutBlock): Promise<{ images: Grey[]; scale: number }> {
  const { box } = block;
  const scale = Math.min(4, Math.max(1, TARGET_TEXT_HEIGHT / block.textHeight));
  const images = await Promise.all(
    blockRenderings(img, block).map(async (gray) => {
      let pipeline = sharp(gray, { raw: { width: box.w, height: box.h, channels: 1 } }).extend({
        top: PAD,
        bottom: PAD,
        left: PAD,
        right: PAD,
        background: { r: 255, g: 255, b: 255 },
      });
      if (scale > 1.05) pipeline = pipeline.resize({ width: Math.round((box.w + 2 * PAD) * scale), kernel: 'cubic' });
      const { data, info } = await pipeline.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    }),
  );
  return { images, scale };
}

/** A grey image as a binary PGM file. */
export function pgm(image: Grey): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1'), image.data]);
}

/** Reads a block; of several renderings (see {@link blockRenderings}) the one that yields more confidently read text wins. */
async function readBlock(pool: TesseractEngine, img: DecodedImage, block: LayoutBlock): Promise<BlockLine[]> {
  const { images, scale } = await blockImages(img, block);
  const readings = await Promise.all(images.map((image) => readRendering(pool, block, image, scale)));
  return readings.reduce((best, r) => (weighed(r).sum > weighed(best).sum ? r : best));
}

async function readRendering(pool: TesseractEngine, block: LayoutBlock, image: Grey, scale: number): Promise<BlockLine[]> {
  const { box } = block;
  const page = await pool.recognizeBlock(pgm(image));
  const toImage = (b: Tesseract.Bbox): Box => ({
    x: Math.max(0, Math.round(b.x0 / scale) - PAD + box.x),
    y: Math.max(0, Math.round(b.y0 / scale) - PAD + box.y),
    w: Math.round((b.x1 - b.x0) / scale),
    h: Math.round((b.y1 - b.y0) / scale),
  });
  const chinese: Tesseract.Line[] = [];
  for (const first of lines(page)) {
    const line = withStarRuns(first, image);
    chinese.push(unsureHan(line) ? withStarRuns(await surerInLineMode(pool, image, line), image) : line);
  }
  const unsure = chinese.filter(needsEnglish);
  const english = await readInEnglish(pool, image, unsure);
  const found: BlockLine[] = [];
  for (const line of chinese) {
    const other = unsure.includes(line) ? sameLine(line, english) : undefined;
    const l = withKeyHyphens(withMaskedRuns(withoutEdgeIcons(other ? merged(line, withStarRuns(other, image)) : line)));
    const text = normalizeText(l.text);
    if (!text || l.words.length === 0 || (l.confidence < MIN_LINE_CONF && !mostlySure(l))) continue;
    // Icons read as "©)" or "@®": no two letters, digits or CJK characters in a row. A
    // single Chinese character read with confidence is a word ("好" as a reply, the "吗"
    // a bubble wraps onto its own line).
    if (!isTextLine(text, l.confidence)) continue;
    const bare = text.replace(/[©®@]/g, '').trim();
    // icons of an input bar read as "人由": a scrap of up to 3 characters, one of them unsure
    if (bare.replace(/\s/g, '').length <= 3 && l.words.some((w) => w.confidence < SCRAP_BELOW)) continue;
    const words = l.words.map((w) => ({ text: w.text, conf: Math.round(w.confidence), box: toImage(w.bbox) }));
    found.push({ text, conf: Math.round(l.confidence), box: unionBox(...words.map((w) => w.box)), words });
  }
  return found;
}

/** A scrap of lower-case letters at the edge of a line read less surely than this is an icon. */
const EDGE_SCRAP_BELOW = 80;

/** Words read at least this surely are taken as text, whatever the rest of their line. */
const SURE_WORD = 85;

/**
 * Most of the line was read surely: one bad character ("早上8点充的" with 点 misread at 0)
 * pulls a line's mean below {@link MIN_LINE_CONF}, but icons and picture edges never give
 * several sure words.
 */
function mostlySure(line: Tesseract.Line): boolean {
  const size = (w: Tesseract.Word): number => w.text.replace(/\s/g, '').length;
  const all = line.words.reduce((n, w) => n + size(w), 0);
  const sure = line.words.reduce((n, w) => n + (w.confidence >= SURE_WORD ? size(w) : 0), 0);
  return all >= 4 && sure >= all / 2;
}

/**
 * Drops an icon read as a word at either end of a line, apart from the text by more than
 * 1.5 line heights: the back arrow of a title bar ("《 极速话费充值"), the menu dots beside
 * it ("vor", "eos"), the edge of a pane or a selected item beside a message ("| 天下3点卡").
 * Such a word is an arrow, a bracket or a bar, or a scrap of lower-case letters read unsurely.
 */
function withoutEdgeIcons(line: Tesseract.Line): Tesseract.Line {
  const height = line.bbox.y1 - line.bbox.y0;
  const icon = (w: Tesseract.Word | undefined, next: Tesseract.Word | undefined): boolean =>
    w !== undefined &&
    next !== undefined &&
    Math.max(next.bbox.x0 - w.bbox.x1, w.bbox.x0 - next.bbox.x1) > 1.5 * height &&
    (/^[《<〈←‹«|丨｜]$/.test(w.text) || (/^[a-z.。…·]{1,4}$/.test(w.text) && w.confidence < EDGE_SCRAP_BELOW));
  let words = line.words;
  let text = line.text.trim();
  if (icon(words[0], words[1])) {
    text = text.slice(words[0]!.text.length).trim();
    words = words.slice(1);
  }
  if (icon(words[words.length - 1], words[words.length - 2])) {
    text = text.slice(0, text.length - words[words.length - 1]!.text.length).trim();
    words = words.slice(0, -1);
  }
  // A picture on the row, read as a word or two: their boxes are the picture's.
  for (let n = pictureWords(words); n > 0 && text.startsWith(words[0]!.text); n--) {
    text = text.slice(words[0]!.text.length).trim();
    words = words.slice(1);
  }
  for (let n = pictureWords([...words].reverse()); n > 0 && text.endsWith(words[words.length - 1]!.text); n--) {
    text = text.slice(0, text.length - words[words.length - 1]!.text.length).trim();
    words = words.slice(0, -1);
  }
  return words === line.words ? line : { ...line, text, words };
}

/** How many of the first words (one or two) are a picture beside the rest of the line (see {@link tallPicture}). */
function pictureWords(words: Tesseract.Word[]): number {
  let found = 0;
  for (let n = 1; n <= 2 && n < words.length; n++) if (words.slice(0, n).every((w) => tallPicture(w, words.slice(n)))) found = n;
  return found;
}

/** A word at least this many times as tall as every other word of its line is a picture. */
const PICTURE_HEIGHT = 2;

/**
 * A word at the end of a line that is (part of) a picture read as text: a round letter avatar beside a
 * sender's name ("(1) Me 09:03", "Oo Seller 14:10", "(5 ] Seller 14:11"), an icon. Its box
 * is at least {@link PICTURE_HEIGHT} times as tall as the line's text, it holds one to three
 * characters, and it is read unsurely or as round marks and brackets (what a circle reads as).
 */
function tallPicture(word: Tesseract.Word, rest: Tesseract.Word[]): boolean {
  const height = (w: Tesseract.Word): number => w.bbox.y1 - w.bbox.y0;
  const chars = word.text.replace(/\s/g, '');
  if (chars.length === 0 || chars.length > 3) return false;
  if (rest.length === 0 || height(word) < PICTURE_HEIGHT * Math.max(...rest.map(height))) return false;
  return word.confidence < SURE_WORD || /[()（）[\]【】{}|丨Oo0©®@]/.test(chars);
}

/**
 * A masked card number or password ("卡号 **** **** 4172", "密码 ********") has groups of
 * asterisks with nothing to set a baseline by; tesseract reads them as "kkk", "khkkkk" or
 * "% %k Kk kk" at low confidence. A run of such words (only k, h, x, % and *, a k among
 * them, three letters or more) is put back as asterisks, one per letter. This is the
 * fallback for asterisks the pixels do not show clearly enough ({@link withStarRuns}).
 */
function withMaskedRuns(line: Tesseract.Line): Tesseract.Line {
  const starLike = (w: Tesseract.Word): boolean => w.confidence < MASKED_BELOW && /^[*kKhxX%]+$/.test(w.text);
  const runs: Tesseract.Word[][] = [];
  let run: Tesseract.Word[] = [];
  for (const w of [...line.words, undefined]) {
    if (w && starLike(w)) run.push(w);
    else {
      const letters = run.map((r) => r.text).join('');
      if (letters.length >= 3 && /[kK]/.test(letters)) runs.push(run);
      run = [];
    }
  }
  if (runs.length === 0) return line;
  const masked = new Set(runs.flat());
  let text = line.text;
  let from = 0;
  const words = line.words.map((w) => {
    const at = text.indexOf(w.text, from);
    if (at < 0) return w;
    from = at + w.text.length;
    if (!masked.has(w)) return w;
    const stars = '*'.repeat(w.text.length);
    text = text.slice(0, at) + stars + text.slice(from);
    return { ...w, text: stars };
  });
  return { ...line, text, words };
}

/**
 * Puts back the asterisks of masked digits found in the pixels (see {@link starRuns}): the
 * characters read where a row of asterisks stands ("1126 kkk 次炎炎火 3908") become that
 * many asterisks ("1126 **** **** 3908"). A word holding a run counts as read surely.
 */
function withStarRuns(line: Tesseract.Line, image: Grey): Tesseract.Line {
  const runs = starRuns(image, line.bbox);
  if (runs.length === 0) return line;
  // a character read where a row of asterisks stands, or across the gap between two groups
  // ("**** 火 ****"), lies over one run; a digit or letter must start inside it (the box of the
  // "0" of "jw_8820****" can run on over the asterisks)
  const runAt = (s: Tesseract.Symbol): number => {
    const b = s.bbox;
    const over = runs.map((r) => Math.min(b.x1, r.x1) - Math.max(b.x0, r.x0));
    const best = over.indexOf(Math.max(...over));
    const run = runs[best]!;
    if (/[A-Za-z0-9]/.test(s.text)) return b.x0 >= run.x0 - (run.x1 - run.x0) / run.count / 3 && (b.x0 + b.x1) / 2 <= run.x1 ? best : -1;
    return over[best]! >= (b.x1 - b.x0) * 0.3 ? best : -1;
  };
  const placed = new Set<number>();
  let text = line.text;
  let from = 0;
  const words: Tesseract.Word[] = [];
  for (const w of line.words) {
    const at = text.indexOf(w.text, from);
    const symbols = w.symbols ?? [];
    if (at < 0 || symbols.map((s) => s.text).join('') !== w.text || !symbols.some((s) => runAt(s) >= 0)) {
      words.push(w);
      if (at >= 0) from = at + w.text.length;
      continue;
    }
    let read = '';
    let previous = -1;
    for (const s of symbols) {
      const r = runAt(s);
      if (r < 0) read += s.text;
      else if (!placed.has(r)) {
        placed.add(r);
        // groups read as one word ("********") keep the space between them
        read += (previous >= 0 && previous !== r ? ' ' : '') + '*'.repeat(runs[r]!.count);
      }
      previous = r;
    }
    // a run read as several words goes into the first; the rest of it is dropped, with the
    // space before it
    const start = read ? at : text.slice(0, at).trimEnd().length;
    text = text.slice(0, start) + read + text.slice(at + w.text.length);
    from = start + read.length;
    if (read) words.push({ ...w, text: read, confidence: Math.max(w.confidence, STAR_RUN_CONF) });
  }
  return { ...line, text, words, confidence: weighedWords(words) };
}

/**
 * The hyphen after a masked group of a key ("*****-7QKJ8") sits low beside it and is read as
 * "_", in the same word or at the start of the next ("***** _KX3RB").
 */
function withKeyHyphens(line: Tesseract.Line): Tesseract.Line {
  if (!line.text.includes('_')) return line;
  const words = line.words.map((w, i) => {
    const text = w.text.replace(/(?<=\*)_/g, '-').replace(/^_/, (m) => (line.words[i - 1]?.text.endsWith('*') ? '-' : m));
    return text === w.text ? w : { ...w, text };
  });
  return { ...line, text: line.text.replace(/(?<=\*)\s*_\s*/g, '-'), words };
}

/** How surely a word holding asterisks found in the pixels counts as read. */
const STAR_RUN_CONF = 90;

/** Words read less surely than this that look like misread asterisks are taken for asterisks. */
const MASKED_BELOW = 65;

/**
 * A line of English, or one the Chinese model read with unsure Latin letters, digits or symbols
 * in it: the English model may read those better ("¥59.00" comes out of the Chinese model as
 * "半59.00", a 19-digit order number with a digit too many).
 */
function needsEnglish(line: Tesseract.Line): boolean {
  const digits = (i: number): boolean => /\d/.test(line.words[i]?.text ?? '');
  const chars = line.text.replace(/\s/g, '');
  if (!chars) return false;
  // English text: the Chinese model runs its words together
  if (chars.replace(/[^A-Za-z]/g, '').length * 2 >= chars.length) return true;
  return line.words.some((w, i) =>
    NUMBER.test(w.text)
      ? w.confidence < SURE_NUMBER
      : LATIN.test(w.text)
        ? w.confidence < SURE_LATIN
        : // "¥" read as an unsure Chinese character before an amount ("半 36.00"), a digit as one inside a number ("7 了 731")
          w.confidence < SURE_HAN && /\p{Script=Han}/u.test(w.text) && (digits(i - 1) || digits(i + 1)),
  );
}

const NUMBER = /^[\d:.\-/+%]+$/;
const LATIN = /[A-Za-z0-9¥￥$€£%#@&*+=/\\|<>~^_]/;
/** Numbers (order numbers, times, dates) the Chinese model read at least this surely are not read again. */
const SURE_NUMBER = 70;
/** Latin letters and symbols the Chinese model read at least this surely are not read again. */
const SURE_LATIN = 90;

/**
 * Merges the Chinese and the English reading of a line span by span: a span is a group of words
 * of either reading whose boxes overlap. Where the Chinese model read a Chinese character surely,
 * its reading stands (the English model reads 12月1日 as "1281H"); elsewhere the English reading
 * wins unless it is much less sure. Each word keeps the space its own reading put before it.
 */
function merged(line: Tesseract.Line, english: Tesseract.Line): Tesseract.Line {
  const height = line.bbox.y1 - line.bbox.y0;
  const all = [...spaced(line, true), ...spaced(english, false)].sort((a, b) => a.w.bbox.x0 - b.w.bbox.x0);
  const spans: (typeof all)[] = [];
  let end = -Infinity;
  for (const item of all) {
    if (item.w.bbox.x0 < end - height * SPAN_TOUCH) {
      spans[spans.length - 1]!.push(item);
      end = Math.max(end, item.w.bbox.x1);
    } else {
      spans.push([item]);
      end = item.w.bbox.x1;
    }
  }
  const chosen = spans.flatMap((span) => {
    const chi = span.filter((i) => i.chi);
    const eng = span.filter((i) => !i.chi);
    const [c, e] = [weighedWords(chi.map((i) => i.w)), weighedWords(eng.map((i) => i.w))];
    if (eng.length === 0) return chi;
    if (chi.length === 0) return e >= (eng.reduce((n, i) => n + i.w.text.length, 0) >= 2 ? ENGLISH_ALONE : SURE_LATIN) ? eng : [];
    return chi.some((i) => i.w.confidence >= SURE_HAN && /\p{Script=Han}/u.test(i.w.text)) || c > e + ENGLISH_BETTER ? chi : eng;
  });
  if (chosen.length === 0) return line;
  const words = chosen.map((i) => i.w);
  return {
    ...line,
    text: chosen.map((i, n) => (n > 0 && i.space ? ' ' : '') + i.w.text).join(''),
    confidence: weighedWords(words),
    words,
    bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: Math.min(...words.map((w) => w.bbox.y0)), x1: Math.max(...words.map((w) => w.bbox.x1)), y1: Math.max(...words.map((w) => w.bbox.y1)) },
  };
}

/**
 * Where neither reading is Chinese, the English model reads better unless it is this much less
 * sure: the Chinese model runs English words together ("Xboxwon'ttakeit.").
 */
const ENGLISH_BETTER = 10;
/** Words of the two readings overlapping by less than this share of the line height do not form one span. */
const SPAN_TOUCH = 0.15;
/** A Chinese character read at least this surely is not replaced by the English reading. */
const SURE_HAN = 70;
/** What only the English model saw is kept when read at least this surely; a lone character must be read as surely as {@link SURE_LATIN}. */
const ENGLISH_ALONE = 80;

/** The lines of a page, in reading order. */
function lines(page: Tesseract.Page): Tesseract.Line[] {
  return page.blocks?.flatMap((b) => b.paragraphs.flatMap((p) => p.lines)) ?? [];
}

/** The line of another reading that lies on the same row: it covers most of the line's height. */
function sameLine(line: Tesseract.Line, others: Tesseract.Line[]): Tesseract.Line | undefined {
  const height = line.bbox.y1 - line.bbox.y0;
  const overlap = (o: Tesseract.Line): number => Math.min(o.bbox.y1, line.bbox.y1) - Math.max(o.bbox.y0, line.bbox.y0);
  const best = others.reduce<Tesseract.Line | undefined>((b, o) => (overlap(o) > (b ? overlap(b) : 0) ? o : b), undefined);
  return best && overlap(best) >= height / 2 ? best : undefined;
}

/** The words of a reading, each with whether a space stands before it in the line's text. */
function spaced(line: Tesseract.Line, chi: boolean): { w: Tesseract.Word; space: boolean; chi: boolean }[] {
  let from = 0;
  return line.words.map((word) => {
    // a word can carry the space before it (" jw_8820****")
    const text = word.text.trim();
    const w = text === word.text ? word : { ...word, text };
    const at = line.text.indexOf(text, from);
    const space = at < 0 || /\s/.test(line.text.slice(from, at));
    if (at >= 0) from = at + text.length;
    return { w, space, chi };
  });
}

/**
 * A line with a Chinese character read at next to no confidence ("器在维护,你晚氮再充", 氮 at
 * 0): read on its own, in single-line mode, it often comes out right.
 */
function unsureHan(line: Tesseract.Line): boolean {
  const unsure = line.words.filter((w) => w.confidence < NO_CONFIDENCE);
  const rest = line.words.filter((w) => w.confidence >= NO_CONFIDENCE);
  // garbage (icons, pictures) has many such characters; a line of text has one or two
  return unsure.length > 0 && unsure.length <= 2 && unsure.every((w) => /^\p{Script=Han}+$/u.test(w.text)) && rest.reduce((n, w) => n + w.text.length, 0) >= 3 && weighedWords(rest) >= SURE_REST;
}

/** A character read less surely than this was read at next to no confidence. */
const NO_CONFIDENCE = 20;
/** The rest of such a line, read at least this surely, is text. */
const SURE_REST = 70;

/** Mean confidence of words, weighted by their length. */
function weighedWords(words: Tesseract.Word[]): number {
  const chars = words.reduce((n, w) => n + w.text.length, 0);
  return chars ? words.reduce((n, w) => n + w.confidence * w.text.length, 0) / chars : 0;
}

/**
 * The line read again on its own by the Chinese model, in single-line mode, if that reading is
 * surer. Still unsure, it is read once more a little smaller: an LSTM slip can hang on one
 * scale ("谨防" read as "前防" at 15 and 0 at the block's scale, right at 0.6 to 1.1 times it
 * but for one).
 */
async function surerInLineMode(pool: TesseractEngine, image: Grey, line: Tesseract.Line): Promise<Tesseract.Line> {
  const left = Math.max(0, line.bbox.x0 - PAD);
  const top = Math.max(0, line.bbox.y0 - PAD);
  const width = Math.min(image.width, line.bbox.x1 + PAD) - left;
  const height = Math.min(image.height, line.bbox.y1 + PAD) - top;
  if (width < 4 || height < 4) return line;
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) image.data.copy(data, y * width, (top + y) * image.width + left, (top + y) * image.width + left + width);
  const again = lines(await pool.recognizeBlock(pgm({ data, width, height }), { tessedit_pageseg_mode: '7' }));
  const best = again.length === 1 && again[0]!.confidence > line.confidence ? moved(again[0]!, left, top) : line;
  if (!unsureHan(best)) return best;
  const smaller = await sharp(data, { raw: { width, height, channels: 1 } })
    .resize({ width: Math.max(4, Math.round(width * RESCALE)), kernel: 'cubic' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const scale = smaller.info.width / width;
  const rescaled = lines(await pool.recognizeBlock(pgm({ data: smaller.data, width: smaller.info.width, height: smaller.info.height }), { tessedit_pageseg_mode: '7' }));
  return rescaled.length === 1 && rescaled[0]!.confidence > best.confidence + RESCALE_BETTER ? moved(scaled(rescaled[0]!, 1 / scale), left, top) : best;
}

/** The scale an unsure line is read at once more, relative to its block's (see {@link surerInLineMode}). */
const RESCALE = 0.8;
/**
 * A reading at another scale (other pixels) replaces the line only when this much surer: the
 * junk of a rendering that reads the edges of a toast as characters ("二充值失败…不存一" at 70)
 * came out a little surer at 0.8 (78) and outweighed the clean rendering of the block.
 */
const RESCALE_BETTER = 10;

/**
 * The rows of a rendering that hold these lines, read by the English model, which is helped by
 * the lines around to tell the spaces (one line read alone: "Xboxwon'ttakeit.").
 */
async function readInEnglish(pool: TesseractEngine, image: Grey, unsure: Tesseract.Line[]): Promise<Tesseract.Line[]> {
  if (unsure.length === 0) return [];
  const top = Math.max(0, Math.min(...unsure.map((l) => l.bbox.y0)) - PAD);
  const bottom = Math.min(image.height, Math.max(...unsure.map((l) => l.bbox.y1)) + PAD);
  const rows = { data: image.data.subarray(top * image.width, bottom * image.width), width: image.width, height: bottom - top };
  return lines(await pool.recognizeBlock(pgm(rows), {}, 'eng')).map((l) => moved(l, 0, top));
}

/** A line with its boxes scaled by a factor (a reading of a resized crop taken back to the crop's pixels). */
function scaled(line: Tesseract.Line, factor: number): Tesseract.Line {
  const scale = (b: Tesseract.Bbox): Tesseract.Bbox => ({ x0: Math.round(b.x0 * factor), y0: Math.round(b.y0 * factor), x1: Math.round(b.x1 * factor), y1: Math.round(b.y1 * factor) });
  return { ...line, bbox: scale(line.bbox), words: line.words.map((w) => ({ ...w, bbox: scale(w.bbox), symbols: w.symbols?.map((s) => ({ ...s, bbox: scale(s.bbox) })) })) };
}

/** A line of a crop, with its boxes moved back into the rendering's coordinates. */
function moved(line: Tesseract.Line, dx: number, dy: number): Tesseract.Line {
  const move = (b: Tesseract.Bbox): Tesseract.Bbox => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });
  return { ...line, bbox: move(line.bbox), words: line.words.map((w) => ({ ...w, bbox: move(w.bbox), symbols: w.symbols?.map((s) => ({ ...s, bbox: move(s.bbox) })) })) };
}

