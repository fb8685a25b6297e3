import { describe, expect, it } from 'vitest';
import { currencySign, money } from '../src/money.js';

describe('money', () => {
  it('writes yuan as before, and other currencies by their sign', () => {
    expect(money(96.5)).toBe('¥96.50');
    expect(money(99, 'HKD')).toBe('HK$99.00');
    expect(money(25, 'USD')).toBe('US$25.00');
    expect(money(30, 'TWD')).toBe('NT$30.00');
    expect(money(134.9, 'SGD')).toBe('SGD 134.90');
  });
  it('writes a code it cannot format as written, before the amount', () => {
    expect(currencySign('元')).toBe('元 ');
    expect(money(1, 'rmb!')).toBe('rmb! 1.00');
  });
});
