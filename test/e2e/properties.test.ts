import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_SHAPE, claimSchema } from '../../src/case/schema.js';
import { CHECKS } from '../../src/checks/index.js';
import { runCheck } from '../../src/checks/define.js';
import { extractFacts } from '../../src/facts/extract.js';
import { findPhrase } from '../../src/facts/match.js';
import { parseChatExport } from '../../src/ingest/text.js';
import { normalizeText } from '../../src/ingest/ocr/normalize.js';
import { computeDeadline, orderView, type CaseModel } from '../../src/model.js';
import { parseUserFile } from '../../src/case/problems.js';
import { loadRules } from '../../src/rules/load.js';
import { scoreOf } from '../../src/score.js';
import { maskSecrets } from '../../src/secrets.js';
import type { Evidence, EvidenceKind, Side } from '../../src/types.js';

// Fixed seed and bounded runs: the same inputs in every CI run.
fc.configureGlobal({ seed: 20261126, numRuns: 150 });

const rules = loadRules();
const lexicon = rules.lexicon;
const SPEC_CODES = new Set(CHECKS.map((c) => c.code));
// Text that looks like what OCR returns: Chinese, digits, dates, yuan signs, lexicon phrases.
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom('订单号', '2026112514320012345', '¥28.00', '11月25日 14:32', '2026-11-25 14:32', '已被使用', '加我微信', '骗子', '1小时内反馈', '不退不换', '买错了', '13812345678', '14:50', '昨天 09:10'),
  fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}$/),
);
const line = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));
const side = fc.constantFrom<Side>('buyer', 'merchant', 'system', 'unknown');
const kind = fc.constantFrom<EvidenceKind>('order', 'chat', 'error', 'policy', 'other');
const evidence = fc.record({ kind, lines: fc.array(fc.tuple(line, side), { maxLength: 8 }) }).map(
  ({ kind: k, lines }, i = 0): Evidence => ({
    file: `f${i}.png`,
    absPath: '',
    source: 'image',
    kind: k,
    kindFrom: 'content',
    confidence: 80,
    lines: lines.map(([text, s], n) => ({ text, conf: 80, block: n, side: s })),
  }),
);
const ctx = { lexicon, timezone: 'Asia/Shanghai', reference: new Date('2026-11-25T10:00:00+08:00') };

describe('properties (fast-check)', () => {
  it('text normalisation and phrase matching never throw', () => {
    fc.assert(
      fc.property(line, fc.array(fc.string(), { maxLength: 4 }), (text, phrases) => {
        normalizeText(text);
        findPhrase(text, phrases);
      }),
    );
  });

  it('the chat export parser never throws and keeps every non-empty line', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const parsed = parseChatExport(lines.join('\n'));
        expect(parsed.length).toBeGreaterThanOrEqual(lines.filter((l) => l.trim()).length);
      }),
    );
  });

  it('the claim parser never throws, whatever the YAML or JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map(String)), fc.constantFrom('yaml', 'json' as const), (text, format) => {
        const result = parseUserFile(text, format as 'yaml' | 'json', claimSchema, 'case.yaml', CLAIM_SHAPE);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('fact extraction never throws; every check reports only SPEC codes; the score stays in 0..100', () => {
    fc.assert(
      fc.property(fc.array(evidence, { maxLength: 4 }), fc.constantFrom(...Object.keys(rules.reasons)), (evs, reasonId) => {
        evs.forEach((e, i) => (e.file = `f${i}.png`));
        const facts = extractFacts(evs, ctx);
        const order = orderView(undefined, undefined, facts, evs, 'Asia/Shanghai');
        const filedAt = new Date('2026-11-26T10:00:00+08:00');
        const platform = rules.platforms.generic!;
        const model: CaseModel = {
          dir: '/tmp',
          claim: { reason: reasonId, request: 'refund', platform: 'generic', timezone: 'Asia/Shanghai' },
          claimFile: 'case.yaml',
          reasonId,
          reason: rules.reasons[reasonId]!,
          platform,
          rules,
          order,
          orderProblems: [],
          evidence: evs,
          facts,
          filedAt,
          timezone: 'Asia/Shanghai',
          deadline: computeDeadline(reasonId, rules.reasons[reasonId]!, platform, order, facts, filedAt),
        };
        const findings = CHECKS.flatMap((c) => runCheck(c, model));
        for (const f of findings) expect(SPEC_CODES.has(f.code)).toBe(true);
        const score = scoreOf(findings);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('masking never leaves a mobile number or an ID number whole', () => {
    fc.assert(
      fc.property(line, fc.stringMatching(/^1[3-9]\d{9}$/), line, (a, phone, b) => {
        expect(maskSecrets(`${a}${phone}${b}`)).not.toContain(phone);
      }),
    );
  });
});
