import type { CaseModel } from '../model.js';
import type { Box, Lang, Severity } from '../types.js';

/** A message template in both languages; `{name}` placeholders are filled from `data`. */
export interface Template {
  zh: string;
  en: string;
}

/** What a check says for one message id: the finding and how to fix it. */
export interface MessageSpec {
  message: Template;
  suggestion: Template;
}

/** Values for a message's placeholders; a {@link Template} value is shown in the user's language. */
export type FindingData = Record<string, string | number | Template>;

/** A finding as reported by a check, before rendering. */
export interface RawFinding {
  code: string;
  severity: Severity;
  messageId: string;
  data: FindingData;
  file: string | null;
  /** Boxes of the phrases behind the finding, in that file's pixels. */
  boxes: Box[];
}

export interface ReportOptions {
  data?: FindingData;
  file?: string | null;
  boxes?: (Box | undefined)[];
}

/** What a finding means, for `explain`, the docs and the reports: in both languages. */
export interface CheckDocs {
  /** What the finding means. */
  what: Template;
  /** Why reviewers care. */
  why: Template;
  /** How to fix it. */
  fix: Template;
}

/**
 * A check: one finding code and everything it means. Nothing outside the check keys on
 * its code: the score reads `penalty`, the annotated screenshots read `hurts`, the
 * refund request reads `capture`, `explain` reads `docs`.
 */
export interface Check<M extends string = string> {
  code: string;
  severity: Severity;
  /** Points a finding takes off the score (negative: adds); default by severity. */
  penalty?: number;
  /** Its boxes are drawn red in screenshots (errors always are). */
  hurts?: boolean;
  /**
   * What to capture next when this finding is present: one concrete instruction.
   * Placeholders: `{reason}` (the reason's name), `{chatTopic}` (what the chat should
   * show for the reason), `{orderIdSpaced}` (" " + this order's number, or nothing).
   */
  capture?: Template;
  docs: CheckDocs;
  messages: Record<M, MessageSpec>;
  evaluate(model: CaseModel, report: (messageId: M, options?: ReportOptions) => void): void;
}

/** Points taken off by severity when a check names no `penalty`. */
const DEFAULT_PENALTY: Record<Severity, number> = { error: 30, warning: 12, info: 0 };

/** The points a finding of this check takes off the score. */
export function penaltyOf(check: Pick<Check, 'penalty' | 'severity'>): number {
  return check.penalty ?? DEFAULT_PENALTY[check.severity];
}

/** Whether a finding of this check is drawn as hurting the claim. */
export function hurtsClaim(check: Pick<Check, 'hurts' | 'severity'>): boolean {
  return check.severity === 'error' || check.hurts === true;
}

/** Declares a check; message ids are typed, so a typo fails to compile. */
export function defineCheck<M extends string>(check: Check<M>): Check<M> {
  return check;
}

/** Runs a check and collects what it reports. */
export function runCheck<M extends string>(check: Check<M>, model: CaseModel): RawFinding[] {
  const found: RawFinding[] = [];
  check.evaluate(model, (messageId, options = {}) => {
    if (!(messageId in check.messages)) throw new Error(`${check.code}: unknown message id ${messageId}`);
    found.push({
      code: check.code,
      severity: check.severity,
      messageId,
      data: options.data ?? {},
      file: options.file ?? null,
      boxes: (options.boxes ?? []).filter((b): b is Box => b !== undefined),
    });
  });
  return found;
}

/** Fills a template's placeholders; an unfilled placeholder is a programming error. */
export function render(template: Template, lang: Lang, data: FindingData): string {
  return template[lang].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`unfilled placeholder {${key}} in "${template[lang]}"`);
    return typeof value === 'object' ? value[lang] : String(value);
  });
}
