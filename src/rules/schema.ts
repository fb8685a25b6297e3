import { z } from 'zod';

export const REASON_IDS = [
  'card_invalid',
  'not_received',
  'late_delivery',
  'not_as_described',
  'activation_failed',
  'wrong_purchase',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

export const FAILURE_KINDS = [
  'used',
  'activated',
  'wrong_format',
  'not_found',
  'expired',
  'invalid',
  'activation_failed',
  'not_arrived',
  'network',
  'maintenance',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

// A phrase written as a bare number in YAML (12315) is a phrase too.
const phrases = z.array(z.union([z.string().min(1), z.number().transform(String)]));
const localized = z.strictObject({ zh: z.string(), en: z.string() });

export const reasonSchema = z.strictObject({
  name: localized,
  needs: z.array(z.enum(['order', 'error', 'chat', 'promise'])),
  failures: z.array(z.enum(FAILURE_KINDS)),
});
export const reasonsSchema = z.record(z.string(), reasonSchema);
export type ReasonRule = z.infer<typeof reasonSchema>;

const windowSchema = z.strictObject({ anchor: z.enum(['delivered', 'paid']), hours: z.number().positive() });
export type WindowRule = z.infer<typeof windowSchema>;

export const platformSchema = z.strictObject({
  name: z.string(),
  windows: z.record(z.string(), windowSchema),
  periods: z
    .array(
      z.strictObject({
        name: z.string(),
        from: z.iso.datetime({ offset: true }),
        to: z.iso.datetime({ offset: true }),
        windows: z.record(z.string(), windowSchema),
      }),
    )
    .default([]),
});
export type PlatformRule = z.infer<typeof platformSchema>;

export const lexiconSchema = z.strictObject({
  failure: z.partialRecord(z.enum(FAILURE_KINDS), phrases).default({}),
  report: phrases.default([]),
  wrong_purchase: phrases.default([]),
  cancel: phrases.default([]),
  not_as_described: phrases.default([]),
  promise: phrases.default([]),
  delivery_verbs: phrases.default([]),
  feedback_verbs: phrases.default([]),
  no_refund: z.strictObject({ absolute: phrases.default([]), non_quality: phrases.default([]) }).default({ absolute: [], non_quality: [] }),
  exception_card: phrases.default([]),
  private_channel: phrases.default([]),
  checkout: phrases.default([]),
  threat: phrases.default([]),
  labels: z
    .strictObject({
      order_id: phrases.default([]),
      trade_id: phrases.default([]),
      amount: phrases.default([]),
      paid_at: phrases.default([]),
      delivered_at: phrases.default([]),
      product: phrases.default([]),
    })
    .partial()
    .default({}),
  status: z.strictObject({ delivered: phrases.default([]), undelivered: phrases.default([]) }).partial().default({}),
  markers: z.strictObject({ order: phrases.default([]), policy: phrases.default([]) }).partial().default({}),
});
export type LexiconFile = z.infer<typeof lexiconSchema>;
