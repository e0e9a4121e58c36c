import {
  articleNumberOfUrl,
  editionDayOfArticleNumber,
  type NumberedDay,
} from './edition-day-of-article-number';

// Friday 31 July 2015, early morning in Riyadh: a burst of one outlet's stories written days before.
const FRIDAY_CRAWL = '2015-07-31T04:32:30+03:00';

// An outlet numbering its stories in the order it writes them, a few a day.
const NUMBERED: readonly NumberedDay[] = [
  { number: 416000, day: '2015-07-27' },
  { number: 416400, day: '2015-07-27' },
  { number: 417000, day: '2015-07-28' },
  { number: 417300, day: '2015-07-28' },
  { number: 417600, day: '2015-07-29' },
  { number: 417900, day: '2015-07-29' },
  { number: 418400, day: '2015-07-30' },
  { number: 418700, day: '2015-07-30' },
  { number: 419200, day: '2015-07-31' },
  { number: 419300, day: '2015-07-31' },
];

describe('articleNumberOfUrl', () => {
  it.each<[string, string, { outlet: string; number: number } | undefined]>([
    [
      'a number segment before the slug',
      'http://aawsat.com/home/article/418836/slug',
      { outlet: 'aawsat.com', number: 418836 },
    ],
    [
      'a number alone',
      'http://www.alriyadh.com/1069169',
      { outlet: 'alriyadh.com', number: 1069169 },
    ],
    [
      'a number in the query only',
      'http://www.alwatan.com.sa/Detail.aspx?ArticleId=270111',
      undefined,
    ],
    ['a short segment', 'http://example.com/news/2015/slug', undefined],
    ['no scheme', 'aawsat.com/home/article/418836', undefined],
  ])('%s', (_case, url, expected) => {
    expect(articleNumberOfUrl(url)).toEqual(expected);
  });
});

describe('editionDayOfArticleNumber', () => {
  it.each<[string, number, string, readonly NumberedDay[], string | undefined]>([
    [
      'between stories of the 28th: written on the 28th',
      417150,
      FRIDAY_CRAWL,
      NUMBERED,
      '2015-07-28',
    ],
    [
      'between the 29th and the 30th: the later middle day',
      418100,
      FRIDAY_CRAWL,
      NUMBERED,
      '2015-07-30',
    ],
    ['among stories of the crawl day: no move', 419250, FRIDAY_CRAWL, NUMBERED, undefined],
    ['past the newest known number: not extrapolated', 419900, FRIDAY_CRAWL, NUMBERED, undefined],
    ['before the oldest known number: not extrapolated', 415000, FRIDAY_CRAWL, NUMBERED, undefined],
    [
      'one mislabelled neighbour does not move it',
      417150,
      FRIDAY_CRAWL,
      [...NUMBERED, { number: 417160, day: '2015-07-20' }],
      '2015-07-28',
    ],
    ['the article itself is no evidence', 417000, FRIDAY_CRAWL, NUMBERED, '2015-07-28'],
    [
      'neighbours later than the crawl: never a move forward',
      417150,
      '2015-07-26T04:00:00+03:00',
      NUMBERED,
      undefined,
    ],
    [
      'more than a month late: an archive, no move',
      417150,
      '2015-09-30T04:00:00+03:00',
      NUMBERED,
      undefined,
    ],
    ['no known articles', 417150, FRIDAY_CRAWL, [], undefined],
  ])('%s', (_case, number, publishedAt, known, expected) => {
    expect(editionDayOfArticleNumber(number, publishedAt, known)).toBe(expected);
  });

  it('does not depend on the order of the known articles', () => {
    const reversed = [...NUMBERED].reverse();
    for (const number of [416200, 417150, 418100, 418500]) {
      expect(editionDayOfArticleNumber(number, FRIDAY_CRAWL, reversed)).toBe(
        editionDayOfArticleNumber(number, FRIDAY_CRAWL, NUMBERED),
      );
    }
  });
});
