import type { TimelineEntry } from '@sijill/contracts';

/** The language names, titles, places and dates are shown in. */
export type DisplayLanguage = 'en' | 'ar';

export type EventDate = TimelineEntry['date'];

const LOCALES: Readonly<Record<DisplayLanguage, string>> = { en: 'en-GB', ar: 'ar' };

/** YYYY, YYYY-MM or YYYY-MM-DD as a UTC date at the first instant it covers. */
function toUtc(text: string): Date {
  const [y = '1970', m = '01', d = '01'] = text.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

function formatter(
  language: DisplayLanguage,
  precision: EventDate['precision'],
): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision === 'year' ? {} : { month: 'long' }),
    ...(precision === 'day' ? { day: 'numeric' } : {}),
  });
}

/**
 * An entry's date as precise as it is known and no more: "3 July 2024", "2–3 July 2024",
 * "July 2015", "2015". A month-precision date never gains an invented day.
 */
export function formatEventDate(date: EventDate, language: DisplayLanguage = 'en'): string {
  const format = formatter(language, date.precision);
  const start = toUtc(date.start);
  const text =
    date.end === undefined || date.end === date.start
      ? format.format(start)
      : format.formatRange(start, toUtc(date.end));
  // ICU's thin and no-break spaces differ between engines; plain spaces read the same everywhere.
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

/** A publication time, to the minute, in UTC. */
export function formatPublishedAt(iso: string, language: DisplayLanguage = 'en'): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'UTC',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
  return `${text.replace(/[\u2009\u202f\u00a0]/g, ' ')} UTC`;
}

/** The time between two dates of the axis, in words ("3 months later"), or undefined when close. */
export function describeGap(earlier: string, later: string): string | undefined {
  const days = Math.round((toUtc(later).getTime() - toUtc(earlier).getTime()) / 86_400_000);
  if (days < 14) return undefined;
  if (days < 60) return `${Math.round(days / 7)} weeks later`;
  if (days < 730) return `${Math.round(days / 30.44)} months later`;
  return `${Math.round(days / 365.25)} years later`;
}
