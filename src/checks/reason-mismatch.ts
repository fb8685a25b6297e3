import { defineCheck } from './define.js';
import { reasonName } from './util.js';

const CARD_FAILURES = new Set(['used', 'activated', 'wrong_format', 'not_found', 'expired', 'invalid']);

export default defineCheck({
  code: 'reason-mismatch',
  severity: 'error',
  messages: {
    mismatch: {
      message: { zh: '证据指向"{other}", 而不是所选的"{reason}": "{quote}"', en: 'The evidence points at "{other}", not the chosen "{reason}": "{quote}"' },
      suggestion: {
        zh: '退款理由要与证据一致, 否则会因理由不符被驳回: 改选"{other}" (reason: {otherId}), 或补充支持"{reason}"的证据。',
        en: 'The reason must match the evidence or the claim is rejected: choose "{other}" (reason: {otherId}), or add evidence for "{reason}".',
      },
    },
  },
  evaluate(model, report) {
    const { facts, reasonId } = model;
    const errorFailures = facts.failures.filter((f) => f.ref.kind === 'error');
    const fits = errorFailures.some((f) => model.reason.failures.includes(f.kind));
    const say = (otherId: string, ref: { file: string; text: string; box?: { x: number; y: number; w: number; h: number } }): void =>
      report('mismatch', {
        file: ref.file,
        boxes: [ref.box],
        data: { other: reasonName(model, otherId), otherId, reason: reasonName(model), quote: ref.text },
      });

    const wrong = facts.wrongPurchase[0];
    if (wrong && reasonId !== 'wrong_purchase' && !fits) return say('wrong_purchase', wrong);

    if ((reasonId === 'card_invalid' || reasonId === 'activation_failed') && !fits) {
      const notDelivered = facts.undelivered[0] ?? facts.failures.find((f) => f.kind === 'not_arrived' && f.ref.kind !== 'policy')?.ref;
      const anyCardFailure = facts.failures.some((f) => model.reason.failures.includes(f.kind));
      if (notDelivered && !anyCardFailure) return say('not_received', notDelivered);
    }
    if (reasonId === 'not_received' || reasonId === 'late_delivery' || reasonId === 'wrong_purchase') {
      const cardFailure = errorFailures.find((f) => CARD_FAILURES.has(f.kind) || f.kind === 'activation_failed');
      if (cardFailure) return say(cardFailure.kind === 'activation_failed' ? 'activation_failed' : 'card_invalid', cardFailure.ref);
    }
    if (reasonId === 'card_invalid' && !fits) {
      const activation = errorFailures.find((f) => f.kind === 'activation_failed');
      if (activation) return say('activation_failed', activation.ref);
    }
  },
});
