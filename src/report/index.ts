/** The reporters: each is `(run, options) => string`, pure. */
import type { RunResult } from '../result/types.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import type { FormatOptions } from './options.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';

/** A reporter: results in, text out. */
export type Formatter = (run: RunResult, options: FormatOptions) => string;

/** The reporters by `--format` name. */
export const FORMATTERS = {
  pretty: formatPretty,
  json: formatJson,
  junit: formatJunit,
  markdown: formatMarkdown,
  sarif: formatSarif,
  html: formatHtml,
} satisfies Record<string, Formatter>;

/** A `--format` name. */
export type FormatName = keyof typeof FORMATTERS;

export { annotateRun } from './annotate.js';
export { captureNext, draftOutput, refundRequest, whatToFix, type DraftOptions, type DraftOutput } from './draft.js';
export { imageKey, type FormatOptions } from './options.js';
export { formatHtml, formatJson, formatJunit, formatMarkdown, formatPretty, formatSarif };
