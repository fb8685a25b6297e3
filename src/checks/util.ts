import type { CaseModel } from '../model.js';
import type { FailureKind, SupportKind } from '../rules/schema.js';
import type { Evidence, EvidenceKind } from '../types.js';
import type { Template } from './define.js';
import { CLOCK_SLACK } from '../time.js';

export function ofKind(model: CaseModel, kind: EvidenceKind): Evidence[] {
  return model.evidence.filter((e) => e.kind === kind && !e.unreadable);
}

/** The reason's name in both languages. */
export function reasonName(model: CaseModel, id: string = model.reasonId): Template {
  const rule = model.rules.reasons[id];
  return rule ? { zh: rule.name.zh, en: rule.name.en } : { zh: id, en: id };
}

/**
 * Whether two order numbers are the same, allowing OCR to misread, drop or double up
 * to two characters of a long number, a letter prefix one of them lacks (E2026…, RV-2707…),
 * separators, and the part before a dash that a page leaves out (拼多多's 270702-418205736651094
 * shown as 418205736651094), and O for 0 or I for 1. `slips`: how many characters OCR may have
 * misread (0: none).
 */
export function sameOrderId(a: string, b: string, slips = 2): boolean {
  // O and 0, I, l and 1 look alike on screen and to OCR (KGO7730918842 read KG07730918842, KBI-58210 read KBl-58210).
  const plain = (s: string): string => s.replace(/l/g, 'I').toUpperCase().replace(/O/g, '0').replace(/I/g, '1');
  const x = plain(a);
  const y = plain(b);
  if (x === y) return true;
  // A letter prefix is dropped where digits alone follow; a code of letters and digits keeps its letters.
  const core = (s: string): string => s.replace(/^[A-Z]+[-_]?(?=\d+$)/, '').replace(/[-_\s]/g, '');
  const near = (p: string, q: string): boolean => p === q || (Math.min(p.length, q.length) >= 12 && editDistance(p, q, slips) <= slips);
  if (near(core(x), core(y))) return true;
  const tail = (s: string): string => s.split(/[-_\s]/).pop()!;
  return (/[-_\s]/.test(x) && near(tail(x), core(y))) || (/[-_\s]/.test(y) && near(core(x), tail(y)));
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const FAILURE_NAMES: Record<FailureKind, Template> = {
  used: { zh: '已被使用', en: 'already used' },
  activated: { zh: '已激活', en: 'already activated' },
  wrong_format: { zh: '格式错误', en: 'wrong format' },
  not_found: { zh: '卡密不存在', en: 'code not found' },
  expired: { zh: '已过期', en: 'expired' },
  invalid: { zh: '卡密无效', en: 'invalid code' },
  activation_failed: { zh: '激活失败', en: 'activation failed' },
  not_arrived: { zh: '未到账', en: 'not arrived' },
  network: { zh: '网络超时 (不是卡密的问题)', en: 'a network timeout (not a fault of the code)' },
  maintenance: { zh: '系统维护 (不是卡密的问题)', en: 'maintenance (not a fault of the code)' },
  requirement_missing: { zh: '缺少前置条件 (如基础游戏)', en: 'a missing requirement (such as the base game)' },
  region_locked: { zh: '地区限制', en: 'a region lock' },
  wrong_account: { zh: '充值账号有误', en: 'a wrong account' },
  used_by_buyer: { zh: '你自己已用过', en: 'used by you already' },
  already_owned: { zh: '账号已拥有该商品', en: 'already owned by the account' },
  unknown: { zh: '未知错误', en: 'an unknown error' },
};

/** A failure kind in both languages. */
export function failureName(kind: FailureKind): Template {
  return FAILURE_NAMES[kind];
}

const FAULT: Partial<Record<FailureKind, Template>> = {
  requirement_missing: { zh: '这是账号缺少前置条件 (例如没有基础游戏), 属于买家自身的问题', en: 'Your account lacks a requirement (such as the base game): that is on the buyer' },
  region_locked: { zh: '这是地区限制, 商品页写明了适用地区, 属于买家自身的问题', en: 'This is a region lock the product page named: that is on the buyer' },
  wrong_account: { zh: '这是充值账号填写有误, 属于买家自身的问题', en: 'The account was typed wrong: that is on the buyer' },
  already_owned: { zh: '你的账号已经拥有这件商品, 码并没有失效, 属于买家自身的问题', en: 'Your account already owns the item; the code is not spent or bad: that is on the buyer' },
  used_by_buyer: { zh: '聊天里你说过这个码你自己先用在了别的设备或账号上, 属于买家自身的问题', en: 'The chat says you used this code yourself first, on another device or account: that is on the buyer' },
};

/** Why a buyer-caused failure is not the merchant's fault, in both languages. */
export function faultOf(kind: FailureKind): Template {
  return FAULT[kind] ?? { zh: '这是买家自身的问题', en: 'That is on the buyer' };
}

/**
 * When a screenshot was taken, if before the order was paid: the time in its file name
 * (Screenshot_20270819-211122), or on an error capture the time it shows. It then proves nothing
 * about this order.
 */
export function takenBeforePurchase(model: CaseModel, file: string): Date | undefined {
  const paid = model.order.paidAt;
  if (!paid) return undefined;
  return model.facts.times.find((t) => t.ref.file === file && !t.label && (t.source === 'name' || t.ref.kind === 'error') && t.at.getTime() < paid.getTime() - CLOCK_SLACK)?.at;
}

/**
 * The shop's promised delivery time kept, counted from the payment: the goods came within it
 * (the order's delivered_at), or nothing came yet but the time has not run out at filing. The
 * time is the shortest the shop's pages and terms promise, else the longest it promised in the
 * chat; a tenth of it or 10 minutes of slack. Undefined when late, or when a time is unknown.
 */
export function promiseKept(model: CaseModel): { took: number; promised: number; delivered: boolean } | undefined {
  const { paidAt, deliveredAt } = model.order;
  const promises = model.facts.deliveryPromises;
  if (!paidAt || promises.length === 0) return undefined;
  const listed = promises.filter((p) => p.ref.kind !== 'chat' || p.ref.side === 'system').map((p) => p.minutes);
  const promised = listed.length > 0 ? Math.min(...listed) : Math.max(...promises.map((p) => p.minutes));
  const until = deliveredAt ?? model.filedAt;
  const took = (until.getTime() - paidAt.getTime()) / 60_000;
  return took <= promised + Math.max(CLOCK_SLACK / 60_000, promised / 10) ? { took, promised, delivered: deliveredAt !== undefined } : undefined;
}

/** Whether the evidence shows this kind of support (rules/reasons.yaml: supported_by). */
export function supports(model: CaseModel, kind: SupportKind): boolean {
  const { facts } = model;
  switch (kind) {
    case 'failure':
      return facts.failures.some((f) => model.reason.failures.includes(f.kind) && f.ref.kind !== 'policy');
    case 'not_arrived':
      return facts.failures.some((f) => f.kind === 'not_arrived' && f.ref.kind !== 'policy') || facts.undelivered.length > 0;
    case 'delivery_promise':
      // A promised time, and the goods not come within it.
      return facts.deliveryPromises.length > 0 && promiseKept(model) === undefined;
    case 'window':
      return facts.windows.length > 0;
    case 'not_as_described':
      // The buyer's word that the goods differ, which the shop then denies saying or promising
      // ("You told me it works in every country" / "I never said that"), proves nothing alone.
      return facts.notAsDescribed.some((r) => r.side !== 'buyer' || !facts.denials.some((d) => d.file === r.file && d.line > r.line));
    case 'promise_and_failure':
      return facts.promises.length > 0 && facts.failures.length > 0;
    case 'wrong_purchase':
      return facts.wrongPurchase.length > 0;
    case 'cancel':
      return facts.cancels.length > 0;
  }
}
