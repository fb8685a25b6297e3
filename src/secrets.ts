/**
 * Masks secrets in text shown to anyone: card codes and card passwords (卡密), phone
 * numbers, PRC ID numbers and bank card numbers keep their last 4 characters only.
 * Order numbers are not secrets: those in `keep` stay whole.
 */
export function maskSecrets(text: string, keep: ReadonlySet<string> = new Set()): string {
  return (
    text
      // A value after a card-code / password / key label.
      .replace(
        /((?:卡密|密码|卡号|激活码|兑换码|序列号|充值码|(?<![A-Za-z])(?:cdkey|cd-key|product key|license key|serial|pin|password|code)(?![A-Za-z]))\s*[:：]?\s*)([A-Za-z0-9][A-Za-z0-9\- *]{5,}[A-Za-z0-9])/gi,
        (_, label: string, value: string) => label + maskLabelled(value),
      )
      // Product keys like XXXXX-XXXXX-XXXXX-XXXXX.
      .replace(/\b[A-Z0-9]{4,6}(?:-[A-Z0-9*]{4,7}){2,}\b/g, (v) => maskValue(v))
      // PRC ID numbers (18 characters, birth date inside).
      .replace(/(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g, (v) => maskValue(v))
      // Mainland mobile numbers.
      .replace(/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, (v) => maskValue(v))
      // Card codes and bank card numbers: long digit runs that are not an order number.
      .replace(/(?<![\d*])\d{12,}(?!\d)/g, (v) => (isOrderNumber(v, keep) ? v : maskValue(v)))
  );
}

/**
 * Order numbers stay readable: those the case knows (`keep`), or, without a case,
 * date-based ones (20261125...) as most shop systems issue them.
 */
function isOrderNumber(digits: string, keep: ReadonlySet<string>): boolean {
  if (keep.size > 0) return keep.has(digits);
  return /^20\d{2}(0[1-9]|1[0-2])/.test(digits) && digits.length >= 14 && digits.length <= 22;
}

/**
 * A labelled value is a code only as far as its space-separated parts look like one
 * (digits, capitals, * or -): after "the code" English prose goes on ("the code was
 * already redeemed") and stays readable.
 */
function maskLabelled(value: string): string {
  const parts = value.split(/( +)/);
  let end = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    if (!/\d/.test(part) && /[a-z]/.test(part)) break;
    end = i + 1;
  }
  const code = parts.slice(0, end).join('');
  if (code.replace(/[\s-]/g, '').length < 6) return value;
  return maskValue(code) + parts.slice(end).join('');
}

function maskValue(value: string): string {
  const chars = value.replace(/[\s-]/g, '');
  if (chars.length <= 4) return value;
  return `${'*'.repeat(Math.min(8, chars.length - 4))}${chars.slice(-4)}`;
}
