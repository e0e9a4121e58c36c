import { editionDayOfWeekdays, writingDayOfWeekdays } from './edition-day-of-weekdays';
import { findDateExpressions } from './find-date-expressions';

// Friday 31 July 2015, early morning in Riyadh: a crawl of stories written days before.
const FRIDAY_CRAWL = '2015-07-31T04:32:30+03:00';

const read = (text: string, publishedAt: string): string | undefined =>
  editionDayOfWeekdays(
    findDateExpressions(text, {
      language: 'ar',
      anchor: publishedAt,
      anchorSource: 'published-at',
    }),
    publishedAt,
  );

describe('editionDayOfWeekdays', () => {
  it.each<[string, string, string, string | undefined]>([
    [
      'yesterday Monday: written on Tuesday',
      'وقال المسؤولون أمس الاثنين إن الاتفاق تم',
      FRIDAY_CRAWL,
      '2015-07-28',
    ],
    [
      'today (Wednesday)',
      'ويلتقي الوزير نظيره اليوم (الأربعاء) في العاصمة',
      FRIDAY_CRAWL,
      '2015-07-29',
    ],
    [
      'tomorrow Thursday: written on Wednesday',
      'ويصل الرئيس غدا الخميس إلى القاهرة',
      FRIDAY_CRAWL,
      '2015-07-29',
    ],
    [
      'the day before yesterday Wednesday: written on Friday, the crawl day',
      'في كلمتها أمام البرلمان أول أمس الأربعاء',
      FRIDAY_CRAWL,
      undefined,
    ],
    [
      'the day before yesterday (Tuesday): written on Thursday',
      'وكان قد وصل أول من أمس (الثلاثاء) إلى الرياض',
      FRIDAY_CRAWL,
      '2015-07-30',
    ],
    ['pairs that agree', 'قال أمس الاثنين إن … وأكد اليوم الثلاثاء أن', FRIDAY_CRAWL, '2015-07-28'],
    [
      'none when pairs disagree',
      'قال أمس الاثنين إن … وأكد اليوم الخميس أن',
      FRIDAY_CRAWL,
      undefined,
    ],
    [
      'none when the text agrees with the crawl day',
      'وصل أمس الخميس إلى الرياض',
      FRIDAY_CRAWL,
      undefined,
    ],
    [
      'none from a weekday without a day word',
      'وصل يوم الاثنين إلى الرياض',
      FRIDAY_CRAWL,
      undefined,
    ],
    ['none from a day word without a weekday', 'وصل أمس إلى الرياض', FRIDAY_CRAWL, undefined],
    [
      'yesterday Friday crawled on Sunday',
      'وصل أمس الجمعة إلى الرياض',
      '2015-08-02T08:00:00+03:00',
      '2015-08-01',
    ],
  ])('%s', (_name, text, publishedAt, expected) => {
    expect(read(text, publishedAt)).toBe(expected);
  });

  it('reads nothing without a crawl time it can parse', () => {
    expect(editionDayOfWeekdays([], 'not a time')).toBeUndefined();
  });
});

describe('writingDayOfWeekdays', () => {
  const written = (text: string): string | undefined =>
    writingDayOfWeekdays(
      findDateExpressions(text, {
        language: 'ar',
        anchor: FRIDAY_CRAWL,
        anchorSource: 'published-at',
      }),
      FRIDAY_CRAWL,
    );

  it.each<[string, string, string | undefined]>([
    ['the crawl day itself', 'وصل أمس الخميس إلى الرياض', '2015-07-31'],
    ['an earlier day', 'وقال المسؤولون أمس الاثنين إن الاتفاق تم', '2015-07-28'],
    ['pairs that disagree', 'قال أمس الاثنين إن … وأكد اليوم الخميس أن', undefined],
    ['no pair', 'وصل أمس إلى الرياض', undefined],
  ])('%s', (_name, text, expected) => {
    expect(written(text)).toBe(expected);
  });
});
