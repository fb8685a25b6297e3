/**
 * Money as the messages and the refund request write it: the order's currency sign before the
 * amount with two decimals ("¥96.50", "HK$99.00", "SGD 134.90"). The currency is the order
 * record's (`currency`, CNY unless given); a sign is the one Chinese-language pages print.
 */
export function money(amount: number, currency = 'CNY'): string {
  return `${currencySign(currency)}${amount.toFixed(2)}`;
}

/** The sign written before an amount in `currency` ("¥", "HK$", "US$", "SGD "): a code it does not know, as written, then a space. */
export function currencySign(currency = 'CNY'): string {
  try {
    const parts = new Intl.NumberFormat('zh-CN', { style: 'currency', currency }).formatToParts(1);
    const sign = parts.filter((p) => p.type === 'currency' || p.type === 'literal').map((p) => p.value).join('');
    return sign.replace(/\u00a0/g, ' ');
  } catch {
    return `${currency} `;
  }
}
