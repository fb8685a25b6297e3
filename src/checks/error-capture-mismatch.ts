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
