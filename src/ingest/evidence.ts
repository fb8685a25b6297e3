import { readFileSync, statSync } from 'node:fs';
import type { Lexicon } from '../rules/load.js';
import { isParty, type Box, type Evidence, type TextLine } from '../types.js';
import type { EvidenceFile } from './files.js';
import { decodeImage, ImageDecodeError } from './ocr/image.js';
import { decideKind, isButtonText, isComposer, kindFromName, layoutCues, ONE_BLOCK_SHARE } from './kind.js';
import { OcrCache } from './ocr/cache.js';
import type { OcrEngine } from './ocr/engine.js';
import { OcrTimeoutError, recognizeImage, windowPage, type OcrPage } from './ocr/page.js';
import { boxInPhoto } from './ocr/photo.js';
import { besideChat, cardBlocks, chatTitle, inTitleBar, isRoleBadge, letterAvatar, offBubbles, sidesByIndent, sidesFromNameLines, sidesOfBlocks, sidesOfComplaintFields } from './speakers.js';
import { decodeText, parseChatExport } from './text.js';

/**
 * A read receipt or a bubble's time alone, with or without delivery ticks ("已读", "Read",
 * "Seen 21:14", "21:14 √√"), or KakaoTalk's unread count before it ("1 9:41 AM").
 */
const CHAT_MARK = /^(?:(?:已读|已讀|未读|未讀|已送达|已送達|read|seen|delivered|既読)(?:\s*\d{1,2}:\d{2})?|(?:\d{1,2}\s+)?(?:上午|下午)?\s*\d{1,2}:\d{2}(?:\s?[AP]M)?\s*[√✓✔vV]{0,2})$/i;

/** "Sent" alone: under one's own last message (TikTok, Instagram, Messenger) the app's mark, in a mail's sidebar its folder; no message. */
const SENT_MARK = /^(?:sent|已发送|已發送)$/i;
/** A chat partner's presence as the title bar shows it: a name and 在线 / online / active now. */
const PRESENCE = /^[●•·\s]*[\p{L}\p{N}_ ]{1,16}?\s*[·•|]?\s*(?:在线|在線|离线|離線|忙碌|online|offline|away|active now)$/iu;

/** The sender of an automated mail: a no-reply address ("CardLoop <no-reply@cardloop.hk>"). */
const NO_REPLY_SENDER = /\b(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon)@[\w.-]+\.\w+/i;
/** A message box naming who the message goes to ("发送给闪电代充-小七", "Message @keyshop"). */
const TO_PARTNER = /^(?:发送给|發送給|发给|發給|message\s+@)\s*([\p{L}\p{N}_.\- ]{2,24}?)\s*[.…]*$/iu;

/** The partner a chat's message box names, if it names one. */
function composerPartner(lines: readonly { text: string }[]): string | undefined {
  for (const l of lines) {
    const m = TO_PARTNER.exec(l.text.trim());
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/** Whether a chat line is the app's own mark beside a message, no one's message (see CHAT_MARK). */
export function isChatMark(text: string): boolean {
  return CHAT_MARK.test(text.trim());
}

/** Files larger than this are not read (a phone screenshot is a few MB at most). */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/**
 * Turns one evidence file into text lines with speakers and a kind. Never throws for
 * a bad file: an unreadable one comes back with `unreadable` set.
 */
export async function readEvidence(
  f: EvidenceFile,
  engine: OcrEngine,
  lex: Lexicon,
  merchant?: string,
  cache?: OcrCache,
): Promise<Evidence[]> {
  const named = kindFromName(f.file);
  const base: Evidence = {
    file: f.file,
    absPath: f.absPath,
    source: f.type,
    kind: named?.kind ?? 'other',
    kindFrom: named?.from ?? 'content',
    ...(named ? { kindConfidence: 1, kindReason: `${named.from} names it` } : {}),
    lines: [],
    confidence: 0,
    nameTime: timeFromName(f.file),
  };
  let bytes: Buffer;
  try {
    const size = statSync(f.absPath).size;
    if (size === 0) return [{ ...base, unreadable: { code: 'empty' } }];
    if (size > MAX_FILE_BYTES) return [{ ...base, unreadable: { code: 'too-big', detail: MAX_FILE_BYTES >> 20 } }];
    bytes = readFileSync(f.absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return [{ ...base, unreadable: code === 'EACCES' ? { code: 'no-permission' } : { code: 'read-failed', detail: code ?? 'error' } }];
  }

  if (f.type === 'text') {
    const lines = parseChatExport(decodeText(bytes), merchant);
    const speakerLines = lines.filter((l) => isParty(l.side)).length;
    const decided = named ? undefined : decideKind({ lines: lines.map((l) => l.text), bubbles: [0, 0], speakerLines, bubblesBesideAvatar: 0 }, lex);
    const kind = named?.kind ?? decided!.kind;
    return [{ ...base, kind, lines, confidence: 100, ...(decided ? { kindConfidence: decided.confidence, kindReason: decided.reason } : {}) }];
  }

  const key = cache ? OcrCache.key(bytes, engine.name) : '';
  let page: OcrPage | undefined = cache?.get(key);
  if (!page) {
    const known = cache?.getUnreadable(key);
    if (known) return [{ ...base, unreadable: known }];
    try {
      // The engine loads while this image is decoded and laid out (a file that is no image needs none).
      const img = await decodeImage(bytes, () => engine.prepare());
      // A picture already read under another file's bytes (re-saved, or sent twice) is read once.
      page = cache ? await cache.getOrRead(OcrCache.pixelKey(img.rgb, img.width, img.height, engine.name), () => recognizeImage(engine, img)) : await recognizeImage(engine, img);
    } catch (err) {
      if (err instanceof ImageDecodeError) cache?.setUnreadable(key, err.problem);
      if (err instanceof ImageDecodeError || err instanceof OcrTimeoutError) return [{ ...base, unreadable: err.problem }];
      throw err;
    }
    cache?.set(key, page);
  }
  // A split screen's apps are read each as a page of its own (an order above, its chat below).
  const { windows } = page;
  if (!windows) return [evidenceOfPage(base, page, named !== undefined, lex, merchant)];
  return windows.map((w, i) => ({ ...evidenceOfPage(base, windowPage(page, w), named !== undefined, lex, merchant, { at: w, width: page.width, height: page.height }), window: { n: i + 1, of: windows.length } }));
}

/**
 * The evidence of one page read (a screenshot, or one app's window of a split screen, whose
 * boxes are the window's own: `at` places them back in the image): its kind, unless its name gave
 * one, and its lines with their speakers.
 */
function evidenceOfPage(base: Evidence, ocr: OcrPage, named: boolean, lex: Lexicon, merchant: string | undefined, frame?: { at: Box; width: number; height: number }): Evidence {
  const sides = sidesOfBlocks(ocr);
  const bubbles: [number, number] = [0, 0];
  const wordBubbles: [number, number] = [0, 0];
  let besideAvatar = 0;
  const column: { box: Box; side: 'buyer' | 'merchant' }[] = [];
  const textColumn: { box: Box; side: 'buyer' | 'merchant' }[] = [];
  ocr.blocks.forEach((b, i) => {
    if (!ocr.lines.some((l) => l.block === i)) return;
    if (sides[i] === 'buyer' || sides[i] === 'merchant') textColumn.push({ box: b.box, side: sides[i] });
    if (!b.solid) return;
    if (sides[i] === 'merchant') bubbles[0]++;
    if (sides[i] === 'buyer') bubbles[1]++;
    const button = ocr.lines.filter((l) => l.block === i).every((l) => isButtonText(l.text));
    if (sides[i] === 'merchant' && !button) wordBubbles[0]++;
    if (sides[i] === 'buyer' && !button) wordBubbles[1]++;
    // A role badge (買家 in a box beside the sender's name) is no bubble of the column.
    const badge = ocr.lines.filter((l) => l.block === i).every((l) => isRoleBadge(l.text));
    if ((sides[i] === 'buyer' || sides[i] === 'merchant') && !badge) column.push({ box: b.box, side: sides[i] });
    if (hasAvatarBeside(b.box, ocr.avatars, ocr.width)) besideAvatar++;
  });
  // The chat's title bar names the person talked to: with no order record, the shop. A desktop app's
  // message box may name them instead ("发送给闪电代充-小七", "Message @keyshop").
  const partner = composerPartner(ocr.lines);
  const title = partner ?? chatTitle(ocr);
  // A contact list's rows ("峡谷帐號舖 21:17" over its last message) head no message of this chat.
  const aside = besideChat(ocr, sides);
  const bubbleBoxes = column.map((c) => c.box);
  // A presence line under the title ("●阿凯·在线", "Jace · Active now") is the app's, no message under a
  // name; nor, in a title bar showing one, does the partner's letter avatar head one (a small
  // screenshot's first bubble may stand as high: its avatar still heads it).
  const presence = ocr.lines.some((l) => inTitleBar(l.box, ocr.height) && PRESENCE.test(l.text.trim()));
  // Lines beside the chat (a contact list, an order panel on a desktop page) are the page's; not a
  // sender's name over a message that reaches in among the bubbles (the shop's plain messages left
  // of the buyer's solid ones).
  const off = ocr.lines.map((l) => offBubbles(l.box, bubbleBoxes));
  const headsMessage = (l: OcrPage['lines'][number]): boolean =>
    ocr.lines.some((m, j) => !off[j] && Math.abs(m.box.x - l.box.x) <= l.box.h && m.box.y > l.box.y && m.box.y - (l.box.y + l.box.h) <= 2 * l.box.h);
  const offChat = ocr.lines.map((l, i) => aside[l.block] === true || (off[i]! && !headsMessage(l)));
  const speakerInput = ocr.lines.map((l, i) =>
    offChat[i] || PRESENCE.test(l.text.trim())
      ? { text: '' }
      : { text: l.text, box: l.box, ...(presence && inTitleBar(l.box, ocr.height) ? {} : { avatarName: letterAvatar(ocr, l.block) }) },
  );
  const named_ = sidesFromNameLines(speakerInput, merchant, title, { addressed: partner !== undefined });
  // An automated mail (an order confirmation from a no-reply address) on a page no names part is the
  // shop's system speaking: no one's message, and no reply to the buyer.
  const automated = named_ === undefined && ocr.lines.some((l) => NO_REPLY_SENDER.test(l.text));
  const speakerLines = named_ ? named_.filter((n) => isParty(n.side)).length : 0;
  const headers = named_ ? new Set(named_.map((n) => n.message)).size : 0;
  // Lines holding only a message box's placeholder ("Type a reply…", 输入留言内容): a chat's, no message.
  const composers = ocr.lines.map((l) => isComposer(l.text, lex));
  const signals = { lines: blockTexts(ocr), bubbles, wordBubbles, speakerLines, bubblesBesideAvatar: besideAvatar, sideChanges: sideChanges(column), textSideChanges: sideChanges(textColumn), layout: layoutCues(ocr, headers), composer: composers.some(Boolean) };
  const decided = named ? undefined : decideKind(signals, lex);
  const kind = decided?.kind ?? base.kind;
  const blockBase = ocr.blocks.length;
  // A photo of a screen was read straightened: its boxes go back into the photo.
  const { photo } = ocr;
  const inPhoto = (box: Box): Box => (photo ? boxInPhoto(photo, ocr.width, ocr.height, box) : frame ? { ...box, x: box.x + frame.at.x, y: box.y + frame.at.y } : box);
  // The sides whose messages have a name above them.
  const namedSides = new Set(named_?.flatMap((n, i) => (n.header ? named_.slice(i + 1).find((m) => m.message === n.message && !m.header && m.side !== 'system')?.side ?? [] : [])));
  const lines: TextLine[] = ocr.lines.map((l, i) => {
    const named = kind === 'chat' && !offChat[i] ? named_?.[i] : undefined;
    // A bubble under no name where names head the other side's messages only (KakaoTalk and
    // group chats name the others, not you): the bubble's side says who wrote it.
    const side = sides[l.block];
    // (A status pill's one character, "開", or a button is no bubble.)
    const bubbled =
      named?.side === 'system' && !named.header && ocr.blocks[l.block]?.solid === true && isParty(side) && namedSides.size === 1 && !namedSides.has(side) && l.text.trim().length >= 2 && !isButtonText(l.text);
    const byName = bubbled ? undefined : named;
    return {
      text: l.text,
      conf: l.conf,
      box: inPhoto(l.box),
      words: photo ? l.words.map((w) => ({ ...w, box: inPhoto(w.box) })) : l.words,
      // With names above messages each message is its own unit, whatever the layout blocks.
      block: byName ? blockBase + byName.message : l.block,
      // A chat app's own mark beside a message (LINE's "Read" left of the buyer's bubble, a lone
      // time with delivery ticks) is nobody's message: the shop did not reply by being read.
      side:
        kind === 'chat' && (composers[i] || automated || (offChat[i] && named_) || SENT_MARK.test(l.text.trim()))
          ? 'system'
          : byName
            ? byName.side
            : kind === 'chat'
              ? isChatMark(l.text)
                ? 'system'
                : (sides[l.block] ?? 'unknown')
              : 'unknown',
      // In a chat a message may well say "好的"; elsewhere such a short line is a button.
      ...(kind !== 'chat' && isButtonText(l.text) ? { button: true } : {}),
    };
  });
  // The app's cards in a chat (a page's intro card, a goods card with its send button) are no one's message.
  if (kind === 'chat') {
    const cards = cardBlocks(lines);
    for (const l of lines) if (cards.has(l.block)) l.side = 'system';
  }
  const unsided = kind === 'chat' && !lines.some((l) => isParty(l.side));
  // A chat read as one block (a screenshot framed in a photo editor): its lines are messages of
  // sides unknown, not the page's own text.
  const main = unsided ? mainBlock(lines) : undefined;
  if (main !== undefined) for (const l of lines) if (l.block === main && l.side === 'system') l.side = 'unknown';
  // Lines whose side neither a bubble nor a name gave: their indents may (a chat widget on a web page).
  const open = unsided ? lines.flatMap((l, i) => (l.side === 'unknown' && l.box ? [i] : [])) : [];
  const indents = open.length > 0 ? sidesByIndent(open.map((i) => lines[i]!.box!)) : undefined;
  if (indents) open.forEach((line, k) => (lines[line]!.side = indents[k] ?? lines[line]!.side));
  // A complaint page's fields say whose words they hold where no bubble does.
  const fields = kind === 'chat' ? sidesOfComplaintFields(lines.map((l) => l.text), lines.map((l) => l.side), lex) : undefined;
  if (fields) lines.forEach((l, i) => (l.side = fields[i] ?? l.side));
  return {
    ...base,
    kind,
    ...(decided ? { kindConfidence: decided.confidence, kindReason: decided.reason } : {}),
    lines,
    confidence: ocr.confidence,
    width: photo?.width ?? frame?.width ?? ocr.width,
    height: photo?.height ?? frame?.height ?? ocr.height,
    keptFraction: ocr.keptFraction,
    ...(photo ? { photo: true } : {}),
  };
}

/** The block holding nearly all of a page's text ({@link ONE_BLOCK_SHARE} of its characters), if one does. */
function mainBlock(lines: readonly TextLine[]): number | undefined {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.block, (chars.get(l.block) ?? 0) + l.text.length);
  const total = [...chars.values()].reduce((a, b) => a + b, 0);
  const [block, n] = [...chars.entries()].reduce((a, b) => (b[1] > a[1] ? b : a), [-1, 0]);
  return block >= 0 && n >= total * ONE_BLOCK_SHARE ? block : undefined;
}

/** The text of each layout block, its lines joined (a phrase wrapped over two lines is whole again). */
function blockTexts(ocr: OcrPage): string[] {
  const texts: string[] = [];
  let last = -1;
  for (const line of ocr.lines) {
    if (line.block === last) texts[texts.length - 1] += /[A-Za-z0-9]$/.test(texts[texts.length - 1]!) ? ` ${line.text}` : line.text;
    else texts.push(line.text);
    last = line.block;
  }
  return texts;
}

/**
 * How often the side changes down a column of bubbles (in reading order), leaving out
 * bubbles that share a row with another (buttons side by side, a label and its value).
 */
export function sideChanges(bubbles: { box: Box; side: 'buyer' | 'merchant' }[]): number {
  const sharesRow = (a: Box, b: Box): boolean => a.y < b.y + b.h && b.y < a.y + a.h;
  const alone = bubbles.filter((b) => !bubbles.some((o) => o !== b && sharesRow(o.box, b.box))).sort((a, b) => a.box.y - b.box.y);
  let changes = 0;
  for (let i = 1; i < alone.length; i++) if (alone[i]!.side !== alone[i - 1]!.side) changes++;
  return changes;
}

/** An avatar sits right beside the top of the block, as beside a chat bubble. */
function hasAvatarBeside(box: Box, avatars: Box[], width: number): boolean {
  const gap = width * 0.06;
  return avatars.some(
    (a) =>
      Math.abs(a.y - box.y) < a.h &&
      (Math.abs(a.x + a.w - box.x) < gap || Math.abs(box.x + box.w - a.x) < gap),
  );
}

/** Screenshot time from names like Screenshot_20261117-113210.png, 微信图片_20261211203115.jpg, Snipaste_2026-12-02_13-22-45.png. */
export function timeFromName(file: string): { y: number; mo: number; d: number; h: number; mi: number; s: number; utc?: true } | undefined {
  const name = file.split('/').pop() ?? file;
  const m = /(20\d\d)[-_.]?(\d\d)[-_.]?(\d\d)[-_. ]?(\d\d)[-_.:]?(\d\d)[-_.:]?(\d\d)/.exec(name);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  // A Google Pixel camera names its files in UTC (PXL_20271107_135812447.jpg), not the phone's local time.
  return /^PXL_/i.test(name) ? { y, mo, d, h, mi, s, utc: true } : { y, mo, d, h, mi, s };
}
