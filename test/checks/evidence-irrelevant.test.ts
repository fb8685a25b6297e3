import evidenceIrrelevant from '../../src/checks/evidence-irrelevant.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(evidenceIrrelevant, {
  valid: [
    { name: 'an unclassified picture with the amount paid', evidence: [{ kind: 'other', lines: ['支付成功', '实付 ¥28.00'] }] },
    { name: 'an unclassified picture with an order number', evidence: [{ kind: 'other', lines: ['Order number: 2026112514201145873'] }] },
    { name: 'an unclassified picture with a failure', evidence: [{ kind: 'other', lines: ['该卡密已被使用'] }] },
    { name: 'an unclassified picture with a private-channel offer', evidence: [{ kind: 'other', lines: ['加我微信, 直接退你'] }] },
    { name: 'a cut-off picture is not judged', evidence: [{ kind: 'other', lines: ['今天天气不错'], keptFraction: 0.3 }] },
    { name: 'a picture with no text (evidence-unreadable says so)', evidence: [{ kind: 'other', lines: [] }] },
    { name: 'a chat without facts is not "other"', evidence: [{ kind: 'chat', lines: ['今天天气不错'] }] },
    {
      name: "the app's own licence page naming the product bought (what a not-as-described claim rests on)",
      order: { product: 'SnapNote Pro Lifetime License (1 PC)' },
      evidence: [{ kind: 'other', lines: ['SnapNote Pro', 'License activated', 'Plan: Pro (1 year)'] }],
    },
  ],
  invalid: [
    {
      name: 'a holiday photo with a caption',
      evidence: [{ kind: 'other', file: 'IMG_0420.jpg', lines: ['今天天气不错'] }],
      messageIds: ['irrelevant'],
      expect: (f) => {
        expect(f[0]!.data.file).toBe('IMG_0420.jpg');
        expect(f[0]!.file).toBe('IMG_0420.jpg');
      },
    },
    {
      name: 'a page sharing only words every listing has (license, lifetime) with the product',
      order: { product: 'SnapNote Pro Lifetime License (1 PC)' },
      evidence: [{ kind: 'other', lines: ['Lifetime license', 'Buy now'] }],
      messageIds: ['irrelevant'],
    },
    {
      name: 'an English greeting card',
      evidence: [{ kind: 'other', lines: ['Happy birthday!', 'Love, Mum'] }],
      messageIds: ['irrelevant'],
    },
    {
      name: 'one finding per irrelevant picture, the relevant one is left out',
      evidence: [
        { kind: 'other', file: 'a.png', lines: ['风景'] },
        { kind: 'other', file: 'b.png', lines: ['实付 ¥28.00'] },
        { kind: 'other', file: 'c.png', lines: ['meme'] },
      ],
      messageIds: ['irrelevant', 'irrelevant'],
      expect: (f) => expect(f.map((x) => x.data.file)).toEqual(['a.png', 'c.png']),
    },
  ],
});
