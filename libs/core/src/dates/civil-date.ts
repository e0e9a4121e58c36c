// Calendar arithmetic on plain civil dates (no clock, no time zone): the anchor's calendar day is
// what "today" means to the publisher, so dates never pass through a local-time Date.

/** A proleptic Gregorian calendar day; month is 1-12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const ANCHOR_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ])/u;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01; differences between two dates are day counts. */
export function toDayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export function weekdayOf(date: CivilDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Months since January of year 0; differences between two months are month counts. */
export function toMonthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function fromMonthNumber(monthNumber: number): { year: number; month: number } {
  return { year: Math.floor(monthNumber / 12), month: (((monthNumber % 12) + 12) % 12) + 1 };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function formatDay(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

/**
 * The calendar day an RFC 3339 timestamp was written on, read from its own date part: a story
 * stamped 2023-11-09T23:30:00+03:00 says "today" about the 9th, whatever the UTC date is.
 */
export function parseAnchorDate(anchor: string): CivilDate | undefined {
  const match = ANCHOR_PATTERN.exec(anchor.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCivilDate(year, month, day) ? { year, month, day } : undefined;
}
