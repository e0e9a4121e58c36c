import { type EventMention, type UniqueArticle, definedOnly } from '@sijill/contracts';
import { loadDefaultGazetteer } from '../gazetteer';
import { exampleArticle } from '@sijill/testing';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();
// Crawled early on Friday 2015-07-31, as the Saudi papers of the corpus are.
const CRAWLED = '2015-07-31T03:54:00+03:00';

function article(id: string, language: string, body: string, url?: string): UniqueArticle {
  return exampleArticle(id, language, body, {
    publishedAt: CRAWLED,
    source: 'Example Paper',
    ...definedOnly({ url }),
  });
}

type Dated = Pick<EventMention['date'], 'start' | 'precision' | 'rule' | 'anchorSource'>;

// Articles written for these tests; each row is one dating rule.
const CASES: readonly [string, UniqueArticle, readonly Dated[]][] = [
  [
    'a dual Hijri/Gregorian date dates the visit, not "tomorrow Thursday" counted from the crawl',
    article(
      'dual',
      'ar',
      'أعلن الديوان الملكي أن ولي ولي العهد الأمير محمد بن سلمان يغادر يوم غد الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م إلى القاهرة في زيارة يلتقي خلالها الرئيس المصري عبدالفتاح السيسي.',
    ),
    [{ start: '2015-07-30', precision: 'day', rule: 'dual-hijri-gregorian' }],
  ],
  [
    'a Hijri date alone dates the visit',
    article(
      'hijri',
      'ar',
      'استقبل الرئيس المصري عبدالفتاح السيسي في القاهرة يوم 14/10/1436هـ ولي ولي العهد الأمير محمد بن سلمان.',
    ),
    [{ start: '2015-07-30', precision: 'day', rule: 'hijri-numeric' }],
  ],
  [
    '"yesterday" counts from the edition day in the URL, a day before the crawl',
    article(
      'edition',
      'ar',
      'استقبل الرئيس المصري عبدالفتاح السيسي أمس في القاهرة وزير الخارجية السعودي عادل الجبير.',
      'http://paper.example/new/Issues/20150730/Con20150730786477.htm',
    ),
    [{ start: '2015-07-29', precision: 'day', rule: 'relative-yesterday', anchorSource: 'url' }],
  ],
  [
    '"yesterday" counts from the crawl time when the URL has no edition day',
    article(
      'crawl',
      'ar',
      'استقبل الرئيس المصري عبدالفتاح السيسي أمس في القاهرة وزير الخارجية السعودي عادل الجبير.',
    ),
    [
      {
        start: '2015-07-30',
        precision: 'day',
        rule: 'relative-yesterday',
        anchorSource: 'published-at',
      },
    ],
  ],
  [
    'an explicit date beats a relative one in the same clause',
    article(
      'explicit',
      'en',
      'Vladimir Putin met Recep Tayyip Erdogan in Moscow today on 29 July 2015 for talks on Syria.',
    ),
    [{ start: '2015-07-29', precision: 'day', rule: 'absolute-day-month-year' }],
  ],
  [
    '"yesterday Wednesday" on a Friday crawl takes the Wednesday, a day late',
    article(
      'late',
      'ar',
      'استقبل الرئيس المصري عبدالفتاح السيسي أمس الأربعاء في القاهرة وزير الخارجية السعودي عادل الجبير.',
    ),
    [{ start: '2015-07-29', precision: 'day', rule: 'relative-yesterday-weekday' }],
  ],
  [
    'an undated past meeting the text places "hours after" something is left out',
    article(
      'hours-after',
      'en',
      'Hours after the Cairo declaration, Egyptian President Abdel Fattah el-Sisi met Saudi Foreign Minister Adel al-Jubeir in Cairo.',
    ),
    [],
  ],
  [
    'an undated past meeting told "recently" is left out',
    article(
      'recently',
      'ar',
      'التقى الرئيس المصري عبدالفتاح السيسي مؤخرا وزير الخارجية السعودي عادل الجبير في القاهرة.',
    ),
    [],
  ],
  [
    'an undated past visit told as a reminder ("it is recalled that") is left out',
    article(
      'reminder',
      'ar',
      'يذكر أن الرئيس الأمريكي باراك أوباما قد زار إثيوبيا خلال جولته في القارة الإفريقية.',
    ),
    [],
  ],
  [
    'an undated meeting told as during "his last visit" is left out',
    article(
      'last-visit-ar',
      'ar',
      'التقى وزير الخارجية الأمريكي جون كيري الرئيس الروسي فلاديمير بوتين في موسكو خلال زيارته الأخيرة.',
    ),
    [],
  ],
  [
    'an undated meeting told as during "her previous visit" is left out',
    article(
      'last-visit-en',
      'en',
      'During her previous visit to Berlin, British Prime Minister Theresa May met German Chancellor Angela Merkel.',
    ),
    [],
  ],
  [
    'an undated call told as "the last call between the two presidents" is left out',
    article(
      'last-call-ar',
      'ar',
      'وتوج الاتفاق الاتصال الأخير بين الرئيس التركي رجب طيب إردوغان والرئيس الأمريكي باراك أوباما.',
    ),
    [],
  ],
  [
    'an undated call told as "their last phone call" is left out',
    article(
      'last-call-en',
      'en',
      'US President Barack Obama held a phone call with Turkish President Recep Tayyip Erdogan, their last phone call before the agreement.',
    ),
    [],
  ],
  [
    'a meeting dated yesterday keeps its day beside a mention of the last visit',
    article(
      'last-visit-dated',
      'ar',
      'التقى وزير الخارجية الأمريكي جون كيري الرئيس الروسي فلاديمير بوتين أمس في موسكو، وهي زيارته الأخيرة قبل الانتخابات.',
    ),
    [{ start: '2015-07-30', precision: 'day', rule: 'relative-yesterday' }],
  ],
  [
    'the date of the next meeting named after past talks does not date the talks',
    article(
      'next-meeting',
      'ar',
      'وأكد المحلل أن مباحثات القاهرة بين الرئيس المصري عبدالفتاح السيسي وولي ولي العهد الأمير محمد بن سلمان ستنعكس إيجابيا على الاجتماع المقبل لوزراء الخارجية العرب في 27 أغسطس المقبل.',
    ),
    [{ start: '2015-07-31', precision: 'day', rule: 'fallback-news-day' }],
  ],
  [
    '"يوم غد الخميس" in a statement issued "today" and crawled on Friday takes Thursday',
    article(
      'tomorrow-thursday',
      'ar',
      'صدر عن الديوان الملكي اليوم البيان التالي: يغادر يوم غد الخميس ولي ولي العهد الأمير محمد بن سلمان إلى مصر في زيارة عمل يلتقي خلالها الرئيس المصري عبدالفتاح السيسي.',
    ),
    [{ start: '2015-07-30', precision: 'day', rule: 'relative-tomorrow-weekday' }],
  ],
  [
    'the day a tour lasts "until" does not date the visit that opens it',
    article(
      'until',
      'ar',
      'وصل وزير الخارجية الأميركي جون كيري أمس إلى القاهرة في مستهل جولة تستمر حتى 8 أغسطس وتشمل زيارة دول خليجية.',
    ),
    [{ start: '2015-07-30', precision: 'day', rule: 'relative-yesterday' }],
  ],
  [
    'a range joined by "حتى" still dates the visit from its first day',
    article(
      'until-range',
      'ar',
      'استقبل الرئيس المصري عبدالفتاح السيسي في القاهرة من الأحد حتى الثلاثاء وزير الخارجية السعودي عادل الجبير.',
    ),
    [{ start: '2015-07-26', precision: 'day', rule: 'relative-weekday' }],
  ],
  [
    'the day a deal "which was signed" does not date the visit held to discuss it',
    article(
      'relative-clause',
      'ar',
      'وصلت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني أمس إلى طهران في زيارة لمناقشة تطبيق الاتفاق النووي الذي وقع في 14 يوليو.',
    ),
    [{ start: '2015-07-30', precision: 'day', rule: 'relative-yesterday' }],
  ],
  [
    'a relative clause about the visit itself still dates it',
    article(
      'own-relative-clause',
      'ar',
      'اختتم وزير الخارجية الأميركي جون كيري زيارته التي بدأت في 28 يوليو 2015 إلى القاهرة.',
    ),
    [{ start: '2015-07-28', precision: 'day', rule: 'absolute-day-month-year' }],
  ],
  [
    'a meeting still to come is not dated by the week its announcement was made',
    article(
      'announced-last-week',
      'ar',
      'وكان وزير الخارجية الأمريكي جون كيري أعلن الأسبوع الماضي عن اللقاء المرتقب مع وزير الخارجية الروسي سيرغي لافروف في الدوحة.',
    ),
    [],
  ],
  [
    'an undated past meeting with nothing placing it earlier still takes the news day',
    article(
      'news-day',
      'en',
      'Egyptian President Abdel Fattah el-Sisi met Saudi Foreign Minister Adel al-Jubeir in Cairo.',
    ),
    [{ start: '2015-07-31', precision: 'day', rule: 'fallback-news-day' }],
  ],
];

describe('extractMentions dates an encounter', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    const dates = extractMentions(input, gazetteer).map(({ date }): Dated => ({
      start: date.start,
      precision: date.precision,
      rule: date.rule,
      ...(date.anchorSource === undefined || expected.every((e) => e.anchorSource === undefined)
        ? {}
        : { anchorSource: date.anchorSource }),
    }));
    expect(dates).toEqual(expected);
  });
});
