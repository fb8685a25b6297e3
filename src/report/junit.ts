import type { CaseResult, RunResult } from '../result/types.js';
import type { FormatOptions } from './options.js';
import { xmlEscape } from './xml.js';

/**
 * JUnit XML: one testsuite per case holding its one testcase, so the verdict, score,
 * reason and deadline can be properties (the JUnit schemas allow properties on a
 * testsuite only); a failing case's testcase carries a failure listing its errors
 * and warnings with their fixes.
 */
export function formatJunit(run: RunResult, options: FormatOptions): string {
  const { cases } = run;
  const failing = options.isFailing ?? ((c: CaseResult): boolean => c.verdict === 'not-ready');
  const failures = cases.filter(failing).length;
  const seconds = (ms: number): string => (ms / 1000).toFixed(3);
  const total = cases.reduce((sum, c) => sum + c.ms, 0);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="refund-check" tests="${cases.length}" failures="${failures}" errors="0" time="${seconds(total)}">`);
  for (const c of cases) {
    const name = xmlEscape(c.path);
    const failed = failing(c);
    out.push(`  <testsuite name="${name}" tests="1" failures="${failed ? 1 : 0}" errors="0" skipped="0" time="${seconds(c.ms)}">`);
    out.push('    <properties>');
    out.push(`      <property name="verdict" value="${c.verdict}"/>`);
    out.push(`      <property name="score" value="${c.score}"/>`);
    out.push(`      <property name="reason" value="${xmlEscape(c.reason ?? '')}"/>`);
    out.push(`      <property name="deadline" value="${c.deadline.status}"/>`);
    out.push('    </properties>');
    out.push(`    <testcase classname="refund-check" name="${name}" time="${seconds(c.ms)}">`);
    if (failed) {
      const listed = c.findings.filter((f) => f.severity !== 'info');
      const first = listed.find((f) => f.severity === 'error') ?? listed[0];
      const body = listed.map((f) => `[${f.severity}] ${f.code}${f.file ? ` (${f.file})` : ''}: ${f.message}\n  fix: ${f.suggestion}`).join('\n');
      out.push(`      <failure message="${xmlEscape(`${c.verdict}: ${first ? first.message : `score ${c.score}`}`)}" type="${c.verdict}">${xmlEscape(body)}</failure>`);
    }
    out.push('    </testcase>');
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
