import type { FailureKind } from '../rules/schema.js';
import { defineCheck } from './define.js';
import { ofKind, reasonName } from './util.js';

const FAILURE_NAMES: Record<FailureKind, { zh: string; en: string }> = {
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
};

export default defineCheck({
  code: 'error-capture-mismatch',
  severity: 'error',
  capture: {
    zh: '截图与“{reason}”相符的报错提示 (例如卡密已被使用、不存在、格式错误、账号无法激活), 要带时间。',
    en: 'Screenshot an error that matches "{reason}" (e.g. code already used, not found, wrong format, account cannot be activated), with its time.',
  },
  docs: {
    what: {
      zh: '案件里有报错截图，但没有一张显示所选原因对应的失败：要么显示的是别的问题（如网络超时、系统维护、未到账），要么根本认不出失败提示。',
      en: 'The case has error captures, but none shows a failure of the claimed kind: they show another problem (such as a network timeout, maintenance or a top-up not arriving), or no failure message can be recognised at all.',
    },
    why: {
      zh: '退款理由必须与证据一致；网络超时、系统维护这类报错证明不了卡密有问题，商家会说卡密本身没问题，申请容易被驳回。',
      en: 'The reason must match the evidence. A network timeout or a maintenance notice does not prove the code is bad, so the merchant can say the code is fine and the claim is likely to be rejected.',
    },
    fix: {
      zh: '换个网络或等维护结束后重试，截下卡密本身被拒的清晰提示（已被使用、已激活、格式错误、不存在、已过期或账号无法激活），报错文字要完整可读；如果实际问题是未到账等其他情况，改选对应的退款原因。',
      en: 'Retry on another network or after the maintenance and capture a clear rejection of the code itself (already used, already activated, wrong format, not found, expired, or account cannot be activated), with the whole error text readable. If the real problem is something else, such as a top-up not arriving, choose the matching reason.',
    },
  },
  messages: {
    other: {
      message: { zh: '报错截图显示的是"{shown}", 不是"{reason}"类的失败', en: 'The error capture shows {shown}, not a failure of the kind "{reason}"' },
      suggestion: {
        zh: '网络或维护类报错不能证明卡密有问题: 换网络、等维护结束后重试, 截下卡密本身被拒的提示 (已被使用/格式错误/不存在/已过期)。',
        en: 'A network or maintenance error does not prove the code is bad: retry on another network or after maintenance and capture the rejection of the code itself (used, wrong format, not found, expired).',
      },
    },
    unclear: {
      message: { zh: '报错截图里认不出"{reason}"类的失败提示: "{text}"', en: 'No failure of the kind "{reason}" can be read in the error capture: "{text}"' },
      suggestion: {
        zh: '截取清晰的报错弹窗, 让错误文字完整可读。',
        en: 'Capture the error dialog clearly, with the whole error text readable.',
      },
    },
  },
  evaluate(model, report) {
    if (!model.reason.needs.includes('error')) return;
    const captures = ofKind(model, 'error');
    if (captures.length === 0) return;
    const wanted = new Set(model.reason.failures);
    const shown = model.facts.failures.filter((f) => f.ref.kind === 'error');
    if (shown.some((f) => wanted.has(f.kind))) return;
    const first = shown[0];
    if (first) {
      report('other', {
        file: first.ref.file,
        boxes: [first.ref.box],
        data: { shown: FAILURE_NAMES[first.kind], reason: reasonName(model) },
      });
    } else {
      const capture = captures[0]!;
      report('unclear', { file: capture.file, data: { reason: reasonName(model), text: capture.lines.map((l) => l.text).join(' ') } });
    }
  },
});
