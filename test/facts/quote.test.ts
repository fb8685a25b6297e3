import { describe, expect, it } from 'vitest';
import { columnsOf, QUOTE_MIN_CONF, sentenceAround, sentenceQuote } from '../../src/facts/quote.js';
import { isButtonText } from '../../src/ingest/kind.js';
import type { TextLine } from '../../src/types.js';

/** A line of a dialog block as OCR gives it: text, confidence, box (x, y, w, h). */
function line(text: string, conf: number, [x, y, w, h]: [number, number, number, number], button = isButtonText(text)): TextLine {
  return { text, conf, box: { x, y, w, h }, block: 3, side: 'unknown', ...(button ? { button: true } : {}) };
}

describe('the sentence a screenshot block shows around a failure phrase', () => {
  it('leaves out the dialog title above and the button below', () => {
    // corpus-card-undertaking-zh: 充值失败 / 卡密已被使用 / 确定.
    const block = [line('充值失败', 93, [440, 938, 200, 49]), line('卡密已被使用', 95, [412, 1037, 254, 63]), line('确定', 96, [494, 1208, 91, 45])];
    expect(block[2]!.button).toBe(true);
    expect(sentenceQuote(block, '已被使用')).toEqual({ text: '卡密已被使用', conf: 95 });
  });

  it('leaves out a button read with a slip and a low confidence under a toast (立即充值 read as 立即六估)', () => {
    const block = [line('立即六估', 35, [448, 913, 184, 29]), line('该充值卡已被他人使用', 95, [317, 1106, 441, 66])];
    expect(sentenceQuote(block, '已被他人使用')?.text).toBe('该充值卡已被他人使用');
  });

  it('joins a sentence wrapped over lines, and stops at its full stop (English)', () => {
    const block = [
      line("Can't redeem code", 96, [314, 1124, 468, 43]),
      line('This code has already been', 96, [264, 1233, 566, 47]),
      line('redeemed on another account.', 96, [226, 1301, 645, 37]),
      line('Error 0x8015DCOB', 88, [392, 1376, 314, 29]),
      line('OK', 91, [515, 1549, 69, 38]),
    ];
    expect(sentenceQuote(block, 'already been redeemed')).toEqual({ text: 'This code has already been redeemed on another account.', conf: 96 });
  });

  it('goes on after a comma onto the next line, and drops an icon read as a letter', () => {
    const block = [
      line('Microsoft Visio X', 95, [394, 270, 475, 14]),
      line('o 此产品密钥已达到其激活次数上限,', 90, [401, 327, 327, 41]),
      line('不能在这台电脑上使用。', 94, [462, 356, 180, 28]),
      line('(错误代码0xC004C008)', 86, [462, 388, 182, 19]),
    ];
    expect(sentenceQuote(block, '激活次数上限')).toEqual({ text: '此产品密钥已达到其激活次数上限,不能在这台电脑上使用。', conf: 90 });
  });

  it('does not take in a line read with less than the quoting confidence', () => {
    const block = [line('该卡密已被使用,请核对卡号', 90, [100, 100, 600, 40]), line('和密码', QUOTE_MIN_CONF - 1, [100, 145, 200, 40])];
    expect(sentenceQuote(block, '已被使用')?.text).toBe('该卡密已被使用,请核对卡号');
  });

  it('quotes only the column of the phrase when a menu is read into the same line', () => {
    const words = [
      ['8', 19, 35],
      ['Bluetooth', 51, 109],
      ['&', 114, 123],
      ['devices', 127, 174],
      ['We', 381, 401],
      ["can't", 406, 435],
      ['activate', 439, 486],
      ['Windows', 492, 549],
      ['on', 553, 567],
      ['this', 573, 595],
      ['device.', 599, 643],
      ['Try', 648, 667],
      ['again', 672, 706],
      ['later.', 711, 740],
    ] as const;
    const settings: TextLine = {
      ...line("8 Bluetooth & devices We can't activate Windows on this device. Try again later.", 91, [19, 246, 721, 25]),
      words: words.map(([text, x0, x1]) => ({ text, conf: 90, box: { x: x0, y: 246, w: x1 - x0, h: 20 } })),
    };
    expect(columnsOf(settings).map((c) => c.text)).toEqual(['8 Bluetooth & devices', "We can't activate Windows on this device. Try again later."]);
    expect(sentenceQuote([settings], "can't activate")?.text).toBe("We can't activate Windows on this device.");
  });

  it('is undefined when no line of the block holds the phrase', () => {
    expect(sentenceQuote([line('充值失败', 93, [0, 0, 100, 40])], '已被使用')).toBeUndefined();
  });
});

describe('sentenceAround', () => {
  it('cuts at the full stops around the phrase, not inside a number', () => {
    expect(sentenceAround('充值失败,该卡密不存在或已过期。请重试', '不存在')).toBe('充值失败,该卡密不存在或已过期。');
    expect(sentenceAround('Version 1.2 failed. Code 0xC004F050 is invalid. Retry', 'invalid')).toBe('Code 0xC004F050 is invalid.');
    expect(sentenceAround('卡 密 已 被 使 用', '已被使用')).toBe('卡 密 已 被 使 用');
  });
});

describe('button labels', () => {
  it('are the short lines the BUTTON lexicon names, and action buttons read with a slip', () => {
    for (const b of ['确定', '取消', 'OK', '我知道了', '立即充值', '立即 六估', 'Got it', '重新输入']) expect(isButtonText(b), b).toBe(true);
    for (const t of ['该卡密已被使用', '确定要退款吗', 'OK, I will check', '立即充值后卡密已被使用了']) expect(isButtonText(t), t).toBe(false);
  });
});
