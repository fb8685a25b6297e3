import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseResult } from '../../src/result/types.js';
import { main } from '../../src/cli.js';
import { checkPaths, createEngine, summarize } from '../../src/index.js';
import { annotateRun } from '../../src/report/annotate.js';
import { escapeHtml, formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';
import { loadRules } from '../../src/rules/load.js';
import type { Box } from '../../src/types.js';
import { expectationsIn, FIXTURES } from '../support/cases.js';
import { OCR_CACHE_DIR } from '../support/ocr-cache.js';
import { isMissing, skipWithout } from '../support/system.js';

// The HTML report in a real headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; no browser is downloaded): a batch of fixture cases, each checked
// with the real OCR at its own "now", rendered once, opened from a file:// URL.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BATCH = ['ready-card-light', 'threat-private', 'order-id-mismatch', 'chat-missing', 'secrets-everywhere'];
// OCR results shared by every test file (warmed once by the global setup).
const cacheDir = OCR_CACHE_DIR;
// Without Chromium the browser tests are skipped (the global setup says what to install), except under CI=true.
const NO_BROWSER = skipWithout('chromium');
const work = mkdtempSync(join(tmpdir(), 'rc-html-'));
const rules = loadRules();
const engine = await createEngine('auto', 2);

interface JsonFinding {
  code: string;
  severity: string;
  file: string | null;
  boxes: Box[];
}

let browser: Browser;
const cases: CaseResult[] = [];
let json: { cases: { path: string; findings: JsonFinding[] }[] };
let file = '';
let url = '';

beforeAll(async () => {
  if (NO_BROWSER) return;
  if (isMissing('chromium')) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)`);
  const expectations = new Map(expectationsIn(FIXTURES).map((e) => [e.id, e]));
  for (const id of BATCH) {
    const exp = expectations.get(id)!;
    const run = await checkPaths([exp.dir], { engine, now: new Date(exp.now), lang: 'zh', cacheDir });
    cases.push(...run.cases.map((c) => ({ ...c, path: id })));
  }
  const run = { cases, summary: summarize(cases) };
  json = JSON.parse(formatJson(run)) as typeof json;
  file = join(work, 'report.html');
  writeFileSync(file, formatHtml(run, { lang: 'zh', rules, version: 'test', images: await annotateRun(run) }));
  url = pathToFileURL(file).href;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  await engine.close();
  for (const dir of [work]) rmSync(dir, { recursive: true, force: true });
});

/** Evaluates an expression in the page (as text: this project's TypeScript has no DOM types). */
function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** Opens the report, recording console errors and every request. */
async function open(options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1200, height: 1600 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  await inPage(page, 'Promise.all([...document.images].map((img) => img.decode()))');
  return { page, errors, requests };
}

describe.skipIf(NO_BROWSER)('HTML report in headless Chromium', () => {
  it('opens with no console error and no request leaving the file', async () => {
    const { page, errors, requests } = await open();
    expect(errors).toEqual([]);
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    await page.context().close();
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<link|@import|url\(|(src|href)="(https?:)?\/\//i);
  });

  it('shows every case and every screenshot', async () => {
    const { page } = await open();
    const articles = page.locator('article.case');
    expect(await articles.count()).toBe(BATCH.length);
    for (let i = 0; i < BATCH.length; i++) {
      const article = articles.nth(i);
      await expect.poll(() => article.isVisible()).toBe(true);
      expect(await article.getAttribute('data-path')).toBe(BATCH[i]);
      const images = cases[i]!.evidence.filter((e) => e.width).length;
      expect(images).toBeGreaterThan(0);
      expect(await article.locator('img').count()).toBe(images);
    }
    const shown = await inPage<{ w: number; h: number; src: string }[]>(
      page,
      '[...document.images].map((img) => ({ w: img.naturalWidth, h: img.getBoundingClientRect().height, src: img.src.slice(0, 23) }))',
    );
    expect(shown.length).toBeGreaterThan(5);
    for (const img of shown) {
      expect(img.w).toBeGreaterThan(0);
      expect(img.h).toBeGreaterThan(100);
      expect(img.src).toBe('data:image/jpeg;base64,');
    }
    expect(await page.locator('.noimg').count()).toBe(0);
    // Index rows link to the cases.
    expect(await page.locator('table.index tbody tr').count()).toBe(BATCH.length);
    await page.context().close();
  });

  it('puts a red box over the phrase behind each error or hurting finding, at the box of the JSON report', async () => {
    const { page } = await open();
    let checked = 0;
    const codes = new Set<string>();
    for (const [i, c] of json.cases.entries()) {
      const result = cases[i]!;
      for (const f of c.findings) {
        if (!f.file || f.boxes.length === 0) continue;
        const evidence = result.evidence.find((e) => e.file === f.file);
        if (!evidence?.width) continue;
        const hurts = evidence.highlights.some((m) => m.tone === 'hurt' && m.label === f.code);
        if (f.severity !== 'error' && !hurts) continue;
        for (const box of f.boxes) {
          const selector = `a.box.hurt[data-case="${i + 1}"][data-file="${f.file}"][data-code="${f.code}"][data-x="${box.x}"][data-y="${box.y}"][data-w="${box.w}"][data-h="${box.h}"]`;
          const element = page.locator(selector);
          expect(await element.count(), `${c.path} ${f.code} ${JSON.stringify(box)}`).toBe(1);
          const frame = element.locator('xpath=..');
          const iw = Number(await frame.getAttribute('data-iw'));
          const ih = Number(await frame.getAttribute('data-ih'));
          expect([iw, ih]).toEqual([evidence.width, evidence.height]);
          await element.scrollIntoViewIfNeeded();
          const img = (await frame.locator('img').boundingBox())!;
          const rect = (await element.boundingBox())!;
          const scale = img.width / iw;
          expect(img.height / ih).toBeCloseTo(scale, 2);
          // Within a pixel of where the box falls on the scaled image.
          expect(Math.abs(rect.x - (img.x + box.x * scale))).toBeLessThanOrEqual(1);
          expect(Math.abs(rect.y - (img.y + box.y * scale))).toBeLessThanOrEqual(1);
          expect(Math.abs(rect.width - box.w * scale)).toBeLessThanOrEqual(1);
          expect(Math.abs(rect.height - box.h * scale)).toBeLessThanOrEqual(1);
          expect(rect.x).toBeGreaterThanOrEqual(img.x - 0.5);
          expect(rect.y).toBeGreaterThanOrEqual(img.y - 0.5);
          expect(rect.x + rect.width).toBeLessThanOrEqual(img.x + img.width + 0.5);
          expect(rect.y + rect.height).toBeLessThanOrEqual(img.y + img.height + 0.5);
          checked++;
          codes.add(f.code);
        }
      }
    }
    // The batch holds an order number of another order (error), a threat and a private-channel offer.
    expect([...codes]).toEqual(expect.arrayContaining(['order-id-mismatch', 'threatening-language', 'private-channel']));
    expect(checked).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('filters the batch by verdict without JavaScript, and fits a phone screen', async () => {
    const { page } = await open({ width: 390, javaScriptEnabled: false });
    const visible = (): Promise<string[]> =>
      inPage(page, `[...document.querySelectorAll('article.case')].filter((a) => getComputedStyle(a).display !== 'none').map((a) => a.getAttribute('data-path'))`);
    expect(await visible()).toEqual(BATCH);
    await page.click('label[for="vf-not-ready"]');
    const notReady = cases.filter((c) => c.verdict === 'not-ready').map((c) => c.path);
    expect(notReady.length).toBeGreaterThan(0);
    expect(await visible()).toEqual(notReady);
    expect(await page.locator('table.index tbody tr:visible').count()).toBe(notReady.length);
    await page.click('label[for="vf-ready"]');
    expect(await visible()).toEqual(cases.filter((c) => c.verdict === 'ready').map((c) => c.path));
    await page.click('label[for="vf-all"]');
    expect(await visible()).toEqual(BATCH);
    // Nothing wider than the phone: no sideways scrolling.
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('takes a screenshot of the report (/tmp/report.png)', async () => {
    const { page } = await open({ width: 1200 });
    await page.screenshot({ path: '/tmp/report.png' });
    await page.locator('#case-3').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/report-case.png', fullPage: false });
    expect(existsSync('/tmp/report.png')).toBe(true);
    await page.context().close();
  });

  it('the CLI writes the same kind of report with --format html --output', async () => {
    const exp = expectationsIn(FIXTURES).find((e) => e.id === 'ready-card-light')!;
    const out = join(work, 'cli.html');
    const code = await main(['node', 'refund-check', exp.dir, '--format', 'html', '--output', out, '--now', exp.now, '--cache-dir', cacheDir, '--quiet', '--lang', 'en']);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('data:image/jpeg;base64,');
    expect(html).toContain('Refund request');
    expect(html).toContain('2026112514201145873');
    // One case: no index table and no filter.
    expect(html).not.toContain('class="index"');
  });
});

describe('HTML escaping', () => {
  it('escapes every text that comes from the case', async () => {
    const evil = '<script>alert(1)</script>"\'&';
    const c: CaseResult = {
      path: evil,
      reason: 'card_invalid',
      verdict: 'not-ready',
      score: 10,
      dir: null,
      deadline: { due: null, remainingHours: null, status: 'unknown' },
      evidence: [{ file: `${evil}.txt`, kind: 'chat', confidence: 100, facts: { problem_reports: [evil] }, highlights: [], secretBoxes: [] }],
      findings: [{ code: 'chat-missing', severity: 'error', file: `${evil}.txt`, message: evil, suggestion: evil, messageId: 'missing', boxes: [] }],
      order: { orderId: evil, product: evil, amount: 9.9, paidAt: new Date('2026-11-25T14:20:11+08:00'), deliveredAt: null, merchant: evil, currency: 'CNY', category: 'other', file: `${evil}.txt`, fromRecord: false },
      timeline: [{ event: 'paid', at: new Date('2026-11-25T14:20:11+08:00'), file: `${evil}.txt` }],
      quotes: { error: evil, report: evil, reply: evil, promise: evil },
      asked: 9.9,
      timezone: 'Asia/Shanghai',
      ms: 0,
    };
    const html = formatHtml({ cases: [c, { ...c, verdict: 'ready' }], summary: summarize([c, c]) }, { lang: 'zh', rules });
    expect(html).not.toContain('<script');
    expect(html).toContain(escapeHtml(evil));
    expect(escapeHtml(evil)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
  });
});
