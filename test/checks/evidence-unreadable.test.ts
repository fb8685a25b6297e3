import evidenceUnreadable from '../../src/checks/evidence-unreadable.js';
import { expect } from 'vitest';
import { testCheck } from '../support/check-tester.js';

testCheck(evidenceUnreadable, {
  valid: [
    { name: 'a clear screenshot', evidence: [{ kind: 'error', lines: ['该卡密已被使用'], confidence: 90 }] },
    { name: 'confidence right at the limit (55)', evidence: [{ kind: 'chat', lines: ['在吗'], confidence: 55 }] },
    { name: 'an empty text export is not a blurry image', evidence: [{ kind: 'chat', source: 'text', lines: [] }] },
    { name: 'a low-confidence text export is not an image', evidence: [{ kind: 'chat', source: 'text', lines: ['在吗'], confidence: 10 }] },
    { name: 'no evidence at all' },
    { name: 'a photo of a screen read with confidence', evidence: [{ kind: 'error', lines: ['Product code already in use'], confidence: 80, photo: true }] },
  ],
  invalid: [
    {
      name: 'a file that is not an image',
      evidence: [{ kind: 'other', file: 'bad.png', lines: [], unreadable: { code: 'not-image' } }],
      messageIds: ['broken'],
      expect: (f) => {
        expect(f[0]!.data).toMatchObject({ file: 'bad.png', problem: { en: 'not an image format that can be read' } });
      },
    },
    {
      name: 'a file too big to read, with the limit as detail',
      evidence: [{ kind: 'other', lines: [], unreadable: { code: 'too-big', detail: 20 } }],
      messageIds: ['broken'],
      expect: (f) => expect(JSON.stringify(f[0]!.data.problem)).toContain('20'),
    },
    {
      name: 'a cut-off image: only the top 40% arrived',
      evidence: [{ kind: 'chat', file: 'cut.jpg', lines: ['在吗'], keptFraction: 0.4 }],
      messageIds: ['partial'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ file: 'cut.jpg', percent: 40 }),
    },
    {
      name: 'an image where OCR found no text',
      evidence: [{ kind: 'other', lines: [] }],
      messageIds: ['blurry'],
      expect: (f) => expect(f[0]!.data.confidence).toBe(0),
    },
    {
      name: 'an image read with low confidence',
      evidence: [{ kind: 'error', lines: ['该卡宓己被使甩'], confidence: 40 }],
      messageIds: ['blurry'],
      expect: (f) => expect(f[0]!.data.confidence).toBe(40),
    },
    {
      name: 'a photo of a screen still unreadable once straightened: take a screenshot instead',
      evidence: [{ kind: 'error', file: 'IMG_1203.jpg', lines: ['Prod coe alrdy'], confidence: 31, photo: true }],
      messageIds: ['photo'],
      expect: (f) => expect(f[0]!.data).toMatchObject({ file: 'IMG_1203.jpg', confidence: 31 }),
    },
    {
      name: 'a photo of a screen where nothing was read',
      evidence: [{ kind: 'other', lines: [], photo: true }],
      messageIds: ['photo'],
      expect: (f) => expect(f[0]!.data.confidence).toBe(0),
    },
    {
      name: 'each bad file once, in evidence order',
      evidence: [
        { kind: 'chat', lines: ['在吗'], confidence: 20 },
        { kind: 'error', lines: ['该卡密已被使用'] },
        { kind: 'order', lines: [], unreadable: { code: 'truncated' } },
      ],
      messageIds: ['blurry', 'broken'],
    },
  ],
});
