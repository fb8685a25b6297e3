import { checkOf } from './checks/index.js';
import { penaltyOf } from './checks/define.js';
import type { Severity } from './types.js';

export type Verdict = 'ready' | 'weak' | 'not-ready';

/**
 * Score 0..100: how complete, relevant, consistent and timely the chain is. Each
 * finding takes off its check's penalty; a merchant's promise adds a few points back.
 */
export function scoreOf(findings: { code: string; severity: Severity }[]): number {
  let score = 100;
  for (const f of findings) score -= penaltyOf(checkOf(f.code) ?? f);
  return Math.max(0, Math.min(100, Math.round(score)));
}

/** SPEC section 5: not-ready on any error; ready at or above the threshold; weak otherwise. */
export function verdictOf(findings: { severity: Severity }[], score: number, minScore: number): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'not-ready';
  return score >= minScore ? 'ready' : 'weak';
}
