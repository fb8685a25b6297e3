/** Phrase matching that tolerates OCR: spaces and case ignored, one misread character allowed in longer phrases. */

/** Lower-cases and removes all white space and common OCR punctuation noise. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[\s"'“”‘’「」『』|]/g, '');
}

/** Shortest phrase matched with any one character misread ("不想要了" must not match "不想等了"). */
const FUZZY_MIN = 5;
/** Characters OCR mistakes for one another; a 4-character phrase matches with one of these swapped. */
const CONFUSABLE = ['已己巳', '未末', '人入八', '土士', '亲杀', '0OoD', '1lI|', '5S', '8B', '日曰', '拨拔', '码吗', '账帐', '到倒', '充允'];
const confusable = (a: string, b: string): boolean => CONFUSABLE.some((set) => set.includes(a) && set.includes(b));

const NEGATIONS = new Set(['没', '不', '别', '无', '未', '非']);

/** A phrase found in a text. */
export interface PhraseHit {
  phrase: string;
  /** Index in the compacted text. */
  index: number;
}

/**
 * Finds the first phrase of `phrases` in `text`. Phrases of 4 or more characters
 * also match with one character substituted (an OCR slip). A phrase that does not
 * itself start with a negation is skipped where a negation stands right before it
 * ("没有问题" is not "有问题").
 */
export function findPhrase(text: string, phrases: readonly string[]): PhraseHit | undefined {
  const hay = compact(text);
  let best: PhraseHit | undefined;
  for (const raw of phrases) {
    const phrase = compact(raw);
    if (!phrase) continue;
    const index = locate(hay, phrase);
    if (index < 0) continue;
    if (!NEGATIONS.has(phrase[0]!) && index > 0 && NEGATIONS.has(hay[index - 1]!) && !NEGATIONS.has(hay[index - 2] ?? '')) continue;
    // Prefer exact and longer phrases.
    if (!best || phrase.length > best.phrase.length) best = { phrase: raw, index };
  }
  return best;
}

/** All phrases of the list found in the text. */
export function findAll(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((p) => findPhrase(text, [p]) !== undefined);
}

const same = (a: string, b: string): boolean => a === b || confusable(a, b);

function locate(hay: string, needle: string): number {
  const exact = hay.indexOf(needle);
  if (exact >= 0 || needle.length < 4 || (/^[\x20-\x7e]+$/.test(needle) && needle.length < 8)) return exact;
  const n = needle.length;
  const anySlip = n >= FUZZY_MIN;
  for (let i = 0; i + n <= hay.length; i++) {
    let miss = 0;
    for (let j = 0; j < n && miss <= 1; j++) {
      if (hay[i + j] !== needle[j]) miss += anySlip || confusable(hay[i + j]!, needle[j]!) ? 1 : 2;
    }
    // The first and last characters must match (or be a known confusion): a slip, not a different word.
    if (miss <= 1 && same(hay[i]!, needle[0]!) && same(hay[i + n - 1]!, needle[n - 1]!)) return i;
  }
  return -1;
}
