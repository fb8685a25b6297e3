import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DecodedImage } from './image.js';
import type { LayoutBlock } from './layout.js';
import type { OcrLine } from './page.js';
import { installedModels } from './paddle/models.js';

/** A line an engine read in one layout block, in original image pixels. */
export type BlockLine = Omit<OcrLine, 'block'>;

/**
 * Something that reads the text of a screenshot's layout blocks. The layout (bubbles, avatars,
 * speaker sides, the status bar) is the pipeline's (see `recognizeImage`); an engine only
 * turns the pixels of each block into lines with boxes and confidences.
 */
export interface OcrEngine {
  /** Engine name with its models, part of the OCR cache key (`tesseract:chi_sim+eng`, `paddle:ppocrv4-mobile`). */
  readonly name: string;
  /**
   * Starts loading workers or models now, without waiting: an image is about to be read, and
   * its decoding and layout can run meanwhile. Reading starts them anyway.
   */
  prepare(): void;
  /** Reads each block; the result holds the lines of `blocks[i]` at index i, in reading order. */
  readBlocks(img: DecodedImage, blocks: LayoutBlock[]): Promise<BlockLine[][]>;
  /** Whether workers or models were loaded (a run answered from the cache loads none). */
  readonly started: boolean;
  /** Frees workers and models; a started engine must be closed for the process to end. */
  close(): Promise<void>;
}

/** What `--ocr` accepts. */
export const OCR_CHOICES = ['auto', 'paddle', 'tesseract'] as const;
export type OcrChoice = (typeof OCR_CHOICES)[number];

const require = createRequire(import.meta.url);

/**
 * Whether PP-OCR can run here: its models are installed and ONNX Runtime ships a native
 * build for this platform (it does for linux, macOS and Windows on x64 and arm64).
 */
export function paddleAvailable(): boolean {
  if (installedModels().length === 0) return false;
  try {
    const dir = dirname(require.resolve('onnxruntime-node/package.json'));
    // Only the file is looked for: loading the binding (50 to 80 ms) waits for the first image
    // read, so a warm run never pays it; a binding that fails to load then says so (PaddleEngine).
    return existsSync(join(dir, 'bin', 'napi-v3', process.platform, process.arch));
  } catch {
    return false;
  }
}

/**
 * The engine `auto` stands for. PP-OCR read more of the key phrases than the tesseract.js
 * pipeline on both bench sets (see README, "OCR engines"), so it is chosen wherever it can run.
 */
export function resolveChoice(choice: OcrChoice): Exclude<OcrChoice, 'auto'> {
  if (choice !== 'auto') return choice;
  return paddleAvailable() ? 'paddle' : 'tesseract';
}

/**
 * The engine a run reads with; started lazily on first read. `jobs` is how many blocks (tesseract)
 * or inference threads (PP-OCR) work at once; `timeoutMs` bounds one block (tesseract) or one image (PP-OCR).
 */
export async function createEngine(choice: OcrChoice, jobs: number, timeoutMs?: number): Promise<OcrEngine> {
  if (resolveChoice(choice) === 'paddle') {
    const { PaddleEngine } = await import('./paddle/engine.js');
    return new PaddleEngine(jobs, timeoutMs);
  }
  const { TesseractEngine } = await import('./tesseract.js');
  return new TesseractEngine(jobs, timeoutMs);
}
