import { chooseAnchor, editionDayOfUrl, type AnchorEvidence } from './choose-anchor';

const CRAWLED = '2015-08-06T02:10:00+03:00';
const NOW = '2026-12-06T19:00:00Z';

describe('editionDayOfUrl', () => {
  it.each([
    ['http://www.aleqt.com/2015/08/05/article_975545.html', '2015-08-05'],
    ['http://www.okaz.com.sa/new/Issues/20150805/Con20150805785241.htm', '2015-08-05'],
    ['http://www.al-jazirah.com/2015/20150805/ln32.htm', '2015-08-05'],
    ['http://example.com/news?date=2015-08-05&id=3', '2015-08-05'],
    ['http://example.com/2015-08-05/story', '2015-08-05'],
    ['http://www.alriyadh.com/1066713', undefined],
    ['http://www.alyaum.com/article/20150805123', undefined],
    ['http://example.com/2015/13/40/story', undefined],
  ])('%s → %s', (url, expected) => {
    expect(editionDayOfUrl(url)).toBe(expected);
  });
});

describe('chooseAnchor', () => {
  const base: AnchorEvidence = { text: 'نص الخبر', language: 'ar', now: NOW };
  it.each<[string, AnchorEvidence, { value: string; source: string } | undefined]>([
    [
      'the crawl time when nothing else dates the article',
      { ...base, publishedAt: CRAWLED, url: 'http://www.alriyadh.com/1066713' },
      { value: CRAWLED, source: 'published-at' },
    ],
    [
      'the URL edition day a day before the crawl',
      { ...base, publishedAt: CRAWLED, url: 'http://www.okaz.com.sa/new/Issues/20150805/C1.htm' },
      { value: '2015-08-05', source: 'url' },
    ],
    [
      'not a URL day the same as the crawl day',
      { ...base, publishedAt: CRAWLED, url: 'http://www.aleqt.com/2015/08/06/article_1.html' },
      { value: CRAWLED, source: 'published-at' },
    ],
    [
      'the URL day of an article crawled weeks after it appeared',
      { ...base, publishedAt: CRAWLED, url: 'http://www.aleqt.com/2015/07/14/article_1.html' },
      { value: '2015-07-14', source: 'url' },
    ],
    [
      'not a URL day months before the crawl (an archive link)',
      { ...base, publishedAt: CRAWLED, url: 'http://www.aleqt.com/2015/05/01/article_1.html' },
      { value: CRAWLED, source: 'published-at' },
    ],
    [
      'not a URL day after the crawl',
      { ...base, publishedAt: CRAWLED, url: 'http://www.aleqt.com/2015/08/07/article_1.html' },
      { value: CRAWLED, source: 'published-at' },
    ],
    [
      'a dateline with its day two days before the crawl',
      { ...base, publishedAt: CRAWLED, text: 'الرياض 4 أغسطس 2015 - استقبل أمير المنطقة' },
      { value: '2015-08-04', source: 'dateline' },
    ],
    [
      'a statement opening with "tomorrow Tuesday" and the date is of the day before that date',
      {
        ...base,
        publishedAt: CRAWLED,
        text: 'يغادر يوم غد الثلاثاء 18 / 10 / 1436هـ الموافق 4 / 8 / 2015م الوزير إلى القاهرة',
      },
      { value: '2015-08-03', source: 'dateline' },
    ],
    [
      'a day word before a written-out date further in the text gives the day it was written',
      {
        ...base,
        publishedAt: CRAWLED,
        text: `${'وقال المتحدث باسم الوزارة في بيان إن الزيارة تأتي في إطار التشاور المستمر بين البلدين. '.repeat(3)}ويصل الوزير غدا الأربعاء 5 أغسطس 2015 إلى القاهرة`,
      },
      { value: '2015-08-04', source: 'weekday' },
    ],
    [
      'not when that day is the crawl day',
      {
        ...base,
        publishedAt: CRAWLED,
        text: `${'وقال المتحدث باسم الوزارة في بيان إن الزيارة تأتي في إطار التشاور المستمر بين البلدين. '.repeat(3)}ويصل الوزير اليوم الخميس 6 أغسطس 2015 إلى القاهرة`,
      },
      { value: CRAWLED, source: 'published-at' },
    ],
    [
      'the day the text\'s "yesterday Tuesday" gives, a day before the crawl',
      { ...base, publishedAt: CRAWLED, text: 'وقال المتحدث أمس الثلاثاء إن الوزيرين التقيا' },
      { value: '2015-08-05', source: 'weekday' },
    ],
    [
      "the URL edition day over the text's weekday",
      {
        ...base,
        publishedAt: CRAWLED,
        url: 'http://www.okaz.com.sa/new/Issues/20150804/C1.htm',
        text: 'وقال المتحدث أمس الثلاثاء إن الوزيرين التقيا',
      },
      { value: '2015-08-04', source: 'url' },
    ],
    [
      "the crawl time when the URL's edition day is the crawl day, whatever a quote's weekday",
      {
        ...base,
        publishedAt: CRAWLED,
        url: 'http://www.al-jazirah.com/2015/20150806/sp2.htm',
        text: 'وقال: وصلت البعثة عصر اليوم الاثنين وفق خط السير',
      },
      { value: CRAWLED, source: 'published-at' },
    ],
    [
      'the URL edition day when there is no publishedAt',
      { ...base, url: 'http://www.aleqt.com/2015/08/05/article_1.html' },
      { value: '2015-08-05', source: 'url' },
    ],
    [
      'never a publishedAt in a year after next by the clock',
      { ...base, publishedAt: '2031-01-01T00:00:00Z' },
      undefined,
    ],
    [
      'the URL edition day instead of an impossible publishedAt',
      {
        ...base,
        publishedAt: '2031-01-01T00:00:00Z',
        url: 'http://www.aleqt.com/2015/08/05/article_1.html',
      },
      { value: '2015-08-05', source: 'url' },
    ],
    [
      'next year by the clock is still possible',
      { ...base, publishedAt: '2027-03-01T00:00:00Z' },
      { value: '2027-03-01T00:00:00Z', source: 'published-at' },
    ],
  ])('takes %s', (_name, evidence, expected) => {
    expect(chooseAnchor(evidence)).toEqual(expected);
  });
});
