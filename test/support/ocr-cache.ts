import { inject } from 'vitest';

/** The OCR cache shared by every test file, warmed once by test/support/global-setup.ts. */
export const OCR_CACHE_DIR: string = inject('ocrCacheDir');
