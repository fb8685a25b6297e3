import { Chalk } from 'chalk';
import type { RunResult } from '../result/types.js';
import { deadlineText, severityName, summaryText, verdictName } from './present.js';
import type { FormatOptions } from './options.js';

const WORDS = {
  zh: { score: '得分', fix: '建议', none: '没有发现问题。' },
  en: { score: 'score', fix: 'fix', none: 'No problems found.' },
} as const;

/** The terminal report: verdict, score, deadline in plain words, each finding with its file and fix. */
export function formatPretty(run: RunResult, options: FormatOptions): string {
  const { lang } = options;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = WORDS[lang];
  const out: string[] = [];
  for (const r of run.cases) {
    const colour = r.verdict === 'ready' ? c.green : r.verdict === 'weak' ? c.yellow : c.red;
    const verdict = lang === 'en' ? verdictName(r.verdict, lang).toUpperCase() : verdictName(r.verdict, lang);
    out.push(`${c.bold(r.path)}  ${colour.bold(verdict)}  ${w.score} ${r.score}/100`);
    out.push(`  ${deadlineText(r, lang)}`);
    if (r.findings.length === 0) out.push(`  ${c.green(w.none)}`);
    for (const f of r.findings) {
      const sev = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.cyan;
      const where = f.file ? c.dim(` (${f.file})`) : '';
      out.push(`  ${sev(severityName(f.severity, lang).padEnd(lang === 'zh' ? 2 : 7))} ${f.message}${where} ${c.dim(`[${f.code}]`)}`);
      out.push(`    ${c.dim(`${w.fix}:`)} ${f.suggestion}`);
    }
    out.push('');
  }
  if (run.cases.length > 1) out.push(summaryText(run.summary, lang));
  return `${out.join('\n').trimEnd()}\n`;
}
