// Post-processing of rendered screenshots with sharp: chat forwarding (downscale + JPEG),
// re-forwarding, and a seeded "photo of a monitor" (projective warp onto a dark room with blur,
// uneven light and noise). Each step returns the new image and maps the truth boxes.
import sharp from 'sharp';
import { rng } from './common.mjs';

/**
 * @typedef {{ buf: Buffer, ext: 'png'|'jpg', width: number, height: number }} Img
 * @typedef {(box: number[]) => number[]} BoxMap
 */

/** Downscale to `width` px and JPEG-encode at `quality` (as chat apps do when forwarding). */
export async function forward(img, width, quality) {
  const scale = width / img.width;
  const height = Math.round(img.height * scale);
  const buf = await sharp(img.buf)
    .resize(width, height, { kernel: 'lanczos3' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality, chromaSubsampling: '4:2:0', mozjpeg: false })
    .toBuffer();
  return { img: { buf, ext: 'jpg', width, height }, map: (b) => b.map((v) => Math.round(v * scale)) };
}

/** Solves A x = b (n×n) by Gaussian elimination with partial pivoting. */
function solve(A, b) {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((r, i) => r[n] / r[i]);
}

/**
 * The homography H (3×3, h33 = 1) with H·from[i] ~ to[i] for four point pairs.
 * @param {number[][]} from @param {number[][]} to
 */
export function homography(from, to) {
  const A = [];
  const b = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i];
    const [u, v] = to[i];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  const h = solve(A, b);
  return [...h, 1];
}

export function apply(H, x, y) {
  const w = H[6] * x + H[7] * y + H[8];
  return [(H[0] * x + H[1] * y + H[2]) / w, (H[3] * x + H[4] * y + H[5]) / w];
}

/**
 * Photo of a monitor: the screen image is warped into a seeded quadrilateral of a 4:3 photo,
 * surrounded by a bezel and a dark room, lit unevenly, blurred slightly, with sensor noise.
 */
export async function monitorPhoto(img, seed, zoom = 1, focus = [0.5, 0.5]) {
  const r = rng(seed);
  const OW = 2000;
  const OH = 1500;
  const j = (a) => (r() - 0.5) * 2 * a;
  // screen corners in the photo: TL, TR, BR, BL (a slight keystone and rotation)
  // (a photo taken closer, `zoom` > 1, crops the screen's edges)
  const dst = [
    [190 + j(50), 250 + j(50)],
    [1825 + j(50), 190 + j(50)],
    [1860 + j(50), 1250 + j(50)],
    [150 + j(50), 1305 + j(50)],
  ].map(([x, y]) => [OW / 2 + (x - OW / 2) * zoom, OH / 2 + (y - OH / 2) * zoom]);
  const src = [[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]];
  // aim the camera: the screen point `focus` (fractions of width and height) lands mid-photo
  const [fx, fy] = apply(homography(src, dst), focus[0] * img.width, focus[1] * img.height);
  for (const p of dst) {
    p[0] += OW / 2 - fx;
    p[1] += OH / 2 - fy;
  }
  const Hinv = homography(dst, src); // photo -> screen
  const Hfwd = homography(src, dst); // screen -> photo
  const { data: s, info } = await sharp(img.buf).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const SW = info.width;
  const SH = info.height;
  const out = Buffer.alloc(OW * OH * 3);
  const lx = OW * (0.25 + r() * 0.5);
  const ly = OH * (0.2 + r() * 0.3);
  const bezel = Math.round(img.width * 0.018);
  for (let v = 0; v < OH; v++) {
    for (let u = 0; u < OW; u++) {
      const [x, y] = apply(Hinv, u + 0.5, v + 0.5);
      const d = Math.hypot(u - lx, v - ly) / Math.hypot(OW, OH);
      const light = 1.08 - 0.75 * d; // a bright spot fading to the corners
      let R, G, B;
      if (x >= 0 && y >= 0 && x < SW - 1 && y < SH - 1) {
        const x0 = Math.floor(x);
        const y0 = Math.floor(y);
        const fx = x - x0;
        const fy = y - y0;
        const i00 = (y0 * SW + x0) * 3;
        const i10 = i00 + 3;
        const i01 = i00 + SW * 3;
        const i11 = i01 + 3;
        const px = (c) =>
          s[i00 + c] * (1 - fx) * (1 - fy) + s[i10 + c] * fx * (1 - fy) + s[i01 + c] * (1 - fx) * fy + s[i11 + c] * fx * fy;
        // a screen seen by a camera: lower contrast, a little blue, lit unevenly
        R = (px(0) * 0.8 + 22) * light;
        G = (px(1) * 0.82 + 24) * light;
        B = (px(2) * 0.84 + 32) * light;
      } else if (x >= -bezel && y >= -bezel && x < SW + bezel && y < SH + bezel * 2.5) {
        R = G = B = 16 * light + 4;
      } else {
        const wall = 58 * light + 10;
        R = wall * 1.05;
        G = wall;
        B = wall * 0.9;
      }
      const n = (r() + r() + r() - 1.5) * 9; // sensor noise
      const o = (v * OW + u) * 3;
      out[o] = Math.max(0, Math.min(255, R + n));
      out[o + 1] = Math.max(0, Math.min(255, G + n));
      out[o + 2] = Math.max(0, Math.min(255, B + n));
    }
  }
  const buf = await sharp(out, { raw: { width: OW, height: OH, channels: 3 } })
    .blur(0.9)
    .jpeg({ quality: 84 })
    .toBuffer();
  const map = ([x, y, w, h]) => {
    const pts = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]].map(([a, b]) => apply(Hfwd, a, b));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    return [Math.round(x0), Math.round(y0), Math.round(Math.max(...xs) - x0), Math.round(Math.max(...ys) - y0)];
  };
  return { img: { buf, ext: 'jpg', width: OW, height: OH }, map, quad: dst.map((p) => p.map(Math.round)) };
}
