import { exampleArticle } from '@sijill/testing';
import { loadDefaultGazetteer } from '../gazetteer';
import { extractMentions } from './extract-mentions';

const gazetteer = loadDefaultGazetteer();

const agreementsIn = (language: string, body: string): string[] =>
  extractMentions(exampleArticle(`signing-${language}`, language, body), gazetteer).flatMap((m) =>
    m.agreements.map((a) => a.title),
  );

// Sentences written for these tests. Each opens with the same encounter (a visit told as held) and
// goes on with one way of naming a signing: only a past act reports one.
const AR =
  'وصل رئيس الوزراء الإيطالي ماتيو رينزي إلى القاهرة أمس الخميس في زيارة رسمية التقى خلالها الرئيس عبد الفتاح السيسي،';
const EN =
  'Italian Prime Minister Matteo Renzi arrived in Cairo on Thursday for an official visit and met President Abdel Fattah el-Sisi.';

describe('reportsSigning, through extractMentions', () => {
  it.each([
    {
      rule: 'a past verb reports a signing',
      language: 'ar',
      body: `${AR} ووقع الجانبان اتفاقية للتعاون الثقافي والعلمي.`,
      expected: ['اتفاقية للتعاون الثقافي والعلمي'],
    },
    {
      rule: 'a signing noun governed by a held act (تم خلال الزيارة)',
      language: 'ar',
      body: `${AR} وتم خلال الزيارة توقيع مذكرة تفاهم لحماية الآثار.`,
      expected: ['مذكرة تفاهم لحماية الآثار'],
    },
    {
      rule: 'a signing ceremony the two presided over',
      language: 'ar',
      body: `${AR} وترأس الرئيسان مراسم توقيع اتفاقية للنقل البحري.`,
      expected: ['اتفاقية للنقل البحري'],
    },
    {
      rule: 'a held act with a relative aside between commas',
      language: 'ar',
      body: `${AR} وجرى خلال اللقاء، الذي حضره وزيرا خارجية البلدين، التوقيع على بروتوكول للتعاون الأمني.`,
      expected: ['بروتوكول للتعاون الأمني'],
    },
    {
      rule: 'a signing the meeting saw (شهد اللقاء توقيع)',
      language: 'ar',
      body: `${AR} وشهد هذا اللقاء توقيع الزعيمين اتفاقيات في مجال الطاقة.`,
      expected: ['اتفاقيات'],
    },
    {
      rule: 'a signing that was only discussed (تم بحث توقيع) is none',
      language: 'ar',
      body: `${AR} وتم بحث توقيع اتفاقية للتعاون الثقافي.`,
      expected: [],
    },
    {
      rule: 'a signing noun of purpose (لتوقيع) is no signing',
      language: 'ar',
      body: `${AR} وقال رينزي: جئنا إلى مصر لتوقيع اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'a future verb (سيوقع) is no signing',
      language: 'ar',
      body: `${AR} وسيوقع الجانبان اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'a plan (من المقرر توقيع) is no signing',
      language: 'ar',
      body: `${AR} ومن المقرر توقيع اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'a present verb with a day to come is no signing',
      language: 'ar',
      body: `${AR} ويوقع الجانبان غدا اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'a negated signing is none',
      language: 'ar',
      body: `${AR} ولم يوقع الجانبان اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'a wish to sign is none',
      language: 'ar',
      body: `${AR} وأعرب الجانبان عن رغبتهما في توقيع اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'an agreement to sign (تم الاتفاق على توقيع) is no signing',
      language: 'ar',
      body: `${AR} وتم الاتفاق على توقيع اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'a list of what ties the two countries (وتوقيع عدد من الاتفاقيات) is no signing',
      language: 'ar',
      body: `${AR} وتشهد العلاقات تطورا كبيرا من تبادل الزيارات وتوقيع عدد من الاتفاقيات الثنائية.`,
      expected: [],
    },
    {
      rule: 'a held act still to come (سيشهد) reports none',
      language: 'ar',
      body: `${AR} وسيشهد الرئيسان توقيع اتفاقية للتعاون في مجال الطاقة.`,
      expected: [],
    },
    {
      rule: 'English: signed',
      language: 'en',
      body: `${EN} The two leaders signed a memorandum of understanding on renewable energy.`,
      expected: ['memorandum of understanding on renewable energy'],
    },
    {
      rule: 'English: witnessed the signing of',
      language: 'en',
      body: `${EN} The two leaders witnessed the signing of a protocol on maritime transport.`,
      expected: ['protocol on maritime transport'],
    },
    {
      rule: 'English: a purpose (to sign) is no signing',
      language: 'en',
      body: `${EN} Renzi said he had come to sign a memorandum on renewable energy.`,
      expected: [],
    },
    {
      rule: 'English: agreed to sign is no signing',
      language: 'en',
      body: `${EN} The two leaders agreed to sign a memorandum on renewable energy.`,
      expected: [],
    },
    {
      rule: 'English: a document to be signed is none',
      language: 'en',
      body: `${EN} A memorandum on renewable energy is to be signed.`,
      expected: [],
    },
    {
      rule: 'English: hoping to sign is none',
      language: 'en',
      body: `${EN} Both sides hope to sign a memorandum on renewable energy.`,
      expected: [],
    },
  ])('$rule', ({ language, body, expected }) => {
    expect(agreementsIn(language, body)).toEqual(expected);
  });
});
