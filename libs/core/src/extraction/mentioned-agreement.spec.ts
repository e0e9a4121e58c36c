import { exampleArticle } from '@sijill/testing';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

const agreementsIn = (language: string, body: string): string[] =>
  extractMentions(exampleArticle(`mentioned-${language}`, language, body), gazetteer).flatMap((m) =>
    m.agreements.map((a) => a.title),
  );

// Sentences written for these tests: a visit told as held, then a signing clause that also names a
// document it only refers to.
const AR =
  'وصل رئيس الوزراء الإيطالي ماتيو رينزي إلى القاهرة أمس الخميس في زيارة رسمية التقى خلالها الرئيس عبد الفتاح السيسي،';
const EN =
  'Italian Prime Minister Matteo Renzi arrived in Cairo on Thursday for an official visit and met President Abdel Fattah el-Sisi.';

describe('onlyMentioned, through extractMentions', () => {
  it.each([
    {
      rule: 'a document named after في إطار is not one signed',
      language: 'ar',
      body: `${AR} ووقع الجانبان مذكرة تفاهم للطاقة في إطار اتفاقية الشراكة بين البلدين.`,
      expected: ['مذكرة تفاهم للطاقة'],
    },
    {
      rule: 'a document whose implementation is discussed is not one signed',
      language: 'ar',
      body: `${AR} وبحث الجانبان تنفيذ الاتفاقية الموقعة بين البلدين.`,
      expected: [],
    },
    {
      rule: 'English: the implementation of an agreement, named inside the title of one signed',
      language: 'en',
      body: `${EN} The two leaders signed a protocol on the implementation of the agreement on gas.`,
      expected: ['protocol on the implementation of the agreement on gas'],
    },
    {
      rule: 'English: talks on the implementation of an agreement name none',
      language: 'en',
      body: `${EN} They discussed the implementation of the agreement on gas signed last year.`,
      expected: [],
    },
  ])('$rule', ({ language, body, expected }) => {
    expect(agreementsIn(language, body)).toEqual(expected);
  });
});
