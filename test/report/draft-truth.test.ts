import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkPaths, createEngine } from '../../src/index.js';
import { readEvidence } from '../../src/ingest/evidence.js';
import { listEvidence } from '../../src/ingest/files.js';
import { isButtonText } from '../../src/ingest/kind.js';
import { OcrCache } from '../../src/ingest/ocr/cache.js';
import { refundRequest } from '../../src/report/draft.js';
import type { CaseResult } from '../../src/result/types.js';
import { loadRules } from '../../src/rules/load.js';
import type { Evidence, Lang } from '../../src/types.js';
import { expectationsIn, FIXTURES, SAMPLES, type Expectation } from '../support/cases.js';
import { OCR_CACHE_DIR } from '../support/ocr-cache.js';

// The request states only what the evidence shows: for every ready fixture and every public
// sample, the draft (zh and en) is held against the OCR of the case's own screenshots, read
// here again through the real pipeline and the shared OCR cache.
const rules = loadRules();
const engine = await createEngine('auto', 2);
const cache = new OcrCache(OCR_CACHE_DIR);
const ready = expectationsIn(FIXTURES).filter((e) => e.verdict_in.length === 1 && e.verdict_in[0] === 'ready' && !e.known_gap);
const samples = expectationsIn(SAMPLES);
const checked = new Map<string, { result: CaseResult; evidence: Evidence[] }>();

async function read(exp: Expectation): Promise<{ result: CaseResult; evidence: Evidence[] }> {
  const hit = checked.get(exp.dir);
  if (hit) return hit;
  const { cases } = await checkPaths([exp.dir], { engine, now: new Date(exp.now), lang: 'zh', cacheDir: OCR_CACHE_DIR });
  const evidence: Evidence[] = [];
  for (const f of listEvidence(exp.dir).files) evidence.push(...(await readEvidence(f, engine, rules.lexicon, undefined, cache)));
  const out = { result: cases[0]!, evidence };
  checked.set(exp.dir, out);
  return out;
}

/** Lower case, without spaces, quotation marks and the closing stop a quote loses. */
function compact(text: string): string {
  return text.toLowerCase().replace(/[\s"'“”‘’「」『』|]/g, '');
}

/** The pieces of a masked quote between its masks ("卡号 JY30 **** 8845": "卡号jy30", "8845"). */
function pieces(quote: string): string[] {
  return compact(quote)
    .split(/\*+|…/)
    .filter((p) => p.length > 0);
}

/** Whether every piece of the quote occurs, in order, in the text. */
function within(quote: string, text: string): boolean {
  let from = 0;
  for (const piece of pieces(quote)) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** The blocks of an evidence file: the compacted text of their lines that are no button, and the sides speaking. */
function blocksOf(e: Evidence): { text: string; sides: Set<string> }[] {
  const blocks = new Map<number, { text: string; sides: Set<string> }>();
  for (const line of e.lines) {
    if (e.kind !== 'chat' && isButtonText(line.text)) continue;
    const block = blocks.get(line.block) ?? { text: '', sides: new Set<string>() };
    block.text += compact(line.text);
    if (line.side === 'buyer' || line.side === 'merchant') block.sides.add(line.side);
    blocks.set(line.block, block);
  }
  return [...blocks.values()];
}

/** Each block, and each block joined with the next when both are one and the same speaker's. */
function withNext(blocks: { text: string; sides: Set<string> }[]): { text: string; sides: Set<string> }[] {
  const joined = blocks.slice(1).flatMap((b, i) => {
    const a = blocks[i]!;
    return a.sides.size === 1 && b.sides.size === 1 && [...a.sides][0] === [...b.sides][0] ? [{ text: a.text + b.text, sides: a.sides }] : [];
  });
  return [...blocks, ...joined];
}

/** What the draft quotes: the text between quotation marks on each line of its story, by what the line says. */
function quotesIn(draft: string, lang: Lang): { error: string[]; chat: string[] } {
  const story = draft.slice(draft.indexOf(lang === 'zh' ? '情况说明:' : 'What happened:'), draft.indexOf(lang === 'zh' ? '诉求:' : 'Request:'));
  const error: string[] = [];
  const chat: string[] = [];
  for (const line of story.split('\n').filter((l) => /^\d+\. /.test(l))) {
    const quoted = [...line.matchAll(lang === 'zh' ? /“([^”]*)”/g : /"([^"]*)"/g)].map((m) => m[1]!);
    if (line.includes(lang === 'zh' ? '购买了' : 'I bought')) continue;
    if (line.includes(lang === 'zh' ? '使用时页面提示' : 'using it showed') || line.includes('Using it showed')) error.push(...quoted);
    else chat.push(...quoted);
  }
  return { error, chat };
}

/** The product of the order record the buyer wrote, if there is one. */
function recordProduct(dir: string): string | undefined {
  for (const name of ['order.json', 'order.yaml', 'order.yml']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const record = (name.endsWith('.json') ? JSON.parse(readFileSync(file, 'utf8')) : parseYaml(readFileSync(file, 'utf8'))) as { product?: unknown };
    return typeof record.product === 'string' ? record.product : undefined;
  }
  return undefined;
}

const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.tif', '.tiff', '.bmp']);

beforeAll(async () => {
  for (const exp of [...ready, ...samples]) await read(exp);
});
afterAll(async () => {
  await engine.close();
});

function checkDraft(exp: Expectation): void {
  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`${exp.id} (${lang}): product, quotes and attachments are the evidence's`, async () => {
      const { result: c, evidence } = await read(exp);
      const draft = refundRequest(c, { lang, rules });
      const fields = draft.split('\n');

      // The product is the order record's, else a value read whole from one line of the order screenshot.
      const product = fields.find((l) => l.startsWith(lang === 'zh' ? '商品: ' : 'Product: '))!;
      const fromRecord = recordProduct(exp.dir);
      if (fromRecord !== undefined) expect(c.order.product).toBe(fromRecord);
      else if (c.order.product !== null) {
        const orderLines = evidence.filter((e) => e.kind === 'order').flatMap((e) => e.lines.map((l) => compact(l.text)));
        expect(orderLines.some((l) => l.includes(compact(c.order.product!))), `product "${c.order.product}" on one line of the order screenshot`).toBe(true);
        // A title, not a table row: no order number, time, price or second column header in it.
        expect(c.order.product).not.toMatch(/\d{12,}|\d{1,2}:\d{2}|[¥￥]/);
        expect((c.order.product!.match(/订单号|商品|实付|付款时间|状态|数量/g) ?? []).length).toBeLessThan(2);
      }
      if (c.order.product !== null) expect(product.startsWith(`${lang === 'zh' ? '商品' : 'Product'}: ${c.order.product}`)).toBe(true);

      const quotes = quotesIn(draft, lang);
      const shots = evidence.filter((e) => e.source === 'image' && e.kind !== 'chat');
      const chats = evidence.filter((e) => e.kind === 'chat');
      // The error is quoted as one sentence that one block of an error capture shows.
      for (const quote of quotes.error) {
        expect(quote, 'one sentence').not.toMatch(/[。!！?？;；]\S|[.!?]\s+\S/u);
        const errorBlocks = evidence.filter((e) => e.kind === 'error').flatMap(blocksOf);
        expect(errorBlocks.some((b) => within(quote, b.text)), `"${quote}" within one block of an error capture`).toBe(true);
      }
      // A chat quote is one speaker's bubble, or part of it (a bubble the layout cut in two: two
      // blocks of that speaker one after the other).
      for (const quote of quotes.chat) {
        const bubbles = chats.flatMap((e) => withNext(blocksOf(e))).filter((b) => within(quote, b.text));
        expect(bubbles.length, `"${quote}" within one chat bubble`).toBeGreaterThan(0);
        expect(bubbles.some((b) => b.sides.size <= 1), `"${quote}" of one speaker`).toBe(true);
      }
      // No quote holds a button's label (确定, OK, 立即充值, or one read with a slip) at its edge.
      const buttons = shots.flatMap((e) => e.lines.filter((l) => isButtonText(l.text)).map((l) => compact(l.text)));
      for (const quote of [...quotes.error, ...quotes.chat]) {
        const q = compact(quote);
        for (const b of buttons) expect(q === b || q.startsWith(b) || q.endsWith(b), `"${quote}" holds the button "${b}"`).toBe(false);
      }

      // Attachments are evidence files: screenshots, or an exported chat; never the claim, the order record or notes.
      const heading = lang === 'zh' ? '附件:' : 'Attachments:';
      const attached = draft.includes(heading)
        ? draft
            .slice(draft.indexOf(heading) + heading.length)
            .split('\n')
            .filter((l) => l.startsWith('- '))
            .flatMap((l) => l.slice(l.indexOf(':') + 1).split(', ').map((f) => f.trim()))
        : [];
      expect(attached.length).toBeGreaterThan(0);
      for (const file of attached) {
        expect(file).not.toMatch(/^(case|order)\.(json|ya?ml)$/i);
        const e = evidence.find((x) => x.file === file);
        expect(e, `${file} is an evidence file`).toBeDefined();
        expect(IMAGE.has(extname(file).toLowerCase()) || e!.kind === 'chat', `${file}: a screenshot or a chat export`).toBe(true);
      }

      // An order number read from one screenshot alone, with no record to say it, is marked for checking.
      const mark = lang === 'zh' ? '（请核对）' : ' (please check)';
      const idLine = fields.find((l) => l.startsWith(lang === 'zh' ? '订单号: ' : 'Order number: '))!;
      if (!c.order.fromRecord && c.order.orderId) {
        const files = evidence.filter((e) => e.lines.some((l) => compact(l.text).includes(c.order.orderId!.toLowerCase())));
        if (files.length === 1) expect(idLine).toBe(`${lang === 'zh' ? '订单号' : 'Order number'}: ${c.order.orderId}${mark}`);
      }
      if (c.order.fromRecord) expect(idLine.endsWith(mark)).toBe(false);
    });
  }
}

describe('the refund request of every ready fixture states only what the evidence shows', () => {
  it('has ready fixtures', () => expect(ready.length).toBeGreaterThan(10));
  for (const exp of ready) checkDraft(exp);
});

if (samples.length === 0) {
  describe('public samples', () => {
    it.skip('../shared/samples is absent (CI clones only the project): no sample drafts checked', () => undefined);
  });
} else {
  describe('the refund request of every public sample states only what the evidence shows', () => {
    for (const exp of samples) checkDraft(exp);
  });
}
