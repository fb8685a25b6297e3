import { basename } from 'node:path';
import { findAll, findPhrase } from '../facts/match.js';
import type { Lexicon } from '../rules/load.js';
import { FAILURE_KINDS } from '../rules/schema.js';
import type { EvidenceKind } from '../types.js';

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
}

const TIME_WINDOW = /(\d+|半|一|两|二)\s*(个)?\s*(小时|分钟|天|h|min)\s*(内|之内|以内)/i;

/**
 * Infers the kind from content: a chat has bubbles on both sides (or speaker lines);
 * a policy page names its terms; an order page has order labels; an error capture
 * shows a failure message (one not quoted inside a term such as "卡密错误需在1小时内反馈").
 */
export function kindFromContent(s: KindSignals, lex: Lexicon): EvidenceKind {
  const [left, right] = s.bubbles;
  const bubbles = left + right;
  const text = s.lines.join('\n');
  const orderMarks = findAll(text, lex.markers.order).length;
  if (s.speakerLines >= 2 || s.bubblesBesideAvatar >= 2) return 'chat';
  // A product thumbnail beside its title looks like an avatar beside a bubble: an order
  // page's labels win over that.
  if (orderMarks < 2 && s.bubblesBesideAvatar >= 1) return 'chat';
  const isTerm = (line: string): boolean =>
    findPhrase(line, [...lex.no_refund.absolute, ...lex.no_refund.non_quality, ...lex.exception_card]) !== undefined ||
    (TIME_WINDOW.test(line) && findPhrase(line, lex.feedback_verbs) !== undefined);
  const terms = s.lines.some(isTerm);
  const policyMark = findPhrase(text, lex.markers.policy) !== undefined;
  if (policyMark && terms) return 'policy';
  if (orderMarks >= 2) return 'order';
  const failureKinds = FAILURE_KINDS.filter((k) => k !== 'not_arrived');
  const failure = s.lines.some((line) => !isTerm(line) && failureKinds.some((k) => findPhrase(line, lex.failure[k]) !== undefined));
  if (failure) return 'error';
  // Boxes on both sides without avatars are a weak sign: form fields and cards look so too.
  if ((left >= 1 && right >= 1) || bubbles >= 3) return 'chat';
  if (terms) return 'policy';
  if (orderMarks >= 1 && /\d{12,}/.test(text)) return 'order';
  return 'other';
}
