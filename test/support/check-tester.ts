/**
 * A check tester in the manner of ESLint's RuleTester: a case written in the test
 * (claim, order record, evidence lines with their kind and speaker), turned into a
 * case model by the real fact extraction, with no image and no OCR; the check runs on
 * it, and the test says which message ids it must report and which cases stay silent.
 */
import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../../src/case/problems.js';
import type { Claim, OrderRecord } from '../../src/case/schema.js';
import { runCheck, type Check, type RawFinding } from '../../src/checks/define.js';
import type { Facts } from '../../src/facts/types.js';
import { buildModel, type CaseModel } from '../../src/model.js';
import { loadRules, type RuleSet } from '../../src/rules/load.js';
import { timeFromName } from '../../src/ingest/evidence.js';
import type { Evidence, EvidenceKind, FileProblem, Side } from '../../src/types.js';

/** One line of evidence: text, or text with the speaker's side. */
export type LineSpec = string | { text: string; side: Side };

/** One evidence file as the test writes it. */
export interface EvidenceSpec {
  file?: string;
  kind: EvidenceKind;
  lines: LineSpec[];
  /** An unreadable file: the problem the reader reported. */
  unreadable?: FileProblem;
  /** A cut-off image: the part that was read. */
  keptFraction?: number;
  /** Mean OCR confidence (default 90). */
  confidence?: number;
  source?: 'image' | 'text';
  /** A photo of a screen, not a screenshot. */
  photo?: boolean;
}

/** A case as a test writes it. Every field has a default: a card_invalid claim of a ¥28 card delivered at 14:25. */
export interface CaseSpec {
  /** A name for the test. */
  name?: string;
  claim?: Partial<Claim>;
  /** The order record; null for none. */
  order?: Partial<OrderRecord> | null;
  evidence?: EvidenceSpec[];
  /** Filing time (default 2026-11-25T16:00:00+08:00). */
  now?: string;
  rules?: RuleSet;
  /** Facts to add to what the evidence gives (for facts that text alone does not yield). */
  facts?: Partial<Facts>;
  /** Problems of the order record (case-invalid). */
  orderProblems?: FieldProblem[];
}

/** A case the check must report on, with the message ids it reports, in order. */
export interface InvalidSpec extends CaseSpec {
  messageIds: string[];
  /** Extra assertions on the findings. */
  expect?: (findings: RawFinding[]) => void;
}

export const DEFAULT_ORDER: OrderRecord = {
  order_id: '2026112514201145873',
  product: '腾讯Q币卡 100元 卡密',
  category: 'game_card',
  amount: 28,
  currency: 'CNY',
  paid_at: '2026-11-25T14:20:11+08:00',
  delivered_at: '2026-11-25T14:25:00+08:00',
  merchant: '企鹅点卡专营店',
};

/** The case model of a test case: real fact extraction over the lines, no OCR. */
export function modelOf(spec: CaseSpec): CaseModel {
  const rules = spec.rules ?? loadRules();
  const claim: Claim = { reason: 'card_invalid', request: 'refund', platform: 'generic', timezone: 'Asia/Shanghai', ...spec.claim };
  const order = spec.order === null ? undefined : { ...DEFAULT_ORDER, ...spec.order };
  const evidence: Evidence[] = (spec.evidence ?? []).map((e, i) => ({
    file: e.file ?? `${e.kind}-${i + 1}.png`,
    absPath: '',
    source: e.source ?? 'image',
    kind: e.kind,
    kindFrom: 'content',
    width: 1080,
    height: 2400,
    lines: e.lines.map((l, n) => {
      const line = typeof l === 'string' ? { text: l, side: (e.kind === 'chat' ? 'unknown' : 'system') as Side } : l;
      // Each line its own bubble: a bubble's padding and margin (60 px) apart, as on a phone.
      return { text: line.text, side: line.side, conf: 90, block: n, box: { x: 40, y: 300 + 100 * n, w: 600, h: 40 } };
    }),
    // A phone's file name gives the time the screenshot was taken (Screenshot_20261125-143000.png).
    nameTime: timeFromName(e.file ?? ''),
    confidence: e.unreadable ? 0 : (e.confidence ?? 90),
    unreadable: e.unreadable,
    keptFraction: e.keptFraction,
    ...(e.photo ? { photo: true } : {}),
  }));
  if (spec.evidence?.some((e) => e.unreadable)) for (const e of evidence) if (e.unreadable) e.lines = [];
  const reason = rules.reasons[claim.reason];
  const platform = rules.platforms[claim.platform];
  if (!reason || !platform) throw new Error(`test case names an unknown reason or platform: ${claim.reason} ${claim.platform}`);
  const model = buildModel({
    dir: '/nonexistent/case',
    loaded: { claim, claimFile: 'case.yaml', order, orderFile: order ? 'order.json' : undefined, orderProblems: spec.orderProblems ?? [] },
    reason,
    platform,
    rules,
    evidence,
    filedAt: new Date(spec.now ?? '2026-11-25T16:00:00+08:00'),
  });
  if (spec.facts) for (const [key, list] of Object.entries(spec.facts)) (model.facts as unknown as Record<string, unknown[]>)[key]!.push(...(list as unknown[]));
  return model;
}

/** What a check reports on a test case. */
export function findingsOf(check: Check, spec: CaseSpec): RawFinding[] {
  return runCheck(check, modelOf(spec));
}

/**
 * Tests a check on cases where it must stay silent (`valid`) and cases where it must
 * report exactly the given message ids (`invalid`). Each case is one `it`.
 */
export function testCheck(check: Check, cases: { valid: CaseSpec[]; invalid: InvalidSpec[] }): void {
  describe(check.code, () => {
    for (const [i, spec] of cases.valid.entries()) {
      it(`stays silent: ${spec.name ?? `valid #${i + 1}`}`, () => {
        expect(findingsOf(check, spec).map((f) => f.messageId)).toEqual([]);
      });
    }
    for (const [i, spec] of cases.invalid.entries()) {
      it(`reports ${spec.messageIds.join(', ')}: ${spec.name ?? `invalid #${i + 1}`}`, () => {
        const found = findingsOf(check, spec);
        expect(found.map((f) => f.messageId)).toEqual(spec.messageIds);
        for (const f of found) {
          expect(f.code).toBe(check.code);
          // Every placeholder of the message is filled, in both languages.
          for (const lang of ['zh', 'en'] as const) {
            const spec2 = check.messages[f.messageId]!;
            for (const template of [spec2.message[lang], spec2.suggestion[lang]]) {
              for (const [, key] of template.matchAll(/\{(\w+)\}/g)) expect(f.data, `${f.messageId}: {${key}}`).toHaveProperty(key!);
            }
          }
        }
        spec.expect?.(found);
      });
    }
  });
}
