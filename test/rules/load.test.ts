import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulePackError } from '../../src/errors.js';
import { loadRules } from '../../src/rules/load.js';
import { REASON_IDS } from '../../src/rules/schema.js';

describe('rule packs', () => {
  it('ship every SPEC reason with a generic window', () => {
    const rules = loadRules();
    for (const id of REASON_IDS) {
      expect(rules.reasons[id], id).toBeDefined();
      expect(rules.platforms.generic!.windows[id], id).toBeDefined();
    }
    expect(rules.platforms.generic!.windows.card_invalid).toEqual({ anchor: 'delivered', hours: 24 });
  });

  it('reject a typo in a key, naming the file and the path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-rules-'));
    mkdirSync(join(dir, 'platforms'));
    writeFileSync(join(dir, 'platforms', 'shop.yaml'), 'name: shop\nwindows:\n  card_invalid: { anchr: paid, hours: 2 }\n');
    expect(() => loadRules([dir])).toThrow(RulePackError);
    expect(() => loadRules([dir])).toThrow(/shop\.yaml: windows\.card_invalid/);
  });

  it('name the nearest family for a misspelt one in a user lexicon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-rules-'));
    mkdirSync(join(dir, 'lexicons'));
    writeFileSync(join(dir, 'lexicons', 'extra.yaml'), 'threat: [要你好看]\nthreats: [曝光你]\n');
    expect(() => loadRules([dir])).toThrow(/extra\.yaml: threats \(line 2, column 1\): unknown field "threats"\. Did you mean "threat"\?/);
  });

  it('add a user pack on top: a platform and lexicon phrases', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-rules-'));
    mkdirSync(join(dir, 'platforms'));
    mkdirSync(join(dir, 'lexicons'));
    writeFileSync(join(dir, 'platforms', 'promo.yaml'), 'name: promo\nwindows:\n  card_invalid: { anchor: paid, hours: 48 }\n');
    writeFileSync(join(dir, 'lexicons', 'extra.yaml'), 'threat: [要你好看]\n');
    const rules = loadRules([dir]);
    expect(rules.platforms.promo!.windows.card_invalid!.hours).toBe(48);
    expect(rules.platforms.generic).toBeDefined();
    expect(rules.lexicon.threat).toContain('要你好看');
  });

  it('compose a wording family of a user pack: each subject with each state, in either order; an unknown family is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-rules-'));
    mkdirSync(join(dir, 'lexicons'));
    writeFileSync(join(dir, 'lexicons', 'extra.yaml'), 'compose:\n  - into: failure.used\n    subject: [礼包码]\n    after: [被人领过]\n    before: [领过的]\n');
    const used = loadRules([dir]).lexicon.failure.used;
    expect(used).toContain('礼包码…被人领过');
    expect(used).toContain('领过的…礼包码');
    const bad = mkdtempSync(join(tmpdir(), 'rc-rules-'));
    mkdirSync(join(bad, 'lexicons'));
    writeFileSync(join(bad, 'lexicons', 'extra.yaml'), 'compose:\n  - into: failure.nonsense\n    subject: [码]\n    after: [坏了]\n');
    expect(() => loadRules([bad])).toThrow(/compose: "failure.nonsense" is not a phrase family/);
  });
});

