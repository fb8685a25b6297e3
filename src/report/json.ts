import type { RunResult } from '../result/types.js';
import { isoInZone } from '../time.js';

/** The JSON report of SPEC section 6 (times with the case's offset). */
export function formatJson(run: RunResult): string {
  const report = {
    version: 1,
    cases: run.cases.map((c) => ({
      path: c.path,
      reason: c.reason,
      verdict: c.verdict,
      score: c.score,
      deadline: {
        due: c.deadline.due ? isoInZone(c.deadline.due, c.timezone) : null,
        remaining_hours: c.deadline.remainingHours,
        status: c.deadline.status,
      },
      evidence: c.evidence.map((e) => ({
        file: e.file,
        kind: e.kind,
        confidence: e.confidence,
        // How sure the kind is (0..1) and what decided it: "name", "folder", or the content's reason.
        kind_confidence: e.kindConfidence ?? null,
        kind_from: e.kindFrom === 'content' ? `content: ${e.kindReason ?? 'words'}` : e.kindFrom,
        // A split screen: each app window's kind, top to bottom or left to right.
        ...(e.windows ? { windows: e.windows.map((w) => ({ kind: w.kind, confidence: w.confidence, kind_from: `content: ${w.kindReason ?? 'words'}` })) } : {}),
        facts: e.facts,
      })),
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
    summary: run.summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
