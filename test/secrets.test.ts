import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../src/secrets.js';
import { expectationsIn, FIXTURES } from './support/cases.js';
import { OCR_CACHE_DIR } from './support/ocr-cache.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'refund-check.js');
const withSecrets = expectationsIn(FIXTURES).filter((e) => (e as { secrets?: string[] }).secrets);

describe('secrets', () => {
  it('masks card codes, phone, ID and bank card numbers, keeping the last 4, and keeps order numbers', () => {
    expect(maskSecrets('卡密: 5839221074619902')).toBe('卡密: ********9902');
    expect(maskSecrets('加我微信13812345678')).toBe('加我微信*******5678');
    expect(maskSecrets('身份证110101199003074514')).toBe('身份证********4514');
    expect(maskSecrets('银行卡6222021234567890128')).toBe('银行卡********0128');
    expect(maskSecrets('key VK7JG-NPHTM-C97JM-9MPGT-3V66T')).not.toContain('NPHTM');
    expect(maskSecrets('订单号2026112416052273306')).toBe('订单号2026112416052273306');
    expect(maskSecrets('单号 8831002211', new Set(['8831002211']))).toBe('单号 8831002211');
  });

  it('masks a labelled code only as far as it looks like one: English prose after "code" stays readable', () => {
    expect(maskSecrets('It says the code was already redeemed on another account')).toBe('It says the code was already redeemed on another account');
    expect(maskSecrets('the code K7M2Q9X4B8 is not valid')).toBe('the code ******X4B8 is not valid');
    expect(maskSecrets('卡密 1126 3389 4471 3908 用不了')).toBe('卡密 ********3908 用不了');
    expect(maskSecrets('password: Xk8mQ2pZ')).toBe('password: ****Q2pZ');
    expect(maskSecrets('shopping 12345678')).toBe('shopping 12345678');
  });

  it('has a fixture with known secrets', () => {
    expect(withSecrets.length).toBeGreaterThan(0);
  });

  for (const exp of withSecrets) {
    const secrets = (exp as { secrets?: string[] }).secrets ?? [];
    for (const format of ['pretty', 'json', 'junit', 'markdown', 'sarif', 'html']) {
      it(`${exp.id}: --format ${format} prints no secret whole`, () => {
        const run = spawnSync(process.execPath, [BIN, exp.dir, '--format', format, '--now', exp.now, '--cache-dir', OCR_CACHE_DIR, '--debug'], { encoding: 'utf8' });
        expect(run.stdout.length).toBeGreaterThan(100);
        for (const secret of secrets) expect(run.stdout + run.stderr).not.toContain(secret);
      });
    }
    it(`${exp.id}: --show-secrets prints them (the masking is what hides them)`, () => {
      const run = spawnSync(process.execPath, [BIN, exp.dir, '--format', 'json', '--now', exp.now, '--cache-dir', OCR_CACHE_DIR, '--show-secrets'], { encoding: 'utf8' });
      expect(secrets.some((s) => run.stdout.includes(s))).toBe(true);
    });
  }
});
