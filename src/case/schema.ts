import { z } from 'zod';
import type { FileShape } from './problems.js';
import { isTimeText, isTimeZone } from '../time.js';

/** The kinds of goods an order record may name (SPEC section 2). */
export const CATEGORIES = ['game_card', 'software_key', 'account', 'recharge', 'other'] as const;

/**
 * A time as users and shop systems write it (SPEC section 2): kept as written and read
 * by `parseTime` in the case's time zone. A YAML timestamp read as a Date is kept as an
 * instant.
 */
const time = z.union([z.string().refine(isTimeText), z.date().transform((d) => d.toISOString())]);

/** case.yaml / case.json (SPEC section 2). `reason` and `platform` are checked against the rule packs on load. */
export const claimSchema = z.strictObject({
  reason: z.string(),
  request: z.enum(['refund', 'return']).default('refund'),
  amount: z.number().nonnegative().optional(),
  platform: z.string().optional(),
  filed_at: time.optional(),
  timezone: z
    .string()
    .refine(isTimeZone, {
      params: {
        message: { zh: 'timezone 不是已知的 IANA 时区', en: 'timezone is not a known IANA time zone' },
        fix: { zh: '写 timezone: Asia/Shanghai 这样的时区名, 或删掉这一行 (默认 Asia/Shanghai)。', en: 'Write a zone name such as timezone: Asia/Shanghai, or delete the line (default Asia/Shanghai).' },
      },
    })
    .default('Asia/Shanghai'),
  order: z.string().optional(),
});
/** A claim as checked: the platform is filled in (the project config's, else `generic`). */
export type Claim = Omit<z.infer<typeof claimSchema>, 'platform'> & { platform: string };

/** order.json / order.yaml (SPEC section 2). */
export const orderSchema = z.strictObject({
  order_id: z.union([z.string().min(1), z.number().transform(String)]),
  product: z.string().min(1),
  category: z.enum(CATEGORIES).default('other'),
  amount: z.number().nonnegative(),
  currency: z.string().default('CNY'),
  paid_at: time,
  delivered_at: time.optional(),
  merchant: z.string().optional(),
  policy: z.string().optional(),
});
export type OrderRecord = z.infer<typeof orderSchema>;

/** The claim's fields, examples and time fields, for problems a user can act on. */
export const CLAIM_SHAPE: FileShape = {
  keys: Object.keys(claimSchema.shape),
  ids: { request: ['refund', 'return'] },
  examples: { reason: 'card_invalid', request: 'refund', amount: '28', platform: 'generic', filed_at: '2026-11-25 18:00', timezone: 'Asia/Shanghai', order: 'order.json' },
  times: ['filed_at'],
};

/** The order record's fields, examples and time fields. */
export const ORDER_SHAPE: FileShape = {
  keys: Object.keys(orderSchema.shape),
  ids: { category: CATEGORIES },
  examples: { order_id: '"20261125143200123456"', product: '久游一卡通 30元', category: 'game_card', amount: '28', currency: 'CNY', paid_at: '2026-11-25 14:32', delivered_at: '2026-11-25 14:33', merchant: '星辰点卡店' },
  times: ['paid_at', 'delivered_at'],
};
