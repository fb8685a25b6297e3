import { afterAll, describe, expect, it } from 'vitest';
import { readEvidence } from '../../src/ingest/evidence.js';
import { createEngine } from '../../src/ingest/ocr/engine.js';
import { headerName, namesShop, sideOfName, sidesFromNameLines } from '../../src/ingest/speakers.js';
import { loadRules } from '../../src/rules/load.js';
import { messageSides, realTruth } from '../support/real.js';

const lex = loadRules().lexicon;
const box = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

describe('sender names', () => {
  it('reads a header whose space OCR dropped, and leaves dates and order rows alone', () => {
    expect(headerName('小林15:02:17')).toBe('小林');
    expect(headerName('个客服-小次21:18')).toBe('客服-小次');
    expect(headerName('二】客服-小次 21:24')).toBe('客服-小次');
    expect(headerName('码上正版-售后 2026-12-11 15:06:40')).toBe('码上正版-售后');
    expect(headerName('下单时间2026-12-16 09:42:05')).toBeUndefined();
    expect(headerName('你好,在你家买的Win11专业版密钥,订单号 T202612111430229871,激活的时候报错')).toBeUndefined();
  });

  it('takes an account-style name of letters and digits (a web chat visitor), not a label and its number', () => {
    expect(headerName('访客8831 14:30:51')).toBe('访客8831');
    expect(headerName('tb22085417 09:12')).toBe('tb22085417');
    expect(headerName('订单2026 14:30')).toBeUndefined();
    expect(headerName('下单时间2026 09:42')).toBeUndefined();
  });

  it('ties a name to the shop by the title bar or the order record', () => {
    expect(namesShop('码上正版-售后', '码上正版软件店-售后')).toBe(true);
    expect(namesShop('小林', '码上正版软件店-售后')).toBe(false);
    expect(sideOfName('正版软件专营', undefined, '正版软件专营')).toBe('merchant');
    expect(sideOfName('阿宁', '正版软件专营')).toBe('unknown');
    expect(sideOfName('我')).toBe('buyer');
  });

  it('gives a message whose header OCR missed to the side not yet named', () => {
    const lines = [
      { text: '工单详情 #58213', box: box(207, 96, 244, 23) },
      { text: '激活码用不了,卡密无效,给我退款', box: box(265, 241, 427, 24) },
      { text: '客服-小次21:18', box: box(210, 300, 156, 20) },
      { text: '您好,这是DLC', box: box(263, 327, 476, 20) },
      { text: '我没买本体,那就退了吧', box: box(265, 417, 162, 24) },
      { text: '客服-小次21:24', box: box(210, 480, 156, 20) },
      { text: '无法按卡密无效退款', box: box(263, 504, 450, 20) },
    ];
    const sides = sidesFromNameLines(lines)!.map((s) => s.side);
    expect(sides).toEqual(['system', 'buyer', 'system', 'merchant', 'buyer', 'system', 'merchant']);
  });

  it('needs two headers and a name that tells its side', () => {
    expect(sidesFromNameLines(['阿宁 10:21', '你好', '小王 10:22', '在'])).toBeUndefined();
    expect(sidesFromNameLines(['客服 10:21', '你好'])).toBeUndefined();
  });
});

describe('names above messages that no record names', () => {
  const lines = (a: string, b: string) => [
    { text: `${a} 21:40:11`, box: box(250, 100, 120, 20) },
    { text: '我买的点卡充不了,提示卡号不存在', box: box(265, 126, 420, 24) },
    { text: `${b} 21:43:02`, box: box(250, 170, 160, 20) },
    { text: '亲,我们的卡都是官方渠道,您稍等我核实一下', box: box(265, 196, 430, 24) },
    { text: `${a} 21:44:30`, box: box(250, 240, 120, 20) },
    { text: '截图给你看了', box: box(265, 266, 200, 24) },
  ];

  it('tells the shop by how its messages speak to the customer, whichever comes first', () => {
    expect(sidesFromNameLines(lines('木子', '阿宁'))!.map((s) => s.side)).toEqual(['system', 'buyer', 'system', 'merchant', 'system', 'buyer']);
    const swapped = lines('阿宁', '木子');
    expect(sidesFromNameLines(swapped)!.map((s) => s.side)).toEqual(['system', 'buyer', 'system', 'merchant', 'system', 'buyer']);
  });

  it('decides nothing when the words do not tell the two apart', () => {
    const plain = [
      { text: '木子 21:40:11', box: box(250, 100, 120, 20) },
      { text: '在吗', box: box(265, 126, 100, 24) },
      { text: '阿宁 21:43:02', box: box(250, 170, 160, 20) },
      { text: '在的', box: box(265, 196, 100, 24) },
    ];
    expect(sidesFromNameLines(plain)).toBeUndefined();
  });

  it('takes You and 自己 for the buyer', () => {
    expect(sideOfName('You')).toBe('buyer');
    expect(sideOfName('自己')).toBe('buyer');
  });
});

const engine = await createEngine('auto', 2);

describe('speakers on real-looking chats (real OCR)', () => {
  afterAll(() => engine.close());
  const cases: [string, string, string?][] = [
    // desktop chat, names above messages, the shop named by the title bar only
    ['qq-pc', 'qqpc-1920-office'],
    // web chat rows under sender names, the buyer's headers not read
    ['shop-webchat', 'webchat-1920-acgfaka'],
    // dark QQ, blue buyer bubbles at 1440x3200
    ['qq-mobile', 'case-qq-dark-steam'],
    // the seller's own view: the buyer on the left
    ['taobao-chat', 'qianniu-seller-view'],
    // Taobao orange bubbles with an order card
    ['taobao-chat', 'case-taobao-qb-chat'],
  ];
  for (const [style, name] of cases) {
    it(`${style}/${name}`, async () => {
      const { truth, absPath } = realTruth(style, name);
      const ev = await readEvidence({ file: truth.image.file, absPath, type: 'image' }, engine, lex);
      expect(ev.kind).toBe('chat');
      const sides = messageSides(ev, truth);
      expect(sides.length).toBeGreaterThanOrEqual(2);
      expect(sides.filter((s) => s.side !== s.role)).toEqual([]);
      expect(new Set(sides.map((s) => s.role))).toEqual(new Set(['buyer', 'merchant']));
    });
  }
});
