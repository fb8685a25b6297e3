import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';
import { evaluate, loadCorpus } from './evaluate.js';

// The fact extraction on the labelled corpus of real wording keeps at least these scores
// (precision, recall), on the dev entries (the held-out quarter measures new wording, see README). `npm run bench:facts` prints them;
// raise a floor when the extraction gets better, never lower one to make a change pass.
const FLOOR: Record<string, [number, number]> = {
  failure: [0.95, 0.9],
  buyer_caused: [0.95, 0.8],
  report: [0.95, 0.85],
  wrong_purchase: [0.95, 0.9],
  threat: [0.85, 0.8],
  reply: [0.99, 0.99],
  promise: [0.75, 0.7],
  refund_undertaking: [0.7, 0.85],
  no_refund: [0.95, 0.85],
  refund_window: [0.8, 0.75],
  private_channel: [0.95, 0.8],
  delivered: [0.9, 0.9],
  undelivered: [0.75, 0.85],
};

describe('fact extraction on the corpus of real wording', () => {
  const { families } = evaluate(loadCorpus('dev'), loadRules());
  for (const f of families) {
    it(`${f.family}: precision and recall at or above the floor`, () => {
      const [precision, recall] = FLOOR[f.family]!;
      expect(f.precision, `${f.family} precision (FP: ${f.wrong.map((e) => e.text).join(' | ')})`).toBeGreaterThanOrEqual(precision);
      expect(f.recall, `${f.family} recall (missed: ${f.misses.map((e) => e.text).join(' | ')})`).toBeGreaterThanOrEqual(recall);
    });
  }
});
