import type { Box } from '../../types.js';
import type { DecodedImage } from './image.js';

/**
 * Split screens: two apps on one screen, captured as one screenshot (an Android phone's 分屏 with
 * a chat above and the order page below, an iPad's Split View side by side). Each app is a window
 * of its own: read as one page, the order's labels and the chat's bubbles make one page of neither
 * kind. The system draws the windows apart with a dark divider across the whole screen and a small
 * grab handle at its middle: a band of one dark colour, nothing in it but a solid pill at its
 * centre, with each window's own (lighter) background right against it.
 */

/** The divider's colour: no channel above this (black, or near it in a dark theme). */
const DIVIDER_MAX = 40;
/** A pixel of the divider's colour differs from it by at most this much (any channel). */
const SAME = 12;
/** The divider's thickness, as a share of the screen across it: at least, at most. */
const THICK_MIN = 0.003;
const THICK_MAX = 0.03;
/** The divider lies this far into the screen at least (a share of its length along the split). */
const EDGE = 0.15;
/** The handle lies within this share of the divider's length either side of its middle. */
const HANDLE_REACH = 0.12;
/** The handle fills at least this share of its bounding box (a rounded pill, not letters). */
const HANDLE_FILL = 0.7;
/** The window's background beside the divider: at least this share of the line next to it differs from the divider. */
const WINDOW_SHARE = 0.8;

/**
 * The windows of a split-screen capture, top to bottom or left to right, or undefined when the
 * screen holds one app. Each window's box runs from the screen's edge (or the divider) to the divider
 * (or the edge).
 */
export function splitWindows(img: DecodedImage): Box[] | undefined {
  const rows = dividerAcross(img, 'rows');
  if (rows) return [
    { x: 0, y: 0, w: img.width, h: rows.start },
    { x: 0, y: rows.end, w: img.width, h: img.height - rows.end },
  ];
  const cols = dividerAcross(img, 'columns');
  if (cols) return [
    { x: 0, y: 0, w: cols.start, h: img.height },
    { x: cols.end, y: 0, w: img.width - cols.end, h: img.height },
  ];
  return undefined;
}

/**
 * A divider across the screen: a run of lines (rows, or columns) each all of one dark colour
 * but for a handle at its middle, with the handle a solid pill and the lines either side of
 * the run mostly the windows' backgrounds. Columns are looked at below the status bar only
 * (it runs across both windows of a tablet).
 */
function dividerAcross(img: DecodedImage, along: 'rows' | 'columns'): { start: number; end: number } | undefined {
  const { width, height, rgb } = img;
  const across = along === 'rows' ? height : width;
  const length = along === 'rows' ? width : height;
  // Along a column, the status bar's strip (its clock and icons run over the divider) is not looked at.
  const from = along === 'rows' ? 0 : Math.round(height * 0.06);
  const px = (line: number, at: number): number => 3 * (along === 'rows' ? line * width + at : at * width + line);
  const dark = (i: number): boolean => rgb[i]! <= DIVIDER_MAX && rgb[i + 1]! <= DIVIDER_MAX && rgb[i + 2]! <= DIVIDER_MAX;
  const same = (i: number, c: number): boolean => Math.abs(rgb[i]! - rgb[c]!) <= SAME && Math.abs(rgb[i + 1]! - rgb[c + 1]!) <= SAME && Math.abs(rgb[i + 2]! - rgb[c + 2]!) <= SAME;
  const mid = length / 2;
  const reach = length * HANDLE_REACH;
  /** On a line of the divider's colour `c`, the handle's extent and pixels (null for none); undefined when the line is no divider's. */
  const dividerLine = (line: number, c: number): Handle | null | undefined => {
    if (!same(px(line, from), c)) return undefined;
    let lo = Infinity;
    let hi = -Infinity;
    let pixels = 0;
    for (let at = from; at < length; at++) {
      if (same(px(line, at), c)) continue;
      if (Math.abs(at - mid) > reach) return undefined;
      lo = Math.min(lo, at);
      hi = Math.max(hi, at);
      pixels++;
    }
    return pixels === 0 ? null : { lo, hi, pixels };
  };
  /** A line next to the divider is mostly a window's background, not the divider's colour. */
  const windowBeside = (line: number, c: number): boolean => {
    if (line < 0 || line >= across) return false;
    let differs = 0;
    for (let at = from; at < length; at++) if (!same(px(line, at), c)) differs++;
    return differs >= (length - from) * WINDOW_SHARE;
  };
  const first = Math.round(across * EDGE);
  const last = Math.round(across * (1 - EDGE));
  for (let line = first; line < last; line++) {
    const c = px(line, from);
    if (!dark(c) || dividerLine(line, c) === undefined) continue;
    let end = line;
    const handle: Handle[] = [];
    for (; end < across; end++) {
      const h = dividerLine(end, c);
      if (h === undefined) break;
      if (h) handle.push(h);
    }
    const thick = end - line;
    if (thick >= Math.max(6, across * THICK_MIN) && thick <= across * THICK_MAX && solidHandle(handle, thick) && windowBeside(line - 1, c) && windowBeside(end, c)) {
      return { start: line, end };
    }
    line = end;
  }
  return undefined;
}

/** The handle's part of one line of the divider: where it starts and ends along it, and its pixels. */
interface Handle {
  lo: number;
  hi: number;
  pixels: number;
}

/** The handle: a pill in the divider's middle lines, filling its box, wider along the divider than across it. */
function solidHandle(handle: Handle[], thick: number): boolean {
  if (handle.length === 0 || handle.length > thick * 0.6) return false;
  const lo = Math.min(...handle.map((h) => h.lo));
  const hi = Math.max(...handle.map((h) => h.hi));
  const long = hi - lo + 1;
  if (long < handle.length * 2) return false;
  // The pill's pixels fill most of its box (letters would leave gaps).
  const filled = handle.reduce((n, h) => n + h.pixels, 0);
  return filled >= long * handle.length * HANDLE_FILL;
}
