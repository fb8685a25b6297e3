import { foldWidth, secretLabelPattern } from './secret-labels.js';

/**
 * Masks secrets in text shown to anyone: card codes and card passwords (卡密), keys,
 * phone numbers, PRC ID numbers and bank card numbers keep their last 4 characters
 * only. Order numbers are not secrets: those in `keep` stay whole.
 *
 * It does not trust OCR to have written a number the way it was printed: labels are
 * matched with spaces and look-alike characters (see `src/secret-labels.ts`), digit
 * and letter groups are joined across spaces, hyphens and line breaks before deciding,
 * full-width characters count as their ASCII forms. See `secretSpans` for the rules.
 */
export function maskSecrets(text: string, keep: ReadonlySet<string> = new Set()): string {
  let out = '';
  let at = 0;
  for (const span of secretSpans(text, keep)) {
    out += text.slice(at, span.start) + span.masked;
    at = span.end;
  }
  return out + text.slice(at);
}

/** A stretch of text holding a secret, and what is shown instead. */
export interface SecretSpan {
  /** Index of the first character (UTF-16 units of the input). */
  start: number;
  /** Index after the last character. */
  end: number;
  /** The masked form: stars and the last 4 characters. */
  masked: string;
}

/**
 * Finds the secrets in a text, in order.
 *
 * A "value" is a chain of groups of letters, digits and `*` joined by spaces, line
 * breaks and at most two hyphens (12 characters at most). A chain ends at a word in
 * lower case, at a time or decimal part (14:32, 28.00) and at an error code
 * (0x8015DC0B); a group in mixed case with digits (Win10) stands alone unless a label
 * is before it; ISO timestamps are no value. Parts of a chain equal to a number in
 * `keep` stay readable; the rest is a secret when
 * - it follows a secret label and holds 6 or more letters and digits (not a date), or
 * - it holds 12 or more digits (not a date and time like 20261125-142905), or
 * - it is a mobile number (11 digits from 13..19, with or without +86), or
 * - it holds 10 or more letters and digits, at least 3 of them digits and at least one
 *   a letter, or
 * - it is a product key (XXXXX-XXXXX-XXXXX).
 * Without `keep` (no case known), date-based order numbers (20261125..., 14 to 22
 * digits after at most 4 letters) stay readable, as most shops issue them.
 */
export function secretSpans(text: string, keep: ReadonlySet<string> = new Set()): SecretSpan[] {
  const folded = foldWidth(text);
  const labelEnds = new Set<number>();
  // Characters that are no part of a value: labels, and timestamps written by programs.
  const outside = new Uint8Array(folded.length);
  for (const m of folded.matchAll(secretLabelPattern())) {
    // "密码 PIN00AA0": an English label where a value begins is the value.
    if (labelEnds.has(m.index) && /^[A-Za-z]/.test(m[1]!)) continue;
    outside.fill(1, m.index, m.index + m[1]!.length);
    labelEnds.add(m.index + m[0].length);
  }
  for (const m of folded.matchAll(ISO_TIME)) outside.fill(1, m.index, m.index + m[0].length);
  // A date written out ("ruri_0422 2028-06-18 13:05", a forum's sender and time) joins no number before it.
  for (const m of folded.matchAll(WRITTEN_DATE)) outside.fill(1, m.index, m.index + m[0].length);
  const keepKeys = [...keep]
    .map((k) => foldWidth(k).toUpperCase())
    .filter((k) => k.length >= 6)
    .sort((a, b) => b.length - a.length);
  const spans: SecretSpan[] = [];
  for (const chain of chainsOf(folded, outside, labelEnds)) {
    const labelledChain = labelEnds.has(chain.tokens[0]!.start);
    // Without a case, a date-based order number is kept where OCR wrote it in one piece
    // (never after a secret label: a card number may begin with 2026 too).
    const keys = keep.size > 0 ? keepKeys : labelledChain ? [] : chain.tokens.map((t) => t.text).filter(isDatedOrder);
    for (const piece of piecesOf(chain, keys)) {
      const labelled = piece.first && labelledChain;
      const value = labelled ? piece : trimWords(piece);
      const original = folded.slice(value.start, value.end);
      if (labelled ? isLabelledSecret(value.chars, original) : isSecret(value.chars, original, keep.size === 0)) {
        spans.push({ start: value.start, end: value.end, masked: maskValue(value.chars) });
      }
    }
  }
  return spans;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

interface Chain {
  tokens: Token[];
}

/** Part of a chain: its characters without joiners, and where it lies in the text. */
interface Piece {
  chars: string;
  start: number;
  end: number;
  /** Its tokens (a token cut by a kept number is cut here too). */
  tokens: Token[];
  /** It begins the chain. */
  first: boolean;
}

/** Between two groups of one number: spaces and line breaks, at most two hyphens, 12 characters in all. */
const JOINER = /^(?=[\s\S]{1,12}$)\s*(?:-\s*){0,2}$/;
const ERROR_CODE = /^0x[0-9A-F]{8}$/;
/** A calendar date, year first, with its separators, standing apart from other digits. */
const WRITTEN_DATE = /(?<![\dA-Za-z*-])(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d-])/g;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

/** Splits the text into chains of code-like groups (see `secretSpans`). */
function chainsOf(text: string, outside: Uint8Array, labelEnds: ReadonlySet<number>): Chain[] {
  const tokens: Token[] = [];
  const re = /[A-Za-z0-9*]+/g;
  for (const m of text.matchAll(re)) {
    // A label inside the run ("CDK" before the code) is not part of the value.
    let start = m.index;
    const end = m.index + m[0].length;
    for (let i = start; i <= end; i++) {
      if (i === end || outside[i]) {
        if (i > start) tokens.push({ start, end: i, text: text.slice(start, i) });
        start = i + 1;
      }
    }
  }
  const chains: Chain[] = [];
  let current: Token[] = [];
  const close = (): void => {
    if (current.length > 0) chains.push({ tokens: current });
    current = [];
  };
  for (const token of tokens) {
    const before = text.slice(Math.max(0, token.start - 2), token.start);
    const after = text.slice(token.end, token.end + 2);
    // Hours, minutes, yuan and fen (14:32, 28.00) stand alone; more digits after a time
    // ("16:201 3900...", OCR dropped the space) begin a number of their own.
    const numberPart = (token.text.length <= 2 && /\d[:.]$/.test(before)) || (token.text.length <= 4 && /^[:.]\d/.test(after));
    const word = (!/\d/.test(token.text) && /[a-z]/.test(token.text)) || ERROR_CODE.test(token.text);
    if (word) {
      close();
      continue;
    }
    // Mixed case with digits (Win10, iPhone15) is a name, not a code, unless a label says so:
    // it stands alone, and a phone number or long run glued to it is still found.
    const labelled = current.length > 0 && labelEnds.has(current[0]!.start);
    if (/[a-z]/.test(token.text) && !labelled && !labelEnds.has(token.start)) {
      close();
      current.push(token);
      close();
      continue;
    }
    const previous = current[current.length - 1];
    if (numberPart || !previous || !JOINER.test(text.slice(previous.end, token.start))) close();
    current.push(token);
    if (numberPart) close();
  }
  close();
  return chains;
}

/** The parts of a chain outside the kept numbers. */
function piecesOf(chain: Chain, keepKeys: readonly string[]): Piece[] {
  // The chain's characters, and for each its index in the text.
  let chars = '';
  const at: number[] = [];
  for (const t of chain.tokens) {
    chars += t.text;
    for (let i = t.start; i < t.end; i++) at.push(i);
  }
  const kept = new Uint8Array(chars.length);
  const upper = chars.toUpperCase();
  for (const key of keepKeys) {
    for (let i = upper.indexOf(key); i >= 0; i = upper.indexOf(key, i + 1)) {
      if (!kept.subarray(i, i + key.length).includes(1)) kept.fill(1, i, i + key.length);
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < chars.length; ) {
    if (kept[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && !kept[j]) j++;
    const start = at[i]!;
    const end = at[j - 1]! + 1;
    const tokens = chain.tokens
      .filter((t) => t.end > start && t.start < end)
      .map((t) => {
        const s = Math.max(t.start, start);
        const e = Math.min(t.end, end);
        return { start: s, end: e, text: t.text.slice(s - t.start, e - t.start) };
      });
    pieces.push({ chars: chars.slice(i, j), start, end, tokens, first: i === 0 });
    i = j;
  }
  return pieces;
}

/**
 * Drops short groups of capitals at either end of an unlabelled piece ("ID", "QQ", "PM"
 * beside a number): they are words, not part of the secret, and 3 letters reveal nothing.
 */
function trimWords(piece: Piece): Piece {
  const tokens = [...piece.tokens];
  const isWord = (t: Token | undefined): boolean => t !== undefined && /^[A-Z]{1,3}$/.test(t.text);
  // At most 3 letters from each end: never more of a code than that is left readable.
  for (let dropped = 0; tokens.length > 1 && isWord(tokens[0]) && dropped + tokens[0]!.text.length <= 3; ) dropped += tokens.shift()!.text.length;
  for (let dropped = 0; tokens.length > 1 && isWord(tokens.at(-1)) && dropped + tokens.at(-1)!.text.length <= 3; ) dropped += tokens.pop()!.text.length;
  return { ...piece, tokens, chars: tokens.map((t) => t.text).join(''), start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

const DATE = /^(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d$/;
const MOBILE = /^(?:86)?1[3-9]\d{9}$/;
const PRODUCT_KEY = /^[A-Z0-9]{4,6}(?:-[A-Z0-9*]{4,7}){2,}$/;
const DATED_ORDER = /^[A-Z]{0,4}20\d{2}(?:0[1-9]|1[0-2])\d+$/;

function isDatedOrder(chars: string): boolean {
  const digits = chars.replace(/\D/g, '').length;
  return DATED_ORDER.test(chars) && digits >= 14 && digits <= 22;
}

/** A value after a secret label: any 6 letters and digits are a code, unless a date. */
function isLabelledSecret(chars: string, original: string): boolean {
  const alnum = chars.replace(/\*/g, '');
  return alnum.length >= 6 && !DATE.test(original) && !DATE_TIME.test(alnum);
}

/** An unlabelled value: a secret by its shape (see `secretSpans`). */
function isSecret(chars: string, original: string, noCase: boolean): boolean {
  if (PRODUCT_KEY.test(original)) return true;
  const alnum = chars.replace(/\*/g, '');
  const digits = alnum.replace(/\D/g, '').length;
  if (noCase && isDatedOrder(alnum)) return false;
  if (digits === alnum.length) return MOBILE.test(alnum) || (digits >= 12 && !DATE_TIME.test(alnum));
  return alnum.length >= 10 && digits >= 3;
}

/** Stars for all but the last 4 characters (at most 8 stars). */
function maskValue(chars: string): string {
  if (chars.length <= 4) return chars;
  return `${'*'.repeat(Math.min(8, chars.length - 4))}${chars.slice(-4)}`;
}
