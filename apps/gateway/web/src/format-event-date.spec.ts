import { describeGap, formatEventDate, formatPublishedAt } from './format-event-date';

describe('formatEventDate', () => {
  it.each([
    ['a day', { start: '2024-07-03', precision: 'day' }, 'en', '3 July 2024'],
    [
      'a span of days',
      { start: '2024-07-02', end: '2024-07-03', precision: 'day' },
      'en',
      '2 – 3 July 2024',
    ],
    [
      'a span across months',
      { start: '2024-06-30', end: '2024-07-02', precision: 'day' },
      'en',
      '30 June – 2 July 2024',
    ],
    [
      'a month, without inventing a day',
      { start: '2015-07', precision: 'month' },
      'en',
      'July 2015',
    ],
    ['a year', { start: '2015', precision: 'year' }, 'en', '2015'],
  ] as const)('writes %s as people read it', (_case, date, language, expected) => {
    expect(formatEventDate(date, language)).toBe(expected);
  });

  it('writes a month in Arabic with the Arabic month name', () => {
    expect(formatEventDate({ start: '2015-07', precision: 'month' }, 'ar')).toMatch(
      /^يوليو (2015|٢٠١٥)$/,
    );
  });

  it('writes a publication time in UTC, to the minute', () => {
    expect(formatPublishedAt('2024-02-14T15:10:00+02:00')).toBe('14 Feb 2024, 13:10 UTC');
    expect(formatPublishedAt('not a time')).toBe('not a time');
  });

  it.each([
    ['2024-07-02', '2024-07-09', undefined],
    ['2024-07-02', '2024-08-02', '4 weeks later'],
    ['2024-02-14', '2024-06-19', '4 months later'],
    ['2019', '2024-06', '5 years later'],
  ])('names the gap from %s to %s', (earlier, later, expected) => {
    expect(describeGap(earlier, later)).toBe(expected);
  });
});
