import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FileProblem } from '../../types.js';
import { OCR_VERSION, type OcrPage } from './page.js';

const box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
const point = z.tuple([z.number(), z.number()]);
const pageSchema = z.object({
  width: z.number(),
  height: z.number(),
  blocks: z.array(z.object({ box, solid: z.boolean(), pane: box.optional() })),
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
  windows: z.array(box).optional(),
});

/** What a file's bytes alone make unreadable, for good: the same bytes fail the same way again. */
const LASTING = ['truncated', 'not-image', 'too-many-pixels', 'undecodable'] as const;
const unreadableSchema = z.object({ unreadable: z.object({ code: z.enum(LASTING), detail: z.union([z.string(), z.number()]).optional() }) });

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
    this.write(key, page);
  }

  private write(key: string, value: unknown): void {
    const file = this.path(key);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
  }

  /** Why the image under `key` could not be decoded, if an earlier run found out (a warm run then loads no decoder). */
  getUnreadable(key: string): FileProblem | undefined {
    try {
      const parsed = unreadableSchema.safeParse(JSON.parse(readFileSync(this.path(`${key}-unreadable`), 'utf8')));
      return parsed.success ? parsed.data.unreadable : undefined;
    } catch {
      return undefined;
    }
  }

  /** Remembers why the image under `key` cannot be decoded; a problem that may pass (a timeout) is not kept. */
  setUnreadable(key: string, problem: FileProblem): void {
    if (!(LASTING as readonly string[]).includes(problem.code)) return;
    this.write(`${key}-unreadable`, { unreadable: problem });
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
