#!/usr/bin/env node
// The fact-extraction bench: precision and recall per fact family on the labelled corpus
// of real wording (test/corpus/*.yaml), and the confusion between failure kinds.
//
// Each corpus entry becomes one line of evidence, placed as its speaker would show it: a
// buyer's or merchant's chat bubble, a system screen (an error capture; an order page for
// delivery status), a shop's terms page. The real fact extraction of dist/ reads it.
// A family is judged only on lines of the speakers it can come from (a failure on system
// screens, a report on the buyer's lines, ...); the hard negatives (family: none) count
// against precision wherever their speaker is judged.
//
// Usage: npm run build && node scripts/bench-facts.mjs [--split dev|holdout|all] [--json FILE] [--misses FAMILY]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { extractFacts, emptyFacts } = await import(path.join(ROOT, 'dist/facts/extract.js'));
const { loadRules } = await import(path.join(ROOT, 'dist/rules/load.js'));
void emptyFacts;

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const split = opt('split', 'all');
const jsonOut = opt('json');
const missesOf = opt('misses');

const CORPUS = path.join(ROOT, 'test/corpus');
const BUYER_CAUSED = new Set(['requirement_missing', 'region_locked', 'wrong_account']);

/** Every entry, with the error-code table's messages as failure lines (a quarter of them held out). */
function loadCorpus() {
  const entries = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.yaml')).sort()) {
    const list = YAML.parse(readFileSync(path.join(CORPUS, file), 'utf8'));
    for (const e of list) {
      if (file === 'failure-codes.yaml') {
        const held = createHash('sha1').update(e.text).digest()[0] % 4 === 0;
        const text = e.text;
        entries.push({ text, family: BUYER_CAUSED.has(e.kind) ? 'buyer_caused' : 'failure', kind: e.kind, speaker: 'system', lang: e.lang, split: held ? 'holdout' : 'dev', file });
      } else entries.push({ ...e, file });
    }
  }
  return entries;
}

/** Which speakers a family is judged on. */
const DOMAIN = {
  failure: ['system'],
  buyer_caused: ['system'],
  report: ['buyer'],
  wrong_purchase: ['buyer'],
  threat: ['buyer'],
  reply: ['merchant'],
  promise: ['merchant', 'shop_terms'],
  refund_undertaking: ['merchant', 'shop_terms'],
  // A term of the shop; a merchant refusing in chat is a reply, not the product terms.
  no_refund: ['shop_terms'],
  refund_window: ['shop_terms', 'merchant'],
  private_channel: ['buyer', 'merchant', 'shop_terms'],
  delivered: ['system', 'merchant'],
  undelivered: ['system', 'merchant', 'buyer'],
};
const FAMILIES = Object.keys(DOMAIN);

function evidenceOf(entry) {
  const status = entry.family === 'delivered' || entry.family === 'undelivered';
  const kind = { buyer: 'chat', merchant: 'chat', system: status ? 'order' : 'error', shop_terms: 'policy' }[entry.speaker];
  const side = { buyer: 'buyer', merchant: 'merchant', system: 'system', shop_terms: 'unknown' }[entry.speaker];
  return {
    file: 'x.png',
    absPath: '',
    source: 'image',
    kind,
    kindFrom: 'content',
    width: 1080,
    height: 2400,
    lines: [{ text: entry.text, conf: 95, block: 0, side, box: { x: 40, y: 600, w: 900, h: 48 } }],
    confidence: 95,
  };
}

/** The families the extraction found in one entry, and the failure kind it read. */
function predict(entry, rules) {
  const ev = evidenceOf(entry);
  const facts = extractFacts([ev], { lexicon: rules.lexicon, timezone: 'Asia/Shanghai', reference: new Date('2026-11-25T12:00:00+08:00') });
  const found = new Set();
  const kinds = facts.failures.map((f) => f.kind);
  const failureKinds = kinds.filter((k) => (k !== 'not_arrived' || ev.kind === 'error') && !BUYER_CAUSED.has(k));
  if (failureKinds.length > 0) found.add('failure');
  if (kinds.some((k) => BUYER_CAUSED.has(k))) found.add('buyer_caused');
  if (facts.reports.length) found.add('report');
  if (facts.replies.length) found.add('reply');
  if (facts.promises.length) found.add('promise');
  if ((facts.undertakings ?? []).length) found.add('refund_undertaking');
  if (facts.noRefund.length) found.add('no_refund');
  if (facts.windows.length) found.add('refund_window');
  if (facts.privateChannel.length) found.add('private_channel');
  if (facts.threats.length) found.add('threat');
  if (facts.wrongPurchase.length) found.add('wrong_purchase');
  if (facts.delivered.length) found.add('delivered');
  if (facts.undelivered.length || kinds.includes('not_arrived')) found.add('undelivered');
  const kind = kinds.find((k) => BUYER_CAUSED.has(k)) ?? failureKinds[0] ?? (kinds.includes('not_arrived') ? 'not_arrived' : 'none');
  return { found, kind };
}

/** The families an entry truly belongs to: its label, and "reply" for any merchant message. */
function truth(entry) {
  const t = new Set();
  if (entry.family !== 'none') t.add(entry.family);
  if (entry.speaker === 'merchant') t.add('reply');
  // A buyer telling of a failure, of nothing delivered, of a scam or of a wrong purchase reports a problem.
  if (entry.speaker === 'buyer' && ['failure', 'buyer_caused', 'undelivered', 'threat', 'wrong_purchase'].includes(entry.family)) t.add('report');
  // A top-up that did not arrive is a failure and nothing delivered.
  if (entry.kind === 'not_arrived') t.add('undelivered');
  return t;
}

const rules = loadRules();
const entries = loadCorpus().filter((e) => split === 'all' || e.split === split);
const stats = Object.fromEntries(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0, misses: [], wrong: [] }]));
const confusion = new Map();
for (const entry of entries) {
  const { found, kind } = predict(entry, rules);
  const want = truth(entry);
  for (const family of FAMILIES) {
    if (!DOMAIN[family].includes(entry.speaker)) continue;
    const s = stats[family];
    if (want.has(family) && found.has(family)) s.tp++;
    else if (want.has(family)) {
      s.fn++;
      s.misses.push(entry);
    } else if (found.has(family)) {
      s.fp++;
      s.wrong.push(entry);
    }
  }
  if (entry.family === 'failure' || entry.family === 'buyer_caused') {
    const key = `${entry.kind}\0${kind}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}`);
const rows = FAMILIES.map((f) => {
  const s = stats[f];
  return { family: f, n: s.tp + s.fn, precision: pct(s.tp, s.tp + s.fp), recall: pct(s.tp, s.tp + s.fn), tp: s.tp, fp: s.fp, fn: s.fn };
});
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);
console.log(`corpus: ${entries.length} entries (split: ${split})\n`);
console.log(`| ${pad('family', 18)} | ${padl('n', 4)} | ${padl('precision %', 11)} | ${padl('recall %', 8)} | ${padl('FP', 3)} | ${padl('FN', 3)} |`);
console.log(`|:${'-'.repeat(18)}|${'-'.repeat(5)}:|${'-'.repeat(12)}:|${'-'.repeat(9)}:|${'-'.repeat(4)}:|${'-'.repeat(4)}:|`);
for (const r of rows) console.log(`| ${pad(r.family, 18)} | ${padl(r.n, 4)} | ${padl(r.precision, 11)} | ${padl(r.recall, 8)} | ${padl(r.fp, 3)} | ${padl(r.fn, 3)} |`);

const kinds = [...new Set([...confusion.keys()].flatMap((k) => k.split('\0')))].sort();
const truthKinds = [...new Set([...confusion.keys()].map((k) => k.split('\0')[0]))].sort();
console.log('\nFailure kinds: rows = labelled kind, columns = kind read (none = no failure read)\n');
const short = (k) => k.replace('activation_failed', 'act_fail').replace('requirement_missing', 'req_miss').replace('wrong_format', 'format').replace('region_locked', 'region').replace('wrong_account', 'wrong_acct').replace('maintenance', 'maint').replace('not_arrived', 'not_arr').replace('not_found', 'not_fnd').replace('activated', 'activ');
console.log(`| ${pad('kind', 10)} | ${kinds.map((k) => padl(short(k), 8)).join(' | ')} |`);
console.log(`|${'-'.repeat(12)}|${kinds.map(() => `${'-'.repeat(9)}:`).join('|')}|`);
for (const t of truthKinds) {
  console.log(`| ${pad(short(t), 10)} | ${kinds.map((k) => padl(confusion.get(`${t}\0${k}`) ?? '', 8)).join(' | ')} |`);
}
let right = 0;
let all = 0;
for (const [key, n] of confusion) {
  const [t, p] = key.split('\0');
  all += n;
  if (t === p) right += n;
}
console.log(`\nfailure kind read right: ${right}/${all} (${pct(right, all)}%)`);

if (missesOf) {
  const s = stats[missesOf];
  console.log(`\n${missesOf}: missed (${s.misses.length})`);
  for (const e of s.misses) console.log(`  - [${e.speaker}/${e.lang}${e.kind ? `/${e.kind}` : ''}] ${e.text}`);
  console.log(`${missesOf}: wrongly found (${s.wrong.length})`);
  for (const e of s.wrong) console.log(`  - [${e.speaker}/${e.lang}/${e.family}] ${e.text}`);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ split, entries: entries.length, rows, confusion: Object.fromEntries(confusion) }, null, 2)}\n`);
