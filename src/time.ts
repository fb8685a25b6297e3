/** Times: how users and shop systems write them (parsing) and how the user reads them (formatting). */
import { TZDate } from '@date-fns/tz';
import type { Lang } from './types.js';

/** How far evidence times may stray before the payment or after the filing, or a screenshot's clock from its messages' (clocks and rounding). */
export const CLOCK_SLACK = 10 * 60_000;

/** A text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function hhmm(t: TZDate): string {
  return `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
}

/** A time as the user reads it: "11月26日 14:32" or "Nov 26 14:32", in the case's zone. */
export function formatTime(at: Date, zone: string, lang: Lang): string {
  const t = new TZDate(at.getTime(), zone);
  if (lang === 'zh') return `${t.getMonth() + 1}月${t.getDate()}日 ${hhmm(t)}`;
  return `${MONTHS[t.getMonth()]} ${t.getDate()} ${hhmm(t)}`;
}

/** A date-time with its year, as a request states it: "2026年11月25日 14:20" / "2026-11-25 14:20". */
export function fullTime(at: Date, zone: string, lang: Lang): string {
  const t = new TZDate(at.getTime(), zone);
  if (lang === 'zh') return `${t.getFullYear()}年${t.getMonth() + 1}月${t.getDate()}日 ${hhmm(t)}`;
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')} ${hhmm(t)}`;
}

/** A time in both languages, for message data. */
export function timeText(at: Date, zone: string): Bilingual {
  return { zh: formatTime(at, zone, 'zh'), en: formatTime(at, zone, 'en') };
}

/** A duration in both languages: "3 小时 12 分" / "3 h 12 min". */
export function durationText(minutes: number): Bilingual {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const zh = [days ? `${days} 天` : '', hours ? `${hours} 小时` : '', mins || (!days && !hours) ? `${mins} 分` : ''].filter(Boolean).join(' ');
  const en = [days ? `${days} d` : '', hours ? `${hours} h` : '', mins || (!days && !hours) ? `${mins} min` : ''].filter(Boolean).join(' ');
  return { zh, en };
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-26T14:32:10+08:00. */
export function isoInZone(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(at);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}

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
