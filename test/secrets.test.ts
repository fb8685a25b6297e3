import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../src/secrets.js';
import { expectationsIn, FIXTURES } from './support/cases.js';
import { OCR_CACHE_DIR } from './support/ocr-cache.js';
import { longestSurvivingRun } from './support/ocr-noise.js';

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

  it('masks what OCR really writes: spaced and misread labels, grouped phones, bare codes, full width', () => {
    const keep = new Set(['2026112416052273306']);
    expect(maskSecrets('卡 密: 6213 5520 8871 0094', keep)).toBe('卡 密: ********0094');
    expect(maskSecrets('卡寓: 6213 5520 8871 0094', keep)).toBe('卡寓: ********0094');
    expect(maskSecrets('客服电话 139 0011 2233', keep)).toBe('客服电话 *******2233');
    expect(maskSecrets('电话:139-0011-2233', keep)).toBe('电话:*******2233');
    expect(maskSecrets('+86 139 0011 2233', keep)).toBe('+********2233');
    expect(maskSecrets('卡 号: QX4T8B2NWF7RKC3D', keep)).toBe('卡 号: ********KC3D');
    expect(maskSecrets('QX4T8B2NWF7RKC3D', keep)).toBe('********KC3D');
    expect(maskSecrets('密 码：Ｘ９８ＫＱ２ＰＺ', keep)).toBe('密 码：****Q2PZ');
    expect(maskSecrets('卡密：６２１３－５５２０－８８７１－００９４', keep)).toBe('卡密：********0094');
    expect(maskSecrets('卡密: 6213 5520\n8871 0094', keep)).toBe('卡密: ********0094');
    // A time glued to a phone number by OCR.
    expect(maskSecrets('16:201 3900 112233', keep)).not.toMatch(/3900|112233/);
  });

  it('keeps the case order number readable beside a secret, and leaves dates, times and error codes alone', () => {
    const keep = new Set(['2026112416052273306']);
    expect(maskSecrets('订单号 2026112416052273306 13812345678', keep)).toBe('订单号 2026112416052273306 *******5678');
    expect(maskSecrets('2026 1124 1605 2273 306 卡密 5839221074619902', keep)).toBe('2026 1124 1605 2273 306 卡密 ********9902');
    expect(maskSecrets('订单号 2026112416052273306 13812345678')).toBe('订单号 2026112416052273306 *******5678');
    const plain = ['支付时间 2026-12-17 18:05:26', '11月24日 16:20', '2026-11-26T14:20:00+08:00', 'Error 0x8015DC0B', '(错误代码 0xC004C008)', 'Screenrecorder-2026-11-25-14-38-05.gif'];
    plain.push('请输入卡密\n2026-11-24', '16:18 5G 71%', 'Win10 22H2 X64', 'RTX 4090 24GB', '¥1,234.00');
    // A forum's sender and date: the handle's digits and the date are no 12-digit number.
    plain.push('琉璃ruri_0422 2028-06-18 13:05');
    // ...while a phone number or a card number beside a date is still masked.
    expect(maskSecrets('13812345678 2028-06-18')).toBe('*******5678 2028-06-18');
    expect(maskSecrets('卡密 2028-06-18-1234-5678')).toBe('卡密 ********5678');
    for (const text of plain) {
      expect(maskSecrets(text, keep)).toBe(text);
    }
    // Another order's 16-character number is masked; this case's stays readable.
    expect(maskSecrets('order K7M2Q9X4B8N1L5TZ', new Set(['K7M2Q9X4B8N1L5TZ']))).toBe('order K7M2Q9X4B8N1L5TZ');
    expect(maskSecrets('order K7M2Q9X4B8N1L5TZ', keep)).toBe('order ********L5TZ');
  });

  describe('the lines of issue 18 in a chat export: no format and no draft prints a secret whole, and the order number stays', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-secrets-'));
    writeFileSync(join(dir, 'case.yaml'), 'reason: card_invalid\n');
    copyFileSync(join(FIXTURES, 'secrets-everywhere', 'order.json'), join(dir, 'order.json'));
    writeFileSync(
      join(dir, 'chat-export.txt'),
      [
        '2026-11-24 16:21:00 我: 卡 号: QX4T8B2NWF7RKC3D 充值提示已被使用',
        '2026-11-24 16:21:30 我: 卡 密: 6213 5520 8871 0094',
        '2026-11-24 16:21:40 我: 卡寓: 6213 5520 8871 0094 订单号2026112416052273306',
        '2026-11-24 16:22:10 客服: 加我,客服电话 139 0011 2233',
        '2026-11-24 16:22:20 客服: 电话:139-0011-2233 私下退你',
        '2026-11-24 16:23:00 我: QX4T8B2NWF7RKC3D',
        '',
      ].join('\n'),
    );
    for (const format of ['pretty', 'json', 'junit', 'markdown', 'sarif', 'html']) {
      it(`--format ${format}`, () => {
        const run = spawnSync(process.execPath, [BIN, dir, '--format', format, '--now', '2026-11-24T20:00:00+08:00'], { encoding: 'utf8' });
        expect(run.stdout.length).toBeGreaterThan(100);
        for (const secret of ['QX4T8B2NWF7RKC3D', '6213552088710094', '13900112233']) {
          expect(longestSurvivingRun(secret, run.stdout + run.stderr), secret).toBeLessThan(8);
        }
        if (format === 'json') expect(run.stdout).toContain('2026112416052273306');
      });
    }
    for (const lang of ['zh', 'en']) {
      it(`the refund request draft (${lang})`, () => {
        const run = spawnSync(process.execPath, [BIN, 'draft', dir, '--now', '2026-11-24T20:00:00+08:00', '--lang', lang, '--force'], { encoding: 'utf8' });
        expect(run.stdout).toContain('2026112416052273306');
        for (const secret of ['QX4T8B2NWF7RKC3D', '6213552088710094', '13900112233']) {
          expect(longestSurvivingRun(secret, run.stdout + run.stderr), secret).toBeLessThan(8);
        }
      });
    }
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
