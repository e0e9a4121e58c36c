import {
  editionDayOfWeekdays,
  staleByWeekdays,
  writingDayOfWeekdays,
} from './edition-day-of-weekdays';
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

describe('staleByWeekdays', () => {
  const FRIDAY_AFTERNOON = '2015-07-24T15:54:44+03:00';
  const stale = (text: string, publishedAt: string): string | undefined =>
    staleByWeekdays(
      findDateExpressions(text, {
        language: 'ar',
        anchor: publishedAt,
        anchorSource: 'published-at',
      }),
      publishedAt,
    );

  it.each<[string, string, string, string | undefined]>([
    [
      'today Saturday crawled on a Friday: six days back, stale',
      'استقبل الملك في قصره اليوم السبت الرئيس الضيف',
      FRIDAY_AFTERNOON,
      '2015-07-18',
    ],
    [
      'today Sunday crawled on a Friday: five days back, stale',
      'عقد الملك في قصره اليوم الأحد جلسة مباحثات',
      FRIDAY_AFTERNOON,
      '2015-07-19',
    ],
    [
      'today Monday crawled on a Friday: four days back, stale',
      'أطلع الملك المجلس اليوم الاثنين على فحوى الاتصال',
      FRIDAY_AFTERNOON,
      '2015-07-20',
    ],
    [
      'yesterday Monday crawled on a Friday: written on Tuesday, three days back, an edition',
      'وقال المسؤولون أمس الاثنين إن الاتفاق تم',
      FRIDAY_CRAWL,
      undefined,
    ],
    [
      'today Wednesday crawled on a Friday: two days back, an edition',
      'ويلتقي الوزير نظيره اليوم (الأربعاء) في العاصمة',
      FRIDAY_CRAWL,
      undefined,
    ],
    [
      'fresh: yesterday Thursday crawled on a Friday',
      'وصل أمس الخميس إلى الرياض',
      FRIDAY_CRAWL,
      undefined,
    ],
    [
      'pairs that disagree say nothing',
      'قال أمس الاثنين إن … وأكد اليوم السبت أن',
      FRIDAY_AFTERNOON,
      undefined,
    ],
    ['no pair', 'وصل أمس إلى الرياض', FRIDAY_AFTERNOON, undefined],
  ])('%s', (_name, text, publishedAt, expected) => {
    expect(stale(text, publishedAt)).toBe(expected);
  });
});
