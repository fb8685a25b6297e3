/**
 * Masked digits ("卡号 1126 **** **** 3908", "密码 **********") read off the pixels.
 *
 * tesseract has no good model of a row of asterisks: with nothing on the baseline beside
 * them it reads them as "kkk", "% %k Kk", or as Han characters (大大大大, 次炎炎火), and
 * never with the right count. An asterisk is easy to see in the image, though: a small
 * blob, about as wide as high, at the top of the line, repeated at an even pitch. This
 * finds such rows in a line of a rendering (black text on white, see blockRenderings).
 */

/** A grey image (one byte per pixel, row-major). */
export interface Grey {
  data: Buffer;
  width: number;
  height: number;
}

/** A rectangle in rendering pixels, right and bottom edges exclusive. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A row of asterisks in a line: where it lies and how many there are. */
export interface StarRun {
  x0: number;
  x1: number;
  count: number;
}

/** Darker than this (0..255) is ink in a rendering. */
const INK = 128;
/** A masked group has at least this many asterisks (a lone "*" is a footnote). */
const MIN_STARS = 3;

interface Blob extends Rect {
  pixels: number;
}

/** Rows of asterisks in the line `line` of `image`, left to right. */
export function starRuns(image: Grey, line: Rect): StarRun[] {
  const height = line.y1 - line.y0;
  if (height < 8) return [];
  const blobs = inkBlobs(image, line).filter((b) => b.y1 - b.y0 >= height * 0.12 || b.pixels >= 20);
  const isStar = (b: Blob): boolean => {
    const w = b.x1 - b.x0;
    const h = b.y1 - b.y0;
    return (
      h >= height * 0.2 &&
      h <= height * 0.6 &&
      w >= h * 0.6 &&
      w <= h * 1.6 &&
      // it hangs at the top of the line, where a digit starts, well clear of the baseline
      // (lower-case letters and dots stand on it)
      b.y0 - line.y0 <= height * 0.35 &&
      b.y1 - line.y0 <= height * 0.6 &&
      // spokes meet in the middle (an "o" or an "e" is open there)
      inkNear(image, Math.floor((b.x0 + b.x1) / 2), Math.floor((b.y0 + b.y1) / 2)) &&
      // spokes: an asterisk covers part of its box, a dot or a square nearly all of it
      b.pixels <= w * h * 0.7
    );
  };
  // chains of asterisks standing closer than one and a half asterisk widths...
  const chains: Blob[][] = [];
  let chain: Blob[] = [];
  for (const b of blobs) {
    const star = isStar(b);
    const last = chain[chain.length - 1];
    if (star && last && b.x0 - last.x1 <= (last.x1 - last.x0) * 1.5) chain.push(b);
    else {
      chains.push(chain);
      chain = star ? [b] : [];
    }
  }
  chains.push(chain);
  // ...parted into groups where a space stands ("**** ****"): a gap wider than the usual
  // one by more than a third of an asterisk
  const runs: StarRun[] = [];
  for (const c of chains) {
    if (c.length < MIN_STARS || !alike(c)) continue;
    const gaps = c.slice(1).map((b, i) => b.x0 - c[i]!.x1);
    const usual = median(gaps);
    const wide = usual + median(c.map((b) => b.x1 - b.x0)) / 3;
    let from = 0;
    for (let i = 1; i <= c.length; i++) {
      if (i < c.length && gaps[i - 1]! <= wide) continue;
      if (i - from >= MIN_STARS) runs.push({ x0: c[from]!.x0, x1: c[i - 1]!.x1, count: i - from });
      from = i;
    }
  }
  return runs;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/**
 * Asterisks of one row are copies of one glyph: the same size to within a quarter and
 * about as much ink (the top strokes of 通过验 line up too, but differ in ink by half).
 */
function alike(run: Blob[]): boolean {
  const w = median(run.map((b) => b.x1 - b.x0));
  const h = median(run.map((b) => b.y1 - b.y0));
  const ink = median(run.map((b) => b.pixels));
  return run.every(
    (b) => Math.abs(b.x1 - b.x0 - w) <= Math.max(1, w * 0.25) && Math.abs(b.y1 - b.y0 - h) <= Math.max(1, h * 0.25) && Math.abs(b.pixels - ink) <= ink * 0.2,
  );
}

/** Whether there is ink at (x, y) or right beside it. */
function inkNear(image: Grey, x: number, y: number): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const px = x + dx;
      const py = y + dy;
      if (px >= 0 && py >= 0 && px < image.width && py < image.height && image.data[py * image.width + px]! < INK) return true;
    }
  }
  return false;
}

/** Connected ink components (8-neighbour) inside a rectangle, ordered by left edge. */
function inkBlobs(image: Grey, r: Rect): Blob[] {
  const x0 = Math.max(0, r.x0);
  const y0 = Math.max(0, r.y0);
  const w = Math.min(image.width, r.x1) - x0;
  const h = Math.min(image.height, r.y1) - y0;
  if (w <= 0 || h <= 0) return [];
  // 1 = ink not yet visited
  const ink = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const from = (y0 + y) * image.width + x0;
    for (let x = 0; x < w; x++) if (image.data[from + x]! < INK) ink[y * w + x] = 1;
  }
  const stack = new Int32Array(w * h);
  const blobs: Blob[] = [];
  for (let start = 0; start < w * h; start++) {
    if (!ink[start]) continue;
    let bx0 = w;
    let bx1 = 0;
    let by0 = h;
    let by1 = 0;
    let pixels = 0;
    let top = 0;
    ink[start] = 0;
    stack[top++] = start;
    while (top > 0) {
      const k = stack[--top]!;
      const x = k % w;
      const y = (k - x) / w;
      pixels++;
      if (x < bx0) bx0 = x;
      if (x >= bx1) bx1 = x + 1;
      if (y < by0) by0 = y;
      if (y >= by1) by1 = y + 1;
      for (let ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
        for (let nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) {
          const n = ny * w + nx;
          if (ink[n]) {
            ink[n] = 0;
            stack[top++] = n;
          }
        }
      }
    }
    blobs.push({ x0: x0 + bx0, x1: x0 + bx1, y0: y0 + by0, y1: y0 + by1, pixels });
  }
  return blobs.sort((a, b) => a.x0 - b.x0);
}
