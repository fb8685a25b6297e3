import { simplified } from './simplified.js';

/**
 * Phrase matching that reads meaning, not one string, and tolerates OCR:
 * - spaces and case are ignored in Chinese; English phrases match whole words;
 * - a phrase may have gaps: "卡密…已被使用" is 卡密, then up to {@link GAP} characters (a number, date or time counting as one), then
 *   已被使用 (a subject and its state, however the sentence runs between them);
 * - a phrase negated right before it does not count ("没有问题" is not "有问题", "请勿加微信"
 *   is no offer, "I will not report you" no threat), nor one inside an A-not-A question
 *   ("会不会有问题" is no promise that there will be none); a negation reaches over a verb
 *   joined by "or"/"and" ("will not redeem or be used up"), and a negation inside a gap undoes
 *   the phrase too ("refunds will not be issued if you…" is no "refund…you"; "给你说了不退款"
 *   is no "给你…退款");
 * - a gap stays inside its sentence, and a gap after a negation inside its clause: "不符，
 *   可在7天内提交退款" is no "不…退款";
 * - English words that only stress ("even", "still", "really", "just") may stand between a
 *   phrase's words: "can't even activate" is "can't activate";
 * - an OCR slip is allowed only between characters that look alike (已/己/巳, 未/末, 人/入, ...),
 *   never any character: "不是我买的" must not become "不是我要的".
 * Marker words (pronouns, question words, chat particles, a warning) are found with
 * {@link hasWord} instead: whole words as written, with no negation rule ("不是吗" still asks).
 */

/** Lower-cases, removes all white space and common OCR punctuation noise, and writes traditional characters simplified and Cantonese ones in Mandarin. */
export function compact(text: string): string {
  return mandarin(simplified(text.toLowerCase().replace(/[\s"'“”‘’「」『』|]/g, '')));
}

/**
 * Cantonese characters that stand for one Mandarin character each (唔 不, 冇 没, 嘅 的, 咗 了,
 * 喺 在, 俾/畀 给, 佢 他, 睇 看, 嚟 来, 啲 些, 哋 们): "唔符合描述" is "不符合描述", "冇收到" is
 * "没收到". Character for character, so an index in one is an index in the other. 係 is left
 * alone (it is also the traditional form in 關係).
 */
const CANTONESE: Record<string, string> = { 唔: '不', 冇: '没', 嘅: '的', 咗: '了', 喺: '在', 俾: '给', 畀: '给', 佢: '他', 睇: '看', 嚟: '来', 啲: '些', 哋: '们' };
const CANTONESE_CHARS = new RegExp(`[${Object.keys(CANTONESE).join('')}]`, 'gu');

function mandarin(text: string): string {
  return text.replace(CANTONESE_CHARS, (c) => CANTONESE[c]!);
}

/** Characters OCR mistakes for one another; a phrase matches with one of them swapped. */
const CONFUSABLE = [
  '已己巳',
  '未末',
  '人入八',
  '土士',
  '亲杀',
  '0oD',
  '1li|',
  '5s',
  '8b',
  '日曰',
  '拨拔',
  '码吗玛',
  '账帐',
  '到倒',
  '充允',
  '卡卞',
  '密蜜寓',
  '效郊',
  '误谈',
  '退追',
  '款欺',
  '败贩',
  '绑綁',
  '用月冃',
  '使便',
  '被彼',
  '号亏',
  '值直',
  '兑党允',
  '换唤',
  '激邀',
  '活括',
  '无天元',
  '期斯',
  '错措',
  '货贷',
  '发友',
  '款欵',
  '异翼巽',
];
/** Each confusable character and every character it may be mistaken for. */
const LOOK_ALIKES = new Map<string, string>();
for (const set of CONFUSABLE) for (const ch of set) LOOK_ALIKES.set(ch, (LOOK_ALIKES.get(ch) ?? '') + set);
const confusable = (a: string, b: string): boolean => LOOK_ALIKES.get(a)?.includes(b) ?? false;

/** Most characters (compacted) between the parts of a phrase written with "…". */
const GAP = 10;

/** Chinese negations that undo a phrase right after them (with an optional modal: 不会, 不要, 没有, 不保证, 无法保证, 不想; Cantonese 唔係想, 冇); 要不 ("how about") is none. */
const NEGATION_ZH = /(?:(?<!要)不|唔|冇|没|没有|没法|没办法|未|别|勿|无需|无须|无法|毋|非|并非|从未|从不|绝不|决不|以免|避免|以防|防止)(?:会|要|用|能|是|可以|可能|准|得|获|必|曾|再|敢|打算|保证|承诺|确保|想|系想|系)?$/;
/** Words that say what to avoid: "以免无法退款" is no refusal. */
const AVOID_ZH = /(?:以免|避免|以防|防止|免得)$/;
/** A negation, then a preposition and its object, before the phrase: 不会向12315投诉, 不要跟卖家私下交易. */
const NEGATED_OBJECT_ZH = /(?:不|没|别|勿|不会|不要|不用|没有|从不|绝不)(?:会|要|再)?(?:向|对|给|跟|找|去|和|与|在)[^，,。；;！!？?不没就才]{0,6}$/;
/** A negated first-person subject: "不是我买错了", "并不是我们拍错" deny what follows. */
const NEGATED_SUBJECT_ZH = /(?:不是|并不是|并非|也不是|又不是)(?:因为)?(?:我们|我|本人|自己)(?:自己)?$/;
/** 非 before a name negates the whole noun: "非拼多多官方渠道" is no official channel (not 非常, 除非, 是非). */
const NON_PREFIX_ZH = /(?<![除是])非(?!常)[\u4e00-\u9fffA-Za-z0-9]{1,4}$/;
/**
 * A warning verb anywhere before a phrase in its clause: what follows is warned against, and is
 * no offer ("谨防诱导加微信", "严禁私下交易", "警惕有人让您加QQ", "平台禁止…私下交易行为").
 */
const WARNING_IN_CLAUSE_ZH = /谨防|提防|警惕|当心|严禁|禁止|切勿|杜绝|防范|谨慎|请勿/;
/** A negation reaches over a verb joined by 或/和 ("不要轻易使用第三方支付或私下交易"), as in English. */
const NEGATED_COORDINATE_ZH = /(?:不要|不可|请勿|切勿|勿|别|不得|不能)(?:轻易|随意|擅自)?[^，,。；;！!？?]{1,8}(?:或者|或是|或|以及|和|及)$/;
/** A negation with an adverb and a verb before the phrase: "不要轻易使用第三方支付", "请勿随意添加微信". */
const NEGATED_VERB_ZH = /(?:不要|不可|请勿|切勿|勿|别|不得|不能)(?:轻易|随意|擅自|再)?(?:使用|进行|通过|选择|接受|添加|用)$/;
/** A clause ending in disbelief: what it said is a trick to beware of. */
const DISBELIEF_ZH = /(?:请勿|切勿|不要|别|勿|不可)(?:轻易)?相信|别信|勿信|都是骗子|是骗子|谨防上当|谨防受骗|小心上当|以防被骗|谨防被骗/;
/** English negations before a phrase. */
const NEGATION_EN =
  /\b(?:not|never|no|don't|dont|do not|won't|wont|will not|didn't|did not|doesn't|does not|isn't|is not|wasn't|without|cannot|can't|unable|nor)(?:\s+(?:longer|obliged|obligated|obligation|legal|required|able|willing|going|need|want|wish|mean|intend|plan|allow|allowed|permit|permitted|us|to))*(?:\s+\w+){0,1}(?:\s+(?:any|a|an|the|my|your))?(?:\s+(?:or|and|nor)(?:\s+\w+){1,2})?\s*$/;
/** Where an English gap may not run: out of its clause ("a refund if a replacement is not possible" is no "refund…not possible"); a dot inside a name (cdkeyplus.com) ends nothing. */
const CLAUSE_END_EN = /[.!?;,](?![a-z0-9])|\b(?:if|unless|when|whether|because|but|although|though)\b/;
/** A gap that is the head of a list of participles: "cannot be canceled, refunded, or exchanged" is "cannot be…exchanged". */
const LIST_GAP_EN = /^\s*(?:be\s+)?(?:[a-z]+(?:ed|en)\s*,\s*)+(?:or|and|nor)?\s*$/;
/** A negation word inside an English gap. */
const NEGATION_IN_GAP_EN = /\b(?:not|never|no|nor|cannot|without)\b|n't\b/;
/** A negation in an English gap, other than one inside a relative clause ("replace the key that is not working for free"). */
function negatedGapEn(gap: string): boolean {
  return NEGATION_IN_GAP_EN.test(gap.replace(/\b(?:that|which|who)\b.*$/, ''));
}
/** Where a Chinese gap may not run: out of its sentence. */
const SENTENCE_END_ZH = /[。！？；!?;]/;
/** Where a gap after a negation may not run: out of its clause. */
const CLAUSE_END_ZH = /[，,。！？；!?;：:]/;
/**
 * English words that only stress or hedge, and manner adverbs in -ly, save those that restrict or
 * negate (only, hardly, barely, ...) and verbs and nouns in -ly (apply, reply, family): a phrase
 * may be found with them left out ("not normally provided" is "not provided", "will be directly
 * refunded" is "will be refunded").
 */
const FILLERS_EN = / (?:even|still|really|just|actually|simply|literally|already|normally|usually|generally|(?!(?:only|early|apply|reply|supply|family|daily|weekly|monthly|yearly|likely|unlikely|hardly|barely|rarely|scarcely|seldom)\b)[a-z]{3,}ly) /g;

/** A phrase found in a text. */
export interface PhraseHit {
  phrase: string;
  /** Index where it starts, in the compacted text (Chinese) or the lower-cased text (English). */
  index: number;
  /** Found in the English text with its stress words left out: the index is in that text. */
  plain?: boolean;
  /** Found in English whose spaces OCR lost, with spaces and apostrophes taken out of both: the index is in that text. */
  squeezed?: boolean;
}

interface Compiled {
  raw: string;
  /** English: whole words, matched in the lower-cased text. */
  latin: boolean;
  parts: string[];
  /** The phrase is itself negative ("不退不换", "can't redeem"): no negation test. */
  negative: boolean;
  /** Characters of its parts: a longer phrase found wins. */
  length: number;
  /** It holds a Chinese character: a text without any cannot hold it. */
  cjk: boolean;
}

const compiledCache = new Map<string, Compiled>();
/** A Chinese character. */
const CJK = /\p{Script=Han}/u;

function compile(raw: string): Compiled {
  const hit = compiledCache.get(raw);
  if (hit) return hit;
  const latin = /^[\x20-\x7e…]+$/.test(raw) && /[a-z]/i.test(raw);
  const parts = raw
    .split('…')
    .map((p) => (latin ? p.toLowerCase().replace(/\s+/g, ' ').trim() : compact(p)))
    .filter((p) => p.length > 0);
  // A phrase that itself holds a negation ("卡密不可用", "have not got") is not undone by another.
  const whole = parts.join(' ');
  const negative = latin ? /\b(?:not|no|never|don't|can't|cannot|won't|unable|couldn't|doesn't|isn't|haven't|hasn't|didn't|non)\b/.test(whole) : /[不没未别勿无非]/.test(whole);
  const compiled = { raw, latin, parts, negative, length: parts.join('').length, cjk: CJK.test(whole) };
  compiledCache.set(raw, compiled);
  return compiled;
}

/** The texts a phrase is searched in: compacted (Chinese) and lower-cased with single spaces (English). */
interface Haystack {
  zh: string;
  en: string;
  /** The English text with stress words left out ("can't even activate" → "can't activate"); undefined when it has none. */
  plain?: string;
  /** Whether the text holds a Latin letter and a Chinese character: phrases of a script it lacks are not looked for. */
  latin: boolean;
  cjk: boolean;
  /**
   * English that small text's OCR ran together ("ClosetheticketandIsend", "addmeonWhatsApp"),
   * without spaces and apostrophes; undefined when the text has no such run.
   */
  squeezed?: string;
}

/**
 * English as typed in a hurry: contractions without the apostrophe ("havent", "doesnt", "cant"),
 * "u" and "ur", and "recieve" for receive, "allready" or "alredy" for already are read as written properly.
 */
function normalizeEnglish(text: string): string {
  return text
    .replace(/\b(have|has|had|do|does|did|is|was|are|were|could|would|should|must)nt\b/g, "$1n't")
    .replace(/\bcant\b/g, "can't")
    .replace(/\bwont\b/g, "won't")
    // texting: "u" and "ur" for you and your ("i cant send it to u")
    .replace(/\bu\b(?![.'’])/g, 'you')
    .replace(/\bur\b/g, 'your')
    .replace(/\brecie(v)/g, 'recei$1')
    .replace(/\ba(?:ll|l)re?ady\b/g, 'already')
    // a number OCR glued to the word before it ("only1,100", "the other2,200", "at11:41")
    .replace(/\b(only|other|another|the|at|of|for|and|still|just|got|received)(?=\d)/g, '$1 ');
}

/** A run of letters longer than English words run: words OCR read without the spaces between them. */
const RUN_TOGETHER = /[a-z]{20,}/;
/** English phrases shorter than this (letters, spaces out) are not looked for in run-together text: they would turn up inside other words. */
const MIN_SQUEEZED = 6;
/** A negation right before a phrase in run-together text ("dontwork", "isnotrecognized"). */
const NEGATION_SQUEEZED = /(?:not|never|dont|didnt|doesnt|wont|cant|cannot|isnt|wasnt|havent|hasnt|without)$/;

/**
 * Where an English phrase starts in run-together text, -1 if nowhere: its parts without spaces,
 * each later part within a gap that stays in the sentence, the phrase not negated right before it.
 */
function locateSqueezed(hay: string, phrase: Compiled): number {
  const parts = phrase.parts.map((p) => p.replace(/[\s']+/g, ''));
  if (parts.join('').length < MIN_SQUEEZED) return -1;
  for (let from = 0; ; ) {
    const start = hay.indexOf(parts[0]!, from);
    if (start < 0) return -1;
    from = start + 1;
    let end = start + parts[0]!.length;
    let ok = true;
    for (const part of parts.slice(1)) {
      const next = hay.indexOf(part, end);
      if (next < 0 || next - end > GAP * 3 || /[.!?;]/.test(hay.slice(end, next)) || (!phrase.negative && /not|never/.test(hay.slice(end, next)))) {
        ok = false;
        break;
      }
      end = next + part.length;
    }
    if (ok && (phrase.negative || !NEGATION_SQUEEZED.test(hay.slice(Math.max(0, start - 10), start)))) return start;
  }
}

/** The last text searched and its haystack: a text is searched for many lists in a row. */
let lastHaystack: { text: string; hay: Haystack } | undefined;

function haystack(text: string): Haystack {
  if (lastHaystack?.text === text) return lastHaystack.hay;
  const hay = buildHaystack(text);
  lastHaystack = { text, hay };
  return hay;
}

function buildHaystack(text: string): Haystack {
  // typographic apostrophes and hyphens as typed ones ("non‐refundable" with U+2010)
  // snake_case error names as words ("inactive_card", "code_already_used")
  const en = ` ${normalizeEnglish(text.toLowerCase().replace(/[’‘´`]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-').replace(/(?<=[a-z])_(?=[a-z])/g, ' ').replace(/\s+/g, ' '))} `;
  // Twice, for fillers next to each other ("just still").
  const plain = en.replace(FILLERS_EN, ' ').replace(FILLERS_EN, ' ');
  const squeezed = RUN_TOGETHER.test(en) ? en.replace(/[\s']+/g, '') : undefined;
  return { zh: compact(text), en, plain: plain === en ? undefined : plain, latin: /[a-z]/.test(en), cjk: CJK.test(text), squeezed };
}

/**
 * Finds the best phrase of `phrases` in `text` (the longest). See the module comment for
 * what counts as a match.
 */
export function findPhrase(text: string, phrases: readonly string[]): PhraseHit | undefined {
  const hay = haystack(text);
  let best: PhraseHit | undefined;
  let bestLength = 0;
  for (const phrase of compileAll(phrases)) {
    if (phrase.length <= bestLength || (phrase.latin ? !hay.latin : phrase.cjk && !hay.cjk)) continue;
    let index = phrase.latin ? locateLatin(hay.en, phrase) : locateZh(hay.zh, phrase);
    let plain = false;
    // Found only without the stress words: the index is in the filler-free text.
    if (index < 0 && phrase.latin && hay.plain) {
      index = locateLatin(hay.plain, phrase);
      plain = true;
    }
    let squeezed = false;
    // Words run together by OCR: looked for without the spaces.
    if (index < 0 && phrase.latin && hay.squeezed) {
      index = locateSqueezed(hay.squeezed, phrase);
      squeezed = true;
    }
    if (index < 0) continue;
    best = plain ? { phrase: phrase.raw, index, plain } : squeezed ? { phrase: phrase.raw, index, squeezed } : { phrase: phrase.raw, index };
    bestLength = phrase.length;
  }
  return best;
}

/**
 * The compiled phrases of a list, longest first, compiled once per list: the lexicon's lists
 * live as long as the rules; a list put together for one call (two lists joined) is found
 * again by its phrases.
 */
const compiledLists = new WeakMap<readonly string[], Compiled[]>();
const compiledByText = new Map<string, Compiled[]>();

function compileAll(phrases: readonly string[]): Compiled[] {
  let list = compiledLists.get(phrases);
  if (!list) {
    const text = phrases.join('\n');
    list = compiledByText.get(text);
    if (!list) {
      list = phrases
        .map(compile)
        .filter((p) => p.parts.length > 0)
        .sort((a, b) => b.length - a.length);
      compiledByText.set(text, list);
    }
    compiledLists.set(phrases, list);
  }
  return list;
}

/**
 * The clause a phrase was found in (between commas, stops and the like), the part of it
 * before the phrase, and the text before and after that clause, in the form the phrase was
 * searched in: compacted for Chinese, lower-cased for English.
 */
export function clauseAt(text: string, hit: PhraseHit): { clause: string; lead: string; before: string; after: string } {
  const latin = compile(hit.phrase).latin;
  const hay = haystack(text);
  const where = latin ? (hit.plain ? hay.plain! : hit.squeezed ? hay.squeezed! : hay.en) : hay.zh;
  const stops = latin ? /[.,;!?]/ : /[，,。！？；!?;]/;
  let from = hit.index;
  while (from > 0 && !stops.test(where[from - 1]!)) from--;
  let to = hit.index;
  while (to < where.length && !stops.test(where[to]!)) to++;
  return { clause: where.slice(from, to), lead: where.slice(from, hit.index), before: where.slice(0, from), after: where.slice(to) };
}

/** All phrases of the list found in the text. */
export function findAll(text: string, phrases: readonly string[]): string[] {
  return phrases.filter((p) => findPhrase(text, [p]) !== undefined);
}

/** Patterns of marker word lists, per list and per structure around the words. */
const wordPatterns = new WeakMap<readonly string[], Map<string, RegExp>>();

/** A marker word as a pattern: English as a whole word, its spaces any white space; Chinese as written. */
function wordSource(word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
  return `${/^\w/.test(word) ? '\\b' : ''}${escaped}${/\w$/.test(word) ? '\\b' : ''}`;
}

/**
 * Whether one of `words` stands in the text as a marker (a pronoun, a question particle, a
 * warning): case-insensitive, English as whole words, Chinese anywhere, with `around.before` right
 * before it and `around.after` right after it when given (structure: "then a question mark in the
 * sentence", "at the end of the line"). Unlike {@link findPhrase} there is no negation rule, no gap,
 * no inflection and no OCR slip: "不是我买的" still has 我, "不是吗" still asks, "don't you" still
 * has you.
 */
export function hasWord(text: string, words: readonly string[], around: { before?: RegExp; after?: RegExp } = {}): boolean {
  if (words.length === 0) return false;
  let byStructure = wordPatterns.get(words);
  if (!byStructure) {
    byStructure = new Map();
    wordPatterns.set(words, byStructure);
  }
  const key = `${around.before?.source ?? ''}\0${around.after?.source ?? ''}`;
  let pattern = byStructure.get(key);
  if (!pattern) {
    pattern = new RegExp(`${around.before?.source ?? ''}(?:${words.map(wordSource).join('|')})${around.after?.source ?? ''}`, 'i');
    byStructure.set(key, pattern);
  }
  return pattern.test(text);
}

/** Where a Chinese phrase (with its gaps) starts in the compacted text, -1 if nowhere. */
function locateZh(hay: string, phrase: Compiled): number {
  let from = 0;
  for (;;) {
    const start = locatePart(hay, phrase.parts[0]!, from);
    if (start < 0) return -1;
    if (insideNumber(hay, start, phrase.parts[0]!)) {
      from = start + 1;
      continue;
    }
    if (restFollows(hay, phrase, start) && !negatedZh(hay, start, phrase)) return start;
    from = start + 1;
  }
}

/** A phrase of digits (12315) inside a longer number (an order number) is not that phrase. */
function insideNumber(hay: string, start: number, part: string): boolean {
  if (!/^\d+$/.test(part)) return false;
  return /\d/.test(hay[start - 1] ?? '') || /\d/.test(hay[start + part.length] ?? '');
}

/**
 * Whether the later parts of a phrase follow its first part at `start`, each within a gap
 * that stays in the sentence (in the clause, after a negation: 不…退款), and none of them
 * negated right before it unless the phrase itself is negative (给你说了不退款 is no 给你…退款).
 */
function restFollows(hay: string, phrase: Compiled, start: number): boolean {
  const parts = phrase.parts;
  let end = start + parts[0]!.length;
  const bound = phrase.negative && /^[不没未别勿无非]/.test(parts[0]!) ? CLAUSE_END_ZH : SENTENCE_END_ZH;
  for (const part of parts.slice(1)) {
    const next = locatePart(hay, part, end);
    if (next < 0) return false;
    const gap = hay.slice(end, next);
    // A number, a date or a time in the gap counts as one character ("买家于2027-10-05 20:03确认收货").
    if (gap.replace(/(?<![a-z\d])[\d:：\-/.]+(?![a-z\d])/g, '#').length > GAP) return false;
    if (bound.test(gap)) return false;
    if (!phrase.negative && NEGATION_ZH.test(gap.slice(-4))) return false;
    end = next + part.length;
  }
  return true;
}

function negatedZh(hay: string, index: number, phrase: Compiled): boolean {
  const first = phrase.parts[0]!;
  // An A-not-A question: 会不会有问题, 能不能用, 是不是新的.
  if (/^[不没]/.test(first) && index > 0 && hay[index - 1] === first[1]) return true;
  const before = hay.slice(Math.max(0, index - 10), index);
  // "以免无法退款": a negative phrase one is told to avoid is no refusal.
  if (phrase.negative) return AVOID_ZH.test(before);
  if (NEGATION_ZH.test(before.slice(-4)) || NEGATED_OBJECT_ZH.test(before) || NON_PREFIX_ZH.test(before) || NEGATED_SUBJECT_ZH.test(before)) return true;
  // A warning reaches to the end of its clause ("平台禁止在私信中引导用户至微信…下单或支付的私下交易行为"),
  // and a clause that ends in disbelief warns of all it said ("有人让您加微信退款请勿相信").
  const clauseBefore = hay.slice(0, index).split(CLAUSE_END_ZH).pop()!;
  const clauseAfter = hay.slice(index).split(CLAUSE_END_ZH)[0]!;
  // A pretext named is not asserted: 以“数据已发送”为由拒绝退款 says nothing was sent or not.
  const pretext = /以[^以]{0,8}$/.test(clauseBefore) && /^.{1,12}?为由/.test(clauseAfter);
  return pretext || WARNING_IN_CLAUSE_ZH.test(clauseBefore) || DISBELIEF_ZH.test(clauseAfter) || NEGATED_COORDINATE_ZH.test(clauseBefore) || NEGATED_VERB_ZH.test(clauseBefore);
}

/** The characters of the last text searched: a slip needs all but one of a part's characters in it. */
let charsOf: { hay: string; chars: Set<string> } = { hay: '', chars: new Set() };

/** A part, exact or with one look-alike character swapped. */
function locatePart(hay: string, needle: string, from: number): number {
  const exact = hay.indexOf(needle, from);
  if (exact >= 0 || needle.length < 3) return exact;
  if (charsOf.hay !== hay) charsOf = { hay, chars: new Set(hay) };
  let absent = 0;
  for (const ch of needle) if (!charsOf.chars.has(ch) && ++absent > 1) return -1;
  const n = needle.length;
  for (let i = from; i + n <= hay.length; i++) {
    let slips = 0;
    for (let j = 0; j < n && slips <= 1; j++) {
      const a = hay[i + j]!;
      const b = needle[j]!;
      if (a !== b) slips += confusable(a, b) ? 1 : 2;
    }
    if (slips <= 1) return i;
  }
  return -1;
}

/** Endings an English word may take after a phrase: "request" matches "requested". */
const INFLECTION = /^(?:s|es|ed|d|ing|er|ers)(?![a-z0-9])/;

/** Where an English phrase (whole words, with its gaps) starts in the lower-cased text, -1 if nowhere. */
function locateLatin(hay: string, phrase: Compiled): number {
  const boundary = (i: number): boolean => i <= 0 || i >= hay.length || !/[a-z0-9]/.test(hay[i]!);
  let from = 0;
  for (;;) {
    const first = phrase.parts[0]!;
    const found = latinPart(hay, first, from);
    if (!found) return -1;
    const [start, firstLength] = found;
    from = start + 1;
    if (/^[a-z0-9]/.test(first) && !boundary(start - 1)) continue;
    if (/[a-z0-9]$/.test(first) && !boundary(start + firstLength) && !INFLECTION.test(hay.slice(start + firstLength))) continue;
    let end = start + firstLength;
    let ok = true;
    for (const part of phrase.parts.slice(1)) {
      const next = latinPart(hay, part, end);
      // A negation in the gap undoes a phrase that is not itself negative: "refunds will not be issued if you".
      const gap = next ? hay.slice(end, next[0]) : '';
      if (!next || next[0] - end > GAP * 4 || (CLAUSE_END_EN.test(gap) && !LIST_GAP_EN.test(gap)) || (!phrase.negative && negatedGapEn(gap))) {
        ok = false;
        break;
      }
      end = next[0] + next[1];
    }
    if (!ok) continue;
    if (!phrase.negative && NEGATION_EN.test(hay.slice(Math.max(0, start - 24), start))) continue;
    return start;
  }
}

/** Patterns of multi-word English parts whose inner words may be inflected ("replaced the key" for "replace the key"). */
const inflectedParts = new Map<string, RegExp | null>();

/**
 * The first place at or after `from` where an English part occurs, and its length there:
 * as written, or with any of its inner words inflected (its last word's ending is checked
 * by the caller).
 */
function latinPart(hay: string, part: string, from: number): [number, number] | undefined {
  const exact = hay.indexOf(part, from);
  // Inflection only adds to a word: without its first word written somewhere, the part is not there.
  const space = part.indexOf(' ');
  if (exact < 0 && (space < 0 || hay.indexOf(part.slice(0, space), from) < 0)) return undefined;
  let pattern = inflectedParts.get(part);
  if (pattern === undefined) {
    const words = part.split(' ');
    pattern =
      words.length > 1 && words.slice(0, -1).every((w) => /[a-z]$/.test(w))
        ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("(?:s|es|ed|d|ing|'s)? "), 'g')
        : null;
    inflectedParts.set(part, pattern);
  }
  if (!pattern) return exact >= 0 ? [exact, part.length] : undefined;
  pattern.lastIndex = from;
  const m = pattern.exec(hay);
  if (m && (exact < 0 || m.index < exact)) return [m.index, m[0].length];
  return exact >= 0 ? [exact, part.length] : undefined;
}
