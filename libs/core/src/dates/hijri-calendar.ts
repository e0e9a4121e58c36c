// Umm al-Qura (the Saudi civil Hijri calendar) through @internationalized/date: conversions come
// from the maintained library, never from tables written here.
import {
  CalendarDate,
  GregorianCalendar,
  IslamicUmalquraCalendar,
  toCalendar,
} from '@internationalized/date';
import { type CivilDate } from './civil-date';

/** A day of the Umm al-Qura calendar; month is 1 (محرم) to 12 (ذو الحجة). */
export interface HijriDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const UMM_AL_QURA = new IslamicUmalquraCalendar();
const GREGORIAN = new GregorianCalendar();
// Beyond these years the library falls back to the arithmetic calendar; the press dates within.
const FIRST_YEAR = 1300;
const LAST_YEAR = 1600;

function inRange(year: number, month: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12;
}

/** Days in an Umm al-Qura month (29 or 30); undefined outside the supported years. */
export function hijriMonthLength(year: number, month: number): number | undefined {
  if (!inRange(year, month)) return undefined;
  return UMM_AL_QURA.getDaysInMonth(new CalendarDate(UMM_AL_QURA, year, month, 1));
}

/** The Gregorian day of an Umm al-Qura date; undefined when that day does not exist. */
export function hijriToCivil(date: HijriDate): CivilDate | undefined {
  const length = hijriMonthLength(date.year, date.month);
  if (length === undefined || date.day < 1 || date.day > length) return undefined;
  const gregorian = toCalendar(
    new CalendarDate(UMM_AL_QURA, date.year, date.month, date.day),
    GREGORIAN,
  );
  return { year: gregorian.year, month: gregorian.month, day: gregorian.day };
}

/** The Umm al-Qura date of a Gregorian day. */
export function civilToHijri(date: CivilDate): HijriDate {
  const hijri = toCalendar(
    new CalendarDate(GREGORIAN, date.year, date.month, date.day),
    UMM_AL_QURA,
  );
  return { year: hijri.year, month: hijri.month, day: hijri.day };
}

/** The first and last Gregorian days of an Umm al-Qura month. */
export function hijriMonthSpan(
  year: number,
  month: number,
): { first: CivilDate; last: CivilDate } | undefined {
  const length = hijriMonthLength(year, month);
  if (length === undefined) return undefined;
  const first = hijriToCivil({ year, month, day: 1 });
  const last = hijriToCivil({ year, month, day: length });
  return first && last ? { first, last } : undefined;
}

/** Months since the start of year 0 AH; differences are month counts. */
export const toHijriMonthNumber = (year: number, month: number): number => year * 12 + month - 1;
export const fromHijriMonthNumber = (n: number): { year: number; month: number } => ({
  year: Math.floor(n / 12),
  month: (((n % 12) + 12) % 12) + 1,
});
