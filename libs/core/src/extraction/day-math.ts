// Calendar arithmetic on ISO day strings (YYYY-MM-DD), UTC only: days are civil dates, never
// instants, so no local time zone can shift them.

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/u;

function toNumber(day: string): number {
  const match = DAY_PATTERN.exec(day);
  if (match === null) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromNumber(value: number): string {
  return new Date(value * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day a timestamp or date string starts with, as written (the publisher's own day). */
export function dayOf(value: string): string | undefined {
  const match = DAY_PATTERN.exec(value);
  return match === null ? undefined : match[0];
}

export function addDays(day: string, days: number): string {
  return fromNumber(toNumber(day) + days);
}

/** Days from `b` to `a` (positive when `a` is later). */
export function compareDays(a: string, b: string): number {
  return toNumber(a) - toNumber(b);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return (((toNumber(day) + 4) % 7) + 7) % 7;
}

/** The first and last day a date of any precision (YYYY, YYYY-MM, YYYY-MM-DD) covers. */
export function coveredDays(start: string, end?: string): { first: string; last: string } {
  const widen = (value: string, edge: 'first' | 'last'): string => {
    const [year, month, day] = value.split('-');
    if (day !== undefined) return value;
    if (month !== undefined) {
      if (edge === 'first') return `${value}-01`;
      const next = Date.UTC(Number(year), Number(month), 1) / DAY_MS;
      return fromNumber(next - 1);
    }
    return edge === 'first' ? `${value}-01-01` : `${value}-12-31`;
  };
  return { first: widen(start, 'first'), last: widen(end ?? start, 'last') };
}
