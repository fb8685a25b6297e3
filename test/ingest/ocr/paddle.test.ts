import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ctcDecode, type CtcChar } from '../../../src/ingest/ocr/paddle/ctc.js';
import { withDroppedChars } from '../../../src/ingest/ocr/paddle/rec.js';
import { boxesFromMap, DET_DEFAULTS } from '../../../src/ingest/ocr/paddle/det.js';
import { readingOrder, rowBands, type EngineLine } from '../../../src/ingest/ocr/paddle/reader.js';
import { decodeImage } from '../../../src/ingest/ocr/image.js';
import { recognizeImage } from '../../../src/ingest/ocr/page.js';
import { PaddleEngine, rows } from '../../../src/ingest/ocr/paddle/engine.js';
import type { Box } from '../../../src/types.js';
import { FIXTURES } from '../../support/cases.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

interface ChildResult {
  name: string;
  images: { file: string; width: number; height: number; lines: EngineLine[] }[];
}

/**
 * Reads fixture images with the built PP-OCR engine (dist/) in a child process that has the
 * project's network guard preloaded (as test/network.test.ts does for the CLI).
 */
function readOffline(files: string[], blocks?: Box[]): ChildResult {
  const dir = mkdtempSync(join(tmpdir(), 'rc-paddle-'));
  const netLog = join(dir, 'net.log');
  const script = `
    import { readFileSync } from 'node:fs';
    import { decodeImage } from ${JSON.stringify(join(ROOT, 'dist', 'ingest', 'ocr', 'image.js'))};
    import { createPaddleReader } from ${JSON.stringify(join(ROOT, 'dist', 'ingest', 'ocr', 'paddle', 'reader.js'))};
    const engine = await createPaddleReader();
    const images = [];
    for (const file of ${JSON.stringify(files)}) {
      const img = await decodeImage(readFileSync(file));
      const lines = await engine.read({ data: img.rgb, width: img.width, height: img.height, channels: 3 }, ${JSON.stringify(blocks)});
      images.push({ file, width: img.width, height: img.height, lines });
    }
    await engine.close();
    process.stdout.write(JSON.stringify({ name: engine.name, images }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `--require ${join(ROOT, 'test', 'support', 'no-network.cjs')}`, RC_NET_LOG: netLog },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).not.toMatch(/network access refused/);
  expect(existsSync(netLog) ? readFileSync(netLog, 'utf8') : '').toBe('');
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ChildResult;
}

describe('PP-OCR engine on real fixture images, offline', () => {
  const order = join(FIXTURES, 'amount-mismatch', 'order_20261208.png');
  const used = join(FIXTURES, 'chat-no-feedback', 'Screenshot_20261207-115012.png');
  const steam = join(FIXTURES, 'chat-missing', 'Screenshot_20261130-083510.png');

  it('reads the order number, the amount and the error lines exactly, with boxes and confidences', () => {
    const result = readOffline([order, used, steam]);
    expect(result.name).toBe('paddle:ppocrv4-mobile');
    const [orderPage, usedPage, steamPage] = result.images.map((i) => ({ ...i, text: fold(i.lines.map((l) => l.text).join('\n')) }));
    expect(orderPage?.text).toContain('2026120808155537760');
    expect(orderPage?.text).toContain('¥59.00');
    expect(usedPage?.text).toContain('该卡密已被使用');
    expect(steamPage?.text).toContain('卡密不存在,请检查输入是否正确');
    for (const page of result.images) {
      for (const line of page.lines) {
        expect(line.conf).toBeGreaterThanOrEqual(0);
        expect(line.conf).toBeLessThanOrEqual(100);
        expect(line.box.x).toBeGreaterThanOrEqual(0);
        expect(line.box.y).toBeGreaterThanOrEqual(0);
        expect(line.box.x + line.box.w).toBeLessThanOrEqual(page.width);
        expect(line.box.y + line.box.h).toBeLessThanOrEqual(page.height);
      }
    }
    // The order number's line sits where the order page draws it (x 246, y 265 in the image),
    // and its word box covers it.
    const orderLine = orderPage?.lines.find((l) => l.text.includes('2026120808155537760'));
    expect(orderLine?.box.x).toBeGreaterThan(200);
    expect(orderLine?.box.x).toBeLessThan(300);
    expect(orderLine?.box.y).toBeGreaterThan(240);
    expect(orderLine?.box.y).toBeLessThan(290);
    expect(orderLine?.words?.map((w) => w.text)).toEqual(['2026120808155537760']);
  });

  it('reads only the blocks it is given, and says which block each line came from', () => {
    // the order page's "订单号 2026120808155537760" row and its "实付金额 ¥59.00" row
    const blocks = [
      { x: 90, y: 250, w: 500, h: 50 },
      { x: 90, y: 340, w: 500, h: 50 },
    ];
    const page = readOffline([order], blocks).images[0];
    expect(page?.lines.map((l) => [l.block, fold(l.text)])).toEqual([
      [0, '订单号'],
      [0, '2026120808155537760'],
      [1, '实付金额'],
      [1, '¥59.00'],
    ]);
    for (const line of page?.lines ?? []) {
      const block = blocks[line.block ?? -1];
      expect(block).toBeDefined();
      expect(line.box.y).toBeGreaterThanOrEqual((block?.y ?? 0) - 8);
      expect(line.box.y + line.box.h).toBeLessThanOrEqual((block?.y ?? 0) + (block?.h ?? 0) + 8);
    }
  });
});

describe('CTC decoding', () => {
  const dictionary = ['', 'a', 'b', ' '];
  const steps = (rows: number[][]): Float32Array => new Float32Array(rows.flat());

  it('collapses repeats, drops blanks, keeps a repeat split by a blank', () => {
    const probs = steps([
      [0.1, 0.8, 0.05, 0.05],
      [0.1, 0.9, 0.0, 0.0],
      [0.9, 0.1, 0.0, 0.0],
      [0.2, 0.7, 0.1, 0.0],
      [0.1, 0.0, 0.1, 0.8],
      [0.0, 0.0, 0.6, 0.4],
    ]);
    const chars = ctcDecode(probs, 0, 6, 4, dictionary);
    expect(chars.map((c) => c.char).join('')).toBe('aa b');
    expect(chars[0]).toMatchObject({ first: 0, last: 1 });
    expect(chars[0]?.prob).toBeCloseTo(0.9);
    expect(chars[3]?.prob).toBeCloseTo(0.6);
  });
});

describe('DB post-processing', () => {
  it('turns each area above the threshold into a box grown by the unclip distance', () => {
    const width = 40;
    const height = 20;
    const prob = new Float32Array(width * height);
    // a 20 x 4 kernel at (10, 8) and a 2 x 2 speck at (2, 2)
    for (let y = 8; y < 12; y++) for (let x = 10; x < 30; x++) prob[y * width + x] = 0.9;
    for (let y = 2; y < 4; y++) for (let x = 2; x < 4; x++) prob[y * width + x] = 0.9;
    const boxes = boxesFromMap(prob, width, height, DET_DEFAULTS);
    expect(boxes).toHaveLength(1);
    const d = (20 * 4 * DET_DEFAULTS.unclipRatio) / (2 * 24);
    expect(boxes[0]?.box.x).toBeCloseTo(10 - d);
    expect(boxes[0]?.box.y).toBeCloseTo(8 - d);
    expect(boxes[0]?.box.w).toBeCloseTo(20 + 2 * d);
    expect(boxes[0]?.score).toBeCloseTo(0.9);
  });

  it('drops an area whose mean probability is below the box threshold', () => {
    const prob = new Float32Array(20 * 10).fill(0);
    // above the pixel threshold, below the box threshold
    const p = (DET_DEFAULTS.threshold + DET_DEFAULTS.boxThreshold) / 2;
    expect(p).toBeGreaterThan(DET_DEFAULTS.threshold);
    for (let y = 2; y < 8; y++) for (let x = 2; x < 18; x++) prob[y * 20 + x] = p;
    expect(boxesFromMap(prob, 20, 10, DET_DEFAULTS)).toEqual([]);
    expect(boxesFromMap(prob, 20, 10, { ...DET_DEFAULTS, boxThreshold: p - 0.05 })).toHaveLength(1);
  });
});

describe('reading order', () => {
  it('puts lines of one row left to right, rows top to bottom', () => {
    const line = (text: string, x: number, y: number): EngineLine => ({ text, conf: 90, box: { x, y, w: 50, h: 20 } });
    expect(readingOrder([line('c', 0, 100), line('b', 300, 2), line('a', 0, 0)]).map((l) => l.text)).toEqual(['a', 'b', 'c']);
  });
});

describe('Traditional characters the dictionary lacks', () => {
  // a dictionary without 儲, 敗 and 認 (as ppocr_keys_v1), characters 4 time steps apart
  const dictionary = ['', ...'值失請確點卷代碼是否正時跳出，序號被過了'];
  const read = (text: string, at: number[]): CtcChar[] => [...text].map((char, i) => ({ char, prob: 0.9, first: at[i]!, last: at[i]! + 1 }));
  const text = (chars: CtcChar[]): string => chars.map((c) => c.char).join('');
  it('puts back the character of a known word where the model left a gap of its width', () => {
    // 儲值失敗請確認點卷: 敗 and 認 read as blank
    expect(text(withDroppedChars(read('值失請確點卷', [2, 6, 14, 18, 26, 30]), dictionary))).toBe('值失敗請確認點卷');
    // 序號，儲值時跳出: 儲 after a full-width comma
    expect(text(withDroppedChars(read('序號，值時跳出', [2, 6, 10, 18, 22, 26, 30]), dictionary))).toBe('序號，儲值時跳出');
    // at the start of a line: 儲 lost before 值
    expect(text(withDroppedChars(read('值失請確點卷', [6, 10, 18, 22, 30, 34]), dictionary))).toBe('儲值失敗請確認點卷');
  });
  it("puts back a character lost at a line's end, and one the dictionary has that the model reads as blank", () => {
    // 序號已作廢 at the end of a dialog's line: the line runs a character's pitch past 作
    expect(text(withDroppedChars(read('序號已作', [2, 6, 10, 14]), dictionary, 21.5))).toBe('序號已作廢');
    // without the line's width, or with no room after the last character, nothing is added
    expect(text(withDroppedChars(read('序號已作', [2, 6, 10, 14]), dictionary))).toBe('序號已作');
    expect(text(withDroppedChars(read('序號已作', [2, 6, 10, 14]), dictionary, 17.5))).toBe('序號已作');
    // 經查賣家已於: 賣 is in the dictionary but read as blank
    expect(text(withDroppedChars(read('經查家已於', [2, 6, 14, 18, 22]), [...dictionary, '賣']))).toBe('經查賣家已於');
  });
  it('leaves a gap that no known word explains, and a line read without gaps', () => {
    expect(text(withDroppedChars(read('是否正確', [2, 6, 14, 18]), dictionary))).toBe('是否正確');
    expect(text(withDroppedChars(read('請確點卷', [2, 6, 10, 14]), dictionary))).toBe('請確點卷');
  });
});

describe('rows of a block', () => {
  const line = (text: string, x: number, y: number, w = 120): EngineLine => ({ text, conf: 90, box: { x, y, w, h: 20 } });
  it('joins a label and its value on one row, far apart as they are', () => {
    const table = [line('订单号', 40, 0), line('2026112514320012345', 700, 0, 300), line('实付', 40, 40), line('¥58.00', 880, 40), line('状态', 40, 80), line('已完成', 880, 80)];
    expect(rows(table).map((l) => l.text)).toEqual(['订单号 2026112514320012345', '实付 ¥58.00', '状态 已完成']);
  });
  it('keeps two unrelated columns apart (a contact list beside the messages the layout could not cut)', () => {
    const page = [
      line('峡谷帐號舖', 127, 110, 80), line('21:17', 388, 110, 37),
      line('你喺平台申請退款,我同意', 126, 140, 165),
      line('訂單 AC271215200517 嘅帳號密碼已經喺訂單頁', 500, 126, 443),
      line('你listing寫住無違規紀錄', 812, 163, 482),
      line('阿媽', 125, 188, 37), line('19:30', 389, 186, 36),
      line('洽客服人員,停權到12月29號', 811, 186, 490),
      line('今晚返唔返嚟食飯', 127, 214, 113),
    ];
    const texts = rows(page).map((l) => l.text);
    expect(texts).toContain('洽客服人員,停權到12月29號');
    expect(texts.some((t) => t.includes('阿媽') && t.includes('停權'))).toBe(false);
  });
});

describe('DB post-processing of a slanted line (a photo of a screen)', () => {
  it('keeps a thin diagonal band whose bounding rectangle is mostly background', () => {
    const width = 200;
    const height = 60;
    const prob = new Float32Array(width * height);
    // a band 4 px thick rising 30 px over 160 px: it fills under a fifth of its rectangle
    for (let x = 20; x < 180; x++) {
      const y0 = Math.round(45 - ((x - 20) * 30) / 160);
      for (let y = y0; y < y0 + 4; y++) prob[y * width + x] = 0.9;
    }
    const boxes = boxesFromMap(prob, width, height, DET_DEFAULTS);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.score).toBeCloseTo(0.9);
    // grown by about the band's own thickness, not by the rectangle's
    expect(boxes[0]?.box.x).toBeGreaterThan(15);
  });
});

describe('the PP-OCR engine of --ocr paddle, in the pipeline', () => {
  const read = async (file: string): Promise<string[]> => {
    const engine = new PaddleEngine(1);
    try {
      return (await recognizeImage(engine, await decodeImage(readFileSync(file)))).lines.map((l) => l.text);
    } finally {
      await engine.close();
    }
  };

  it('joins a label and its value into one line, and reads a masked field the detector saw only the label of', async () => {
    const lines = await read(join(FIXTURES, 'ready-card-light', 'Screenshot_20261125-142905.png'));
    expect(lines).toContain('充值账号28****7731');
    const card = lines.find((l) => l.startsWith('卡号'));
    expect(card).toMatch(/^卡号 ?\*{4}.*4172$/);
    expect(lines).toContain('该卡密已被使用');
  });

  it('reads a line once where the layout cut it in two (a dark bubble it did not see as one)', async () => {
    const lines = await read(join(FIXTURES, '..', 'blind', 'blind-en-wrong-version-whatsapp', 'Screenshot_20270117-212405.png'));
    expect(lines).toContain('Hello, I purchased the wrong');
    expect(lines).toContain('version. I wanted the Windows');
    // the first word of each was not read again on its own
    expect(lines).not.toContain('Hello,');
    expect(lines).not.toContain('version.');
  });

  it('puts back the spaces between small English words', async () => {
    const lines = await read(join(FIXTURES, 'corpus-unknown-rate-limit', 'Snipaste_2026-12-27_20-10-05.png'));
    expect(lines.join('\n')).toContain('There have been too many recent activation attempts from this account');
    expect(lines.join('\n')).toContain('Please wait and try your product code again later.');
  });
});

describe('PP-OCR detection bands', () => {
  it('searches the full-width rows the blocks cover, grown a little, close bands joined', () => {
    const blocks: Box[] = [
      { x: 600, y: 300, w: 400, h: 120 },
      { x: 80, y: 460, w: 500, h: 80 },
      { x: 80, y: 1200, w: 300, h: 60 },
    ];
    expect(rowBands(blocks, 1080, 2400)).toEqual([
      { x: 0, y: 276, w: 1080, h: 288 },
      { x: 0, y: 1176, w: 1080, h: 108 },
    ]);
    // a block at the top edge is not grown past it
    expect(rowBands([{ x: 0, y: 5, w: 100, h: 40 }], 1080, 2400)).toEqual([{ x: 0, y: 0, w: 1080, h: 69 }]);
  });
});
