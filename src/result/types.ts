/** What checking a case gives back: the types every reporter reads. */
import type { DeadlineStatus } from '../model.js';
import type { Verdict } from '../score.js';
import type { Box, EvidenceKind, Severity } from '../types.js';

/** A box drawn on a screenshot: green where the phrase supports the claim, red where it hurts it. */
export interface Highlight {
  box: Box;
  tone: 'support' | 'hurt';
  /** What the phrase is ("failure", "report", ...) or, on a red box, the finding's code. */
  label: string;
  /** On a red box: the index in the case's `findings` of the finding behind it. */
  finding?: number;
}

/** One evidence file in a result. */
export interface EvidenceSummary {
  /** Path relative to the case folder, with forward slashes. */
  file: string;
  kind: EvidenceKind;
  /** How the kind was decided: a name or folder override, or the content. */
  kindFrom?: 'name' | 'folder' | 'content';
  /** How sure the kind is, 0..1. */
  kindConfidence?: number;
  /** What decided the kind. */
  kindReason?: string;
  confidence: number;
  /** The facts read from the file, masked (the JSON report's `facts`). */
  facts: Record<string, unknown>;
  /** Size of the decoded image the boxes refer to; absent for text files and unreadable images. */
  width?: number;
  height?: number;
  highlights: Highlight[];
  /** Boxes of text holding a secret (card code, phone, ID): to blur in any picture of the file. */
  secretBoxes: Box[];
  /** A split screen's app windows, top to bottom or left to right: what each showed. */
  windows?: { kind: EvidenceKind; kindReason?: string; confidence: number }[];
}

/** A finding as reported to the user. */
export interface Finding {
  code: string;
  severity: Severity;
  file: string | null;
  message: string;
  suggestion: string;
  messageId: string;
  /** Boxes of the phrases behind the finding, in the file's pixels. */
  boxes: Box[];
}

/** The steps of the evidence chain, in time order. */
export type TimelineEvent = 'paid' | 'delivered' | 'failure' | 'reported' | 'replied' | 'filed';

/** The result of checking one case folder. */
export interface CaseResult {
  /** The case folder as given on the command line (or relative to the batch root). */
  path: string;
  /** The case folder on disk, for reporters that show its screenshots; null when it could not be read. */
  dir: string | null;
  reason: string | null;
  verdict: Verdict;
  score: number;
  deadline: {
    status: DeadlineStatus;
    due: Date | null;
    /** Hours left at filing (negative when passed). */
    remainingHours: number | null;
  };
  evidence: EvidenceSummary[];
  /** Errors first, then warnings, then infos. */
  findings: Finding[];
  /** The order as known (record or screenshot), for reports and the refund request. */
  order: {
    orderId: string | null;
    product: string | null;
    amount: number | null;
    paidAt: Date | null;
    deliveredAt: Date | null;
    merchant: string | null;
    /** The currency of `amount` (ISO 4217; CNY unless the order record says another). */
    currency: string;
    /** Kind of goods (SPEC section 2): the request words the goods by it. */
    category: 'game_card' | 'software_key' | 'account' | 'recharge' | 'other';
    /** The order record, or the screenshot the order facts come from. */
    file: string | null;
    /** Whether `file` is the order record the user wrote (not evidence). */
    fromRecord: boolean;
  };
  /** The chain in time order: paid, delivered, failure, reported, replied, filed. */
  timeline: { event: TimelineEvent; at: Date | null; file: string | null }[];
  /** Lines quoted from the evidence (masked): the error text, the buyer's report, the merchant's reply and promise. */
  quotes: { error?: string; report?: string; reply?: string; promise?: string };
  /**
   * Facts the request marks "(please check)": a quote, the product or the order number read
   * from an OCR line of low confidence, or an order number read from one screenshot only.
   * Absent or false: as sure as the evidence gets.
   */
  unsure?: { error?: boolean; report?: boolean; reply?: boolean; promise?: boolean; product?: boolean; orderId?: boolean };
  /** The refund amount asked for: the claim's amount, else the order's. */
  asked: number | null;
  /** The zone the case's times are shown in. */
  timezone: string;
  /** Wall time of the check in milliseconds. */
  ms: number;
}

/** Counts of a run by verdict. */
export interface RunSummary {
  cases: number;
  ready: number;
  weak: number;
  not_ready: number;
}

/** Everything a reporter is given. */
export interface RunResult {
  cases: CaseResult[];
  summary: RunSummary;
}

/** Counts the cases of a run by verdict. */
export function summarize(cases: CaseResult[]): RunSummary {
  return {
    cases: cases.length,
    ready: cases.filter((c) => c.verdict === 'ready').length,
    weak: cases.filter((c) => c.verdict === 'weak').length,
    not_ready: cases.filter((c) => c.verdict === 'not-ready').length,
  };
}
