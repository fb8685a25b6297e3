import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseResult, Finding } from '../../src/result/types.js';
import { main } from '../../src/cli.js';
import { money } from '../../src/money.js';
import { captureNext, cleanQuote, draftOutput, refundRequest } from '../../src/report/draft.js';
import { checkPaths, createEngine } from '../../src/index.js';
import { loadRules } from '../../src/rules/load.js';
import type { Lang } from '../../src/types.js';
import { expectationsIn, FIXTURES, type Expectation } from '../support/cases.js';
import { OCR_CACHE_DIR } from '../support/ocr-cache.js';

// The refund request of every ready fixture, from the real pipeline (real OCR), and
// `refund-check draft` through the CLI entry.
const rules = loadRules();
const THREATS = rules.lexicon.threat.map((p) => p.toLowerCase());
// OCR results shared by every test file (warmed once by the global setup).
const cacheDir = OCR_CACHE_DIR;
const engine = await createEngine('auto', 2);
const all = expectationsIn(FIXTURES);
const ready = all.filter((e) => e.verdict_in.length === 1 && e.verdict_in[0] === 'ready' && !e.known_gap);
const results = new Map<string, CaseResult>();

async function check(exp: Expectation): Promise<CaseResult> {
  const hit = results.get(exp.id);
  if (hit) return hit;
  const { cases } = await checkPaths([exp.dir], { engine, now: new Date(exp.now), lang: 'zh', cacheDir });
  results.set(exp.id, cases[0]!);
  return cases[0]!;
}

function threatsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return THREATS.filter((p) => lower.includes(p));
}

/** Runs `refund-check draft ...` in process, capturing stdout and stderr. */
async function draft(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'refund-check', 'draft', ...args, '--cache-dir', cacheDir]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

beforeAll(async () => {
  for (const exp of ready) await check(exp);
});
afterAll(async () => {
  await engine.close();
});

describe('refund request of every ready fixture', () => {
  it('has ready fixtures', () => {
    expect(ready.length).toBeGreaterThan(0);
  });

  for (const exp of ready) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${exp.id} (${lang}): order number, amount, error text, no threat`, async () => {
        const c = await check(exp);
        expect(c.verdict).toBe('ready');
        const text = refundRequest(c, { lang, rules });
        expect(c.order.orderId).toBeTruthy();
        expect(text).toContain(c.order.orderId!);
        expect(c.order.amount).not.toBeNull();
        expect(text).toContain(money(c.order.amount!));
        expect(text).toContain(lang === 'zh' ? `要求全额退款 ${money(c.order.amount!)}` : `full refund of ${money(c.order.amount!)}`);
        // Reasons that need an error capture quote its text (without an icon OCR read as "@@").
        if (rules.reasons[c.reason!]!.needs.includes('error')) expect(c.quotes.error).toBeTruthy();
        if (c.quotes.error) {
          expect(cleanQuote(c.quotes.error).length).toBeGreaterThan(4);
          expect(text).toContain(cleanQuote(c.quotes.error));
        }
        expect(threatsIn(text)).toEqual([]);
        // The product is a labelled value, never an order table's header row.
        expect(c.order.product).toBeTruthy();
        expect(text).toContain(`${lang === 'zh' ? '商品' : 'Product'}: ${c.order.product!}`);
        expect((c.order.product!.match(/订单号|实付|付款时间|状态|数量/g) ?? []).length).toBeLessThan(2);
        // Only evidence files are attached, never a file the buyer wrote; no template alternatives.
        const attachments = text.slice(text.indexOf(lang === 'zh' ? '附件:' : 'Attachments:'));
        expect(attachments).not.toMatch(/order\.(json|ya?ml)|case\.(json|ya?ml)/);
        expect(text).not.toMatch(/\(或|\(or /);
      });
    }
  }

  it('the CLI prints the same request and exits 0', async () => {
    const exp = ready.find((e) => e.id === 'ready-card-light')!;
    const run = await draft([exp.dir, '--now', exp.now, '--lang', 'zh']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(refundRequest(await check(exp), { lang: 'zh', rules }));
    expect(run.stdout).toContain('退款申请说明');
    expect(run.stdout).toContain('“该卡密已被使用”');
    const en = await draft([exp.dir, '--now', exp.now, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Refund request');
    expect(en.stdout).toContain('2026112514201145873');
    expect(threatsIn(en.stdout)).toEqual([]);
  });
});

describe('a case with threats and a private-channel offer in its chat', () => {
  it('leaves those lines out of the request', async () => {
    const exp = all.find((e) => e.id === 'threat-private')!;
    const c = await check(exp);
    expect(c.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['threatening-language', 'private-channel']));
    for (const lang of ['zh', 'en'] as Lang[]) {
      const text = refundRequest(c, { lang, rules });
      expect(threatsIn(text)).toEqual([]);
      expect(text).not.toMatch(/微信|私下/);
      expect(text).toContain(c.order.orderId!);
    }
  });
});

describe('refund-check draft on a not-ready case', () => {
  const exp = all.find((e) => e.id === 'chat-missing')!;

  it('lists what to fix and what to capture, and exits 1', async () => {
    const run = await draft([exp.dir, '--now', exp.now]);
    const c = await check(exp);
    expect(c.verdict).toBe('not-ready');
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('退款申请说明');
    for (const f of c.findings.filter((x) => x.severity === 'error')) expect(run.stdout).toContain(f.suggestion);
    const capture = captureNext(c, 'zh');
    expect(capture.map((i) => i.code)).toContain('chat-missing');
    for (const item of capture) expect(run.stdout).toContain(item.text);
    expect(run.stdout).toContain('--force');
  });

  it('prints the request with --force (the open problems on stderr)', async () => {
    const run = await draft([exp.dir, '--now', exp.now, '--force']);
    const c = await check(exp);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('退款申请说明');
    expect(run.stdout).toContain(c.order.orderId!);
    expect(run.stdout).toContain(money(c.order.amount!));
    expect(run.stderr).toContain(c.findings.find((f) => f.severity === 'error')!.suggestion);
    expect(threatsIn(run.stdout)).toEqual([]);
  });

  it('refuses a folder of several cases (exit 2)', async () => {
    const run = await draft([FIXTURES, '--now', exp.now]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/one case folder/);
  });
});

describe('quotes', () => {
  it('drop an icon read as symbols or a stray letter, and the closing stop', () => {
    expect(cleanQuote('@@ 激活失败,产品密钥无法通过验证。')).toBe('激活失败,产品密钥无法通过验证');
    expect(cleanQuote('o Activation failed: invalid product key')).toBe('Activation failed: invalid product key');
    expect(cleanQuote('该卡密已被使用')).toBe('该卡密已被使用');
    expect(cleanQuote('Q 币卡充值失败')).toBe('Q 币卡充值失败');
  });
});

describe('what to capture next', () => {
  const base: CaseResult = {
    path: 'x',
    reason: 'card_invalid',
    verdict: 'weak',
    score: 60,
    dir: null,
    deadline: { due: null, remainingHours: null, status: 'unknown' },
    evidence: [],
    findings: [],
    order: { orderId: '2026112514201145873', product: 'Q币', amount: 10, paidAt: null, deliveredAt: null, merchant: null, currency: 'CNY', category: 'game_card', file: null, fromRecord: false },
    timeline: [],
    quotes: {},
    asked: 10,
    timezone: 'Asia/Shanghai',
    ms: 0,
  };
  const finding = (code: string, severity: Finding['severity']): Finding => ({ code, severity, file: null, message: code, suggestion: code, messageId: 'x', boxes: [] });
  const codes = ['chat-missing', 'error-capture-missing', 'chat-no-reply', 'evidence-unlinked', 'order-incomplete', 'deadline-unknown', 'order-missing', 'chat-no-feedback', 'error-capture-mismatch', 'evidence-unreadable', 'order-id-mismatch', 'claim-unsupported'];

  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`gives one concrete instruction per missing or weak piece (${lang})`, () => {
      const c = { ...base, findings: codes.map((code, i) => finding(code, i < 2 ? 'error' : 'warning')) };
      const items = captureNext(c, lang);
      expect(items.map((i) => i.code)).toEqual([...codes, 'promise-missing']);
      for (const item of items) {
        expect(item.text.length).toBeGreaterThan(15);
        expect(threatsIn(item.text)).toEqual([]);
      }
      // Screenshots with the time visible, and the order number where it is the gap.
      expect(items.find((i) => i.code === 'chat-missing')!.text).toMatch(lang === 'zh' ? /截图.*时间/ : /Screenshot.*time/);
      expect(items.find((i) => i.code === 'order-id-mismatch')!.text).toContain('2026112514201145873');
    });
  }

  it('asks for the merchant promise only where the reason gains from it and none is shown', () => {
    expect(captureNext({ ...base, quotes: { promise: '保证卡密都能用' } }, 'zh')).toEqual([]);
    expect(captureNext({ ...base, reason: 'wrong_purchase' }, 'zh')).toEqual([]);
    expect(captureNext(base, 'zh').map((i) => i.code)).toEqual(['promise-missing']);
  });

  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`marks a fact read with doubt "(please check)" beside it, and only that one (${lang})`, () => {
      const mark = lang === 'zh' ? '（请核对）' : ' (please check)';
      const quotes = { error: '该卡密已被使用', report: '刚买的Q币卡充不进去', reply: '稍等我查一下', promise: '有问题给你换' };
      const sure = refundRequest({ ...base, quotes, unsure: {} }, { lang, rules });
      expect(sure).not.toContain(mark.trim());
      const unsure = refundRequest({ ...base, quotes, unsure: { orderId: true, product: true, error: true, reply: true } }, { lang, rules });
      const [q, o, c] = lang === 'zh' ? ['“', '订单号', '”'] : ['"', 'Order number', '"'];
      expect(unsure).toContain(`${o}: 2026112514201145873${mark}`);
      expect(unsure).toContain(`${lang === 'zh' ? '商品' : 'Product'}: Q币${mark}`);
      expect(unsure).toContain(`${q}该卡密已被使用${c}${mark}`);
      expect(unsure).toContain(`${q}稍等我查一下${c}${mark}`);
      expect(unsure).toContain(`${q}刚买的Q币卡充不进去${c}${lang === 'zh' ? '。' : '.'}`);
      expect(unsure).toContain(`${q}有问题给你换${c}${lang === 'zh' ? '。' : '.'}`);
      // A field the case does not know is to fill in, not to check.
      const unknown = refundRequest({ ...base, order: { ...base.order, product: null }, unsure: { product: true } }, { lang, rules });
      expect(unknown).not.toContain(mark.trim());
    });
  }

  it('draft output of a weak case is the request, with the hints on stderr', () => {
    const out = draftOutput({ ...base, findings: [finding('chat-no-reply', 'warning')] }, { lang: 'zh', rules });
    expect(out.ok).toBe(true);
    expect(out.text).toContain('退款申请说明');
    expect(out.notes).toContain('截图商家回复你的那段聊天');
  });
});
