import type { FieldProblem } from './case/problems.js';
import type { Claim, OrderRecord } from './case/schema.js';
import { parseTime, type LoadedCase } from './case/load.js';
import { extractFacts, extractPolicyText } from './facts/extract.js';
import { findPhrase } from './facts/match.js';
import type { Facts, FactRef } from './facts/types.js';
import type { RuleSet } from './rules/load.js';
import type { PlatformRule, ReasonRule, WindowRule } from './rules/schema.js';
import type { Evidence } from './types.js';

/** The order as far as it is known: from the order record, else from an order screenshot. */
export interface OrderView {
  orderId?: string;
  product?: string;
  amount?: number;
  paidAt?: Date;
  deliveredAt?: Date;
  category: OrderRecord['category'];
  merchant?: string;
  /** The currency of `amount` (ISO 4217: CNY unless the record says another). */
  currency: string;
  /** Where the order facts come from. */
  source: 'record' | 'screenshot' | 'none';
  file?: string;
}

export type DeadlineStatus = 'open' | 'near' | 'passed' | 'unknown';

export interface Deadline {
  status: DeadlineStatus;
  due?: Date;
  anchor?: Date;
  anchorName?: 'delivered_at' | 'paid_at';
  windowMinutes?: number;
  /** Hours left at filing (negative when passed). */
  remainingHours?: number;
  /** Where the window comes from: the platform profile, a period of it, or the product terms. */
  windowFrom: 'platform' | 'period' | 'terms';
  terms?: FactRef;
}

/** Everything the checks read: claim, order, evidence, facts, deadline. Built once per case. */
export interface CaseModel {
  dir: string;
  claim: Claim;
  claimFile: string;
  reasonId: string;
  reason: ReasonRule;
  platform: PlatformRule;
  rules: RuleSet;
  order: OrderView;
  orderRecord?: OrderRecord;
  orderFile?: string;
  /** Problems with the order record (reported as case-invalid); the case goes on without it. */
  orderProblems: FieldProblem[];
  evidence: Evidence[];
  facts: Facts;
  filedAt: Date;
  timezone: string;
  deadline: Deadline;
}

/** What a case model is built from: the loaded claim and order, the rules and the evidence read. */
export interface ModelInput {
  dir: string;
  loaded: LoadedCase;
  reason: ReasonRule;
  platform: PlatformRule;
  rules: RuleSet;
  evidence: Evidence[];
  filedAt: Date;
}

/** Reads the facts from the evidence and puts the case together: order as known, deadline. */
export function buildModel(input: ModelInput): CaseModel {
  const { loaded, rules, evidence, filedAt } = input;
  const { claim } = loaded;
  const timezone = claim.timezone;
  const paidAt = loaded.order ? parseTime(loaded.order.paid_at, timezone) : undefined;
  const reference = paidAt ?? filedAt;
  const product = loaded.order?.product;
  const ctx = { lexicon: rules.lexicon, errorCodes: rules.errorCodes, timezone, reference, ...(paidAt ? { paidAt } : {}), ...(product ? { product } : {}) };
  const facts = extractFacts(evidence, ctx);
  if (loaded.order?.policy) extractPolicyText(loaded.order.policy, loaded.orderFile ?? 'order.json', ctx, facts);
  const order = orderView(loaded.order, loaded.orderFile, facts, evidence, timezone);
  // A region lock on goods listed for every region ("Windows 11 Pro Key (Global)") is the goods
  // failing as listed, not the buyer's choice of region: a bad key.
  if (order.product && findPhrase(order.product, rules.lexicon.listed_everywhere)) {
    for (const f of facts.failures) if (f.kind === 'region_locked') f.kind = 'invalid';
  }
  // A code shown as used that the buyer says they used themselves, elsewhere, was not sold used:
  // every failure a file showing that tells ("激活失败" above "激活码已被其他设备使用") is theirs.
  if (facts.ownUse.length > 0) {
    const usedIn = new Set(facts.failures.filter((f) => f.kind === 'used' || f.kind === 'activated').map((f) => f.ref.file));
    for (const f of facts.failures) {
      if (!usedIn.has(f.ref.file)) continue;
      f.shown = f.kind;
      f.kind = 'used_by_buyer';
    }
  }
  return {
    dir: input.dir,
    claim,
    claimFile: loaded.claimFile,
    reasonId: claim.reason,
    reason: input.reason,
    platform: input.platform,
    rules,
    order,
    orderRecord: loaded.order,
    orderFile: loaded.orderFile,
    orderProblems: loaded.orderProblems,
    evidence,
    facts,
    filedAt,
    timezone,
    deadline: computeDeadline(claim.reason, input.reason, input.platform, order, facts, filedAt),
  };
}

/** Order facts from the order record, filled in from order screenshots where the record is absent. */
export function orderView(record: OrderRecord | undefined, orderFile: string | undefined, facts: Facts, evidence: Evidence[], zone: string): OrderView {
  if (record) {
    return {
      orderId: record.order_id,
      product: record.product,
      amount: record.amount,
      paidAt: parseTime(record.paid_at, zone),
      deliveredAt: record.delivered_at ? parseTime(record.delivered_at, zone) : undefined,
      category: record.category,
      merchant: record.merchant,
      currency: record.currency,
      source: 'record',
      file: orderFile,
    };
  }
  const orderFiles = new Set(evidence.filter((e) => e.kind === 'order').map((e) => e.file));
  if (orderFiles.size === 0) return { category: 'other', currency: 'CNY', source: 'none' };
  const onOrder = <T extends { ref: FactRef }>(list: T[]): T[] => list.filter((f) => orderFiles.has(f.ref.file));
  const ids = onOrder(facts.orderIds);
  const id = ids.find((f) => f.label === 'order') ?? ids.find((f) => f.label === 'bare');
  const amounts = onOrder(facts.amounts);
  const amount = amounts.find((a) => a.labeled) ?? amounts[0];
  const times = onOrder(facts.times).filter((t) => t.source === 'text');
  const product = facts.products.find((p) => orderFiles.has(p.ref.file));
  return {
    orderId: id?.value,
    product: product?.value,
    amount: amount?.value,
    // An order page without a time label (a table row) shows the payment time first.
    paidAt: times.find((t) => t.label === 'paid')?.at ?? times.filter((t) => !t.label).sort((a, b) => a.at.getTime() - b.at.getTime())[0]?.at,
    deliveredAt: times.find((t) => t.label === 'delivered')?.at,
    category: 'other',
    currency: 'CNY',
    source: 'screenshot',
    file: id?.ref.file ?? [...orderFiles][0],
  };
}

/**
 * The refund window and where it stands at filing. The platform profile gives the
 * window (a dated period of it where the anchor falls in one); refund terms that name
 * a shorter window for quality problems override it ("卡密错误需在1小时内反馈").
 */
export function computeDeadline(reasonId: string, reason: ReasonRule, platform: PlatformRule, order: OrderView, facts: Facts, filedAt: Date): Deadline {
  let rule: WindowRule | undefined = platform.windows[reasonId] ?? reason.window;
  let windowFrom: Deadline['windowFrom'] = 'platform';
  if (!rule) return { status: 'unknown', windowFrom };
  const anchorFor = (r: WindowRule): { at?: Date; name: 'delivered_at' | 'paid_at' } =>
    r.anchor === 'delivered' && order.deliveredAt ? { at: order.deliveredAt, name: 'delivered_at' } : { at: order.paidAt, name: 'paid_at' };
  let anchor = anchorFor(rule);
  const first = anchor.at;
  if (!first) return { status: 'unknown', windowFrom };
  for (const period of platform.periods) {
    const override = period.windows[reasonId];
    if (override && first >= new Date(period.from) && first < new Date(period.to)) {
      rule = override;
      windowFrom = 'period';
      anchor = anchorFor(rule);
    }
  }
  let minutes = rule.hours * 60;
  let terms: FactRef | undefined;
  if (reason.terms !== 'none') {
    const card = reason.terms === 'card';
    for (const w of facts.windows) {
      if (card && w.exceptCard) continue;
      if (w.minutes !== undefined && w.minutes < minutes) {
        minutes = w.minutes;
        terms = w.ref;
        windowFrom = 'terms';
      }
    }
  }
  if (!anchor.at) return { status: 'unknown', windowFrom };
  const due = new Date(anchor.at.getTime() + minutes * 60_000);
  const remainingMs = due.getTime() - filedAt.getTime();
  const remainingHours = Math.round((remainingMs / 3_600_000) * 100) / 100;
  let status: DeadlineStatus = 'open';
  if (remainingMs < 0) status = 'passed';
  else if (remainingMs < (minutes * 60_000) / 4 || remainingMs < 2 * 3_600_000) status = 'near';
  return { status, due, anchor: anchor.at, anchorName: anchor.name, windowMinutes: minutes, remainingHours, windowFrom, terms };
}

/** Words of the product title that identify it in a chat ("久游", "劲舞团", "CorelDRAW"). */
export function productTokens(product: string | undefined): string[] {
  if (!product) return [];
  const generic = new Set(['充值', '卡密', '激活', '账号', '会员', '通用', '一台', '全国', '官方', '正版', '自动', '发货', '点卡', '序列', '列号', '直充', '慢充', '快充', '年卡', '月卡']);
  const tokens = new Set<string>();
  for (const run of product.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!generic.has(bigram)) tokens.add(bigram);
    }
  }
  for (const word of product.match(/[A-Za-z][A-Za-z0-9]{2,}/g) ?? []) tokens.add(word);
  return [...tokens];
}

/** English words of product titles that name no product of their own. */
const GENERIC_WORDS = new Set(['license', 'licence', 'lifetime', 'account', 'version', 'edition', 'premium', 'standard', 'professional', 'gift', 'card', 'code', 'codes', 'key', 'keys', 'game', 'games', 'subscription', 'month', 'months', 'year', 'years', 'global', 'digital', 'wallet', 'voucher', 'points', 'credit', 'credits', 'membership', 'plan', 'user', 'users', 'device', 'devices', 'download', 'activation', 'region', 'retail', 'official', 'online']);

/** The product's tokens that name it and no other listing: {@link productTokens} without words every title shares (license, gift card). */
export function namingTokens(product: string | undefined): string[] {
  return productTokens(product).filter((t) => /[\u4e00-\u9fff]/.test(t) || (t.length >= 4 && !GENERIC_WORDS.has(t.toLowerCase())));
}

/** Whether a text mentions the product. */
export function mentionsProduct(text: string, tokens: string[]): boolean {
  return tokens.length > 0 && findPhrase(text, tokens) !== undefined;
}
