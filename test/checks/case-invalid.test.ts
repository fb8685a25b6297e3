import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/check-case.js';
import caseInvalid from '../../src/checks/case-invalid.js';
import { TesseractEngine } from '../../src/ingest/ocr/tesseract.js';
import { loadRules } from '../../src/rules/load.js';
import type { FieldProblem } from '../../src/case/problems.js';
import { testCheck } from '../support/check-tester.js';

/** A problem of order.json as the loader reports it. */
const problem = (field: string, line: number): FieldProblem => ({
  file: 'order.json',
  field,
  line,
  column: 3,
  message: { zh: `缺少必填字段 ${field}`, en: `missing required field ${field}` },
  fix: { zh: `加一行 ${field}`, en: `Add a line ${field}` },
});

testCheck(caseInvalid, {
  valid: [
    { name: 'a valid claim and order record' },
    { name: 'no order record at all (order-missing says so, not case-invalid)', order: null },
  ],
  invalid: [
    {
      name: 'an order record lacking its amount',
      orderProblems: [problem('amount', 2)],
      order: null,
      messageIds: ['order'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ where: { en: 'line 2, column 3' }, problem: { en: 'missing required field amount' } }),
    },
    {
      name: 'one finding per problem of the order record',
      orderProblems: [problem('order_id', 1), problem('paid_at', 4)],
      order: null,
      messageIds: ['order', 'order'],
    },
  ],
});

/**
 * The claim, reason and platform message ids are reported before a case model exists
 * (check-case.ts), so they are tested through checkCase on a folder with no evidence:
 * nothing is read, and the OCR engine must never start.
 */
describe('case-invalid before the model', () => {
  const rules = loadRules();
  const now = new Date('2026-11-25T16:00:00+08:00');
  const caseWith = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-case-invalid-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const run = async (files: Record<string, string>) => {
    const engine = new TesseractEngine(1);
    const result = await checkCase(caseWith(files), 'c', { rules, engine, now, lang: 'en', minScore: 80 });
    expect(engine.started).toBe(false);
    await engine.close();
    return result.findings.filter((f) => f.code === 'case-invalid');
  };

  it('reports claim: no case file', async () => {
    expect((await run({})).map((f) => f.messageId)).toEqual(['claim']);
  });

  it('reports claim: a case file without a reason', async () => {
    expect((await run({ 'case.yaml': 'request: refund\n' })).map((f) => f.messageId)).toEqual(['claim']);
  });

  it('reports reason: an unknown refund reason', async () => {
    const found = await run({ 'case.yaml': 'reason: too_expensive\n' });
    expect(found.map((f) => f.messageId)).toEqual(['reason']);
  });

  it('reports platform: an unknown platform profile', async () => {
    const found = await run({ 'case.yaml': 'reason: card_invalid\nplatform: nowhere-mall\n' });
    expect(found.map((f) => f.messageId)).toEqual(['platform']);
  });

  it('reports order for a broken order record and goes on with the other checks', async () => {
    const engine = new TesseractEngine(1);
    const result = await checkCase(
      caseWith({ 'case.yaml': 'reason: card_invalid\n', 'order.json': '{"order_id": "2026112514201145873", "product": "Q币卡"}' }),
      'c',
      { rules, engine, now, lang: 'en', minScore: 80 },
    );
    await engine.close();
    const invalid = result.findings.filter((f) => f.code === 'case-invalid');
    // amount and paid_at are both missing: one finding each.
    expect(invalid.map((f) => f.messageId)).toEqual(['order', 'order']);
    expect(invalid.map((f) => f.file)).toEqual(['order.json', 'order.json']);
    expect(result.findings.some((f) => f.code === 'chat-missing')).toBe(true);
  });

  it('stays silent on a valid case folder', async () => {
    expect(await run({ 'case.yaml': 'reason: card_invalid\n' })).toEqual([]);
  });
});
