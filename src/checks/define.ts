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

/** A check: one finding code, its severity, its messages, and how it reads the case. */
export interface Check<M extends string = string> {
  code: string;
  severity: Severity;
  messages: Record<M, MessageSpec>;
  evaluate(model: CaseModel, report: (messageId: M, options?: ReportOptions) => void): void;
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
