import { basename } from 'node:path';
import { findAll, findPhrase, hasWord } from '../facts/match.js';
import { simplified } from '../facts/simplified.js';
import type { Lexicon } from '../rules/load.js';
import { FAILURE_KINDS } from '../rules/schema.js';
import type { Box, EvidenceKind } from '../types.js';

const KINDS: EvidenceKind[] = ['order', 'chat', 'error', 'policy'];

/** The kind named by the file name prefix or a parent folder (SPEC section 2), if any. */
export function kindFromName(file: string): { kind: EvidenceKind; from: 'name' | 'folder' } | undefined {
  const parts = file.toLowerCase().split('/');
  const name = basename(parts[parts.length - 1] ?? '');
  const byName = KINDS.find((k) => name.startsWith(k));
  if (byName) return { kind: byName, from: 'name' };
  for (const folder of parts.slice(0, -1).reverse()) {
    const byFolder = KINDS.find((k) => folder === k || folder === `${k}s`);
    if (byFolder) return { kind: byFolder, from: 'folder' };
  }
  return undefined;
}

/** Content signals used to infer the kind of an image or text file. */
export interface KindSignals {
  lines: string[];
  /** Blocks that look like chat bubbles: [left, right]. */
  bubbles: [number, number];
  speakerLines: number;
  /** Bubbles with a chat avatar right beside them. */
  bubblesBesideAvatar: number;
  /**
   * How often the side changes from one bubble to the next, top to bottom, counting only
   * bubbles on rows of their own (two buttons side by side on one row are no exchange).
   */
  sideChanges?: number;
  /**
   * The same count over every block of text, bubble or not: a small lossy copy loses a light
   * bubble against a light page, but its text still sits against the side that wrote it.
   */
  textSideChanges?: number;
  /** What the page's layout shows (images only; see layoutCues). */
  layout?: LayoutCues;
  /** The bubbles [left, right] that hold more than a button's label (查看记录, 继续充值 side by side on a result page). */
  wordBubbles?: [number, number];
  /** A line holds only a message box's placeholder ("Type a reply…", 请输入消息). */
  composer?: boolean;
}

/** Layout cues of a screenshot, counted from where its text lines sit. */
export interface LayoutCues {
  /** Header lines "name time" (or letter avatars) above messages. */
  headers: number;
  /** Short time or date lines centred between messages. */
  timeSeparators: number;
  /** Rows of a label and its value (订单号 2026…, 实付金额 ¥48.00). */
  labelRows: number;
  /** Short button lines (确定, 取消, OK, 我知道了). */
  buttons: number;
  /** Text lines in all. */
  lineCount: number;
}

/** The kind of a file with how sure it is (0..1) and what decided it. */
export interface KindDecision {
  kind: EvidenceKind;
  confidence: number;
  reason: string;
}

const TIME_WINDOW = /(\d+|半|一|两|二)\s*(个)?\s*(小时|分钟|天|h|min)\s*(内|之内|以内)/i;

/** A month's name in English, long or short. */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/**
 * A chat's time separator: a time, optionally after a day or a date; or a day or a date alone
 * (Telegram's "December 5", WhatsApp's "TODAY", "12月5日", "2026-12-05", "12/5(五)").
 */
const SEPARATOR = new RegExp(
  [
    '^(?:(?:昨天|今天|前天|星期[一二三四五六日天]|周[一二三四五六日天]|\\d{1,2}月\\d{1,2}日|\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?|yesterday|today|mon|tue|wed|thu|fri|sat|sun)\\s*)?(?:上午|下午|晚上|凌晨|中午)?\\s*\\d{1,2}\\s?[:：]\\s?\\d{2}(?:\\s?[AP]M)?$',
    '^\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?$',
    '^(?:昨天|今天|前天|星期[一二三四五六日天]|yesterday|today)$',
    '^\\d{1,2}月\\d{1,2}日(?:\\s*(?:星期|周)[一二三四五六日天])?$',
    '^\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\s*(?:[(（][^)）]{1,3}[)）])?$',
    `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s*)?${MONTH}\\s*\\d{1,2}(?:,?\\s*\\d{4})?$`,
    // Messenger's and Instagram's "APR 9 AT 14:55", "MON AT 2:55 PM", "Yesterday at 14:55".
    `^(?:(?:${MONTH}\\s*\\d{1,2}(?:,?\\s*\\d{4})?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|yesterday|today)\\s*at\\s*)\\d{1,2}\\s?[:：]\\s?\\d{2}(?:\\s?[AP]M)?$`,
    `^\\d{1,2}\\s*${MONTH}(?:\\s*\\d{4})?$`,
  ].join('|'),
  'i',
);

/** Whether a line is a chat's time or day separator ("Mar 13", "昨天 21:04", "Today"). */
export function isTimeSeparator(text: string): boolean {
  return SEPARATOR.test(text.trim());
}

/** Words of a record table's header row. */
const TABLE_HEADER = /时间|時間|商品|金额|金額|状态|狀態|数量|數量|单价|單價|订单号|訂單號|\b(?:date|time|item|product|amount|status|qty|price)\b/gi;

/** Labels of an order record's rows. */
const LABEL =
  /^(订单号|订单编号|订单状态|商品名称|商品|实付金额|实付款|实付|付款金额|支付金额|金额|单价|数量|付款时间|下单时间|创建时间|成交时间|发货时间|支付方式|付款方式|交易号|交易单号|商户单号|支付宝交易号|卡号|联系方式|邮箱|收款方|关联订单|状态|order\s*(?:no\.?|number|id)|amount|status|payment\s*(?:time|method)|product)\s*[:：]?\s*\S/i;

/** A button of a dialog or a result page: a confirmation, or an action (立即充值, 重新输入). */
const BUTTON =
  /^(确定|确认|取消|关闭|重试|知道了|我知道了|好的?|返回|ok|cancel|close|retry|done|got ?it|try ?again|好|(?:立即|马上|去|重新|前往|继续|再次)(?:充值|兑换|激活|支付|购买|输入|登录|使用|查看|绑定)|查看(?:记录|订单|详情)|确认充值|确认兑换|联系客服|申请售后|联系卖家|申请退款|回[复覆](?:工单|关闭工单|关工单)?|关闭工单|(?:reply)?close ?ticket|reply|send)$/i;

/** An action button as OCR may misread it: 立即 or 马上 and at most four more characters ("立即六估" for 立即充值). */
const ACTION_BUTTON = /^(?:立即|马上)[\u4e00-\u9fff]{1,4}$/;

/**
 * Whether a line of a screenshot (not of a chat) is a button's label: a short line the
 * BUTTON lexicon names (确定, 取消, OK, 我知道了, 立即充值), or an action button read with
 * a slip. Text on a button is no part of a message, so it is never quoted.
 */
export function isButtonText(text: string): boolean {
  const flat = simplified(text.replace(/[\s>›»]+/g, ''));
  return BUTTON.test(flat) || ACTION_BUTTON.test(flat);
}

/** A question mark ending a line. */
const ENDS_ASKING = /[?？]\s*$/;
/** After a chat particle, at most one mark, then the end of the line (在吗?, 好的呢~). */
const THEN_LINE_END = /[?？!！,，。~～]?$/;

/** Whether a line is spoken to someone: I and you, a question, a particle of talk (吗, 呢, 吧) at its end. */
function isSpoken(line: string, lex: Lexicon): boolean {
  return hasWord(line, lex.spoken) || hasWord(line, lex.chat_particle, { after: THEN_LINE_END }) || ENDS_ASKING.test(line);
}

/** A message box's placeholder alone on its line ("Type a reply…", 请输入消息), its icons and dots aside. */
export function isComposer(line: string, lex: Lexicon): boolean {
  const flat = line.replace(/[.。…·\s]+$/u, '').trim();
  const hit = findPhrase(flat, lex.markers.composer);
  return hit !== undefined && flat.length <= hit.phrase.length + 4;
}

/** How many sentences of a text are spoken to someone (see isSpoken). */
function sentencesSpoken(text: string, lex: Lexicon): number {
  return text.split(/(?<=[.!?。！？,，])\s*/).filter((sentence) => isSpoken(sentence, lex)).length;
}

/** The share of a page's characters one block holds when the page was read as that block (a chat framed in a photo editor). */
export const ONE_BLOCK_SHARE = 0.85;

/** A message's time right after its Chinese text, read ticks and all ("…已被使用09:24√√", "我同意 10:21"); not a header's "Oct 20, 2027 @ 9:02am". */
const MESSAGE_TIME = /[\u4e00-\u9fff，。！？,.!?]\s?(?:[01]?\d|2[0-3]):[0-5]\d\s?(?:√√|✓✓|√|✓|v√)?(?=\s|$|[^\d:A-Za-z])/gu;

/** An error code as screens show it (0xC004C003). */
const ERROR_CODE = /0x[0-9a-f]{8}/i;

/** A failure as a screen shows it in general words (the lexicon's failure cues, an error code), about the goods. */
function failureCue(line: string, lex: Lexicon): boolean {
  if (findPhrase(line, lex.failure_unrelated)) return false;
  return ERROR_CODE.test(line) || findPhrase(line, lex.failure_cue) !== undefined;
}

/** Layout cues of an OCR page: where its lines sit and what they look like. */
export function layoutCues(page: { width: number; height: number; lines: { text: string; box: Box }[] }, headers: number): LayoutCues {
  const { width, height } = page;
  let timeSeparators = 0;
  let labelRows = 0;
  let buttons = 0;
  for (const l of page.lines) {
    const t = l.text.trim();
    const centre = l.box.x + l.box.w / 2;
    const centred = Math.abs(centre - width / 2) < width * 0.06 && l.box.w < width * 0.4;
    if (centred && l.box.y > height * 0.08 && SEPARATOR.test(t)) timeSeparators++;
    if (LABEL.test(t)) labelRows++;
    if (isButtonText(t)) buttons++;
  }
  return { headers, timeSeparators, labelRows, buttons, lineCount: page.lines.length };
}

/**
 * Infers the kind from content, layout first and words second. A chat is a column of messages
 * under sender names, or bubbles beside avatars or on both sides with time separators between;
 * an order page is label–value rows naming an order; a terms page names its terms; an error
 * capture shows a failure (a lexicon phrase, or a failure cue on a page that is no chat, order
 * or terms page; never one quoted inside a term such as "卡密错误需在1小时内反馈").
 */
export function kindFromContent(s: KindSignals, lex: Lexicon): EvidenceKind {
  return decideKind(s, lex).kind;
}

/** kindFromContent with its confidence and reason. */
export function decideKind(s: KindSignals, lex: Lexicon): KindDecision {
  const [left, right] = s.bubbles;
  const bubbles = left + right;
  const text = s.lines.join('\n');
  // A table's header row (时间 商品 金额 状态, no values in it) marks a record as an order label does.
  const orderMarks = findAll(text, lex.markers.order).length + (s.lines.some((line) => !/\d/.test(line) && (line.match(TABLE_HEADER) ?? []).length >= 3) ? 1 : 0);
  const cues = s.layout;
  const labelRows = cues?.labelRows ?? 0;
  const separators = cues?.timeSeparators ?? 0;
  const decide = (kind: EvidenceKind, confidence: number, reason: string): KindDecision => ({ kind, confidence: Math.round(confidence * 100) / 100, reason });
  // An order record: order labels in label–value rows. A product thumbnail beside its title
  // looks like an avatar beside a bubble, so rows win over one or two such.
  const orderRows = orderMarks >= 2 && labelRows >= 3;
  if (s.speakerLines >= 2) return decide('chat', 0.95, `layout: messages under ${cues?.headers ?? s.speakerLines} sender names`);
  if (s.bubblesBesideAvatar >= 2 && !(orderRows && s.bubblesBesideAvatar < 3 && left + right <= s.bubblesBesideAvatar)) {
    return decide('chat', 0.9, `layout: ${s.bubblesBesideAvatar} bubbles beside avatars`);
  }
  if (left >= 1 && right >= 1 && separators >= 1 && !orderRows) return decide('chat', 0.85, `layout: bubbles on both sides, ${separators} time separator(s)`);
  // A column of bubbles going back and forth between the two sides is an exchange, framed
  // or not by avatars (Telegram and WhatsApp show none in a one-to-one chat).
  const changes = s.sideChanges ?? 0;
  if (changes >= 2 && !orderRows) return decide('chat', 0.8, `layout: bubbles alternating sides ${changes} times`);
  if (orderMarks < 2 && s.bubblesBesideAvatar >= 1) return decide('chat', 0.7, 'layout: a bubble beside an avatar');
  const termPhrases = [...lex.no_refund.absolute, ...lex.no_refund.non_quality, ...lex.exception_card];
  const isTerm = (line: string): boolean =>
    findPhrase(line, termPhrases) !== undefined ||
    (TIME_WINDOW.test(line) && findPhrase(line, lex.feedback_verbs) !== undefined);
  const termLines = s.lines.filter(isTerm).length;
  const terms = termLines > 0;
  const policyMark = findPhrase(text, lex.markers.policy) !== undefined;
  // Sentences spoken to someone, over all blocks; a block counts once, unless the layout gave one
  // block for all (a photo of a phone's chat).
  const sentences = s.lines.reduce((n, line) => n + sentencesSpoken(line, lex), 0);
  // An order page may carry its shop's after-sales notes: its rows outnumber them. A chat widget on a
  // shop's page (its menu names 售后说明) quoting the terms has its message box under the talk.
  const chatWidget = s.composer === true && sentences >= 2;
  if (policyMark && terms && !(orderRows && labelRows > termLines) && !chatWidget) return decide('policy', 0.8, `words: terms under a terms heading (${termLines} term line(s))`);
  // Messages in the first and second person under two or more day separators, on a page whose
  // order labels stand in no rows (a chat's goods strip: 订单号, 待发货), are a chat whose bubbles
  // the layout did not see.
  const spoken = Math.max(s.lines.filter((line) => isSpoken(line, lex)).length, s.lines.length === 1 ? sentences : 0);
  if (!orderRows && separators >= 2 && spoken >= 2) return decide('chat', 0.65, `layout: ${separators} time separators, words: ${spoken} messages in the first or second person`);
  if (orderMarks >= 2) return decide('order', orderRows ? 0.9 : 0.75, orderRows ? `layout: ${labelRows} label-value rows, words: ${orderMarks} order labels` : `words: ${orderMarks} order labels`);
  // Messages in the first and second person going back and forth between the two sides are a
  // chat whose bubbles the layout did not see (a light bubble on a light page, shrunk and saved
  // as JPEG), even when the buyer quotes the error it got.
  const textChanges = s.textSideChanges ?? 0;
  // Two messages under a day's separator are enough: one from each side.
  if (!orderRows && ((textChanges >= 2 && spoken >= 2) || (textChanges >= 1 && separators >= 1 && spoken >= 1))) {
    return decide('chat', 0.65, `layout: text alternating sides ${textChanges} time(s)${separators ? `, ${separators} time separator(s)` : ''}, words: ${spoken} message(s) in the first or second person`);
  }
  // A chat's message box ("Type a reply…", 请输入消息) under messages in the first and second
  // person: a chat widget whose light bubbles the layout did not see, even when the buyer quotes the error.
  if (!orderRows && s.composer && sentences >= 2) return decide('chat', 0.65, `layout: a message box, words: ${sentences} sentences in the first or second person`);
  // A chat read as one block (a screenshot framed in a photo editor or a gallery viewer, whose
  // bubbles the layout did not cut out): sentences spoken to someone with the messages' times after them.
  const total = s.lines.reduce((n, line) => n + line.length, 0);
  const main = s.lines.reduce((a, line) => (line.length > a.length ? line : a), '');
  const messageTimes = (main.match(MESSAGE_TIME) ?? []).length;
  const mainSpoken = messageTimes >= 2 ? sentencesSpoken(main, lex) : 0;
  if (!orderRows && main.length >= total * ONE_BLOCK_SHARE && mainSpoken >= 3) {
    return decide('chat', 0.6, `words: ${mainSpoken} sentences in the first or second person and ${messageTimes} message times in one block`);
  }
  // Bubbles on both sides, each with its time after the text, holding sentences spoken to
  // someone: an exchange too short to alternate twice, even when the buyer quotes the error.
  const bubbleTimes = s.lines.reduce((n, line) => n + (line.match(MESSAGE_TIME) ?? []).length, 0);
  if (!orderRows && left >= 1 && right >= 1 && bubbleTimes >= 2 && spoken >= 2) {
    return decide('chat', 0.7, `layout: bubbles on both sides, words: ${bubbleTimes} message times, ${spoken} messages in the first or second person`);
  }
  const failureKinds = FAILURE_KINDS.filter((k) => k !== 'not_arrived');
  const failure = s.lines.some((line) => !isTerm(line) && failureKinds.some((k) => findPhrase(line, lex.failure[k]) !== undefined));
  if (failure) return decide('error', cues && cues.buttons > 0 ? 0.85 : 0.75, `words: a failure message${cues && cues.buttons > 0 ? ', layout: a dialog button' : ''}`);
  // Boxes on both sides without avatars are a weak sign: form fields and cards look so too, and
  // a result page's two buttons side by side are none.
  const [wordLeft, wordRight] = s.wordBubbles ?? s.bubbles;
  if ((wordLeft >= 1 && wordRight >= 1) || wordLeft + wordRight >= 3) return decide('chat', 0.6, `layout: ${bubbles} bubble-like boxes`);
  if (terms) return decide('policy', 0.6, 'words: terms of sale');
  // Messages in the first and second person between bubbles or under a day's separator are a
  // chat whose other side the layout did not see (faint night-mode bubbles in a small JPEG),
  // even when one message names the order's number.
  if (spoken >= 2 && (bubbles >= 1 || separators >= 1) && !orderRows) return decide('chat', 0.6, `words: ${spoken} messages in the first or second person`);
  if (orderMarks >= 1 && /\d{12,}/.test(text)) return decide('order', 0.6, 'words: an order label and number');
  // A screen with a failure in general words (a settings page's state, an error code) and no other role.
  const cue = cues ? s.lines.filter((line) => !isTerm(line) && failureCue(line, lex)).length : 0;
  if (cue > 0) return decide('error', cue >= 2 ? 0.7 : 0.55, `words: ${cue} failure cue(s)${cues && cues.buttons > 0 ? ', layout: a dialog button' : ''}`);
  // A screen where a code is entered or its state shown (激活, "Enter your key"), that shows no failure: a capture of the attempt.
  if (findPhrase(text, lex.markers.attempt)) return decide('error', 0.5, 'words: a redeem or activation screen');
  return decide('other', 0.5, 'no chat, order, terms or error layout');
}
