import { describe, expect, it } from 'vitest';
import { joinWrappedNumbers, type OcrLine } from '../../../src/ingest/ocr/page.js';

const line = (text: string, x: number, y: number, w: number, block = 0): OcrLine => ({ text, conf: 95, box: { x, y, w, h: 40 }, words: [], block });

describe('a long number wrapped onto the next row', () => {
  it('is one number again, its tail put before the copy button', () => {
    const lines = [line('支付宝交易号2026121322001198807712345复制', 40, 600, 1000), line('501', 330, 650, 60, 1)];
    const [joined, ...rest] = joinWrappedNumbers(lines);
    expect(rest).toEqual([]);
    expect(joined!.text).toBe('支付宝交易号2026121322001198807712345501复制');
    expect(joined!.block).toBe(0);
    expect(joined!.box).toEqual({ x: 40, y: 600, w: 1000, h: 90 });
  });

  it('stays apart when the next line is no tail: at the label\'s left edge, rows away, or not digits', () => {
    const number = line('订单编号 2026112712345678901', 40, 600, 900);
    expect(joinWrappedNumbers([number, line('1', 40, 650, 20)])).toHaveLength(2);
    expect(joinWrappedNumbers([number, line('501', 330, 800, 60)])).toHaveLength(2);
    expect(joinWrappedNumbers([number, line('148.00', 330, 650, 90)])).toHaveLength(2);
    expect(joinWrappedNumbers([line('订单编号 20261127', 40, 600, 900), line('501', 330, 650, 60)])).toHaveLength(2);
  });
});
