import { z } from 'zod';

const dateTime = z.iso.datetime({ offset: true, local: true, message: 'expected an ISO 8601 date-time like 2026-11-25T14:32:00+08:00' });

/** case.yaml / case.json (SPEC section 2). `reason` and `platform` are checked against the rule packs later. */
export const claimSchema = z.strictObject({
  reason: z.string({ message: 'required: the refund reason id (e.g. card_invalid)' }),
  request: z.enum(['refund', 'return']).default('refund'),
  amount: z.number().nonnegative().optional(),
  platform: z.string().default('generic'),
  filed_at: z.union([dateTime, z.date().transform((d) => d.toISOString())]).optional(),
  timezone: z.string().default('Asia/Shanghai'),
  order: z.string().optional(),
});
export type Claim = z.infer<typeof claimSchema>;

/** order.json / order.yaml (SPEC section 2). */
export const orderSchema = z.strictObject({
  order_id: z.union([z.string().min(1), z.number().transform(String)]),
  product: z.string().min(1),
  category: z.enum(['game_card', 'software_key', 'account', 'recharge', 'other']).default('other'),
  amount: z.number().nonnegative(),
  currency: z.string().default('CNY'),
  paid_at: z.union([dateTime, z.date().transform((d) => d.toISOString())]),
  delivered_at: z.union([dateTime, z.date().transform((d) => d.toISOString())]).optional(),
  merchant: z.string().optional(),
  policy: z.string().optional(),
});
export type OrderRecord = z.infer<typeof orderSchema>;
