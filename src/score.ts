import type { Severity } from './types.js';

export type Verdict = 'ready' | 'weak' | 'not-ready';

/** Points a finding takes off the score; codes not listed take their severity's default. */
const PENALTY: Record<string, number> = {
  'deadline-near': 8,
  'evidence-unreadable': 6,
  'private-channel': 8,
  'threatening-language': 10,
  'evidence-irrelevant': 3,
  'chat-no-reply': 10,
  'deadline-unknown': 10,
  'merchant-promise': -5,
};
const DEFAULT_PENALTY: Record<Severity, number> = { error: 30, warning: 12, info: 0 };

/**
 * Score 0..100: how complete, relevant, consistent and timely the chain is. Each
 * finding takes points off by its weight; a merchant's promise adds a few back.
 */
export function scoreOf(findings: { code: string; severity: Severity }[]): number {
  let score = 100;
  for (const f of findings) score -= PENALTY[f.code] ?? DEFAULT_PENALTY[f.severity];
  return Math.max(0, Math.min(100, Math.round(score)));
}

/** SPEC section 5: not-ready on any error; ready at or above the threshold; weak otherwise. */
export function verdictOf(findings: { severity: Severity }[], score: number, minScore: number): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'not-ready';
  return score >= minScore ? 'ready' : 'weak';
}
