import { findPhrase } from '../facts/match.js';
import { BUYER_CAUSED } from '../rules/schema.js';
import { defineCheck } from './define.js';
import { failureName, faultOf, ofKind, reasonName } from './util.js';

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
    buyer: {
      message: {
        zh: '报错截图显示的是"{shown}": "{quote}"。{fault}, 不是商品的问题, 按"{reason}"申请会被驳回',
        en: 'The error capture shows {shown}: "{quote}". {fault}, not a fault of the goods; a claim of "{reason}" will be rejected',
      },
      suggestion: {
        zh: '先按提示解决 (装好基础游戏、换到商品页写明的地区账号、核对充值账号) 再试; 确实是自己买错, 请与商家协商取消, 而不是按商品有问题申请。',
        en: 'Fix what the message says (install the base game, use an account of the region the page named, check the account you typed) and try again; if you bought the wrong thing, ask the shop to cancel rather than claiming the goods are faulty.',
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
    // A capture of a used code fits the claim as a capture even where the chat says the buyer used it
    // (the claim fails on that, and reason-mismatch says so).
    if (shown.some((f) => wanted.has(f.shown ?? f.kind))) return;
    const buyer = shown.find((f) => BUYER_CAUSED.has(f.kind));
    if (buyer) {
      report('buyer', {
        file: buyer.ref.file,
        boxes: [buyer.ref.box],
        data: { shown: failureName(buyer.kind), quote: buyer.ref.text, fault: faultOf(buyer.kind), reason: reasonName(model) },
      });
      return;
    }
    const first = shown.find((f) => f.kind !== 'unknown');
    if (first) {
      report('other', {
        file: first.ref.file,
        boxes: [first.ref.box],
        data: { shown: failureName(first.kind), reason: reasonName(model) },
      });
      return;
    }
    // A failure of no known kind, or no failure read at all: quote what the capture says, its
    // line with a failure's words where it has one (a form's "验证码错误" under its fields).
    const unknown = shown[0];
    const capture = captures.find((c) => c.file === unknown?.ref.file) ?? captures[0]!;
    const cue = capture.lines.find((l) => findPhrase(l.text, model.rules.lexicon.failure_cue) !== undefined);
    const quoted = unknown?.ref ?? cue;
    report('unclear', { file: capture.file, boxes: [quoted?.box], data: { reason: reasonName(model), text: quoted?.text ?? capture.lines.map((l) => l.text).join(' ') } });
  },
});
