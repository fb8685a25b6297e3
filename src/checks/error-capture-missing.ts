import { defineCheck } from './define.js';
import { ofKind, reasonName } from './util.js';

export default defineCheck({
  code: 'error-capture-missing',
  severity: 'error',
  messages: {
    missing: {
      message: { zh: '"{reason}" 需要报错截图, 但案件里没有', en: '"{reason}" needs a capture of the error, and the case has none' },
      suggestion: {
        zh: '再试一次充值/激活, 截下完整的报错提示 (如"该卡密已被使用"), 画面里最好有卡号后几位和时间。',
        en: 'Try the redeem/activation once more and screenshot the whole error message (e.g. "this code has already been used"), ideally with the last digits of the code and the time.',
      },
    },
  },
  evaluate(model, report) {
    if (!model.reason.needs.includes('error')) return;
    if (ofKind(model, 'error').length === 0) report('missing', { data: { reason: reasonName(model) } });
  },
});
