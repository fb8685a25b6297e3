import { describe, expect, it } from 'vitest';
import { extractFacts, windowMinutes } from '../../src/facts/extract.js';
import { timeFromName } from '../../src/ingest/evidence.js';
import { loadRules } from '../../src/rules/load.js';
import type { Evidence, EvidenceKind, Side } from '../../src/types.js';

const lexicon = loadRules().lexicon;
const ctx = { lexicon, timezone: 'Asia/Shanghai', reference: new Date('2026-11-25T10:00:00+08:00') };

/** The failure kinds read on one line of evidence of a kind, said by a side. */
const kinds = (kind: EvidenceKind, text: string, side?: Side): string[] => extractFacts([evidence(kind, [[text, side]])], ctx).failures.map((f) => f.kind);

function evidence(kind: EvidenceKind, lines: [string, Side?][], file = 'x.png'): Evidence {
  return {
    file,
    absPath: file,
    source: 'image',
    kind,
    kindFrom: 'content',
    confidence: 90,
    lines: lines.map(([text, side], i) => ({ text, conf: 90, block: i, side: side ?? 'unknown' })),
  };
}

describe('facts', () => {
  it('reads order numbers with their labels, and tells a trade number apart', () => {
    const f = extractFacts([evidence('order', [['订单号 2026112514320012345'], ['交易单号 4200001234202611251234567890'], ['E2026112500012345']])], ctx);
    expect(f.orderIds.map((o) => [o.value, o.label])).toEqual([
      ['2026112514320012345', 'order'],
      ['4200001234202611251234567890', 'trade'],
      ['E2026112500012345', 'bare'],
    ]);
  });

  it('never takes a value beside a card-code, password, key, phone, ID or bank-card label for an order number', () => {
    const f = extractFacts(
      [
        evidence('error', [['卡号: QX4T8B2NWF7RKC3D'], ['卡 密: 5839221074619902'], ['卡寓 6213552088710094'], ['订单号 2026112514320012345 卡密: 8273661509342281']]),
        evidence('chat', [['身份证号 11010119900307451X', 'buyer'], ['order K7M2Q9X4B8N1L5TZ', 'buyer']], 'c.png'),
        // On an order page, a label on one line and its value on the next (one block).
        { ...evidence('order', [['卡 号'], ['7K3M9Q2X8B4N1L5T'], ['订单编号'], ['2026112514320012345']], 'o.png'), lines: [['卡 号', 0], ['7K3M9Q2X8B4N1L5T', 0], ['订单编号', 1], ['2026112514320012345', 1]].map(([text, block]) => ({ text: text as string, conf: 90, block: block as number, side: 'unknown' as const })) },
      ],
      ctx,
    );
    expect(f.orderIds.map((o) => [o.value, o.label])).toEqual([
      ['2026112514320012345', 'order'],
      ['K7M2Q9X4B8N1L5TZ', 'order'],
      ['2026112514320012345', 'order'],
    ]);
  });

  it('reads amounts, including a yuan sign OCR read as Y, # or 羊', () => {
    const f = extractFacts([evidence('order', [['实付金额 ¥28.00'], ['实付 Y47.50'], ['合计 #9.90'], ['羊12.00'], ['面值 30元']])], ctx);
    expect(f.amounts.map((a) => a.value)).toEqual([28, 47.5, 9.9, 12]);
    expect(f.amounts[0]!.labeled).toBe(true);
    // a labelled total in another currency, with a thousands separator
    expect(extractFacts([evidence('order', [['Total INR 1,499.00']])], ctx).amounts.map((a) => a.value)).toEqual([1499]);
    // thousands separated by dots (dong, rupiah, euro), the dong's sign read as d before or after
    const dots = (text: string) => extractFacts([evidence('order', [[text]])], ctx).amounts.map((a) => a.value);
    expect(dots('Tong cong ₫549.000')).toEqual([549000]);
    expect(dots('Rp150.000 x1')).toEqual([150000]);
    expect(dots('€1.234,50')).toEqual([1234.5]);
    expect(dots('Order Total d500.000')).toEqual([500000]);
    expect(dots('Thé Zing 100.000d - ma thé gui qua chat')).toEqual([100000]);
    expect(dots('¥28.00')).toEqual([28]);
    expect(dots('Order Total 200.000')).toEqual([200000]);
    expect(dots('Total 28.50')).toEqual([28.5]);
  });

  it('places chat times: full dates, month-day separators and a bare time after them', () => {
    const f = extractFacts([evidence('chat', [['2026-11-21 10:08', 'system'], ['11月25日 14:32', 'system'], ['14:50', 'system']])], ctx);
    expect(f.times.map((t) => t.at.toISOString())).toEqual(['2026-11-21T02:08:00.000Z', '2026-11-25T06:32:00.000Z', '2026-11-25T06:50:00.000Z']);
  });

  it('takes speakers into account: a threat counts only from the buyer, a promise only from the merchant', () => {
    const f = extractFacts(
      [evidence('chat', [['不退就投诉你,骗子', 'buyer'], ['你再说我是骗子试试', 'merchant'], ['保证能用,放心', 'merchant'], ['保证能用吗?', 'buyer']])],
      ctx,
    );
    expect(f.threats.map((t) => t.text)).toEqual(['不退就投诉你,骗子']);
    expect(f.promises.map((p) => p.text)).toEqual(['保证能用,放心']);
  });

  it('matches meaning with an OCR slip, and not a negated phrase', () => {
    const f = extractFacts([evidence('error', [['该卡密己被使用']]), evidence('chat', [['没有问题了,谢谢', 'buyer']], 'c.png')], ctx);
    expect(f.failures.map((x) => x.kind)).toContain('used');
    expect(f.reports).toEqual([]);
  });

  it('reads refund windows in terms, but a delivery promise is not a refund window', () => {
    expect(windowMinutes('卡密错误需在1小时内反馈')).toBe(60);
    expect(windowMinutes('请在收到后30分钟内联系客服')).toBe(30);
    expect(windowMinutes('半小时内')).toBe(30);
    const f = extractFacts(
      [evidence('policy', [['卡密有问题请在收到后30分钟内联系客服'], ['付款后10分钟内到账']]), evidence('chat', [['10分钟内到账', 'merchant']], 'c.png')],
      ctx,
    );
    expect(f.windows.map((w) => w.minutes)).toEqual([30]);
    // Both the shop's "10分钟内到账" and the merchant's are delivery promises.
    expect(f.deliveryPromises.map((p) => p.minutes)).toEqual([10, 10]);
  });

  it('reads what a window times in its own clause: a delivery timed beside a refund is no refund window', () => {
    const terms = (text: string) => extractFacts([evidence('policy', [[text]])], ctx);
    const zh = terms('付款后10分钟内到账，如未到账可申请退款');
    expect(zh.windows).toEqual([]);
    expect(zh.deliveryPromises.map((p) => p.minutes)).toEqual([10]);
    const en = terms('If you do not receive your product key within 24 hours of purchase, you are eligible for a refund.');
    expect(en.windows).toEqual([]);
    expect(en.deliveryPromises.map((p) => p.minutes)).toEqual([24 * 60]);
    // the delivery named as the start of the window does not time it
    expect(terms('自收到激活码之日起7日内（自然日）遇质量问题的，可以提交退换货申请').windows.map((w) => w.minutes)).toEqual([7 * 24 * 60]);
    expect(terms('Refund requests must be made within 24 hours of delivery.').windows.map((w) => w.minutes)).toEqual([24 * 60]);
  });

  it('finds private channels but not a checkout payment method', () => {
    const f = extractFacts([evidence('chat', [['加我微信,直接转你', 'merchant'], ['支付方式 微信支付', 'unknown']])], ctx);
    expect(f.privateChannel.map((p) => p.text)).toEqual(['加我微信,直接转你']);
  });

  it('takes a failure said of something else (a captcha, a coupon, an upload) for none, clause by clause', () => {
    const kinds = (text: string): string[] => extractFacts([evidence('error', [[text]])], ctx).failures.map((f) => f.kind);
    expect(kinds('优惠券已过期')).toEqual([]);
    expect(kinds('加载失败，请稍后再试')).toEqual([]);
    expect(kinds('Upload failed, please check your network and try again')).toEqual([]);
    expect(kinds('验证码正确，卡密已被使用')).toEqual(['used']);
    // a login that expired, a listing taken down, a payment signature: not the goods' code
    expect(kinds('登录信息已过期,请重新登录')).toEqual([]);
    expect(kinds('⚠️ 商品不存在或已下架')).toEqual([]);
    expect(kinds('Your session has expired, please sign in again')).toEqual([]);
    expect(kinds('卡密不存在或已过期')).not.toEqual([]);
    // a code refused for where it is used is a region lock, in words no list holds
    expect(kinds('This activation code cannot be used in the set region.')).toEqual(['region_locked']);
    expect(kinds('该兑换码不能在当前国家/地区使用')).toEqual(['region_locked']);
    expect(kinds('Tried to copy the key. The message appeared: Your license key appears invalid')).toEqual(['invalid']);
  });

  it('puts the kind that says why first: a code already activated or used, not "activation failed"', () => {
    const first = (text: string): string | undefined => extractFacts([evidence('error', [[text]])], ctx).failures[0]?.kind;
    expect(first('激活码激活失败，提示已被激活')).toBe('activated');
    expect(first('激活失败：该激活码已被使用')).toBe('used');
    expect(first('Activation failed: this product key is invalid')).toBe('invalid');
  });

  it('reads wording families: the goods that never came, a refusal of refunds, an undertaking, in either order', () => {
    const chat = (text: string, side: Side) => extractFacts([evidence('chat', [[text, side]])], ctx);
    expect(chat("Hello, my license key hasn't arrived", 'buyer').failures.map((f) => f.kind)).toEqual(['not_arrived']);
    expect(chat('I paid but still no license code', 'buyer').failures.map((f) => f.kind)).toEqual(['not_arrived']);
    expect(chat('激活码到现在还没发', 'buyer').failures.map((f) => f.kind)).toEqual(['not_arrived']);
    expect(chat('It\'s been 5 hours and nothing. The order page still shows "Delivery pending".', 'buyer').failures.map((f) => f.kind)).toEqual(['not_arrived']);
    expect(chat('the og owner recovered the account last night, i cant send it to u', 'merchant').failures.map((f) => f.kind)).toEqual(['not_arrived']);
    expect(chat('Sorry, a replacement key will be sent today', 'merchant').undertakings).toHaveLength(1);
    const terms = (text: string) => extractFacts([evidence('policy', [[text]])], ctx);
    expect(terms('We do not provide refunds for digital goods.').noRefund).toHaveLength(1);
    expect(terms('Returns are not possible once the key is revealed.').noRefund).toHaveLength(1);
    // a typographic hyphen (U+2010) is a hyphen
    expect(terms('Products for which the Customer has received a serial number are non\u2010refundable.').noRefund).toHaveLength(1);
    expect(terms('We send a new key, or a refund if a replacement is not possible.').noRefund).toHaveLength(0);
  });

  it('reads a refusal for lateness as the end of the refund window, not a no-refund term', () => {
    const f = extractFacts([evidence('policy', [['超过7天的订单不予退货'], ['Refunds are not possible if more than 14 days have passed since purchase.']])], ctx);
    expect(f.noRefund).toEqual([]);
    expect(f.windows.map((w) => w.minutes)).toEqual([7 * 24 * 60, 14 * 24 * 60]);
    expect(extractFacts([evidence('policy', [['虚拟商品一经售出不予退货']])], ctx).noRefund).toHaveLength(1);
  });

  it('takes the buyer naming the goods with a question or a negation for a problem report, but not thanks', () => {
    const reports = (text: string) => extractFacts([evidence('chat', [[text, 'buyer']])], ctx).reports.length;
    expect(reports('这个激活码是不是错的')).toBe(1);
    expect(reports("the key isn't accepted by the launcher")).toBe(1);
    expect(reports('卡密收到了，谢谢')).toBe(0);
    expect(reports('好了谢谢，激活码能用了')).toBe(0);
    // Cantonese: "only got 3 codes, where are the other 2?"
    expect(reports('訂單HKG-77402買咗5張，淨係收到3張碼，仲有2張呢?')).toBe(1);
    expect(reports('留底：PSN卡 淨係收到3張')).toBe(1);
    expect(reports('5張都收到晒，唔該')).toBe(0);
    expect(reports('已經六個鐘,仲係未到,麻煩跟進。')).toBe(1);
    expect(reports('买的两份5000点券,现在只到了一份5000,还差一份')).toBe(1);
    expect(reports('两个多小时了,卖家还没交号')).toBe(1);
    expect(reports('两份都到了，谢谢')).toBe(0);
    expect(reports('Paid for the account on EzAccounts. When do I get the login?')).toBe(1);
  });

  it('takes a failure the shop foresees ("如果没收到…", "If you haven\'t received…") for none, and a buyer\'s condition for what it tells', () => {
    const chat = (text: string, side: Side) => extractFacts([evidence('chat', [[text, side]])], ctx);
    expect(chat('如果没收到卡密，请检查一下邮箱垃圾箱', 'merchant').failures).toHaveLength(0);
    expect(chat("I'm still generating the licenses once per day. If you haven't received yours it might be in the spam folder.", 'merchant').failures).toHaveLength(0);
    // said as it is, the same words are the shop owning up to it
    expect(chat('你的卡密还没发，我现在补', 'merchant').failures.map((f) => f.kind)).toEqual(['not_arrived']);
    // a buyer's condition still tells that nothing came, and is a report
    const buyer = chat('要是今天还没收到卡密我就投诉', 'buyer');
    expect(buyer.failures.map((f) => f.kind)).toEqual(['not_arrived']);
    expect(buyer.reports).toHaveLength(1);
    // an order page's note foreseeing no delivery is no undelivered status
    const page = (text: string) => extractFacts([evidence('order', [[text]])], ctx).undelivered;
    expect(page('如有未发货情况请联系客服')).toHaveLength(0);
    expect(page('订单状态：未发货')).toHaveLength(1);
  });

  it('takes a failure a page foresees or asks about for none, of any kind; an error dialog still shows its failure', () => {
    const page = (text: string, kind: EvidenceKind = 'error') => extractFacts([evidence(kind, [[text, 'system']])], ctx).failures.map((f) => f.kind);
    expect(page("If you bought the card second-hand, there's a chance someone else has already used it.")).toEqual([]);
    expect(page('若出現此一錯誤，即表示您帳戶所登記的信用卡可能已逾期。')).toEqual([]);
    expect(page('皇室战争充值未到账应如何处理?', 'other')).toEqual([]);
    expect(page('兑换失败：该卡密已被使用，如有疑问请联系客服')).toEqual(['used']);
    expect(page('This code has reached its redemption limit.')).toEqual(['used']);
    expect(page('兑换码已停用')).toEqual(['invalid']);
  });

  it('reads delivery promises: a time, a range, working days, or at once with no time; not the delivery done', () => {
    const promised = (kind: EvidenceKind, text: string, side: Side = 'unknown') => extractFacts([evidence(kind, [[text, side]])], ctx).deliveryPromises.map((p) => p.minutes);
    expect(promised('order', 'Your order is being processed. Delivery within 24-48 hours.')).toEqual([48 * 60]);
    expect(promised('policy', '1-3个工作日内发货')).toEqual([3 * 24 * 60]);
    expect(promised('policy', 'Instant products are typically delivered in 15 minutes.')).toEqual([15]);
    expect(promised('order', '本店自动发货，支付成功后会跳转到发货页面。')).toEqual([0]);
    expect(promised('other', '快充通道，付款后10分钟内到账。')).toEqual([10]);
    expect(promised('chat', '上游卡单了，稍等，半小时内给您发', 'merchant')).toEqual([30]);
    expect(promised('order', '订单状态：已自动发货')).toEqual([]);
    // working days time the shop's processing: no refund window either
    const windows = (text: string) => extractFacts([evidence('policy', [[text]])], ctx).windows;
    expect(windows('提交退款申请并上传凭证，等待3-5个工作日审核')).toHaveLength(0);
    expect(windows('In case of refund requests made after 3 days from the delivery, we are no longer obliged to offer a refund.').map((w) => w.minutes)).toEqual([3 * 24 * 60]);
  });

  it('reads the goods taken into use, and no-refund terms on fees as refusing nothing of the goods', () => {
    const chat = (text: string, side: Side) => extractFacts([evidence('chat', [[text, side]])], ctx).taken;
    expect(chat('Yes, I already added it to my Spotify account before I noticed the price.', 'buyer')).toHaveLength(1);
    expect(chat('号我已经换绑到我手机上了，但是我拍错区了', 'buyer')).toHaveLength(1);
    expect(chat('交付进度：已换绑·买家已确认收货', 'merchant')).toHaveLength(1);
    expect(chat('Did you already redeem it?', 'merchant')).toHaveLength(0);
    expect(chat('我想先兑换看看能不能用', 'buyer')).toHaveLength(0);
    const terms = (text: string) => extractFacts([evidence('policy', [[text]])], ctx).noRefund.map((t) => t.type);
    expect(terms('Please note that payment processing fees are non-refundable.')).toEqual([]);
    expect(terms('虚拟商品的退款服务不包括因您的误操作或忘记使用导致的损失。')).toEqual(['non_quality']);
  });

  it('takes a refund sent to another party for no undertaking, and a delivery said under a condition for none', () => {
    const chat = (text: string, side: Side) => extractFacts([evidence('chat', [[text, side]])], ctx);
    expect(chat('If your key was deactivated, we recommend you contact the site you purchased it from for a full refund.', 'merchant').undertakings).toHaveLength(0);
    expect(chat('请联系您的购买渠道申请退款', 'merchant').undertakings).toHaveLength(0);
    expect(chat('We will issue a full refund today.', 'merchant').undertakings).toHaveLength(1);
    expect(chat("If you're sure your email could accept it and still not received, click Resend License Key.", 'merchant').delivered).toHaveLength(0);
    expect(chat('The key has been sent to your email.', 'merchant').delivered).toHaveLength(1);
  });

  it("takes a top-up account that does not exist for the buyer's own entry, and a top-up code that is invalid for the card's", () => {
    const kinds = (text: string) => extractFacts([evidence('error', [[text]])], ctx).failures.map((f) => f.kind);
    expect(kinds('无效的充值号码')).toEqual(['wrong_account']);
    expect(kinds('充值账号不存在')).toEqual(['wrong_account']);
    expect(kinds('We could not find User ID of: 5512.')).toEqual(['wrong_account']);
    expect(kinds('无效的充值码')).toEqual(['invalid']);
  });

  it('takes a key shown on a page, masked or not, for a delivery', () => {
    const page = (text: string) => extractFacts([evidence('order', [[text]])], ctx).delivered;
    expect(page('12 Month(s) Xbox LIVE Gold : *****-*****-*****-*****-***** Redeem Now')).toHaveLength(1);
    expect(page('Windows 10 Pro Key: VK7JG-NPHTM-C97JM-9MPGT-3V66T')).toHaveLength(1);
    expect(page('Order 2026-11-25 pending')).toHaveLength(0);
    expect(page('Order ID 1234-5678-9012-3456')).toHaveLength(0);
  });

  it('takes a question asked before the goods are used for no problem told', () => {
    const chat = (text: string) => extractFacts([evidence('chat', [[text, 'buyer']])], ctx).reports;
    expect(chat('Quick question before I redeem: does the 25 CAD card work on a new Canadian account?')).toHaveLength(0);
    expect(chat('兑换前先问一下，这个卡密国服能用吗？')).toHaveLength(0);
    expect(chat('Why does the card not work on my account?')).toHaveLength(1);
    expect(chat('激活码是不是错的？')).toHaveLength(1);
  });

  it("does not take a friend's words told on, nor 要不 for a negation", () => {
    const chat = (text: string) => extractFacts([evidence('chat', [[text, 'buyer']])], ctx).threats;
    expect(chat('A friend told me to "just call you scammers in a review". I don\'t want to do that.')).toHaveLength(0);
    expect(chat('要不起诉看看？')).toHaveLength(1);
    expect(chat('求退款-不然我投诉')).toHaveLength(1);
  });

  it('reads threats, wrong purchases and off-platform offers said in words no single phrase lists', () => {
    const chat = (text: string, side: Side) => extractFacts([evidence('chat', [[text, side]])], ctx);
    expect(chat("If this isn't fixed I'm going to contact my bank", 'buyer').threats).toHaveLength(1);
    expect(chat('不退的话我要去黑猫投诉', 'buyer').threats).toHaveLength(1);
    expect(chat("I won't file a complaint, thanks for the help", 'buyer').threats).toHaveLength(0);
    // someone else's words told on are not the buyer's accusation; the buyer's own still is
    expect(chat('群里有人说你家是骗子，我不信', 'buyer').threats).toHaveLength(0);
    expect(chat("People say this shop is a scam but I'd rather ask you first", 'buyer').threats).toHaveLength(0);
    expect(chat('听说这家是黑店，果然是骗子', 'buyer').threats).toHaveLength(1);
    expect(chat('我都说了你是骗子', 'buyer').threats).toHaveLength(1);
    expect(chat('Sorry, I selected the wrong edition', 'buyer').wrongPurchase).toHaveLength(1);
    expect(chat('我购买了错误的游戏或DLC', 'buyer').wrongPurchase).toHaveLength(1);
    expect(chat('Hi, I chose the wrong variation in order 861377205148036. I wanted 2,050 VP but tapped 5,350 VP.', 'buyer').wrongPurchase).toHaveLength(1);
    expect(chat('手一抖直接充了500块，能退吗', 'buyer').wrongPurchase).toHaveLength(1);
    expect(chat('Accidentally subscribed to the annual plan, please cancel', 'buyer').wrongPurchase).toHaveLength(1);
    expect(chat('不好意思, 下了错误的区服', 'buyer').wrongPurchase).toHaveLength(1);
    // overlooking what the listing said is a wrong purchase; overlooking anything else is not
    expect(chat('我没注意到这个只支持Mac,抱歉,我以为两个平台都能用', 'buyer').wrongPurchase).toHaveLength(1);
    expect(chat("Sorry, I didn't notice the listing said Mac only", 'buyer').wrongPurchase).toHaveLength(1);
    expect(chat('我没注意到邮件进了垃圾箱，现在也没找到卡密', 'buyer').wrongPurchase).toHaveLength(0);
    // a wrong purchase denied is none
    expect(chat('可这是卡密不存在，不是我买错了', 'buyer').wrongPurchase).toHaveLength(0);
    // the goods being wrong is no admission
    expect(chat('买的卡密是错误的', 'buyer').wrongPurchase).toHaveLength(0);
    expect(chat('加一下企鹅，我直接退你', 'merchant').privateChannel).toHaveLength(1);
    // a warning against a private deal is no offer of one
    expect(chat('谨防诱导加微信或QQ,退款只走平台', 'merchant').privateChannel).toHaveLength(0);
    expect(chat('Send me your IBAN or your Revolut tag and I return the €55.80 to you directly today', 'merchant').privateChannel).toHaveLength(1);
    expect(chat('Please mark the order as received once you get the code', 'merchant').privateChannel).toHaveLength(0);
    expect(chat('严禁私下交易', 'merchant').privateChannel).toHaveLength(0);
    expect(chat('你加我微信,我私下退你', 'merchant').privateChannel).toHaveLength(1);
    expect(chat('Just message me on WhatsApp and I pay you back', 'merchant').privateChannel).toHaveLength(1);
    expect(chat('Send your username and add me in Discord, I refund you there', 'merchant').privateChannel).toHaveLength(1);
  });
  it('reads a time counted from the purchase as the refund window, and the shop\'s own working time as none', () => {
    const terms = (text: string) => extractFacts([evidence('policy', [[text]])], ctx);
    expect(terms('购买后7天内，产品未使用且可提供有效订单凭证').windows.map((w) => w.minutes)).toEqual([7 * 24 * 60]);
    expect(terms('游戏购买时间不超过14天').windows.length).toBe(1);
    expect(terms('Refunds are not possible if more than 2 weeks have passed since the purchase.').windows.map((w) => w.minutes)).toEqual([14 * 24 * 60]);
    expect(terms('Keys are automatically emailed within 5 minutes after purchase.').windows.length).toBe(0);
    expect(terms('Eligible for a free replacement or full refund (verified by our team within 48 hours).').windows.length).toBe(0);
    expect(terms('将“秒发货”宣传为“24小时内人工处理”').windows.length).toBe(0);
  });

  it('reads a refusal worded around the goods, and "X, not refunds"', () => {
    const terms = (text: string) => extractFacts([evidence('policy', [[text]])], ctx);
    expect(terms('Digital license keys cannot be returned once displayed or emailed.').noRefund.length).toBe(1);
    expect(terms('We provide activation guidance, not refunds.').noRefund.length).toBe(1);
    expect(terms('An unused key can be returned within 30 days.').noRefund.length).toBe(0);
  });

  it('reads the goods the buyer cannot find as not arrived, and money the merchant did not get as no failure', () => {
    const chat = (text: string, side: Side) => extractFacts([evidence('chat', [[text, side]])], ctx);
    expect(chat("I can't find the license key in my email.", 'buyer').failures.map((f) => f.kind)).toEqual(['not_arrived']);
    expect(chat('当面付并没有回调。我也没有收到钱', 'buyer').failures.length).toBe(0);
  });
  it('reads a chat message wrapped into several blocks with the start of its clause: a warning three lines up still warns', () => {
    const lines: [string, Side][] = [['提醒:平台禁止在私信中引导', 'merchant'], ['用户至微信/支付宝/其他平台', 'merchant'], ['下单或支付的私下交易行为,', 'merchant']];
    expect(extractFacts([evidence('chat', lines)], ctx).privateChannel.length).toBe(0);
    expect(extractFacts([evidence('chat', [['亲，我们私下交易吧', 'merchant']])], ctx).privateChannel.length).toBe(1);
    expect(extractFacts([evidence('policy', [['Do not allow a buyer to either mail you a check or pay through Venmo']])], ctx).privateChannel.length).toBe(0);
  });
  it('puts the kind an error code names before what the words suggest', () => {
    const codes = { ...ctx, errorCodes: { '0XC004C008': 'used' as const } };
    const first = (text: string): string | undefined => extractFacts([evidence('error', [[text]])], codes).failures[0]?.kind;
    expect(first('错误代码 0xC004C008：激活服务器确定指定的产品密钥无法使用。')).toBe('used');
    expect(first('激活服务器确定指定的产品密钥无法使用。')).toBe('invalid');
  });
  it('knows real error codes from the built-in table (rules/error-codes.yaml): a code alone names its kind', () => {
    const rules = loadRules();
    const first = (text: string): string | undefined => extractFacts([evidence('error', [[text]])], { ...ctx, errorCodes: rules.errorCodes }).failures[0]?.kind;
    // Windows' "no product key was found on this device" after a hardware change, with the words read run together
    expect(first('Windowsisnot activated. Errorcode:0xC004F213')).toBe('activation_failed');
    expect(first('Error code: 0xC004C003')).toBe('invalid');
    expect(first('Error code: 0xC004C008')).toBe('used');
    // Epic's code-redemption ids name the kind too
    expect(first('Error code: errors.com.epicgames.coderedemption.code_used')).toBe('used');
    expect(first('errors.com.epicgames.coderedemption.code_expired')).toBe('expired');
    // a code the table does not know is still a failure on an error capture, of no known kind
    expect(first('Error code: 0xC0FFEE42')).toBe('unknown');
  });
  it("takes an English time for a window only in a window's words, in digits or words", () => {
    const minutes = (text: string) => extractFacts([evidence('policy', [[text]])], ctx).windows.map((w) => w.minutes);
    // a bare duration: how slow chargebacks are, how soon a refund comes
    expect(minutes('For digital goods, chargebacks are slow (30-120 days) and expensive; we refund any genuine problem ourselves.')).toEqual([]);
    expect(minutes('After 48 hours, we will refund your money.')).toEqual([]);
    // windows
    expect(minutes('You can refund a package within five days of purchase if it hasn’t been used.')).toEqual([5 * 24 * 60]);
    expect(minutes('The refund must be requested within **15 days** of purchase.')).toEqual([15 * 24 * 60]);
    expect(minutes('Refunds may be rejected if you purchased the license key more than 60 days ago.')).toEqual([60 * 24 * 60]);
    expect(minutes('We offer a 14-day money-back guarantee.')).toEqual([14 * 24 * 60]);
    expect(minutes('Please report any problem with your key in 24 hours.')).toEqual([24 * 60]);
    expect(minutes('You have a 72 hour window to request a refund.')).toEqual([72 * 60]);
    expect(minutes('We will refund in 24 hours.')).toEqual([]);
    expect(minutes('You will be refunded within 14 days after we receive the goods.')).toEqual([]);
    expect(minutes('The Customer shall have a period of 14 days in which to withdraw from the contract.')).toEqual([14 * 24 * 60]);
    expect(minutes('如要退點請在完成付款七日內辦理退點退費')).toEqual([7 * 24 * 60]);
  });
  it('reads a refund window named without its length as a window of unknown length', () => {
    const terms = (text: string) => extractFacts([evidence('policy', [[text]])], ctx);
    expect(terms('请注意在退款的有效期限内进行申请，以免无法成功退款。').windows.map((w) => w.minutes)).toEqual([undefined]);
    expect(terms('退款说明：请查看有效期限').windows.length).toBe(0);
  });
});


describe('wording of the sixteenth to eighteenth blind sets (session 15)', () => {
  it('reads a Cantonese report of goods short, and a shop saying the rest cannot be topped up, as not arrived', () => {
    const f = extractFacts([evidence('chat', [['訂單PG271205194308我買係1800UC，點解遊入面得660UC？', 'buyer']])], ctx);
    expect(f.reports).toHaveLength(1);
    expect(kinds('chat', '餘下1140 UC補唔到，差價你喺平台申請部分退款', 'merchant')).toEqual(['not_arrived']);
    expect(kinds('chat', '两天多了,还没充', 'buyer')).toEqual(['not_arrived']);
    // the buyer not having topped up yet is no failure
    expect(kinds('chat', '我还没充值，可以退吗', 'buyer')).toEqual([]);
  });
  it('takes a login that fails on a bought account for an activation failure, not an account typed wrong', () => {
    expect(kinds('error', '账号或密码错误，已连续输错3次，请稍后再试')).toContain('activation_failed');
    expect(kinds('error', '账号或密码错误，已连续输错3次，请稍后再试')).not.toContain('wrong_account');
    expect(kinds('error', '充值账号错误，请核对后重试')).toEqual(['wrong_account']);
    // a dialog read as one line: the login failure holds the 账号…错误 within it
    expect(kinds('error', '进入游戏登录失败账号或密码错误,已连续输错3次,请稍后再试或找回密码')).not.toContain('wrong_account');
  });
  it('reads a help page asking of a failure, or saying what may cause one, as no failure shown', () => {
    for (const text of ['兑换失败怎么办？', 'ebay未发货如何退款', '跨区登录可能导致核销失败', 'How to fix "code already redeemed"']) expect(kinds('error', text), text).toEqual([]);
    expect(kinds('error', '兑换失败')).toEqual(['unknown']);
  });
  it('reads a page telling of failures in general, or quoting one in a story, as no failure shown', () => {
    // told in general: a long sentence that begins with its users, a hedge or an example
    expect(kinds('error', '用户常面临卡密提交后状态卡滞、资金到账延迟、客服响应滞后等连锁反应，甚至卡密无效')).toEqual([]);
    expect(kinds('error', 'The most common cause of an invalid PIN error is a character mistyped in the code')).toEqual([]);
    // quoted inside a story, not shown
    expect(kinds('error', '用户反映“支付宝钱扣了，但卡盟显示支付失败”')).toEqual([]);
    expect(kinds('error', "I was getting the 'already redeemed' error on a card I had just bought.")).toEqual([]);
    // a condition a page foresees (若…)
    expect(kinds('error', '若连续3次充值失败：')).toEqual([]);
    // a dialog's own words still show it: quoted after a label, short, or the users named after the failure
    expect(kinds('error', '提示：“卡密已被使用”')).toEqual(['used']);
    expect(kinds('error', '用户不存在')).not.toEqual([]);
    expect(kinds('error', '支付成功后卡密虽扣减却未推送至用户账户')).toEqual(['not_arrived']);
  });
  it('reads a code 已被停用 (disabled) as invalid, though OCR lost the character after 作', () => {
    expect(kinds('error', '此序號已被停用或作，請聯繫官方客服')).toEqual(['invalid']);
  });
  it('takes a client version check for a requirement of the buyer\'s side', () => {
    expect(kinds('error', '激活码版本不匹配,需强制更新')).toEqual(['requirement_missing']);
  });
  it('reads an account listing\'s clean record as a promise', () => {
    expect(extractFacts([evidence('order', [['英雄聯盟 鑽石帳號 無違規紀錄 從未停權']])], ctx).promises).toHaveLength(1);
  });
});

describe('times of the seventeenth blind set (session 15)', () => {
  it('reads a Pixel camera file name in UTC, not the phone\'s local time', () => {
    const file = 'PXL_20271107_135812447.jpg';
    const f = extractFacts([{ ...evidence('error', [['This voucher code has already been redeemed.']], file), nameTime: timeFromName(file) }], { ...ctx, timezone: 'America/New_York' });
    expect(f.times.map((t) => t.at.toISOString())).toEqual(['2027-11-07T13:58:12.000Z']);
  });
  it('dates the bare times of a chat by the day separator above them, not the screenshot\'s day', () => {
    const file = 'photo_2027-11-09_09-41-20.jpg';
    const f = extractFacts([{ ...evidence('chat', [['November 8'], ['Still "Processing", no code.', 'buyer'], ['18:02'], ['Today'], ['09:30']], file), nameTime: timeFromName(file) }], { ...ctx, timezone: 'Asia/Dubai' });
    const text = f.times.filter((t) => t.source === 'text').map((t) => t.at.toISOString());
    expect(text).toEqual(['2027-11-08T14:02:00.000Z', '2027-11-09T05:30:00.000Z']);
  });
  it('takes an error quoted in a report for no threat, and "lost or stolen" for an invalid code', () => {
    const f = extractFacts([evidence('chat', [['Xbox says: "This code was reported lost or stolen." First time I entered it.', 'buyer']])], ctx);
    expect(f.threats).toHaveLength(0);
    expect(f.failures.map((x) => x.kind)).toEqual(['invalid']);
    expect(extractFacts([evidence('chat', [['Refund me today or I will report you to my bank.', 'buyer']])], ctx).threats).toHaveLength(1);
  });
});

describe('wording and times of the twentieth blind set (session 16)', () => {
  it('reads a stored-value card reported as already stored (MyCard [已儲值]) or sent twice as used', () => {
    expect(kinds('error', '您好,此張儲值卡訊息[已儲值],請聯絡MyCard客服人員')).toEqual(['used']);
    expect(kinds('chat', '查過了,這組序號下午已經發給另一位買家,是我們系統把同一組序號發了兩次', 'merchant')).toEqual(['used']);
    // a successful top-up names no card state
    expect(kinds('error', '儲值成功！您已儲值1000點')).toEqual([]);
  });
  it('takes a quoted menu option picked ("選「未收到商品」") for no failure', () => {
    expect(kinds('chat', '請直接在訂單申請退貨/退款選「未收到商品」', 'merchant')).toEqual([]);
    expect(kinds('chat', '还是未收到商品', 'buyer')).toEqual(['not_arrived']);
  });
  it('reads Cantonese characters as their Mandarin ones (唔 不, 冇 没)', () => {
    const f = extractFacts([evidence('chat', [['唔使,係我搞錯,冇DLC就唔符合描述', 'merchant'], ['我個標題寫明連DLC', 'buyer']])], ctx);
    expect(f.notAsDescribed).toHaveLength(2);
    expect(kinds('chat', '點數到而家都冇收到', 'buyer')).toEqual(['not_arrived']);
  });
  it('reads a shop that gave the wrong account as owning goods unlike the description', () => {
    expect(extractFacts([evidence('chat', [['抱歉,我給錯帳號了,這支是我的副帳。', 'merchant']])], ctx).notAsDescribed).toHaveLength(1);
  });
  it('reads 移交 as a delivery, a few minutes as ten, and a payment past its time as unpaid', () => {
    expect(extractFacts([evidence('chat', [['付款後30分鐘內移交', 'merchant']])], ctx).deliveryPromises.map((p) => p.minutes)).toEqual([30]);
    expect(extractFacts([evidence('policy', [['Your code will be delivered to your email address a few minutes after the checkout.']])], ctx).deliveryPromises.map((p) => p.minutes)).toEqual([10]);
    expect(extractFacts([evidence('order', [['訂單狀態 超過付款時間']])], ctx).unpaid).toHaveLength(1);
  });
  it('reads "still no VP" as nothing arrived and a PayNow refund as a private channel, not a PayNow invoice', () => {
    expect(kinds('chat', 'Riot ID sent in my first message, still no VP.', 'buyer')).toEqual(['not_arrived']);
    expect(extractFacts([evidence('chat', [['Can you cancel the order? I PayNow you back the S$38 direct tonight', 'merchant']])], ctx).privateChannel).toHaveLength(1);
    expect(extractFacts([evidence('chat', [['paynow電子發票作廢後依然顯示發票', 'buyer']])], ctx).privateChannel).toHaveLength(0);
  });
  it('places no bare time under a "Today" or a weekday of a screenshot whose day is unknown; a weekday before a known one', () => {
    const f = extractFacts([evidence('chat', [['18 Dec'], ['paid', 'buyer'], ['19:30'], ['Today'], ['Still no VP', 'buyer'], ['08:50']])], { ...ctx, timezone: 'Asia/Singapore' });
    expect(f.times.map((t) => t.at.toISOString())).toEqual(['2026-12-18T11:30:00.000Z']);
    const file = 'Screenshot_20271222-091530.png'; // a Wednesday
    const g = extractFacts([{ ...evidence('chat', [['星期一'], ['还没到', 'buyer'], ['21:05']], file), nameTime: timeFromName(file) }], ctx);
    expect(g.times.filter((t) => t.source === 'text').map((t) => t.at.toISOString())).toEqual(['2027-12-20T13:05:00.000Z']);
  });
});

describe('wording of the twenty-first blind set (session 16)', () => {
  it('reads a serial "in an abnormal state" as invalid, also with 異 read as 翼; an order in one is no card failure', () => {
    expect(kinds('error', '此序號發生翼常,請洽客服人員。錯誤代碼:0xB3')).toEqual(['invalid']);
    expect(kinds('error', '订单异常，请联系客服')).toEqual(['unknown']);
  });
  it('takes no time a page announces ahead (a review that will end, a payment deadline) for an event', () => {
    expect(extractFacts([evidence('chat', [['评审中 评审将于01月05日20:10结束,结束前双方可补充举证']])], ctx).times).toHaveLength(0);
    expect(extractFacts([evidence('order', [['缴费期限 2027-12-22 21:30']])], ctx).times).toHaveLength(0);
    expect(extractFacts([evidence('order', [['付款时间 2027-12-22 21:30']])], ctx).times).toHaveLength(1);
  });
  it('takes a refund by the seller scanning the buyer\'s own payment code for a private channel', () => {
    expect(extractFacts([evidence('chat', [['你先在转转上点确认收货,钱我扫你微信收款码退回去', 'merchant']])], ctx).privateChannel).toHaveLength(1);
  });
  it('reads a top-up not done hours after paying as nothing arrived, and 完成儲值 as a delivery promised', () => {
    expect(kinds('chat', '付款四個多小時了還沒儲值,公告寫2小時內完成', 'buyer')).toEqual(['not_arrived']);
    expect(kinds('chat', '我还没储值，可以退吗', 'buyer')).toEqual([]);
    expect(extractFacts([evidence('policy', [['代儲商品付款後2小時內完成儲值，逾時未完成可申請退款']])], ctx).deliveryPromises.map((p) => p.minutes)).toEqual([120]);
  });
});

describe('wording of the twenty-second blind set (session 16)', () => {
  it('reads a gift card with no balance left or claimed by another account as used, and one cancelled as invalid', () => {
    expect(kinds('error', 'This gift card has no remaining balance')).toEqual(['used']);
    expect(kinds('error', 'This code has already been claimed by another account.')).toEqual(['used']);
    expect(kinds('error', 'This gift card has been cancelled')).toEqual(['invalid']);
    expect(kinds('error', 'Your account has no remaining balance')).toEqual([]);
  });
  it('reads a gift card for another store\'s market as region-locked', () => {
    expect(kinds('error', "This gift card isn't valid for this store's market")).toEqual(['region_locked']);
  });
  it('reads a shop that cannot deliver, a bot waiting for delivery and "no code came" as nothing arrived', () => {
    expect(kinds('chat', 'sorry, this order cannot deliver, UC stock no more.', 'merchant')).toEqual(['not_arrived']);
    expect(kinds('chat', 'the stock ran out. You will not get a code for this order.', 'merchant')).toEqual(['not_arrived']);
    expect(kinds('chat', 'Status: paid, waiting for delivery', 'merchant')).toEqual(['not_arrived']);
    expect(kinds('chat', 'and then said the item is out of stock. No code came.', 'buyer')).toEqual(['not_arrived']);
  });
  it('takes the far end of a range of two units for the delivery time, also after "takes"', () => {
    expect(extractFacts([evidence('order', [['Your order is being processed. Delivery usually takes 10 mins - 24 hours.']])], ctx).deliveryPromises.map((p) => p.minutes)).toEqual([1440]);
    expect(extractFacts([evidence('policy', [['付款后30分钟至2小时内到账']])], ctx).deliveryPromises.map((p) => p.minutes)).toEqual([120]);
  });
  it('reads "not a reason for a refund" as a term refusing it, and a refund not allowed or not granted as no undertaking', () => {
    expect(extractFacts([evidence('policy', [['Buying the wrong region or changing your mind is not a reason for a refund.']])], ctx).noRefund).toHaveLength(1);
    expect(extractFacts([evidence('policy', [['Apple does not allow us to provide refunds for purchases.']])], ctx).undertakings).toHaveLength(0);
    expect(extractFacts([evidence('policy', [['客戶需要在限期內使用，逾期不獲補發。']])], ctx).undertakings).toHaveLength(0);
    expect(extractFacts([evidence('policy', [['Keys that do not work are eligible for a refund.']])], ctx).undertakings).toHaveLength(1);
  });
  it('reads "the title says 5" as the goods differing from the listing', () => {
    expect(extractFacts([evidence('chat', [['标题写5个限定五星,我登进去只有3个', 'buyer']])], ctx).notAsDescribed).toHaveLength(1);
  });
});

describe('wording of the eleventh corpus round, half a (session 16)', () => {
  it('reads snake_case error names as words, a rate limit as an unknown failure, and a mail address format as no failure of the goods', () => {
    expect(kinds('error', 'inactive_card')).toEqual(['activation_failed']);
    expect(kinds('error', 'code_already_used')).toEqual(['used']);
    expect(kinds('error', '操作过于频繁')).toEqual(['unknown']);
    expect(kinds('error', '邮箱格式无效')).toEqual([]);
  });
  it('reads an upgrade "completed within 6 hours of payment" as a delivery promised, a return completed within days as a window', () => {
    expect(extractFacts([evidence('policy', [['Upgrade is completed within 6 hours of payment.']])], ctx).deliveryPromises.map((p) => p.minutes)).toEqual([360]);
    expect(extractFacts([evidence('policy', [['Refund requests must be completed within 7 days of purchase.']])], ctx).windows.map((w) => w.minutes)).toEqual([7 * 24 * 60]);
  });
  it('reads refunds "generally not supported" as refused, and a cooling-off period of 7 days as a window', () => {
    expect(extractFacts([evidence('policy', [['Refunds are generally not supported after a successful recharge.']])], ctx).noRefund).toHaveLength(1);
    expect(extractFacts([evidence('policy', [['消費者可於收受商品後 7日內，不需說明理由退回商品或書面通知解除契約。']])], ctx).windows.map((w) => w.minutes)).toEqual([7 * 24 * 60]);
  });
});

describe('wording of earlier blind sets\' known misses (session 16)', () => {
  it('reads a key that exceeded its unlock limit or hit its activation cap as used, and a key that fails as a failed activation', () => {
    expect(kinds('chat', 'the Windows10Pro key from G2A order#2615 fails on a fresh install: "exceeded its unlock limit"', 'buyer')[0]).toBe('used');
    expect(kinds('chat', 'that key had been handed out before and hit its activation cap. Sorry.', 'merchant')).toEqual(['used']);
    expect(kinds('chat', 'the key from my order fails on every install', 'buyer')).toEqual(['activation_failed']);
  });
});

describe('wording of the 23rd to 25th blind sets, read after judging them once (session 16)', () => {
  it('takes a messenger named as the account\'s binding for no private channel, and a shop\'s own bank-transfer checkout neither', () => {
    const channel = (text: string, side: Side = 'merchant'): number => extractFacts([evidence('chat', [[text, side]])], ctx).privateChannel.length;
    expect(channel('交付期间卖家须遵守:不改密、不换绑手机/邮箱/微信号。')).toBe(0);
    expect(channel('联系上原来的号主了,他承认走微信安全中心把号拿回去了')).toBe(0);
    expect(channel('你加我微信,我微信退你')).toBe(1);
    expect(extractFacts([evidence('order', [['Payment method: Direct bank transfer 27.49']])], ctx).privateChannel).toHaveLength(0);
  });
  it('reads an account taken back by its former owner as invalid goods, one that no longer logs in as failed, and 找回包赔 as a promise', () => {
    expect(kinds('chat', '查了,之前的号主走腾讯客服把号要回去了', 'merchant')).toEqual(['invalid']);
    expect(kinds('chat', '号今早登不上了,验证码发到了别人的手机上', 'buyer')).toEqual(['activation_failed']);
    expect(extractFacts([evidence('order', [['王者荣耀安卓QQ区V7皮肤126个 可二次实名 找回包赔']])], ctx).promises).toHaveLength(1);
  });
  it('reads "I still have no code" and a partial delivery as nothing (or not all) arrived', () => {
    expect(kinds('chat', 'Three days later I still have no code and the order still says on-hold.', 'buyer')).toEqual(['not_arrived']);
    expect(kinds('chat', 'only 3 codes showed up on Kinguin. The other 2 still say "Key not available yet".', 'buyer')).toEqual(['not_arrived']);
    expect(extractFacts([evidence('order', [['Status: Partially delivered']])], ctx).undelivered).toHaveLength(1);
  });
});

describe('wording of the 26th to 28th blind sets and the twelfth corpus round, half a (session 17)', () => {
  const facts = (kind: EvidenceKind, text: string, side?: Side) => extractFacts([evidence(kind, [[text, side]])], ctx);
  it('keeps a code\'s failure when a captcha label was read into the dialog before it, but not a coupon code\'s', () => {
    expect(kinds('error', '驗證碼值結果序號已过期,請聯繁客服重新補發。')).toEqual(['expired']);
    expect(kinds('error', '卡密正确验证码错误')).toEqual([]);
    expect(kinds('error', 'Failed to copy the coupon code')).toEqual([]);
    expect(kinds('error', 'This promo code has expired')).toEqual([]);
  });
  it('reads a locked account, a ban notice, a card past its validity and a key at its activation limit as failures', () => {
    expect(kinds('error', '帐號已鎖定')).toEqual(['activation_failed']);
    expect(kinds('error', '该账号因使用第三方程序被永久封停。')).toEqual(['invalid']);
    expect(kinds('error', '充值失败充值卡已过有效期')).toEqual(['expired']);
    expect(kinds('error', 'Computer X This license key has been activated the ANNE-LAPT maximum number of times.')).toEqual(['used']);
  });
  it('takes an expiry date for no time of the capture, and a 代练 time limit for a delivery time, not a filing window', () => {
    expect(facts('error', '该兑换码已过期，使用截止日期为： 2028-01-31 23:59:59').times).toHaveLength(0);
    const limit = facts('policy', '代练时限72小时，超时未完成可申请全额退款');
    expect(limit.deliveryPromises.map((p) => p.minutes)).toEqual([72 * 60]);
    expect(limit.windows).toHaveLength(0);
    expect(facts('policy', '自卖家发货之日起七天内，若买家对商品不满意，支持退换货要求').windows.map((w) => w.minutes)).toEqual([7 * 24 * 60]);
  });
  it('reads amounts after any currency sign, and a term that holds only once the serial is sent', () => {
    expect(facts('order', '(日本帳號專用)序號 $830 ×1').amounts.map((a) => a.value)).toEqual([830]);
    expect(facts('order', '總計 TWD NT$1,190').amounts.map((a) => a.value)).toEqual([1190]);
    expect(facts('policy', '序號送出前可取消訂單全額退款,送出後恕不退換。').noRefund.map((n) => n.once)).toEqual([true]);
  });
  it('reads part of the goods missing as not arrived, and a top-up provider\'s 充值单号 as no order number', () => {
    expect(kinds('chat', 'Your email only has 2 codes, the third one is missing.', 'buyer')).toEqual(['not_arrived']);
    expect(kinds('chat', '买了5张30元Q币卡,只发了3张,剩下2张什么时候发?', 'buyer')).toEqual(['not_arrived']);
    expect(facts('other', '腾讯充值单号 QB202804142231047781').orderIds.map((o) => o.label)).toEqual(['trade']);
  });
  it('reads "a deadline of 7 days" as a window, "unable to refund" as a refusal, and a delivery still to come as none yet', () => {
    expect(facts('policy', 'a refund is possible, but a deadline of 7 days may be necessary for us to check the code').windows.map((w) => w.minutes)).toEqual([7 * 24 * 60]);
    expect(facts('policy', 'In this case, we will be unable to refund the transaction.').noRefund).toHaveLength(1);
    expect(facts('chat', 'Your digital items will be delivered shortly.', 'merchant').delivered).toHaveLength(0);
    expect(facts('chat', 'Your key was delivered to your email.', 'merchant').delivered).toHaveLength(1);
  });
  it('reads a shop owning that the goods are not the listed ones, and Cantonese threats to post and complain', () => {
    expect(facts('chat', 'the product you received is not the one on the product page.', 'merchant').notAsDescribed).toHaveLength(1);
    expect(facts('chat', '這筆確實跟賣場寫的不一樣,你申請退款', 'merchant').notAsDescribed).toHaveLength(1);
    expect(facts('chat', '再唔退我就去消委會投訴,仲要將你張單放上Facebook群組,話你係老千', 'buyer').threats).toHaveLength(1);
    expect(facts('chat', '你给我个转数快,我直接FPS退你,你把订单撤了就行', 'merchant').privateChannel).toHaveLength(1);
  });
});

describe('wording of the 33rd, 34th and 37th blind sets and the thirteenth corpus round, half a (session 18)', () => {
  const facts = (kind: EvidenceKind, text: string, side?: Side) => extractFacts([evidence(kind, [[text, side]])], ctx);
  it('reads a field restating the chosen reason (申请原因 卡密无效) as no failure shown, and a payment or parameter error as none of the goods', () => {
    expect(kinds('error', '申请原因卡密无效')).toEqual([]);
    expect(kinds('error', 'Refund reason: Code invalid')).toEqual([]);
    expect(kinds('error', '卡密无效')).toEqual(['invalid']);
    expect(kinds('error', '付款失敗')).toEqual([]);
    expect(kinds('error', '缺少订单号参数，错误')).toEqual([]);
    expect(kinds('error', 'Your card was declined. Please try another card or contact your bank.')).toEqual([]);
  });
  it('reads a buyer\'s word that the goods differ or only part came as a report, and a shop owning its page should not have said Global', () => {
    const topUp = facts('chat', '兌換完錢包只係加左HK$200,交易記錄截圖喺度', 'buyer');
    expect(topUp.reports).toHaveLength(1);
    expect(topUp.notAsDescribed).toHaveLength(1);
    expect(facts('chat', '只要加了好友就可以', 'buyer').notAsDescribed).toHaveLength(0);
    expect(facts('chat', 'The product page should not have called it Global.', 'merchant').notAsDescribed).toHaveLength(1);
    expect(facts('chat', '订单JK-88305买了3张,account里只有2张码,第三张一直是"pending".', 'buyer').reports).toHaveLength(1);
  });
  it('reads the held sets\' wording (read after judging them once): a used-up CDK, a failed account login, a card never activated, an invoice number with slashes', () => {
    expect(kinds('error', '該CDK已被换完')).toEqual(['used']);
    expect(kinds('error', '上号失败10004')).toEqual(['activation_failed']);
    expect(kinds('error', 'This card has not been activated, please activate it and try again.')).toEqual(['invalid']);
    expect(facts('chat', 'the Google Play card from invoice INV/20280508/MPL/3188420961 gives an error', 'buyer').orderIds.map((o) => o.value)).toEqual(['INV/20280508/MPL/3188420961']);
    // A bank transfer the buyer made at checkout, or a term naming the platform's fault, is no private channel.
    expect(facts('chat', 'Hi, I paid order KR-10582 (RM95) by DuitNow an hour ago', 'buyer').privateChannel).toHaveLength(0);
    expect(facts('policy', '角色一经购买成功即转入买家账号,非平台原因不支持退款。').privateChannel).toHaveLength(0);
  });
  it('reads an offer to pay back outside the shop, or a red packet to drop the platform refund, as a private channel', () => {
    expect(facts('chat', 'Send me your PayPal address and I pay the 24.99 back to you personally tonight, outside the shop.', 'merchant').privateChannel).toHaveLength(1);
    expect(facts('chat', '你先别在平台申请退款,平台要扣我们手续费。我发你一个支付宝口令红包128', 'merchant').privateChannel).toHaveLength(1);
  });
});

describe('times of the fortieth blind set (session 19)', () => {
  it("dates the bare times of a chat by LINE's month/day separator with its weekday, misread as that may be", () => {
    const file = '螢幕擷取畫面 2028-06-17 102031.png';
    const f = extractFacts([{ ...evidence('chat', [['6/16(调五)'], ['序號沒收到', 'buyer'], ['14:10'], ['今天'], ['09:31']], file), nameTime: timeFromName(file) }], { ...ctx, timezone: 'Asia/Taipei' });
    const text = f.times.filter((t) => t.source === 'text').map((t) => t.at.toISOString());
    expect(text).toEqual(['2028-06-16T06:10:00.000Z', '2028-06-17T01:31:00.000Z']);
    // a date in a sentence is no separator: the bare time stays on the screenshot's day
    const g = extractFacts([{ ...evidence('chat', [['6/16 買的'], ['09:10']], file), nameTime: timeFromName(file) }], { ...ctx, timezone: 'Asia/Taipei' });
    expect(g.times.filter((t) => t.source === 'text').map((t) => t.at.toISOString())).toEqual(['2028-06-17T01:10:00.000Z']);
  });
});

describe('wording of the thirty-eighth, fortieth and forty-second blind sets (session 19)', () => {
  const chatOf = (text: string, side: Side) => extractFacts([evidence('chat', [[text, side]])], ctx);
  const termsOf = (text: string) => extractFacts([evidence('order', [[text]])], ctx);
  it('reads a code state after 启用码 as its failure, and a licence shown expired', () => {
    expect(kinds('error', '此启用碼已使用。')).toEqual(['used']);
    expect(kinds('error', '產品序號 授權已到期,請輸入新序號')).toEqual(['expired']);
    // a membership's renewal date is no failure
    expect(kinds('error', '會員到期日 2028/07/01')).toEqual([]);
  });
  it('takes a no-return term that starts when points are credited or a serial is sent for one that starts with the delivery', () => {
    expect(termsOf('充入账号后不支持退款').noRefund.map((t) => t.once)).toEqual([true]);
    expect(termsOf('序號一經發送,不接受退換。').noRefund.map((t) => t.once)).toEqual([true]);
    expect(termsOf('虚拟商品不支持退款').noRefund.map((t) => t.once)).toEqual([false]);
  });
  it('takes 轉數快 named as a payment for no private channel, an offer to refund by it for one', () => {
    expect(chatOf('我 11:54 用轉數快俾咗 HK$688，單號 DX2806201154', 'buyer').privateChannel).toHaveLength(0);
    expect(chatOf('不如我轉數快直接過返 HK$200 俾你', 'merchant').privateChannel).toHaveLength(1);
  });
  it("takes a subscriptions page whose expiries are dated before the purchase for no failure of the goods bought", () => {
    const paid = { ...ctx, paidAt: new Date('2028-06-08T02:05:12Z'), timezone: 'Asia/Shanghai' };
    const page = (lines: string[]) => extractFacts([evidence('error', lines.map((t) => [t] as [string]))], paid).failures.map((f) => f.kind);
    expect(page(['已过期', 'Claude Pro (月度)', '已于2028年5月21日过期'])).toEqual([]);
    // an expiry after the purchase, or one without a date, is the goods'
    expect(page(['已过期', 'Claude Pro (月度)', '已于2028年6月9日过期'])).toContain('expired');
    expect(page(['该兑换码已过期'])).toEqual(['expired']);
    // a code sold after its own expiry date is the goods' failure
    expect(page(['该兑换码已过期,使用截止日期为:2028-01-31 23:59:59'])).toEqual(['expired']);
  });
  it("leaves undated the bare times above a chat's first day separator (an earlier day the screenshot does not show)", () => {
    const file = 'Screenshot_20280422-101530.png';
    const f = extractFacts([{ ...evidence('chat', [['E-PIN does not work', 'buyer'], ['22:34'], ['TODAY'], ['We will accept the refund.', 'merchant'], ['10:12']], file), nameTime: timeFromName(file) }], { ...ctx, timezone: 'Asia/Riyadh' });
    expect(f.times.filter((t) => t.source === 'text').map((t) => t.at.toISOString())).toEqual(['2028-04-22T07:12:00.000Z']);
  });
  it("dates a bare time later in the day than the screenshot was taken, with no day separator over it, the day before", () => {
    const file = 'Screenshot_20280901-114406.png';
    const f = extractFacts([{ ...evidence('chat', [['The seller says it may still be activating.', 'merchant'], ['20:41'], ['今天早上又试了,还是不行', 'buyer'], ['11:38']], file), nameTime: timeFromName(file) }], ctx);
    expect(f.times.filter((t) => t.source === 'text').map((t) => t.at.toISOString())).toEqual(['2028-08-31T12:41:00.000Z', '2028-09-01T03:38:00.000Z']);
  });
  it("takes a buyer owning a mistyped UID for a failure the buyer caused", () => {
    expect(kinds('chat', '剛剛發現我的UID是800123475,我打錯了最後兩個數字', 'buyer')).toContain('wrong_account');
    expect(kinds('chat', '你們是不是打錯了UID?我給的是800123475', 'buyer')).not.toContain('wrong_account');
  });
  it('reads failures and threats in the words of South-East Asian buyers and apps (Malay, Indonesian, Vietnamese, Tagalog)', () => {
    expect(kinds('error', 'Kod lesen tidak sah. Sila semak semula.')).toEqual(['invalid']);
    expect(kinds('error', 'Kode voucher sudah digunakan')).toEqual(['used']);
    expect(kinds('error', 'Mã thẻ không hợp lệ')).toEqual(['invalid']);
    expect(kinds('error', 'Kod lesen anda telah diaktifkan. Terima kasih.')).toEqual([]);
    expect(kinds('error', 'Kich hoat that bai. Ma kich hoat khong hop le')).toContain('activation_failed');
    expect(chatOf('Con 2 the cua don 2809013TN8W5AC van chua co, shop gui giup em.', 'buyer').reports).toHaveLength(1);
    expect(chatOf('Sudah lewat sehari, masih belum ada kode.', 'buyer').reports).toHaveLength(1);
    // a buyer asking to be paid back by wallet transfer, and one telling how the order was paid
    expect(chatOf('Vay anh chuyen khoan tra lai 200k qua MoMo cho em luon di, em huy don ben Shopee sau', 'buyer').privateChannel).toHaveLength(1);
    expect(chatOf('em thanh toan qua MoMo luc 10:12 ma chua nhan duoc ma the', 'buyer').privateChannel).toHaveLength(0);
    expect(chatOf('Mga manloloko kayo! ipo-post ko kayo sa lahat ng FB groups', 'buyer').threats).toHaveLength(1);
  });
  it('takes a complaint the buyer says is not meant for none (唔係想投訴你, 不想投诉你)', () => {
    expect(chatOf('唔係想投訴你,淨係想搞掂', 'buyer').threats).toHaveLength(0);
    expect(chatOf('不想投诉你，只想解决', 'buyer').threats).toHaveLength(0);
    expect(chatOf('我要投訴你', 'buyer').threats).toHaveLength(1);
  });
  it("takes a failure of what the order's product names for the goods' own, though elsewhere it is something else's (an invite link)", () => {
    const line = 'This invite link is no longer valid. Ask whoever invited you to send a new one.';
    expect(extractFacts([evidence('error', [[line]])], ctx).failures.filter((f) => f.kind !== 'unknown')).toEqual([]);
    const seat = { ...ctx, product: 'Spotify Premium Family – member slot, 12 months (invite link)' };
    expect(extractFacts([evidence('error', [[line]])], seat).failures.map((f) => f.kind)).toContain('expired');
  });
  it('takes a threat to post the shop on PTT for a threat', () => {
    expect(chatOf('中午前不退錢,我就把你們賣場跟對話截圖貼到PTT', 'buyer').threats).toHaveLength(1);
    expect(chatOf('我在PTT看到你們賣場的推薦才買的', 'buyer').threats).toHaveLength(0);
  });
  it('takes a team seat removed for an invalid account, and a shop owning the page promised more for not as described', () => {
    expect(kinds('error', 'You no longer have access to Brightline Media Ltd. The owner may have removed you from the team.')).toEqual(['invalid']);
    expect(chatOf('So you did not get what the product page promised, a 12-month seat.', 'merchant').notAsDescribed).toHaveLength(1);
    expect(chatOf('your code came from that batch, so what you received is not what the product page says.', 'merchant').notAsDescribed).toHaveLength(1);
  });

  it("takes an order page's refund done for a refund, and terms of what can be refunded for none", () => {
    const refunded = (text: string) => extractFacts([evidence('order', [[text]])], ctx).refunded.length;
    expect(refunded('Status: Refunded')).toBe(1);
    expect(refunded('Your order has been refunded')).toBe(1);
    expect(refunded('Orders can be refunded in full as long as the code has not been sent.')).toBe(0);
    expect(refunded('Unused codes will be refunded within 3 days')).toBe(0);
  });

  describe('sixteenth round (blind48 to blind51)', () => {
    it('takes a redeem code named 领券码 for the code, while a coupon code stays something else', () => {
      expect(kinds('error', '此领券码已失效或已被领取')).toEqual(expect.arrayContaining(['used', 'expired']));
      expect(kinds('error', '优惠券码已失效')).not.toContain('expired');
    });
    it("takes 'no remaining uses' for a used code and 'verify your email before' for the buyer's missing requirement, past a dialog's title", () => {
      expect(kinds('error', 'Device Activation code has no remaining uses.')).toEqual(['used']);
      expect(kinds('error', 'Unable to redeem. Verify your email before redeeming a gift.')).toEqual(['requirement_missing']);
    });
    it('reads a top-up page\'s 自动充值 and "usually 3 seconds to 1 minute" as a delivery time', () => {
      const promised = (text: string) => extractFacts([evidence('order', [[text]])], ctx).deliveryPromises.map((p) => p.minutes);
      expect(promised('本平台业务为自动充值(一般3秒—1分钟左右);')).toEqual([1]);
      expect(promised('Top-ups are completed automatically (usually 3 seconds to 1 minute).')).toEqual([1]);
      expect(promised('We usually reply in 2 hours')).toEqual([]);
    });
    it("reads an order page's English note wrapped mid-clause as one sentence, and a label's value as its own line", () => {
      const box = (y: number) => ({ x: 60, y, w: 900, h: 40 });
      const ev: Evidence = {
        ...evidence('order', []),
        lines: [
          { text: 'Payment Time 2028-11-12 13:05:40', conf: 90, block: 0, side: 'unknown', box: box(100) },
          { text: 'Top-ups are completed automatically (usually 3 seconds to', conf: 90, block: 1, side: 'unknown', box: box(150) },
          { text: '1 minute).', conf: 90, block: 2, side: 'unknown', box: box(195) },
        ],
      };
      expect(extractFacts([ev], ctx).deliveryPromises.map((p) => p.minutes)).toEqual([1]);
    });
    it("takes a family plan with no open seats for an account that cannot be activated", () => {
      expect(kinds('error', 'The plan has no open paid seats. Ask the owner to add a Family seat.')).toEqual(['activation_failed']);
      expect(kinds('error', 'This family plan is full')).toEqual(['activation_failed']);
    });
    it('takes a shop owning its listing was wrong for not as described, unless it asks', () => {
      expect(chatOf('亲,查到了,这批卡密是普通VIP月卡,不带电视端,和商品标题对不上,是店里上错了货。', 'merchant').notAsDescribed).toHaveLength(1);
      expect(chatOf('标题写成全国通用是我们上架时写错了', 'merchant').notAsDescribed).toHaveLength(1);
      expect(chatOf('抱歉,查了這批進貨混到日服序號,跟賣場寫的港服不符', 'merchant').notAsDescribed).toHaveLength(1);
      expect(chatOf('Our supplier sent the 980 + 110 package instead of 3280 + 600. The order does not match what you paid for.', 'merchant').notAsDescribed).toHaveLength(1);
      expect(chatOf('您发的和我们写的不符吗', 'merchant').notAsDescribed).toHaveLength(0);
      expect(chatOf('您发的订单号和我们后台对不上', 'merchant').notAsDescribed).toHaveLength(0);
    });
    it('reads Cantonese waits (三个鐘都未有, 成日半都未到) as nothing arrived, and 仲未有問題 as none', () => {
      expect(chatOf('真面寫住一般3秒到1分鐘到,而家三个鐘都未有', 'buyer').reports).toHaveLength(1);
      expect(chatOf('成日半都未到,你又唔覆呢度', 'buyer').reports).toHaveLength(1);
      expect(kinds('chat', '仲未有問題', 'buyer')).not.toContain('not_arrived');
    });
    it('takes an authority named as the speaker for no threat', () => {
      expect(chatOf('我唔會私下轉數快俾你。消委會都講過有啲交易中介網站唔理買賣紛爭,所以我只會經Carousell退款。', 'buyer').threats).toHaveLength(0);
      expect(chatOf('再唔退錢我就去消委會投訴你', 'buyer').threats).toHaveLength(1);
    });
    it('takes asking for sort code and account number, or paying back direct on OPay, for a private channel; a refund to the bank for none', () => {
      expect(chatOf("I'll pay the £46.50 into your Monzo tonight. I only need your sort code and account number.", 'merchant').privateChannel).toHaveLength(1);
      expect(chatOf('cancel the order on Eneba make e your $47.80 back to you direct on my OPay', 'merchant').privateChannel).toHaveLength(1);
      expect(chatOf('Refunds go back into your bank within 5 days', 'merchant').privateChannel).toHaveLength(0);
      expect(chatOf('Please update your bank details in settings', 'merchant').privateChannel).toHaveLength(0);
    });
  });
});
