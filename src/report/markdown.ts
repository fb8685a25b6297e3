import type { CaseResult } from '../check-case.js';
import { durationText } from '../checks/util.js';
import type { RunSummary } from '../index.js';
import type { Lang } from '../types.js';

const VERDICT = {
  zh: { ready: '✅ 可以提交', weak: '⚠️ 证据偏弱', 'not-ready': '❌ 暂不建议提交' },
  en: { ready: '✅ ready', weak: '⚠️ weak', 'not-ready': '❌ not ready' },
};
const HEAD = {
  zh: ['案件', '结论', '得分', '剩余时间', '首个问题'],
  en: ['Case', 'Verdict', 'Score', 'Time left', 'First finding'],
};

/** A summary table for a CI job summary page: case, verdict, score, time left, first finding. */
export function formatMarkdown(cases: CaseResult[], summary: RunSummary, lang: Lang): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [];
  out.push(lang === 'zh' ? '## refund-check 结果' : '## refund-check results', '');
  out.push(
    lang === 'zh'
      ? `${summary.cases} 个案件: ${summary.ready} 个可以提交, ${summary.weak} 个证据偏弱, ${summary.not_ready} 个暂不建议提交`
      : `${summary.cases} cases: ${summary.ready} ready, ${summary.weak} weak, ${summary.not_ready} not ready`,
    '',
  );
  out.push(`| ${HEAD[lang].join(' | ')} |`, `|${HEAD[lang].map(() => '---').join('|')}|`);
  for (const c of cases) {
    const d = c.deadline;
    const left =
      d.status === 'unknown' || d.remaining_hours === null
        ? '—'
        : d.status === 'passed'
          ? lang === 'zh' ? '已过期' : 'closed'
          : durationText(d.remaining_hours * 60)[lang];
    const first = c.findings.find((f) => f.severity === 'error') ?? c.findings.find((f) => f.severity === 'warning') ?? c.findings[0];
    const finding = first ? `\`${first.code}\` ${first.message}` : '';
    out.push(`| ${cell(c.path)} | ${VERDICT[lang][c.verdict]} | ${c.score} | ${left} | ${cell(finding)} |`);
  }
  return `${out.join('\n')}\n`;
}
