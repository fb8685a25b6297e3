import type { TextLine } from '../types.js';
import { normalizeText } from './ocr/normalize.js';
import { sideOfName } from './speakers.js';

/**
 * Decodes a chat export: UTF-8 (with or without BOM), else GB18030/GBK, as Chinese
 * Windows tools write them.
 */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const TIME = String.raw`(?:\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?`;
const SAY = new RegExp(String.raw`^\s*\[?(${TIME})?\]?\s*([^:：\[\]]{1,24}?)\s*[:：]\s*(.+)$`);
const HEADER = new RegExp(String.raw`^\s*(.{1,24}?)\s+(${TIME})\s*$`);

/**
 * Reads a chat export into lines with speakers. Understands "time name: text",
 * "name: text" and the two-line "name time" / "text" layout of WeChat exports.
 */
export function parseChatExport(text: string, merchant?: string): TextLine[] {
  const lines: TextLine[] = [];
  let current: { side: TextLine['side']; time?: string } | undefined;
  let block = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const header = HEADER.exec(line);
    if (header && sideOfName(header[1]!, merchant) !== 'unknown') {
      current = { side: sideOfName(header[1]!, merchant), time: header[2] };
      block++;
      lines.push({ text: normalizeText(header[2]!), conf: 100, block, side: 'system' });
      continue;
    }
    const say = SAY.exec(line);
    if (say && !/^\d+$/.test(say[2]!.trim()) && sideOfName(say[2]!, merchant) !== 'unknown') {
      block++;
      if (say[1]) lines.push({ text: normalizeText(say[1]), conf: 100, block, side: 'system' });
      lines.push({ text: normalizeText(say[3]!), conf: 100, block, side: sideOfName(say[2]!, merchant) });
      current = undefined;
      continue;
    }
    lines.push({ text: normalizeText(line), conf: 100, block: current ? block : ++block, side: current?.side ?? 'unknown' });
  }
  return lines;
}
