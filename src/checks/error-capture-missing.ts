import { defineCheck } from './define.js';
import { ofKind, reasonName } from './util.js';

export default defineCheck({
  code: 'error-capture-missing',
  severity: 'error',
  capture: {
    zh: '在充值/兑换页面再试一次, 截图完整的报错提示 (例如“该卡密已被使用”), 要能看到所在页面和时间; 卡密本身可以遮住。',
    en: 'Try the code again on the redeem page and screenshot the whole error message (e.g. "this code has already been used") with the page and time visible; you may cover the code itself.',
  },
  docs: {
    what: {
      zh: '所选退款原因需要报错截图（卡密无效、账号无法激活），但案件里没有可读的报错截图。',
      en: 'The chosen reason needs a capture of the error (invalid card code, activation failed), but the case has no readable error capture.',
    },
    why: {
      zh: '平台按“谁主张，谁举证”处理，只口头说卡密无效不足以证明；系统给出的报错提示是证明卡密或账号有问题的关键证据。',
      en: 'The claimant must prove the claim: saying the code does not work is not enough, and the system\'s own rejection message is the key proof that the code or account is faulty.',
    },
    fix: {
      zh: '在官方充值或激活页面再试一次，截下完整的报错提示（如“该卡密已被使用”“卡密格式错误”），画面里要有所在页面和时间，卡密可以只露后几位。如果截图没被识别为报错，可把文件名改成以 error 开头。',
      en: 'Try the code once more on the official redeem or activation page and screenshot the whole error message (for example that the code has already been used or has the wrong format), with the page and the time visible; you may hide all but the last digits of the code. If the capture is not recognised, start its file name with error.',
    },
  },
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
