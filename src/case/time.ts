import { TZDate } from '@date-fns/tz';

// ISO 8601 / RFC 3339 with `T` or a space, `2026/12/12 15:06`, `2026年12月12日 15:06`;
// seconds optional; an offset (Z, +08:00, +0800) optional (SPEC section 2).
const TIME = /^(\d{4})(?:-|\/|年)(\d{1,2})(?:-|\/|月)(\d{1,2})日?(?:(?:T|\s+|(?<=日))(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a time as users and shop systems write it (SPEC section 2); one written
 * without an offset is read in `zone`. An unreadable time gives an invalid Date.
 */
export function parseTime(text: string, zone: string): Date {
  const m = TIME.exec(text.trim());
  if (!m) return new Date(Number.NaN);
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = m;
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  // A day, hour or minute out of range is not rolled over into the next one.
  const check = new Date(Date.UTC(...parts));
  if (check.getUTCMonth() !== parts[1] || check.getUTCDate() !== parts[2] || check.getUTCHours() !== parts[3] || check.getUTCMinutes() !== parts[4] || parts[5] > 59) {
    return new Date(Number.NaN);
  }
  if (offset) {
    if (/^z$/i.test(offset)) return check;
    const om = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)!;
    const minutes = (Number(om[2]) * 60 + Number(om[3])) * (om[1] === '-' ? -1 : 1);
    return new Date(check.getTime() - minutes * 60_000);
  }
  return new Date(new TZDate(...parts, zone).getTime());
}

/** Whether a text is a time in one of the accepted forms. */
export function isTimeText(text: string): boolean {
  return !Number.isNaN(parseTime(text, 'UTC').getTime());
}

/** Whether a zone is a known IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
