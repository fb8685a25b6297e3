import type { RuleSet } from '../rules/load.js';
import type { CaseResult } from '../result/types.js';
import type { Lang } from '../types.js';
import type { AnnotatedImage } from './annotate.js';

/** What a reporter is told besides the results. Every reporter is `(run, options) => string`. */
export interface FormatOptions {
  lang: Lang;
  /** Terminal colours (pretty only). */
  color?: boolean;
  /** Program version, for reports that name the tool. */
  version?: string;
  /** Rule packs: reason names and wording for the refund request. */
  rules?: Pick<RuleSet, 'reasons' | 'lexicon'>;
  /** Whether a case fails the run (JUnit's failures); default: not-ready. */
  isFailing?: (c: CaseResult) => boolean;
  /** Annotated screenshots for the HTML report, by {@link imageKey}; see `annotateRun`. */
  images?: ReadonlyMap<string, AnnotatedImage>;
}

/** The key of a case's screenshot in {@link FormatOptions.images}. */
export function imageKey(caseIndex: number, file: string): string {
  return `${caseIndex}\0${file}`;
}

/** Where the page of a finding code is read (docs/codes/<code>.md, generated from the check's docs). */
export function docsUrl(code: string): string {
  return `https://github.com/refund-check/refund-check/blob/main/docs/codes/${encodeURIComponent(code)}.md`;
}
