import fc from 'fast-check';

/**
 * An OCR-noise generator: renders a line the ways tesseract really writes it. Its
 * look-alikes are its own list (what chi_sim was seen to read), not the masking's
 * table, so a look-alike the table lacks makes a property fail.
 */

/** One label character and what OCR reads it as. */
export const LOOK_ALIKE_READINGS: Readonly<Record<string, readonly string[]>> = {
  卡: ['卞', '上'],
  密: ['寓', '蜜'],
  号: ['亏'],
  码: ['玛', '吗'],
  话: ['活'],
  证: ['正'],
  钥: ['销'],
  兑: ['兌'],
  激: ['澈'],
  机: ['杋'],
  银: ['很'],
};

/** The joiners OCR and people put between groups of a number. */
const JOINERS = [' ', '-', '－', '\u3000', ' - '] as const;

/** What happens to one rendering of a line. Positions are taken modulo what they index. */
export interface Noise {
  /** Split a run of letters and digits: where (an index into the run's inner gaps) and with what. */
  splits: { at: number; joiner: string }[];
  /** Join digit groups: drop the separators between digits. */
  join: boolean;
  /** Swap one label character for a look-alike: which occurrence, which reading. */
  swap?: { at: number; pick: number };
  /** A line break inside a number: which gap inside a run of letters and digits. */
  lineBreak?: number;
  /** Spaces inserted between characters (at most one per gap). */
  spaces: number[];
  /** Full-width forms: none, all, or the characters at these indices. */
  fullWidth: 'none' | 'all' | number[];
}

/** Arbitrary noise (bounded: a few splits, at most 6 inserted spaces). */
export const noiseArb: fc.Arbitrary<Noise> = fc.record(
  {
    splits: fc.array(fc.record({ at: fc.nat(), joiner: fc.constantFrom(...JOINERS) }), { maxLength: 3 }),
    join: fc.boolean(),
    swap: fc.record({ at: fc.nat(), pick: fc.nat() }),
    lineBreak: fc.nat(),
    spaces: fc.uniqueArray(fc.nat(), { maxLength: 6 }),
    fullWidth: fc.oneof(fc.constant<'none'>('none'), fc.constant<'all'>('all'), fc.uniqueArray(fc.nat(), { maxLength: 12 })),
  },
  { requiredKeys: ['splits', 'join', 'spaces', 'fullWidth'] },
);

/** Gaps strictly inside runs of 2+ letters and digits holding a digit (a number or code, not a word). */
function innerGaps(text: string): number[] {
  const gaps: number[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]{2,}/g)) {
    if (/\d/.test(m[0])) for (let i = 1; i < m[0].length; i++) gaps.push(m.index + i);
  }
  return gaps;
}

const insert = (text: string, at: number, what: string): string => text.slice(0, at) + what + text.slice(at);

/** Applies noise to a line (in this order: join, splits, look-alike, line break, spaces, full width). */
export function applyNoise(line: string, noise: Noise): string {
  let text = line;
  if (noise.join) text = text.replace(/(?<=\d)[ \-\u3000－]{1,3}(?=\d)/g, '');
  for (const split of noise.splits) {
    const gaps = innerGaps(text);
    if (gaps.length > 0) text = insert(text, gaps[split.at % gaps.length]!, split.joiner);
  }
  if (noise.swap) {
    const spots = [...text].flatMap((c, i) => (LOOK_ALIKE_READINGS[c] && isInLabel(text, i) ? [i] : []));
    if (spots.length > 0) {
      const i = spots[noise.swap.at % spots.length]!;
      const readings = LOOK_ALIKE_READINGS[text[i]!]!;
      text = text.slice(0, i) + readings[noise.swap.pick % readings.length]! + text.slice(i + 1);
    }
  }
  if (noise.lineBreak !== undefined) {
    const gaps = innerGaps(text).filter((g) => /\d/.test(text[g - 1]!) || /\d/.test(text[g]!));
    if (gaps.length > 0) text = insert(text, gaps[noise.lineBreak % gaps.length]!, '\n');
  }
  // Spaces go in from the last gap to the first, so earlier indices stay valid.
  const positions = [...new Set(noise.spaces.map((s) => 1 + (s % Math.max(1, text.length - 1))))].sort((a, b) => b - a);
  for (const at of positions) if (at < text.length) text = insert(text, at, ' ');
  return toFullWidth(text, noise.fullWidth);
}

/** The secret labels the generator swaps characters in (plain strings, as printed on screen). */
export const LABELS_ON_SCREEN = ['卡密', '卡号', '密码', '激活码', '兑换码', '序列号', '密钥', '手机号', '手机', '电话', '身份证', '银行卡'];

function isInLabel(text: string, i: number): boolean {
  return LABELS_ON_SCREEN.some((label) => {
    for (let k = 0; k < label.length; k++) if (text.slice(i - k, i - k + label.length) === label) return true;
    return false;
  });
}

function toFullWidth(text: string, which: Noise['fullWidth']): string {
  if (which === 'none') return text;
  const chosen = which === 'all' ? undefined : new Set(which.map((i) => i % Math.max(1, text.length)));
  return [...text]
    .map((c, i) => {
      if (chosen && !chosen.has(i)) return c;
      if (c === ' ') return '\u3000';
      return /[!-~]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c;
    })
    .join('');
}

/** A secret as shops and platforms issue it, with the labels it is shown under. */
export interface SecretSample {
  kind: 'card' | 'code' | 'key' | 'password' | 'phone' | 'id' | 'bank';
  /** The secret's characters, without any grouping. */
  value: string;
  /** How it is written on screen before noise (grouped or not). */
  shown: string;
  /** The label in front of it ('' for none). */
  label: string;
}

const digits = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const codeChars = (n: number): fc.Arbitrary<string> =>
  fc.stringMatching(new RegExp(`^[A-Z0-9]{${n}}$`)).filter((s) => (s.match(/\d/g) ?? []).length >= 3 && /[A-Z]/.test(s));

/** Groups a value the way it is printed: joined, by 4, by 5, 3-4-4 (phones) or at random cuts. */
const grouping = (value: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(value),
    fc.constantFrom(' ', '-').map((j) => value.match(/.{1,4}/g)!.join(j)),
    fc.constantFrom(' ', '-').map((j) => value.match(/.{1,5}/g)!.join(j)),
    fc.constantFrom(' ', '-').map((j) => (value.length === 11 ? `${value.slice(0, 3)}${j}${value.slice(3, 7)}${j}${value.slice(7)}` : value)),
    fc.uniqueArray(fc.integer({ min: 1, max: value.length - 1 }), { maxLength: 3 }).map((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      return [0, ...sorted].map((c, i) => value.slice(c, sorted[i] ?? value.length)).join(' ');
    }),
  );

const sample = (kind: SecretSample['kind'], value: fc.Arbitrary<string>, labels: string[], optional: boolean): fc.Arbitrary<SecretSample> =>
  value.chain((v) =>
    fc.record({
      kind: fc.constant(kind),
      value: fc.constant(v),
      shown: grouping(v),
      label: optional ? fc.constantFrom('', ...labels) : fc.constantFrom(...labels),
    }),
  );

/** Secrets of every kind; short passwords always carry their label (unlabelled they are not told from a word). */
export const secretArb: fc.Arbitrary<SecretSample> = fc.oneof(
  sample('card', digits(16), ['卡密', '卡号', '密码', '兑换码', '激活码', 'CDK', 'code', 'key', 'Card No'], true),
  sample('code', codeChars(16), ['卡密', '卡号', '序列号', '激活码', '密钥', 'key', 'code', 'serial'], true),
  sample('key', codeChars(25), ['密钥', '序列号', 'product key', 'key'], true),
  sample('password', fc.stringMatching(/^[A-Z0-9]{8,9}$/).filter((s) => /\d/.test(s)), ['密码', '卡密', '密钥', 'password', 'PIN'], false),
  sample('phone', fc.stringMatching(/^1[3-9][0-9]{9}$/), ['手机', '电话', '手机号', '客服电话', '联系电话', 'phone', 'tel'], true),
  sample('id', fc.stringMatching(/^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9])[0-9]{3}[0-9X]$/), ['身份证', '身份证号'], true),
  sample('bank', fc.stringMatching(/^62[0-9]{14,17}$/), ['银行卡', '银行卡号', 'bank card'], true),
);

/** This case's own order numbers, in the shapes shops issue. */
export const ORDER_NUMBERS = ['2026112416052273306', 'K7M2Q9X4B8N1L5TZ', 'E2026112620150388', 'TB2026121820331756'] as const;

/** A chat or dialog line holding one secret, maybe this case's order number too. */
export interface SecretLine {
  text: string;
  secret: SecretSample;
  orderId: string;
  /** The line names the order number. */
  withOrder: boolean;
}

export const secretLineArb: fc.Arbitrary<SecretLine> = fc
  .record({
    secret: secretArb,
    orderId: fc.constantFrom(...ORDER_NUMBERS),
    before: fc.constantFrom('', '你好,', '我的', '11月24日 16:20 ', '订单号 {order} ', 'order {order}, ', '单号{order}的'),
    separator: fc.constantFrom('', ' ', ':', '：', ': ', '是'),
    latinSeparator: fc.constantFrom(' ', ':', '：', ': '),
    phonePrefix: fc.constantFrom('', '+86 ', '+86-'),
    after: fc.constantFrom('', ' 用不了', ',提示已被使用', ' is not valid', ' 订单号{order}', ' {order}', '。'),
  })
  .map(({ secret, orderId, before, separator, latinSeparator, phonePrefix, after }) => {
    // An English label is followed by a space or a colon, as on screen.
    const gap = /[A-Za-z]$/.test(secret.label) ? latinSeparator : separator;
    const label = secret.label ? `${secret.label}${gap}` : before.endsWith(' ') || before === '' ? '' : ' ';
    const shown = secret.kind === 'phone' ? `${phonePrefix}${secret.shown}` : secret.shown;
    const text = `${before}${label}${shown}${after}`.replaceAll('{order}', orderId);
    return { text, secret, orderId, withOrder: before.includes('{order}') || after.includes('{order}') };
  });

/** Folds full width to ASCII and drops spaces, hyphens and line breaks: what a reader can piece together. */
export function readable(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-－]/g, '')
    .toUpperCase();
}

/** How many consecutive characters of a secret may still be read: the 4 kept after masking, and less than 8. */
export const SURVIVING_RUN = 8;

/**
 * The longest run of consecutive characters of `secret` that can still be read in
 * `output` once spaces, hyphens and line breaks are dropped.
 */
export function longestSurvivingRun(secret: string, output: string): number {
  const hay = readable(output);
  const s = secret.toUpperCase();
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    for (let n = best + 1; i + n <= s.length && hay.includes(s.slice(i, i + n)); n++) best = n;
  }
  return best;
}
