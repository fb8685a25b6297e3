import { unionBox } from '../../geometry.js';
import type { Box } from '../../types.js';
import type { DecodedImage } from './image.js';

export type Rgb = [number, number, number];

/** A region of a screenshot that is read by OCR on its own. */
export interface LayoutBlock {
  box: Box;
  /** The block has a background of its own (a chat bubble, a button, a card row). */
  solid: boolean;
  /** Background colour of the block. */
  bg: Rgb;
  /** Height in pixels of a text line inside the block (median), for scaling before OCR. */
  textHeight: number;
  /** Background around the block (the page or the card it sits on). */
  outerBg: Rgb;
  /** The outermost solid block this one lies in (a chat bubble read line by line), else its own box. */
  group: Box;
  /** The pane of a desktop page this block lies in (a chat beside a contact list): its sides are the pane's, not the page's. */
  pane?: Box;
  /** For solid blocks: 1 where a pixel is outside the bubble or on its rim (not text). */
  outside?: Uint8Array;
  /** Mean luminance of the block's ink; lighter than the background in dark mode, on blue bubbles, in toasts. */
  inkLuminance: number;
}

/** How far a pixel must differ (max channel) from the background to count as foreground. */
const FG_DIFF = 12;
/** Rows of ink lower than this (pixels) are no text line. */
const MIN_TEXT_HEIGHT = 8;
/** A square block at the edge of which more than this share differs from the page is an avatar (a disc covers 0.79 of its box; glyphs far less). */
const AVATAR_COVER = 0.6;
/** A pane edge steps in colour down at least this share of its band's rows. */
const PANE_EDGE_ROWS = 0.75;
/** How far (any channel) the colours either side of a pane edge differ: a dark theme's panes are a few shades apart. */
const PANE_STEP = 5;
/**
 * A desktop page's divider line runs down at least this share of the page below its bar (the
 * browser's address bar, the panes' own headers may stop it short).
 */
const DESKTOP_DIVIDER_ROWS = 0.85;
/** A side panel's edge steps in colour down an unbroken run of at least this share of the page's height. */
const PANE_SIDE_ROWS = 0.4;
/** How far a pixel must differ from its block background to count as ink (text). */
const INK_DIFF = 40;

/**
 * Cuts a screenshot into blocks to OCR one by one (a recursive XY cut on colour
 * difference from the background). Chat bubbles, avatars and cards come out as
 * separate blocks, so a bubble's text is read without the avatar beside it and its
 * position tells who wrote it; blocks with no ink (avatars, icons) are dropped. A JPEG
 * is cut on its denoised copy (`layoutRgb`), where ringing specks do not join bubbles.
 */
export function findBlocks(decoded: DecodedImage): { blocks: LayoutBlock[]; avatars: Box[] } {
  const base: LayoutImage = decoded.layoutRgb ? { ...decoded, rgb: decoded.layoutRgb, originalRgb: decoded.rgb } : decoded;
  const img: LayoutImage = base.width > base.height ? { ...base, paneEdges: paneEdges(base) } : base;
  const whole: Box = { x: 0, y: 0, w: img.width, h: img.height };
  const out: LayoutBlock[] = [];
  const avatars: Box[] = [];
  split(img, whole, frameColor(img, whole), 0, undefined, out, avatars, {});
  return { blocks: readingOrder(out), avatars };
}

/**
 * Top to bottom; blocks side by side on one row (a label and its value, two buttons) left to right.
 * A block as tall as several others beside it (a desktop app's contact list or icon rail) makes
 * its row a set of columns: each is read top to bottom before the next, and blocks stacked in one
 * column (a chat pane's bubbles on both sides) stay in their order down the page.
 */
function readingOrder(blocks: LayoutBlock[]): LayoutBlock[] {
  const byTop = [...blocks].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const ordered: LayoutBlock[] = [];
  let row: LayoutBlock[] = [];
  for (const block of byTop) {
    const first = row[0];
    const centre = block.box.y + block.box.h / 2;
    if (first && centre > first.box.y + first.box.h) {
      ordered.push(...columnsOf(row));
      row = [];
    }
    row.push(block);
  }
  ordered.push(...columnsOf(row));
  return ordered;
}

/** A row's blocks left to right by columns (blocks overlapping left to right share one), each column read in order. */
function columnsOf(row: LayoutBlock[]): LayoutBlock[] {
  const byX = [...row].sort((a, b) => a.box.x - b.box.x);
  const columns: LayoutBlock[][] = [];
  let right = -Infinity;
  for (const block of byX) {
    if (columns.length > 0 && block.box.x < right) columns[columns.length - 1]!.push(block);
    else columns.push([block]);
    right = Math.max(right, block.box.x + block.box.w);
  }
  return columns.flatMap((column) => (column.length === 1 || column.length === row.length ? column.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x) : readingOrder(column)));
}

/** The pixels layout cuts on: a JPEG's denoised copy as `rgb`, with its original pixels beside it. */
interface LayoutImage extends DecodedImage {
  originalRgb?: Buffer;
  /** A desktop page's pane edges (see {@link paneEdges}): text either side of one is no one block. */
  paneEdges?: number[];
}

function split(
  img: LayoutImage,
  region: Box,
  bg: Rgb,
  depth: number,
  group: Box | undefined,
  out: LayoutBlock[],
  avatars: Box[],
  { gradient = false, textured = false, pane, framed }: { gradient?: boolean; textured?: boolean; pane?: Box; framed?: Box },
): void {
  const { width } = img;
  const minGap = Math.max(6, Math.round(width * 0.012));
  // A page whose background shades from one side to the other (a chat wallpaper, a night
  // theme's gradient) is cut against the background each row shows at its two ends.
  const rows = depth === 0 || gradient ? rowBackground(img, region, bg, gradient) : undefined;
  const fg = textured ? openedForeground(img, region, bg) : foreground(img, region, bg, rows);
  const localBg = (b: Box): Rgb => (rows ? rows.at(b.y + (b.h >> 1), b.x + (b.w >> 1)) : bg);
  const found = bands(fg);
  // A screenshot framed in the page (a photo editor, a gallery: most of the page) whose box a mark drawn over
  // its edge widened: the strip of the frame beside it is foreground on every row and would
  // join all its bubbles into one band. Cut the strip off and read what is inside.
  if (depth > 0 && found.length === 1 && found[0]!.h >= region.h - 2 && region.h > img.height * 0.5 && region.w > img.width * 0.5) {
    const inner = withoutEdgeStrips(fg) ?? insideFrameLines(fg, found[0]!, img.width);
    if (inner) {
      // A page of its own: its bubbles are messages of their own (no one group), its sides and
      // avatars stand against its edges, not the frame's.
      split(img, inner, bg, depth, undefined, out, avatars, { gradient, textured, pane: pane ?? inner, framed: inner });
      return;
    }
  }
  // A desktop page: a title bar across the top runs straight into the panes below, so
  // no empty row parts them and the page would be one block. Cut the bar off first.
  const only = found.length === 1 ? found[0]! : undefined;
  if (only && only.h >= region.h - 2 && depth === 0) {
    const bar = edgeBar(img, region, bg);
    if (bar) {
      split(img, bar.bar, bg, depth, group, out, avatars, { pane });
      split(img, bar.rest, bg, depth, group, out, avatars, { pane });
      return;
    }
  }
  // A desktop page parted top to bottom by thin lines (a web chat's contact list beside the chat,
  // white on white): no empty row parts its rows, yet a row's text on either side is no one
  // block. Each part is a pane of its own.
  if (depth === 0 && !pane && img.width > img.height) {
    const parts = panesByLines(fg, region);
    if (parts) {
      // (the rows above and below the panes, as wide as the page, are no pane)
      for (const part of parts) split(img, part, bg, depth, group, out, avatars, part.w < region.w ? { pane: part } : {});
      return;
    }
  }
  for (const band of found) {
    // A picture sent in a chat (a screenshot of another chat) on a page of the same colour: the
    // thin line of its frame is foreground on every row and would join all its bubbles into one
    // band. It is a page of its own, cut inside its frame.
    const picture = depth === 0 && img.height > img.width && band.h > img.height * 0.3 ? insideFrameLines(fg, band, img.width) : undefined;
    if (picture) {
      split(img, picture, bg, depth + 1, undefined, out, avatars, { gradient: rows !== undefined, pane: picture, framed: picture });
      continue;
    }
    // A band as tall as a page holds panes side by side (a desktop chat): its runs stay
    // apart and thin full-height divider lines part them.
    const panes = band.h > img.height * 0.3;
    const runs = columnRuns(img, fg, band, minGap, panes, framed ?? { x: 0, w: img.width });
    // Consecutive runs of plain text on the background form one block (a table row,
    // a label and its value); solid runs (bubbles, avatars, buttons) stay apart.
    const merged: { box: Box; solid: boolean; ownBg: Rgb }[] = [];
    for (const run of runs) {
      const box = tighten(fg, run);
      if (!box) continue;
      // Dense bold text also covers most of its box; a block is solid (a bubble, a button)
      // only when its own background differs from the one around it. A box too low to hold
      // a text line with a margin is text itself (a small time separator that the JPEG
      // denoising smudged into a grey bar), never a bubble.
      const here = localBg(box);
      const own = box.h >= 2 * MIN_TEXT_HEIGHT && fgFraction(fg, box) > 0.55 ? modeColor(img, box) : here;
      const solid = !sameColor(own, here);
      const last = merged[merged.length - 1];
      const acrossPanes = img.paneEdges?.some((e) => last !== undefined && e >= last.box.x + last.box.w - 2 && e <= box.x + 2) ?? false;
      if (last && !last.solid && !solid && !panes && !acrossPanes) last.box = unionBox(last.box, box);
      else merged.push({ box, solid, ownBg: solid ? own : here });
    }
    // Side by side on a desktop page, each of them is a pane of its own (a contact list, a chat).
    const sideBySide = panes && img.width > img.height && merged.filter((m) => m.box.h > img.height * 0.3).length >= 2;
    for (const { box, solid, ownBg } of merged) {
      if (box.w < 6 || box.h < 8) continue;
      const within = sideBySide && box.h > img.height * 0.3 ? box : pane;
      const area = box.w * box.h;
      const isContainer = solid && depth < 3 && (box.h > img.height * 0.12 || area > img.width * img.height * 0.08);
      const sameAsRegion = box.w >= region.w - 2 && box.h >= region.h - 2;
      // A banner on a gradient has no one background to cut on: it is read whole, and
      // preprocessing follows the gradient (see blockRenderings).
      // A tall area whose edges shade (a chat's wallpaper) holds bubbles: cut it against its
      // shading. (Its most frequent colour is a bubble's, not the wallpaper's; when the bubbles
      // are white on a white page's wallpaper, it does not even look solid.)
      if ((isContainer || (depth < 3 && box.h > img.height * 0.3)) && !gradient && !sameAsRegion && box.h > img.height * 0.3 && shadedEdges(img, box)) {
        split(img, box, ownBg, depth + 1, group, out, avatars, { gradient: true, pane: within, framed });
        continue;
      }
      // A tall area of a background of its own (a desktop chat's pane) that parts into rows on it: cut
      // it on that background; when its patterned wallpaper (WhatsApp's doodles) marks every row,
      // with the pattern's thin lines taken away, where the bubbles stand out as solid areas.
      // (Plain rows count only on a desktop page and when they hold bubbles, not only a bar across: a
      // page of plain text, a Slack channel, a phone's order card stays as it was read.)
      const parts = !solid && !textured && !gradient && depth < 3 && !sameAsRegion && box.h > img.height * 0.3 ? ownRows(img, box) : undefined;
      if (parts) {
        const sub: LayoutBlock[] = [];
        const subAvatars: Box[] = [];
        split(img, box, modeColor(img, box), depth + 1, group, sub, subAvatars, { textured: parts === 'textured', pane: within, framed });
        if (parts === 'textured' || (img.width > img.height && sub.some((b) => b.solid && b.box.w < box.w * 0.85))) {
          out.push(...sub);
          avatars.push(...subAvatars);
          continue;
        }
      }
      if (isContainer && (!sameAsRegion || !sameColor(ownBg, bg)) && !isGradient(img, box)) {
        // A bubble read line by line stays one group (one message); a full-width bar or card does
        // not, nor a pane or card over half a desktop page high (a ticket beside its side panel).
        const bubble = box.w < img.width * 0.85 && !(img.width > img.height && box.h > img.height * 0.5) ? box : undefined;
        split(img, box, ownBg, depth + 1, group ?? bubble, out, avatars, { pane: within, framed });
        continue;
      }

      // A letter avatar (a white "P" on a blue disc) may be mostly its letter and its corners in
      // one colour, the page's: still, most of a disc differs from the page.
      if (isAvatar(box, framed ?? { x: 0, w: img.width }) && (solid || fgFraction(fg, box) > AVATAR_COVER)) {
        avatars.push(box);
        continue;
      }
      // An outlined button or a bordered field: read what is inside the frame.
      const inner = solid ? box : (insideFrame(fg, box) ?? box);
      const outside = solid ? outsideMask(img, inner, localBg(inner)) : undefined;
      // Text a few pixels high loses its contrast in a JPEG's denoised copy: where that
      // copy shows no ink, the original pixels are asked (the 9 px "09:40" of a chat).
      const ink = inkStats(img, inner, ownBg, outside) ?? (img.originalRgb && !solid ? inkStats({ ...img, rgb: img.originalRgb }, inner, ownBg, outside) : undefined);
      if (!ink) continue; // no ink: an icon, a blank button
      out.push({ box: inner, group: group ?? inner, solid, bg: ownBg, outerBg: localBg(inner), outside, textHeight: ink.lineHeight, inkLuminance: ink.luminance, ...(within ? { pane: within } : {}) });
    }
  }
}

/**
 * A bar of one colour (not the background) across the top or the bottom of a region,
 * holding its own text: rows whose two end pixels both have the bar's colour, ending at a
 * sharp edge (a sky that fades is no bar). Returns the bar and the rest, or undefined.
 */
function edgeBar(img: DecodedImage, r: Box, bg: Rgb): { bar: Box; rest: Box } | undefined {
  const px = (x: number, y: number): number => (y * img.width + x) * 3;
  const endsAre = (y: number, c: Rgb): boolean => !differs(img.rgb, px(r.x, y), c, FG_DIFF) && !differs(img.rgb, px(r.x + r.w - 1, y), c, FG_DIFF);
  const colorAt = (y: number): Rgb => [img.rgb[px(r.x, y)]!, img.rgb[px(r.x, y) + 1]!, img.rgb[px(r.x, y) + 2]!];
  const sharpEdge = (y: number, c: Rgb): boolean => differs(img.rgb, px(r.x, y), c, 3 * FG_DIFF) && differs(img.rgb, px(r.x + r.w - 1, y), c, 3 * FG_DIFF);
  const fits = (h: number, next: number, c: Rgb): boolean => h >= Math.max(16, r.h * 0.02) && h <= r.h * 0.2 && sharpEdge(next, c);
  const top = colorAt(r.y);
  if (!sameColor(top, bg)) {
    let h = 0;
    while (h < r.h && endsAre(r.y + h, top)) h++;
    if (fits(h, r.y + h, top)) return { bar: { ...r, h }, rest: { ...r, y: r.y + h, h: r.h - h } };
  }
  const bottom = colorAt(r.y + r.h - 1);
  if (!sameColor(bottom, bg)) {
    let h = 0;
    while (h < r.h && endsAre(r.y + r.h - 1 - h, bottom)) h++;
    if (fits(h, r.y + r.h - 1 - h, bottom)) return { bar: { ...r, y: r.y + r.h - h, h }, rest: { ...r, h: r.h - h } };
  }
  return undefined;
}

/**
 * When a block is a frame (its top and bottom rows, left and right columns mostly
 * foreground: an outlined button, a bordered input), the box inside the frame; else
 * undefined. Text drawn inside a box outline is otherwise misread or lost.
 */
function insideFrame(fg: Foreground, b: Box): Box | undefined {
  if (b.w < 20 || b.h < 20) return undefined;
  // A frame's top and bottom lines run the whole width but for round ends: a label
  // beside a bordered field is no frame.
  const straight = Math.max(0.5, (b.w - b.h) / b.w) * 0.9;
  const rowShare = (y: number): number => (rowCount(fg, y, b.x, b.x + b.w) / b.w >= straight ? 1 : 0);
  const colShare = (x: number): number => {
    let n = 0;
    for (let y = b.y; y < b.y + b.h; y++) n += fg.mask[(y - fg.box.y) * fg.box.w + x - fg.box.x]!;
    return n / b.h;
  };
  const edge = (share: (i: number) => number, from: number, step: number, limit: number): number => {
    let i = from;
    let n = 0;
    while (n < limit && share(i) > 0.5) {
      i += step;
      n++;
    }
    return n;
  };
  const limit = Math.max(2, Math.round(Math.min(b.w, b.h) * 0.1));
  const top = edge(rowShare, b.y, 1, limit);
  const bottom = edge(rowShare, b.y + b.h - 1, -1, limit);
  const left = edge(colShare, b.x, 1, limit);
  const right = edge(colShare, b.x + b.w - 1, -1, limit);
  // A frame is a thin line at the top and the bottom, and at the sides either a line or,
  // for a pill-shaped button, round ends about half the height wide.
  if (!top || !bottom || top >= limit || bottom >= limit) return undefined;
  const round = Math.round(b.h * 0.22);
  const pad = 3;
  const l = left || round;
  const r = right || round;
  const inner = { x: b.x + l + pad, y: b.y + top + pad, w: b.w - l - r - 2 * pad, h: b.h - top - bottom - 2 * pad };
  return inner.w > 8 && inner.h > 8 ? inner : undefined;
}

/** A small square block at the left or right edge of the page (or of a screenshot framed in it): a chat avatar. */
function isAvatar(b: Box, page: { x: number; w: number }, slack = 0.25): boolean {
  const ratio = b.w / b.h;
  const x = b.x - page.x;
  return ratio > 1 - slack && ratio < 1 + slack && ratio < 1.25 && b.w < page.w * 0.16 && (x < page.w * 0.06 || x + b.w > page.w * 0.94);
}

/** The pixels of a region that differ from its background by more than FG_DIFF (1), row-major. */
interface Foreground {
  box: Box;
  mask: Uint8Array;
}

/**
 * Marks the foreground of a region once; cutting it into bands, runs and boxes then only
 * counts marks (each used to compare every pixel with the background again).
 */
function foreground(img: DecodedImage, region: Box, bg: Rgb, rows?: RowBackground): Foreground {
  if (rows) return shadedForeground(img, region, rows);
  const mask = new Uint8Array(region.w * region.h);
  // |v - c| > FG_DIFF as one unsigned compare: v + FG_DIFF - c lies outside 0..2*FG_DIFF
  // (colours are whole numbers). About a third faster than three Math.abs.
  const r = FG_DIFF - bg[0];
  const g = FG_DIFF - bg[1];
  const b = FG_DIFF - bg[2];
  const { rgb } = img;
  for (let y = 0; y < region.h; y++) {
    let i = ((region.y + y) * img.width + region.x) * 3;
    const end = (y + 1) * region.w;
    for (let k = y * region.w; k < end; k++, i += 3) {
      if ((rgb[i]! + r) >>> 0 > 2 * FG_DIFF || (rgb[i + 1]! + g) >>> 0 > 2 * FG_DIFF || (rgb[i + 2]! + b) >>> 0 > 2 * FG_DIFF) mask[k] = 1;
    }
  }
  return { box: region, mask };
}

/** Lines of a wallpaper's pattern at most this many pixels thick (each side of a middle pixel) are no foreground on a textured area. */
const PATTERN_LINE = 2;

/** The foreground of a textured area: marks thinner than a pattern's line taken away (an opening: shrunk, then grown back). */
function openedForeground(img: DecodedImage, region: Box, bg: Rgb): Foreground {
  const { mask } = foreground(img, region, bg);
  const { w, h } = region;
  const gaps = grow(mask.map((v) => v ^ 1), w, h, PATTERN_LINE);
  return { box: region, mask: grow(gaps.map((v) => v ^ 1), w, h, PATTERN_LINE) };
}

/**
 * Whether an area parts into rows against its own most frequent colour: `plain` when it does
 * as it is; `textured` when marks in every row (a patterned chat wallpaper) part only once marks
 * thinner than a pattern's line are taken away; undefined when it holds one row (one long card).
 */
function ownRows(img: DecodedImage, b: Box): 'plain' | 'textured' | undefined {
  const bg = modeColor(img, b);
  if (bands(foreground(img, b, bg)).length > 1) return 'plain';
  return bands(openedForeground(img, b, bg)).length >= 2 ? 'textured' : undefined;
}

/** A row end this far from the page's colour (any channel) shows shading, not JPEG noise. */
const SHADE_MIN = 6;
/** A page (not known to be a gradient) is cut row by row when at least this share of its rows shade. */
const SHADED_ROWS = 0.15;

/** The background of each row of a region, shading from the row's left end to its right end. */
interface RowBackground {
  /** The background at image pixel (x, y). */
  at(y: number, x: number): Rgb;
  region: Box;
  left: Float32Array;
  right: Float32Array;
}

/**
 * A region's background row by row, from the colour at each row's two ends (a few pixels in,
 * averaged): where the page shades (a wallpaper gradient) a fixed colour marks half of it as
 * foreground. Rows whose ends are far from `bg` (a title bar, a bubble touching the edge) keep
 * `bg`, unless `any` (the region is known to be a gradient). Undefined when no row shades.
 */
function rowBackground(img: DecodedImage, region: Box, bg: Rgb, any: boolean): RowBackground | undefined {
  if (region.w < 40 || region.h < 40) return undefined;
  const left = new Float32Array(region.h * 3);
  const right = new Float32Array(region.h * 3);
  const strip = 3;
  const inset = 1;
  let shaded = 0;
  const end = (y: number, x0: number, into: Float32Array): void => {
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let x = x0; x < x0 + strip; x++) sum += img.rgb[(y * img.width + x) * 3 + c]!;
      into[(y - region.y) * 3 + c] = sum / strip;
    }
  };
  for (let y = region.y; y < region.y + region.h; y++) {
    end(y, region.x + inset, left);
    end(y, region.x + region.w - inset - strip, right);
    const k = (y - region.y) * 3;
    const far = (a: Float32Array): boolean => [0, 1, 2].some((c) => Math.abs(a[k + c]! - bg[c]!) > 2 * FG_DIFF);
    if (!any && (far(left) || far(right))) {
      for (let c = 0; c < 3; c++) left[k + c] = right[k + c] = bg[c]!;
      continue;
    }
    const off = any ? 3 : SHADE_MIN;
    if ([0, 1, 2].some((c) => Math.abs(left[k + c]! - bg[c]!) > off || Math.abs(right[k + c]! - bg[c]!) > off)) shaded++;
  }
  // A page shades when a good part of its rows do, by more than a JPEG's noise: cut against
  // each row's ends, a page of flat grey forwarded as JPEG would turn white bubbles into
  // foreground and join each to its avatar.
  if (shaded === 0 || (!any && shaded < SHADED_ROWS * region.h)) return undefined;
  return {
    region,
    left,
    right,
    at(y: number, x: number): Rgb {
      const k = (Math.min(region.h - 1, Math.max(0, y - region.y))) * 3;
      const t = Math.min(1, Math.max(0, (x - region.x) / Math.max(1, region.w - 1)));
      return [0, 1, 2].map((c) => Math.round(left[k + c]! + (right[k + c]! - left[k + c]!) * t)) as Rgb;
    },
  };
}

/** foreground() against a row-by-row shading background. */
function shadedForeground(img: DecodedImage, region: Box, rows: RowBackground): Foreground {
  const mask = new Uint8Array(region.w * region.h);
  const { rgb } = img;
  const span = Math.max(1, region.w - 1);
  for (let y = 0; y < region.h; y++) {
    const k = y * 3;
    const l0 = rows.left[k]!, l1 = rows.left[k + 1]!, l2 = rows.left[k + 2]!;
    const d0 = (rows.right[k]! - l0) / span, d1 = (rows.right[k + 1]! - l1) / span, d2 = (rows.right[k + 2]! - l2) / span;
    let i = ((region.y + y) * img.width + region.x) * 3;
    for (let x = 0; x < region.w; x++, i += 3) {
      if (Math.abs(rgb[i]! - (l0 + d0 * x)) > FG_DIFF || Math.abs(rgb[i + 1]! - (l1 + d1 * x)) > FG_DIFF || Math.abs(rgb[i + 2]! - (l2 + d2 * x)) > FG_DIFF) mask[y * region.w + x] = 1;
    }
  }
  return { box: region, mask };
}

/** Foreground pixels of image row y between image columns x0 and x1, counted up to `enough`. */
function rowCount(fg: Foreground, y: number, x0: number, x1: number, enough = Infinity): number {
  const { box, mask } = fg;
  let n = 0;
  const row = (y - box.y) * box.w - box.x;
  if (enough === Infinity) {
    for (let x = x0; x < x1; x++) n += mask[row + x]!;
    return n;
  }
  // A few marks are found by the native indexOf, which crosses the empty stretches of a
  // row (most rows are empty) several times faster than a loop.
  const marks = mask.subarray(row + x0, row + x1);
  for (let i = -1; n < enough; n++) {
    i = marks.indexOf(1, i + 1);
    if (i < 0) break;
  }
  return n;
}

/** A column or row this full of foreground, along a region's edge, is a strip of another colour. */
const STRIP_FULL = 0.97;

/**
 * The region without the strips of another colour along its left and right edges (at most a
 * tenth of its width each side), or undefined when it has none or they leave too little.
 */
function withoutEdgeStrips(fg: Foreground): Box | undefined {
  const r = fg.box;
  const full = (x: number): boolean => {
    let n = 0;
    for (let y = 0; y < r.h; y++) n += fg.mask[y * r.w + x - r.x]!;
    return n >= r.h * STRIP_FULL;
  };
  const most = Math.floor(r.w * 0.1);
  let left = 0;
  while (left < most && full(r.x + left)) left++;
  let right = 0;
  while (right < most && full(r.x + r.w - 1 - right)) right++;
  // A strip no wider than a border line is the region's own frame (see insideFrame).
  if (left < 3 && right < 3) return undefined;
  if (left >= most || right >= most) return undefined;
  return { x: r.x + left, y: r.y, w: r.w - left - right, h: r.h };
}

/** A frame's line is at most this many pixels thick; its columns are foreground down at least this share of the rows (a rounded corner's column a little less). */
const FRAME_LINE = 4;
const FRAME_LINE_FULL = 0.9;
/** Inside a frame's lines, a framed page parts into at least this many bands. */
const FRAMED_BANDS = 3;

/**
 * Inside the thin lines of a frame down a band's left or right end of ink (a picture's border
 * or the page showing past its rounded corners), when without them the band parts into
 * several bands: a screenshot sent as a picture in a chat, standing on its sender's side like
 * a bubble. (A card, a dialog or an e-mail drawn with a border stands in the page's middle or
 * across it, and is read as before.)
 */
function insideFrameLines(fg: Foreground, band: Box, pageWidth: number): Box | undefined {
  const counts = columnCounts(fg, band);
  const first = counts.findIndex((n) => n > 0);
  if (first < 0) return undefined;
  let last = band.w - 1;
  while (counts[last] === 0) last--;
  const line = (i: number): boolean => counts[i]! >= band.h * FRAME_LINE_FULL;
  let left = 0;
  while (left <= FRAME_LINE && line(first + left)) left++;
  let right = 0;
  while (right <= FRAME_LINE && line(last - right)) right++;
  if ((left === 0 && right === 0) || left > FRAME_LINE || right > FRAME_LINE) return undefined;
  const inner = { x: band.x + first + left, y: band.y, w: last - right - first - left + 1, h: band.h };
  const offCentre = Math.abs(inner.x - (pageWidth - inner.x - inner.w)) > pageWidth * 0.15;
  if (inner.w < band.w * 0.3 || inner.w > pageWidth * 0.85 || !offCentre) return undefined;
  return bands(fg, inner).length >= FRAMED_BANDS ? inner : undefined;
}

/** Horizontal bands of rows that hold foreground (of the whole region, or of a part of it), split at empty rows. */
function bands(fg: Foreground, r: Box = fg.box): Box[] {
  const result: Box[] = [];
  let start = -1;
  for (let y = r.y; y <= r.y + r.h; y++) {
    const busy = y < r.y + r.h && rowCount(fg, y, r.x, r.x + r.w, 2) >= 2;
    if (busy && start < 0) start = y;
    if (!busy && start >= 0) {
      result.push({ x: r.x, y: start, w: r.w, h: y - start });
      start = -1;
    }
  }
  return result;
}

/** Foreground pixels in each column of a band. */
function columnCounts(fg: Foreground, band: Box): Uint32Array {
  const counts = new Uint32Array(band.w);
  const { box, mask } = fg;
  for (let y = band.y; y < band.y + band.h; y++) {
    const row = (y - box.y) * box.w + band.x - box.x;
    for (let x = 0; x < band.w; x++) counts[x]! += mask[row + x]!;
  }
  return counts;
}

function columnRuns(img: DecodedImage, fg: Foreground, band: Box, minGap: number, dividers: boolean, page: { x: number; w: number }): Box[] {
  const counts = columnCounts(fg, band);
  // Divider lines: at most 3 px wide over nearly the whole band, far emptier columns beside.
  const cuts: [number, number][] = [];
  if (dividers) {
    const full = band.h * 0.95;
    for (let x = 0; x < band.w; x++) {
      if (counts[x]! < full) continue;
      let end = x;
      while (end + 1 < band.w && counts[end + 1]! >= full) end++;
      const beside = (c: number | undefined): boolean => c === undefined || c < band.h * 0.5;
      if (end - x < 3 && beside(counts[x - 2]) && beside(counts[end + 2])) {
        counts.fill(0, Math.max(0, x - 1), Math.min(band.w, end + 2));
        cuts.push([band.x + x - 1, band.x + end + 1]);
      }
      x = end;
    }
  }
  // Pane edges on a desktop page: the background steps from one colour to another down nearly
  // the whole band with no line drawn (a white contact list beside a beige chat wallpaper, a
  // ticket's card beside the page's gradient).
  if (dividers && img.width > img.height) {
    const rgb = img.rgb;
    const full = band.h * PANE_EDGE_ROWS;
    for (let x = 2; x < band.w - 2; x++) {
      let steps = 0;
      for (let y = band.y; y < band.y + band.h && steps + (band.y + band.h - y) >= full; y++) if (colourStep(rgb, img.width, band.x + x, y) > PANE_STEP) steps++;
      if (steps < full) continue;
      counts.fill(0, x - 1, x + 1);
      cuts.push([band.x + x - 1, band.x + x]);
      x += 2;
    }
  }
  const runs = runsOf(counts, band, 1, minGap).flatMap((run) => cutAt(run, cuts));
  // The thin tail of a chat bubble can join the bubble to the avatar beside it: where a
  // run reaches the page's edge, count only columns busy over part of the band height
  // and split off an avatar-shaped piece at the edge.
  const edge = page.w * 0.06;
  const left = page.x + edge;
  const right = page.x + page.w - edge;
  const out: Box[] = [];
  for (const run of runs) {
    const atEdge = run.x < left || run.x + run.w > right;
    if (!atEdge || run.h < 20) {
      out.push(run);
      continue;
    }
    const sub = runsOf(counts.subarray(run.x - band.x, run.x - band.x + run.w), run, Math.floor(band.h * 0.3), 1);
    const first = sub.length >= 2 && sub[0] ? tighten(fg, sub[0]) : undefined;
    const last = sub.length >= 2 && sub[sub.length - 1] ? tighten(fg, sub[sub.length - 1]!) : undefined;
    if (first && run.x < left && isAvatar(first, page, 0.3)) {
      out.push({ ...first, y: run.y, h: run.h }, { ...run, x: first.x + first.w, w: run.x + run.w - first.x - first.w });
    } else if (last && run.x + run.w > right && isAvatar(last, page, 0.3)) {
      out.push({ ...run, w: last.x - run.x }, { ...last, y: run.y, h: run.h });
    } else out.push(run);
  }
  return out;
}

/**
 * A desktop page's pane edges: columns where the background steps from one colour to another
 * (by more than {@link PANE_STEP}) down an unbroken {@link PANE_SIDE_ROWS} of the page's height,
 * with no line drawn (a grey side panel beside a white ticket).
 */
function paneEdges(img: DecodedImage): number[] {
  const { rgb, width, height } = img;
  const need = height * PANE_SIDE_ROWS;
  const edges: number[] = [];
  for (let x = 2; x < width - 2; x++) {
    let run = 0;
    let best = 0;
    for (let y = 0; y < height && best < need && run + (height - y) >= need; y++) {
      run = colourStep(rgb, width, x, y) > PANE_STEP ? run + 1 : 0;
      if (run > best) best = run;
    }
    if (best < need) continue;
    edges.push(x - 1);
    x += 3;
  }
  return edges;
}

/** How far (largest channel) the pixels two to the left of (x, y) and one to its right differ: a pane's edge steps there. */
function colourStep(rgb: Buffer, width: number, x: number, y: number): number {
  const a = (y * width + x - 2) * 3;
  const b = a + 9;
  return Math.max(Math.abs(rgb[a]! - rgb[b]!), Math.abs(rgb[a + 1]! - rgb[b + 1]!), Math.abs(rgb[a + 2]! - rgb[b + 2]!));
}

/**
 * A desktop page's region parted by divider lines drawn down it: columns at most 3 px wide whose
 * unbroken run of foreground covers {@link DESKTOP_DIVIDER_ROWS} of its rows, far emptier columns
 * beside, away from the page's edges (a window's own border). The rows above and below the lines
 * (a browser's address bar, a status bar) stay whole; between, each part is a pane. Undefined when
 * no such line parts it.
 */
function panesByLines(fg: Foreground, region: Box): Box[] | undefined {
  const counts = columnCounts(fg, region);
  const full = region.h * DESKTOP_DIVIDER_ROWS;
  const beside = (c: number | undefined): boolean => c === undefined || c < region.h * 0.5;
  const cuts: [number, number][] = [];
  let top = region.y;
  let bottom = region.y + region.h;
  for (let x = Math.round(region.w * 0.05); x < region.w * 0.95; x++) {
    if (counts[x]! < full) continue;
    let end = x;
    while (end + 1 < region.w && counts[end + 1]! >= full) end++;
    const run = end - x < 3 && beside(counts[x - 2]) && beside(counts[end + 2]) ? longestRun(fg, region.x + x) : undefined;
    if (run && run.h >= full) {
      cuts.push([region.x + x, region.x + end]);
      top = Math.max(top, run.y);
      bottom = Math.min(bottom, run.y + run.h);
    }
    x = end;
  }
  if (cuts.length === 0 || bottom - top < full) return undefined;
  const parts: Box[] = [];
  if (top > region.y) parts.push({ ...region, h: top - region.y });
  let from = region.x;
  for (const [c0, c1] of cuts) {
    parts.push({ x: from, y: top, w: c0 - from, h: bottom - top });
    from = c1 + 1;
  }
  parts.push({ x: from, y: top, w: region.x + region.w - from, h: bottom - top });
  if (bottom < region.y + region.h) parts.push({ ...region, y: bottom, h: region.y + region.h - bottom });
  return parts;
}

/** The longest unbroken run of foreground down a column of a region (its rows). */
function longestRun(fg: Foreground, x: number): { y: number; h: number } {
  const { box, mask } = fg;
  let best = { y: box.y, h: 0 };
  let start = -1;
  for (let y = 0; y <= box.h; y++) {
    const on = y < box.h && mask[y * box.w + x - box.x] === 1;
    if (on && start < 0) start = y;
    if (!on && start >= 0) {
      if (y - start > best.h) best = { y: box.y + start, h: y - start };
      start = -1;
    }
  }
  return best;
}

/** A run parted at divider lines [x0, x1] inside it. */
function cutAt(run: Box, cuts: [number, number][]): Box[] {
  const parts: Box[] = [];
  let x = run.x;
  for (const [c0, c1] of cuts) {
    if (c0 <= x || c1 >= run.x + run.w) continue;
    parts.push({ ...run, x, w: c0 - x });
    x = c1 + 1;
  }
  parts.push({ ...run, x, w: run.x + run.w - x });
  return parts.filter((p) => p.w > 0);
}

/** Runs of columns whose count is at least `minCount`, joined across gaps up to `minGap`. */
function runsOf(counts: Uint32Array, band: Box, minCount: number, minGap: number): Box[] {
  const runs: Box[] = [];
  let start = -1;
  let lastBusy = -1;
  for (let x = 0; x <= counts.length; x++) {
    const busy = x < counts.length && counts[x]! >= minCount;
    if (busy) {
      if (start < 0) start = x;
      else if (x - lastBusy > minGap) {
        runs.push({ x: band.x + start, y: band.y, w: lastBusy - start + 1, h: band.h });
        start = x;
      }
      lastBusy = x;
    }
  }
  if (start >= 0) runs.push({ x: band.x + start, y: band.y, w: lastBusy - start + 1, h: band.h });
  return runs;
}

/** Shrinks a box vertically to the rows that hold foreground. */
function tighten(fg: Foreground, b: Box): Box | undefined {
  let top = -1;
  let bottom = -1;
  for (let y = b.y; y < b.y + b.h; y++) {
    if (rowCount(fg, y, b.x, b.x + b.w, 1) > 0) {
      if (top < 0) top = y;
      bottom = y;
    }
  }
  return top < 0 ? undefined : { x: b.x, y: top, w: b.w, h: bottom - top + 1 };
}

function fgFraction(fg: Foreground, b: Box): number {
  let n = 0;
  for (let y = b.y; y < b.y + b.h; y++) n += rowCount(fg, y, b.x, b.x + b.w);
  return n / (b.w * b.h);
}

/**
 * Ink of a block: pixels far from the block's own background. Returns the median
 * height of its text lines (row runs of ink, small gaps closed) and the mean ink
 * luminance, or undefined when the block holds no ink.
 */
function inkStats(
  img: DecodedImage,
  b: Box,
  bg: Rgb,
  outside: Uint8Array | undefined,
): { lineHeight: number; luminance: number } | undefined {
  // Rows with a stray pixel or two (JPEG ringing) do not join two text lines.
  const minInk = Math.max(2, Math.round(b.w * 0.01));
  const raw: { y: number; h: number }[] = [];
  let start = -1;
  let count = 0;
  let lum = 0;
  // differs(…, bg, INK_DIFF) as one unsigned compare a channel (see foreground)
  const r = INK_DIFF - bg[0];
  const g = INK_DIFF - bg[1];
  const bl = INK_DIFF - bg[2];
  const { rgb } = img;
  for (let y = b.y; y <= b.y + b.h; y++) {
    let n = 0;
    if (y < b.y + b.h) {
      let i = (y * img.width + b.x) * 3;
      const row = (y - b.y) * b.w;
      for (let x = 0; x < b.w; x++, i += 3) {
        const ink = (rgb[i]! + r) >>> 0 > 2 * INK_DIFF || (rgb[i + 1]! + g) >>> 0 > 2 * INK_DIFF || (rgb[i + 2]! + bl) >>> 0 > 2 * INK_DIFF;
        if (ink && !(outside && outside[row + x])) {
          n++;
          lum += 0.299 * rgb[i]! + 0.587 * rgb[i + 1]! + 0.114 * rgb[i + 2]!;
        }
      }
    }
    count += n;
    if (n >= minInk) {
      if (start < 0) start = y;
    } else if (start >= 0) {
      raw.push({ y: start, h: y - start });
      start = -1;
    }
  }
  if (raw.length === 0 || count < 25) return undefined;
  const heights = raw.map((r) => r.h).sort((a, c) => a - c);
  const typical = heights[heights.length - 1]!;
  // Close gaps well under a line height (the parts of 二, a dot above i).
  const lines: { y: number; h: number }[] = [];
  for (const r of raw) {
    const last = lines[lines.length - 1];
    if (last && r.y - (last.y + last.h) < typical * 0.2) last.h = r.y + r.h - last.y;
    else lines.push({ ...r });
  }
  // No screen text is drawn under 8 px; lower rows of ink are specks (JPEG noise in an
  // empty input box) or rules, and scaled up for OCR they come out as "So" or ". 0".
  const kept = lines.filter((l) => l.h >= MIN_TEXT_HEIGHT);
  if (kept.length === 0) return undefined;
  const sorted = kept.map((l) => l.h).sort((a, c) => a - c);
  return { lineHeight: sorted[Math.floor(sorted.length / 2)]!, luminance: lum / count };
}

/**
 * Pixels of a solid block that belong to the surrounding background (rounded
 * corners, the space beside a bubble's tail) or its rim: flood-filled from the border.
 */
export function outsideMask(img: DecodedImage, box: Box, outerBg: Rgb): Uint8Array {
  const mask = new Uint8Array(box.w * box.h);
  const stack: number[] = [];
  const push = (x: number, y: number): void => {
    const k = y * box.w + x;
    if (mask[k]) return;
    if (differs(img.rgb, ((box.y + y) * img.width + box.x + x) * 3, outerBg, 12)) return;
    mask[k] = 1;
    stack.push(k);
  };
  for (let x = 0; x < box.w; x++) {
    push(x, 0);
    push(x, box.h - 1);
  }
  for (let y = 0; y < box.h; y++) {
    push(0, y);
    push(box.w - 1, y);
  }
  while (stack.length) {
    const k = stack.pop()!;
    const x = k % box.w;
    const y = (k - x) / box.w;
    if (x > 0) push(x - 1, y);
    if (x < box.w - 1) push(x + 1, y);
    if (y > 0) push(x, y - 1);
    if (y < box.h - 1) push(x, y + 1);
  }
  // A bubble's text never touches its edge: clear a margin, and grow the mask by the
  // anti-aliased rim, which would otherwise draw a dark frame round the text.
  const margin = Math.max(3, Math.round(Math.min(box.w, box.h) * 0.05));
  // the margin: whole rows at the top and the bottom, the first and last columns of each row
  mask.fill(1, 0, Math.min(margin, box.h) * box.w);
  mask.fill(1, Math.max(0, box.h - margin) * box.w);
  for (let row = 0; row < mask.length; row += box.w) {
    mask.fill(1, row, row + Math.min(margin, box.w));
    mask.fill(1, row + Math.max(0, box.w - margin), row + box.w);
  }
  // Grow by the anti-aliased rim, which would otherwise draw a dark frame round the text.
  // Only the bubble's own rim: marks on the outer background within the box (a sender's name
  // and time right above a bubble, an avatar beside it, both cut into the bubble's block) are
  // no rim, and growing over them erased a name line of 9 to 12 px whole.
  const RIM = 3;
  const grown = grow(mask, box.w, box.h, RIM);
  const body = bubbleBody(mask, box.w, box.h);
  if (!body) return grown;
  const nearBody = grow(body, box.w, box.h, RIM);
  for (let k = 0; k < grown.length; k++) if (grown[k] && !mask[k] && !nearBody[k]) grown[k] = 0;
  return grown;
}

/** A mark outside the bubble is smaller than this share of the largest part of the block (the bubble). */
const BODY_SHARE = 1 / 8;

/**
 * The bubble's body in a block's outside mask: the pixels not outside that form a large
 * connected part (4-neighbours), as large as {@link BODY_SHARE} of the largest one or more.
 * The smaller parts are marks standing on the outer background: letters, an avatar. Undefined
 * when there are none (the body is all that is not outside). Parts are found as runs of a row
 * joined to the overlapping runs of the row above (union-find), not pixel by pixel.
 */
function bubbleBody(mask: Uint8Array, w: number, h: number): Uint8Array | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  const parent: number[] = [];
  const size: number[] = [];
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  let here = 0; // first run of this row
  for (let y = 0; y < h; y++) {
    const above = here; // first run of the row above
    here = starts.length;
    const row = y * w;
    for (let x = 0; x < w; ) {
      if (mask[row + x]) {
        x++;
        continue;
      }
      const from = x;
      while (x < w && !mask[row + x]) x++;
      const id = starts.length;
      starts.push(row + from);
      ends.push(row + x);
      parent.push(id);
      size.push(x - from);
      for (let j = above; j < here; j++) {
        // runs of the row above that share a column with this one
        if (starts[j]! - (row - w) < x && from < ends[j]! - (row - w)) {
          const a = root(j);
          const b = root(id);
          if (a !== b) {
            parent[b] = a;
            size[a]! += size[b]!;
          }
        }
      }
    }
  }
  let largest = 0;
  for (let i = 0; i < starts.length; i++) if (parent[i] === i && size[i]! > largest) largest = size[i]!;
  const inBody = (i: number): boolean => size[root(i)]! >= largest * BODY_SHARE;
  if (starts.every((_, i) => inBody(i))) return undefined;
  const body = new Uint8Array(mask.length);
  for (let i = 0; i < starts.length; i++) if (inBody(i)) body.fill(1, starts[i], ends[i]);
  return body;
}

/**
 * A mask grown by r pixels each way (a square of side 2r + 1 round every mark). Marks
 * lie in a few long runs a row (the margin, the corners), so each run is widened by r
 * and painted over the rows r above and below it: painting the square round each mark
 * cost (2r + 1)^2 writes a mark.
 */
function grow(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const grown = new Uint8Array(mask.length);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const end = row + w;
    const first = Math.max(0, y - r) * w;
    const last = Math.min(h - 1, y + r) * w;
    for (let a = mask.indexOf(1, row); a >= 0 && a < end; ) {
      let b = mask.indexOf(0, a);
      if (b < 0 || b > end) b = end;
      const from = Math.max(row, a - r) - row;
      const to = Math.min(end, b + r) - row;
      for (let o = first; o <= last; o += w) grown.fill(1, o + from, o + to);
      a = b < end ? mask.indexOf(1, b) : -1;
    }
  }
  return grown;
}

/**
 * The background of a box changes smoothly from one side to the other (a gradient
 * banner), rather than holding a picture or a card: the mode colours of five strips
 * across it move steadily one way, with no single jump, and the ends differ.
 */
function isGradient(img: DecodedImage, b: Box): boolean {
  // inside rounded corners
  const inner = { x: b.x + Math.round(b.w * 0.03), y: b.y + Math.round(b.h * 0.1), w: Math.round(b.w * 0.94), h: Math.round(b.h * 0.8) };
  const STRIPS = 5;
  const along = (horizontal: boolean): Rgb[] =>
    Array.from({ length: STRIPS }, (_, i) => {
      const len = horizontal ? inner.w : inner.h;
      const start = Math.round((i * len) / STRIPS);
      const size = Math.max(2, Math.round(len / STRIPS));
      return modeColor(img, horizontal ? { ...inner, x: inner.x + start, w: size } : { ...inner, y: inner.y + start, h: size });
    });
  return steady(along(true)) || steady(along(false));
}

/** Colours that change steadily one way, by more than twice FG_DIFF from first to last. */
function steady(colors: Rgb[]): boolean {
  const first = colors[0]!;
  const last = colors[colors.length - 1]!;
  const total = Math.max(...[0, 1, 2].map((c) => Math.abs(last[c]! - first[c]!)));
  if (total <= 2 * FG_DIFF) return false;
  for (let i = 1; i < colors.length; i++) {
    for (let c = 0; c < 3; c++) {
      const step = colors[i]![c]! - colors[i - 1]![c]!;
      const way = last[c]! - first[c]!;
      if (Math.abs(step) > total * 0.6 || (Math.abs(step) > 6 && Math.sign(step) !== Math.sign(way))) return false;
    }
  }
  return true;
}

/**
 * The left or the right edge of a box shades steadily from top to bottom: a wallpaper
 * gradient, seen where bubbles leave it bare.
 */
function shadedEdges(img: DecodedImage, b: Box): boolean {
  const STRIPS = 5;
  const column = (x: number): Rgb[] =>
    Array.from({ length: STRIPS }, (_, i) => modeColor(img, { x, y: b.y + Math.round((i * b.h) / STRIPS), w: 3, h: Math.max(2, Math.round(b.h / STRIPS)) }));
  return steady(column(b.x + 1)) || steady(column(b.x + b.w - 4));
}

/**
 * The background of a page: the most frequent colour along its left and right edges,
 * where the page shows between cards and bubbles (the top and bottom are bars).
 */
function frameColor(img: DecodedImage, b: Box): Rgb {
  const strip = Math.max(2, Math.round(b.w * 0.01));
  return modeOf(img, [
    { x: b.x, y: b.y, w: strip, h: b.h },
    { x: b.x + b.w - strip, y: b.y, w: strip, h: b.h },
  ]);
}

/** The most frequent colour of a box (sampled, quantised), averaged within its bin. */
export function modeColor(img: DecodedImage, b: Box): Rgb {
  return modeOf(img, [b]);
}

/** Per colour bin (5 bits a channel): sums of red, green, blue and the count. */
const binSums = new Uint32Array(32768 * 4);
/** Bins in the order first seen, so that of equally frequent colours the first wins. */
const seen: number[] = [];

/**
 * The most frequent colour over boxes, each sampled on a grid of about 40,000 points,
 * quantised to 5 bits a channel and averaged within its bin.
 */
function modeOf(img: DecodedImage, boxes: Box[]): Rgb {
  const { rgb } = img;
  seen.length = 0;
  // Samples of one colour in a row (most of a background) are added to their bin at once.
  let run = 0;
  let r0 = 0;
  let g0 = 0;
  let b0 = 0;
  for (const b of boxes) {
    const step = Math.max(1, Math.floor(Math.sqrt((b.w * b.h) / 10_000)));
    for (let y = b.y; y < b.y + b.h; y += step) {
      let i = (y * img.width + b.x) * 3;
      for (let x = 0; x < b.w; x += step, i += 3 * step) {
        const r = rgb[i]!;
        const g = rgb[i + 1]!;
        const bl = rgb[i + 2]!;
        if (r === r0 && g === g0 && bl === b0) {
          run++;
          continue;
        }
        if (run > 0) addToBin(r0, g0, b0, run);
        r0 = r;
        g0 = g;
        b0 = bl;
        run = 1;
      }
    }
  }
  if (run > 0) addToBin(r0, g0, b0, run);
  let best = -1;
  for (const k of seen) if (best < 0 || binSums[k + 3]! > binSums[best + 3]!) best = k;
  const n = best < 0 ? 0 : binSums[best + 3]!;
  const mode: Rgb = n === 0 ? [255, 255, 255] : [Math.round(binSums[best]! / n), Math.round(binSums[best + 1]! / n), Math.round(binSums[best + 2]! / n)];
  for (const k of seen) binSums.fill(0, k, k + 4);
  return mode;
}

/** Adds n samples of one colour to its bin (see modeOf). */
function addToBin(r: number, g: number, b: number, n: number): void {
  const k = (((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3)) * 4;
  if (binSums[k + 3] === 0) seen.push(k);
  binSums[k]! += r * n;
  binSums[k + 1]! += g * n;
  binSums[k + 2]! += b * n;
  binSums[k + 3]! += n;
}

export function differs(rgb: Buffer, i: number, c: Rgb, t: number): boolean {
  return Math.abs(rgb[i]! - c[0]) > t || Math.abs(rgb[i + 1]! - c[1]) > t || Math.abs(rgb[i + 2]! - c[2]) > t;
}

function sameColor(a: Rgb, b: Rgb): boolean {
  return Math.abs(a[0] - b[0]) <= FG_DIFF && Math.abs(a[1] - b[1]) <= FG_DIFF && Math.abs(a[2] - b[2]) <= FG_DIFF;
}

/** Luminance 0..255 of a colour. */
export function luminance(c: Rgb): number {
  return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
}
