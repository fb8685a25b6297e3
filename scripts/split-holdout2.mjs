// Draws the "holdout2" third of the second-round corpus (test/corpus/round2-*.yaml) with a
// seeded random, so the split is fixed before the extraction is run on the entries and can be
// drawn again the same way. Rewrites only the `split:` lines. Seed: see SOURCES.md.
//
// Usage: node scripts/split-holdout2.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = 20261206;
const FILES = ['round2-en.yaml', 'round2-zh.yaml'];
const dir = join(import.meta.dirname, '..', 'test', 'corpus');

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const texts = FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
const slots = [];
texts.forEach((text, file) => {
  text.split('\n').forEach((line, index) => {
    if (/^ {2}split: /.test(line)) slots.push({ file, index });
  });
});
// Fisher-Yates over all entries in file order; the first third drawn is held out.
const order = slots.map((_, i) => i);
const random = mulberry32(SEED);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const held = new Set(order.slice(0, Math.round(order.length / 3)));
const lines = texts.map((t) => t.split('\n'));
slots.forEach((slot, i) => {
  lines[slot.file][slot.index] = `  split: ${held.has(i) ? 'holdout2' : 'dev'}`;
});
FILES.forEach((f, i) => writeFileSync(join(dir, f), lines[i].join('\n')));
console.log(`${held.size} of ${slots.length} entries held out (holdout2), seed ${SEED}`);
