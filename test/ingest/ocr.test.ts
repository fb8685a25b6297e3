import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeImage, ImageDecodeError } from '../../src/ingest/image.js';
import { OcrPool, recognizeImage } from '../../src/ingest/ocr.js';
import { FIXTURES } from '../support/cases.js';

const pool = new OcrPool(1);
afterAll(() => pool.close());

async function read(file: string): Promise<string[]> {
  const page = await recognizeImage(pool, await decodeImage(readFileSync(join(FIXTURES, file))));
  return page.lines.map((l) => l.text);
}

describe('OCR', () => {
  it('reads English and Chinese together (the chi_sim sub-language config does not drop English)', async () => {
    const text = (await read('ready-activation-en/Snipaste_2026-11-28_10-12-07.png')).join('\n');
    expect(text).toMatch(/Activation failed/i);
    expect(text).toMatch(/product key/i);
  });

  it('reads the yuan sign and the amount on an order page', async () => {
    const text = (await read('ready-not-received-order-shot/IMG_0588.PNG')).join('\n');
    expect(text).toMatch(/[¥￥]\s?\d+\.\d\d/);
  });

  it('reads light text on a dark-mode chat', async () => {
    const text = (await read('ready-card-dark-jpeg/IMG_2231.PNG')).join('\n');
    expect(text).toMatch(/E2026/);
  });

  it('refuses a file that is not an image before OCR', async () => {
    await expect(decodeImage(Buffer.from('this is a text file named .png'))).rejects.toBeInstanceOf(ImageDecodeError);
  });
});
