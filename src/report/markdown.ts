import type { RunResult } from '../result/types.js';
import type { Verdict } from '../score.js';
import type { FormatOptions } from './options.js';
import { firstFinding, summaryText, timeLeftText, verdictName } from './present.js';

const ICON: Record<Verdict, string> = { ready: '✅', weak: '⚠️', 'not-ready': '❌' };
const HEAD = {
  zh: ['案件', '结论', '得分', '剩余时间', '首个问题'],
  en: ['Case', 'Verdict', 'Score', 'Time left', 'First finding'],
};

/** A summary table for a CI job summary page: case, verdict, score, time left, first finding. */
export function formatMarkdown(run: RunResult, options: FormatOptions): string {
  const { lang } = options;
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out: string[] = [];
  out.push(lang === 'zh' ? '## refund-check 结果' : '## refund-check results', '');
  out.push(summaryText(run.summary, lang), '');
  out.push(`| ${HEAD[lang].join(' | ')} |`, `|${HEAD[lang].map(() => '---').join('|')}|`);
  for (const c of run.cases) {
    const first = firstFinding(c);
    const finding = first ? `\`${first.code}\` ${first.message}` : '';
    out.push(`| ${cell(c.path)} | ${ICON[c.verdict]} ${verdictName(c.verdict, lang)} | ${c.score} | ${timeLeftText(c, lang)} | ${cell(finding)} |`);
  }
  return `${out.join('\n')}\n`;
}
