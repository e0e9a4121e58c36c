import { type RelativeDate, type ResolvedDate, type Tense } from './date-expression';
import { firstDayOfWeek, resolveRelative } from './resolve-relative';

// 2023-11-09 was a Thursday.
const THURSDAY = '2023-11-09T09:00:00Z';
const [SUNDAY, MONDAY, WEDNESDAY, THURSDAY_, FRIDAY, SATURDAY] = [0, 1, 3, 4, 5, 6];

const day = (start: string, end?: string): ResolvedDate => ({
  value: end ? { start, end, precision: 'day' } : { start, precision: 'day' },
});
const mismatch = (start: string): ResolvedDate => ({ ...day(start), note: 'weekday-mismatch' });
const late = (start: string): ResolvedDate => ({ ...day(start), note: 'anchor-late' });
const month = (start: string): ResolvedDate => ({ value: { start, precision: 'month' } });
const year = (start: string): ResolvedDate => ({ value: { start, precision: 'year' } });

interface Case {
  readonly name: string;
  readonly expression: RelativeDate;
  readonly tense: Tense;
  readonly language?: string;
  readonly expected: ResolvedDate | undefined;
}

const cases: Case[] = [
  {
    name: 'today',
    expression: { kind: 'day-offset', days: 0 },
    tense: 'unknown',
    expected: day('2023-11-09'),
  },
  {
    name: 'yesterday',
    expression: { kind: 'day-offset', days: -1 },
    tense: 'past',
    expected: day('2023-11-08'),
  },
  {
    name: 'day after tomorrow',
    expression: { kind: 'day-offset', days: 2 },
    tense: 'future',
    expected: day('2023-11-11'),
  },
  {
    name: '"اليوم الخميس" on a Thursday',
    expression: { kind: 'day-offset', days: 0, weekday: THURSDAY_ },
    tense: 'past',
    expected: day('2023-11-09'),
  },
  {
    name: '"اليوم الأربعاء" crawled on the Thursday: the edition is a day old',
    expression: { kind: 'day-offset', days: 0, weekday: WEDNESDAY },
    tense: 'past',
    expected: late('2023-11-08'),
  },
  {
    name: '"اليوم الأربعاء" crawled on the Thursday, future tense: still the edition day',
    expression: { kind: 'day-offset', days: 0, weekday: WEDNESDAY },
    tense: 'future',
    expected: late('2023-11-08'),
  },
  {
    name: '"أمس الثلاثاء" crawled on the Thursday: two days late',
    expression: { kind: 'day-offset', days: -1, weekday: 2 },
    tense: 'past',
    expected: late('2023-11-07'),
  },
  {
    name: '"غدا الخميس" crawled on the Thursday: a day late',
    expression: { kind: 'day-offset', days: 1, weekday: THURSDAY_ },
    tense: 'future',
    expected: late('2023-11-09'),
  },
  {
    name: '"أمس الجمعة" on a Thursday: no late anchor agrees, the named weekday is kept',
    expression: { kind: 'day-offset', days: -1, weekday: FRIDAY },
    tense: 'past',
    expected: mismatch('2023-11-03'),
  },
  {
    name: 'weekday, past tense',
    expression: { kind: 'weekday', weekday: WEDNESDAY },
    tense: 'past',
    expected: day('2023-11-08'),
  },
  {
    name: 'weekday, future tense',
    expression: { kind: 'weekday', weekday: WEDNESDAY },
    tense: 'future',
    expected: day('2023-11-15'),
  },
  {
    name: 'weekday, no tense, just past',
    expression: { kind: 'weekday', weekday: MONDAY },
    tense: 'unknown',
    expected: day('2023-11-06'),
  },
  {
    name: 'weekday, no tense, tomorrow',
    expression: { kind: 'weekday', weekday: FRIDAY },
    tense: 'unknown',
    expected: day('2023-11-10'),
  },
  {
    name: 'weekday, no tense, in two days',
    expression: { kind: 'weekday', weekday: SATURDAY },
    tense: 'unknown',
    expected: day('2023-11-11'),
  },
  {
    name: 'weekday, no tense, past wins at +3/-4',
    expression: { kind: 'weekday', weekday: SUNDAY },
    tense: 'unknown',
    expected: day('2023-11-05'),
  },
  {
    name: 'the anchor weekday is the anchor day',
    expression: { kind: 'weekday', weekday: THURSDAY_ },
    tense: 'future',
    expected: day('2023-11-09'),
  },
  {
    name: '"الخميس الماضي" on a Thursday',
    expression: { kind: 'weekday', weekday: THURSDAY_, direction: 'past' },
    tense: 'unknown',
    expected: day('2023-11-02'),
  },
  {
    name: '"الخميس المقبل" on a Thursday',
    expression: { kind: 'weekday', weekday: THURSDAY_, direction: 'future' },
    tense: 'past',
    expected: day('2023-11-16'),
  },
  {
    name: 'day-month, past',
    expression: { kind: 'day-month', month: 8, day: 3 },
    tense: 'past',
    expected: day('2023-08-03'),
  },
  {
    name: 'day-month, future',
    expression: { kind: 'day-month', month: 8, day: 3 },
    tense: 'future',
    expected: day('2024-08-03'),
  },
  {
    name: 'day-month, no tense, leans past',
    expression: { kind: 'day-month', month: 8, day: 3 },
    tense: 'unknown',
    expected: day('2023-08-03'),
  },
  {
    name: 'day-month, no tense, three weeks ahead',
    expression: { kind: 'day-month', month: 12, day: 1 },
    tense: 'unknown',
    expected: day('2023-12-01'),
  },
  {
    name: 'day-month with its weekday',
    expression: { kind: 'day-month', month: 11, day: 8, weekday: WEDNESDAY },
    tense: 'future',
    expected: day('2023-11-08'),
  },
  {
    name: '29 February with no leap year nearby in the past',
    expression: { kind: 'day-month', month: 2, day: 29 },
    tense: 'past',
    expected: undefined,
  },
  {
    name: 'range without year, past',
    expression: { kind: 'day-month-range', startMonth: 7, startDay: 3, endMonth: 7, endDay: 4 },
    tense: 'past',
    expected: day('2023-07-03', '2023-07-04'),
  },
  {
    name: 'range across the new year, future',
    expression: { kind: 'day-month-range', startMonth: 12, startDay: 30, endMonth: 1, endDay: 2 },
    tense: 'future',
    expected: day('2023-12-30', '2024-01-02'),
  },
  {
    name: 'day of this month',
    expression: { kind: 'day-of-month', day: 28, monthOffset: 0 },
    tense: 'unknown',
    expected: day('2023-11-28'),
  },
  {
    name: 'a day this month does not have',
    expression: { kind: 'day-of-month', day: 31, monthOffset: 0 },
    tense: 'unknown',
    expected: undefined,
  },
  {
    name: 'month, past',
    expression: { kind: 'month', month: 4 },
    tense: 'past',
    expected: month('2023-04'),
  },
  {
    name: 'month, future',
    expression: { kind: 'month', month: 4 },
    tense: 'future',
    expected: month('2024-04'),
  },
  {
    name: 'current month, past tense',
    expression: { kind: 'month', month: 11 },
    tense: 'past',
    expected: month('2023-11'),
  },
  {
    name: 'current month, "الماضي"',
    expression: { kind: 'month', month: 11, direction: 'past' },
    tense: 'unknown',
    expected: month('2022-11'),
  },
  {
    name: 'next month name, no tense',
    expression: { kind: 'month', month: 12 },
    tense: 'unknown',
    expected: month('2023-12'),
  },
  {
    name: 'last week, Arabic (Saturday first)',
    expression: { kind: 'week-offset', weeks: -1 },
    tense: 'past',
    language: 'ar',
    expected: day('2023-10-28', '2023-11-03'),
  },
  {
    name: 'last week, US English (Sunday first)',
    expression: { kind: 'week-offset', weeks: -1 },
    tense: 'past',
    language: 'en',
    expected: day('2023-10-29', '2023-11-04'),
  },
  {
    name: 'last week, British English (Monday first)',
    expression: { kind: 'week-offset', weeks: -1 },
    tense: 'past',
    language: 'en-GB',
    expected: day('2023-10-30', '2023-11-05'),
  },
  {
    name: 'this week, English',
    expression: { kind: 'week-offset', weeks: 0 },
    tense: 'unknown',
    language: 'en',
    expected: day('2023-11-05', '2023-11-11'),
  },
  {
    name: 'next week, Arabic',
    expression: { kind: 'week-offset', weeks: 1 },
    tense: 'future',
    language: 'ar',
    expected: day('2023-11-11', '2023-11-17'),
  },
  {
    name: 'last month',
    expression: { kind: 'month-offset', months: -1 },
    tense: 'past',
    expected: month('2023-10'),
  },
  {
    name: 'in two months, across the year',
    expression: { kind: 'month-offset', months: 2 },
    tense: 'future',
    expected: month('2024-01'),
  },
  {
    name: 'last year',
    expression: { kind: 'year-offset', years: -1 },
    tense: 'past',
    expected: year('2022'),
  },
];

describe('resolveRelative', () => {
  it.each(cases)('$name', ({ expression, tense, language, expected }) => {
    expect(resolveRelative(expression, THURSDAY, tense, language)).toEqual(expected);
  });

  it.each(['', 'yesterday', '2023-02-30T00:00:00Z'])('refuses the anchor %p', (anchor) => {
    expect(resolveRelative({ kind: 'day-offset', days: 0 }, anchor, 'unknown')).toBeUndefined();
  });
});

describe('firstDayOfWeek', () => {
  it.each([
    ['ar', SATURDAY],
    ['ar-SA', SUNDAY],
    ['ar-AE', MONDAY],
    ['en', SUNDAY],
    ['en-GB', MONDAY],
    ['not a tag!', MONDAY],
  ])('%s starts on %i', (language, expected) => {
    expect(firstDayOfWeek(language)).toBe(expected);
  });
});
