// OpenCC's table of traditional characters and their simplified forms (opencc-js, which ships
// it as one string: "換 换|將 将|…"). The package types only its converters.
// @ts-expect-error: a data file of the package, without type declarations
import table from 'opencc-js/dict/TSCharacters';

let map: Map<string, string> | undefined;

/**
 * The text with each traditional Chinese character written in its simplified form (退換 →
 * 退换, 序號無效 → 序号无效), character for character: the text keeps its length, so an index
 * found in one is an index in the other. Shops in Taiwan and Hong Kong, and buyers there,
 * write traditional characters; the rule packs are written in simplified ones. Phrases are
 * not rewritten (軟體 stays 软体, not 软件), only characters; a character with more than one
 * simplified form takes OpenCC's first.
 */
export function simplified(text: string): string {
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  if (!map) {
    map = new Map();
    for (const entry of (table as string).split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && from.length === to.length) map.set(from, to);
    }
  }
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
