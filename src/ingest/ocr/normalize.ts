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
    // Stray quote marks tesseract reads in the gap between a label and its value.
    .replace(/(^|\s)[”“"'‘’]+(?=\s|$|[\u4e00-\u9fff])/g, '$1')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // A hex error code's leading zero read as the letter O ("OxC004C003", "0X803F7001").
    .replace(/(?<![A-Za-z0-9])[O0o][xX](?=[0-9A-Fa-f]{6,8}(?![0-9A-Za-z]))/g, '0x')
    .replace(/\u3000/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(CJK_GAP, '')
    .replace(CJK_DIGIT_GAP, '')
    .trim()
    // tesseract's chi_sim reads the shop greeting 亲 as 杀 ("杀,我们卡都是新的", "在排队了杀").
    .replace(/(^|[,，。!！?？~～\s])杀(?=[,，。!！?？~～\s]|$)/g, '$1亲')
    .replace(/(?<=[了的哦呢啊吧呀哈嘛])杀(?=[,，。!！?？~～\s]|$)/g, '亲')
    // A separator dot with space around it ("月卡 · 手动发货") comes out as "月卡， 手动发货";
    // a real Chinese comma is read without the space after it.
    .replace(/(?<=[\u4e00-\u9fff]), (?=[\u4e00-\u9fff])/g, '·')
    // PP-OCR reads Bilibili's 哔 as 哗 ("哗哩哗哩大会员"); 哗哩 is no word.
    .replace(/哗(?=哩)/g, '哔')
    // The English pronoun I read as a bar: "Hi, | just bought", "but |".
    .replace(/(?<=[a-z,.] )\|(?= [a-z]|$)/g, 'I')
    // ... or as a one glued to its verb or its conjunction: "Hi, 1just bought", "but1 never".
    .replace(/(?:(?<=^|[,.!?] ?)1 ?|(?<=\s)1)(?=(?:just|only|am|have|had|was|will|can|did|do|don't|didn't|never|bought|got|paid|need|want|think|tried|saw|received|purchased|ordered|redeemed|entered)\b)/g, 'I ')
    .replace(/\b(but|and|so|when|because|if|that|then)1(?= |$)/g, '$1 I');
}

/** A single Chinese character is kept as a line when read at least this surely. */
const SINGLE_CHAR_CONF = 70;

/**
 * Whether a normalised line is text rather than an icon read as marks ("©)", "@®"): two
 * letters, digits or CJK characters in a row; or a single Chinese character read surely (a
 * reply "好", the "吗" a bubble wraps onto its own line); or the length of a voice message
 * (9"), which shows that its side said something.
 */
export function isTextLine(text: string, conf: number): boolean {
  const bare = text.replace(/[©®@]/g, '').trim();
  if (/[\p{L}\p{N}]{2}/u.test(bare)) return true;
  if (/^\d{1,2}\s?["″”]$/.test(bare)) return true;
  return /^\p{Script=Han}[?？!！。.]?$/u.test(bare) && conf >= SINGLE_CHAR_CONF;
}
