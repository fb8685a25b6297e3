import { computeDeadline, type CaseModel } from '../model.js';
import { BUYER_CAUSED, type SupportKind } from '../rules/schema.js';
import { isAsking } from '../facts/extract.js';
import { hasWord } from '../facts/match.js';
import { durationText, timeText } from '../time.js';
import { defineCheck, type Template } from './define.js';
import { failureName, reasonName, supports } from './util.js';

export default defineCheck({
  code: 'reason-mismatch',
  severity: 'error',
  docs: {
    what: {
      zh: '证据指向的是另一个退款原因，提示会写出应选的原因和依据的原文：例如聊天里说了买错却没选买错商品，选了卡密无效但证据显示未到账，选了未收到货却有卡密被拒的报错，或选了卡密无效但报错是账号激活失败。',
      en: 'The evidence points at another refund reason, and the message names it and quotes the text behind it: for example the chat says you bought the wrong item but another reason was chosen, invalid card code was chosen but the evidence shows nothing arrived, not received was chosen but an error capture shows the code was rejected, or invalid card code was chosen but the error is an activation failure.',
    },
    why: {
      zh: '退款理由必须与证据一致；实际是买错商品却选“商品描述不符”这类理由不符的申请，平台通常会直接驳回。',
      en: 'The reason must match the evidence: a claim such as a wrong purchase filed as not as described is usually rejected because the reason does not fit.',
    },
    fix: {
      zh: '把 case.yaml 里的 reason 改成提示中的原因（例如 reason: activation_failed），提交时也选对应的退款类型；确认原选原因没错的，就补充能支持它的证据。',
      en: 'Change reason in case.yaml to the one the message names (for example reason: activation_failed) and pick the same refund type when filing; if your original reason is right, add evidence that supports it.',
    },
  },
  messages: {
    buyer: {
      message: {
        zh: '证据显示是买家自身的问题 ("{shown}": "{quote}"), 不是商品有问题, 与所选的"{reason}"不符',
        en: 'The evidence shows a problem on the buyer\'s side ({shown}: "{quote}"), not faulty goods; it does not fit the chosen "{reason}"',
      },
      suggestion: {
        zh: '按"{reason}"申请会因理由不符被驳回: 先按提示解决后再试; 如果确实是买错了, 改选"{other}" (reason: {otherId}) 并与商家协商。{otherWindow}',
        en: 'A claim of "{reason}" will be rejected: fix what the message says and try again; if you really bought the wrong thing, choose "{other}" (reason: {otherId}) and settle it with the shop.{otherWindow}',
      },
    },
    mismatch: {
      message: { zh: '证据指向"{other}", 而不是所选的"{reason}": "{quote}"', en: 'The evidence points at "{other}", not the chosen "{reason}": "{quote}"' },
      suggestion: {
        zh: '退款理由要与证据一致, 否则会因理由不符被驳回: 改选"{other}" (reason: {otherId}), 或补充支持"{reason}"的证据。{otherWindow}',
        en: 'The reason must match the evidence or the claim is rejected: choose "{other}" (reason: {otherId}), or add evidence for "{reason}".{otherWindow}',
      },
    },
  },
  evaluate(model, report) {
    const { facts, reason, rules } = model;
    const errorFailures = facts.failures.filter((f) => f.ref.kind === 'error');
    const fits = errorFailures.some((f) => reason.failures.includes(f.kind));
    const say = (otherId: string, ref: { file: string; text: string; box?: { x: number; y: number; w: number; h: number } }): void =>
      report('mismatch', {
        file: ref.file,
        boxes: [ref.box],
        data: { other: reasonName(model, otherId), otherId, reason: reasonName(model), quote: ref.text, otherWindow: windowOf(model, otherId) },
      });
    // A failure the buyer caused, and the reason it would fit.
    const sayBuyer = (failure: (typeof facts.failures)[number], otherId: string): void =>
      report('buyer', {
        file: failure.ref.file,
        boxes: [failure.ref.box],
        data: { shown: failureName(failure.kind), quote: failure.ref.text, reason: reasonName(model), other: reasonName(model, otherId), otherId, otherWindow: windowOf(model, otherId) },
      });
    const others = Object.entries(rules.reasons).filter(([id]) => id !== model.reasonId);
    const supportedBy = (kind: SupportKind): string | undefined => others.find(([, r]) => r.supported_by.includes(kind))?.[0];

    // The buyer says they bought the wrong thing, and no failure shown fits the claim; or says
    // outright it was their mistake ("I purchased the wrong version"): the failure shown (a key
    // for the Mac edition refused on Windows) is then the buyer's own (消费者自身失误).
    // (The buyer's "我要的是 Steam 版" beside the shop owning it sent other goods than its page named is no wrong purchase.)
    const shopSentWrong = facts.notAsDescribed.some((r) => r.side === 'merchant');
    const admitted = facts.wrongPurchaseAdmitted[0];
    const wrong = admitted ?? (shopSentWrong ? undefined : facts.wrongPurchase[0]);
    const wrongReason = supportedBy('wrong_purchase');
    if (wrong && wrongReason && !reason.supported_by.includes('wrong_purchase') && (!fits || admitted)) return say(wrongReason, wrong);

    // A claim that the goods fail (it needs an error capture), where the evidence shows nothing was delivered.
    if (reason.needs.includes('error') && !fits) {
      const notDelivered = facts.undelivered[0] ?? facts.failures.find((f) => f.kind === 'not_arrived' && f.ref.kind !== 'policy')?.ref;
      const anyFit = facts.failures.some((f) => reason.failures.includes(f.kind));
      const undeliveredReason = supportedBy('not_arrived');
      if (notDelivered && undeliveredReason && !anyFit) return say(undeliveredReason, notDelivered);
    }

    // An error capture shows a failure that another reason's claim rests on, and none that fits this one.
    if (fits) return;
    // The buyer telling in the chat that the goods went to the account they typed wrong ("I swapped two
    // digits"), not asking: the claim rests on their own slip.
    const told = (text: string, phrase: string): boolean => !isAsking(text.split(/(?<=[.!?。！？])/).find((s) => s.toLowerCase().includes(phrase.toLowerCase())) ?? text, rules.lexicon);
    const slip = facts.failures.find((f) => f.kind === 'wrong_account' && f.ref.kind === 'chat' && f.ref.side === 'buyer' && told(f.ref.text, f.phrase));
    const slipReason = slip && !reason.failures.includes(slip.kind) ? others.find(([, r]) => r.failures.includes(slip.kind)) : undefined;
    if (slip && slipReason) return sayBuyer(slip, slipReason[0]);
    // A claim that rests on no failure of its own (not as described) and that its own evidence
    // supports ("your offer says Global" beside a bad key): the failure shows the difference.
    // One the buyer caused still tells against it.
    // A promise against the very failure shown (找回包赔 beside 号主找回: an account its former owner
    // took back) supports it too; any other promise beside a bad code does not make it another claim.
    const ownSupport = reason.failures.length === 0 && reason.supported_by.some((k) => k !== 'promise_and_failure' && supports(model, k));
    const covered = (failure: (typeof facts.failures)[number]): boolean =>
      reason.supported_by.includes('promise_and_failure') && hasWord(failure.phrase, rules.lexicon.recovery) && facts.promises.some((p) => hasWord(p.text, rules.lexicon.recovery));
    // Nor is it the buyer's where the shop owns that its listing said otherwise (a code "全国通用" by
    // its title that a province refuses, "标题写成全国通用是我们写错了").
    const listingWrong = ownSupport && shopSentWrong;
    for (const failure of errorFailures) {
      const other = others.find(([, r]) => r.supported_by.includes('failure') && r.failures.includes(failure.kind));
      if (!other) continue;
      if (!BUYER_CAUSED.has(failure.kind)) {
        if (ownSupport || covered(failure)) continue;
        return say(other[0], failure.ref);
      }
      if (listingWrong) continue;
      return sayBuyer(failure, other[0]);
    }
  },
});

/** Whether the other reason's window is still open at filing, in both languages (empty when unknown). */
function windowOf(model: CaseModel, otherId: string): Template {
  const rule = model.rules.reasons[otherId];
  if (!rule) return { zh: '', en: '' };
  const d = computeDeadline(otherId, rule, model.platform, model.order, model.facts, model.filedAt);
  if (!d.due || d.remainingHours === undefined) return { zh: '', en: '' };
  const due = timeText(d.due, model.timezone);
  if (d.status === 'passed') return { zh: ` 注意: 该理由的申请期限已于 ${due.zh} 截止。`, en: ` Note: that reason's window closed at ${due.en}.` };
  const left = durationText(d.remainingHours * 60);
  return { zh: ` 该理由的申请期限截止 ${due.zh}, 还剩 ${left.zh}。`, en: ` That reason's window is open until ${due.en} (${left.en} left).` };
}
