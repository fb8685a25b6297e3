import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../src/secrets.js';
import { FIXTURES } from './support/cases.js';
import { applyNoise, longestSurvivingRun, noiseArb, readable, secretLineArb, SURVIVING_RUN } from './support/ocr-noise.js';

// Seeded and bounded: the same renderings in every run.
const SEED = 20261206;
const RUNS = 200;
const RUNS_PER_TRUTH_LINE = 40;

/** The order numbers that stay readable, as the report builds them: the number and the number without its letter prefix. */
const keepOf = (...ids: string[]): Set<string> => new Set(ids.flatMap((id) => [id, id.replace(/^[A-Za-z]+/, '')]));

/** The longest run of a secret that may be read: the 4 kept after masking (and less than the whole secret). */
const allowed = (secret: string): number => Math.min(SURVIVING_RUN, secret.length) - 1;

describe('masking survives OCR noise (fast-check)', () => {
  it('no secret survives whole in any noisy rendering of a line holding it', () => {
    fc.assert(
      fc.property(secretLineArb, noiseArb, (line, noise) => {
        const noisy = applyNoise(line.text, noise);
        const out = maskSecrets(noisy, keepOf(line.orderId));
        expect(longestSurvivingRun(line.secret.value, out), `${JSON.stringify(noisy)} -> ${JSON.stringify(out)}`).toBeLessThanOrEqual(allowed(line.secret.value));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("this case's own order number stays readable in the same renderings", () => {
    fc.assert(
      fc.property(
        secretLineArb.filter((l) => l.withOrder),
        noiseArb,
        (line, noise) => {
          const noisy = applyNoise(line.text, noise);
          const out = maskSecrets(noisy, keepOf(line.orderId));
          expect(readable(out), `${JSON.stringify(noisy)} -> ${JSON.stringify(out)}`).toContain(line.orderId);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a clean rendering masks the secret with stars and keeps its last 4 characters readable', () => {
    fc.assert(
      fc.property(secretLineArb, (line) => {
        const out = maskSecrets(line.text, keepOf(line.orderId));
        expect(out).toContain('****');
        expect(readable(out)).toContain(line.secret.value.slice(-4));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

// ---- Every line of the fixtures' OCR truth ----

const TRUTH = join(FIXTURES, '..', 'truth');
const ORDER_LABEL = /(?:订单号|订单编号|订单号码|单号|订单|order(?: no| number| id)?)[\s:：#]*$/i;
/** A payment's trade number is not an order number: it is masked unless the case keeps it. */
const TRADE_LABEL = /(?:交易号|交易单号|流水号|支付单号|商户单号|transaction id)[\s:：#]*$/i;
const SECRET_LABEL = /(?:卡密|卡号|密码|激活码|兑换码|充值码|序列号|密钥|验证码|手机号|手机|电话|身份证|银行卡|code|key|pin|password|serial)[\s:：]*$/i;

function truthFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? truthFiles(path) : name.endsWith('.txt') ? [path] : [];
  });
}

/** This case's own order number (order.json or order.yaml), if it has one. */
function ownOrderId(caseId: string): string | undefined {
  for (const name of ['order.json', 'order.yaml']) {
    const path = join(FIXTURES, caseId, name);
    if (!existsSync(path)) continue;
    const order = parseYaml(readFileSync(path, 'utf8')) as { order_id?: unknown };
    if (typeof order.order_id === 'string') return order.order_id;
  }
  return undefined;
}

/** Values on screen: groups of capitals and digits joined by one space or hyphen (lower case words end them). */
function valuesIn(line: string): { value: string; before: string }[] {
  return [...line.matchAll(/[A-Z0-9*]+(?:[ -][A-Z0-9*]+)*/g)].map((m) => ({ value: m[0].replace(/[ -]/g, ''), before: line.slice(0, m.index) }));
}

/**
 * Order numbers a case names, as the report keeps them: its own, one after an order
 * label (on its line, or alone under a line with one), and date-based ones.
 */
function caseOrderNumbers(caseId: string, lines: string[]): Set<string> {
  const ids: string[] = [];
  const own = ownOrderId(caseId);
  if (own) ids.push(own);
  lines.forEach((line, i) => {
    for (const { value, before } of valuesIn(line)) {
      if (value.length < 10 || value.includes('*')) continue;
      if (TRADE_LABEL.test(before)) continue;
      const labelled = ORDER_LABEL.test(before) || (before.trim() === '' && i > 0 && /订单号|订单编号|order/i.test(lines[i - 1]!));
      if (labelled || /^[A-Z]{0,4}20\d{2}(0[1-9]|1[0-2])\d{10,}$/.test(value)) ids.push(value);
    }
  });
  return keepOf(...ids);
}

/**
 * The secrets in a truth line, read without the masking's code: a value of 6+
 * characters with a digit after a secret label, 12+ digits, a mobile number, or 10+
 * capitals and digits with 3+ digits; not an order number of the case, not a value
 * the screen already masked (with *), not a date and time.
 */
function secretsInTruth(line: string, keep: ReadonlySet<string>): string[] {
  return valuesIn(line)
    .filter(({ value, before }) => {
      if (value.includes('*') || keep.has(value)) return false;
      if (/^20\d{12}$/.test(value)) return false;
      const digits = value.replace(/\D/g, '').length;
      if (SECRET_LABEL.test(before) && value.length >= 6 && digits > 0) return true;
      if (digits === value.length) return digits >= 12 || /^1[3-9]\d{9}$/.test(value);
      return value.length >= 10 && digits >= 3;
    })
    .map((v) => v.value);
}

const truthCases = readdirSync(TRUTH).filter((id) => statSync(join(TRUTH, id)).isDirectory());
const truthLines = truthCases.flatMap((caseId) => {
  const files = truthFiles(join(TRUTH, caseId));
  const all = files.flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  const keep = caseOrderNumbers(caseId, all);
  const own = ownOrderId(caseId);
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((text) => text.trim())
      .map((text) => ({ where: `${relative(TRUTH, file)}: ${text}`, text, keep, own, secrets: secretsInTruth(text, keep) })),
  );
});

describe('every line of the fixtures OCR truth, through the noise generator', () => {
  it('reads the fixtures: lines, and secrets among them', () => {
    expect(truthLines.length).toBeGreaterThan(500);
    const secrets = truthLines.flatMap((l) => l.secrets);
    // The secrets fixture's card code, card password, phone and ID number, a card code typed
    // into a chat, and the trade numbers of payment pages are found.
    for (const s of ['8273661509342281', '5839221074619902', '13812345678', '110101199003074514', '8813205677419030', '4200002715202612041832764509']) {
      expect(secrets).toContain(s);
    }
  });

  it('no secret in any line survives whole, however OCR writes the line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...truthLines.filter((l) => l.secrets.length > 0)), noiseArb, (line, noise) => {
        const noisy = applyNoise(line.text, noise);
        const out = maskSecrets(noisy, line.keep);
        for (const secret of line.secrets) {
          expect(longestSurvivingRun(secret, out), `${line.where}\n${JSON.stringify(noisy)} -> ${JSON.stringify(out)}`).toBeLessThanOrEqual(allowed(secret));
        }
      }),
      { seed: SEED, numRuns: RUNS_PER_TRUTH_LINE * truthLines.filter((l) => l.secrets.length > 0).length },
    );
  });

  it("the case's own order number stays readable in every noisy rendering of a line naming it", () => {
    const naming = truthLines.filter((l) => l.own !== undefined && readable(l.text).includes(l.own));
    expect(naming.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.constantFrom(...naming), noiseArb, (line, noise) => {
        const noisy = applyNoise(line.text, noise);
        expect(readable(maskSecrets(noisy, line.keep)), `${line.where}\n${JSON.stringify(noisy)}`).toContain(line.own);
      }),
      { seed: SEED, numRuns: RUNS_PER_TRUTH_LINE * naming.length },
    );
  });

  it('a clean line without a secret is printed as it is (no over-masking of dates, times, error codes, order numbers)', () => {
    const changed = truthLines
      .filter((l) => l.secrets.length === 0 && !l.text.includes('*'))
      .filter((l) => maskSecrets(l.text, l.keep) !== l.text)
      .map((l) => `${l.where} -> ${maskSecrets(l.text, l.keep)}`);
    expect(changed).toEqual([]);
  });
});
