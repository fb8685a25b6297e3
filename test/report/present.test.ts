import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatPretty } from '../../src/report/pretty.js';
import { deadlineText, timeLeftText } from '../../src/report/present.js';
import { summarize, type CaseResult } from '../../src/result/types.js';
import { loadRules } from '../../src/rules/load.js';

// A case in Berlin: every report shows the due time in the case's own zone.
const due = new Date('2026-11-26T13:32:00Z'); // 14:32 in Berlin, 21:32 in Shanghai
const berlin: CaseResult = {
  path: 'berlin-case',
  dir: null,
  reason: 'card_invalid',
  verdict: 'ready',
  score: 90,
  deadline: { status: 'open', due, remainingHours: 5.5 },
  evidence: [],
  findings: [],
  order: { orderId: '2026112514201145873', product: 'Steam key', amount: 20, paidAt: new Date('2026-11-25T13:32:00Z'), deliveredAt: null, merchant: null, currency: 'CNY', category: 'software_key', file: null, fromRecord: true },
  timeline: [{ event: 'paid', at: new Date('2026-11-25T13:32:00Z'), file: null }],
  quotes: {},
  asked: 20,
  timezone: 'Europe/Berlin',
  ms: 0,
};
const run = { cases: [berlin], summary: summarize([berlin]) };

describe('deadline wording', () => {
  it('is in the case zone in every report', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = deadlineText(berlin, lang);
      expect(text).toContain('14:32');
      expect(formatPretty(run, { lang, color: false })).toContain(text);
      expect(formatHtml(run, { lang, rules: loadRules() })).toContain(text);
      expect(formatMarkdown(run, { lang })).toContain(timeLeftText(berlin, lang));
    }
    const json = JSON.parse(formatJson(run)) as { cases: { deadline: { due: string } }[] };
    expect(json.cases[0]!.deadline.due).toBe('2026-11-26T14:32:00+01:00');
  });

  it('says when the window is closed or unknown', () => {
    expect(deadlineText({ ...berlin, deadline: { status: 'passed', due, remainingHours: -2 } }, 'en')).toBe('window closed at Nov 26 14:32');
    expect(deadlineText({ ...berlin, deadline: { status: 'unknown', due: null, remainingHours: null } }, 'zh')).toBe('期限未知');
    expect(timeLeftText({ ...berlin, deadline: { status: 'passed', due, remainingHours: -2 } }, 'zh')).toBe('已过期');
    expect(timeLeftText(berlin, 'en')).toBe('5 h 30 min');
  });
});
