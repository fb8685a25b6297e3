import { describe, expect, it } from 'vitest';
import { isTextLine, normalizeText } from '../../../src/ingest/ocr/normalize.js';

describe('normalizeText: fixes of what tesseract gets wrong in a known way', () => {
  it('joins CJK characters and digits tesseract spaced apart, and folds full-width ASCII', () => {
    expect(normalizeText('该 卡密 已被 使用，订单 ２０２６')).toBe('该卡密已被使用,订单2026');
  });

  it('reads a separator dot back from a comma with a space after it, but leaves a real comma alone', () => {
    expect(normalizeText('月卡, 手动发货')).toBe('月卡·手动发货');
    expect(normalizeText('永久会员， 独享账号')).toBe('永久会员·独享账号');
    expect(normalizeText('亲,卡是好的')).toBe('亲,卡是好的');
    expect(normalizeText('Hi, there')).toBe('Hi, there');
  });

  it('reads the pronoun I back from a bar between English words, not from a bar between Chinese ones', () => {
    expect(normalizeText('Hi, | just bought it')).toBe('Hi, I just bought it');
    expect(normalizeText('on another account, but |')).toBe('on another account, but I');
    expect(normalizeText('首页 | 我的订单')).toBe('首页 | 我的订单');
  });

  it('reads the pronoun I back from a one glued to a verb or a conjunction, not from a count', () => {
    expect(normalizeText('Hi, 1just bought the Xbox $50 gift card')).toBe('Hi, I just bought the Xbox $50 gift card');
    expect(normalizeText('already redeemed on another account, but1')).toBe('already redeemed on another account, but I');
    expect(normalizeText('1 never used it')).toBe('I never used it');
    expect(normalizeText('buy 1 get 1 free')).toBe('buy 1 get 1 free');
    expect(normalizeText('item 1 was faulty')).toBe('item 1 was faulty');
  });

  it("reads Bilibili's 哔 back from 哗, which never stands before 哩", () => {
    expect(normalizeText('哗哩哗哩大会员年卡直充')).toBe('哔哩哔哩大会员年卡直充');
    expect(normalizeText('哗啦啦')).toBe('哗啦啦');
  });

  it('reads the greeting 亲 back from 杀 only where it stands alone', () => {
    expect(normalizeText('杀,我们卡都是新的')).toBe('亲,我们卡都是新的');
    expect(normalizeText('在排队了杀')).toBe('在排队了亲');
    expect(normalizeText('不可能吧杀,我们家卡出库前都核验过')).toBe('不可能吧亲,我们家卡出库前都核验过');
    expect(normalizeText('杀毒软件激活码')).toBe('杀毒软件激活码');
  });
});

describe('normalizeText: error codes', () => {
  it('reads the zero of a hex error code back from the letter O, and leaves words alone', () => {
    expect(normalizeText('错误代码 OxC004C003')).toBe('错误代码0xC004C003');
    expect(normalizeText('Error code: 0X803F7001')).toBe('Error code: 0x803F7001');
    expect(normalizeText('Box ABCDEF12')).toBe('Box ABCDEF12');
    expect(normalizeText('Oxford 1234567')).toBe('Oxford 1234567');
  });
});

describe('isTextLine: text, not an icon read as marks', () => {
  it('keeps two letters, digits or CJK characters, a sure single Chinese character and a voice message length', () => {
    expect(isTextLine('卡密', 40)).toBe(true);
    expect(isTextLine('好', 95)).toBe(true);
    expect(isTextLine('好', 50)).toBe(false);
    // a WeChat voice bubble shows only its length: its side said something
    expect(isTextLine('9"', 93)).toBe(true);
    expect(isTextLine('12”', 90)).toBe(true);
    expect(isTextLine('©)', 90)).toBe(false);
    expect(isTextLine('@®', 90)).toBe(false);
    expect(isTextLine('9', 90)).toBe(false);
  });
});
