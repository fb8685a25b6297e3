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
  'requirement_missing',
  'region_locked',
  'wrong_account',
  // a used code the buyer says they used themselves (on another device or account of theirs)
  'used_by_buyer',
  // the buyer's account already owns what the code gives (Epic's "Items already owned", 已拥有)
  'already_owned',
  'unknown',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Failures the buyer caused: the merchant is not at fault (a base game missing, a region lock the page named, a mistyped account, a code the buyer used up, goods the account already owns). */
export const BUYER_CAUSED: ReadonlySet<FailureKind> = new Set(['requirement_missing', 'region_locked', 'wrong_account', 'used_by_buyer', 'already_owned']);

/** A table of real error codes ("0xC004C003") and the failure kind each means (rules/error-codes.yaml). */
export const errorCodesSchema = z.record(z.string().regex(/^[\w.-]+$/), z.strictObject({ kind: z.enum(FAILURE_KINDS), platform: z.string(), text: z.string().optional(), source: z.string() }));

// A phrase written as a bare number in YAML (12315) is a phrase too.
const phrases = z.array(z.union([z.string().min(1), z.number().transform(String)]));
const localized = z.strictObject({ zh: z.string(), en: z.string() });

const windowSchema = z.strictObject({ anchor: z.enum(['delivered', 'paid']), hours: z.number().positive() });
export type WindowRule = z.infer<typeof windowSchema>;

/** What in the evidence can support a claim (rules/reasons.yaml explains each). */
export const SUPPORT_KINDS = ['failure', 'not_arrived', 'delivery_promise', 'window', 'not_as_described', 'promise_and_failure', 'wrong_purchase', 'cancel'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** A refund reason and everything it means (rules/reasons.yaml explains each field). */
export const reasonSchema = z.strictObject({
  name: localized,
  needs: z.array(z.enum(['order', 'error', 'chat', 'promise'])),
  failures: z.array(z.enum(FAILURE_KINDS)).default([]),
  supported_by: z.array(z.enum(SUPPORT_KINDS)).default([]),
  terms: z.enum(['card', 'goods', 'none']).default('none'),
  promise: z.enum(['quality', 'delivery', 'none']).default('none'),
  excluded_by_no_refund_terms: z.boolean().default(false),
  needs_unused: z.boolean().default(false),
  window: windowSchema.optional(),
  request: localized,
  chat_topic: localized,
  evidence: localized,
  capture_promise: localized.optional(),
});
export const reasonsSchema = z.record(z.string(), reasonSchema);
export type ReasonRule = z.infer<typeof reasonSchema>;

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

/** A family of phrases, empty when a pack leaves it out. */
const family = phrases.default([]);

/** Families keyed by the given names, each empty when left out. */
function families<K extends string>(keys: readonly K[]) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, family])) as Record<K, typeof family>).prefault({} as never);
}

/**
 * The lexicon: every family of phrases, declared here once. A pack (rules/lexicons/*.yaml)
 * may give any of them; the packs' phrases are added together.
 */
export const lexiconSchema = z.strictObject({
  failure: families(FAILURE_KINDS),
  // What a code is called (卡密, 激活码, product key): with a state after it, a failure
  // (卡密…已被使用, key…is invalid) however the sentence runs between the two.
  code_subject: family,
  failure_state: families(FAILURE_KINDS),
  // Cues of any failure (失败, 错误, error): on an error capture without a known kind, kind unknown.
  failure_cue: family,
  // A line about something else (a captcha, a coupon, copying): its failure cues are not the order's.
  failure_unrelated: family,
  report: family,
  // A question or a negation: said of the goods (a code subject) by the buyer, a problem report
  // ("激活码是不是错的?", "the key isn't accepted").
  trouble_cue: family,
  // A question asked before the goods are used ("quick question before I redeem", 兑换前问一下):
  // the goods named with a question there are no problem told.
  inquiry: family,
  // The buyer says the problem is gone (works now, 解决了): no report.
  resolved: family,
  wrong_purchase: family,
  // The wrong purchase told outright as the buyer's own mistake (买错, "bought the wrong",
  // "by mistake"), not only hinted at ("instead of", 想要的是): it stands against any failure shown.
  wrong_purchase_admitted: family,
  cancel: family,
  not_as_described: family,
  promise: family,
  // The merchant undertakes to refund or replace, conditionally or not (确实有问题就给你退).
  refund_undertaking: family,
  delivery_verbs: family,
  // A delivery promised at once, with no time named (自动发货, 即时送达, "instant delivery").
  instant_delivery: family,
  feedback_verbs: family,
  // How fast the shop answers or pays out ("24小时内予以回复"): not a refund window.
  response_time: family,
  no_refund: families(['absolute', 'non_quality']),
  // Charges beside the goods (手续费, "processing fees"): a no-refund term on them refuses nothing of the goods.
  charges: family,
  exception_card: family,
  // Terms that allow a refund in a case (未使用可退款): no exclusion on that line.
  refund_allowed: family,
  // A refusal for lateness (超过7天不予退货, "not possible if more than 2 weeks have passed"):
  // with a period or a time limit on the line, it is the refund window's end, not a no-refund term.
  late_cue: family,
  // A refund window named without its length ("在保障时间内", "the stated time limit"): the terms
  // set a window, its length is elsewhere.
  window_ref: family,
  private_channel: family,
  checkout: family,
  threat: family,
  // Someone else's words told on (有人说, "people say"): an accusation after them in the same
  // clause is not the writer's own.
  reported_speech: family,
  // A condition (如果, 万一, "if", "in case"): a failure the shop says after it in the same sentence
  // ("如果没收到请检查垃圾箱"), or an undelivered status an order page names so ("如有未发货…"), is a
  // case foreseen, not one that happened.
  conditional: family,
  // A refund sent to another party ("contact the site you purchased it from for a full refund",
  // 请联系您的购买渠道退款): whoever says it undertakes nothing.
  refund_elsewhere: family,
  // Another order of the buyer named as such (您另外那单, "your other order"): the number after it is
  // no sign that the evidence belongs to another order.
  other_order: family,
  // A chat speaking of two of the buyer's orders (两单都发了, "both orders"): each number in it is told apart.
  two_orders: family,
  // A complaint or dispute page's fields (src/ingest/speakers.ts): those the buyer filled in (投诉问题,
  // "Describe the issue"), the shop's answer (商家回复, "Seller response"), and the page's other
  // labels that end a field (投诉进度, 投诉编号). Each matches at the start of a line.
  complaint_field: family,
  reply_field: family,
  complaint_section: family,
  // An account taken back by its former owner (号主找回, "recovered by the original owner") and a
  // promise against it (找回包赔, "recovery guarantee"): the failure that promise covers.
  recovery: family,
  // A page's field that restates the reason the buyer chose (申请原因 卡密无效, "Refund reason: Code
  // invalid"): the claim, not a failure the page shows.
  claim_label: family,
  // An account's bindings and their recovery (换绑, 安全中心, "security center"): a messenger named with
  // them is what the account is bound to, not a channel to settle in.
  account_binding: family,
  // A help page's question without a question mark (兑换失败怎么办, 如何退款, "how to fix"): the failure it names is asked about, not shown.
  help_question: family,
  // The shop naming a number as this order's own ("单号…就是你这笔", "that number is your payment"): an alias, no other order.
  same_order: family,
  // A top-up or payment provider's own page (Midasbuy, Codashop, 易支付): its order number of another shape is the provider's.
  provider_page: family,
  // The buyer has not looked where the goods were sent (没看邮箱, "haven't checked my email"): beside a delivery the shop or a notice shows, nothing is shown missing.
  unchecked: family,
  // A product listed for every region (Global, 全球, 全区通用, "region free"): a region lock on it is
  // the goods failing as listed, not the buyer's choice of region.
  listed_everywhere: family,
  // The buyer says they used the code themselves, elsewhere (先激活在手机上了, "I redeemed it on my
  // other account"): a code shown as used is then used by them, not sold used.
  own_use: family,
  // Words of a plan or a wish (想, 打算, "want to", "going to"): a use said after them has not happened.
  intent: family,
  // A term that starts with the delivery or the use (到账后, 充值成功后, "once redeemed"): it refuses
  // nothing while the goods have not come.
  once_delivered: family,
  // The goods taken into use: by the buyer's word (我已经兑换了, "I already redeemed it") or as
  // the order or the shop shows it (已换绑, 买家已确认收货). A claim that needs the goods unused fails.
  taken: families(['buyer', 'any']),
  // The shop owning that it sent other goods than it sold (发错了, 发成季卡了, "we sent the wrong key"):
  // the goods are not as described, in the shop's own words.
  sent_wrong: family,
  // The goods work or came after all (兑换成功了, "the new key worked"): said by the buyer after their
  // last report, the problem is cured.
  cured: family,
  // The shop denying it said or promised what the buyer holds against it (没有说过, "I never said
  // that"), or pointing out the goods are as described (和描述一致, 描述里写了): the buyer's word
  // alone then proves no difference from the description.
  denial: family,
  // The shop saying it cannot find the order the buyer named (查不到这个订单, "can't find that order"):
  // a number a digit off from this order's is then another number, not an OCR slip.
  order_not_found: family,
  // Marker words (these seven families are matched by hasWord in src/facts/match.ts: whole words,
  // no negation rule). A question word (吗, 是不是; a question mark counts too): a wrong purchase
  // admitted in a question ("是不是买错了?") is not admitted.
  question: family,
  // A warning about paying off the platform ("never pay", "red flag", "are not protected"): a
  // private channel named with it is warned against, not offered.
  payment_warning: family,
  // Asking whether one is being scammed ("are we being scammed"), in a sentence that ends with a
  // question mark: a worry, not an accusation.
  scam_question: family,
  // Someone else said to have scammed the reader ("he scammed you"), after a question word (how,
  // did, has, have, why): a question about another, not an accusation.
  scam_of_other: family,
  // A message spoken to someone: I and you (你, 我, "please", "thanks"); with the chat particles,
  // a chat whose bubbles the layout did not see.
  spoken: family,
  // Words of a page telling of failures in general (通常, 常见, 用户, 例如, "usually", "for example"):
  // a long sentence with one tells of the failure it names and shows none.
  told_in_general: family,
  // A particle of talk at the end of a line (吗, 呢, 吧), with at most one mark after it.
  chat_particle: family,
  labels: families(['order_id', 'trade_id', 'amount', 'paid_at', 'delivered_at', 'product']),
  // An order's status: delivered, not delivered, or its money sent back (已退款, 退款成功, "Refunded").
  status: families(['delivered', 'undelivered', 'refunded', 'unpaid']),
  markers: families(['order', 'policy', 'attempt', 'composer']),
  // Wording families: each subject with each state after it (subject…state: "license key…hasn't
  // arrived") and each state before it (state…subject: "haven't received…key") becomes a phrase of
  // the family named by `into` ("failure.not_arrived", "no_refund.absolute", "refund_undertaking").
  compose: z
    .array(
      z.strictObject({
        into: z.string().regex(/^[a-z_]+(\.[a-z_]+)?$/),
        subject: phrases,
        before: family,
        after: family,
      }),
    )
    .default([]),
});

/** Every phrase family, all packs merged. */
export type Lexicon = z.output<typeof lexiconSchema>;

