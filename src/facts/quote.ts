/**
 * The sentence a screenshot shows around a phrase, as it may be quoted: whole, from one
 * block, one column, without button labels, with the OCR confidence of the lines it
 * came from.
 */
import { normalizeText } from '../ingest/ocr/normalize.js';
import type { TextLine } from '../types.js';
import { findPhrase } from './match.js';

/** Lines read with less confidence than this (0..100) are not quoted at all. */
export const QUOTE_MIN_CONF = 60;

/** A quote, product or order number read with less confidence than this is marked "(please check)". */
export const SURE_CONF = 80;

/** Text to quote and the lowest OCR confidence (0..100) of what it was read from. */
export interface Quote {
  text: string;
  conf: number;
}

const STOP_END = /[。.!！?？]["”』」)）]?$/u;
const GOES_ON = /[,，、:：;；\-–]$/u;

/**
 * The parts of an OCR line that stand apart: words split where the gap between two words
 * is wider than three word heights (a settings page's menu read into the same line as the
 * message beside it). One part, the line itself, when it has no such gap or no words.
 */
export function columnsOf(line: TextLine): Quote[] {
  const words = line.words ?? [];
  // The words' own height: a photographed screen's skewed line has a box far taller than its letters.
  const heights = words.map((w) => w.box.h).sort((a, b) => a - b);
  const height = heights[Math.floor(heights.length / 2)] ?? 0;
  if (words.length < 2 || height <= 0) return [{ text: line.text, conf: line.conf }];
  const groups: (typeof words)[] = [[words[0]!]];
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1]!;
    const gap = words[i]!.box.x - (prev.box.x + prev.box.w);
    if (gap > height * 3) groups.push([]);
    groups[groups.length - 1]!.push(words[i]!);
  }
  if (groups.length === 1) return [{ text: line.text, conf: line.conf }];
  return groups.map((g) => ({
    text: normalizeText(g.map((w) => w.text).join(' ')),
    conf: Math.round(g.reduce((sum, w) => sum + w.conf, 0) / g.length),
  }));
}

/** Whether the text holds the phrase (a lexicon phrase, or an error code as read). */
function holds(text: string, phrase: string): boolean {
  return findPhrase(text, [phrase]) !== undefined || text.toLowerCase().includes(phrase.toLowerCase());
}

function glue(a: string, b: string): string {
  return /[A-Za-z0-9,.;:!?]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : `${a}${b}`;
}

/** The first letter of a line after an icon read as symbols or a stray letter ("o Activation"). */
function opening(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^[a-z]\s+(?=[A-Z])/, '').charAt(0);
}

/**
 * Whether line `b` goes on with the sentence of line `a` just above it in the same block:
 * both readable, `a` ends without a full stop, they sit close together, and `a` either
 * ends in a comma or is wrapped (as wide as the block's widest line) with `b` going on in
 * the same script (an English line going on starts in lower case).
 */
function continues(a: TextLine, b: TextLine, widest: number): boolean {
  if (!a.box || !b.box || a.conf < QUOTE_MIN_CONF || b.conf < QUOTE_MIN_CONF) return false;
  const textA = a.text.trim();
  if (STOP_END.test(textA)) return false;
  const gap = b.box.y - (a.box.y + a.box.h);
  if (gap > 0.8 * Math.min(a.box.h, b.box.h)) return false;
  if (GOES_ON.test(textA)) return true;
  const wrapped = a.box.w >= widest * 0.75;
  const first = opening(b.text);
  if (/[A-Za-z]$/.test(textA) || /[A-Za-z]/.test(first)) return wrapped && /[a-z]/.test(first);
  return wrapped && /[\u4e00-\u9fff0-9]/u.test(first);
}

/**
 * The sentence of a text that holds a phrase: from after the last full stop before the
 * phrase to the first full stop after it ("充值失败,该卡密不存在或已过期"; "This code has
 * already been redeemed on another account."). The whole text when the phrase is not
 * found as written (OCR read it with a slip).
 */
export function sentenceAround(text: string, phrase: string): string {
  const [start, end] = sentenceRange(text, phrase);
  return text.slice(start, end).trim();
}

/** Where `sentenceAround` cuts: start and end offsets in the text. */
function sentenceRange(text: string, phrase: string): [number, number] {
  // Positions of the non-space characters, so a phrase is found across the spaces OCR puts between characters.
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) at.push(i);
  const flat = at.map((i) => text[i]!).join('').toLowerCase();
  const first = phrase.split('…')[0]!.replace(/\s+/g, '').toLowerCase();
  const found = first ? flat.indexOf(first) : -1;
  if (found < 0) return [0, text.length];
  const begin = at[found]!;
  const finish = at[found + first.length - 1]! + 1;
  // A full stop ends a sentence; in English only before a space or the end ("0xC004F050.", not "v1.2").
  const STOP = /[。!！?？;；]|[.!?](?=\s|$)/g;
  let start = 0;
  for (const m of text.slice(0, begin).matchAll(STOP)) start = m.index + m[0].length;
  STOP.lastIndex = 0;
  const after = STOP.exec(text.slice(finish));
  return [start, after ? finish + after.index + after[0].length : text.length];
}

/**
 * The sentence of a screenshot's block that holds a phrase: the line (or two lines) where
 * the phrase is, the lines before and after it that go on with the same sentence (see
 * `continues`), never a button's label or a line read with less than QUOTE_MIN_CONF; on a
 * line that holds two columns, only the column of the phrase; then only the sentence of
 * the phrase (`sentenceAround`). Undefined when no line of the block holds the phrase.
 */
export function sentenceQuote(lines: readonly TextLine[], phrase: string): Quote | undefined {
  const usable = lines.filter((l) => !l.button);
  let from = usable.findIndex((l) => holds(l.text, phrase));
  let to = from;
  if (from < 0) {
    from = usable.findIndex((l, i) => i + 1 < usable.length && holds(glue(l.text, usable[i + 1]!.text), phrase));
    if (from < 0) return undefined;
    to = from + 1;
  }
  let text: string;
  let conf: number;
  const columns = from === to ? columnsOf(usable[from]!) : [];
  if (columns.length > 1) {
    const column = columns.find((c) => holds(c.text, phrase)) ?? { text: usable[from]!.text, conf: usable[from]!.conf };
    text = column.text;
    conf = column.conf;
  } else {
    const widest = Math.max(...usable.filter((l) => l.conf >= QUOTE_MIN_CONF).map((l) => l.box?.w ?? 0), 0);
    while (from > 0 && continues(usable[from - 1]!, usable[from]!, widest) && columnsOf(usable[from - 1]!).length === 1) from--;
    while (to + 1 < usable.length && continues(usable[to]!, usable[to + 1]!, widest) && columnsOf(usable[to + 1]!).length === 1) to++;
    // The lines joined, and where each starts, so the confidence is that of the lines the sentence is cut from.
    const span = usable.slice(from, to + 1);
    const starts: number[] = [];
    text = '';
    for (const l of span) {
      const joined = text ? glue(text, l.text.trim()) : l.text.trim();
      starts.push(joined.length - l.text.trim().length);
      text = joined;
    }
    const [start, end] = sentenceRange(text, phrase);
    conf = Math.min(...span.filter((l, i) => starts[i]! < end && starts[i]! + l.text.trim().length > start).map((l) => l.conf));
  }
  // Without an icon read as symbols or a stray letter in front ("o 此产品密钥…", ") 激活失败…").
  const sentence = sentenceAround(text, phrase)
    .replace(/^[^\p{L}\p{N}“"'(（【[]+/u, '')
    .replace(/^[a-z]\s+(?=[A-Z\u4e00-\u9fff])/u, '');
  return { text: sentence, conf };
}
