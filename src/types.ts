/** Shared domain types: evidence, facts, findings, results. */

/**
 * Why a file of the case could not be read, as data: the check that reports it words it
 * in the user's language (`detail` fills its `{detail}`).
 */
export interface FileProblem {
  code:
    | 'empty'
    | 'too-big'
    | 'no-permission'
    | 'read-failed'
    | 'truncated'
    | 'not-image'
    | 'too-many-pixels'
    | 'undecodable'
    | 'ocr-timeout'
    | 'bad-name'
    | 'broken-link'
    | 'link-outside'
    | 'too-deep'
    | 'too-many-files'
    | 'folder-unreadable';
  detail?: string | number;
}


/** A rectangle in image pixels (original image coordinates). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Who wrote a chat line, from where its bubble sits. */
export type Side = 'buyer' | 'merchant' | 'system' | 'unknown';

/** Whether a side is one of the two parties (the buyer or the shop), not a page's text or a line no one placed. */
export function isParty(side: Side | undefined): side is 'buyer' | 'merchant' {
  return side === 'buyer' || side === 'merchant';
}

/** One word as read by OCR. */
export interface OcrWord {
  text: string;
  conf: number;
  box: Box;
}

/** One visual line of text: OCR output or a line of a text export. */
export interface TextLine {
  /** Normalised text (CJK inter-character spaces removed). */
  text: string;
  /** 0..100; 100 for text files. */
  conf: number;
  box?: Box;
  words?: OcrWord[];
  /** Index of the layout block the line came from; lines of one chat bubble share it. */
  block: number;
  side: Side;
  /** A button's label (确定, OK, 立即充值) on a screenshot that is no chat: never part of a message. */
  button?: boolean;
}

export type EvidenceKind = 'order' | 'chat' | 'error' | 'policy' | 'other';

/** One file of the case folder turned into text. */
export interface Evidence {
  /** Path relative to the case folder, with forward slashes. */
  file: string;
  absPath: string;
  source: 'image' | 'text';
  kind: EvidenceKind;
  /** How the kind was decided. */
  kindFrom: 'name' | 'folder' | 'content';
  /** How sure the kind is, 0..1: 1 for a name or folder override, else from the layout and words. */
  kindConfidence?: number;
  /** What decided the kind, in a few words (e.g. "layout: 6 bubbles on both sides, 2 avatars"). */
  kindReason?: string;
  width?: number;
  height?: number;
  lines: TextLine[];
  /** Mean OCR confidence, 0..100. */
  confidence: number;
  /** Set when the file could not be read; `lines` is then empty. */
  unreadable?: FileProblem;
  /** The file is cut short: only this part of the image (from the top) was read. */
  keptFraction?: number;
  /** The image is a photo of a screen (taken with a camera), not a screenshot; it was read straightened. */
  photo?: boolean;
  /** One app's window of a split-screen capture (the n-th of `of`, top to bottom or left to right): the file's other windows are evidence of their own. */
  window?: { n: number; of: number };
  /** Local wall-clock time from the file name (e.g. Screenshot_20261117-113210), if any. */
  nameTime?: { y: number; mo: number; d: number; h: number; mi: number; s: number; utc?: true };
}

export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'zh' | 'en';
