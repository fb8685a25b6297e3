import { findPhrase } from '../facts/match.js';
import { simplified } from '../facts/simplified.js';
import type { Lexicon } from '../rules/load.js';
import { isParty, type Box, type Side } from '../types.js';
import { isButtonText, isTimeSeparator } from './kind.js';

/** A bubble's edge this share of the width from the avatars' column stands against it. */
const AVATAR_EDGE = 0.04;

/** Whether a box lies in a phone chat's status and title bars, the top tenth of the page: no message there. */
export function inTitleBar(box: Box, height: number): boolean {
  return box.y + box.h < height * 0.1;
}

/**
 * Who wrote a chat block, from where it sits: WeChat, QQ and shop apps put the
 * buyer's bubbles on the right and the merchant's on the left; centred blocks are
 * time separators and system notes. The top and bottom strips (status bar, title,
 * input bar) are system.
 */
export function sideOfBlock(box: Box, width: number, height: number, avatars: Box[] = [], pane?: Box): Side {
  // Status bar and title bar on top, input bar below: never a message.
  if (inTitleBar(box, height) || box.y > height * 0.93) return 'system';
  // On a desktop page the chat's pane (beside a contact list) has the sides, not the page.
  const x0 = pane?.x ?? 0;
  const w = pane?.w ?? width;
  const mid = x0 + w / 2;
  // The avatar beside a bubble's first line says who wrote it.
  const avatar = avatars.find((a) => a.y < box.y + box.h && a.y + a.h > box.y && Math.abs(a.y - box.y) < a.h && (!pane || (a.x >= x0 - 4 && a.x + a.w <= x0 + w + 4)));
  if (avatar) return avatar.x + avatar.w / 2 > mid ? 'buyer' : 'merchant';
  if (box.w > w * 0.85) return 'unknown';
  const left = box.x - x0;
  const right = x0 + w - (box.x + box.w);
  if (Math.abs(left - right) >= w * 0.04) return right < left ? 'buyer' : 'merchant';
  // Centred by its margins: a note, or a wide bubble whose own avatar was missed while the
  // avatars' column takes one margin. Its edge against that column says whose it is.
  const edge = w * AVATAR_EDGE;
  if (avatars.some((a) => a.x > mid && Math.abs(a.x - (box.x + box.w)) < edge)) return 'buyer';
  if (avatars.some((a) => a.x + a.w < mid && Math.abs(box.x - (a.x + a.w)) < edge)) return 'merchant';
  return 'system';
}

const BUYER_NAMES = /^(我|自己|买家|本人|顾客|客户|buyer|me|you|customer)$/i;
const MERCHANT_NAMES = /^(商家|卖家|客服|店主|掌柜|店家|老板|客|seller|merchant|shop|store|support)$/i;

/** The longest run of characters two names share (case-folded, separators ignored). */
function sharedRun(a: string, b: string): number {
  // (Traditional and Simplified alike: 星野遊戲卡 and the 星野游卡 OCR read)
  const fold = (s: string): string => simplified(s).toLowerCase().replace(/[\s\-_·.|｜—]+/g, '');
  const x = fold(a);
  const y = fold(b);
  let best = 0;
  let run = '';
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
      if (k > best) {
        best = k;
        run = x.slice(i, i + k);
      }
    }
  }
  // Letters a few long shared inside a word name nothing ("kart" in karthik and KeyKart): a run of
  // Latin letters counts when long, or when it is a whole word of the name.
  if (/^[a-z]+$/.test(run) && run.length < 5 && !new RegExp(`(?:^|[^a-z])${run}(?:$|[^a-z])`).test(simplified(a).toLowerCase())) return 0;
  return best;
}

/** The name stands for the shop: it shares a run of 3+ characters (or most of itself) with the shop's name. */
export function namesShop(name: string, shop: string | undefined): boolean {
  if (!shop) return false;
  const run = sharedRun(name, shop);
  const len = name.replace(/[\s\-_·.|｜—]+/g, '').length;
  return run >= 3 || (run >= 2 && run >= len * 0.6);
}

/**
 * Who wrote a line of a chat export or a chat with names above messages, from the
 * sender's name. `merchant` is the shop's name from the order record, `title` the chat's
 * title bar (the person the screenshot's owner talks to).
 */
export function sideOfName(name: string, merchant?: string, title?: string): Side {
  const n = name.trim().replace(/^[[【(]|[\])】]$/g, '');
  if (BUYER_NAMES.test(n)) return 'buyer';
  // A role alone (a badge: 買家, 賣家).
  const plain = simplified(n);
  if (/^(?:买家|买方|buyer)$/i.test(plain)) return 'buyer';
  if (/^(?:卖家|卖方|seller)$/i.test(plain)) return 'merchant';
  // A trading site's message board names each sender by role, then name ("買家小安", "賣家 azhe_card",
  // "Buyer alex"); a status after the role (买家已付款) names nobody.
  const role = ROLE_PREFIX.exec(plain);
  if (role && !ROLE_NOT_NAME.test(plain.slice(role[0].length, role[0].length + 3))) return /^(买|buyer)/i.test(role[0]) ? 'buyer' : 'merchant';
  const shop = merchant?.split(/\s+/)[0];
  if (MERCHANT_NAMES.test(n) || (merchant && n.includes(merchant)) || (shop && shop.length >= 3 && n.includes(shop))) return 'merchant';
  if (/客服|店|商家|卖家|官方|售后|管理员|工作室|seller|shop|store|support|official|staff|admin/i.test(plain)) return 'merchant';
  // A chat window's title is the partner's name; a long title bar is an app's header (it may
  // carry the user's own account name), no name.
  const shortTitle = title && title.replace(/[\s\-_·.|｜—]+/g, '').length <= 16 ? title : undefined;
  if (namesShop(n, merchant) || namesShop(n, shortTitle)) return 'merchant';
  return 'unknown';
}

/**
 * A header line "name time" (the time may carry a date or a day: "Today at 13:02",
 * "昨天 21:44", "12/06/2026 9:31 PM", "October 2, 2027 21:41", "3 Oct 2027, 20:56"), OCR often
 * dropping the space between them. A platform may mask the buyer's nickname ("jd_wz****77 17:18").
 */
const NAME_TIME =
  /^([A-Za-z0-9\u4e00-\u9fff][\w\u4e00-\u9fff .·()（）|｜*-]{0,50}?)\s*((?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2},?\s*|\d{1,2}\/\d{1,2}\/\d{4},?\s*|\d{1,2}\/(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/\d{2}(?:\d{2})?\s*|\d{1,2}\/\d{1,2}\s*|\d{1,2}-\d{1,2}\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2},\s*\d{4},?\s*(?:at\s*)?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{4},?\s*(?:at\s*)?|(?:today|yesterday)\s*(?:at)?\s*|(?:今天|昨天|前天)\s*)?(?:上午|下午|晚上)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)$/i;

/**
 * A shop's name, a colon and its agent's name, then the time: 旺旺's and 千牛's header
 * ("乐游卡券小店:阿桃19:27:04", "完美点卡直营:客服三号13:31:40"). The shop's name ends as a shop's
 * does, or the agent is named as one.
 */
const SHOP_AGENT_TIME = /^([\u4e00-\u9fffA-Za-z0-9]{1,14}(?:店|铺|行|馆|坊|商城|直营|专营|旗舰|官方)[:：][\u4e00-\u9fffA-Za-z0-9_]{1,8}?|[\u4e00-\u9fffA-Za-z0-9]{1,14}[:：](?:客服|售后|小二|店员|掌柜)[\u4e00-\u9fffA-Za-z0-9_]{0,4}?)\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*)?\d{1,2}:\d{2}(?::\d{2})?$/;

/**
 * A header of a sender who names the side by the name alone (我, Me, 客服, Seller) whose time
 * small text lost its colon: "Seller 1411", "我:2117", "Me: i:02" (1 read as i). Any other
 * name with bare digits after it is more likely a message ("充了 1200").
 */
function selfNamedHeader(t: string): RegExpExecArray | null {
  const m = /^(\S{1,8}?)\s*[:：]?\s*([0-9oOilI|]{1,2})[:：.]?([0-9oO]{2})$/.exec(t);
  if (!m || !(BUYER_NAMES.test(m[1]!) || MERCHANT_NAMES.test(m[1]!))) return null;
  const digits = (d: string): string => d.replace(/[oO]/g, '0').replace(/[ilI|]/g, '1');
  const hour = Number(digits(m[2]!));
  const minute = Number(digits(m[3]!));
  if (hour > 23 || minute > 59) return null;
  return NAME_TIME.exec(`${m[1]} ${hour}:${digits(m[3]!)}`);
}

/**
 * The line an e-mail reply puts above the message it quotes: "On Wed, 9 Jun 2027 at 21:05, Jonas
 * Weber <j@x.de> wrote:" (its "wrote:" may wrap onto the next line), "2027年6月9日 21:05，张三 写道：".
 * The name is the quoted message's sender: an e-mail thread is a chat whose headers are these.
 */
const QUOTED_FROM = /^(?:on\s.{0,40}?|.{0,24}?)\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s*[,，]\s*([A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff .'-]{0,30}?)\s*(?:<[^>]*>?)?\s*(?:wrote:?|写道[:：]?)?$/i;

/** A line that continues a header: an e-mail's recipients ("to me", "发送至 我"), a wrapped "wrote:", a ticket reply's date ("Thu, 17 Feb 2028 at 2:25 PM"). */
const HEADER_TAIL =
  /^(?:to(?:\s*[:：]\s*|\s+)(?:me|you|[\w.@-]+)(?:\s*[,，].{0,40})?\s*[▾▼v]?|wrote:?|写道[:：]?|发送至.{0,30}|收件人[:：].{0,40}|[\u4e00-\u9fff]?\d{4}年\d{1,2}月\d{1,2}日\s*(?:[(（](?:星期|周).[)）])?\s*(?:上午|下午|晚上|凌晨|中午)?\s*\d{1,2}:\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4},?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)$/i;

/** A notice mail's line over a message someone sent: "cardcove_us sent you a message:". */
const SENT_YOU = /^([\p{L}\p{N}_.-]{2,30}(?:\s[\p{L}\p{N}_.-]{1,20}){0,2})\s+(?:has\s+)?sent\s+you\s+a\s+(?:new\s+)?message\s*[:：]?$/iu;
/** A notice mail's line over the reader's own message quoted: "Your message, 7:50 PM:", "Your message:". */
const YOUR_MESSAGE = /^your\s+(?:message|reply)\s*(?:[,，]\s*(?:\w+\s+\d{1,2},?\s*)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?\s*[:：]$/i;

/** A ticket thread's header: a capitalised name (a team in brackets after it) and what they did. */
const ACTED = /^((?:[A-Z][\w.'-]+|\([^()]{1,24}\))(?:\s+(?:[A-Z][\w.'-]*|\([^()]{1,24}\))){0,3})\s+(?:replied|reported|responded|commented|answered|wrote|raised this(?:\s+on\s+.{4,30})?)\s*$/;

/** The same in Chinese: "林怡君提交了工單", "林怡君回覆了". */
const ACTED_ZH = /^(?![^]*[我你您他她它们已经都还也就没不])([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_ ]{1,11}?)\s*(?:回复了|回覆了|答复了|提交了工单|提交了|留言了)$/;
/** A mail header's recipient line: "收件人: service@shop.example", "To: me". */
const RECIPIENT = /^(?:收件人|发送至|發送至|to)\s*[:：]?\s*(.{1,60})$/i;
/** A mail's sender line: "许一帆 <xy@163.com>", "KeyStation UK <orders@keystation.example>", with the date after it ("Tue, 4 Apr 2028, 19:58", "2028年8月28日下午10:41(4分鐘前)", "Aug 24, 2028, 10:51 AM (3 minutes ago)"). */
const MAIL_FROM =
  /^([\p{L}][\p{L}\p{N} ._'-]{0,30}?)\s*<[^<>\s]*@[^<>\s]*>?(?:\s*(?:[a-z]{3},?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?,?\s*(?:at\s+)?(?:上午|下午|晚上|凌晨|中午)?\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?:\s*[(（][^()（）]{1,24}(?:ago|前)[)）])?)?$/iu;
/** A desktop mail's reading-pane sender read into one line with the message list's row beside it: "… Yesterday Maya Ortiz <maya@proton.me>". */
const MAIL_FROM_AFTER = /\s(?!(?:Today|Yesterday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\s)((?:[A-Z][\p{L}.'-]*\s){0,2}[A-Z][\p{L}.'-]*)\s*<[^<>\s]*@[^<>\s]*>$/u;
/** A full date and a time, then the sender's name: a ticket thread's header (osTicket: "25/08/2028 11:58 Faizal Rahman", "8/16/28 8:52 PM Jerome Dela Cruz"). */
const DATE_TIME_NAME = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\d{2})?|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\s*([\p{L}][\p{L}\p{N} ._()（）'-]{0,30})$/iu;
/** A ticket's opening header: its writer is the customer ("reported", 提交了工单). */
const OPENED = /\s(?:reported|submitted)\s*$|\sraised this\b|提交了工单$|提交了$/;

/** The roles a trading site names its senders by. */
const ROLE_ZH = '买家|买方|卖家|卖方';
const ROLE_EN = 'buyer|seller';
/** A role before a name: 買家小安, 賣家 azhe_card, "Buyer alex", "Seller: alex". */
const ROLE_PREFIX = new RegExp(`^(?:${ROLE_ZH}|${ROLE_EN})\\s*[:：]?\\s*(?=\\S)`, 'i');
/** A role and a name, alone on a line: 買家小安, 卖家 鑽石王, "Seller: alex". */
const ROLE_NAME = new RegExp(`^(?:${ROLE_ZH}|${ROLE_EN})\\s*[:：]?\\s*([\\p{L}_][\\p{L}\\p{N}_]{0,11})$`, 'iu');
/** A role alone, as a badge beside a sender's name or a message's header (買家, 商家, 我). */
const ROLE_ONLY = new RegExp(`^(?:${ROLE_ZH}|${ROLE_EN}|我|商家|店家|客服|me|merchant)$`, 'i');
/** Whether a line is only a role badge (買家, 賣家, 商家, 我, Seller): the label of a sender, no message. */
export function isRoleBadge(text: string): boolean {
  return ROLE_ONLY.test(simplified(text.trim()));
}
/** Whether line b sits right of line a on its row. */
function sameRow(a: SpeakerLine, b: SpeakerLine | undefined): boolean {
  if (!a.box || !b?.box) return false;
  const h = Math.min(a.box.h, b.box.h);
  return Math.abs(a.box.y + a.box.h / 2 - (b.box.y + b.box.h / 2)) < h / 2 && b.box.x >= a.box.x + a.box.w - 4;
}
/** What follows a role on a status line, not a name: 买家已付款, 卖家待发货, 买家昵称, "Seller protection". */
const ROLE_NOT_NAME = /已|未|待|正在|申请|确认|同意|拒绝|发货|付款|收货|退款|留言|信息|须知|保障|昵称|账号|中心|protection|center|centre|info|rating/i;

/** The sender's name of a header line "name time", or undefined. */
export function headerName(text: string): string | undefined {
  const quoted = QUOTED_FROM.exec(text.trim());
  // A name, not a sentence: up to four words, each capitalised ("On Monday at 10:05, we will send it" is none).
  const quotedName = quoted?.[1]!.trim();
  // "you wrote:" (0 read for o) is the reader's own message quoted.
  const self = quotedName?.replace(/0/g, 'o');
  if (quotedName && /^on\s|写道/i.test(text.trim()) && self && BUYER_NAMES.test(self)) return self;
  if (quotedName && /^on\s|写道/i.test(text.trim()) && (/[\u4e00-\u9fff]/.test(quotedName) || /^(?:[A-Z0-9][\w.'-]*\s*){1,4}$/.test(quotedName))) return quotedName;
  // Avatar edges and icons read as a stray mark before the name: "个客服-小次21:18", "二】客服".
  const t = text.replace(/^(?:[^\p{L}\p{N}]|\S?[】\]|丨｜])+/u, '').trim();
  // Longer only for a shop agent's name with badges after it (see below).
  // A date in words makes a header longer ("Maja (G2A Support) Support October 3, 2027 20:56").
  const wordDate = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2},\s*\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{4}/i.test(t);
  // So does a day in words before the time (Discord's "Southern Cross Keys Yesterday at 22:40").
  const dayAt = /\b(?:today|yesterday)\s+at\s+\d{1,2}:\d{2}(?:\s?[AP]M)?$/i.test(t);
  // A mail's sender with the address ("许一帆 <xy@163.com>").
  const from = MAIL_FROM.exec(t) ?? MAIL_FROM_AFTER.exec(t);
  if (from) return from[1]!.trim();
  // A helpdesk ticket's thread: "Aoife Byrne reported", "Ciaran (WinKey) replied" over the date,
  // "Tan Wei Ling raised this on 23/Aug/28 9:02 AM" (a name's capitalised words: no sentence).
  const acted = ACTED.exec(t) ?? ACTED_ZH.exec(simplified(t));
  if (acted) return acted[1]!.trim();
  if (t.length > (wordDate || dayAt ? 60 : 34) && !/^(?:[A-Z][\w.-]*\s+){0,2}(?:support|seller|shop|store)\s/i.test(t)) return undefined;
  // A photo's OCR drops a colon or reads 0 as o: "秋匣点卡客服21:5047", "我 o9 12".
  // 旺旺 and 千牛 name the shop and its agent: "乐游卡券小店:阿桃19:27:04".
  const agent = SHOP_AGENT_TIME.exec(t);
  if (agent) return agent[1]!;
  // A marketplace's notice mail: "cardcove_us sent you a message:", then "Your message, 7:50 PM:" over the buyer's own.
  const sent = SENT_YOU.exec(t);
  if (sent) return sent[1]!;
  if (YOUR_MESSAGE.test(t)) return 'you';
  // A ticket's thread with the date first (osTicket): "25/08/2028 11:58 Faizal Rahman", "25/08/2028 14:26 Kelvin(SoftMart)".
  const dated = DATE_TIME_NAME.exec(t);
  if (dated && dated[1]!.trim().split(/\s+/).length <= 4) return dated[1]!.trim();
  // A trading site's message board heads each message with the sender's role and name alone ("買家小安", "賣家鑽石代幣王").
  const role = ROLE_NAME.exec(simplified(t));
  if (role && !ROLE_NOT_NAME.test(role[1]!)) return t;
  const m = NAME_TIME.exec(t) ?? NAME_TIME.exec(t.replace(/(\D)\s?([0-9oO]{1,2})(?:\s|[:：])\s?([0-9oO]{2})(?:[:：]?([0-9oO]{2}))?$/, (_, c: string, h: string, mi: string, sec?: string) => `${c} ${h}:${mi}${sec ? `:${sec}` : ''}`.replace(/[oO](?=[\d:oO]*$)/g, '0'))) ?? selfNamedHeader(t);
  if (!m) return undefined;
  let name = m[1]!.trim();
  // A sentence is no name: a message's last line with the time printed inside its bubble
  // ("please check spam too 20:44") reads like a header.
  // A shop's agent may carry badges after the name ("NovaKeys Support Official Support ✓Final
  // Reply 21:02", every word capitalised, unlike a message's "PS Store code you sent at 20:07"):
  // the name is the words up to its first shop word.
  const words = name.split(/\s+/);
  const shopWord = words.findIndex((w) => MERCHANT_NAMES.test(w));
  if (words.length > 3 && shopWord >= 1 && shopWord < 3 && words.every((w) => /^[^a-z]/.test(w))) name = words.slice(0, shopWord + 1).join(' ');
  // (A forum's nickname runs on into the account's handle: "米花代幣工作室mika_topup".)
  else if (words.length > 3 || (/[\u4e00-\u9fff]/.test(name) && name.length > 16 && !/^[\u4e00-\u9fff]{1,12}[A-Za-z][\w]{2,19}$/.test(name))) return undefined;
  // Four digits in a row are a date or a number, not part of a sender's name ("下单时间2026-12-11 15:02"),
  // nor a label of a record ("下单时间 2026-12-16 09:42"), unless the name is an account's.
  // An account-style name is letters then digits ("访客8831", "tb2208", "jd_88201"), not a label and its number.
  // (after the role a trading site names it by: "買家 chen_0307")
  const own = simplified(name).replace(ROLE_PREFIX, '');
  const account = /^[\p{L}_]+\d{3,12}$/u.test(own) && !/(时间|日期|时刻|金额|单号|订单|编号|time|date|no)\d+$/i.test(own);
  // (A shop's agent may carry a brand of digits: "5173客服·阿宁".)
  const brandedAgent = /客服|售后|官方|support|staff/i.test(name) && !/(时间|日期|金额|单号|订单|编号)/.test(simplified(name));
  if (!/[\p{L}]/u.test(name) || (/^\d/.test(name) && !brandedAgent)) return undefined;
  if ((/\d{4}/.test(name) && !account && !brandedAgent) || /[:：]$/.test(name) || /(时间|日期|时刻|金额|time|date|created|updated|activity|posted|modified)$/i.test(simplified(name))) return undefined;
  const stripped = name.replace(/^(?:[^\p{L}\p{N}]|[个二一丨|】\]])+/u, '');
  if (stripped.length >= 2 || BUYER_NAMES.test(stripped) || MERCHANT_NAMES.test(stripped)) name = stripped;
  // A time separator's day ("昨天 21:42", "11月25日 14:32", 週日 read as 遇日 or 通一) is no name.
  if (/^[週遇通调調][一二三四五六日天]$/.test(name)) return undefined;
  if (/^(昨天|今天|前天|星期.|周.|上午|下午|晚上|凌晨|中午|yesterday|today)$|月\d*日?$|\d日$/i.test(name)) return undefined;
  // Nor is a weekday with its date ("Thu, 17 Feb 2028 at 2:25 PM" under a ticket reply's header).
  if (/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?(?:\s+\d{1,2})?(?:\s+[a-z]{3,9}\.?)?$/i.test(name)) return undefined;
  return name || undefined;
}

/** A line of a page as the speaker logic sees it. */
export interface SpeakerLine {
  text: string;
  box?: Box;
  /** The line is a letter avatar (a square holding the first character of a name): that name. */
  avatarName?: string;
}

/**
 * Speakers in a chat that puts the sender's name (and time) above each message (WeChat and
 * QQ for PC, a shop's web chat or ticket) instead of left and right bubbles. Returns, for each
 * line, the side and a message number, or undefined when the page is not laid out so: it needs
 * two header lines and a name that tells its side (the shop's name from the order record or the
 * title bar, a shop word such as 客服 or 售后, or 我). Header lines OCR missed are made up
 * from the layout: a message starting after a wide gap with no header above is a new message,
 * from the side whose headers were not read (or the other side than the message before).
 * Header lines are marked `header`.
 */
export function sidesFromNameLines(lines: (SpeakerLine | string)[], merchant?: string, title?: string, { addressed = false }: { addressed?: boolean } = {}): { side: Side; message: number; header?: true }[] | undefined {
  const items: SpeakerLine[] = lines.map((l) => (typeof l === 'string' ? { text: l } : l));
  const heads = items.map((_, i) => headsMessage(items, i));
  // A role badge (買家, 商家, 我) starting a row that ends with a time ("yuchen_tw 03/23 21:11", "商家回复
  // 04-09 15:02"): the row heads a message, and the badge names its side.
  const badgeRows = new Map<number, string>();
  const rowParts = new Set<number>();
  items.forEach((l, i) => {
    if (!isRoleBadge(l.text)) return;
    let j = i + 1;
    while (j < items.length && sameRow(l, items[j])) j++;
    if (j === i + 1 || !/\d{1,2}:\d{2}\s*$/.test(items[j - 1]!.text)) return;
    badgeRows.set(i + 1, l.text.trim());
    for (let k = i; k < j; k++) if (k !== i + 1) rowParts.add(k);
  });
  const names = withGarbledHeaders(
    items,
    items.map((l, i) => badgeRows.get(i) ?? l.avatarName ?? (heads[i] ? headerName(l.text) : undefined)),
    heads,
  );
  // Snapchat and web chat widgets head each run of messages with the sender's name alone, no time
  // ("ME" and "JACE", "You" and "Dave"): such labels are names where the reader's own is one of them.
  const labels = items.map((l, i) => (heads[i] && NAME_LABEL.test(l.text.trim()) && !LABEL_NOT_NAME.test(l.text.trim()) ? l.text.trim() : undefined));
  if (labels.some((n) => n !== undefined && SELF_LABEL.test(n)) && labels.filter(Boolean).length >= 2) labels.forEach((n, i) => (names[i] ??= n));
  const headerCount = names.filter(Boolean).length;
  if (headerCount < 2) return undefined;
  const sideByName = new Map<string, Side>();
  for (const n of names) if (n && !sideByName.has(n)) sideByName.set(n, sideOfName(n, merchant, title));
  // Who opened a ticket ("Aoife Byrne reported", "林怡君提交了工單") is the customer; who mails the shop
  // (收件人: service@shop, "To: KeyStation Support") too, and who mails the reader ("to me") the shop.
  names.forEach((n, i) => {
    if (!n || sideByName.get(n) !== 'unknown') return;
    if (OPENED.test(simplified(items[i]!.text.trim()))) sideByName.set(n, 'buyer');
    const to = items.slice(i + 1, i + 3).map((l) => RECIPIENT.exec(l.text.trim())?.[1]).find((r) => r !== undefined);
    if (to && (BUYER_NAMES.test(to.trim()) || /^我$/.test(to.trim()))) sideByName.set(n, 'merchant');
    else if (to && (sideOfName(to.replace(/<[^>]*>?/g, ' ').trim(), merchant) === 'merchant' || /^(?:service|support|help|sales|shop|store|orders?|kefu)@/i.test(to.trim()))) sideByName.set(n, 'buyer');
  });
  const unknownOf = (): [string, Side][] => [...sideByName.entries()].filter(([, s]) => s === 'unknown');
  let unknown = unknownOf();
  if (unknown.length === 2 && unknown.length === sideByName.size) {
    // Two names and neither tells its side: the one whose messages speak as a shop does.
    const shop = shopVoice(items, names, unknown[0]![0], unknown[1]![0]);
    if (shop) sideByName.set(shop, 'merchant');
    unknown = unknownOf();
  }
  // One name alone in a direct message the message box addresses to the shop ("发送给闪电代充-小七"):
  // the buyer's, writing to a shop that never answered. (A title bar naming the shop says less: the
  // shop's own name may head its messages unread as a header.)
  if (addressed && unknown.length === 1 && sideByName.size === 1 && title !== undefined && sideOfName(title, merchant) === 'merchant' && !namesShop(unknown[0]![0], title)) {
    sideByName.set(unknown[0]![0], 'buyer');
    unknown = unknownOf();
  }
  const known = new Set([...sideByName.values()].filter(isParty));
  if (known.size === 0) return undefined;
  // With one side named, the other names are the other side (a chat of two).
  if (known.size === 1) {
    const other: Side = known.has('merchant') ? 'buyer' : 'merchant';
    for (const [n] of unknown) sideByName.set(n, other);
  } else if (unknown.length === 1) {
    sideByName.set(unknown[0]![0], 'buyer');
  }
  const seen = new Set([...sideByName.values()].filter(isParty));
  // Message lines line up at one left edge, to the right of the header's (an avatar may sit before the name).
  const headerIdx = names.flatMap((n, i) => (n ? [i] : []));
  // An e-mail header runs on in a line of recipients ("to me") or a wrapped "wrote:": part of the header.
  const tails = new Set<number>();
  for (const h of headerIdx) for (let j = h + 1; j < Math.min(items.length, h + 3) && !names[j] && HEADER_TAIL.test(items[j]!.text.trim()); j++) tails.add(j);
  const lineH = median(items.filter((l, i) => !names[i] && l.box).map((l) => l.box!.h)) ?? 20;
  const tolerance = Math.max(8, lineH * 0.6);
  // A header's first message line: the next line below it in its column (a desktop chat's
  // contact list, read in the same rows, lies to the left).
  const firstLine = (i: number): number | undefined => {
    const h = items[i]!.box;
    for (let j = i + 1; j < Math.min(items.length, i + 5); j++) {
      if (names[j]) return undefined;
      // (a line left out, beside the chat, is none of its)
      if (tails.has(j) || !items[j]!.text) continue;
      const b = items[j]!.box;
      if (!h || !b) return b ? j : undefined;
      if (b.y - (h.y + h.h) > lineH * 3) return undefined;
      if (b.y < h.y + h.h * 0.5) continue;
      // A letter avatar beside the header, left or right (a forum's "琉" disc, the buyer's 我 right of a
      // right-aligned header), starts no message.
      if ((b.x + b.w <= h.x + 2 || b.x >= h.x + h.w - 2) && /^[\p{L}\p{N}]$/u.test(items[j]!.text.trim())) continue;
      if (b.x >= h.x - Math.max(tolerance, h.h * 3.5) && b.x <= h.x + h.w) return j;
      // A header right-aligned over its bubble ("Me 03:29" above the buyer's bubble of a web
      // ticket) while the text starts further left: the message's lines, at one left edge, reach
      // under the header (a contact list beside the messages does not).
      for (let k = j; k < Math.min(items.length, j + 4) && !names[k]; k++) {
        const c = items[k]!.box;
        if (!c || Math.abs(c.x - b.x) > tolerance) break;
        if (c.x + c.w >= h.x + h.w / 2) return j;
      }
    }
    return undefined;
  };
  // The first line under each header, by index, and its left edge: its message's own edge (in a
  // photo of a screen the column slants, and the page's common edge drifts away from a message's).
  const firstLines = new Map<number, number>();
  for (const h of headerIdx) {
    const j = firstLine(h);
    if (j !== undefined) firstLines.set(j, items[j]!.box!.x);
  }
  const messageXs = [...firstLines.values()];
  // The edge most first lines share (a time printed after a short name lies further right).
  const msgX = [...messageXs].sort((a, b) => a - b).reduce<number | undefined>((best, x) => {
    const n = (c: number): number => messageXs.filter((y) => Math.abs(y - c) <= tolerance).length;
    return best === undefined || n(x) > n(best) ? x : best;
  }, undefined);
  let ownX: number | undefined;
  const aligned = (l: SpeakerLine, i: number): boolean => {
    if (msgX === undefined || !l.box) return true;
    const first = firstLines.get(i);
    if (first !== undefined) ownX = first;
    return first !== undefined || Math.abs(l.box.x - msgX) <= tolerance || (ownX !== undefined && Math.abs(l.box.x - ownX) <= tolerance);
  };
  const firstHeader = headerIdx[0]!;
  const lastHeader = headerIdx[headerIdx.length - 1]!;
  let side: Side = 'unknown';
  let message = 0;
  let previous: SpeakerLine | undefined;
  let lastSpeaker: Side = 'unknown';
  return items.map((l, i) => {
    const name = names[i];
    if (tails.has(i) || rowParts.has(i)) return { side: 'system' as Side, message, header: true as const };
    if (name) {
      ownX = undefined;
      side = sideByName.get(name) ?? 'unknown';
      message++;
      previous = l;
      return { side: 'system' as Side, message, header: true as const };
    }
    // Before the first header only lines at the message edge are messages (not a page's title or info rows).
    const inColumn = aligned(l, i) && (i > firstHeader || (msgX !== undefined && l.box !== undefined));
    // A button under the thread ("Reply", 回覆 關閉工單) or a ticket's state ("Waiting for you") starts no message.
    if (!inColumn || isButtonText(l.text) || TICKET_STATE.test(l.text.trim())) return { side: 'system' as Side, message };
    const gap = previous?.box && l.box ? l.box.y - (previous.box.y + previous.box.h) : 0;
    const prevIsHeader = previous !== undefined && names[items.indexOf(previous)] !== undefined;
    if (!previous || (!prevIsHeader && gap > lineH * 1.8)) {
      // A message whose header was not read.
      message++;
      side = seen.size === 1 ? (seen.has('merchant') ? 'buyer' : 'merchant') : lastSpeaker === 'buyer' ? 'merchant' : lastSpeaker === 'merchant' ? 'buyer' : 'unknown';
    }
    // Far below the last message (a reply box's button): no message.
    if (i > lastHeader && gap > lineH * 6) return { side: 'system' as Side, message };
    previous = l;
    lastSpeaker = side;
    return { side, message };
  });
}

/** A ticket's state in its badge under the ticket's header ("Waiting for you", 处理中, 已解决). */
const TICKET_STATE = /^(?:waiting for (?:you|your reply|seller|buyer|customer|support|agent)|awaiting (?:your )?(?:reply|response)|open|closed|resolved|solved|pending|in progress|on hold|等待(?:您|你|买家|卖家|客服)?(?:的)?回复|等待處理|等待处理|处理中|處理中|已关闭|已關閉|已解决|已解決)$/i;

/** A sender's name alone on its line: in capitals (Snapchat's "ME", "JACE") or one or two capitalised words ("You", "Dave"); the reader's own is one of them. Not a day or a chat's state. */
const NAME_LABEL = /^(?:[A-Z][A-Z.'_ -]{0,18}[A-Z]|[A-Z][a-z.'_-]{1,18}(?: [A-Z][a-z.'_-]{1,18})?|我)$/;
const SELF_LABEL = /^(?:me|you|我)$/i;
const LABEL_NOT_NAME = /^(?:today|yesterday|new|new messages?|unread|opened|delivered|sent|received|seen|read|typing|ok|okay|lol|no|yes|thanks|help|menu|chat|online|offline|now chatting|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)$/i;

/** Most characters after a sender's name on a header whose small time OCR garbled ("alex_m S2M", "KeyNest Support oPM"). */
const GARBLED_TIME = 7;

/** What follows `name` at the start of `text`, spaces and case aside (small text loses the space in "Tom Wren"), or undefined. */
function afterName(text: string, name: string): string | undefined {
  const want = name.replace(/\s+/g, '').toLowerCase();
  let i = 0;
  let got = 0;
  while (got < want.length && i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    if (text[i]!.toLowerCase() !== want[got]) return undefined;
    i++;
    got++;
  }
  return got === want.length ? text.slice(i) : undefined;
}

/** What follows a sender's name on a header whose time OCR garbled: a short tail with a digit or an AM/PM, or three characters at most. */
function garbledTail(text: string, name: string): boolean {
  const tail = afterName(text.trim(), name)?.trim();
  if (tail === undefined) return false;
  // (words after a brand the lines share, "beanfun!值中心" and "beanfun!帳號", are no time)
  if (/[\u4e00-\u9fff]/.test(tail) && !/\d/.test(tail)) return false;
  return tail.length <= 3 || (tail.length <= GARBLED_TIME && /\d|[ap]\s?m$/i.test(tail));
}

/**
 * Header lines whose time small text lost ("alex_m S2M", "alex_mx 53P M", "KeyNest Support
 * Sg" for "9:02 PM"): a line heading a message that starts with a name read on a whole header,
 * or with the start two or more such lines share, and goes on with a garbled time only. A
 * message's first words run longer.
 */
function withGarbledHeaders(items: SpeakerLine[], names: (string | undefined)[], heads: boolean[]): (string | undefined)[] {
  // (a day separator, "Mar 13" over "Mar 14", or a ticket reply's date is no name with a time)
  const open = items.flatMap((l, i) =>
    heads[i] && !names[i] && /^[A-Za-z]/.test(l.text.trim()) && l.text.trim().length <= 34 && !isTimeSeparator(l.text) && !HEADER_TAIL.test(l.text.trim()) ? [l.text.trim()] : [],
  );
  // lines sharing their first four characters (spaces aside): their longest common start is a name
  const groups = new Map<string, string[]>();
  for (const t of open) {
    const key = t.replace(/\s+/g, '').slice(0, 4).toLowerCase();
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const repeated: string[] = [];
  for (const texts of groups.values()) {
    if (texts.length < 2) continue;
    let start = texts[0]!;
    for (const t of texts) while (afterName(t, start) === undefined) start = start.slice(0, -1);
    // the time's first digits may be shared too ("Tom Wren 73Pu", "TomWren 755P")
    start = start.replace(/[\s\d:.]+$/, '').trim();
    if (start.length >= 3 && texts.every((t) => garbledTail(t, start))) repeated.push(start);
  }
  const known = [...new Set([...names.filter((n): n is string => n !== undefined && /^[\x20-\x7e]{3,}$/.test(n)), ...repeated])].sort((a, b) => b.length - a.length);
  if (known.length === 0) return names;
  // A line far left of every header read whole (a desktop app's server or contact list, "Southern
  // Cross Keys" beside "Southern Cross Keys Yesterday at 22:40") heads nothing; one to their right may
  // (an e-mail's reading pane beside its message list, whose rows were the headers read whole).
  const lefts = names.flatMap((n, i) => (n && items[i]!.box ? [items[i]!.box!] : []));
  const inColumn = (b: SpeakerLine['box']): boolean => !b || lefts.length === 0 || lefts.some((h) => b.x >= h.x - Math.max(h.h * 3, 24));
  return names.map((n, i) => n ?? (heads[i] && inColumn(items[i]!.box) ? known.find((k) => garbledTail(items[i]!.text, k)) : undefined));
}

/**
 * Whether line i can head a message: a line follows right under it (a header sits on top of
 * its message; a message's last line, even one ending in a time, has a gap or nothing below).
 * "Right under" is within 1.5 line heights, or within 3 when the gap above the line is half as
 * wide again: a bubble's padding puts its text further below the name, and an OCR box that
 * holds no more than the letters (tesseract's) is lower than one with a margin (PP-OCR's).
 * Lines without a box (a chat export) always can.
 */
function headsMessage(items: SpeakerLine[], i: number): boolean {
  const h = items[i]!.box;
  if (!h) return true;
  // another line of the header's column (a side pane's lines may come between),
  // no piece of the header's own row (a time read twice)
  const overlaps = (b: Box): boolean => b.x + b.w >= h.x && b.x <= h.x + h.w;
  // A short first line of a message under a right-aligned header counts by the lines below it
  // at its left edge ("Paid for order" under "Me 03:29", the rest of the bubble wider).
  const inColumn = (j: number): boolean => {
    const b = items[j]!.box!;
    for (let k = j; k < Math.min(items.length, j + 4); k++) {
      const c = items[k]!.box;
      if (!c || Math.abs(c.x - b.x) > Math.max(8, b.h * 0.5)) return false;
      if (overlaps(c)) return true;
    }
    return false;
  };
  for (let j = i + 1; j < Math.min(items.length, i + 5); j++) {
    const b = items[j]!.box;
    if (!b) return true;
    if (b.y < h.y + h.h * 0.5 || !inColumn(j)) continue;
    const below = b.y - (h.y + h.h);
    const height = Math.max(h.h, b.h);
    if (below < height * 1.5) return true;
    const above = gapAbove(items, i);
    return above !== undefined && below < height * 3 && below * 1.5 < above;
  }
  return false;
}

/** The gap between line i and the line above it in its column, if one was read. */
function gapAbove(items: SpeakerLine[], i: number): number | undefined {
  const h = items[i]!.box!;
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    const p = items[j]!.box;
    if (!p) return undefined;
    if (p.x + p.w < h.x || p.x > h.x + h.w || p.y + p.h > h.y + h.h * 0.5) continue;
    return h.y - (p.y + p.h);
  }
  return undefined;
}

/** A shop's way of speaking to a customer: 亲, 您, 本店, 稍等, 为您 核实. */
const SHOP_VOICE = /^亲|亲[,，!！~]|您|本店|小店|稍等|为你|核实|售后|我们的(卡|货|商品)|dear|sorry for|we will|we have/gi;
/** A customer's way of speaking: what they bought, what fails, asking for a refund. */
const BUYER_VOICE = /我(买|拍|付|充)|我的(订单|卡)|给我退|退款吧|(用|充)不了|不能用|无效|怎么回事|refund me|i (bought|paid|ordered)|doesn't work|not working/gi;

/**
 * Of two senders whose names tell no side, the one whose messages speak as a shop does (see
 * {@link SHOP_VOICE}) more than the other, and no more like a customer: that name, or undefined
 * when their words do not tell them apart.
 */
function shopVoice(items: SpeakerLine[], names: (string | undefined)[], a: string, b: string): string | undefined {
  const said = new Map<string, string>([
    [a, ''],
    [b, ''],
  ]);
  let current: string | undefined;
  items.forEach((l, i) => {
    if (names[i]) current = names[i];
    else if (current && said.has(current)) said.set(current, said.get(current)! + l.text + '\n');
  });
  const score = (text: string): number => (text.match(SHOP_VOICE)?.length ?? 0) - (text.match(BUYER_VOICE)?.length ?? 0);
  const sa = score(said.get(a)!);
  const sb = score(said.get(b)!);
  if (sa > sb && sa > 0) return a;
  if (sb > sa && sb > 0) return b;
  return undefined;
}

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A page's layout as the bubble logic sees it (an OCR page). */
export interface SpeakerPage {
  width: number;
  height: number;
  blocks: { box: Box; solid: boolean; pane?: Box }[];
  avatars: Box[];
  lines: { text: string; box: Box; block: number }[];
}

/** A square solid block holding one character: an avatar showing the first character of a name (我, 客). */
export function letterAvatar(page: SpeakerPage, block: number): string | undefined {
  const b = page.blocks[block];
  // A disc cut off its bubble with some page around it (a small JPEG) is no solid block, but it
  // keeps to the page's edge as no message does.
  const atEdge = b !== undefined && (b.box.x < page.width * 0.06 || b.box.x + b.box.w > page.width * 0.94);
  if (!b || !(b.solid || atEdge)) return undefined;
  const ratio = b.box.w / b.box.h;
  // A disc touching its bubble may be cut a little short on the bubble's side (0.73 on a small JPEG).
  if (ratio < 0.7 || ratio > 1.33 || b.box.w > page.width * 0.16) return undefined;
  const text = page.lines.filter((l) => l.block === block).map((l) => l.text).join('').trim();
  if (!/^[\p{L}\p{N}]$/u.test(text)) return undefined;
  // A one-character bubble ("行", "好") has a picture avatar right beside it; a letter avatar is one.
  const gap = page.width * 0.06;
  const besideAvatar = page.avatars.some((a) => a.y < b.box.y + b.box.h && a.y + a.h > b.box.y && (Math.abs(a.x + a.w - b.box.x) < gap || Math.abs(b.box.x + b.box.w - a.x) < gap));
  return besideAvatar ? undefined : text;
}

/**
 * The chat's title: the first line of the top strip below the status bar (the person or
 * shop the screenshot's owner talks to), or undefined.
 */
export function chatTitle(page: SpeakerPage): string | undefined {
  for (const l of page.lines) {
    if (l.box.y > page.height * 0.12) break;
    const t = l.text.trim();
    // the status bar: a clock, a carrier, a battery share
    if (/^\d{1,2}:\d{2}\b|4G|5G|%$/.test(t) || t.replace(/[^\p{L}]/gu, '').length < 2) continue;
    // A merged record's title names both sides ("云顶卡铺-阿杰和小鹿的聊天记录", "Chat history of A and B"): no partner.
    if (/的聊天记录[·.…]*$|的聊天紀錄[·.…]*$|^chat history\b/i.test(t)) return undefined;
    return t;
  }
  return undefined;
}

/** The seller's own view of a chat (千牛, 闲鱼 seller side): the partner named at the top is a buyer account. */
export function isSellerView(page: SpeakerPage): boolean {
  return page.lines.some((l) => l.box.y < page.height * 0.12 && /来自(淘宝|闲鱼|天猫|手淘)|^tb\d{5,}|买家(昵称|账号)?[:：]/i.test(l.text.trim()));
}

/**
 * Sides of the blocks of a bubble chat: the avatar beside a bubble's top or, failing that, which
 * edge the block keeps to (see sideOfBlock). A block with no avatar right under a message block
 * it lies within (the wrapped tail of an unframed message) takes that message's side. In the
 * seller's own view the sides swap.
 */
export function sidesOfBlocks(page: SpeakerPage): Side[] {
  // A letter avatar (a disc showing 卡 or P) stands beside its bubble as a picture avatar does.
  const letters = page.blocks.map((_, i) => letterAvatar(page, i) !== undefined);
  const avatars = [...page.avatars, ...page.blocks.filter((_, i) => letters[i]).map((b) => b.box)];
  const widget = widgetColumn(page);
  const sides = page.blocks.map((b, i) => (letters[i] ? 'system' : sideOfBlock(b.box, page.width, page.height, avatars, b.pane ?? widget)));
  const hasAvatar = page.blocks.map((b) => avatars.some((a) => a.y < b.box.y + b.box.h && a.y + a.h > b.box.y && Math.abs(a.y - b.box.y) < a.h));
  for (let i = 1; i < page.blocks.length; i++) {
    const b = page.blocks[i]!.box;
    const p = page.blocks[i - 1]!.box;
    if (hasAvatar[i] || !hasAvatar[i - 1] || page.blocks[i]!.solid) continue;
    const lineH = Math.min(b.h, p.h);
    if (b.y - (p.y + p.h) < lineH * 1.2 && b.x >= p.x - 4 && b.x + b.w <= p.x + p.w + 4) {
      sides[i] = sides[i - 1]!;
      hasAvatar[i] = true;
    }
  }
  const aside = besideChat(page, sides);
  // The chat's bubbles (of a side, as high as a line with its margin): beside them, the page's own text.
  const bubbles = page.blocks.filter((b, i) => b.solid && isParty(sides[i]) && b.box.h >= 30).map((b) => b.box);
  const list = contactList(page, sides, bubbles);
  const notice = noticeBar(page, sides, bubbles, avatars);
  const chips = chipRow(page, letters);
  const own = sides.map((s, i) => (aside[i] || list[i] || notice[i] || chips[i] ? 'system' : s));
  if (!isSellerView(page)) return own;
  return own.map((s) => (s === 'buyer' ? 'merchant' : s === 'merchant' ? 'buyer' : s));
}

/** A desktop chat app's contact list keeps to this share of the page's width, from its left edge. */
const CONTACT_LIST = 0.3;

/**
 * The text of a desktop chat app's contact list (LINE for PC: names, previews, dates), not cut
 * into a pane of its own: on a page wider than high, plain text in its left third, left of every one
 * of two or more bubbles and beside none of them. Bubbles of the chat are boxes of their own colour; the list's
 * rows are text on the sidebar.
 */
function contactList(page: SpeakerPage, sides: Side[], bubbles: Box[]): boolean[] {
  if (page.width <= page.height || bubbles.length < 2) return page.blocks.map(() => false);
  const left = Math.min(...bubbles.map((b) => b.x));
  // The list keeps to the page's left third; the shop's faint bubbles (white on a light grey pane)
  // reach past it even when only the buyer's bubbles stand out as solid.
  return page.blocks.map((b, i) => !b.solid && isParty(sides[i]) && b.box.x + b.box.w < Math.min(left, page.width * CONTACT_LIST) && offBubbles(b.box, bubbles));
}

/** A quick-reply chip holds a few words on one line (查订单, 申请退款, "Track order"). */
const CHIP_CHARS = 12;

/**
 * A phone chat's quick-reply chips over its message box (查订单 · 申请退款 · 转人工): two or more
 * solid blocks of a few words side by side on one row in the page's lower part. Messages stack
 * one under another; they never stand side by side on a phone. A letter avatar beside a bubble is no chip.
 */
function chipRow(page: SpeakerPage, letters: boolean[]): boolean[] {
  const none = page.blocks.map(() => false);
  if (page.width >= page.height) return none;
  const chip = page.blocks.map((b, i) => {
    if (!b.solid || letters[i] || b.box.y < page.height * 0.5) return false;
    const lines = page.lines.filter((l) => l.block === i);
    return lines.length === 1 && lines[0]!.text.replace(/\s/g, '').length <= CHIP_CHARS;
  });
  const sameRow = (a: Box, b: Box): boolean => Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) >= 0.7 * Math.min(a.h, b.h) && (a.x + a.w <= b.x || b.x + b.w <= a.x);
  return page.blocks.map((b, i) => chip[i]! && page.blocks.some((o, j) => j !== i && chip[j] && sameRow(b.box, o.box)));
}

/**
 * A shop's notice under a phone chat's title ("代开通商品付款后按顺序处理，请耐心等待"): plain text
 * most of the page wide just below the title bar, over a chat whose messages are bubbles (two or
 * more). The chat's own messages stand in bubbles; the notice is the page's.
 */
function noticeBar(page: SpeakerPage, sides: Side[], bubbles: Box[], avatars: Box[]): boolean[] {
  if (page.width >= page.height || bubbles.length < 2) return page.blocks.map(() => false);
  const firstBubble = Math.min(...bubbles.map((b) => b.y));
  // It starts at the page's margin, with no avatar beside it (a faint first bubble has its avatar).
  const besideAvatar = (b: Box): boolean => avatars.some((a) => a.y < b.y + b.h && a.y + a.h > b.y);
  // A pinned notice labelled as one (公告, 置頂, "Pinned") runs on in the lines right under it.
  const labelled = page.lines.filter((l) => NOTICE_LABEL.test(l.text.trim()) && l.box.y < page.height * 0.16 && l.box.y + l.box.h <= firstBubble);
  const underLabel = (b: Box): boolean => labelled.some((l) => b.y >= l.box.y && b.y - (l.box.y + l.box.h) <= l.box.h * 1.5);
  return page.blocks.map(
    (b, i) =>
      !b.solid &&
      isParty(sides[i]) &&
      b.box.y < page.height * 0.16 &&
      b.box.y + b.box.h <= firstBubble &&
      ((b.box.w > page.width * 0.75 && b.box.x < page.width * AVATAR_EDGE * 2 && !besideAvatar(b.box)) || underLabel(b.box)),
  );
}

/** A pinned notice's label at the start of its line. */
const NOTICE_LABEL = /^(?:公告|置顶|置頂|群公告|社群公告|announcement|pinned)/i;

/**
 * A chat widget over a desktop page (a shop's live chat in the corner): every block below the page's
 * top bar, bubbles among them, keeps to one column under two fifths of the page's width. The sides
 * are its own, not the page's (all of it lies right of the page's middle). Undefined otherwise.
 */
function widgetColumn(page: SpeakerPage): Box | undefined {
  if (page.width <= page.height || page.blocks.some((b) => b.pane)) return undefined;
  const body = page.blocks.filter((b) => b.box.y > page.height * 0.1 && page.lines.some((l) => page.blocks[l.block] === b));
  if (body.filter((b) => b.solid).length < 2) return undefined;
  const x0 = Math.min(...body.map((b) => b.box.x));
  const x1 = Math.max(...body.map((b) => b.box.x + b.box.w));
  return x1 - x0 <= page.width * 0.4 ? { x: x0, y: 0, w: x1 - x0, h: page.height } : undefined;
}

/**
 * The blocks of a desktop page's other panes (a contact list with each chat's last message)
 * beside the pane of the chat: no messages of this chat. The chat's pane holds the most bubbles
 * with words in them (a list's tabs and buttons are boxes of a word or none), on both sides or
 * two or more on one (a chat the shop never answered).
 */
export function besideChat(page: SpeakerPage, sides: Side[] = sidesOfBlocks(page)): boolean[] {
  const samePane = (a: Box, b: Box): boolean => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
  const wordy = (j: number): boolean => page.lines.filter((l) => l.block === j).reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0) >= BUBBLE_CHARS;
  const boxesIn = (p: Box, worded: boolean): Side[] => page.blocks.flatMap((c, j) => (c.solid && c.pane && samePane(c.pane, p) && isParty(sides[j]) && (!worded || wordy(j)) ? [sides[j]] : []));
  const bubblesIn = (p: Box): Side[] => boxesIn(p, true);
  const panes = page.blocks.flatMap((b) => (b.pane && b.solid ? [b.pane] : [])).filter((p, i, all) => all.findIndex((q) => samePane(p, q)) === i);
  const worded = panes.filter((p) => bubblesIn(p).length > 0);
  // One side's bubbles alone make a chat only where no other pane holds bubbles (the layout may
  // cut one chat's two columns into two panes); failing worded bubbles, the one pane with boxes
  // of a side (the shop's faint bubbles beside its letter avatars) is the chat.
  const boxed = panes.filter((p) => boxesIn(p, false).length > 0);
  const chat =
    panes
      .filter((p) => {
        const inPane = bubblesIn(p);
        return (inPane.includes('buyer') && inPane.includes('merchant')) || (inPane.length >= 2 && worded.length === 1);
      })
      .sort((a, b) => bubblesIn(b).length - bubblesIn(a).length)[0] ?? (boxed.length === 1 && boxesIn(boxed[0]!, false).length >= 2 ? boxed[0] : undefined);
  return page.blocks.map((b) => chat !== undefined && b.pane !== undefined && !samePane(b.pane, chat));
}

/** A chat's bubble holds at least this many characters (a list's tab, 收件匣, holds fewer). */
const BUBBLE_CHARS = 4;

/** A page's audience on its intro card at the top of a chat with it ("12K people like this", "3.2万粉丝"). */
const AUDIENCE = /^[\d.,]+\s*[KkMm万萬]?\+?\s*(?:people\s+(?:like|follow)\s+this|followers?|likes?|[位人]?(?:粉丝|粉絲|关注者|關注者|人关注|人關注))(?=\s|$|[·•|,，])/i;
/** A price alone on its line, as a goods card shows it under the product's title ("￥98.00", "RM95"). */
const PRICE_ALONE = /^(?:[¥￥$]|RM|US\$|NT\$|HK\$|S\$)\s?\d[\d,]*(?:\.\d{1,2})?\s*起?$/i;
/** An item of a chat's quick-reply menu above the message box (订单查询 转人工 常见问题 评价). */
const MENU_ITEM = /订单查询|訂單查詢|查订单|查訂單|转人工|轉人工|人工客服|常见问题|常見問題|评价|評價|查物流|催发货|催發貨|申请售后|申請售後|我的订单|我的訂單|售后服务|售後服務|猜你想问|退款进度|店铺首页|優惠券|优惠券|order status|human agent|faq/gi;
/** An order's state on the goods card pinned over a chat (its title, price and 待发货). */
const CARD_STATUS = /(?:待发货|待發貨|已发货|已發貨|待付款|待收货|待收貨|交易成功|交易完成|已完成|退款中|\bto ship|\bto receive|\bdiproses)$/i;
/** The button that sends a goods card into the chat. */
const SEND_CARD = /^(?:发送|發送|发送链接|發送連結|发给商家|發給商家|发送商品|send(?:\s+link)?)$/i;

/**
 * The blocks of a chat that are the app's cards, not messages: the intro card of a page one
 * writes to (its audience, "12K people like this"), a goods card (a product's title over its
 * price alone, with the button that sends it: 发送, or the order's state: 待发货) with that button, and a quick-reply menu.
 */
export function cardBlocks(lines: readonly { text: string; block: number }[]): Set<number> {
  const cards = new Set<number>();
  const textOf = (block: number): string[] => lines.filter((l) => l.block === block).map((l) => l.text.trim());
  for (const block of new Set(lines.map((l) => l.block))) {
    const texts = textOf(block);
    if (texts.some((t) => AUDIENCE.test(t))) cards.add(block);
    // A quick-reply menu: two or more of its items and nothing else.
    const joined = texts.join(' ');
    if ((joined.match(MENU_ITEM) ?? []).length >= 2 && joined.replace(MENU_ITEM, '').replace(/[\s|·•,，、]/g, '') === '') cards.add(block);
    if (!texts.some((t) => PRICE_ALONE.test(t))) continue;
    const next = textOf(block + 1);
    if (texts.some((t) => SEND_CARD.test(t) || CARD_STATUS.test(t))) cards.add(block);
    else if (next.length === 1 && SEND_CARD.test(next[0]!)) cards.add(block).add(block + 1);
  }
  return cards;
}

/**
 * Whether a line stands beside a column of chat bubbles (two or more), left or right of every one
 * of them (a bubble's height of slack for the avatar's offset): a desktop app's contact list, whose
 * rows "星河手游福利社 21:03" over a message preview look like a sender's header, heads no message.
 */
export function offBubbles(box: Box, bubbles: readonly Box[]): boolean {
  return bubbles.length >= 2 && !bubbles.some((b) => box.x < b.x + b.w && box.x + box.w > b.x - b.h);
}

/**
 * Sides on a complaint or dispute page (黑猫投诉, a 12315 form, a marketplace dispute): the fields
 * the buyer filled in (投诉问题, 投诉要求, "Describe the issue") and the text under them are the
 * buyer's; the shop's answer under its label (商家回复, "Seller response") is the merchant's; any
 * other label of the page (投诉进度) ends a field. Only lines no bubble placed (system or unknown)
 * are given a side, and only on a page that holds both kinds of label. Undefined for a line left as it is.
 */
export function sidesOfComplaintFields(texts: readonly string[], sides: readonly Side[], lex: Lexicon): (Side | undefined)[] | undefined {
  const starts = (text: string, labels: readonly string[]): boolean => {
    const hit = findPhrase(text, labels);
    return hit !== undefined && hit.index <= 1;
  };
  const complaint = texts.map((t) => starts(t, lex.complaint_field));
  const reply = texts.map((t) => starts(t, lex.reply_field));
  if (!complaint.some(Boolean) || !reply.some(Boolean)) return undefined;
  let mode: Side | undefined;
  return texts.map((t, i) => {
    if (complaint[i]) mode = 'buyer';
    else if (reply[i]) mode = 'merchant';
    // Another label of the page, a step of its progress ("发起投诉 01-15 12:40"), ends the field.
    else if (starts(t, lex.complaint_section)) mode = undefined;
    const open = sides[i] === 'system' || sides[i] === 'unknown';
    return open ? mode : undefined;
  });
}

/**
 * Sides of a chat's lines from their indents, where neither bubbles nor names gave any: a chat
 * widget over a web page whose pale bubbles the layout did not see (Help Scout's Beacon, a shop's
 * live chat) still starts the customer's lines a little right of the agent's, and right-aligns a
 * short one. Two starts, each of two or more lines, 12 px or more apart and at most a quarter of
 * the column's width: the right one is the buyer's, the left one the shop's; a line ending at the
 * column's right edge and starting right of both is the buyer's too. Undefined where no two such
 * starts are found.
 */
export function sidesByIndent(boxes: readonly Box[]): (Side | undefined)[] | undefined {
  if (boxes.length < 4) return undefined;
  // Starts a pixel or two apart (an OCR box's edge wavers) are one start: runs of x each within
  // 3 px of the next, at most 8 px from end to end.
  const starts: { lo: number; hi: number; n: number }[] = [];
  for (const x of boxes.map((b) => b.x).sort((a, b) => a - b)) {
    const last = starts[starts.length - 1];
    if (last && x - last.hi <= 3 && x - last.lo <= 8) {
      last.hi = x;
      last.n++;
    } else starts.push({ lo: x, hi: x, n: 1 });
  }
  const columns = starts.filter((c) => c.n >= 2).sort((a, b) => b.n - a.n).slice(0, 2).sort((a, b) => a.lo - b.lo);
  const [left, right] = columns;
  if (!left || !right) return undefined;
  const at = (x: number, c: { lo: number; hi: number }): boolean => x >= c.lo - 4 && x <= c.hi + 4;
  const edge = Math.max(...boxes.map((b) => b.x + b.w));
  const width = edge - Math.min(...boxes.map((b) => b.x));
  if (right.lo - left.hi < 12 || right.lo - left.lo > width / 4) return undefined;
  return boxes.map((b) => (at(b.x, left) ? 'merchant' : at(b.x, right) || (b.x > right.hi + 12 && b.x + b.w >= edge - 6) ? 'buyer' : undefined));
}
