import type { EventMention } from '@sijill/contracts';

/** Precision of an event date, as the contracts define it. */
type DatePrecision = EventMention['date']['precision'];

/** An event date as a closed range of days (days since 1970-01-01, UTC). */
export interface DateWindow {
  readonly precision: DatePrecision;
  readonly startDay: number;
  readonly endDay: number;
}

const DAY_MS = 86_400_000;
// A range longer than this is a misreading, not an event; such a mention never links.
const LONGEST_EVENT_DAYS = 400;

const PATTERNS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/u,
  month: /^(\d{4})-(\d{2})$/u,
  year: /^(\d{4})$/u,
};

/** The first and last day a date string at a precision covers, or undefined when malformed. */
function readRange(text: string, precision: DatePrecision): [number, number] | undefined {
  const match = PATTERNS[precision].exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const at = Date.UTC(year, (month ?? 1) - 1, day);
    if (new Date(at).getUTCDate() !== day) return undefined;
    return [at / DAY_MS, at / DAY_MS];
  }
  if (month !== undefined) {
    return [Date.UTC(year, month - 1, 1) / DAY_MS, Date.UTC(year, month, 0) / DAY_MS];
  }
  return [Date.UTC(year, 0, 1) / DAY_MS, Date.UTC(year, 11, 31) / DAY_MS];
}

/**
 * The days an event date covers: a day, a whole month or a whole year, extended to its end when
 * one is given at the same precision. Undefined when the date is malformed or absurdly long.
 */
export function readDateWindow(
  date: Pick<EventMention['date'], 'start' | 'end' | 'precision'>,
): DateWindow | undefined {
  const start = readRange(date.start, date.precision);
  if (start === undefined) return undefined;
  const end = date.end === undefined ? undefined : readRange(date.end, date.precision);
  const endDay = Math.max(start[1], end?.[1] ?? start[1]);
  if (endDay - start[0] > LONGEST_EVENT_DAYS) return undefined;
  return { precision: date.precision, startDay: start[0], endDay };
}

/** Days between two windows: 1 for neighbouring days, 0 or less when they share a day. */
export function windowGapDays(a: DateWindow, b: DateWindow): number {
  return Math.max(a.startDay - b.endDay, b.startDay - a.endDay);
}

/** The ISO calendar day (YYYY-MM-DD) of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
