import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readEvidence } from '../../src/ingest/evidence.js';
import { createEngine } from '../../src/ingest/ocr/engine.js';
import { besideChat, cardBlocks, headerName, letterAvatar, namesShop, offBubbles, sideOfBlock, sideOfName, sidesByIndent, sidesFromNameLines, sidesOfBlocks, sidesOfComplaintFields } from '../../src/ingest/speakers.js';
import { loadRules } from '../../src/rules/load.js';
import { messageSides, realTruth } from '../support/real.js';

const lex = loadRules().lexicon;
const box = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

describe('bubble sides', () => {
  // a 720-wide phone: the buyer's avatars in a column at the right, 610 to 690
  const avatars = [box(610, 560, 80, 80), box(610, 1000, 80, 80)];
  it('gives a wide bubble that looks centred (its own avatar missed) to the side whose avatar column it stands against', () => {
    // margins 114 and 124: centred by the margins alone
    expect(sideOfBlock(box(114, 260, 482, 180), 720, 1600, avatars)).toBe('buyer');
    expect(sideOfBlock(box(124, 260, 482, 180), 720, 1600, [box(30, 560, 80, 80)])).toBe('merchant');
  });
  it('leaves a bubble that is not centred to its margins, whatever avatar stands near it', () => {
    expect(sideOfBlock(box(150, 260, 520, 180), 720, 1600, [box(30, 560, 110, 80)])).toBe('buyer');
  });
  it('keeps a time separator in the middle, away from the avatars, nobody\'s', () => {
    expect(sideOfBlock(box(330, 200, 60, 30), 720, 1600, avatars)).toBe('system');
  });
  it('takes the sides of a desktop chat within its pane, not the page (a contact list takes the left)', () => {
    // WhatsApp Desktop, 1366 wide: the chat pane runs from 438 to 1366
    const pane = box(438, 60, 928, 640);
    expect(sideOfBlock(box(492, 398, 507, 55), 1366, 768, [], pane)).toBe('merchant');
    expect(sideOfBlock(box(803, 157, 507, 57), 1366, 768, [], pane)).toBe('buyer');
    // the same bubble read against the whole page would be the buyer's
    expect(sideOfBlock(box(492, 398, 507, 55), 1366, 768)).toBe('buyer');
  });
});

describe('panes of a desktop chat', () => {
  const pane = box(438, 60, 928, 640);
  const list = box(56, 60, 380, 640);
  const page = {
    width: 1366,
    height: 768,
    blocks: [
      { box: box(115, 188, 306, 40), solid: false, pane: list },
      { box: box(492, 119, 456, 36), solid: true, pane },
      { box: box(803, 157, 507, 57), solid: true, pane },
    ],
    avatars: [],
    lines: [
      { text: '阿媽 19:30', box: box(125, 186, 300, 23), block: 0 },
      { text: '订单已发,记得改密码', box: box(500, 126, 443, 20), block: 1 },
      { text: '一登入就被停权', box: box(811, 163, 482, 19), block: 2 },
    ],
  };
  it('leaves the contact list beside the pane whose bubbles face each other out of the chat', () => {
    expect(besideChat(page)).toEqual([true, false, false]);
    expect(sidesOfBlocks(page)).toEqual(['system', 'merchant', 'buyer']);
  });
  it('keeps every block when no pane holds bubbles of both sides', () => {
    const one = { ...page, blocks: page.blocks.slice(0, 2) };
    expect(besideChat(one)).toEqual([false, false]);
  });
});

describe('sender names', () => {
  it('reads a header whose space OCR dropped, and leaves dates and order rows alone', () => {
    expect(headerName('小林15:02:17')).toBe('小林');
    // a trading site's message board: role and name, with a month/day time or alone
    expect(headerName('買家小安12/2120:13')).toBe('買家小安');
    expect(headerName('賣家鑽石代幣王')).toBe('賣家鑽石代幣王');
    expect(sideOfName('買家小安')).toBe('buyer');
    expect(sideOfName('賣家鑽石代幣王')).toBe('merchant');
    expect(sideOfName('Buyer alex')).toBe('buyer');
    // a Discord nickname with a role after a bar, and a shop's staff
    expect(headerName('小語|客服今天14:41')).toBe('小語|客服');
    expect(sideOfName('小語|客服')).toBe('merchant');
    expect(sideOfName(headerName('Rook | Staff Today at 11:02 AM')!)).toBe('merchant');
    // a marketplace's notice mail, and the reader's own message quoted in a reply
    expect(headerName('arcade lot sent you a message:')).toBe('arcade lot');
    expect(headerName('Your message, 7:50 PM:')).toBe('you');
    expect(headerName('On Jan 8, 2028, at 10:23 PM, y0u wrote:')).toBe('you');
    expect(headerName('Your message has been sent to the seller')).toBeUndefined();
    // status lines are no names
    expect(headerName('买家已付款')).toBeUndefined();
    expect(headerName('卖家待发货')).toBeUndefined();
    expect(headerName('个客服-小次21:18')).toBe('客服-小次');
    expect(headerName('二】客服-小次 21:24')).toBe('客服-小次');
    expect(headerName('码上正版-售后 2026-12-11 15:06:40')).toBe('码上正版-售后');
    // 旺旺 and 千牛: the shop, a colon and the agent; a message's label and colon stay no name
    expect(headerName('乐游卡券小店:阿桃19:27:04')).toBe('乐游卡券小店:阿桃');
    expect(headerName('完美点卡直营:客服三号13:31:40')).toBe('完美点卡直营:客服三号');
    expect(headerName('提示:该卡密已作废 19:27')).toBeUndefined();
    expect(headerName('下单时间2026-12-16 09:42:05')).toBeUndefined();
    expect(headerName('你好,在你家买的Win11专业版密钥,订单号 T202612111430229871,激活的时候报错')).toBeUndefined();
  });

  it('reads the header of a sender who names the side (我, Me, Seller) when small text lost the time\'s colon, but no message ending in a number', () => {
    expect(headerName('Seller 1411')).toBe('Seller');
    expect(headerName('我:2117')).toBe('我');
    expect(headerName('Me: i:02')).toBe('Me');
    expect(headerName('充了 1200')).toBeUndefined();
    expect(headerName('Seller 2599')).toBeUndefined();
  });

  it('takes an account-style name of letters and digits (a web chat visitor), not a label and its number', () => {
    expect(headerName('访客8831 14:30:51')).toBe('访客8831');
    expect(headerName('tb22085417 09:12')).toBe('tb22085417');
    expect(headerName('订单2026 14:30')).toBeUndefined();
    expect(headerName('下单时间2026 09:42')).toBeUndefined();
  });

  it('ties a name to the shop by the title bar or the order record', () => {
    expect(namesShop('码上正版-售后', '码上正版软件店-售后')).toBe(true);
    expect(namesShop('小林', '码上正版软件店-售后')).toBe(false);
    expect(sideOfName('正版软件专营', undefined, '正版软件专营')).toBe('merchant');
    expect(sideOfName('阿宁', '正版软件专营')).toBe('unknown');
    expect(sideOfName('我')).toBe('buyer');
  });

  it('gives a message whose header OCR missed to the side not yet named', () => {
    const lines = [
      { text: '工单详情 #58213', box: box(207, 96, 244, 23) },
      { text: '激活码用不了,卡密无效,给我退款', box: box(265, 241, 427, 24) },
      { text: '客服-小次21:18', box: box(210, 300, 156, 20) },
      { text: '您好,这是DLC', box: box(263, 327, 476, 20) },
      { text: '我没买本体,那就退了吧', box: box(265, 417, 162, 24) },
      { text: '客服-小次21:24', box: box(210, 480, 156, 20) },
      { text: '无法按卡密无效退款', box: box(263, 504, 450, 20) },
    ];
    const sides = sidesFromNameLines(lines)!.map((s) => s.side);
    expect(sides).toEqual(['system', 'buyer', 'system', 'merchant', 'buyer', 'system', 'merchant']);
  });

  it('reads headers whose small time OCR garbled, by a name read on a whole header or one that starts several of them', () => {
    // a desktop web chat shrunk to 0.6x: "9:02 PM" came out as "S2M", "9:03 PM" as "Sg"
    const lines = [
      { text: 'KeyNest Support 9:00PM', box: box(300, 100, 180, 14) },
      { text: 'Thanks for your order, we have sent it to you.', box: box(300, 118, 400, 14) },
      { text: 'alex_m S2M', box: box(300, 160, 90, 14) },
      { text: 'Hi, I just bought the Xbox $50 gift card.', box: box(300, 178, 380, 14) },
      { text: 'alex_mx 53P M', box: box(300, 220, 100, 14) },
      { text: "Xbox won't take it, it says the code was already redeemed", box: box(300, 238, 420, 14) },
      { text: 'KeyNest SupportSg', box: box(300, 280, 130, 14) },
      { text: 'Sorry about that! Could you send a screenshot?', box: box(300, 298, 400, 14) },
    ];
    expect(sidesFromNameLines(lines, 'KeyNest')!.map((s) => s.side)).toEqual(['system', 'merchant', 'system', 'buyer', 'system', 'buyer', 'system', 'merchant']);
    // a message that starts with a name and runs on is no header
    const message = [...lines.slice(0, 2), { text: 'alex_m said the key was used twice already', box: box(300, 160, 330, 14) }, { text: 'please check', box: box(300, 178, 100, 14) }];
    expect(sidesFromNameLines(message, 'KeyNest')).toBeUndefined();
  });

  it('reads garbled headers of one sender whose name lost its space ("Tom Wren 73Pu", "TomWren 755P")', () => {
    // a Slack DM captured on a desktop and shrunk to 680 px: the times and a space went; the side
    // pane lists the conversation under its name
    const lines = [
      { text: 'KeyBazaar (Marta)', box: box(57, 122, 71, 13) },
      { text: 'Slackbot', box: box(55, 135, 39, 14) },
      { text: 'Tom Wren 73Pu', box: box(196, 192, 66, 12) },
      { text: 'Hi Marta, order 7310426598821047: Epic says "We could not redeem this code."', box: box(195, 202, 351, 13) },
      { text: 'KeyBazaar (Marta) 7S2 Pst', box: box(195, 246, 96, 12) },
      { text: 'Checked it with my supplier, the fault is ours.', box: box(195, 258, 364, 12) },
      { text: 'TomWren 755P', box: box(195, 300, 69, 13) },
      { text: 'Thanks, doing it now.', box: box(195, 311, 74, 13) },
    ];
    expect(sidesFromNameLines(lines, 'KeyBazaar')!.map((s) => s.side).slice(2)).toEqual(['system', 'buyer', 'system', 'merchant', 'system', 'buyer']);
  });

  it('reads an e-mail thread as a chat: the sender above the reply, the quoted message under "On …, NAME wrote:"', () => {
    // Gmail on a phone: avatar left of the sender's name, the body from the left margin, the buyer's mail quoted below
    const lines = [
      { text: 'NordKeys Support 09:12', box: box(203, 500, 513, 47) },
      { text: 'to me', box: box(202, 555, 132, 40) },
      { text: 'Hello Jonas,', box: box(57, 665, 250, 47) },
      { text: 'it had been deactivated before it was delivered to you. This is our fault.', box: box(60, 765, 900, 47) },
      { text: 'On Wed, 9 Jun 2027 at 21:05, Jonas Weber', box: box(105, 1477, 812, 43) },
      { text: 'wrote:', box: box(102, 1546, 115, 38) },
      { text: 'Hi, the Xbox code from this order says "This gift card has been deactivated."', box: box(105, 1624, 804, 41) },
    ];
    expect(sidesFromNameLines(lines, 'NordKeys')!.map((s) => s.side)).toEqual(['system', 'system', 'merchant', 'merchant', 'system', 'system', 'buyer']);
    expect(headerName('2027年6月9日周三 21:05，张三 <zs@example.com> 写道：')).toBe('张三');
    // a message that tells a time and a name is no quote header
    expect(headerName('I paid at 21:05, Jonas said it was fine')).toBeUndefined();
    expect(headerName('On Monday at 10:05, we will send it')).toBeUndefined();
  });

  it('reads a day before the time (Today at, 昨天) and takes no sentence ending in a time for a name', () => {
    expect(headerName('nightowl Today at 13:02')).toBe('nightowl');
    expect(headerName('ValorantPointsShop Today at13:10')).toBe('ValorantPointsShop');
    expect(headerName('RobuxDealer Yesterday at 21:44')).toBe('RobuxDealer');
    expect(headerName('小林 昨天 21:44')).toBe('小林');
    // the last line of a bubble with its time printed inside
    expect(headerName('please check spam too 20:44')).toBeUndefined();
    expect(headerName('第二张一直没发第一张兑换提示此代码已被使用22:40')).toBeUndefined();
  });

  it('finds the message column of a desktop chat whose contact list is read in the same rows', () => {
    // QQ for PC: contacts on the left (x 22..60) interleave with the messages (x 299) in reading order
    const lines = [
      { text: 'KeyHub游戏激活码', box: box(281, 19, 154, 22) },
      { text: 'Leo 13:02:45', box: box(286, 108, 77, 17) },
      { text: '我的手机', box: box(22, 142, 99, 19) },
      { text: 'Epic的key提示已被兑换,订单KH20261209125511', box: box(299, 132, 546, 18) },
      { text: 'KeyHub客服13:05:20', box: box(286, 168, 127, 18) },
      { text: '收到,我们核实一下', box: box(299, 191, 265, 19) },
      { text: '游戏交流群', box: box(58, 200, 75, 19) },
      { text: 'KeyHub客服13:14:09', box: box(286, 228, 127, 18) },
      { text: '腾讯新闻', box: box(58, 259, 61, 19) },
      { text: '核实是重复发码,已退款', box: box(299, 253, 300, 16) },
    ];
    const sides = sidesFromNameLines(lines, undefined, 'KeyHub游戏激活码')!.map((s) => s.side);
    expect(sides).toEqual(['system', 'system', 'system', 'buyer', 'system', 'merchant', 'system', 'system', 'system', 'merchant']);
  });

  it('takes no bubble line ending in a time for a header when no line sits right under it', () => {
    // Telegram: "…20:44" ends a bubble; the next bubble starts two line heights lower
    const lines = [
      { text: 'Thanks! Key sent to your email,', box: box(71, 682, 670, 48) },
      { text: 'please check 20:44', box: box(73, 748, 757, 54) },
      { text: 'I want a refund 21:09', box: box(390, 900, 633, 51) },
      { text: 'Send me a screenshot of the error,', box: box(72, 1060, 735, 45) },
      { text: 'Store 21:15', box: box(67, 1200, 765, 56) },
    ];
    expect(sidesFromNameLines(lines, undefined, 'Store')).toBeUndefined();
  });

  it('takes a name for a header when its message starts lower than a line height and a half, but the gap above is wider', () => {
    // tesseract's boxes hold the letters only: the bubble's padding puts the text 2.2 lines under "Me 09:04"
    const lines = [
      { text: 'Me 09:03', box: box(220, 823, 167, 30) },
      { text: 'Order ********3HRT: got', box: box(254, 919, 662, 46) },
      { text: 'the code 5 minutes ago and its', box: box(253, 988, 612, 46) },
      { text: 'allready been used', box: box(254, 1057, 376, 45) },
      { text: 'Me 09:04', box: box(220, 1228, 168, 30) },
      { text: 'The license has never been', box: box(253, 1324, 539, 36) },
      { text: 'activated on any of my devices.', box: box(254, 1393, 624, 45) },
      { text: 'Support 09:21', box: box(218, 1561, 273, 37) },
      { text: 'Sorry to hear that.', box: box(254, 1657, 704, 46) },
    ];
    const sides = sidesFromNameLines(lines)!.map((s) => s.side);
    expect(sides).toEqual(['system', 'buyer', 'buyer', 'buyer', 'system', 'buyer', 'buyer', 'system', 'merchant']);
  });

  it('reads a header right-aligned over its bubble whose first line is short and starts further left', () => {
    // a web ticket: "Me 03:29" at the right above the buyer's bubble, its text from x 120
    const lines = [
      { text: 'Your full conversation with support', box: box(43, 627, 377, 25) },
      { text: 'Me 2027-12-12 03:29:04', box: box(324, 730, 270, 24) },
      { text: 'Paid for order', box: box(120, 795, 177, 28) },
      { text: 'minutes ago, the page still shows', box: box(121, 841, 427, 30) },
      { text: 'Awaiting Delivery and no code.', box: box(121, 887, 396, 29) },
      { text: 'Me 2027-12-12 15:55:37', box: box(325, 1021, 267, 23) },
      { text: 'Still nothing after 12 hours. Please', box: box(122, 1084, 441, 30) },
      { text: 'NovaKeys Support Official Support VFinal Reply 2027-12-12 16:48:19', box: box(128, 1218, 460, 27) },
      { text: 'Sorry for the wait. Our supplier ran dry', box: box(158, 1280, 399, 31) },
    ];
    const sides = sidesFromNameLines(lines)!.map((s) => s.side);
    expect(sides).toEqual(['system', 'system', 'buyer', 'buyer', 'buyer', 'system', 'buyer', 'system', 'merchant']);
  });

  it('reads a header whose date is written in words', () => {
    expect(headerName('Liam H. October 2, 2027 21:41')).toBe('Liam H.');
    expect(headerName('Maja(G2A Support) Support October 3,2027 20:56')).toBe('Maja(G2A Support) Support');
    expect(headerName('Created 2 Oct 2027, 21:41')).toBeUndefined();
    expect(headerName('The seller checked it before it was 2 Oct 2027, 21:41')).toBeUndefined();
  });

  it('reads a shop agent\'s name with badges after it, but no message that starts with a shop word', () => {
    expect(headerName('NovaKeys Support Official Support VFinal Reply 2027-12-10 21:02:48')).toBe('NovaKeys Support');
    expect(headerName('PS Store code you sent at 20:07')).toBeUndefined();
    expect(headerName('Support said they would send it later today 21:40')).toBeUndefined();
  });

  it('needs two headers and a name that tells its side', () => {
    expect(sidesFromNameLines(['阿宁 10:21', '你好', '小王 10:22', '在'])).toBeUndefined();
    expect(sidesFromNameLines(['客服 10:21', '你好'])).toBeUndefined();
  });
});

describe('letter avatars', () => {
  it('takes a square block of one character for a letter avatar, but not a one-character bubble beside a picture avatar', () => {
    const page = {
      width: 750,
      height: 1334,
      blocks: [
        { box: box(30, 300, 60, 60), solid: true },
        { box: box(560, 770, 50, 46), solid: true },
      ],
      avatars: [box(640, 766, 80, 80)],
      lines: [
        { text: '客', box: box(45, 312, 30, 34), block: 0 },
        { text: '行', box: box(568, 774, 41, 38), block: 1 },
      ],
    };
    expect(letterAvatar(page, 0)).toBe('客');
    expect(letterAvatar(page, 1)).toBeUndefined();
  });
  it('gives a wide bubble beside a letter avatar to the avatar\'s side, though the other side\'s avatar column meets its far edge', () => {
    // a 600-wide JPEG: the shop's "卡" disc cut short by its bubble (54 x 74), the buyer's avatars at the right
    const page = {
      width: 600,
      height: 1333,
      blocks: [
        { box: box(26, 992, 54, 74), solid: true },
        { box: box(80, 995, 425, 144), solid: true },
      ],
      avatars: [box(513, 832, 68, 76)],
      lines: [
        { text: '卡', box: box(37, 1011, 36, 35), block: 0 },
        { text: '这阵子单子太多,代充的人手', box: box(124, 1017, 345, 27), block: 1 },
      ],
    };
    expect(sidesOfBlocks(page)).toEqual(['system', 'merchant']);
  });
  it('takes a disc cut off its bubble with page around it (no solid block) at the edge for a letter avatar, but not a one-character line inside the page', () => {
    // a forwarded 640-wide JPEG: the buyer's "我" disc at the right edge, its box taller than the disc
    const page = {
      width: 640,
      height: 1422,
      blocks: [
        { box: box(99, 346, 454, 119), solid: true },
        { box: box(553, 345, 62, 85), solid: false },
        { box: box(300, 700, 40, 40), solid: false },
      ],
      avatars: [],
      lines: [
        { text: '3号买的金砖一直没到,今天上', box: box(125, 370, 390, 30), block: 0 },
        { text: '我', box: box(570, 370, 30, 32), block: 1 },
        { text: '好', box: box(305, 705, 30, 30), block: 2 },
      ],
    };
    expect(letterAvatar(page, 1)).toBe('我');
    expect(letterAvatar(page, 2)).toBeUndefined();
    expect(sidesOfBlocks(page)[0]).toBe('buyer');
  });
});

describe('names above messages that no record names', () => {
  const lines = (a: string, b: string) => [
    { text: `${a} 21:40:11`, box: box(250, 100, 120, 20) },
    { text: '我买的点卡充不了,提示卡号不存在', box: box(265, 126, 420, 24) },
    { text: `${b} 21:43:02`, box: box(250, 170, 160, 20) },
    { text: '亲,我们的卡都是官方渠道,您稍等我核实一下', box: box(265, 196, 430, 24) },
    { text: `${a} 21:44:30`, box: box(250, 240, 120, 20) },
    { text: '截图给你看了', box: box(265, 266, 200, 24) },
  ];

  it('tells the shop by how its messages speak to the customer, whichever comes first', () => {
    expect(sidesFromNameLines(lines('木子', '阿宁'))!.map((s) => s.side)).toEqual(['system', 'buyer', 'system', 'merchant', 'system', 'buyer']);
    const swapped = lines('阿宁', '木子');
    expect(sidesFromNameLines(swapped)!.map((s) => s.side)).toEqual(['system', 'buyer', 'system', 'merchant', 'system', 'buyer']);
  });

  it('decides nothing when the words do not tell the two apart', () => {
    const plain = [
      { text: '木子 21:40:11', box: box(250, 100, 120, 20) },
      { text: '在吗', box: box(265, 126, 100, 24) },
      { text: '阿宁 21:43:02', box: box(250, 170, 160, 20) },
      { text: '在的', box: box(265, 196, 100, 24) },
    ];
    expect(sidesFromNameLines(plain)).toBeUndefined();
  });

  it("takes a chat's name labels without a time for names where the reader's own (ME, You) is one (Snapchat, a chat widget)", () => {
    const snap = [
      { text: 'ME', box: box(40, 300, 40, 22) },
      { text: 'Paid for the account, order EZ-88214073. When do I get the login?', box: box(40, 328, 600, 26) },
      { text: 'JACE', box: box(40, 380, 70, 22) },
      { text: 'ya give me like an hour', box: box(40, 408, 300, 26) },
      { text: 'ME', box: box(40, 460, 40, 22) },
      { text: "It's been 5 hours and nothing.", box: box(40, 488, 380, 26) },
    ];
    expect(sidesFromNameLines(snap)!.map((s) => s.side)).toEqual(['system', 'buyer', 'system', 'merchant', 'system', 'buyer']);
    // capitals that are a day or a state, and no ME among them, name no one
    const noMe = snap.map((l) => (l.text === 'ME' ? { ...l, text: 'TODAY' } : l));
    expect(sidesFromNameLines(noMe)).toBeUndefined();
    // a web chat widget's "You" and the agent's first name
    const widget = snap.map((l) => (l.text === 'ME' ? { ...l, text: 'You' } : l.text === 'JACE' ? { ...l, text: 'Dave' } : l));
    expect(sidesFromNameLines(widget)!.map((s) => s.side)).toEqual(['system', 'buyer', 'system', 'merchant', 'system', 'buyer']);
    // capitalised words with no one's own name among them (a page's headings) name no one
    const headings = snap.map((l) => (l.text === 'ME' ? { ...l, text: 'Order Details' } : l.text === 'JACE' ? { ...l, text: 'Shipping' } : l));
    expect(sidesFromNameLines(headings)).toBeUndefined();
  });

  it('takes You and 自己 for the buyer', () => {
    expect(sideOfName('You')).toBe('buyer');
    expect(sideOfName('自己')).toBe('buyer');
  });
});

const engine = await createEngine('auto', 2);

describe('a desktop chat with a server list (session 16)', () => {
  it('reads a long name before "Yesterday at" as a header, and a list entry far left of the headers as none', () => {
    expect(headerName('Southern Cross Keys Yesterday at 22:40')).toBe('Southern Cross Keys');
    const L = (text: string, x: number, y: number, w: number) => ({ text, box: { x, y, w, h: 19 } });
    const lines = [
      L('Southern Cross Keys', 132, 67, 144), L('Friends', 130, 111, 56), L('N Nitro', 101, 154, 66),
      L('tama_r Yesterday at 21:12', 383, 439, 189), L('hey, order NZ-5520 still no key. three', 383, 462, 638), L('days is way too long', 384, 484, 147),
      L('Southern Cross Keys Yesterday at 22:40', 383, 524, 287), L("Hi! It's a pre-order, the key is sent on release day.", 383, 546, 590),
      L('tama_r Today at 11:20', 383, 643, 162), L('not waiting that long. filing it as late delivery', 382, 665, 311),
    ];
    const sides = sidesFromNameLines(lines, 'Southern Cross Keys', '@Southern Cross Keys')!.map((x) => x.side);
    expect(sides).toEqual(['system', 'system', 'system', 'system', 'buyer', 'buyer', 'system', 'merchant', 'system', 'buyer']);
  });
  it('still reads a garbled header right of the headers read whole (an e-mail\'s reading pane beside its list)', () => {
    const L = (text: string, x: number, y: number, w: number) => ({ text, box: { x, y, w, h: 19 } });
    const lines = [
      L('tama_r Yesterday at 21:12', 132, 100, 189), L('hey, still no key', 132, 122, 300),
      L('Southern Cross Keys Yesterday at 22:40', 132, 160, 287), L('It is a pre-order.', 132, 182, 300),
      L('tama_r S2M', 500, 300, 120), L('not waiting that long', 500, 322, 300),
    ];
    const sides = sidesFromNameLines(lines, 'Southern Cross Keys')!.map((x) => x.side);
    expect(sides.slice(4)).toEqual(['system', 'buyer']);
  });
});

describe('a contact list beside a bubble chat (session 16)', () => {
  it('takes a line left of every bubble for no header, and one over a bubble for a possible one', () => {
    const bubbles = [{ x: 379, y: 232, w: 497, h: 43 }, { x: 1340, y: 345, w: 504, h: 40 }];
    expect(offBubbles({ x: 112, y: 73, w: 184, h: 22 }, bubbles)).toBe(true);
    expect(offBubbles({ x: 381, y: 200, w: 150, h: 20 }, bubbles)).toBe(false);
    expect(offBubbles({ x: 112, y: 73, w: 184, h: 22 }, bubbles.slice(0, 1))).toBe(false);
  });
});

describe('complaint pages (session 16)', () => {
  const lex = loadRules().lexicon;
  it('gives a complaint page\'s buyer fields to the buyer and the shop\'s reply to the merchant', () => {
    const texts = ['黑猫投诉', '投诉编号:2114', '投诉问题:承诺30分钟内到账,至今未到账', '投诉要求:退款', '涉诉金额:270元', '投诉进度', '商家回复', '您好,已同意全额退款'];
    const sides = sidesOfComplaintFields(texts, texts.map(() => 'system' as const), lex);
    expect(sides).toEqual([undefined, undefined, 'buyer', 'buyer', undefined, undefined, 'merchant', 'merchant']);
  });
  it('leaves a page with no reply label, and lines a bubble placed, as they are', () => {
    expect(sidesOfComplaintFields(['投诉问题:未到账', '投诉进度'], ['system', 'system'], lex)).toBeUndefined();
    expect(sidesOfComplaintFields(['问题描述:没到账', '商家回复', '好的'], ['buyer', 'system', 'merchant'], lex)).toEqual([undefined, 'merchant', undefined]);
  });
});

describe('speakers on real-looking chats (real OCR)', () => {
  afterAll(() => engine.close());
  const cases: [string, string, string?][] = [
    // desktop chat, names above messages, the shop named by the title bar only
    ['qq-pc', 'qqpc-1920-office'],
    // web chat rows under sender names, the buyer's headers not read
    ['shop-webchat', 'webchat-1920-acgfaka'],
    // dark QQ, blue buyer bubbles at 1440x3200
    ['qq-mobile', 'case-qq-dark-steam'],
    // the seller's own view: the buyer on the left
    ['taobao-chat', 'qianniu-seller-view'],
    // Taobao orange bubbles with an order card
    ['taobao-chat', 'case-taobao-qb-chat'],
  ];
  for (const [style, name] of cases) {
    it(`${style}/${name}`, async () => {
      const { truth, absPath } = realTruth(style, name);
      const ev = (await readEvidence({ file: truth.image.file, absPath, type: 'image' }, engine, lex))[0]!;
      expect(ev.kind).toBe('chat');
      const sides = messageSides(ev, truth);
      expect(sides.length).toBeGreaterThanOrEqual(2);
      expect(sides.filter((s) => s.side !== s.role)).toEqual([]);
      expect(new Set(sides.map((s) => s.role))).toEqual(new Set(['buyer', 'merchant']));
    });
  }
});

describe('ticket threads, trading-board notes and chat widgets (session 17)', () => {
  const L = (text: string, x: number, y: number, w: number, h = 18) => ({ text, box: { x, y, w, h } });
  it('reads a helpdesk thread: who reported is the customer, who replied with the shop in brackets the shop, the date under each is the header\'s', () => {
    expect(headerName('Aoife Byrne reported')).toBe('Aoife Byrne');
    expect(headerName('Ciaran (WinKey) replied')).toBe('Ciaran (WinKey)');
    expect(headerName('林怡君提交了工單')).toBe('林怡君');
    expect(headerName('I replied')).toBeUndefined();
    expect(headerName('我已经回复了')).toBeUndefined();
    expect(headerName('Thu, 17 Feb 2028 at 2:25 PM')).toBeUndefined();
    const lines = [
      L('Aoife Byrne reported', 112, 177, 138), L('Thu, 17 Feb 2028 at 2:25 PM', 112, 194, 160), L('Hi, the Windows key from order WK-20931 gives "already used".', 68, 218, 910),
      L('Ciaran (WinKey) replied', 115, 291, 157), L('Thu, 17 Feb 2028 at 3:31 PM', 114, 308, 160), L('Hi Aoife, order WK-20931 was a Windows 10 Pro key.', 70, 332, 908),
      L('Reply Close ticket', 62, 442, 164, 21),
    ];
    const sides = sidesFromNameLines(lines, 'WinKey Ireland')!.map((x) => x.side);
    expect(sides).toEqual(['system', 'system', 'buyer', 'system', 'system', 'merchant', 'system']);
  });
  it('takes a role badge (買家, 賣家, 我, 商家) starting a row that ends in a time for the header of the message below', () => {
    const lines = [
      L('買家', 121, 688, 81, 41), L('yuchen_tw 03/23 21:11', 235, 688, 832, 46), L('不好意思我買錯了,可以取消?', 109, 759, 934, 43),
      L('賣家', 118, 976, 87, 46), L('nin_point 03/23 21:34', 234, 982, 833, 48), L('收到,序號還没傳給你,可以取消。', 112, 1055, 920, 41),
    ];
    expect(sidesFromNameLines(lines)!.map((x) => x.side)).toEqual(['system', 'system', 'buyer', 'system', 'system', 'merchant']);
    expect(sideOfName('賣家')).toBe('merchant');
    expect(sideOfName('買家')).toBe('buyer');
  });
  it('reads a role and a name with a space (賣家 azhe_card) and a shop agent with a brand of digits (5173客服·阿宁)', () => {
    expect(headerName('賣家 azhe_card 03/14 20:52')).toBe('賣家 azhe_card');
    expect(sideOfName('賣家 azhe_card')).toBe('merchant');
    expect(headerName('買家 chen_0307 03/14 21:05')).toBe('買家 chen_0307');
    expect(headerName('5173客服·阿宁15:20')).toBe('5173客服·阿宁');
    expect(headerName('2026-12-11 15:02')).toBeUndefined();
    expect(headerName('訂單成立時間2028-03-15 22:08')).toBeUndefined();
  });
  it('takes no day separator for a garbled header ("Mar 13" over "Mar 14")', () => {
    const lines = [
      L('MapleKeys X', 987, 72, 338, 20), L('Mar 13', 1138, 155, 42, 15), L('Hello, I paid for a CA$50 Steam gift card', 1059, 189, 255),
      L('8:45 PM', 1287, 262, 45, 15), L('Mar 14', 1138, 289, 42, 16), L('Still no code for MP-52008, almost a day', 1061, 324, 253),
    ];
    expect(sidesFromNameLines(lines, 'MapleKeys')).toBeUndefined();
  });
  it('gives the lines of a chat widget whose bubbles the layout missed the sides of their indents', () => {
    const b = (x: number, y: number, w: number) => box(x, y, w, 21);
    const indents = sidesByIndent([b(1611, 469, 237), b(1611, 492, 246), b(1610, 575, 161), b(1590, 674, 253), b(1590, 694, 258), b(1588, 807, 271), b(1718, 881, 157), b(1668, 408, 96)]);
    expect(indents).toEqual(['buyer', 'buyer', 'buyer', 'merchant', 'merchant', 'merchant', 'buyer', undefined]);
    // One start only, or starts too far apart for one column: nothing.
    expect(sidesByIndent([b(100, 0, 300), b(100, 30, 280), b(101, 60, 200), b(100, 90, 250)])).toBeUndefined();
    expect(sidesByIndent([b(100, 0, 300), b(100, 30, 280), b(600, 60, 200), b(600, 90, 250)])).toBeUndefined();
  });
  it('takes the sides of a chat widget in the corner of a desktop page within its own column', () => {
    const page = {
      width: 1920,
      height: 1080,
      avatars: [],
      blocks: [
        { box: box(54, 21, 582, 23), solid: false },
        { box: box(1591, 386, 109, 38), solid: false },
        { box: box(1620, 499, 251, 85), solid: true },
        { box: box(1586, 627, 250, 80), solid: true },
        { box: box(1687, 840, 188, 21), solid: true },
        { box: box(1549, 968, 305, 20), solid: false },
        { box: box(1791, 1032, 98, 23), solid: true },
      ],
      lines: [0, 1, 2, 3, 4, 5, 6].map((block) => ({ text: 'x', box: box(0, 0, 1, 1), block })),
    };
    expect(sidesOfBlocks(page).slice(2, 5)).toEqual(['buyer', 'merchant', 'buyer']);
  });
});

describe('mail panes, forum mailboxes and Traditional shop names (session 18)', () => {
  const L = (text: string, x: number, y: number, w: number, h = 23) => ({ text, box: { x, y, w, h } });
  it('reads a mail sender with the date after the address, and the reading pane\'s sender read into the message list\'s row', () => {
    expect(headerName('Holly Bennett <hollyb92@proton.me> Tue, 4 Apr 2028, 19:16')).toBe('Holly Bennett');
    expect(headerName('CDKeys.com Support<support@cdkeys.com> Tue, 4 Apr 2028, 19:58')).toBe('CDKeys.com Support');
    // Gmail adds how long ago, in either language
    expect(headerName('Emre Yildiz <emreyldz.tr@gmail.com> Aug 24, 2028, 10:51 AM (3 minutes ago)')).toBe('Emre Yildiz');
    expect(headerName('CardLoop<no-reply@cardloop.hk> 2028年8月28日下午10:41(4分鐘前)')).toBe('CardLoop');
    // osTicket puts the date first
    expect(headerName('25/08/2028 14:26 Kelvin(SoftMart)')).toBe('Kelvin(SoftMart)');
    expect(headerName('8/16/288:52PM Jerome Dela Cruz')).toBe('Jerome Dela Cruz');
    expect(headerName('25/08/2028 15:40 ok thanks for the code it works now')).toBeUndefined();
    // Jira Service Management: day/Mon/yy, and who raised the request
    expect(headerName('Darren (KeyLah) 23/Aug/28 4:41 PM')).toBe('Darren (KeyLah)');
    expect(headerName('Tan Wei Ling raised this on 23/Aug/28 9:02 AM')).toBe('Tan Wei Ling');
    expect(headerName('Jane Roe <jane@example.com> Apr 4, 2028, 7:58 PM')).toBe('Jane Roe');
    expect(headerName('support@pinepixelcodes.com Yesterday Maya Ortiz <maya.ortiz@proton.me>')).toBe('Maya Ortiz');
  });
  it('takes a recipient line "To: support@…" for part of the header (twice it was read as a repeated name), and whoever mails the shop for the buyer', () => {
    const lines = [
      L('Maya Ortiz <maya.ortiz@proton.me>', 620, 300, 300), L('Sat, 15 Apr 2028, 08:40', 620, 326, 200), L('To: support@pinepixelcodes.com', 620, 352, 260),
      L('Second message: order PN-5127 is still Unfulfilled and I have had no answer.', 620, 392, 900),
      L('Maya Ortiz<maya.ortiz@proton.me> Sat, 15 Apr 2028, 17:30', 620, 480, 560), L('To: support@pinepixelcodes.com', 620, 506, 260),
      L('Third message, still no code and no reply from anyone.', 620, 546, 700),
    ];
    expect(sidesFromNameLines(lines)!.map((x) => x.side)).toEqual(['system', 'system', 'system', 'buyer', 'system', 'system', 'buyer']);
  });
  it('reads a forum mailbox: a nickname running on into its handle, a month-day date, a studio for the shop, letter avatars left of the headers', () => {
    expect(headerName('米花代幣工作室mika_topup 2028-06-18 20:55')).toBe('米花代幣工作室mika_topup');
    expect(headerName('阿哲zhe0611 06-11 22:12')).toBe('阿哲zhe0611');
    expect(sideOfName('米花代幣工作室mika_topup')).toBe('merchant');
    // the order record names the shop in Traditional, the OCR read it Simplified
    expect(sideOfName('星野游卡hoshino_card', '星野遊戲卡')).toBe('merchant');
    const lines = [
      L('琉璃ruri_0422 2028-06-18 13:05', 452, 224, 1261), L('琉', 406, 237, 28, 21), L('早上10:00付款的代幣還沒到。', 451, 252, 901),
      L('米花代幣工作室mika_topup 2028-06-18 20:55', 453, 387, 1260), L('米', 408, 399, 26, 24), L('抱歉現在才回,是我們的問題。', 451, 413, 721),
    ];
    expect(sidesFromNameLines(lines)!.map((x) => x.side)).toEqual(['system', 'system', 'buyer', 'system', 'system', 'merchant']);
  });
  it('takes no brand two lines share, with words after it, for a sender\'s name (beanfun!值中心, beanfun!帳號)', () => {
    const lines = [L('beanfun!值中心', 40, 20, 200), L('tw.beanfun.com/member/topup', 40, 46, 300), L('序號储值完成後,點會立即存入您的', 500, 600, 500), L('beanfun!帳號。', 500, 626, 150), L('如有問題請至客服中心提問。', 500, 652, 400)];
    expect(sidesFromNameLines(lines, undefined, 'beanfun!值中心')).toBeUndefined();
  });
});

describe('cardBlocks', () => {
  it("takes a page's intro card (its audience) and a goods card with its send button for no one's message", () => {
    const lines = [
      { text: 'Kedai Reload MY', block: 0 },
      { text: '12K people like this', block: 1 },
      { text: 'Video Game Store', block: 1 },
      { text: 'Hi, I paid order KR-10582', block: 2 },
      { text: '斗鱼鱼翅代充1000鱼翅付款后1小时内', block: 3 },
      { text: '￥98.00', block: 3 },
      { text: '发送', block: 4 },
      { text: '亲，已经给您充好了，¥98.00 已到账', block: 5 },
    ];
    expect([...cardBlocks(lines)].sort()).toEqual([1, 3, 4]);
  });

  it("takes the goods card pinned over a trading chat (title, 待发货, price) for no one's message", () => {
    const lines = [
      { text: '梦幻西游电脑版游戏币3000万紫禁', block: 1 },
      { text: '城待发货', block: 1 },
      { text: '￥258.00', block: 1 },
      { text: '今天还能交易吗,订单一直是', block: 2 },
      { text: '待发货', block: 2 },
    ];
    expect([...cardBlocks(lines)]).toEqual([1]);
  });

  it("takes a chat's quick-reply menu for no one's message, a message naming one of its items for one", () => {
    const lines = [
      { text: '订单查询转人工常见问题评价', block: 0 },
      { text: '订单查询 | 转人工', block: 1 },
      { text: '我要转人工, 订单查询查不到', block: 2 },
    ];
    expect([...cardBlocks(lines)].sort()).toEqual([0, 1]);
  });

  it('leaves a message that names a price or its followers in a sentence', () => {
    const lines = [
      { text: '我付了 ￥98.00 还没到账', block: 0 },
      { text: '我们店有12K followers, 不会骗你', block: 1 },
      { text: '￥98.00', block: 2 },
      { text: '好的', block: 3 },
    ];
    expect(cardBlocks(lines).size).toBe(0);
  });
});

describe('a chat widget with its partner in the title bar (session 19)', () => {
  it("reads the buyer's bubbles as the buyer's, not under the title bar's letter avatar and presence line (●阿凯·在线)", async () => {
    const file = 'Screenshot_20280610-103655.jpg';
    const absPath = join(import.meta.dirname, '..', '..', 'fixtures', 'blind42', 'b42-zh-meiqia-o365-private', file);
    const ev = (await readEvidence({ file, absPath, type: 'image' }, engine, lex))[0]!;
    expect(ev.kind).toBe('chat');
    const side = (start: string) => ev.lines.find((l) => l.text.startsWith(start))?.side;
    expect(side('一晚上了还是没邀请')).toBe('buyer');
    expect(side('不加了')).toBe('buyer');
    expect(side('稍等我看下')).toBe('merchant');
    expect(side('●阿凯')).not.toBe('buyer');
  });
});

describe('a direct message to a shop that never answered (session 19)', () => {
  it("takes the one name under a title naming the shop for the buyer's", () => {
    const L = (text: string, y: number, x = 100) => ({ text, box: { x, y, w: 300, h: 18 } });
    const lines = [L('北岸13:05', 100), L('老板,6480钻直充拍了,麻烦充一下', 124), L('北岸15:20', 170), L('两个小时了还没到,看到回一下', 194), L('北岸22:47', 240), L('一天多了还是没充', 264)];
    const sides = sidesFromNameLines(lines, '闪电代充', '闪电代充-小七', { addressed: true });
    expect(sides?.filter((s) => !s.header && s.side !== 'system').map((s) => s.side)).toEqual(['buyer', 'buyer', 'buyer']);
    // under a title that names no shop, or a title bar that is no message box's addressee (the shop's
    // own name may head its messages unread), one name tells no side
    expect(sidesFromNameLines(lines, '闪电代充', 'KOOK', { addressed: true })).toBeUndefined();
    expect(sidesFromNameLines(lines, '闪电代充', '闪电代充-小七')).toBeUndefined();
  });
});

describe("a shop's notice under a phone chat's title (session 19)", () => {
  it('takes plain text most of the page wide just under the title, above the bubbles, for no one\'s message', () => {
    // a 900x1920 phone: the notice bar's text at y 240, the buyer's blue bubbles right, the shop's white one left
    const blocks = [
      { box: box(80, 59, 639, 31), solid: false },
      { box: box(32, 240, 736, 32), solid: false },
      { box: box(158, 310, 602, 244), solid: true },
      { box: box(158, 700, 602, 120), solid: true },
      { box: box(150, 900, 500, 90), solid: true },
    ];
    const avatars = [box(790, 320, 70, 70), box(790, 710, 70, 70), box(40, 905, 70, 70)];
    const lines = blocks.map((b, i) => ({ text: `line ${i}`, box: b.box, block: i }));
    const sides = sidesOfBlocks({ width: 900, height: 1920, blocks, avatars, lines });
    expect(sides.slice(1)).toEqual(['system', 'buyer', 'buyer', 'merchant']);
    // a faint first bubble as wide and as high, with its avatar beside it, is a message
    const faint = sidesOfBlocks({ width: 900, height: 1920, blocks, avatars: [...avatars, box(800, 236, 70, 70)], lines });
    expect(faint[1]).not.toBe('system');
    // without bubbles below it, the same text is a message by its place
    const alone = sidesOfBlocks({ width: 900, height: 1920, blocks: blocks.slice(0, 2), avatars: [], lines: lines.slice(0, 2) });
    expect(alone[1]).not.toBe('system');
  });
});

describe('an automated mail (session 20)', () => {
  it("gives no side to a shop's order confirmation from a no-reply address: it answers nobody", async () => {
    // Gmail in a desktop browser (Traditional Chinese interface) showing CardLoop's order mail
    const file = 'Screenshot 2028-08-28 224512.png';
    const absPath = join(import.meta.dirname, '..', '..', 'fixtures', 'blind45', 'b45-hk-olark-offline-noreply', file);
    const ev = (await readEvidence({ file, absPath, type: 'image' }, engine, lex))[0]!;
    expect(ev.lines.some((l) => /CL-2808-71043/.test(l.text))).toBe(true);
    expect(ev.lines.filter((l) => l.side === 'merchant' || l.side === 'buyer')).toEqual([]);
  });
});

describe('desktop and phone chrome of the sixteenth round (session 21)', () => {
  const blind = (set: string, id: string, file: string) => ({ file, absPath: join(import.meta.dirname, '..', '..', 'fixtures', set, id, file), type: 'image' as const });
  const partyLines = <T extends { side: string }>(lines: T[]): T[] => lines.filter((l) => l.side === 'buyer' || l.side === 'merchant');

  it('reads masked nicknames, dates with a comma and ticket headers as names, and a misread weekday as none', () => {
    expect(headerName('jd_wz***77 17:18')).toBe('jd_wz***77');
    expect(headerName('BosphorusCodes Seller 09/09/2028, 09:30')).toBe('BosphorusCodes Seller');
    expect(headerName('卡号3020****5517 17:18')).toBeUndefined();
    expect(headerName('遇日22:05')).toBeUndefined();
    expect(headerName('通一12:30')).toBeUndefined();
  });
  it("takes a short run of Latin letters a person's name shares with the shop's for no shop (kart in karthik), a whole word for one", () => {
    expect(namesShop('karthik.s', 'KeyKart Support')).toBe(false);
    expect(namesShop('KeyKart Support', 'KeyKart Digital')).toBe(true);
    expect(sideOfName('karthik.s', 'KeyKart Digital', 'KeyKart Support')).toBe('unknown');
  });
  it('gives a chat widget\'s lines whose starts waver by a pixel or two one side', () => {
    const b = (x: number, y: number) => box(x, y, 230, 17);
    expect(sidesByIndent([b(1069, 156), b(1069, 177), b(1070, 217), b(1031, 344), b(1031, 366), b(1030, 386), b(1029, 405), b(1029, 426)])).toEqual([
      'buyer', 'buyer', 'buyer', 'merchant', 'merchant', 'merchant', 'merchant', 'merchant',
    ]);
  });
  it("starts no message at the buyer's letter avatar right of a right-aligned header (买家*** over 我)", () => {
    const L = (text: string, x: number, y: number, w: number, h = 30) => ({ text, box: { x, y, w, h } });
    const sides = sidesFromNameLines(
      [L('买家***15:02', 1428, 442, 126), L('我', 1576, 455, 26), L('订单280125141509331742买的一卡通,充值时提示该卡已失', 850, 495, 655), L('效。我第一次用', 848, 544, 164), L('5173客服·阿宁15:20', 515, 622, 188), L('已核实:这张卡在卖家进货渠道被作废', 537, 658, 661)],
      '天澜点卡专营店',
    );
    expect(sides?.map((s) => s.side)).toEqual(['system', 'system', 'buyer', 'buyer', 'system', 'merchant']);
  });
  it("starts no message at a ticket's state badge: the opener's message under 'Opened …' is the buyer's", () => {
    const L = (text: string, y: number, x = 70) => ({ text, box: { x, y, w: 600, h: 40 } });
    const sides = sidesFromNameLines(
      [L('Opened08/09/2028, 19:50', 800), L('Waiting for you', 882, 87), L('Hi, order KT5R8N2WQ6ZHC1PV. Today I try the', 1019, 76), L('BosphorusCodes Seller 09/09/2028, 09:30', 1424, 74), L('This error indicates that while the code', 1490, 75)],
      'BosphorusCodes',
    );
    expect(sides?.map((s) => s.side)).toEqual(['system', 'system', 'buyer', 'system', 'merchant']);
  });
  it("leaves a phone chat's quick-reply chips over the message box to no one (查订单 · 申请退款 · 转人工)", async () => {
    const [ev] = await readEvidence(blind('blind48', 'b48-alimini-noreply', 'Screenshot_20281125_095204_com.eg.android.AlipayGphone.jpg'), engine, lex);
    const chips = ev!.lines.filter((l) => /查订单|申请退款转人工|转人工/.test(l.text));
    expect(chips.length).toBeGreaterThan(0);
    expect(chips.every((l) => l.side === 'system')).toBe(true);
    expect(partyLines(ev!.lines).every((l) => l.side === 'buyer')).toBe(true);
  });
  it("cuts a web chat's contact list off at the thin line drawn beside it: the list's rows are no messages, the buyer's bubbles are", async () => {
    const [ev] = await readEvidence(blind('blind51', 'b51-tw-msgrweb-noreply', '螢幕擷取畫面 2028-11-21 093012.png'), engine, lex, '卡卡點數小舖');
    expect(ev!.kind).toBe('chat');
    const party = partyLines(ev!.lines);
    expect(party.length).toBeGreaterThanOrEqual(3);
    expect(party.every((l) => l.side === 'buyer' && l.box!.x > 320)).toBe(true);
    expect(ev!.lines.find((l) => /大學同學會|大学同学会/.test(l.text))?.side).toBe('system');
  });
  it("keeps an order panel beside a desktop web chat out of the shop's messages, and the shop's plain messages its own", async () => {
    const [ev] = await readEvidence(blind('blind48', 'b48-jdweb-region-nad', '屏幕截图 2028-11-10 152211.png'), engine, lex, '畅联通信专营店');
    expect(ev!.kind).toBe('chat');
    const shop = ev!.lines.filter((l) => l.side === 'merchant').map((l) => l.text).join('');
    expect(shop).toContain('全国通用');
    expect(shop).not.toMatch(/下单时间|实付金额|订单状态/);
    expect(ev!.lines.find((l) => /订单状态/.test(l.text))?.side).toBe('system');
  });
});
