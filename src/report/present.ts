/**
 * The wording every report shares: verdicts, severities, the summary line, the
 * deadline and the time left. Times are shown in the case's own zone.
 */
import type { CaseResult, RunSummary } from '../result/types.js';
import type { Verdict } from '../score.js';
import { durationText, formatTime } from '../time.js';
import type { Lang, Severity } from '../types.js';

const VERDICT: Record<Lang, Record<Verdict, string>> = {
  zh: { ready: '可以提交', weak: '证据偏弱', 'not-ready': '暂不建议提交' },
  en: { ready: 'ready', weak: 'weak', 'not-ready': 'not ready' },
};

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Every verdict, in the order reports list them. */
export const VERDICTS: readonly Verdict[] = ['ready', 'weak', 'not-ready'];

/** "可以提交" / "ready". */
export function verdictName(verdict: Verdict, lang: Lang): string {
  return VERDICT[lang][verdict];
}

/** "错误" / "error". */
export function severityName(severity: Severity, lang: Lang): string {
  return SEVERITY[lang][severity];
}

/** "3 个案件: 1 个可以提交, ..." / "3 cases: 1 ready, ...". */
export function summaryText(s: RunSummary, lang: Lang): string {
  return lang === 'zh'
    ? `${s.cases} 个案件: ${s.ready} 个可以提交, ${s.weak} 个证据偏弱, ${s.not_ready} 个暂不建议提交`
    : `${s.cases} case${s.cases === 1 ? '' : 's'}: ${s.ready} ready, ${s.weak} weak, ${s.not_ready} not ready`;
}

/** A time of the case, in the case's zone: "11月26日 14:32" / "Nov 26 14:32". */
export function caseTime(c: Pick<CaseResult, 'timezone'>, at: Date, lang: Lang): string {
  return formatTime(at, c.timezone, lang);
}

/** "还剩 3 小时 12 分, 截止 11月26日 14:32" / "3 h 12 min left, due Nov 26 14:32"; closed and unknown windows too. */
export function deadlineText(c: Pick<CaseResult, 'deadline' | 'timezone'>, lang: Lang): string {
  const d = c.deadline;
  if (!d.due || d.remainingHours === null || d.status === 'unknown') return lang === 'zh' ? '期限未知' : 'deadline unknown';
  const due = caseTime(c, d.due, lang);
  if (d.status === 'passed') return lang === 'zh' ? `已过期, 截止 ${due}` : `window closed at ${due}`;
  const left = durationText(d.remainingHours * 60)[lang];
  return lang === 'zh' ? `还剩 ${left}, 截止 ${due}` : `${left} left, due ${due}`;
}

/** For a table cell: the time left, "已过期" / "closed", or "—" when unknown. */
export function timeLeftText(c: Pick<CaseResult, 'deadline'>, lang: Lang): string {
  const d = c.deadline;
  if (d.status === 'unknown' || d.remainingHours === null) return '—';
  if (d.status === 'passed') return lang === 'zh' ? '已过期' : 'closed';
  return durationText(d.remainingHours * 60)[lang];
}

/** The finding a table shows first: the first error, else the first warning, else the first. */
export function firstFinding(c: CaseResult): CaseResult['findings'][number] | undefined {
  return c.findings.find((f) => f.severity === 'error') ?? c.findings.find((f) => f.severity === 'warning') ?? c.findings[0];
}
