import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { render } from '../../src/checks/define.js';
import { expectationsIn, FIXTURES } from '../support/cases.js';

const SPEC_CODES = [
  'case-invalid', 'order-missing', 'order-incomplete', 'chat-missing', 'chat-no-feedback', 'chat-no-reply',
  'error-capture-missing', 'error-capture-mismatch', 'evidence-unreadable', 'evidence-irrelevant', 'order-id-mismatch',
  'amount-mismatch', 'evidence-unlinked', 'timeline-inconsistent', 'reason-mismatch', 'request-return-virtual',
  'refund-partial', 'deadline-passed', 'deadline-near', 'deadline-unknown', 'policy-no-refund', 'private-channel',
  'threatening-language', 'merchant-promise', 'claim-unsupported',
];
const SEVERITY: Record<string, string> = { 'merchant-promise': 'info', 'evidence-irrelevant': 'info' };
const WARNINGS = ['order-incomplete', 'chat-no-feedback', 'chat-no-reply', 'evidence-unreadable', 'amount-mismatch', 'evidence-unlinked', 'timeline-inconsistent', 'refund-partial', 'deadline-near', 'deadline-unknown', 'private-channel', 'threatening-language'];

describe('the set of checks', () => {
  it('covers exactly the SPEC finding codes, each in a file named after its code', () => {
    expect(CHECKS.map((c) => c.code).sort()).toEqual([...SPEC_CODES].sort());
    for (const check of CHECKS) {
      const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'checks', `${check.code}.ts`), 'utf8');
      expect(source).toContain(`code: '${check.code}'`);
    }
  });

  it('gives each code the SPEC severity', () => {
    for (const check of CHECKS) {
      const want = SEVERITY[check.code] ?? (WARNINGS.includes(check.code) ? 'warning' : 'error');
      expect(check.severity, check.code).toBe(want);
    }
  });

  it('has a message and a suggestion in zh and en for every message id', () => {
    for (const check of CHECKS) {
      for (const [id, spec] of Object.entries(check.messages)) {
        for (const lang of ['zh', 'en'] as const) {
          expect(spec.message[lang], `${check.code}.${id}.${lang}`).not.toBe('');
          expect(spec.suggestion[lang], `${check.code}.${id}.${lang}`).not.toBe('');
        }
      }
    }
  });

  it('carries its whole meaning: docs in both languages, and capture advice with known placeholders only', () => {
    for (const check of CHECKS) {
      for (const part of ['what', 'why', 'fix'] as const) {
        for (const lang of ['zh', 'en'] as const) expect(check.docs[part][lang].length, `${check.code}.docs.${part}.${lang}`).toBeGreaterThan(10);
      }
      for (const lang of ['zh', 'en'] as const) {
        for (const [, key] of (check.capture?.[lang] ?? '').matchAll(/\{(\w+)\}/g)) expect(['reason', 'chatTopic', 'orderIdSpaced', 'evidence'], check.code).toContain(key);
      }
    }
  });

  it('refuses to render a message with a placeholder left unfilled', () => {
    expect(() => render({ zh: '还剩 {left}', en: '{left} left' }, 'en', {})).toThrow(/unfilled placeholder/);
  });

  it('has a fixture that triggers every code, and one where it stays silent', () => {
    const fixtures = expectationsIn(FIXTURES);
    for (const code of SPEC_CODES) {
      expect(fixtures.some((f) => f.must_include?.includes(code)), `a fixture must include ${code}`).toBe(true);
      expect(fixtures.some((f) => f.must_not_include?.includes(code)), `a fixture must exclude ${code}`).toBe(true);
    }
  });
});
