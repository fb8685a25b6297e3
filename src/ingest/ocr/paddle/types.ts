import type { Box } from '../../../types.js';

/** Pixels handed to an OCR engine: 8-bit, packed, row-major. */
export interface EngineImage {
  data: Buffer;
  width: number;
  height: number;
  /** 1 grey, 3 RGB, 4 RGBA. */
  channels: 1 | 3 | 4;
}

/** One word of a line read by an engine, in original image pixels. */
export interface EngineWord {
  text: string;
  /** 0..100 */
  conf: number;
  box: Box;
}

/** One line read by an engine, in original image pixels. */
export interface EngineLine {
  text: string;
  /** 0..100 */
  conf: number;
  box: Box;
  words?: EngineWord[];
  /** Index of the block (of the `blocks` given to {@link OcrEngine.read}) the line was read in. */
  block?: number;
}

/** The PP-OCR reader: detection and recognition on one image (see `createPaddleReader`). */
export interface PaddleReader {
  /** Reader name with its models (e.g. `paddle:ppocrv4-mobile`). */
  readonly name: string;
  /**
   * Reads an image. With `blocks`, only those regions are read (each on its own), and every
   * line says which block it came from; without, the reader finds the text itself, and with
   * `within` recognises only the lines it finds overlapping one of those boxes.
   */
  read(image: EngineImage, blocks?: Box[], within?: Box[]): Promise<EngineLine[]>;
  /** Reads each box as one line of text (recognition only, no detection). */
  recognize(image: EngineImage, boxes: Box[]): Promise<EngineLine[]>;
  /** Frees the models; the reader cannot read afterwards. */
  close(): Promise<void>;
}
