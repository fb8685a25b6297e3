import type { CaseResult } from '../check-case.js';
import type { RunSummary } from '../index.js';

/** The JSON report of SPEC section 6. */
export function formatJson(cases: CaseResult[], summary: RunSummary): string {
  const report = {
    version: 1,
    cases: cases.map((c) => ({
      path: c.path,
      reason: c.reason,
      verdict: c.verdict,
      score: c.score,
      deadline: c.deadline,
      evidence: c.evidence.map((e) => ({ file: e.file, kind: e.kind, confidence: e.confidence, facts: e.facts })),
      findings: c.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        file: f.file,
        message: f.message,
        suggestion: f.suggestion,
        message_id: f.messageId,
        boxes: f.boxes,
      })),
    })),
    summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
