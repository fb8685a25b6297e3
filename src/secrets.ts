/**
 * Masks secrets in text shown to anyone: card codes and card passwords (卡密), phone
 * numbers, PRC ID numbers and bank card numbers keep their last 4 characters only.
 * Order numbers are not secrets and stay whole.
 */
export function maskSecrets(text: string): string {
  return (
    text
      // A value after a card-code / password / key label.
      .replace(
        /((?:卡密|密码|卡号|激活码|兑换码|序列号|充值码|cdkey|cd-key|product key|license key|serial|pin|password|code)\s*[:：]?\s*)([A-Za-z0-9][A-Za-z0-9\- *]{5,}[A-Za-z0-9])/gi,
        (_, label: string, value: string) => label + maskValue(value),
      )
      // Product keys like XXXXX-XXXXX-XXXXX-XXXXX.
      .replace(/\b[A-Z0-9]{4,6}(?:-[A-Z0-9*]{4,7}){2,}\b/g, (v) => maskValue(v))
      // PRC ID numbers (18 characters, birth date inside).
      .replace(/(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g, (v) => maskValue(v))
      // Mainland mobile numbers.
      .replace(/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, (v) => maskValue(v))
      // Bank card numbers: 16 to 19 digits passing the Luhn check (order numbers start with the year 20xx).
      .replace(/(?<!\d)(?!20)\d{16,19}(?!\d)/g, (v) => (luhn(v) ? maskValue(v) : v))
  );
}

function maskValue(value: string): string {
  const chars = value.replace(/[\s-]/g, '');
  if (chars.length <= 4) return value;
  return `${'*'.repeat(Math.min(8, chars.length - 4))}${chars.slice(-4)}`;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
