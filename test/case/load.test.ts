import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimError, loadCase, parseTime, type KnownRules } from '../../src/case/load.js';
import { didYouMean, problemLine, type FieldProblem } from '../../src/case/problems.js';

const KNOWN: KnownRules = { reasons: ['card_invalid', 'not_received', 'wrong_purchase'], platforms: ['generic'] };

function folder(files: Record<string, string>): { dir: string; names: Set<string> } {
  const dir = mkdtempSync(join(tmpdir(), 'rc-case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, names: new Set(Object.keys(files)) };
}

/** Every problem of a folder that does not load, claim first, then order. */
function problems(files: Record<string, string>): FieldProblem[] {
  const { dir, names } = folder(files);
  try {
    loadCase(dir, names, KNOWN);
  } catch (err) {
    if (err instanceof ClaimError) return [...err.problems, ...err.orderProblems];
    throw err;
  }
  throw new Error('the case loaded');
}

describe('loading a case', () => {
  it('names the file, line and column of malformed YAML, in zh and en', () => {
    const [p] = problems({ 'case.yaml': 'reason: card_invalid\nrequest: [refund\n' });
    expect(p).toMatchObject({ file: 'case.yaml', field: null, line: expect.any(Number), column: expect.any(Number) });
    expect(problemLine(p!, 'en')).toMatch(/^case\.yaml line \d+, column \d+: invalid YAML/);
    expect(problemLine(p!, 'zh')).toMatch(/^case\.yaml 第 \d+ 行第 \d+ 列: YAML 写法有误/);
  });

  it('reports every problem of the claim and the order record in one run, in file order', () => {
    const found = problems({
      'case.yaml': 'reason: card-invalid\namount: 28元\nreasn: x\nfiled_at: 2026-13-01 10:00\nplatform: generc\n',
      'order.json': '{"order_id": "1", "amount": "¥28.00", "category": "gamecard", "paid_at": "2026年11月25日 14:32"}',
    });
    expect(found.map((p) => [p.file, p.field, p.line])).toEqual([
      ['case.yaml', 'reason', 1],
      ['case.yaml', 'amount', 2],
      ['case.yaml', 'reasn', 3],
      ['case.yaml', 'filed_at', 4],
      ['case.yaml', 'platform', 5],
      ['order.json', 'product', 1],
      ['order.json', 'amount', 1],
      ['order.json', 'category', 1],
    ]);
    const byField = (f: string): FieldProblem => found.find((p) => p.field === f)!;
    expect(byField('reason').fix.en).toMatch(/Did you mean "card_invalid"/);
    expect(byField('reason').fix.zh).toMatch(/是不是 "card_invalid"/);
    expect(byField('amount')).toMatchObject({ column: 9 });
    expect(byField('amount').fix.en).toMatch(/Write 28, not 28元/);
    expect(byField('amount').fix.zh).toMatch(/写 28, 不要写 28元/);
    expect(byField('reasn').fix.en).toMatch(/Did you mean "reason"/);
    expect(byField('filed_at').fix.en).toContain('2026年12月12日 15:06');
    expect(byField('platform').fix.en).toMatch(/Did you mean "generic"/);
    expect(found.find((p) => p.file === 'order.json' && p.field === 'category')!.fix.en).toMatch(/Did you mean "game_card"/);
  });

  it('says which reasons there are when the reason is missing', () => {
    const [p] = problems({ 'case.yaml': 'request: refund\n' });
    expect(p!.message.en).toBe('missing required field reason');
    expect(p!.fix.en).toContain('card_invalid, not_received, wrong_purchase');
  });

  it('tells to run init when a folder has no claim', () => {
    const [p] = problems({ 'chat.png': '' });
    expect(problemLine(p!, 'en')).toMatch(/no case\.yaml.*refund-check init/);
  });

  it('keeps going with a broken order record and reports each of its problems', () => {
    const { dir, names } = folder({ 'case.yaml': 'reason: card_invalid\n', 'order.json': '{"order_id": "1", "amount": -3}' });
    const loaded = loadCase(dir, names, KNOWN);
    expect(loaded.order).toBeUndefined();
    expect(loaded.orderProblems.map((p) => p.field)).toEqual(['product', 'paid_at', 'amount']);
    expect(loaded.orderProblems.every((p) => p.file === 'order.json')).toBe(true);
  });

  it('reads a UTF-8 BOM and a JSON claim, and fills in the default platform', () => {
    const { dir, names } = folder({ 'case.json': '\uFEFF{"reason": "not_received", "request": "refund"}' });
    expect(loadCase(dir, names, KNOWN).claim).toMatchObject({ reason: 'not_received', platform: 'generic' });
    expect(loadCase(dir, names, { ...KNOWN, platforms: ['generic', 'kamen'] }, 'kamen').claim.platform).toBe('kamen');
  });
});

describe('times (SPEC section 2)', () => {
  const zone = 'Asia/Shanghai';
  it.each([
    ['2026-12-12 15:06:31', '2026-12-12T07:06:31.000Z'],
    ['2026-12-12T15:06', '2026-12-12T07:06:00.000Z'],
    ['2026-12-12T15:06+08:00', '2026-12-12T07:06:00.000Z'],
    ['2026-12-12T15:06:31Z', '2026-12-12T15:06:31.000Z'],
    ['2026/12/12 15:06', '2026-12-12T07:06:00.000Z'],
    ['2026年12月12日 15:06', '2026-12-12T07:06:00.000Z'],
    ['2026年12月12日15:06', '2026-12-12T07:06:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseTime(text, zone).toISOString()).toBe(iso);
  });

  it.each(['2026-02-30 10:00', '2026-12-1215:06', '12/12/2026 15:06', 'tomorrow', '2026-12-12 25:00'])('does not read %s', (text) => {
    expect(Number.isNaN(parseTime(text, zone).getTime())).toBe(true);
  });

  it('reads a time without an offset in the case time zone', () => {
    expect(parseTime('2026-11-25 14:32', 'Europe/Berlin').toISOString()).toBe('2026-11-25T13:32:00.000Z');
  });
});

describe('did you mean', () => {
  it('finds the nearest id, ignoring case, - and _; none when far', () => {
    expect(didYouMean('card-invalid', KNOWN.reasons)).toBe('card_invalid');
    expect(didYouMean('Not_Recieved', KNOWN.reasons)).toBe('not_received');
    expect(didYouMean('refund', KNOWN.reasons)).toBeUndefined();
  });
});
