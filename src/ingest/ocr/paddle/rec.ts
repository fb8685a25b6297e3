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
      const lineSteps = ((widths[boxIndex] ?? batchW) * steps) / batchW;
      results[boxIndex] = toResult(withWordGaps(withDroppedChars(chars, dictionary, lineSteps), image, box, stepPx), box, stepPx);
    });
  }
  return results;
}

/**
 * Words of Traditional Chinese screens and chats with characters the model's dictionary lacks
 * (its 6623 characters are mostly Simplified: 儲, 敗, 認, 帳, 兌, 沒, 遊, 戲, … are not among them).
 * The model reads such a character as blank, leaving a gap of a character's width: beside the
 * rest of one of these words, the gap is the word's missing characters.
 */
const TRADITIONAL_WORDS = [
  '儲值', '失敗', '確認', '帳號', '帳戶', '錯誤', '從未', '從來', '遊戲', '額度', '金額', '餘額', '兌換', '兌換碼', '選擇', '標準', '名稱', '聯繫',
  '代幣', '金錢', '退錢', '暫停', '暫時', '項目', '損壞', '頁面', '網頁', '說明', '怎麼', '什麼', '沒有', '沒收到', '並且', '讓我', '不夠', '足夠',
  '密鑰', '認證', '週年', '註銷', '公審', '騙子', '作廢', '賣家', '賣場', '顯示', '建議', '異常', '投訴', '檢舉', '詐騙', '評價', '註冊', '積分', '關閉',
];
/** Characters in the dictionary that the model may still read as blank in Traditional text (賣 of 賣家, 顯 of 顯示): put back as the lacking ones are. */
const UNREAD = '賣顯';
/** The characters of {@link TRADITIONAL_WORDS} each dictionary lacks. */
const missingOf = new WeakMap<readonly string[], Set<string>>();
/** A character of CJK text, full-width punctuation included (it takes a character's width). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff60]/u;
/** Time steps in from a line's start where its first character's centre stands (the detector's margin and half a character). */
const LINE_START = 2.5;

/**
 * Puts back characters of a known Traditional word the model could not read (see
 * {@link TRADITIONAL_WORDS}): between two CJK characters that stand one or two characters'
 * pitch further apart than the line's usual pitch, or before the first or after the last one
 * that far in from the line's ends (`lineSteps`: the line's width in time steps), when exactly
 * one such word fits the gap and a neighbour. Any other gap is left as it is.
 */
export function withDroppedChars(chars: CtcChar[], dictionary: readonly string[], lineSteps?: number): CtcChar[] {
  let missing = missingOf.get(dictionary);
  if (!missing) {
    const known = new Set(dictionary);
    missing = new Set([...TRADITIONAL_WORDS.join('')].filter((c) => !known.has(c) || UNREAD.includes(c)));
    missingOf.set(dictionary, missing);
  }
  if (missing.size === 0) return chars;
  const centre = (c: CtcChar): number => (c.first + c.last + 1) / 2;
  const pitches = chars.flatMap((c, i) => (i > 0 && CJK.test(c.char) && CJK.test(chars[i - 1]!.char) ? [centre(c) - centre(chars[i - 1]!)] : [])).sort((a, b) => a - b);
  if (pitches.length < 3) return chars;
  const pitch = pitches[Math.floor(pitches.length / 2)]!;
  const lost = (w: string): boolean => [...w].every((c) => missing.has(c));
  const out: CtcChar[] = [];
  // Before the first character: a line's first character stands LINE_START steps in; one further
  // in lost what stood before it ("儲" of 儲值失敗 at the start of a line).
  const first = chars[0];
  if (first && CJK.test(first.char)) {
    const ratio = (centre(first) - LINE_START) / pitch;
    const lead = [...new Set([Math.floor(ratio), Math.round(ratio)])].filter((n) => n === 1 || n === 2);
    const put = [...new Set(lead.flatMap((n) => TRADITIONAL_WORDS.filter((w) => w.length === n + 1 && w[n] === first.char && lost(w.slice(0, n))).map((w) => w.slice(0, n))))];
    if (put.length === 1) for (const ch of put[0]!) out.push({ char: ch, prob: first.prob, first: 0, last: first.first });
  }
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    if (prev && CJK.test(c.char) && CJK.test(prev.char)) {
      const n = Math.round((centre(c) - centre(prev)) / pitch) - 1;
      if (n === 1 || n === 2) {
        const fits = TRADITIONAL_WORDS.flatMap((w) => {
          if (w.length === n + 2 && w[0] === prev.char && w[n + 1] === c.char && lost(w.slice(1, n + 1))) return [w.slice(1, n + 1)];
          if (w.length === n + 1 && w[0] === prev.char && lost(w.slice(1))) return [w.slice(1)];
          if (w.length === n + 1 && w[n] === c.char && lost(w.slice(0, n))) return [w.slice(0, n)];
          return [];
        });
        const put = [...new Set(fits)];
        if (put.length === 1) for (const ch of put[0]!) out.push({ char: ch, prob: Math.min(prev.prob, c.prob), first: prev.last, last: c.first });
      }
    }
    out.push(c);
  });
  // After the last character: the line's last character stands LINE_START steps before its end;
  // one further in lost what stood after it ("作" of 序號已作廢 at the end of a line).
  const last = chars[chars.length - 1];
  if (last && lineSteps !== undefined && CJK.test(last.char)) {
    const ratio = (lineSteps - LINE_START - centre(last)) / pitch;
    const tail = [...new Set([Math.floor(ratio), Math.round(ratio)])].filter((n) => n === 1 || n === 2);
    const put = [...new Set(tail.flatMap((n) => TRADITIONAL_WORDS.filter((w) => w.length === n + 1 && w[0] === last.char && lost(w.slice(1))).map((w) => w.slice(1))))];
    if (put.length === 1) for (const ch of put[0]!) out.push({ char: ch, prob: last.prob, first: last.last, last: Math.round(lineSteps) });
  }
  return out;
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
