import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase } from '../../src/check-case.js';
import type { CaseResult } from '../../src/result/types.js';
import { createEngine } from '../../src/ingest/ocr/engine.js';
import { TesseractEngine } from '../../src/ingest/ocr/tesseract.js';
import { decodeText, parseChatExport } from '../../src/ingest/text.js';
import { loadRules } from '../../src/rules/load.js';
import { FIXTURES } from '../support/cases.js';

// A good card_invalid case (order, chat, error capture) to which each test adds one bad file.
const BASE = join(FIXTURES, 'ready-card-light');
const NOW = new Date('2026-11-25T18:00:00+08:00');
const rules = loadRules();
const engine = await createEngine('auto', 2);
afterAll(() => engine.close());

let errorPng: Buffer;
beforeAll(() => {
  errorPng = readFileSync(join(BASE, 'Screenshot_20261125-142905.png'));
});

function caseWith(files: Record<string, Buffer | string> = {}, claim = 'reason: card_invalid\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-hostile-'));
  writeFileSync(join(dir, 'case.yaml'), claim);
  copyFileSync(join(BASE, 'order.json'), join(dir, 'order.json'));
  copyFileSync(join(BASE, 'Screenshot_20261125-144118.png'), join(dir, 'chat.png'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function check(dir: string, engine_ = engine): Promise<CaseResult> {
  return checkCase(dir, 'case', { rules, engine: engine_, now: NOW, lang: 'en', minScore: 80 });
}

function unreadable(result: CaseResult, file: string): string | undefined {
  return result.findings.find((f) => f.code === 'evidence-unreadable' && f.file === file)?.message;
}

describe('hostile and broken input: one clear line, and the rest goes on', () => {
  it('a truncated image', async () => {
    const r = await check(caseWith({ 'cut.png': errorPng.subarray(0, Math.floor(errorPng.length * 0.4)) }));
    expect(unreadable(r, 'cut.png')).toMatch(/truncated or corrupt/);
    expect(r.findings.map((f) => f.code)).not.toContain('chat-missing');
  });

  it('a JPEG cut off in transfer: the part that arrived is read, and the finding says how much', async () => {
    const jpeg = readFileSync(join(FIXTURES, 'ready-card-dark-jpeg', '微信图片_20261126203602.jpg'));
    const r = await check(caseWith({ 'cut.jpg': jpeg.subarray(0, Math.floor(jpeg.length * 0.6)) }));
    const message = unreadable(r, 'cut.jpg');
    expect(message).toMatch(/cut\.jpg is cut short .*only the top \d+% could be read/);
    const percent = Number(/top (\d+)%/.exec(message!)![1]);
    expect(percent).toBeGreaterThan(20);
    expect(percent).toBeLessThan(95);
    expect(r.evidence.find((e) => e.file === 'cut.jpg')?.confidence).toBeGreaterThan(0);
  });

  it('a zero-byte file and a text file named .png', async () => {
    const r = await check(caseWith({ 'empty.png': Buffer.alloc(0), 'fake.png': 'not an image' }));
    expect(unreadable(r, 'empty.png')).toMatch(/empty \(0 bytes\)/);
    expect(unreadable(r, 'fake.png')).toMatch(/not an image format/);
  });

  it('the problem is told in Chinese in a Chinese report', async () => {
    const dir = caseWith({ 'empty.png': Buffer.alloc(0), 'fake.png': 'not an image' });
    const r = await checkCase(dir, 'case', { rules, engine, now: NOW, lang: 'zh', minScore: 80 });
    expect(unreadable(r, 'empty.png')).toBe('empty.png 无法读取: 文件是空的 (0 字节)');
    expect(unreadable(r, 'fake.png')).toBe('fake.png 无法读取: 不是能读取的图片格式');
  });

  it('a decompression bomb (a small PNG declaring 50000x50000)', async () => {
    const r = await check(caseWith({ 'bomb.png': readFileSync(join(FIXTURES, 'hostile-files', 'huge-50000x50000.png')) }));
    expect(unreadable(r, 'bomb.png')).toMatch(/too large/);
  });

  it('an animated GIF, a 16-bit PNG and a CMYK JPEG are read', async () => {
    const png16 = await sharp(errorPng).toColourspace('rgb16').png().toBuffer();
    const cmyk = await sharp(errorPng).toColourspace('cmyk').jpeg({ quality: 90 }).toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const gif = readFileSync(join(FIXTURES, 'hostile-files', 'Screenrecorder-2026-11-25-14-38-05.gif'));
    for (const [name, bytes] of [['e16.png', png16], ['cmyk.jpg', cmyk], ['rec.gif', gif]] as const) {
      const r = await check(caseWith({ [name]: bytes }));
      expect(unreadable(r, name), name).toBeUndefined();
      expect(r.evidence.find((e) => e.file === name)?.kind, name).toBe('error');
    }
  });

  it('an EXIF-rotated photo is read upright', async () => {
    const rotated = readFileSync(join(FIXTURES, 'hostile-files', 'IMG_20261125_144702.jpg'));
    expect((await sharp(rotated).metadata()).orientation).toBe(6);
    const dir = caseWith({});
    writeFileSync(join(dir, 'chat.png'), rotated); // replaces the upright chat
    const r = await check(dir);
    expect(r.evidence.find((e) => e.file === 'chat.png')?.kind).toBe('chat');
  });

  it('HEIC and other formats sharp cannot read', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)]);
    const r = await check(caseWith({ 'IMG_0001.jpg': heic }));
    expect(unreadable(r, 'IMG_0001.jpg')).toMatch(/not an image format|cannot decode/);
  });

  it('a file over the size cap is not read', async () => {
    const dir = caseWith({ 'huge.png': '' });
    truncateSync(join(dir, 'huge.png'), 40 * 1024 * 1024); // sparse: no disk used
    const r = await check(dir);
    expect(unreadable(r, 'huge.png')).toMatch(/larger than 30 MB/);
  });

  it('symbolic links are never followed out of the case folder', async () => {
    const dir = caseWith({});
    mkdirSync(join(dir, 'evidence'));
    symlinkSync('/etc/passwd', join(dir, 'evidence', 'passwd.png'));
    symlinkSync(join(BASE, 'Screenshot_20261125-142905.png'), join(dir, 'evidence', 'outside.png'));
    symlinkSync(join(dir, 'chat.png'), join(dir, 'inside.png'));
    const r = await check(dir);
    expect(unreadable(r, 'evidence/passwd.png')).toMatch(/outside the case folder/);
    expect(unreadable(r, 'evidence/outside.png')).toMatch(/outside the case folder/);
    expect(r.evidence.find((e) => e.file === 'inside.png')?.kind).toBe('chat');
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const dir = caseWith({ 'secret.png': errorPng });
    execFileSync('chmod', ['000', join(dir, 'secret.png')]);
    const r = await check(dir);
    expect(unreadable(r, 'secret.png')).toMatch(/no permission/);
  });

  it('a file name that is not valid UTF-8', async () => {
    const dir = caseWith({});
    writeFileSync(Buffer.from([...Buffer.from(`${dir}/bad`), 0xff, 0xfe, ...Buffer.from('.png')]), errorPng);
    const r = await check(dir);
    expect(r.findings.some((f) => f.code === 'evidence-unreadable' && /not valid UTF-8/.test(f.message))).toBe(true);
  });

  it('very deep folders and a folder of 5,000 files', async () => {
    const dir = caseWith({});
    let deep = dir;
    for (let i = 0; i < 30; i++) deep = join(deep, `d${i}`);
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'x.png'), errorPng);
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 5000; i++) writeFileSync(join(many, `note-${i}.md`), '');
    for (let i = 0; i < 3; i++) writeFileSync(join(many, `f${i}.txt`), `我: 卡密提示已被使用 ${i}`);
    const r = await check(dir);
    expect(r.findings.some((f) => /nested deeper than/.test(f.message))).toBe(true);
    expect(r.evidence.filter((e) => e.file.startsWith('many/'))).toHaveLength(3);
  });

  it('a chat export in GBK (Chinese Windows tools) is detected and decoded', () => {
    const bytes = readFileSync(join(FIXTURES, 'hostile-files', 'chat-export.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const lines = parseChatExport(decodeText(bytes));
    expect(lines.find((l) => l.text.includes('卡密提示已被使用'))?.side).toBe('buyer');
    expect(lines.find((l) => l.text.includes('稍等我查一下'))?.side).toBe('merchant');
  });

  it('malformed YAML, unknown keys and wrong types name the file, field, line and column', async () => {
    const bad = await check(caseWith({}, 'reason: card_invalid\n  request: [oops\n'));
    expect(bad.findings[0]!.code).toBe('case-invalid');
    expect(bad.findings[0]!.message).toMatch(/line \d+, column \d+/);
    const unknown = await check(caseWith({}, 'reason: card_invalid\nreqest: refund\namount: "ten"\n'));
    // One finding per problem, each naming its line.
    const messages = unknown.findings.filter((f) => f.code === 'case-invalid').map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/line 2, column 1: .*reqest/);
    expect(messages[1]).toMatch(/line 3, column 9: amount/);
  });

  it('a broken order record is case-invalid, and the rest of the case is still checked', async () => {
    const dir = caseWith({ 'order.json': '{"order_id": "2026112514201145873", "product": "x", "amount": -5, "paid_at": "yesterday"}' });
    const r = await check(dir);
    const invalid = r.findings.filter((f) => f.code === 'case-invalid').map((f) => f.message).join('\n');
    expect(invalid).toMatch(/line 1, column \d+: amount/);
    expect(invalid).toMatch(/line 1, column \d+: paid_at/);
    expect(r.findings.filter((f) => f.code === 'case-invalid').every((f) => f.file === 'order.json')).toBe(true);
    expect(r.evidence.find((e) => e.file === 'chat.png')?.kind).toBe('chat');
  });

  it('a payment time after the filing time is a timeline finding', async () => {
    const dir = caseWith({});
    const order = JSON.parse(readFileSync(join(dir, 'order.json'), 'utf8')) as Record<string, string>;
    writeFileSync(join(dir, 'order.json'), JSON.stringify({ ...order, paid_at: '2026-12-30T10:00:00', delivered_at: '2026-12-30T10:00:05' }));
    const r = await check(dir);
    expect(r.findings.find((f) => f.code === 'timeline-inconsistent')?.message).toMatch(/after the filing time/);
  });

  it('a chat forwarded at half size as a low-quality JPEG is still a chat with both sides', async () => {
    // White bubbles on a light grey page: at half size and JPEG quality 45 the bubbles fade
    // into the page, but the messages still sit against their sides.
    const from = join(FIXTURES, 'real-private-channel-qq');
    const dir = mkdtempSync(join(tmpdir(), 'rc-small-'));
    for (const f of ['case.yaml', 'order.json', 'Screenshot_20261214-090847.png', 'Screenshot_20261214-093355.png']) copyFileSync(join(from, f), join(dir, f));
    const chat = sharp(join(from, 'Screenshot_20261214-093012.png'));
    const { width } = await chat.metadata();
    writeFileSync(join(dir, 'Screenshot_20261214-093012.jpg'), await chat.resize({ width: Math.round(width! / 2) }).jpeg({ quality: 45 }).toBuffer());
    const r = await checkCase(dir, 'case', { rules, engine, now: new Date('2026-12-14T10:00:00+08:00'), lang: 'en', minScore: 80 });
    const ev = r.evidence.find((e) => e.file === 'Screenshot_20261214-093012.jpg');
    expect(ev?.kind).toBe('chat');
    const codes = r.findings.map((f) => f.code);
    expect(codes).toContain('private-channel');
    expect(codes).not.toContain('chat-missing');
    expect(codes).not.toContain('chat-no-reply');
  });

  it('an OCR that takes too long is cut off by the per-image timeout', async () => {
    const slow = new TesseractEngine(1, 1); // 1 ms: every job times out
    const r = await check(caseWith({ 'slow.png': errorPng }), slow);
    await slow.close();
    expect(unreadable(r, 'slow.png')).toMatch(/OCR took longer than/);
  });
});
