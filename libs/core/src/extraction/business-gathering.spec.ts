import { readOneSentence } from '@sijill/testing';
import { namedForBusiness } from './business-gathering';
import { isTrigger } from './read-triggers';

/** The summit and meeting words of one sentence that are named for business. */
function business(text: string, language = 'ar'): string[] {
  const reading = readOneSentence(text, { language, anchor: '2015-07-30' });
  return reading.hits
    .filter((h) => isTrigger(h) && namedForBusiness(reading, h))
    .map((h) =>
      reading.words
        .slice(h.first, h.last + 1)
        .map((w) => w.raw)
        .join(' '),
    );
}

describe('namedForBusiness', () => {
  it.each([
    {
      rule: 'a summit named for entrepreneurship, an adjective between',
      text: 'وسيشارك الرئيس في قمة عالمية لريادة الأعمال في نيروبي.',
      language: 'ar',
      expected: ['قمة'],
    },
    {
      rule: 'a meeting of a business forum',
      text: 'وينعقد الاجتماع الثاني لمنتدى الأعمال المشترك في الرياض.',
      language: 'ar',
      expected: ['الاجتماع'],
    },
    {
      rule: 'a summit of leaders is not',
      text: 'وسيشارك الرئيس في قمة إقليمية للتنمية في نيروبي.',
      language: 'ar',
      expected: [],
    },
    {
      rule: 'business words in another clause do not name the meeting',
      text: 'والتقى الوزير نظيره في اجتماع مطول، وحضر رجال الأعمال حفل العشاء.',
      language: 'ar',
      expected: [],
    },
    {
      rule: 'a verb is not judged: meeting businessmen is left to the party rules',
      text: 'والتقى الرئيس رجال الأعمال في القصر.',
      language: 'ar',
      expected: [],
    },
    {
      rule: 'en: the Global Entrepreneurship Summit',
      text: 'Obama will attend the Global Entrepreneurship Summit in Nairobi.',
      language: 'en',
      expected: ['Summit'],
    },
    {
      rule: 'en: a summit to discuss business ties is a summit',
      text: 'The leaders will hold a summit to discuss business ties.',
      language: 'en',
      expected: [],
    },
  ])('$rule', ({ text, language, expected }) => {
    expect(business(text, language)).toEqual(expected);
  });
});
