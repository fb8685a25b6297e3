import { Chalk } from 'chalk';
import type { CaseResult } from '../check-case.js';
import { durationText, formatTime } from '../checks/util.js';
import type { RunSummary } from '../index.js';
import type { Lang } from '../types.js';

export interface PrettyOptions {
  lang: Lang;
  color: boolean;
  /** Zone to show the deadline in. */
  timezone?: string;
}

const WORDS = {
  zh: {
    verdict: { ready: '可以提交', weak: '证据偏弱', 'not-ready': '暂不建议提交' },
    score: '得分',
    left: '还剩',
    due: '截止',
    passed: '已过期',
    unknown: '期限未知',
    fix: '建议',
    none: '没有发现问题。',
    summary: (s: RunSummary) => `${s.cases} 个案件: ${s.ready} 个可以提交, ${s.weak} 个证据偏弱, ${s.not_ready} 个暂不建议提交`,
    severity: { error: '错误', warning: '警告', info: '提示' },
  },
  en: {
    verdict: { ready: 'READY', weak: 'WEAK', 'not-ready': 'NOT READY' },
    score: 'score',
    left: 'left',
    due: 'due',
    passed: 'window closed',
    unknown: 'deadline unknown',
    fix: 'fix',
    none: 'No problems found.',
    summary: (s: RunSummary) => `${s.cases} case(s): ${s.ready} ready, ${s.weak} weak, ${s.not_ready} not ready`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
  },
} as const;

/** The terminal report: verdict, score, deadline in plain words, each finding with its file and fix. */
export function formatPretty(cases: CaseResult[], summary: RunSummary, options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = WORDS[options.lang];
  const zone = options.timezone ?? 'Asia/Shanghai';
  const out: string[] = [];
  for (const r of cases) {
    const colour = r.verdict === 'ready' ? c.green : r.verdict === 'weak' ? c.yellow : c.red;
    out.push(`${c.bold(r.path)}  ${colour.bold(w.verdict[r.verdict])}  ${w.score} ${r.score}/100`);
    out.push(`  ${deadlineLine(r, options.lang, zone)}`);
    if (r.findings.length === 0) out.push(`  ${c.green(w.none)}`);
    for (const f of r.findings) {
      const sev = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.cyan;
      const where = f.file ? c.dim(` (${f.file})`) : '';
      out.push(`  ${sev(w.severity[f.severity].padEnd(options.lang === 'zh' ? 2 : 7))} ${f.message}${where} ${c.dim(`[${f.code}]`)}`);
      out.push(`    ${c.dim(`${w.fix}:`)} ${f.suggestion}`);
    }
    out.push('');
  }
  if (cases.length > 1) out.push(w.summary(summary));
  return `${out.join('\n').trimEnd()}\n`;
}

function deadlineLine(r: CaseResult, lang: Lang, zone: string): string {
  const w = WORDS[lang];
  const d = r.deadline;
  if (!d.due || d.remaining_hours === null) return w.unknown;
  const due = formatTime(new Date(d.due), zone, lang);
  if (d.status === 'passed') return lang === 'zh' ? `${w.passed}, ${w.due} ${due}` : `${w.passed} at ${due}`;
  const left = durationText(d.remaining_hours * 60)[lang];
  return lang === 'zh' ? `${w.left} ${left}, ${w.due} ${due}` : `${left} ${w.left}, ${w.due} ${due}`;
}
