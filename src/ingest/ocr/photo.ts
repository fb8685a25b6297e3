import { loadSharp } from './sharp.js';
import type { Box } from '../../types.js';
import type { DecodedImage } from './image.js';
import { homography, project, warpImage, type Homography, type Point } from './warp.js';

/**
 * Photos of a screen (a monitor photographed with a phone): told apart from screenshots, their
 * screen found and straightened, their light evened out, so that the usual layout and OCR steps
 * read them as they read a screenshot.
 */

/** Width of the copy the screen is looked for on (pixels). */
const FIND_WIDTH = 480;

/**
 * A photo, not a screenshot: a screenshot's flat areas (the page, a bubble, a card) are flat to the
 * bit or at most dithered by one level (a rendered gradient), and a forwarded JPEG keeps them
 * flat too; a camera's sensor noise leaves no two neighbouring pixels of a flat wall alike. Among
 * neighbouring pixel pairs in smooth areas, a photo has few exactly alike and many that differ by
 * 3 levels or more.
 */
export function isScreenPhoto(img: DecodedImage): boolean {
  const { width: w, height: h, rgb } = img;
  if (w < 200 || h < 200) return false;
  const step = Math.max(3, Math.floor(Math.sqrt((w * h) / 60_000)));
  let smooth = 0;
  let same = 0;
  let apart = 0;
  for (let y = 2; y < h - 2; y += step) {
    for (let x = 2; x < w - 3; x += step) {
      // smooth: the green channel varies by at most 16 levels over the 5x5 neighbourhood
      let lo = 255;
      let hi = 0;
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2, i = ((y + dy) * w + x - 2) * 3 + 1; dx <= 2; dx++, i += 3) {
          const g = rgb[i]!;
          if (g < lo) lo = g;
          if (g > hi) hi = g;
        }
      }
      if (hi - lo > SMOOTH_RANGE) continue;
      smooth++;
      const i = (y * w + x) * 3;
      const d = Math.max(Math.abs(rgb[i]! - rgb[i + 3]!), Math.abs(rgb[i + 1]! - rgb[i + 4]!), Math.abs(rgb[i + 2]! - rgb[i + 5]!));
      if (d === 0) same++;
      else if (d >= 3) apart++;
    }
  }
  if (smooth < 500) return false;
  return same / smooth < PHOTO_MAX_SAME && apart / smooth > PHOTO_MIN_APART;
}

/** Largest range (0..255) of a 5x5 neighbourhood counted as smooth. */
const SMOOTH_RANGE = 16;
/** A photo has fewer smooth neighbour pairs exactly alike than this share (screenshots: 0.34 on dithered gradients, 0.9+ elsewhere; photos 0.34). */
const PHOTO_MAX_SAME = 0.6;
/** A photo has more smooth neighbour pairs 3 levels apart than this share (screenshots and forwarded JPEGs: at most 0.03; photos about 0.07). */
const PHOTO_MIN_APART = 0.045;

/** The screen's corners in the photo: top left, top right, bottom right, bottom left. */
export type Quad = [Point, Point, Point, Point];

/** A straight edge: y = a x + b for the top and bottom, x = a y + b for the left and right. */
interface Edge {
  a: number;
  b: number;
}

/**
 * The screen's quadrilateral in a photo: the largest bright region (Otsu's threshold on a small
 * grey copy) taking at least a third of the photo, its four edges fitted as straight lines to
 * the region's outline. A side the photo cuts off (the screen runs past the frame) is taken
 * parallel to the opposite side, or square to the photo, through the region's outermost point.
 * Undefined when no such region is found (a dark screen filling the photo).
 */
export function screenQuad(grey: Uint8Array, w: number, h: number): Quad | undefined {
  const t = otsu(grey);
  // grown from pixels above Otsu's level into those above 60% of it: the screen's far corner
  // is lit less than its middle, and the dark bezel round it keeps the wall out
  const comp = largestComponent(grey, w, h, t, t * 0.6);
  if (!comp || comp.area < w * h * 0.33) return undefined;
  const { mask } = comp;
  // An outline point of the screen's edge has a sharp step from bright to dark across it (a
  // bezel); where the region only fades out into shade, it is no edge.
  const at = (x: number, y: number): number => grey[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))]!;
  const steep = (x: number, y: number, dx: number, dy: number): boolean => at(x + 3 * dx, y + 3 * dy) >= EDGE_STEP * at(x - 3 * dx, y - 3 * dy);
  const top: Point[] = [];
  const bottom: Point[] = [];
  const left: Point[] = [];
  const right: Point[] = [];
  for (let x = 0; x < w; x++) {
    let y0 = -1;
    let y1 = -1;
    for (let y = 0; y < h; y++) {
      if (mask[y * w + x]) {
        if (y0 < 0) y0 = y;
        y1 = y;
      }
    }
    if (y0 < 0) continue;
    if (y0 > 1 && steep(x, y0, 0, 1)) top.push([x, y0]);
    if (y1 < h - 2 && steep(x, y1, 0, -1)) bottom.push([x, y1]);
  }
  for (let y = 0; y < h; y++) {
    const row = mask.subarray(y * w, (y + 1) * w);
    const x0 = row.indexOf(1);
    if (x0 < 0) continue;
    const x1 = row.lastIndexOf(1);
    if (x0 > 1 && steep(x0, y, 1, 0)) left.push([y, x0]);
    if (x1 < w - 2 && steep(x1, y, -1, 0)) right.push([y, x1]);
  }
  // fitted edges moved a little inwards, so that no sliver of the bezel is left along them
  const inset = (e: Edge | undefined, by: number): Edge | undefined => e && { a: e.a, b: e.b + by };
  const fitted = {
    top: inset(fitEdge(top, w), EDGE_INSET),
    bottom: inset(fitEdge(bottom, w), -EDGE_INSET),
    left: inset(fitEdge(left, h), EDGE_INSET),
    right: inset(fitEdge(right, h), -EDGE_INSET),
  };
  if (!fitted.top && !fitted.bottom && !fitted.left && !fitted.right) return undefined;
  const points: Point[] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (mask[y * w + x]) points.push([x, y]);
  // the extreme of the region along a direction: b of the line of slope a touching it
  const hull = (a: number, across: boolean, low: boolean): number => {
    let best = low ? Infinity : -Infinity;
    for (const [x, y] of points) {
      const b = across ? x - a * y : y - a * x;
      best = low ? Math.min(best, b) : Math.max(best, b);
    }
    return best;
  };
  const topE = fitted.top ?? { a: fitted.bottom?.a ?? 0, b: hull(fitted.bottom?.a ?? 0, false, true) };
  const bottomE = fitted.bottom ?? { a: fitted.top?.a ?? 0, b: hull(fitted.top?.a ?? 0, false, false) };
  const leftE = fitted.left ?? { a: fitted.right?.a ?? -topE.a, b: hull(fitted.right?.a ?? -topE.a, true, true) };
  const rightE = fitted.right ?? { a: fitted.left?.a ?? -topE.a, b: hull(fitted.left?.a ?? -topE.a, true, false) };
  const quad: Quad = [meet(topE, leftE), meet(topE, rightE), meet(bottomE, rightE), meet(bottomE, leftE)];
  if (quad.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return undefined;
  return quad;
}

/** How far (pixels of the small copy) a fitted edge is moved inwards. */
const EDGE_INSET = 2;

/** Inside a screen's edge the photo is at least this many times as bright as just outside. */
const EDGE_STEP = 1.6;

/** Where a horizontal-ish edge (y = a x + b) meets a vertical-ish one (x = c y + d). */
function meet(hz: Edge, vt: Edge): Point {
  // y = a (c y + d) + b  =>  y = (a d + b) / (1 - a c)
  const y = (hz.a * vt.b + hz.b) / (1 - hz.a * vt.a);
  return [vt.a * y + vt.b, y];
}

/**
 * A straight edge through outline points (t, s): s = a t + b by least squares, refitted without
 * the points far off the first fit (corners, a dark bar cutting into the screen). Undefined when
 * the points cover less than a quarter of the side or lean more than a screen edge can.
 */
function fitEdge(points: Point[], length: number): Edge | undefined {
  if (points.length < length * 0.25) return undefined;
  let fit = leastSquares(points);
  for (let pass = 0; pass < 3 && fit; pass++) {
    const line = fit;
    const res = points.map(([t, s]) => Math.abs(s - (line.a * t + line.b)));
    const limit = Math.max(1.5, 2.5 * (median(res) ?? 0));
    const kept = points.filter((_, i) => res[i]! <= limit);
    if (kept.length < length * 0.25) return undefined;
    fit = leastSquares(kept);
  }
  return fit && Math.abs(fit.a) < 0.25 ? fit : undefined;
}

function leastSquares(points: Point[]): Edge | undefined {
  const n = points.length;
  let st = 0;
  let ss = 0;
  let stt = 0;
  let sts = 0;
  for (const [t, s] of points) {
    st += t;
    ss += s;
    stt += t * t;
    sts += t * s;
  }
  const den = n * stt - st * st;
  if (n < 2 || Math.abs(den) < 1e-9) return undefined;
  const a = (n * sts - st * ss) / den;
  return { a, b: (ss - a * st) / n };
}

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Otsu's threshold of a grey image: the level that best parts it into dark and bright. */
function otsu(grey: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of grey) hist[v]!++;
  const n = grey.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * hist[v]!;
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let level = 128;
  for (let v = 0; v < 256; v++) {
    wB += hist[v]!;
    if (wB === 0) continue;
    const wF = n - wB;
    if (wF === 0) break;
    sumB += v * hist[v]!;
    const between = wB * wF * (sumB / wB - (sum - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      level = v;
    }
  }
  return level;
}

/**
 * The largest 4-connected region grown from pixels brighter than `t` into pixels brighter than
 * `low` (hysteresis), as a mask, with its area.
 */
function largestComponent(grey: Uint8Array, w: number, h: number, t: number, low: number): { mask: Uint8Array; area: number } | undefined {
  const label = new Int32Array(w * h);
  let next = 0;
  let bestLabel = 0;
  let bestArea = 0;
  const stack: number[] = [];
  for (let k = 0; k < grey.length; k++) {
    if (label[k] !== 0 || grey[k]! <= t) continue;
    next++;
    let area = 0;
    label[k] = next;
    stack.push(k);
    while (stack.length) {
      const p = stack.pop()!;
      area++;
      const x = p % w;
      const visit = (q: number): void => {
        if (label[q] === 0 && grey[q]! > low) {
          label[q] = next;
          stack.push(q);
        }
      };
      if (x > 0) visit(p - 1);
      if (x < w - 1) visit(p + 1);
      if (p >= w) visit(p - w);
      if (p < w * (h - 1)) visit(p + w);
    }
    if (area > bestArea) {
      bestArea = area;
      bestLabel = next;
    }
  }
  if (bestLabel === 0) return undefined;
  const mask = new Uint8Array(w * h);
  for (let k = 0; k < mask.length; k++) if (label[k] === bestLabel) mask[k] = 1;
  return { mask, area: bestArea };
}

/** A photo straightened to its screen. */
export interface Rectified {
  image: DecodedImage;
  /**
   * The same pixels with greys lightened: the camera's blur widens strokes with grey, and thin
   * strokes read better; light text on a coloured badge reads worse. OCR reads both and keeps,
   * block by block, the surer reading.
   */
  thinner: Buffer;
  /** The screen's corners in the photo. */
  quad: Quad;
}

/** A photo of a screen as read: the photo's size and the screen's corners in it, if found. */
export interface ScreenPhoto {
  width: number;
  height: number;
  quad?: Quad;
}

/**
 * A box of the straightened screen (of `width` x `height` pixels) as the box it covers in the
 * photo: its corners taken through the screen's homography, and their bounding box.
 */
export function boxInPhoto(photo: ScreenPhoto, width: number, height: number, box: Box): Box {
  if (!photo.quad) return box;
  const toPhoto = homography(
    [
      [0, 0],
      [width, 0],
      [width, height],
      [0, height],
    ],
    photo.quad,
  );
  const corners = (
    [
      [box.x, box.y],
      [box.x + box.w, box.y],
      [box.x + box.w, box.y + box.h],
      [box.x, box.y + box.h],
    ] as Point[]
  ).map((p) => project(toPhoto, p));
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const x = Math.min(photo.width, Math.max(0, Math.round(Math.min(...xs))));
  const y = Math.min(photo.height, Math.max(0, Math.round(Math.min(...ys))));
  return { x, y, w: Math.max(0, Math.min(photo.width, Math.round(Math.max(...xs))) - x), h: Math.max(0, Math.min(photo.height, Math.round(Math.max(...ys))) - y) };
}

/** Gamma of the second reading of a straightened photo (below 1: greys lighter, strokes thinner). */
const STROKE_GAMMA = 0.6;

/** Longest side of the straightened image (pixels). */
const MAX_SIDE = 3000;

/**
 * A photo of a screen made to look like a screenshot: the screen's quadrilateral (see
 * {@link screenQuad}) warped to an upright rectangle of about the same size, the light evened out
 * (see {@link evenLight}), and a denoised copy for the layout. Undefined when no screen edge is
 * found in the photo.
 */
export async function rectifyPhoto(img: DecodedImage): Promise<Rectified | undefined> {
  const sharp = await loadSharp();
  const small = await sharp(img.rgb, { raw: { width: img.width, height: img.height, channels: 3 } })
    .resize({ width: Math.min(FIND_WIDTH, img.width) })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const sw = small.info.width;
  const sh = small.info.height;
  const found = screenQuad(new Uint8Array(small.data.buffer, small.data.byteOffset, sw * sh), sw, sh);
  if (!found) return undefined;
  const sx = img.width / sw;
  const sy = img.height / sh;
  const quad = found.map(([x, y]) => [x * sx, y * sy]) as Quad;
  const [tl, tr, br, bl] = quad;
  const dist = (p: Point, q: Point): number => Math.hypot(p[0] - q[0], p[1] - q[1]);
  const shrink = Math.min(1, MAX_SIDE / Math.max(dist(tl, tr), dist(tl, bl)));
  const width = Math.round(((dist(tl, tr) + dist(bl, br)) / 2) * shrink);
  const height = Math.round(((dist(tl, bl) + dist(tr, br)) / 2) * shrink);
  const rect: Point[] = [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ];
  const toSource: Homography = homography(rect, quad);
  const { data: rgb } = warpImage({ width: img.width, height: img.height, channels: 3, data: img.rgb }, toSource, width, height, [0, 0, 0]);
  // 1 where the screen runs past the photo's frame: no pixels there
  const frame = warpImage({ width: img.width, height: img.height, channels: 1, data: Buffer.alloc(img.width * img.height, 255) }, toSource, width, height, [0]);
  const outside = new Uint8Array(width * height);
  for (let k = 0; k < outside.length; k++) if (frame.data[k]! < 128) outside[k] = 1;
  // OCR reads the photo's own pixels, evened; the layout is found on a copy without sensor
  // noise (a median before and after evening), where no specks are left on the page
  const even = evenLight(rgb, width, height, outside);
  const lighter = Uint8Array.from({ length: 256 }, (_, v) => Math.round(255 * (v / 255) ** STROKE_GAMMA));
  const thinner = Buffer.from(even.map((v) => lighter[v]!));
  const denoised = await sharp(rgb, { raw: { width, height, channels: 3 } }).median(3).raw().toBuffer();
  const layoutRgb = await sharp(evenLight(denoised, width, height, outside), { raw: { width, height, channels: 3 } })
    .median(5)
    .raw()
    .toBuffer();
  return { image: { width, height, rgb: even, layoutRgb }, thinner, quad };
}

/** Side of the cells the light is measured in, as a share of the image's longer side. */
const LIGHT_CELL = 1 / 32;
/** Pixels this close (grey levels) to the page's level after evening are the page itself. */
const PAGE_SNAP = 36;

/**
 * Evens out the light of a photo of a screen. The level of the screen's background is measured
 * in cells (the 90th percentile of grey levels, 10th on a dark screen: text never fills a cell); a
 * cell far off the cells round it holds content (a dark bar, a picture), not shade, and takes
 * their median. Levels are smoothed and interpolated over the image, and every pixel is divided
 * by the level there, so that the page's background is one level everywhere while colours keep
 * their contrast; grey levels are then stretched so that the page is white (black on a dark
 * screen). Pixels marked `outside` (beyond the photo's frame) and pixels within
 * {@link PAGE_SNAP} of the page's level become the page's colour exactly, as on a screenshot,
 * which the layout needs to part blocks.
 */
export function evenLight(rgb: Buffer, w: number, h: number, outside?: Uint8Array): Buffer {
  const lumOf = (i: number): number => 0.299 * rgb[i]! + 0.587 * rgb[i + 1]! + 0.114 * rgb[i + 2]!;
  const all = new Uint32Array(256);
  let count = 0;
  for (let k = 0; k < w * h; k += 5) {
    if (outside?.[k]) continue;
    all[Math.round(lumOf(k * 3))]!++;
    count++;
  }
  const dark = percentileOf(all, count, 0.5) < 100;
  const cell = Math.max(8, Math.round(Math.max(w, h) * LIGHT_CELL));
  const cols = Math.max(1, Math.ceil(w / cell));
  const rows = Math.max(1, Math.ceil(h / cell));
  const grid = new Float64Array(cols * rows).fill(Number.NaN);
  const hist = new Uint32Array(256);
  const sub = Math.max(1, Math.floor(cell / 24));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      hist.fill(0);
      let n = 0;
      for (let y = r * cell; y < Math.min(h, (r + 1) * cell); y += sub) {
        for (let x = c * cell; x < Math.min(w, (c + 1) * cell); x += sub) {
          const k = y * w + x;
          if (outside?.[k]) continue;
          hist[Math.round(lumOf(k * 3))]!++;
          n++;
        }
      }
      if (n >= 16) grid[r * cols + c] = Math.max(1, percentileOf(hist, n, dark ? 0.1 : 0.9));
    }
  }
  if (grid.every((v) => Number.isNaN(v))) return rgb;
  // cells wholly beyond the photo's frame (NaN) take no part, then take their neighbours' level
  const around = neighbourhood(grid, cols, rows, 2, (vs) => median(vs)!);
  const level = grid.map((v, k) => {
    const m = around[k]!;
    return (dark ? v > m * 1.25 : v < m * 0.85) ? m : v;
  });
  while (level.some((v) => Number.isNaN(v))) {
    const grown = neighbourhood(level, cols, rows, 1, (vs) => vs.reduce((s, v) => s + v, 0) / vs.length);
    level.forEach((v, k) => {
      if (Number.isNaN(v)) level[k] = grown[k]!;
    });
  }
  const smooth = neighbourhood(level, cols, rows, 1, (vs) => vs.reduce((s, v) => s + v, 0) / vs.length);
  const target = median([...smooth])!;
  // the grey level of each pixel, evened
  const lum = new Float32Array(w * h);
  const gains = new Float64Array(w);
  for (let y = 0; y < h; y++) {
    const fy = Math.min(rows - 1, Math.max(0, (y + 0.5) / cell - 0.5));
    const r0 = Math.floor(fy);
    const r1 = Math.min(rows - 1, r0 + 1);
    const ay = fy - r0;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(cols - 1, Math.max(0, (x + 0.5) / cell - 0.5));
      const c0 = Math.floor(fx);
      const c1 = Math.min(cols - 1, c0 + 1);
      const ax = fx - c0;
      const top = smooth[r0 * cols + c0]! * (1 - ax) + smooth[r0 * cols + c1]! * ax;
      const bottom = smooth[r1 * cols + c0]! * (1 - ax) + smooth[r1 * cols + c1]! * ax;
      gains[x] = target / Math.max(1, top * (1 - ay) + bottom * ay);
    }
    for (let x = 0, k = y * w; x < w; x++, k++) lum[k] = lumOf(k * 3) * gains[x]!;
  }
  // stretch: the page to white and the darkest 0.5% to black (on a dark screen the page to
  // black and the brightest 0.5% to white)
  const lh = new Uint32Array(1024);
  let n = 0;
  for (let k = 0; k < lum.length; k += 3) {
    if (outside?.[k]) continue;
    lh[Math.min(1023, Math.round(lum[k]! * 2))]!++;
    n++;
  }
  const lo = dark ? target : percentileOf(lh, n, 0.005) / 2;
  const hi = dark ? percentileOf(lh, n, 0.995) / 2 : target;
  const scale = 255 / Math.max(16, hi - lo);
  const out = Buffer.alloc(rgb.length);
  const clamped = new Uint8ClampedArray(out.buffer, out.byteOffset, out.length);
  for (let k = 0, i = 0; k < lum.length; k++, i += 3) {
    const g = lum[k]! / Math.max(1, lumOf(i));
    for (let ch = 0; ch < 3; ch++) clamped[i + ch] = Math.round((rgb[i + ch]! * g - lo) * scale);
  }
  // the page's colour, and every pixel near it (or beyond the frame) set to it
  const page = pageColour(out, outside, dark ? 0 : 255);
  const pageLum = 0.299 * page[0]! + 0.587 * page[1]! + 0.114 * page[2]!;
  for (let k = 0, i = 0; k < lum.length; k++, i += 3) {
    const near = Math.abs(0.299 * out[i]! + 0.587 * out[i + 1]! + 0.114 * out[i + 2]! - pageLum) <= PAGE_SNAP;
    if (near || outside?.[k]) out.set(page, i);
  }
  return out;
}

/** The mean colour of the unmarked pixels whose grey level is within a few levels of `level`. */
function pageColour(rgb: Buffer, outside: Uint8Array | undefined, level: number): number[] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let k = 0, i = 0; i < rgb.length; k += 7, i += 21) {
    if (outside?.[k]) continue;
    const l = 0.299 * rgb[i]! + 0.587 * rgb[i + 1]! + 0.114 * rgb[i + 2]!;
    if (Math.abs(l - level) > 8) continue;
    sum[0]! += rgb[i]!;
    sum[1]! += rgb[i + 1]!;
    sum[2]! += rgb[i + 2]!;
    n++;
  }
  return n === 0 ? [level, level, level] : sum.map((v) => Math.round(v / n));
}

/** Each cell of a grid replaced by `f` of the cells within `r` of it that are not NaN (NaN when none is). */
function neighbourhood(grid: Float64Array, cols: number, rows: number, r: number, f: (vs: number[]) => number): Float64Array {
  const out = new Float64Array(grid.length);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const vs: number[] = [];
      for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
        const yy = y + dy;
        const xx = x + dx;
        if (yy >= 0 && yy < rows && xx >= 0 && xx < cols && !Number.isNaN(grid[yy * cols + xx]!)) vs.push(grid[yy * cols + xx]!);
      }
      out[y * cols + x] = vs.length === 0 ? Number.NaN : f(vs);
    }
  }
  return out;
}

function percentileOf(hist: Uint32Array, n: number, p: number): number {
  const target = p * n;
  let seen = 0;
  for (let v = 0; v < hist.length; v++) {
    seen += hist[v]!;
    if (seen >= target) return v;
  }
  return hist.length - 1;
}
