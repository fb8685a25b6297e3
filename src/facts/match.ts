/** Phrase matching that tolerates OCR: spaces and case ignored, one misread character allowed in longer phrases. */

/** Lower-cases and removes all white space and common OCR punctuation noise. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[\s"'“”‘’「」『』|]/g, '');
}

/** Shortest phrase matched with one character misread; shorter ones ("不想要了" vs "不想等了") only match exactly. */
const FUZZY_MIN = 5;

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

function locate(hay: string, needle: string): number {
  const exact = hay.indexOf(needle);
  if (exact >= 0 || needle.length < FUZZY_MIN || (/^[\x20-\x7e]+$/.test(needle) && needle.length < 8)) return exact;
  const n = needle.length;
  for (let i = 0; i + n <= hay.length; i++) {
    let miss = 0;
    for (let j = 0; j < n && miss <= 1; j++) if (hay[i + j] !== needle[j]) miss++;
    // The first and last characters must match: a slip inside the phrase, not a different word.
    if (miss <= 1 && hay[i] === needle[0] && hay[i + n - 1] === needle[n - 1]) return i;
  }
  return -1;
}
