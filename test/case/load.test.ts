import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase, parseTime } from '../../src/case/load.js';
import { CaseError } from '../../src/errors.js';

function folder(files: Record<string, string>): { dir: string; names: Set<string> } {
  const dir = mkdtempSync(join(tmpdir(), 'rc-case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, names: new Set(Object.keys(files)) };
}

describe('loading a case', () => {
  it('names the file, line and column of malformed YAML', () => {
    const { dir, names } = folder({ 'case.yaml': 'reason: card_invalid\nrequest: [refund\n' });
    expect(() => loadCase(dir, names)).toThrow(/case\.yaml: invalid YAML at line \d+, column \d+/);
  });

  it('names the field of a wrong type or an unknown key, with its line', () => {
    const { dir, names } = folder({ 'case.yaml': 'reason: card_invalid\namount: lots\nreasn: x\n' });
    let error: unknown;
    try {
      loadCase(dir, names);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CaseError);
    expect((error as Error).message).toMatch(/amount: .*\(line 2, column 9\)/);
    expect((error as Error).message).toMatch(/reasn/);
  });

  it('keeps going with a broken order record and reports it', () => {
    const { dir, names } = folder({ 'case.yaml': 'reason: card_invalid\n', 'order.json': '{"order_id": "1", "amount": -3}' });
    const loaded = loadCase(dir, names);
    expect(loaded.order).toBeUndefined();
    expect(loaded.orderProblems.join('\n')).toMatch(/order\.json: amount/);
    expect(loaded.orderProblems.join('\n')).toMatch(/product/);
  });

  it('reads a UTF-8 BOM and a JSON claim', () => {
    const { dir, names } = folder({ 'case.json': '\uFEFF{"reason": "not_received", "request": "refund"}' });
    expect(loadCase(dir, names).claim.reason).toBe('not_received');
  });

  it('reads times without an offset in the case time zone', () => {
    expect(parseTime('2026-11-25T14:32:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-25T06:32:00.000Z');
    expect(parseTime('2026-11-25T14:32:00+00:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-25T14:32:00.000Z');
  });
});
