import { afterAll, describe, expect, it } from 'vitest';
import { isChatMark, readEvidence, sideChanges } from '../../src/ingest/evidence.js';
import { decideKind, isButtonText, isComposer, kindFromContent, layoutCues, type KindSignals } from '../../src/ingest/kind.js';
import { createEngine } from '../../src/ingest/ocr/engine.js';
import { loadRules } from '../../src/rules/load.js';
import { realTruth } from '../support/real.js';

const lex = loadRules().lexicon;
const signals = (over: Partial<KindSignals>): KindSignals => ({ lines: [], bubbles: [0, 0], speakerLines: 0, bubblesBesideAvatar: 0, ...over });
const box = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

describe('kind from layout, then words', () => {
  it('takes messages under sender names for a chat even when a message quotes an error', () => {
    const d = decideKind(signals({ lines: ['激活码用不了,Steam提示卡密无效,给我退款', '客服-小次21:18', '您好'], speakerLines: 3 }), lex);
    expect(d.kind).toBe('chat');
    expect(d.reason).toMatch(/sender names/);
    expect(d.confidence).toBeGreaterThan(0.9);
  });

  it('takes a result page\'s two buttons side by side for no chat bubbles', () => {
    const lines = ['原神·充值中心', '充值成功', '创世结晶已发放至角色邮箱,请进入游戏查收', '服务器天空岛', '角色UID 10*****362', '查看记录', '继续充值'];
    expect(decideKind(signals({ lines, bubbles: [1, 1], wordBubbles: [0, 0] }), lex).kind).not.toBe('chat');
    expect(decideKind(signals({ lines, bubbles: [1, 1] }), lex).kind).toBe('chat');
  });

  it('keeps an order page with after-sales notes an order page when its label-value rows outnumber the terms', () => {
    const lines = ['订单详情', '订单号2026121609420587316', '商品名称完美一卡通50元卡密', '实付金额¥48.00', '下单时间2026-12-16 09:42:05', '售后须知', '虚拟商品一经售出,不退不换'];
    const page = { width: 750, height: 1334, lines: lines.map((text, i) => ({ text, box: box(57, 300 + i * 80, 400, 26) })) };
    const d = decideKind(signals({ lines, layout: layoutCues(page, 0) }), lex);
    expect(d.kind).toBe('order');
    expect(d.reason).toMatch(/label-value rows/);
    // the same terms with no order rows are a terms page
    expect(kindFromContent(signals({ lines: ['售后须知', '虚拟商品一经售出,不退不换'] }), lex)).toBe('policy');
  });

  it('takes messages in the first and second person beside one side of bubbles for a chat, though one names the order number', () => {
    // a night-mode chat forwarded as a small JPEG: the shop's faint bubbles were not seen, the buyer's were
    const lines = ['December 6', '原神6480创世结晶,付了￥498,两个小时了还没到账', '高峰期排队,今晚一定到,不到全退', '订单号DC20261206001977,你看一下', '查到了,上游卡单,我马上给你补充'];
    const page = { width: 702, height: 1519, lines: lines.map((text, i) => ({ text, box: i === 0 ? box(290, 215, 125, 26) : box(i % 2 ? 200 : 40, 280 + i * 120, 460, 30) })) };
    const d = decideKind(signals({ lines, bubbles: [0, 2], layout: layoutCues(page, 0) }), lex);
    expect(d.kind).toBe('chat');
    expect(d.reason).toMatch(/first or second person/);
    // without a bubble or a day's separator the same words stay an order capture
    expect(decideKind(signals({ lines: lines.slice(1) }), lex).kind).toBe('order');
  });

  it('takes a settings page with an error code for an error capture, and a page with nothing for other', () => {
    const lines = ['系统激活状态 未激活', 'Windows 报告此设备上没有有效的产品密钥。', '错误代码: 0xC004F050'];
    const page = { width: 1366, height: 768, lines: lines.map((text, i) => ({ text, box: box(20, 200 + i * 40, 600, 24) })) };
    expect(decideKind(signals({ lines, layout: layoutCues(page, 0) }), lex).kind).toBe('error');
    const plain = { width: 1366, height: 768, lines: [{ text: '首页', box: box(20, 20, 60, 20) }] };
    expect(decideKind(signals({ lines: ['首页'], layout: layoutCues(plain, 0) }), lex).kind).toBe('other');
  });

  it('takes bubbles going back and forth between the sides for a chat without avatars, even when one quotes an error', () => {
    const lines = ['Hello, the gift card says "This code has already been redeemed"', 'Which order?', 'GH-40917', 'No refund for redeemed codes'];
    const d = decideKind(signals({ lines, bubbles: [2, 2], sideChanges: 3 }), lex);
    expect(d.kind).toBe('chat');
    expect(d.reason).toMatch(/alternating/);
    // the same failure words with no exchange of bubbles are an error capture
    expect(decideKind(signals({ lines: lines.slice(0, 1) }), lex).kind).toBe('error');
  });

  it('takes talk whose text goes back and forth between the sides for a chat when no bubble was seen, though the buyer quotes the error', () => {
    // a light chat shrunk to half and saved as JPEG: white bubbles lost against the grey page
    const lines = ['京卡优选', '09:12', '你好,昨晚买的京东E卡100元,绑定提示卡号或密码错误', '我看下', '不能直接在平台退吗?', '平台要扣手续费,微信私下转你更快'];
    const page = { width: 540, height: 1200, lines: lines.map((text, i) => ({ text, box: i === 1 ? box(250, 150, 40, 14) : box(i % 2 ? 60 : 200, 100 + i * 90, 280, 20) })) };
    const d = decideKind(signals({ lines, textSideChanges: 3, layout: layoutCues(page, 0) }), lex);
    expect(d.kind).toBe('chat');
    expect(d.reason).toMatch(/text alternating sides 3/);
    // one message from each side under a day's separator is a chat too
    expect(decideKind(signals({ lines: lines.slice(0, 4), textSideChanges: 1, layout: layoutCues({ ...page, lines: page.lines.slice(0, 4) }, 0) }), lex).kind).toBe('chat');
    // the same words with the text on one side only stay an error capture
    expect(decideKind(signals({ lines, textSideChanges: 0, layout: layoutCues(page, 0) }), lex).kind).toBe('error');
    // and one change with no separator and one first-person line is no chat
    expect(decideKind(signals({ lines: lines.slice(2, 4), textSideChanges: 1 }), lex).kind).toBe('error');
  });

  it('counts side changes down the column, leaving out boxes that share a row', () => {
    const b = (side: 'buyer' | 'merchant', x: number, y: number) => ({ side, box: box(x, y, 300, 60) });
    expect(sideChanges([b('buyer', 700, 100), b('merchant', 40, 200), b('buyer', 700, 300), b('merchant', 40, 400)])).toBe(3);
    // a dialog's two buttons side by side: no exchange
    expect(sideChanges([b('merchant', 40, 900), b('buyer', 700, 900)])).toBe(0);
  });

  it('counts a day or a date alone as a time separator (Telegram, WhatsApp, LINE-style pills)', () => {
    const at = (text: string) => ({ text, box: box(440, 600, 200, 40) });
    const page = { width: 1080, height: 2400, lines: ['December 5', 'TODAY', '12月5日', 'Dec 6, 2026', '12/5(五)', '订单号 2026', 'May I help'].map(at) };
    expect(layoutCues(page, 0).timeSeparators).toBe(5);
  });

  it("counts Messenger's day-at-time and a time OCR read with a space at the colon as separators", () => {
    const at = (text: string) => ({ text, box: box(440, 600, 200, 40) });
    const page = { width: 1080, height: 2400, lines: ['APR 9 AT 14:55', 'MON AT 2:55 PM', 'Yesterday at 14:55', '12月8日13: 20', 'at the shop'].map(at) };
    expect(layoutCues(page, 0).timeSeparators).toBe(4);
  });

  it('takes a redeem or activation screen that shows no failure for a capture of the attempt', () => {
    expect(decideKind(signals({ lines: ['Settings', 'Activation', 'Windows', 'Edition Windows 10 Home', 'Activation Windows is activated with a digital license', 'Change product key'] }), lex).kind).toBe('error');
    expect(decideKind(signals({ lines: ['Redeem your code', 'Code', 'That isn\'t a valid code.', 'Redeem'] }), lex).kind).toBe('error');
    expect(decideKind(signals({ lines: ['商品详情', '腾讯视频VIP月卡', '¥25.00', '立即购买'] }), lex).kind).toBe('other');
  });

  it('takes messages under day separators for a chat although a goods strip names the order (订单号, 待发货)', () => {
    // As OCR read a 640 px forwarded JPEG whose bubbles the layout did not see.
    const lines = ['江南点卡站', '交易中', '逆水寒金砖1000直充', '待发货', '订单号********4857', '10月12日22:03', '3号买的金砖一直没到,今天上', '游戏才发现', '我', '今天09:31', '卖', '后台看是那天充值失败了没补', '上,不好意思,退款申请发起', '后我马上通过'];
    const d = decideKind(signals({ lines, layout: { headers: 0, timeSeparators: 2, labelRows: 0, buttons: 0, lineCount: lines.length } }), lex);
    expect(d.kind).toBe('chat');
  });

  it('counts centred time separators, not a time at the edge', () => {
    const page = {
      width: 1080,
      height: 2400,
      lines: [
        { text: '昨天 21:42', box: box(460, 400, 160, 30) },
        { text: '11月25日 14:32', box: box(440, 900, 200, 30) },
        { text: '14:32', box: box(40, 1200, 80, 30) },
      ],
    };
    expect(layoutCues(page, 0).timeSeparators).toBe(2);
  });
});

const engine = await createEngine('auto', 2);

describe('kind of real-looking screenshots (real OCR)', () => {
  afterAll(() => engine.close());
  const cases: [string, string][] = [
    ['qq-pc', 'case-qqpc-win11-key'],
    ['shop-webchat', 'case-ticket-dlc'],
    ['win11-activation', 'win11-invalid-key-zh'],
    ['shop-order-query', 'case-order-policy-iphone8'],
    ['game-topup', 'case-qb-toast'],
  ];
  for (const [style, name] of cases) {
    it(`${style}/${name}`, async () => {
      const { truth, absPath } = realTruth(style, name);
      const ev = (await readEvidence({ file: truth.image.file, absPath, type: 'image' }, engine, lex))[0]!;
      expect(ev.kind).toBe(truth.kind);
      expect(ev.kindFrom).toBe('content');
      expect(ev.kindConfidence).toBeGreaterThan(0.5);
      expect(ev.kindReason).toBeTruthy();
    });
  }

  it('a name override still wins, with confidence 1', async () => {
    const { absPath } = realTruth('qq-pc', 'case-qqpc-win11-key');
    const ev = (await readEvidence({ file: 'order-1.png', absPath, type: 'image' }, engine, lex))[0]!;
    expect(ev.kind).toBe('order');
    expect(ev.kindFrom).toBe('name');
    expect(ev.kindConfidence).toBe(1);
  });
});

describe('a chat app\'s own marks', () => {
  it('takes read receipts and a bubble\'s lone time for no one\'s message (LINE\'s "Read" left of the buyer\'s bubble is no reply)', () => {
    for (const mark of ['Read', '已读', '未读', 'Seen 21:14', '21:14', '21:14√√', '21:02 Vv', '1 9:41 AM', '1:15 PM']) expect(isChatMark(mark), mark).toBe(true);
    for (const message of ['Read it please', 'delivered?', '好的', '10:00见', '已读不回是什么意思', '已经发了']) expect(isChatMark(message), message).toBe(false);
  });
});

describe('a chat widget known by its message box (session 17)', () => {
  const widget = [
    'CardHarbor We usually reply within an hour Hi, I bought a $50 Amazon.com eGift code 15 minutes ago. Amazon says "This claim code has already been used." I copied the code straight from your e-mail.',
    'Hi Dana, thanks for the screenshot. That\'s on our side, sorry. Thank you, doing it now.',
  ];
  it('takes messages in the first and second person above a message box for a chat, though one quotes an error', () => {
    expect(decideKind(signals({ lines: widget, composer: true }), lex).kind).toBe('chat');
    expect(decideKind(signals({ lines: widget }), lex).kind).toBe('error');
  });
  it('knows a message box by its placeholder alone on its line, and buttons under a ticket', () => {
    expect(isComposer('Type a reply...', lex)).toBe(true);
    expect(isComposer('輸入留言内容···', lex)).toBe(true);
    expect(isComposer('Please type a reply to the seller within 24 hours', lex)).toBe(false);
    expect(isButtonText('Reply Close ticket')).toBe(true);
    expect(isButtonText('回覆關閉工單')).toBe(true);
  });
});

describe('a chat read as one block (session 18)', () => {
  it('takes a screenshot framed in a photo editor, its bubbles not cut out, for a chat by its spoken sentences and message times, though one quotes an error', () => {
    const block = '10:31 4G· ●60 雾海小铺Support 订单WH-20280514-0912-337,三个月卡兑换码: 前两个兑换成功了,第三个提示兑换码不存在或已被使用09:24√√ 查了,第三个码上游同时卖给了别人,被先兑掉了,我们补不上这一个10:20 这一个的钱给您退,您在订单里申请退款填36元,我同意10:21';
    const d = decideKind(signals({ lines: [block, '裁剪滤镜调节标注马赛克'] }), lex);
    expect(d.kind).toBe('chat');
    // A help ticket's headers carry their times ("Oct20,2027@9:02am"), no message does: not this rule's.
    const ticket = 'quill feather(you) Oct20,2027@9:02am I activated Cyberpunk 2077 with a product key on October 11 and played it. Today it is gone from my library and I got this message: A Steam product code you activated has been removed from your account. Why? Steam Support Oct20,2027@4:48pm Hello, The CD Key you used to activate this game has been revoked by the publisher. Please contact the retailer where you bought it.';
    expect(decideKind(signals({ lines: ['Steam Support', ticket] }), lex).reason).not.toMatch(/message times/);
    // A dialog's failure with one time (a toast's clock) stays an error capture.
    expect(decideKind(signals({ lines: ['兑换失败 您的兑换码不存在或已被使用,请检查后重试 20:15', '确定'] }), lex).kind).toBe('error');
  });
});

describe('a short exchange of bubbles (session 19)', () => {
  it('takes bubbles on both sides with their message times and spoken sentences for a chat, though the buyer quotes the error', () => {
    const lines = ['订单WH-20280514-0912-337,', '三个月卡兑换码:', '前两个兑换成功了,第三个提示', '兑换码不存在或已被使用09:24√√', '查了,第三个码上游同时卖给了', '别人,被先兑掉了,我们补不上', '这一个10:20', '这一个的钱给您退,您在订单里', '申请退款填36元,我同意10:21'];
    const d = decideKind(signals({ lines, bubbles: [1, 2] }), lex);
    expect(d.kind).toBe('chat');
    expect(d.reason).toMatch(/message times/);
    // bubbles on one side only (a dialog's two buttons are none) with the same words: an error capture
    expect(decideKind(signals({ lines, bubbles: [0, 2] }), lex).kind).toBe('error');
    // a failure dialog with a clock in its text and two boxes side by side stays an error capture
    expect(decideKind(signals({ lines: ['兑换失败 20:15', '您的兑换码不存在或已被使用,请检查后重试', '确定'], bubbles: [1, 1] }), lex).kind).toBe('error');
  });
});
