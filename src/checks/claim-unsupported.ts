import type { CaseModel } from '../model.js';
import { defineCheck } from './define.js';
import { durationText } from '../time.js';
import { promiseKept, reasonName, supports } from './util.js';

export default defineCheck({
  code: 'claim-unsupported',
  severity: 'error',
  capture: {
    zh: '截图能证明“{reason}”的页面: {evidence}, 要带时间。',
    en: 'Screenshot what proves "{reason}": {evidence}, with the time.',
  },
  docs: {
    what: {
      zh: '证据里找不到任何支持所选原因的内容：卡密无效或账号无法激活时没有对应的失败提示；未收到货时没有未发货或未到账的显示；延迟发货时没有商家承诺的发货时间 (聊天、商品页或条款里；只有你自己说的不算)，或订单在承诺的时间内就发货了、承诺的时间还没到；商品描述不符时没有指出不符的消息，也没有“承诺加失败”；买错商品时没有说明买错或申请取消的消息，或商品已被使用 (已兑换、已换绑、已确认收货)。订单页已显示这笔订单退过款 (已退款、退款成功) 时也报这一项：钱已退回，不能再申请；未收到货、延迟发货而付款还没完成 (付款确认中) 时也一样；聊天里你在最后一次反馈之后说问题已解决 (换的码能用了) 时也一样；说没收到货而订单页上显示着卡密本身, 或商家说已发货而你说还没看过发到的地方时也一样；说没收到货而商品已经发出、商家说充到的是你下单时填的账号或区服时也一样。',
      en: 'Nothing in the evidence supports the chosen reason: for invalid code or activation failed, no matching failure message; for not received, nothing showing the goods undelivered or not arrived; for late delivery, no delivery time the shop promised (in the chat, on the product page or in its terms; your own word alone does not count), or the order delivered within it or that time not yet run out; for not as described, no message saying it differs and no promise followed by a failure; for wrong purchase, no message saying you bought the wrong item or asking to cancel, or the goods already taken into use (redeemed, the account rebound, receipt confirmed). It is also reported when an order page shows the order already refunded (已退款, 退款成功, "Refunded"): money sent back cannot be claimed again; when nothing came (or came late) on an order whose payment is not complete (付款确认中, "Payment pending"); likewise when, after your last report, you say in the chat that the problem is solved (the replacement code worked); and when a claim that nothing arrived stands beside an order page that shows the key itself, or beside the shop saying it was sent while you say you have not looked where it went; and when a claim that nothing arrived meets goods delivered that the shop says went to the account or server you entered.',
    },
    why: {
      zh: '平台采用“谁主张，谁举证”原则，你需要证明商品有问题或商家违约；拿不出有效证据，平台无法支持退款。',
      en: 'Platforms apply the rule that the claimant must prove the claim: you have to show the goods are faulty or the merchant broke the deal, and without evidence the platform cannot grant the refund.',
    },
    fix: {
      zh: '按所选原因补充证据：卡密无效或无法激活补报错截图和反馈聊天；未收到货补显示未发货的订单页和催发货聊天；延迟发货补商家承诺的发货时间和超时未发的订单页；描述不符补商品描述或承诺及不符的实际情况；买错商品补你及时申请取消的聊天。',
      en: 'Add the evidence for your reason: for an invalid code or failed activation, the error capture and the chat reporting it; for not received, the order page showing it undelivered and the chat asking for it; for late delivery, the promised delivery time and the order still undelivered after it; for not as described, the description or promise and what differs from it; for wrong purchase, the chat where you promptly asked to cancel.',
    },
  },
  messages: {
    cured: {
      message: { zh: '{file} 里你说问题已经解决: "{quote}"; 再按"{reason}"申请会被驳回', en: 'In {file} you say the problem is solved: "{quote}"; a claim of "{reason}" will be rejected' },
      suggestion: {
        zh: '商家已经补救 (换码、补发) 并且能用了, 就不要再申请退款; 如果之后又出了问题, 截图新的报错和反馈聊天再申请。',
        en: 'The shop made it good (a new code, a resend) and it works: do not claim a refund; if it fails again later, capture the new error and your report, then claim.',
      },
    },
    refunded: {
      message: { zh: '{file} 显示这笔订单已经退过款: "{quote}"; 再按"{reason}"申请会被驳回', en: '{file} shows this order already refunded: "{quote}"; a claim of "{reason}" will be rejected' },
      suggestion: {
        zh: '钱已退回的部分不能再申请; 如果只退了一部分, 只就没退的部分申请 (case.yaml 写明金额), 并附上这张退款记录。',
        en: 'Money already sent back cannot be claimed again; if only part was refunded, claim only the rest (give the amount in case.yaml) and attach this refund record.',
      },
    },
    unpaid: {
      message: {
        zh: '{file} 显示这笔付款还没完成: "{quote}"; 付款没完成, 商家还不欠你货',
        en: '{file} shows the payment not complete: "{quote}"; until it is, the shop owes no goods',
      },
      suggestion: {
        zh: '等付款完成 (银行确认后) 再看是否到货; 付款失败的话联系支付方或取消订单, 不要按"{reason}"申请。',
        en: 'Wait until the payment completes (the bank confirms it); if it fails, contact the payment provider or cancel the order instead of claiming "{reason}".',
      },
    },
    taken: {
      message: {
        zh: '{file} 显示商品已经被使用或接收: "{quote}"; "{reason}" 只适用于没用过的商品',
        en: '{file} shows the goods already taken into use: "{quote}"; "{reason}" holds only for goods not used',
      },
      suggestion: {
        zh: '已兑换、已换绑或已确认收货的商品一般不能按拍错退; 如果商品本身有问题, 换成对应的原因并附上证据。',
        en: 'Goods already redeemed, rebound or confirmed received are usually not refunded as a wrong purchase; if the goods themselves are faulty, choose that reason and attach its evidence.',
      },
    },
    shown: {
      message: {
        zh: '{file} 上显示了商品本身: "{quote}"; 卡密或密钥已经在订单页上, 不能按"{reason}"申请',
        en: '{file} shows the goods themselves: "{quote}"; the key or code is on the order page, so "{reason}" does not hold',
      },
      suggestion: {
        zh: '先在订单页查看或复制卡密; 如果卡密用不了, 换成"卡密无效"并附上报错截图。',
        en: 'Open or copy the key from the order page first; if it does not work, choose "invalid code" and attach the error.',
      },
    },
    credited: {
      message: {
        zh: '商家说商品已经送到你下单时填的账号或区服: "{quote}" ({file}); 送到了你填的地方, "{reason}" 站不住',
        en: 'The shop says the goods went to the account or server you entered: "{quote}" ({file}); delivered where you asked, "{reason}" does not hold',
      },
      suggestion: {
        zh: '如果是你填错了账号或区服, 这是你自己的失误, 平台一般不退 (可以请商家帮忙协调); 如果你填的没错, 截图订单上你填的账号和商家充到的账号, 证明两者不同再申请。',
        en: 'If you entered the wrong account or server, the slip is yours and platforms rarely refund it (ask the shop to help); if what you entered was right, capture the account on the order beside the one the shop credited, to show they differ, then file.',
      },
    },
    unchecked: {
      message: {
        zh: '商家或通知说已经发货, 而你说还没看过发到的地方: "{quote}" ({file}); 没看就说没收到, "{reason}" 站不住',
        en: 'The shop or a notice says the goods were sent, and you say you have not looked where they went: "{quote}" ({file}); "{reason}" does not hold before you do',
      },
      suggestion: {
        zh: '先查看下单时填的邮箱 (含垃圾箱)、短信和订单页; 确实没有再截图这些地方, 连同发货通知一起提交。',
        en: 'Check the e-mail you gave at checkout (spam too), your texts and the order page first; if nothing is there, capture those places with the delivery notice and file then.',
      },
    },
    onTime: {
      message: {
        zh: '订单在付款后 {took} 就发货了, 没有超过商家承诺的时间 ({promised}): "{quote}"',
        en: 'The order was delivered {took} after the payment, within the time the shop promised ({promised}): "{quote}"',
      },
      suggestion: {
        zh: '按时到了就不算延迟发货; 如果到手的东西本身有问题, 换成对应的原因并附上证据。',
        en: 'Goods that came in time were not late; if what came is faulty, choose that reason and attach its evidence.',
      },
    },
    notYet: {
      message: {
        zh: '付款后才过了 {took}, 商家承诺的发货时间 ({promised}) 还没到: "{quote}"',
        en: 'Only {took} have passed since the payment; the delivery time the shop promised ({promised}) has not run out: "{quote}"',
      },
      suggestion: {
        zh: '等承诺的时间过了还没发货再申请 (注意申请期限); 现在申请会被当成还没超时。',
        en: 'File once the promised time has passed with nothing delivered (mind the window); filed now, the delivery is not late yet.',
      },
    },
    unsupported: {
      message: { zh: '证据里没有任何内容支持"{reason}"', en: 'Nothing in the evidence supports "{reason}"' },
      suggestion: {
        zh: '谁主张谁举证: 补充能证明"{reason}"的截图 ({what})。',
        en: 'The claimant must prove it: add screenshots that show "{reason}" ({what}).',
      },
    },
  },
  evaluate(model, report) {
    const { reason } = model;
    if (reason.supported_by.length === 0) return;
    // The buyer says the problem is gone (a replacement code worked), after a report there.
    const reports = model.facts.reports;
    // A failure told after it ("又不行了，提示已被使用") undoes it; a later word that only asks for the refund does not.
    const told = model.facts.failures.filter((f) => f.ref.kind === 'chat' && f.ref.side === 'buyer');
    const cured = model.facts.cured.find((r) => reports.some((p) => p.file === r.file && p.line < r.line) && !told.some((f) => f.ref.file === r.file && f.ref.line > r.line));
    // The order page shows the money already sent back: the claim asks for it again.
    const refund = model.facts.refunded[0];
    const refunded = refund && !refundLeavesClaim(model, refund.file) ? refund : undefined;
    // A claim that nothing came (or came late), on an order whose payment is not complete.
    const unpaid = reason.supported_by.some((k) => k === 'not_arrived' || k === 'delivery_promise') && model.facts.delivered.length === 0 ? model.facts.unpaid[0] : undefined;
    // A claim that nothing came, while an order page shows the key itself (revealed on the page), or
    // while the shop or a notice says it was sent and the buyer has not looked where it went.
    const nothingCame = reason.supported_by.includes('not_arrived') && !reason.supported_by.includes('failure');
    const shown = nothingCame ? model.facts.goodsShown[0] : undefined;
    // A claim for unused goods, or that nothing came, when the goods were taken (redeemed, rebound, receipt confirmed: 确认收货).
    const taken = reason.needs_unused || nothingCame ? model.facts.taken[0] : undefined;
    const unchecked = nothingCame && model.facts.delivered.length > 0 ? model.facts.unchecked[0] : undefined;
    // A claim that nothing came, while the goods were delivered and the shop says they went to the
    // account or server the buyer entered (这是你下单时填的, "sent to the server you selected").
    const sent = model.facts.delivered.length > 0 || model.order.deliveredAt !== undefined;
    const credited = nothingCame && sent ? model.facts.failures.find((f) => f.kind === 'wrong_account' && f.ref.kind === 'chat' && f.ref.side === 'merchant')?.ref : undefined;
    // Each undoes the claim by a line of the evidence, quoted; the first found is told.
    const undone = ([['cured', cured], ['refunded', refunded], ['unpaid', unpaid], ['taken', taken], ['shown', shown], ['credited', credited], ['unchecked', unchecked]] as const).find(([, ref]) => ref !== undefined);
    if (undone) {
      const [id, ref] = undone;
      report(id, { file: ref!.file, boxes: [ref!.box], data: { file: ref!.file, quote: ref!.text, reason: reasonName(model) } });
      return;
    }
    if (reason.supported_by.some((kind) => supports(model, kind))) return;
    // A delivery time was promised, and kept, or has not run out yet.
    const kept = reason.supported_by.includes('delivery_promise') ? promiseKept(model) : undefined;
    const promise = model.facts.deliveryPromises.find((p) => p.minutes === kept?.promised) ?? model.facts.deliveryPromises[0];
    if (kept && promise) {
      report(kept.delivered ? 'onTime' : 'notYet', { file: promise.ref.file, boxes: [promise.ref.box], data: { took: durationText(kept.took), promised: durationText(kept.promised), quote: promise.ref.text } });
    } else report('unsupported', { data: { reason: reasonName(model), what: reason.evidence } });
  },
});

/**
 * Whether the money already sent back is only part of the order and the claim asks no more than
 * the rest (a ¥2.00 fee refunded, ¥95.50 of ¥97.50 claimed): the claim then stands.
 */
function refundLeavesClaim(model: CaseModel, file: string): boolean {
  const paid = model.order.amount;
  const asked = model.claim.amount;
  if (paid === undefined || asked === undefined) return false;
  const back = model.facts.amounts.filter((a) => a.ref.file === file && a.value > 0 && a.value < paid - 0.005).map((a) => a.value);
  return back.length > 0 && asked + Math.max(...back) <= paid + 0.01;
}
