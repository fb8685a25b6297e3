/**
 * The labels that say a value is a secret (a card code, a password, a key, a phone,
 * ID or bank card number), matched the way OCR writes them: with spaces between the
 * characters and one character read as a look-alike. One table, used by masking
 * (`src/secrets.ts`) and by fact extraction (a value beside one of these labels is
 * never an order number).
 */

/** What a labelled secret is. */
export type SecretRole = 'cardCode' | 'password' | 'phone' | 'idNumber' | 'bankCard';

/** Labels by role, in Chinese and English (English ones match whole words, any case). */
export const SECRET_LABELS: Readonly<Record<SecretRole, readonly string[]>> = {
  cardCode: ['卡密', '卡号', '充值码', '兑换码', '激活码', '序列号', '密钥', '验证码', 'cdkey', 'cd-key', 'cdk', 'product key', 'license key', 'serial number', 'serial no', 'serial', 'code', 'key', 'pin'],
  password: ['卡密码', '密码', 'password', 'passcode', 'pwd'],
  phone: ['手机号码', '手机号', '手机', '电话', 'phone number', 'phone', 'mobile', 'tel'],
  idNumber: ['身份证号', '身份证', 'id number', 'id card'],
  bankCard: ['银行卡号', '银行卡', 'bank card', 'card number', 'card no'],
};

/**
 * Characters OCR (tesseract chi_sim) mistakes for one another in these labels: each
 * string is one set of look-alikes. A label matches with one of its characters
 * swapped for a member of its set ("卡寓" for 卡密, "卡亏" for 卡号).
 */
export const LABEL_LOOK_ALIKES: readonly string[] = [
  '卡卞上',
  '密寓蜜宓',
  '号亏弓',
  '码玛吗妈',
  '激澈',
  '活话括',
  '兑兌',
  '换焕挟',
  '序库',
  '列例',
  '钥销钢',
  '验脸险',
  '充允',
  '值植',
  '手于',
  '机杋',
  '电由甩',
  '身射',
  '份分',
  '证正征',
  '银很根',
];

/** English words before "code", "key", "pin" that make it something else than a secret. */
const NOT_SECRET_BEFORE = ['order', 'error', 'tracking', 'transaction', 'reference', 'zip', 'postal', 'area', 'country'];

/** Between a label and its value: spaces, a colon, "是"/"为" ("卡密是 ..."). */
const SEPARATOR = '[\\s:=#]*(?:是|为)?[\\s:=#]*';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

function lookAlikes(char: string): string | undefined {
  return LABEL_LOOK_ALIKES.find((set) => set.includes(char));
}

/** A CJK label: spaces allowed between its characters, at most one character a look-alike. */
function cjkPattern(label: string): string {
  const chars = [...label];
  const variants = new Set<string>([chars.map(escape).join('\\s*')]);
  chars.forEach((_, i) => {
    const set = lookAlikes(chars[i]!);
    if (set) variants.add(chars.map((c, j) => (j === i ? `[${set}]` : escape(c))).join('\\s*'));
  });
  return [...variants].join('|');
}

/** An English label: whole words (no letter or digit glued on), one optional space between letters, any case. */
function latinPattern(label: string): string {
  const words = label.split(/[\s-]+/).map((w) => [...w].map(escape).join('\\s?'));
  return `(?<![A-Za-z])(?<!(?:${NOT_SECRET_BEFORE.join('|')})[\\s#-]*)(?:${words.join('[\\s-]*')})(?![A-Za-z0-9])`;
}

const ALL_LABELS = Object.values(SECRET_LABELS)
  .flat()
  .sort((a, b) => b.length - a.length);

/** Source of a regular expression matching any secret label (use with the `i` flag). */
export const SECRET_LABEL_SOURCE = ALL_LABELS.map((l) => (/[\u4e00-\u9fff]/.test(l) ? cjkPattern(l) : latinPattern(l))).join('|');

/**
 * A regular expression (flags `gi`) for a secret label and the separator after it:
 * group 1 is the label, and the match ends where its value would begin. Expects text
 * with full-width characters already folded to ASCII (see `foldWidth`).
 */
export function secretLabelPattern(): RegExp {
  return new RegExp(`(${SECRET_LABEL_SOURCE})${SEPARATOR}`, 'gi');
}

const ENDS_WITH_LABEL = new RegExp(`(?:${SECRET_LABEL_SOURCE})${SEPARATOR}$`, 'i');

/**
 * True when `before` (the text in front of a value) ends with a secret label and at
 * most a separator: the value beside it is a card code, password, key, phone, ID or
 * bank card number.
 */
export function endsWithSecretLabel(before: string): boolean {
  return ENDS_WITH_LABEL.test(foldWidth(before));
}

/**
 * Folds full-width ASCII (ＡＢＣ１２３：) to ASCII, the ideographic space to a space and
 * dashes to a hyphen, one UTF-16 unit for one, so indices in the result are indices
 * in the input.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u00a0\u2010-\u2015\u2212]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
    return code === 0x3000 || code === 0xa0 ? ' ' : '-';
  });
}
