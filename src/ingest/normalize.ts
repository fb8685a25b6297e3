const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const CJK_GAP = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');
const CJK_DIGIT_GAP = new RegExp(`(?<=[${CJK}])\\s+(?=[0-9¥￥])|(?<=[0-9%])\\s+(?=[${CJK}])`, 'gu');

/**
 * Normalises OCR text: full-width ASCII to half-width, removes the spaces tesseract
 * puts between CJK characters (and between CJK and digits), collapses other runs of
 * space.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(CJK_GAP, '')
    .replace(CJK_DIGIT_GAP, '')
    .trim();
}
