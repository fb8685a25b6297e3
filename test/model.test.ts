import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../src/facts/extract.js';
import { computeDeadline, type OrderView } from '../src/model.js';
import { loadRules } from '../src/rules/load.js';

const generic = loadRules().platforms.generic!;
const order: OrderView = {
  category: 'game_card',
  currency: 'CNY',
  source: 'record',
  paidAt: new Date('2026-11-25T10:00:00+08:00'),
  deliveredAt: new Date('2026-11-25T10:05:00+08:00'),
};

describe('deadline', () => {
  it('counts card problems 24 h from delivery', () => {
    const d = computeDeadline('card_invalid', loadRules().reasons.card_invalid!, generic, order, emptyFacts(), new Date('2026-11-25T20:05:00+08:00'));
    expect(d.due?.toISOString()).toBe('2026-11-26T02:05:00.000Z');
    expect(d.status).toBe('open');
    expect(d.remainingHours).toBe(14);
  });

  it('is near under a quarter of the window or under 2 h, and passed after', () => {
    expect(computeDeadline('card_invalid', loadRules().reasons.card_invalid!, generic, order, emptyFacts(), new Date('2026-11-26T05:06:00+08:00')).status).toBe('near');
    expect(computeDeadline('not_received', loadRules().reasons.not_received!, generic, order, emptyFacts(), new Date('2026-11-30T10:00:00+08:00')).status).toBe('open');
    expect(computeDeadline('card_invalid', loadRules().reasons.card_invalid!, generic, order, emptyFacts(), new Date('2026-11-26T10:06:00+08:00')).status).toBe('passed');
  });

  it('lets a shorter window in the terms override the profile, unless the terms except card problems', () => {
    const facts = emptyFacts();
    const ref = { file: 'p.png', kind: 'policy' as const, line: 0, text: '卡密问题请于1小时内反馈', side: 'unknown' as const };
    facts.windows.push({ minutes: 60, exceptCard: false, ref });
    const d = computeDeadline('card_invalid', loadRules().reasons.card_invalid!, generic, order, facts, new Date('2026-11-25T13:05:00+08:00'));
    expect(d.windowMinutes).toBe(60);
    expect(d.status).toBe('passed');
    facts.windows[0]!.exceptCard = true;
    expect(computeDeadline('card_invalid', loadRules().reasons.card_invalid!, generic, order, facts, new Date('2026-11-25T13:05:00+08:00')).status).toBe('open');
  });

  it('uses a dated period of the profile', () => {
    const promo = { ...generic, periods: [{ name: 'double-11', from: '2026-11-10T00:00:00+08:00', to: '2026-11-30T00:00:00+08:00', windows: { card_invalid: { anchor: 'delivered' as const, hours: 48 } } }] };
    const d = computeDeadline('card_invalid', loadRules().reasons.card_invalid!, promo, order, emptyFacts(), new Date('2026-11-26T20:05:00+08:00'));
    expect(d.windowFrom).toBe('period');
    expect(d.status).toBe('open');
  });

  it('is unknown without an anchor time', () => {
    expect(computeDeadline('card_invalid', loadRules().reasons.card_invalid!, generic, { category: 'other', currency: 'CNY', source: 'none' }, emptyFacts(), new Date()).status).toBe('unknown');
  });
});
