import amountMismatch from './amount-mismatch.js';
import caseInvalid from './case-invalid.js';
import chatMissing from './chat-missing.js';
import chatNoFeedback from './chat-no-feedback.js';
import chatNoReply from './chat-no-reply.js';
import claimUnsupported from './claim-unsupported.js';
import deadlineNear from './deadline-near.js';
import deadlinePassed from './deadline-passed.js';
import deadlineUnknown from './deadline-unknown.js';
import type { Check } from './define.js';
import errorCaptureMismatch from './error-capture-mismatch.js';
import errorCaptureMissing from './error-capture-missing.js';
import evidenceIrrelevant from './evidence-irrelevant.js';
import evidenceUnlinked from './evidence-unlinked.js';
import evidenceUnreadable from './evidence-unreadable.js';
import merchantPromise from './merchant-promise.js';
import orderIdMismatch from './order-id-mismatch.js';
import orderIncomplete from './order-incomplete.js';
import orderMissing from './order-missing.js';
import policyNoRefund from './policy-no-refund.js';
import privateChannel from './private-channel.js';
import reasonMismatch from './reason-mismatch.js';
import refundPartial from './refund-partial.js';
import requestReturnVirtual from './request-return-virtual.js';
import threateningLanguage from './threatening-language.js';
import timelineInconsistent from './timeline-inconsistent.js';

/** Every check, in the order their findings are listed. */
export const CHECKS: Check[] = [
  caseInvalid,
  orderMissing,
  orderIncomplete,
  chatMissing,
  errorCaptureMissing,
  errorCaptureMismatch,
  reasonMismatch,
  claimUnsupported,
  requestReturnVirtual,
  policyNoRefund,
  deadlinePassed,
  deadlineNear,
  deadlineUnknown,
  orderIdMismatch,
  amountMismatch,
  refundPartial,
  chatNoFeedback,
  chatNoReply,
  evidenceUnlinked,
  timelineInconsistent,
  privateChannel,
  threateningLanguage,
  evidenceUnreadable,
  evidenceIrrelevant,
  merchantPromise,
] as Check[];

const BY_CODE = new Map(CHECKS.map((c) => [c.code, c]));

/** The check that reports a finding code, if any. */
export function checkOf(code: string): Check | undefined {
  return BY_CODE.get(code);
}
