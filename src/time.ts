/** Times as the user reads them: every formatting of a date or a duration lives here. */
import { TZDate } from '@date-fns/tz';
import type { Lang } from './types.js';

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
