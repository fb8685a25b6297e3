import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { OCR_VERSION, type OcrPage } from './page.js';

const box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
const point = z.tuple([z.number(), z.number()]);
const pageSchema = z.object({
  width: z.number(),
  height: z.number(),
  blocks: z.array(z.object({ box, solid: z.boolean() })),
  avatars: z.array(box),
  lines: z.array(
    z.object({
      text: z.string(),
      conf: z.number(),
      box,
      block: z.number(),
      words: z.array(z.object({ text: z.string(), conf: z.number(), box })),
    }),
  ),
  confidence: z.number(),
  keptFraction: z.number().min(0).max(1).optional(),
  photo: z
    .object({
      width: z.number(),
      height: z.number(),
      quad: z.tuple([point, point, point, point]).optional(),
    })
    .optional(),
});

/**
 * OCR results keyed by the SHA-256 of the engine name and the image bytes, in a folder of the OCR pipeline version.
 * Entries are written through a temporary file and a rename, so concurrent runs never
 * see half an entry; a corrupt or foreign entry is ignored and written again.
 */
export class OcrCache {
  private readonly dir: string;
  /** Readings under way in this run, by key. */
  private readonly reading = new Map<string, Promise<OcrPage>>();

  constructor(root: string) {
    this.dir = join(root, `ocr-${OCR_VERSION}`);
  }

  /** The cache key of an image read by an engine (see `OcrEngine.name`). */
  static key(bytes: Buffer, engine: string): string {
    return createHash('sha256').update(engine).update('\0').update(bytes).digest('hex');
  }

  /** The cache key of decoded pixels read by an engine: the same picture in two files (a PNG and its 16-bit copy). */
  static pixelKey(rgb: Buffer, width: number, height: number, engine: string): string {
    return createHash('sha256').update(`${engine}\0pixels\0${width}x${height}\0`).update(rgb).digest('hex');
  }

  /**
   * The page under `key`: from the cache, from a reading of the same key already under way in
   * this run (two files of one picture, read side by side), or from `read`, then stored.
   */
  async getOrRead(key: string, read: () => Promise<OcrPage>): Promise<OcrPage> {
    const stored = this.get(key);
    if (stored) return stored;
    let pending = this.reading.get(key);
    if (!pending) {
      pending = read().then((page) => (this.set(key, page), page));
      this.reading.set(key, pending);
      // A failed reading is not kept: the next file of the same picture tries again.
      pending.then(
        () => this.reading.delete(key),
        () => this.reading.delete(key),
      );
    }
    return pending;
  }

  get(key: string): OcrPage | undefined {
    let text: string;
    try {
      text = readFileSync(this.path(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed = pageSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, page: OcrPage): void {
    const file = this.path(key);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify(page));
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
