import {
  addDays,
  type CivilDate,
  formatDay,
  formatMonth,
  formatYear,
  fromMonthNumber,
  isValidCivilDate,
  parseAnchorDate,
  toDayNumber,
  toMonthNumber,
  weekdayOf,
} from './civil-date';
import {
  type Direction,
  type RelativeDate,
  type ResolvedDate,
  type Tense,
} from './date-expression';
import {
  civilToHijri,
  fromHijriMonthNumber,
  hijriMonthSpan,
  hijriToCivil,
  toHijriMonthNumber,
} from './hijri-calendar';

/**
 * How to pick among candidate dates: an explicit direction in the expression ("الماضي", "next")
 * excludes the anchor itself; a direction inferred from tense includes it; no clue takes the nearest.
 */
type Choice = 'past-strict' | 'past' | 'future-strict' | 'future' | 'nearest';

interface Candidate<T> {
  readonly key: number;
  readonly value: T;
}

interface WeekInfoLocale {
  readonly weekInfo?: { readonly firstDay: number };
  readonly getWeekInfo?: () => { readonly firstDay: number };
}

const MONDAY = 1;
// How many days late a crawl time may be for a named weekday to pull a relative day back.
const LATE_ANCHOR_DAYS = 2;

/**
 * The first day of the week (0 = Sunday) in the calendar of a BCP 47 language tag, from ICU week
 * data: Saturday for most Arabic locales, Sunday for `en`/`ar-SA`, Monday for `en-GB` or unknown tags.
 */
export function firstDayOfWeek(language: string): number {
  try {
    const locale = new Intl.Locale(language) as unknown as WeekInfoLocale;
    const firstDay = locale.weekInfo?.firstDay ?? locale.getWeekInfo?.().firstDay;
    return firstDay === undefined ? MONDAY : firstDay % 7;
  } catch {
    return MONDAY;
  }
}

function choiceFor(direction: Direction | undefined, tense: Tense): Choice {
  if (direction === 'past') return 'past-strict';
  if (direction === 'future') return 'future-strict';
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  return 'nearest';
}

// Without a tense, the future counts double the distance (and ties go to the past): news reports
// more than it announces, and announcements usually say "will" or "المقبل".
const distance = (key: number, anchorKey: number): number =>
  key > anchorKey ? 2 * (key - anchorKey) : anchorKey - key;

function choose<T>(
  candidates: readonly Candidate<T>[],
  anchorKey: number,
  choice: Choice,
): T | undefined {
  const accepted = candidates.filter(({ key }) => {
    switch (choice) {
      case 'past-strict':
        return key < anchorKey;
      case 'past':
        return key <= anchorKey;
      case 'future-strict':
        return key > anchorKey;
      case 'future':
        return key >= anchorKey;
      case 'nearest':
        return true;
    }
  });
  const best = accepted.reduce<Candidate<T> | undefined>((kept, candidate) => {
    if (!kept) return candidate;
    const [a, b] = [distance(candidate.key, anchorKey), distance(kept.key, anchorKey)];
    return a < b || (a === b && candidate.key < kept.key) ? candidate : kept;
  }, undefined);
  return best?.value;
}

function nearbyWeekday(base: CivilDate, weekday: number, choice: Choice): CivilDate {
  const baseKey = toDayNumber(base);
  const candidates: Candidate<CivilDate>[] = [];
  for (let offset = -7; offset <= 7; offset += 1) {
    const date = addDays(base, offset);
    if (weekdayOf(date) === weekday) candidates.push({ key: baseKey + offset, value: date });
  }
  return choose(candidates, baseKey, choice) ?? base;
}

const day = (date: CivilDate): ResolvedDate => ({
  value: { start: formatDay(date), precision: 'day' },
});

const dayRange = (start: CivilDate, end: CivilDate): ResolvedDate => ({
  value: { start: formatDay(start), end: formatDay(end), precision: 'day' },
});

function resolveDayOffset(
  anchor: CivilDate,
  days: number,
  weekday: number | undefined,
  tense: Tense,
): ResolvedDate {
  const base = addDays(anchor, days);
  if (weekday === undefined || weekdayOf(base) === weekday) return day(base);
  // "أمس الخميس" on a Saturday crawl of Friday's edition: the crawl time is late, so the day that
  // agrees with both words is counted from an anchor up to two days earlier.
  for (let late = 1; late <= LATE_ANCHOR_DAYS; late += 1) {
    const shifted = addDays(base, -late);
    if (weekdayOf(shifted) === weekday) return { ...day(shifted), note: 'anchor-late' };
  }
  // "اليوم الخميس" on a Friday timestamp: the story was most likely written the evening before,
  // so trust the named weekday and look for it in the tense's direction.
  const strict =
    tense === 'past' ? 'past-strict' : tense === 'future' ? 'future-strict' : 'nearest';
  return { ...day(nearbyWeekday(base, weekday, strict)), note: 'weekday-mismatch' };
}

function resolveDayMonth(
  anchor: CivilDate,
  month: number,
  dayOfMonth: number,
  weekday: number | undefined,
  choice: Choice,
): ResolvedDate | undefined {
  const candidates: Candidate<CivilDate>[] = [];
  for (let year = anchor.year - 1; year <= anchor.year + 1; year += 1) {
    if (!isValidCivilDate(year, month, dayOfMonth)) continue;
    const date = { year, month, day: dayOfMonth };
    candidates.push({ key: toDayNumber(date), value: date });
  }
  // A named weekday pins the year better than tense does ("الأربعاء 8 نوفمبر").
  const sameWeekday = candidates.filter(
    ({ value }) => weekday !== undefined && weekdayOf(value) === weekday,
  );
  const chosen =
    sameWeekday.length > 0
      ? choose(sameWeekday, toDayNumber(anchor), 'nearest')
      : choose(candidates, toDayNumber(anchor), choice);
  if (!chosen) return undefined;
  const mismatch = weekday !== undefined && weekdayOf(chosen) !== weekday;
  return mismatch ? { ...day(chosen), note: 'weekday-mismatch' } : day(chosen);
}

function resolveDayMonthRange(
  anchor: CivilDate,
  expression: Extract<RelativeDate, { kind: 'day-month-range' }>,
  choice: Choice,
): ResolvedDate | undefined {
  const candidates: Candidate<[CivilDate, CivilDate]>[] = [];
  for (let year = anchor.year - 1; year <= anchor.year + 1; year += 1) {
    const endYear = expression.endMonth < expression.startMonth ? year + 1 : year;
    const start = { year, month: expression.startMonth, day: expression.startDay };
    const end = { year: endYear, month: expression.endMonth, day: expression.endDay };
    if (!isValidCivilDate(start.year, start.month, start.day)) continue;
    if (!isValidCivilDate(end.year, end.month, end.day)) continue;
    if (toDayNumber(end) < toDayNumber(start)) continue;
    candidates.push({ key: toDayNumber(start), value: [start, end] });
  }
  const chosen = choose(candidates, toDayNumber(anchor), choice);
  return chosen ? dayRange(chosen[0], chosen[1]) : undefined;
}

/** A Hijri month as the Gregorian months it spans, at month precision. */
export function hijriMonthValue(year: number, month: number): ResolvedDate | undefined {
  const span = hijriMonthSpan(year, month);
  if (!span) return undefined;
  const start = formatMonth(span.first.year, span.first.month);
  const end = formatMonth(span.last.year, span.last.month);
  return {
    value: start === end ? { start, precision: 'month' } : { start, end, precision: 'month' },
  };
}

function resolveHijriMonth(
  anchor: CivilDate,
  month: number,
  direction: Direction | 'current' | undefined,
  tense: Tense,
): ResolvedDate | undefined {
  const hijri = civilToHijri(anchor);
  if (direction === 'current') return hijriMonthValue(hijri.year, month);
  const candidates: Candidate<number>[] = [];
  for (let year = hijri.year - 1; year <= hijri.year + 1; year += 1) {
    const key = toHijriMonthNumber(year, month);
    candidates.push({ key, value: key });
  }
  const anchorKey = toHijriMonthNumber(hijri.year, hijri.month);
  const chosen = choose(candidates, anchorKey, choiceFor(direction, tense));
  if (chosen === undefined) return undefined;
  const { year, month: m } = fromHijriMonthNumber(chosen);
  return hijriMonthValue(year, m);
}

function resolveHijriDayMonth(
  anchor: CivilDate,
  month: number,
  dayOfMonth: number,
  choice: Choice,
): ResolvedDate | undefined {
  const hijri = civilToHijri(anchor);
  const candidates: Candidate<CivilDate>[] = [];
  for (let year = hijri.year - 1; year <= hijri.year + 1; year += 1) {
    const date = hijriToCivil({ year, month, day: dayOfMonth });
    if (date) candidates.push({ key: toDayNumber(date), value: date });
  }
  const chosen = choose(candidates, toDayNumber(anchor), choice);
  return chosen ? day(chosen) : undefined;
}

/**
 * Resolves a relative date against an RFC 3339 anchor (publishedAt). Weekdays, months and
 * day-months without a year take the occurrence nearest the anchor in the direction the expression
 * or the sentence's tense points to; "last week" is the previous calendar week as a day range,
 * its first day taken from ICU week data for `language`. Returns undefined when the anchor is not
 * a date or the expression names a day that does not exist.
 */
export function resolveRelative(
  expression: RelativeDate,
  anchor: string,
  tense: Tense,
  language = 'und',
): ResolvedDate | undefined {
  const anchorDate = parseAnchorDate(anchor);
  if (!anchorDate) return undefined;
  switch (expression.kind) {
    case 'day-offset':
      return resolveDayOffset(anchorDate, expression.days, expression.weekday, tense);
    case 'weekday': {
      if (expression.direction === undefined && weekdayOf(anchorDate) === expression.weekday) {
        // Wire copy names the publication day by its weekday ("said on Thursday"), whatever the tense.
        return day(anchorDate);
      }
      const choice = choiceFor(expression.direction, tense);
      return day(nearbyWeekday(anchorDate, expression.weekday, choice));
    }
    case 'day-month':
      return resolveDayMonth(
        anchorDate,
        expression.month,
        expression.day,
        expression.weekday,
        choiceFor(expression.direction, tense),
      );
    case 'day-month-range':
      return resolveDayMonthRange(anchorDate, expression, choiceFor(expression.direction, tense));
    case 'day-of-month': {
      const { year, month } = fromMonthNumber(
        toMonthNumber(anchorDate.year, anchorDate.month) + expression.monthOffset,
      );
      if (!isValidCivilDate(year, month, expression.day)) return undefined;
      return day({ year, month, day: expression.day });
    }
    case 'month': {
      const anchorMonth = toMonthNumber(anchorDate.year, anchorDate.month);
      const candidates: Candidate<number>[] = [];
      for (let year = anchorDate.year - 1; year <= anchorDate.year + 1; year += 1) {
        const key = toMonthNumber(year, expression.month);
        candidates.push({ key, value: key });
      }
      const chosen = choose(candidates, anchorMonth, choiceFor(expression.direction, tense));
      if (chosen === undefined) return undefined;
      const { year, month } = fromMonthNumber(chosen);
      return { value: { start: formatMonth(year, month), precision: 'month' } };
    }
    case 'week-offset': {
      const firstDay = firstDayOfWeek(language);
      const weekStart = addDays(anchorDate, -((weekdayOf(anchorDate) - firstDay + 7) % 7));
      const start = addDays(weekStart, 7 * expression.weeks);
      return dayRange(start, addDays(start, 6));
    }
    case 'month-offset': {
      const { year, month } = fromMonthNumber(
        toMonthNumber(anchorDate.year, anchorDate.month) + expression.months,
      );
      return { value: { start: formatMonth(year, month), precision: 'month' } };
    }
    case 'year-offset':
      return {
        value: { start: formatYear(anchorDate.year + expression.years), precision: 'year' },
      };
    case 'before-anchor':
      return day(anchorDate);
    case 'hijri-month':
      return resolveHijriMonth(anchorDate, expression.month, expression.direction, tense);
    case 'hijri-day-month':
      return resolveHijriDayMonth(
        anchorDate,
        expression.month,
        expression.day,
        choiceFor(expression.direction, tense),
      );
  }
}
