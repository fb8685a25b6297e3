// The fact-extraction bench: precision and recall per fact family on the labelled corpus of
// real wording (test/corpus/), and the confusion between failure kinds. See
// test/corpus/evaluate.ts for how each entry is placed and scored.
//
// Usage: npm run bench:facts -- [--split dev|holdout|holdout2|…|holdout13|all] [--half a|b] [--misses FAMILY]
// `all` (the default) leaves out holdout4 on, the rounds gathered blind (BLIND_SPLITS): each is scored
// only when asked by name.
import { createHash } from 'node:crypto';
import { BLIND_SPLITS, SPLITS, evaluate, loadCorpus, type Split } from '../test/corpus/evaluate.js';
import { loadRules } from '../src/rules/load.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const split = (opt('split') ?? 'all') as Split | 'all';
if (split !== 'all' && !(SPLITS as readonly string[]).includes(split)) {
  throw new Error(`--split must be ${SPLITS.join(', ')} or all, not ${split}`);
}
const missesOf = opt('misses');

// --half a|b: the entries whose SHA-1's first byte is even (a) or odd (b). holdout4 was scored blind
// whole, then rules were written from the misses of half a only; half b measures them.
const half = opt('half');
if (half !== undefined && half !== 'a' && half !== 'b') throw new Error(`--half must be a or b, not ${half}`);
const inHalf = (text: string): boolean => half === undefined || (createHash('sha1').update(text).digest()[0]! % 2 === 0) === (half === 'a');
const entries = loadCorpus(split).filter((e) => (split !== 'all' || !BLIND_SPLITS.includes(e.split)) && inHalf(e.text));
const { families, confusion } = evaluate(entries, loadRules());
const pct = (x: number): string => (100 * x).toFixed(1);
const sources = new Set(entries.map((e) => e.source.replace(/^https?:\/\/(www\.)?/, '').split(/[?#]/)[0]));
console.log(`corpus: ${entries.length} entries from ${sources.size} sources (split: ${split}${half ? `, half ${half}` : ''})\n`);
console.log('| family             |    n | precision % | recall % |  FP |  FN |');
console.log('|:-------------------|-----:|------------:|---------:|----:|----:|');
for (const f of families) {
  console.log(`| ${f.family.padEnd(18)} | ${String(f.n).padStart(4)} | ${pct(f.precision).padStart(11)} | ${pct(f.recall).padStart(8)} | ${String(f.fp).padStart(3)} | ${String(f.fn).padStart(3)} |`);
}

const short = (k: string): string =>
  ({ activation_failed: 'act_fail', requirement_missing: 'req_miss', wrong_format: 'format', region_locked: 'region', wrong_account: 'wrong_acct', maintenance: 'maint', not_arrived: 'not_arr', not_found: 'not_fnd', activated: 'activ' })[k] ?? k;
const pairs = [...confusion.keys()].map((k) => k.split('\0') as [string, string]);
const read = [...new Set(pairs.map((p) => p[1]))].sort();
const labelled = [...new Set(pairs.map((p) => p[0]))].sort();
console.log('\nFailure kinds: rows = labelled kind, columns = kind read (none = no failure read)\n');
console.log(`| kind       | ${read.map((k) => short(k).padStart(8)).join(' | ')} |`);
console.log(`|:-----------|${read.map(() => '---------:').join('|')}|`);
for (const t of labelled) console.log(`| ${short(t).padEnd(10)} | ${read.map((k) => String(confusion.get(`${t}\0${k}`) ?? '').padStart(8)).join(' | ')} |`);
let right = 0;
let all = 0;
for (const [key, n] of confusion) {
  const [t, p] = key.split('\0');
  all += n;
  if (t === p) right += n;
}
console.log(`\nfailure kind read right: ${right}/${all} (${pct(right / all)}%)`);

if (missesOf) {
  const f = families.find((x) => x.family === missesOf);
  if (f) {
    console.log(`\n${missesOf}: missed (${f.misses.length})`);
    for (const e of f.misses) console.log(`  - [${e.speaker}/${e.lang}${e.kind ? `/${e.kind}` : ''}] ${e.text}`);
    console.log(`${missesOf}: wrongly found (${f.wrong.length})`);
    for (const e of f.wrong) console.log(`  - [${e.speaker}/${e.lang}/${e.family}] ${e.text}`);
  }
}
