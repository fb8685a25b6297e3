import type { DecodedImage } from './image.js';
import type { LayoutBlock } from './layout.js';
import { luminance } from './layout.js';

/** Side of the square cells the background level is estimated in (pixels). */
const CELL = 64;
/** Blocks whose background levels differ less than this (0..255) are treated as flat. */
const FLAT_RANGE = 16;
/** A gradient changes by at most this much from one cell to the next. */
const SMOOTH_STEP = 24;

/**
 * Renders a block as black text on white, ready for OCR: pixels of the surrounding
 * background (a bubble's rounded corners) become the block background, then grey levels
 * are stretched so the background maps to white and the ink to black. This one step
 * handles dark mode, white text on blue bubbles and toasts alike.
 *
 * A background that changes smoothly across the block (an orange-to-red order banner) is
 * estimated cell by cell and followed, so text is stretched against the background right
 * behind it. A background that changes abruptly (a gradient header running under a white
 * card, buttons on a bar) gives both renderings: neither is right everywhere (white text
 * on the header, dark text on the card), and the caller keeps the one that reads better.
 */
export function blockRenderings(img: DecodedImage, block: LayoutBlock): Buffer[] {
  const { box } = block;
  const lum = new Float32Array(box.w * box.h);
  const { rgb } = img;
  for (let y = 0, k = 0; y < box.h; y++) {
    let i = ((box.y + y) * img.width + box.x) * 3;
    for (let x = 0; x < box.w; x++, k++, i += 3) lum[k] = 0.299 * rgb[i]! + 0.587 * rgb[i + 1]! + 0.114 * rgb[i + 2]!;
  }
  // 1 where a pixel is outside the bubble; read as an array, not through a closure per pixel
  const masked = block.outside ?? new Uint8Array(lum.length);
  const bgLum = luminance(block.bg);
  const inkIsLighter = block.inkLuminance > bgLum;
  const flat = (): Buffer => stretch(lum, box.w, masked, (_y, row) => row.fill(bgLum), block.inkLuminance);
  const surface = backgroundSurface(lum, box.w, box.h, masked, inkIsLighter);
  if (!surface) return [flat()];
  // On a changing background the mean "ink" of the layout mixes in background; the
  // extreme grey level of the block is the text.
  const followed = stretch(lum, box.w, masked, surface.row, percentile(lum, masked, inkIsLighter ? 0.995 : 0.005));
  return surface.smooth ? [followed] : [flat(), followed];
}

/** Fills `row` with the background level of each pixel of row y. */
type BackgroundRow = (y: number, row: Float64Array) => void;

/** Grey levels stretched so that the background maps to white and the ink level to black. */
function stretch(lum: Float32Array, w: number, masked: Uint8Array, bgRow: BackgroundRow, ink: number): Buffer {
  const out = Buffer.alloc(lum.length);
  // Clamps to 0..255 on store (what Math.max and Math.min did; the value is already whole).
  const clamped = new Uint8ClampedArray(out.buffer, out.byteOffset, out.length);
  const bgs = new Float64Array(w);
  for (let y = 0, k = 0; k < lum.length; y++) {
    bgRow(y, bgs);
    for (let x = 0; x < w; x++, k++) {
      const bg = bgs[x]!;
      const span = ink - bg;
      const t = masked[k] === 1 || Math.abs(span) < 1 ? 0 : (lum[k]! - bg) / span; // 0 at background, 1 at ink
      clamped[k] = Math.round(255 * (1 - t));
    }
  }
  return out;
}

/**
 * The background level at each point of a block whose background is not flat, or
 * undefined when it is flat. In each cell the background is the grey level that 85% of
 * the cell's pixels lie beyond in the direction away from the ink (text never fills a
 * cell); levels are interpolated between cell centres. Smooth when no two neighbouring
 * cells differ by more than a gradient would.
 */
function backgroundSurface(
  lum: Float32Array,
  w: number,
  h: number,
  masked: Uint8Array,
  inkIsLighter: boolean,
): { row: BackgroundRow; smooth: boolean } | undefined {
  const cols = Math.max(1, Math.round(w / CELL));
  const rows = Math.max(1, Math.round(h / CELL));
  if (cols * rows < 2) return undefined;
  const grid = new Float32Array(cols * rows).fill(Number.NaN);
  const hist = new Uint32Array(256);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      hist.fill(0);
      let n = 0;
      const y0 = Math.floor((r * h) / rows);
      const y1 = Math.floor(((r + 1) * h) / rows);
      const x0 = Math.floor((c * w) / cols);
      const x1 = Math.floor(((c + 1) * w) / cols);
      // pixels of one level in a row (most of a background) are counted at once
      let level = 0;
      let run = 0;
      for (let y = y0; y < y1; y++) {
        for (let k = y * w + x0; k < y * w + x1; k++) {
          if (masked[k] === 1) continue;
          n++;
          if (lum[k] === level) {
            run++;
            continue;
          }
          hist[Math.round(level)]! += run;
          level = lum[k]!;
          run = 1;
        }
      }
      hist[Math.round(level)]! += run;
      if (n < 16) continue;
      grid[r * cols + c] = histPercentile(hist, n, inkIsLighter ? 0.15 : 0.85);
    }
  }
  const known = [...grid].filter((v) => !Number.isNaN(v));
  if (known.length === 0 || Math.max(...known) - Math.min(...known) < FLAT_RANGE) return undefined;
  // cells with no pixels of their own (outside a bubble) take the mean level
  const mean = known.reduce((s, v) => s + v, 0) / known.length;
  for (let k = 0; k < grid.length; k++) if (Number.isNaN(grid[k]!)) grid[k] = mean;
  let jump = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = grid[r * cols + c]!;
      if (c + 1 < cols) jump = Math.max(jump, Math.abs(v - grid[r * cols + c + 1]!));
      if (r + 1 < rows) jump = Math.max(jump, Math.abs(v - grid[(r + 1) * cols + c]!));
    }
  }
  // Bilinear between cell centres, done in two steps so that no pixel repeats the work:
  // each row of cells interpolated across every column once, then each pixel row mixes
  // two of those. The arithmetic is that of interpolating at each pixel, to the bit.
  const cellW = w / cols;
  const cellH = h / rows;
  const across = Array.from({ length: rows }, () => new Float64Array(w));
  for (let x = 0; x < w; x++) {
    const fx = Math.min(cols - 1, Math.max(0, (x + 0.5) / cellW - 0.5));
    const c0 = Math.floor(fx);
    const c1 = Math.min(cols - 1, c0 + 1);
    const ax = fx - c0;
    for (let r = 0; r < rows; r++) across[r]![x] = grid[r * cols + c0]! * (1 - ax) + grid[r * cols + c1]! * ax;
  }
  const row = (y: number, out: Float64Array): void => {
    const fy = Math.min(rows - 1, Math.max(0, (y + 0.5) / cellH - 0.5));
    const r0 = Math.floor(fy);
    const r1 = Math.min(rows - 1, r0 + 1);
    const ay = fy - r0;
    const top = across[r0]!;
    const bottom = across[r1]!;
    for (let x = 0; x < w; x++) out[x] = top[x]! * (1 - ay) + bottom[x]! * ay;
  };
  return { row, smooth: jump <= SMOOTH_STEP };
}

function percentile(lum: Float32Array, masked: Uint8Array, p: number): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let k = 0; k < lum.length; k++) {
    if (masked[k] === 1) continue;
    hist[Math.round(lum[k]!)]!++;
    n++;
  }
  return n === 0 ? 0 : histPercentile(hist, n, p);
}

function histPercentile(hist: Uint32Array, n: number, p: number): number {
  const target = p * n;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += hist[v]!;
    if (seen >= target) return v;
  }
  return 255;
}
