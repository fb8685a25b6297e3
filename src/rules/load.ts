import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { RulePackError } from '../errors.js';
import { parseWithSchema } from '../parse.js';
import {
  FAILURE_KINDS,
  lexiconSchema,
  platformSchema,
  reasonsSchema,
  type FailureKind,
  type PlatformRule,
  type ReasonRule,
} from './schema.js';

/** Phrases per fact, all languages merged. */
export interface Lexicon {
  failure: Record<FailureKind, string[]>;
  report: string[];
  wrongPurchase: string[];
  cancel: string[];
  notAsDescribed: string[];
  promise: string[];
  deliveryVerbs: string[];
  feedbackVerbs: string[];
  noRefundAbsolute: string[];
  noRefundNonQuality: string[];
  exceptionCard: string[];
  privateChannel: string[];
  checkout: string[];
  threat: string[];
  labels: Record<'orderId' | 'tradeId' | 'amount' | 'paidAt' | 'deliveredAt' | 'product', string[]>;
  delivered: string[];
  undelivered: string[];
  orderMarkers: string[];
  policyMarkers: string[];
}

/** Everything that varies by platform and over time, loaded from `rules/` (and user packs). */
export interface RuleSet {
  reasons: Record<string, ReasonRule>;
  platforms: Record<string, PlatformRule>;
  lexicon: Lexicon;
}

/** The `rules/` folder shipped with the package. */
export const BUILTIN_RULES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

const cache = new Map<string, RuleSet>();

/**
 * Loads the built-in rule packs, then each extra folder on top (same layout:
 * reasons.yaml, platforms/*.yaml, lexicons/*.yaml). Reasons and platforms of a later
 * pack replace those of the same id; lexicon phrases are added.
 */
export function loadRules(extraDirs: string[] = []): RuleSet {
  const key = extraDirs.join('\0');
  const hit = cache.get(key);
  if (hit) return hit;
  const rules: RuleSet = { reasons: {}, platforms: {}, lexicon: emptyLexicon() };
  for (const dir of [BUILTIN_RULES, ...extraDirs]) {
    if (!existsSync(dir)) throw new RulePackError(dir, 'rule folder does not exist');
    const reasonsFile = join(dir, 'reasons.yaml');
    if (existsSync(reasonsFile)) Object.assign(rules.reasons, readPack(reasonsFile, reasonsSchema));
    for (const file of yamlFiles(join(dir, 'platforms'))) {
      const id = basename(file).replace(/\.ya?ml$/, '');
      rules.platforms[id] = readPack(file, platformSchema);
    }
    for (const file of yamlFiles(join(dir, 'lexicons'))) addLexicon(rules.lexicon, readPack(file, lexiconSchema));
  }
  cache.set(key, rules);
  return rules;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function readPack<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const result = parseWithSchema(readFileSync(file, 'utf8'), 'yaml', schema);
  if (!result.ok) throw new RulePackError(file, result.problems.join('; '));
  return result.value;
}

function emptyLexicon(): Lexicon {
  const failure = Object.fromEntries(FAILURE_KINDS.map((k) => [k, [] as string[]])) as Record<FailureKind, string[]>;
  return {
    failure,
    report: [],
    wrongPurchase: [],
    cancel: [],
    notAsDescribed: [],
    promise: [],
    deliveryVerbs: [],
    feedbackVerbs: [],
    noRefundAbsolute: [],
    noRefundNonQuality: [],
    exceptionCard: [],
    privateChannel: [],
    checkout: [],
    threat: [],
    labels: { orderId: [], tradeId: [], amount: [], paidAt: [], deliveredAt: [], product: [] },
    delivered: [],
    undelivered: [],
    orderMarkers: [],
    policyMarkers: [],
  };
}

function addLexicon(into: Lexicon, file: z.infer<typeof lexiconSchema>): void {
  for (const kind of FAILURE_KINDS) into.failure[kind].push(...(file.failure[kind] ?? []));
  into.report.push(...file.report);
  into.wrongPurchase.push(...file.wrong_purchase);
  into.cancel.push(...file.cancel);
  into.notAsDescribed.push(...file.not_as_described);
  into.promise.push(...file.promise);
  into.deliveryVerbs.push(...file.delivery_verbs);
  into.feedbackVerbs.push(...file.feedback_verbs);
  into.noRefundAbsolute.push(...file.no_refund.absolute);
  into.noRefundNonQuality.push(...file.no_refund.non_quality);
  into.exceptionCard.push(...file.exception_card);
  into.privateChannel.push(...file.private_channel);
  into.checkout.push(...file.checkout);
  into.threat.push(...file.threat);
  const l = file.labels;
  into.labels.orderId.push(...(l.order_id ?? []));
  into.labels.tradeId.push(...(l.trade_id ?? []));
  into.labels.amount.push(...(l.amount ?? []));
  into.labels.paidAt.push(...(l.paid_at ?? []));
  into.labels.deliveredAt.push(...(l.delivered_at ?? []));
  into.labels.product.push(...(l.product ?? []));
  into.delivered.push(...(file.status.delivered ?? []));
  into.undelivered.push(...(file.status.undelivered ?? []));
  into.orderMarkers.push(...(file.markers.order ?? []));
  into.policyMarkers.push(...(file.markers.policy ?? []));
}
