import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Box, Evidence } from '../../src/types.js';

/** The real-looking screenshots (fixtures/real, dev split only: the holdout splits are never used by tests). */
export const REAL = join(import.meta.dirname, '..', '..', 'fixtures', 'real');

/** A truth file of fixtures/real. */
export interface RealTruth {
  kind: string;
  split?: string;
  image: { file: string };
  blocks: { text: string; role: string; box: [number, number, number, number]; partial?: boolean }[];
}

/** The truth of one real screenshot, refusing holdout images (split holdout or holdout3). */
export function realTruth(style: string, name: string): { truth: RealTruth; absPath: string } {
  const truth = JSON.parse(readFileSync(join(REAL, style, `${name}.truth.json`), 'utf8')) as RealTruth;
  if (truth.split !== undefined && truth.split !== 'dev') throw new Error(`${style}/${name} is a holdout image: tests must not use it`);
  return { truth, absPath: join(REAL, style, truth.image.file) };
}

function overlap(a: Box, b: [number, number, number, number]): number {
  const w = Math.min(a.x + a.w, b[0] + b[2]) - Math.max(a.x, b[0]);
  const h = Math.min(a.y + a.h, b[1] + b[3]) - Math.max(a.y, b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Message lines of the evidence matched to the truth block they overlap most (at least half
 * the line): for each, the truth role and the side the tool gave.
 */
export function messageSides(ev: Evidence, truth: RealTruth): { role: string; side: string; text: string }[] {
  const out: { role: string; side: string; text: string }[] = [];
  for (const line of ev.lines) {
    if (!line.box) continue;
    let best: RealTruth['blocks'][number] | undefined;
    let area = 0;
    for (const b of truth.blocks) {
      const a = overlap(line.box, b.box);
      if (a > area) {
        area = a;
        best = b;
      }
    }
    if (best && area >= 0.5 * line.box.w * line.box.h && (best.role === 'buyer' || best.role === 'merchant')) {
      out.push({ role: best.role, side: line.side, text: line.text });
    }
  }
  return out;
}
