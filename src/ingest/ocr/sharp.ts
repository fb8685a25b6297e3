import type sharpModule from 'sharp';

let loaded: Promise<typeof sharpModule> | undefined;

/**
 * sharp, loaded on first use: its native library and modules take about 100 ms to load, and a
 * run answered from the OCR cache decodes no image.
 */
export function loadSharp(): Promise<typeof sharpModule> {
  return (loaded ??= import('sharp').then((m) => m.default));
}
